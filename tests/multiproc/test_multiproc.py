"""Several `gatekeeper serve` processes on one PostgreSQL database form one service."""

from __future__ import annotations

import itertools
import json
import shutil
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
from sqlalchemy import select

from audit import tree
from audit.verify import verify_checkpoint_consistency
from gatekeeper.auditlog import store
from gatekeeper.policy.version import policy_version
from gatekeeper.service.policy import activate_policy_bundle, read_bundle
from gatekeeper.storage import schema
from gatekeeper.storage.db import open_database, scratch_engine
from tests.conftest import request_factory

from .helpers import PG_ADMIN, ROOT, Fleet, PgSchema, add_user, base_env, cli

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def body(i: int, **kw: Any) -> dict[str, Any]:
    student = {"student_id": f"S{100000 + i}", "name": "Test Student", "date_of_birth": "2010-04-01", "grade": 10}
    return request_factory(**{"request_id": f"mp-{i}-{uuid.uuid4().hex[:8]}", "student": student, **kw})


def log_rows(url: str) -> tuple[int, dict[int, str | None], list[tuple[int, str]]]:
    eng = scratch_engine(url)
    try:
        with eng.connect() as conn:
            size, _ = store.head(conn)
            e = schema.audit_entries
            rows = {int(r.idx): r.request_id for r in conn.execute(select(e.c.idx, e.c.request_id))}
            cps = list(store.iter_checkpoints(conn))
    finally:
        eng.dispose()
    return size, rows, cps


def assert_checkpoints_consistent(url: str, vkey: str) -> int:
    eng = scratch_engine(url)
    try:
        with eng.connect() as conn:
            cps = list(store.iter_checkpoints(conn))
            reader = store.SqlNodeReader(conn)
            for (s1, n1), (s2, n2) in itertools.pairwise(cps):
                proof = tree.consistency_proof_at(s1, s2, reader)
                assert verify_checkpoint_consistency(n1, n2, proof, vkey), (s1, s2)
    finally:
        eng.dispose()
    return len(cps)


def vkey_of(env: dict[str, str]) -> str:
    r = cli(env, "audit", "public-key")
    assert r.returncode == 0, r.stderr
    return r.stdout.strip()


