"""Cell suppression for linked count tables: primary, complementary, and the attacker's audit.

A published report is a set of count cells tied together by additive relations (a total is the
sum of its parts; the month, ground and decision tables are margins of their cross table; the
state table refines the decision table). Hiding the small cells is not enough: a reader who
knows every published number and every relation can solve for a hidden one. So:

* primary: every count in 1..threshold-1 is suppressed;
* complementary: further cells are suppressed until, for every suppressed cell, the range of
  values it can take given everything published (an LP over all relations, cells >= 1 since a
  listed cell is present, hidden cells >= 0) spans at least ``width``;
* audit: that LP, solved with HiGHS (highspy), for each suppressed cell: min and max.

The choice is a greedy that is cheap per relation and then checked (and, where short, extended)
with the exact LP, so what is returned has passed the same audit the tests run. The greedy is
deterministic: the same counts always give the same pattern, so reloading a page never shows
a second pattern to intersect with the first.

Pure: no FastAPI, no database; cells are integers indexing a ``Linked`` model.
"""

from __future__ import annotations

import math
import os
import sys
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum

import highspy
import numpy as np
from scipy.sparse import csc_matrix

_BANNER_LOCK = threading.Lock()
_banner_done = False


def quiet_solver_banner() -> None:
    """HiGHS prints a banner from C++ straight to file descriptor 1 the first time a solver is
    made in a process, whatever its output_flag. Every line the server writes is JSON, so the
    first solver is made here, at start-up before any thread logs, with descriptor 1 pointed at
    the null device for that moment; later ones print nothing."""
    global _banner_done
    with _BANNER_LOCK:
        if _banner_done:
            return
        sys.stdout.flush()
        saved = os.dup(1)
        null = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(null, 1)
            highspy.Highs()  # type: ignore[no-untyped-call]  # highspy leaves __init__ untyped
        finally:
            os.dup2(saved, 1)
            os.close(saved)
            os.close(null)
        _banner_done = True


class SuppressionFailed(RuntimeError):
    """The solver could not prove a pattern safe; the caller publishes nothing."""


class Kind(Enum):
    """What the reader is told about a cell."""

    CELL = "cell"  # published unless suppressed
    FIXED = "fixed"  # always known exactly to this reader (never suppressed)
    HIDDEN = "hidden"  # never published; an unknown the relations run through (>= 0)


@dataclass(frozen=True)
class Rule:
    """The suppression policy (policies/reporting/suppression.yaml)."""

    threshold: int  # counts 1..threshold-1 are suppressed
    width: int  # every suppressed count's feasible interval spans at least this (max - min)

    def __post_init__(self) -> None:
        if self.threshold < 1 or self.width < 1:
            raise ValueError("suppress_below and protection_width are positive whole numbers")


@dataclass
class Linked:
    """Cells and the relations between them. Build with ``cell``/``hidden`` and ``sums``."""

    values: list[int] = field(default_factory=list)
    kinds: list[Kind] = field(default_factory=list)
    # each relation: (whole, parts): values[whole] == sum(values[p] for p in parts)
    relations: list[tuple[int, tuple[int, ...]]] = field(default_factory=list)

    def cell(self, value: int, kind: Kind = Kind.CELL) -> int:
        if value < 0:
            raise SuppressionFailed("counts are never negative")
        self.values.append(int(value))
        self.kinds.append(kind)
        return len(self.values) - 1

    def hidden(self, value: int) -> int:
        return self.cell(value, Kind.HIDDEN)

    def sums(self, whole: int, parts: Iterable[int]) -> None:
        ps = tuple(parts)
        if self.values[whole] != sum(self.values[p] for p in ps):
            raise SuppressionFailed("a relation does not hold for the true counts")
        self.relations.append((whole, ps))

    def lower(self, i: int) -> int:
        # A listed cell is present, so at least 1; a hidden one may be 0.
        return 0 if self.kinds[i] is Kind.HIDDEN or self.values[i] == 0 else 1


@dataclass(frozen=True)
class Interval:
    low: float
    high: float  # float("inf") when unbounded

    @property
    def width(self) -> float:
        return self.high - self.low


# -- the attacker's LP -----------------------------------------------------------------------------


_TOL = 1e-6
_SETTLED = (highspy.HighsModelStatus.kOptimal, highspy.HighsModelStatus.kUnbounded)


