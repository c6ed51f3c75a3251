"""A reader of the published CSV who knows how the tables fit together, with an LP solver.

Written from the CSV alone (not from gatekeeper.reporting's model), so it audits what was
actually published: for each suppressed count, the least and greatest value consistent with
every published number, every relation between the tables, the rules' own implications, and
non-negativity (a listed count is at least 1).
"""

from __future__ import annotations

import csv
import io
import math
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import yaml
from scipy.optimize import linprog

ROOT = Path(__file__).resolve().parents[2]
ONE_WAY = ("by_month", "by_school", "by_ground", "by_recipient", "by_decision", "by_state")


@dataclass
class Reader:
    known: dict[str, int] = field(default_factory=dict)  # name -> published count
    unknown: dict[str, float] = field(default_factory=dict)  # name -> lower bound
    equations: list[dict[str, float]] = field(default_factory=list)  # sum(coef * var) == 0

    def var(self, name: str, value: str | None, lower: float = 1.0) -> str:
        if value is None or value == "":
            self.unknown[name] = lower
        else:
            self.known[name] = int(value)
        return name

    def equal(self, whole: str, parts: list[str]) -> None:
        eq: dict[str, float] = defaultdict(float)
        eq[whole] += 1.0
        for p in parts:
            eq[p] -= 1.0
        self.equations.append(dict(eq))

    def bounds(self, name: str) -> tuple[float, float]:
        names = sorted(self.unknown)
        col = {n: j for j, n in enumerate(names)}
        rows, rhs = [], []
        for eq in self.equations:
            row = np.zeros(len(names))
            b = 0.0
            for n, coef in eq.items():
                if n in col:
                    row[col[n]] += coef
                else:
                    b -= coef * self.known[n]
            if row.any():
                rows.append(row)
                rhs.append(b)
            else:
                assert abs(b) < 1e-9, "the published counts contradict the relations"
        bnds = [(self.unknown[n], None) for n in names]
        out = []
        for sign in (1.0, -1.0):
            c = np.zeros(len(names))
            c[col[name]] = sign
            res = linprog(c, A_eq=np.array(rows) if rows else None, b_eq=np.array(rhs) if rows else None,
                          bounds=bnds, method="highs")
            if res.status == 3:
                out.append(float("-inf") if sign > 0 else float("inf"))
            else:
                assert res.status == 0, res.message
                # counts are whole numbers: round the bound inwards (within solver tolerance)
                v = float(res.fun) * sign
                out.append(math.ceil(v - 1e-6) if sign > 0 else math.floor(v + 1e-6))
        return out[0], out[1]


def read_csv(text: str) -> dict[str, list[tuple[str, str | None]]]:
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["section", "key", "count", "suppressed"]
    out: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    for section, key, count, suppressed in rows[1:]:
        if section in ("period_from", "period_to", "suppress_below"):
            continue
        assert (suppressed == "true") == (count == ""), (section, key, count, suppressed)
        out[section].append((key, count or None))
    return out


def reader_of(text: str) -> Reader:
    tables = read_csv(text)
    policy = yaml.safe_load((ROOT / "policies" / "reporting" / "suppression.yaml").read_text())
    r = Reader()
    total = r.var("total", tables["total"][0][1])
    cell = {(s, k): r.var(f"{s}:{k}", v) for s, rows in tables.items() if s != "total" for k, v in rows}

    def keys(section: str) -> list[str]:
        return [k for k, _ in tables.get(section, [])]

    for s in ONE_WAY:
        if keys(s):
            r.equal(total, [cell[(s, k)] for k in keys(s)])
    mgd = [(k.split("|"), cell[("by_month_ground_decision", k)]) for k in keys("by_month_ground_decision")]
    for axis, s in enumerate(("by_month", "by_ground", "by_decision")):
        for k in keys(s):
            r.equal(cell[(s, k)], [v for parts, v in mgd if parts[axis] == k])
    # state and recipient refine the decision; the rules rule some pairs out
    impossible_state = {(d, t) for d, ok in policy["states_by_decision"].items() for t in keys("by_state") if t not in ok}
    impossible_recipient = {("allow", x) for x in policy["recipients_never_allowed"]}
    for s, impossible in (("by_state", impossible_state), ("by_recipient", impossible_recipient)):
        if not keys(s) or not keys("by_decision"):
            continue
        cross = {
            (d, o): r.var(f"cross:{s}:{d}:{o}", None, lower=0.0)
            for d in keys("by_decision")
            for o in keys(s)
            if (d, o) not in impossible
        }
        for d in keys("by_decision"):
            r.equal(cell[("by_decision", d)], [v for (dd, _), v in cross.items() if dd == d])
        for o in keys(s):
            r.equal(cell[(s, o)], [v for (_, oo), v in cross.items() if oo == o])
    for k in keys("by_withheld_category"):
        r.equal(total, [cell[("by_withheld_category", k)], r.var(f"rest:{k}", None, lower=0.0)])
    for s in tables:
        if s.startswith("demographics_") and keys(s):
            r.equal(total, [cell[(s, k)] for k in keys(s)])
    return r


def suppressed_ranges(text: str) -> dict[str, tuple[float, float]]:
    """Every suppressed count's provable range, by ``section:key``."""
    r = reader_of(text)
    return {name: r.bounds(name) for name in sorted(r.unknown) if not name.startswith(("cross:", "rest:"))}
