"""Replay throughput: records/s on one core over a generated 20,000-record JSONL, beside raw
Casbin ``enforce()`` (the ground check alone) on the same records in the same run (goal >= 3x).

Run: .venv/bin/python bench/bench_replay.py [--records N] [--quick]
Prints one JSON object. The records are synthetic: varied recipients, grounds, substances,
weapons, narratives (some with forbidden mentions) and student fields, so the decision memo and
the redactor see the spread a historic file has, not one request repeated.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import tempfile
import time
from pathlib import Path
from typing import Any

import casbin
from casbin.model import Model

from gatekeeper.core.engine import Gate
from gatekeeper.core.request import SubmitRequest
from gatekeeper.policy.engine import _RuleAdapter, facts_from_request
from gatekeeper.service.replay import ReplaySummary, read_records, replay_one

ROOT = Path(__file__).resolve().parents[1]
GOAL_VS_RAW_ENFORCE = 3.0

RECIPIENTS = ["bpd/district-b2", "bpd/district-c11", "bpd", "bric", "bpd/bric", "ice", "commonwealth fusion center"]
GROUNDS = ["weapon", "drugs", "credible_threat", "serious_violence", "gang_activity", "fight", "general_intelligence"]
SUBSTANCES = [["fentanyl"], ["marijuana"], ["vape"], ["cocaine", "weed"], ["counterfeit pills"], ["beer"]]
WEAPONS = ["knife", "box cutter", "loaded handgun", "bb gun", "pepper spray", "brass knuckles"]
SENTENCES = [
    "During a bag check staff found the item in the student's backpack.",
    "Nobody was hurt and the parents were called.",
    "The student is undocumented and recently arrived from Honduras.",
    "He speaks Haitian Creole at home.",
    "Staff believe he is a member of the Castlegate crew.",
    "He lives in the Mission Hill housing development.",
    "The school police officer took the item and wrote a report.",
    "A teacher saw the student in the hallway after second period.",
]
FIRST = ["Jordan", "Marcus", "Ana", "Luis", "Andre", "Keisha", "Mateo", "Samuel"]
LAST = ["Pierre", "Gomes", "Rivera", "Baptiste", "Johnson", "Santos", "Lee", "Nguyen"]


def make_record(rng: random.Random, i: int) -> dict[str, Any]:
    ground = rng.choice(GROUNDS)
    rec: dict[str, Any] = {
        "request_id": f"hist-{i}",
        "school_id": f"BPS-{1000 + rng.randrange(120)}",
        "recipient": rng.choice(RECIPIENTS),
        "ground": ground,
        "incident": {
            # The contract's RFC 3339 with an offset (a bare date fails validation, and then the
            # bench would time nothing but the error path).
            "occurred_at": f"{2014 + rng.randrange(5)}-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}"
            f"T{8 + rng.randrange(8):02d}:{rng.randrange(60):02d}:00-05:00",
            "location": rng.choice(["second floor hallway", "cafeteria", "gym", "parking lot"]),
            "description": " ".join(rng.sample(SENTENCES, k=rng.randint(1, 3))),
        },
        "student": {
            "student_id": f"S{rng.randrange(10**6):06d}",
            "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            "grade": rng.randint(6, 12),
        },
    }
    if ground == "drugs":
        rec["substances"] = rng.choice(SUBSTANCES)
    if ground == "weapon":
        rec["weapon"] = rng.choice(WEAPONS)
    if ground == "credible_threat" and rng.random() < 0.7:
        rec["threat_statement"] = "Posted that he would bring a gun to school on Friday."
    if rng.random() < 0.3:
        rec["student"]["ethnicity"] = rng.choice(["Black", "Hispanic", "Cape Verdean"])
    return rec


def raw_enforce_per_s(requests: list[Any], min_seconds: float = 1.0) -> tuple[float, float]:
    """Raw Casbin on the policy's model and rules, one enforce() per record (as bench_decide.py):
    per wall second and per CPU second (on a shared machine the CPU figure is the steadier)."""
    policies = ROOT / "policies"
    model = Model()
    model.load_model_from_text((policies / "decision/model.conf").read_text())
    rules = []
    for raw in (policies / "decision/policy.csv").read_text().splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            tok = [t.strip() for t in line.split(",")]
            rules.append((tok[0], tok[1:]))
    enforcer = casbin.Enforcer(model, _RuleAdapter(rules))
    args = [(facts_from_request(SubmitRequest.model_validate(r), False).ground, "ground", "report", "disclose") for r in requests]
    n, start, cpu0 = 0, time.perf_counter(), time.process_time()
    while True:
        for a in args:
            enforcer.enforce(*a)
        n += len(args)
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return n / elapsed, n / (time.process_time() - cpu0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--quick", action="store_true", help="5,000 records (bench/run.py's quick size)")
    args = ap.parse_args()
    if args.quick:
        args.records = 5_000
    rng = random.Random(args.seed)
    records = [make_record(rng, i) for i in range(args.records)]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "historic.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for rec in records:
                f.write(json.dumps(rec) + "\n")
        gate = Gate.load(ROOT / "policies")
        # Warm-up on a small slice (imports, first-call costs), then the timed full run.
        warm = io.StringIO("".join(path.read_text(encoding="utf-8").splitlines(keepends=True)[:200]))
        for index, item in read_records(warm, "jsonl"):
            replay_one(gate, index, item)
        gate = Gate.load(ROOT / "policies")  # a fresh Gate: the timed run starts with empty memos
        summary = ReplaySummary(gate.version)
        t0 = time.perf_counter()
        cpu0 = time.process_time()
        with path.open(encoding="utf-8") as f:
            for index, item in read_records(f, "jsonl"):
                summary.add(replay_one(gate, index, item))
        wall = time.perf_counter() - t0
        cpu = time.process_time() - cpu0
    raw, raw_cpu = raw_enforce_per_s(records[:2000])
    rate, rate_cpu = summary.records / wall, summary.records / cpu
    print(
        json.dumps(
            {
                "bench": "replay",
                "records": summary.records,
                "errors": summary.errors,
                "wall_s": round(wall, 3),
                "cpu_s": round(cpu, 3),
                "records_per_s": round(rate),
                "records_per_cpu_s": round(rate_cpu),
                "cores_used": 1,
                "machine_cores": os.cpu_count(),
                "raw_casbin_enforce_per_s": round(raw),
                "raw_casbin_enforce_per_cpu_s": round(raw_cpu),
                "ratio_vs_raw_enforce": round(rate / raw, 2),
                "ratio_vs_raw_enforce_cpu": round(rate_cpu / raw_cpu, 2),
                "goal_ratio_vs_raw_enforce": GOAL_VS_RAW_ENFORCE,
                "meets_goal": rate / raw >= GOAL_VS_RAW_ENFORCE,
                "by_decision": dict(summary.by_decision),
            }
        )
    )


if __name__ == "__main__":
    main()
