"""A revoked or expired key ends every web session it opened, on the session's next request
(issue 10, item 4): real HTTP with a cookie session, on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from sqlalchemy import update

from gatekeeper.settings import Settings
from gatekeeper.storage import schema
from tests.conftest import ROOT, LiveServer, request_factory

GK = str(Path(sys.executable).with_name("gatekeeper"))


def _csrf(html: str) -> str:
    m = re.search(r'name="csrf" value="([^"]+)"', html)
    assert m
    return m.group(1)


def _login(live: LiveServer, key: str) -> httpx.Client:
    c = httpx.Client(base_url=live.url, timeout=30, follow_redirects=False)
    page = c.get("/login")
    r = c.post("/login", data={"api_key": key, "csrf": _csrf(page.text), "next": ""})
    assert r.status_code == 303, r.text
    return c


def _submit_form(c: httpx.Client, csrf: str, request_id: str) -> httpx.Response:
    req = request_factory()
    form = {
        "csrf": csrf,
        "request_id": request_id,
        "school_id": req["school_id"],
        "recipient": req["recipient"],
        "ground": req["ground"],
        "weapon": req["weapon"],
        "incident_description": req["incident"]["description"],
        "student_student_id": "S100001",
        "student_name": "Test Student",
    }
    return c.post("/school/submit", data=form)


def _revoke_with_cli(settings: Settings, principal_id: str) -> None:
    """`gatekeeper users revoke` in its own process, on the same database as the server."""
    env = dict(
        os.environ,
        GATEKEEPER_DATABASE_URL=settings.database_url,
        GATEKEEPER_DATA_DIR=str(settings.data_dir),
        GATEKEEPER_POLICY_DIR=str(ROOT / "policies"),
    )
    r = subprocess.run(
        [GK, "users", "revoke", "--id", principal_id], env=env, capture_output=True, text=True, timeout=120
    )
    assert r.returncode == 0, r.stderr
    assert "revoked 1 key" in r.stdout


def _count_requests(live: LiveServer) -> int:
    with live.ctx.db.engine.connect() as conn:
        return len(conn.execute(schema.requests.select()).all())


def test_revocation_ends_the_web_session_at_once(live: LiveServer, settings: Settings) -> None:
    key = live.add_user("admin1", "school_admin", "BPS")
    c = _login(live, key)
    page = c.get("/school")
    assert page.status_code == 200
    csrf = _csrf(page.text)
    assert _submit_form(c, csrf, "before-revoke").status_code == 303
    assert _count_requests(live) == 1

    _revoke_with_cli(settings, "admin1")

    # The very next request with the same cookie is signed out: pages redirect to sign-in and
    # a submission with a valid CSRF token records nothing.
    r = c.get("/school")
    assert r.status_code == 303 and r.headers["location"].startswith("/login")
    r = _submit_form(c, csrf, "after-revoke")
    assert r.status_code == 303 and r.headers["location"].startswith("/login")
    assert _count_requests(live) == 1
    # The API refuses the key too, and signing in again with it fails.
    with live.client(key) as api:
        assert api.get("/v1/requests").status_code == 401
    fresh = httpx.Client(base_url=live.url, timeout=30)
    login = fresh.get("/login")
    assert fresh.post("/login", data={"api_key": key, "csrf": _csrf(login.text)}).status_code == 401


def test_revocation_ends_sessions_in_every_process(live: LiveServer, settings: Settings) -> None:
    """Two servers on one database: a session opened on one ends when the key is revoked through
    the other (the revocation is read from the database on each use, never from a cache)."""
    from tests.conftest import start_server

    other = start_server(settings)
    try:
        key = live.add_user("board1", "oversight_board")
        a = _login(live, key)
        b = _login(other, key)
        assert a.get("/board").status_code == 200
        assert b.get("/board").status_code == 200
        _revoke_with_cli(settings, "board1")
        assert a.get("/board").status_code == 303
        assert b.get("/board").status_code == 303
    finally:
        other.stop()


def test_expired_key_ends_the_web_session(live: LiveServer) -> None:
    key = live.add_user("approver1", "legal_approver")
    c = _login(live, key)
    assert c.get("/approver").status_code == 200
    with live.ctx.db.engine.begin() as conn:
        conn.execute(
            update(schema.api_keys)
            .where(schema.api_keys.c.principal_id == "approver1")
            .values(expires_at=datetime.now(UTC) - timedelta(seconds=1))
        )
    r = c.get("/approver")
    assert r.status_code == 303 and r.headers["location"].startswith("/login")


def test_a_new_key_does_not_revive_a_revoked_keys_session(live: LiveServer, settings: Settings) -> None:
    """Re-keying a principal after revocation gives the new key its own sessions only."""
    old = live.add_user("admin2", "school_admin", "BPS")
    c = _login(live, old)
    assert c.get("/school").status_code == 200
    _revoke_with_cli(settings, "admin2")
    new = live.add_user("admin2", "school_admin", "BPS")
    assert c.get("/school").status_code == 303
    assert _login(live, new).get("/school").status_code == 200
