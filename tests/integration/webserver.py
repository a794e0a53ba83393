"""A small local web site for browser tests: static pages plus a few dynamic routes.

``serve()`` starts a threaded HTTP server on 127.0.0.1 with an ephemeral port, serving
``tests/integration/site/`` (or another folder), and stops it cleanly on exit::

    with serve() as site:
        page.load(QUrl(site.url("canary.html?v=ABC")))
        ...
        assert site.hits["/cached?tag=ABC"] == 1

As a pytest fixture::

    @pytest.fixture
    def site() -> Iterator[SiteServer]:
        with serve() as server:
            yield server

Enter ``serve()`` twice for two origins (two ports). Note that two ports on the same host
are cross-origin but *same-site* (cookies ignore ports); for a truly cross-site second
origin, use ``serve(url_host="localhost")``: it still listens on 127.0.0.1 only, but its
URLs say ``localhost``, a different site from ``127.0.0.1``. Both hosts count as
potentially trustworthy, so service workers and Cache Storage work over plain http.

Dynamic routes (everything else is a static file from the site folder):

- ``GET /set-cookie?name=N&value=V``: ``Set-Cookie: N=V; Path=/; Max-Age=3600``, title
  ``cookie-set``.
- ``GET /echo-cookies``: HTML, ``<title>cookies:{raw Cookie header}</title>``, and the same
  value in ``<pre id="cookies">`` (empty when the request had no Cookie header).
- ``GET /cached?tag=T``: ``Cache-Control: public, max-age=3600``, body contains T; every
  hit counted in ``site.hits["/cached?tag=T"]`` (the key is the path with its query).
- ``GET /download/<name>``: ``Content-Disposition: attachment`` for ``letter.pdf``,
  ``setup.exe``, ``launcher.desktop``, ``script.sh``, ``big.pdf`` (about 3 MB),
  ``photo.png``, ``renamed.pdf`` (an MZ executable served as application/pdf) and
  ``hostile.pdf`` (JavaScript in an /OpenAction). The bytes are in ``DOWNLOADS``.
- ``GET /upload``: a multipart form with ``<input type=file name=doc>``; ``POST /upload``
  answers ``<title>uploaded:{filename}:{size}</title>`` and records ``(filename, bytes)``
  in ``site.uploads``.
- ``GET /slow``: answers after 2 seconds.

Every request (including ``/favicon.ico``, which gets a 404) is recorded as a
``RecordedRequest(method, path, headers)`` in ``site.requests``; ``path`` includes the query.
"""

from __future__ import annotations

import email.parser
import email.policy
import html
import mimetypes
import struct
import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import NamedTuple
from urllib.parse import parse_qs, unquote, urlsplit

SITE_DIR = Path(__file__).resolve().parent / "site"
SLOW_SECONDS = 2.0
MAX_UPLOAD_BYTES = 64 * 1024 * 1024


class RecordedRequest(NamedTuple):
    method: str
    path: str
    headers: dict[str, str]


def _pdf(extra_stream: bytes = b"", script: bytes = b"") -> bytes:
    """A minimal, valid one-page PDF (correct xref offsets); ``extra_stream`` pads it;
    ``script`` is JavaScript run when it opens (an /OpenAction)."""
    content = b"BT /F1 24 Tf 72 720 Td (Kiosk test letter) Tj ET"
    action = b"/OpenAction 6 0 R " if script else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R %s>>" % action,
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    if script:
        objects.append(b"<< /Type /Action /S /JavaScript /JS (%s) >>" % script)
    if extra_stream:
        objects.append(
            b"<< /Length %d >>\nstream\n%s\nendstream" % (len(extra_stream), extra_stream)
        )
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _png() -> bytes:
    """A valid 2x2 RGB PNG, built by hand."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    width = height = 2
    rows = b"".join(b"\x00" + b"\xd0\x30\x30\x30\x90\xd0" for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def _exe() -> bytes:
    stub = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00"
    message = b"This program cannot be run in DOS mode.\r\r\n$"
    return (stub + b"\x00" * 48 + message).ljust(2048, b"\x00")


LETTER_PDF = _pdf()
BIG_PDF = _pdf(b"%" + b"0123456789abcdef" * (3 * 1024 * 1024 // 16))
SETUP_EXE = _exe()
PHOTO_PNG = _png()
HOSTILE_PDF = _pdf(script=b"app.launchURL\\(\"http://127.0.0.1:9/leak\"\\)")

# name -> (Content-Type, bytes)
DOWNLOADS: dict[str, tuple[str, bytes]] = {
    "letter.pdf": ("application/pdf", LETTER_PDF),
    "setup.exe": ("application/vnd.microsoft.portable-executable", SETUP_EXE),
    "launcher.desktop": (
        "application/x-desktop",
        b"[Desktop Entry]\nType=Application\nExec=xterm\n",
    ),
    "script.sh": ("application/x-sh", b"#!/bin/sh\necho hi\n"),
    "big.pdf": ("application/pdf", BIG_PDF),
    "photo.png": ("image/png", PHOTO_PNG),
    # Lies about itself: a .pdf name and type, executable bytes.
    "renamed.pdf": ("application/pdf", SETUP_EXE),
    # Runs JavaScript when opened: the kiosk keeps only a rebuilt copy.
    "hostile.pdf": ("application/pdf", HOSTILE_PDF),
}

UPLOAD_FORM = """<!doctype html>
<html><head><meta charset="utf-8"><title>upload</title></head>
<body>
<form id="upload" method="post" action="/upload" enctype="multipart/form-data">
  <input type="file" id="doc" name="doc">
  <button type="submit" id="send">Send</button>
