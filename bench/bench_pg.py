"""Durable appends per second: the AuditWriter (group commit) against raw one-row transactions
at the same durability, side by side in one run, on PostgreSQL and on SQLite.

PostgreSQL: two processes, each with T client threads. "writer" = one AuditWriter per process
(both sequencing on the shared log head, each commit = entries + tree nodes + head + signed
checkpoint); "raw" = every client thread has its own connection and commits one INSERT per
transaction. synchronous_commit is on for both (checked).
SQLite: one process, C client threads. "writer" = one AuditWriter; "raw" = every thread has its
own connection (WAL, synchronous=FULL) and commits one INSERT per transaction.

Run: .venv/bin/python bench/bench_pg.py [--quick] [--seconds S] [--threads T] [--out FILE]
Needs the PostgreSQL server of the tests (GATEKEEPER_TEST_PG, default
postgresql://postgres@127.0.0.1:5432/test); it works in a schema of its own and drops it.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import sqlite3
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from audit.canonical import canonical_json
from audit.merkle import leaf_hash
from audit.note import generate_signer

PG_ADMIN = os.environ.get("GATEKEEPER_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
ORIGIN = "bench.gatekeeper.example/audit"
RAW_DDL = (
    "CREATE TABLE IF NOT EXISTS bench_raw (idx BIGSERIAL PRIMARY KEY, entry TEXT NOT NULL, leaf_hash BYTEA NOT NULL)"
)
RAW_DDL_SQLITE = (
    "CREATE TABLE IF NOT EXISTS bench_raw (idx INTEGER PRIMARY KEY, entry TEXT NOT NULL, leaf_hash BLOB NOT NULL)"
)


def make_entry(i: int, worker: str) -> dict[str, Any]:
    return {
        "event_type": "decision",
        "event_time": "2026-03-02T15:15:00.000Z",
        "actor": {"id": f"admin-{worker}", "role": "school_admin", "position": None},
        "request_id": f"{worker}-{i:08d}",
        "school_id": "BPS-1001",
        "recipient": {"agency": "bpd", "unit": "bpd/district-b2", "person": None},
        "ground": "weapon",
        "decision": "release_redacted",
        "reason_codes": ["recipient_permitted", "ground_permitted"],
        "policy_version": "bench",
        "withheld": [{"path": "student.name", "category": "student_identity"}],
    }


# -- workers (top level: they run in spawned processes) ----------------------------------------
def _run_threads(threads: int, seconds: float, body: Any, barrier: Any) -> tuple[int, float]:
    """Start `threads` threads running body(tid, stop) -> count; time them after a barrier."""
    stop = threading.Event()
    counts = [0] * threads
    ready = threading.Barrier(threads + 1)

    def run(tid: int) -> None:
        ready.wait()
        counts[tid] = body(tid, stop)

    ts = [threading.Thread(target=run, args=(t,), daemon=True) for t in range(threads)]
    for t in ts:
        t.start()
    if barrier is not None:
        barrier.wait()
    t0 = time.perf_counter()
    ready.wait()
    time.sleep(seconds)
    stop.set()
    for t in ts:
        t.join(timeout=60)
    return sum(counts), time.perf_counter() - t0


def writer_worker(url: str, skey: str, threads: int, seconds: float, barrier: Any, out: Any, name: str) -> None:
    from audit.note import Signer
    from gatekeeper.auditlog.writer import AuditWriter
    from gatekeeper.storage.db import open_database

    db = open_database(url)
    writer = AuditWriter(db, Signer.from_skey(skey), ORIGIN)
    writer.start()

    def body(tid: int, stop: threading.Event) -> int:
        n = 0
        while not stop.is_set():
            writer.append([make_entry(n, f"{name}-{tid}")])
            n += 1
        return n

    try:
        count, elapsed = _run_threads(threads, seconds, body, barrier)
    finally:
        writer.stop()
        db.dispose()
    out.put({"count": count, "elapsed": elapsed, "batches": writer.batches})


def raw_pg_worker(url: str, threads: int, seconds: float, barrier: Any, out: Any, name: str) -> None:
    import psycopg

    conns = [psycopg.connect(url) for _ in range(threads)]
    for c in conns:
        c.execute("SET synchronous_commit = on")
        c.commit()

    def body(tid: int, stop: threading.Event) -> int:
        c = conns[tid]
        n = 0
        while not stop.is_set():
            data = canonical_json(make_entry(n, f"{name}-{tid}"))
            c.execute("INSERT INTO bench_raw (entry, leaf_hash) VALUES (%s, %s)", (data.decode(), leaf_hash(data)))
            c.commit()
            n += 1
        return n

    try:
        count, elapsed = _run_threads(threads, seconds, body, barrier)
    finally:
        for c in conns:
            c.close()
    out.put({"count": count, "elapsed": elapsed})


def raw_sqlite_body(path: str, threads: int) -> Any:
    conns = []
    for _ in range(threads):
        c = sqlite3.connect(path, timeout=60, isolation_level=None, check_same_thread=False)
        c.execute("PRAGMA journal_mode=WAL")
        c.execute("PRAGMA synchronous=FULL")
        c.execute("PRAGMA busy_timeout=60000")
        conns.append(c)

    def body(tid: int, stop: threading.Event) -> int:
        c = conns[tid]
        n = 0
        while not stop.is_set():
            data = canonical_json(make_entry(n, f"s-{tid}"))
            c.execute("BEGIN IMMEDIATE")
            c.execute("INSERT INTO bench_raw (entry, leaf_hash) VALUES (?, ?)", (data.decode(), leaf_hash(data)))
            c.execute("COMMIT")
            n += 1
        return n

    return body, conns


# -- cases -------------------------------------------------------------------------------------
def _two_processes(target: Any, args: tuple[Any, ...], procs: int) -> dict[str, Any]:
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(procs)
    out = ctx.Queue()
    ps = [ctx.Process(target=target, args=(*args, barrier, out, f"p{i}")) for i in range(procs)]
    for p in ps:
        p.start()
    results = [out.get(timeout=300) for _ in ps]
    for p in ps:
        p.join(timeout=60)
        if p.exitcode != 0:
            raise RuntimeError(f"a bench process failed with exit code {p.exitcode}")
    count = sum(r["count"] for r in results)
    elapsed = max(r["elapsed"] for r in results)
    res: dict[str, Any] = {"appends": count, "seconds": round(elapsed, 3), "per_second": round(count / elapsed, 1)}
    if "batches" in results[0]:
        res["batches"] = sum(r["batches"] for r in results)
        res["mean_batch"] = round(count / max(1, res["batches"]), 2)
    return res


def _merge(rounds: list[dict[str, Any]]) -> dict[str, Any]:
    count = sum(r["appends"] for r in rounds)
    elapsed = sum(r["seconds"] for r in rounds)
    out: dict[str, Any] = {
        "appends": count,
        "seconds": round(elapsed, 3),
        "per_second": round(count / elapsed, 1),
        "rounds_per_second": [round(r["appends"] / r["seconds"], 1) for r in rounds],
    }
    if "batches" in rounds[0]:
        out["batches"] = sum(r["batches"] for r in rounds)
        out["mean_batch"] = round(count / max(1, out["batches"]), 2)
    return out


def bench_pg(seconds: float, threads: int, procs: int, rounds: int) -> dict[str, Any]:
    import psycopg

    from gatekeeper.storage.db import migrate, open_database

    schema = "bench_" + uuid.uuid4().hex[:10]
    with psycopg.connect(PG_ADMIN, autocommit=True) as c:
        c.execute(f'CREATE SCHEMA "{schema}"')
        row = c.execute("SHOW synchronous_commit").fetchone()
        fsync = c.execute("SHOW fsync").fetchone()
    sep = "&" if "?" in PG_ADMIN else "?"
    url = f"{PG_ADMIN}{sep}options=-csearch_path%3D{schema}"
    try:
        db = open_database(url)
        migrate(db)
        db.dispose()
        with psycopg.connect(url, autocommit=True) as c:
            c.execute(RAW_DDL)
        skey = generate_signer(ORIGIN).skey
        # Alternate short rounds so both sides see the same disk (fsync cost drifts on shared hosts).
        w_rounds, r_rounds = [], []
        for _ in range(rounds):
            w_rounds.append(_two_processes(writer_worker, (url, skey, threads, seconds / rounds), procs))
            r_rounds.append(_two_processes(raw_pg_worker, (url, threads, seconds / rounds), procs))
        writer, raw = _merge(w_rounds), _merge(r_rounds)
        with psycopg.connect(url) as c:
            size = c.execute("SELECT size FROM audit_head WHERE id = 1").fetchone()
            n_entries = c.execute("SELECT count(*), coalesce(max(idx), -1) FROM audit_entries").fetchone()
        assert size is not None and n_entries is not None
        # The log the writers left is contiguous: 0..size-1.
        assert int(size[0]) == int(n_entries[0]) == int(n_entries[1]) + 1 == writer["appends"]
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as c:
            c.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    return {
        "engine": "postgresql",
        "processes": procs,
        "clients": procs * threads,
        "synchronous_commit": row[0] if row else None,
        "fsync": fsync[0] if fsync else None,
        "writer": writer,
        "raw": raw,
        "ratio": round(writer["per_second"] / raw["per_second"], 2),
    }


def bench_sqlite(seconds: float, threads: int, rounds: int) -> dict[str, Any]:
    from audit.note import Signer
    from gatekeeper.auditlog.writer import AuditWriter
    from gatekeeper.storage.db import migrate, open_database

    with tempfile.TemporaryDirectory(prefix="gk-bench-") as d:
        path = str(Path(d) / "bench.db")
        db = open_database(f"sqlite:///{path}")
        migrate(db)
        with sqlite3.connect(path) as c:
            c.execute(RAW_DDL_SQLITE)
        w = AuditWriter(db, Signer.from_skey(generate_signer(ORIGIN).skey), ORIGIN)
        w.start()

        def wbody(tid: int, stop: threading.Event) -> int:
            n = 0
            while not stop.is_set():
                w.append([make_entry(n, f"s-{tid}")])
                n += 1
            return n

        body, conns = raw_sqlite_body(path, threads)
        w_rounds, r_rounds = [], []
        try:
            for _ in range(rounds):
                b0 = w.batches
                count, elapsed = _run_threads(threads, seconds / rounds, wbody, None)
                w_rounds.append({"appends": count, "seconds": elapsed, "batches": w.batches - b0})
                rcount, relapsed = _run_threads(threads, seconds / rounds, body, None)
                r_rounds.append({"appends": rcount, "seconds": relapsed})
        finally:
            w.stop()
            db.dispose()
            for c in conns:
                c.close()
        writer, raw = _merge(w_rounds), _merge(r_rounds)
    return {
        "engine": "sqlite",
        "processes": 1,
        "clients": threads,
        "synchronous": "FULL",
        "journal_mode": "WAL",
        "writer": writer,
        "raw": raw,
        "ratio": round(writer["per_second"] / raw["per_second"], 2),
    }


def table(results: list[dict[str, Any]]) -> str:
    head = f"{'engine':<11} {'clients':>7} {'writer/s':>10} {'mean batch':>10} {'raw/s':>10} {'ratio':>6}  goal>=0.5"
    lines = [head, "-" * len(head)]
    for r in results:
        ok = "ok" if r["ratio"] >= 0.5 else "MISSED"
        lines.append(
            f"{r['engine']:<11} {r['clients']:>7} {r['writer']['per_second']:>10.1f} "
            f"{r['writer'].get('mean_batch', 0):>10.2f} {r['raw']['per_second']:>10.1f} {r['ratio']:>6.2f}  {ok}"
        )
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--quick", action="store_true", help="short runs (the whole bench in under 30 s)")
    ap.add_argument("--seconds", type=float, default=None, help="seconds per measurement")
    ap.add_argument("--threads", type=int, default=None, help="client threads per process")
    ap.add_argument("--processes", type=int, default=2, help="PostgreSQL client processes")
    ap.add_argument("--rounds", type=int, default=None, help="alternating writer/raw rounds")
    ap.add_argument("--skip-pg", action="store_true")
    ap.add_argument("--out", type=Path, default=None, help="also write the JSON here")
    args = ap.parse_args()
    seconds = args.seconds if args.seconds is not None else (2.5 if args.quick else 10.0)
    threads = args.threads if args.threads is not None else (8 if args.quick else 16)
    rounds = args.rounds if args.rounds is not None else (2 if args.quick else 4)

    t0 = time.perf_counter()
    results = []
    if not args.skip_pg:
        results.append(bench_pg(seconds, threads, args.processes, rounds))
    results.append(bench_sqlite(seconds, threads * args.processes, rounds))
    report = {
        "bench": "bench_pg",
        "quick": args.quick,
        "seconds_per_case": seconds,
        "rounds": rounds,
        "cpus": os.cpu_count(),
        "results": results,
        "goal_met": all(r["ratio"] >= 0.5 for r in results),
        "wall_seconds": round(time.perf_counter() - t0, 1),
    }
    text = json.dumps(report, indent=2)
    print(text)
    print()
    print(table(results))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
