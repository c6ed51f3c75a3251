"""Retention (RULES.md section 7): destroy report bodies past their period, and any that fail today's rules.

For every report body still held, ``run_retention`` decides:

1. Expiry: the body was created (the decision time) more than ``retention_years`` (from
   ``policies/retention.yaml``, default 5) before ``now`` -> reason ``retention_expired``.
2. Today's rules, judged from what was *recorded* when the report was decided, never by running
   the released text through the redactor again as if it were new input (the police copy is
   already redacted: its ``[WITHHELD]`` markers would read as the places, languages... they
   stand for, and today's report would be destroyed by the same policy that released it).

   a. A body decided under the active policy version passes by definition: the same policy
      cannot fail its own decision. Nothing else is checked, so under an unchanged policy
      retention destroys nothing younger than the retention period.
   b. Under a changed policy, the recorded decision (the ``decision`` audit entry: ground,
      recipient agency, substance classes, weapon class, whether a named approver determined a
      replica weapon dangerous) plus the attachment kinds and names and the threat statement of
      the copy are decided again by ``PolicyEngine.decide``; a deny fails it.
   c. Under a changed policy, the released text is scanned for what today's lexicons forbid
      (a term the old lexicon missed), with each ``[WITHHELD]`` marker treated as nothing: text
      is scanned only between markers, and a span that reaches a marker with only spaces or
      punctuation between ("born in [WITHHELD]", "speaks [WITHHELD]") is the cue of what was
      withheld, not something released. The released student object is checked the same way,
      and its keys against today's allowlist.

Any of b or c -> reason ``fails_current_rules``. A dry run lists exactly what a real run at the
same ``now`` would destroy. Destroying sets ``report_bodies.body`` and ``salt`` to NULL with
``destroyed_at``, the request's state to ``destroyed``, and appends one audit entry per report
(event_type ``destroyed``, ``details.reason``), all in one transaction per batch. The commitment
stays, so every earlier entry naming it still verifies.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import structlog
import yaml
from sqlalchemy import Connection, select, update

from gatekeeper.context import Context
from gatekeeper.core.answers import iso
from gatekeeper.core.engine import Gate
from gatekeeper.core.policy_yaml import load_policy_yaml
from gatekeeper.errors import InvalidTransition, PolicyInvalid
from gatekeeper.policy.engine import Facts
from gatekeeper.policy.text import key
from gatekeeper.redact import MARKER, student_names
from gatekeeper.service.principals import Principal, Role
from gatekeeper.service.requests import DESTROYED, _event_entry
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
        data = load_policy_yaml(f.read_text(encoding="utf-8"))
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

# Between a cue and the marker it announces there are only spaces and punctuation.
_TO_MARKER = re.compile(r"[\W_]*")


@dataclass(frozen=True, slots=True)
class Recorded:
    """What the ``decision`` audit entry of a report recorded: the facts its policy decided on."""

    policy_version: str
    ground: str
    recipient_agency: str
    substance_classes: tuple[str, ...]
    weapon_class: str | None
    reason_codes: tuple[str, ...]

    @classmethod
    def from_entry(cls, entry: Mapping[str, Any]) -> Recorded:
        """Raises ValueError when the entry is not a decision entry of the expected shape."""
        recipient = entry.get("recipient")
        # The agency is what the policy resolved the typed recipient to and decided on; the unit
        # is only a label of what was typed ("BPD District C-11" -> "bpd_district_c-11").
        agency = recipient.get("agency") if isinstance(recipient, Mapping) else None
        classes = entry.get("substance_classes")
        codes = entry.get("reason_codes")
        weapon = entry.get("weapon_class")
        fields = (entry.get("policy_version"), entry.get("ground"), agency)
        if (
            entry.get("event_type") != "decision"
            or not all(isinstance(x, str) and x for x in fields)
            or not isinstance(classes, list)
            or not all(isinstance(c, str) for c in classes)
            or not isinstance(codes, list)
            or not (weapon is None or isinstance(weapon, str))
        ):
            raise ValueError("not a decision entry")
        return cls(
            str(entry["policy_version"]),
            str(entry["ground"]),
            str(agency),
            tuple(classes),
            weapon,
            tuple(str(c) for c in codes),
        )


def live_pieces(text: str) -> list[str]:
    """The pieces of released text between ``[WITHHELD]`` markers (the markers themselves are
    nothing: they never join their neighbours into one phrase)."""
    return [p for p in text.split(MARKER) if p.strip()]


def _released_spans(gate: Gate, text: str, protect: Sequence[str]) -> list[str]:
    """Categories today's scanner finds in released text, ignoring the markers and the cues
    next to them."""
    pieces = text.split(MARKER)
    found: list[str] = []
    for i, piece in enumerate(pieces):
        if not piece.strip():
            continue
        for span in gate.redactor.scan(piece, protect=protect):
            if i < len(pieces) - 1 and _TO_MARKER.fullmatch(piece, span.end):
                continue  # "born in [WITHHELD]": the cue of a withheld value
            if i > 0 and _TO_MARKER.fullmatch(piece[: span.start]):
                continue  # "[WITHHELD] speaker": the same, after it
            found.append(span.category.value)
    return found


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


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def _without_markers(value: Any) -> Any:
    """The released student with every value that holds a marker emptied: its keys are checked
    against today's allowlist, its marked text by ``_released_spans``."""
    if isinstance(value, str):
        return "" if MARKER in value else value
    if isinstance(value, Mapping):
        return {k: _without_markers(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_without_markers(v) for v in value]
    return value


def _facts(recorded: Recorded, body: Mapping[str, Any]) -> Facts:
    attachments = [a for a in body.get("attachments") or [] if isinstance(a, Mapping)]
    kinds = tuple(p for a in attachments if isinstance(a.get("kind"), str) for p in live_pieces(a["kind"]))
    names = tuple(
        "name:" + p for a in attachments if isinstance(a.get("name"), str) for p in live_pieces(a["name"])
    )
    threat = body.get("threat_statement")
    has_threat = isinstance(threat, str) and bool(threat.strip())
    # A placeholder ("n/a") is judged on an unmarked statement only; a marked one was longer.
    unmarked = isinstance(threat, str) and has_threat and MARKER not in threat and len(threat) <= 64
    weapon = recorded.weapon_class
    determined = "weapon_determined_dangerous" in recorded.reason_codes
    return Facts(
        ground=recorded.ground,
        recipient=recorded.recipient_agency,
        weapon=weapon,
        weapon_determined_dangerous=True if determined else None,
        has_threat_statement=has_threat,
        threat_statement_key=key(threat) if unmarked and isinstance(threat, str) else None,
        attachment_kinds=kinds + names,
        substance_classes=recorded.substance_classes,
        weapon_classes=(weapon,) if weapon else (),
    )


def failed_checks(gate: Gate, recorded: Recorded | None, row_version: str, body_text: str) -> list[str]:
    """Names of the checks (never values) the stored report fails under ``gate``; empty: it passes."""
    if recorded is not None and recorded.policy_version == row_version == gate.version:
        return []  # decided under the active policy: it cannot fail its own rules
    if recorded is None:
        return ["decision_record_missing"]
    try:
        body = json.loads(body_text)
    except ValueError:
        return ["unreadable_body"]
    if not isinstance(body, dict):
        return ["unreadable_body"]
    failed: list[str] = []
    decision = gate.policy.decide(_facts(recorded, body))
    if not decision.allowed:
        failed.extend(f"decision:{c}" for c in decision.reason_codes)
    student = body.get("student") if isinstance(body.get("student"), dict) else {}
    assert isinstance(student, dict)
    protect = [p for n in student_names(student) for p in live_pieces(n)]
    try:
        for path, text in _free_text(body):
            if _released_spans(gate, text, protect):
                failed.append(f"forbidden_text:{path}")
        _, reds = gate.redactor.redact_student(_without_markers(student))
        cats = {r.category.value for r in reds}
        for text in _strings(student):
            if MARKER in text:
                cats.update(_released_spans(gate, text, protect))
        failed.extend(sorted(f"student_withheld:{c}" for c in cats))
    except Exception:
        failed.append("redactor_error")
    return failed


# -- the run -------------------------------------------------------------------------------------


def _candidates(conn: Connection) -> Iterator[Any]:
    r, b, e = schema.requests, schema.report_bodies, schema.audit_entries
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
            e.c.entry.label("decision_entry"),
        )
        .select_from(
            b.join(r, r.c.id == b.c.request_id).outerjoin(
                e, (e.c.idx == r.c.audit_index) & (e.c.request_id == r.c.id) & (e.c.event_type == "decision")
            )
        )
        .where(b.c.body.is_not(None))
        .order_by(b.c.created_at, b.c.request_id)
    )
    yield from conn.execute(q)


