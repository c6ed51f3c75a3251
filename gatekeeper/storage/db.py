"""The database behind a small protocol: SQLite (embedded default) or PostgreSQL (several processes).

Queries are dialect-neutral SQLAlchemy Core; what differs is how a connection is made, how the
log's appends are sequenced across writers, and how a policy change is announced.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import parse_qsl, urlsplit

from sqlalchemy import Connection, Engine, create_engine, event, insert, select, text, update
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.pool import NullPool

from gatekeeper.errors import StorageUnavailable
from gatekeeper.storage import schema


class Database(Protocol):
    engine: Engine
    dialect: str

    def begin_write(self) -> Any: ...

    def lock_log_head(self, conn: Connection) -> tuple[int, bytes]:
        """Take the log's sequencing lock for this transaction and return the head (size, root)."""
        ...

    def advance_head(self, conn: Connection, size: int, root: bytes, note: str) -> None:
        """Move the log head to (size, root) and store its signed checkpoint, under the lock."""
        ...

    def notify_policy_change(self, conn: Connection, version: str) -> None: ...

    def dispose(self) -> None: ...


STORAGE_ERRORS: tuple[type[Exception], ...] = (OperationalError, DBAPIError)
"""Driver errors that mean "the database is unreachable or refused the work": callers map them
to StorageUnavailable (HTTP 503, fail closed), never to a 500."""

POLICY_CHANNEL = "gatekeeper_policy"


def map_outages(engine: Engine) -> None:
    """Raise StorageUnavailable (a domain error: HTTP 503, "decision": "deny") in place of a
    driver error that means the database is down, unreachable, shut down or locked, wherever a
    service function touches the engine. Constraint and programming errors are left alone, and
    so is the pool's pre-ping, which must see the driver error to replace a dead connection."""

    @event.listens_for(engine, "handle_error")
    def _outage(ctx: ExceptionContext) -> BaseException | None:
        if ctx.is_pre_ping:
            return None
        if isinstance(ctx.sqlalchemy_exception, OperationalError | InterfaceError):
            return StorageUnavailable("the database is unavailable; nothing was released")
        return None


def to_sqlalchemy_url(url: str) -> str:
    if url.startswith("postgresql://"):
        return "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


def to_libpq_url(url: str) -> str:
    """The same URL for a plain psycopg connection (LISTEN needs its own, outside the pool)."""
    for prefix in ("postgresql+psycopg://", "postgresql+psycopg2://"):
        if url.startswith(prefix):
            return "postgresql://" + url[len(prefix) :]
    return url


def _sqlite_busy_seconds(url: str, default: float = 30.0) -> float:
    """``sqlite:///path?timeout=2`` shortens how long a writer waits for a locked database."""
    query = dict(parse_qsl(urlsplit(url).query))
    try:
        return float(query.get("timeout", default))
    except ValueError:
        return default


