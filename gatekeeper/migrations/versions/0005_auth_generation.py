"""auth generation: one counter row that every change to a key or a principal increments

Each process caches authenticated keys and validates its cache against this counter on every
request (one primary-key read), so a revocation committed before a request starts is seen by that
request in every process, without reading the key's row each time. Triggers, not the service,
move the counter: a revocation, an expiry shortened by hand in SQL or a deleted principal all
commit together with their increment, whichever client made them.

Revision ID: 0005
Revises: 0004
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    t = op.create_table(
        'auth_generation',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('generation', sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.bulk_insert(t, [{'id': 1, 'generation': 0}])
    bump = "UPDATE auth_generation SET generation = generation + 1 WHERE id = 1"
    if op.get_context().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION bump_auth_generation() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN {bump}; RETURN NULL; END $$"
        )
        for table in _TABLES:
            op.execute(
                f"CREATE TRIGGER {table}_auth_generation AFTER UPDATE OR DELETE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION bump_auth_generation()"
            )
    else:
        for table in _TABLES:
            for event in ("UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER {table}_auth_generation_{event.lower()} AFTER {event} ON {table} "
                    f"BEGIN {bump}; END"
                )


_TABLES = ("api_keys", "principals")


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        for table in _TABLES:
            op.execute(f"DROP TRIGGER {table}_auth_generation ON {table}")
        op.execute("DROP FUNCTION bump_auth_generation()")
    else:
        for table in _TABLES:
            for event in ("update", "delete"):
                op.execute(f"DROP TRIGGER {table}_auth_generation_{event}")
    op.drop_table('auth_generation')
