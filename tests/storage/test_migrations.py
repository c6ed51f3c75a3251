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
