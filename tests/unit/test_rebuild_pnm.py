"""The raw pixels a sandbox hands back are checked before use: header, caps and exact length,
and what a compromised renderer leaves behind never makes it into a rebuilt PDF."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader

from kiosk.sandbox.bwrap import Bubblewrap, SandboxError, SandboxResult, SandboxStatus
from kiosk.sandbox.pnm import (
    MAX_SIDE,
    PnmError,
    PnmHeader,
    check_length,
    check_size,
    parse_header,
    read_pnm,
)
from kiosk.sandbox.rebuild import RebuildRefused, rebuild


def code_of(head: bytes) -> str:
    with pytest.raises(PnmError) as caught:
        parse_header(head)
    return caught.value.code


def test_pdftoppm_and_pillow_headers() -> None:
    assert parse_header(b"P6\n1240 1755\n255\n\xff\xff") == PnmHeader(1240, 1755, 3, 17)
    header = parse_header(b"P5 7 3 255 ")
    assert (header.mode, header.pixels, header.data_size, header.offset) == ("L", 21, 21, 11)


@pytest.mark.parametrize("head", [
    b"",
    b"P6",
    b"P6\n1240 1755\n255",  # no byte ends the maxval
    b"P3\n2 2\n255\n",  # plain (text) PPM
    b"P4\n2 2\n",  # bitmap
    b"P7\nWIDTH 2\n",  # PAM
    b"P6\n2 2\n65535\n",  # 16 bits
    b"P6\n2 2\n15\n",
    b"P6\n0 2\n255\n",
    b"P6\n2 0\n255\n",
    b"P6\n# made by\n2 2\n255\n",  # comments are not accepted
    b"P6\n  2 2\n255\n",  # nor runs of whitespace
    b"P6\n-2 2\n255\n",
    b"P6\n2x 2\n255\n",
    b"P6\n1234567 2\n255\n",  # 7 digits
    b"\x00P6\n2 2\n255\n",
    b"p6\n2 2\n255\n",
])
def test_malformed_headers(head: bytes) -> None:
    assert code_of(head) == "malformed"


def test_only_the_start_is_looked_at() -> None:
    assert code_of(b"P6\n" + b"1" * 40 + b" 2\n255\n") == "malformed"


def test_huge_dimensions_are_refused_before_any_pixel() -> None:
    check_size(parse_header(b"P6\n10000 10000\n255\n"))
    for head in (b"P6\n10001 10\n255\n", b"P6\n10 999999\n255\n"):
        with pytest.raises(PnmError) as caught:
            check_size(parse_header(head))
        assert caught.value.code == "too_large"
    with pytest.raises(PnmError) as caught:
        check_size(parse_header(b"P5\n8000 8000\n255\n"), max_pixels=50_000_000)
    assert caught.value.code == "too_large"
    assert MAX_SIDE == 10_000


def test_length_must_match_exactly() -> None:
    header = parse_header(b"P6\n4 2\n255\n")  # 11 bytes of header, 24 of pixels
    check_length(header, 35)
    for size, code in ((34, "truncated"), (11, "truncated"), (36, "malformed")):
        with pytest.raises(PnmError) as caught:
            check_length(header, size)
        assert caught.value.code == code


def test_reads_what_pillow_wrote(tmp_path: Path) -> None:
    image = Image.new("RGB", (5, 3), (10, 20, 30))
    image.putpixel((4, 2), (1, 2, 3))
    image.save(tmp_path / "page.ppm")
    Image.new("L", (3, 5), 77).save(tmp_path / "grey.pgm")
    read = read_pnm(tmp_path / "page.ppm")
    assert (read.mode, read.size, read.getpixel((4, 2))) == ("RGB", (5, 3), (1, 2, 3))
    assert read.tobytes() == image.tobytes()
    grey = read_pnm(tmp_path / "grey.pgm")
    assert (grey.mode, grey.size, grey.getpixel((0, 0))) == ("L", (3, 5), 77)


@pytest.mark.parametrize(("data", "code"), [
    (b"P6\n4 4\n255\n" + b"\x00" * 47, "truncated"),
    (b"P6\n4 4\n255\n" + b"\x00" * 49, "malformed"),
    (b"P6\n20000 20000\n255\n" + b"\x00" * 10, "too_large"),  # a lie; never read
    (b"GIF89a", "malformed"),
])
def test_bad_files(tmp_path: Path, data: bytes, code: str) -> None:
    path = tmp_path / "p-1.ppm"
    path.write_bytes(data)
    with pytest.raises(PnmError) as caught:
        read_pnm(path)
    assert caught.value.code == code


def test_pixel_cap_applies_to_files(tmp_path: Path) -> None:
    path = tmp_path / "p-1.ppm"
    path.write_bytes(b"P5\n100 100\n255\n" + b"\x00" * 10_000)
    assert read_pnm(path, max_pixels=10_000).size == (100, 100)
    with pytest.raises(PnmError):
        read_pnm(path, max_pixels=9_999)


def test_links_and_fifos_left_by_a_sandbox_are_not_followed(tmp_path: Path) -> None:
    secret = tmp_path / "secret.ppm"
    Image.new("RGB", (2, 2)).save(secret)
    link = tmp_path / "p-1.ppm"
    link.symlink_to(secret)
    folder = tmp_path / "p-3.ppm"
    folder.mkdir()
    fifo = tmp_path / "p-2.ppm"
    os.mkfifo(fifo)
    for path in (link, fifo, folder, tmp_path / "p-4.ppm"):  # fifo: opened without blocking
        with pytest.raises(PnmError) as caught:
            read_pnm(path)
        assert caught.value.code == "malformed"


# What a compromised renderer could leave in its output folder, checked through `rebuild`
# with a scripted stand-in for the sandbox.

A4_INFO = (b"Pages:          2\nPage    1 size:  595 x 842 pts (A4)\n"
           b"Page    2 size:  595 x 842 pts (A4)\n")
PPM_A4 = b"P6\n1240 1755\n255\n" + b"\xff" * (1240 * 1755 * 3)
Render = Callable[[Path, range], None]


class ScriptedBox(Bubblewrap):
    """Answers pdfinfo with `info` and 'renders' pdftoppm's -f..-l by calling `render`."""

    def __init__(self, render: Render, info: bytes = A4_INFO) -> None:
        super().__init__("/bin/true")
        self.render, self.info = render, info

    def probe(self) -> SandboxStatus:
        return SandboxStatus(True)

    def run(self, argv: Sequence[str], **options: Any) -> SandboxResult:
        if argv[0] == "pdfinfo":
            return SandboxResult(0, self.info, b"")
        first, last = int(argv[argv.index("-f") + 1]), int(argv[argv.index("-l") + 1])
        self.render(options["output_dir"], range(first, last + 1))
        return SandboxResult(0, b"", b"")


