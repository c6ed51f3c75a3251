"""The report's tables as one linked model, and what of them may be shown.

Every table published together (total, month, school, ground, recipient, decision, state,
withheld category, month x ground x decision, and the demographic code lists) is a set of cells
in one ``Linked`` model, with the relations a reader knows: each one-way table sums to the total,
month, ground and decision are margins of their cross table, state and recipient refine the
decision through the rules' own implications (policies/reporting/suppression.yaml), a withheld
category never exceeds the total, and each demographic code list sums to the requests counted.

Pure: counts in, cells out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from gatekeeper.core.policy_yaml import load_policy_yaml
from gatekeeper.errors import PolicyInvalid
from gatekeeper.reporting.suppression import Interval, Kind, Linked, Protection, Rule, audit, protect

SECTIONS = ("month", "school", "ground", "recipient", "decision", "state", "withheld_category")


@dataclass(frozen=True)
class ReportingPolicy:
    rule: Rule
    other_schools_key: str
    states_by_decision: Mapping[str, frozenset[str]]
    recipients_never_allowed: frozenset[str]

    @classmethod
    def load(cls, policy_dir: Path) -> ReportingPolicy:
        where = "policies/reporting/suppression.yaml"
        try:
            raw = load_policy_yaml((policy_dir / "reporting" / "suppression.yaml").read_text(encoding="utf-8"))
            return cls(
                rule=Rule(threshold=int(raw["suppress_below"]), width=int(raw["protection_width"])),
                other_schools_key=str(raw["other_schools_key"]),
                states_by_decision={str(k): frozenset(map(str, v)) for k, v in raw["states_by_decision"].items()},
                recipients_never_allowed=frozenset(map(str, raw.get("recipients_never_allowed") or [])),
            )
        except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PolicyInvalid(f"{where}: missing or malformed ({type(exc).__name__})") from exc


@lru_cache(maxsize=8)
def reporting_policy(policy_dir: str, version: str) -> ReportingPolicy:
    """Loaded once per policy version (the version is part of the key, not read here)."""
    del version
    return ReportingPolicy.load(Path(policy_dir))


@dataclass
class Counts:
    """What was counted over one period, before anything is hidden."""

    total: int = 0
    by: dict[str, Counter[str]] = field(default_factory=lambda: {k: Counter() for k in SECTIONS})
    month_ground_decision: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    decision_state: Counter[tuple[str, str]] = field(default_factory=Counter)
    decision_recipient: Counter[tuple[str, str]] = field(default_factory=Counter)
    demographics: dict[str, Counter[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Shown:
    key: str
    count: int | None  # None when suppressed

    @property
    def suppressed(self) -> bool:
        return self.count is None


@dataclass(frozen=True)
class Report:
    total: int | None
    by: dict[str, list[Shown]]
    month_ground_decision: list[Shown]  # key "month|ground|decision"
    demographics: dict[str, list[Shown]]
    # for the audit: the model, its suppressed cells and where each shown cell sits in it
    model: Linked
    protection: Protection
    cells: dict[tuple[str, str], int]

    def intervals(self) -> dict[tuple[str, str], Interval]:
        """Each suppressed cell's range as a reader can prove it (the audit the tests run)."""
        found = audit(self.model, self.protection.suppressed)
        return {name: found[i] for name, i in self.cells.items() if i in found}


