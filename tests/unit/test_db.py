"""The local database opens safely, migrates once, and fails with a typed error, not a traceback."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
import sqlalchemy
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

import kiosk.vault.models  # noqa: F401  (registers the vault tables on Base.metadata)
from kiosk.db import DatabaseError, for_read_modify_write, open_database
from kiosk.migrations import SCHEMA_HEAD
from kiosk.models import Base

TABLES = {"audit_events", "credentials", "lockout"}


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "kiosk.db"


def _scalar(engine: sqlalchemy.Engine, sql: str) -> object:
    with engine.connect() as connection:
        return connection.exec_driver_sql(sql).scalar()


def test_pragmas_are_in_force_on_every_connection(db_path: Path) -> None:
    engine = open_database(db_path)
    with engine.connect() as first, engine.connect() as second:
        for connection in (first, second):
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


def test_read_modify_write_transactions_hold_the_write_lock(db_path: Path) -> None:
    engine = open_database(db_path)
    other = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    with engine.begin() as plain:
        plain.exec_driver_sql("SELECT count(*) FROM lockout").all()
        other.execute("BEGIN IMMEDIATE")  # a plain transaction leaves writers alone
        other.execute("ROLLBACK")
    with for_read_modify_write(engine).begin() as guarded:
        guarded.exec_driver_sql("SELECT count(*) FROM lockout").all()
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    other.close()
    engine.dispose()


def test_folder_and_file_are_private(db_path: Path) -> None:
    open_database(db_path).dispose()
    assert stat.S_IMODE(db_path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_tables_exist_after_migration(db_path: Path) -> None:
    engine = open_database(db_path)
    assert TABLES <= set(sqlalchemy.inspect(engine).get_table_names())
    assert _scalar(engine, "SELECT version_num FROM alembic_version") == SCHEMA_HEAD
    engine.dispose()


def test_migrations_match_the_models(db_path: Path) -> None:
    engine = open_database(db_path)
    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    engine.dispose()


def test_reopening_keeps_data_and_schema(db_path: Path) -> None:
    engine = open_database(db_path)
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO credentials (role, pin_hash, set_at) VALUES ('admin', 'h', 't')"
        )
    engine.dispose()
    for _ in range(2):
        engine = open_database(db_path)
        assert _scalar(engine, "SELECT count(*) FROM credentials") == 1
        assert _scalar(engine, "SELECT count(*) FROM alembic_version") == 1
        engine.dispose()


def test_a_file_that_is_not_a_database_gives_db_corrupt(db_path: Path) -> None:
    db_path.parent.mkdir()
    db_path.write_bytes(b"these are not the pages you are looking for\n" * 100)
    with pytest.raises(DatabaseError) as caught:
        open_database(db_path)
    assert caught.value.code == "db_corrupt"


def test_damaged_pages_give_db_corrupt(db_path: Path) -> None:
    open_database(db_path).dispose()
    data = bytearray(db_path.read_bytes())
    data[4096:] = b"\xa5" * (len(data) - 4096)  # keep the header page, wreck the tables
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError) as caught:
        open_database(db_path)
    assert caught.value.code == "db_corrupt"


def test_a_folder_that_cannot_be_created_gives_db_unwritable(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the data folder should be")
    with pytest.raises(DatabaseError) as caught:
        open_database(blocker / "kiosk.db")
    assert caught.value.code == "db_unwritable"


def test_a_schema_from_a_newer_version_gives_db_migration_failed(db_path: Path) -> None:
    engine = open_database(db_path)
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    engine.dispose()
    with pytest.raises(DatabaseError) as caught:
        open_database(db_path)
    assert caught.value.code == "db_migration_failed"


def test_schema_head_constant_matches_the_migration_scripts() -> None:
    from alembic.script import ScriptDirectory

    from kiosk.db import alembic_config
    from kiosk.migrations import SCHEMA_HEAD

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == SCHEMA_HEAD


def test_reopening_a_current_database_does_not_load_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    open_database(tmp_path / "k.sqlite3").dispose()
    code = (
        "import sys; from pathlib import Path; from kiosk.db import open_database;"
        f"open_database(Path({str(tmp_path / 'k.sqlite3')!r})).dispose();"
        "print('alembic' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "False", done.stderr
