"""Browser sessions: a person signs in with their key once and gets a session cookie."""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, delete, insert, select

from gatekeeper.errors import NotAuthenticated
from gatekeeper.service.principals import Principal, get_principal
from gatekeeper.storage import schema


def _h(token: str) -> bytes:
    return hashlib.sha256(token.encode()).digest()


def create_session(conn: Connection, principal: Principal, max_age: int) -> tuple[str, str]:
    """Returns (session token for the cookie, CSRF token for forms). Only a hash is stored."""
    token = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(24)
    now = datetime.now(UTC)
    conn.execute(
        insert(schema.web_sessions).values(
            id_hash=_h(token),
            principal_id=principal.id,
            csrf=csrf,
            created_at=now,
            expires_at=now + timedelta(seconds=max_age),
        )
    )
    return token, csrf


def session_principal(conn: Connection, token: str) -> tuple[Principal, str]:
    s = schema.web_sessions
    row = conn.execute(select(s.c.principal_id, s.c.csrf, s.c.expires_at).where(s.c.id_hash == _h(token))).first()
    if row is None:
        raise NotAuthenticated("the session has ended; sign in again")
    exp = row.expires_at if row.expires_at.tzinfo else row.expires_at.replace(tzinfo=UTC)
    if exp <= datetime.now(UTC):
        raise NotAuthenticated("the session has expired; sign in again")
    p = get_principal(conn, row.principal_id)
    if p is None:
        raise NotAuthenticated("the session has ended; sign in again")
    return p, str(row.csrf)


def end_session(conn: Connection, token: str) -> None:
    conn.execute(delete(schema.web_sessions).where(schema.web_sessions.c.id_hash == _h(token)))
