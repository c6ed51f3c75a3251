"""Policy governance routes: the active policy, proposals, shadow comparison, approval."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Response
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from gatekeeper.api import models as M
from gatekeeper.api.deps import get_ctx, get_principal
from gatekeeper.api.openapi import AUTHED, LOCATION
from gatekeeper.context import Context
from gatekeeper.errors import InvalidRequest
from gatekeeper.service import governance
from gatekeeper.service.principals import Principal

router = APIRouter(prefix="/v1/policy", tags=["policy"], responses=AUTHED)

P = Annotated[Principal, Depends(get_principal)]
C = Annotated[Context, Depends(get_ctx)]


class ProposalBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    files: dict[str, str | None] = Field(min_length=1, max_length=500)


@router.get("", response_model_exclude_unset=True)
def active_policy(p: P, c: C) -> M.ActivePolicy:
    """The active version and its files (policy_admin, oversight_board)."""
    return governance.active_policy(c, p)


@router.get("/proposals", response_model_exclude_unset=True)
def list_proposals(p: P, c: C, limit: int = 100) -> M.Proposals:
    """Policy proposals, newest first."""
    return M.Proposals(proposals=governance.list_proposals(c, p, limit))


@router.post(
    "/proposals",
    status_code=201,
    responses={201: {"description": "Proposed", "headers": LOCATION}},
    response_model_exclude_unset=True,
)
def propose(body: ProposalBody, p: P, c: C, response: Response) -> M.Proposal:
    """A full bundle or an overlay on the active one ({path: content}, null deletes a file)."""
    proposal = governance.propose(c, p, body.files)
    response.headers["Location"] = f"/v1/policy/proposals/{proposal.id}"
    return proposal


@router.get("/proposals/{proposal_id}", response_model_exclude_unset=True)
def get_proposal(proposal_id: str, p: P, c: C) -> M.Proposal:
    """One proposal and the files it changes."""
    return governance.get_proposal(c, p, proposal_id)


@router.get("/proposals/{proposal_id}/shadow", response_model_exclude_unset=True)
def shadow_recent(proposal_id: str, p: P, c: C) -> M.ShadowReport:
    """The candidate beside the live policy over the requests this process saw recently (memory only)."""
    return governance.shadow(c, p, proposal_id)


_SAMPLE_BODY: dict[str, Any] = {
    "requestBody": {
        "required": False,
        "description": 'Requests to compare: JSONL, or JSON {"sample": [request, ...]}',
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "properties": {"sample": {"type": "array", "items": {"type": "object"}, "maxItems": 50}},
                }
            },
            "application/x-ndjson": {"schema": {"type": "string"}},
        },
    }
}


@router.post("/proposals/{proposal_id}/shadow", openapi_extra=_SAMPLE_BODY, response_model_exclude_unset=True)
async def shadow_sample(proposal_id: str, request: Request, p: P, c: C, recent: bool = True) -> M.ShadowReport:
    """As GET, plus an uploaded sample: JSONL (application/x-ndjson or text) or JSON {"sample": [...]}."""
    raw = await request.body()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidRequest("the sample must be UTF-8 text") from None
    sample: list[Any]
    ctype = request.headers.get("content-type", "")
    if "application/json" in ctype:
        try:
            doc = json.loads(text) if text.strip() else {}
        except ValueError:
            raise InvalidRequest("the body is not valid JSON") from None
        items = doc.get("sample") if isinstance(doc, dict) else doc
        if items is None:
            items = []
        if not isinstance(items, list):
            raise InvalidRequest('send {"sample": [request, ...]} or JSONL')
        sample = items
    else:
        sample = governance.parse_sample(text)
    return await run_in_threadpool(governance.shadow, c, p, proposal_id, sample, include_recent=recent)


@router.post("/proposals/{proposal_id}/approve", response_model_exclude_unset=True)
def approve(proposal_id: str, p: P, c: C) -> M.Proposal:
    """A second policy administrator applies the change (the proposer gets 403)."""
    return governance.approve(c, p, proposal_id)
