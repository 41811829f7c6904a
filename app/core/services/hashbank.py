"""Registering fingerprints with a Hasher-Matcher-Actioner (HMA) hash bank.

The user gives the bank's address, its name and (if the bank asks for one) an access token.
StillMine plans one entry per fingerprint (a PDQ of each usable picture, the MD5 of each
video), shows the exact requests, and only after the user confirms sends them: fingerprints
and the user's own note, nothing else (``app.core.net`` makes anything else impossible).

Every entry is saved in the case before and after it is sent, so a batch interrupted by a
server error, a time-out or a crash resumes without sending anything twice: an entry whose
answer was lost is marked uncertain and looked up in the bank before it is sent again. A
bank makes new fingerprints matchable only after rebuilding its index (about a minute), so
StillMine waits for the index, then confirms each entry with a look-up; entries not yet
confirmed stay pending and are confirmed later.
"""

import functools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from app.core.errors import UserError
from app.core.fingerprints.pdq import Pdq
from app.core.net import (
    BadResponse,
    BankName,
    HashBankConnection,
    HashSignal,
    HttpError,
    NetworkError,
    Note,
    UncertainDelivery,
)
from app.core.progress import NEVER, NULL_PROGRESS, CancelToken, Progress, ProgressTracker
from app.core.services.catalogue import Catalogue
from app.core.services.eligibility import decide
from app.core.vault.models import BankEntry, BankEntryState, Item, Registration
from app.core.vault.repository import CaseRepository, Clock, utc_now
from app.core.vault.store import CaseFile

SERVICE_ID: Final = "hash-bank"
#: How long to wait for the bank's index to catch up before leaving entries pending.
INDEX_WAIT_SECONDS: Final = 300.0
#: Polling starts quickly and slows down to this: a real bank rebuilds its index every minute.
_POLL_SECONDS: Final = 5.0
_FIRST_POLL_SECONDS: Final = 0.25


class BankMissing(UserError):
    """The hash bank has no bank of that name."""

    code = "bank-missing"


class BankRefused(UserError):
    """The hash bank refused a bank name or StillMine's access."""

    code = "bank-refused"


def _poll_pauses() -> Iterator[float]:
    pause = _FIRST_POLL_SECONDS
    while True:
        yield pause
        pause = min(_POLL_SECONDS, pause * 2)


@dataclass(frozen=True, slots=True)
class BankSettings:
    """Where the hash bank is and how to talk to it (the token is kept in the case)."""

    url: str
    bank: BankName
    token: str = ""
    note: Note = field(default_factory=Note)

    @property
    def auth_header(self) -> str | None:
        """The authorisation header for the token, if there is one."""
        if not self.token:
            return None
        return self.token if ":" in self.token else f"Authorization: Bearer {self.token}"


@dataclass(frozen=True, slots=True)
class PlannedSignal:
    """One fingerprint StillMine will send, and the item it comes from."""

    item_id: int
    label: str
    signal: HashSignal


@dataclass(frozen=True, slots=True)
class Plan:
    """What registering with a bank will send: the user sees and confirms exactly this."""

    settings: BankSettings
    signals: tuple[PlannedSignal, ...]
    skipped: tuple[tuple[str, str], ...]  # (item label, plain reason)

    def requests(self, base_url: str) -> list[str]:
        """The exact HTTP requests, as the user will see them before confirming."""
        bank = self.settings.bank.name
        lines = []
        for planned in self.signals:
            body = f'{{"{planned.signal.signal_type}":"{planned.signal.value}"}}'
            lines.append(f"POST {base_url}/c/bank/{bank}/signal  {body}")
            if self.settings.note.text:
                note = self.settings.note.text.replace("\\", "\\\\").replace('"', '\\"')
                lines.append(f'PUT {base_url}/c/bank/{bank}/content/<id>  {{"note":"{note}"}}')
        return lines


