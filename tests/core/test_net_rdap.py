"""The network module's RDAP additions: IP look-ups, redirects seen, and DNS resolution."""

import socket
from typing import Any

import pytest

from app.core.errors import UserError
from app.core.net import Domain, IpAddress, NetworkError, RdapConnection, resolve
from tests.core.letters.rdap_server import rdap_server


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("192.0.2.1", "192.0.2.1"),
        (" 2001:DB8::0001 ", "2001:db8::1"),
        ("::ffff:192.0.2.1", "::ffff:c000:201"),
    ],
)
def test_ip_addresses_are_checked_and_normalised(given: str, kept: str) -> None:
    assert IpAddress(given).address == kept


@pytest.mark.parametrize(
    "bad", ["", "999.1.1.1", "192.0.2.0/24", "example.org", "1.2.3.4/../x", "fe80::1%eth0"]
)
def test_anything_else_is_not_an_ip_address(bad: str) -> None:
    with pytest.raises(UserError, match="not an IP address"):
        IpAddress(bad)


def test_an_ip_look_up_sends_only_the_address() -> None:
    with rdap_server() as (url, routes):
        routes.answers["/rdap/ip/2001:db8::1"] = (200, {}, b'{"name": "NET"}')
        routes.answers["/rdap/domain/example.org"] = (
            302,
            {"Location": "https://rdap.example/domain/example.org"},
            b"",
        )
        answer = RdapConnection(f"{url}/rdap").ip(IpAddress("2001:DB8::1"))
        moved = RdapConnection(f"{url}/rdap").domain(Domain("Example.ORG"))
    assert answer.status == 200 and answer.data == {"name": "NET"}
    assert moved.status == 302 and moved.location == "https://rdap.example/domain/example.org"
    assert [r.request_line for r in routes.received] == [
        "GET /rdap/ip/2001:db8::1 HTTP/1.1",
        "GET /rdap/domain/example.org HTTP/1.1",
    ]
    for request in routes.received:
        assert {name.lower() for name in request.headers} <= {
            "host",
            "accept",
            "user-agent",
            "accept-encoding",
        }
        assert request.body == b""


def test_resolving_asks_only_for_the_name() -> None:
    asked: list[tuple[Any, ...]] = []

    def resolver(*args: Any, **kwargs: Any) -> list[tuple[Any, ...]]:
        asked.append((args, kwargs))
        return [
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("192.0.2.7", 0)),
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("192.0.2.7", 0)),
            (socket.AF_INET6, socket.SOCK_STREAM, 6, "", ("fe80::1%eth0", 0, 0, 2)),
        ]

    found = resolve(Domain("Forum.Example.org"), resolver=resolver)
    assert [address.address for address in found] == ["192.0.2.7", "fe80::1"]
    assert asked == [(("forum.example.org", None), {"proto": socket.IPPROTO_TCP})]


def test_a_name_that_does_not_resolve() -> None:
    def unknown(*_args: Any, **_kwargs: Any) -> list[Any]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    with pytest.raises(NetworkError, match=r"address of nowhere\.example could not be found"):
        resolve(Domain("nowhere.example"), resolver=unknown)


def test_a_hostile_resolver_answer_is_refused() -> None:
    def hostile(*_args: Any, **_kwargs: Any) -> list[Any]:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("../../etc/passwd", 0))]

    with pytest.raises(UserError, match="not an IP address"):
        resolve(Domain("example.org"), resolver=hostile)
