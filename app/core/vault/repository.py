"""Reading and changing the case database: one typed method per thing the case records.

A ``CaseRepository`` wraps the in-memory SQLite connection and is used only on the case
file's writer thread (``CaseFile.read`` / ``CaseFile.change`` hand it over). Every change
that matters is also written to the append-only timeline.
"""

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any, Final, TypeVar

from cryptography.exceptions import InvalidTag

from app.core.errors import UserError
from app.core.vault import rowmap
from app.core.vault.crypto import decrypt, encrypt
from app.core.vault.models import (
    BankEntry,
    CaseContact,
    Event,
    EvidenceFile,
    Item,
    Letter,
    LetterResponse,
    Person,
    Registration,
    RegistrationCheck,
    Sighting,
)

Clock = Callable[[], datetime]
Record = TypeVar("Record")

_IMPORTANT_CHANGES: Final = "important_changes_since_backup"
_LAST_BACKUP: Final = "last_backup_at"


def utc_now() -> datetime:
    """The current time, in UTC, with its time zone."""
    return datetime.now(UTC)


class NotFound(UserError):
    """A record the user asked for does not exist (any more)."""

    code = "not-found"


class SecretBox:
    """Encrypts secret fields (PINs, tokens) a second time, with a key of their own."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    def seal(self, kind: str, value: str) -> bytes:
        """Encrypt one secret."""
        return encrypt(self._key, value.encode("utf-8"), b"stillmine secret " + kind.encode())

    def open(self, kind: str, sealed: bytes) -> str:
        """Decrypt one secret."""
        try:
            plain = decrypt(self._key, sealed, b"stillmine secret " + kind.encode())
        except InvalidTag:
            raise UserError(
                "A stored secret could not be read: the case file is damaged."
            ) from None
        return plain.decode("utf-8")


class CaseRepository:
    """Typed access to everything in the case. Use it only on the case's writer thread."""

    def __init__(
        self, connection: sqlite3.Connection, secrets: SecretBox, clock: Clock = utc_now
    ) -> None:
        self._db = connection
        self._secrets = secrets
        self._clock = clock
        self.changed = False

    def snapshot(self) -> bytes:
        """The whole database as bytes (for saving and export)."""
        return self._db.serialize()

    def close(self) -> None:
        """Free the in-memory database."""
        self._db.close()

    # --- meta and bookkeeping ---------------------------------------------------------------

    def meta(self, key: str, default: str = "") -> str:
        """A value from the case's key-value table."""
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else default

    def set_meta(self, key: str, value: str) -> None:
        """Store a value in the case's key-value table."""
        with self._db:
            self._db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
        self.changed = True

    def _important(self) -> None:
        count = int(self.meta(_IMPORTANT_CHANGES, "0") or 0)
        self.set_meta(_IMPORTANT_CHANGES, str(count + 1))

    def backup_due(self) -> bool:
        """Whether important changes were made since the last backup (export)."""
        return int(self.meta(_IMPORTANT_CHANGES, "0") or 0) > 0

    def last_backup_at(self) -> datetime | None:
        """When the case was last exported as a backup bundle."""
        text = self.meta(_LAST_BACKUP)
        return datetime.fromisoformat(text) if text else None

    def mark_backed_up(self) -> None:
        """Record that a backup was just made."""
        self.set_meta(_IMPORTANT_CHANGES, "0")
        self.set_meta(_LAST_BACKUP, self._clock().isoformat())
        self.log_event("backup", "Made a backup of the case")

    # --- the timeline -----------------------------------------------------------------------

    def log_event(self, kind: str, summary: str, detail: dict[str, Any] | None = None) -> Event:
        """Append an entry to the timeline."""
        event = Event(self._clock(), kind, summary, json.dumps(detail or {}, sort_keys=True))
        with self._db:
            event.id = rowmap.insert(self._db, "events", event)
        self.changed = True
        return event

    def events(self) -> list[Event]:
        """The whole timeline, oldest first."""
        return rowmap.select(self._db, Event, "events", order="id")

    # --- the person -------------------------------------------------------------------------

    def person(self) -> Person:
        """The user's details (empty until they give any)."""
        found = rowmap.select(self._db, Person, "person")
        return found[0] if found else Person()

    def set_person(self, person: Person) -> None:
        """Replace the user's details."""
        with self._db:
            self._db.execute("DELETE FROM person")
            rowmap.insert(self._db, "person", person)
        self.log_event("person", "Updated your details")

    # --- items ------------------------------------------------------------------------------

    def add_item(self, item: Item) -> Item:
        """Store a new item (its fingerprints and answers); returns it with its id."""
        with self._db:
            item.id = rowmap.insert(self._db, "items", item)
        self.log_event("item-added", f"Added {item.label}", {"item": item.id})
        self._important()
        return item

    def items(self) -> list[Item]:
        """Every item, in the order they were added."""
        return rowmap.select(self._db, Item, "items", order="id")

    def item(self, item_id: int) -> Item:
        """One item by id."""
        return self._one(rowmap.select(self._db, Item, "items", "id = ?", (item_id,)), "item")

    def find_items_by_sha256(self, sha256: str) -> list[Item]:
        """Items whose file had exactly these bytes."""
        return rowmap.select(self._db, Item, "items", "sha256 = ?", (bytes.fromhex(sha256),))

    def update_item(self, item: Item) -> None:
        """Save changed answers or label of an item."""
        with self._db:
            rowmap.update(self._db, "items", item)
        self.log_event("item-changed", f"Changed {item.label}", {"item": item.id})

    def remove_item(self, item_id: int) -> None:
        """Forget an item and its links (the timeline keeps that it existed)."""
        label = self.item(item_id).label
        with self._db:
            self._db.execute("DELETE FROM items WHERE id = ?", (item_id,))
        self.log_event("item-removed", f"Removed {label}", {"item": item_id})
        self._important()

    # --- registrations ----------------------------------------------------------------------

    def add_registration(
        self, registration: Registration, item_ids: Iterable[int], pin: str | None = None
    ) -> Registration:
        """Record a registration with a service; the PIN is encrypted on its own."""
        with self._db:
            if pin:
                registration.pin_secret_id = self._store_secret("pin", pin)
            registration.id = rowmap.insert(self._db, "registrations", registration)
            registration.item_ids = self._link(
                "registration_items", "registration_id", registration.id, "item_id", item_ids
            )
        self.log_event(
            "registration",
            f"Recorded a registration with {registration.service}",
            {"registration": registration.id},
        )
        self._important()
        return registration

    def registrations(self) -> list[Registration]:
        """Every registration, oldest first, with its linked item ids."""
        found = rowmap.select(self._db, Registration, "registrations", order="id")
        for registration in found:
            registration.item_ids = self._linked(
                "registration_items", "registration_id", registration.id, "item_id"
            )
        return found

    def update_registration(self, registration: Registration) -> None:
        """Save a changed registration (status, reminders, withdrawal ...)."""
        with self._db:
            rowmap.update(self._db, "registrations", registration)
        self.log_event(
            "registration-changed",
            f"Updated the registration with {registration.service}",
            {"registration": registration.id, "status": registration.status},
        )

    def reveal_pin(self, registration: Registration) -> str:
        """The registration's PIN in clear, for the user's eyes only."""
        if registration.pin_secret_id is None:
            return ""
        return self._reveal_secret(registration.pin_secret_id, "pin")

    def set_registration_token(self, registration: Registration, token: str | None) -> None:
        """Keep (or clear) the access token of a hash-bank registration, encrypted."""
        with self._db:
            registration.token_secret_id = self._store_secret("token", token) if token else None
            rowmap.update(self._db, "registrations", registration)
        self.changed = True

    def reveal_token(self, registration: Registration) -> str:
        """A hash bank's access token in clear, to authenticate a call."""
        if registration.token_secret_id is None:
            return ""
        return self._reveal_secret(registration.token_secret_id, "token")

    def add_bank_entries(self, entries: Iterable[BankEntry]) -> list[BankEntry]:
        """Plan fingerprints for a hash bank; ones already planned or sent are kept as they are."""
        stored = []
        with self._db:
            for entry in entries:
                existing = rowmap.select(
                    self._db,
                    BankEntry,
                    "bank_entries",
                    "registration_id = ? AND signal_type = ? AND signal = ?",
                    (entry.registration_id, entry.signal_type, bytes.fromhex(entry.signal)),
                )
                if existing:
                    stored.append(existing[0])
                    continue
                entry.id = rowmap.insert(self._db, "bank_entries", entry)
                stored.append(entry)
        self.changed = True
        return stored

    def bank_entries(self, registration_id: int) -> list[BankEntry]:
        """The fingerprints of one hash-bank registration, in the order they were planned."""
        return rowmap.select(
            self._db, BankEntry, "bank_entries", "registration_id = ?", (registration_id,), "id"
        )

    def update_bank_entry(self, entry: BankEntry) -> None:
        """Save what happened to one fingerprint sent to a hash bank."""
        with self._db:
            rowmap.update(self._db, "bank_entries", entry)
        self.changed = True

    def add_registration_check(self, check: RegistrationCheck) -> RegistrationCheck:
        """Log a status check of a registration."""
        with self._db:
            check.id = rowmap.insert(self._db, "registration_checks", check)
        self.log_event(
            "registration-check", f"Checked a registration: {check.status}", {"check": check.id}
        )
        return check

    def registration_checks(self, registration_id: int) -> list[RegistrationCheck]:
        """The status checks of one registration, oldest first."""
        return rowmap.select(
            self._db,
            RegistrationCheck,
            "registration_checks",
            "registration_id = ?",
            (registration_id,),
            order="id",
        )

    # --- sightings and evidence -------------------------------------------------------------

    def add_sighting(
        self, sighting: Sighting, item_ids: Iterable[int] = (), match_method: str = ""
    ) -> Sighting:
        """Record where a copy was found, and which items it shows (and how they matched)."""
        with self._db:
            sighting.id = rowmap.insert(self._db, "sightings", sighting)
            sighting.item_ids = self._link(
                "sighting_items", "sighting_id", sighting.id, "item_id", item_ids
            )
            self._db.execute(
                "UPDATE sighting_items SET match_method = ? WHERE sighting_id = ?",
                (match_method, sighting.id),
            )
        self.log_event("sighting", "Recorded where a copy was found", {"sighting": sighting.id})
        self._important()
        return sighting

    def sightings(self) -> list[Sighting]:
        """Every sighting, oldest first, with its linked item ids."""
        found = rowmap.select(self._db, Sighting, "sightings", order="id")
        for sighting in found:
            sighting.item_ids = self._linked(
                "sighting_items", "sighting_id", sighting.id, "item_id"
            )
        return found

    def sighting_match_methods(self) -> dict[tuple[int, int], str]:
        """How each sighting was matched to each item: (sighting id, item id) -> method."""
        rows = self._db.execute("SELECT sighting_id, item_id, match_method FROM sighting_items")
        return {(int(sighting), int(item)): str(method) for sighting, item, method in rows}

    def update_sighting(self, sighting: Sighting) -> None:
        """Save a changed sighting (status, re-check date, host ...)."""
        with self._db:
            rowmap.update(self._db, "sightings", sighting)
        self.log_event(
            "sighting-changed",
            f"Updated a sighting: {sighting.status.value}",
            {"sighting": sighting.id},
        )

    def add_evidence_file(self, evidence: EvidenceFile) -> EvidenceFile:
        """Record an evidence file already stored encrypted (see ``CaseFile.add_evidence``)."""
        with self._db:
            self._db.execute(
                "DELETE FROM evidence_files WHERE sha256 = ?", (bytes.fromhex(evidence.sha256),)
            )
            rowmap.insert(self._db, "evidence_files", evidence)
        self.log_event(
            "evidence", "Added an evidence file", {"sha256": evidence.sha256, "size": evidence.size}
        )
        self._important()
        return evidence

    def evidence_files(self, sighting_id: int | None = None) -> list[EvidenceFile]:
        """Evidence files, all or those of one sighting."""
        if sighting_id is None:
            return rowmap.select(self._db, EvidenceFile, "evidence_files", order="added_at")
        return rowmap.select(
            self._db, EvidenceFile, "evidence_files", "sighting_id = ?", (sighting_id,), "added_at"
        )

    # --- letters ----------------------------------------------------------------------------

    def add_letter(self, letter: Letter, sighting_ids: Iterable[int] = ()) -> Letter:
        """Record a letter or report (drafted or sent); its text's SHA-256 is kept with it."""
        _hash_text(letter)
        with self._db:
            letter.id = rowmap.insert(self._db, "letters", letter)
            letter.sighting_ids = self._link(
                "letter_sightings", "letter_id", letter.id, "sighting_id", sighting_ids
            )
        self.log_event(
            "letter", f"Wrote a {letter.type} letter", {"letter": letter.id, "to": letter.recipient}
        )
        self._important()
        return letter

    def letters(self) -> list[Letter]:
        """Every letter and report, oldest first, with linked sighting ids."""
        found = rowmap.select(self._db, Letter, "letters", order="id")
        for letter in found:
            letter.sighting_ids = self._linked(
                "letter_sightings", "letter_id", letter.id, "sighting_id"
            )
        return found

    def update_letter(self, letter: Letter) -> None:
        """Save a changed letter (sent, ticket number, status ...)."""
        _hash_text(letter)
        with self._db:
            rowmap.update(self._db, "letters", letter)
        self.log_event(
            "letter-changed",
            f"Updated a {letter.type} letter: {letter.status}",
            {"letter": letter.id},
        )
        self._important()

    def add_letter_response(self, response: LetterResponse) -> LetterResponse:
        """Record a reply to a letter."""
        with self._db:
            response.id = rowmap.insert(self._db, "letter_responses", response)
        self.log_event(
            "response",
            "Recorded a reply",
            {"letter": response.letter_id, "outcome": response.outcome},
        )
        self._important()
        return response

    def letter_responses(self, letter_id: int) -> list[LetterResponse]:
        """The replies to one letter, oldest first."""
        return rowmap.select(
            self._db, LetterResponse, "letter_responses", "letter_id = ?", (letter_id,), "id"
        )

    # --- police and helplines ---------------------------------------------------------------

    def add_contact(self, contact: CaseContact) -> CaseContact:
        """Record a police report, helpline case or other reference number."""
        with self._db:
            contact.id = rowmap.insert(self._db, "case_contacts", contact)
        self.log_event(
            "contact",
            f"Recorded a {contact.kind.value} reference",
            {"organisation": contact.organisation},
        )
        self._important()
        return contact

    def contacts(self) -> list[CaseContact]:
        """Every police, helpline and other reference, oldest first."""
        return rowmap.select(self._db, CaseContact, "case_contacts", order="id")

    # --- summaries --------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """How many of each kind of record the case holds (no content)."""
        tables = ("items", "registrations", "sightings", "evidence_files", "letters", "events")
        return {
            table: int(self._db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in tables
        }

    # --- helpers ----------------------------------------------------------------------------

    def _store_secret(self, kind: str, value: str) -> int:
        cursor = self._db.execute(
            "INSERT INTO secrets (kind, sealed) VALUES (?, ?)",
            (kind, self._secrets.seal(kind, value)),
        )
        return int(cursor.lastrowid or 0)

    def _reveal_secret(self, secret_id: int, kind: str) -> str:
        row = self._db.execute(
            "SELECT sealed FROM secrets WHERE id = ? AND kind = ?", (secret_id, kind)
        ).fetchone()
        if row is None:
            raise NotFound("That secret is no longer stored.")
        return self._secrets.open(kind, bytes(row[0]))

    def _link(
        self, table: str, own_column: str, own_id: int, other_column: str, other_ids: Iterable[int]
    ) -> tuple[int, ...]:
        linked = tuple(dict.fromkeys(other_ids))
        self._db.executemany(
            f"INSERT INTO {table} ({own_column}, {other_column}) VALUES (?, ?)",
            [(own_id, other) for other in linked],
        )
        return linked

    def _linked(
        self, table: str, own_column: str, own_id: int, other_column: str
    ) -> tuple[int, ...]:
        rows = self._db.execute(
            f"SELECT {other_column} FROM {table} WHERE {own_column} = ? ORDER BY {other_column}",
            (own_id,),
        )
        return tuple(int(row[0]) for row in rows)

    @staticmethod
    def _one(found: list[Record], what: str) -> Record:
        if not found:
            raise NotFound(f"That {what} is no longer in the case.")
        return found[0]


def _hash_text(letter: Letter) -> None:
    # The hash proves later that the text kept is the text that was sent.
    letter.text_sha256 = (
        hashlib.sha256(letter.text.encode("utf-8")).hexdigest() if letter.text else None
    )
