"""Policy decisions, table-driven and Qt-free: what the browser may open, and why not."""
