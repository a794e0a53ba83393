"""Alembic environment: runs the migrations on the connection ``kiosk.db`` hands over.

``open_database`` passes an open connection in ``config.attributes["connection"]``; the
``sqlalchemy.url`` fallback only serves developers running Alembic by hand. Logging is
left alone on purpose: the application configures it once.
"""

from alembic import context
from sqlalchemy import create_engine, pool

import kiosk.vault.models  # noqa: F401  (registers the vault tables on Base.metadata)
from kiosk.models import Base

config = context.config
target_metadata = Base.metadata


def _configure(**kwargs) -> None:
    # render_as_batch: SQLite can only ALTER a table by copying it; batch mode does that.
    context.configure(target_metadata=target_metadata, render_as_batch=True, **kwargs)


def run_migrations_offline() -> None:
    _configure(url=config.get_main_option("sqlalchemy.url"), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection=connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("no connection in config.attributes and no sqlalchemy.url")
    engine = create_engine(url, poolclass=pool.NullPool)
    with engine.connect() as own_connection:
        _configure(connection=own_connection)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
