"""The digital safe: per-person encrypted document vaults kept on the kiosk."""
