"""Render-test fixtures: a real HTTP server that counts what reaches it, and helpers on images.

The session-wide ``renderer`` fixture (one Chromium for all tests) lives in tests/conftest.py.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest


class RecordingServer(ThreadingHTTPServer):
    """An HTTP server on 127.0.0.1 that answers everything with 200 and records each path."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _RecordingHandler)
        self.paths: list[str] = []

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _RecordingHandler(BaseHTTPRequestHandler):
    server: RecordingServer

    def _answer(self) -> None:
        self.server.paths.append(self.path)
        body = b"body { background: #ff0000; }"
        self.send_response(200)
        self.send_header("Content-Type", "text/css")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_HEAD = _answer

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def http_server() -> Iterator[RecordingServer]:
    server = RecordingServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def render_fixtures(fixtures_dir: Path) -> Path:
    return fixtures_dir / "render"
