"""Forbidden values never rest: canaries placed where forbidden information goes never appear in a
response, a log line, a table row, a metric or an export."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import MetaData, select
from structlog.testing import capture_logs

from gatekeeper.service import requests as svc
from gatekeeper.service.auditing import export_lines
from gatekeeper.service.principals import add_principal, get_principal
from tests.conftest import ROOT, free_port, request_factory

canary = st.from_regex(r"\AZq[a-z]{6}\Z", fullmatch=True)

# Keys the allowlist never releases; the canary is the value.
FIELD_KEYS = [
    "ethnicity",
    "race",
    "Home Language",
    "countryOfBirth",
    "immigration-status",
    "gang_affiliation",
    "home_address",
    "ELL status",
    "religion",
    "neighbourhood",
    "notes",
    "x_custom_field",
    "ｅｔｈｎｉｃｉｔｙ",
    "home\u200blanguage",
]
# Sentences that reveal a forbidden category, with the canary as the revealing value.
SENTENCES = [
    "The student lives at 44 {c} Street.",
    "Staff believe he is a member of the {c} gang.",
    "The family lives on {c} Avenue in Dorchester.",
    "The student is undocumented. He was found with a folding knife.",
    "She is Haitian and was found with a folding knife.",
]


def _all_rows(ctx: Any) -> str:
    md = MetaData()
    md.reflect(bind=ctx.db.engine)
    out: list[str] = []
    with ctx.db.engine.connect() as conn:
        for t in md.sorted_tables:
            for row in conn.execute(select(t)):
                out.append(repr(tuple(row)))
    return "\n".join(out)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(c=canary, key=st.sampled_from(FIELD_KEYS), nested=st.booleans(), sentence=st.sampled_from(SENTENCES))
def test_canaries_never_rest(ctx: Any, c: str, key: str, nested: bool, sentence: str) -> None:
    with ctx.db.engine.begin() as conn:
        if get_principal(conn, "canary-admin") is None:
            add_principal(conn, "canary-admin", "school_admin", "BPS", None)
        admin = get_principal(conn, "canary-admin")
    assert admin is not None
    student: dict[str, Any] = {"student_id": "S1", "name": "Test Student", "grade": 9}
    if nested:
        student["profile"] = {key: c}
    else:
        student[key] = c
    text = sentence.format(c=c) + " During a bag check the student was found with a folding knife."
    body = request_factory(student=student, incident={"description": text, "location": "Brighton High School"})
    with capture_logs() as logs:
        result = svc.submit(ctx, admin, body)
    out = json.dumps(result.decision.model_dump(mode="json", exclude_unset=True))
    assert c not in out
    assert c not in json.dumps(logs)
    assert "undocumented" not in out and "Haitian" not in out
    assert c not in _all_rows(ctx)
    assert c not in "\n".join(export_lines(ctx))


def _await_log_line(logs: list[dict[str, Any]], route: str) -> None:
    """The server's thread writes a request's log line once the answer has gone out: wait for it
    under a generous ceiling (on a busy CI machine the answer came first and the line, written
    after the capture had closed, went to stderr)."""
    deadline = time.monotonic() + 60
    while not any(x.get("route") == route for x in logs) and time.monotonic() < deadline:
        time.sleep(0.05)


def test_canonical_log_line_has_names_and_counts_never_values(live_sqlite: Any) -> None:
    key = live_sqlite.add_user("log-admin", "school_admin", "BPS")
    body = request_factory(
        student={"student_id": "S1", "name": "Test Student", "ethnicity": "ZqCanary", "gang": "ZqCrew"},
        incident={"description": "The student lives in Roxbury. He was found with a folding knife."},
    )
    with (
        capture_logs() as logs,
        httpx.Client(base_url=live_sqlite.url, headers={"Authorization": f"Bearer {key}"}, timeout=120) as c,
    ):
        r = c.post("/v1/requests", json=body)
        assert r.status_code == 201
        _await_log_line(logs, "/v1/requests")
    lines = [x for x in logs if x.get("event") == "http_request" and x.get("route") == "/v1/requests"]
    assert len(lines) == 1
    line = lines[0]
    assert line["decision"] == "allow" and line["status"] == 201
    assert line["withheld"] == {"ethnicity": 1, "gang_affiliation": 1, "neighborhood": 1} or set(line["withheld"]) >= {
        "ethnicity",
        "neighborhood",
    }
    dumped = json.dumps(logs)
    for value in ("ZqCanary", "ZqCrew", "Roxbury", "Test Student", 'S1"'):
        assert value not in dumped


@pytest.mark.slow
def test_scan_everything_a_served_run_wrote(tmp_path: Path) -> None:
    """Run the real command, push canaries through every workflow step, then grep every byte the
    run wrote: the database files, the server's log, the export, the metrics page."""
    gk = str(Path(sys.executable).with_name("gatekeeper"))
    env = dict(
        os.environ, GATEKEEPER_DATABASE_URL=f"sqlite:///{tmp_path}/gk.db", GATEKEEPER_DATA_DIR=str(tmp_path / "data")
    )
    env["GATEKEEPER_POLICY_DIR"] = str(ROOT / "policies")

    def cli(*args: str) -> str:
        out = subprocess.run([gk, *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60, check=True)
        lines = out.stdout.strip().splitlines()
        return lines[-1] if lines else ""

    keys = {
        "admin": cli("users", "add", "--id", "a", "--role", "school_admin", "--org", "BPS"),
        "approver": cli("users", "add", "--id", "b", "--role", "legal_approver"),
        "liaison": cli("users", "add", "--id", "c", "--role", "police_liaison", "--org", "bpd/district-b2"),
        "board": cli("users", "add", "--id", "d", "--role", "oversight_board"),
    }
    port = free_port()
    log = open(tmp_path / "server.log", "w")  # noqa: SIM115
    proc = subprocess.Popen([gk, "serve", "--port", str(port)], cwd=tmp_path, env=env, stdout=log, stderr=log)
    base = f"http://127.0.0.1:{port}"
    canaries = [f"Zq{n}canary" for n in "abcdefghij"]
    try:
        for _ in range(100):
            try:
                httpx.get(base + "/healthz", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        h = {k: {"Authorization": f"Bearer {v}"} for k, v in keys.items()}
        for i, c in enumerate(canaries):
            student = {
                "student_id": f"S{i}",
                "name": "Test Student",
                "grade": 10,
                "ethnicity": c,
                "home_address": f"12 {c} Street",
                "immigrationStatus": c,
                "religion": c,
                "demographics": {"home_language": c},
            }
            body = request_factory(
                student=student,
                incident={"description": f"Staff believe he is a member of the {c} gang. He had a folding knife."},
                request_id=f"canary-{i}",
            )
            r = httpx.post(base + "/v1/requests", json=body, headers=h["admin"], timeout=30)
            assert r.status_code == 201, r.text
            assert c not in r.text
            rid = r.json()["id"]
            assert (
                httpx.post(f"{base}/v1/requests/{rid}/approve", headers=h["approver"], timeout=120).status_code == 200
            )
            rep = httpx.get(f"{base}/v1/reports/{rid}", headers=h["liaison"], timeout=120)
            assert rep.status_code == 200 and c not in rep.text
            bad = dict(body, **{"extra_" + c: 1})
            r2 = httpx.post(base + "/v1/requests", json=bad, headers=h["admin"], timeout=120)
            assert r2.status_code == 422 and c not in r2.text
        for path in ("/v1/audit/entries?start=0", "/v1/stats", "/v1/audit/checkpoint"):
            assert all(c not in httpx.get(base + path, headers=h["board"], timeout=120).text for c in canaries)
        metrics = httpx.get(base + "/metrics", timeout=120).text
        assert all(c not in metrics for c in canaries)
    finally:
        proc.terminate()
        proc.wait(15)
        log.close()
    cli("audit", "export", str(tmp_path / "export.jsonl"))
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name == "gk.db" for p in written)
    for p in written:
        data = p.read_bytes()
        for c in canaries:
            assert c.encode() not in data, f"{c} found in {p.name}"


def test_an_unexpected_error_is_a_500_problem_and_its_text_goes_nowhere(
    live_sqlite: Any, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    from gatekeeper.service import requests as service

    def boom(*_: Any, **__: Any) -> Any:
        raise RuntimeError("Zqcanaryvalue leaked through an exception")

    monkeypatch.setattr(service, "inbox", boom)
    key = live_sqlite.add_user("err-liaison", "police_liaison", "bpd/district-b2")
    with (
        capture_logs() as logs,
        httpx.Client(base_url=live_sqlite.url, headers={"Authorization": f"Bearer {key}"}, timeout=120) as c,
    ):
        r = c.get("/v1/inbox")
        _await_log_line(logs, "/v1/inbox")
    assert r.status_code == 500
    assert r.json()["code"] == "internal_error" and "Zqcanary" not in r.text
    out, err = capfd.readouterr()
    assert "Zqcanary" not in out + err + json.dumps(logs)
    line = next(x for x in logs if x.get("route") == "/v1/inbox")
    assert line["status"] == 500 and line["error_type"] == "RuntimeError"
