"""A request's life: submitted -> denied, or awaiting_approval -> released -> opened (or declined).

Every transition is an audit entry written in the same transaction as the state change, and a
report becomes visible to police only after that transaction committed.
"""

from __future__ import annotations

import difflib
import json
import secrets
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import structlog
from pydantic import ValidationError
from sqlalchemy import Connection, or_, select, update
from sqlalchemy.exc import IntegrityError

from audit.canonical import canonical_json
from audit.entry import body_commitment, entry_leaf_data
from audit.merkle import leaf_hash
from gatekeeper.auditlog.writer import stage_increment, stage_insert
from gatekeeper.context import Context
from gatekeeper.core.answers import Decision, InboxItem, PoliceReport, Report, RequestView, decision_json, iso
from gatekeeper.core.demographics import student_age_years, student_grade
from gatekeeper.core.engine import Evaluation, Gate
from gatekeeper.core.person_name import holds_remark_word, name_problem
from gatekeeper.core.request import SubmitRequest
from gatekeeper.errors import (
    AmbiguousReference,
    Forbidden,
    IdempotencyConflict,
    InvalidRequest,
    InvalidTransition,
    NotFound,
)
from gatekeeper.logctx import annotate
from gatekeeper.redact import WithholdError
from gatekeeper.service.principals import Principal, Role
from gatekeeper.service.pseudonymise import board_view, scrub_text
from gatekeeper.service.recent import record_recent
from gatekeeper.storage import schema

log = structlog.get_logger("gatekeeper.requests")

AWAITING = "awaiting_approval"
DENIED = "denied"
RELEASED = "released"
DECLINED = "declined"
OPENED = "opened"
DESTROYED = "destroyed"


def now_utc() -> datetime:
    return datetime.now(UTC)


def sanitize_validation_errors(exc: ValidationError, gate: Gate) -> list[dict[str, Any]]:
    """Pydantic's errors echo the input; ours name the place and the problem, never the value.

    An unknown key is not named either (a key can itself be a value, {"Haitian": true}): the
    error says where it was, which keys are accepted there, and the closest accepted key.
    """
    out: list[dict[str, Any]] = []
    for e in exc.errors(include_input=False, include_url=False, include_context=False):
        loc = list(e.get("loc", ()))
        item: dict[str, Any] = {"type": e.get("type"), "msg": e.get("msg")}
        if e.get("type") == "extra_forbidden" and loc:
            parent, key = loc[:-1], str(loc[-1])
            accepted = _accepted_keys(parent)
            item["loc"] = [*(_safe_loc(p, gate) for p in parent), "(unknown key)"]
            item["accepted_keys"] = accepted
            close = difflib.get_close_matches(key, accepted, n=1, cutoff=0.75)
            if close:
                item["did_you_mean"] = close[0]
        else:
            item["loc"] = [_safe_loc(p, gate) for p in loc]
        out.append(item)
    return out


def _safe_loc(part: Any, gate: Gate) -> Any:
    return part if isinstance(part, int) else gate.safe_label(str(part), fold=False)


def _accepted_keys(parent: list[Any]) -> list[str]:
    model: Any = SubmitRequest
    for p in parent:
        if isinstance(p, int):
            continue
        field = model.model_fields.get(str(p)) if hasattr(model, "model_fields") else None
        if field is None:
            return []
        ann = field.annotation
        model = next((a for a in getattr(ann, "__args__", (ann,)) if hasattr(a, "model_fields")), None)
        if model is None:
            inner = getattr(ann, "__args__", ())
            model = next((a for a in inner if hasattr(a, "model_fields")), None)
            if model is None:
                return []
    return sorted(model.model_fields)


def parse_request(body: Any, gate: Gate) -> SubmitRequest:
    req = parse_submission(body, gate)
    _require_plain_names(req, gate)
    return req


