"""The OpenAPI document: problem+json error answers, the submission's request body, bearer
security on every authenticated operation, and a ``Location`` header on 201.

FastAPI documents what it can infer from signatures; what it cannot (a body the route parses
itself so unknown keys get a clear 422, error bodies in problem+json) is declared here."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from gatekeeper.api.models import Problem
from gatekeeper.core.request import SubmitRequest

PROBLEM_MEDIA = "application/problem+json"

_ERROR_TEXT = {
    401: "No API key, or one that is unknown or revoked (problem+json, WWW-Authenticate: Bearer)",
    403: "The key's role or organisation may not do this",
    404: "No such resource, or none this principal may know of",
    409: "The request conflicts with the resource's state or an earlier request with the same key",
    413: "The request body is larger than the service accepts",
    422: "The input does not match the contract; nothing was stored or released",
    503: "The database or the audit log is unavailable: fail closed, nothing was released",
}


def problem_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """Error answers as routes declare them; ``install`` moves them to application/problem+json."""
    return {code: {"model": Problem, "description": _ERROR_TEXT[code]} for code in codes}


AUTHED = problem_responses(401, 403, 404, 409, 413, 422, 503)
PUBLIC = problem_responses(503)

LOCATION = {
    "Location": {"description": "the new resource's URL", "schema": {"type": "string", "format": "uri-reference"}}
}

SUBMIT_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "description": "A student report for the police (CONTRACT.md Request). Unknown top-level keys are "
        "refused with 422; unknown keys inside student are expected and withheld unless allowlisted.",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SubmitRequest"}}},
    }
}


def install(app: FastAPI) -> None:
    """Replace ``app.openapi`` with one that completes FastAPI's document."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        doc = get_openapi(
            title=app.title,
            version=app.version,
            description=app.description,
            routes=app.routes,
            tags=app.openapi_tags,
        )
        components = doc.setdefault("components", {})
        schemas = components.setdefault("schemas", {})
        submit = SubmitRequest.model_json_schema(ref_template="#/components/schemas/{model}")
        for name, sub in submit.pop("$defs", {}).items():
            schemas.setdefault(name, sub)
        schemas["SubmitRequest"] = submit
        for item in doc.get("paths", {}).values():
            for op in item.values():
                if isinstance(op, dict):
                    _problem_media(op)
        app.openapi_schema = doc
        return doc

    app.openapi = openapi  # type: ignore[method-assign]


def _problem_media(op: dict[str, Any]) -> None:
    for status, resp in op.get("responses", {}).items():
        content = resp.get("content")
        if not content or not str(status).isdigit() or int(status) < 400:
            continue
        # Under whatever media type the route answers with: errors are always problem+json.
        schema = next((v.get("schema") for v in content.values() if v.get("schema")), None)
        content.clear()
        if schema is not None:
            content[PROBLEM_MEDIA] = {"schema": schema}
