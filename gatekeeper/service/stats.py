"""Aggregate counts for the oversight board and the public transparency report (16-63.8).

Published counts below the policy's threshold (10) are suppressed; demographic counts are
suppressed everywhere, since a small count could point at one student.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from gatekeeper.context import Context
from gatekeeper.errors import InvalidRequest
from gatekeeper.storage import schema

_DAY = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


def _bound(value: str | None, end: bool) -> datetime | None:
    if value is None or value == "":
        return None
    if not _DAY.match(value):
        raise InvalidRequest("from and to are dates: YYYY-MM-DD or YYYY-MM")
    try:
        if len(value) == 7:
            y, m = int(value[:4]), int(value[5:7])
            if end:
                y, m = (y + 1, 1) if m == 12 else (y, m + 1)
            return datetime(y, m, 1, tzinfo=UTC)
        d = datetime.fromisoformat(value).replace(tzinfo=UTC)
        return d.replace(hour=23, minute=59, second=59) if end else d
    except ValueError as exc:
        raise InvalidRequest("from and to are dates: YYYY-MM-DD or YYYY-MM") from exc


def _suppress(counts: Counter[str], threshold: int, on: bool) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for k, v in sorted(counts.items()):
        if on and v < threshold:
            out.append({"key": k, "count": None, "suppressed": True})
        else:
            out.append({"key": k, "count": v, "suppressed": False})
    return out


def board_stats(ctx: Context, start: str | None, end: str | None, *, published: bool) -> dict[str, Any]:
    lo, hi = _bound(start, False), _bound(end, True)
    threshold = ctx.gate.demographics.suppress_below
    r = schema.requests
    q = select(
        r.c.created_at,
        r.c.school_id,
        r.c.ground,
        r.c.recipient_agency,
        r.c.recipient,
        r.c.decision,
        r.c.state,
        r.c.withheld_categories,
    )
    if lo is not None:
        q = q.where(r.c.created_at >= lo)
    if hi is not None:
        q = q.where(r.c.created_at <= hi)
    by: dict[str, Counter[str]] = {
        k: Counter() for k in ("month", "school", "ground", "recipient", "decision", "state", "withheld_category")
    }
    by_month_ground: Counter[str] = Counter()
    total = 0
    with ctx.db.engine.connect() as conn:
        for row in conn.execute(q):
            total += 1
            ts = row.created_at if row.created_at.tzinfo else row.created_at.replace(tzinfo=UTC)
            month = ts.strftime("%Y-%m")
            by["month"][month] += 1
            by["school"][row.school_id] += 1
            by["ground"][row.ground] += 1
            by["recipient"][row.recipient_agency or "not_permitted"] += 1
            by["decision"][row.decision] += 1
            by["state"][row.state] += 1
            by_month_ground[f"{month}|{row.ground}|{row.decision}"] += 1
            for cat in json.loads(row.withheld_categories):
                by["withheld_category"][cat] += 1
        d = schema.demographic_counts
        dq = select(d.c.period, d.c.dimension, d.c.code, d.c.count)
        if lo is not None:
            dq = dq.where(d.c.period >= lo.strftime("%Y-%m"))
        if hi is not None:
            dq = dq.where(d.c.period <= hi.strftime("%Y-%m"))
        demo: dict[str, Counter[str]] = {}
        for drow in conn.execute(dq):
            demo.setdefault(str(drow.dimension), Counter())[str(drow.code)] += int(drow[3])
    return {
        "from": start,
        "to": end,
        "published": published,
        "suppress_below": threshold,
        "total": None if published and total < threshold else total,
        "by": {k: _suppress(v, threshold, published) for k, v in by.items()},
        "by_month_ground_decision": _suppress(by_month_ground, threshold, published),
        "demographics": {dim: _suppress(c, threshold, True) for dim, c in sorted(demo.items())},
    }
