"""The storage protocol and the audit writer, on SQLite and on PostgreSQL (the `database_url`
fixture runs every test here once per engine, each on its own file or schema)."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from sqlalchemy import func, insert, inspect, select, text

from audit.checkpoint import open_checkpoint
from audit.merkle import verify_consistency, verify_inclusion
from audit.note import Verifier
from gatekeeper.auditlog import store
from gatekeeper.auditlog.writer import Appended, AuditWriter, _Job
from gatekeeper.errors import AuditUnavailable
from gatekeeper.service import auditing
from gatekeeper.storage import schema
from gatekeeper.storage.db import migrate, open_database

LOG_TABLES = (schema.audit_entries, schema.audit_nodes, schema.audit_checkpoints)


def entry(i: int, **extra: Any) -> dict[str, Any]:
    e: dict[str, Any] = {"event_type": "test", "event_time": "2026-03-02T15:15:00.000Z", "request_id": f"r{i}"}
    e.update(extra)
    return e


def counts(ctx: Any) -> dict[str, int]:
    with ctx.db.engine.connect() as conn:
        out = {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one()) for t in LOG_TABLES}
        out["demographic_counts"] = int(
            conn.execute(select(func.count()).select_from(schema.demographic_counts)).scalar_one()
        )
    return out


def indexes(ctx: Any) -> list[int]:
    with ctx.db.engine.connect() as conn:
        return [
            int(r[0]) for r in conn.execute(select(schema.audit_entries.c.idx).order_by(schema.audit_entries.c.idx))
        ]


def head(ctx: Any) -> tuple[int, bytes]:
    with ctx.db.engine.connect() as conn:
        return store.head(conn)


def bump_counter(code: str) -> Any:
    """A job's domain write: one row in a table outside the log."""

    def write(conn: Any, index: int) -> int:
        conn.execute(insert(schema.demographic_counts).values(period="2026-03", dimension="test", code=code, count=1))
        return index

    return write


def test_migrations_run_twice_idempotently(database_url: str) -> None:
    db = open_database(database_url)
    try:
        migrate(db)
        with db.engine.connect() as conn:
            first = set(inspect(conn).get_table_names())
            rev1 = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
        migrate(db)
        with db.engine.connect() as conn:
            second = set(inspect(conn).get_table_names())
            rev2 = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    finally:
        db.dispose()
    assert set(schema.metadata.tables) <= first
    assert first == second
    assert rev1 == rev2 and len(rev1) == 1


