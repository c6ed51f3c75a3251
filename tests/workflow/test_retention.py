"""Retention: bodies past 5 years and reports failing today's rules are destroyed; the log still verifies."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update
from typer.testing import CliRunner

from gatekeeper.core.engine import Gate
from gatekeeper.errors import NotFound
from gatekeeper.redact import MARKER
from gatekeeper.service import requests
from gatekeeper.service.auditing import verify
from gatekeeper.service.retention import (
    FAILS_CURRENT_RULES,
    RETENTION_EXPIRED,
    Recorded,
    failed_checks,
    retention_years,
    run_retention,
)
from gatekeeper.storage import schema
from tests.conftest import corpus, request_factory
from tests.workflow._helpers import ADMIN, APPROVER, LIAISON, POLICIES, audit_entries, candidate_policies


def _submit(ctx: Any, **overrides: Any) -> str:
    res = requests.submit(ctx, ADMIN, request_factory(**overrides))
    assert res.decision.decision == "allow", res.decision.reasons
    return str(res.decision.id)


def _body_row(ctx: Any, rid: str) -> Any:
    with ctx.db.engine.connect() as conn:
        return conn.execute(select(schema.report_bodies).where(schema.report_bodies.c.request_id == rid)).one()


def _state(ctx: Any, rid: str) -> str:
    with ctx.db.engine.connect() as conn:
        return str(conn.execute(select(schema.requests.c.state).where(schema.requests.c.id == rid)).scalar_one())


def test_policy_names_five_years() -> None:
    assert retention_years(POLICIES) == 5


def test_expired_bodies_destroyed_and_log_verifies(ctx: Any) -> None:
    released = _submit(ctx)
    requests.approve(ctx, APPROVER, released)
    requests.open_report(ctx, LIAISON, released)
    pending = _submit(ctx, student={"student_id": "S2", "name": "Other Student", "grade": 11})
    commitments = {rid: _body_row(ctx, rid).commitment for rid in (released, pending)}

    # Nothing is due today, and a dry run far in the future changes nothing.
    assert run_retention(ctx).destroyed == []
    later = datetime.now(UTC) + timedelta(days=365 * 5 + 30)
    dry = run_retention(ctx, now=later, dry_run=True)
    assert {d.request_id for d in dry.destroyed} == {released, pending}
    assert _body_row(ctx, released).body is not None

    report = run_retention(ctx, now=later)
    assert report.counts() == {RETENTION_EXPIRED: 2}
    for rid in (released, pending):
        b = _body_row(ctx, rid)
        assert b.body is None and b.salt is None and b.destroyed_at is not None
        assert b.commitment == commitments[rid]
        assert _state(ctx, rid) == requests.DESTROYED

    entries = audit_entries(ctx)
    destroyed = [e for e in entries if e["event_type"] == "destroyed"]
    assert {e["request_id"] for e in destroyed} == {released, pending}
    for e in destroyed:
        assert e["details"]["reason"] == RETENTION_EXPIRED
        assert e["body_commitment"] == commitments[e["request_id"]]
    # The decision entries still commit to the (now destroyed) body.
    decisions = {e["request_id"]: e for e in entries if e["event_type"] == "decision"}
    assert decisions[released]["report_hash"] == commitments[released]
    assert verify(ctx).ok

    with pytest.raises(NotFound):
        requests.open_report(ctx, LIAISON, released)
    # The police copy kept in the decision row is destroyed with the body.
    view = requests.get_request(ctx, APPROVER, released)
    assert view.report is None and view.report_destroyed_at
    # A second run finds nothing left to destroy.
    assert run_retention(ctx, now=later).destroyed == []


def test_reports_failing_todays_rules_destroyed(ctx: Any, tmp_path: Path) -> None:
    weapon = _submit(ctx)
    drugs = _submit(ctx, ground="drugs", substances=["fentanyl"], weapon=None)
    # Today's policy no longer permits the weapon ground: that report fails, the drugs one passes.
    gate = Gate.load(candidate_policies(tmp_path))
    report = run_retention(ctx, gate=gate)
    assert [(d.request_id, d.reason) for d in report.destroyed] == [(weapon, FAILS_CURRENT_RULES)]
    assert "decision:ground_not_permitted" in report.destroyed[0].checks
    assert _body_row(ctx, weapon).body is None
    assert _body_row(ctx, drugs).body is not None
    assert verify(ctx).ok


def test_police_copy_that_now_scans_as_forbidden_is_destroyed(ctx: Any, tmp_path: Path) -> None:
    today = ctx.gate
    # Released under an older lexicon (another policy version) that missed a forbidden mention.
    ctx.gates.replace(Gate.load(_older_policies(tmp_path)))
    rid = _submit(ctx)
    clean = _submit(ctx, student={"student_id": "S3", "name": "Third Student", "grade": 10})
    ctx.gates.replace(today)
    body = json.loads(_body_row(ctx, rid).body)
    body["incident"]["description"] += " The student is undocumented."
    with ctx.db.engine.begin() as conn:
        conn.execute(
            update(schema.report_bodies).where(schema.report_bodies.c.request_id == rid).values(body=json.dumps(body))
        )
    report = run_retention(ctx)
    assert [(d.request_id, d.reason) for d in report.destroyed] == [(rid, FAILS_CURRENT_RULES)]
    assert report.destroyed[0].checks == ["forbidden_text:incident.description"]
    assert _body_row(ctx, clean).body is not None
    entry = next(e for e in audit_entries(ctx) if e["event_type"] == "destroyed")
    assert entry["details"]["reason"] == FAILS_CURRENT_RULES
    assert "undocumented" not in json.dumps(entry)
    assert verify(ctx).ok


def _older_policies(tmp: Path, *, permit_marijuana: bool = False) -> Path:
    """A copy of policies/ with another version: only a comment differs, or (``permit_marijuana``)
    a rule today's policy no longer has."""
    d = tmp / "older-policies"
    shutil.copytree(POLICIES, d)
    csv = d / "decision" / "policy.csv"
    text = csv.read_text(encoding="utf-8") + "# an older review\n"
    if permit_marijuana:
        assert "g, marijuana, excluded, substance" in text
        text = text.replace("g, marijuana, excluded, substance", "g, marijuana, controlled, substance")
    csv.write_text(text, encoding="utf-8")
    return d


