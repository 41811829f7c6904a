"""Who hosts a site, and who registered its domain: RDAP look-ups, only when the user asks.

For a site no platform claims, letters go to the hosting provider (it controls the content)
or the registrar (it can only suspend the domain) (docs/letters.md 2.7). ``look_up_host``
asks RDAP, the registries' public directory, for the registrar of the site's domain and its
abuse address, resolves the site's address, and asks RDAP who holds that network. Only the
domain name and the IP address leave the computer (``app.core.net`` allows nothing else),
and only when the user presses the button. RDAP answers are untrusted: they are read
defensively, cleaned, and cut short.

The default server, rdap.org, redirects each question to the registry that holds the answer;
a redirect is followed only to the same question (``/domain/<the same name>``) over HTTPS.
"""

import re
import urllib.parse
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Final

from app.core.errors import UserError
from app.core.letters.text import clean_line
from app.core.net import BadResponse, Domain, HttpError, IpAddress, RdapConnection, resolve
from app.core.sightings import clean_url
from app.core.vault.models import Sighting
from app.core.vault.repository import utc_now

#: The RDAP service asked first; it redirects to the registry that knows the answer.
DEFAULT_RDAP_URL: Final = "https://rdap.org"
_MAX_REDIRECTS: Final = 4
_REDIRECTS: Final = frozenset({301, 302, 303, 307, 308})
_MAX_DEPTH: Final = 4
_MAX_TEXT: Final = 200
_EMAIL: Final = re.compile(r"[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+")
# Second-level labels under which country domains register names (example.co.uk).
_SECOND_LEVEL: Final = frozenset(
    {"co", "com", "org", "net", "ac", "gov", "edu", "or", "ne", "go", "gob", "nic", "ltd", "plc"}
)

Connect = Callable[[str], RdapConnection]


class LookupFailed(UserError):
    """The host and registrar could not be found out."""

    code = "lookup-failed"


@dataclass(frozen=True, slots=True)
class HostLookup:
    """What RDAP said about a site.

    Attributes:
        domain: the registered domain that was looked up ("" for a bare IP address).
        registrar, registrar_abuse_email: who registered the domain, and their abuse address.
        host, host_abuse_email: who holds the site's network, and their abuse address.
        addresses: the site's IP addresses.
        looked_up_at: when (to keep with the sighting).
        problems: plain sentences about the parts that could not be found.
    """

    domain: str
    registrar: str
    registrar_abuse_email: str
    host: str
    host_abuse_email: str
    addresses: tuple[str, ...]
    looked_up_at: datetime
    problems: tuple[str, ...] = ()


def registrable_domain(host: str) -> str:
    """The domain a host belongs to, as registries know it (forum.example.co.uk -> example.co.uk).

    A rule of thumb without the full public-suffix list: good for the common endings.
    """
    labels = host.lower().rstrip(".").split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


# --- reading RDAP answers -------------------------------------------------------------------


def _text(value: Any) -> str:
    return clean_line(value)[:_MAX_TEXT] if isinstance(value, str) else ""


def _vcard(entity: Mapping[str, Any], field: str) -> str:
    card = entity.get("vcardArray")
    if not isinstance(card, list) or len(card) < 2 or not isinstance(card[1], list):
        return ""
    for entry in card[1]:
        if isinstance(entry, list) and len(entry) >= 4 and entry[0] == field:
            return _text(entry[3])
    return ""


def _email(entity: Mapping[str, Any]) -> str:
    found = _vcard(entity, "email").removeprefix("mailto:")
    return found if _EMAIL.fullmatch(found) else ""


def _entities(data: Any, depth: int = 0) -> Iterator[Mapping[str, Any]]:
    """Every entity in an answer, nested ones included (depth-limited: answers are untrusted)."""
    if not isinstance(data, Mapping) or depth > _MAX_DEPTH:
        return
    for entity in data.get("entities") or ():
        if isinstance(entity, Mapping):
            yield entity
            yield from _entities(entity, depth + 1)


def _roles(entity: Mapping[str, Any]) -> set[str]:
    roles = entity.get("roles")
    return {role for role in roles if isinstance(role, str)} if isinstance(roles, list) else set()


def _abuse_email(data: Any) -> str:
    for entity in _entities(data):
        if "abuse" in _roles(entity) and _email(entity):
            return _email(entity)
    return ""


