"""ASGI middleware: a body size limit and the canonical log line. Pure ASGI, so no per-request
thread hop or body buffering beyond the limit."""

from __future__ import annotations

import time
from typing import Any

import structlog
from prometheus_client import CollectorRegistry, Counter, Histogram
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from gatekeeper import logctx
from gatekeeper.api import problems
from gatekeeper.api.problems import problem

log = structlog.get_logger("gatekeeper.http")


class BodyLimit:
    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    too_big = int(value) > self.max_bytes
                except ValueError:
                    too_big = True
                if too_big:
                    await self._reject(scope, receive, send)
                    return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.max_bytes:
                    raise _TooLarge()
            return msg

        try:
            await self.app(scope, limited, send)
        except _TooLarge:
            await self._reject(scope, receive, send)

    async def _reject(self, scope: Scope, receive: Receive, send: Send) -> None:
        resp = problem(413, "payload_too_large", f"the request body is larger than {self.max_bytes} bytes")
        await resp(scope, receive, send)


class _TooLarge(Exception):
    pass


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
            await send(msg)

        try:
            await self.app(scope, receive, capture)
        finally:
            elapsed = time.perf_counter() - start
            route = _route_template(scope)
            state: dict[str, Any] = scope.get("state") or {}
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
            if "error_type" in state:
                fields["error_type"] = state["error_type"]
            if "principal_id" in state:
                fields["principal"] = state["principal_id"]
                fields["role"] = state.get("role")
            fields.update(extra)
            log.info("http_request", **fields)
            structlog.contextvars.clear_contextvars()


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
