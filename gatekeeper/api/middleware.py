"""ASGI middleware: a body size limit and the canonical log line. Pure ASGI, so no per-request
thread hop or body buffering beyond the limit."""

from __future__ import annotations

import time
from typing import Any

import structlog
from prometheus_client import CollectorRegistry, Counter, Histogram
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from gatekeeper import errors, logctx
from gatekeeper.api import problems
from gatekeeper.api.problems import problem
from gatekeeper.core import strict_json

log = structlog.get_logger("gatekeeper.http")


class BodyLimit:
    """Reads the whole body, up to ``max_bytes``, before any route runs, and vets a JSON body.

    A body over the limit is a 413 whether or not it declared its length: a chunked body is
    counted as it arrives and refused at the first byte past the limit, so no route ever sees
    part of one (a limit raised from inside a route's ``await request.body()`` was a 500).
    A JSON body (or one without a content type, which FastAPI reads as JSON) is parsed by the
    strict reader once here (``gatekeeper.core.strict_json``); what it refuses is a 422 before
    authentication or any route code, and what passes is replayed to the app unchanged, its
    parsed value left in the request state for the route that wants it.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        ctype = b""
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    too_big = int(value) > self.max_bytes
                except ValueError:
                    too_big = True
                if too_big:
                    await self._reject(scope, receive, send)
                    return
            elif name == b"content-type":
                ctype = value.lower()
        chunks: list[bytes] = []
        seen = 0
        while True:
            msg = await receive()
            if msg["type"] == "http.disconnect":
                # The client left mid-body; there is no one to answer. Logged as nginx's 499,
                # not as the 500 a request without a response would otherwise count as.
                scope.setdefault("state", {})["client_closed"] = True
                return
            body = msg.get("body", b"")
            seen += len(body)
            if seen > self.max_bytes:
                await self._reject(scope, receive, send)
                return
            chunks.append(body)
            if not msg.get("more_body", False):
                break
        raw = b"".join(chunks)
        media = ctype.split(b";", 1)[0].strip()
        declared_json = media == b"application/json" or media.endswith(b"+json")
        if raw and scope.get("method") in _BODY_METHODS and (declared_json or not media):
            try:
                parsed = strict_json.loads(raw)
            except strict_json.NotJson as exc:
                if declared_json:
                    await _refuse(exc, scope, receive, send)
                    return
                # No content type and not JSON text (a JSONL sample): the route decides what it is.
            except errors.InvalidRequest as exc:
                await _refuse(exc, scope, receive, send)
                return
            else:
                scope.setdefault("state", {})["json_body"] = parsed
        await self.app(scope, _replay(raw, receive), send)

    async def _reject(self, scope: Scope, receive: Receive, send: Send) -> None:
        scope.setdefault("state", {})["problem_code"] = "payload_too_large"
        resp = problem(413, "payload_too_large", f"the request body is larger than {self.max_bytes} bytes")
        await resp(scope, receive, send)


_BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


async def _refuse(exc: errors.InvalidRequest, scope: Scope, receive: Receive, send: Send) -> None:
    scope.setdefault("state", {})["problem_code"] = exc.code
    await problem(422, exc.code, exc.message, **exc.extra)(scope, receive, send)


def _replay(raw: bytes, receive: Receive) -> Receive:
    """The body read once, handed to the app as one message; then the real channel (only a
    disconnect can follow)."""
    replayed = False

    async def replay() -> Message:
        nonlocal replayed
        if not replayed:
            replayed = True
            return {"type": "http.request", "body": raw, "more_body": False}
        return await receive()

    return replay


class Metrics:
    """Prometheus metrics in registries of the app's own. Label values come from fixed lists
    (reason codes, categories, route templates), never from a request.

    ``registry`` is served to anyone and holds only what says nothing about one request's
    content (requests by route and status, latency). Decisions by reason and withheld counts by
    category go to ``content_registry``, served only with a metrics credential: read before and
    after one submission, they would tell police what that report withheld (issue 10)."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.content_registry = CollectorRegistry()
        self.http = Counter(
            "gatekeeper_http_requests", "HTTP requests", ["method", "route", "status"], registry=self.registry
        )
        self.latency = Histogram(
            "gatekeeper_http_request_seconds",
            "HTTP latency",
            ["route"],
            registry=self.registry,
            buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5),
        )
        # Outages the service answered with 503 (database or audit log unavailable), by kind.
        self.db_errors = Counter(
            "gatekeeper_database_errors", "Requests failed closed on a database or audit log outage",
            ["code"], registry=self.registry,
        )
        self.decisions = Counter(
            "gatekeeper_decisions", "Decisions", ["decision", "reason"], registry=self.content_registry
        )
        self.withheld = Counter(
            "gatekeeper_withheld", "Withheld fields and spans", ["category"], registry=self.content_registry
        )


class CanonicalLog:
    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        structlog.contextvars.clear_contextvars()
        extra = logctx.begin()
        start = time.perf_counter()
        status = 500

        async def capture(msg: Message) -> None:
            nonlocal status
            if msg["type"] == "http.response.start":
                status = int(msg["status"])
                headers = list(msg.get("headers", []))
                if not any(k.lower() == b"cache-control" for k, _ in headers):
                    # Every answer may hold a report, a decision or a session's page: no browser,
                    # proxy or CDN may keep a copy (a police report above all).
                    headers.append((b"cache-control", b"no-store"))
                    msg = {**msg, "headers": headers}
            await send(msg)

        try:
            await self.app(scope, receive, capture)
        finally:
            elapsed = time.perf_counter() - start
            route = _route_template(scope)
            state: dict[str, Any] = scope.get("state") or {}
            if state.get("client_closed"):
                status = 499
            self.metrics.http.labels(scope.get("method", ""), route, str(status)).inc()
            self.metrics.latency.labels(route).observe(elapsed)
            fields: dict[str, Any] = {
                "method": scope.get("method"),
                "route": route,
                "status": status,
                "ms": round(elapsed * 1000, 2),
            }
            if "problem_code" in state:
                fields["problem"] = state["problem_code"]
                if state["problem_code"] in _OUTAGES:
                    self.metrics.db_errors.labels(state["problem_code"]).inc()
            if "error_type" in state:
                fields["error_type"] = state["error_type"]
            if "principal_id" in state:
                fields["principal"] = state["principal_id"]
                fields["role"] = state.get("role")
            fields.update(extra)
            if status >= 500:
                log.error("http_request", **fields)
            else:
                log.info("http_request", **fields)
            structlog.contextvars.clear_contextvars()


_OUTAGES = ("storage_unavailable", "audit_unavailable")


def _route_template(scope: Scope) -> str:
    route = scope.get("route")
    path = getattr(route, "path", None)
    if isinstance(path, str):
        return path
    return "unmatched"


class FailClosed:
    """The innermost guard: an exception no handler took becomes a 500 problem here, and goes no
    further. Starlette's outermost error middleware would otherwise re-raise it to the server,
    which logs the exception's text, and that text may hold a value from the request."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watch(msg: Message) -> None:
            nonlocal started
            if msg["type"] == "http.response.start":
                started = True
            await send(msg)

        try:
            await self.app(scope, receive, watch)
        except Exception as exc:
            request = Request(scope)
            # A storage outage that escaped its handler is still a 503; anything else a 500.
            resp = await problems.unhandled_error(request, exc)
            if started:
                return  # the response is under way; nothing more can be said to the client
            await resp(scope, receive, send)
