"""Property tests: on random data, no suppressed count can be narrowed below the policy's width.

Two audits: the model's own (gatekeeper.reporting.suppression.audit, HiGHS) on random linked
tables, and the independent CSV reader (tests/reporting/attacker.py) on random request data
taken through the whole pipeline (counts -> report -> CSV) the public page uses.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gatekeeper.reporting.suppression import Kind, Linked, audit, protect
from gatekeeper.reporting.tables import Counts, ReportingPolicy, build
from gatekeeper.service.stats import as_dict
from gatekeeper.web.views import to_csv
from tests.reporting.attacker import read_csv, suppressed_ranges

ROOT = Path(__file__).resolve().parents[2]
POLICY = ReportingPolicy.load(ROOT / "policies")
RULE = POLICY.rule
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# -- the solver on random two- and three-way tables with all their margins -------------------------------


@st.composite
def cubes(draw: st.DrawFn) -> tuple[list[int], list[int]]:
    dims = draw(st.lists(st.integers(1, 4), min_size=2, max_size=3))
    size = 1
    for d in dims:
        size *= d
    small = st.integers(0, 12)
    big = st.integers(0, 60)
    values = draw(st.lists(st.one_of(small, small, big), min_size=size, max_size=size))
    return dims, values


def _linked(dims: list[int], values: list[int]) -> tuple[Linked, int]:
    import itertools

    m = Linked()
    index = list(itertools.product(*[range(d) for d in dims]))
    cell = {ix: m.cell(v) for ix, v in zip(index, values, strict=True) if v > 0}  # zeros are not listed
    total = m.cell(sum(values))
    for axis, d in enumerate(dims):
        margin_cells = []
        for k in range(d):
            parts = [i for ix, i in cell.items() if ix[axis] == k]
            n = sum(m.values[i] for i in parts)
            if n > 0:
                w = m.cell(n)
                m.sums(w, parts)
                margin_cells.append(w)
        if sum(values):
            m.sums(total, margin_cells)
    return m, total


@SETTINGS
@given(cubes())
def test_every_suppressed_cell_keeps_its_width(cube: tuple[list[int], list[int]]) -> None:
    m, _ = _linked(*cube)
    p = protect(m, RULE)
    assert p.unprotectable == frozenset()  # every cell may be hidden, so protection always exists
    small = {i for i, v in enumerate(m.values) if 0 < v < RULE.threshold and m.kinds[i] is Kind.CELL}
    assert small <= p.suppressed
    for i, rng in audit(m, p.suppressed).items():
        assert rng.width >= RULE.width, (i, m.values[i], rng)


@SETTINGS
@given(cubes(), st.integers(0, 3))
def test_fixed_cells_are_never_hidden(cube: tuple[list[int], list[int]], fixed_total: int) -> None:
    m, total = _linked(*cube)
    if fixed_total:
        m.kinds[total] = Kind.FIXED  # the board's reader knows the total exactly
    p = protect(m, RULE)
    assert total not in p.suppressed or not fixed_total
    for i, rng in audit(m, p.suppressed).items():
        assert rng.width >= RULE.width or i in p.unprotectable


# -- the whole pipeline: random requests -> the public CSV -> an independent reader ------------------------

MONTHS = ["2026-01", "2026-02", "2026-03"]
SCHOOLS = ["BPS-1001", "BPS-1002", "BPS-2001", "BPS-3001", "BPS-4001"]
GROUNDS = {"weapon": "allow", "serious_violence": "allow", "theft": "deny", "drugs": None}
STATES = {"allow": ["awaiting_approval", "released", "opened"], "deny": ["denied"]}
CATEGORIES = ["immigration_status", "ethnicity", "neighborhood"]

requests = st.tuples(
    st.sampled_from(MONTHS),
    st.sampled_from(SCHOOLS),
    st.sampled_from(sorted(GROUNDS)),
    st.booleans(),  # allowed, where the ground leaves it open
    st.integers(0, 2),  # which state
    st.booleans(),  # a permitted recipient
    st.lists(st.sampled_from(CATEGORIES), max_size=2, unique=True),
    st.sampled_from(["asian", "black_african_american", "white", "unknown"]),
)


def _counts(rows: list[tuple[str, str, str, bool, int, bool, list[str], str]]) -> Counts:
    c = Counts()
    for month, school, ground, allowed, state_i, permitted, cats, race in rows:
        decision = GROUNDS[ground] or ("allow" if allowed else "deny")
        if not permitted:
            decision = "deny"
        states = STATES[decision]
        state = states[state_i % len(states)]
        recipient = "bpd" if permitted else "not_permitted"
        c.total += 1
        for section, key in (("month", month), ("school", school), ("ground", ground), ("recipient", recipient),
                             ("decision", decision), ("state", state)):
            c.by[section][key] += 1
        c.month_ground_decision[(month, ground, decision)] += 1
        c.decision_state[(decision, state)] += 1
        c.decision_recipient[(decision, recipient)] += 1
        for cat in cats:
            c.by["withheld_category"][cat] += 1
        c.demographics.setdefault("race_ethnicity", Counter())[race] += 1
        c.demographics.setdefault("gender", Counter())["unknown"] += 1
    return c


@SETTINGS
@given(st.lists(requests, max_size=70))
def test_public_csv_resists_an_lp_reader(rows: list[tuple[str, str, str, bool, int, bool, list[str], str]]) -> None:
    counts = _counts(rows)
    text = to_csv(as_dict(build(counts, POLICY, published=True), POLICY, None, None, published=True))
    tables = read_csv(text)
    for section, items in tables.items():
        for key, count in items:
            assert count is None or int(count) == 0 or int(count) >= RULE.threshold, (section, key, count)
    named = {k for k, _ in tables.get("by_school", [])}
    assert all(counts.by["school"][s] >= RULE.threshold for s in named - {POLICY.other_schools_key})
    for name, (lo, hi) in suppressed_ranges(text).items():
        assert hi - lo >= RULE.width, (name, lo, hi)


@SETTINGS
@given(st.lists(requests, max_size=70))
def test_board_demographics_resist_an_lp_reader(rows: list[tuple[str, str, str, bool, int, bool, list[str], str]]) -> None:
    counts = _counts(rows)
    text = to_csv(as_dict(build(counts, POLICY, published=False), POLICY, None, None, published=False))
    tables = read_csv(text)
    ranges = suppressed_ranges(text)
    for name, (lo, hi) in ranges.items():
        assert name.startswith("demographics_")  # the board sees every other count exactly
        if hi - lo < RULE.width:
            # only when the board's exact total leaves no room: the whole code list is hidden
            section = name.split(":")[0]
            assert all(count is None for _, count in tables[section]), (name, lo, hi)
