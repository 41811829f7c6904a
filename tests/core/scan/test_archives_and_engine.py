"""Scanning folders and zip exports: walk order, hostile archives, encryption, changing files,
the encrypted spool, cancelling.

Most tests scan in this process (``scan_here``: the engine's own per-file work, without
worker processes) so they can replace the engine's limits; a few run ``scan_paths`` with
real workers, as the command line and the window do.
"""

import hashlib
import io
import multiprocessing
import zipfile
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from app.core.errors import Cancelled
from app.core.fingerprints.model import MediaKind
from app.core.fingerprints.video import fingerprint_video
from app.core.procpool import idle_worker_count
from app.core.progress import CancelToken, ProgressUpdate
from app.core.scan import archives, engine
from app.core.scan.engine import ScannedFile, scan_paths
from app.core.scan.matcher import Method, Reference, ReferenceSet
from app.core.scan.references import reference_from_fingerprint
from app.core.scan.spool import EncryptedSpool
from tests.core.scan.builders import (
    ZIP_AES,
    ZIP_BZIP2,
    ZIP_DEFLATED,
    ZipEntry,
    by_path,
    edited,
    overlapping_zip,
    raw_zip,
    scan_here,
    scanned,
    skipped,
)
from tests.videos import slideshow

PASSWORD = b"export-2026"


def only_method(outcome: engine.ScanOutcome, reference: int) -> Method:
    """The method of the one match of a scanned file, which must be ``reference``."""
    (match,) = scanned(outcome).matches
    assert match.reference == reference
    return match.method


def zip_of(*entries: ZipEntry) -> bytes:
    return raw_zip(list(entries))


