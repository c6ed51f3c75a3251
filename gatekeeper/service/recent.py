"""The last requests this process parsed, in memory only, for policy shadow runs.

Its own module so that submitting (service.requests) and governing the policy (service.governance)
both depend on it rather than on each other.
"""

from __future__ import annotations

import threading
from collections import deque

from gatekeeper.context import Context
from gatekeeper.core.request import SubmitRequest

RECENT_MAX = 500
_RECENT_KEY = "governance.recent_requests"
_RECENT_LOCK = threading.Lock()


def record_recent(ctx: Context, req: SubmitRequest) -> None:
    """Remember a parsed request for shadow runs: this process only, the last RECENT_MAX, in memory.

    Never persisted, never logged; it dies with the process.
    """
    buf = ctx.extras.get(_RECENT_KEY)
    if not isinstance(buf, deque):
        with _RECENT_LOCK:
            buf = ctx.extras.get(_RECENT_KEY)
            if not isinstance(buf, deque):
                buf = deque(maxlen=RECENT_MAX)
                ctx.extras[_RECENT_KEY] = buf
    buf.append(req)


def recent_requests(ctx: Context) -> list[SubmitRequest]:
    buf = ctx.extras.get(_RECENT_KEY)
    if not isinstance(buf, deque):
        return []
    with _RECENT_LOCK:
        return [r for r in list(buf) if isinstance(r, SubmitRequest)]
