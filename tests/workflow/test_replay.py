"""Replay: past disclosures through today's policy, nothing released or stored."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from gatekeeper.core.engine import Gate
from gatekeeper.service import requests
from gatekeeper.service.replay import map_header, outcome, replay_one, replay_text
from tests.conftest import DATA, request_factory
from tests.workflow._helpers import ADMIN, POLICIES, row_counts

SAMPLE = DATA / "replay" / "historic_sample.csv"


@pytest.fixture(scope="module")
def gate() -> Gate:
    return Gate.load(POLICIES)


def test_csv_sample_bric_rows_denied(gate: Gate) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    records, summary = replay_text(gate, text, "csv")
    assert 25 <= len(records) <= 40 and summary.errors == 0
    rows = list(__import__("csv").DictReader(text.splitlines()))
    bric = [
        i
        for i, r in enumerate(rows)
        if "bric" in r["shared_with"].lower() or "intelligence" in r["shared_with"].lower()
    ]
    assert len(bric) >= 8
    for i in bric:
        rec = records[i]
        assert rec["index"] == i + 1
        assert rec["decision"] == "deny"
        assert "recipient_not_permitted" in rec["reasons"]
    weapons_to_bpd = [
        records[i]
        for i, r in enumerate(rows)
        if r["ground"] == "weapon" and r["shared_with"].startswith("bpd/district")
    ]
    assert weapons_to_bpd and any(r["decision"] == "allow" for r in weapons_to_bpd)
    assert summary.by_decision["deny"] > summary.by_decision["allow"] > 0
    assert summary.by_withheld_category["gang_affiliation"] >= 8
    assert summary.by_withheld_category["immigration_status"] >= 1
    # Names, never values: no record carries a student's name, a narrative or a recipient string.
    blob = json.dumps(records)
    for r in rows:
        assert r["student_name"] not in blob
        assert r["description"] not in blob


def test_jsonl_replay_of_contract_requests(gate: Gate) -> None:
    lines = [
        json.dumps(request_factory()),
        json.dumps(request_factory(recipient="bric")),
        json.dumps({"request": request_factory(ground="gang_activity")}),
    ]
    records, summary = replay_text(gate, "\n".join(lines) + "\n", "jsonl")
    assert [r["decision"] for r in records] == ["allow", "deny", "deny"]
    assert records[1]["reasons"][0] == "recipient_not_permitted"
    assert "ground_not_permitted" in records[2]["reasons"]
    assert summary.to_dict()["by_decision"] == {"allow": 1, "deny": 2}


def test_bad_rows_are_error_lines_not_crashes(gate: Gate) -> None:
    csv_text = (
        "school_id,recipient,ground,weapon,student_name\n"
        "BPS-1001,bpd/district-b2,weapon,knife,Ann Lee\n"
        "BPS-1001,bpd/district-b2,weapon\n"  # too few cells
        ",bpd/district-b2,weapon,knife,Bo Diaz\n"  # no school
        "BPS-1001,bric,weapon,knife,Cy Ford\n"
    )
    records, summary = replay_text(gate, csv_text, "csv")
    assert [r.get("decision", "error") for r in records] == ["allow", "error", "error", "deny"]
    assert "cells" in records[1]["error"]["message"]
    assert records[2]["error"]["code"] == "invalid_request"
    assert summary.errors == 2
    jsonl = '{"school_id": "BPS-1"\n' + json.dumps(request_factory(surprise=1)) + "\n" + json.dumps(request_factory())
    records, summary = replay_text(gate, jsonl, "jsonl")
    assert [r.get("decision", "error") for r in records] == ["error", "error", "allow"]
    assert records[0]["error"]["message"] == "the line is not valid JSON"
    assert summary.errors == 2


def test_header_mapping() -> None:
    m = map_header(["Shared With", "Incident Date", "Notes", "Student_Ethnicity", "mystery"])
    assert m.targets == [
        "recipient",
        "incident.occurred_at",
        "incident.description",
        "student.ethnicity",
        "student.mystery",
    ]
    assert m.unmapped == [4]


def test_cli_replay_writes_nothing(sqlite_settings: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from gatekeeper.cli import app
    from gatekeeper.context import build_context

    c = build_context(sqlite_settings)
    c.audit.start()
    try:
        requests.submit(c, ADMIN, request_factory())
        before = row_counts(c)
    finally:
        c.close()
    monkeypatch.setenv("GATEKEEPER_DATABASE_URL", sqlite_settings.database_url)
    monkeypatch.setenv("GATEKEEPER_DATA_DIR", str(sqlite_settings.data_dir))
    monkeypatch.setenv("GATEKEEPER_POLICY_DIR", str(sqlite_settings.policy_dir))
    runner = CliRunner()
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["replay", str(SAMPLE), "--out", str(out)])
    assert res.exit_code == 0, res.output
    summary = json.loads(res.stdout.strip().splitlines()[-1])
    assert summary["by_decision"]["deny"] >= 8
    recs = [json.loads(x) for x in out.read_text().splitlines()]
    assert len(recs) == summary["records"]

    jl = tmp_path / "past.jsonl"
    jl.write_text(json.dumps(request_factory(recipient="bric")) + "\nnot json\n", encoding="utf-8")
    res = runner.invoke(app, ["replay", str(jl), "--format", "jsonl"])
    assert res.exit_code == 2
    lines = [json.loads(x) for x in res.stdout.splitlines() if x.startswith("{")]
    assert lines[0]["decision"] == "deny" and lines[1]["error"]["code"] == "invalid_request"

    c = build_context(sqlite_settings)
    try:
        assert row_counts(c) == before
    finally:
        c.close()


def test_remembered_text_gives_the_same_outcome_as_a_fresh_redaction() -> None:
    """Replay remembers each field's redaction; a record read from memory (the same narrative about
    another student, a name another field gives) must come out exactly as a fresh gate says."""
    from tests.corpus.test_paraphrase import load

    cases = [c["request"] for name in ("outsider_i.jsonl", "redteam5.jsonl") for c in load(name)]
    fresh = Gate.load(POLICIES)
    remembered = Gate.load(POLICIES)
    for c in cases:  # fill the memo
        replay_one(remembered, 0, c)
    for i, c in enumerate(cases):
        other = dict(c, student={**(c.get("student") or {}), "name": "Terrence Okafor"})
        for item in (c, other):
            assert replay_one(remembered, i, item) == outcome(fresh, i, item)

