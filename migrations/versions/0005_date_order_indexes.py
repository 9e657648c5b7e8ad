"""One index in listing order for every event: ``query``, ``query --type T``, ``--since/--until`` read a page.

Migration 0004 gave an organisation's and a counterparty's events an index in the order the queries list them
(the date key ``coalesce(date, '9999-12-31')``, then id). The plain (type, date) and (date) indexes could not give
that order (undated events sort first in them, last in the listing), so ``query --type departure`` sorted every
departure to show a page (0.9 s at a million events) and ``query`` with no filter sorted everything (1.2 s). One
(date key, id) index serves them all: a page is read in order, a type is a filter on the way (every type is
common), a ``--since`` bound is a seek. It has no leading equality column on purpose: without statistics SQLite
would otherwise take it for an organisation's or a person's question too, where their own indexes are right.
Two indexes go and one comes, so an ingest maintains one index fewer.

Revision ID: 0005_date_order_indexes
Revises: 0004_ordered_indexes
Create Date: 2026-11-29
"""
import sqlalchemy as sa
from alembic import op

revision = "0005_date_order_indexes"
down_revision = "0004_ordered_indexes"
branch_labels = None
depends_on = None

DATE_KEY = "coalesce(date, '9999-12-31')"


def upgrade() -> None:
    op.create_index("ix_events_order", "events", [sa.text(DATE_KEY), "id"])
    op.drop_index("ix_events_type_date", table_name="events")
    op.drop_index("ix_events_date", table_name="events")


def downgrade() -> None:
    op.create_index("ix_events_date", "events", ["date"])
    op.create_index("ix_events_type_date", "events", ["type", "date"])
    op.drop_index("ix_events_order", table_name="events")
