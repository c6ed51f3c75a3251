"""Which policy is in force, and how a change reaches every process.

The reviewed files under policies/ are the source. A change made through the service (proposed
by a policy administrator, approved by a second person) is stored as a bundle of those files in
policy_active; every process materialises the newest bundle in its data folder and swaps in a
fully built Gate. Each process notices a new version within a second (PostgreSQL LISTEN/NOTIFY,
or polling the version row).
"""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import structlog
from sqlalchemy import Connection, insert, select, update

from gatekeeper.core.engine import Gate
from gatekeeper.settings import Settings
from gatekeeper.storage import schema
from gatekeeper.storage.db import POLICY_CHANNEL, Database

log = structlog.get_logger("gatekeeper.policy")


def read_bundle(policy_dir: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    for p in sorted(policy_dir.rglob("*")):
        rel = p.relative_to(policy_dir)
        if p.is_file() and not any(part.startswith(".") or part == "__pycache__" for part in rel.parts):
            out[rel.as_posix()] = p.read_text(encoding="utf-8")
    return out


def materialise(bundle: dict[str, str], target: Path) -> Path:
    if target.exists():
        return target
    tmp = target.with_name(target.name + ".tmp")
    if tmp.exists():
        shutil.rmtree(tmp)
    for rel, text in bundle.items():
        if rel.startswith("/") or ".." in Path(rel).parts:
            raise ValueError("a policy bundle path must stay inside the bundle")
        f = tmp / rel
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(text, encoding="utf-8")
    tmp.rename(target)
    return target


def active_version(db: Database) -> str | None:
    with db.engine.connect() as conn:
        row = conn.execute(select(schema.policy_active.c.version).where(schema.policy_active.c.id == 1)).first()
    return None if row is None else str(row.version)


def load_active_gate(settings: Settings, db: Database) -> Gate:
    with db.engine.connect() as conn:
        row = conn.execute(
            select(schema.policy_active.c.version, schema.policy_active.c.bundle).where(schema.policy_active.c.id == 1)
        ).first()
    if row is None:
        return Gate.load(Path(settings.policy_dir))
    target = materialise(json.loads(row.bundle), settings.data_dir / "policy" / str(row.version))
    return Gate.load(target)


def activate_policy_bundle(db: Database, bundle: dict[str, str], version: str) -> None:
    """Make ``bundle`` the active policy everywhere, in a transaction of its own."""
    with db.begin_write() as conn:
        activate_in(conn, db, json.dumps(bundle, sort_keys=True), version)


def activate_in(conn: Connection, db: Database, bundle_json: str, version: str) -> None:
    """Upsert policy_active(id=1) and announce the new version (pg_notify on PostgreSQL) in the
    caller's transaction, so a listener that hears the notification always reads the new row, a
    failed write announces nothing, and a governance approval commits with its audit entry."""
    if not version or not all(ch.isalnum() or ch in "-_." for ch in version):
        raise ValueError("a policy version must be a plain token (it names a folder)")
    now = datetime.now(UTC)
    t = schema.policy_active
    done = conn.execute(update(t).where(t.c.id == 1).values(version=version, bundle=bundle_json, updated_at=now))
    if done.rowcount == 0:
        conn.execute(insert(t).values(id=1, version=version, bundle=bundle_json, updated_at=now))
    db.notify_policy_change(conn, version)


class PolicyWatcher:
    """Swaps the Gate when the active policy version changes.

    On PostgreSQL a listener thread holds its own connection with LISTEN gatekeeper_policy and
    reloads as soon as a notification arrives (reconnecting, and re-checking, after any failure).
    Polling the version row stays on as the fallback: every ``policy_poll_seconds`` while the
    listener is down (and always on SQLite), every ``PG_SAFETY_POLL_SECONDS`` while it is up.
    """

    PG_SAFETY_POLL_SECONDS = 5.0

    def __init__(self, settings: Settings, db: Database, on_change: Callable[[Gate], None], current: str) -> None:
        self.settings = settings
        self.db = db
        self.on_change = on_change
        self.current = current
        self._seen_version: str | None = None  # the policy_active version last applied
        self._check_lock = threading.Lock()
        self._stop = threading.Event()
        self.listening = threading.Event()
        self.notifications = 0
        self._thread = threading.Thread(target=self._run, name="policy-watcher", daemon=True)
        self._listener: threading.Thread | None = None
        libpq_url = getattr(db, "libpq_url", None)
        if db.dialect == "postgresql" and isinstance(libpq_url, str):
            self._listener = threading.Thread(
                target=self._listen, args=(libpq_url,), name="policy-listener", daemon=True
            )

    def start(self) -> None:
        self._thread.start()
        if self._listener is not None:
            self._listener.start()

    def stop(self) -> None:
        self._stop.set()

    def check_once(self) -> bool:
        with self._check_lock:
            v = active_version(self.db)
            if v is None or v == self.current or v == self._seen_version:
                return False
            gate = load_active_gate(self.settings, self.db)
            self.current = gate.version
            self._seen_version = v
            self.on_change(gate)
        log.info("policy_reloaded", policy_version=gate.version[:16])
        return True

    def _safe_check(self) -> None:
        try:
            self.check_once()
        except Exception as exc:  # keep the old policy; a failed reload must not stop service
            log.warning("policy_reload_failed", error_type=type(exc).__name__)

    def _run(self) -> None:
        while True:
            interval = self.settings.policy_poll_seconds
            if self.listening.is_set():
                interval = max(interval, self.PG_SAFETY_POLL_SECONDS)
            if self._stop.wait(interval):
                return
            self._safe_check()

    def _listen(self, url: str) -> None:
        import psycopg

        backoff = 0.5
        while not self._stop.is_set():
            try:
                with psycopg.connect(url, autocommit=True, connect_timeout=5) as conn:
                    conn.execute(f"LISTEN {POLICY_CHANNEL}")
                    self.listening.set()
                    backoff = 0.5
                    # Anything announced while we were not listening is caught here.
                    self._safe_check()
                    while not self._stop.is_set():
                        for _note in conn.notifies(timeout=1.0):
                            self.notifications += 1
                            self._safe_check()
                        # notifies() returns after the timeout; prove the connection is alive.
                        conn.execute("SELECT 1")
            except Exception as exc:
                log.warning("policy_listener_down", error_type=type(exc).__name__)
            finally:
                self.listening.clear()
            if self._stop.wait(backoff):
                return
            backoff = min(backoff * 2, 5.0)
