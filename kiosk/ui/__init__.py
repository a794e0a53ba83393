"""The PySide6 shell. The only package allowed to import Qt."""
