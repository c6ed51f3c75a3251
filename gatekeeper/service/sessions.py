"""Browser sessions: a person signs in with their key once and gets a session cookie.

A session is bound to the key it was opened with, and every use reads that key's state from the
database (no cache): once the key is revoked or expires, every session opened with it ends on
its next request, in every process that shares the database.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, delete, insert, select

from gatekeeper.errors import NotAuthenticated
from gatekeeper.service.principals import Principal, Role, require_key_in_force
from gatekeeper.storage import schema


def _h(token: str) -> bytes:
    return hashlib.sha256(token.encode()).digest()


def _aware(dt: datetime) -> datetime:
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def create_session(conn: Connection, principal: Principal, key_id: str, max_age: int) -> tuple[str, str]:
    """Returns (session token for the cookie, CSRF token for forms). Only a hash is stored."""
    token = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(24)
    now = datetime.now(UTC)
    conn.execute(
        insert(schema.web_sessions).values(
            id_hash=_h(token),
            principal_id=principal.id,
            key_id=key_id,
            csrf=csrf,
            created_at=now,
            expires_at=now + timedelta(seconds=max_age),
        )
    )
    return token, csrf


def session_principal(conn: Connection, token: str) -> tuple[Principal, str]:
    s, k, p = schema.web_sessions, schema.api_keys, schema.principals
    row = conn.execute(
        select(s.c.csrf, s.c.expires_at, k.c.revoked_at, k.c.expires_at.label("key_expires_at"),
               p.c.id, p.c.role, p.c.org, p.c.student_pseudonym)
        .join(k, k.c.key_id == s.c.key_id)
        .join(p, p.c.id == k.c.principal_id)
        .where(s.c.id_hash == _h(token), s.c.principal_id == p.c.id)
    ).first()
    if row is None:
        raise NotAuthenticated("the session has ended; sign in again")
    if _aware(row.expires_at) <= datetime.now(UTC):
        raise NotAuthenticated("the session has expired; sign in again")
    try:
        require_key_in_force(row.revoked_at, row.key_expires_at)
    except NotAuthenticated as exc:
        raise NotAuthenticated("the key this session signed in with is no longer valid; sign in again") from exc
    return Principal(row.id, Role(row.role), row.org, row.student_pseudonym), str(row.csrf)


def end_session(conn: Connection, token: str) -> None:
    conn.execute(delete(schema.web_sessions).where(schema.web_sessions.c.id_hash == _h(token)))
