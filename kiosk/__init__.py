"""Kiosk: an offline-first, locked-down desktop shell for self-service public terminals."""

__version__ = "0.1.0"