@dataclass
class Report:
    """What happened in one run, for the user."""

    registration_id: int = 0
    sent: int = 0
    confirmed: int = 0
    pending: int = 0
    uncertain: int = 0
    failed: int = 0
    messages: list[str] = field(default_factory=list)


def plan(catalogue: Catalogue, items: Iterable[Item], settings: BankSettings) -> Plan:
    """Choose what to send: a PDQ per usable picture, an MD5 per video, adults only."""
    service = catalogue.service(SERVICE_ID)
    signals, skipped = [], []
    for item in items:
        decision = decide(service, item)
        if not decision.applies:
            skipped.append((item.label, catalogue.reason(decision.reason_id).get("en")))
        elif item.kind == "video":
            signals.append(PlannedSignal(item.id, item.label, HashSignal("video_md5", item.md5)))
        elif item.pdq and Pdq.usable(item.pdq_quality or 0):
            signals.append(PlannedSignal(item.id, item.label, HashSignal("pdq", item.pdq)))
        else:
            skipped.append((item.label, "This picture is too plain for a similarity fingerprint."))
    return Plan(settings, tuple(signals), tuple(skipped))


class HashBankClient:
    """HMA's answers, read carefully: its quirks are documented in services.md section 4."""

    def __init__(self, connection: HashBankConnection, bank: BankName) -> None:
        self.connection = connection
        self.bank = bank

    def prepare_bank(self, create: bool) -> str:
        """Make sure the bank exists; return "existed" or "created".

        A 403 on creation can mean "it already exists" or "the token was refused": looking the
        bank up tells which.
        """
        if not create:
            self._require_bank()
            return "existed"
        try:
            self.connection.create_bank(self.bank)
        except HttpError as error:
            if error.status == 400:
                raise BankRefused(
                    f"The hash bank refused the name {self.bank.name}. Use capital letters, "
                    "digits and underscores, starting with a letter."
                ) from error
            if error.status != 403:
                raise
            self._require_bank()
            return "existed"
        return "created"

    def _require_bank(self) -> None:
        try:
            self.connection.get_bank(self.bank)
        except HttpError as error:
            if error.status == 404:
                raise BankMissing(
                    f"The hash bank has no bank called {self.bank.name}. Check the name, or let "
                    "StillMine create it."
                ) from error
            if error.status in (401, 403):
                raise BankRefused(
                    "The hash bank refused StillMine's access: the access token is missing or "
                    "wrong. Ask the organisation that runs it for a token."
                ) from error
            raise

    def accepted_types(self) -> set[str]:
        """Fingerprint types the bank has switched on (all StillMine's, if it does not say)."""
        try:
            answer = self.connection.signal_types().data
        except HttpError:
            return {"pdq", "video_md5"}
        if not isinstance(answer, list):
            raise BadResponse("The hash bank's list of fingerprint types is not a list.")
        return {
            str(entry.get("name"))
            for entry in answer
            if isinstance(entry, dict) and _number(entry.get("enabled_ratio", 1)) > 0
        }

    def add(self, signal: HashSignal) -> int:
        """Store one fingerprint; return the bank's content id."""
        answer = self.connection.add_signal(self.bank, signal).data
        if not isinstance(answer, dict) or not isinstance(answer.get("id"), int):
            raise BadResponse("The hash bank's answer to a new fingerprint has no content id.")
        echoed = answer.get("signals")
        if isinstance(echoed, dict) and echoed.get(signal.signal_type) not in (None, signal.value):
            raise BadResponse("The hash bank stored a different fingerprint from the one sent.")
        return int(answer["id"])

    def annotate(self, content_id: int, note: Note) -> bool:
        """Attach the user's note; False when this bank does not keep notes."""
        try:
            self.connection.annotate(self.bank, content_id, note)
        except HttpError as error:
            if error.status in (400, 404, 405, 501):
                return False
            raise
        return True

    def remove(self, content_id: int) -> None:
        """Withdraw one fingerprint (already gone counts as withdrawn)."""
        try:
            self.connection.delete_content(self.bank, content_id)
        except HttpError as error:
            if error.status != 404:
                raise

    def index_caught_up(self, signal_type: str) -> bool:
        """Whether the bank's matching index includes everything stored."""
        answer = self.connection.index_status(signal_type).data
        status = answer.get(signal_type, answer) if isinstance(answer, dict) else None
        if not isinstance(status, dict):
            raise BadResponse("The hash bank's index status is not readable.")
        return not status.get("index_out_of_date", True) and _number(
            status.get("index_size", 0)
        ) >= _number(status.get("db_size", 0))

    def finds(self, signal: HashSignal, content_id: int | None) -> bool:
        """Whether a look-up of ``signal`` finds it in this bank (as ``content_id`` if given)."""
        try:
            answer = self.connection.lookup(self.bank, signal).data
        except HttpError as error:
            if error.status == 503:  # "index not yet ready"
                return False
            raise
        return _lookup_finds(answer, self.bank.name, content_id)


