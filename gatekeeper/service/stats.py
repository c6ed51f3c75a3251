"""Aggregate counts for the oversight board and the public transparency report (16-63.8).

Published counts below the policy's threshold (10) are suppressed, and further counts are
suppressed until no hidden count can be recovered from the others (gatekeeper.reporting);
demographic counts are suppressed everywhere, the board's view included, since a small count
could point at one student. The public report names only schools at or above the threshold and
counts whole months only.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from gatekeeper.context import Context
from gatekeeper.core.answers import Count, Stats
from gatekeeper.errors import InvalidRequest, ReportUnavailable
from gatekeeper.reporting.suppression import SuppressionFailed
from gatekeeper.reporting.tables import Counts, Report, ReportingPolicy, Shown, build, reporting_policy
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


def _month_of(value: str | None) -> str | None:
    """A published period is whole months: a window of days would let two overlapping windows
    be subtracted down to one day's requests."""
    return None if value is None or value == "" else value[:7]


def _shown(items: list[Shown]) -> list[Count]:
    return [Count(key=x.key, count=x.count, suppressed=x.suppressed) for x in items]


def board_stats(ctx: Context, start: str | None, end: str | None, *, published: bool) -> Stats:
    lo, hi = _bound(start, False), _bound(end, True)
    if published:
        start, end = _month_of(start), _month_of(end)
        lo, hi = _bound(start, False), _bound(end, True)
    policy = reporting_policy(str(ctx.gate.policy_dir), ctx.gate.version)
    r = schema.requests
    q = select(
        r.c.created_at,
        r.c.school_id,
        r.c.ground,
        r.c.recipient_agency,
        r.c.decision,
        r.c.state,
        r.c.withheld_categories,
    )
    if lo is not None:
        q = q.where(r.c.created_at >= lo)
    if hi is not None:
        # the end bound is the first instant after the period for months, the last second for days
        q = q.where(r.c.created_at < hi) if end and len(end) == 7 else q.where(r.c.created_at <= hi)
    c = Counts()
    with ctx.db.engine.connect() as conn:
        for row in conn.execute(q):
            c.total += 1
            ts = row.created_at if row.created_at.tzinfo else row.created_at.replace(tzinfo=UTC)
            month = ts.strftime("%Y-%m")
            recipient = row.recipient_agency or "not_permitted"
            c.by["month"][month] += 1
            c.by["school"][row.school_id] += 1
            c.by["ground"][row.ground] += 1
            c.by["recipient"][recipient] += 1
            c.by["decision"][row.decision] += 1
            c.by["state"][row.state] += 1
            c.month_ground_decision[(month, row.ground, row.decision)] += 1
            c.decision_state[(row.decision, row.state)] += 1
            c.decision_recipient[(row.decision, recipient)] += 1
            for cat in set(json.loads(row.withheld_categories)):
                c.by["withheld_category"][cat] += 1
        d = schema.demographic_counts
        dq = select(d.c.period, d.c.dimension, d.c.code, d.c.count)
        if lo is not None:
            dq = dq.where(d.c.period >= lo.strftime("%Y-%m"))
        if hi is not None:
            dq = dq.where(d.c.period <= (hi - timedelta(seconds=1)).strftime("%Y-%m"))
        for drow in conn.execute(dq):
            c.demographics.setdefault(str(drow.dimension), Counter())[str(drow.code)] += int(drow[3])
    try:
        rep = build(c, policy, published=published)
    except SuppressionFailed as exc:
        # Fail closed: counts that could not be proven safe are not shown at all.
        raise ReportUnavailable("the report could not be prepared safely; try again later") from exc
    return as_stats(rep, policy, start, end, published=published)


def as_stats(rep: Report, policy: ReportingPolicy, start: str | None, end: str | None, *, published: bool) -> Stats:
    """The answer /v1/stats and the pages give; a suppressed count is None."""
    return Stats(
        from_=start,
        to=end,
        published=published,
        suppress_below=policy.rule.threshold,
        total=rep.total,
        by={k: _shown(v) for k, v in rep.by.items()},
        by_month_ground_decision=_shown(rep.month_ground_decision),
        demographics={dim: _shown(v) for dim, v in rep.demographics.items()},
    )


def as_dict(
    rep: Report, policy: ReportingPolicy, start: str | None, end: str | None, *, published: bool
) -> dict[str, Any]:
    """as_stats as the JSON /v1/stats sends: the shape the CSV export reads."""
    return as_stats(rep, policy, start, end, published=published).model_dump(
        mode="json", by_alias=True, exclude_unset=True
    )
