"""The bubblewrap sandbox and the document rebuild, against the real bwrap, pdftoppm and Pillow.

What a person bringing a hostile file would otherwise get: the network, the host's files, a
way to keep running, or a PDF whose script or attachment survives the rebuild.
"""

from __future__ import annotations

import io
import json
import os
import random
import socket
import struct
import subprocess
import threading
import time
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, PngImagePlugin
from pypdf import PdfReader, PdfWriter
from pypdf.actions import JavaScript
from pypdf.generic import DictionaryObject, NameObject, TextStringObject

from kiosk.sandbox import rebuild as rebuild_module
from kiosk.sandbox.bwrap import Bubblewrap, SandboxError, describe, python_runtime
from kiosk.sandbox.rebuild import RebuildRefused, Rebuilt, rebuild

pytestmark = pytest.mark.real

A4_PT = (595, 842)


@pytest.fixture(scope="module")
def box() -> Bubblewrap:
    return Bubblewrap()


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def text_pdf(pages: int) -> bytes:
    """A PDF of `pages` A4 pages of real text (Helvetica, not embedded), written by hand."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for page in range(1, pages + 1):
        lines = [f"({page}.{n} Lorem ipsum dolor sit amet, consectetur adipiscing elit.) '"
                 for n in range(1, 51)]
        content = ("BT /F1 11 Tf 56 790 Td 14 TL\n" + "\n".join(lines) + "\nET").encode()
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {A4_PT[0]} {A4_PT[1]}] "
                       f"/Resources << /Font << /F1 3 0 R >> >> /Contents {len(objects)} 0 R >>"
                       .encode())
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {pages} >>".encode()
    data, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(data))
        data += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    data += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    data += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(data)


def in_sandbox(box: Bubblewrap, code: str, out: Path, **options: Any) -> dict[str, Any]:
    """Run Python `code` (which sets `result`) in the sandbox; `result` comes back as JSON."""
    runtime = python_runtime()
    script = f"import json, os\nresult = {{}}\n{code}\nprint(json.dumps(result))"
    done = box.run([*runtime.argv, "-c", script], output_dir=out,
                   ro_binds=runtime.binds, **options)
    assert done.returncode == 0, done.stderr.decode()
    answer: dict[str, Any] = json.loads(done.stdout)
    return answer


# The sandbox itself


def test_probe_says_the_sandbox_works(box: Bubblewrap) -> None:
    status = box.probe()
    assert status.available, status.detail
    assert "sandbox" in describe(status)


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.5)
    yield server
    server.close()


def test_no_network(box: Bubblewrap, out: Path, listener: socket.socket) -> None:
    port = listener.getsockname()[1]
    answer = in_sandbox(box, f"""
import socket
try:
    socket.create_connection(("127.0.0.1", {port}), timeout=2).close()
    result["connected"] = True
except OSError as error:
    result["connected"] = False
result["interfaces"] = sorted(name for _, name in socket.if_nameindex())
""", out)
    assert answer["connected"] is False
    assert answer["interfaces"] == ["lo"]  # a network namespace of its own, loopback only
    with pytest.raises(TimeoutError):
        listener.accept()


def test_host_files_stay_out_of_reach(box: Bubblewrap, tmp_path: Path, out: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "kiosk.db").write_text("a person's records")
    answer = in_sandbox(box, f"""
def readable(path):
    try:
        with open(path, "rb") as file:
            file.read(1)
        return True
    except OSError:
        return False
result["shadow"] = readable("/etc/shadow")
result["passwd"] = readable("/etc/passwd")
result["data"] = readable({str(data_dir / "kiosk.db")!r})
result["work"] = os.path.exists({str(Path.cwd())!r})
try:
    result["home"] = os.listdir({str(Path.home())!r})
except OSError:
    result["home"] = []
