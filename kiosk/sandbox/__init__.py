"""Untrusted content from a stick is read, and documents are rebuilt, only inside a bubblewrap
sandbox.

`bwrap` runs a command with no network, a new user namespace, no capabilities, a read-only
system, only its inputs and an output folder, under memory, CPU, file-size and time limits;
`stick_reader` lists a USB stick, takes a file out of a FAT image and checks a copy (or a web
download) through `list_worker` in the sandbox, checking every answer (`stick_records`);
`rebuild` turns a PDF, an image, a text or an office document into a clean copy made from
pixels or plain text. When bubblewrap is missing or unusable, sticks are not read and
documents are refused.
"""
