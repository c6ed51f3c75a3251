"""create_app(settings): the FastAPI application. Routes parse, call one service function, map."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from fastapi_offline import FastAPIOffline
from prometheus_client import generate_latest
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.exc import DBAPIError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from gatekeeper import __version__, errors
from gatekeeper.api import models as M
from gatekeeper.api import problems
from gatekeeper.api.deps import get_ctx, get_principal, may_read_content_metrics
from gatekeeper.api.middleware import BodyLimit, CanonicalLog, FailClosed, Metrics
from gatekeeper.api.openapi import AUTHED, LOCATION, SUBMIT_BODY, install, problem_responses
from gatekeeper.api.ops import OpsCollector
from gatekeeper.api.requestid import RequestId
from gatekeeper.context import Context, build_context
from gatekeeper.core import strict_json
from gatekeeper.logging import configure_logging
from gatekeeper.service import auditing, disclosures, health, requests, stats
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

    # /docs: Swagger UI from the files fastapi-offline ships, not from a CDN, so the docs work
    # on a closed network and the browser asks nothing of any other host. No /redoc: its page
    # fetches a logo from the vendor's CDN.
    app = FastAPIOffline(
        title="gatekeeper",
        version=__version__,
        description="Decides, withholds and audits every BPS student report before it reaches police.",
        lifespan=lifespan,
        docs_url="/docs",
        redoc_url=None,
        static_url="/docs/assets",
    )
    install(app)
    metrics.content_registry.register(OpsCollector(ctx))
    app.state.ctx = ctx
    app.state.metrics = metrics
    app.add_exception_handler(errors.GatekeeperError, problems.gatekeeper_error)
    app.add_exception_handler(RequestValidationError, problems.validation_error)
    app.add_exception_handler(StarletteHTTPException, problems.http_error)
    app.add_exception_handler(DBAPIError, problems.storage_error)
    app.add_exception_handler(Exception, problems.unhandled_error)

    @app.get("/healthz", tags=["ops"], response_model_exclude_unset=True)
    def healthz(c: C) -> M.Health:
        """Liveness: the process answers. For whether it can serve, see /readyz."""
        return M.Health(status="ok", policy_version=c.gate.version, version=__version__)

    @app.get(
        "/readyz",
        tags=["ops"],
        responses=problem_responses(503),
        response_model_exclude_unset=True,
    )
    async def readyz(c: C) -> M.Readiness:
        """Readiness: the database answers, a policy is loaded and the audit log's head is readable.
        503 problem+json otherwise, so a proxy stops sending requests here."""
        r = await run_in_threadpool(health.readiness, c)
        checks = {"database": r.database, "policy": r.policy, "audit_log": r.audit_log}
        if not r.ready:
            failed = ", ".join(k for k, ok in checks.items() if not ok)
            raise errors.StorageUnavailable(f"not ready: {failed}")
        return M.Readiness(status="ready", checks=checks)

    @app.get(
        "/metrics",
        tags=["ops"],
        response_class=PlainTextResponse,
        responses={200: {"content": {"text/plain": {"schema": {"type": "string"}}}}, **problem_responses(401, 403)},
    )
    def metrics_route(content: Annotated[bool, Depends(may_read_content_metrics)]) -> Response:
        """Prometheus metrics. Without a credential: requests by route and status, latency, outages.
        With the metrics token or a board key: also decisions, withheld counts and the operational
        gauges (log size, checkpoint age, group-commit batches, approval backlog)."""
        body = generate_latest(metrics.registry).decode()
        if content:
            body += generate_latest(metrics.content_registry).decode()
        return PlainTextResponse(body, media_type="text/plain; version=0.0.4")

    @app.post(
        "/v1/requests",
        status_code=201,
        tags=["requests"],
        openapi_extra=SUBMIT_BODY,
        responses={
            201: {"model": M.Decision, "description": "Decided and recorded; the Decision", "headers": LOCATION},
            200: {"model": M.Decision, "description": "The same request_id again: the stored Decision"},
            **AUTHED,
        },
        response_model_exclude_unset=True,
    )
    async def submit(request: Request, p: P, c: C) -> Response:
        """Submit a student report (school_admin). The policy decides; what the law forbids is
        withheld; the decision is in the audit log before this answers. ``report`` is what police
        would receive after approval, and null on deny."""
        ctype = request.headers.get("content-type", "")
        if ctype and "json" not in ctype:
            raise errors.InvalidRequest("send the request as application/json")
        # BodyLimit parsed and vetted the body already (strict JSON); an empty body was not.
        body = getattr(request.state, "json_body", None)
        if body is None:
            body = strict_json.loads(await request.body())

        result = await run_in_threadpool(requests.submit, c, p, body)
        decision = result.decision
        metrics.decisions.labels(decision.decision, decision.reasons[0].code if decision.reasons else "allowed").inc()
        for r in decision.redactions or []:
            metrics.withheld.labels(r.category).inc()
        headers = {"Location": f"/v1/requests/{decision.id}"} if decision.id else None
        return JSONResponse(
            decision.model_dump(mode="json", by_alias=True, exclude_unset=True),
            status_code=201 if result.created else 200,
            headers=headers,
        )

    @app.get("/v1/requests", tags=["requests"], responses=AUTHED, response_model_exclude_unset=True)
    def list_requests(p: P, c: C, state: str | None = None, limit: int = 100) -> M.RequestList:
        """Requests this principal may read, newest first (the board's copy is pseudonymised)."""
        return M.RequestList(requests=requests.list_requests(c, p, state, limit))

    @app.get("/v1/requests/{request_id}", tags=["requests"], responses=AUTHED, response_model_exclude_unset=True)
    def get_request(request_id: str, p: P, c: C) -> M.RequestView:
        """The decision and its state (the submitter's school, approvers, the board)."""
        return requests.get_request(c, p, request_id)

    @app.post(
        "/v1/requests/{request_id}/approve", tags=["requests"], responses=AUTHED, response_model_exclude_unset=True
    )
    def approve(request_id: str, p: P, c: C) -> M.RequestView:
        """Release an allowed report to its recipient (a legal_approver who did not submit it)."""
        return requests.approve(c, p, request_id)

    @app.post(
        "/v1/requests/{request_id}/decline", tags=["requests"], responses=AUTHED, response_model_exclude_unset=True
    )
    def decline(request_id: str, body: DeclineBody, p: P, c: C) -> M.RequestView:
        """Decline an allowed request with a reason; nothing is released."""
        return requests.decline(c, p, request_id, body.reason)

    @app.post(
        "/v1/requests/{request_id}/withhold", tags=["requests"], responses=AUTHED, response_model_exclude_unset=True
    )
    def withhold(request_id: str, body: WithholdBody, p: P, c: C) -> M.RequestView:
        """A legal approver withholds a further span of the police copy's free text before release."""
        return requests.withhold_further(c, p, request_id, body.path, body.start, body.end)

    @app.get("/v1/inbox", tags=["police"], responses=AUTHED, response_model_exclude_unset=True)
    def inbox(p: P, c: C) -> M.Inbox:
        """Released reports addressed to this police liaison's unit."""
        return M.Inbox(reports=requests.inbox(c, p))

    @app.get("/v1/reports/{request_id}", tags=["police"], responses=AUTHED, response_model_exclude_unset=True)
    def open_report(request_id: str, p: P, c: C) -> M.PoliceReport:
        """The police copy; opening it is an audit event, recorded before the copy is sent."""
        return requests.open_report(c, p, request_id)

    @app.get(
        "/v1/audit/checkpoint",
        tags=["audit"],
        responses=problem_responses(404, 503),
        response_model_exclude_unset=True,
    )
    def checkpoint(c: C) -> M.Checkpoint:
        """The latest signed checkpoint and the verifier key. Public on purpose: anyone may keep a
        checkpoint, so that a later one inconsistent with it proves a rewrite. It says nothing
        about any entry; the proofs stay for the board."""
        return auditing.checkpoint(c)

    @app.get("/v1/audit/entries", tags=["audit"], responses=AUTHED, response_model_exclude_unset=True)
    def audit_entries(
        p: P, c: C, start: Annotated[int, Query(ge=0)] = 0, end: Annotated[int | None, Query(ge=0)] = None
    ) -> M.AuditEntries:
        """Audit entries [start, end), at most 1000 at a time (oversight_board)."""
        c.authz.require_role(p.role.value, "audit", "read")
        return auditing.entries(c, start, end)

    @app.get("/v1/audit/proofs/inclusion", tags=["audit"], responses=AUTHED, response_model_exclude_unset=True)
    def inclusion(
        p: P, c: C, index: Annotated[int, Query(ge=0)], size: Annotated[int | None, Query(ge=1)] = None
    ) -> M.InclusionProof:
        """An RFC 6962 inclusion proof of entry ``index`` in the tree of ``size`` (default: now)."""
        c.authz.require_role(p.role.value, "audit", "read")
        return auditing.inclusion(c, index, size)

    @app.get("/v1/audit/proofs/consistency", tags=["audit"], responses=AUTHED, response_model_exclude_unset=True)
    def consistency(
        p: P, c: C, first: Annotated[int, Query(ge=1)], second: Annotated[int | None, Query(ge=1)] = None
    ) -> M.ConsistencyProof:
        """An RFC 6962 consistency proof between two tree sizes."""
        c.authz.require_role(p.role.value, "audit", "read")
        return auditing.consistency(c, first, second)

    @app.get(
        "/v1/stats",
        tags=["oversight"],
        responses=AUTHED,
        response_model_exclude_unset=True,
        response_model_by_alias=True,
    )
    def stats_route(
        p: P, c: C, from_: Annotated[str | None, Query(alias="from")] = None, to: str | None = None
    ) -> M.Stats:
        """Aggregate counts for the board (not suppressed; /transparency publishes them suppressed)."""
        c.authz.require_role(p.role.value, "stats", "read")
        return stats.board_stats(c, from_, to, published=False)

    @app.get("/v1/disclosures", tags=["parents"], responses=AUTHED, response_model_exclude_unset=True)
    def disclosures_route(p: P, c: C) -> M.Disclosures:
        """The disclosure records of the parent's own student, and nobody else's."""
        return M.Disclosures(disclosures=disclosures.for_parent(c, p))

    @app.get("/v1/notifications", tags=["parents"], responses=AUTHED, response_model_exclude_unset=True)
    def notifications(p: P, c: C) -> M.Notifications:
        """Released reports whose parent (or eligible student) is still to be told."""
        return M.Notifications(due=disclosures.notifications_due(c, p))

    @app.post("/v1/notifications/{request_id}", tags=["parents"], responses=AUTHED, response_model_exclude_unset=True)
    def record_notification(request_id: str, body: NotifiedBody, p: P, c: C) -> M.Notified:
        """Record that the parent was told of a disclosure."""
        return disclosures.record_notified(c, p, request_id, body.method)

    @app.post(
        "/v1/information-requests",
        status_code=201,
        tags=["police"],
        responses={201: {"description": "Filed", "headers": LOCATION}, **AUTHED},
        response_model_exclude_unset=True,
    )
    def file_info_request(body: InfoRequestBody, p: P, c: C, response: Response) -> M.InformationRequest:
        """A police liaison asks a school for a report on a permitted ground."""
        ir = disclosures.file_information_request(c, p, body.school_id, body.ground, body.student_id, body.reason)
        response.headers["Location"] = f"/v1/information-requests/{ir.id}"
        return ir

    @app.get("/v1/information-requests", tags=["police"], responses=AUTHED, response_model_exclude_unset=True)
    def list_info_requests(p: P, c: C) -> M.InformationRequests:
        """Information requests of this liaison's unit, or addressed to this school."""
        return M.InformationRequests(information_requests=disclosures.list_information_requests(c, p))

    @app.post(
        "/v1/information-requests/{ir_id}/decline",
        tags=["police"],
        responses=AUTHED,
        response_model_exclude_unset=True,
    )
    def decline_info_request(ir_id: str, body: DeclineBody, p: P, c: C) -> M.InformationRequest:
        """The school declines an information request, with a reason."""
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
    # Inside the canonical log line's middleware, which clears the context when it starts.
    app.add_middleware(RequestId)
    app.add_middleware(CanonicalLog, metrics=metrics)
    return app