def _released_corpus(ctx: Any, n: int) -> list[str]:
    """The ``n`` allowed public-corpus reports with the most withheld spans, submitted and released."""
    allowed = [c["request"] for c in corpus() if c["expect"]["decision"] == "allow"]
    ranked = sorted(allowed, key=lambda r: -len(ctx.gate.evaluate(requests.parse_request(r, ctx.gate)).redactions))
    out = []
    for req in ranked[:n]:
        res = requests.submit(ctx, ADMIN, req)
        assert res.decision.decision == "allow", res.decision.reasons
        requests.approve(ctx, APPROVER, str(res.decision.id))
        out.append(str(res.decision.id))
    return out


def _destroyed_ids(report: Any) -> list[str]:
    return sorted(d.request_id for d in report.destroyed)


def test_retention_keeps_todays_released_reports(ctx: Any, tmp_path: Path) -> None:
    """Data loss regression (issue 10, item 7): the police copies of reports made minutes ago
    under the same policy, many with withheld spans ("born in [WITHHELD]"), are never destroyed;
    only an aged body and a body whose recorded decision today's policy denies are."""
    today = ctx.gate
    released = _released_corpus(ctx, 10)
    marked = [rid for rid in released if MARKER in _body_row(ctx, rid).body]
    # neighbouring withheld statements share one marker, so a copy holds fewer markers than findings
    assert len(marked) >= 8 and max(_body_row(ctx, rid).body.count(MARKER) for rid in marked) >= 2
    bodies = {rid: _body_row(ctx, rid).body for rid in released}

    dry = run_retention(ctx, dry_run=True)
    assert dry.examined == len(released) and dry.destroyed == []
    real = run_retention(ctx)
    assert real.destroyed == []
    # Even a policy whose version changed (a reviewed comment) keeps every one of them: the
    # recorded decisions still hold and the markers' neighbours are not read as released values.
    reviewed = Gate.load(_older_policies(tmp_path / "reviewed"))
    assert reviewed.version != today.version
    assert run_retention(ctx, dry_run=True, gate=reviewed).destroyed == []
    assert {rid: _body_row(ctx, rid).body for rid in released} == bodies
    assert not [e for e in audit_entries(ctx) if e["event_type"] == "destroyed"]

    # A body past its period, and one released under an older policy that permitted marijuana.
    aged = _submit(ctx, student={"student_id": "S9", "name": "Aged Student", "grade": 11})
    with ctx.db.engine.begin() as conn:
        conn.execute(
            update(schema.report_bodies)
            .where(schema.report_bodies.c.request_id == aged)
            .values(created_at=datetime.now(UTC) - timedelta(days=365 * 5 + 2))
        )
    ctx.gates.replace(Gate.load(_older_policies(tmp_path, permit_marijuana=True)))
    lax = _submit(ctx, ground="drugs", substances=["marijuana"], weapon=None)
    ctx.gates.replace(today)

    dry = run_retention(ctx, dry_run=True)
    assert _destroyed_ids(dry) == sorted([aged, lax])
    assert _body_row(ctx, aged).body is not None and _body_row(ctx, lax).body is not None
    real = run_retention(ctx)
    assert [(d.request_id, d.reason, d.checks) for d in real.destroyed] == [
        (d.request_id, d.reason, d.checks) for d in dry.destroyed
    ]
    reasons = {d.request_id: (d.reason, d.checks) for d in real.destroyed}
    assert reasons[aged] == (RETENTION_EXPIRED, ["age"])
    assert reasons[lax] == (FAILS_CURRENT_RULES, ["decision:excluded_substance"])
    for rid in released:
        assert _body_row(ctx, rid).body == bodies[rid]
        assert _state(ctx, rid) == requests.RELEASED
    destroyed = [e for e in audit_entries(ctx) if e["event_type"] == "destroyed"]
    assert sorted(e["request_id"] for e in destroyed) == sorted([aged, lax])
    assert {e["request_id"]: e["details"]["reason"] for e in destroyed} == {
        aged: RETENTION_EXPIRED,
        lax: FAILS_CURRENT_RULES,
    }
    assert verify(ctx).ok


