"""Domain errors. They carry meaning and a stable code; only the HTTP layer maps them to statuses.

Messages never include request values: they end up in responses and logs.
"""

from __future__ import annotations


class GatekeeperError(Exception):
    code = "error"

    def __init__(self, message: str, **extra: object) -> None:
        super().__init__(message)
        self.message = message
        self.extra = extra


class InvalidRequest(GatekeeperError):
    code = "invalid_request"


class NotAuthenticated(GatekeeperError):
    code = "not_authenticated"


class Forbidden(GatekeeperError):
    code = "forbidden"


class NotFound(GatekeeperError):
    code = "not_found"


class Conflict(GatekeeperError):
    code = "conflict"


class IdempotencyConflict(Conflict):
    code = "idempotency_conflict"


class AmbiguousReference(Conflict):
    """A client key that names several requests the caller may see: the server id is unambiguous."""

    code = "ambiguous_request_id"


class InvalidTransition(Conflict):
    code = "invalid_transition"


class AuditUnavailable(GatekeeperError):
    """The audit entry could not be made durable, so nothing was released (fail closed)."""

    code = "audit_unavailable"


class StorageUnavailable(GatekeeperError):
    code = "storage_unavailable"


class ReportUnavailable(GatekeeperError):
    """The counts could not be proven safe to publish, so none are published (fail closed)."""

    code = "report_unavailable"


class PolicyInvalid(GatekeeperError):
    code = "policy_invalid"
