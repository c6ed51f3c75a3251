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

from sqlalchemy import Connection, Engine, create_engine, event, select, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.pool import NullPool

from gatekeeper.errors import StorageUnavailable
from gatekeeper.storage import schema


class Database(Protocol):
    engine: Engine
    dialect: str

    def begin_write(self) -> Any: ...

    def lock_log_head(self, conn: Connection) -> None: ...

    def notify_policy_change(self, conn: Connection, version: str) -> None: ...

    def dispose(self) -> None: ...


def to_sqlalchemy_url(url: str) -> str:
    if url.startswith("postgresql://"):
        return "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


class SqliteDatabase:
    """WAL with synchronous=FULL: a commit is durable when it returns.

    Writers take the database lock at BEGIN (BEGIN IMMEDIATE), which sequences appends to the
    log across threads and processes on one machine.
    """

    dialect = "sqlite"

    def __init__(self, url: str) -> None:
        path = url.removeprefix("sqlite:///")
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(self.engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            # pysqlite's own transaction handling would delay BEGIN; we issue it ourselves.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
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

    def lock_log_head(self, conn: Connection) -> None:
        # BEGIN IMMEDIATE already holds the write lock.
        return None

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
        self.engine = create_engine(
            to_sqlalchemy_url(url),
            pool_size=10,
            max_overflow=10,
            pool_pre_ping=True,
            pool_timeout=10,
            connect_args={"connect_timeout": 5},
        )

    @contextmanager
    def begin_write(self) -> Iterator[Connection]:
        with self.engine.begin() as conn:
            yield conn

    def lock_log_head(self, conn: Connection) -> None:
        conn.execute(select(schema.audit_head.c.size).where(schema.audit_head.c.id == 1).with_for_update())

    def notify_policy_change(self, conn: Connection, version: str) -> None:
        conn.execute(text("SELECT pg_notify('gatekeeper_policy', :v)"), {"v": version})

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str) -> Database:
    if url.startswith("sqlite:"):
        return SqliteDatabase(url)
    return PostgresDatabase(url)


def migrate(db: Database) -> None:
    """Bring the schema to the newest Alembic revision (both engines share the migrations)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).resolve().parent.parent / "migrations"))
    try:
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except (OperationalError, DBAPIError) as exc:
        raise StorageUnavailable("the database could not be migrated") from exc


def scratch_engine(url: str) -> Engine:
    """An engine without pooling, for one-off commands and tests."""
    return create_engine(to_sqlalchemy_url(url), poolclass=NullPool)
