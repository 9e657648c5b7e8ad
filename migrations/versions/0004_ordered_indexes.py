"""Indexes that hand back an organisation's events already in date order, and cover roster and flow.

``query --org`` and ``timeline`` list events oldest first (undated last) and show them a page at a time: with
(org | counterparty, status, date key, id) SQLite reads just the page, in order, instead of every row of a
busy organisation followed by a sort. The date key is ``coalesce(date, '9999-12-31')``, the order the queries
ask for. ``roster`` and ``flow --from`` read an organisation's moves: the wider organisation index carries
every column they use, so they never touch the table. The person index gains date_precision for flow's founders.

Revision ID: 0004_ordered_indexes
Revises: 0003_query_indexes
Create Date: 2026-11-28
"""
import sqlalchemy as sa
from alembic import op

revision = "0004_ordered_indexes"
down_revision = "0003_query_indexes"
branch_labels = None
depends_on = None

DATE_KEY = "coalesce(date, '9999-12-31')"


def upgrade() -> None:
    op.create_index("ix_events_org_order", "events", ["org", "status", sa.text(DATE_KEY), "id"])
    op.create_index("ix_events_counterparty_order", "events", ["counterparty", "status", sa.text(DATE_KEY), "id"])
    op.create_index("ix_events_org_moves", "events",
                    ["org", "type", "status", "person", "counterparty", "date", "date_precision", "role", "source_id"])
    op.create_index("ix_events_person_moves", "events", ["person", "type", "status", "org", "date", "date_precision"])
    op.drop_index("ix_events_org_type", table_name="events")
    op.drop_index("ix_events_person_type", table_name="events")
    op.drop_index("ix_events_counterparty", table_name="events")


def downgrade() -> None:
    op.create_index("ix_events_counterparty", "events", ["counterparty"])
    op.create_index("ix_events_person_type", "events", ["person", "type", "status", "org", "date"])
    op.create_index("ix_events_org_type", "events", ["org", "type", "status", "person"])
    op.drop_index("ix_events_person_moves", table_name="events")
    op.drop_index("ix_events_org_moves", table_name="events")
    op.drop_index("ix_events_counterparty_order", table_name="events")
    op.drop_index("ix_events_org_order", table_name="events")
