"""The pages: sign-in, each role's daily work, the oversight board and the public report.

Every page calls the same service functions as the API (they check roles with ctx.authz), shows
only stored, already-withheld data (or the preview's police copy), and maps domain errors to
friendly error pages with the API's statuses. Every POST form carries the session's CSRF token.
"""

from __future__ import annotations

import hmac
import re
import secrets
from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any, ParamSpec, TypeVar
from urllib.parse import quote, urlsplit

import structlog
from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData

from audit.checkpoint import CheckpointError, open_checkpoint
from audit.merkle import verify_inclusion
from audit.note import NoteError, Verifier
from gatekeeper import errors
from gatekeeper.api.problems import status_for
from gatekeeper.context import Context
from gatekeeper.core.answers import AuditEntry
from gatekeeper.core.policy_yaml import load_policy_yaml
from gatekeeper.redact.review import free_text
from gatekeeper.service import auditing, disclosures, governance, requests, stats
from gatekeeper.service.principals import Principal, Role, authenticate_key
from gatekeeper.service.sessions import create_session, end_session, session_principal
from gatekeeper.web import charts, views

log = structlog.get_logger("gatekeeper.web")

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=str(HERE / "templates"))

SESSION_COOKIE = "gk_session"
LOGIN_COOKIE = "gk_login_csrf"

HOME: dict[Role, str] = {
    Role.SCHOOL_ADMIN: "/school",
    Role.LEGAL_APPROVER: "/approver",
    Role.POLICE_LIAISON: "/police",
    Role.OVERSIGHT_BOARD: "/board",
    Role.PARENT: "/parent",
    Role.POLICY_ADMIN: "/policy",
}

NAV: dict[Role, list[tuple[str, str]]] = {
    Role.SCHOOL_ADMIN: [("/school", "Requests")],
    Role.LEGAL_APPROVER: [("/approver", "Approval queue")],
    Role.POLICE_LIAISON: [("/police", "Inbox")],
    Role.OVERSIGHT_BOARD: [("/board", "Board dashboard")],
    Role.PARENT: [("/parent", "Disclosures")],
    Role.POLICY_ADMIN: [("/policy", "Policy")],
}

_TITLES = {
    401: "Please sign in",
    403: "Not permitted",
    404: "Not found",
    409: "Conflict",
    422: "Something in the request is not valid",
    500: "Internal error",
    503: "Service unavailable",
}

P = ParamSpec("P")
T = TypeVar("T")


class LoginRequired(Exception):
    """No valid session: the page redirects to /login."""


class CsrfFailed(Exception):
    """A POST without the session's CSRF token."""


@dataclass(frozen=True)
class Viewer:
    principal: Principal
    csrf: str
    token: str

    @property
    def role(self) -> str:
        return self.principal.role.value


def _ctx(request: Request) -> Context:
    c: Context = request.app.state.ctx
    return c


