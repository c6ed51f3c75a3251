"""Shared helpers of the workflow tests."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from sqlalchemy import select

from gatekeeper.service.principals import Principal, Role
from gatekeeper.storage import schema

ROOT = Path(__file__).resolve().parents[2]
POLICIES = ROOT / "policies"
WEAPON_PERMITTED = "g, weapon, permitted_ground, ground"
WEAPON_DENIED = "g, weapon, not_a_ground, ground"

ADMIN = Principal("admin-1", Role.SCHOOL_ADMIN, "BPS", None)
APPROVER = Principal("legal-1", Role.LEGAL_APPROVER, None, None)
LIAISON = Principal("liaison-b2", Role.POLICE_LIAISON, "bpd/district-b2", None)


def policy_csv_without_weapon_ground() -> str:
    text = (POLICIES / "decision" / "policy.csv").read_text(encoding="utf-8")
    assert WEAPON_PERMITTED in text
    return text.replace(WEAPON_PERMITTED, WEAPON_DENIED)


def candidate_policies(tmp: Path) -> Path:
    """A copy of policies/ in which the weapon ground is no longer permitted."""
    d = tmp / "candidate-policies"
    shutil.copytree(POLICIES, d)
    (d / "decision" / "policy.csv").write_text(policy_csv_without_weapon_ground(), encoding="utf-8")
    return d


def audit_entries(ctx: Any) -> list[dict[str, Any]]:
    with ctx.db.engine.connect() as conn:
        rows = conn.execute(select(schema.audit_entries.c.entry).order_by(schema.audit_entries.c.idx)).all()
    return [json.loads(r.entry) for r in rows]


def row_counts(ctx: Any) -> dict[str, int]:
    from sqlalchemy import func

    out: dict[str, int] = {}
    with ctx.db.engine.connect() as conn:
        for name, table in schema.metadata.tables.items():
            out[name] = int(conn.execute(select(func.count()).select_from(table)).scalar_one())
    return out
