"""Views for people who write SQL by hand: current_roles and talent_flow.

Revision ID: 0002_views
Revises: 0001_initial
Create Date: 2026-11-28
"""
from alembic import op

revision = "0002_views"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

# Every move into or out of an organisation; a departure with a destination is also an arrival there.
_MOVES = """
    SELECT id, person, org, type, role, date FROM events
     WHERE status = 'active' AND person IS NOT NULL AND org IS NOT NULL
       AND type IN ('hire', 'promotion', 'founding', 'departure')
    UNION ALL
    SELECT id, person, counterparty, 'hire', NULL, date FROM events
     WHERE status = 'active' AND type = 'departure' AND person IS NOT NULL AND counterparty IS NOT NULL
"""

_CURRENT_ROLES = f"""
CREATE VIEW current_roles AS
WITH moves AS ({_MOVES}),
ranked AS (
    SELECT m.*, ROW_NUMBER() OVER (
        PARTITION BY person, org
        ORDER BY COALESCE(date, '0000-00-00') DESC, CASE type WHEN 'departure' THEN 1 ELSE 0 END DESC, id DESC
    ) AS rn
    FROM moves m
)
SELECT r.person, r.org,
       (SELECT m2.role FROM moves m2
         WHERE m2.person = r.person AND m2.org = r.org AND m2.role IS NOT NULL AND m2.type <> 'departure'
         ORDER BY COALESCE(m2.date, '0000-00-00') DESC LIMIT 1) AS role,
       r.date AS since, r.type AS how
FROM ranked r
WHERE r.rn = 1 AND r.type <> 'departure'
"""

# Departures with a destination, hires and foundings that say where people came from (counterparty), and foundings by
# people who had left somewhere (their latest departure on or before the founding, a coarse founding date
# counting as its whole period).
_FLOW = """
CREATE VIEW talent_flow AS
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
),
moves AS (
    SELECT org AS from_org, counterparty AS to_org, person FROM events
     WHERE status = 'active' AND type = 'departure' AND org IS NOT NULL AND counterparty IS NOT NULL
    UNION
    SELECT from_org, to_org, person FROM founder_moves WHERE rn = 1
    UNION
    SELECT counterparty, org, person FROM events
     WHERE status = 'active' AND type IN ('founding', 'hire') AND counterparty IS NOT NULL
)
SELECT from_org, to_org, COUNT(*) AS people, {agg} AS names
FROM moves GROUP BY from_org, to_org
"""


def upgrade() -> None:
    op.execute(_CURRENT_ROLES)
    pg = op.get_bind().dialect.name == "postgresql"
    op.execute(_FLOW.format(agg="string_agg(person, ', ' ORDER BY person)" if pg else "group_concat(person, ', ')"))


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS talent_flow")
    op.execute("DROP VIEW IF EXISTS current_roles")
