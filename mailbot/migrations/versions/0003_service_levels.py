"""Service levels: due dates and response state on tracker entries, schedule runs, purge
marks, and effects that concern no one message.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from mailbot.store.models import UTCDateTime

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("tracker_entries") as batch:
        batch.add_column(sa.Column("mailbox", sa.String(64), nullable=True))
        batch.add_column(sa.Column("due_acknowledge", sa.Date(), nullable=True))
        batch.add_column(sa.Column("due_response", sa.Date(), nullable=True))
        batch.add_column(sa.Column("responded_at", UTCDateTime(), nullable=True))
        batch.add_column(sa.Column("escalated_at", UTCDateTime(), nullable=True))
        batch.add_column(sa.Column("holding_reply_at", UTCDateTime(), nullable=True))
        batch.add_column(sa.Column("legal_hold", sa.Boolean(), nullable=False, server_default="0"))
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("purged_at", UTCDateTime(), nullable=True))
    with op.batch_alter_table("effects") as batch:
        batch.alter_column("message_pk", existing_type=sa.Integer(), nullable=True)
    op.create_table(
        "schedule_runs",
        sa.Column("job", sa.String(64), nullable=False),
        sa.Column("period", sa.String(128), nullable=False),
        sa.Column("holder", sa.String(128), nullable=False),
        sa.Column("ran_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("job", "period", name=op.f("pk_schedule_runs")),
    )


def downgrade() -> None:
    op.drop_table("schedule_runs")
    with op.batch_alter_table("effects") as batch:
        batch.alter_column("message_pk", existing_type=sa.Integer(), nullable=False)
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("purged_at")
    with op.batch_alter_table("tracker_entries") as batch:
        for column in ("legal_hold", "holding_reply_at", "escalated_at", "responded_at", "due_response",
                       "due_acknowledge", "mailbox"):  # fmt: skip
            batch.drop_column(column)
