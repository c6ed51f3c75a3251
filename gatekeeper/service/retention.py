"""Retention (RULES.md section 7): destroy report bodies past their period, and any that fail today's rules.

The original request is never stored, only the decision row and the police copy (already
redacted). So "fails today's rules" can only be judged from what is stored. For every report body
still held, ``run_retention`` re-checks exactly this:

1. Expiry: the body was created (the decision time) more than ``retention_years`` (from
   ``policies/retention.yaml``, default 5) before ``now``  -> reason ``retention_expired``.
2. Withholding under today's lexicons and allowlist:
   a. every free-text field of the stored police copy (``substances[*]``, ``weapon``,
      ``threat_statement``, ``incident.location``, ``incident.description``, ``attachments[*].kind``
      and ``.name``) is scanned with ``Gate.redactor.scan`` (the student's released name protected,
      as at submission); any span found means the copy carries a forbidden category;
   b. the released ``student`` object is redacted again with ``Redactor.redact_student``: a field
      no longer allowlisted, or a value that now scans as a forbidden category, fails it.
3. The decision under today's policy: ``PolicyEngine.decide`` is run on Facts rebuilt from the
   stored decision: ground = the stored ground code, recipient = the stored recipient unit,
   substances / weapon / attachment kinds and names from the police copy, a threat statement
   present if the copy has a non-empty one, and a replica-weapon determination counted as
   "dangerous" when the stored decision's reasons include ``weapon_determined_dangerous`` (the
   determination itself is not part of the copy). A deny means the report fails.

Any of 2 or 3 -> reason ``fails_current_rules``. Destroying sets ``report_bodies.body`` and
``salt`` to NULL with ``destroyed_at``, the request's state to ``destroyed``, and appends one audit
entry per report (event_type ``destroyed``, ``details.reason``), all in one transaction per batch.
The commitment stays, so every earlier entry naming it still verifies.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import structlog
import yaml
from sqlalchemy import Connection, select, update

from gatekeeper.context import Context
from gatekeeper.core.engine import Gate
from gatekeeper.errors import InvalidTransition, PolicyInvalid
from gatekeeper.policy.engine import Facts
from gatekeeper.redact import student_names
from gatekeeper.service.principals import Principal, Role
from gatekeeper.service.requests import DESTROYED, _event_entry, iso
from gatekeeper.storage import schema

log = structlog.get_logger("gatekeeper.retention")

RETENTION_EXPIRED = "retention_expired"
FAILS_CURRENT_RULES = "fails_current_rules"
DEFAULT_YEARS = 5
_BATCH = 200
_TEXT_FIELDS = ("weapon", "threat_statement")
_INCIDENT_TEXT = ("location", "description")

# The retention job acts as the service itself, not as a person: its entries name it so.
SYSTEM_ACTOR = Principal("system:retention", Role.POLICY_ADMIN, "gatekeeper", None)
_SYSTEM_ACTOR_ENTRY = {"id": "system:retention", "role": "system", "position": "retention"}


def retention_years(policy_dir: Path) -> int:
    """``retention_years`` from ``policies/retention.yaml`` (5 when the file is absent)."""
    f = Path(policy_dir) / "retention.yaml"
    if not f.is_file():
        return DEFAULT_YEARS
    try:
        data = yaml.safe_load(f.read_text(encoding="utf-8"))
    except yaml.YAMLError:
        raise PolicyInvalid("retention.yaml: invalid YAML") from None
    years = data.get("retention_years") if isinstance(data, dict) else None
    if not isinstance(years, int) or isinstance(years, bool) or not 1 <= years <= 100:
        raise PolicyInvalid("retention.yaml: retention_years must be a whole number of years from 1 to 100")
    return years


def _years_before(now: datetime, years: int) -> datetime:
    try:
        return now.replace(year=now.year - years)
    except ValueError:  # 29 February
        return now.replace(year=now.year - years, day=28)


def _aware(dt: datetime) -> datetime:
    return dt if dt.tzinfo is not None else dt.replace(tzinfo=UTC)


@dataclass
class Destruction:
    request_id: str
    reason: str
    checks: list[str]  # which re-checks failed (names, never values)


@dataclass
class RetentionReport:
    now: str
    retention_years: int
    policy_version: str
    examined: int = 0
    destroyed: list[Destruction] = field(default_factory=list)
    dry_run: bool = False

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for d in self.destroyed:
            out[d.reason] = out.get(d.reason, 0) + 1
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "now": self.now,
            "retention_years": self.retention_years,
            "policy_version": self.policy_version,
            "dry_run": self.dry_run,
            "examined": self.examined,
            "destroyed": len(self.destroyed),
            "by_reason": self.counts(),
            "reports": [{"request_id": d.request_id, "reason": d.reason, "checks": d.checks} for d in self.destroyed],
        }


# -- the re-checks -------------------------------------------------------------------------------


def _free_text(body: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    for i, s in enumerate(body.get("substances") or []):
        if isinstance(s, str):
            yield f"substances[{i}]", s
    for k in _TEXT_FIELDS:
        v = body.get(k)
        if isinstance(v, str):
            yield k, v
    incident = body.get("incident") or {}
    if isinstance(incident, Mapping):
        for k in _INCIDENT_TEXT:
            v = incident.get(k)
            if isinstance(v, str):
                yield f"incident.{k}", v
    for i, a in enumerate(body.get("attachments") or []):
        if isinstance(a, Mapping):
            for k in ("kind", "name"):
                v = a.get(k)
                if isinstance(v, str):
                    yield f"attachments[{i}].{k}", v


def _facts(row: Any, body: Mapping[str, Any]) -> Facts:
    reasons: list[str] = json.loads(row.reason_codes or "[]")
    attachments = [a for a in body.get("attachments") or [] if isinstance(a, Mapping)]
    kinds = tuple(str(a.get("kind") or "") for a in attachments)
    names = tuple("name:" + str(a["name"]) for a in attachments if isinstance(a.get("name"), str) and a["name"].strip())
    weapon = body.get("weapon")
    threat = body.get("threat_statement")
    return Facts(
        ground=str(row.ground),
        recipient=str(row.recipient),
        substances=tuple(s.strip() for s in body.get("substances") or [] if isinstance(s, str) and s.strip()),
        weapon=weapon.strip() if isinstance(weapon, str) and weapon.strip() else None,
        weapon_determined_dangerous=True if "weapon_determined_dangerous" in reasons else None,
        has_threat_statement=isinstance(threat, str) and bool(threat.strip()),
        attachment_kinds=kinds + names,
        face_surveillance_in_text=False,
    )


def failed_checks(gate: Gate, row: Any, body_text: str) -> list[str]:
    """Names of the re-checks the stored report fails under ``gate`` (empty: it passes)."""
    try:
        body = json.loads(body_text)
    except ValueError:
        return ["unreadable_body"]
    if not isinstance(body, dict):
        return ["unreadable_body"]
    failed: list[str] = []
    student = body.get("student") if isinstance(body.get("student"), dict) else {}
    assert isinstance(student, dict)
    protect = student_names(student)
    try:
        for path, text in _free_text(body):
            if gate.redactor.scan(text, protect=protect):
                failed.append(f"forbidden_text:{path}")
        _, reds = gate.redactor.redact_student(student)
        failed.extend(sorted({f"student_withheld:{r.category.value}" for r in reds}))
    except Exception:
        failed.append("redactor_error")
    decision = gate.policy.decide(_facts(row, body))
    if not decision.allowed:
        failed.extend(f"decision:{c}" for c in decision.reason_codes)
    return failed


# -- the run -------------------------------------------------------------------------------------


def _candidates(conn: Connection) -> Iterator[Any]:
    r, b = schema.requests, schema.report_bodies
    q = (
        select(
            r.c.id,
            r.c.school_id,
            r.c.student_pseudonym,
            r.c.recipient_agency,
            r.c.recipient,
            r.c.ground,
            r.c.policy_version,
            r.c.reason_codes,
            r.c.state,
            b.c.body,
            b.c.commitment,
            b.c.created_at.label("body_created_at"),
        )
        .select_from(b.join(r, r.c.id == b.c.request_id))
        .where(b.c.body.is_not(None))
        .order_by(b.c.created_at, b.c.request_id)
    )
    yield from conn.execute(q)


def run_retention(
    ctx: Context,
    *,
    now: datetime | None = None,
    dry_run: bool = False,
    gate: Gate | None = None,
    actor: Principal = SYSTEM_ACTOR,
) -> RetentionReport:
    """Destroy what retention requires; with ``dry_run`` only report what would be destroyed."""
    gate = gate or ctx.gate
    now = _aware(now or datetime.now(UTC))
    years = retention_years(gate.policy_dir)
    cutoff = _years_before(now, years)
    report = RetentionReport(iso(now) or "", years, gate.version, dry_run=dry_run)
    due: list[tuple[Any, Destruction]] = []
    with ctx.db.engine.connect() as conn:
        for row in _candidates(conn):
            report.examined += 1
            if _aware(row.body_created_at) < cutoff:
                due.append((row, Destruction(row.id, RETENTION_EXPIRED, ["age"])))
                continue
            failed = failed_checks(gate, row, str(row.body))
            if failed:
                due.append((row, Destruction(row.id, FAILS_CURRENT_RULES, failed)))
    if dry_run:
        report.destroyed = [d for _, d in due]
        return report
    for start in range(0, len(due), _BATCH):
        report.destroyed.extend(_destroy(ctx, due[start : start + _BATCH], now, gate.version, actor))
    log.info("retention_run", destroyed=len(report.destroyed), examined=report.examined, **report.counts())
    return report


def _destroy(
    ctx: Context, batch: Sequence[tuple[Any, Destruction]], now: datetime, version: str, actor: Principal
) -> list[Destruction]:
    # A report destroyed meanwhile (another run, a decline) is skipped rather than logged twice.
    with ctx.db.engine.connect() as conn:
        ids = [row.id for row, _ in batch]
        live = {
            x.request_id
            for x in conn.execute(
                select(schema.report_bodies.c.request_id).where(
                    schema.report_bodies.c.request_id.in_(ids), schema.report_bodies.c.body.is_not(None)
                )
            )
        }
    batch = [(row, d) for row, d in batch if row.id in live]
    if not batch:
        return []
    entries = []
    for row, d in batch:
        e = _event_entry(
            "destroyed",
            actor,
            row,
            now,
            reason=d.reason,
            body_commitment=row.commitment,
            report_hash=row.commitment,
            details={"reason": d.reason, "checks": d.checks, "checked_under_policy_version": version},
        )
        if actor is SYSTEM_ACTOR:
            e["actor"] = dict(_SYSTEM_ACTOR_ENTRY)
        entries.append(e)

    def write(conn: Connection, index: int) -> None:
        for row, _ in batch:
            res = conn.execute(
                update(schema.report_bodies)
                .where(schema.report_bodies.c.request_id == row.id, schema.report_bodies.c.body.is_not(None))
                .values(body=None, salt=None, destroyed_at=now)
            )
            if res.rowcount != 1:
                raise InvalidTransition("a report body changed meanwhile; run retention again")
            # The decision row kept the police copy for its readers: it goes with the body.
            view_row = conn.execute(
                select(schema.requests.c.decision_json).where(schema.requests.c.id == row.id)
            ).one()
            view = json.loads(view_row.decision_json)
            view["report"] = None
            view["report_destroyed_at"] = iso(now)
            conn.execute(
                update(schema.requests)
                .where(schema.requests.c.id == row.id)
                .values(state=DESTROYED, decision_json=json.dumps(view), updated_at=now)
            )

    ctx.audit.append(entries, write)
    return [d for _, d in batch]


def parse_now(value: str | None) -> datetime | None:
    if not value:
        return None
    dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return _aware(dt)


__all__ = [
    "FAILS_CURRENT_RULES",
    "RETENTION_EXPIRED",
    "RetentionReport",
    "failed_checks",
    "parse_now",
    "retention_years",
    "run_retention",
]
