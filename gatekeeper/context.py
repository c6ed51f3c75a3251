"""Everything a running service holds, built once from Settings (no import-time globals)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

import structlog

from audit.note import Signer
from gatekeeper.auditlog.writer import AuditWriter
from gatekeeper.core.engine import Gate
from gatekeeper.service.authz import Authorizer
from gatekeeper.service.keys import Pseudonymizer, log_signer
from gatekeeper.settings import Settings
from gatekeeper.storage.db import Database, migrate, open_database

log = structlog.get_logger("gatekeeper")


class GateHolder:
    """The current policy. A reload builds a complete new Gate and swaps the reference, so a
    concurrent decision sees either the old policy or the new one, never a half-loaded one."""

    def __init__(self, gate: Gate) -> None:
        self._gate = gate
        self._lock = threading.Lock()

    @property
    def current(self) -> Gate:
        return self._gate

    def replace(self, gate: Gate) -> None:
        with self._lock:
            self._gate = gate


@dataclass
class Context:
    settings: Settings
    db: Database
    gates: GateHolder
    audit: AuditWriter
    signer: Signer
    pseudonyms: Pseudonymizer
    authz: Authorizer
    extras: dict[str, object] = field(default_factory=dict)

    @property
    def gate(self) -> Gate:
        return self.gates.current

    def apply_policy(self, gate: Gate) -> None:
        """Put a newly activated policy in force: the decision Gate and the authorization model
        from the same bundle, so a reviewed change to policies/authz/ needs no restart."""
        authz = Authorizer.load(gate.policy_dir)
        self.gates.replace(gate)
        self.authz = authz

    def close(self) -> None:
        self.audit.stop()
        self.db.dispose()


def build_context(settings: Settings, *, run_migrations: bool = True) -> Context:
    from gatekeeper.reporting.suppression import quiet_solver_banner

    quiet_solver_banner()  # before any thread logs: stdout carries JSON lines only
    db = open_database(settings.database_url)
    if run_migrations:
        migrate(db)
    from gatekeeper.service.policy import load_active_gate

    gate = load_active_gate(settings, db)
    signer = log_signer(settings)
    writer = AuditWriter(db, signer, settings.log_origin, max_batch=settings.group_commit_max)
    return Context(
        settings=settings,
        db=db,
        gates=GateHolder(gate),
        audit=writer,
        signer=signer,
        pseudonyms=Pseudonymizer.from_settings(settings),
        authz=Authorizer.load(Path(settings.policy_dir)),
    )
