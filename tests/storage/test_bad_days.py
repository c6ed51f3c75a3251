"""Bad days on SQLite: the database file locked by another writer means 503 deny, not 500, and
nothing released; the service resumes by itself when the lock goes. (PostgreSQL down or
read-only is in tests/multiproc.)"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.exc import OperationalError

from gatekeeper.api.app import create_app
from gatekeeper.context import build_context
from gatekeeper.service import auditing
from gatekeeper.service.principals import add_principal
from gatekeeper.settings import Settings
from tests.conftest import request_factory

ROOT = Path(__file__).resolve().parents[2]


def body(n: int) -> dict[str, Any]:
    return request_factory(
        request_id=f"bad-day-{n}",
        student={"student_id": f"S2{n:05d}", "name": "Test Student", "date_of_birth": "2010-04-01", "grade": 10},
    )


@pytest.fixture
def app_client(tmp_path: Path) -> Iterator[tuple[TestClient, Any, Path]]:
    path = tmp_path / "gk.db"
    # A short busy timeout so a locked database is reported in about a second, not thirty.
    settings = Settings(
        database_url=f"sqlite:///{path}?timeout=1", data_dir=tmp_path / "data", policy_dir=ROOT / "policies"
    )
    ctx = build_context(settings)
    with ctx.db.engine.begin() as conn:
        key = add_principal(conn, "admin-bps", "school_admin", "BPS", None)
    app = create_app(settings, ctx)
    with TestClient(app, raise_server_exceptions=False) as client:
        client.headers["Authorization"] = f"Bearer {key}"
        yield client, ctx, path


def log_size(path: Path) -> int:
    with sqlite3.connect(path) as c:
        return int(c.execute("SELECT count(*) FROM audit_entries").fetchone()[0])


def test_locked_sqlite_denies_with_503_then_recovers(app_client: tuple[TestClient, Any, Path]) -> None:
    client, ctx, path = app_client
    assert client.post("/v1/requests", json=body(0)).status_code == 201
    before = log_size(path)

    holder = sqlite3.connect(path, timeout=0.1, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        r = client.post("/v1/requests", json=body(1))
        assert r.status_code == 503, r.text
        assert r.headers["content-type"].startswith("application/problem+json")
        p = r.json()
        assert p["decision"] == "deny" and p["released"] is False
        assert p["code"] in ("audit_unavailable", "storage_unavailable")
        assert int(holder.execute("SELECT count(*) FROM audit_entries").fetchone()[0]) == before
        assert int(holder.execute("SELECT count(*) FROM requests").fetchone()[0]) == 1
    finally:
        holder.execute("ROLLBACK")
        holder.close()

    r = client.post("/v1/requests", json=body(2))
    assert r.status_code == 201, r.text
    assert r.json()["audit"]["index"] == before
    # The refused request can be sent again and is then decided normally.
    assert client.post("/v1/requests", json=body(1)).status_code == 201
    assert log_size(path) == before + 2
    assert auditing.verify(ctx).ok


def test_driver_outage_is_a_503_problem_not_a_500(
    app_client: tuple[TestClient, Any, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A raw driver error escaping a service function (the engine's connect failing) is
    answered as storage_unavailable, fail closed, by the API's error mapping."""
    client, ctx, _path = app_client

    def down(*_a: Any, **_k: Any) -> Any:
        raise OperationalError("SELECT 1", {}, Exception("connection refused"))

    monkeypatch.setattr(ctx.db.engine, "connect", down)
    r = client.get("/v1/requests")
    assert r.status_code == 503, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["decision"] == "deny"
    assert r.json()["code"] == "storage_unavailable"
    # An unrelated bug still is a 500.
    monkeypatch.setattr(ctx.db.engine, "connect", lambda *a, **k: 1 / 0)
    assert client.get("/v1/requests").status_code == 500
