"""Request-scoped helpers for routes: the context and the authenticated principal."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from gatekeeper.context import Context
from gatekeeper.errors import Forbidden, NotAuthenticated
from gatekeeper.service.principals import Principal, key_cache

# Documents the bearer scheme in OpenAPI (securitySchemes, and security on each operation that
# depends on it); the header itself is parsed below so a bad one gets our problem+json 401.
bearer = HTTPBearer(
    auto_error=False,
    scheme_name="bearer",
    bearerFormat="API key",
    description="Authorization: Bearer <api key> (created by `gatekeeper users add`)",
)
Bearer = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


def get_ctx(request: Request) -> Context:
    ctx: Context = request.app.state.ctx
    return ctx


def get_principal(request: Request, _bearer: Bearer = None) -> Principal:
    """The API authenticates by bearer key only; browser sessions belong to the pages, whose
    forms carry CSRF tokens."""
    ctx = get_ctx(request)
    header = request.headers.get("authorization")
    if not header:
        raise NotAuthenticated("an API key is required: Authorization: Bearer <key>")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        raise NotAuthenticated("use Authorization: Bearer <api key>")
    with ctx.db.engine.connect() as conn:
        p = key_cache(ctx.db.engine).authenticate(conn, value.strip())
    request.state.principal_id = p.id
    request.state.role = p.role.value
    return p


def may_read_content_metrics(request: Request, _bearer: Bearer = None) -> bool:
    """Whether /metrics may include its content series. No credential: False (the public series
    only). The metrics token, or a key whose role may read the board's stats: True. Any other
    credential is refused rather than quietly served less."""
    header = request.headers.get("authorization")
    if not header:
        return False
    scheme, _, value = header.partition(" ")
    value = value.strip()
    if scheme.lower() != "bearer" or not value:
        raise NotAuthenticated("use Authorization: Bearer <metrics token or api key>")
    ctx = get_ctx(request)
    token = ctx.settings.metrics_token
    if token is not None and token.get_secret_value() and hmac.compare_digest(
        value.encode(), token.get_secret_value().encode()
    ):
        return True
    p = get_principal(request)
    if not ctx.authz.may(p.role.value, "stats", "read"):
        raise Forbidden("this role may not read the content metrics")
    return True
