"""Demo principals and sample requests, so a fresh checkout shows the whole workflow at once."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select

from gatekeeper.context import Context
from gatekeeper.errors import GatekeeperError
from gatekeeper.service import requests
from gatekeeper.service.principals import add_principal, get_principal
from gatekeeper.settings import packaged_demo_requests
from gatekeeper.storage import schema

DEMO_USERS: list[tuple[str, str, str | None, str | None]] = [
    ("demo-admin", "school_admin", "BPS", None),
    ("demo-approver", "legal_approver", None, None),
    ("demo-liaison", "police_liaison", "bpd/district-b2", None),
    ("demo-board", "oversight_board", None, None),
    ("demo-parent", "parent", None, "S100001"),
    ("demo-policy", "policy_admin", None, None),
]


def seed_demo(ctx: Context, echo: Callable[[str], Any] = print, samples: int = 20) -> dict[str, str]:
    """Create the demo principals (printing their keys) and, on an empty database, submit and
    approve a few sample requests."""
    keys: dict[str, str] = {}
    with ctx.db.engine.begin() as conn:
        for pid, role, org, student in DEMO_USERS:
            keys[pid] = add_principal(conn, pid, role, org, ctx.pseudonyms.student(student) if student else None)
    echo("demo principals (keys are shown once):")
    for pid, role, org, _ in DEMO_USERS:
        echo(f"  {role:16} {pid:14} {org or '':18} {keys[pid]}")
    with ctx.db.engine.connect() as conn:
        n = conn.execute(select(func.count()).select_from(schema.requests)).scalar_one()
        admin = get_principal(conn, "demo-admin")
        approver = get_principal(conn, "demo-approver")
    if n or admin is None or approver is None:
        return keys
    ctx.audit.start()
    # Shipped in the package (the first requests of tests/data/corpus/public.jsonl), so the demo
    # works from an installed wheel too.
    lines = packaged_demo_requests().read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines[:samples]):
        body = dict(json.loads(line))
        if i == 0:
            # One disclosure for the demo parent's student.
            body = {**body, "ground": "weapon", "weapon": "knife", "recipient": "bpd/district-b2"}
            body["student"] = {**body["student"], "student_id": "S100001"}
        try:
            decision = requests.submit(ctx, admin, body).decision
            if decision.decision == "allow" and decision.id is not None and i % 2 == 0:
                requests.approve(ctx, approver, decision.id)
        except GatekeeperError:
            continue
    echo(f"submitted {min(samples, len(lines))} sample requests")
    return keys