def _number(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        raise BadResponse("The hash bank sent a number StillMine cannot read.") from None


def _lookup_finds(answer: Any, bank: str, content_id: int | None) -> bool:
    # Newer HMA: {"BANK": [{"bank_content_id": 1, "distance": "0"}]}; older: ["BANK", ...].
    if isinstance(answer, list):
        return bank in answer
    if not isinstance(answer, dict):
        raise BadResponse("The hash bank's look-up answer is not readable.")
    matches = answer.get(bank) or []
    if not isinstance(matches, list):
        raise BadResponse("The hash bank's look-up answer is not readable.")
    for match in matches:
        if not isinstance(match, dict):
            continue
        same_content = content_id is None or match.get("bank_content_id") == content_id
        if same_content and int(_number(match.get("distance", 0))) == 0:
            return True
    return False


# --- the whole registration -----------------------------------------------------------------


class _Run:
    """One registration run against one bank, saving to the case as it goes."""

    def __init__(  # noqa: PLR0917 - private, built in one place
        self,
        case: CaseFile,
        client: HashBankClient,
        registration: Registration,
        progress: ProgressTracker,
        cancel: CancelToken,
        clock: Clock,
        index_wait_seconds: float,
    ) -> None:
        self.case, self.client, self.registration = case, client, registration
        self.progress, self.cancel, self.clock = progress, cancel, clock
        self.index_wait_seconds = index_wait_seconds
        self.report = Report(registration_id=registration.id)

    def entries(self) -> list[BankEntry]:
        return self.case.read(lambda repo: repo.bank_entries(self.registration.id))

    def save(self, entry: BankEntry, event: str = "") -> None:
        def write(repo: CaseRepository) -> None:
            repo.update_bank_entry(entry)
            if event:
                # The timeline keeps exactly what left the computer: the hash and the note.
                detail = {
                    "bank": self.registration.bank_name,
                    "signal_type": entry.signal_type,
                    "signal": entry.signal,
                    "note": entry.note,
                    "state": entry.state.value,
                }
                repo.log_event("hash-bank", event, detail)

        self.case.change(write)

    def send_all(self, note: Note, labels: dict[int, str]) -> None:
        resendable = (BankEntryState.PLANNED, BankEntryState.FAILED)
        for entry in self.entries():
            self.cancel.raise_if_cancelled()
            label = labels.get(entry.item_id or 0, "a fingerprint")
            if entry.state is BankEntryState.UNCERTAIN:
                if self._lost_answer(entry) != "absent":
                    self.progress.advance()
                    continue
            elif entry.state not in resendable:
                self.progress.advance()
                continue
            if not self._send(entry, note, label):
                break  # the server is failing: stop, keep the rest for a later retry
            self.progress.advance()

    def _lost_answer(self, entry: BankEntry) -> str:
        """Whether an entry whose answer was lost reached the bank: arrived, absent or unknown.

        It is sent again only when the bank's up-to-date index shows it is absent.
        """
        signal = HashSignal(entry.signal_type, entry.signal)
        if not self.wait_for_index(entry.signal_type, self.index_wait_seconds):
            self.report.uncertain += 1
            self.report.messages.append(
                "The hash bank has not finished updating, so StillMine cannot yet tell whether an "
                "earlier fingerprint arrived. It will check again next time."
            )
            return "unknown"
        if not self.client.finds(signal, None):
            return "absent"
        entry.state, entry.last_error = BankEntryState.ADDED, ""
        self.save(entry, "A fingerprint whose answer was lost had reached the hash bank")
        return "arrived"

    def _send(self, entry: BankEntry, note: Note, label: str) -> bool:
        signal = HashSignal(entry.signal_type, entry.signal)
        entry.sent_at = self.clock()
        try:
            entry.content_id = self.client.add(signal)
        except UncertainDelivery as lost:
            entry.state, entry.last_error = BankEntryState.UNCERTAIN, lost.message
            self.save(entry, f"Sent the fingerprint of {label}; the answer was lost")
            self.report.uncertain += 1
            self.report.messages.append(lost.message)
            return False  # a bank that loses answers is struggling: try the rest later
        except HttpError as error:
            entry.state, entry.last_error = BankEntryState.FAILED, error.message
            self.save(entry, f"The hash bank refused the fingerprint of {label}")
            self.report.failed += 1
            self.report.messages.append(error.message)
            return error.status < 500
        except (NetworkError, BadResponse) as error:
            entry.state, entry.last_error = BankEntryState.FAILED, error.message
            self.save(entry)
            self.report.failed += 1
            self.report.messages.append(error.message)
            return False
        entry.state, entry.last_error = BankEntryState.ADDED, ""
        self.save(entry, f"Sent the {signal.signal_type} fingerprint of {label} to the hash bank")
        self.report.sent += 1
        if note.text and not self.client.annotate(entry.content_id, note):
            self.report.messages.append(
                "This hash bank does not keep notes; the note was not saved."
            )
        return True

    def wait_for_index(self, signal_type: str, seconds: float) -> bool:
        """Poll the bank's index status until it caught up or time runs out."""
        deadline = self.clock().timestamp() + seconds
        for pause in _poll_pauses():
            if self.client.index_caught_up(signal_type):
                return True
            if self.clock().timestamp() >= deadline or self.cancel.wait(pause):
                return False
        return False  # pragma: no cover - the pauses never end

    def confirm(self, seconds: float) -> None:
        pending = [e for e in self.entries() if e.state is BankEntryState.ADDED]
        for signal_type in {entry.signal_type for entry in pending}:
            if not self.wait_for_index(signal_type, seconds):
                continue
            deadline = self.clock().timestamp() + seconds
            remaining = [e for e in pending if e.signal_type == signal_type]
            for pause in _poll_pauses():
                remaining = [e for e in remaining if not self._confirmed(e)]
                # A matcher reloads a rebuilt index about every 30 s: keep looking a little.
                out_of_time = self.clock().timestamp() >= deadline
                if not remaining or out_of_time or self.cancel.wait(pause):
                    break
        for entry in self.entries():
            if entry.state is BankEntryState.CONFIRMED:
                self.report.confirmed += 1
            elif entry.state is BankEntryState.ADDED:
                self.report.pending += 1

    def _confirmed(self, entry: BankEntry) -> bool:
        if not self.client.finds(HashSignal(entry.signal_type, entry.signal), entry.content_id):
            return False
        entry.state, entry.confirmed_at = BankEntryState.CONFIRMED, self.clock()
        self.save(entry, "The hash bank now recognises a fingerprint")
        return True


def find_bank_registration(
    registrations: Iterable[Registration], base_url: str, bank: str
) -> Registration | None:
    """The open (not withdrawn) registration with the bank ``bank`` at ``base_url``."""
    for registration in registrations:
        if (
            registration.service == SERVICE_ID
            and registration.bank_url == base_url
            and registration.bank_name == bank
            and registration.withdrawn_at is None
        ):
            return registration
    return None


def _registration_for(
    case: CaseFile, settings: BankSettings, base_url: str, clock: Clock
) -> Registration:
    def find_or_create(repo: CaseRepository) -> Registration:
        found = find_bank_registration(repo.registrations(), base_url, settings.bank.name)
        if found is not None:
            if settings.token:
                repo.set_registration_token(found, settings.token)
            return found
        registration = repo.add_registration(
            Registration(
                SERVICE_ID, bank_url=base_url, bank_name=settings.bank.name, submitted_at=clock()
            ),
            [],
        )
        if settings.token:
            repo.set_registration_token(registration, settings.token)
        return registration

    return case.change(find_or_create)


def register(
    case: CaseFile,
    connection: HashBankConnection,
    chosen: Plan,
    *,
    create_bank: bool = False,
    progress: Progress = NULL_PROGRESS,
    cancel: CancelToken = NEVER,
    clock: Clock = utc_now,
    index_wait_seconds: float = INDEX_WAIT_SECONDS,
) -> Report:
    """Send a confirmed plan to the bank, record everything, and confirm what arrived.

    Safe to run again: entries already sent are never sent twice.
    """
    client = HashBankClient(connection, chosen.settings.bank)
    client.prepare_bank(create_bank)
    accepted = client.accepted_types()
    registration = _registration_for(case, chosen.settings, connection.description, clock)
    planned = [p for p in chosen.signals if p.signal.signal_type in accepted]
    refused_types = {p.signal.signal_type for p in chosen.signals} - accepted
    case.change(
        lambda repo: repo.add_bank_entries(
            BankEntry(
                registration.id,
                p.signal.signal_type,
                p.signal.value,
                item_id=p.item_id,
                note=chosen.settings.note.text,
            )
            for p in planned
        )
    )
    tracker = ProgressTracker(progress, total=len(planned), unit="fingerprints")
    run = _Run(case, client, registration, tracker, cancel, clock, index_wait_seconds)
    run.send_all(chosen.settings.note, {p.item_id: p.label for p in chosen.signals})
    run.confirm(index_wait_seconds)
    for signal_type in sorted(refused_types):
        run.report.messages.append(f"This hash bank does not accept {signal_type} fingerprints.")
    tracker.finish()
    return run.report


def confirm_pending(
    case: CaseFile,
    connection: HashBankConnection,
    registration: Registration,
    *,
    cancel: CancelToken = NEVER,
    clock: Clock = utc_now,
    index_wait_seconds: float = INDEX_WAIT_SECONDS,
) -> Report:
    """Check again whether the bank recognises fingerprints that were still pending."""
    client = HashBankClient(connection, BankName(registration.bank_name))
    tracker = ProgressTracker(NULL_PROGRESS)
    run = _Run(case, client, registration, tracker, cancel, clock, index_wait_seconds)
    run.confirm(index_wait_seconds)
    return run.report


def withdraw(
    case: CaseFile,
    connection: HashBankConnection,
    registration: Registration,
    *,
    clock: Clock = utc_now,
) -> Report:
    """Remove every fingerprint of a registration from the bank, and record it."""
    client = HashBankClient(connection, BankName(registration.bank_name))
    report = Report(registration_id=registration.id)
    entries: Sequence[BankEntry] = case.read(lambda repo: repo.bank_entries(registration.id))
    for entry in entries:
        if entry.content_id is None or entry.state is BankEntryState.WITHDRAWN:
            continue
        client.remove(entry.content_id)
        entry.state, entry.withdrawn_at = BankEntryState.WITHDRAWN, clock()
        case.change(functools.partial(CaseRepository.update_bank_entry, entry=entry))
        report.sent += 1

    def finish(repo: CaseRepository) -> None:
        registration.status, registration.withdrawn_at = "withdrawn", clock()
        repo.update_registration(registration)

    case.change(finish)
    return report


def token_for(case: CaseFile, registration: Registration) -> str:
    """The access token kept for a registration (for reconnecting later)."""
    return case.read(lambda repo: repo.reveal_token(registration))
