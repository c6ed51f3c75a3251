"""How fast an activated policy reaches a running watcher on PostgreSQL, beside a bare
LISTEN/NOTIFY round trip on the same server in the same run.

The tests only wait for the change to arrive (under a generous ceiling); the latency lives here.
gatekeeper: activate_policy_bundle() in one connection until PolicyWatcher swaps the Gate in
another (NOTIFY, then reading the bundle, materialising it and building a Gate).
baseline: NOTIFY in one psycopg connection until a second, LISTENing connection hears it.

Run: .venv/bin/python bench/bench_policy_propagation.py [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gatekeeper.policy.version import policy_version
from gatekeeper.service.policy import PolicyWatcher, activate_policy_bundle, read_bundle
from gatekeeper.settings import Settings
from gatekeeper.storage.db import migrate, open_database

ROOT = Path(__file__).resolve().parent.parent
PG_ADMIN = os.environ.get("GATEKEEPER_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


def raw_round_trips(rounds: int) -> list[float]:
    out: list[float] = []
    with psycopg.connect(PG_ADMIN, autocommit=True) as listener, psycopg.connect(PG_ADMIN, autocommit=True) as sender:
        listener.execute("LISTEN bench_policy")
        for i in range(rounds):
            t0 = time.perf_counter()
            sender.execute("SELECT pg_notify('bench_policy', %s)", (str(i),))
            if not list(listener.notifies(timeout=30, stop_after=1)):
                raise SystemExit("the bare NOTIFY never arrived")
            out.append(time.perf_counter() - t0)
    return out


def gatekeeper_round_trips(rounds: int, tmp: Path) -> list[float]:
    schema = "gk_bench_" + uuid.uuid4().hex[:10]
    with psycopg.connect(PG_ADMIN, autocommit=True) as c:
        c.execute(f'CREATE SCHEMA "{schema}"')
    url = f"{PG_ADMIN}?options=-csearch_path%3D{schema}"
    db = open_database(url)
    out: list[float] = []
    try:
        migrate(db)
        settings = Settings(database_url=url, data_dir=tmp / "data", policy_dir=ROOT / "policies")
        bundles = []
        for i in range(rounds):  # a new version each round: going back to an earlier one is not a change
            d = tmp / f"pol{i}"
            shutil.copytree(ROOT / "policies", d)
            (d / "decision" / "notice.txt").write_text((d / "decision" / "notice.txt").read_text() + f"\n{i}\n")
            bundles.append((read_bundle(d), policy_version(d)))
        arrived = threading.Event()
        watcher = PolicyWatcher(settings, db, lambda g: arrived.set(), policy_version(ROOT / "policies"))
        watcher.start()
        try:
            watcher.listening.wait(60)
            for i in range(rounds):
                bundle, version = bundles[i]
                arrived.clear()
                t0 = time.perf_counter()
                activate_policy_bundle(db, bundle, version)
                if not arrived.wait(60):
                    raise SystemExit("the watcher never saw the change")
                out.append(time.perf_counter() - t0)
        finally:
            watcher.stop()
    finally:
        db.dispose()
        with psycopg.connect(PG_ADMIN, autocommit=True) as c:
            c.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    return out


def main() -> None:
    import faulthandler

    faulthandler.dump_traceback_later(float(os.environ.get("BENCH_DUMP_AFTER", "600")), exit=True)
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=20)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        gk = gatekeeper_round_trips(a.rounds, Path(d))
    raw = raw_round_trips(a.rounds)
    gk_ms, raw_ms = statistics.median(gk) * 1000, statistics.median(raw) * 1000
    print(f"policy change reaches a watcher: median {gk_ms:.1f} ms (p max {max(gk) * 1000:.1f} ms); "
          f"bare NOTIFY round trip: {raw_ms:.2f} ms")
    print(json.dumps({"bench": "policy_propagation", "rounds": a.rounds, "gatekeeper_median_ms": round(gk_ms, 2),
                      "gatekeeper_max_ms": round(max(gk) * 1000, 2), "raw_notify_median_ms": round(raw_ms, 3),
                      "ratio": round(gk_ms / raw_ms, 1) if raw_ms else None}))


if __name__ == "__main__":
    main()
