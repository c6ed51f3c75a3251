"""create_app(settings): the FastAPI application. Routes parse, call one service function, map."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from prometheus_client import generate_latest
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException as StarletteHTTPException

from gatekeeper import __version__, errors
from gatekeeper.api import problems
from gatekeeper.api.deps import get_ctx, get_principal, may_read_content_metrics
from gatekeeper.api.middleware import BodyLimit, CanonicalLog, FailClosed, Metrics
from gatekeeper.context import Context, build_context
from gatekeeper.core import strict_json
from gatekeeper.logging import configure_logging
from gatekeeper.service import auditing, disclosures, requests, stats
from gatekeeper.service.policy import PolicyWatcher
from gatekeeper.service.principals import Principal
from gatekeeper.settings import Settings

P = Annotated[Principal, Depends(get_principal)]
C = Annotated[Context, Depends(get_ctx)]


class DeclineBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reason: str = Field(min_length=1, max_length=2000)


class WithholdBody(BaseModel):
    """A further span of the police copy's free text for the approver to withhold before release."""

    model_config = ConfigDict(extra="forbid")
    path: str = Field(min_length=1, max_length=100)
    start: int = Field(ge=0)
    end: int = Field(ge=1)


class NotifiedBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    notified_at: str | None = None
    method: str | None = Field(default=None, max_length=64)


class InfoRequestBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    school_id: str = Field(min_length=1, max_length=64)
    ground: str = Field(min_length=1, max_length=64)
    student_id: str = Field(min_length=1, max_length=128)
    reason: str = Field(min_length=1, max_length=4000)


