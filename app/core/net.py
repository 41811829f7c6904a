"""The only code in StillMine that talks to the network, and the only things it may say.

Every request is one of a few typed, allow-listed kinds, built here from validated parts:
hash-bank calls (fingerprint hashes, a bank name, a content id and the user's own note), and
RDAP look-ups of a domain name or an IP address the user asked about (with the DNS query
that turns the domain into its addresses). Nothing else can be sent: there is no
way to pass bytes, file names, paths or pictures to this module. tests/test_architecture.py
checks that no other module imports a networking library.

Calls have a timeout; reading calls (GET) are retried on connection failures and server
errors, writing calls (POST, PUT, DELETE) never are: a write that may or may not have arrived
is reported as uncertain, and the caller looks it up before sending it again.
"""

import http.client
import ipaddress
import json
import re
import socket
import ssl
import time
import urllib.parse
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Final

from app.core.errors import UserError
from app.core.fingerprints.base import HashAlgorithm
from app.core.fingerprints.cryptographic import Md5
from app.core.fingerprints.pdq import Pdq

#: Seconds one call may take before it is given up.
DEFAULT_TIMEOUT: Final = 20.0
_GET_ATTEMPTS: Final = 3
_RETRY_PAUSE: Final = 1.0
_MAX_RESPONSE_BYTES: Final = 2 * 2**20
_MAX_NOTE_CHARACTERS: Final = 255
_BANK_NAME = re.compile(r"[A-Z_][A-Z0-9_]*")
_DOMAIN = re.compile(r"(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,62}")
_LOCAL_HOSTS: Final = frozenset({"127.0.0.1", "localhost", "::1"})
_SIGNAL_TYPES: Final[dict[str, type[HashAlgorithm]]] = {"pdq": Pdq, "video_md5": Md5}


class InvalidValue(UserError):
    """A value given for a request (a bank name, a note, a domain ...) that cannot be sent."""

    code = "invalid-value"


class NetworkError(UserError):
    """A call did not get an answer: offline, refused, timed out, or a TLS problem.

    Attributes:
        transient: whether trying again soon may help (a time-out) or not (a TLS failure).
    """

    code = "network-error"
    transient: ClassVar[bool] = True


class ConnectionRefused(NetworkError):
    """Nothing listens at the address: the server is not running there."""

    code = "connection-refused"
    transient = False


class TlsFailure(NetworkError):
    """The secure connection could not be set up or verified."""

    code = "tls-failure"
    transient = False


class UncertainDelivery(NetworkError):
    """A writing call timed out or lost its connection: it may or may not have arrived."""

    code = "uncertain-delivery"


class HttpError(UserError):
    """The server answered with an error status.

    Attributes:
        status: the HTTP status code.
    """

    code = "http-error"

    def __init__(self, message: str, status: int = 0) -> None:
        super().__init__(message)
        self.status = status

    def __reduce__(self) -> tuple[type["HttpError"], tuple[str, int]]:
        return (type(self), (self.message, self.status))


class BadResponse(UserError):
    """The server's answer is not what a hash bank sends (malformed or hostile)."""

    code = "bad-response"


# --- the allow-listed payloads ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HashSignal:
    """One fingerprint for a hash bank: its signal type and validated hex value."""

    signal_type: str
    value: str

    def __post_init__(self) -> None:
        algorithm = _SIGNAL_TYPES.get(self.signal_type)
        if algorithm is None:
            raise InvalidValue(f"StillMine does not send {self.signal_type!r} fingerprints.")
        object.__setattr__(self, "value", algorithm.validate(self.value))


@dataclass(frozen=True, slots=True)
class BankName:
    """A hash bank's name, as HMA allows them: capitals, digits and underscores."""

    name: str

    def __post_init__(self) -> None:
        if not _BANK_NAME.fullmatch(self.name):
            raise InvalidValue(
                f"“{self.name[:60]}” cannot be a bank name: use capital letters, digits and "
                "underscores only, starting with a letter (for example MY_CASE)."
            )


