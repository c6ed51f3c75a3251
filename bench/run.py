"""Run every benchmark in one command and report ratios against their baselines side by side.

    .venv/bin/python bench/run.py            # quick sizes (about 2 minutes)
    .venv/bin/python bench/run.py --full     # the issues' sizes (1,000,000-entry log etc.)

Each bench script measures the gatekeeper path and its baseline in the same run, on the same
machine, so the ratio means something even on a busy two-core box. Results go to
bench/results/latest.json and a markdown table to stdout (pasted into the README).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

# (script, quick args, full args)
BENCHES: list[tuple[str, list[str], list[str]]] = [
    ("bench_core.py", ["--seconds", "1"], ["--seconds", "3"]),
    ("bench_decide.py", [], []),
    ("bench_redact.py", [], []),
    ("bench_audit.py", ["--quick"], []),
    ("bench_pg.py", ["--quick"], []),
    ("bench_replay.py", ["--quick"], []),
    ("bench_policy_propagation.py", ["--rounds", "5"], ["--rounds", "20"]),
    ("bench_suppression.py", ["--quick"], []),
    # gatekeeper serve beside a bare FastAPI echo under wrk (Debian's wrk package)
    ("bench_http.py", ["--seconds", "5", "--rounds", "1"], ["--seconds", "15", "--rounds", "3"]),
]


def last_json(text: str) -> dict[str, Any] | None:
    """The last JSON object a script printed (scripts may print a table first)."""
    dec = json.JSONDecoder()
    found: dict[str, Any] | None = None
    i = text.find("{")
    while i != -1:
        try:
            obj, end = dec.raw_decode(text, i)
        except ValueError:
            i = text.find("{", i + 1)
            continue
        if isinstance(obj, dict):
            found = obj
        i = text.find("{", end)
    return found


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--full", action="store_true")
    ap.add_argument("--only", nargs="*", default=None)
    a = ap.parse_args()
    results: dict[str, Any] = {"started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "full": a.full}
    for script, quick, full in BENCHES:
        if a.only and script not in a.only:
            continue
        path = HERE / script
        if not path.exists():
            continue
        args = full if a.full else quick
        t0 = time.time()
        proc = subprocess.run([sys.executable, str(path), *args], capture_output=True, text=True, timeout=1800)
        out = last_json(proc.stdout)
        results[script] = {"exit": proc.returncode, "seconds": round(time.time() - t0, 1), "result": out}
        status = "ok" if proc.returncode == 0 else f"exit {proc.returncode}: {proc.stderr[-300:]}"
        print(f"{script}: {status}", file=sys.stderr)
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "latest.json").write_text(json.dumps(results, indent=2))
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
