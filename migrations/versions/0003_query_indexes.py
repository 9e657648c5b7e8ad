"""Composite indexes for the questions at scale: a person's events by type, an organisation's by type.

``flow --from ORG`` ranks each founder's departures and ``ingest`` looks for an already-known event by
(person, type, status) for every new one; both read person, type, status, org and date, which the person
index now carries, so they no longer fetch table rows. ``roster`` and ``flow`` start from an organisation's
events of some types. The old single-column indexes are prefixes of the new ones and go.

Revision ID: 0003_query_indexes
Revises: 0002_views
Create Date: 2026-11-28
"""
from alembic import op

revision = "0003_query_indexes"
down_revision = "0002_views"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_events_person_type", "events", ["person", "type", "status", "org", "date"])
    op.create_index("ix_events_org_type", "events", ["org", "type", "status", "person"])
    op.drop_index("ix_events_person", table_name="events")
    op.drop_index("ix_events_org", table_name="events")


def downgrade() -> None:
    op.create_index("ix_events_org", "events", ["org"])
    op.create_index("ix_events_person", "events", ["person"])
    op.drop_index("ix_events_org_type", table_name="events")
    op.drop_index("ix_events_person_type", table_name="events")
