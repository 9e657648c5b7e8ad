"""current_roles and talent_flow as tables the projector keeps, indexed for the filters people use.

As views (0002) they ranked every move in the database with window functions on each question, so a client asking
``SELECT … FROM talent_flow WHERE from_org = ?`` waited seconds at a million events. Now they are projections like
``events``: the projector updates the rows an entry touches (talentdb/store/maintained.py), ``rebuild`` recomputes
them. ``talent_moves`` holds what talent_flow counts, one row per (from_org, to_org, person), so the projector knows
which flows a changed event leaves. Same names, columns and rows as the views had, so SQL written against them
still runs: the upgrade fills the tables from the views themselves before dropping them.

Revision ID: 0009_maintained_views
Revises: 0008_ledger_guards
Create Date: 2026-12-06
"""
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0009_maintained_views"
down_revision = "0008_ledger_guards"
branch_labels = None
depends_on = None

# Every (from_org, to_org, person) the talent_flow view of 0002 counted: departures with a destination, foundings by
# people who had left an organisation (their latest departure on or before the founding, a coarse founding date
# counting as its whole period), and foundings and hires that say where the people came from.
_MOVES = """
WITH founder_moves AS (
    SELECT d.org AS from_org, f.org AS to_org, f.person,
           ROW_NUMBER() OVER (PARTITION BY f.id ORDER BY COALESCE(d.date, '0000-00-00') DESC, d.id DESC) AS rn
    FROM events f
    JOIN events d ON d.person = f.person AND d.type = 'departure' AND d.status = 'active'
                 AND d.org IS NOT NULL AND d.org <> f.org
                 AND (d.date IS NULL OR f.date IS NULL OR d.date <= f.date
                      OR (f.date_precision IN ('year', 'quarter') AND substr(d.date, 1, 4) = substr(f.date, 1, 4))
                      OR (f.date_precision = 'month' AND substr(d.date, 1, 7) = substr(f.date, 1, 7)))
    WHERE f.type = 'founding' AND f.status = 'active' AND f.person IS NOT NULL
)
INSERT INTO talent_moves (from_org, to_org, person)
SELECT org, counterparty, person FROM events
 WHERE status = 'active' AND type = 'departure' AND org IS NOT NULL AND counterparty IS NOT NULL
UNION
SELECT from_org, to_org, person FROM founder_moves WHERE rn = 1
UNION
SELECT counterparty, org, person FROM events
 WHERE status = 'active' AND type IN ('founding', 'hire') AND counterparty IS NOT NULL
"""


def upgrade() -> None:
    op.create_table("talent_moves", sa.Column("from_org", sa.Text()), sa.Column("to_org", sa.Text()),
                    sa.Column("person", sa.Text()))
    op.execute(_MOVES)
    op.create_index("ix_talent_moves_person", "talent_moves", ["person", "from_org", "to_org"])
    op.create_index("ix_talent_moves_pair", "talent_moves", ["from_org", "to_org", "person"])
    # Filled from the views, then put in their place: the rows are the views' by construction.
    op.create_table("current_roles_kept", sa.Column("person", sa.Text()), sa.Column("org", sa.Text()),
                    sa.Column("role", sa.Text()), sa.Column("since", sa.String(10)), sa.Column("how", sa.String(16)))
    op.execute("INSERT INTO current_roles_kept (person, org, role, since, how) "
               "SELECT person, org, role, since, how FROM current_roles")
    op.create_table("talent_flow_kept", sa.Column("from_org", sa.Text()), sa.Column("to_org", sa.Text()),
                    sa.Column("people", sa.Integer()), sa.Column("names", sa.Text()))
    op.execute("INSERT INTO talent_flow_kept (from_org, to_org, people, names) "
               "SELECT from_org, to_org, people, names FROM talent_flow")
    op.execute("DROP VIEW talent_flow")
    op.execute("DROP VIEW current_roles")
    op.rename_table("current_roles_kept", "current_roles")
    op.rename_table("talent_flow_kept", "talent_flow")
    op.create_index("ix_current_roles_person_org", "current_roles", ["person", "org"], unique=True)
    op.create_index("ix_current_roles_org", "current_roles", ["org", "person", "role", "since", "how"])
    op.create_index("ix_talent_flow_pair", "talent_flow", ["from_org", "to_org"])
    op.create_index("ix_talent_flow_to", "talent_flow", ["to_org", "from_org"])


def downgrade() -> None:
    op.drop_table("talent_flow")
    op.drop_table("current_roles")
    op.drop_table("talent_moves")
    # The views as 0002 made them (its own upgrade, run again).
    import importlib.util

    spec = importlib.util.spec_from_file_location("talentdb_0002_views", Path(__file__).with_name("0002_views.py"))
    views = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(views)
    views.upgrade()
