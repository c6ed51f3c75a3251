"""Liveness, readiness and the operational figures a scraper reads: the log's size, the age of
its latest checkpoint, the approval backlog. Reads only; never raises (a failed read is a
readiness failure or a missing figure, not an error page)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

import structlog
from sqlalchemy import func, select, text

from gatekeeper.auditlog import store
from gatekeeper.context import Context
from gatekeeper.storage import schema

log = structlog.get_logger("gatekeeper.health")

AWAITING = "awaiting_approval"


@dataclass(frozen=True)
class Readiness:
    database: bool
    policy: bool
    audit_log: bool

    @property
    def ready(self) -> bool:
        return self.database and self.policy and self.audit_log


def readiness(ctx: Context) -> Readiness:
    """Ready when the database answers, a policy is loaded and the log's head can be read."""
    database = audit_log = False
    try:
        with ctx.db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            database = True
            store.head(conn)
            audit_log = True
    except Exception as exc:  # any failure means "not ready"; the type says which
        log.warning("not_ready", error_type=type(exc).__name__, database=database)
    try:
        policy = bool(ctx.gate.version)
    except Exception:
        policy = False
    return Readiness(database=database, policy=policy, audit_log=audit_log)


@dataclass(frozen=True)
class OpsFigures:
    log_size: int
    checkpoint_age_seconds: float | None
    approval_backlog: int


def ops_figures(ctx: Context, now: datetime | None = None) -> OpsFigures | None:
    """The log's size, the seconds since its newest entry (a checkpoint is signed in the same
    commit as every batch of entries) and the requests awaiting approval; None if unreadable."""
    try:
        with ctx.db.engine.connect() as conn:
            size, _ = store.head(conn)
            age: float | None = None
            if size:
                rows = store.entries(conn, size - 1, size)
                stamp = rows[0]["entry"].get("event_time") if rows else None
                if isinstance(stamp, str):
                    at = datetime.fromisoformat(stamp)
                    at = at if at.tzinfo else at.replace(tzinfo=UTC)
                    age = max(0.0, ((now or datetime.now(UTC)) - at).total_seconds())
            r = schema.requests
            backlog = int(conn.execute(select(func.count()).select_from(r).where(r.c.state == AWAITING)).scalar_one())
    except (ValueError, json.JSONDecodeError) as exc:
        log.warning("ops_figures_unreadable", error_type=type(exc).__name__)
        return None
    except Exception as exc:
        log.warning("ops_figures_unavailable", error_type=type(exc).__name__)
        return None
    return OpsFigures(log_size=size, checkpoint_age_seconds=age, approval_backlog=backlog)
