"""The encrypted case file: round trips, keys, damage, versions, locks and the single writer."""

import hashlib
import io
import json
import os
import threading
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.core.vault import (
    TEST_ONLY_WEAK_KDF,
    CaseDamaged,
    CaseExists,
    CaseFile,
    CaseLocked,
    CaseNotFound,
    EvidenceFile,
    KeyringUnavailable,
    MadeByNewerVersion,
    WrongPassphrase,
    read_header,
)
from app.core.vault.container import MAGIC, header_bytes
from app.core.vault.crypto import DEFAULT_KDF, KdfParams
from app.core.vault.durable import existing_generations
from app.core.vault.evidence import EvidenceDamaged
from app.core.vault.store import case_path
from tests.core.vault.conftest import PASSPHRASE, MemoryKeyring, adding, populate, sample_item


def test_a_case_round_trips_everything(case_folder: Path) -> None:
    case, _code = CaseFile.create(case_folder, PASSPHRASE, kdf=TEST_ONLY_WEAK_KDF)
    with case:
        case.change(populate)
        before = case.read(
            lambda r: (
                r.person(),
                r.items(),
                r.registrations(),
                r.sightings(),
                r.letters(),
                r.contacts(),
            )
        )
    with CaseFile.open(case_folder, passphrase=PASSPHRASE) as reopened:
        after = reopened.read(
            lambda r: (
                r.person(),
                r.items(),
                r.registrations(),
                r.sightings(),
                r.letters(),
                r.contacts(),
            )
        )
        pin = reopened.read(lambda r: r.reveal_pin(r.registrations()[0]))
    assert after == before
    person, items, registrations, sightings, letters, _contacts = after
    assert person.legal_name == "Zoë Ångström-Nguyễn"
    assert items[0].pdq_dihedral == tuple(f"{v:02x}" * 32 for v in range(1, 9))
    assert registrations[0].item_ids == (1, 2)
    assert pin == "4811-2209"
    assert sightings[0].found_at.utcoffset() == timedelta(hours=1)
    assert letters[0].sighting_ids == (sightings[0].id,)
    assert letters[0].overdue(datetime(2026, 11, 7, tzinfo=UTC))


def test_the_file_reveals_nothing_without_the_key(new_case: tuple[CaseFile, str]) -> None:
    case, code = new_case
    case.change(populate)
    data = case_path(case.folder).read_bytes()
    for secret in (
        b"SQLite format 3",
        b"forum.example",
        "Zoë".encode(),
        b"4811-2209",
        PASSPHRASE.encode(),
        code.encode(),
    ):
        assert secret not in data
    header = read_header(case.folder)
    assert set(header) == {
        "container",
        "app_version",
        "schema_version",
        "case_id",
        "generation",
        "kdf",
        "keys",
    }


def test_pins_are_encrypted_even_inside_the_database(new_case: tuple[CaseFile, str]) -> None:
    case, _code = new_case
    case.change(populate)
    snapshot = case.read(lambda r: r.snapshot())
    assert b"SQLite format 3" in snapshot
    assert b"4811-2209" not in snapshot


def test_the_recovery_code_opens_the_case_however_it_is_typed(
    new_case: tuple[CaseFile, str],
) -> None:
    case, code = new_case
    case.change(lambda r: r.add_item(sample_item()))
    case.close()
    messy = " ".join(code.lower().replace("-", "")).replace("o", "0")
    with CaseFile.open(case.folder, recovery_code=messy) as reopened:
        assert len(reopened.read(lambda r: r.items())) == 1


