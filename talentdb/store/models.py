"""The schema as SQLAlchemy 2 models.

``event_log`` is the source of truth; everything else is a projection that ``talentdb rebuild`` can drop and
replay. The Alembic migrations create exactly these tables (``tests/test_migrations.py`` compares the two).
"""
from __future__ import annotations

from sqlalchemy import (Boolean, Column, Float, ForeignKey, Index, Integer, String, Table, Text, UniqueConstraint, false,
                        text)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from talentdb.store.queries import DATE_KEY


class Base(DeclarativeBase):
    pass


class LogEntry(Base):
    """One fact, appended once. The database refuses UPDATE and DELETE here (triggers in the migration)."""

    __tablename__ = "event_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    recorded_at: Mapped[str] = mapped_column(String(32))          # ISO-8601 UTC, microseconds
    kind: Mapped[str] = mapped_column(String(40))
    payload: Mapped[str] = mapped_column(Text)                    # canonical JSON
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class Source(Base):
    __tablename__ = "sources"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)  # of the text with whitespace removed
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(10))
    lang: Mapped[str | None] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[str] = mapped_column(String(32))
    seq: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(10), server_default="active")  # active | retracted (0006)
    # Is this page stored already? (ingest URL, before fetching it; 0007)
    __table_args__ = (Index("ix_sources_url", "url", postgresql_using="hash"),)


class Person(Base):
    __tablename__ = "people"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(Text, unique=True)
    merged_into: Mapped[int | None] = mapped_column(Integer, ForeignKey("people.id"))


class Organization(Base):
    __tablename__ = "organizations"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(Text, unique=True)
    merged_into: Mapped[int | None] = mapped_column(Integer, ForeignKey("organizations.id"))


class Alias(Base):
    """Every spelling of an entity; ``key`` is the spelling folded for lookup (see store.names.fold)."""

    __tablename__ = "aliases"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity_kind: Mapped[str] = mapped_column(String(8))           # person | org
    entity_id: Mapped[int] = mapped_column(Integer)
    alias: Mapped[str] = mapped_column(Text)
    key: Mapped[str] = mapped_column(Text)
    seq: Mapped[int] = mapped_column(Integer)
    __table_args__ = (UniqueConstraint("entity_kind", "key", name="uq_aliases_kind_key"),)


class EventFields:
    """The contract's event fields, shared by the current state (events) and its history (event_versions)."""

    role: Mapped[str | None] = mapped_column(Text)
    role_raw: Mapped[str | None] = mapped_column(Text)
    counterparty: Mapped[str | None] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(String(10))
    date_precision: Mapped[str | None] = mapped_column(String(8))
    date_text: Mapped[str | None] = mapped_column(Text)
    amount: Mapped[float | None] = mapped_column(Float)
    currency: Mapped[str | None] = mapped_column(String(3))
    evidence: Mapped[str | None] = mapped_column(Text)
    # Provenance and review (0006): what produced the values (extractor version, or 'manual'); checked by a person.
    extractor: Mapped[str | None] = mapped_column(Text)
    confirmed: Mapped[bool] = mapped_column(Boolean, server_default=false())


class Event(EventFields, Base):
    """Current state of each event (one row per event, retracted ones kept with status='retracted')."""

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    type: Mapped[str] = mapped_column(String(16))
    person_id: Mapped[int | None] = mapped_column(Integer, ForeignKey("people.id"))
    person: Mapped[str | None] = mapped_column(Text)
    org_id: Mapped[int | None] = mapped_column(Integer, ForeignKey("organizations.id"))
    org: Mapped[str | None] = mapped_column(Text)
    # role … evidence: EventFields
    source_id: Mapped[int | None] = mapped_column(Integer, ForeignKey("sources.id"))
    confidence: Mapped[float | None] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(10))               # active | retracted
    seq: Mapped[int] = mapped_column(Integer)                     # log entry that last changed it
    __table_args__ = (
        # Pages of an organisation's events in date order (DATE_KEY), straight from the index (0004).
        Index("ix_events_org_order", "org", "status", text(DATE_KEY), "id"),
        Index("ix_events_counterparty_order", "counterparty", "status", text(DATE_KEY), "id"),
        # roster, flow and ingest's duplicate check read these columns from the index alone (0003, 0004).
        Index("ix_events_org_moves", "org", "type", "status", "person", "counterparty", "date", "date_precision",
              "role", "source_id"),
        Index("ix_events_person_moves", "person", "type", "status", "org", "date", "date_precision"),
        # Every event in the same order: `query`, `query --type`, `--since/--until` read a page (0005).
        Index("ix_events_order", text(DATE_KEY), "id"),
    )


class EventVersion(EventFields, Base):
    """Every state an event has had, valid in record time from ``seq_from`` until ``seq_to`` (exclusive).

    ``--known-at`` answers from here: the versions with seq_from <= N < seq_to (or seq_to null).
    """

    __tablename__ = "event_versions"
    event_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq_from: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq_to: Mapped[int | None] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(16))
    person: Mapped[str | None] = mapped_column(Text)
    org: Mapped[str | None] = mapped_column(Text)
    # role … evidence: EventFields
    source_id: Mapped[int | None] = mapped_column(Integer)
    confidence: Mapped[float | None] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(10))
    __table_args__ = (Index("ix_event_versions_seq", "seq_from", "seq_to"),)


class EventSource(Base):
    """Each article that reports an event, with its own evidence and date (corroboration)."""

    __tablename__ = "event_sources"
    event_id: Mapped[int] = mapped_column(Integer, ForeignKey("events.id"), primary_key=True)
    source_id: Mapped[int] = mapped_column(Integer, ForeignKey("sources.id"), primary_key=True)
    evidence: Mapped[str | None] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(String(10))
    date_precision: Mapped[str | None] = mapped_column(String(8))
    date_text: Mapped[str | None] = mapped_column(Text)
    seq: Mapped[int] = mapped_column(Integer)
    __table_args__ = (Index("ix_event_sources_source", "source_id"),)


class ProjectionState(Base):
    """How far the projections have applied the log (the tracking position, written in the same transaction)."""

    __tablename__ = "projection_state"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer)


# The questions SQL clients are told to ask (migration 0009): kept by the projector (store.maintained) rather than
# views, so a filter on an organisation reads its rows from an index. No primary key: they have the columns the
# views of 0002 had, no more (a flow's to_org may be null: a hire from somewhere to no named organisation).
current_roles = Table(
    "current_roles", Base.metadata,
    Column("person", Text), Column("org", Text), Column("role", Text), Column("since", String(10)),
    Column("how", String(16)),
    Index("ix_current_roles_person_org", "person", "org", unique=True),
    Index("ix_current_roles_org", "org", "person", "role", "since", "how"),
)
talent_flow = Table(
    "talent_flow", Base.metadata,
    Column("from_org", Text), Column("to_org", Text), Column("people", Integer), Column("names", Text),
    Index("ix_talent_flow_pair", "from_org", "to_org"),
    Index("ix_talent_flow_to", "to_org", "from_org"),
)
# What talent_flow counts: each (from_org, to_org, person) once.
talent_moves = Table(
    "talent_moves", Base.metadata,
    Column("from_org", Text), Column("to_org", Text), Column("person", Text),
    Index("ix_talent_moves_person", "person", "from_org", "to_org"),
    Index("ix_talent_moves_pair", "from_org", "to_org", "person"),
)


PROJECTION_TABLES = ("event_sources", "event_versions", "events", "aliases", "people", "organizations", "sources",
                     "projection_state", "current_roles", "talent_flow", "talent_moves")
