"""Principals and their API keys. Keys are random, shown once, stored hashed, compared in
constant time, revocable and expiring."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import threading
import weakref
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from sqlalchemy import Connection, Engine, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from gatekeeper.core.engine import Gate
from gatekeeper.errors import Conflict, InvalidRequest, NotAuthenticated, NotFound
from gatekeeper.storage import schema


class Role(StrEnum):
    SCHOOL_ADMIN = "school_admin"
    LEGAL_APPROVER = "legal_approver"
    POLICE_LIAISON = "police_liaison"
    OVERSIGHT_BOARD = "oversight_board"
    PARENT = "parent"
    POLICY_ADMIN = "policy_admin"


@dataclass(frozen=True, slots=True)
class Principal:
    id: str
    role: Role
    org: str | None
    student_pseudonym: str | None

    @property
    def position(self) -> str:
        return self.org or ""

    def actor(self) -> dict[str, str]:
        """Who acted, as every audit entry records it (RULES.md section 6)."""
        return {"id": self.id, "role": self.role.value, "position": self.position}


_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@\-]{0,127}$")
_KEY = re.compile(r"^gk_([0-9a-f]{16})_([A-Za-z0-9_\-]{20,100})$")


def _hash_secret(secret: str) -> bytes:
    # The secret is 256 random bits, so a plain SHA-256 resists guessing; a slow KDF buys nothing.
    return hashlib.sha256(secret.encode()).digest()


def add_principal(
    conn: Connection,
    principal_id: str,
    role: str,
    org: str | None,
    student_pseudonym: str | None,
    expires_in_days: int | None = 365,
) -> str:
    """Create (or re-key) a principal and return its new API key. The key is never stored."""
    if not _ID.match(principal_id):
        raise InvalidRequest("principal id must be 1-128 letters, digits, '.', '_', '@' or '-'")
    try:
        r = Role(role)
    except ValueError as exc:
        raise InvalidRequest(f"unknown role; one of {', '.join(x.value for x in Role)}") from exc
    if r is Role.POLICE_LIAISON and not org:
        raise InvalidRequest("a police liaison needs --org, the recipient unit (e.g. bpd/district-b2)")
    if r is Role.PARENT and not student_pseudonym:
        raise InvalidRequest("a parent needs --student, the student they are linked to")
    if r is Role.SCHOOL_ADMIN and not (org and org.strip()):
        raise InvalidRequest("a school role needs --org, the school or district it acts for (e.g. BPS-1001)")
    if r is Role.POLICE_LIAISON and org:
        org = org.strip().casefold()
    elif r is Role.SCHOOL_ADMIN and org:
        # School ids are written upper-case ("BPS-1001"); "bps" must not make a principal that
        # no request's school ever matches.
        org = org.strip().upper()
    now = datetime.now(UTC)
    existing = conn.execute(select(schema.principals).where(schema.principals.c.id == principal_id)).first()
    if existing is None:
        conn.execute(
            insert(schema.principals).values(
                id=principal_id, role=r.value, org=org, student_pseudonym=student_pseudonym, created_at=now
            )
        )
    elif existing.role != r.value:
        raise Conflict("that principal exists with another role")
    key_id = secrets.token_hex(8)
    secret = secrets.token_urlsafe(32)
    try:
        conn.execute(
            insert(schema.api_keys).values(
                key_id=key_id,
                principal_id=principal_id,
                secret_hash=_hash_secret(secret),
                created_at=now,
                expires_at=None if expires_in_days is None else now + timedelta(days=expires_in_days),
            )
        )
    except IntegrityError as exc:  # pragma: no cover - 64 random bits
        raise Conflict("key id collision; try again") from exc
    return f"gk_{key_id}_{secret}"


def authenticate(conn: Connection, presented: str | None) -> Principal:
    return authenticate_key(conn, presented)[0]


@dataclass(frozen=True, slots=True)
class _Known:
    secret_hash: bytes
    principal: Principal
    expires_at: datetime | None


class KeyCache:
    """Keys that authenticated, per database, valid while the revocation counter is unchanged.

    Every change to a key or a principal row (a revocation, an expiry edited by hand) increments
    ``auth_generation`` in the same transaction (database triggers, migration 0005). Each request
    reads the counter first (one primary-key row) and drops the cache when it moved, so a
    revocation committed before a request starts is refused on that request, in every process
    that shares the database. Expiry is checked on every use; unknown and refused keys are never
    cached, so a new key works at once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._generation: int | None = None
        self._known: dict[str, _Known] = {}

    def authenticate(self, conn: Connection, presented: str | None) -> Principal:
        generation = current_generation(conn)
        if presented:
            m = _KEY.match(presented.strip())
            if m is not None and generation is not None:
                key_id, secret = m.groups()
                with self._lock:
                    if self._generation != generation:
                        self._known.clear()
                        self._generation = generation
                    known = self._known.get(key_id)
                if known is not None and hmac.compare_digest(_hash_secret(secret), known.secret_hash):
                    require_key_in_force(None, known.expires_at)
                    return known.principal
        # Read after the counter: a revocation that lands in between moves the counter, so the
        # entry stored below is dropped by the next request.
        principal, key_id, secret_hash, expires_at = _lookup(conn, presented)
        if generation is not None:
            with self._lock:
                if self._generation == generation:
                    self._known[key_id] = _Known(secret_hash, principal, expires_at)
        return principal


