"""The registration screens' work on the case, without Qt: it runs on the task pool.

Recording what a service's website gave back, reading the recovery sheet (PINs revealed only
for the sheet about to be printed), and the hash-bank runs. A hash-bank connection is
rebuilt from the case each time, so the access token stays in the case file and only ever
leaves it in a request's header. Network problems come back as part of the result, with the
state of every fingerprint as the case now records it.
"""

from dataclasses import dataclass
from datetime import datetime

from app.core.errors import Cancelled, UserError
from app.core.net import BankName, HashBankConnection
from app.core.services.catalogue import Service
from app.core.services.handoff import record_website_registration
from app.core.services.hashbank import (
    BankSettings,
    Plan,
    Report,
    confirm_pending,
    find_bank_registration,
    register,
    token_for,
    withdraw,
)
from app.core.vault import (
    BankEntry,
    CaseFile,
    CaseRepository,
    Item,
    Registration,
    RegistrationCheck,
    Sighting,
)
from app.core.vault.repository import NotFound
from app.gui.importing import JobLike
from app.gui.overview import CaseOverview, load_overview


@dataclass(frozen=True)
class WebsiteRecord:
    """What the user typed after registering on a service's website."""

    service: Service
    case_number: str
    pin: str
    item_ids: tuple[int, ...]
    submitted_at: datetime
    interval_days: int | None


def record_registration(repo: CaseRepository, record: WebsiteRecord) -> Registration:
    """Keep a website registration; the PIN is encrypted on its own, never logged."""
    service = record.service
    pin = record.pin if record.pin.strip() or service.returns_pin else None
    given = record.case_number.strip() or service.returns_case_number
    return record_website_registration(
        repo,
        service.id,
        case_number=record.case_number if given else None,
        pin=pin,
        item_ids=record.item_ids,
        submitted_at=record.submitted_at,
        check_interval_days=record.interval_days,
    )


@dataclass(frozen=True)
class SheetEntry:
    """One registration on the recovery sheet, with its PIN in clear (for the paper only)."""

    registration: Registration
    pin: str


def sheet_entries(repo: CaseRepository) -> list[SheetEntry]:
    """Every registration with its PIN, for the recovery sheet being printed now."""
    return [SheetEntry(reg, repo.reveal_pin(reg)) for reg in repo.registrations()]


# --- hash banks -------------------------------------------------------------------------------


@dataclass(frozen=True)
class BankState:
    """Where a hash-bank registration stands after a run, a check or a withdrawal.

    Attributes:
        registration: the registration (None if the run stopped before it was made).
        entries: every fingerprint planned for it, as the case records them.
        report: what this run did (None when it was stopped or failed).
        cancelled: the user stopped the run.
        error: the problem that ended the run early, if any.
    """

    registration: Registration | None
    entries: tuple[BankEntry, ...] = ()
    report: Report | None = None
    cancelled: bool = False
    error: UserError | None = None


def bank_state(
    case: CaseFile,
    registration: Registration | None,
    report: Report | None = None,
    *,
    cancelled: bool = False,
    error: UserError | None = None,
) -> BankState:
    """The registration as the case now records it, with its entries."""
    if registration is None:
        return BankState(None, (), report, cancelled, error)

    def read(repo: CaseRepository) -> BankState:
        current = next((r for r in repo.registrations() if r.id == registration.id), registration)
        entries = tuple(repo.bank_entries(current.id))
        return BankState(current, entries, report, cancelled, error)

    return case.read(read)


def connection_for(case: CaseFile, registration: Registration) -> HashBankConnection:
    """A connection to the registration's bank, with the token kept in the case."""
    token = token_for(case, registration)
    header = BankSettings(registration.bank_url, BankName(registration.bank_name), token)
    return HashBankConnection(registration.bank_url, auth_header=header.auth_header)


def send_plan(
    case: CaseFile,
    chosen: Plan,
    *,
    create_bank: bool,
    index_wait_seconds: float,
    job: JobLike,
) -> BankState:
    """Send a plan the user confirmed; what arrived is saved to the case as it goes."""
    settings = chosen.settings
    bank = settings.bank.name
    if not settings.token:
        # No token typed: use the one kept for this bank, if any.
        address = HashBankConnection(settings.url).description
        kept = find_bank_registration(case.read(lambda repo: repo.registrations()), address, bank)
        token = token_for(case, kept) if kept is not None else ""
        settings = BankSettings(settings.url, settings.bank, token, settings.note)
    connection = HashBankConnection(settings.url, auth_header=settings.auth_header)
    report = None
    cancelled, error = False, None
    try:
        report = register(
            case,
            connection,
            chosen,
            create_bank=create_bank,
            progress=job.progress,
            cancel=job.cancel,
            index_wait_seconds=index_wait_seconds,
        )
    except Cancelled:
        cancelled = True
    except UserError as problem:
        error = problem
    registrations = case.read(lambda repo: repo.registrations())
    found = find_bank_registration(registrations, connection.description, bank)
    return bank_state(case, found, report, cancelled=cancelled, error=error)


def check_again(
    case: CaseFile, registration: Registration, *, index_wait_seconds: float, job: JobLike
) -> BankState:
    """Ask the bank again whether it recognises the fingerprints still pending."""
    try:
        report = confirm_pending(
            case,
            connection_for(case, registration),
            registration,
            cancel=job.cancel,
            index_wait_seconds=index_wait_seconds,
        )
    except UserError as problem:
        return bank_state(case, registration, error=problem)
    return bank_state(case, registration, report)


def withdraw_from_bank(case: CaseFile, registration: Registration) -> BankState:
    """Remove every fingerprint of the registration from the bank, and record it."""
    try:
        report = withdraw(case, connection_for(case, registration), registration)
    except UserError as problem:
        return bank_state(case, registration, error=problem)
    return bank_state(case, registration, report)


# --- one registration -------------------------------------------------------------------------


@dataclass(frozen=True)
class RegistrationDetail:
    """One registration with its status checks, its bank entries and the case around it."""

    registration: Registration
    checks: tuple[RegistrationCheck, ...]
    entries: tuple[BankEntry, ...]
    overview: CaseOverview

    def item_ids(self) -> tuple[int, ...]:
        """The pictures registered (for a hash bank: those with a fingerprint planned)."""
        from_entries = (entry.item_id for entry in self.entries if entry.item_id is not None)
        return tuple(dict.fromkeys([*self.registration.item_ids, *from_entries]))

    def register_again(self) -> list[tuple[Item, Sighting]]:
        """Edited copies found of this registration's pictures (each needs registering)."""
        mine = set(self.item_ids())
        return [(i, s) for i, s in self.overview.register_again() if i.id in mine]


def load_detail(repo: CaseRepository, registration_id: int) -> RegistrationDetail:
    """Read one registration and what belongs to it."""
    overview = load_overview(repo)
    registration = next((r for r in overview.registrations if r.id == registration_id), None)
    if registration is None:
        raise NotFound("This registration is no longer in your case.")
    return RegistrationDetail(
        registration,
        tuple(repo.registration_checks(registration_id)),
        tuple(repo.bank_entries(registration_id)),
        overview,
    )