class SqliteDatabase:
    """WAL with synchronous=FULL: a commit is durable when it returns.

    Writers take the database lock at BEGIN (BEGIN IMMEDIATE), which sequences appends to the
    log across threads and processes on one machine.
    """

    dialect = "sqlite"

    def __init__(self, url: str) -> None:
        path = url.removeprefix("sqlite:///")
        path = path.split("?", 1)[0]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        busy = _sqlite_busy_seconds(url)
        self.url = url
        memory = not path or path == ":memory:"
        # Connections live for the process: opening one (and its PRAGMAs) per request cost about
        # a sixth of a request. Sized for the HTTP worker threads plus the committer, so a
        # checkout under load never opens and closes an overflow connection.
        pool: dict[str, Any] = {} if memory else {"pool_size": 48, "max_overflow": 16, "pool_timeout": 30}
        self.engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": busy}, **pool)
        map_outages(self.engine)

        @event.listens_for(self.engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            # pysqlite's own transaction handling would delay BEGIN; we issue it ourselves.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute(f"PRAGMA busy_timeout={int(busy * 1000)}")
            cur.close()

        self._write_flag = threading.local()

        @event.listens_for(self.engine, "begin")
        def _on_begin(conn: Connection) -> None:
            mode = "IMMEDIATE" if getattr(self._write_flag, "on", False) else "DEFERRED"
            conn.exec_driver_sql(f"BEGIN {mode}")

    @contextmanager
    def begin_write(self) -> Iterator[Connection]:
        self._write_flag.on = True
        try:
            with self.engine.begin() as conn:
                self._write_flag.on = False
                yield conn
        finally:
            self._write_flag.on = False

    def lock_log_head(self, conn: Connection) -> tuple[int, bytes]:
        # BEGIN IMMEDIATE already holds the write lock.
        return _read_head(conn, lock=False)

    def advance_head(self, conn: Connection, size: int, root: bytes, note: str) -> None:
        h, c = schema.audit_head, schema.audit_checkpoints
        conn.execute(update(h).where(h.c.id == 1).values(size=size, root=root))
        conn.execute(insert(c).values(size=size, root=root, note=note))

    def notify_policy_change(self, conn: Connection, version: str) -> None:
        # Other processes poll policy_active; SQLite has no notifications.
        return None

    def dispose(self) -> None:
        self.engine.dispose()


class PostgresDatabase:
    """Appends are sequenced by a row lock on the log head (SELECT ... FOR UPDATE): one writer
    at a time across every process, so there is never a gap, a duplicate index or a fork."""

    dialect = "postgresql"

    def __init__(self, url: str) -> None:
        self.url = url
        self.libpq_url = to_libpq_url(url)
        self.engine = create_engine(
            to_sqlalchemy_url(url),
            pool_size=10,
            max_overflow=10,
            pool_pre_ping=True,
            pool_timeout=10,
            connect_args={"connect_timeout": 5},
        )
        map_outages(self.engine)

    @contextmanager
    def begin_write(self) -> Iterator[Connection]:
        with self.engine.begin() as conn:
            yield conn

    def lock_log_head(self, conn: Connection) -> tuple[int, bytes]:
        return _read_head(conn, lock=True)

    def advance_head(self, conn: Connection, size: int, root: bytes, note: str) -> None:
        # One round trip instead of two while every other writer waits on the head lock.
        conn.execute(
            text(
                "WITH h AS (UPDATE audit_head SET size = :size, root = :root WHERE id = 1) "
                "INSERT INTO audit_checkpoints (size, root, note) VALUES (:size, :root, :note)"
            ),
            {"size": size, "root": root, "note": note},
        )

    def notify_policy_change(self, conn: Connection, version: str) -> None:
        # Delivered when (and only if) the surrounding transaction commits.
        conn.execute(text("SELECT pg_notify(:ch, :v)"), {"ch": POLICY_CHANNEL, "v": version})

    def dispose(self) -> None:
        self.engine.dispose()


def _read_head(conn: Connection, *, lock: bool) -> tuple[int, bytes]:
    h = schema.audit_head
    q = select(h.c.size, h.c.root).where(h.c.id == 1)
    row = conn.execute(q.with_for_update() if lock else q).one_or_none()
    return (0, b"") if row is None else (int(row.size), bytes(row.root))


def open_database(url: str) -> Database:
    if url.startswith("sqlite:"):
        return SqliteDatabase(url)
    return PostgresDatabase(url)


_MIGRATION_LOCK = 0x67617465  # "gate"


def migrate(db: Database) -> None:
    """Bring the schema to the newest Alembic revision (both engines share the migrations)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).resolve().parent.parent / "migrations"))
    try:
        with db.engine.begin() as conn:
            if db.dialect == "postgresql":
                # Replicas starting together on a fresh database: one migrates, the others wait
                # for it and then find nothing to do (the lock ends with the transaction).
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MIGRATION_LOCK})
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except (StorageUnavailable, OperationalError, DBAPIError) as exc:
        raise StorageUnavailable("the database could not be migrated") from exc


def scratch_engine(url: str) -> Engine:
    """An engine without pooling, for one-off commands and tests."""
    return create_engine(to_sqlalchemy_url(url), poolclass=NullPool)