result["processes"] = [p for p in os.listdir("/proc") if p.isdigit()]
""", out)
    assert answer["shadow"] is False and answer["passwd"] is False
    assert answer["data"] is False and answer["work"] is False
    # At most the way down to this Python's installation (bound read-only), nothing else.
    python_home = {str(path.relative_to(Path.home())).split("/")[0]
                   for path, _ in python_runtime().binds if path.is_relative_to(Path.home())}
    assert set(answer["home"]) <= python_home
    assert len(answer["processes"]) <= 3  # its own PID namespace


def test_writes_only_reach_the_output_folder(box: Bubblewrap, tmp_path: Path,
                                             out: Path) -> None:
    document = tmp_path / "document.txt"
    document.write_text("original")
    marker = f"kiosk-sandbox-{os.getpid()}"
    runtime = python_runtime()
    script = f"""
import json
result = {{}}
for path in ("/in/document.txt", "/usr/{marker}", "/etc/{marker}", "/tmp/{marker}",
             "/out/{marker}"):
    try:
        with open(path, "w") as file:
            file.write("written")
        result[path] = True
    except OSError:
        result[path] = False
print(json.dumps(result))
"""
    done = box.run([*runtime.argv, "-c", script], inputs=[document], output_dir=out,
                   ro_binds=runtime.binds)
    answer = json.loads(done.stdout)
    assert answer["/in/document.txt"] is False and answer["/usr/" + marker] is False
    assert document.read_text() == "original"
    assert not Path("/usr", marker).exists() and not Path("/etc", marker).exists()
    assert not Path("/tmp", marker).exists()  # its /tmp is its own, and gone
    assert (out / marker).read_text() == "written"


def test_no_capabilities_and_an_unprivileged_user(box: Bubblewrap, out: Path) -> None:
    done = box.run(["/bin/cat", "/proc/self/status"], output_dir=out)
    status = dict(line.split(":", 1) for line in done.stdout.decode().splitlines())
    for field in ("CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb"):
        assert int(status[field], 16) == 0, field
    assert status["Uid"].split()[0] == "65534"
    assert status["NoNewPrivs"].strip() == "1"


def test_timeout_kills_everything_inside(box: Bubblewrap, out: Path) -> None:
    marker = str(40_000 + os.getpid() % 10_000)
    started = time.monotonic()
    with pytest.raises(SandboxError) as caught:
        box.run(["/bin/sh", "-c", f"sleep {marker} & sleep {marker}"], output_dir=out,
                timeout_s=1)
    assert caught.value.code == "timeout"
    assert time.monotonic() - started < 5
    time.sleep(0.2)
    left = subprocess.run(["pgrep", "-f", f"sleep {marker}"], capture_output=True, check=False)
    assert left.stdout == b""


def test_cancel_stops_the_sandbox_at_once(box: Bubblewrap, out: Path) -> None:
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    started = time.monotonic()
    with pytest.raises(SandboxError) as caught:
        box.run(["/bin/sleep", "30"], output_dir=out, cancel=cancel)
    assert caught.value.code == "cancelled"
    assert time.monotonic() - started < 3


def test_memory_limit(box: Bubblewrap, out: Path) -> None:
    runtime = python_runtime()
    done = box.run([*runtime.argv, "-c", "b = bytearray(600 * 1024 * 1024); print('allocated')"],
                   output_dir=out, memory_mb=256, ro_binds=runtime.binds)
    assert done.returncode != 0 and b"allocated" not in done.stdout
    assert b"MemoryError" in done.stderr


def test_cpu_and_file_size_limits(box: Bubblewrap, out: Path) -> None:
    with pytest.raises(SandboxError) as caught:
        box.run(["/bin/sh", "-c", "while :; do :; done"], output_dir=out, cpu_s=1, timeout_s=20)
    assert (caught.value.code, caught.value.detail) == ("limit", "cpu")
    with pytest.raises(SandboxError) as caught:
        box.run(["/bin/sh", "-c", "head -c 3000000 /dev/zero > /out/big"], output_dir=out,
                file_size_mb=1)
    assert (caught.value.code, caught.value.detail) == ("limit", "file_size")
    assert (out / "big").stat().st_size <= 1024 * 1024


# The rebuild


def hostile_pdf(path: Path, pages: int) -> None:
    """A text PDF with an /OpenAction script, a document-level script and an attached file."""
    writer = PdfWriter(clone_from=io.BytesIO(text_pdf(pages)))
    writer.add_open_action(JavaScript("app.alert('from the name tree');"))
    writer._root_object[NameObject("/OpenAction")] = DictionaryObject({
        NameObject("/S"): NameObject("/JavaScript"),
        NameObject("/JS"): TextStringObject("app.alert('on open');"),
    })
    writer.add_attachment("payload.exe", b"MZ pretend program")
    writer.write(path)


def test_pdf_rebuilt_from_pixels_without_scripts_or_attachments(tmp_path: Path,
                                                                out: Path) -> None:
    source = tmp_path / "lettre de la CAF.pdf"
    hostile_pdf(source, 10)
    before = PdfReader(source)
    assert before.attachments and "/OpenAction" in before.root_object

    result = rebuild(source, "pdf", out)

    assert result == Rebuilt(out / "rebuilt.pdf", "application/pdf", 10)
    reader = PdfReader(result.path)
    assert len(reader.pages) == 10
    root = reader.root_object
    assert not {"/OpenAction", "/AA", "/Names", "/AcroForm", "/AF"} & set(root.keys())
    assert reader.attachments == {}
    raw = result.path.read_bytes()
    for needle in (b"/JavaScript", b"/JS", b"/EmbeddedFile", b"/Launch", b"payload"):
        assert needle not in raw
    page = reader.pages[0]
    assert page.extract_text() == ""  # pixels only
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    assert abs(width - A4_PT[0]) < 1 and abs(height - A4_PT[1]) < 1
    assert sorted(p.name for p in out.iterdir()) == ["rebuilt.pdf"]  # work files are gone


def test_truncated_pdf_is_unreadable(tmp_path: Path, out: Path) -> None:
    source = tmp_path / "cut.pdf"
    data = text_pdf(3)
    source.write_bytes(data[: len(data) // 3])
    with pytest.raises(RebuildRefused) as caught:
        rebuild(source, "pdf", out)
    assert caught.value.code == "unreadable"


def test_too_many_pages(tmp_path: Path, out: Path) -> None:
    source = tmp_path / "long.pdf"
    source.write_bytes(text_pdf(rebuild_module.MAX_PAGES + 1))
    with pytest.raises(RebuildRefused) as caught:
        rebuild(source, "pdf", out)
    assert caught.value.code == "too_many_pages"


def test_a_long_rebuild_can_be_cancelled(tmp_path: Path, out: Path) -> None:
    source = tmp_path / "long.pdf"
    source.write_bytes(text_pdf(rebuild_module.MAX_PAGES))
    cancel = threading.Event()
    threading.Timer(0.5, cancel.set).start()
    started = time.monotonic()
    with pytest.raises(RebuildRefused) as caught:
        rebuild(source, "pdf", out, cancel=cancel)
    assert caught.value.code == "cancelled"
    assert time.monotonic() - started < 4
    assert list(out.iterdir()) == []


def test_png_loses_its_metadata(tmp_path: Path, out: Path) -> None:
    source = tmp_path / "photo.png"
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Jeanne Martin, 12 rue des Lilas")
    info.add_itxt("Comment", "secret note", zip=True)
    exif = Image.Exif()
    exif[0x010E] = "ImageDescription with a secret"  # ImageDescription
    Image.new("RGB", (64, 48), (200, 30, 30)).save(source, pnginfo=info, exif=exif)

    result = rebuild(source, "png", out)

    assert result.mime == "image/png"  # one colour: kept lossless
    with Image.open(result.path) as clean:
        assert clean.size == (64, 48)
        assert clean.getpixel((10, 10)) == (200, 30, 30)
        assert not clean.info.get("exif") and not clean.getexif()
        assert not {"Author", "Comment"} & set(clean.info)
    raw = result.path.read_bytes()
    assert b"Jeanne" not in raw and b"secret" not in raw


def test_jpeg_is_turned_upright_and_loses_exif(tmp_path: Path, out: Path) -> None:
    source = tmp_path / "IMG_0001.jpg"
    # Random colours, like a photo's many: it stays a JPEG
    photo = Image.frombytes("RGB", (120, 80), random.Random(1).randbytes(120 * 80 * 3))
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to display
    exif[0x010F] = "PhoneMaker"
    photo.save(source, exif=exif, quality=95)

    result = rebuild(source, "jpeg", out)

    assert result.mime == "image/jpeg"
    with Image.open(result.path) as clean:
        assert clean.size == (80, 120)
        assert not clean.getexif()
    assert b"PhoneMaker" not in result.path.read_bytes()


def bomb_png(path: Path, side: int) -> None:
    """A `side` x `side` 1-bit white PNG, streamed so that it never exists in memory."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data))

    row = b"\x00" + b"\xff" * ((side + 7) // 8)
    packer = zlib.compressobj(9)
    body = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side,
                     1, 0, 0, 0, 0)) + chunk(b"IDAT", body) + chunk(b"IEND", b""))


