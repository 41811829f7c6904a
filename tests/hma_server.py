"""A real HTTP server on 127.0.0.1 that behaves like Meta's Hasher-Matcher-Actioner.

It implements the routes StillMine uses with the quirks documented in services.md section 4:
200 where 201 is documented for adding a signal, 403 for a bank that already exists,
distances as strings, and an index that catches up only some time after each add. It records
every byte it receives, and can be told to misbehave: fail after a number of adds, answer
slowly, drop the connection after storing, send hostile JSON, refuse some fingerprints or
bank names as invalid (400), or accept fewer fingerprint types (adds of others get a 400).
"""

import json
import re
import threading
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.local_server import serving

_BANK_NAME = re.compile(r"[A-Z_][A-Z0-9_]*")
_HEX = {"pdq": re.compile(r"[0-9a-f]{64}"), "video_md5": re.compile(r"[0-9a-f]{32}")}


@dataclass
class Content:
    id: int
    bank: str
    signals: dict[str, str]
    added: float
    note: str = ""


@dataclass
class Behaviour:
    """What the fake bank does; tests change it between calls."""

    token: str = ""  # when set, requests need "Authorization: Bearer <token>" (else 403)
    index_delay: float = 0.3  # seconds after the last add before the index includes it
    fail_adds_after: int | None = None  # answer 500 to adds once this many were stored
    slow_seconds: float = 0.0  # sleep this long before answering any add
    drop_after_store: bool = False  # store the add, then close the connection unanswered
    hostile_json: bool = False  # answer adds with nonsense
    refused_signals: set[str] = field(default_factory=set)  # answer adds of these with a 400
    bank_name_rule: str = _BANK_NAME.pattern  # a deployment may allow fewer names (else 400)
    signal_types: list[dict[str, Any]] = field(
        default_factory=lambda: [
            {"name": "pdq", "enabled_ratio": 1.0},
            {"name": "video_md5", "enabled_ratio": 1.0},
        ]
    )

    def enabled_types(self) -> set[str]:
        """The signal types this bank accepts, as ``GET /c/signal_type`` lists them."""
        return {entry["name"] for entry in self.signal_types if entry.get("enabled_ratio", 1) > 0}


class FakeBank:
    """The bank's state and everything it received."""

    def __init__(self) -> None:
        self.behaviour = Behaviour()
        self.banks: dict[str, float] = {}
        self.contents: dict[int, Content] = {}
        self.received: list[bytes] = []
        self.adds = 0
        self.last_add = 0.0
        self._lock = threading.Lock()

    def traffic(self) -> bytes:
        return b"".join(self.received)

    def indexed(self) -> list[Content]:
        """What the matching index holds: everything stored at least ``index_delay`` ago."""
        cutoff = time.time() - self.behaviour.index_delay
        return [content for content in self.contents.values() if content.added <= cutoff]


