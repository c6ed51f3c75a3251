"""The labelled public corpus: decision and primary reason."""

from __future__ import annotations

import json

import pytest

from gatekeeper.core.request import SubmitRequest
from gatekeeper.policy import PolicyEngine, facts_from_request

from .conftest import CORPUS

CASES = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_public_corpus(engine: PolicyEngine, case: dict) -> None:
    req = SubmitRequest.model_validate(case["request"])
    d = engine.decide(facts_from_request(req, face_surveillance_in_text=False))
    assert d.outcome.value == case["expect"]["decision"]
    if case["expect"]["decision"] == "deny":
        assert d.reasons[0].code == case["expect"]["reason"], d.reason_codes
    assert d.policy_version == engine.version


def test_facts_from_request_strips() -> None:
    req = SubmitRequest.model_validate({
        "school_id": "BPS-1", "recipient": " bpd ", "ground": "credible_threat", "threat_statement": " \u200b ",
        "substances": ["  ", " fentanyl "], "weapon": "   ",
        "weapon_determination": {"determined_by": "A. Approver", "dangerous": True},
        "attachments": [{"kind": "photo", "name": "face_match.json"}],
    })
    facts = facts_from_request(req, face_surveillance_in_text=False)
    assert facts.has_threat_statement is False
    assert facts.substances == ("fentanyl",)
    assert facts.weapon is None
    assert facts.weapon_determined_dangerous is True
    assert facts.attachment_kinds == ("photo", "name:face_match.json")
