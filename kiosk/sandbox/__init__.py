"""Untrusted documents are parsed and rebuilt only inside a bubblewrap sandbox.

`bwrap` runs a command with no network, a new user namespace, no capabilities, a read-only
system, only its inputs and an output folder, under memory, CPU, file-size and time limits;
`rebuild` turns a PDF, an image, a text or an office document into a clean copy made from
pixels or plain text. When bubblewrap is missing or unusable, documents are refused.
"""