def test_a_wrong_passphrase_is_refused_without_lockout_or_change(
    new_case: tuple[CaseFile, str],
) -> None:
    case, _code = new_case
    case.close()
    before = case_path(case.folder).read_bytes()
    for attempt in range(12):
        with pytest.raises(WrongPassphrase) as caught:
            CaseFile.open(case.folder, passphrase=f"wrong guess {attempt}")
        assert "nothing has been changed" in caught.value.message
    assert case_path(case.folder).read_bytes() == before
    with pytest.raises(WrongPassphrase):
        CaseFile.open(case.folder, recovery_code="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    CaseFile.open(case.folder, passphrase=PASSPHRASE).close()


def test_short_passphrases_are_refused(case_folder: Path) -> None:
    with pytest.raises(Exception, match="at least 8 characters"):
        CaseFile.create(case_folder, "short", kdf=TEST_ONLY_WEAK_KDF)
    assert not case_folder.exists() or not any(case_folder.iterdir())


def test_an_existing_case_is_never_overwritten(new_case: tuple[CaseFile, str]) -> None:
    case, _code = new_case
    case.close()
    before = case_path(case.folder).read_bytes()
    with pytest.raises(CaseExists):
        CaseFile.create(case.folder, "another passphrase", kdf=TEST_ONLY_WEAK_KDF)
    assert case_path(case.folder).read_bytes() == before


def test_changing_the_passphrase_rewraps_the_key_only(new_case: tuple[CaseFile, str]) -> None:
    case, code = new_case
    record = case.add_evidence(
        io.BytesIO(b"screenshot bytes"), EvidenceFile("", 0, datetime.now(UTC))
    )
    evidence_before = case.evidence.path(record.sha256).read_bytes()
    case.change_passphrase("a brand new passphrase")
    case.close()
    with pytest.raises(WrongPassphrase):
        CaseFile.open(case.folder, passphrase=PASSPHRASE)
    with CaseFile.open(case.folder, passphrase="a brand new passphrase") as reopened:
        assert reopened.evidence.read(record.sha256) == b"screenshot bytes"
    CaseFile.open(case.folder, recovery_code=code).close()
    assert case.evidence.path(record.sha256).read_bytes() == evidence_before


def test_a_new_recovery_code_replaces_the_old_one(new_case: tuple[CaseFile, str]) -> None:
    case, old_code = new_case
    new_code = case.replace_recovery_code()
    case.close()
    with pytest.raises(WrongPassphrase):
        CaseFile.open(case.folder, recovery_code=old_code)
    CaseFile.open(case.folder, recovery_code=new_code).close()


def test_the_default_key_settings_are_strong_and_stored() -> None:
    assert DEFAULT_KDF.memory_kib >= 256 * 1024
    assert DEFAULT_KDF.iterations >= 2
    assert TEST_ONLY_WEAK_KDF != DEFAULT_KDF
    assert KdfParams.from_json(DEFAULT_KDF.to_json()) == DEFAULT_KDF
    for hostile in (
        {"name": "argon2id", "memory_kib": 2**40, "iterations": 1, "lanes": 1},
        {"name": "md5"},
    ):
        with pytest.raises(CaseDamaged):
            KdfParams.from_json(hostile)


def test_the_last_three_generations_are_kept(new_case: tuple[CaseFile, str]) -> None:
    case, _code = new_case
    for number in range(1, 6):
        case.change(adding(number))
    case.close()
    assert existing_generations(case_path(case.folder)) == [0, 1, 2, 3]
    for generation, expected in ((0, 5), (1, 4), (2, 3), (3, 2)):
        with CaseFile.open(case.folder, passphrase=PASSPHRASE, generation=generation) as old:
            assert len(old.read(lambda r: r.items())) == expected
            if generation:
                break  # opening an earlier copy makes it current again (tested below)


def test_opening_an_earlier_copy_restores_it_and_keeps_the_newer_one(
    new_case: tuple[CaseFile, str],
) -> None:
    case, _code = new_case
    for number in (1, 2):
        case.change(adding(number))
    case.close()
    with CaseFile.open(case.folder, passphrase=PASSPHRASE, generation=1) as old:
        assert len(old.read(lambda r: r.items())) == 1
    with CaseFile.open(case.folder, passphrase=PASSPHRASE) as current:
        assert len(current.read(lambda r: r.items())) == 1
    with CaseFile.open(case.folder, passphrase=PASSPHRASE, generation=1) as newer:
        assert len(newer.read(lambda r: r.items())) == 2  # the state that was current is kept


def _saved_case(folder: Path, saves: int = 3) -> Path:
    case, _code = CaseFile.create(folder, PASSPHRASE, kdf=TEST_ONLY_WEAK_KDF)
    with case:
        for number in range(1, saves + 1):
            case.change(adding(number))
    return case_path(folder)


def test_a_flipped_byte_anywhere_is_detected_and_an_earlier_copy_offered(case_folder: Path) -> None:
    current = _saved_case(case_folder)
    original = current.read_bytes()
    header_end = len(MAGIC) + 4 + int.from_bytes(original[len(MAGIC) : len(MAGIC) + 4], "big")
    positions = sorted(
        set(range(0, header_end + 64, 3))
        | set(range(header_end + 64, len(original), max(1, len(original) // 150)))
        | {len(original) - 1}
    )
    for position in positions:
        damaged = bytearray(original)
        damaged[position] ^= 0x10
        current.write_bytes(bytes(damaged))
        with pytest.raises(CaseDamaged) as caught:
            CaseFile.open(case_folder, passphrase=PASSPHRASE)
        assert caught.value.earlier_copies == (1, 2, 3), position
        assert "earlier cop" in caught.value.message
    current.write_bytes(bytes(damaged))
    with CaseFile.open(case_folder, passphrase=PASSPHRASE, generation=1) as restored:
        assert len(restored.read(lambda r: r.items())) == 2


@pytest.mark.parametrize("keep", [0, 5, 12, 200, -1000, -17, -1])
def test_a_truncated_file_is_detected(case_folder: Path, keep: int) -> None:
    current = _saved_case(case_folder, saves=1)
    current.write_bytes(current.read_bytes()[:keep])
    with pytest.raises(CaseDamaged) as caught:
        CaseFile.open(case_folder, passphrase=PASSPHRASE)
    assert caught.value.earlier_copies == (1,)


def _rewrite_header(current: Path, change: dict[str, object]) -> None:
    data = current.read_bytes()
    start = len(MAGIC) + 4
    length = int.from_bytes(data[len(MAGIC) : start], "big")
    header = json.loads(data[start : start + length])
    header.update(change)
    encoded = header_bytes(header)
    authenticated = MAGIC + len(encoded).to_bytes(4, "big") + encoded
    rest = data[start + length + 32 :]
    current.write_bytes(authenticated + hashlib.sha256(authenticated).digest() + rest)


@pytest.mark.parametrize("change", [{"container": 2}, {"schema_version": 99}])
def test_a_file_from_a_newer_version_is_left_alone(
    case_folder: Path, change: dict[str, object]
) -> None:
    current = _saved_case(case_folder, saves=1)
    _rewrite_header(current, change)
    before = current.read_bytes()
    with pytest.raises(MadeByNewerVersion) as caught:
        CaseFile.open(case_folder, passphrase=PASSPHRASE)
    assert "newer version" in caught.value.message
    assert current.read_bytes() == before


def test_a_forged_header_cannot_decrypt(case_folder: Path) -> None:
    current = _saved_case(case_folder, saves=1)
    _rewrite_header(current, {"generation": 1000})  # checksum recomputed: deliberate tampering
    with pytest.raises(CaseDamaged) as caught:
        CaseFile.open(case_folder, passphrase=PASSPHRASE)
    assert "changed or damaged" in caught.value.message


def test_a_missing_current_file_opens_the_newest_copy(case_folder: Path) -> None:
    """What a crash between the two renames of a save leaves behind."""
    current = _saved_case(case_folder, saves=2)
    current.unlink()
    with CaseFile.open(case_folder, passphrase=PASSPHRASE) as reopened:
        assert len(reopened.read(lambda r: r.items())) == 1
    assert current.exists()


def test_not_a_case_and_no_case(tmp_path: Path) -> None:
    with pytest.raises(CaseNotFound):
        CaseFile.open(tmp_path / "nothing here", passphrase=PASSPHRASE)
    folder = tmp_path / "imposter"
    folder.mkdir()
    case_path(folder).write_bytes(b"%PDF-1.7 not a case at all")
    with pytest.raises(CaseDamaged) as caught:
        CaseFile.open(folder, passphrase=PASSPHRASE)
    assert "not a StillMine case file" in caught.value.message


def test_a_second_opener_in_this_process_is_told(new_case: tuple[CaseFile, str]) -> None:
    case, _code = new_case
    with pytest.raises(CaseLocked) as caught:
        CaseFile.open(case.folder, passphrase=PASSPHRASE)
    assert f"process {os.getpid()}" in caught.value.message
    case.close()
    CaseFile.open(case.folder, passphrase=PASSPHRASE).close()


def test_remembering_on_this_computer(
    new_case: tuple[CaseFile, str], memory_keyring: MemoryKeyring
) -> None:
    case, _code = new_case
    case.remember_on_this_computer(True)
    assert len(memory_keyring.passwords) == 1
    case.close()
    with CaseFile.open(case.folder, use_keyring=True) as reopened:
        assert reopened.case_id == case.case_id
        reopened.remember_on_this_computer(False)
    assert not memory_keyring.passwords
    with pytest.raises(WrongPassphrase):
        CaseFile.open(case.folder, use_keyring=True)


def test_a_stale_remembered_key_is_forgotten(
    new_case: tuple[CaseFile, str], memory_keyring: MemoryKeyring
) -> None:
    case, _code = new_case
    case.remember_on_this_computer(True)
    case.close()
    (key,) = memory_keyring.passwords
    memory_keyring.passwords[key] = "A" * 43 + "="  # 32 bytes, but not the case's key
    with pytest.raises(WrongPassphrase):
        CaseFile.open(case.folder, use_keyring=True)
    assert not memory_keyring.passwords
    CaseFile.open(case.folder, passphrase=PASSPHRASE).close()


def test_no_keyring_means_passphrase_only(new_case: tuple[CaseFile, str]) -> None:
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    try:
        case, _code = new_case
        with pytest.raises(KeyringUnavailable) as caught:
            case.remember_on_this_computer(True)
        assert "passphrase each time" in caught.value.message
        case.remember_on_this_computer(False)  # forgetting with no store is not an error
    finally:
        keyring.set_keyring(previous)


def test_evidence_is_stored_encrypted_and_never_rewritten(new_case: tuple[CaseFile, str]) -> None:
    case, _code = new_case
    content = os.urandom(3 * 1024 * 1024 + 17)  # several chunks
    record = case.add_evidence(
        io.BytesIO(content), EvidenceFile("", 0, datetime.now(UTC), description="profile page")
    )
    assert record.sha256 == hashlib.sha256(content).hexdigest()
    stored = case.evidence.path(record.sha256)
    assert content[:4096] not in stored.read_bytes()
    stamp = stored.stat().st_mtime_ns
    for number in range(3):
        case.change(adding(number + 1))
    assert stored.stat().st_mtime_ns == stamp
    assert case.evidence.read(record.sha256) == content
    data = bytearray(stored.read_bytes())
    data[len(data) // 2] ^= 1
    stored.write_bytes(bytes(data))
    with pytest.raises(EvidenceDamaged):
        case.evidence.read(record.sha256)
    stored.unlink()
    with pytest.raises(EvidenceDamaged):
        case.evidence.read(record.sha256)


def test_one_writer_serves_many_threads(new_case: tuple[CaseFile, str]) -> None:
    case, _code = new_case
    errors: list[BaseException] = []

    def add_many(offset: int) -> None:
        try:
            for number in range(25):
                case.change(adding(offset + number), save=False)
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=add_many, args=(100 * t,)) for t in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    case.save()
    assert not errors
    assert len(case.read(lambda r: r.items())) == 200


def test_the_timeline_is_append_only(new_case: tuple[CaseFile, str]) -> None:
    import sqlite3

    case, _code = new_case
    case.change(populate)
    kinds = [event.kind for event in case.read(lambda r: r.events())]
    assert kinds[0] == "case-created"
    assert {"item-added", "registration", "sighting", "letter", "contact", "person"} <= set(kinds)
    snapshot = case.read(lambda r: r.snapshot())
    connection = sqlite3.connect(":memory:")
    connection.deserialize(snapshot)
    for statement in ("UPDATE events SET summary = 'x'", "DELETE FROM events"):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            connection.execute(statement)


def test_times_keep_their_time_zone(new_case: tuple[CaseFile, str]) -> None:
    from app.core.vault import Sighting

    case, _code = new_case
    found = datetime(2026, 11, 20, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    case.change(lambda r: r.add_sighting(Sighting("https://example.org/a", found)))
    case.close()
    with CaseFile.open(case.folder, passphrase=PASSPHRASE) as reopened:
        (stored,) = reopened.read(lambda r: r.sightings())
    assert stored.found_at == found
    assert stored.found_at.utcoffset() == timedelta(hours=-5)


def test_backup_reminder(new_case: tuple[CaseFile, str]) -> None:
    case, _code = new_case
    assert not case.read(lambda r: r.backup_due())
    case.change(lambda r: r.add_item(sample_item()))
    assert case.read(lambda r: r.backup_due())
    case.change(lambda r: r.mark_backed_up())
    assert not case.read(lambda r: r.backup_due())
    assert case.read(lambda r: r.last_backup_at()) is not None


def test_a_locked_keyring_falls_back_to_the_passphrase(new_case: tuple[CaseFile, str]) -> None:
    import keyring
    import keyring.errors

    class LockedKeyring(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            raise keyring.errors.KeyringLocked("locked")

        def set_password(self, service: str, username: str, password: str) -> None:
            raise keyring.errors.KeyringLocked("locked")

    previous = keyring.get_keyring()
    keyring.set_keyring(LockedKeyring())
    try:
        case, _code = new_case
        with pytest.raises(KeyringUnavailable):
            case.remember_on_this_computer(True)
        case.close()
        with pytest.raises(KeyringUnavailable):
            CaseFile.open(case.folder, use_keyring=True)
        CaseFile.open(case.folder, use_keyring=True, passphrase=PASSPHRASE).close()
    finally:
        keyring.set_keyring(previous)


def test_the_text_of_a_letter_is_hashed(new_case: tuple[CaseFile, str]) -> None:
    from app.core.vault import Letter

    case, _code = new_case
    letter = case.change(
        lambda r: r.add_letter(Letter("dmca", datetime.now(UTC), text="Dear host, …"))
    )
    assert letter.text_sha256 == hashlib.sha256("Dear host, …".encode()).hexdigest()


def test_a_video_item_keeps_its_vpdq(new_case: tuple[CaseFile, str], testdata: Path) -> None:
    from app.core.fingerprints.video import fingerprint_video
    from app.core.vault import AgeInContent, item_from_fingerprint

    video = fingerprint_video(str(testdata / "video" / "doorknob-hd-no-bar.mp4"))
    item = item_from_fingerprint(
        video, "Video 1", age_in_content=AgeInContent.ADULT, user_appears=True
    )
    case, _code = new_case
    case.change(lambda r: r.add_item(item))
    case.close()
    with CaseFile.open(case.folder, passphrase=PASSPHRASE) as reopened:
        (stored,) = reopened.read(lambda r: r.items())
    assert stored.kind == "video"
    assert stored.md5 == "9108849f0d0bb6d3c40844f4eb72767b"
    assert [frame.line() for frame in stored.vpdq] == [frame.line() for frame in video.vpdq]
    assert (stored.width, stored.height, stored.codec) == (1280, 720, "h264")
    assert stored.duration == pytest.approx(video.duration)