def create_app(settings: Settings | None = None, ctx: Context | None = None) -> FastAPI:
    settings = settings or Settings()
    configure_logging(settings.log_json)
    ctx = ctx or build_context(settings)
    metrics = Metrics()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        ctx.audit.start()
        watcher = PolicyWatcher(settings, ctx.db, ctx.apply_policy, ctx.gate.version)
        watcher.start()
        ctx.extras["policy_watcher"] = watcher
        try:
            yield
        finally:
            watcher.stop()
            ctx.close()

    app = FastAPI(
        title="gatekeeper",
        version=__version__,
        description="Decides, withholds and audits every BPS student report before it reaches police.",
        lifespan=lifespan,
    )
    app.state.ctx = ctx
    app.state.metrics = metrics
    app.add_exception_handler(errors.GatekeeperError, problems.gatekeeper_error)
    app.add_exception_handler(RequestValidationError, problems.validation_error)
    app.add_exception_handler(StarletteHTTPException, problems.http_error)
    app.add_exception_handler(DBAPIError, problems.storage_error)
    app.add_exception_handler(Exception, problems.unhandled_error)

    @app.get("/healthz", tags=["ops"])
    def healthz(c: C) -> dict[str, Any]:
        return {"status": "ok", "policy_version": c.gate.version, "version": __version__}

    @app.get("/metrics", tags=["ops"])
    def metrics_route(content: Annotated[bool, Depends(may_read_content_metrics)]) -> Response:
        body = generate_latest(metrics.registry).decode()
        if content:
            body += generate_latest(metrics.content_registry).decode()
        return PlainTextResponse(body, media_type="text/plain; version=0.0.4")

    @app.post("/v1/requests", status_code=201, tags=["requests"])
    async def submit(request: Request, p: P, c: C) -> JSONResponse:
        ctype = request.headers.get("content-type", "")
        if ctype and "json" not in ctype:
            raise errors.InvalidRequest("send the request as application/json")
        # BodyLimit parsed and vetted the body already (strict JSON); an empty body was not.
        body = getattr(request.state, "json_body", None)
        if body is None:
            body = strict_json.loads(await request.body())
        from starlette.concurrency import run_in_threadpool

        result = await run_in_threadpool(requests.submit, c, p, body)
        d = result.decision
        metrics.decisions.labels(d["decision"], d["reasons"][0]["code"] if d["reasons"] else "allowed").inc()
        for r in d["redactions"]:
            metrics.withheld.labels(r["category"]).inc()
        return JSONResponse(d, status_code=201 if result.created else 200)

    @app.get("/v1/requests", tags=["requests"])
    def list_requests(p: P, c: C, state: str | None = None, limit: int = 100) -> dict[str, Any]:
        return {"requests": requests.list_requests(c, p, state, limit)}

    @app.get("/v1/requests/{request_id}", tags=["requests"])
    def get_request(request_id: str, p: P, c: C) -> dict[str, Any]:
        return requests.get_request(c, p, request_id)

    @app.post("/v1/requests/{request_id}/approve", tags=["requests"])
    def approve(request_id: str, p: P, c: C) -> dict[str, Any]:
        return requests.approve(c, p, request_id)

    @app.post("/v1/requests/{request_id}/decline", tags=["requests"])
    def decline(request_id: str, body: DeclineBody, p: P, c: C) -> dict[str, Any]:
        return requests.decline(c, p, request_id, body.reason)

    @app.post("/v1/requests/{request_id}/withhold", tags=["requests"])
    def withhold(request_id: str, body: WithholdBody, p: P, c: C) -> dict[str, Any]:
        return requests.withhold_further(c, p, request_id, body.path, body.start, body.end)

    @app.get("/v1/inbox", tags=["police"])
    def inbox(p: P, c: C) -> dict[str, Any]:
        return {"reports": requests.inbox(c, p)}

    @app.get("/v1/reports/{request_id}", tags=["police"])
    def open_report(request_id: str, p: P, c: C) -> dict[str, Any]:
        return requests.open_report(c, p, request_id)

    @app.get("/v1/audit/checkpoint", tags=["audit"])
    def checkpoint(c: C) -> dict[str, Any]:
        # Public on purpose: anyone may keep a checkpoint, so that a later one inconsistent with it
        # proves a rewrite. It says nothing about any entry; the proofs stay for the board.
        return auditing.checkpoint(c)

    @app.get("/v1/audit/entries", tags=["audit"])
    def audit_entries(
        p: P, c: C, start: Annotated[int, Query(ge=0)] = 0, end: Annotated[int | None, Query(ge=0)] = None
    ) -> dict[str, Any]:
        c.authz.require_role(p.role.value, "audit", "read")
        return auditing.entries(c, start, end)

    @app.get("/v1/audit/proofs/inclusion", tags=["audit"])
    def inclusion(
        p: P, c: C, index: Annotated[int, Query(ge=0)], size: Annotated[int | None, Query(ge=1)] = None
    ) -> dict[str, Any]:
        c.authz.require_role(p.role.value, "audit", "read")
        return auditing.inclusion(c, index, size)

    @app.get("/v1/audit/proofs/consistency", tags=["audit"])
    def consistency(
        p: P, c: C, first: Annotated[int, Query(ge=1)], second: Annotated[int | None, Query(ge=1)] = None
    ) -> dict[str, Any]:
        c.authz.require_role(p.role.value, "audit", "read")
        return auditing.consistency(c, first, second)

    @app.get("/v1/stats", tags=["oversight"])
    def stats_route(
        p: P, c: C, from_: Annotated[str | None, Query(alias="from")] = None, to: str | None = None
    ) -> dict[str, Any]:
        c.authz.require_role(p.role.value, "stats", "read")
        return stats.board_stats(c, from_, to, published=False)

    @app.get("/v1/disclosures", tags=["parents"])
    def disclosures_route(p: P, c: C) -> dict[str, Any]:
        return {"disclosures": disclosures.for_parent(c, p)}

    @app.get("/v1/notifications", tags=["parents"])
    def notifications(p: P, c: C) -> dict[str, Any]:
        return {"due": disclosures.notifications_due(c, p)}

    @app.post("/v1/notifications/{request_id}", tags=["parents"])
    def record_notification(request_id: str, body: NotifiedBody, p: P, c: C) -> dict[str, Any]:
        return disclosures.record_notified(c, p, request_id, body.method)

    @app.post("/v1/information-requests", status_code=201, tags=["police"])
    def file_info_request(body: InfoRequestBody, p: P, c: C) -> dict[str, Any]:
        return disclosures.file_information_request(c, p, body.school_id, body.ground, body.student_id, body.reason)

    @app.get("/v1/information-requests", tags=["police"])
    def list_info_requests(p: P, c: C) -> dict[str, Any]:
        return {"information_requests": disclosures.list_information_requests(c, p)}

    @app.post("/v1/information-requests/{ir_id}/decline", tags=["police"])
    def decline_info_request(ir_id: str, body: DeclineBody, p: P, c: C) -> dict[str, Any]:
        return disclosures.decline_information_request(c, p, ir_id, body.reason)

    from gatekeeper.api.policy_routes import router as policy_router

    app.include_router(policy_router)

    try:
        from gatekeeper.web.routes import mount_pages  # type: ignore[import-not-found,unused-ignore]
    except ImportError:  # pages are optional for API-only deployments
        pass
    else:
        mount_pages(app)

    app.add_middleware(FailClosed)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(CanonicalLog, metrics=metrics)
    return app
