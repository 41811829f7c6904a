"""Export bundles (moving a case, giving it to a lawyer) and deleting everything."""

import io
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.core.vault import (
    TEST_ONLY_WEAK_KDF,
    BundleDamaged,
    CaseExists,
    CaseFile,
    CaseLocked,
    CaseNotFound,
    EvidenceFile,
    WrongPassphrase,
    case_exists,
)
from app.core.vault.bundle import export_bundle, import_bundle
from app.core.vault.delete import delete_everything
from app.core.vault.store import case_path
from tests.core.vault.conftest import PASSPHRASE, MemoryKeyring, adding, populate, sample_item

EXPORT_PASSPHRASE = "an export passphrase"


@pytest.fixture
def bundle(tmp_path: Path, new_case: tuple[CaseFile, str]) -> tuple[Path, bytes]:
    case, _code = new_case
    case.change(populate)
    evidence = os.urandom(2 * 1024 * 1024 + 5)
    case.add_evidence(
        io.BytesIO(evidence), EvidenceFile("", 0, datetime.now(UTC), description="chat")
    )
    destination = tmp_path / "case.stillmine"
    export_bundle(case, destination, EXPORT_PASSPHRASE, kdf=TEST_ONLY_WEAK_KDF)
    assert not case.read(lambda r: r.backup_due())
    return destination, evidence


def snapshot(case: CaseFile) -> tuple[object, ...]:
    return case.read(
        lambda r: (r.person(), r.items(), r.registrations(), r.sightings(), r.letters())
    )


def test_a_bundle_moves_the_whole_case(
    tmp_path: Path, bundle: tuple[Path, bytes], new_case: tuple[CaseFile, str]
) -> None:
    destination, evidence = bundle
    original = snapshot(new_case[0])
    target = tmp_path / "new-laptop"
    code = import_bundle(destination, target, EXPORT_PASSPHRASE, kdf=TEST_ONLY_WEAK_KDF)
    with CaseFile.open(target, passphrase=EXPORT_PASSPHRASE) as moved:
        assert snapshot(moved) == original
        (record,) = moved.read(lambda r: r.evidence_files())
        assert moved.evidence.read(record.sha256) == evidence
        assert moved.read(lambda r: r.reveal_pin(r.registrations()[0])) == "4811-2209"
        assert moved.case_id == new_case[0].case_id
    CaseFile.open(target, recovery_code=code).close()


def test_a_bundle_without_secrets_has_no_pins(
    tmp_path: Path, new_case: tuple[CaseFile, str]
) -> None:
    case, _code = new_case
    case.change(populate)
    assert case.read(lambda r: r.backup_due())
    destination = tmp_path / "for-lawyer.stillmine"
    export_bundle(
        case, destination, EXPORT_PASSPHRASE, without_secrets=True, kdf=TEST_ONLY_WEAK_KDF
    )
    # A copy without its PINs cannot restore the case: the backup is still due.
    assert case.read(lambda r: r.backup_due())
    import_bundle(destination, tmp_path / "lawyer", EXPORT_PASSPHRASE, kdf=TEST_ONLY_WEAK_KDF)
    with CaseFile.open(tmp_path / "lawyer", passphrase=EXPORT_PASSPHRASE) as copy:
        registration = copy.read(lambda r: r.registrations()[0])
        assert not registration.has_pin
        assert registration.case_number == "27664732-76e1"
        assert b"4811-2209" not in copy.read(lambda r: r.snapshot())


def test_the_bundle_is_encrypted(bundle: tuple[Path, bytes]) -> None:
    data = bundle[0].read_bytes()
    for secret in (
        b"SQLite format 3",
        b"forum.example",
        "Zoë".encode(),
        b"4811-2209",
        bundle[1][:64],
    ):
        assert secret not in data


def test_a_wrong_export_passphrase(tmp_path: Path, bundle: tuple[Path, bytes]) -> None:
    with pytest.raises(WrongPassphrase):
        import_bundle(
            bundle[0], tmp_path / "target", "not the export passphrase", kdf=TEST_ONLY_WEAK_KDF
        )
    assert not case_exists(tmp_path / "target")