def _distance(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()


class _Handler(BaseHTTPRequestHandler):
    server: "_Server"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    # -- plumbing --

    def _record(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        head = f"{self.requestline}\r\n{self.headers}".encode("latin-1")
        self.server.bank.received.append(head + body)
        return body

    def _send(self, status: int, data: Any) -> None:
        payload = data if isinstance(data, bytes) else json.dumps(data).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def _authorised(self) -> bool:
        token = self.server.bank.behaviour.token
        return not token or self.headers.get("Authorization") == f"Bearer {token}"

    def _route(self, method: str) -> None:
        body = self._record()
        if not self._authorised():
            self._send(403, {"message": "Forbidden by the proxy"})
            return
        parts = urllib.parse.urlsplit(self.path)
        query = dict(urllib.parse.parse_qsl(parts.query))
        handler = getattr(self, f"_{method.lower()}")
        with self.server.bank._lock:
            handler(parts.path, query, body)

    def do_GET(self) -> None:
        self._route("GET")

    def do_POST(self) -> None:
        self._route("POST")

    def do_PUT(self) -> None:
        self._route("PUT")

    def do_DELETE(self) -> None:
        self._route("DELETE")

    # -- the routes --

    def _get(self, path: str, query: dict[str, str], _body: bytes) -> None:
        bank = self.server.bank
        if path == "/status":
            self._send(200, b"I-AM-ALIVE")
        elif path == "/c/signal_type":
            self._send(200, bank.behaviour.signal_types)
        elif path == "/c/signal_type/index":
            signal_type = query.get("signal_type", "pdq")
            stored = [c for c in bank.contents.values() if signal_type in c.signals]
            indexed = [c for c in bank.indexed() if signal_type in c.signals]
            self._send(
                200,
                {
                    signal_type: {
                        "db_size": len(stored),
                        "index_size": len(indexed),
                        "index_out_of_date": len(indexed) != len(stored),
                        "newest_db_item": int(bank.last_add),
                        "index_built_to": int(bank.last_add) if len(indexed) == len(stored) else 0,
                    }
                },
            )
        elif path.startswith("/c/bank/"):
            name = path.split("/")[3]
            if name in bank.banks:
                self._send(200, {"name": name, "matching_enabled_ratio": 1.0})
            else:
                self._send(404, {"message": f"bank '{name}' not found"})
        elif path == "/m/lookup":
            self._lookup(query)
        else:
            self._send(404, {"message": "no such route"})

    def _lookup(self, query: dict[str, str]) -> None:
        signal_type, signal = query.get("signal_type", ""), query.get("signal", "")
        banks = query.get("banks", "").split(",")
        found: dict[str, list[dict[str, Any]]] = {}
        for content in self.server.bank.indexed():
            value = content.signals.get(signal_type)
            if value is None or content.bank not in banks:
                continue
            distance = (
                _distance(value, signal)
                if signal_type == "pdq"
                else (0 if value == signal else 999)
            )
            if distance <= 31:
                found.setdefault(content.bank, []).append(
                    {"bank_content_id": content.id, "distance": str(distance)}
                )
        self._send(200, found)

    def _post(self, path: str, _query: dict[str, str], body: bytes) -> None:
        bank = self.server.bank
        request = json.loads(body or b"{}")
        if path == "/c/banks":
            name = str(request.get("name", ""))
            if not re.fullmatch(bank.behaviour.bank_name_rule, name):
                self._send(400, {"message": "Bank names must be UPPER_WITH_UNDERSCORE"})
            elif name in bank.banks:
                self._send(403, {"message": "Bank already exists"})
            else:
                bank.banks[name] = time.time()
                self._send(201, {"name": name, "matching_enabled_ratio": 1.0})
        elif path.startswith("/c/bank/") and path.endswith("/signal"):
            self._add(path.split("/")[3], request)
        else:
            self._send(404, {"message": "no such route"})

    def _add(self, name: str, request: dict[str, str]) -> None:
        bank = self.server.bank
        behaviour = bank.behaviour
        if name not in bank.banks:
            self._send(404, {"message": f"bank '{name}' not found"})
            return
        for signal_type, value in request.items():
            pattern = _HEX.get(signal_type)
            if pattern is None or signal_type not in behaviour.enabled_types():
                self._send(400, {"message": f"No such signal type {signal_type}"})
                return
            if not pattern.fullmatch(value) or value in behaviour.refused_signals:
                self._send(400, {"message": f"Invalid {signal_type} signal"})
                return
        if behaviour.fail_adds_after is not None and bank.adds >= behaviour.fail_adds_after:
            self._send(500, {"message": "Internal Server Error"})
            return
        if behaviour.slow_seconds:
            time.sleep(behaviour.slow_seconds)
        bank.adds += 1
        content = Content(len(bank.contents) + 1, name, dict(request), time.time())
        bank.contents[content.id] = content
        bank.last_add = content.added
        if behaviour.drop_after_store:
            self.close_connection = True
            self.connection.close()
            return
        if behaviour.hostile_json:
            self._send(200, b'{"id": "not a number", "signals": [1, 2, 3]')
            return
        # The documentation says 201; the real server answers 200.
        self._send(200, {"id": content.id, "signals": content.signals})

    def _put(self, path: str, _query: dict[str, str], body: bytes) -> None:
        content = self.server.bank.contents.get(int(path.rsplit("/", maxsplit=1)[-1]))
        if content is None:
            self._send(404, {"message": "content not found"})
            return
        content.note = str(json.loads(body).get("note", ""))
        self._send(200, {"id": content.id, "note": content.note})

    def _delete(self, path: str, _query: dict[str, str], _body: bytes) -> None:
        removed = self.server.bank.contents.pop(int(path.rsplit("/", maxsplit=1)[-1]), None)
        self._send(200, {"deleted": 1 if removed else 0})


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    bank: FakeBank


@contextmanager
def running_bank() -> Iterator[tuple[str, FakeBank]]:
    """Start the fake bank on 127.0.0.1 (a free port); yield its URL and its state."""
    server = _Server(("127.0.0.1", 0), _Handler)
    server.bank = FakeBank()
    with serving(server) as url:
        yield url, server.bank
