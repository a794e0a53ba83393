"""The session-scrubbing browser: a locked-down QtWebEngine wrapper, one class per file.

Importing this package loads QtWebEngine, so the shell imports it only when the Internet
tile is first used.
"""
