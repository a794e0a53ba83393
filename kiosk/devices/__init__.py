"""Device ports (scanner, printer, USB storage) and their real and fake adapters."""