def test_cli_retention_run(sqlite_settings: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from gatekeeper.cli import app
    from gatekeeper.context import build_context

    c = build_context(sqlite_settings)
    c.audit.start()
    try:
        rid = _submit(c)
    finally:
        c.close()
    monkeypatch.setenv("GATEKEEPER_DATABASE_URL", sqlite_settings.database_url)
    monkeypatch.setenv("GATEKEEPER_DATA_DIR", str(sqlite_settings.data_dir))
    monkeypatch.setenv("GATEKEEPER_POLICY_DIR", str(sqlite_settings.policy_dir))
    runner = CliRunner()
    dry = runner.invoke(app, ["retention", "run", "--now", "2099-01-01T00:00:00Z", "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert json.loads(dry.stdout.strip().splitlines()[-1])["by_reason"] == {RETENTION_EXPIRED: 1}
    res = runner.invoke(app, ["retention", "run", "--now", "2099-01-01T00:00:00Z"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout.strip().splitlines()[-1])
    assert out["reports"] == [{"request_id": rid, "reason": RETENTION_EXPIRED, "checks": ["age"]}]
    assert runner.invoke(app, ["audit", "verify"]).exit_code == 0
    bad = runner.invoke(app, ["retention", "run", "--now", "not-a-time"])
    assert bad.exit_code == 2


def test_marker_neighbours_are_nothing_but_released_values_are_found() -> None:
    """Under a changed policy the released text is scanned again, with each [WITHHELD] marker and
    the cue next to it ("born in", "the household language is") read as nothing."""
    gate = Gate.load(POLICIES)
    recorded = Recorded("an-older-version", "weapon", "bpd", (), "knife", ("weapon_permitted",))
    body: dict[str, Any] = {
        "student": {"name": "Ana Lima", "date_of_birth": "2011-01-13, born in [WITHHELD]", "grade": 9},
        "weapon": "knife",
        "incident": {
            "location": "Brighton High School",
            "description": "She was born in [WITHHELD]. The household language is [WITHHELD]. "
            "[WITHHELD] speaker. A knife was found in her bag.",
        },
    }
    assert failed_checks(gate, recorded, "an-older-version", json.dumps(body)) == []
    body["incident"]["description"] += " The family is undocumented."
    assert failed_checks(gate, recorded, "an-older-version", json.dumps(body)) == [
        "forbidden_text:incident.description"
    ]
    # Decided under the policy in force: it passes by definition, whatever the text.
    today = Recorded(gate.version, "weapon", "bpd", (), "knife", ("weapon_permitted",))
    assert failed_checks(gate, today, gate.version, json.dumps(body)) == []
    # A recorded class today's policy excludes fails on the recorded decision alone.
    drugs = Recorded("an-older-version", "drugs", "bpd", ("marijuana",), None, ("substance_permitted",))
    assert failed_checks(gate, drugs, "an-older-version", json.dumps({"substances": ["weed"]})) == [
        "decision:excluded_substance"
    ]