</form>
</body></html>
"""


def _page(title: str, body: str = "") -> bytes:
    return (
        '<!doctype html>\n<html><head><meta charset="utf-8">'
        f"<title>{html.escape(title, quote=False)}</title></head>\n"
        f"<body>{body}</body></html>\n"
    ).encode()


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, site_dir: Path) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.site_dir = site_dir.resolve()
        self.lock = threading.Lock()
        self.requests: list[RecordedRequest] = []
        self.hits: dict[str, int] = {}
        self.uploads: list[tuple[str, bytes]] = []


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.0"  # one request per connection: nothing lingers at shutdown

    def log_message(self, format: str, *args: object) -> None:
        pass

    # -- plumbing ---------------------------------------------------------------------------

    def _record(self) -> None:
        entry = RecordedRequest(self.command, self.path, dict(self.headers.items()))
        with self.server.lock:
            self.server.requests.append(entry)

    def _send(
        self,
        status: int,
        content_type: str,
        body: bytes,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _html(self, body: bytes, headers: dict[str, str] | None = None) -> None:
        self._send(200, "text/html; charset=utf-8", body, headers)

    def _not_found(self) -> None:
        self._send(404, "text/html; charset=utf-8", _page("not found", "<h1>404</h1>"))

    # -- methods ----------------------------------------------------------------------------

    def do_GET(self) -> None:
        self._record()
        parts = urlsplit(self.path)
        route = parts.path
        query = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        if route == "/set-cookie":
            name, value = query.get("name", "cookie"), query.get("value", "")
            cookie = f"{name}={value}; Path=/; Max-Age=3600"
            self._html(_page("cookie-set", f"<p>{html.escape(cookie)}</p>"), {"Set-Cookie": cookie})
        elif route == "/echo-cookies":
            raw = self.headers.get("Cookie", "")
            self._html(_page(f"cookies:{raw}", f'<pre id="cookies">{html.escape(raw)}</pre>'))
        elif route == "/cached":
            tag = query.get("tag", "")
            with self.server.lock:
                self.server.hits[self.path] = self.server.hits.get(self.path, 0) + 1
            body = _page(f"cached:{tag}", f'<p id="tag">{html.escape(tag)}</p>')
            self._html(body, {"Cache-Control": "public, max-age=3600"})
        elif route.startswith("/download/"):
            name = unquote(route.removeprefix("/download/"))
            if name not in DOWNLOADS:
                self._not_found()
                return
            content_type, data = DOWNLOADS[name]
            disposition = f'attachment; filename="{name}"'
            self._send(200, content_type, data, {"Content-Disposition": disposition})
        elif route == "/upload":
            self._html(UPLOAD_FORM.encode())
        elif route == "/slow":
            time.sleep(SLOW_SECONDS)
            self._html(_page("slow-done", "<h1>Finally</h1>"))
        else:
            self._static(route)

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_POST(self) -> None:
        self._record()
        if urlsplit(self.path).path != "/upload":
            self._not_found()
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_UPLOAD_BYTES:
            self._send(413, "text/plain", b"too large")
            return
        body = self.rfile.read(length)
        filename, data = _parse_upload(self.headers.get("Content-Type", ""), body)
        with self.server.lock:
            self.server.uploads.append((filename, data))
        title = f"uploaded:{filename}:{len(data)}"
        self._html(_page(title, f"<p id='result'>{html.escape(title)}</p>"))

    def _static(self, route: str) -> None:
        root = self.server.site_dir
        target = (root / unquote(route).lstrip("/")).resolve()
        if not target.is_relative_to(root):
            self._not_found()
            return
        if target.is_dir():
            target = target / "index.html"
        if not target.is_file():
            self._not_found()
            return
        content_type = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if target.suffix == ".js":
            content_type = "text/javascript"
        if content_type.startswith("text/"):
            content_type += "; charset=utf-8"
        self._send(200, content_type, target.read_bytes())


def _parse_upload(content_type: str, body: bytes) -> tuple[str, bytes]:
    """The first file part of a multipart/form-data body: (filename, bytes); ("", b"") if none."""
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    if not message.is_multipart():
        return "", b""
    for part in message.iter_parts():
        filename = part.get_filename()
        if filename is not None:
            payload = part.get_payload(decode=True)
            return filename, payload if isinstance(payload, bytes) else b""
    return "", b""


@dataclass
class SiteServer:
    """A running test site; see the module docstring."""

    port: int
    host: str
    _server: _Server = field(repr=False)

    @property
    def origin(self) -> str:
        return f"http://{self.host}:{self.port}"

    def url(self, path: str = "") -> str:
        """``site.url("canary.html?v=1")`` -> ``"http://127.0.0.1:PORT/canary.html?v=1"``."""
        return f"{self.origin}/{path.lstrip('/')}"

    @property
    def requests(self) -> list[RecordedRequest]:
        return self._server.requests

    @property
    def hits(self) -> dict[str, int]:
        return self._server.hits

    @property
    def uploads(self) -> list[tuple[str, bytes]]:
        return self._server.uploads

    def requested_paths(self) -> list[str]:
        """The paths (with queries) requested so far, in order."""
        with self._server.lock:
            return [r.path for r in self._server.requests]


@contextmanager
def serve(site_dir: Path | None = None, url_host: str = "127.0.0.1") -> Iterator[SiteServer]:
    """Serve ``site_dir`` (default: the ``site`` folder next to this file) on 127.0.0.1.

    ``url_host`` only changes the host name in ``url()``/``origin`` ("localhost" gives a
    second *site*, not just a second origin); the socket always listens on 127.0.0.1.
    """
    server = _Server(site_dir or SITE_DIR)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="test-site", daemon=True
    )
    thread.start()
    try:
        yield SiteServer(port=server.server_address[1], host=url_host, _server=server)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
