"""Policy governance routes (propose, approve, shadow-compare): filled in by the workflow work."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(prefix="/v1/policy", tags=["policy"])
