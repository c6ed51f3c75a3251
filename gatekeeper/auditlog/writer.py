"""Durable appends with group commit.

Every write that must be audited (a decision, a release, an opening...) is a job: audit entries
plus a callback that writes the domain rows. One committer thread drains the queue and runs all
waiting jobs in ONE transaction: domain rows, entries, tree nodes, the new head and a signed
checkpoint commit together or not at all. A job's caller learns its result only after the commit
returned, so nothing becomes visible before its entry is durable (audit before release).

One job's domain error (say, a duplicate request id) fails that job alone, and the indexes stay
contiguous because they are assigned only to jobs that succeeded. The batch first runs without
savepoints (they cost two round trips per job); if a job raises, that transaction is rolled back
and the batch is run again with each job inside its own savepoint. Job writes touch only the
database, so running one again after a rollback is safe.

On that first run a job may also hand rows to the batch instead of executing them (``stage_insert``,
``stage_increment``): the batch writes each table's rows with one statement before its entries.
Every statement is a round trip through the GIL for the committer thread, which under load waits
for the request threads each time, so a batch of N jobs costs a handful of statements, not N
times a handful. If a staged write fails (a duplicate request id), the batch runs again with
savepoints, where each job executes its rows itself and fails alone.
"""

from __future__ import annotations

import hashlib
import queue
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

import structlog
from sqlalchemy import Connection, Table, insert
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError

from audit import tree
from audit.checkpoint import Checkpoint, sign_checkpoint, with_previous
from audit.entry import entry_leaf_data
from audit.merkle import leaf_hash
from audit.note import Signer
from gatekeeper.auditlog.store import SqlNodeReader, head
from gatekeeper.errors import AuditUnavailable, GatekeeperError
from gatekeeper.storage import schema
from gatekeeper.storage.db import Database

log = structlog.get_logger("gatekeeper.audit")

WriteFn = Callable[[Connection, int], Any]


@dataclass(frozen=True, slots=True)
class Appended:
    """Where a job's entries landed, handed back with the job's own result."""

    first_index: int
    leaf_hashes: tuple[bytes, ...]
    tree_size: int
    result: Any


@dataclass
class _Job:
    entries: Sequence[Mapping[str, Any]]
    write: WriteFn | None
    future: Future[Appended] = field(default_factory=Future)
    leaf_data: list[bytes] = field(default_factory=list)
    leaf_hashes: tuple[bytes, ...] = ()
    caller: int = 0  # the submitting thread, to gather a fuller batch under load

    def hashes(self) -> tuple[bytes, ...]:
        if len(self.leaf_hashes) != len(self.leaf_data):
            self.leaf_hashes = tuple(leaf_hash(d) for d in self.leaf_data)
        return self.leaf_hashes


class _CachedNodeReader:
    """Tree nodes are immutable once committed (a complete subtree's hash never changes), so the
    writer keeps the ones it wrote or read and asks the database only for the rest: usually
    nothing, since the right border it needs is what the previous batch wrote. Another process's
    appends are simply misses."""

    def __init__(self, conn: Connection, cache: dict[tuple[int, int], bytes]) -> None:
        self._db = SqlNodeReader(conn)
        self._cache = cache
        self.read: dict[tuple[int, int], bytes] = {}

    def get_nodes(self, keys: Sequence[tuple[int, int]]) -> Mapping[tuple[int, int], bytes]:
        cache, read = self._cache, self.read
        out = {k: cache[k] if k in cache else read[k] for k in keys if k in cache or k in read}
        missing = [k for k in keys if k not in out]
        if missing:
            got = self._db.get_nodes(missing)
            self.read.update(got)
            out.update(got)
        return out


_STAGED = "gatekeeper_staged_rows"


class _Staged:
    """Rows the jobs of one batch handed over, written per table at the end of the batch."""

    def __init__(self) -> None:
        self.inserts: dict[Table, list[dict[str, Any]]] = {}
        self.increments: dict[Table, dict[tuple[Any, ...], int]] = {}
        self.keys: dict[Table, tuple[str, ...]] = {}
        self.counters: dict[Table, str] = {}

    def flush(self, conn: Connection) -> None:
        for table, rows in self.inserts.items():
            conn.execute(insert(table), rows)
        for table, counts in self.increments.items():
            keys, column = self.keys[table], self.counters[table]
            rows = [{**dict(zip(keys, k, strict=True)), column: n} for k, n in counts.items()]
            conn.execute(_upsert_adding(conn, table, keys, column), rows)


def _upsert_adding(conn: Connection, table: Table, keys: tuple[str, ...], column: str) -> Any:
    """INSERT a counter row, or add its value to the row already there (SQLite and PostgreSQL)."""
    stmt = (pg_insert if conn.dialect.name == "postgresql" else sqlite_insert)(table)
    return stmt.on_conflict_do_update(
        index_elements=[table.c[k] for k in keys], set_={column: table.c[column] + stmt.excluded[column]}
    )


