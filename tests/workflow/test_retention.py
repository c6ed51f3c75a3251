"""Retention: bodies past 5 years and reports failing today's rules are destroyed; the log still verifies."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update
from typer.testing import CliRunner

from gatekeeper.core.engine import Gate
from gatekeeper.errors import NotFound
from gatekeeper.service import requests
from gatekeeper.service.auditing import verify
from gatekeeper.service.retention import (
    FAILS_CURRENT_RULES,
    RETENTION_EXPIRED,
    retention_years,
    run_retention,
)
from gatekeeper.storage import schema
from tests.conftest import request_factory
from tests.workflow._helpers import ADMIN, APPROVER, LIAISON, POLICIES, audit_entries, candidate_policies


def _submit(ctx: Any, **overrides: Any) -> str:
    res = requests.submit(ctx, ADMIN, request_factory(**overrides))
    assert res.decision["decision"] == "allow", res.decision["reasons"]
    return str(res.decision["id"])


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
    assert view["report"] is None and view["report_destroyed_at"]
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


def test_police_copy_that_now_scans_as_forbidden_is_destroyed(ctx: Any) -> None:
    rid = _submit(ctx)
    clean = _submit(ctx, student={"student_id": "S3", "name": "Third Student", "grade": 10})
    # Simulate a copy released under an older lexicon that missed a forbidden mention.
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
