"""Shared fixtures: real SQLite files, real PostgreSQL schemas, a real HTTP server.

Each test gets its own SQLite file or its own PostgreSQL schema (dropped afterwards), so tests
are isolated and may run in parallel.
"""

from __future__ import annotations

import os
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
import uvicorn

from gatekeeper.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
PG_ADMIN = os.environ.get("GATEKEEPER_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


def pg_available() -> bool:
    try:
        with psycopg.connect(PG_ADMIN, connect_timeout=3):
            return True
    except Exception:
        return False


@dataclass
class PgSchema:
    name: str
    url: str

    def drop(self) -> None:
        with psycopg.connect(PG_ADMIN, autocommit=True) as c:
            c.execute(f'DROP SCHEMA IF EXISTS "{self.name}" CASCADE')


def make_pg_schema() -> PgSchema:
    name = "gk_" + uuid.uuid4().hex[:12]
    with psycopg.connect(PG_ADMIN, autocommit=True) as c:
        c.execute(f'CREATE SCHEMA "{name}"')
    sep = "&" if "?" in PG_ADMIN else "?"
    return PgSchema(name, f"{PG_ADMIN}{sep}options=-csearch_path%3D{name}")


@pytest.fixture(scope="session")
def _pg_ok() -> bool:
    ok = pg_available()
    if not ok and os.environ.get("CI"):
        pytest.fail("PostgreSQL is not reachable at 127.0.0.1:5432; .ci/run should have started it")
    return ok


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path, _pg_ok: bool) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'gk.db'}"
        return
    if not _pg_ok:
        pytest.skip("PostgreSQL is not running here")
    schema = make_pg_schema()
    try:
        yield schema.url
    finally:
        schema.drop()


def make_settings(database_url: str, tmp_path: Path, **overrides: Any) -> Settings:
    base: dict[str, Any] = {
        "database_url": database_url,
        "data_dir": tmp_path / "data",
        "policy_dir": ROOT / "policies",
        "log_json": True,
    }
    base.update(overrides)
    return Settings(**base)


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return make_settings(database_url, tmp_path)


@pytest.fixture
def sqlite_settings(tmp_path: Path) -> Settings:
    return make_settings(f"sqlite:///{tmp_path / 'gk.db'}", tmp_path)


@pytest.fixture
def ctx(settings: Settings) -> Iterator[Any]:
    from gatekeeper.context import build_context

    c = build_context(settings)
    c.audit.start()
    try:
        yield c
    finally:
        c.close()


def free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = int(s.getsockname()[1])
    s.close()
    return port


@dataclass
class LiveServer:
    url: str
    ctx: Any
    server: uvicorn.Server
    thread: threading.Thread

    def client(self, key: str | None = None, **kw: Any) -> httpx.Client:
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=120, **kw)

    def add_user(self, pid: str, role: str, org: str | None = None, student: str | None = None) -> str:
        from gatekeeper.service.principals import add_principal

        pseudonym = self.ctx.pseudonyms.student(student) if student else None
        with self.ctx.db.engine.begin() as conn:
            return str(add_principal(conn, pid, role, org, pseudonym))

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)


# A ceiling, not a speed: a loaded two-core CI machine may take long to start a process.
SERVER_START_CEILING = 120.0


def wait_until_answering(url: str, proc: Any, what: str = "the server") -> None:
    """Poll ``url`` until it answers 200, failing if ``proc`` exits or the ceiling passes."""
    deadline = time.monotonic() + SERVER_START_CEILING
    while True:
        try:
            if httpx.get(url, timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if proc.poll() is not None:
            pytest.fail(f"{what} exited before answering")
        if time.monotonic() > deadline:
            pytest.fail(f"{what} did not answer within {SERVER_START_CEILING:.0f} s")
        time.sleep(0.1)


def start_server(settings: Settings) -> LiveServer:
    from gatekeeper.api.app import create_app
    from gatekeeper.context import build_context

    ctx = build_context(settings)
    app = create_app(settings, ctx)
    port = free_port()
    # uvicorn closes a keep-alive connection idle for 5 s; on a busy CI machine a test that pauses
    # that long between two requests raced the close and saw "Server disconnected without sending a
    # response" (CI, test_logout_ends_session). Tests wait for events, not for the server's timer.
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, log_level="warning", access_log=False, timeout_keep_alive=120
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while time.time() < deadline:
        if server.started:
            break
        time.sleep(0.02)
    else:
        raise RuntimeError("the test server did not start")
    return LiveServer(f"http://127.0.0.1:{port}", ctx, server, thread)


@pytest.fixture
def live(settings: Settings) -> Iterator[LiveServer]:
    srv = start_server(settings)
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture
def live_sqlite(sqlite_settings: Settings) -> Iterator[LiveServer]:
    srv = start_server(sqlite_settings)
    try:
        yield srv
    finally:
        srv.stop()


def corpus() -> list[dict[str, Any]]:
    import json

    return [json.loads(line) for line in (DATA / "corpus" / "public.jsonl").read_text().splitlines() if line.strip()]


def request_factory(**overrides: Any) -> dict[str, Any]:
    """A valid, allowable request; override any top-level key."""
    body: dict[str, Any] = {
        "school_id": "BPS-1001",
        "recipient": "bpd/district-b2",
        "ground": "weapon",
        "weapon": "knife",
        "incident": {
            "occurred_at": "2026-03-02T10:15:00-05:00",
            "location": "Brighton High School, second floor",
            "description": "During a bag check the student was found with a folding knife.",
        },
        "student": {
            "student_id": "S100001",
            "name": "Test Student",
            "date_of_birth": "2010-04-01",
            "grade": 10,
            "school": "Brighton High School",
        },
    }
    body.update(overrides)
    return body


Factory = Callable[..., dict[str, Any]]


@pytest.fixture
def make_request() -> Factory:
    return request_factory
