"""Host and registrar look-ups (RDAP) against real servers on 127.0.0.1, and hostile answers."""

import json
import socket
from datetime import UTC, datetime
from typing import Any

import pytest

from app.core.letters.hosts import (
    LookupFailed,
    apply_lookup,
    look_up_host,
    parse_network,
    parse_registrar,
    registrable_domain,
)
from app.core.net import Domain, IpAddress, resolve
from app.core.sightings import SightingInput, build_sighting
from tests.core.letters.rdap_server import Routes, rdap_server

DOMAIN_ANSWER: dict[str, Any] = {
    "objectClassName": "domain",
    "ldhName": "EXAMPLE.ORG",
    "entities": [
        {
            "objectClassName": "entity",
            "handle": "9999",
            "roles": ["registrar"],
            "vcardArray": [
                "vcard",
                [["version", {}, "text", "4.0"], ["fn", {}, "text", "Example Registrar, Inc."]],
            ],
            "entities": [
                {
                    "roles": ["abuse"],
                    "vcardArray": [
                        "vcard",
                        [
                            ["version", {}, "text", "4.0"],
                            ["tel", {"type": "voice"}, "uri", "tel:+1.5555550100"],
                            ["email", {}, "text", "abuse@registrar.example"],
                        ],
                    ],
                }
            ],
        }
    ],
}
NETWORK_ANSWER: dict[str, Any] = {
    "objectClassName": "ip network",
    "name": "EXAMPLE-HOSTING-NET",
    "entities": [
        {
            "roles": ["registrant"],
            "vcardArray": ["vcard", [["fn", {}, "text", "Example Hosting B.V."]]],
        },
        {
            "roles": ["abuse"],
            "vcardArray": ["vcard", [["email", {}, "text", "abuse@hosting.example"]]],
        },
    ],
}
ADDRESS = "192.0.2.10"
ALLOWED_HEADERS = {"host", "accept", "user-agent", "accept-encoding"}


def _json(document: Any) -> bytes:
    return json.dumps(document).encode()


def _only_the_question_was_sent(routes: Routes) -> None:
    for request in routes.received:
        assert request.request_line.startswith("GET ") and request.request_line.endswith(
            " HTTP/1.1"
        )
        assert {name.lower() for name in request.headers} <= ALLOWED_HEADERS, request.headers
        assert request.headers["User-Agent"] == "StillMine" and request.body == b""


def test_the_host_and_registrar_through_a_redirecting_service() -> None:
    asked_dns: list[str] = []

    def resolver(domain: Domain) -> tuple[IpAddress, ...]:
        asked_dns.append(domain.name)
        return (IpAddress(ADDRESS),)

    with rdap_server() as (bootstrap, first), rdap_server() as (registry, second):
        first.answers["/domain/example.org"] = (
            302,
            {"Location": f"{registry}/registry/domain/example.org"},
            b"",
        )
        first.answers[f"/ip/{ADDRESS}"] = (307, {"Location": f"{registry}/rir/ip/{ADDRESS}"}, b"")
        second.answers["/registry/domain/example.org"] = (200, {}, _json(DOMAIN_ANSWER))
        second.answers[f"/rir/ip/{ADDRESS}"] = (200, {}, _json(NETWORK_ANSWER))
        moment = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
        lookup = look_up_host(
            "forum.example.org/thread/1?utm_source=x&secret=do-not-send",
            base_url=bootstrap,
            resolver=resolver,
            now=lambda: moment,
        )
    assert (lookup.registrar, lookup.registrar_abuse_email) == (
        "Example Registrar, Inc.",
        "abuse@registrar.example",
    )
    assert (lookup.host, lookup.host_abuse_email) == (
        "Example Hosting B.V.",
        "abuse@hosting.example",
    )
    assert lookup.domain == "example.org" and lookup.addresses == (ADDRESS,)
    assert lookup.looked_up_at == moment and lookup.problems == ()
    # Only the domain name and the address left the computer: no path, no query, no body.
    assert first.paths == ["/domain/example.org", f"/ip/{ADDRESS}"]
    assert second.paths == ["/registry/domain/example.org", f"/rir/ip/{ADDRESS}"]
    assert asked_dns == ["forum.example.org"]
    for routes in (first, second):
        _only_the_question_was_sent(routes)
        assert not any(b"secret" in r.body or "secret" in r.request_line for r in routes.received)