async def _call(fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """Service functions block on the database and the audit writer: run them off the loop."""
    return await run_in_threadpool(partial(fn, *args, **kwargs))


def _plain(answer: BaseModel) -> dict[str, Any]:
    """A service's typed answer as the JSON the API sends (the keys it set, nothing more), the
    shape the templates and the page helpers read."""
    return answer.model_dump(mode="json", by_alias=True, exclude_unset=True)


PAGE_CSP = (
    "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "frame-ancestors 'self'; form-action 'self'; base-uri 'none'; object-src 'none'"
)


def _security_headers(response: Response) -> None:
    h = response.headers
    h.setdefault("Content-Security-Policy", PAGE_CSP)
    h.setdefault("X-Content-Type-Options", "nosniff")
    h.setdefault("X-Frame-Options", "SAMEORIGIN")
    h.setdefault("Referrer-Policy", "no-referrer")
    h.setdefault("Cache-Control", "no-store")


def render(
    request: Request,
    name: str,
    context: Mapping[str, Any] | None = None,
    *,
    viewer: Viewer | None = None,
    status: int = 200,
) -> HTMLResponse:
    data: dict[str, Any] = {
        "viewer": viewer,
        "csrf": viewer.csrf if viewer else "",
        "nav": NAV.get(viewer.principal.role, []) if viewer else [],
        "path": request.url.path,
    }
    if context:
        data.update(context)
    resp: HTMLResponse = templates.TemplateResponse(request, name, data, status_code=status)
    return resp


def error_page(request: Request, status: int, message: str, *, details: list[str] | None = None) -> HTMLResponse:
    viewer = getattr(request.state, "viewer", None)
    return render(
        request,
        "error.html",
        {"status": status, "title": _TITLES.get(status, "Error"), "message": message, "details": details or []},
        viewer=viewer if isinstance(viewer, Viewer) else None,
        status=status,
    )


def _error_details(exc: errors.GatekeeperError) -> list[str]:
    out: list[str] = []
    errs = exc.extra.get("errors")
    if isinstance(errs, list):
        for e in errs[:20]:
            if isinstance(e, dict):
                loc = ".".join(str(x) for x in e.get("loc", []))
                out.append(f"{loc}: {e.get('msg', '')}" if loc else str(e.get("msg", "")))
    return out


class PageRoute(APIRoute):
    """Domain errors become HTML pages here, before the API's problem+json handlers see them."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        original = super().get_route_handler()

        async def handler(request: Request) -> Response:
            try:
                response = await original(request)
            except LoginRequired:
                nxt = request.url.path if request.method == "GET" else ""
                target = "/login" + (f"?next={quote(nxt)}" if nxt else "")
                response = RedirectResponse(target, status_code=303)
                response.delete_cookie(SESSION_COOKIE, path="/")
            except CsrfFailed:
                response = error_page(
                    request, 403, "This form has expired or did not come from this site. Reload the page and try again."
                )
            except errors.GatekeeperError as exc:
                request.state.problem_code = exc.code
                response = error_page(request, status_for(exc), exc.message, details=_error_details(exc))
            except RequestValidationError:
                response = error_page(request, 422, "The page was asked for with parameters that are not valid.")
            except Exception as exc:
                # The exception text may hold values: record its type only (as the API does).
                request.state.problem_code = "internal_error"
                request.state.error_type = type(exc).__name__
                log.error("page_error", error_type=type(exc).__name__, path=request.url.path)
                response = error_page(request, 500, "An internal error occurred; nothing was released.")
            _security_headers(response)
            return response

        return handler


router = APIRouter(route_class=PageRoute, include_in_schema=False)


# -- sessions -----------------------------------------------------------------------------------


def _lookup_session(ctx: Context, token: str) -> tuple[Principal, str]:
    with ctx.db.engine.connect() as conn:
        return session_principal(conn, token)


async def current_viewer(request: Request) -> Viewer:
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        raise LoginRequired()
    try:
        principal, csrf = await _call(_lookup_session, _ctx(request), token)
    except errors.NotAuthenticated as exc:
        raise LoginRequired() from exc
    v = Viewer(principal, csrf, token)
    request.state.viewer = v
    request.state.principal_id = principal.id
    request.state.role = principal.role.value
    return v


async def checked_form(request: Request, viewer: Viewer) -> FormData:
    form = await request.form()
    token = form.get("csrf")
    if not isinstance(token, str) or not hmac.compare_digest(token.encode(), viewer.csrf.encode()):
        raise CsrfFailed()
    # The same refusal as the JSON reader's: NUL cannot be stored in PostgreSQL text, and a lone
    # surrogate cannot be encoded; either is refused by name, whatever the engine.
    for key, value in form.multi_items():
        if (isinstance(value, str) and _UNSTORABLE.search(value)) or _UNSTORABLE.search(key):
            raise errors.InvalidRequest(
                "a field of the form holds a NUL character or an unpaired UTF-16 surrogate; remove it and send again",
                errors=[{"loc": ["form"], "type": "form_refused", "msg": "unstorable character"}],
            )
    return form


_UNSTORABLE = re.compile("[\ud800-\udfff\x00]")


def _safe_next(value: str | None) -> str | None:
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return None
    parts = urlsplit(value)
    if parts.scheme or parts.netloc:
        return None
    return value


@router.get("/", response_class=HTMLResponse)
async def index(request: Request) -> Response:
    try:
        v = await current_viewer(request)
    except LoginRequired:
        return RedirectResponse("/login", status_code=303)
    return RedirectResponse(HOME[v.principal.role], status_code=303)


@router.get("/login", response_class=HTMLResponse)
async def login_form(request: Request, next: str | None = None) -> Response:
    token = secrets.token_urlsafe(24)
    resp = render(request, "login.html", {"login_csrf": token, "next": _safe_next(next) or "", "error": None})
    _set_login_cookie(request, resp, token)
    return resp


def _set_login_cookie(request: Request, resp: Response, token: str) -> None:
    resp.set_cookie(
        LOGIN_COOKIE,
        token,
        max_age=3600,
        path="/login",
        httponly=True,
        samesite="strict",
        secure=_ctx(request).settings.cookie_secure,
    )


def _sign_in(ctx: Context, key: str) -> tuple[Principal, str]:
    with ctx.db.engine.begin() as conn:
        principal, key_id = authenticate_key(conn, key)
        token, _csrf = create_session(conn, principal, key_id, ctx.settings.session_max_age_seconds)
    return principal, token


@router.post("/login", response_class=HTMLResponse)
async def login(request: Request) -> Response:
    ctx = _ctx(request)
    form = await request.form()
    sent = form.get("csrf")
    cookie = request.cookies.get(LOGIN_COOKIE, "")
    if not isinstance(sent, str) or not cookie or not hmac.compare_digest(sent.encode(), cookie.encode()):
        raise CsrfFailed()
    key = form.get("api_key")
    nxt = _safe_next(str(form.get("next") or ""))
    try:
        principal, token = await _call(_sign_in, ctx, key if isinstance(key, str) else "")
    except errors.NotAuthenticated as exc:
        fresh = secrets.token_urlsafe(24)
        resp = render(request, "login.html", {"login_csrf": fresh, "next": nxt or "", "error": exc.message}, status=401)
        _set_login_cookie(request, resp, fresh)
        return resp
    target = nxt or HOME[principal.role]
    redirect = RedirectResponse(target, status_code=303)
    redirect.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=ctx.settings.session_max_age_seconds,
        path="/",
        httponly=True,
        samesite="lax",
        secure=ctx.settings.cookie_secure,
    )
    redirect.delete_cookie(LOGIN_COOKIE, path="/login")
    return redirect


def _end(ctx: Context, token: str) -> None:
    with ctx.db.engine.begin() as conn:
        end_session(conn, token)


@router.post("/logout", response_class=HTMLResponse)
async def logout(request: Request) -> Response:
    v = await current_viewer(request)
    await checked_form(request, v)
    await _call(_end, _ctx(request), v.token)
    resp = RedirectResponse("/login", status_code=303)
    resp.delete_cookie(SESSION_COOKIE, path="/")
    return resp


# -- school administrator ----------------------------------------------------------------------


def _grounds(ctx: Context) -> list[tuple[str, str]]:
    """The permitted grounds with their labels, from the reviewed policy files: a ground is
    permitted by a ``g, <ground>, permitted_ground, ground`` link in decision/policy.csv."""
    try:
        d = ctx.gate.policy_dir / "decision"
        permitted = []
        for line in (d / "policy.csv").read_text().splitlines():
            parts = [x.strip() for x in line.split(",")]
            if len(parts) >= 3 and parts[0] == "g" and parts[2] == "permitted_ground":
                permitted.append(parts[1])
        raw = load_policy_yaml((d / "grounds.yaml").read_text())
        specs = raw.get("grounds") or {}
        out = [
            (g, str(specs[g].get("label", g)) if isinstance(specs.get(g), dict) else g.replace("_", " "))
            for g in permitted
        ]
        if out:
            return out
    except Exception:  # noqa: S110 - the form still works with the codes alone
        pass
    return [(g, g.replace("_", " ")) for g in views.ALLOWED_GROUNDS]


def _school_page_data(ctx: Context, p: Principal) -> dict[str, Any]:
    ctx.authz.require_role(p.role.value, "request", "submit")
    return {
        "mine": [_plain(r) for r in requests.list_requests(ctx, p, None, 100)],
        "due": [_plain(x) for x in disclosures.notifications_due(ctx, p)],
        "grounds": _grounds(ctx),
        "default_school": p.org or "",
        "form_request_id": "web-" + secrets.token_hex(12),
    }


@router.get("/school", response_class=HTMLResponse)
async def school(request: Request) -> Response:
    v = await current_viewer(request)
    data = await _call(_school_page_data, _ctx(request), v.principal)
    return render(request, "school.html", data, viewer=v)


def _redaction_dicts(ev: Any) -> list[dict[str, Any]]:
    return [
        {
            k: val
            for k, val in (("path", r.path), ("category", r.category.value), ("start", r.start), ("end", r.end))
            if val is not None
        }
        for r in ev.redactions
    ]


def _preview(ctx: Context, p: Principal, body: dict[str, Any]) -> dict[str, Any]:
    """Gate.evaluate on the parsed request: nothing is recorded, stored or audited."""
    ctx.authz.require_role(p.role.value, "request", "submit")
    gate = ctx.gate
    req = requests.parse_submission(body, gate)
    school_label = gate.safe_label(req.school_id, fold=False)
    ctx.authz.require(p.role.value, p.org, school_label, "request", "submit")
    ev = requests.decide_submission(req, gate)
    red = _redaction_dicts(ev)
    report = ev.report.to_dict() if ev.report is not None else None
    return {
        "decision": ev.decision.outcome.value,
        "ground": ev.decision.ground,
        "reasons": [{"code": r.code, "message": r.message} for r in ev.decision.reasons],
        "legal_basis": ev.decision.legal_basis,
        "released_fields": list(ev.released_fields),
        "redactions": red,
        "police": views.report_view(report, None) if report is not None else None,
        "annotated": views.report_view(report, red) if report is not None else None,
        "policy_version": ev.decision.policy_version,
    }


@router.post("/school/preview", response_class=HTMLResponse)
async def school_preview(request: Request) -> Response:
    v = await current_viewer(request)
    form = await checked_form(request, v)
    body = views.form_to_request(form)
    data = await _call(_preview, _ctx(request), v.principal, body)
    return render(request, "preview.html", data, viewer=v)


@router.post("/school/submit", response_class=HTMLResponse)
async def school_submit(request: Request) -> Response:
    v = await current_viewer(request)
    form = await checked_form(request, v)
    body = views.form_to_request(form)
    result = await _call(requests.submit, _ctx(request), v.principal, body)
    return RedirectResponse(f"/school/requests/{quote(str(result.decision.id))}?submitted=1", status_code=303)


@router.post("/school/notifications/{request_id}", response_class=HTMLResponse)
async def school_notified(request: Request, request_id: str) -> Response:
    v = await current_viewer(request)
    form = await checked_form(request, v)
    method = form.get("method")
    await _call(
        disclosures.record_notified, _ctx(request), v.principal, request_id, method if isinstance(method, str) else None
    )
    return RedirectResponse("/school?notified=1#notifications", status_code=303)


# -- one request (submitter, approver, board) ---------------------------------------------------


def _detail_data(ctx: Context, p: Principal, request_id: str) -> dict[str, Any]:
    d = _plain(requests.get_request(ctx, p, request_id))
    report = d.get("report")
    red = d.get("redactions") or []
    return {
        "d": d,
        "police": views.report_view(report, None) if isinstance(report, dict) else None,
        "annotated": views.report_view(report, red) if isinstance(report, dict) else None,
        "redactions": red,
        "doubts": _doubt_rows(report, d.get("doubts") or []),
        "can_decide": p.role is Role.LEGAL_APPROVER and d.get("state") == requests.AWAITING,
        "is_submitter": d.get("submitted_by") == p.id,
    }


def _doubt_rows(report: Any, doubts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The approver's doubts with the kept text they point at (text police would receive anyway)."""
    texts = dict(free_text(report)) if isinstance(report, dict) else {}
    return [dict(x, text=texts.get(str(x.get("path")), "")[int(x["start"]) : int(x["end"])]) for x in doubts]


@router.get("/school/requests/{request_id}", response_class=HTMLResponse)
@router.get("/approver/requests/{request_id}", response_class=HTMLResponse)
@router.get("/board/requests/{request_id}", response_class=HTMLResponse)
async def request_detail(request: Request, request_id: str) -> Response:
    v = await current_viewer(request)
    data = await _call(_detail_data, _ctx(request), v.principal, request_id)
    data["flash"] = request.query_params.get("submitted") and "Submitted and recorded in the audit log."
    done = request.query_params.get("done")
    if done in ("released", "declined", "withheld"):
        data["flash"] = f"The request was {done}."
    return render(request, "request.html", data, viewer=v)


# -- legal approver -------------------------------------------------------------------------------


def _queue(ctx: Context, p: Principal) -> dict[str, Any]:
    ctx.authz.require_role(p.role.value, "request", "approve")
    return {
        "queue": [_plain(r) for r in requests.list_requests(ctx, p, requests.AWAITING, 200)],
        "recent": [_plain(r) for r in requests.list_requests(ctx, p, None, 30) if r.state != requests.AWAITING][:15],
    }


@router.get("/approver", response_class=HTMLResponse)
async def approver(request: Request) -> Response:
    v = await current_viewer(request)
    data = await _call(_queue, _ctx(request), v.principal)
    return render(request, "approver.html", data, viewer=v)


@router.post("/approver/requests/{request_id}/approve", response_class=HTMLResponse)
async def approve(request: Request, request_id: str) -> Response:
    v = await current_viewer(request)
    await checked_form(request, v)
    d = await _call(requests.approve, _ctx(request), v.principal, request_id)
    return RedirectResponse(f"/approver/requests/{quote(str(d.id))}?done=released", status_code=303)


@router.post("/approver/requests/{request_id}/decline", response_class=HTMLResponse)
async def decline(request: Request, request_id: str) -> Response:
    v = await current_viewer(request)
    form = await checked_form(request, v)
    reason = form.get("reason")
    d = await _call(requests.decline, _ctx(request), v.principal, request_id, reason if isinstance(reason, str) else "")
    return RedirectResponse(f"/approver/requests/{quote(str(d.id))}?done=declined", status_code=303)


@router.post("/approver/requests/{request_id}/withhold", response_class=HTMLResponse)
async def withhold(request: Request, request_id: str) -> Response:
    v = await current_viewer(request)
    form = await checked_form(request, v)
    path, start, end = form.get("path"), form.get("start"), form.get("end")
    try:
        span = (str(path or ""), int(str(start)), int(str(end)))
    except ValueError:
        raise errors.InvalidRequest("start and end must be whole numbers") from None
    d = await _call(requests.withhold_further, _ctx(request), v.principal, request_id, *span)
    return RedirectResponse(f"/approver/requests/{quote(str(d.id))}?done=withheld", status_code=303)


# -- police liaison ---------------------------------------------------------------------------------


@router.get("/police", response_class=HTMLResponse)
async def police(request: Request) -> Response:
    v = await current_viewer(request)
    rows = await _call(requests.inbox, _ctx(request), v.principal)
    return render(request, "police.html", {"reports": [_plain(r) for r in rows]}, viewer=v)


@router.get("/police/reports/{request_id}", response_class=HTMLResponse)
async def police_report(request: Request, request_id: str) -> Response:
    v = await current_viewer(request)
    opened = await _call(requests.open_report, _ctx(request), v.principal, request_id)
    report = _plain(opened.report)
    resp = render(
        request,
        "police_report.html",
        {"id": opened.id, "released_at": opened.released_at, "r": views.report_view(report, None)},
        viewer=v,
    )
    # The one page with a script: its print button, from /static (no inline script anywhere).
    resp.headers["Content-Security-Policy"] = PAGE_CSP.replace("script-src 'none'", "script-src 'self'")
    return resp


# -- parent -------------------------------------------------------------------------------------------


@router.get("/parent", response_class=HTMLResponse)
async def parent(request: Request) -> Response:
    v = await current_viewer(request)
    rows = await _call(disclosures.for_parent, _ctx(request), v.principal)
    return render(request, "parent.html", {"rows": [_plain(r) for r in rows]}, viewer=v)


# -- statistics: board and public ----------------------------------------------------------------------


def _stat_charts(s: Mapping[str, Any]) -> list[charts.Chart]:
    return [
        charts.stacked_chart("Requests by month and ground", views.month_ground_items(s)),
        charts.bar_chart("Decisions", views.items(s, "decision"), label="decision"),
        charts.bar_chart("Requests by ground", views.items(s, "ground"), label="ground"),
        charts.bar_chart("Requests by recipient agency", views.items(s, "recipient"), label="recipient"),
        charts.bar_chart("Requests by school", views.items(s, "school"), label="school"),
        charts.bar_chart("Withheld information by category", views.items(s, "withheld_category"), label="category"),
    ]


def _period(request: Request) -> tuple[str | None, str | None]:
    f = request.query_params.get("from") or None
    t = request.query_params.get("to") or None
    return f, t


def _checkpoint_status(ctx: Context) -> dict[str, Any] | None:
    try:
        cp = _plain(auditing.checkpoint(ctx))
    except errors.NotFound:
        return None
    out: dict[str, Any] = {
        "note": cp["checkpoint"],
        "size": cp["size"],
        "verified": False,
        "root": None,
        "cp_size": None,
        "cosignatures": [{**c, "when": _cosigned_at(c["timestamp"])} for c in cp["cosignatures"]],
        "witnessed_by": cp["witnessed_by"],
        "witnessed": cp["witnessed"],
        "witnesses_required": cp["witnesses_required"],
    }
    try:
        opened = open_checkpoint(cp["checkpoint"], Verifier.from_vkey(ctx.signer.vkey), origin=ctx.settings.log_origin)
        out.update(verified=True, root=opened.root.hex(), cp_size=opened.size)
    except (CheckpointError, NoteError, ValueError) as exc:
        out["problem"] = type(exc).__name__
    return out


def _entry_summary(e: AuditEntry) -> dict[str, Any]:
    entry = e.entry
    actor = entry.get("actor") or {}
    recipient = entry.get("recipient") or {}
    withheld = sorted({str(w.get("category")) for w in entry.get("withheld") or [] if isinstance(w, dict)})
    return {
        "index": e.index,
        "event_type": entry.get("event_type"),
        "event_time": entry.get("event_time"),
        "actor": f"{actor.get('id', '')} ({actor.get('role', '')})",
        "request_id": entry.get("request_id"),
        "school_id": entry.get("school_id"),
        "recipient": recipient.get("unit") if isinstance(recipient, dict) else None,
        "ground": entry.get("ground"),
        "decision": entry.get("decision"),
        "reason_codes": entry.get("reason_codes") or [],
        "withheld": withheld,
        "leaf_hash": e.leaf_hash,
    }


def _inclusion(ctx: Context, index: int, cp: Mapping[str, Any] | None) -> dict[str, Any]:
    """A proof against the signed checkpoint's root when the entry is covered by it."""
    signed = cp is not None and cp.get("verified") and cp.get("cp_size") and index < int(cp["cp_size"])
    size = int(cp["cp_size"]) if signed and cp is not None else None
    proof = auditing.inclusion(ctx, index, size)
    ok = verify_inclusion(
        bytes.fromhex(proof.leaf_hash),
        proof.index,
        proof.tree_size,
        [bytes.fromhex(h) for h in proof.proof],
        bytes.fromhex(proof.root_hash),
    )
    against_signed = bool(signed and cp is not None and cp.get("root") == proof.root_hash)
    return {**_plain(proof), "verified": ok, "against_signed": against_signed}


def _board_data(
    ctx: Context,
    p: Principal,
    start: str | None,
    end: str | None,
    proof_index: str | None,
    entries_start: str | None,
    verify: bool,
) -> dict[str, Any]:
    ctx.authz.require_role(p.role.value, "stats", "read")
    ctx.authz.require_role(p.role.value, "audit", "read")
    s = _plain(stats.board_stats(ctx, start, end, published=False))
    cp = _checkpoint_status(ctx)
    head = auditing.entries(ctx, 0, 0).tree_size
    page = 25
    try:
        first = int(entries_start) if entries_start not in (None, "") else max(0, int(head) - page)
    except ValueError as exc:
        raise errors.InvalidRequest("the entry index must be a whole number") from exc
    first = max(0, min(first, max(0, int(head) - 1)))
    ents = auditing.entries(ctx, first, first + page)
    inclusion = None
    if proof_index not in (None, ""):
        try:
            idx = int(str(proof_index))
        except ValueError as exc:
            raise errors.InvalidRequest("the entry index must be a whole number") from exc
        inclusion = _inclusion(ctx, idx, cp)
    report = auditing.verify(ctx) if verify else None
    return {
        "s": s,
        "charts": _stat_charts(s),
        "cp": cp,
        "tree_size": head,
        "entries": [_entry_summary(e) for e in reversed(ents.entries)],
        "entries_first": first,
        "entries_page": page,
        "inclusion": inclusion,
        "proof_index": proof_index or "",
        "verify": report,
        "from": start or "",
        "to": end or "",
    }


@router.get("/board", response_class=HTMLResponse)
async def board(request: Request) -> Response:
    v = await current_viewer(request)
    f, t = _period(request)
    q = request.query_params
    data = await _call(_board_data, _ctx(request), v.principal, f, t, q.get("proof"), q.get("entries_start"), False)
    return render(request, "board.html", data, viewer=v)


@router.post("/board/verify", response_class=HTMLResponse)
async def board_verify(request: Request) -> Response:
    v = await current_viewer(request)
    await checked_form(request, v)
    data = await _call(_board_data, _ctx(request), v.principal, None, None, None, None, True)
    return render(request, "board.html", data, viewer=v)


def _csv_response(body: str, name: str) -> Response:
    resp = Response(body, media_type="text/csv; charset=utf-8")
    resp.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return resp


def _board_csv(ctx: Context, p: Principal, start: str | None, end: str | None) -> str:
    ctx.authz.require_role(p.role.value, "stats", "read")
    return views.to_csv(_plain(stats.board_stats(ctx, start, end, published=False)))


@router.get("/board/stats.csv")
async def board_csv(request: Request) -> Response:
    v = await current_viewer(request)
    f, t = _period(request)
    body = await _call(_board_csv, _ctx(request), v.principal, f, t)
    return _csv_response(body, "gatekeeper-board-stats.csv")


def _cosigned_at(timestamp: int) -> str:
    # tlog-cosignature allows any u63 timestamp; one past datetime's range is shown as it is.
    try:
        return _when(datetime.fromtimestamp(timestamp, UTC))
    except (OverflowError, OSError, ValueError):
        return f"{timestamp} (seconds since 1970)"


def _public_checkpoint(ctx: Context) -> dict[str, Any] | None:
    """Size and root of the latest signed checkpoint, read from the signed note itself, and
    nothing about any entry."""
    from gatekeeper.service.witnessing import latest_witnessed

    try:
        w = latest_witnessed(ctx)
    except errors.NotFound:
        return None
    return {"size": w.size, "root": w.root_b64, "witnessed": w.witnessed, "witnessed_by": list(w.valid_witnesses)}


def _audit_reader(ctx: Context, p: Principal) -> None:
    ctx.authz.require_role(p.role.value, "audit", "read")


@router.get("/board/audit-export.jsonl")
async def board_export(request: Request) -> Response:
    """The whole log as `gatekeeper audit export` writes it, for the board's offline check."""
    v = await current_viewer(request)
    ctx = _ctx(request)
    await _call(_audit_reader, ctx, v.principal)
    resp = StreamingResponse((line + "\n" for line in auditing.export_lines(ctx)), media_type="application/x-ndjson")
    resp.headers["Content-Disposition"] = 'attachment; filename="gatekeeper-audit.jsonl"'
    return resp


@router.get("/board/log.vkey")
async def board_vkey(request: Request) -> Response:
    """The log's checkpoint verifier key (signed-note vkey), as `gatekeeper audit public-key` prints it."""
    v = await current_viewer(request)
    ctx = _ctx(request)
    await _call(_audit_reader, ctx, v.principal)
    resp = Response(ctx.signer.vkey + "\n", media_type="text/plain; charset=utf-8")
    resp.headers["Content-Disposition"] = 'attachment; filename="gatekeeper.vkey"'
    return resp


def _public_data(ctx: Context, start: str | None, end: str | None) -> dict[str, Any]:
    s = _plain(stats.board_stats(ctx, start, end, published=True))
    return {
        "checkpoint": _public_checkpoint(ctx),
        "s": s,
        "charts": _stat_charts(s),
        "grounds": _grounds(ctx),
        "from": start or "",
        "to": end or "",
        "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


async def _optional_viewer(request: Request) -> Viewer | None:
    try:
        return await current_viewer(request)
    except LoginRequired:
        return None


@router.get("/transparency", response_class=HTMLResponse)
async def transparency(request: Request) -> Response:
    v = await _optional_viewer(request)
    f, t = _period(request)
    data = await _call(_public_data, _ctx(request), f, t)
    return render(request, "transparency.html", data, viewer=v)


def _checkpoint_file(ctx: Context) -> str:
    from gatekeeper.service.witnessing import latest_witnessed

    # The note with its witnesses' cosignatures: a file anyone can keep and later compare.
    return latest_witnessed(ctx).cosigned_note


@router.get("/transparency/checkpoint")
async def transparency_checkpoint(request: Request) -> Response:
    body = await _call(_checkpoint_file, _ctx(request))
    resp = Response(body, media_type="text/plain; charset=utf-8")
    resp.headers["Content-Disposition"] = 'attachment; filename="gatekeeper-checkpoint.txt"'
    return resp


@router.get("/transparency.csv")
async def transparency_csv(request: Request) -> Response:
    f, t = _period(request)
    s = await _call(stats.board_stats, _ctx(request), f, t, published=True)
    return _csv_response(views.to_csv(_plain(s)), "gatekeeper-transparency.csv")


# -- policy administrator ------------------------------------------------------------------------------


def _policy_page(ctx: Context, p: Principal) -> dict[str, Any]:
    return {
        "active": _plain(governance.active_policy(ctx, p)),
        "proposals": [_plain(x) for x in governance.list_proposals(ctx, p, 50)],
    }


@router.get("/policy", response_class=HTMLResponse)
async def policy_home(request: Request) -> Response:
    v = await current_viewer(request)
    data = await _call(_policy_page, _ctx(request), v.principal)
    return render(request, "policy.html", data, viewer=v)


def _proposal_page(ctx: Context, p: Principal, proposal_id: str) -> dict[str, Any]:
    prop = governance.get_proposal(ctx, p, proposal_id)
    shadow = governance.shadow(ctx, p, proposal_id) if prop.state == "proposed" else None
    return {"proposal": _plain(prop), "shadow": None if shadow is None else _plain(shadow)}


@router.get("/policy/proposals/{proposal_id}", response_class=HTMLResponse)
async def policy_proposal(request: Request, proposal_id: str) -> Response:
    v = await current_viewer(request)
    data = await _call(_proposal_page, _ctx(request), v.principal, proposal_id)
    return render(request, "policy_proposal.html", data, viewer=v)


@router.post("/policy/proposals/{proposal_id}/approve", response_class=HTMLResponse)
async def policy_approve(request: Request, proposal_id: str) -> Response:
    v = await current_viewer(request)
    await checked_form(request, v)
    await _call(governance.approve, _ctx(request), v.principal, proposal_id)
    return RedirectResponse(f"/policy/proposals/{quote(proposal_id)}?done=approved", status_code=303)


def _when(value: Any) -> str:
    """An ISO timestamp as 'YYYY-MM-DD HH:MM UTC' for people; anything else unchanged."""
    if not isinstance(value, str) or not value:
        return "—" if value in (None, "") else str(value)
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    if dt.tzinfo is None:
        return dt.strftime("%Y-%m-%d %H:%M")
    return dt.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


templates.env.filters["when"] = _when
templates.env.filters["paragraphs"] = views.paragraphs


def mount_pages(app: FastAPI) -> None:
    """Add the pages and their static files to the API application."""
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
