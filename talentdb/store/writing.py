"""One correction, one transaction: the projections caught up, entries appended, then projected, all or nothing."""
from __future__ import annotations

from contextlib import contextmanager

from talentdb.store.log import Appender, Entry


class Batch:
    """The entries a correction appends; projected together when the transaction ends without an error."""

    def __init__(self, conn):
        self.conn = conn
        self.entries: list[Entry] = []
        self._log = Appender(conn)

    def append(self, kind: str, payload: dict) -> Entry:
        entry = self._log.append(kind, payload)
        self.entries.append(entry)
        return entry

    def finish(self) -> None:
        from talentdb.store.projector import Projector

        self._log.flush()
        Projector(self.conn).apply_all(self.entries)

    @property
    def seqs(self) -> list[int]:
        return [e.seq for e in self.entries]


@contextmanager
def batch(engine):
    """``with batch(engine) as b: b.append(kind, payload)``: validate inside, and an exception writes nothing."""
    from talentdb.store.db import write_transaction
    from talentdb.store.projector import catch_up

    with write_transaction(engine) as conn:
        catch_up(conn)
        b = Batch(conn)
        yield b
        b.finish()


def seq_range(seqs: list[int]) -> str:
    """'log entry 20' or 'log entries 20–22' (the entries of one transaction are consecutive)."""
    if not seqs:
        return "no log entry"
    return f"log entry {seqs[0]}" if len(seqs) == 1 else f"log entries {seqs[0]}–{seqs[-1]}"
