"""The answers of the HTTP API as typed pydantic models: what /openapi.json documents and what
routes declare as their response models.

The answer shapes services return live below the services, in gatekeeper/core/answers.py, and are
re-exported here; the models defined here are the HTTP layer's own (liveness, readiness, RFC 9457
problem details). Routes serialise with ``exclude_unset``, so a key a service leaves out stays out.
Pure pydantic: no FastAPI, no database.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from gatekeeper.core.answers import (
    ActivePolicy,
    Answer,
    AuditEntries,
    AuditEntry,
    AuditRef,
    Checkpoint,
    ConsistencyProof,
    Count,
    Decision,
    Disclosure,
    Disclosures,
    Inbox,
    InboxItem,
    InclusionProof,
    InformationRequest,
    InformationRequests,
    NotificationDue,
    Notifications,
    Notified,
    PoliceReport,
    PolicyFile,
    Proposal,
    Proposals,
    Reason,
    Redaction,
    Report,
    RequestList,
    RequestView,
    ShadowReport,
    Stats,
)

__all__ = [
    "ActivePolicy",
    "Answer",
    "AuditEntries",
    "AuditEntry",
    "AuditRef",
    "Checkpoint",
    "ConsistencyProof",
    "Count",
    "Decision",
    "Disclosure",
    "Disclosures",
    "Health",
    "Inbox",
    "InboxItem",
    "InclusionProof",
    "InformationRequest",
    "InformationRequests",
    "NotificationDue",
    "Notifications",
    "Notified",
    "PoliceReport",
    "PolicyFile",
    "Problem",
    "Proposal",
    "Proposals",
    "Readiness",
    "Reason",
    "Redaction",
    "Report",
    "RequestList",
    "RequestView",
    "ShadowReport",
    "Stats",
]


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
