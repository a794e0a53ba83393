"""Alembic migrations for the kiosk's local database; applied by ``kiosk.db.open_database``."""
