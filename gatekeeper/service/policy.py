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
import time
from collections.abc import Callable
from pathlib import Path

import structlog
from sqlalchemy import select

from gatekeeper.core.engine import Gate
from gatekeeper.settings import Settings
from gatekeeper.storage import schema
from gatekeeper.storage.db import Database

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


class PolicyWatcher:
    """Polls the active version and swaps the Gate when it changes."""

    def __init__(self, settings: Settings, db: Database, on_change: Callable[[Gate], None], current: str) -> None:
        self.settings = settings
        self.db = db
        self.on_change = on_change
        self.current = current
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="policy-watcher", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def check_once(self) -> bool:
        v = active_version(self.db)
        if v is None or v == self.current:
            return False
        gate = load_active_gate(self.settings, self.db)
        self.current = gate.version
        self.on_change(gate)
        log.info("policy_reloaded", policy_version=gate.version[:16])
        return True

    def _run(self) -> None:
        while not self._stop.wait(self.settings.policy_poll_seconds):
            try:
                self.check_once()
            except Exception as exc:  # keep the old policy; a failed reload must not stop service
                log.warning("policy_reload_failed", error_type=type(exc).__name__)
                time.sleep(1)