@dataclass(frozen=True, slots=True)
class Note:
    """A note the user wrote themselves, sent with a fingerprint (empty by default)."""

    text: str = ""

    def __post_init__(self) -> None:
        cleaned = " ".join(self.text.split())
        if len(cleaned) > _MAX_NOTE_CHARACTERS:
            raise InvalidValue(f"A note can be at most {_MAX_NOTE_CHARACTERS} characters long.")
        object.__setattr__(self, "text", cleaned)


@dataclass(frozen=True, slots=True)
class Domain:
    """A domain name for an RDAP look-up, and nothing else of the address."""

    name: str

    def __post_init__(self) -> None:
        cleaned = self.name.strip().lower().rstrip(".")
        try:
            cleaned = cleaned.encode("idna").decode("ascii")
        except UnicodeError:
            cleaned = ""
        if not _DOMAIN.fullmatch(cleaned):
            raise InvalidValue(f"“{self.name[:80]}” is not a domain name StillMine can look up.")
        object.__setattr__(self, "name", cleaned)


@dataclass(frozen=True, slots=True)
class IpAddress:
    """An IP address for an RDAP look-up of the network that holds it (its host)."""

    address: str

    def __post_init__(self) -> None:
        try:
            parsed = ipaddress.ip_address(self.address.strip())
        except ValueError:
            parsed = None
        # A scope ("%eth0") names this computer's network card: never send it.
        if parsed is None or getattr(parsed, "scope_id", None):
            raise InvalidValue(f"“{self.address[:60]}” is not an IP address StillMine can look up.")
        object.__setattr__(self, "address", str(parsed))


@dataclass(frozen=True, slots=True)
class _Request:
    """One call, built only by the typed methods of the connections below."""

    method: str
    path: str
    query: tuple[tuple[str, str], ...] = ()
    body: str | None = None

    @property
    def target(self) -> str:
        """Path and query string."""
        return self.path + ("?" + urllib.parse.urlencode(self.query) if self.query else "")

    @property
    def writes(self) -> bool:
        """Whether the call changes something on the server (it is never retried)."""
        return self.method != "GET"


def _json(document: dict[str, Any]) -> str:
    return json.dumps(document, separators=(",", ":"), ensure_ascii=True)


# --- the connection -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Response:
    """A server's answer: the status, the parsed JSON (or text), and where it redirects to."""

    status: int
    data: Any
    location: str = ""


class InvalidAddress(UserError):
    """A server's address that StillMine cannot use."""

    code = "invalid-address"