def build(counts: Counts, policy: ReportingPolicy, *, published: bool) -> Report:
    """The linked model of everything shown together, with its suppressions.

    published: the public report (every cell may be suppressed; small schools are pooled).
    Otherwise the board's view: every count is shown exactly except the demographic ones,
    which are suppressed and protected against the exact counts the board sees.
    """
    m = Linked()
    plain = Kind.CELL if published else Kind.FIXED
    cells: dict[tuple[str, str], int] = {}

    total = m.cell(counts.total, plain)
    cells[("total", "all")] = total

    by = {k: Counter(v) for k, v in counts.by.items()}
    if published:
        small = {s: n for s, n in by["school"].items() if n < policy.rule.threshold}
        if small:
            by["school"] = Counter({s: n for s, n in by["school"].items() if s not in small})
            by["school"][policy.other_schools_key] += sum(small.values())

    for section in SECTIONS:
        for key, n in sorted(by[section].items()):
            if n > 0:
                cells[(section, key)] = m.cell(n, plain)

    def one_way(section: str) -> list[int]:
        return [i for (s, _), i in cells.items() if s == section]

    for section in ("month", "school", "ground", "recipient", "decision", "state"):
        if counts.total:
            m.sums(total, one_way(section))

    mgd: dict[tuple[str, str, str], int] = {}
    for (mo, g, d), n in sorted(counts.month_ground_decision.items()):
        if n > 0:
            mgd[(mo, g, d)] = m.cell(n, plain)
            cells[("month_ground_decision", f"{mo}|{g}|{d}")] = mgd[(mo, g, d)]
    for axis, section in ((0, "month"), (1, "ground"), (2, "decision")):
        for key, n in by[section].items():
            if n > 0:
                m.sums(cells[(section, key)], [i for k, i in mgd.items() if k[axis] == key])

    states = [k for s, k in cells if s == "state"]
    _refine(m, cells, "state", counts.decision_state, _impossible_states(policy, states))
    never = frozenset(("allow", r) for r in policy.recipients_never_allowed)
    _refine(m, cells, "recipient", counts.decision_recipient, never)

    for key, n in by["withheld_category"].items():
        if n > 0:
            # at most one count per request and category: category + the rest = total
            m.sums(total, [cells[("withheld_category", key)], m.hidden(counts.total - n)])

    for dim, codes in sorted(counts.demographics.items()):
        d_total = sum(codes.values())
        members = []
        for code, n in sorted(codes.items()):
            if n > 0:
                cells[(f"demographics_{dim}", code)] = members_cell = m.cell(n, Kind.CELL)
                members.append(members_cell)
        if not members:
            continue
        # Each request is counted once in each dimension, so a code list sums to the requests of
        # the months counted: the total itself when those agree, otherwise a number this reader
        # may be able to learn elsewhere, so treated as known.
        whole = total if d_total == counts.total else m.cell(d_total, Kind.FIXED)
        m.sums(whole, members)

    protection = protect(m, policy.rule)
    hide = protection.suppressed

    def shown(name: tuple[str, str]) -> Shown:
        i = cells[name]
        return Shown(name[1], None if i in hide else m.values[i])

    return Report(
        total=None if total in hide else counts.total,
        by={s: [shown(n) for n in cells if n[0] == s] for s in SECTIONS},
        month_ground_decision=[shown(n) for n in cells if n[0] == "month_ground_decision"],
        demographics={
            dim: [shown(n) for n in cells if n[0] == f"demographics_{dim}"] for dim in sorted(counts.demographics)
        },
        model=m,
        protection=protection,
        cells=cells,
    )


def _impossible_states(policy: ReportingPolicy, states: list[str]) -> frozenset[tuple[str, str]]:
    return frozenset(
        (d, o) for d, ok in policy.states_by_decision.items() for o in states if o not in ok
    )


def _refine(
    m: Linked,
    cells: dict[tuple[str, str], int],
    section: str,
    joint: Counter[tuple[str, str]],
    impossible: frozenset[tuple[str, str]],
) -> None:
    """``section`` and decision are both margins of a decision x section cross nobody is shown;
    its cells are unknowns, except the pairs the rules rule out (which a reader knows are 0)."""
    decisions = sorted(k for s, k in cells if s == "decision")
    others = sorted(k for s, k in cells if s == section)
    if not decisions or not others:
        return
    hidden: dict[tuple[str, str], int] = {}
    for d in decisions:
        for o in others:
            n = joint.get((d, o), 0)
            if (d, o) not in impossible or n > 0:  # a pair the data shows is possible, whatever the file says
                hidden[(d, o)] = m.hidden(n)
    for d in decisions:
        m.sums(cells[("decision", d)], [i for (dd, _), i in hidden.items() if dd == d])
    for o in others:
        m.sums(cells[(section, o)], [i for (_, oo), i in hidden.items() if oo == o])