def test_three_processes_one_log_with_a_kill(pg_schema: PgSchema, fleet: Fleet, tmp_path: Path) -> None:
    env = base_env(pg_schema.url, tmp_path)
    key = add_user(env, "admin-bps", "school_admin", "BPS")
    servers = [fleet.start(env, f"p{i}", wait=False) for i in range(3)]
    for s in servers:
        fleet.wait_ready(s)

    total = 300
    victim = servers[2]
    ok: list[dict[str, Any]] = []
    failures: list[str] = []
    lock = threading.Lock()
    done = threading.Semaphore(0)
    clients = [httpx.Client(base_url=s.url, headers={"Authorization": f"Bearer {key}"}, timeout=20) for s in servers]

    def one(i: int) -> None:
        s = i % 3
        try:
            r = clients[s].post("/v1/requests", json=body(i))
            if r.status_code == 201:
                with lock:
                    ok.append(r.json())
            else:
                with lock:
                    failures.append(f"{s}:{r.status_code}")
        except httpx.HTTPError as exc:
            with lock:
                failures.append(f"{s}:{type(exc).__name__}")
        finally:
            done.release()

    def killer() -> None:
        for _ in range(total // 3):
            done.acquire()
        victim.kill()

    k = threading.Thread(target=killer)
    k.start()
    try:
        with ThreadPoolExecutor(max_workers=24) as ex:
            list(ex.map(one, range(total)))
    finally:
        k.join(timeout=30)
        for c in clients:
            c.close()

    assert not victim.alive()
    # The survivors answered every request sent to them.
    survivor_failures = [f for f in failures if not f.startswith("2:")]
    assert not survivor_failures, survivor_failures[:10]
    assert len(ok) >= 2 * total // 3

    size, rows, cps = log_rows(pg_schema.url)
    # Contiguous 0..n-1, the head agrees, no duplicates (idx is the primary key).
    assert sorted(rows) == list(range(size))
    # Every 201 is in the log, at the index it was told.
    for d in ok:
        idx = d["audit"]["index"]
        assert rows[idx] == d["id"], idx
    assert len({d["audit"]["index"] for d in ok}) == len(ok)
    # One checkpoint per batch; each extends the one before.
    assert cps[-1][0] == size
    vkey = vkey_of(env)
    assert assert_checkpoints_consistent(pg_schema.url, vkey) == len(cps)
    r = cli(env, "audit", "verify")
    assert r.returncode == 0, r.stdout + r.stderr
    assert json.loads(r.stdout.strip().splitlines()[-1]) == {"ok": True, "size": size}


def changed_bundle(tmp_path: Path) -> tuple[dict[str, str], str]:
    """policies/ with the weapon ground moved from permitted to not a ground."""
    d = tmp_path / "policies-changed"
    shutil.copytree(ROOT / "policies", d)
    csv = d / "decision" / "policy.csv"
    text = csv.read_text()
    old = "g, weapon, permitted_ground, ground"
    assert old in text
    csv.write_text(text.replace(old, "g, weapon, not_a_ground, ground"))
    return read_bundle(d), policy_version(d)


def test_policy_change_reaches_every_process(pg_schema: PgSchema, fleet: Fleet, tmp_path: Path) -> None:
    env = base_env(pg_schema.url, tmp_path)
    # The row poll is off in effect: the change arrives by LISTEN/NOTIFY (or its safety poll).
    # How fast it arrives is measured in bench/bench_policy_propagation.py, never asserted here.
    env["GATEKEEPER_POLICY_POLL_SECONDS"] = "3600"
    key = add_user(env, "admin-bps", "school_admin", "BPS")
    servers = [fleet.start(env, f"p{i}", wait=False) for i in range(2)]
    for s in servers:
        fleet.wait_ready(s)
    hdr = {"Authorization": f"Bearer {key}"}
    before = {httpx.get(s.url + "/healthz", timeout=120).json()["policy_version"] for s in servers}
    assert len(before) == 1
    for i, s in enumerate(servers):
        r = httpx.post(s.url + "/v1/requests", json=body(i), headers=hdr, timeout=20)
        assert r.status_code == 201 and r.json()["decision"] != "deny", r.text
    time.sleep(1.0)  # the listeners are connected well before this (they start with the app)

    bundle, version = changed_bundle(tmp_path)
    assert version not in before
    db = open_database(pg_schema.url)
    try:
        t0 = time.time()
        activate_policy_bundle(db, bundle, version)
    finally:
        db.dispose()
    seen: set[str] = set()
    while time.time() - t0 < 60 and len(seen) < len(servers):
        for s in servers:
            if s.url not in seen and httpx.get(s.url + "/healthz", timeout=20).json()["policy_version"] == version:
                seen.add(s.url)
        time.sleep(0.05)
    assert seen == {s.url for s in servers}, seen
    for i, s in enumerate(servers):
        r = httpx.post(s.url + "/v1/requests", json=body(100 + i), headers=hdr, timeout=20)
        assert r.status_code == 201, r.text
        d = r.json()
        assert d["decision"] == "deny"
        assert d["policy_version"] == version
        assert "ground_not_permitted" in [x["code"] for x in d["reasons"]]


@pytest.fixture
def bad_day_db(_pg_ok: bool) -> Any:
    if not _pg_ok:
        pytest.skip("PostgreSQL is not running here")
    name = "gk_badday_" + uuid.uuid4().hex[:10]
    with psycopg.connect(PG_ADMIN, autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN.split("?", 1)[0].rsplit("/", 1)[0]
    try:
        yield name, f"{base}/{name}"
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as c:
            c.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
            c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_database_down_denies_then_recovers(bad_day_db: tuple[str, str], fleet: Fleet, tmp_path: Path) -> None:
    name, url = bad_day_db
    env = base_env(url, tmp_path)
    key = add_user(env, "admin-bps", "school_admin", "BPS")
    s = fleet.start(env, "p0")
    client = httpx.Client(base_url=s.url, headers={"Authorization": f"Bearer {key}"}, timeout=30)
    try:
        assert client.post("/v1/requests", json=body(0)).status_code == 201
        size_before, _, _ = log_rows(url)

        with psycopg.connect(PG_ADMIN, autocommit=True) as c:
            c.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
            c.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,))
        try:
            for i in range(1, 4):
                r = client.post("/v1/requests", json=body(i))
                assert r.status_code == 503, r.text
                assert r.headers["content-type"].startswith("application/problem+json")
                p = r.json()
                assert p["decision"] == "deny"
                assert p["code"] in ("storage_unavailable", "audit_unavailable")
            assert httpx.get(s.url + "/healthz", timeout=120).status_code == 200  # the process itself lives on
        finally:
            with psycopg.connect(PG_ADMIN, autocommit=True) as c:
                c.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')

        size_after_outage, _, _ = log_rows(url)
        assert size_after_outage == size_before  # nothing of the refused requests was logged

        deadline = time.time() + 10
        status = None
        while time.time() < deadline:
            status = client.post("/v1/requests", json=body(50)).status_code
            if status == 201:
                break
            time.sleep(0.3)
        assert status == 201

        # Phase 2: the database answers but refuses writes (read-only): reads and sign-in work,
        # the audit commit fails, so the request is denied and nothing is released.
        with psycopg.connect(PG_ADMIN, autocommit=True) as c:
            c.execute(f'ALTER DATABASE "{name}" SET default_transaction_read_only = on')
            c.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,))
        try:
            size_ro, _, _ = log_rows(url)
            for i in range(60, 63):
                r = client.post("/v1/requests", json=body(i))
                assert r.status_code == 503, r.text
                assert r.json()["decision"] == "deny" and r.json()["released"] is False
            assert log_rows(url)[0] == size_ro
        finally:
            with psycopg.connect(PG_ADMIN, autocommit=True) as c:
                c.execute(f'ALTER DATABASE "{name}" RESET default_transaction_read_only')
                c.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,))
        deadline = time.time() + 10
        while time.time() < deadline:
            status = client.post("/v1/requests", json=body(70)).status_code
            if status == 201:
                break
            time.sleep(0.3)
        assert status == 201
    finally:
        client.close()
    size, rows, _ = log_rows(url)
    assert sorted(rows) == list(range(size)) and size == size_before + 2
    r = cli(env, "audit", "verify")
    assert r.returncode == 0, r.stdout + r.stderr
