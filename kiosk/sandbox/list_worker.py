"""Runs inside the sandbox: list a USB stick, take one file out of a FAT image, check a copy.

    python -I -S -B list_worker.py SITE list SOURCE CAPS
    python -I -S -B list_worker.py SITE extract SOURCE PATH CAPS   (writes /out/file)
    python -I -S -B list_worker.py SITE check FILE NAME CAPS

SOURCE is "folder:<path>" (a mounted stick, bound read-only), "fat:<path>" (an image, bound
read-only) or "fd:<n>" (a device the kiosk opened read-only); CAPS (`stick.Caps`) and PATH (the
file's names) are JSON. SITE holds the kiosk package and pyfatfs: the walk, `sniff` and the FAT
reader of `kiosk.documents.stick` all run here, never in the kiosk.

It answers with one JSON object a line on stdout: for `list`, {"t": "entry", ...} per entry as
the walk finds it, then {"t": "end", "count": N}; for `extract` and `check`, one {"t": "file",
...}, the verdict of the copy. A refusal is {"t": "error", "code": ...} and exit status 4.
Nothing of this is trusted: `kiosk.sandbox.stick_reader` checks every line.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

REFUSED = 4
OCTET = "application/octet-stream"
_MIME = re.compile(r"[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}",
                   re.IGNORECASE)


def _emit(record: dict[str, Any]) -> None:
    # ASCII only: a name that is not UTF-8 comes through as escaped surrogates and back.
    sys.stdout.write(json.dumps(record, ensure_ascii=True, separators=(",", ":")) + "\n")


def _component(name: str) -> str:
    """A name as the kiosk accepts it; a FAT entry named "", ".", ".." or with "/" or NUL in it
    (always refused as unreadable) is shown with those characters replaced."""
    if name and name not in (".", "..") and "/" not in name and "\0" not in name:
        return name
    return "_" + name.replace("/", "_").replace("\0", "_")


def _mime(mime: str | None) -> str | None:
    """A MIME type the kiosk accepts; an odd one declared by a document becomes octet-stream."""
    return mime if mime is None or _MIME.fullmatch(mime) else OCTET


def _emit_entry(entry: Any) -> None:
    _emit({"t": "entry", "path": [_component(part) for part in entry.path],
           "folder": entry.is_dir, "size": entry.size, "verdict": entry.verdict,
           "reason": entry.reason, "kind": entry.kind, "mime": _mime(entry.mime)})


def _emit_file(stick: Any, copy: Path, name: str, caps: Any) -> None:
    size = copy.lstat().st_size
    verdict, reason, kind, mime = stick.classify(copy, name, size, caps)
    _emit({"t": "file", "size": size, "verdict": verdict, "reason": reason, "kind": kind,
           "mime": _mime(mime)})


def _image(stick: Any, spec: str) -> Path | int:
    """The image path or the descriptor SOURCE names; StickError("not_a_stick") when it holds
    no FAT file system."""
    how, _, where = spec.partition(":")
    if how not in ("fat", "fd"):
        raise ValueError(spec)
    image: Path | int = int(where) if how == "fd" else Path(where)
    if stick.fat_offset(image) is None:
        raise stick.StickError("not_a_stick")
    return image


def _list(stick: Any, spec: str, caps: Any) -> None:
    if spec.startswith("folder:"):
        listing = stick.list_folder(Path(spec.removeprefix("folder:")), caps,
                                    on_entry=_emit_entry)
    else:
        listing = stick.list_fat_image(_image(stick, spec), caps, on_entry=_emit_entry)
    _emit({"t": "end", "count": len(listing.entries)})


def _extract(stick: Any, spec: str, path: tuple[str, ...], caps: Any) -> None:
    copy = Path("/out/file")
    stick.copy_file(_image(stick, spec), path, copy, caps)
    _emit_file(stick, copy, path[-1], caps)


def main(argv: list[str]) -> int:
    site, command, *args = argv[1:]
    sys.path.insert(0, site)
    from kiosk.documents import stick

    caps = stick.Caps(**json.loads(args[-1]))
    try:
        if command == "list":
            _list(stick, args[0], caps)
        elif command == "extract":
            _extract(stick, args[0], tuple(json.loads(args[1])), caps)
        elif command == "check":
            _emit_file(stick, Path(args[0]), args[1], caps)
        else:
            raise ValueError(command)
    except stick.StickError as error:
        _emit({"t": "error", "code": error.code})
        return REFUSED
    finally:
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
