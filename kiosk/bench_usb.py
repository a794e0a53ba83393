"""`kiosk bench usb`: how fast a stick's files are classified, and a PDF rebuilt in the sandbox.

A generated tree (a fixed seed; PDFs, JPEG and PNG, text, docx and odt, programs, scripts,
archives and web pages, 1-64 KiB each) is listed as the kiosk lists a stick (in one bubblewrap
sandbox, every answer checked outside: `kiosk.sandbox.stick_reader`) and, in the same run,
typed by `file --mime-type` (libmagic) in one process over the same files; each is timed three
times, alternately, and the medians compared. A generated 10-page text PDF is then rebuilt by
`kiosk.sandbox.rebuild` (median of three) to give the seconds per page.
"""

from __future__ import annotations

import gzip
import io
import random
import shutil
import statistics
import subprocess
import tempfile
import time
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.bench import report_figures
from kiosk.documents.stick import StickError

GOAL_RATIO_VS_FILE = 1.0
GOAL_DISARM_S_PER_PAGE = 0.15
RUNS = 3
PER_FOLDER = 100
WORDS = ("attestation caisse allocation logement demande dossier numero date signature adresse "
         "montant mois annee revenus declaration justificatif droits situation famille votre "
         "pour avec dans les des une le la du au par sur total reference periode versement"
         ).split()
_OOXML_TYPES = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/'
                '2006/content-types"><Override PartName="/word/document.xml" ContentType="'
                'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'
                '"/></Types>')


def _words(rng: random.Random, size: int) -> bytes:
    out: list[str] = []
    length = 0
    while length < size:
        line = " ".join(rng.choice(WORDS) for _ in range(12)) + "\n"
        out.append(line)
        length += len(line)
    return "".join(out).encode()[:size]


