"""Every public corpus case: nothing forbidden survives in the police copy, the incident facts do,
and each expected category is among the recorded redactions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from gatekeeper.core.request import SubmitRequest
from gatekeeper.core.types import Category
from gatekeeper.redact import Redactor

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus" / "public.jsonl"
CASES = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
NOTICE = "This report may not be redisclosed (34 CFR 99.33)."
CATEGORY_WORDS = [c.value for c in Category] + ["redacted", "REDACTED"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_corpus_case(redactor: Redactor, case: dict[str, Any]) -> None:
    req = SubmitRequest.model_validate(case["request"])
    result = redactor.redact_request(req, NOTICE)
    dumped = json.dumps(result.report.to_dict(), ensure_ascii=False)
    expect = case["expect"]
    for s in expect["must_not_contain"]:
        assert s not in dumped, (s, dumped)
    for s in expect["must_contain"]:
        assert s in dumped, (s, dumped)
    text = json.dumps(
        {k: v for k, v in result.report.to_dict().items() if k != "student"}, ensure_ascii=False
    )
    for s in expect["must_contain_text"]:
        assert s in text, (s, text)
    cats = {r.category.value for r in result.redactions}
    assert set(expect["categories"]) <= cats, (expect["categories"], cats)
    for w in CATEGORY_WORDS:
        assert w not in dumped
    assert result.report.to_dict()["notice"] == NOTICE


def test_report_shape(redactor: Redactor) -> None:
    req = SubmitRequest.model_validate(CASES[0]["request"])
    d = redactor.redact_request(req, NOTICE).report.to_dict()
    assert set(d) == {
        "school_id", "recipient", "ground", "substances", "weapon", "threat_statement",
        "incident", "student", "attachments", "notice",
    }
    assert set(d["incident"]) == {"occurred_at", "location", "description"}


def test_face_match_attachment_flags(redactor: Redactor) -> None:
    raw = dict(CASES[0]["request"])
    raw["attachments"] = [{"kind": "face_match", "name": "match_result.json"}]
    res = redactor.redact_request(SubmitRequest.model_validate(raw), NOTICE)
    assert res.face_surveillance


def test_face_text_flags(redactor: Redactor) -> None:
    raw = dict(CASES[0]["request"])
    raw["incident"] = {"description": "Police ran his photo through facial recognition."}
    res = redactor.redact_request(SubmitRequest.model_validate(raw), NOTICE)
    assert res.face_surveillance


def test_face_key_flags(redactor: Redactor) -> None:
    raw = dict(CASES[0]["request"])
    raw["student"] = {"name": "A B", "facialTemplate": "abc"}
    res = redactor.redact_request(SubmitRequest.model_validate(raw), NOTICE)
    assert res.face_surveillance
    assert "abc" not in json.dumps(res.report.to_dict())


def test_no_face_flag_on_plain_case(redactor: Redactor) -> None:
    req = SubmitRequest.model_validate(CASES[1]["request"])
    assert not redactor.redact_request(req, NOTICE).face_surveillance


def test_report_is_a_copy(redactor: Redactor) -> None:
    req = SubmitRequest.model_validate(CASES[1]["request"])
    rep = redactor.redact_request(req, NOTICE).report
    d = rep.to_dict()
    d["student"]["neighborhood"] = "Jamaica Plain"
    assert "neighborhood" not in rep.to_dict()["student"]