def rebuild_with(tmp_path: Path, box: Bubblewrap) -> Path:
    source = tmp_path / "document.pdf"
    source.write_bytes(b"%PDF-1.4\n")
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    rebuild(source, "pdf", out, sandbox=box)
    return out


def refusal(tmp_path: Path, box: Bubblewrap) -> str:
    with pytest.raises(RebuildRefused) as caught:
        rebuild_with(tmp_path, box)
    assert list((tmp_path / "out").iterdir()) == []  # nothing left behind
    return caught.value.code


def pages(names: Callable[[int], list[str]] = lambda n: [f"p-{n}.ppm"],
          data: bytes = PPM_A4) -> Render:
    def render(folder: Path, numbers: range) -> None:
        for number in numbers:
            for name in names(number):
                (folder / name).write_bytes(data)
    return render


def test_a_faithful_renderer_gives_a_pdf(tmp_path: Path) -> None:
    out = rebuild_with(tmp_path, ScriptedBox(pages(lambda n: [f"p-{n:02d}.ppm"])))
    reader = PdfReader(out / "rebuilt.pdf")
    assert [round(float(p.mediabox.width)) for p in reader.pages] == [595, 595]
    assert [p.name for p in out.iterdir()] == ["rebuilt.pdf"]


def test_a_link_to_a_host_file_is_not_followed(tmp_path: Path) -> None:
    secret = tmp_path / "host-secret.ppm"
    secret.write_bytes(PPM_A4)

    def render(folder: Path, numbers: range) -> None:
        for number in numbers:
            (folder / f"p-{number}.ppm").symlink_to(secret)

    assert refusal(tmp_path, ScriptedBox(render)) == "unreadable"


@pytest.mark.parametrize(("render", "code"), [
    (pages(lambda n: [] if n == 2 else [f"p-{n}.ppm"]), "unreadable"),  # a page missing
    (pages(lambda n: [f"p-{n}.ppm", "run-me.sh"]), "unreadable"),  # something else
    (pages(lambda n: [f"p-{n}.ppm", f"p-{n + 2}.ppm"]), "unreadable"),  # not asked for
    (pages(lambda n: [f"p-{n}.ppm", f"p-0{n}.ppm"]), "unreadable"),  # twice the same page
    (pages(data=b"P6\n20000 20000\n255\n"), "too_large"),
    (pages(data=b"P6\n9000 9000\n255\n"), "too_large"),  # 81 MP: over the page cap
    (pages(data=b"P6\n1240 1755\n255\n\xff"), "unreadable"),
    (pages(data=b"%!PS-Adobe"), "unreadable"),
])
def test_what_a_renderer_leaves_is_checked(tmp_path: Path, render: Render, code: str) -> None:
    assert refusal(tmp_path, ScriptedBox(render)) == code


@pytest.mark.parametrize(("info", "code"), [
    (b"Pages:          201\n", "too_many_pages"),
    (b"Title: x\nPages: 1\nPages:          0\n", "unreadable"),  # the last one counts
    (b"Pages: 2\nPage    1 size:  595 x 842 pts\n", "unreadable"),  # a page without a size
    (b"Pages: 1\nPage    1 size:  14400 x 14400 pts\n", "too_large"),  # 5 m wide
    (b"Syntax Error: no trailer\n", "unreadable"),
])
def test_what_pdfinfo_says_is_bounded(tmp_path: Path, info: bytes, code: str) -> None:
    assert refusal(tmp_path, ScriptedBox(pages(), info)) == code


@pytest.mark.parametrize(("error", "code"), [
    (SandboxError("timeout"), "timeout"),
    (SandboxError("limit", "cpu"), "timeout"),
    (SandboxError("limit", "file_size"), "too_large"),
    (SandboxError("limit", "killed"), "too_large"),
    (SandboxError("failed", "bwrap: execvp pdftoppm"), "sandbox_unavailable"),
])
def test_sandbox_errors_become_refusals(tmp_path: Path, error: SandboxError, code: str) -> None:
    def render(folder: Path, numbers: range) -> None:
        raise error

    assert refusal(tmp_path, ScriptedBox(render)) == code
