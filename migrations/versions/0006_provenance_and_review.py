"""Provenance and review: which extractor made an event, whether a person confirmed it, whether its source stands.

``events.extractor`` and ``event_versions.extractor`` hold the version of the extractor whose values the event
carries (``0.1.0+lex.3f9a1c``; ``manual`` for an event added by hand; null for events asserted before this
revision); ``confirmed`` is true once a person checked the event (``talentdb confirm``); ``sources.status`` is
``retracted`` for an article withdrawn as a whole (``talentdb retract --source``). All three are projections of
log entries, filled by ``talentdb rebuild`` like every other column: the log itself is not touched.

Revision ID: 0006_provenance_and_review
Revises: 0005_date_order_indexes
Create Date: 2026-12-01
"""
import sqlalchemy as sa
from alembic import op

revision = "0006_provenance_and_review"
down_revision = "0005_date_order_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("events", "event_versions"):
        op.add_column(table, sa.Column("extractor", sa.Text()))
        op.add_column(table, sa.Column("confirmed", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column("sources", sa.Column("status", sa.String(10), nullable=False, server_default="active"))


def downgrade() -> None:
    op.drop_column("sources", "status")
    for table in ("event_versions", "events"):
        op.drop_column(table, "confirmed")
        op.drop_column(table, "extractor")
