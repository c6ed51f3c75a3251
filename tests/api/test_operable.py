"""Operating the service: request ids in answers and log lines, JSON on every line the server
writes, readiness that tells a proxy when not to send work, and the operators' gauges."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text

from tests.conftest import (
    ROOT,
    LiveServer,
    free_port,
    make_settings,
    request_factory,
    start_server,
    wait_until_answering,
)

TOKEN = "metrics-token-for-ops-tests-0123456789"


def test_request_id_is_echoed_or_made(live_sqlite: LiveServer) -> None:
    with live_sqlite.client() as c:
        r = c.get("/healthz", headers={"X-Request-Id": "edge-7f3a.1"})
        assert r.headers["x-request-id"] == "edge-7f3a.1"
        made = c.get("/healthz").headers["x-request-id"]
        assert len(made) == 32 and made != c.get("/healthz").headers["x-request-id"]
        # Not an opaque token (it would land in every log line): replaced, not echoed.
        odd = c.get("/healthz", headers={"X-Request-Id": "student Maria Lopez"}).headers["x-request-id"]
        assert odd != "student Maria Lopez" and len(odd) == 32
        # Errors carry it too, the body-limit refusal included.
        r = c.get("/v1/inbox", headers={"X-Request-Id": "rid-401"})
        assert r.status_code == 401 and r.headers["x-request-id"] == "rid-401"
        big = b'{"x": "' + b"y" * (live_sqlite.ctx.settings.max_body_bytes + 10) + b'"}'
        r = c.post("/v1/requests", content=big, headers={"X-Request-Id": "rid-413", "Content-Type": "application/json"})
        assert r.status_code == 413 and r.headers["x-request-id"] == "rid-413"


def test_readyz_fails_closed_when_the_log_head_is_gone(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    srv = start_server(make_settings(database_url, tmp_path))
    try:
        with srv.client() as c:
            r = c.get("/readyz")
            assert r.status_code == 200
            assert r.json() == {"status": "ready", "checks": {"database": True, "policy": True, "audit_log": True}}
            with srv.ctx.db.engine.begin() as conn:
                conn.execute(text("DROP TABLE audit_head"))
            r = c.get("/readyz")
            assert r.status_code == 503
            assert r.headers["content-type"].startswith("application/problem+json")
            body = r.json()
            assert body["code"] == "storage_unavailable" and "audit_log" in body["detail"]
            assert body["released"] is False
            # Liveness is about the process, not its dependencies.
            assert c.get("/healthz").status_code == 200
    finally:
        srv.stop()
    lines = [json.loads(ln) for ln in capsys.readouterr().err.splitlines() if ln.startswith("{")]
    ready = [r for r in lines if r.get("event") == "http_request" and r.get("route") == "/readyz"]
    # A 5xx is an error in the log, a 200 is not.
    assert [r["level"] for r in ready] == ["info", "error"]


def test_operators_gauges_need_the_metrics_credential(tmp_path: Path) -> None:
    srv = start_server(make_settings(f"sqlite:///{tmp_path / 'gk.db'}", tmp_path, metrics_token=TOKEN))
    try:
        key = srv.add_user("ops-admin", "school_admin", "BPS")
        with srv.client(key) as c:
            assert c.post("/v1/requests", json=request_factory(request_id="ops-1")).status_code == 201
            assert c.post("/v1/requests", json=request_factory(request_id="ops-2", ground="truancy")).status_code == 201
        with srv.client(TOKEN) as c:
            body = c.get("/metrics").text
        series = {line.split(" ")[0]: float(line.split(" ")[1]) for line in body.splitlines() if line and line[0] != "#"}
        assert series["gatekeeper_audit_log_size"] == 2
        assert series["gatekeeper_approval_backlog"] == 1
        assert series["gatekeeper_audit_checkpoint_age_seconds"] >= 0
        assert series["gatekeeper_audit_commit_batches_total"] >= 1
        assert series["gatekeeper_audit_appended_entries_total"] == 2
        assert series["gatekeeper_audit_batch_size_mean"] >= 1
        assert "gatekeeper_database_errors_total" in body or "# TYPE gatekeeper_database_errors" in body
        # The backlog rises only when a submission is allowed: never for anyone without a credential.
        anon = httpx.get(srv.url + "/metrics", timeout=30).text
        for name in ("approval_backlog", "audit_log_size", "checkpoint_age", "batch_size"):
            assert name not in anon
    finally:
        srv.stop()


def test_uvicorn_and_library_lines_are_json_with_the_request_id(capsys: pytest.CaptureFixture[str]) -> None:
    import logging

    import structlog

    from gatekeeper.logging import configure_logging

    configure_logging(True)
    structlog.contextvars.bind_contextvars(request_id="lib-1")
    try:
        logging.getLogger("uvicorn.error").warning("Started server process")
        logging.getLogger("sqlalchemy.pool").warning("connection %s invalidated", "postgresql://u:secret@h/db")
        logging.getLogger("casbin.enforcer").warning("Request: bpd, Zyxwv ---> False")
    finally:
        structlog.contextvars.clear_contextvars()
    lines = [json.loads(ln) for ln in capsys.readouterr().err.splitlines()]
    assert [r["logger"] for r in lines] == ["uvicorn.error", "sqlalchemy.pool"]
    assert lines[0]["event"] == "Started server process" and lines[0]["request_id"] == "lib-1"
    # A library's message may quote a value: only its logger, level and the request id stay.
    assert lines[1]["event"] == "log" and "secret" not in json.dumps(lines[1])


def _serve(tmp_path: Path, port: int) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "GATEKEEPER_DATABASE_URL": f"sqlite:///{tmp_path / 'gk.db'}",
        "GATEKEEPER_DATA_DIR": str(tmp_path / "data"),
        "GATEKEEPER_POLICY_DIR": str(ROOT / "policies"),
    }
    exe = Path(sys.executable).with_name("gatekeeper")
    return subprocess.Popen(
        [str(exe), "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.slow
def test_every_line_the_server_writes_is_json_with_the_request_id(tmp_path: Path) -> None:
    port = free_port()
    proc = _serve(tmp_path, port)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_answering(base + "/readyz", proc)
        assert httpx.get(base + "/v1/inbox", headers={"X-Request-Id": "trace-401"}, timeout=30).status_code == 401
        assert httpx.get(base + "/nowhere", headers={"X-Request-Id": "trace-404"}, timeout=30).status_code == 404
        # the public report solves its suppressions with HiGHS, whose banner would be a bare line
        assert httpx.get(base + "/transparency", timeout=60).status_code == 200
    finally:
        proc.terminate()
        out, err = proc.communicate(timeout=30)
    lines = [ln for ln in (out + err).splitlines() if ln.strip()]
    assert lines
    records = [json.loads(ln) for ln in lines]  # every line, uvicorn's own included
    assert all("level" in r and "timestamp" in r for r in records)
    http = {r["request_id"]: r for r in records if r.get("event") == "http_request"}
    assert http["trace-401"]["status"] == 401 and http["trace-404"]["status"] == 404
    assert any(r.get("event") == "listening" for r in records)