def test_concurrent_appends_are_contiguous_and_batched(ctx: Any) -> None:
    threads, per_thread = 8, 25
    results: list[Appended] = []
    errors: list[BaseException] = []
    lock = threading.Lock()
    barrier = threading.Barrier(threads)

    def worker(t: int) -> None:
        barrier.wait()
        for k in range(per_thread):
            n = 1 + (k % 2)  # one or two entries per append
            try:
                a = ctx.audit.append([entry(t * 1000 + k, part=j) for j in range(n)])
            except BaseException as exc:
                with lock:
                    errors.append(exc)
                return
            with lock:
                results.append(a)

    ts = [threading.Thread(target=worker, args=(t,)) for t in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join(timeout=60)
    assert not errors
    assert len(results) == threads * per_thread
    total = sum(len(a.leaf_hashes) for a in results)
    # Every append got its own, disjoint, contiguous run of indexes...
    taken = sorted(i for a in results for i in range(a.first_index, a.first_index + len(a.leaf_hashes)))
    assert taken == list(range(total))
    # ... and the table holds exactly 0..n-1, the head agrees.
    assert indexes(ctx) == list(range(total))
    assert head(ctx)[0] == total
    # Group commit: fewer transactions than entries under concurrency.
    assert ctx.audit.appended == total
    assert 0 < ctx.audit.batches < ctx.audit.appended
    assert auditing.verify(ctx).ok


def test_failing_job_fails_alone_without_gap(ctx: Any) -> None:
    ctx.audit.append([entry(0)])

    def boom(conn: Any, index: int) -> None:
        bump_counter("boom")(conn, index)  # written, then rolled back with its savepoint
        raise ValueError("the job's own domain error")

    jobs = [
        _Job(entries=[entry(1)], write=bump_counter("a")),
        _Job(entries=[entry(2), entry(3)], write=boom),
        _Job(entries=[entry(4)], write=bump_counter("b")),
    ]
    from audit.entry import entry_leaf_data

    for j in jobs:
        j.leaf_data = [entry_leaf_data(e) for e in j.entries]
    # One batch, as the committer would form it from a queue holding all three.
    ctx.audit._commit(jobs)
    a1 = jobs[0].future.result(timeout=5)
    with pytest.raises(ValueError):
        jobs[1].future.result(timeout=5)
    a3 = jobs[2].future.result(timeout=5)
    assert (a1.first_index, a3.first_index) == (1, 2)
    assert a1.tree_size == a3.tree_size == 3
    assert indexes(ctx) == [0, 1, 2]
    with ctx.db.engine.connect() as conn:
        codes = set(conn.execute(select(schema.demographic_counts.c.code)).scalars())
        rids = [
            r
            for r in conn.execute(
                select(schema.audit_entries.c.request_id).order_by(schema.audit_entries.c.idx)
            ).scalars()
        ]
    assert codes == {"a", "b"}
    assert rids == ["r0", "r1", "r4"]
    assert auditing.verify(ctx).ok


def test_injected_fault_fails_the_whole_batch(ctx: Any) -> None:
    ctx.audit.append([entry(0)], write=bump_counter("before"))
    before_counts = counts(ctx)
    before_head = head(ctx)

    def fault() -> None:
        raise RuntimeError("disk on fire")

    ctx.audit.fault = fault
    errors: list[BaseException] = []

    def worker(i: int) -> None:
        try:
            ctx.audit.append([entry(i)], write=bump_counter(f"c{i}"))
        except BaseException as exc:
            errors.append(exc)

    ts = [threading.Thread(target=worker, args=(i,)) for i in range(1, 9)]
    for t in ts:
        t.start()
    for t in ts:
        t.join(timeout=60)
    assert len(errors) == 8 and all(isinstance(e, AuditUnavailable) for e in errors)
    assert counts(ctx) == before_counts
    assert head(ctx) == before_head
    # The writer recovers as soon as the fault is gone.
    ctx.audit.fault = None
    a = ctx.audit.append([entry(99)])
    assert a.first_index == 1
    assert indexes(ctx) == [0, 1]
    assert auditing.verify(ctx).ok


def test_proofs_from_the_database_verify(ctx: Any) -> None:
    for i in range(37):
        ctx.audit.append([entry(i)])
    size = head(ctx)[0]
    assert size == 37
    for index, n in [(0, 1), (0, 37), (5, 6), (17, 20), (36, 37), (31, 33)]:
        p = auditing.inclusion(ctx, index, n)
        assert verify_inclusion(
            bytes.fromhex(p.leaf_hash),
            index,
            n,
            [bytes.fromhex(h) for h in p.proof],
            bytes.fromhex(p.root_hash),
        )
        # A wrong index must not verify.
        assert not verify_inclusion(
            bytes.fromhex(p.leaf_hash),
            (index + 1) % n if n > 1 else 1,
            n,
            [bytes.fromhex(h) for h in p.proof],
            bytes.fromhex(p.root_hash),
        )
    verifier = Verifier.from_vkey(ctx.signer.vkey)
    with ctx.db.engine.connect() as conn:
        notes = list(store.iter_checkpoints(conn))
    assert [s for s, _ in notes] == list(range(1, 38))
    for first, second in [(1, 37), (7, 8), (16, 32), (13, 29), (37, 37)]:
        c = auditing.consistency(ctx, first, second)
        old_root, new_root = bytes.fromhex(c.first_root), bytes.fromhex(c.second_root)
        assert verify_consistency(first, second, old_root, new_root, [bytes.fromhex(h) for h in c.proof])
        # The roots the proofs speak of are the ones the signed checkpoints committed to.
        assert open_checkpoint(dict(notes)[first], verifier).root == old_root
        assert open_checkpoint(dict(notes)[second], verifier).root == new_root


def test_verify_detects_edited_and_deleted_rows(ctx: Any) -> None:
    for i in range(10):
        ctx.audit.append([entry(i)])
    assert auditing.verify(ctx).ok
    with ctx.db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entries SET entry = REPLACE(entry, '\"r4\"', '\"r5\"') WHERE idx = 4"))
    report = auditing.verify(ctx)
    assert not report.ok
    with ctx.db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entries SET entry = REPLACE(entry, '\"r5\"', '\"r4\"') WHERE idx = 4"))
    assert auditing.verify(ctx).ok
    with ctx.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_entries WHERE idx = 6"))
    report = auditing.verify(ctx)
    assert not report.ok
    assert report.first_bad_index == 6


def test_writer_instances_share_one_sequence(ctx: Any) -> None:
    """Two writers (as two processes would have) on one database never fork the log."""
    other_db = open_database(ctx.settings.database_url)
    other = AuditWriter(other_db, ctx.signer, ctx.settings.log_origin)
    other.start()
    try:
        errs: list[BaseException] = []

        def run(w: AuditWriter, base: int) -> None:
            try:
                for i in range(40):
                    w.append([entry(base + i)])
            except BaseException as exc:
                errs.append(exc)

        ts = [
            threading.Thread(target=run, args=(w, b))
            for w, b in ((ctx.audit, 0), (other, 1000), (ctx.audit, 2000), (other, 3000))
        ]
        for t in ts:
            t.start()
        for t in ts:
            t.join(timeout=60)
        assert not errs
    finally:
        other.stop()
        other_db.dispose()
    assert indexes(ctx) == list(range(160))
    assert auditing.verify(ctx).ok


def test_a_lone_failing_job_fails_alone(ctx: Any) -> None:
    ctx.audit.append([entry(0)])

    def boom(conn: Any, index: int) -> None:
        bump_counter("boom")(conn, index)
        raise ValueError("the job's own domain error")

    with pytest.raises(ValueError):
        ctx.audit.append([entry(1)], write=boom)
    assert ctx.audit.append([entry(2)], write=bump_counter("ok")).first_index == 1
    assert indexes(ctx) == [0, 1]
    with ctx.db.engine.connect() as conn:
        assert set(conn.execute(select(schema.demographic_counts.c.code)).scalars()) == {"ok"}


def test_policy_bundle_activation_reaches_a_watcher(ctx: Any, tmp_path: Any) -> None:
    """activate_policy_bundle upserts policy_active and announces it; a watcher picks it up
    (LISTEN/NOTIFY on PostgreSQL, well under a second even with slow polling; polling on SQLite)."""
    import shutil
    import time

    from gatekeeper.policy.version import policy_version
    from gatekeeper.service.policy import PolicyWatcher, activate_policy_bundle, active_version, read_bundle

    src = tmp_path / "pol"
    shutil.copytree(ctx.settings.policy_dir, src)
    csv = src / "decision" / "policy.csv"
    csv.write_text(csv.read_text().replace("g, weapon, permitted_ground, ground", "g, weapon, not_a_ground, ground"))
    bundle, version = read_bundle(src), policy_version(src)
    assert version != ctx.gate.version

    seen: list[str] = []
    # On PostgreSQL a poll far beyond the wait below: only NOTIFY can deliver the change in time.
    settings = ctx.settings.model_copy(
        update={"policy_poll_seconds": 3600.0 if ctx.db.dialect == "postgresql" else 0.1}
    )
    watcher = PolicyWatcher(settings, ctx.db, lambda g: seen.append(g.version), ctx.gate.version)
    watcher.start()
    try:
        if ctx.db.dialect == "postgresql":
            assert watcher.listening.wait(60)
        t0 = time.time()
        activate_policy_bundle(ctx.db, bundle, version)
        activate_policy_bundle(ctx.db, bundle, version)  # an upsert: twice is fine
        while not seen and time.time() - t0 < 60:
            time.sleep(0.01)
        assert seen == [version]
        if ctx.db.dialect == "postgresql":
            # Delivered by LISTEN/NOTIFY, not by the safety poll; its latency is in bench/.
            assert watcher.notifications >= 1
    finally:
        watcher.stop()
    assert active_version(ctx.db) == version
    with pytest.raises(ValueError):
        activate_policy_bundle(ctx.db, bundle, "../escape")