def stage_insert(conn: Connection, table: Table, row: dict[str, Any]) -> None:
    """Insert ``row`` within the job's transaction: at once, or with the batch's other rows."""
    staged: _Staged | None = conn.info.get(_STAGED)
    if staged is None:
        conn.execute(insert(table), [row])
    else:
        staged.inserts.setdefault(table, []).append(row)


def stage_increment(conn: Connection, table: Table, key: dict[str, Any], column: str = "count") -> None:
    """Add one to ``column`` of the row ``key`` names (creating it at 1), within the job's
    transaction: at once, or summed with the batch's other increments."""
    staged: _Staged | None = conn.info.get(_STAGED)
    if staged is None:
        conn.execute(_upsert_adding(conn, table, tuple(key), column), [{**key, column: 1}])
        return
    names = tuple(key)
    staged.keys.setdefault(table, names)
    staged.counters[table] = column
    counts = staged.increments.setdefault(table, {})
    k = tuple(key[n] for n in staged.keys[table])
    counts[k] = counts.get(k, 0) + 1


# Entries, nodes, the head and the checkpoint in ONE statement, pipelined with the COMMIT: on
# PostgreSQL every other writer, in every process, waits on the head lock for as long as this
# transaction holds it, so each round trip saved under the lock is throughput for all of them.
# Arrays go in as parameters (unnest), so the statement text is the same for every batch.
_APPEND_PG = (
    "WITH e AS (INSERT INTO audit_entries (idx, entry, leaf_hash, event_type, request_id, student_pseudonym) "
    "SELECT * FROM unnest(%(idx)s::bigint[], %(entry)s::text[], %(leaf_hash)s::bytea[], "
    "%(event_type)s::text[], %(request_id)s::text[], %(student_pseudonym)s::text[])), "
    "n AS (INSERT INTO audit_nodes (level, idx, hash) "
    "SELECT * FROM unnest(%(n_level)s::int[], %(n_idx)s::bigint[], %(n_hash)s::bytea[])), "
    "h AS (UPDATE audit_head SET size = %(size)s, root = %(root)s WHERE id = 1) "
    "INSERT INTO audit_checkpoints (size, root, note) VALUES (%(size)s, %(root)s, %(note)s)"
)


def _driver(conn: Connection) -> Any:
    pg = conn.connection.driver_connection
    if pg is None:
        raise AuditUnavailable("the database connection is closed")
    return pg


_LOCK_HEAD_PG = "SELECT size, root FROM audit_head WHERE id = 1 FOR UPDATE"
# The right border of the tree at the head's size: one node per set bit of the size (see
# audit.tree.range_nodes). A statement of its own, sent after the lock in the same pipeline,
# so its snapshot is taken once the lock is held and sees what the last holder committed.
_BORDER_PG = (
    "SELECT n.level, n.idx, n.hash FROM audit_head h CROSS JOIN generate_series(0, 62) AS b(l) "
    "JOIN audit_nodes n ON n.level = b.l AND n.idx = (h.size >> b.l) - 1 "
    "WHERE h.id = 1 AND ((h.size >> b.l) & 1) = 1"
)


def _lock_head_pg(conn: Connection) -> tuple[int, dict[tuple[int, int], bytes]]:
    """Take the head lock and read the head's size and the tree's right border in ONE round trip
    (psycopg's pipeline, which also carries the BEGIN): the nodes another process appended are
    otherwise a second round trip while every writer waits on the lock."""
    pg = _driver(conn)
    with pg.pipeline():
        head_cur = pg.execute(_LOCK_HEAD_PG)
        border_cur = pg.execute(_BORDER_PG)
    row = head_cur.fetchone()
    border = {(int(lv), int(ix)): bytes(h) for lv, ix, h in border_cur.fetchall()}
    return (0 if row is None else int(row[0])), border


def _append_pg_and_commit(
    conn: Connection,
    rows: list[dict[str, Any]],
    nodes: list[tuple[int, int, bytes]],
    size: int,
    root: bytes,
    note: str,
) -> None:
    """Write the batch's log rows and COMMIT in one round trip (psycopg's pipeline). The COMMIT
    returns once the transaction is durable, as ``commit()`` would; the enclosing SQLAlchemy
    transaction's own commit then finds nothing left to do. Any failure raises before a caller
    is answered, so nothing is released (audit before release)."""
    params: dict[str, Any] = {
        name: [r[name] for r in rows]
        for name in ("idx", "entry", "leaf_hash", "event_type", "request_id", "student_pseudonym")
    }
    params["n_level"] = [lv for lv, _, _ in nodes]
    params["n_idx"] = [ix for _, ix, _ in nodes]
    params["n_hash"] = [h for _, _, h in nodes]
    params.update(size=size, root=root, note=note)
    pg = _driver(conn)
    with pg.pipeline():
        pg.execute(_APPEND_PG, params)
        pg.execute("COMMIT")