def test_pixel_bomb_is_refused_without_decoding(tmp_path: Path, out: Path) -> None:
    source = tmp_path / "bomb.png"
    bomb_png(source, 30_000)
    assert source.stat().st_size < 1_000_000
    started = time.monotonic()
    with pytest.raises(RebuildRefused) as caught:
        rebuild(source, "png", out)
    assert caught.value.code == "too_large"
    assert time.monotonic() - started < 10


def test_text_is_re_encoded_as_utf8(tmp_path: Path, out: Path) -> None:
    source = tmp_path / "notes.txt"
    source.write_bytes("Numéro : 12\r\nà payer\x1b[31m\x00 fin\n".encode("cp1252"))
    result = rebuild(source, "text", out)
    assert result.mime == "text/plain"
    assert result.path.read_text(encoding="utf-8") == "Numéro : 12\nà payer[31m fin\n"


def test_office_without_libreoffice_is_refused(tmp_path: Path, out: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rebuild_module.shutil, "which", lambda name: None)
    source = tmp_path / "cv.odt"
    source.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(RebuildRefused) as caught:
        rebuild(source, "odt", out)
    assert caught.value.code == "office_unsupported"


@pytest.mark.parametrize("kind", ["pdf", "png", "text", "odt"])
def test_without_bwrap_nothing_is_parsed(tmp_path: Path, out: Path, kind: str) -> None:
    missing = Bubblewrap(tmp_path / "no-such-bwrap")
    status = missing.probe()
    assert (status.available, status.reason) == (False, "missing")
    assert "not installed" in describe(status)
    source = tmp_path / "document"
    if kind == "pdf":
        source.write_bytes(text_pdf(1))
    elif kind == "png":
        Image.new("RGB", (8, 8)).save(source, "PNG")
    else:
        source.write_text("hello")
    with pytest.raises(RebuildRefused) as caught:
        rebuild(source, kind, out, sandbox=missing)
    assert caught.value.code == "sandbox_unavailable"
    assert list(out.iterdir()) == []
    with pytest.raises(SandboxError) as error:
        missing.run(["/bin/true"], output_dir=out)
    assert error.value.code == "unavailable"


def test_unusable_bwrap_is_reported(tmp_path: Path, out: Path) -> None:
    broken = tmp_path / "bwrap"
    broken.write_text("#!/bin/sh\necho 'bwrap: setting up uid map: Permission denied' >&2\n"
                      "exit 1\n")
    broken.chmod(0o755)
    status = Bubblewrap(broken).probe()
    assert (status.available, status.reason) == (False, "unusable")
    assert status.detail is not None and "uid map" in status.detail
    assert "uid map" in describe(status)
    source = tmp_path / "notes.txt"
    source.write_text("hello")
    with pytest.raises(RebuildRefused) as caught:
        rebuild(source, "text", out, sandbox=Bubblewrap(broken))
    assert caught.value.code == "sandbox_unavailable"