@pytest.mark.parametrize("fraction", [0.0, 0.01, 0.3, 0.6, 0.95, 0.9999])
def test_a_truncated_bundle_changes_nothing(
    tmp_path: Path, bundle: tuple[Path, bytes], fraction: float
) -> None:
    data = bundle[0].read_bytes()
    cut = tmp_path / "cut.stillmine"
    cut.write_bytes(data[: int(len(data) * fraction)])
    with pytest.raises(BundleDamaged):
        import_bundle(cut, tmp_path / "target", EXPORT_PASSPHRASE, kdf=TEST_ONLY_WEAK_KDF)
    assert not case_exists(tmp_path / "target")
    assert [p.name for p in (tmp_path / "target").iterdir()] == []


@pytest.mark.parametrize("fraction", [0.002, 0.05, 0.5, 0.999])
def test_a_tampered_bundle_changes_nothing(
    tmp_path: Path, bundle: tuple[Path, bytes], new_case: tuple[CaseFile, str], fraction: float
) -> None:
    data = bytearray(bundle[0].read_bytes())
    data[int(len(data) * fraction)] ^= 0x01
    tampered = tmp_path / "tampered.stillmine"
    tampered.write_bytes(bytes(data))
    existing = new_case[0].folder
    before = case_path(existing).read_bytes()
    with pytest.raises((BundleDamaged, WrongPassphrase)):
        import_bundle(tampered, tmp_path / "target", EXPORT_PASSPHRASE, kdf=TEST_ONLY_WEAK_KDF)
    assert not case_exists(tmp_path / "target")
    assert case_path(existing).read_bytes() == before


def test_an_existing_case_is_kept_unless_replacing(
    tmp_path: Path, bundle: tuple[Path, bytes]
) -> None:
    target = tmp_path / "laptop"
    other, _code = CaseFile.create(target, "the other case's passphrase", kdf=TEST_ONLY_WEAK_KDF)
    other.change(lambda r: r.add_item(sample_item(42)))
    other.close()
    before = case_path(target).read_bytes()
    with pytest.raises(CaseExists):
        import_bundle(bundle[0], target, EXPORT_PASSPHRASE, kdf=TEST_ONLY_WEAK_KDF)
    assert case_path(target).read_bytes() == before
    import_bundle(bundle[0], target, EXPORT_PASSPHRASE, replace=True, kdf=TEST_ONLY_WEAK_KDF)
    (aside,) = target.glob("replaced-*")
    assert (aside / case_path(target).name).read_bytes() == before
    with CaseFile.open(target, passphrase=EXPORT_PASSPHRASE) as imported:
        assert len(imported.read(lambda r: r.items())) == 2


def test_not_a_bundle(tmp_path: Path) -> None:
    fake = tmp_path / "photo.stillmine"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    with pytest.raises(BundleDamaged, match="not a StillMine export"):
        import_bundle(fake, tmp_path / "target", EXPORT_PASSPHRASE)


def test_an_export_to_a_missing_folder_says_so(
    tmp_path: Path, new_case: tuple[CaseFile, str]
) -> None:
    with pytest.raises(Exception, match="could not be written"):
        export_bundle(
            new_case[0],
            tmp_path / "no" / "such" / "x.stillmine",
            EXPORT_PASSPHRASE,
            kdf=TEST_ONLY_WEAK_KDF,
        )


def test_delete_everything(
    tmp_path: Path, new_case: tuple[CaseFile, str], memory_keyring: MemoryKeyring
) -> None:
    case, _code = new_case
    case.remember_on_this_computer(True)
    case.add_evidence(io.BytesIO(b"evidence"), EvidenceFile("", 0, datetime.now(UTC)))
    for number in range(4):
        case.change(adding(number))
    (case.folder / "settings.ini").write_text("[general]\nlanguage=nl\n")
    (case.folder / "my own notes.txt").write_text("not StillMine's")
    with pytest.raises(CaseLocked):
        delete_everything(case.folder)
    case.close()
    removed = delete_everything(case.folder)
    assert "case.smcase" in removed and "evidence/" in removed and "settings.ini" in removed
    assert sorted(p.name for p in case.folder.iterdir()) == ["my own notes.txt"]
    assert not memory_keyring.passwords
    (case.folder / "my own notes.txt").unlink()
    CaseFile.create(case.folder, PASSPHRASE, kdf=TEST_ONLY_WEAK_KDF)[0].close()
    delete_everything(case.folder)
    assert not case.folder.exists()
    with pytest.raises(CaseNotFound):
        delete_everything(case.folder)