def parse_submission(body: Any, gate: Gate) -> SubmitRequest:
    """The body against the contract; names are checked by decide_submission."""
    if not isinstance(body, dict):
        raise InvalidRequest("the request body must be a JSON object")
    try:
        return SubmitRequest.model_validate(body)
    except ValidationError as exc:
        raise InvalidRequest(
            "the request does not match the contract", errors=sanitize_validation_errors(exc, gate)
        ) from exc


_LONG_MISSPELT = 9


def _require_plain_names(req: SubmitRequest, gate: Gate) -> None:
    problems = vet_names(req, gate)
    if problems:
        raise InvalidRequest("a student name field holds more than the student's name", errors=problems)


def evaluate_submission(body: Any, gate: Gate) -> tuple[SubmitRequest, Evaluation]:
    """Parse and decide a submission as ``submit`` does, recording nothing. A name field that
    holds more than a name refuses only a request the policy would allow (a name is released
    only then): a request to identify "Unknown (Instagram account ...)" by face is a deny on
    the record, not a bounced form (outsider round 15)."""
    req = parse_submission(body, gate)
    return req, decide_submission(req, gate)


def decide_submission(req: SubmitRequest, gate: Gate) -> Evaluation:
    """The decision, and then (only if it allows) the check that each name is only a name."""
    ev = gate.evaluate(req)
    if ev.decision.allowed:
        _require_plain_names(req, gate)
    return ev


def vet_names(req: SubmitRequest, gate: Gate) -> list[dict[str, Any]]:
    """Each name police would receive is a person's name and nothing else (see
    gatekeeper/core/person_name.py for the rule and why): its shape, then the withholding scanner.
    A problem names our path and the category found, never the value or the caller's key."""
    out: list[dict[str, Any]] = []
    never = gate.redactor.name_never_holds
    for path, value, part in gate.redactor.name_values(req.student):
        if isinstance(value, str) and not value.strip():
            continue  # an export's empty middle name carries nothing, and nothing is released
        loc = path.split(".")
        msg = name_problem(value, part=part)
        if msg is not None:
            out.append({"loc": loc, "type": "person_name", "msg": msg})
            continue
        # A name written in its own script ("محمد علي") is the name, not text in another language.
        spans = [sp for sp in gate.redactor.scan(value) if sp.rule != "other_language"]
        if spans:
            # a short name word read only as a misspelt term is a surname ("Marrero" is not "marero",
            # outsider round 30); a long one is a remark misspelt ("Undocumentd") and still refuses
            exact = set(gate.redactor.scan(value, protect=value.split()))
            spans = [sp for sp in spans if sp in exact or sp.end - sp.start >= _LONG_MISSPELT]
        cats = {sp.category for sp in spans}
        if cats & never:
            found = ", ".join(sorted(c.value for c in cats & never))
            out.append(
                {
                    "loc": loc,
                    "type": "person_name_forbidden",
                    "msg": f"the name holds words the law forbids sending to police ({found}); "
                    "send only the student's name",
                }
            )
        elif cats and holds_remark_word(value):
            out.append(
                {
                    "loc": loc,
                    "type": "person_name_remark",
                    "msg": "the name holds a remark (a word such as 'from' or 'lives' beside a place, "
                    "origin or faith word); send only the student's name",
                }
            )
    return out


@dataclass(frozen=True)
class SubmitResult:
    decision: Decision
    created: bool


def _decision_view(
    request_row_id: str,
    client_id: str,
    state: str,
    ev: Evaluation,
    ground: str,
    audit_index: int | None,
    leaf: str | None,
) -> dict[str, Any]:
    view = decision_json(client_id, ev, ground)
    view.update({"id": request_row_id, "state": state, "audit": {"index": audit_index, "leaf_hash": leaf}})
    return view


def _school_scope(principal: Principal, school_label: str, ctx: Context) -> None:
    ctx.authz.require(principal.role.value, principal.org, school_label, "request", "submit")


