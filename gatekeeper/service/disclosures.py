"""A parent's right to know (FERPA 99.32), parent notifications, and police information requests."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, timedelta
from typing import Any

from sqlalchemy import Connection, insert, or_, select, update

from gatekeeper.context import Context
from gatekeeper.core.answers import Disclosure, InformationRequest, NotificationDue, Notified, iso
from gatekeeper.errors import Forbidden, InvalidRequest, InvalidTransition, NotFound
from gatekeeper.service.principals import Principal, Role
from gatekeeper.service.requests import OPENED, RELEASED, _event_entry, now_utc
from gatekeeper.storage import schema

NOTIFY_WITHIN_DAYS = 10


def for_parent(ctx: Context, principal: Principal) -> list[Disclosure]:
    """The disclosure records of the parent's own student, and nobody else's: when, to whom, on
    which ground and legal basis, which parts of the record were released (FERPA 99.32). The
    categories of what was withheld are for the submitter, the approver and the board only."""
    ctx.authz.require(
        principal.role.value, principal.student_pseudonym, principal.student_pseudonym, "disclosures", "read"
    )
    r = schema.requests
    with ctx.db.engine.connect() as conn:
        rows = conn.execute(
            select(r)
            .where(r.c.student_pseudonym == principal.student_pseudonym, r.c.state.in_([RELEASED, OPENED, "destroyed"]))
            .order_by(r.c.released_at.desc())
        ).all()
    out = []
    for row in rows:
        d = json.loads(row.decision_json)
        out.append(
            Disclosure(
                request_id=row.id,
                disclosed_at=iso(row.released_at),
                recipient=row.recipient,
                recipient_agency=row.recipient_agency,
                ground=row.ground,
                legal_basis=d.get("legal_basis"),
                released_fields=d.get("released_fields", []),
                opened_by_recipient_at=iso(row.opened_at),
                parent_notified_at=iso(row.parent_notified_at),
                redisclosure_notice_attached=True,
            )
        )
    return out


def _school_filter(principal: Principal) -> Any:
    r = schema.requests
    org = principal.org or ""
    return or_(r.c.school_id == org, r.c.school_id.startswith(org + "-"))


def notifications_due(ctx: Context, principal: Principal) -> list[NotificationDue]:
    ctx.authz.require_role(principal.role.value, "notification", "list")
    r = schema.requests
    with ctx.db.engine.connect() as conn:
        rows = conn.execute(
            select(r.c.id, r.c.school_id, r.c.released_at, r.c.student_eligible, r.c.recipient, r.c.ground)
            .where(r.c.state.in_([RELEASED, OPENED]), r.c.parent_notified_at.is_(None), _school_filter(principal))
            .order_by(r.c.released_at)
        ).all()
    out = []
    for x in rows:
        rel = x.released_at if x.released_at.tzinfo else x.released_at.replace(tzinfo=UTC)
        out.append(
            NotificationDue(
                request_id=x.id,
                school_id=x.school_id,
                recipient=x.recipient,
                ground=x.ground,
                released_at=iso(rel),
                due_by=iso(rel + timedelta(days=NOTIFY_WITHIN_DAYS)),
                overdue=now_utc() > rel + timedelta(days=NOTIFY_WITHIN_DAYS),
                notify="student and parent" if x.student_eligible else "parent",
            )
        )
    return out


def record_notified(ctx: Context, principal: Principal, request_id: str, method: str | None) -> Notified:
    ctx.authz.require_role(principal.role.value, "notification", "record")
    r = schema.requests
    with ctx.db.engine.connect() as conn:
        row = conn.execute(select(r).where(r.c.id == request_id)).first()
    if row is None or not ctx.authz.allowed(
        principal.role.value, principal.org, row.school_id, "notification", "record"
    ):
        raise NotFound("no such request")
    if row.state not in (RELEASED, OPENED):
        raise InvalidTransition("only a released report has a parent notification")
    if row.parent_notified_at is not None:
        raise InvalidTransition("the notification was already recorded")
    now = now_utc()
    m = method if method in ("letter", "email", "phone", "in_person", "portal") else "other"
    entry = _event_entry("parent_notified", principal, row, now, details={"method": m})

    def write(conn: Connection, index: int) -> None:
        conn.execute(update(r).where(r.c.id == row.id).values(parent_notified_at=now, updated_at=now))

    ctx.audit.append([entry], write)
    return Notified(request_id=row.id, parent_notified_at=iso(now), method=m)


def file_information_request(
    ctx: Context, principal: Principal, school_id: str, ground: str, student_id: str, reason: str
) -> InformationRequest:
    ctx.authz.require(principal.role.value, principal.org, principal.org, "info_request", "file")
    gate = ctx.gate
    school = gate.safe_label(school_id, fold=False)
    g = gate.safe_label(ground)
    if school == "other":
        raise InvalidRequest("school_id must be a plain school code")
    pseudonym = ctx.pseudonyms.student(student_id)
    if pseudonym is None:
        raise InvalidRequest("student_id is required")
    clean, _ = gate.redactor.redact_text(reason.strip(), "reason")
    now = now_utc()
    ir_id = uuid.uuid4().hex
    entry = {
        "event_type": "information_requested",
        "event_time": iso(now),
        "actor": principal.actor(),
        "request_id": ir_id,
        "school_id": school,
        "student_pseudonym": pseudonym,
        "recipient": {"agency": (principal.org or "").split("/")[0], "unit": principal.org, "person": principal.id},
        "ground": g,
    }

    def write(conn: Connection, index: int) -> None:
        conn.execute(
            insert(schema.information_requests).values(
                id=ir_id,
                filed_by=principal.id,
                unit=principal.org or "",
                school_id=school,
                ground=g,
                student_pseudonym=pseudonym,
                reason=clean,
                state="open",
                created_at=now,
                updated_at=now,
            )
        )

    ctx.audit.append([entry], write)
    return InformationRequest(id=ir_id, state="open", school_id=school, ground=g, reason=clean, created_at=iso(now))


def list_information_requests(ctx: Context, principal: Principal) -> list[InformationRequest]:
    ctx.authz.require_role(principal.role.value, "info_request", "list")
    t = schema.information_requests
    q = select(t).order_by(t.c.created_at.desc()).limit(200)
    if principal.role is Role.POLICE_LIAISON:
        q = q.where(t.c.unit == (principal.org or ""))
    elif principal.role is Role.SCHOOL_ADMIN:
        org = principal.org or ""
        q = q.where(or_(t.c.school_id == org, t.c.school_id.startswith(org + "-")))
    else:
        raise Forbidden("not permitted for this role")
    with ctx.db.engine.connect() as conn:
        rows = conn.execute(q).all()
    return [
        InformationRequest(
            id=x.id,
            school_id=x.school_id,
            ground=x.ground,
            unit=x.unit,
            reason=x.reason,
            state=x.state,
            answer_request_id=x.answer_request_id,
            created_at=iso(x.created_at),
        )
        for x in rows
    ]


def decline_information_request(ctx: Context, principal: Principal, ir_id: str, reason: str) -> InformationRequest:
    ctx.authz.require_role(principal.role.value, "info_request", "decline")
    t = schema.information_requests
    with ctx.db.engine.connect() as conn:
        row = conn.execute(select(t).where(t.c.id == ir_id)).first()
    if row is None or not ctx.authz.allowed(
        principal.role.value, principal.org, row.school_id, "info_request", "decline"
    ):
        raise NotFound("no such information request")
    if row.state != "open":
        raise InvalidTransition("that information request was already answered")
    clean, _ = ctx.gate.redactor.redact_text(reason.strip(), "decline_reason")
    now = now_utc()
    entry = {
        "event_type": "information_request_declined",
        "event_time": iso(now),
        "actor": principal.actor(),
        "request_id": ir_id,
        "school_id": row.school_id,
        "student_pseudonym": row.student_pseudonym,
        "ground": row.ground,
    }

    def write(conn: Connection, index: int) -> None:
        res = conn.execute(
            update(t)
            .where(t.c.id == ir_id, t.c.state == "open")
            .values(state="declined", answered_by=principal.id, decline_reason=clean, updated_at=now)
        )
        if res.rowcount != 1:
            raise InvalidTransition("that information request changed meanwhile")

    ctx.audit.append([entry], write)
    return InformationRequest(id=ir_id, state="declined")
