"""The Alembic migrations build exactly the schema the code declares, on both engines."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

import gatekeeper
from gatekeeper.storage.db import migrate, open_database
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


def _alembic(conn: Any, revision: str) -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(gatekeeper.__file__).parent / "migrations"))
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, revision)


def test_a_log_written_before_0003_upgrades_and_still_verifies(database_url: str, tmp_path: Path) -> None:
    """A log written under revision 0001 (timestamps in the log tables, checkpoints that name no
    previous one) keeps verifying after the upgrade, and the checkpoints written after it chain
    on to the old ones, so one deleted from then on is named."""
    from audit import tree
    from audit.canonical import canonical_json
    from audit.checkpoint import Checkpoint, sign_checkpoint
    from audit.merkle import leaf_hash
    from gatekeeper.context import build_context
    from gatekeeper.service.auditing import verify
    from tests.conftest import make_settings

    settings = make_settings(database_url, tmp_path)
    db = open_database(database_url)
    with db.engine.begin() as conn:
        _alembic(conn, "0001")
    ctx = build_context(settings, run_migrations=False)
    now = datetime.now(UTC)
    try:
        nodes = tree.MemoryNodeStore()
        with db.engine.begin() as conn:
            conn.execute(text("INSERT INTO audit_head (id, size, root, updated_at) VALUES (1, 0, :r, :t)"),
                         {"r": bytes(32), "t": now})
            for size in range(1, 4):
                data = canonical_json({"event_type": "test", "request_id": f"old{size}"})
                lh = leaf_hash(data)
                new, root = tree.append(size - 1, [lh], nodes)
                nodes.put(new)
                conn.execute(
                    text("INSERT INTO audit_entries (idx, entry, leaf_hash, event_type, request_id, created_at) "
                         "VALUES (:i, :e, :l, 'test', :r, :t)"),
                    {"i": size - 1, "e": data.decode(), "l": lh, "r": f"old{size}", "t": now},
                )
                for lv, ix, h in new:
                    conn.execute(text("INSERT INTO audit_nodes (level, idx, hash) VALUES (:l, :i, :h)"),
                                 {"l": lv, "i": ix, "h": h})
                note = sign_checkpoint(Checkpoint(settings.log_origin, size, root), ctx.signer)
                conn.execute(text("INSERT INTO audit_checkpoints (size, root, note, created_at) "
                                  "VALUES (:s, :r, :n, :t)"), {"s": size, "r": root, "n": note, "t": now})
                conn.execute(text("UPDATE audit_head SET size = :s, root = :r WHERE id = 1"), {"s": size, "r": root})
        migrate(db)
        with db.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), metadata) == []
        ctx.audit.start()
        for i in range(3):
            ctx.audit.append([{"event_type": "test", "request_id": f"new{i}"}])
        report = verify(ctx)
        assert report.ok, report.problems
        with db.engine.begin() as conn:
            conn.execute(text("DELETE FROM audit_checkpoints WHERE size = 4"))
        report = verify(ctx)
        assert not report.ok
        assert any("checkpoint of size 4 is missing" in p for p in report.problems), report.problems
    finally:
        ctx.close()
        db.dispose()
