"""Fields a service adds to the request's one canonical log line.

The route runs in a worker thread with a copy of the request's context; a mutable dict in a
context variable is shared by reference, so what the service adds reaches the middleware that
writes the line. Callers add names, codes and counts only, never a value from a request.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any

_fields: ContextVar[dict[str, Any] | None] = ContextVar("gatekeeper_log_fields", default=None)


def begin() -> dict[str, Any]:
    d: dict[str, Any] = {}
    _fields.set(d)
    return d


def annotate(**fields: Any) -> None:
    d = _fields.get()
    if d is not None:
        d.update(fields)
