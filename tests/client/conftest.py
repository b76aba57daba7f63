"""Fixtures for the client tests: a real, tiny HTTP server on 127.0.0.1 that answers what a test tells it to.

A real socket (not an httpx mock transport) so the tests cover what the client does with real connections,
headers and bodies, including the failures a network produces.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest


@dataclass
class CannedResponse:
    """One answer: status, JSON body (or raw bytes), extra headers, and a delay before answering."""

    status: int = 200
    body: Any = None
    raw: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class RecordedRequest:
    """What the server received."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class CannedServer:
    """Answers `(method, path)` from `routes`; 404 with the API's error body for anything else."""

    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], CannedResponse] = {}
        self.requests: list[RecordedRequest] = []
        self._release = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                server.requests.append(
                    RecordedRequest(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                )
                canned = server.routes.get((self.command, self.path))
                if canned is None:
                    canned = CannedResponse(404, {"error": {"code": "not_found", "message": "Not found."}})
                if canned.delay:
                    server._release.wait(canned.delay)
                if canned.raw is not None:
                    payload = canned.raw
                    content_type = "text/html"
                elif canned.body is not None:
                    payload = json.dumps(canned.body).encode()
                    content_type = "application/json"
                else:
                    payload = b""
                    content_type = ""
                self.send_response(canned.status)
                if content_type:
                    self.send_header("Content-Type", content_type)
                for name, value in canned.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                if payload:
                    self.wfile.write(payload)

            do_GET = _handle
            do_POST = _handle
            do_PUT = _handle

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.port = int(self._httpd.server_address[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True)

    def add(self, method: str, path: str, status: int = 200, body: Any = None, **kwargs: Any) -> None:
        self.routes[(method, path)] = CannedResponse(status, body, **kwargs)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._release.set()
        self._httpd.shutdown()
        self._httpd.server_close()


@pytest.fixture
def canned_server() -> Iterator[CannedServer]:
    server = CannedServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, noted, closed)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def data_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the client's data folder at a fresh temporary folder."""
    path = tmp_path / "data"
    monkeypatch.setenv("ECABINET_DATA_DIR", str(path))
    return path
