"""The log, its projections, the append-only triggers and the timeline view.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-28
"""
import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None

_TIMELINE = """
CREATE VIEW timeline AS
SELECT e.id AS event_id, e.date, e.date_precision, e.type, e.person, e.org, e.role, e.counterparty,
       e.amount, e.currency, s.title AS source, e.evidence
FROM events e LEFT JOIN sources s ON s.id = e.source_id
WHERE e.status = 'active'
"""


def _event_columns():
    return [
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("person", sa.Text()),
        sa.Column("org", sa.Text()),
        sa.Column("role", sa.Text()),
        sa.Column("role_raw", sa.Text()),
        sa.Column("counterparty", sa.Text()),
        sa.Column("date", sa.String(10)),
        sa.Column("date_precision", sa.String(8)),
        sa.Column("date_text", sa.Text()),
        sa.Column("amount", sa.Float()),
        sa.Column("currency", sa.String(3)),
        sa.Column("evidence", sa.Text()),
    ]


def upgrade() -> None:
    op.create_table(
        "event_log",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("recorded_at", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False, unique=True),
    )
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("title", sa.Text()),
        sa.Column("url", sa.Text()),
        sa.Column("published", sa.String(10)),
        sa.Column("lang", sa.String(8)),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("ingested_at", sa.String(32), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
    )
    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("name", sa.Text(), nullable=False, unique=True),
        sa.Column("merged_into", sa.Integer(), sa.ForeignKey("people.id")),
    )
    op.create_table(
        "organizations",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("name", sa.Text(), nullable=False, unique=True),
        sa.Column("merged_into", sa.Integer(), sa.ForeignKey("organizations.id")),
    )
    op.create_table(
        "aliases",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("entity_kind", sa.String(8), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.Text(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.UniqueConstraint("entity_kind", "key", name="uq_aliases_kind_key"),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("people.id")),
        sa.Column("org_id", sa.Integer(), sa.ForeignKey("organizations.id")),
        *_event_columns(),
        sa.Column("source_id", sa.Integer(), sa.ForeignKey("sources.id")),
        sa.Column("confidence", sa.Float()),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
    )
    op.create_index("ix_events_person", "events", ["person"])
    op.create_index("ix_events_org", "events", ["org"])
    op.create_index("ix_events_counterparty", "events", ["counterparty"])
    op.create_index("ix_events_type_date", "events", ["type", "date"])
    op.create_index("ix_events_date", "events", ["date"])
    op.create_table(
        "event_versions",
        sa.Column("event_id", sa.Integer(), primary_key=True),
        sa.Column("seq_from", sa.Integer(), primary_key=True),
        sa.Column("seq_to", sa.Integer()),
        *_event_columns(),
        sa.Column("source_id", sa.Integer()),
        sa.Column("confidence", sa.Float()),
        sa.Column("status", sa.String(10), nullable=False),
    )
    op.create_index("ix_event_versions_seq", "event_versions", ["seq_from", "seq_to"])
    op.create_table(
        "event_sources",
        sa.Column("event_id", sa.Integer(), sa.ForeignKey("events.id"), primary_key=True),
        sa.Column("source_id", sa.Integer(), sa.ForeignKey("sources.id"), primary_key=True),
        sa.Column("evidence", sa.Text()),
        sa.Column("date", sa.String(10)),
        sa.Column("date_precision", sa.String(8)),
        sa.Column("date_text", sa.Text()),
        sa.Column("seq", sa.Integer(), nullable=False),
    )
    op.create_index("ix_event_sources_source", "event_sources", ["source_id"])
    op.create_table(
        "projection_state",
        sa.Column("name", sa.String(40), primary_key=True),
        sa.Column("last_seq", sa.Integer(), nullable=False),
    )

    # The log is append-only, and the database itself says so.
    if op.get_bind().dialect.name == "postgresql":
        op.execute("""
            CREATE FUNCTION talentdb_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'event_log is append-only: % refused', TG_OP; END $$""")
        op.execute("""CREATE TRIGGER event_log_append_only BEFORE UPDATE OR DELETE ON event_log
                      FOR EACH ROW EXECUTE FUNCTION talentdb_append_only()""")
        op.execute("""CREATE TRIGGER event_log_no_truncate BEFORE TRUNCATE ON event_log
                      FOR EACH STATEMENT EXECUTE FUNCTION talentdb_append_only()""")
    else:
        op.execute("""CREATE TRIGGER event_log_no_update BEFORE UPDATE ON event_log
                      BEGIN SELECT RAISE(ABORT, 'event_log is append-only: UPDATE refused'); END""")
        op.execute("""CREATE TRIGGER event_log_no_delete BEFORE DELETE ON event_log
                      BEGIN SELECT RAISE(ABORT, 'event_log is append-only: DELETE refused'); END""")
    op.execute(_TIMELINE)


def downgrade() -> None:
    # The log is the truth: no downgrade drops one that holds entries (the whole downgrade is one transaction,
    # so refusing here leaves the database at the revision it started from).
    if op.get_bind().exec_driver_sql("SELECT COUNT(*) FROM (SELECT 1 FROM event_log LIMIT 1) AS t").scalar():
        raise RuntimeError("refused: downgrading to base would drop event_log, which holds entries; export or copy "
                           "the database first, or keep this revision")
    op.execute("DROP VIEW IF EXISTS timeline")
    for table in ("projection_state", "event_sources", "event_versions", "events", "aliases", "organizations",
                  "people", "sources"):
        op.drop_table(table)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TABLE event_log")
        op.execute("DROP FUNCTION IF EXISTS talentdb_append_only()")
    else:
        op.drop_table("event_log")