def _recorded(entry_text: str | None) -> Recorded | None:
    if entry_text is None:
        return None
    try:
        entry = json.loads(entry_text)
        return Recorded.from_entry(entry) if isinstance(entry, dict) else None
    except ValueError:
        return None


def run_retention(
    ctx: Context,
    *,
    now: datetime | None = None,
    dry_run: bool = False,
    gate: Gate | None = None,
    actor: Principal = SYSTEM_ACTOR,
    progress: Callable[[int, int], None] | None = None,
) -> RetentionReport:
    """Destroy what retention requires; with ``dry_run`` only report what would be destroyed.
    ``progress(done, total)`` hears of each batch destroyed (the examination is one read)."""
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
            failed = failed_checks(gate, _recorded(row.decision_entry), str(row.policy_version), str(row.body))
            if failed:
                due.append((row, Destruction(row.id, FAILS_CURRENT_RULES, failed)))
    if dry_run:
        report.destroyed = [d for _, d in due]
        return report
    for start in range(0, len(due), _BATCH):
        report.destroyed.extend(_destroy(ctx, due[start : start + _BATCH], now, gate.version, actor))
        if progress is not None:
            progress(min(start + _BATCH, len(due)), len(due))
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
    "Recorded",
    "RetentionReport",
    "failed_checks",
    "parse_now",
    "retention_years",
    "run_retention",
]
