"""Smaller holes of issue 10 item 11, through real HTTP and the real CLI: no caching of answers,
Allow on 405, a deadline on slow headers, users add refusing unusable principals, and Casbin's
own log lines (which carry request values) kept off stderr."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from sqlalchemy import select

from gatekeeper.settings import Settings
from gatekeeper.storage import schema
from tests.conftest import Factory, LiveServer, free_port

GK = shutil.which("gatekeeper", path=str(Path(sys.executable).parent)) or "gatekeeper"


def test_every_api_answer_says_no_store(live: LiveServer, make_request: Factory) -> None:
    admin = live.add_user("admin-a", "school_admin", "BPS")
    approver = live.add_user("approver-a", "legal_approver")
    liaison = live.add_user("liaison-b2", "police_liaison", "bpd/district-b2")
    with live.client(admin) as c:
        r = c.post("/v1/requests", json=make_request())
        assert r.headers["cache-control"] == "no-store"
        rid = r.json()["id"]
        assert c.get(f"/v1/requests/{rid}").headers["cache-control"] == "no-store"
        assert c.post("/v1/requests", content=b"{", headers={"content-type": "application/json"}).headers[
            "cache-control"
        ] == "no-store"
    with live.client(approver) as c:
        assert c.post(f"/v1/requests/{rid}/approve").headers["cache-control"] == "no-store"
    with live.client(liaison) as c:
        assert c.get("/v1/inbox").headers["cache-control"] == "no-store"
        report = c.get(f"/v1/reports/{rid}")
        assert report.status_code == 200 and report.headers["cache-control"] == "no-store"
    with live.client() as c:
        assert c.get("/v1/inbox").headers["cache-control"] == "no-store"  # a 401 too
        assert c.get("/healthz").headers["cache-control"] == "no-store"


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("DELETE", "/v1/requests", {"GET", "POST"}),
        ("PUT", "/v1/requests/abc", {"GET"}),
        ("GET", "/v1/requests/abc/approve", {"POST"}),
        ("POST", "/v1/inbox", {"GET"}),
    ],
)
def test_405_names_the_allowed_methods(live: LiveServer, method: str, path: str, allowed: set[str]) -> None:
    with live.client() as c:
        r = c.request(method, path)
    assert r.status_code == 405
    assert r.headers["content-type"].startswith("application/problem+json")
    assert allowed <= {m.strip() for m in r.headers["allow"].split(",")}
    assert method not in {m.strip() for m in r.headers["allow"].split(",")}


# -- slow headers -------------------------------------------------------------------------------


@pytest.fixture
def deadline_server(sqlite_settings: Settings) -> Iterator[str]:
    """The app served as `gatekeeper serve` serves it, with a short header deadline."""
    from gatekeeper.api.app import create_app
    from gatekeeper.api.server import uvicorn_config

    app = create_app(sqlite_settings)
    port = free_port()
    server = uvicorn.Server(uvicorn_config(app, "127.0.0.1", port, header_timeout=1.0))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    ceiling = time.monotonic() + 30
    while not server.started and time.monotonic() < ceiling:
        time.sleep(0.02)
    assert server.started
    try:
        yield f"127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)


def _closed_by_server(sock: socket.socket, trickle: bytes, ceiling: float) -> bool:
    """Send ``trickle`` a byte at a time until the server closes the connection (True) or the
    ceiling passes (False)."""
    sock.settimeout(0.3)
    end = time.monotonic() + ceiling
    i = 0
    while time.monotonic() < end:
        try:
            if sock.recv(1024) == b"":
                return True
        except TimeoutError:
            pass
        except (ConnectionResetError, BrokenPipeError):
            return True
        try:
            sock.send(trickle[i % len(trickle) : i % len(trickle) + 1])
        except (ConnectionResetError, BrokenPipeError):
            return True
        i += 1
    return False


def test_slow_headers_are_cut_off(deadline_server: str) -> None:
    host, port = deadline_server.split(":")
    # Never finishes its headers: a header line per few bytes, forever (slowloris).
    trickle = b"GET /healthz HTTP/1.1\r\nHost: x\r\n" + b"X-a: b\r\n" * 1000
    with socket.create_connection((host, int(port))) as sock:
        assert _closed_by_server(sock, trickle, ceiling=60.0)
    # A connection that says nothing at all is cut off too.
    with socket.create_connection((host, int(port))) as sock:
        sock.settimeout(60.0)
        assert sock.recv(1024) == b""


def test_a_normal_client_is_unaffected_by_the_deadline(deadline_server: str) -> None:
    import httpx

    with httpx.Client(base_url=f"http://{deadline_server}", timeout=30) as c:
        for _ in range(3):  # keep-alive: the deadline restarts for each request's headers
            assert c.get("/healthz").status_code == 200
            time.sleep(0.2)


# -- users add ------------------------------------------------------------------------------------


def _gk(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        GATEKEEPER_DATABASE_URL=settings.database_url,
        GATEKEEPER_DATA_DIR=str(settings.data_dir),
        GATEKEEPER_POLICY_DIR=str(settings.policy_dir),
    )
    return subprocess.run([GK, *args], env=env, capture_output=True, text=True, timeout=120)


def test_users_add_refuses_unusable_principals_and_normalises_case(live: LiveServer) -> None:
    s = live.ctx.settings
    for org in ("ice", "bpd/bric", "bpd/gang-unit", "nowhere"):
        r = _gk(s, "users", "add", "--id", "liaison-x", "--role", "police_liaison", "--org", org)
        assert r.returncode == 2, r.stdout + r.stderr
        assert "permits" in r.stderr
    r = _gk(s, "users", "add", "--id", "admin-x", "--role", "school_admin")
    assert r.returncode == 2 and "--org" in r.stderr
    assert _gk(s, "users", "add", "--id", "liaison-y", "--role", "police_liaison", "--org", "BPD/District-B2").returncode == 0
    assert _gk(s, "users", "add", "--id", "admin-y", "--role", "School_Admin", "--org", "bps-1001").returncode == 0
    p = schema.principals
    with live.ctx.db.engine.connect() as conn:
        rows = {r.id: (r.role, r.org) for r in conn.execute(select(p.c.id, p.c.role, p.c.org))}
    assert rows == {"liaison-y": ("police_liaison", "bpd/district-b2"), "admin-y": ("school_admin", "BPS-1001")}


# -- Casbin's log lines -----------------------------------------------------------------------------


def test_casbin_request_lines_never_reach_stderr(
    live: LiveServer, make_request: Factory, capfd: pytest.CaptureFixture[str]
) -> None:
    key = live.add_user("admin-a", "school_admin", "BPS")
    with live.client(key) as c:
        for recipient in ("ZqCanaryUnit", "ice"):
            assert c.post("/v1/requests", json=make_request(recipient=recipient)).json()["decision"] == "deny"
        assert c.post("/v1/requests", json=make_request(ground="ZqCanaryGround")).json()["decision"] == "deny"
        # An authorization refusal goes through Casbin as well.
        assert c.get("/v1/inbox").status_code == 403
    err = capfd.readouterr().err
    assert "--->" not in err and "Request:" not in err
    assert "zqcanary" not in err.casefold()
