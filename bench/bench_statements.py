"""Benchmark: full decisions (policy + statement-level redaction) over distinct long narratives, beside
raw casbin enforce() in the same run, and redaction time per narrative at p50 and p99.

Narratives are 1,000 to 3,000 characters, built from every corpus sentence in tests/data/corpus, and
no text repeats: each sentence of each narrative carries its own day number, so no cache (short
values, language identification, misspellings) sees a text twice.

Run: .venv/bin/python bench/bench_statements.py [--n 600]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import casbin  # noqa: E402
from casbin.model import Model  # noqa: E402

from gatekeeper.core.engine import Gate  # noqa: E402
from gatekeeper.core.request import SubmitRequest  # noqa: E402
from gatekeeper.policy.engine import _RuleAdapter  # noqa: E402

_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def sentences() -> list[str]:
    out: set[str] = set()
    for f in sorted((ROOT / "tests/data/corpus").glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            req = json.loads(line)["request"]
            inc = req.get("incident") or {}
            for text in (inc.get("description"), req.get("threat_statement")):
                if isinstance(text, str):
                    out.update(s.strip() for s in _SENT.split(text) if 20 <= len(s.strip()) <= 400)
    return sorted(out)


def narratives(pool: list[str], n: int, rng: random.Random) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    while len(out) < n:
        target = rng.randint(1000, 3000)
        parts: list[str] = []
        size = 0
        while size < target:
            s = f"On day {rng.randint(1, 10**6)}, {rng.choice(pool)}"
            parts.append(s)
            size += len(s) + 1
        text = " ".join(parts)
        while len(text) > 3000:
            parts.pop()
            text = " ".join(parts)
        if len(text) >= 1000 and text not in seen:
            seen.add(text)
            out.append(text)
    return out


def base_request() -> dict[str, Any]:
    for line in (ROOT / "tests/data/corpus/public.jsonl").read_text().splitlines():
        case = json.loads(line)
        if case["expect"]["decision"] == "allow" and case["request"].get("ground") == "weapon":
            req: dict[str, Any] = case["request"]
            return req
    raise SystemExit("no allowed weapon case in public.jsonl")


def raw_enforce_rate(policies: Path, grounds: list[str], seconds: float = 1.0) -> float:
    model = Model()
    model.load_model_from_text((policies / "decision/model.conf").read_text())
    rules = []
    for raw in (policies / "decision/policy.csv").read_text().splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            tok = [t.strip() for t in line.split(",")]
            rules.append((tok[0], tok[1:]))
    enforcer = casbin.Enforcer(model, _RuleAdapter(rules))
    n, start = 0, time.perf_counter()
    while True:
        for g in grounds:
            enforcer.enforce(g, "ground", "report", "disclose")
        n += len(grounds)
        if time.perf_counter() - start >= seconds:
            return n / (time.perf_counter() - start)


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(len(xs) * p))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    policies = ROOT / "policies"
    gate = Gate.load(policies)
    rng = random.Random(a.seed)
    pool = sentences()
    texts = narratives(pool, a.n * 2, rng)
    warm, timed = texts[: a.n], texts[a.n :]
    base = base_request()

    def request(i: int, text: str) -> SubmitRequest:
        raw = dict(base, request_id=f"bench-{i}", incident=dict(base["incident"], description=text))
        return SubmitRequest.model_validate(raw)

    for i, t in enumerate(warm):  # load models and fill the per-process caches with other texts
        gate.evaluate(request(i, t))
    reqs = [request(i, t) for i, t in enumerate(timed)]

    redact_ms: list[float] = []
    for t in timed:
        s = time.perf_counter()
        gate.redactor.redact_text(t, "incident.description")
        redact_ms.append((time.perf_counter() - s) * 1e3)

    start = time.perf_counter()
    decide_ms: list[float] = []
    for r in reqs:
        s = time.perf_counter()
        gate.evaluate(r)
        decide_ms.append((time.perf_counter() - s) * 1e3)
    decisions_per_s = len(reqs) / (time.perf_counter() - start)
    raw = raw_enforce_rate(policies, [r.ground for r in reqs])

    out = {
        "narratives": len(timed),
        "chars_min_median_max": [min(map(len, timed)), int(statistics.median(map(len, timed))), max(map(len, timed))],
        "distinct_texts": len(set(timed)) == len(timed),
        "full_decisions_per_s": round(decisions_per_s),
        "raw_casbin_enforce_per_s": round(raw),
        "redact_ms_p50": round(pct(redact_ms, 0.50), 3),
        "redact_ms_p99": round(pct(redact_ms, 0.99), 3),
        "decision_ms_p50": round(pct(decide_ms, 0.50), 3),
        "decision_ms_p99": round(pct(decide_ms, 0.99), 3),
        "python": sys.version.split()[0],
    }
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
