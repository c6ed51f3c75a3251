"""The shapes of answers (CONTRACT.md), built from the pure core's values.

The CLI's `check`, the service layer and the API all answer a Decision in this one shape, so it
lives below all of them: nothing here knows of a database, HTTP or the command line.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from gatekeeper.core.engine import Evaluation


def decision_json(req_id: str | None, ev: Evaluation, ground: str) -> dict[str, Any]:
    """The Decision of CONTRACT.md, as `check` prints it and the API answers it (with audit)."""
    d = ev.decision
    return {
        "request_id": req_id,
        "decision": d.outcome.value,
        "ground": ground,
        "reasons": [{"code": r.code, "message": r.message} for r in d.reasons],
        "matched_rule": list(d.matched_rule),
        "legal_basis": d.legal_basis,
        "report": ev.report.to_dict() if ev.report is not None else None,
        "redactions": [
            {
                k: v
                for k, v in (("path", r.path), ("category", r.category.value), ("start", r.start), ("end", r.end))
                if v is not None
            }
            for r in ev.redactions
        ],
        "released_fields": list(ev.released_fields),
        "policy_version": d.policy_version,
        "audit": None,
    }


def iso(dt: datetime | None) -> str | None:
    """A time as every answer writes it: UTC, milliseconds, a trailing Z."""
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
