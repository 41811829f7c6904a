"""The network module: who it talks to, what it retries, and what it refuses."""

import json
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from app.core.errors import UserError
from app.core.net import (
    BadResponse,
    BankName,
    Domain,
    HashBankConnection,
    HashSignal,
    HttpError,
    NetworkError,
    Note,
    RdapConnection,
)
from tests.local_server import serving


class _Counting(BaseHTTPRequestHandler):
    calls: ClassVar[list[tuple[str, str]]] = []
    failures_left = 0
    huge = False

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _answer(self) -> None:
        type(self).calls.append((self.command, self.path))
        if type(self).failures_left > 0:
            type(self).failures_left -= 1
            status, body = 500, b'{"message": "try later"}'
        elif type(self).huge:
            status, body = 200, b"[" + b"0," * (2 * 2**20) + b"0]"
        else:
            status, body = 200, json.dumps({"ok": True}).encode()
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_DELETE = _answer  # noqa: N815


@pytest.fixture
def server() -> Iterator[tuple[str, type[_Counting]]]:
    _Counting.calls, _Counting.failures_left, _Counting.huge = [], 0, False
    with serving(ThreadingHTTPServer(("127.0.0.1", 0), _Counting)) as url:
        yield url, _Counting


def test_plain_http_only_to_this_computer() -> None:
    with pytest.raises(UserError, match="HTTPS"):
        HashBankConnection("http://hashbank.example.org")
    with pytest.raises(UserError, match="without a password"):
        HashBankConnection("https://user:secret@hashbank.example.org")
    with pytest.raises(UserError, match="not a web address"):
        HashBankConnection("ftp://hashbank.example.org")
    for typed in ("http://127.0.0.1:5100x", "https://hashbank.example.org:99999", "https://[::1"):
        with pytest.raises(UserError, match="not a web address") as refused:
            HashBankConnection(typed)
        assert refused.value.code == "invalid-address"
    HashBankConnection("https://hashbank.example.org/hma/")
    HashBankConnection("http://127.0.0.1:5100")


def test_reading_calls_are_retried_writing_calls_never(server: tuple[str, type[_Counting]]) -> None:
    url, handler = server
    connection = HashBankConnection(url)
    handler.failures_left = 2
    assert connection.status().data == {"ok": True}
    assert [call[0] for call in handler.calls] == ["GET", "GET", "GET"]
    handler.calls.clear()
    handler.failures_left = 1
    with pytest.raises(HttpError, match="HTTP 500"):
        connection.add_signal(BankName("CASE"), HashSignal("pdq", "ab" * 32))
    assert handler.calls == [("POST", "/c/bank/CASE/signal")]


def test_a_huge_answer_is_refused(server: tuple[str, type[_Counting]]) -> None:
    url, handler = server
    handler.huge = True
    with pytest.raises(BadResponse, match="far too large"):
        HashBankConnection(url).status()


def test_tls_failures_and_refused_connections_are_plain(
    server: tuple[str, type[_Counting]],
) -> None:
    url, _handler = server
    port = url.rsplit(":", 1)[1]
    with pytest.raises(NetworkError, match="secure connection"):
        HashBankConnection(f"https://127.0.0.1:{port}", timeout=5).status()
    with pytest.raises(NetworkError, match="refused the connection"):
        HashBankConnection("http://127.0.0.1:9").status()


def test_only_valid_payloads_can_be_made() -> None:
    with pytest.raises(UserError):
        HashSignal("pdq", "0" * 64)
    with pytest.raises(UserError):
        HashSignal("photo", "ab" * 32)
    assert HashSignal("video_md5", "AB" * 16).value == "ab" * 16
    with pytest.raises(UserError, match="at most 255"):
        Note("x" * 256)
    assert Note("  two   words \n").text == "two words"
    assert Domain("Forum.Example.ORG.").name == "forum.example.org"
    assert Domain("bücher.example").name == "xn--bcher-kva.example"
    for bad in ("https://forum.example/x", "not a domain", "a" * 300 + ".com", "../../etc"):
        with pytest.raises(UserError):
            Domain(bad)


def test_rdap_sends_only_the_domain(server: tuple[str, type[_Counting]]) -> None:
    url, handler = server
    RdapConnection(url).domain(Domain("forum.example.org"))
    assert handler.calls == [("GET", "/domain/forum.example.org")]