class _Endpoint:
    """A server StillMine may talk to: HTTPS, or plain HTTP on this computer only."""

    def __init__(
        self, base_url: str, *, auth_header: str | None = None, timeout: float = DEFAULT_TIMEOUT
    ) -> None:
        unusable = InvalidAddress(f"“{base_url[:100]}” is not a web address StillMine can use.")
        try:
            parts = urllib.parse.urlsplit(base_url.strip())
            port = parts.port  # a port that is not a number raises here
        except ValueError:
            raise unusable from None
        host = parts.hostname or ""
        if parts.scheme not in ("https", "http") or not host:
            raise unusable
        if parts.scheme == "http" and host not in _LOCAL_HOSTS:
            raise InvalidAddress(
                "StillMine only talks to a hash bank on another computer over HTTPS, so that "
                "nobody on the way can read or change what is sent. Use an https:// address."
            )
        if parts.username or parts.password or parts.query or parts.fragment:
            raise InvalidAddress("Give the hash bank's address without a password, query or #part.")
        self._https = parts.scheme == "https"
        self._host = host
        self._port = port
        self._prefix = parts.path.rstrip("/")
        self._auth_header = auth_header
        self._timeout = timeout
        self.description = f"{parts.scheme}://{parts.netloc}{self._prefix}"

    def send(self, request: _Request) -> Response:
        """Make one allow-listed call; retry reading calls, never writing ones.

        Raises:
            NetworkError, UncertainDelivery, HttpError, BadResponse.
        """
        attempts = 1 if request.writes else _GET_ATTEMPTS
        for attempt in range(1, attempts + 1):
            try:
                response = self._send_once(request)
            except NetworkError as error:
                if attempt == attempts or not error.transient:
                    raise
            else:
                if response.status < 500 or attempt == attempts:
                    return _checked(response)
            time.sleep(_RETRY_PAUSE * attempt)
        raise NetworkError("unreachable")  # pragma: no cover - the loop always returns or raises

    def _connection(self) -> http.client.HTTPConnection:
        if self._https:
            return http.client.HTTPSConnection(
                self._host, self._port, timeout=self._timeout, context=ssl.create_default_context()
            )
        return http.client.HTTPConnection(self._host, self._port, timeout=self._timeout)

    def _send_once(self, request: _Request) -> Response:
        headers = {"Accept": "application/json", "User-Agent": "StillMine"}
        if request.body is not None:
            headers["Content-Type"] = "application/json"
        if self._auth_header:
            name, _colon, value = self._auth_header.partition(":")
            headers[name.strip()] = value.strip()
        connection = self._connection()
        try:
            connection.request(
                request.method,
                self._prefix + request.target,
                body=request.body.encode("ascii") if request.body is not None else None,
                headers=headers,
            )
            answer = connection.getresponse()
            raw = answer.read(_MAX_RESPONSE_BYTES + 1)
        except ssl.SSLError as exc:
            raise TlsFailure(
                f"The secure connection to {self.description} failed ({exc.reason or exc}). The "
                "address may be wrong, or something is intercepting the connection."
            ) from exc
        except TimeoutError as exc:
            raise self._lost(request, "did not answer in time") from exc
        except ConnectionRefusedError as exc:
            raise ConnectionRefused(
                f"{self.description} refused the connection: the hash bank is not running there."
            ) from exc
        except (OSError, http.client.HTTPException) as exc:
            raise self._lost(request, f"could not be reached ({exc})") from exc
        finally:
            connection.close()
        if len(raw) > _MAX_RESPONSE_BYTES:
            raise BadResponse(f"{self.description} sent an answer far too large for a hash bank.")
        return Response(answer.status, _parse(raw), answer.getheader("Location") or "")

    def _lost(self, request: _Request, what: str) -> NetworkError:
        if request.writes:
            return UncertainDelivery(
                f"{self.description} {what}, so StillMine cannot tell whether it received the "
                "last request. StillMine will check before sending it again."
            )
        return NetworkError(
            f"{self.description} {what}. Check the internet connection and the address."
        )


def _parse(raw: bytes) -> Any:
    text = raw.decode("utf-8", "replace")
    try:
        return json.loads(text) if text.strip() else None
    except ValueError:
        return text


_STATUS_MEANING: Final = {
    400: "refused the request as invalid",
    401: "needs an access token (or refused the one given)",
    403: "refused the request (a missing or wrong access token, or the bank already exists)",
    404: "does not have what was asked for",
    409: "reported a conflict",
    413: "found the request too large",
    429: "asks StillMine to slow down",
}


def _checked(response: Response) -> Response:
    if response.status < 400:
        return response
    meaning = _STATUS_MEANING.get(response.status)
    if meaning is None:
        meaning = "had an internal problem" if response.status >= 500 else "refused the request"
    detail = _server_message(response.data)
    raise HttpError(
        f"The hash bank {meaning} (HTTP {response.status}{': ' + detail if detail else ''}).",
        response.status,
    )


def _server_message(data: Any) -> str:
    if isinstance(data, dict):
        for key in ("message", "error", "detail"):
            if isinstance(data.get(key), str):
                return " ".join(data[key].split())[:200]
    if isinstance(data, str):
        return " ".join(data.split())[:200]
    return ""


# --- what StillMine may say -------------------------------------------------------------------


