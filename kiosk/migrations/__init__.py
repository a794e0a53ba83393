"""Alembic migrations for the kiosk's local database; applied by ``kiosk.db.open_database``."""

# The newest revision. `open_database` skips loading Alembic when the file is already there
# (a test checks this matches the scripts); update it with every new migration.
SCHEMA_HEAD = "0003"
