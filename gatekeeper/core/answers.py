"""The shapes of answers (CONTRACT.md): the typed models every answer is made of, and the
Decision built from the pure core's values.

The CLI's `check`, the service layer and the API all answer in these shapes, so they live below
all of them: nothing here knows of a database, HTTP or the command line. Services return these
models; the API declares them as its response models (gatekeeper/api/models.py re-exports them).

Names and shapes follow CONTRACT.md to the letter (``report`` is null on deny, ``redactions``
carry categories and offsets). Answers allow extra keys so that an addition by a service is
documented as open rather than silently dropped. A service sets only the keys it means to send,
and answers are serialised with ``exclude_unset``, so a key left out stays out (the police never
get a ``redactions`` list, not even an empty one). Pure pydantic: no FastAPI, no database.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from gatekeeper.core.engine import Evaluation


class Answer(BaseModel):
    """Base of every answer: extra keys are kept and documented as allowed."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)


# -- decisions ------------------------------------------------------------------------------------


class Reason(Answer):
    """Why the policy decided as it did; ``code`` is snake_case and stable."""

    code: str = Field(description="stable snake_case reason code, e.g. excluded_substance")
    message: str


class Redaction(Answer):
    """One withheld field (path only) or span of free text (path with start/end offsets).
    For the submitter, the approver and the board; never part of what police receive."""

    path: str = Field(description="dotted path in the request, e.g. student.ethnicity")
    category: str = Field(description="a RULES.md section 4 category code, or not_allowlisted")
    start: int | None = Field(default=None, description="offset of the withheld span in the text")
    end: int | None = None


class AuditRef(Answer):
    """Where the decision sits in the tamper-evident log."""

    index: int | None = None
    leaf_hash: str | None = Field(default=None, description="hex RFC 6962 leaf hash")


class Report(Answer):
    """Exactly what police receive: withheld spans read ``[WITHHELD]``, withheld fields are absent."""

    school_id: str | None = None
    recipient: str | None = None
    ground: str | None = None
    incident: dict[str, Any] | None = None
    student: dict[str, Any] | None = None
    notice: str | None = Field(default=None, description="the redisclosure notice that travels with the copy")


class Decision(Answer):
    """The Decision of CONTRACT.md. ``report`` is null when ``decision`` is deny."""

    request_id: str | None = Field(default=None, description="the client's key, if it sent one")
    decision: Literal["allow", "deny"]
    ground: str | None = None
    reasons: list[Reason] = Field(default_factory=list)
    matched_rule: list[str] | None = None
    legal_basis: str | None = None
    report: Report | None = None
    redactions: list[Redaction] | None = None
    released_fields: list[str] | None = None
    policy_version: str | None = Field(default=None, description="sha256 of the policy files in force")
    audit: AuditRef | None = None
    id: str | None = Field(default=None, description="the service's id of the request")
    state: str | None = Field(default=None, description="awaiting_approval, released, opened, declined, denied...")


class RequestView(Decision):
    """A stored request: its Decision and where it stands."""

    submitted_by: str | None = None
    approved_by: str | None = None
    school_id: str | None = None
    recipient: str | None = None
    created_at: str | None = None
    released_at: str | None = None
    opened_at: str | None = None
    decline_reason: str | None = None


class RequestList(Answer):
    requests: list[RequestView]


# -- police ---------------------------------------------------------------------------------------


class InboxItem(Answer):
    id: str
    school_id: str | None = None
    ground: str | None = None
    released_at: str | None = None
    opened_at: str | None = None
    state: str | None = None


class Inbox(Answer):
    reports: list[InboxItem]


class PoliceReport(Answer):
    """A released report as its recipient opens it (an audited event)."""

    id: str
    report: Report
    released_at: str | None = None


class InformationRequest(Answer):
    id: str
    school_id: str | None = None
    ground: str | None = None
    unit: str | None = None
    reason: str | None = None
    state: str
    answer_request_id: str | None = None
    created_at: str | None = None


class InformationRequests(Answer):
    information_requests: list[InformationRequest]


# -- audit ----------------------------------------------------------------------------------------


class Checkpoint(Answer):
    """The latest signed checkpoint (C2SP tlog-checkpoint) and the key that verifies it."""

    origin: str
    size: int
    root_hash: str = Field(description="base64 root hash at size")
    checkpoint: str = Field(description="the signed note text")
    public_key: str = Field(description="the signed-note verifier key (vkey)")


class AuditEntry(Answer):
    index: int
    entry: dict[str, Any]
    leaf_hash: str


class AuditEntries(Answer):
    start: int
    end: int
    tree_size: int
    entries: list[AuditEntry]


class InclusionProof(Answer):
    index: int
    tree_size: int
    leaf_hash: str
    root_hash: str
    proof: list[str] = Field(description="hex hashes, leaf to root")


class ConsistencyProof(Answer):
    first: int
    second: int
    first_root: str
    second_root: str
    proof: list[str]


# -- oversight and parents ------------------------------------------------------------------------


class Count(Answer):
    """One cell of a table; ``count`` is null where published figures are suppressed (below 10)."""

    key: str
    count: int | None
    suppressed: bool


class Stats(Answer):
    from_: str | None = Field(default=None, alias="from")
    to: str | None = None
    published: bool
    suppress_below: int
    total: int | None
    by: dict[str, list[Count]]
    by_month_ground_decision: list[Count]
    demographics: dict[str, list[Count]]


class Disclosure(Answer):
    """One disclosure of the parent's own student (FERPA 99.32)."""

    request_id: str
    disclosed_at: str | None = None
    recipient: str | None = None
    recipient_agency: str | None = None
    ground: str | None = None
    legal_basis: str | None = None
    released_fields: list[str] = Field(default_factory=list)
    opened_by_recipient_at: str | None = None
    parent_notified_at: str | None = None
    redisclosure_notice_attached: bool = True


class Disclosures(Answer):
    disclosures: list[Disclosure]


class NotificationDue(Answer):
    request_id: str
    school_id: str | None = None
    recipient: str | None = None
    ground: str | None = None
    released_at: str | None = None
    due_by: str | None = None
    overdue: bool = False
    notify: str | None = None


class Notifications(Answer):
    due: list[NotificationDue]


class Notified(Answer):
    request_id: str
    parent_notified_at: str | None = None
    method: str | None = None


# -- policy governance ----------------------------------------------------------------------------


class PolicyFile(Answer):
    path: str
    sha256: str
    bytes: int


class ActivePolicy(Answer):
    version: str
    bundle_version: str | None = None
    source: str | None = None
    files: list[PolicyFile]


class Proposal(Answer):
    id: str
    state: str
    proposed_by: str | None = None
    approved_by: str | None = None
    old_version: str | None = None
    new_version: str | None = None
    created_at: str | None = None
    applied_at: str | None = None
    changed_files: list[str] | None = None


class Proposals(Answer):
    proposals: list[Proposal]


class ShadowReport(Answer):
    """The candidate beside the live policy: decisions and reason codes per request, counts."""

    live_version: str
    candidate_version: str
    summary: dict[str, int]
    results: list[dict[str, Any]]


# -- building answers -----------------------------------------------------------------------------


def decision_json(req_id: str | None, ev: Evaluation, ground: str) -> dict[str, Any]:
    """The Decision of CONTRACT.md as plain JSON, as `check` prints it and a request stores it;
    the service answers it as a ``Decision`` (with audit, id and state)."""
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
