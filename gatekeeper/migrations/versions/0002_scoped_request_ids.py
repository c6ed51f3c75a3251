"""scoped request ids; sessions bound to their key

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04 14:45:00

Client request ids are scoped to their submitter: lookups by client key now resolve among the
requests a caller may see, so the key gets an index of its own (uniqueness stays per submitter).

A web session records the key it signed in with, so a revoked or expired key ends it. Sessions
opened before this revision name no key: they are dropped (people sign in again) rather than
trusted without one.
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('requests', schema=None) as batch_op:
        batch_op.create_index('ix_requests_client_id', ['client_request_id'], unique=False)

    op.drop_table('web_sessions')
    op.create_table('web_sessions',
    sa.Column('id_hash', sa.LargeBinary(), nullable=False),
    sa.Column('principal_id', sa.String(length=128), nullable=False),
    sa.Column('key_id', sa.String(length=32), nullable=False),
    sa.Column('csrf', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id_hash')
    )
    with op.batch_alter_table('web_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_web_sessions_principal_id'), ['principal_id'], unique=False)


def downgrade() -> None:
    op.drop_table('web_sessions')
    op.create_table('web_sessions',
    sa.Column('id_hash', sa.LargeBinary(), nullable=False),
    sa.Column('principal_id', sa.String(length=128), nullable=False),
    sa.Column('csrf', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id_hash')
    )
    with op.batch_alter_table('requests', schema=None) as batch_op:
        batch_op.drop_index('ix_requests_client_id')