def submit(ctx: Context, principal: Principal, body: Any) -> SubmitResult:
    gate = ctx.gate
    ctx.authz.require_role(principal.role.value, "request", "submit")
    req = parse_submission(body, gate)
    school = gate.safe_label(req.school_id, fold=False)
    _school_scope(principal, school, ctx)
    client_id = req.request_id or uuid.uuid4().hex
    client_label = gate.safe_label(client_id, fold=False)
    if client_label == "other":
        raise InvalidRequest("request_id must be a plain token of letters, digits, '-', '_' or '/'")
    fingerprint = ctx.pseudonyms.fingerprint(canonical_json(req.model_dump(mode="json", exclude={"request_id"})))

    # Idempotency is checked by the write itself: the unique (submitter, request_id) index
    # refuses a second row inside the audit writer's transaction, and the stored answer is
    # replayed below. A look-up first would cost every new request a read for the rare repeat.
    ev = decide_submission(req, gate)  # a deny stays on the record whatever the name field holds
    d = ev.decision
    ground = d.ground if d.ground else gate.safe_label(req.ground)
    recipient = gate.safe_label(req.recipient)
    pseudonym = ctx.pseudonyms.student(req.student.get("student_id")) if isinstance(req.student, Mapping) else None
    now = now_utc()
    row_id = uuid.uuid4().hex
    state = AWAITING if d.allowed else DENIED
    body_text: str | None = None
    salt: bytes | None = None
    commitment: str | None = None
    if ev.report is not None:
        body_text = canonical_json(ev.report.to_dict()).decode()
        salt = secrets.token_bytes(32)
        commitment = body_commitment(salt, body_text.encode())
    withheld_cats = sorted({r.category.value for r in ev.redactions})
    age = student_age_years(req.student)
    grade = student_grade(req.student)
    eligible = (age is not None and age >= 14) or (grade is not None and grade >= 9)
    entry = {
        "event_type": "decision",
        "event_time": iso(now),
        "actor": principal.actor(),
        "request_id": row_id,
        "client_request_id": client_label,
        "school_id": school,
        "student_pseudonym": pseudonym,
        "recipient": {"agency": d.recipient_agency, "unit": recipient, "person": None},
        "ground": ground,
        "substance_classes": list(d.substance_classes),
        "weapon_class": d.weapon_class,
        "legal_basis": d.legal_basis,
        "decision": d.outcome.value,
        "reason_codes": list(d.reason_codes),
        "matched_rule": list(d.matched_rule),
        "policy_version": d.policy_version,
        "released_fields": list(ev.released_fields),
        "withheld": [{"path": r.path, "category": r.category.value} for r in ev.redactions],
        "report_hash": commitment,
        "notice_attached": ev.report is not None,
        "state": state,
        "information_request_id": req.information_request_id,
    }
    demo = gate.demographics.classify(req.student, _incident_date(req))
    period = now.strftime("%Y-%m")

    leaf = leaf_hash(entry_leaf_data(entry)).hex()

    def write(conn: Connection, index: int) -> None:
        view = _decision_view(row_id, client_id, state, ev, ground, index, leaf)
        # Staged: the audit writer inserts the batch's rows with one statement.
        stage_insert(
            conn,
            schema.requests,
            {
                "id": row_id,
                "client_request_id": client_id,
                "submitted_by": principal.id,
                "fingerprint": fingerprint,
                "state": state,
                "school_id": school,
                "recipient": recipient,
                "recipient_agency": d.recipient_agency,
                "ground": ground,
                "decision": d.outcome.value,
                "reason_codes": json.dumps(list(d.reason_codes)),
                "withheld_categories": json.dumps(withheld_cats),
                "policy_version": d.policy_version,
                "student_pseudonym": pseudonym,
                "student_eligible": eligible,
                "decision_json": json.dumps(view),
                "audit_index": index,
                "information_request_id": req.information_request_id,
                "decided_at": now,
                "created_at": now,
                "updated_at": now,
            },
        )
        if body_text is not None and commitment is not None:
            stage_insert(
                conn,
                schema.report_bodies,
                {"request_id": row_id, "body": body_text, "salt": salt, "commitment": commitment, "created_at": now},
            )
        _count_demographics(conn, period, demo)
        if req.information_request_id:
            _answer_information_request(conn, req.information_request_id, principal, row_id, school)

    try:
        appended = ctx.audit.append([entry], write)
    except IntegrityError:
        # This request_id was used before (or arrived twice at once and the other committed
        # first): nothing of this attempt was written; answer with what was stored.
        existing = _find_by_client_id(ctx, principal.id, client_id)
        if existing is None:
            raise
        return _replay(existing, fingerprint)
    record_recent(ctx, req)  # memory-only ring buffer for policy shadow runs (governance)
    view = Decision.model_validate(_decision_view(row_id, client_id, state, ev, ground, appended.first_index, leaf))
    # The HTTP layer writes one canonical line per request; these fields join it.
    annotate(
        request_id=row_id,
        client_request_id=client_label,
        actor=principal.id,
        decision=d.outcome.value,
        reason_codes=list(d.reason_codes),
        ground=ground,
        withheld=_count_categories(ev),
        audit_index=appended.first_index,
        policy_version=d.policy_version[:16],
    )
    return SubmitResult(view, True)