def _zip(members: list[tuple[str, bytes, int]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for name, data, method in members:
            package.writestr(name, data, compress_type=method)
    return buffer.getvalue()


def _pdf(rng: random.Random, size: int) -> bytes:
    head = (b"%PDF-1.7\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            b"2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n3 0 obj <</Length 0>>\nstream\n")
    tail = b"\nendstream\nendobj\ntrailer <</Root 1 0 R>>\n%%EOF\n"
    return head + rng.randbytes(max(0, size - len(head) - len(tail))) + tail


def _jpeg(rng: random.Random, size: int) -> bytes:
    head = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            b"\xff\xc0\x00\x11\x08\x04\xb0\x06\x40\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01")
    return head + rng.randbytes(max(0, size - len(head) - 2)) + b"\xff\xd9"


def _png(rng: random.Random, size: int) -> bytes:
    head = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
            b"\x00\x00\x04\xb0\x00\x00\x06\x40\x08\x02\x00\x00\x00")
    return head + rng.randbytes(max(0, size - len(head)))


def _docx(rng: random.Random, size: int) -> bytes:
    return _zip([("[Content_Types].xml", _OOXML_TYPES.encode(), zipfile.ZIP_DEFLATED),
                 ("_rels/.rels", b"<Relationships/>", zipfile.ZIP_DEFLATED),
                 ("word/document.xml", b"<w:document>" + _words(rng, 2000) + b"</w:document>",
                  zipfile.ZIP_DEFLATED),
                 ("word/media/image1.jpeg", rng.randbytes(size), zipfile.ZIP_STORED)])


def _odt(rng: random.Random, size: int) -> bytes:
    return _zip([("mimetype", b"application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED),
                 ("META-INF/manifest.xml", b"<manifest:manifest/>", zipfile.ZIP_DEFLATED),
                 ("content.xml", b"<office:document-content>" + _words(rng, 2000)
                  + b"</office:document-content>", zipfile.ZIP_DEFLATED),
                 ("Pictures/1.png", rng.randbytes(size), zipfile.ZIP_STORED)])


Maker = Callable[[random.Random, int], bytes]
# (extension, how to make it, weight): roughly what a library's public brings on a stick
MIX: tuple[tuple[str, Maker, int], ...] = (
    (".pdf", _pdf, 22),
    (".jpg", _jpeg, 16),
    (".png", _png, 8),
    (".txt", _words, 12),
    (".docx", _docx, 10),
    (".odt", _odt, 4),
    (".exe", lambda r, n: b"MZ\x90\x00\x03" + r.randbytes(n), 6),
    (".bin", lambda r, n: b"\x7fELF\x02\x01\x01" + r.randbytes(n), 2),
    (".sh", lambda r, n: b"#!/bin/sh\n" + _words(r, n).replace(b"\n", b"\necho "), 3),
    (".bat", lambda r, n: b"@echo off\r\n" + _words(r, n), 3),
    (".zip", lambda r, n: _zip([("a.bin", r.randbytes(n), zipfile.ZIP_DEFLATED)]), 5),
    (".gz", lambda r, n: gzip.compress(r.randbytes(n), 1), 2),
    (".html", lambda r, n: b"<!DOCTYPE html><html><body>" + _words(r, n), 3),
    (".pdf", lambda r, n: b"MZ\x90\x00" + r.randbytes(n), 2),  # a program dressed as a PDF
    (".jpg", lambda r, n: b"#!/bin/sh\n" + _words(r, n), 2),  # a script dressed as a photo
)


def make_tree(root: Path, files: int, seed: int = 7) -> list[Path]:
    """`files` files under `root`, PER_FOLDER to a folder; their paths, in order."""
    rng = random.Random(seed)
    kinds = rng.choices(MIX, weights=[weight for _, _, weight in MIX], k=files)
    paths = []
    for index, (extension, make, _) in enumerate(kinds):
        folder = root / f"dossier-{index // PER_FOLDER:03d}"
        folder.mkdir(exist_ok=True)
        path = folder / f"document-{index:05d}{extension}"
        path.write_bytes(make(rng, rng.randint(1024, 64 * 1024)))
        paths.append(path)
    return paths


def text_pdf(pages: int = 10) -> bytes:
    """A PDF of `pages` A4 text pages (Helvetica, 50 lines each), written by hand."""
    rng = random.Random(pages)
    objects = [b"<</Type /Catalog /Pages 2 0 R>>", b"",
               b"<</Type /Font /Subtype /Type1 /BaseFont /Helvetica>>"]
    kids = []
    for page in range(pages):
        lines = [f"BT /F1 16 Tf 56 790 Td (Attestation - page {page + 1}) Tj ET"]
        for line in range(50):
            words = " ".join(rng.choice(WORDS) for _ in range(11))
            lines.append(f"BT /F1 10 Tf 56 {760 - 14 * line} Td ({words}) Tj ET")
        stream = "\n".join(lines).encode()
        objects.append(b"<</Length %d>>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(len(objects) + 1)
        objects.append(b"<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       b"/Resources <</Font <</F1 3 0 R>>>> /Contents %d 0 R>>" % (len(objects)))
    refs = " ".join(f"{kid} 0 R" for kid in kids).encode()
    objects[1] = b"<</Type /Pages /Kids [%s] /Count %d>>" % (refs, pages)
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer <</Size %d /Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1,
                                                                           xref)
    return bytes(out)


def _time(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def measure_classification(root: Path, paths: list[Path]) -> dict[str, Any]:
    """Medians of our listing and of `file --mime-type` on the same files, alternately."""
    file_cmd = shutil.which("file")
    names = root / "names.txt"
    names.write_text("".join(f"{path}\n" for path in paths))
    ours, theirs = [], []
    verdicts: Counter[str] = Counter()

    def run_file() -> None:
        assert file_cmd is not None
        subprocess.run([file_cmd, "--mime-type", "-b", "-f", str(names)], check=True,
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=600)

    from kiosk.sandbox.stick_reader import StickReader

    reader = StickReader()
    if not reader.available():
        return {"files": len(paths), "classify_s": None, "file_cmd_s": None,
                "classify_ratio_vs_file": None, "verdicts": {},
                "file_cmd_note": "not measured: the sandbox is unavailable"}
    for _ in range(RUNS):
        start = time.perf_counter()
        listing = reader.listing(root / "stick")
        ours.append(time.perf_counter() - start)
        verdicts = Counter(e.verdict for e in listing.entries if not e.is_dir)
        if file_cmd is not None:
            theirs.append(_time(run_file))
    classify_s = statistics.median(ours)
    file_cmd_s = statistics.median(theirs) if theirs else None
    return {"files": len(paths), "classify_s": round(classify_s, 4),
            "file_cmd_s": None if file_cmd_s is None else round(file_cmd_s, 4),
            "classify_ratio_vs_file": None if not file_cmd_s else round(classify_s / file_cmd_s,
                                                                         3),
            "file_cmd_note": None if file_cmd else "the `file` command is not installed",
            "verdicts": dict(sorted(verdicts.items()))}


def measure_disarm(work: Path, pages: int = 10) -> dict[str, Any]:
    """Median seconds per page to rebuild a `pages`-page PDF in the sandbox."""
    try:
        from kiosk.sandbox.bwrap import probe
        from kiosk.sandbox.rebuild import RebuildRefused, rebuild
    except ImportError as error:
        return {"disarm_s_per_page": None, "disarm_note": f"no sandbox module ({error.name})"}
    status = probe()
    if not status.available:
        return {"disarm_s_per_page": None, "disarm_note": f"sandbox unavailable: {status.reason}"}
    source = work / "ten-pages.pdf"
    source.write_bytes(text_pdf(pages))
    times = []
    for run in range(RUNS):
        out = work / f"rebuilt-{run}"
        out.mkdir()
        start = time.perf_counter()
        try:
            rebuilt = rebuild(source, "pdf", out)
        except RebuildRefused as refused:
            return {"disarm_s_per_page": None, "disarm_note": f"rebuild refused: {refused.code}"}
        times.append((time.perf_counter() - start) / max(1, rebuilt.pages))
    return {"disarm_s_per_page": round(statistics.median(times), 4), "disarm_pages": pages,
            "disarm_note": None}


def measure_usb(files: int = 10_000) -> dict[str, Any]:
    """Every figure of the benchmark, keyed as `kiosk bench usb --json` prints them."""
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-usb-") as tmp:
        root = Path(tmp)
        (root / "stick").mkdir()
        paths = make_tree(root / "stick", files)
        figures = measure_classification(root, paths)
        figures.update(measure_disarm(root))
    ratio, disarm = figures["classify_ratio_vs_file"], figures["disarm_s_per_page"]
    figures["goals"] = {"classify_ratio_vs_file": GOAL_RATIO_VS_FILE,
                        "disarm_s_per_page": GOAL_DISARM_S_PER_PAGE}
    figures["goal_classify_met"] = None if ratio is None else ratio <= GOAL_RATIO_VS_FILE
    figures["goal_disarm_met"] = None if disarm is None else disarm <= GOAL_DISARM_S_PER_PAGE
    return figures


def _verdict(met: bool | None) -> str:
    return "not measured" if met is None else ("met" if met else "not met")


def _print_human(f: dict[str, Any]) -> None:
    if f["classify_s"] is None:
        print(f"classification of {f['files']} files: {f['file_cmd_note']}")
    else:
        print(f"classified {f['files']} files in the sandbox in {f['classify_s']:.3f} s "
              f"({', '.join(f'{n} {v}' for v, n in f['verdicts'].items())})")
    if f["file_cmd_s"] is None:
        print(f"file --mime-type: {f['file_cmd_note']}")
    else:
        print(f"file --mime-type on the same files: {f['file_cmd_s']:.3f} s; "
              f"ratio {f['classify_ratio_vs_file']:.2f}")
    if f["disarm_s_per_page"] is None:
        print(f"rebuild of a 10-page PDF: not measured ({f['disarm_note']})")
    else:
        print(f"rebuild of a 10-page PDF in the sandbox: {f['disarm_s_per_page']:.3f} s/page")
    print(f"goal: classify_ratio_vs_file ≤ {GOAL_RATIO_VS_FILE:g} — "
          f"{_verdict(f['goal_classify_met'])}")
    print(f"goal: disarm_s_per_page ≤ {GOAL_DISARM_S_PER_PAGE:g} s — "
          f"{_verdict(f['goal_disarm_met'])}")


def run_usb_bench(json_out: bool, files: int = 10_000) -> int:
    """Run the benchmark and print its figures (one JSON document with `json_out`)."""
    return report_figures(
        "kiosk bench usb", lambda: measure_usb(files), _print_human, json_out,
        (OSError, subprocess.SubprocessError, StickError),
    )