class _BatchFailed(Exception):
    """Writing the batch's staged rows failed; which job caused it is found with savepoints."""


class _JobFailed(Exception):
    """A job's own write raised while the batch ran without savepoints."""

    def __init__(self, job: _Job, error: Exception) -> None:
        super().__init__(type(error).__name__)
        self.job = job
        self.error = error


class AuditWriter:
    def __init__(
        self,
        db: Database,
        signer: Signer,
        origin: str,
        *,
        max_batch: int = 512,
        timeout: float = 30.0,
        gather_seconds: float = 0.002,
    ) -> None:
        self.db = db
        self.signer = signer
        self.origin = origin
        self.max_batch = max_batch
        self.timeout = timeout
        # Under continuous load, wait up to this long for the threads answered by the previous
        # commit to hand in their next job, so the batch holds every busy client instead of
        # alternating between two half batches (commits are serial: one fsync per batch).
        self.gather_seconds = gather_seconds
        self._answered: set[int] = set()
        # Only nodes known to be committed go in here (filled after COMMIT returned).
        self._nodes: dict[tuple[int, int], bytes] = {}
        self._last_commit_end = 0.0
        # Tests set this to make the commit fail and prove that nothing is released.
        self.fault: Callable[[], None] | None = None
        self._q: queue.Queue[_Job | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.batches = 0
        self.appended = 0

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> None:
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._ensure_head()
                self._thread = threading.Thread(target=self._run, name="audit-committer", daemon=True)
                self._thread.start()

    def stop(self) -> None:
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                self._q.put(None)
                self._thread.join(timeout=30)
            self._thread = None

    def _ensure_head(self) -> None:
        try:
            with self.db.begin_write() as conn:
                size, _ = head(conn)
                if (
                    size == 0
                    and not conn.execute(schema.audit_head.select().where(schema.audit_head.c.id == 1)).first()
                ):
                    conn.execute(
                        insert(schema.audit_head).values(id=1, size=0, root=hashlib.sha256(b"").digest())
                    )
        except IntegrityError:
            pass  # another process created it first
        except Exception as exc:
            log.warning("audit_head_init_failed", error_type=type(exc).__name__)

    # -- appending -------------------------------------------------------------------------
    def append(self, entries: Sequence[Mapping[str, Any]], write: WriteFn | None = None) -> Appended:
        """Append entries (and run ``write`` in the same transaction); block until durable.

        Raises AuditUnavailable when the commit failed, or the domain error ``write`` raised.
        """
        if self._thread is None or not self._thread.is_alive():
            self.start()
        # Canonicalise before queueing: a bad entry fails its own caller, not the batch.
        leaf_data = [entry_leaf_data(e) for e in entries]
        # Hash in the caller's thread: less work for the committer while it holds the log head.
        job = _Job(
            entries=entries,
            write=write,
            leaf_data=leaf_data,
            leaf_hashes=tuple(leaf_hash(d) for d in leaf_data),
            caller=threading.get_ident(),
        )
        self._q.put(job)
        try:
            return job.future.result(timeout=self.timeout)
        except GatekeeperError:
            raise
        except TimeoutError as exc:
            raise AuditUnavailable("the audit log did not confirm the entry in time") from exc

    def _run(self) -> None:
        while True:
            job = self._q.get()
            if job is None:
                return
            batch = [job]
            stop = False
            while len(batch) < self.max_batch:
                try:
                    nxt = self._q.get_nowait()
                except queue.Empty:
                    break
                if nxt is None:
                    stop = True
                    break
                batch.append(nxt)
            if not stop:
                stop = self._gather(batch)
            self._commit(batch)
            self._answered = {j.caller for j in batch}
            self._last_commit_end = time.monotonic()
            if stop:
                return

    def _gather(self, batch: list[_Job]) -> bool:
        """Wait briefly for callers answered by the previous commit (only while commits follow
        each other closely). Returns True when stop() was requested meanwhile."""
        if self.gather_seconds <= 0 or not self._answered:
            return False
        now = time.monotonic()
        if now - self._last_commit_end > 2 * self.gather_seconds:
            return False  # not a continuous stream: commit at once
        waiting_for = self._answered - {j.caller for j in batch}
        # Keep waiting while jobs keep arriving (each arrival restarts the gap), within a cap.
        cap = now + 5 * self.gather_seconds
        while waiting_for and len(batch) < self.max_batch:
            remaining = min(self.gather_seconds, cap - time.monotonic())
            if remaining <= 0:
                break
            try:
                nxt = self._q.get(timeout=remaining)
            except queue.Empty:
                break
            if nxt is None:
                return True
            batch.append(nxt)
            waiting_for.discard(nxt.caller)
        return False

    def _commit(self, batch: list[_Job]) -> None:
        isolate = False
        while True:
            try:
                done, failed, final = self._transaction(batch, isolate=isolate)
            except _BatchFailed:
                isolate = True  # each job writes its own rows, in its own savepoint
                continue
            except _JobFailed as jf:
                if len(batch) == 1:
                    # Its transaction was rolled back: the job failed alone, nothing was written.
                    jf.job.future.set_exception(jf.error)
                    return
                isolate = True  # run the batch again, each job in a savepoint
                continue
            except Exception as exc:
                log.error("audit_commit_failed", error_type=type(exc).__name__, batch=len(batch))
                err = AuditUnavailable("the audit log could not make the entry durable; nothing was released")
                for job in batch:
                    if not job.future.done():
                        job.future.set_exception(err)
                return
            break
        self.batches += 1
        self.appended += sum(len(a.leaf_hashes) for _, a in done)
        for job, appended in done:
            job.future.set_result(Appended(appended.first_index, appended.leaf_hashes, final, appended.result))
        for job, job_exc in failed:
            job.future.set_exception(job_exc)

    def _transaction(
        self, batch: list[_Job], *, isolate: bool
    ) -> tuple[list[tuple[_Job, Appended]], list[tuple[_Job, Exception]], int]:
        """One transaction for the whole batch; returns (done, failed, tree size) after COMMIT."""
        done: list[tuple[_Job, Appended]] = []
        failed: list[tuple[_Job, Exception]] = []
        new_nodes: list[tuple[int, int, bytes]] = []
        reader: _CachedNodeReader | None = None
        committed = False
        with self.db.begin_write() as conn:
            staged = None if isolate else _Staged()
            border: dict[tuple[int, int], bytes] = {}
            if conn.dialect.name == "postgresql":
                size, border = _lock_head_pg(conn)
            else:
                size, _ = self.db.lock_log_head(conn)
            nxt = size
            leaf_hashes: list[bytes] = []
            rows: list[dict[str, Any]] = []
            # The staging area lives on the pooled connection only for this loop.
            conn.info[_STAGED] = staged
            try:
                for job in batch:
                    if job.write is None:
                        result = None
                    elif isolate:
                        try:
                            with conn.begin_nested():
                                result = job.write(conn, nxt)
                        except Exception as exc:  # the job's own failure; the batch goes on
                            failed.append((job, exc))
                            continue
                    else:
                        try:
                            result = job.write(conn, nxt)
                        except Exception as exc:
                            raise _JobFailed(job, exc) from exc
                    hashes = job.hashes()
                    for i, (data, lh, e) in enumerate(zip(job.leaf_data, hashes, job.entries, strict=True)):
                        rows.append(
                            {
                                "idx": nxt + i,
                                "entry": data.decode("utf-8"),
                                "leaf_hash": lh,
                                "event_type": str(e.get("event_type", "")),
                                "request_id": e.get("request_id"),
                                "student_pseudonym": e.get("student_pseudonym"),
                            }
                        )
                    leaf_hashes.extend(hashes)
                    done.append((job, Appended(nxt, hashes, 0, result)))
                    nxt += len(hashes)
            finally:
                conn.info.pop(_STAGED, None)
            if staged is not None:
                try:
                    staged.flush(conn)
                except Exception as exc:
                    raise _BatchFailed(type(exc).__name__) from exc
            if rows:
                reader = _CachedNodeReader(conn, self._nodes)
                reader.read.update(border)
                nodes, root = tree.append(size, leaf_hashes, reader)
                new_nodes = nodes
                # Each checkpoint signs the size of the one before it (the head it extends), so a
                # checkpoint deleted from the table leaves a gap that verification names.
                note = sign_checkpoint(with_previous(Checkpoint(self.origin, nxt, root), size), self.signer)
                if conn.dialect.name == "postgresql":
                    if self.fault is not None:
                        self.fault()
                    _append_pg_and_commit(conn, rows, nodes, nxt, root, note)
                    committed = True
                else:
                    conn.execute(insert(schema.audit_entries), rows)
                    conn.execute(
                        insert(schema.audit_nodes),
                        [{"level": lv, "idx": ix, "hash": h} for lv, ix, h in nodes],
                    )
                    self.db.advance_head(conn, nxt, root, note)
            if self.fault is not None and not committed:
                self.fault()
        # Committed: remember the nodes. Bounded, since only the right border is ever needed again.
        if len(self._nodes) > 65536:
            self._nodes.clear()
        if reader is not None:
            self._nodes.update(reader.read)
        self._nodes.update(((lv, ix), h) for lv, ix, h in new_nodes)
        return done, failed, nxt