def _incident_date(req: SubmitRequest) -> date | None:
    if req.incident.occurred_at:
        try:
            return datetime.fromisoformat(req.incident.occurred_at.upper()).date()
        except ValueError:
            return None
    return None


def _count_categories(ev: Evaluation) -> dict[str, int]:
    out: dict[str, int] = {}
    for r in ev.redactions:
        out[r.category.value] = out.get(r.category.value, 0) + 1
    return out


def _count_demographics(conn: Connection, period: str, pairs: list[tuple[str, str]]) -> None:
    for dim, code in pairs:
        stage_increment(conn, schema.demographic_counts, {"period": period, "dimension": dim, "code": code})


def _answer_information_request(conn: Connection, ir_id: str, principal: Principal, row_id: str, school: str) -> None:
    t = schema.information_requests
    row = conn.execute(select(t).where(t.c.id == ir_id)).first()
    if row is None:
        raise NotFound("no such information request")
    if row.state != "open":
        raise InvalidTransition("that information request was already answered")
    if row.school_id != school:
        raise Forbidden("the information request is addressed to another school")
    conn.execute(
        update(t)
        .where(t.c.id == ir_id)
        .values(state="answered", answered_by=principal.id, answer_request_id=row_id, updated_at=now_utc())
    )


def _find_by_client_id(ctx: Context, submitter: str, client_id: str) -> Any:
    r = schema.requests
    with ctx.db.engine.connect() as conn:
        return conn.execute(
            select(r.c.fingerprint, r.c.decision_json, r.c.state).where(
                r.c.submitted_by == submitter, r.c.client_request_id == client_id
            )
        ).first()


def _replay(row: Any, fingerprint: str) -> SubmitResult:
    if row.fingerprint != fingerprint:
        raise IdempotencyConflict("this request_id was already used for a different request")
    view = json.loads(row.decision_json)
    view["state"] = row.state
    return SubmitResult(Decision.model_validate(view), False)


# -- reading ---------------------------------------------------------------------------------


def _resolve(conn: Connection, principal: Principal, ref: str, visible: Callable[[Any], bool]) -> Any:
    """The request ``ref`` names for this principal, or None. Never ambiguous, and nobody else's
    request changes what a submitter's own key names:

    1. the principal's own submission under that client key (unique per submitter);
    2. the request whose server-assigned id it is, if the principal may see it;
    3. the one request under that client key the principal may see; several is a conflict that
       asks for the server id. Requests the principal may not see are never candidates.
    """
    r = schema.requests
    own = conn.execute(select(r).where(r.c.submitted_by == principal.id, r.c.client_request_id == ref)).first()
    if own is not None and visible(own):
        return own
    by_id = conn.execute(select(r).where(r.c.id == ref)).first()
    if by_id is not None and visible(by_id):
        return by_id
    # Bounded: a client key is shared by at most one request per submitter.
    keyed = [x for x in conn.execute(select(r).where(r.c.client_request_id == ref).limit(1000)) if visible(x)]
    if len(keyed) > 1:
        raise AmbiguousReference(
            "several requests you may see were submitted under this request_id; use the request's id"
        )
    return keyed[0] if keyed else None


