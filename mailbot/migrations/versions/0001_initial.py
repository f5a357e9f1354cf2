"""The initial schema: case directory, tracker, reference sequences, OFSTED checks.

Revision ID: 0001
Revises:
Create Date: 2026-01-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "case_records",
        sa.Column("person_id", sa.String(64), nullable=False),
        sa.Column("given_name", sa.String(200), nullable=False),
        sa.Column("family_name", sa.String(200), nullable=False),
        sa.Column("dob", sa.Date(), nullable=False),
        sa.Column("household_id", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("allocated_worker", sa.String(200), nullable=True),
        sa.Column("worker_email", sa.String(320), nullable=True),
        sa.Column("team", sa.String(200), nullable=True),
        sa.Column("team_manager_email", sa.String(320), nullable=True),
        sa.Column("restriction", sa.String(32), nullable=True),
        sa.Column("restriction_owner_email", sa.String(320), nullable=True),
        sa.Column("area", sa.String(64), nullable=True),
        sa.CheckConstraint("status IN ('open', 'closed')", name=op.f("ck_case_records_status")),
        sa.CheckConstraint(
            "restriction IN ('locked', 'special_client', 'personal_interest')",
            name=op.f("ck_case_records_restriction"),
        ),
        sa.PrimaryKeyConstraint("person_id", name=op.f("pk_case_records")),
    )
    op.create_index(
        "ix_case_records_lower_names",
        "case_records",
        [sa.text("lower(family_name)"), sa.text("lower(given_name)")],
    )
    op.create_index("ix_case_records_household_id", "case_records", ["household_id"])

    op.create_table(
        "tracker_entries",
        sa.Column("reference", sa.String(64), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("category", sa.String(64), nullable=True),
        sa.Column("route", sa.String(64), nullable=True),
        sa.Column("status", sa.String(64), nullable=True),
        sa.PrimaryKeyConstraint("reference", name=op.f("pk_tracker_entries")),
    )

    op.create_table(
        "reference_sequences",
        sa.Column("prefix", sa.String(32), nullable=False),
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("prefix", "year", name=op.f("pk_reference_sequences")),
    )

    op.create_table(
        "ofsted_checks",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("mailbox", sa.String(64), nullable=False),
        sa.Column("applicant_key", sa.String(400), nullable=False),
        sa.Column("applicant_dob", sa.Date(), nullable=False),
        sa.Column("reference", sa.String(64), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ofsted_checks")),
    )
    op.create_index(
        "ix_ofsted_checks_applicant_key_dob",
        "ofsted_checks",
        ["applicant_key", "applicant_dob"],
    )


def downgrade() -> None:
    op.drop_index("ix_ofsted_checks_applicant_key_dob", table_name="ofsted_checks")
    op.drop_table("ofsted_checks")
    op.drop_table("reference_sequences")
    op.drop_table("tracker_entries")
    op.drop_index("ix_case_records_household_id", table_name="case_records")
    op.drop_index("ix_case_records_lower_names", table_name="case_records")
    op.drop_table("case_records")
