"""The work under the HTTP path, without HTTP: `service.requests.submit` called in-process on a
fresh SQLite database with the durable audit (each answer waits for its group commit), with the
same bodies as bench_http.py (the public corpus' requests, a fresh request_id each).

Run: .venv/bin/python bench/bench_submit.py [--seconds 5] [--threads 1,8,32]

Prints submits/s and CPU per submit at each thread count, and one JSON object. bench_http.py
runs it beside the bare echo: however fast HTTP became, the gatekeeper's rate could not pass
this floor's, so floor / echo bounds the HTTP ratio from above.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "corpus" / "public.jsonl"


def bodies() -> list[dict[str, Any]]:
    return [json.loads(line)["request"] for line in CORPUS.read_text().splitlines() if line.strip()]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=5)
    ap.add_argument("--threads", default="1,8,32")
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="gk-bench-submit-"))
    os.environ.update(
        {
            "GATEKEEPER_DATABASE_URL": f"sqlite:///{tmp}/gatekeeper.db",
            "GATEKEEPER_DATA_DIR": str(tmp / "data"),
            "GATEKEEPER_POLICY_DIR": str(ROOT / "policies"),
        }
    )
    from gatekeeper.context import build_context
    from gatekeeper.service import requests
    from gatekeeper.service.principals import create_principal, key_cache
    from gatekeeper.settings import Settings

    ctx = build_context(Settings())
    with ctx.db.engine.begin() as conn:
        key = create_principal(ctx.gate, conn, "bench-admin", "school_admin", "BPS", None)
    with ctx.db.engine.connect() as conn:
        principal = key_cache(ctx.db.engine).authenticate(conn, key)
    items = bodies()
    run_id = f"{os.getpid()}{int(time.time())}"

    def worker(tid: int, stop: float, counts: list[int]) -> None:
        n = 0
        while time.monotonic() < stop:
            body = dict(items[n % len(items)])
            body["request_id"] = f"s{run_id}-{tid}-{n}"
            requests.submit(ctx, principal, body)
            n += 1
        counts[tid] = n

    def measure(threads: int, seconds: float) -> dict[str, float]:
        counts = [0] * threads
        stop = time.monotonic() + seconds
        ts = [threading.Thread(target=worker, args=(t, stop, counts)) for t in range(threads)]
        t0, c0 = time.perf_counter(), time.process_time()
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        total = sum(counts)
        return {"submits_per_s": round(total / wall, 1), "cpu_ms_per_submit": round(1000 * cpu / max(total, 1), 3)}

    measure(4, 1.0)  # warm the memos and the connection pool: a running service has them
    out: dict[str, Any] = {"bench": "submit", "cores": os.cpu_count()}
    try:
        for threads in (int(x) for x in a.threads.split(",")):
            r = out[f"threads_{threads}"] = measure(threads, a.seconds)
            print(
                f"{threads:>3} threads: {r['submits_per_s']:,.0f} submits/s, "
                f"{r['cpu_ms_per_submit']:.2f} ms CPU each",
                file=sys.stderr,
            )
    finally:
        ctx.close()
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
