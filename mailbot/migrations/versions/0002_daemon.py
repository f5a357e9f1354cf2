"""The daemon's tables: messages taken in, decisions, the effects outbox, sent messages,
mailbox leases.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from mailbot.store.models import UTCDateTime

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "messages",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("mailbox", sa.String(64), nullable=False),
        sa.Column("source_key", sa.String(512), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("message_id", sa.String(998), nullable=True),
        sa.Column("arrived_at", UTCDateTime(), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("stage", sa.String(32), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("outcome_folder", sa.String(32), nullable=True),
        sa.Column("moved", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "state IN ('received', 'decided', 'failed')", name=op.f("ck_messages_state")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_messages")),
        sa.UniqueConstraint("mailbox", "source_key", name="uq_messages_mailbox_source_key"),
    )
    op.create_index("ix_messages_mailbox_sha256", "messages", ["mailbox", "sha256"])
    op.create_index("ix_messages_message_id", "messages", ["message_id"])
    op.create_table(
        "decisions",
        sa.Column("message_pk", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(64), nullable=False),
        sa.Column("route", sa.String(64), nullable=False),
        sa.Column("exception", sa.String(64), nullable=True),
        sa.Column("reference", sa.String(64), nullable=True),
        sa.Column("related_reference", sa.String(64), nullable=True),
        sa.Column("due_acknowledge", sa.Date(), nullable=True),
        sa.Column("due_response", sa.Date(), nullable=True),
        sa.Column("decision_json", sa.Text(), nullable=False),
        sa.Column("decided_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["message_pk"], ["messages.id"], name=op.f("fk_decisions_message_pk_messages")
        ),
        sa.PrimaryKeyConstraint("message_pk", name=op.f("pk_decisions")),
        sa.UniqueConstraint("reference", name=op.f("uq_decisions_reference")),
    )
    op.create_index("ix_decisions_exception", "decisions", ["exception"])
    op.create_index("ix_decisions_related_reference", "decisions", ["related_reference"])
    op.create_table(
        "effects",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("message_pk", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", UTCDateTime(), nullable=False),
        sa.Column("claimed_by", sa.String(128), nullable=True),
        sa.Column("claimed_until", UTCDateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("outbound_message_id", sa.String(998), nullable=True),
        sa.Column("done_at", UTCDateTime(), nullable=True),
        sa.CheckConstraint(
            "state IN ('pending', 'done', 'failed', 'skipped')", name=op.f("ck_effects_state")
        ),
        sa.ForeignKeyConstraint(
            ["message_pk"], ["messages.id"], name=op.f("fk_effects_message_pk_messages")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_effects")),
        sa.UniqueConstraint("key", name=op.f("uq_effects_key")),
    )
    op.create_index("ix_effects_state_next_attempt_at", "effects", ["state", "next_attempt_at"])
    op.create_index("ix_effects_message_pk", "effects", ["message_pk"])
    op.create_table(
        "sent_messages",
        sa.Column("message_id", sa.String(998), nullable=False),
        sa.Column("reference", sa.String(64), nullable=True),
        sa.Column("recipient", sa.String(320), nullable=False),
        sa.Column("automatic_reply", sa.Boolean(), nullable=False),
        sa.Column("sent_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("message_id", name=op.f("pk_sent_messages")),
    )
    op.create_index("ix_sent_messages_recipient_sent_at", "sent_messages", ["recipient", "sent_at"])
    op.create_table(
        "mailbox_leases",
        sa.Column("mailbox", sa.String(64), nullable=False),
        sa.Column("holder", sa.String(128), nullable=False),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("mailbox", name=op.f("pk_mailbox_leases")),
    )


def downgrade() -> None:
    for table in ("mailbox_leases", "sent_messages", "effects", "decisions", "messages"):
        op.drop_table(table)
