"""The log accepts an entry only at its end, in order, chained to the entry before it.

0001's triggers refuse UPDATE and DELETE. On SQLite ``REPLACE INTO event_log`` deletes the conflicting row without
firing a DELETE trigger (recursive triggers are off) and inserts its own: an entry rewritten in place. An INSERT
with a seq in a gap, or one not pointing at the last entry's hash, was accepted too. Now a new entry must have
seq = last seq + 1, prev_hash = the last entry's hash, and a hash not already in the log; REPLACE and every
out-of-order insert are refused by the database on both backends.

Revision ID: 0008_ledger_guards
Revises: 0007_source_url_index
Create Date: 2026-12-06
"""
from alembic import op

revision = "0008_ledger_guards"
down_revision = "0007_source_url_index"
branch_labels = None
depends_on = None

_GENESIS = "0" * 64

_SQLITE_IN_ORDER = f"""
CREATE TRIGGER event_log_in_order BEFORE INSERT ON event_log
WHEN NEW.seq IS NOT (SELECT COALESCE(MAX(seq), 0) + 1 FROM event_log)
  OR NEW.prev_hash IS NOT COALESCE((SELECT hash FROM event_log WHERE seq = NEW.seq - 1), '{_GENESIS}')
  OR EXISTS (SELECT 1 FROM event_log WHERE hash = NEW.hash)
BEGIN SELECT RAISE(ABORT, 'event_log is append-only: a new entry goes at the end, chained to the last one'); END
"""

_PG_IN_ORDER_FUNCTION = f"""
CREATE FUNCTION talentdb_append_in_order() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE last_seq integer; last_hash text;
BEGIN
    SELECT seq, hash INTO last_seq, last_hash FROM event_log ORDER BY seq DESC LIMIT 1;
    IF NEW.seq IS DISTINCT FROM COALESCE(last_seq, 0) + 1
       OR NEW.prev_hash IS DISTINCT FROM COALESCE(last_hash, '{_GENESIS}') THEN
        RAISE EXCEPTION 'event_log is append-only: a new entry goes at the end, chained to the last one';
    END IF;
    RETURN NEW;
END $$"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_PG_IN_ORDER_FUNCTION)
        op.execute("""CREATE TRIGGER event_log_in_order BEFORE INSERT ON event_log
                      FOR EACH ROW EXECUTE FUNCTION talentdb_append_in_order()""")
    else:
        op.execute(_SQLITE_IN_ORDER)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS event_log_in_order" +
               (" ON event_log" if op.get_bind().dialect.name == "postgresql" else ""))
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS talentdb_append_in_order()")
