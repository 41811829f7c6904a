"""Fixtures for the case-file tests: cheap keys, a populated case, an in-memory keyring."""

import hashlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest

from app.core.vault import (
    TEST_ONLY_WEAK_KDF,
    AgeInContent,
    CaseContact,
    CaseFile,
    CaseRepository,
    ContactKind,
    Item,
    Letter,
    Person,
    Registration,
    Sighting,
    TakenBy,
)

PASSPHRASE = "correct horse battery staple"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """The real keyring API over a dictionary (no operating-system keyring daemon here)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not found")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def case_folder(tmp_path: Path) -> Path:
    return tmp_path / "case"


@pytest.fixture
def new_case(case_folder: Path) -> Iterator[tuple[CaseFile, str]]:
    case, code = CaseFile.create(case_folder, PASSPHRASE, kdf=TEST_ONLY_WEAK_KDF)
    yield case, code
    case.close()


def sample_item(number: int = 1) -> Item:
    digest = hashlib.sha256(str(number).encode()).hexdigest()
    return Item(
        label=f"Photo {number}",
        kind="image",
        sha256=digest,
        md5=digest[:32],
        added_at=datetime(2026, 11, 1, 9, number % 60, tzinfo=UTC),
        taken_by=TakenBy.ME,
        age_in_content=AgeInContent.ADULT,
        user_appears=True,
        pdq="f" * 62 + f"{number % 256:02x}",
        pdq_quality=100,
        pdq_dihedral=tuple(f"{v:02x}" * 32 for v in range(1, 9)),
        pdq_raw=None,
        phash="0123456789abcdef",
        width=4032,
        height=3024,
        format="jpeg",
        privacy_kinds="location,camera",
    )


def adding(number: int) -> Callable[[CaseRepository], Item]:
    """A change that adds ``sample_item(number)``."""
    return lambda repo: repo.add_item(sample_item(number))


def populate(repo: CaseRepository) -> None:
    """Put one of everything in a case."""
    repo.set_person(Person(legal_name="Zoë Ångström-Nguyễn", email="zoe@example.org", country="NL"))
    first = repo.add_item(sample_item(1))
    second = repo.add_item(sample_item(2))
    repo.add_registration(
        Registration(
            "stopncii", case_number="27664732-76e1", submitted_at=datetime(2026, 11, 2, tzinfo=UTC)
        ),
        [first.id, second.id],
        pin="4811-2209",
    )
    sighting = repo.add_sighting(
        Sighting(
            url="https://forum.example/thread/1#post-9",
            found_at=datetime(2026, 11, 3, 21, 15, tzinfo=timezone(timedelta(hours=1))),
            platform="forum.example",
            threats="demanded money",
            found_file_sha256="ab" * 32,
        ),
        [first.id],
    )
    repo.add_letter(
        Letter(
            "take-it-down",
            created_at=datetime(2026, 11, 4, tzinfo=UTC),
            recipient="forum.example",
            sent_at=datetime(2026, 11, 4, 10, tzinfo=UTC),
            deadline_at=datetime(2026, 11, 6, 10, tzinfo=UTC),
            text="Please remove ...",
        ),
        [sighting.id],
    )
    repo.add_contact(
        CaseContact(
            ContactKind.POLICE, organisation="Politie Amsterdam", reference_number="2026-123456"
        )
    )