def write(path: Path, content: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


# --- the walk --------------------------------------------------------------------------------


def test_a_folder_and_a_zip_give_one_outcome_per_file_in_walk_order(
    tmp_path: Path, photos: list[Path], references: ReferenceSet
) -> None:
    found = tmp_path / "found"
    write(found / "b-mirrored.jpg", edited(photos[1], "mirror"))
    write(found / "a-copy.png", photos[0].read_bytes())
    write(found / "c-notes.txt", b"see you at 8")
    write(found / "sub" / "d-other.jpg", edited(photos[2], "jpeg-30"))
    export = write(
        tmp_path / "export.zip",
        zip_of(
            ZipEntry("chat/messages.json", b'{"messages": []}', ZIP_DEFLATED),
            ZipEntry("chat/photo.jpg", edited(photos[3], "resize-50")),
        ),
    )
    updates: list[ProgressUpdate] = []
    outcomes = list(scan_paths([str(found), str(export)], references, updates.append, workers=2))
    assert [outcome.path for outcome in outcomes] == [
        str(found / "a-copy.png"),
        str(found / "b-mirrored.jpg"),
        str(found / "c-notes.txt"),
        str(found / "sub" / "d-other.jpg"),
        f"{export}!chat/messages.json",
        f"{export}!chat/photo.jpg",
    ]
    copy, mirrored, notes, other, messages, photo = outcomes
    assert only_method(copy, 0) is Method.SHA256
    assert only_method(mirrored, 1) is Method.PDQ
    assert only_method(other, 2) is Method.PDQ
    assert only_method(photo, 3) is Method.PDQ
    assert scanned(photo).sha256 == hashlib.sha256(edited(photos[3], "resize-50")).hexdigest()
    assert scanned(photo).kind is MediaKind.IMAGE
    for quiet in (notes, messages):
        assert skipped(quiet).quiet and skipped(quiet).error.code == "not-media"
    assert skipped(notes).error.message == "“c-notes.txt” was skipped: it looks like a text file."
    assert updates[-1].done == updates[-1].total == 6
    assert len(multiprocessing.active_children()) == idle_worker_count()  # none at work


def test_files_that_cannot_be_read_are_reported_and_the_scan_goes_on(
    tmp_path: Path, photos: list[Path], references: ReferenceSet
) -> None:
    broken = photos[0].read_bytes()[:3000]
    write(tmp_path / "1-empty.jpg", b"")
    write(tmp_path / "2-broken.png", broken)
    write(tmp_path / "3-copy.png", photos[1].read_bytes())
    outcomes = scan_here([tmp_path, tmp_path / "nowhere.jpg"], references)
    empty, damaged, copy, missing = outcomes
    assert skipped(empty).error.code == "empty-file" and not skipped(empty).quiet
    assert not skipped(damaged).quiet and "2-broken.png" in skipped(damaged).error.message
    assert only_method(copy, 1) is Method.SHA256
    assert skipped(missing).error.code == "file-missing"


def test_an_undecodable_file_can_still_be_an_exact_copy(tmp_path: Path, photos: list[Path]) -> None:
    """The user's own file may be damaged too: the same bytes are still the same file."""
    broken = photos[0].read_bytes()[:3000]
    digests = hashlib.sha256(broken).hexdigest(), hashlib.md5(broken).hexdigest()
    mine = ReferenceSet([Reference("mine", "Mine", MediaKind.IMAGE, *digests)])
    (outcome,) = scan_here([write(tmp_path / "x.png", broken)], mine)
    assert only_method(outcome, 0) is Method.SHA256


def test_a_file_that_changes_while_it_is_scanned_is_reported(
    tmp_path: Path, photos: list[Path], references: ReferenceSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "arriving.png", photos[0].read_bytes())
    stamps: Iterator[tuple[int, int]] = iter([(100, 1), (250, 2)])
    monkeypatch.setattr(engine, "_stamp", lambda _path: next(stamps))
    (outcome,) = scan_here([path], references)
    error = skipped(outcome).error
    assert isinstance(error, engine.FileChanged) and error.code == "file-changed"
    assert error.message == (
        "“arriving.png” changed while it was being scanned (it may still be downloading or "
        "copying). Scan it again once it is complete."
    )


def test_cancelling_stops_the_scan_and_its_workers(
    tmp_path: Path, photos: list[Path], references: ReferenceSet
) -> None:
    for number in range(6):
        write(tmp_path / f"{number}.jpg", edited(photos[number % 4], "jpeg-30"))
    cancel = CancelToken()
    outcomes = scan_paths([str(tmp_path)], references, cancel=cancel, workers=1)
    assert isinstance(next(outcomes), ScannedFile)
    cancel.cancel()
    with pytest.raises(Cancelled):
        next(outcomes)
    assert len(multiprocessing.active_children()) == idle_worker_count()  # none at work
    with pytest.raises(Cancelled):
        list(scan_paths([str(tmp_path)], references, cancel=cancel, workers=1))


# --- zip exports -----------------------------------------------------------------------------


def test_zip_members_are_matched_where_they_are_named_however_they_are_named(
    tmp_path: Path, photos: list[Path], references: ReferenceSet
) -> None:
    export = write(
        tmp_path / "deep" / "er" / "export.zip",
        zip_of(
            ZipEntry("../../x.jpg", edited(photos[2], "mirror"), ZIP_DEFLATED),
            ZipEntry("/etc/passwd.png", photos[0].read_bytes()),
            ZipEntry("Fotos/été 🌞.png", photos[1].read_bytes(), ZIP_DEFLATED),
        ),
    )
    found = by_path(scan_here([export], references))
    assert only_method(found[f"{export}!../../x.jpg"], 2) is Method.PDQ
    assert only_method(found[f"{export}!/etc/passwd.png"], 0) is Method.SHA256
    assert only_method(found[f"{export}!Fotos/été 🌞.png"], 1) is Method.SHA256
    # Member names are only shown, never used as paths: nothing was written anywhere.
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["deep", "er", "export.zip"]


def test_waiting_workers_hold_no_archive_open_and_read_a_replaced_one_afresh(
    tmp_path: Path, photos: list[Path], references: ReferenceSet
) -> None:
    """Workers wait between scans: the user may delete or replace the export meanwhile."""
    export = write(tmp_path / "export.zip", zip_of(ZipEntry("a.png", photos[0].read_bytes())))
    (first,) = scan_paths([str(export)], references, workers=1)
    assert only_method(first, 0) is Method.SHA256
    assert idle_worker_count() >= 1
    for child in multiprocessing.active_children():
        assert child.pid is not None
        held = [opened.path for opened in psutil.Process(child.pid).open_files()]
        assert str(export) not in held
    export.unlink()  # replaced by a new download with the same name
    write(export, zip_of(ZipEntry("b.png", photos[1].read_bytes())))
    (second,) = scan_paths([str(export)], references, workers=1)
    assert second.path == f"{export}!b.png"
    assert only_method(second, 1) is Method.SHA256


def test_a_zip_inside_a_zip_is_read_in_memory_but_not_a_third_level(
    tmp_path: Path, photos: list[Path], references: ReferenceSet
) -> None:
    innermost = zip_of(ZipEntry("hidden.png", photos[3].read_bytes()))
    middle = zip_of(ZipEntry("innermost.zip", innermost), ZipEntry("b.png", photos[1].read_bytes()))
    export = write(
        tmp_path / "export.zip",
        zip_of(
            ZipEntry("a.png", photos[0].read_bytes()),
            ZipEntry("middle.zip", middle, ZIP_DEFLATED),
            ZipEntry("c.txt", b"the end"),
        ),
    )
    outcomes = scan_here([export], references)
    assert [outcome.path for outcome in outcomes] == [
        f"{export}!a.png",
        f"{export}!middle.zip!innermost.zip",
        f"{export}!middle.zip!b.png",
        f"{export}!c.txt",
    ]
    assert only_method(outcomes[0], 0) is Method.SHA256
    too_deep = skipped(outcomes[1]).error
    assert too_deep.code == "archive-refused"
    assert too_deep.message == (
        f"“{export}!middle.zip!innermost.zip” is a zip inside a zip inside a zip; StillMine "
        "opens zips 2 levels deep. Unpack the outer ones first."
    )
    assert only_method(outcomes[2], 1) is Method.SHA256
    assert skipped(outcomes[3]).quiet


def test_a_zip_bomb_member_is_refused_without_being_unpacked(
    tmp_path: Path, photos: list[Path], references: ReferenceSet
) -> None:
    zeros = bytes(16 * 2**20)  # deflates to 16 KB: a ratio over 1,000
    export = write(
        tmp_path / "export.zip",
        zip_of(
            ZipEntry("bomb.png", zeros, ZIP_DEFLATED), ZipEntry("a.png", photos[0].read_bytes())
        ),
    )
    with zipfile.ZipFile(export) as check:
        assert check.getinfo("bomb.png").compress_size < 20_000
    bomb, picture = scan_here([export], references)
    error = skipped(bomb).error
    assert isinstance(error, archives.MemberRefused) and error.code == "member-refused"
    assert "claims to expand" in error.message and "zip bombs" in error.message
    assert only_method(picture, 0) is Method.SHA256


def test_an_archive_claiming_too_much_in_all_is_refused(
    tmp_path: Path, photos: list[Path], references: ReferenceSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    export = write(tmp_path / "export.zip", zip_of(ZipEntry("a.png", photos[0].read_bytes())))
    monkeypatch.setattr(archives, "MAX_TOTAL_BYTES", 1000)
    (outcome,) = scan_here([export], references)
    assert outcome.path == str(export)
    assert skipped(outcome).error.code == "archive-refused"
    assert "It is a zip bomb" in skipped(outcome).error.message


def test_overlapping_members_are_refused(
    tmp_path: Path, photos: list[Path], references: ReferenceSet
) -> None:
    export = write(
        tmp_path / "overlap.zip",
        overlapping_zip(ZipEntry("outer.png", b""), ZipEntry("inner.png", photos[0].read_bytes())),
    )
    with zipfile.ZipFile(export) as check:  # Python's own reader lists both
        assert [info.filename for info in check.infolist()] == ["outer.png", "inner.png"]
    (outcome,) = scan_here([export], references)
    assert outcome.path == str(export)
    assert skipped(outcome).error.message == (
        f"“{export}” has files that overlap inside it, a trick zip bombs use, so it was not opened."
    )


def test_methods_that_can_expand_without_limit_are_not_read(
    tmp_path: Path, photos: list[Path], references: ReferenceSet
) -> None:
    export = write(
        tmp_path / "export.zip",
        zip_of(
            ZipEntry("old.png", photos[0].read_bytes(), ZIP_BZIP2),
            ZipEntry("aes.png", photos[1].read_bytes(), ZIP_AES),
        ),
    )
    bzip2, aes = scan_here([export], references)
    assert skipped(bzip2).error.code == "member-refused"
    assert "compressed with a method StillMine does not read" in skipped(bzip2).error.message
    assert skipped(aes).error.code == "password-needed"
    assert skipped(aes).error.message == (
        f"“{export}!aes.png” is protected with AES encryption, which StillMine cannot open."
    )


def test_damaged_archives_and_members(
    tmp_path: Path, photos: list[Path], references: ReferenceSet
) -> None:
    whole = zip_of(
        ZipEntry("a.png", photos[0].read_bytes(), ZIP_DEFLATED),
        ZipEntry("b.png", photos[1].read_bytes(), ZIP_DEFLATED),
    )
    truncated = write(tmp_path / "1-truncated.zip", whole[: len(whole) // 2])
    # Inside a.png's deflated data: inverted bytes break the deflate stream itself (zlib's
    # own error), zeros only its checksum.
    damaged, zeroed = bytearray(whole), bytearray(whole)
    damaged[100:400] = bytes(byte ^ 0xFF for byte in whole[100:400])
    zeroed[2000:2400] = bytes(400)
    inner_damage = write(tmp_path / "2-damaged.zip", bytes(damaged))
    nested = write(
        tmp_path / "3-nested.zip",
        zip_of(ZipEntry("inner.zip", bytes(damaged)), ZipEntry("c.png", photos[2].read_bytes())),
    )
    bad_checksum = write(tmp_path / "4-checksum.zip", bytes(zeroed))
    found = by_path(scan_here([tmp_path], references))
    assert skipped(found[str(truncated)]).error.message == (
        f"“{truncated}” looks like a zip archive but cannot be opened: it is damaged or incomplete."
    )
    for member in (f"{inner_damage}!a.png", f"{nested}!inner.zip!a.png", f"{bad_checksum}!a.png"):
        error = skipped(found[member]).error
        assert error.code == "member-refused"
        assert error.message == f"“{member}” is damaged inside the archive and could not be read."
    # The rest of each archive is still scanned.
    assert only_method(found[f"{inner_damage}!b.png"], 1) is Method.SHA256
    assert only_method(found[f"{nested}!inner.zip!b.png"], 1) is Method.SHA256
    assert only_method(found[f"{nested}!c.png"], 2) is Method.SHA256


def test_members_with_the_same_name_are_each_read(
    tmp_path: Path, photos: list[Path], references: ReferenceSet
) -> None:
    """A second member of the same name must not hide the first."""
    export = write(
        tmp_path / "export.zip",
        zip_of(ZipEntry("img.png", photos[0].read_bytes()), ZipEntry("img.png", b"just text")),
    )
    first, second = scan_here([export], references)
    assert only_method(first, 0) is Method.SHA256
    assert skipped(second).quiet


# --- encrypted zips --------------------------------------------------------------------------


class Passwords:
    """A ``PasswordSource`` that gives the listed passwords in turn, and remembers who asked."""

    def __init__(self, *answers: bytes | None) -> None:
        self.answers = list(answers)
        self.asked: list[tuple[str, int]] = []

    def __call__(self, label: str, attempt: int) -> bytes | None:
        self.asked.append((label, attempt))
        return self.answers.pop(0) if self.answers else None


def encrypted_export(tmp_path: Path, photos: list[Path]) -> Path:
    # Small copies: the test's ZipCrypto is pure Python, a byte at a time.
    return write(
        tmp_path / "locked.zip",
        zip_of(
            ZipEntry("a.jpg", edited(photos[0], "resize-25"), ZIP_DEFLATED, PASSWORD),
            ZipEntry("b.jpg", edited(photos[1], "rotate-180"), password=PASSWORD),
            ZipEntry("readme.txt", b"open me"),
        ),
    )


def test_an_encrypted_zip_is_read_with_its_password(
    tmp_path: Path, photos: list[Path], references: ReferenceSet
) -> None:
    export = encrypted_export(tmp_path, photos)
    with zipfile.ZipFile(export) as check:  # the hand-made encryption is real ZipCrypto
        assert check.read("a.jpg", pwd=PASSWORD) == edited(photos[0], "resize-25")
    passwords = Passwords(b"wrong guess", PASSWORD)
    a, b, readme = scan_here([export], references, passwords)
    assert passwords.asked == [(str(export), 1), (str(export), 2)]
    assert only_method(a, 0) is Method.PDQ
    assert only_method(b, 1) is Method.PDQ and scanned(b).matches[0].variant == "rotate180"
    assert skipped(readme).quiet


def test_without_its_password_an_encrypted_zip_is_skipped_member_by_member(
    tmp_path: Path, photos: list[Path], references: ReferenceSet
) -> None:
    export = encrypted_export(tmp_path, photos)
    passwords = Passwords()
    a, b, readme = scan_here([export], references, passwords)
    assert passwords.asked == [(str(export), 1)]
    for outcome in (a, b):
        error = skipped(outcome).error
        assert error.code == "password-needed" and not skipped(outcome).quiet
        assert "protected by a password, and no password that opens it was given" in (error.message)
    assert skipped(readme).quiet


def test_a_wrong_password_that_passes_the_quick_check_is_still_wrong(
    tmp_path: Path, photos: list[Path], references: ReferenceSet
) -> None:
    """ZipCrypto checks a password against one byte: one wrong password in 256 passes that
    check and then unpacks noise, which must not stop the scan."""
    export = write(
        tmp_path / "locked.zip",
        zip_of(ZipEntry("a.jpg", edited(photos[0], "resize-25"), ZIP_DEFLATED, PASSWORD)),
    )
    with zipfile.ZipFile(export) as check:
        guesses = (b"guess-%d" % number for number in range(5000))
        lucky = next(guess for guess in guesses if _passes(check, guess))
    (outcome,) = scan_here([export], references, Passwords(lucky))
    assert skipped(outcome).error.code == "password-needed"


def _passes(archive: zipfile.ZipFile, password: bytes) -> bool:
    try:
        archive.open("a.jpg", pwd=password).close()
    except RuntimeError:  # "Bad password"
        return False
    return True


# --- videos and the encrypted spool ----------------------------------------------------------


@pytest.fixture(scope="module")
def video(photos: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    return slideshow(photos[:2], tmp_path_factory.mktemp("v") / "clip.mp4", seconds=2, fps=5)


def test_a_large_video_in_a_zip_goes_through_the_encrypted_spool(
    tmp_path: Path, video: Path, references: ReferenceSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    plaintext = video.read_bytes()
    mine = ReferenceSet(
        [reference_from_fingerprint(fingerprint_video(str(video)), "clip"), *references.references]
    )
    export = write(tmp_path / "export.zip", zip_of(ZipEntry("media/clip.mp4", plaintext)))
    seen: list[tuple[str, bytes]] = []

    class WatchedSpool(EncryptedSpool):
        def close(self) -> None:
            if Path(self.path).exists():
                seen.append((self.path, Path(self.path).read_bytes()))
            super().close()

    monkeypatch.setattr(engine, "MAX_MEMBER_IN_MEMORY", 1024)
    monkeypatch.setattr(engine, "EncryptedSpool", WatchedSpool)
    (outcome,) = scan_here([export], mine)
    assert scanned(outcome).kind is MediaKind.VIDEO
    assert scanned(outcome).sha256 == hashlib.sha256(plaintext).hexdigest()
    assert [(m.reference, m.method) for m in scanned(outcome).matches] == [(0, Method.SHA256)]
    ((path, on_disk),) = seen
    assert len(on_disk) == len(plaintext) and on_disk != plaintext
    assert plaintext[:32] not in on_disk and b"ftyp" not in on_disk
    assert not Path(path).exists() and not Path(path).parent.exists()

    # A damaged member is reported, and its spool removed all the same.
    damaged = bytearray(export.read_bytes())
    damaged[-5000] ^= 0xFF  # in the video's data, near its end: only the checksum knows
    write(export, bytes(damaged))
    (outcome,) = scan_here([export], mine)
    assert skipped(outcome).error.code == "member-refused"
    assert len(seen) == 2 and not Path(seen[1][0]).parent.exists()


def test_a_video_in_a_zip_read_in_memory_shows_the_users_pictures(
    tmp_path: Path, video: Path, references: ReferenceSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_spool() -> EncryptedSpool:
        raise AssertionError("a small member must not be spooled")

    monkeypatch.setattr(engine, "EncryptedSpool", no_spool)
    export = write(tmp_path / "export.zip", zip_of(ZipEntry("clip.mp4", video.read_bytes())))
    (outcome,) = scan_here([export], references)
    matches = scanned(outcome).matches
    assert {(m.reference, m.method) for m in matches} == {
        (0, Method.VIDEO_FRAME), (1, Method.VIDEO_FRAME),
    }  # fmt: skip
    assert all(m.timestamp is not None for m in matches)


def test_an_oversized_picture_member_is_refused(
    tmp_path: Path, photos: list[Path], references: ReferenceSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    export = write(tmp_path / "export.zip", zip_of(ZipEntry("big.png", photos[0].read_bytes())))
    monkeypatch.setattr(engine, "MAX_IMAGE_FILE_BYTES", 1000)
    (outcome,) = scan_here([export], references)
    assert skipped(outcome).error.code == "file-too-large"
    assert skipped(outcome).error.message == f"“{export}!big.png” is too large to be a picture."


def test_archives_open_from_memory_too(photos: list[Path]) -> None:
    """The nested case: ``open_archive`` takes a stream, and lists members without reading."""
    picture = edited(photos[0], "resize-25")
    data = zip_of(ZipEntry("a.jpg", picture, ZIP_DEFLATED, PASSWORD))
    with archives.open_archive(io.BytesIO(data), "mem.zip") as archive:
        (member,) = archives.list_members(archive, "mem.zip")
        assert (member.name, member.encrypted, member.problem) == ("a.jpg", True, None)
        assert member.size == len(picture)
        with pytest.raises(archives.PasswordNeeded):
            archives.read_member(archive, member, "mem.zip", None, 10**8)
        with pytest.raises(archives.PasswordNeeded, match="does not open it"):
            archives.read_member(archive, member, "mem.zip", b"not it", 10**8)
        assert archives.read_member(archive, member, "mem.zip", PASSWORD, 10**8) == picture
        with pytest.raises(archives.MemberRefused, match="too large to read into memory"):
            archives.read_member(archive, member, "mem.zip", PASSWORD, 1000)
    assert archives.is_zip(data[:64]) and archives.is_zip(zip_of()[:64])
    assert not archives.is_zip(photos[0].read_bytes()[:64])


def test_a_wrong_password_that_passes_the_zip_check_byte_is_called_wrong_when_read(
    photos: list[Path],
) -> None:
    """Read on its own (not through a scan that checked the password first), a member that a
    lucky wrong password unpacks to noise is reported as the password, not as damage."""
    data = zip_of(ZipEntry("a.jpg", edited(photos[0], "resize-25"), ZIP_DEFLATED, PASSWORD))
    with archives.open_archive(io.BytesIO(data), "mem.zip") as archive:
        (member,) = archives.list_members(archive, "mem.zip")
        guesses = (b"guess-%d" % number for number in range(5000))
        lucky = next(guess for guess in guesses if _passes(archive, guess))
        with pytest.raises(archives.PasswordNeeded, match="does not open it, or the file is"):
            archives.read_member(archive, member, "mem.zip", lucky, 10**8)
        assert archives.find_password(archive, [member], "mem.zip", Passwords(lucky)) is None
