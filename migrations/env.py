"""Alembic environment: the same database setting as the CLI (``TALENTDB_DB`` / talentdb.db)."""
from alembic import context
from sqlalchemy import create_engine, pool

from talentdb.store.db import resolve_url
from talentdb.store.models import Base

config = context.config
target_metadata = Base.metadata


def _url() -> str:
    return config.attributes.get("talentdb_url") or resolve_url(None)


def run_migrations_offline() -> None:
    context.configure(url=_url(), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connectable = config.attributes.get("connection")
    if connectable is not None:
        context.configure(connection=connectable, target_metadata=target_metadata)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(_url(), poolclass=pool.NullPool)
    if engine.dialect.name == "sqlite":
        from sqlalchemy import event

        @event.listens_for(engine, "connect")
        def _wal(dbapi_conn, _record):
            # The mode talentdb runs the file in anyway (store.db); in it a migration's commit is not an fsync
            # of a rollback journal, which was a quarter of creating a new database.
            dbapi_conn.execute("PRAGMA journal_mode=WAL")
            dbapi_conn.execute("PRAGMA synchronous=NORMAL")
            # pysqlite would run CREATE TABLE outside any transaction: SQLAlchemy says when to BEGIN instead, so
            # the DDL below is inside the transaction too.
            dbapi_conn.isolation_level = None

        @event.listens_for(engine, "begin")
        def _begin(conn):
            conn.exec_driver_sql("BEGIN IMMEDIATE")

    # Every pending migration in ONE transaction, on SQLite as on PostgreSQL: a kill -9, a full disk or a refused
    # step leaves the database at the revision it started from, never half-migrated (a table that exists without
    # the revision saying so made the file unopenable: "table event_log already exists").
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata,
                          transaction_per_migration=False, transactional_ddl=True)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