class _Attacker:
    """The LP a reader can solve: published cells are constants, the rest are unknowns.

    One HiGHS model per suppression pattern; each cell's min and max only changes the
    objective, so every solve after the first starts from the previous optimal basis.
    """

    def __init__(self, m: Linked, suppressed: frozenset[int]) -> None:
        self.unknown = sorted(i for i in range(len(m.values)) if i in suppressed or m.kinds[i] is Kind.HIDDEN)
        self.col = {v: j for j, v in enumerate(self.unknown)}
        rows: list[int] = []
        cols: list[int] = []
        data: list[float] = []
        rhs: list[float] = []
        for whole, parts in m.relations:
            # whole - sum(parts) = 0, with known terms moved to the right-hand side
            known = 0
            touched = False
            for i, coef in ((whole, 1), *((p, -1) for p in parts)):
                if i in self.col:
                    rows.append(len(rhs))
                    cols.append(self.col[i])
                    data.append(float(coef))
                    touched = True
                else:
                    known += coef * m.values[i]
            if touched:
                rhs.append(float(-known))
        n = len(self.unknown)
        self.lower = np.array([float(m.lower(i)) for i in self.unknown])
        a = csc_matrix((data, (rows, cols)), shape=(len(rhs), n))
        lp = highspy.HighsLp()
        lp.num_col_ = n
        lp.num_row_ = len(rhs)
        lp.col_cost_ = np.zeros(n)
        lp.col_lower_ = self.lower
        lp.col_upper_ = np.full(n, highspy.kHighsInf)
        lp.row_lower_ = np.array(rhs)
        lp.row_upper_ = np.array(rhs)
        lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
        lp.a_matrix_.start_ = a.indptr
        lp.a_matrix_.index_ = a.indices
        lp.a_matrix_.value_ = a.data
        self.h = highspy.Highs()  # type: ignore[no-untyped-call]  # highspy leaves __init__ untyped
        self.h.setOptionValue("output_flag", False)
        # Presolve would discard the basis between solves; these models are small.
        self.h.setOptionValue("presolve", "off")
        self.h.passModel(lp)
        self.costed: int | None = None

    def extreme(self, cell: int, maximise: bool) -> float:
        j = self.col[cell]
        if self.costed is not None and self.costed != j:
            self.h.changeColCost(self.costed, 0.0)
        self.costed = j
        self.h.changeColCost(j, -1.0 if maximise else 1.0)
        self.h.run()
        status = self.h.getModelStatus()
        if status not in _SETTLED:
            # A hot start can end undecided (seen on unbounded rays): solve this one afresh.
            self.h.clearSolver()
            self.h.run()
            status = self.h.getModelStatus()
        if status == highspy.HighsModelStatus.kUnbounded:
            return float("inf") if maximise else float("-inf")
        if status != highspy.HighsModelStatus.kOptimal:
            # The true counts are a solution, so anything else is a failure: fail closed.
            raise SuppressionFailed(f"suppression audit LP failed ({self.h.modelStatusToString(status)})")
        value = float(self.h.getInfo().objective_function_value)
        # Counts are whole numbers, so a reader rounds the LP's bound inwards (within solver
        # tolerance): the integer range is what is protected.
        return math.floor(-value + _TOL) if maximise else math.ceil(value - _TOL)

    def interval(self, cell: int) -> Interval:
        return Interval(self.extreme(cell, False), self.extreme(cell, True))


def audit(m: Linked, suppressed: Iterable[int]) -> dict[int, Interval]:
    """For each suppressed cell, the min and max a reader can prove from everything published."""
    s = frozenset(suppressed)
    lp = _Attacker(m, s)
    return {i: lp.interval(i) for i in sorted(s)}


# -- choosing the suppressions ------------------------------------------------------------------------


def primary(m: Linked, rule: Rule) -> set[int]:
    kinds = zip(m.values, m.kinds, strict=True)
    return {i for i, (v, k) in enumerate(kinds) if k is Kind.CELL and 0 < v < rule.threshold}


