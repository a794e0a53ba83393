"""Opening the kiosk's local SQLite database: safe pragmas, schema migrations, typed failures."""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import sqlalchemy
from sqlalchemy import event, exc

from kiosk.migrations import SCHEMA_HEAD

if TYPE_CHECKING:
    import alembic.config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

_BEGIN_OPTION = "kiosk_sqlite_begin"

DbErrorCode = Literal["db_corrupt", "db_unwritable", "db_busy", "db_migration_failed"]

# Primary SQLite result codes (https://sqlite.org/rescode.html) and what they mean for us.
_SQLITE_CODES: dict[int, DbErrorCode] = {
    3: "db_unwritable",  # SQLITE_PERM
    5: "db_busy",  # SQLITE_BUSY
    6: "db_busy",  # SQLITE_LOCKED
    8: "db_unwritable",  # SQLITE_READONLY
    10: "db_unwritable",  # SQLITE_IOERR
    11: "db_corrupt",  # SQLITE_CORRUPT
    13: "db_unwritable",  # SQLITE_FULL
    14: "db_unwritable",  # SQLITE_CANTOPEN
    26: "db_corrupt",  # SQLITE_NOTADB
}


class DatabaseError(Exception):
    """The database cannot be used. ``code`` says why; the original error is ``__cause__``."""

    def __init__(self, code: DbErrorCode) -> None:
        super().__init__(code)
        self.code: DbErrorCode = code


def open_database(path: Path) -> sqlalchemy.Engine:
    """Open (creating if needed) the database at ``path`` and migrate it to the latest schema.

    Safe to call again on an existing database. Raises ``DatabaseError`` when the file is not
    a usable database or cannot be written.
    """
    try:
        _prepare_files(path)
    except OSError as error:
        raise DatabaseError("db_unwritable") from error
    engine = sqlalchemy.create_engine(sqlalchemy.URL.create("sqlite", database=str(path)))
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    try:
        if _revision(path) != SCHEMA_HEAD:
            _migrate(engine)
        else:
            # Already current: check the file opens, without loading Alembic (start-up time).
            with engine.connect() as connection:
                connection.exec_driver_sql("SELECT 1 FROM alembic_version").all()
    except exc.DBAPIError as error:
        engine.dispose()
        raise DatabaseError(_classify(error.orig)) from error
    except exc.SQLAlchemyError as error:
        # e.g. a schema revision this version does not know (the database is newer).
        engine.dispose()
        raise DatabaseError("db_migration_failed") from error
    return engine


def _revision(path: Path) -> str | None:
    """The schema revision recorded in the file, read with the standard library only."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None  # new, empty, older than migrations, or damaged: Alembic will tell
    finally:
        connection.close()
    return str(row[0]) if row else None


def _migrate(engine: sqlalchemy.Engine) -> None:
    import alembic.command
    import alembic.util

    try:
        with for_read_modify_write(engine).begin() as connection:
            alembic.command.upgrade(alembic_config(connection), "head")
    except alembic.util.CommandError as error:
        # e.g. a schema revision this version does not know (the database is newer).
        raise exc.SQLAlchemyError("migration failed") from error


def for_read_modify_write(engine: sqlalchemy.Engine) -> sqlalchemy.Engine:
    """The same database, but every transaction takes the write lock as it begins.

    For transactions that read and then write (a counter): they run one at a time instead of
    interleaving or failing half-way on a lock upgrade. Keep them short; plain reads and
    single writes should use the engine itself.
    """
    return engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})


def alembic_config(connection: sqlalchemy.Connection | None = None) -> alembic.config.Config:
    """An Alembic configuration for the kiosk migrations, built without an ``alembic.ini``.

    Also handy by hand, e.g. ``alembic.command.revision(alembic_config(conn), autogenerate=True,
    message="...")`` with a connection from ``open_database`` on a scratch file.
    """
    import alembic.config

    config = alembic.config.Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _prepare_files(path: Path) -> None:
    # The database holds PIN hashes and lockout state: readable by the kiosk user only.
    if not path.parent.exists():
        path.parent.mkdir(mode=0o700, parents=True)
        path.parent.chmod(0o700)  # mkdir's mode is filtered by the umask
    if not path.exists():
        # An empty file is a valid empty database; SQLite gives its -wal and -shm files the
        # same permissions as the main file.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy emit BEGIN itself (see _on_begin): the sqlite3 module's legacy mode does
    # not open a transaction before DDL, which would make a migration non-atomic.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        (mode,) = cursor.execute("PRAGMA journal_mode=WAL").fetchone()
        if str(mode).lower() != "wal":
            log.warning("SQLite refused WAL journal mode; using %s", mode)
        # FULL: a power cut (kiosks get unplugged) must not lose a committed lockout.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
    finally:
        cursor.close()


def _on_begin(connection: sqlalchemy.Connection) -> None:
    mode = connection.get_execution_options().get(_BEGIN_OPTION, "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def _classify(orig: BaseException | None) -> DbErrorCode:
    errorcode = getattr(orig, "sqlite_errorcode", None)
    if isinstance(errorcode, int):
        code = _SQLITE_CODES.get(errorcode & 0xFF)  # extended codes carry the primary in 8 bits
        if code is not None:
            return code
    if isinstance(orig, sqlite3.OperationalError):
        return "db_unwritable"
    return "db_migration_failed"
