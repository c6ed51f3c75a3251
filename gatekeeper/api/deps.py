"""Request-scoped helpers for routes: the context and the authenticated principal."""

from __future__ import annotations

from fastapi import Request

from gatekeeper.context import Context
from gatekeeper.errors import NotAuthenticated
from gatekeeper.service.principals import Principal, authenticate


def get_ctx(request: Request) -> Context:
    ctx: Context = request.app.state.ctx
    return ctx


def get_principal(request: Request) -> Principal:
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
        p = authenticate(conn, value.strip())
    request.state.principal_id = p.id
    request.state.role = p.role.value
    return p