def _readable_by(ctx: Context, principal: Principal) -> Callable[[Any], bool]:
    """Who may read a request: its submitter and the administrators of its school; approvers and
    the board (their role was checked); nobody else."""
    if principal.role is Role.SCHOOL_ADMIN:
        return lambda row: bool(
            row.submitted_by == principal.id
            or ctx.authz.allowed(principal.role.value, principal.org, row.school_id, "request", "read")
        )
    if principal.role in (Role.LEGAL_APPROVER, Role.OVERSIGHT_BOARD):
        return lambda row: True
    return lambda row: False


def _view(row: Any, *, with_redactions: bool = True) -> dict[str, Any]:
    """The stored Decision and the row's state, as JSON; readers answer it as a RequestView."""
    v: dict[str, Any] = json.loads(row.decision_json)
    v["state"] = row.state
    v["submitted_by"] = row.submitted_by
    v["approved_by"] = row.approved_by
    v["school_id"] = row.school_id
    v["recipient"] = row.recipient
    v["created_at"] = iso(row.created_at)
    v["released_at"] = iso(row.released_at)
    v["opened_at"] = iso(row.opened_at)
    v["decline_reason"] = row.decline_reason
    if not with_redactions:
        v.pop("redactions", None)
        v.pop("approver_withheld", None)
    return v


def _view_for(principal: Principal, row: Any) -> dict[str, Any]:
    """The board reads everything pseudonymised (RULES.md section 6); staff who handle the
    request read it as stored."""
    v = _view(row)
    if principal.role is Role.OVERSIGHT_BOARD:
        return board_view(v, row.student_pseudonym)
    return v


def get_request(ctx: Context, principal: Principal, request_id: str) -> RequestView:
    ctx.authz.require_role(principal.role.value, "request", "read")
    # Other administrators of the same school may read it; other schools may not know it exists.
    with ctx.db.engine.connect() as conn:
        row = _resolve(conn, principal, request_id, _readable_by(ctx, principal))
    if row is None:
        raise NotFound("no such request")
    v = _view_for(principal, row)
    if principal.role is Role.LEGAL_APPROVER and isinstance(v.get("report"), dict) and row.state == AWAITING:
        # what the detector kept but could not vet, beside what it withheld
        v["doubts"] = [
            {"path": x.path, "kind": x.kind, "start": x.start, "end": x.end}
            for x in ctx.gate.redactor.doubts(v["report"])
        ]
    return RequestView.model_validate(v)


def list_requests(ctx: Context, principal: Principal, state: str | None = None, limit: int = 100) -> list[RequestView]:
    ctx.authz.require_role(principal.role.value, "request", "list")
    r = schema.requests
    q = select(r).order_by(r.c.created_at.desc()).limit(max(1, min(limit, 500)))
    if state:
        q = q.where(r.c.state == state)
    if principal.role is Role.SCHOOL_ADMIN:
        org = principal.org or ""
        q = q.where(or_(r.c.submitted_by == principal.id, r.c.school_id == org, r.c.school_id.startswith(org + "-")))
    with ctx.db.engine.connect() as conn:
        return [RequestView.model_validate(_view_for(principal, row)) for row in conn.execute(q)]


# -- approval --------------------------------------------------------------------------------


def _awaiting_second_person(ctx: Context, principal: Principal, request_id: str, act: str) -> Any:
    """The request, if this principal may now release or decline it: a second person, never the
    submitter, and only while it awaits approval."""
    ctx.authz.require_role(principal.role.value, "request", act)
    with ctx.db.engine.connect() as conn:
        row = _resolve(conn, principal, request_id, lambda _row: True)
    if row is None:
        raise NotFound("no such request")
    if row.submitted_by == principal.id:
        raise Forbidden("the submitter cannot decide on their own request")
    if row.state != AWAITING:
        raise InvalidTransition(f"only a request awaiting approval can be decided (this one is {row.state})")
    return row


