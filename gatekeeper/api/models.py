"""The answers of the HTTP API as typed pydantic models: what /openapi.json documents and what
routes declare as their response models.

Names and shapes follow CONTRACT.md to the letter (``report`` is null on deny, ``redactions``
carry categories and offsets). Answers allow extra keys so that an addition by a service is
documented as open rather than silently dropped; routes build them with ``model_validate`` and
serialise with ``exclude_unset``, so a key a service leaves out stays out (the police never get a
``redactions`` list, not even an empty one). Pure pydantic: no FastAPI, no database.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


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


# -- operations -----------------------------------------------------------------------------------


class Health(Answer):
    status: Literal["ok"]
    policy_version: str | None = None
    version: str | None = None


class Readiness(Answer):
    status: Literal["ready", "not_ready"]
    checks: dict[str, bool] = Field(description="database, policy, audit_log: each reachable or loaded")


class Problem(Answer):
    """RFC 9457 problem details (application/problem+json). ``code`` is stable; on 503 the body
    also says ``decision: deny`` and ``released: false`` (fail closed)."""

    type: str
    code: str
    title: str
    status: int
    detail: str
    errors: list[dict[str, Any]] | None = None
    decision: Literal["deny"] | None = None
    released: bool | None = None
