"""An index on the sources' url: ``talentdb ingest URL`` asks whether a page is stored already before fetching it.

Without it each URL asked read the whole sources table, article texts and all. On PostgreSQL it is a hash index:
a B-tree entry is limited to about 2.7 kB and a URL has no such limit; only equality is ever asked.

Revision ID: 0007_source_url_index
Revises: 0006_provenance_and_review
Create Date: 2026-12-01
"""
from alembic import op

revision = "0007_source_url_index"
down_revision = "0006_provenance_and_review"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_sources_url", "sources", ["url"], postgresql_using="hash")


def downgrade() -> None:
    op.drop_index("ix_sources_url", table_name="sources")
