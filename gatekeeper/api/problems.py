"""Domain errors to RFC 9457 problem+json. The only place that knows HTTP status codes."""

from __future__ import annotations

from typing import Any, get_args

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from gatekeeper import errors

PROBLEM = "application/problem+json"

_STATUS: dict[type[errors.GatekeeperError], int] = {
    errors.InvalidRequest: 422,
    errors.NotAuthenticated: 401,
    errors.Forbidden: 403,
    errors.NotFound: 404,
    errors.IdempotencyConflict: 409,
    errors.InvalidTransition: 409,
    errors.Conflict: 409,
    errors.AuditUnavailable: 503,
    errors.StorageUnavailable: 503,
    errors.ReportUnavailable: 503,
    errors.PolicyInvalid: 422,
}

_TITLES = {
    400: "Bad request",
    401: "Not authenticated",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    409: "Conflict",
    413: "Request body too large",
    415: "Unsupported media type",
    422: "Invalid request",
    500: "Internal error",
    503: "Service unavailable",
}


def problem(status: int, code: str, detail: str, **extra: Any) -> JSONResponse:
    body: dict[str, Any] = {
        "type": f"urn:gatekeeper:problem:{code}",
        "code": code,
        "title": _TITLES.get(status, "Error"),
        "status": status,
        "detail": detail,
    }
    body.update(extra)
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(body, status_code=status, media_type=PROBLEM, headers=headers)


def status_for(exc: errors.GatekeeperError) -> int:
    for cls in type(exc).__mro__:
        if cls in _STATUS:
            return _STATUS[cls]
    return 500


async def gatekeeper_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, errors.GatekeeperError)
    status = status_for(exc)
    extra: dict[str, Any] = {k: v for k, v in exc.extra.items() if k == "errors"}
    if status == 503 or isinstance(exc, errors.AuditUnavailable):
        # Fail closed: say so in the body a client reads.
        extra["decision"] = "deny"
        extra["released"] = False
    request.state.problem_code = exc.code
    return problem(status, exc.code, exc.message, **extra)


async def validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    # Never echo the input: only where and what kind of problem. A key the caller chose (an
    # unknown key, a key of a free-form mapping) is input too, and a key can itself be a value
    # ({"Haitian": true}): only the names our own models declare are said back.
    known = _declared_names(request)
    errs = []
    for e in exc.errors():
        loc = list(e.get("loc", ()))
        if e.get("type") == "extra_forbidden" and loc:
            loc[-1] = "(unknown key)"
        safe = [p if isinstance(p, int) or p in known or p == "(unknown key)" else "(key)" for p in loc]
        errs.append({"loc": safe, "type": e.get("type"), "msg": e.get("msg")})
    request.state.problem_code = "invalid_request"
    return problem(422, "invalid_request", "the request parameters are not valid", errors=errs)


async def http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = {404: "not_found", 405: "method_not_allowed", 413: "payload_too_large"}.get(exc.status_code, "http_error")
    request.state.problem_code = code
    resp = problem(exc.status_code, code, str(exc.detail) if exc.status_code != 500 else "internal error")
    if exc.status_code == 405:
        # RFC 9110 15.5.6: a 405 names the methods the resource has. Starlette's own header names
        # only the first route that matched the path; a path served by several routes (GET and
        # POST /v1/requests) has the union.
        resp.headers["Allow"] = ", ".join(_allowed_methods(request))
    return resp


def _allowed_methods(request: Request) -> list[str]:
    methods: set[str] = set()
    for route in request.app.routes:
        match, _ = route.matches(request.scope)  # PARTIAL: the path matches, the method does not
        if match is not Match.NONE:
            methods |= set(getattr(route, "methods", None) or ())
    return sorted(methods)


_BODY_LOCS = frozenset({"body", "query", "path", "header", "cookie"})


def _declared_names(request: Request) -> frozenset[str]:
    """Every field name the matched route's parameters and body models declare (ours, safe)."""
    names: set[str] = set(_BODY_LOCS)
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return frozenset(names)
    stack = [dependant]
    while stack:
        dep = stack.pop()
        stack.extend(dep.dependencies)
        for param in (*dep.path_params, *dep.query_params, *dep.header_params, *dep.body_params):
            names.add(param.alias)
            names.add(param.name)
            _model_names(param.field_info.annotation, names, 0)
    return frozenset(names)


def _model_names(annotation: Any, out: set[str], depth: int) -> None:
    if depth > 8 or annotation is None:
        return
    fields = getattr(annotation, "model_fields", None)
    if isinstance(fields, dict):
        for name, f in fields.items():
            out.add(name)
            if f.alias:
                out.add(f.alias)
            _model_names(f.annotation, out, depth + 1)
        return
    for arg in get_args(annotation):
        _model_names(arg, out, depth + 1)


async def storage_error(request: Request, exc: Exception) -> JSONResponse:
    """The database is down, unreachable or refusing work (a driver OperationalError, a pool
    timeout...): fail closed with 503, exactly like StorageUnavailable. Register it for
    sqlalchemy.exc.DBAPIError; unhandled_error also routes such errors here."""
    if isinstance(exc, IntegrityError):
        # A constraint a concurrent request won: a conflict, not an outage.
        request.state.problem_code = errors.Conflict.code
        return problem(409, errors.Conflict.code, "the request conflicts with one made at the same time; retry")
    request.state.problem_code = errors.StorageUnavailable.code
    request.state.error_type = type(exc).__name__
    return problem(
        503,
        errors.StorageUnavailable.code,
        "the database is unavailable; nothing was released",
        decision="deny",
        released=False,
    )


def is_storage_error(exc: BaseException) -> bool:
    if isinstance(exc, IntegrityError):
        return False  # a constraint violated by the request is our bug or a conflict, not an outage
    return isinstance(exc, DBAPIError | PoolTimeout)


async def unhandled_error(request: Request, exc: Exception) -> JSONResponse:
    if is_storage_error(exc):
        return await storage_error(request, exc)
    # The exception text may hold values (a driver error quotes parameters): log the type only.
    request.state.problem_code = "internal_error"
    request.state.error_type = type(exc).__name__
    return problem(500, "internal_error", "an internal error occurred; nothing was released", decision="deny")
