"""The schema is versioned, migrations are ordered, and the version-1 case always opens."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.core.vault import CaseFile, MadeByNewerVersion
from app.core.vault.schema import MIGRATIONS, SCHEMA_VERSION, migrate, schema_version
from tests.conftest import ROOT
from tests.fixtures.make_case_v1 import EVIDENCE, PASSPHRASE

FIXTURE = ROOT / "tests" / "fixtures" / "case-v1"


@pytest.fixture
def version_1_case(tmp_path: Path) -> Path:
    copy = tmp_path / "case-v1"
    shutil.copytree(FIXTURE, copy)
    return copy


def test_the_version_1_fixture_opens_with_everything_in_it(version_1_case: Path) -> None:
    with CaseFile.open(version_1_case, passphrase=PASSPHRASE) as case:
        person = case.read(lambda r: r.person())
        items = case.read(lambda r: r.items())
        registration = case.read(lambda r: r.registrations()[0])
        pin = case.read(lambda r: r.reveal_pin(registration))
        (evidence,) = case.read(lambda r: r.evidence_files())
        counts = case.read(lambda r: r.counts())
        assert case.evidence.read(evidence.sha256) == EVIDENCE
    assert person.legal_name == "Zoë Ångström-Nguyễn"
    assert [item.label for item in items] == ["Photo 1", "Photo 2"]
    assert registration.item_ids == (1, 2)
    assert pin == "4811-2209"
    assert evidence.shows_no_intimate_image
    assert counts["sightings"] == counts["letters"] == 1


def test_the_version_1_fixture_opens_with_its_recovery_code(version_1_case: Path) -> None:
    code = (version_1_case / "recovery-code.txt").read_text().strip()
    CaseFile.open(version_1_case, recovery_code=code).close()


def test_migrations_bring_an_empty_database_to_the_current_version() -> None:
    connection = sqlite3.connect(":memory:")
    assert migrate(connection) == 0
    assert schema_version(connection) == SCHEMA_VERSION == len(MIGRATIONS)
    assert migrate(connection) == SCHEMA_VERSION  # idempotent
    tables = {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    assert {
        "items",
        "registrations",
        "sightings",
        "evidence_files",
        "letters",
        "events",
        "person",
    } <= tables


def test_a_database_from_the_future_is_refused() -> None:
    connection = sqlite3.connect(":memory:")
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(MadeByNewerVersion):
        migrate(connection)


def test_fingerprints_are_stored_as_blobs(version_1_case: Path) -> None:
    with CaseFile.open(version_1_case, passphrase=PASSPHRASE) as case:
        snapshot = case.read(lambda r: r.snapshot())
    connection = sqlite3.connect(":memory:")
    connection.deserialize(snapshot)
    kinds = connection.execute(
        "SELECT typeof(sha256), typeof(md5), typeof(pdq), typeof(pdq_dihedral), typeof(phash) "
        "FROM items"
    ).fetchone()
    assert kinds == ("blob",) * 5
