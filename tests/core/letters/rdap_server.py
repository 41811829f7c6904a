"""Real HTTP servers on 127.0.0.1 that answer like RDAP services and record every request."""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.local_server import serving


@dataclass
class Received:
    """One request, exactly as it arrived."""

    request_line: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Routes:
    """What the server answers: path -> (status, extra headers, body)."""

    answers: dict[str, tuple[int, dict[str, str], bytes]] = field(default_factory=dict)
    received: list[Received] = field(default_factory=list)

    @property
    def paths(self) -> list[str]:
        return [request.request_line.split(" ")[1] for request in self.received]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "_Server"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        routes = self.server.routes
        routes.received.append(Received(self.requestline, dict(self.headers), body))
        status, headers, answer = routes.answers.get(
            self.path, (404, {}, b'{"errorCode": 404, "title": "Not Found"}')
        )
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Type", "application/rdap+json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    do_GET = do_POST = do_PUT = do_DELETE = _answer  # noqa: N815


class _Server(ThreadingHTTPServer):
    routes: Routes


@contextmanager
def rdap_server() -> Iterator[tuple[str, Routes]]:
    """A server on a free port of 127.0.0.1; yields its base URL and its routes."""
    server = _Server(("127.0.0.1", 0), _Handler)
    server.routes = Routes()
    with serving(server) as url:
        yield url, server.routes