def test_a_redirect_to_another_question_is_not_followed() -> None:
    with rdap_server() as (bootstrap, first), rdap_server() as (other, second):
        first.answers["/domain/example.org"] = (
            302,
            {"Location": f"{other}/domain/someone-else.example"},
            b"",
        )
        first.answers[f"/ip/{ADDRESS}"] = (200, {}, _json(NETWORK_ANSWER))
        lookup = look_up_host(
            "https://example.org/x", base_url=bootstrap, resolver=lambda _d: (IpAddress(ADDRESS),)
        )
    assert second.received == []
    assert lookup.registrar == "" and lookup.host == "Example Hosting B.V."
    assert lookup.problems == (
        "Looking up example.org failed: check the internet connection and try again later.",
    )


def test_nothing_found_is_said_plainly() -> None:
    def offline(domain: Domain) -> tuple[IpAddress, ...]:
        return resolve(domain, resolver=_failing_resolver)

    with (
        rdap_server() as (bootstrap, _routes),
        pytest.raises(LookupFailed, match=r"No public record was found for example\.org") as failed,
    ):
        look_up_host("https://www.example.org/", base_url=bootstrap, resolver=offline)
    assert "Looking up www.example.org failed" in failed.value.message


def _failing_resolver(*_args: Any, **_kwargs: Any) -> list[Any]:
    raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")


def test_a_bare_address_skips_the_domain() -> None:
    with rdap_server() as (bootstrap, routes):
        routes.answers[f"/ip/{ADDRESS}"] = (200, {}, _json(NETWORK_ANSWER))
        lookup = look_up_host(f"http://{ADDRESS}/a.jpg", base_url=bootstrap)
    assert routes.paths == [f"/ip/{ADDRESS}"]
    assert lookup.domain == "" and lookup.host == "Example Hosting B.V."


@pytest.mark.parametrize(
    ("host", "domain"),
    [
        ("forum.example.org", "example.org"),
        ("a.b.example.co.uk", "example.co.uk"),
        ("x.example.com.au", "example.com.au"),
        ("example.nl", "example.nl"),
    ],
)
def test_registrable_domains(host: str, domain: str) -> None:
    assert registrable_domain(host) == domain


@pytest.mark.parametrize(
    "hostile",
    [
        None,
        "text",
        [1, 2],
        {"entities": "no"},
        {"entities": [{"roles": "registrar"}]},
        {"entities": [{"roles": ["registrar"], "vcardArray": ["vcard", "no"]}]},
        {"entities": [{"roles": ["registrar"], "vcardArray": ["vcard", [["fn", {}, "text", 5]]]}]},
    ],
)
def test_hostile_answers_give_nothing(hostile: Any) -> None:
    assert parse_registrar(hostile) == ("", "")
    assert parse_network(hostile)[1] == ""


def test_hostile_answers_are_cleaned_and_cut() -> None:
    deep: dict[str, Any] = {
        "roles": ["abuse"],
        "vcardArray": ["vcard", [["email", {}, "text", "deep@x.example"]]],
    }
    for _ in range(200):
        deep = {"entities": [deep]}
    assert parse_network(deep) == ("", "")  # too deep to be real: not followed
    noisy = {
        "entities": [
            {
                "roles": ["registrar"],
                "vcardArray": [
                    "vcard",
                    [["fn", {}, "text", "Evil\u202eReg\x00istrar " + "x" * 500]],
                ],
                "entities": [
                    {
                        "roles": ["abuse"],
                        "vcardArray": ["vcard", [["email", {}, "text", "not an address"]]],
                    }
                ],
            }
        ]
    }
    name, email = parse_registrar(noisy)
    assert name.startswith("EvilRegistrar x") and len(name) == 200 and email == ""


def test_a_lookup_is_kept_with_the_sighting() -> None:
    sighting = build_sighting(SightingInput(url="https://example.org/x"))
    with rdap_server() as (bootstrap, routes):
        routes.answers["/domain/example.org"] = (200, {}, _json(DOMAIN_ANSWER))
        routes.answers[f"/ip/{ADDRESS}"] = (200, {}, _json(NETWORK_ANSWER))
        lookup = look_up_host(
            sighting.url, base_url=bootstrap, resolver=lambda _d: (IpAddress(ADDRESS),)
        )
    updated = apply_lookup(sighting, lookup)
    assert updated.host_abuse_email == "abuse@hosting.example"
    assert (
        updated.registrar == "Example Registrar, Inc." and updated.lookup_at == lookup.looked_up_at
    )
