"""Policy governance through real HTTP: propose, shadow, two-person approval, the new version in force."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tests.conftest import request_factory
from tests.workflow._helpers import POLICIES, policy_csv_without_weapon_ground


def _users(live: Any) -> dict[str, str]:
    return {
        "a": live.add_user("padmin-a", "policy_admin"),
        "b": live.add_user("padmin-b", "policy_admin"),
        "school": live.add_user("sadmin-1", "school_admin", "BPS"),
        "board": live.add_user("board-1", "oversight_board"),
    }


def test_two_person_policy_change(live: Any) -> None:
    """On SQLite and PostgreSQL (the `live` fixture is parametrised over both)."""
    keys = _users(live)
    school, a, b, board = (live.client(keys[k]) for k in ("school", "a", "b", "board"))

    before = school.post("/v1/requests", json=request_factory())
    assert before.status_code == 201
    old_version = before.json()["policy_version"]
    assert before.json()["decision"] == "allow"
    assert school.post("/v1/requests", json=request_factory(ground="drugs", substances=["heroin"])).status_code == 201

    active = board.get("/v1/policy")
    assert active.status_code == 200
    assert active.json()["version"] == old_version
    assert "decision/policy.csv" in {f["path"] for f in active.json()["files"]}
    assert school.get("/v1/policy").status_code == 403

    # A school administrator cannot propose; a policy administrator can.
    overlay = {"files": {"decision/policy.csv": policy_csv_without_weapon_ground()}}
    assert school.post("/v1/policy/proposals", json=overlay).status_code == 403
    r = a.post("/v1/policy/proposals", json=overlay)
    assert r.status_code == 201, r.text
    prop = r.json()
    assert prop["state"] == "proposed"
    assert prop["old_version"] == old_version and prop["new_version"] != old_version
    assert prop["changed_files"] == ["decision/policy.csv"]

    # Shadow over the requests this process saw: the weapon request flips, the drugs one does not.
    sh = a.get(f"/v1/policy/proposals/{prop['id']}/shadow")
    assert sh.status_code == 200, sh.text
    body = sh.json()
    assert body["summary"]["requests"] == 2
    assert body["summary"]["allow_to_deny"] == 1 and body["summary"]["unchanged"] == 1
    flipped = next(x for x in body["results"] if x["decision_changed"])
    assert flipped["live"]["decision"] == "allow" and flipped["candidate"]["decision"] == "deny"
    assert "ground_not_permitted" in flipped["reasons_added"]
    assert "Test Student" not in sh.text and "folding knife" not in sh.text

    # An uploaded JSONL sample only.
    sample = "\n".join(json.dumps(request_factory(recipient=r)) for r in ("bpd/district-b2", "bric"))
    up = a.post(
        f"/v1/policy/proposals/{prop['id']}/shadow?recent=false",
        content=sample,
        headers={"content-type": "application/x-ndjson"},
    )
    assert up.status_code == 200, up.text
    assert up.json()["summary"]["requests"] == 2
    assert [x["source"] for x in up.json()["results"]] == ["sample", "sample"]
    assert up.json()["summary"]["allow_to_deny"] == 1

    # The proposer cannot approve; a second policy administrator can.
    assert a.post(f"/v1/policy/proposals/{prop['id']}/approve").status_code == 403
    assert school.post(f"/v1/policy/proposals/{prop['id']}/approve").status_code == 403
    ok = b.post(f"/v1/policy/proposals/{prop['id']}/approve")
    assert ok.status_code == 200, ok.text
    assert ok.json()["state"] == "applied" and ok.json()["approved_by"] == "padmin-b"
    assert ok.json()["active_version"] == prop["new_version"]
    assert b.post(f"/v1/policy/proposals/{prop['id']}/approve").status_code == 409

    after = school.post("/v1/requests", json=request_factory(request_id="after-change"))
    assert after.status_code == 201
    assert after.json()["policy_version"] == prop["new_version"] != old_version
    assert after.json()["decision"] == "deny"
    assert board.get("/v1/policy").json()["version"] == prop["new_version"]

    entries = [e["entry"] for e in board.get("/v1/audit/entries", params={"start": 0}).json()["entries"]]
    changed = [e for e in entries if e["event_type"] == "policy_changed"]
    assert len(changed) == 1
    d = changed[0]["details"]
    assert d["old_version"] == old_version and d["new_version"] == prop["new_version"]
    assert d["proposed_by"] == "padmin-a" and d["approved_by"] == "padmin-b"
    assert changed[0]["actor"]["id"] == "padmin-b"
    assert any(e["event_type"] == "policy_proposed" for e in entries)
    assert board.get("/v1/audit/checkpoint").status_code == 200


def test_invalid_candidates_are_422(live_sqlite: Any) -> None:
    keys = _users(live_sqlite)
    a = live_sqlite.client(keys["a"])
    bad_yaml = a.post("/v1/policy/proposals", json={"files": {"decision/grounds.yaml": "grounds: [unclosed\n"}})
    assert bad_yaml.status_code == 422, bad_yaml.text
    p = bad_yaml.json()
    assert p["code"] == "invalid_request"
    assert "decision/grounds.yaml" in p["detail"] and "invalid YAML" in p["detail"]
    assert p["errors"][0]["type"] == "policy_invalid"

    missing_link = (
        (POLICIES / "decision" / "policy.csv").read_text().replace("g, drugs, permitted_ground, ground\n", "")
    )
    r = a.post("/v1/policy/proposals", json={"files": {"decision/policy.csv": missing_link}})
    assert r.status_code == 422 and "policy.csv" in r.json()["detail"]
    assert a.post("/v1/policy/proposals", json={"files": {"../escape.yaml": "x: 1"}}).status_code == 422
    assert a.post("/v1/policy/proposals", json={"files": {"retention.yaml": "retention_years: 0\n"}}).status_code == 422
    same = (POLICIES / "retention.yaml").read_text()
    assert a.post("/v1/policy/proposals", json={"files": {"retention.yaml": same}}).status_code == 422
    assert a.get("/v1/policy/proposals").json()["proposals"] == []


def test_cli_policy_check_propose_approve(
    sqlite_settings: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from gatekeeper.cli import app
    from gatekeeper.context import build_context
    from gatekeeper.service.principals import add_principal

    c = build_context(sqlite_settings)
    with c.db.engine.begin() as conn:
        add_principal(conn, "padmin-a", "policy_admin", None, None)
        add_principal(conn, "padmin-b", "policy_admin", None, None)
    c.close()
    monkeypatch.setenv("GATEKEEPER_DATABASE_URL", sqlite_settings.database_url)
    monkeypatch.setenv("GATEKEEPER_DATA_DIR", str(sqlite_settings.data_dir))
    monkeypatch.setenv("GATEKEEPER_POLICY_DIR", str(sqlite_settings.policy_dir))
    runner = CliRunner()

    broken = tmp_path / "broken"
    (broken / "decision").mkdir(parents=True)
    (broken / "decision" / "grounds.yaml").write_text("grounds: [\n")
    res = runner.invoke(app, ["policy", "check", str(broken)])
    assert res.exit_code == 1 and "invalid" in res.output

    overlay = tmp_path / "overlay"
    (overlay / "decision").mkdir(parents=True)
    (overlay / "decision" / "policy.csv").write_text(policy_csv_without_weapon_ground())
    res = runner.invoke(app, ["policy", "propose", str(overlay), "--by", "padmin-a"])
    assert res.exit_code == 0, res.output
    pid = json.loads(res.stdout.strip().splitlines()[-1])["id"]
    res = runner.invoke(app, ["policy", "approve", pid, "--by", "padmin-a"])
    assert res.exit_code == 1 and "proposer" in res.output
    res = runner.invoke(app, ["policy", "approve", pid, "--by", "padmin-b"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout.strip().splitlines()[-1])["state"] == "applied"
    assert runner.invoke(app, ["audit", "verify"]).exit_code == 0


def test_cli_policy_check_runs_table_tests() -> None:
    from gatekeeper.cli import app

    res = CliRunner().invoke(app, ["policy", "check", str(POLICIES), "--no-tests"])
    assert res.exit_code == 0, res.output
    assert "policy ok" in res.output
    res = CliRunner().invoke(app, ["policy", "check", str(POLICIES)])
    summary = next(ln for ln in res.output.splitlines() if ln.startswith("policy tests:"))
    assert "passed" in summary
    # The exit code follows the table tests: 0 when they all pass, 1 with the failures shown.
    assert res.exit_code == (1 if "failed" in summary or "error" in summary else 0), res.output
