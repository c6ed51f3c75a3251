"""API keys: shown once, stored hashed, revocable and expiring."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update

from gatekeeper.service.principals import revoke_keys
from gatekeeper.settings import Settings
from gatekeeper.storage import schema
from gatekeeper.storage.db import scratch_engine
from tests.conftest import LiveServer


def test_keys_are_stored_hashed(live: LiveServer) -> None:
    key = live.add_user("k-admin", "school_admin", "BPS")
    with live.ctx.db.engine.connect() as conn:
        rows = conn.execute(select(schema.api_keys)).all()
    secret = key.split("_", 2)[2]
    assert all(secret.encode() not in bytes(r.secret_hash) and secret not in repr(r) for r in rows)


def test_revoked_and_expired_keys_are_refused(live: LiveServer) -> None:
    a = live.add_user("k-a", "oversight_board")
    b = live.add_user("k-b", "oversight_board")
    with live.client(a) as c:
        assert c.get("/v1/stats").status_code == 200
    with live.ctx.db.engine.begin() as conn:
        revoke_keys(conn, "k-a")
        conn.execute(
            update(schema.api_keys)
            .where(schema.api_keys.c.principal_id == "k-b")
            .values(expires_at=datetime.now(UTC) - timedelta(seconds=1))
        )
    with live.client(a) as c:
        r = c.get("/v1/stats")
        assert r.status_code == 401 and "revoked" in r.json()["detail"]
    with live.client(b) as c:
        r = c.get("/v1/stats")
        assert r.status_code == 401 and "expired" in r.json()["detail"]


def test_a_key_in_use_is_refused_on_its_next_request_after_a_revocation_elsewhere(
    live: LiveServer, settings: Settings
) -> None:
    """The server keeps keys that authenticated; a revocation committed by another process (the
    CLI), or an expiry shortened by hand in SQL, must still refuse the very next request."""
    from tests.web.test_session_revocation import _revoke_with_cli

    a = live.add_user("k-busy", "oversight_board")
    b = live.add_user("k-busy2", "oversight_board")
    with live.client(a) as c, live.client(b) as d:
        for _ in range(3):  # used, so known to the server
            assert c.get("/v1/stats").status_code == 200
            assert d.get("/v1/stats").status_code == 200
        _revoke_with_cli(settings, "k-busy")
        r = c.get("/v1/stats")
        assert r.status_code == 401 and "revoked" in r.json()["detail"]
        assert d.get("/v1/stats").status_code == 200
        with scratch_engine(settings.database_url).begin() as conn:
            conn.execute(
                update(schema.api_keys)
                .where(schema.api_keys.c.principal_id == "k-busy2")
                .values(expires_at=datetime.now(UTC) - timedelta(seconds=1))
            )
        r = d.get("/v1/stats")
        assert r.status_code == 401 and "expired" in r.json()["detail"]