def parse_registrar(data: Any) -> tuple[str, str]:
    """The registrar's name and abuse e-mail address from an RDAP domain answer."""
    for entity in _entities(data):
        if "registrar" in _roles(entity):
            name = _vcard(entity, "fn") or _vcard(entity, "org") or _text(entity.get("handle"))
            return name, _abuse_email(entity) or _abuse_email(data)
    return "", _abuse_email(data)


def parse_network(data: Any) -> tuple[str, str]:
    """Who holds a network, and its abuse e-mail address, from an RDAP IP answer."""
    holder = ""
    for entity in _entities(data):
        if _roles(entity) & {"registrant", "administrative"}:
            holder = _vcard(entity, "fn") or _vcard(entity, "org")
            if holder:
                break
    if not holder and isinstance(data, Mapping):
        holder = _text(data.get("name"))
    return holder, _abuse_email(data)


# --- asking ---------------------------------------------------------------------------------


def _redirected(current: str, location: str, question: str) -> str:
    """The base address a redirect points to, if it asks the same question; else refuse."""
    target = urllib.parse.urlsplit(urllib.parse.urljoin(current + "/", location))
    if target.query or target.fragment or not target.path.lower().endswith(question.lower()):
        raise BadResponse("The RDAP server redirected to a different question.")
    prefix = target.path[: len(target.path) - len(question)]
    return urllib.parse.urlunsplit((target.scheme, target.netloc, prefix, "", ""))


def _ask(connect: Connect, base_url: str, question: Domain | IpAddress) -> Any:
    path = f"/domain/{question.name}" if isinstance(question, Domain) else f"/ip/{question.address}"
    url = base_url
    for _hop in range(_MAX_REDIRECTS + 1):
        connection = connect(url)
        if isinstance(question, Domain):
            response = connection.domain(question)
        else:
            response = connection.ip(question)
        if response.status not in _REDIRECTS:
            return response.data
        url = _redirected(url, response.location, path)
    raise BadResponse("The RDAP server redirected too many times.")


def _attempt(what: str, ask: Callable[[], Any], problems: list[str]) -> Any:
    try:
        return ask()
    except HttpError as error:
        missing = error.status == 404
        problems.append(
            f"No public record was found for {what}."
            if missing
            else f"The directory could not answer about {what} (HTTP {error.status})."
        )
    except UserError:  # offline, a bad answer, or a redirect StillMine will not follow
        problems.append(
            f"Looking up {what} failed: check the internet connection and try again later."
        )
    return None


def look_up_host(
    url: str,
    *,
    base_url: str = DEFAULT_RDAP_URL,
    connect: Connect = RdapConnection,
    resolver: Callable[[Domain], tuple[IpAddress, ...]] = resolve,
    now: Callable[[], datetime] = utc_now,
) -> HostLookup:
    """Find the registrar and the host of the site at ``url`` (only when the user asks).

    Sends the site's registered domain name (to RDAP), its host name (to this computer's
    DNS resolver) and its first IP address (to RDAP); nothing else.

    Raises:
        NotAWebAddress: ``url`` is not a web address.
        LookupFailed: neither the registrar nor the host could be found.
    """
    host = clean_url(url).host
    problems: list[str] = []
    domain, registrar, registrar_abuse = "", "", ""
    addresses: tuple[IpAddress, ...] = ()
    try:
        addresses = (IpAddress(host),)
    except UserError:
        domain = Domain(registrable_domain(host)).name
        answer = _attempt(domain, lambda: _ask(connect, base_url, Domain(domain)), problems)
        registrar, registrar_abuse = parse_registrar(answer)
        addresses = _attempt(host, lambda: resolver(Domain(host)), problems) or ()
    holder, holder_abuse = "", ""
    if addresses:
        first = addresses[0]
        answer = _attempt(first.address, lambda: _ask(connect, base_url, first), problems)
        holder, holder_abuse = parse_network(answer)
    if not registrar and not holder:
        raise LookupFailed(" ".join(problems) or f"Nothing was found about {host}.")
    return HostLookup(
        domain=domain,
        registrar=registrar,
        registrar_abuse_email=registrar_abuse,
        host=holder,
        host_abuse_email=holder_abuse,
        addresses=tuple(address.address for address in addresses),
        looked_up_at=now(),
        problems=tuple(problems),
    )


def apply_lookup(sighting: Sighting, lookup: HostLookup) -> Sighting:
    """The sighting with the host, registrar, their abuse addresses and the look-up time."""
    return replace(
        sighting,
        host=lookup.host,
        host_abuse_email=lookup.host_abuse_email,
        registrar=lookup.registrar,
        registrar_abuse_email=lookup.registrar_abuse_email,
        lookup_at=lookup.looked_up_at,
    )