class _Greedy:
    def __init__(self, m: Linked, rule: Rule, suppressed: set[int]) -> None:
        self.m, self.rule, self.s = m, rule, suppressed
        self.member: dict[int, list[int]] = {}
        for r, (whole, parts) in enumerate(m.relations):
            for i in (whole, *parts):
                self.member.setdefault(i, []).append(r)

    def hidden_or_suppressed(self, i: int) -> bool:
        return i in self.s or self.m.kinds[i] is Kind.HIDDEN

    def slack(self, r: int) -> int | None:
        """How far the unknown parts of a relation can move while its whole is known; None when
        the whole is unknown (then the relation alone bounds nothing above)."""
        whole, parts = self.m.relations[r]
        if self.hidden_or_suppressed(whole):
            return None
        return sum(self.m.values[p] - self.m.lower(p) for p in parts if self.hidden_or_suppressed(p))

    def short(self, r: int) -> bool:
        whole, parts = self.m.relations[r]
        unknown_parts = [p for p in parts if self.hidden_or_suppressed(p)]
        if self.hidden_or_suppressed(whole):
            # a hidden whole with every part known is pinned; one of them must go too
            return not unknown_parts and whole in self.s
        if not any(p in self.s for p in unknown_parts):
            return False
        slack = self.slack(r)
        return slack is not None and slack < self.rule.width

    def newly_short(self, cand: int) -> int:
        """How many other relations adding ``cand`` would leave short (a cascade costs)."""
        self.s.add(cand)
        try:
            return sum(1 for r in self.member.get(cand, []) if self.short(r))
        finally:
            self.s.discard(cand)

    def choose(self, candidates: Sequence[int], need: int) -> int | None:
        free = [c for c in candidates if self.m.kinds[c] is Kind.CELL and c not in self.s]
        if not free:
            return None

        def cost(c: int) -> tuple[int, int, int, int]:
            v = self.m.values[c]
            covers = 0 if v - self.m.lower(c) >= need else 1
            return (self.newly_short(c), covers, v, c)

        return min(free, key=cost)

    def fix_relation(self, r: int) -> bool:
        whole, parts = self.m.relations[r]
        if self.hidden_or_suppressed(whole):
            pick = self.choose(parts, self.rule.width)
        else:
            need = self.rule.width - (self.slack(r) or 0)
            pick = self.choose(parts, need)
            if pick is None:
                pick = self.choose([whole], need)
        if pick is None:
            return False
        self.s.add(pick)
        return True

    def settle(self) -> None:
        """Until no relation is short by its own arithmetic."""
        changed = True
        while changed:
            changed = False
            for r in range(len(self.m.relations)):
                while self.short(r) and self.fix_relation(r):
                    changed = True

    def widen(self, cell: int) -> bool:
        """The LP found ``cell`` too narrow: suppress one more cell near it."""
        near: list[int] = []
        seen: set[int] = set()
        for r in self.member.get(cell, []):
            whole, parts = self.m.relations[r]
            for i in (*parts, whole):
                if i not in seen:
                    seen.add(i)
                    near.append(i)
        for i in list(near):
            if self.hidden_or_suppressed(i):
                for r in self.member.get(i, []):
                    whole, parts = self.m.relations[r]
                    for j in (*parts, whole):
                        if j not in seen:
                            seen.add(j)
                            near.append(j)
        pick = self.choose(near, self.rule.width)
        if pick is None:
            return False
        self.s.add(pick)
        return True


@dataclass(frozen=True)
class Protection:
    suppressed: frozenset[int]
    # cells whose interval stayed short because nothing more could be hidden (only where a
    # reader is given cells that are never suppressed, e.g. the board's exact totals)
    unprotectable: frozenset[int]


def protect(m: Linked, rule: Rule) -> Protection:
    """Primary plus complementary suppressions, checked by the attacker's LP."""
    g = _Greedy(m, rule, primary(m, rule))
    if not g.s:
        return Protection(frozenset(), frozenset())
    # Hiding one more cell only turns a constant into an unknown, so every range can only grow:
    # a cell proven wide enough stays so, and is never solved for again.
    safe: set[int] = set()
    stuck: set[int] = set()
    while True:
        g.settle()
        lp = _Attacker(m, frozenset(g.s))
        narrow = None
        for i in sorted(g.s - safe - stuck):
            # min <= true value, so max - value >= width already proves the width
            hi = lp.extreme(i, True)
            if hi - m.values[i] >= rule.width or hi - lp.extreme(i, False) >= rule.width:
                safe.add(i)
                continue
            narrow = i
            break
        if narrow is None:
            return Protection(frozenset(g.s), frozenset(stuck))
        if not g.widen(narrow):
            stuck.add(narrow)
