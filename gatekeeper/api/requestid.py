"""X-Request-Id: accept the caller's (nginx sets one per request), or make one; echo it on the
answer and bind it into structlog's context so every log line of the request carries it, the
service's own lines in worker threads included (run_in_threadpool copies the context)."""

from __future__ import annotations

import re
import uuid

import structlog
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

HEADER = "X-Request-Id"
# Only an opaque token is taken from the caller: the id goes into every log line, and a log line
# must never carry a value a client chose to smuggle in.
_SAFE = re.compile(r"[A-Za-z0-9._:-]{1,128}")


def request_id_from(scope: Scope) -> str:
    for name, value in scope.get("headers", []):
        if name == b"x-request-id":
            text = value.decode("latin-1")
            if _SAFE.fullmatch(text):
                return str(text)
            break
    return uuid.uuid4().hex


class RequestId:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        rid = request_id_from(scope)
        scope.setdefault("state", {})["request_id"] = rid
        structlog.contextvars.bind_contextvars(request_id=rid)

        async def echo(msg: Message) -> None:
            if msg["type"] == "http.response.start":
                MutableHeaders(scope=msg)[HEADER] = rid
            await send(msg)

        await self.app(scope, receive, echo)
