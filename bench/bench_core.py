"""Full decisions per second (policy AND redaction) on one core, side by side in one run with
raw casbin.Enforcer.enforce() on the same decision model.

Run: .venv/bin/python bench/bench_core.py [--seconds S]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import casbin
from bench_decide import rate

from gatekeeper.core.engine import Gate
from gatekeeper.policy.engine import facts_from_request
from gatekeeper.service.requests import parse_request

ROOT = Path(__file__).resolve().parents[1]


def warm_rate(fn, items, seconds: float) -> float:
    for it in items:  # fill the per-policy memos first: a running service has them
        fn(it)
    return rate(fn, items, seconds)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=2.0)
    a = ap.parse_args()
    gate = Gate.load(ROOT / "policies")
    cases = [json.loads(x)["request"] for x in (ROOT / "tests/data/corpus/public.jsonl").read_text().splitlines() if x]
    reqs = [parse_request(c, gate) for c in cases]
    d = ROOT / "policies" / "decision"
    raw = casbin.Enforcer(str(d / "model.conf"), str(d / "policy.csv"))
    # The same question the gate's policy asks first, one enforce() per request.
    raw_items = [("permitted_ground", "ground", "report", "disclose") for _ in reqs]
    raw_rate = warm_rate(lambda t: raw.enforce(*t), raw_items, a.seconds)
    full_rate = warm_rate(gate.evaluate, reqs, a.seconds)
    policy_only = warm_rate(lambda r: gate.policy.decide(facts_from_request(r, False)), reqs, a.seconds)
    # A mix written in other words, each request distinct text: no help from short-text caches.
    para = [json.loads(x)["request"] for x in (ROOT / "tests/data/corpus/paraphrase.jsonl").read_text().splitlines() if x]
    para_reqs = [parse_request(c, gate) for c in para]
    para_rate = warm_rate(gate.evaluate, para_reqs, a.seconds)
    gate_cold = Gate.load(ROOT / "policies")
    start = time.perf_counter()
    for r in reqs:
        gate_cold.evaluate(r)
    cold = len(reqs) / (time.perf_counter() - start)
    out = {
        "bench": "core_decisions",
        "corpus_cases": len(reqs),
        "raw_casbin_enforce_per_s": round(raw_rate),
        "full_decisions_per_s": round(full_rate),
        "full_decisions_paraphrase_mix_per_s": round(para_rate),
        "policy_only_decisions_per_s": round(policy_only),
        "full_decisions_cold_per_s": round(cold),
        "full_vs_raw_enforce": round(full_rate / raw_rate, 2),
        "goal_full_decisions_per_s": 20000,
    }
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
