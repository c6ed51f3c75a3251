"""The Alembic migrations build exactly the schema the code declares, on both engines."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from gatekeeper.storage.db import open_database
from gatekeeper.storage.schema import metadata


def test_migrations_match_the_declared_schema(ctx: object, database_url: str) -> None:
    db = open_database(database_url)
    try:
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), metadata)
    finally:
        db.dispose()
    assert diff == []


def test_0002_upgrades_a_populated_0001_database(database_url: str) -> None:
    """Requests survive 0002; sessions from before it, which name no key, are dropped."""
    from datetime import UTC, datetime
    from pathlib import Path

    from alembic import command
    from alembic.config import Config
    from sqlalchemy import inspect, text

    import gatekeeper.storage.db as dbmod

    db = open_database(database_url)
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(dbmod.__file__).resolve().parent.parent / "migrations"))
    now = datetime.now(UTC)
    try:
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0001")
        with db.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO web_sessions (id_hash, principal_id, csrf, created_at, expires_at) "
                    "VALUES (:h, 'alice', 'c', :t, :t)"
                ),
                {"h": b"\x01" * 32, "t": now},
            )
            conn.execute(
                text(
                    "INSERT INTO requests (id, client_request_id, submitted_by, fingerprint, state, school_id,"
                    " recipient, ground, decision, reason_codes, withheld_categories, policy_version,"
                    " student_eligible, decision_json, created_at, updated_at) VALUES ('r1', 'k1', 'alice',"
                    " 'f', 'denied', 'BPS-1', 'x', 'weapon', 'deny', '[]', '[]', 'v', false, '{}', :t, :t)"
                ),
                {"t": now},
            )
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM web_sessions")).scalar() == 0
            assert conn.execute(text("SELECT client_request_id FROM requests")).scalar() == "k1"
            cols = {c["name"] for c in inspect(conn).get_columns("web_sessions")}
            assert "key_id" in cols
            diff = compare_metadata(MigrationContext.configure(conn), metadata)
        assert diff == []
    finally:
        db.dispose()