def approve(ctx: Context, principal: Principal, request_id: str) -> RequestView:
    row = _awaiting_second_person(ctx, principal, request_id, "approve")
    now = now_utc()
    with ctx.db.engine.connect() as conn:
        body = conn.execute(
            select(schema.report_bodies.c.commitment).where(schema.report_bodies.c.request_id == row.id)
        ).first()
    entry = _event_entry(
        "released",
        principal,
        row,
        now,
        report_hash=None if body is None else body.commitment,
        notice_attached=True,
    )

    def write(conn: Connection, index: int) -> None:
        res = conn.execute(
            update(schema.requests)
            .where(schema.requests.c.id == row.id, schema.requests.c.state == AWAITING)
            .values(state=RELEASED, approved_by=principal.id, released_at=now, updated_at=now)
        )
        if res.rowcount != 1:
            raise InvalidTransition("the request changed state meanwhile")

    ctx.audit.append([entry], write)
    annotate(request_id=row.id, event_type="released")
    return get_request(ctx, principal, row.id)


def decline(ctx: Context, principal: Principal, request_id: str, reason: str) -> RequestView:
    row = _awaiting_second_person(ctx, principal, request_id, "decline")
    if not reason or not reason.strip():
        raise InvalidRequest("a reason is required to decline")
    # The reason is free text and may quote the record: it is stored withheld, like a report.
    clean, _ = ctx.gate.redactor.redact_text(reason.strip()[:2000], "decline_reason")
    # The report (and with it the student's name) is destroyed below, so the reason is cleared
    # of the name and id now: the board reads it pseudonymised, and the submitter knows who.
    stored = json.loads(row.decision_json).get("report")
    student = stored.get("student") if isinstance(stored, dict) else None
    if isinstance(student, dict):
        clean = scrub_text(clean, student, row.student_pseudonym)
    now = now_utc()
    entry = _event_entry("declined", principal, row, now)

    def write(conn: Connection, index: int) -> None:
        res = conn.execute(
            update(schema.requests)
            .where(schema.requests.c.id == row.id, schema.requests.c.state == AWAITING)
            .values(state=DECLINED, approved_by=principal.id, decline_reason=clean, updated_at=now)
        )
        if res.rowcount != 1:
            raise InvalidTransition("the request changed state meanwhile")
        # A declined copy is never released: the body and the copy kept for readers go now.
        conn.execute(
            update(schema.report_bodies)
            .where(schema.report_bodies.c.request_id == row.id)
            .values(body=None, salt=None, destroyed_at=now)
        )
        view = json.loads(row.decision_json)
        view["report"] = None
        view["report_destroyed_at"] = iso(now)
        conn.execute(
            update(schema.requests).where(schema.requests.c.id == row.id).values(decision_json=json.dumps(view))
        )

    ctx.audit.append([entry], write)
    return get_request(ctx, principal, row.id)