class HashBankConnection:
    """Calls to a Hasher-Matcher-Actioner compatible hash bank: hashes and notes only.

    Args:
        base_url: the bank's address (HTTPS, or http://127.0.0.1 for one on this computer).
        auth_header: an optional ``Name: value`` header (e.g. ``Authorization: Bearer ...``).
        timeout: seconds each call may take.
    """

    def __init__(
        self, base_url: str, *, auth_header: str | None = None, timeout: float = DEFAULT_TIMEOUT
    ) -> None:
        self._endpoint = _Endpoint(base_url, auth_header=auth_header, timeout=timeout)
        self.description = self._endpoint.description

    def status(self) -> Response:
        """``GET /status``: is the bank up?"""
        return self._endpoint.send(_Request("GET", "/status"))

    def get_bank(self, bank: BankName) -> Response:
        """``GET /c/bank/<bank>``."""
        return self._endpoint.send(_Request("GET", _bank_path(bank)))

    def create_bank(self, bank: BankName) -> Response:
        """``POST /c/banks`` with the bank's name only."""
        body = _json({"name": bank.name, "enabled_ratio": 1.0})
        return self._endpoint.send(_Request("POST", "/c/banks", body=body))

    def signal_types(self) -> Response:
        """``GET /c/signal_type``: the fingerprint types the bank accepts."""
        return self._endpoint.send(_Request("GET", "/c/signal_type"))

    def add_signal(self, bank: BankName, signal: HashSignal) -> Response:
        """``POST /c/bank/<bank>/signal`` with one fingerprint."""
        body = _json({signal.signal_type: signal.value})
        return self._endpoint.send(_Request("POST", _bank_path(bank, "signal"), body=body))

    def annotate(self, bank: BankName, content_id: int, note: Note) -> Response:
        """``PUT /c/bank/<bank>/content/<id>`` with the user's own note."""
        path = _bank_path(bank, "content", str(int(content_id)))
        return self._endpoint.send(_Request("PUT", path, body=_json({"note": note.text})))

    def delete_content(self, bank: BankName, content_id: int) -> Response:
        """``DELETE /c/bank/<bank>/content/<id>``: withdraw one fingerprint."""
        path = _bank_path(bank, "content", str(int(content_id)))
        return self._endpoint.send(_Request("DELETE", path))

    def index_status(self, signal_type: str) -> Response:
        """``GET /c/signal_type/index``: has the matching index caught up?"""
        if signal_type not in _SIGNAL_TYPES:
            raise InvalidValue(f"StillMine does not use {signal_type!r} fingerprints.")
        query = (("signal_type", signal_type),)
        return self._endpoint.send(_Request("GET", "/c/signal_type/index", query))

    def lookup(self, bank: BankName, signal: HashSignal) -> Response:
        """``GET /m/lookup``: does the bank match this fingerprint yet?"""
        query = (
            ("signal_type", signal.signal_type),
            ("signal", signal.value),
            ("banks", bank.name),
            ("bypass_coinflip", "true"),
        )
        return self._endpoint.send(_Request("GET", "/m/lookup", query))


def _bank_path(bank: BankName, *rest: str) -> str:
    return "/".join(["/c/bank", bank.name, *rest])


class RdapConnection:
    """Look-ups of a domain's host and registrar (RDAP), when the user asks for one."""

    def __init__(self, base_url: str, *, timeout: float = DEFAULT_TIMEOUT) -> None:
        self._endpoint = _Endpoint(base_url, timeout=timeout)

    def domain(self, domain: Domain) -> Response:
        """``GET /domain/<name>``: only the domain name is sent."""
        return self._endpoint.send(_Request("GET", f"/domain/{domain.name}"))

    def ip(self, address: IpAddress) -> Response:
        """``GET /ip/<address>``: who holds the network; only the address is sent."""
        return self._endpoint.send(_Request("GET", f"/ip/{address.address}"))


#: The most addresses ``resolve`` returns.
_MAX_ADDRESSES: Final = 8
#: ``socket.getaddrinfo``'s shape, so tests can hand ``resolve`` a resolver of their own.
Resolver = Callable[..., Sequence[tuple[Any, ...]]]


def resolve(domain: Domain, *, resolver: Resolver = socket.getaddrinfo) -> tuple[IpAddress, ...]:
    """The IP addresses ``domain`` points to, from this computer's resolver (DNS).

    Only the domain name is asked for; the answer is checked address by address.

    Raises:
        NetworkError: the name does not exist, or the computer is offline.
    """
    try:
        found = resolver(domain.name, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError) as exc:
        raise NetworkError(
            f"The address of {domain.name} could not be found: the name does not exist, or "
            "this computer is offline."
        ) from exc
    # A scoped IPv6 address ("fe80::1%eth0") keeps only its address.
    addresses = dict.fromkeys(str(info[4][0]).partition("%")[0] for info in found)
    return tuple(IpAddress(address) for address in list(addresses)[:_MAX_ADDRESSES])
