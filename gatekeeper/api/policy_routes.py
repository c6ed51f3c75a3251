"""Policy governance routes: the active policy, proposals, shadow comparison, approval."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from gatekeeper.api.deps import get_ctx, get_principal
from gatekeeper.context import Context
from gatekeeper.errors import InvalidRequest
from gatekeeper.service import governance
from gatekeeper.service.principals import Principal

router = APIRouter(prefix="/v1/policy", tags=["policy"])

P = Annotated[Principal, Depends(get_principal)]
C = Annotated[Context, Depends(get_ctx)]


class ProposalBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    files: dict[str, str | None] = Field(min_length=1, max_length=500)


@router.get("")
def active_policy(p: P, c: C) -> dict[str, Any]:
    """The active version and its files (policy_admin, oversight_board)."""
    return governance.active_policy(c, p)


@router.get("/proposals")
def list_proposals(p: P, c: C, limit: int = 100) -> dict[str, Any]:
    return {"proposals": governance.list_proposals(c, p, limit)}


@router.post("/proposals", status_code=201)
def propose(body: ProposalBody, p: P, c: C) -> dict[str, Any]:
    """A full bundle or an overlay on the active one ({path: content}, null deletes a file)."""
    return governance.propose(c, p, body.files)


@router.get("/proposals/{proposal_id}")
def get_proposal(proposal_id: str, p: P, c: C) -> dict[str, Any]:
    return governance.get_proposal(c, p, proposal_id)


@router.get("/proposals/{proposal_id}/shadow")
def shadow_recent(proposal_id: str, p: P, c: C) -> dict[str, Any]:
    """The candidate beside the live policy over the requests this process saw recently (memory only)."""
    return governance.shadow(c, p, proposal_id)


@router.post("/proposals/{proposal_id}/shadow")
async def shadow_sample(proposal_id: str, request: Request, p: P, c: C, recent: bool = True) -> dict[str, Any]:
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


@router.post("/proposals/{proposal_id}/approve")
def approve(proposal_id: str, p: P, c: C) -> dict[str, Any]:
    """A second policy administrator applies the change (the proposer gets 403)."""
    return governance.approve(c, p, proposal_id)