def withhold_further(
    ctx: Context, principal: Principal, request_id: str, path: str, start: int, end: int
) -> RequestView:
    """Before release, the approver withholds one more span of the police copy's free text: the
    copy changes, is re-checked by the redactor, gets a new commitment, and the event (path and
    offsets, never the value) is in the log before the stored copy changes."""
    row = _awaiting_second_person(ctx, principal, request_id, "approve")
    with ctx.db.engine.connect() as conn:
        stored = conn.execute(
            select(schema.report_bodies.c.body).where(schema.report_bodies.c.request_id == row.id)
        ).first()
    if stored is None or stored.body is None:
        raise InvalidTransition("this request has no police copy to change")
    try:
        report = ctx.gate.redactor.withhold_further(json.loads(stored.body), path, start, end)
    except WithholdError as exc:
        raise InvalidRequest(str(exc)) from exc
    copy = report.to_dict()
    body_text = canonical_json(copy).decode()
    salt = secrets.token_bytes(32)
    commitment = body_commitment(salt, body_text.encode())
    now = now_utc()
    entry = _event_entry(
        "withheld_further",
        principal,
        row,
        now,
        withheld={"path": path, "start": start, "end": end},
        report_hash=commitment,
    )
    view = json.loads(row.decision_json)
    view["report"] = copy
    view.setdefault("approver_withheld", []).append({"path": path, "start": start, "end": end})

    def write(conn: Connection, index: int) -> None:
        res = conn.execute(
            update(schema.requests)
            .where(schema.requests.c.id == row.id, schema.requests.c.state == AWAITING)
            .values(decision_json=json.dumps(view), updated_at=now)
        )
        if res.rowcount != 1:
            raise InvalidTransition("the request changed state meanwhile")
        conn.execute(
            update(schema.report_bodies)
            .where(schema.report_bodies.c.request_id == row.id)
            .values(body=body_text, salt=salt, commitment=commitment)
        )

    ctx.audit.append([entry], write)
    annotate(request_id=row.id, event_type="withheld_further")
    return get_request(ctx, principal, row.id)


def _event_entry(event: str, principal: Principal, row: Any, now: datetime, **extra: Any) -> dict[str, Any]:
    e: dict[str, Any] = {
        "event_type": event,
        "event_time": iso(now),
        "actor": principal.actor(),
        "request_id": row.id,
        "school_id": row.school_id,
        "student_pseudonym": row.student_pseudonym,
        "recipient": {"agency": row.recipient_agency, "unit": row.recipient, "person": None},
        "ground": row.ground,
        "policy_version": row.policy_version,
    }
    e.update(extra)
    return e


# -- police side -----------------------------------------------------------------------------


def inbox(ctx: Context, principal: Principal) -> list[InboxItem]:
    ctx.authz.require_role(principal.role.value, "inbox", "list")
    r = schema.requests
    unit = principal.org or ""
    with ctx.db.engine.connect() as conn:
        rows = conn.execute(
            select(r.c.id, r.c.school_id, r.c.ground, r.c.released_at, r.c.opened_at, r.c.state)
            .where(r.c.recipient == unit, r.c.state.in_([RELEASED, OPENED]))
            .order_by(r.c.released_at.desc())
        ).all()
    return [
        InboxItem(
            id=x.id,
            school_id=x.school_id,
            ground=x.ground,
            released_at=iso(x.released_at),
            opened_at=iso(x.opened_at),
            state=x.state,
        )
        for x in rows
    ]


def open_report(ctx: Context, principal: Principal, request_id: str) -> PoliceReport:
    """The police copy. Opening is an audit event, durable before the body is handed over."""
    ctx.authz.require_role(principal.role.value, "report", "open")

    # A report addressed elsewhere is "not found", not "forbidden": a liaison must not learn
    # that a report exists for another unit.
    def addressed_here(x: Any) -> bool:
        return x.state in (RELEASED, OPENED) and ctx.authz.allowed(
            principal.role.value, principal.org, x.recipient, "report", "open"
        )

    with ctx.db.engine.connect() as conn:
        row = _resolve(conn, principal, request_id, addressed_here)
    if row is None:
        raise NotFound("no such report")
    now = now_utc()
    entry = _event_entry("opened", principal, row, now)
    entry["recipient"]["person"] = principal.id

    def write(conn: Connection, index: int) -> str:
        b = conn.execute(select(schema.report_bodies.c.body).where(schema.report_bodies.c.request_id == row.id)).first()
        if b is None or b.body is None:
            raise NotFound("the report body was destroyed under the retention policy")
        conn.execute(
            update(schema.requests)
            .where(schema.requests.c.id == row.id)
            .values(state=OPENED, opened_at=row.opened_at or now, updated_at=now)
        )
        return str(b.body)

    appended = ctx.audit.append([entry], write)
    report: dict[str, Any] = json.loads(appended.result)
    annotate(request_id=row.id, event_type="opened")
    return PoliceReport(id=row.id, report=Report.model_validate(report), released_at=iso(row.released_at))