_caches: weakref.WeakKeyDictionary[Engine, KeyCache] = weakref.WeakKeyDictionary()
_caches_lock = threading.Lock()


def key_cache(engine: Engine) -> KeyCache:
    with _caches_lock:
        cache = _caches.get(engine)
        if cache is None:
            cache = _caches[engine] = KeyCache()
        return cache


def current_generation(conn: Connection) -> int | None:
    """The revocation counter, or None where the row is missing (then nothing is cached)."""
    value = conn.exec_driver_sql("SELECT generation FROM auth_generation WHERE id = 1").scalar()
    return None if value is None else int(value)


def authenticate_key(conn: Connection, presented: str | None) -> tuple[Principal, str]:
    """The principal and the id of the key that was presented (a web session is bound to it)."""
    principal, key_id, _, _ = _lookup(conn, presented)
    return principal, key_id


def _lookup(conn: Connection, presented: str | None) -> tuple[Principal, str, bytes, datetime | None]:
    if not presented:
        raise NotAuthenticated("an API key is required: Authorization: Bearer <key>")
    m = _KEY.match(presented.strip())
    if not m:
        raise NotAuthenticated("the API key is not valid")
    key_id, secret = m.groups()
    k, p = schema.api_keys, schema.principals
    row = conn.execute(
        select(k.c.secret_hash, k.c.expires_at, k.c.revoked_at, p.c.id, p.c.role, p.c.org, p.c.student_pseudonym)
        .join(p, p.c.id == k.c.principal_id)
        .where(k.c.key_id == key_id)
    ).first()
    presented_hash = _hash_secret(secret)
    stored = bytes(row.secret_hash) if row is not None else b"\0" * 32
    ok = hmac.compare_digest(presented_hash, stored)
    if row is None or not ok:
        raise NotAuthenticated("the API key is not valid")
    require_key_in_force(row.revoked_at, row.expires_at)
    return Principal(row.id, Role(row.role), row.org, row.student_pseudonym), key_id, stored, row.expires_at


def require_key_in_force(revoked_at: datetime | None, expires_at: datetime | None) -> None:
    """A revoked or expired key authenticates nothing: not a bearer call, not a web session."""
    if revoked_at is not None:
        raise NotAuthenticated("the API key was revoked")
    if expires_at is not None:
        exp = expires_at if expires_at.tzinfo else expires_at.replace(tzinfo=UTC)
        if exp <= datetime.now(UTC):
            raise NotAuthenticated("the API key has expired")


def revoke_keys(conn: Connection, principal_id: str) -> int:
    res = conn.execute(
        update(schema.api_keys)
        .where(schema.api_keys.c.principal_id == principal_id, schema.api_keys.c.revoked_at.is_(None))
        .values(revoked_at=datetime.now(UTC))
    )
    if res.rowcount == 0:
        raise NotFound("no active key for that principal")
    # Every session signs in with a key and checks that key on each use; deleting the sessions
    # as well keeps no dead rows around.
    conn.execute(delete(schema.web_sessions).where(schema.web_sessions.c.principal_id == principal_id))
    return int(res.rowcount)


def get_principal(conn: Connection, principal_id: str) -> Principal | None:
    row = conn.execute(select(schema.principals).where(schema.principals.c.id == principal_id)).first()
    if row is None:
        return None
    return Principal(row.id, Role(row.role), row.org, row.student_pseudonym)


def create_principal(
    gate: Gate,
    conn: Connection,
    principal_id: str,
    role: str,
    org: str | None,
    student_pseudonym: str | None,
    expires_in_days: int | None = 365,
) -> str:
    """``add_principal`` for an operator: a police liaison's unit must be one the policy permits
    reports to (a liaison of "ice" or "bpd/bric" would sit waiting for reports never sent, and
    says the district meant to send them)."""
    if role.strip().casefold() == Role.POLICE_LIAISON.value and org and not gate.policy.permitted_recipient(org):
        raise InvalidRequest(
            "--org for a police liaison must be a recipient the policy permits (policies/decision/recipients.yaml), "
            "e.g. bpd or bpd/district-b2"
        )
    return add_principal(conn, principal_id, role.strip().casefold(), org, student_pseudonym, expires_in_days)


@dataclass(frozen=True, slots=True)
class PrincipalListing:
    """One principal as `gatekeeper users list` shows it: never a key or a student's pseudonym."""

    id: str
    role: str
    org: str | None
    keys_in_force: int
    expires_at: datetime | None


def list_principals(conn: Connection, now: datetime | None = None) -> list[PrincipalListing]:
    """Every principal, by id, with how many of its keys are in force and when the last of them expires."""
    now = now or datetime.now(UTC)
    p, k = schema.principals, schema.api_keys
    keys: dict[str, list[datetime | None]] = {}
    for row in conn.execute(select(k.c.principal_id, k.c.expires_at, k.c.revoked_at)):
        if row.revoked_at is not None:
            continue
        exp = row.expires_at if row.expires_at is None or row.expires_at.tzinfo else row.expires_at.replace(tzinfo=UTC)
        if exp is None or exp > now:
            keys.setdefault(row.principal_id, []).append(exp)
    out = []
    for row in conn.execute(select(p.c.id, p.c.role, p.c.org).order_by(p.c.id)):
        live = keys.get(row.id, [])
        dated = [e for e in live if e is not None]
        last = None if not live or len(dated) < len(live) else max(dated)
        out.append(PrincipalListing(row.id, row.role, row.org, len(live), last))
    return out
