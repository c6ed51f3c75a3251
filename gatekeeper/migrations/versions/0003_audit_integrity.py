"""audit integrity: drop the log's columns that nothing reads or verifies

The timestamps of the log tables were written and never read, so an edit of them went unseen;
the entries carry their own event_time and checkpoints their signed note. Every column left in
the log tables is checked by `gatekeeper audit verify`.

Revision ID: 0003
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.drop_column('created_at')
    with op.batch_alter_table('audit_checkpoints', schema=None) as batch_op:
        batch_op.drop_column('created_at')
    with op.batch_alter_table('audit_head', schema=None) as batch_op:
        batch_op.drop_column('updated_at')


def downgrade() -> None:
    # The dropped times are gone; restored columns take the time of the downgrade.
    now = sa.text("CURRENT_TIMESTAMP")
    with op.batch_alter_table('audit_head', schema=None) as batch_op:
        batch_op.add_column(sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False, server_default=now))
    with op.batch_alter_table('audit_checkpoints', schema=None) as batch_op:
        batch_op.add_column(sa.Column('created_at', sa.DateTime(timezone=True), nullable=False, server_default=now))
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.add_column(sa.Column('created_at', sa.DateTime(timezone=True), nullable=False, server_default=now))
