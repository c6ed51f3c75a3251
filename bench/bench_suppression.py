"""Complementary suppression of the public report: the time a page load spends choosing and proving it.

    .venv/bin/python bench/bench_suppression.py [--quick]

Synthetic request counts shaped like a district's (a long tail of schools, most requests on a few
grounds) for one year and for five (the report's default period is "all"). The baseline is the
audit alone with scipy's linprog (a fresh LP per bound, as the tests' reader solves it), to show
what the hot-started HiGHS model saves.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gatekeeper.reporting.tables import Counts, ReportingPolicy, build  # noqa: E402
from gatekeeper.service.stats import as_dict  # noqa: E402
from gatekeeper.web.views import to_csv  # noqa: E402
from tests.reporting.attacker import suppressed_ranges  # noqa: E402

GOAL_S = 0.5  # a year of data, on top of the page's own work
GROUNDS = ["serious_violence", "credible_threat", "weapon", "drugs", "theft", "vandalism", "other"]
ALLOWED = set(GROUNDS[:4])


def synthetic(rng: random.Random, n: int, years: int, schools: int = 120) -> Counts:
    c = Counts()
    weights = [rng.paretovariate(1.2) for _ in range(schools)]
    for _ in range(n):
        month = f"{rng.randint(2022, 2021 + years)}-{rng.randint(1, 12):02d}"
        ground = rng.choices(GROUNDS, [5, 3, 4, 3, 1, 1, 1])[0]
        decision = "allow" if ground in ALLOWED and rng.random() < 0.8 else "deny"
        state = rng.choice(["awaiting_approval", "released", "declined", "opened"]) if decision == "allow" else "denied"
        recipient = "not_permitted" if decision == "deny" and rng.random() < 0.2 else "bpd"
        school = f"BPS-{rng.choices(range(schools), weights)[0]:04d}"
        c.total += 1
        for section, key in (("month", month), ("school", school), ("ground", ground), ("recipient", recipient),
                             ("decision", decision), ("state", state)):
            c.by[section][key] += 1
        c.month_ground_decision[(month, ground, decision)] += 1
        c.decision_state[(decision, state)] += 1
        c.decision_recipient[(decision, recipient)] += 1
        for cat in rng.sample(["immigration_status", "ethnicity", "religion", "neighborhood"], rng.choice([0, 0, 1, 2])):
            c.by["withheld_category"][cat] += 1
        c.demographics.setdefault("race_ethnicity", Counter())[rng.choice(["asian", "black", "hispanic", "white"])] += 1
        c.demographics.setdefault("gender", Counter())[rng.choice(["female", "male", "unknown"])] += 1
    return c


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    a = ap.parse_args()
    policy = ReportingPolicy.load(ROOT / "policies")
    rng = random.Random(7)
    cases = [(150, 1), (500, 1), (2000, 1)] + ([] if a.quick else [(5000, 5)])
    build(synthetic(rng, 50, 1), policy, published=True)  # warm-up: imports, first solver
    out = []
    for n, years in cases:
        counts = synthetic(rng, n, years)
        t0 = time.perf_counter()
        rep = build(counts, policy, published=True)
        choose = time.perf_counter() - t0
        t0 = time.perf_counter()
        ranges = suppressed_ranges(to_csv(as_dict(rep, policy, None, None, published=True)))
        baseline = time.perf_counter() - t0
        out.append({
            "requests": n,
            "years": years,
            "cells": len(rep.cells),
            "suppressed": len(rep.protection.suppressed),
            "choose_and_prove_s": round(choose, 3),
            "baseline_linprog_audit_s": round(baseline, 3),
            "narrowest": min((hi - lo for lo, hi in ranges.values()), default=None),
        })
    year = [r["choose_and_prove_s"] for r in out if r["years"] == 1]
    print(json.dumps({"bench": "suppression", "cases": out, "goal_year_s": GOAL_S, "meets_goal": max(year) <= GOAL_S}))


if __name__ == "__main__":
    main()
