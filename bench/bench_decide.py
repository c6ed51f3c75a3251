"""Benchmark: raw casbin enforce() vs PolicyEngine.decide() over the public corpus mix.

Run: .venv/bin/python bench/bench_decide.py
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import casbin  # noqa: E402

from gatekeeper.core.request import SubmitRequest  # noqa: E402
from gatekeeper.policy import PolicyEngine, facts_from_request  # noqa: E402
from gatekeeper.policy.engine import _RuleAdapter  # noqa: E402


def rate(fn, items, min_seconds: float = 1.0) -> float:
    n, start = 0, time.perf_counter()
    while True:
        for it in items:
            fn(it)
        n += len(items)
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return n / elapsed


def main() -> None:
    policies = ROOT / "policies"
    engine = PolicyEngine.load(policies)
    lines = (ROOT / "tests/data/corpus/public.jsonl").read_text().splitlines()
    facts = [facts_from_request(SubmitRequest.model_validate(json.loads(x)["request"]), False) for x in lines if x]

    # raw Casbin on the same model and rules: one enforce() per request (the ground check)
    from casbin.model import Model

    model = Model()
    model.load_model_from_text((policies / "decision/model.conf").read_text())
    rules = []
    for raw in (policies / "decision/policy.csv").read_text().splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            tok = [t.strip() for t in line.split(",")]
            rules.append((tok[0], tok[1:]))
    enforcer = casbin.Enforcer(model, _RuleAdapter(rules))
    raw_requests = [(f.ground, "ground", "report", "disclose") for f in facts]
    raw = rate(lambda r: enforcer.enforce(*r), raw_requests)

    for f in facts:  # warm
        engine.decide(f)
    warm = rate(engine.decide, facts)

    def uncached(f):  # full decision with the per-Facts memo emptied each time (Casbin outcomes stay cached)
        engine._memo.clear()
        return engine.decide(f)

    no_memo = rate(uncached, facts)

    def cold(f):  # a freshly loaded engine's first decisions: every cache empty
        engine._memo.clear()
        engine._checks.clear()
        engine._sub_memo.clear()
        engine._weapon_memo.clear()
        engine._recipient_memo.clear()
        engine._attachment_memo.clear()
        return engine.decide(f)

    cold_rate = rate(cold, facts, 0.5)
    out = {
        "corpus_requests": len(facts),
        "raw_casbin_enforce_per_s": round(raw),
        "decide_warm_per_s": round(warm),
        "decide_without_facts_memo_per_s": round(no_memo),
        "decide_all_caches_cold_per_s": round(cold_rate),
        "ratio_warm_vs_raw_enforce": round(warm / raw, 1),
        "ratio_no_memo_vs_raw_enforce": round(no_memo / raw, 1),
        "python": sys.version.split()[0],
    }
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
