"""Helper mode: fingerprints-only packages, match reports, and recording what was found."""

import dataclasses
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.core.errors import UserError
from app.core.fingerprints.model import MediaKind, VpdqFrame
from app.core.scan import helper
from app.core.scan.engine import ScannedFile
from app.core.scan.helper import (
    PACKAGE_MAGIC,
    HelperFileDamaged,
    HelperPackage,
    ReportedMatch,
    WeakSharedPassphrase,
    is_helper_package,
    is_match_report,
    neutral_label_parts,
    read_helper_package,
    read_match_report,
    write_helper_package,
    write_match_report,
)
from app.core.scan.matcher import Method, ReferenceSet
from app.core.scan.record import (
    ImportSummary,
    ReportNotForThisCase,
    import_match_report,
    record_scan_match,
    remember_package,
)
from app.core.scan.references import reference_from_item
from app.core.vault import (
    TEST_ONLY_WEAK_KDF,
    CaseFile,
    Item,
    WrongPassphrase,
)
from tests.core.scan.builders import (
    CASE_PASSPHRASE,
    SHARED_PASSPHRASE,
    case_contents,
    edited,
    make_case,
    scan_here,
    scanned,
)

LABELS = ("Me at the beach, summer 2024", "Bathroom mirror (for J.)", "Holiday – Lisbon")
WHEN = datetime(2026, 11, 20, 21, 30, tzinfo=timezone(timedelta(hours=1)))


def video_item(testdata: Path) -> Item:
    """An item for a real sample video, from its published vPDQ hashes."""
    lines = (testdata / "video" / "doorknob-hd-no-bar.vpdq.txt").read_text().split()
    return Item(
        label="Our video (private)",
        kind="video",
        sha256="ab" * 32,
        md5="9108849f0d0bb6d3c40844f4eb72767b",
        added_at=WHEN,
        original_path="/home/me/Videos/private.mp4",
        vpdq=tuple(VpdqFrame.parse(line) for line in lines),
    )


@pytest.fixture
def case(tmp_path: Path, photos: list[Path], testdata: Path) -> Path:
    """A case holding three of the photographs and a video, with personal labels."""
    folder = tmp_path / "case"
    make_case(folder, photos[:3], LABELS)
    with CaseFile.open(folder, passphrase=CASE_PASSPHRASE) as opened:
        opened.change(lambda repo: repo.add_item(video_item(testdata)))
    return folder


def make_package(case: Path, target: Path, passphrase: str = SHARED_PASSPHRASE) -> str:
    """What ``stillmine helper package`` does: write the package and remember its id."""
    with CaseFile.open(case, passphrase=CASE_PASSPHRASE) as opened:
        items = opened.read(lambda repo: repo.items())
        package_id = write_helper_package(
            target, items, passphrase, created_at=WHEN, kdf=TEST_ONLY_WEAK_KDF
        )
        opened.change(lambda repo: remember_package(repo, package_id))
    return package_id


def write_report(path: Path, package: HelperPackage, matches: list[ReportedMatch]) -> None:
    write_match_report(
        path, package, matches, SHARED_PASSPHRASE, created_at=WHEN, kdf=TEST_ONLY_WEAK_KDF
    )


def import_into(case: Path, report: Path) -> ImportSummary:
    opened_report = read_match_report(report, SHARED_PASSPHRASE)
    with CaseFile.open(case, passphrase=CASE_PASSPHRASE) as opened:
        return opened.change(lambda repo: import_match_report(repo, opened_report))


def reported(package: HelperPackage, number: int, found: str, where: str) -> ReportedMatch:
    reference = package.references[number]
    return ReportedMatch(
        item_ref=reference.key,
        label=reference.label,
        found_sha256=found,
        found_md5=found[:32],
        method="pdq",
        distance=12,
        where=where,
        found_at=WHEN.isoformat(),
    )


# --- the package -----------------------------------------------------------------------------


def test_a_package_holds_fingerprints_and_neutral_labels_only(case: Path, tmp_path: Path) -> None:
    path = tmp_path / "for-my-friend.smpackage"
    package_id = make_package(case, path)
    assert is_helper_package(path) and not is_match_report(path)
    package = read_helper_package(path, SHARED_PASSPHRASE)
    items, _ = case_contents(case)
    assert package.package_id == package_id and len(package_id) == 16
    assert package.created_at == WHEN.isoformat()
    assert [r.label for r in package.references] == [
        "Picture 1", "Picture 2", "Picture 3", "Video 1",
    ]  # fmt: skip
    for reference, item in zip(package.references, items, strict=True):
        mine = reference_from_item(item)
        assert reference.key == item.sha256
        assert (reference.kind, reference.sha256, reference.md5) == (
            mine.kind,
            mine.sha256,
            mine.md5,
        )
        assert (reference.pdqs, reference.crop, reference.vpdq) == (mine.pdqs, mine.crop, mine.vpdq)
        if mine.kind is MediaKind.IMAGE:  # the shape, rounded: it helps find screenshots
            assert mine.aspect is not None and reference.aspect == round(mine.aspect, 3)
        else:
            assert reference.aspect is None
    assert package.references[3].kind is MediaKind.VIDEO and len(package.references[3].vpdq) == 120

    # What is inside, decrypted: nothing but hashes and the neutral labels.
    body = helper._read_sealed(path, PACKAGE_MAGIC, "helper package", SHARED_PASSPHRASE)
    assert set(body) == {"package_id", "created_at", "items"}
    allowed = {
        "ref", "label", "kind", "sha256", "md5", "pdq", "pdq_quality", "pdq_raw", "crop_pdq",
        "crop_coarse", "vpdq", "aspect",
    }  # fmt: skip
    for record in body["items"]:
        assert set(record) <= allowed
    text = json.dumps(body)
    for private in (*LABELS, "Our video", "private.mp4", "astronaut", "/work/", "location"):
        assert private not in text
    assert not any(label.encode() in path.read_bytes() for label in ("Picture 1", "Video 1"))
    # A helper's StillMine reads the labels back, to show them in its own language.
    assert [neutral_label_parts(r.label) for r in package.references] == [
        (MediaKind.IMAGE, 1), (MediaKind.IMAGE, 2), (MediaKind.IMAGE, 3), (MediaKind.VIDEO, 1),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "label",
    ["Picture", "Picture ", "Picture x", "Picture 1 and 2", "Picture -1", "Picture \uff13",
     "picture 1", "Holiday 1", "Photo 1", "Video1", ""],
)  # fmt: skip
def test_other_labels_are_not_taken_for_neutral_ones(label: str) -> None:
    """A user's own label is never rewritten: only the package's exact form is read."""
    assert neutral_label_parts(label) is None


def test_the_wrong_passphrase_does_not_open_a_package(case: Path, tmp_path: Path) -> None:
    path = tmp_path / "p.smpackage"
    make_package(case, path)
    with pytest.raises(WrongPassphrase) as raised:
        read_helper_package(path, "blue kettle on the windowsil")
    assert raised.value.code == "wrong-passphrase"
    assert raised.value.message == (
        "The passphrase does not open “p.smpackage”, or the file was changed or damaged on the "
        "way. Check the passphrase with the person who sent it."
    )


def flipped(data: bytes, position: int) -> bytes:
    changed = bytearray(data)
    changed[position] ^= 0x01
    return bytes(changed)


def test_a_tampered_package_is_refused(case: Path, tmp_path: Path) -> None:
    path = tmp_path / "p.smpackage"
    make_package(case, path)
    original = path.read_bytes()
    header_length = int.from_bytes(original[8:12], "big")
    body_start = 12 + header_length
    salt_at = original.index(b'"salt": "') + len(b'"salt": "')
    other_salt = bytearray(original)
    other_salt[salt_at] = ord("B") if original[salt_at] == ord("A") else ord("A")  # still base64
    for changed in (flipped(original, body_start + 5), flipped(original, -1), bytes(other_salt)):
        path.write_bytes(changed)
        with pytest.raises(WrongPassphrase):  # the tag covers the body, the header and the magic
            read_helper_package(path, SHARED_PASSPHRASE)
    path.write_bytes(flipped(original, 0))
    with pytest.raises(HelperFileDamaged) as not_one:
        read_helper_package(path, SHARED_PASSPHRASE)
    assert not_one.value.message == "“p.smpackage” is not a StillMine helper package."
    for damaged in (
        original[:10],
        original[: body_start - 3],
        original[:8] + b"\xff" * 4 + original[12:],
    ):
        path.write_bytes(damaged)
        with pytest.raises(HelperFileDamaged) as raised:
            read_helper_package(path, SHARED_PASSPHRASE)
        assert raised.value.code == "helper-file-damaged"
        assert (
            "Ask for it to be sent again" in raised.value.message
            or "is not a" in raised.value.message
        )


def test_a_package_body_cannot_be_moved_under_another_header(case: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "1.smpackage", tmp_path / "2.smpackage"
    make_package(case, first)
    make_package(case, second)
    one, two = first.read_bytes(), second.read_bytes()
    split = 12 + int.from_bytes(one[8:12], "big")
    first.write_bytes(one[:split] + two[split:])
    with pytest.raises(WrongPassphrase):
        read_helper_package(first, SHARED_PASSPHRASE)


def test_a_shared_passphrase_must_be_long_enough(case: Path, tmp_path: Path) -> None:
    path = tmp_path / "p.smpackage"
    with pytest.raises(WeakSharedPassphrase) as raised:
        make_package(case, path, passphrase="123456789")
    assert raised.value.code == "weak-passphrase"
    assert raised.value.message.startswith("Choose a passphrase of at least 10 characters")
    assert not path.exists() and list(tmp_path.glob("*.partial")) == []


def test_an_empty_case_makes_no_package(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    make_case(folder, [])
    with pytest.raises(UserError, match="The case has no pictures or videos to put in a helper"):
        make_package(folder, tmp_path / "p.smpackage")


# --- the helper's scan and report, the user's import -----------------------------------------


def test_the_whole_helper_flow_records_sightings_once(
    case: Path, tmp_path: Path, photos: list[Path]
) -> None:
    package_path = tmp_path / "p.smpackage"
    make_package(case, package_path)

    # The helper's side: their own computer, only the package.
    package = read_helper_package(package_path, SHARED_PASSPHRASE)
    references = ReferenceSet(package.references)
    found = tmp_path / "found"
    found.mkdir()
    (found / "leak-1.jpg").write_bytes(edited(photos[1], "mirror"))
    (found / "leak-2.png").write_bytes(photos[0].read_bytes())
    (found / "unrelated.jpg").write_bytes(edited(photos[3], "jpeg-30"))
    outcomes = [scanned(outcome) for outcome in scan_here([found], references)]
    matches = [
        ReportedMatch(
            item_ref=references.references[match.reference].key,
            label=references.references[match.reference].label,
            found_sha256=outcome.sha256,
            found_md5=outcome.md5,
            method=match.method.value,
            distance=match.distance,
            where="https://forum.example/t/1" if "leak-1" in outcome.path else "Discord, #general",
            found_at=WHEN.isoformat(),
        )
        for outcome in outcomes
        for match in outcome.matches
    ]
    assert [(m.label, m.method) for m in matches] == [("Picture 2", "pdq"), ("Picture 1", "sha256")]
    report_path = tmp_path / "r.smreport"
    write_report(report_path, package, matches)
    assert is_match_report(report_path) and not is_helper_package(report_path)

    # The user's side.
    assert import_into(case, report_path) == ImportSummary(2, 0, 0)
    items, sightings = case_contents(case)
    first, second = sightings
    assert (first.url, first.item_ids, first.methods) == (
        "https://forum.example/t/1",
        (items[1].id,),
        ("pdq",),
    )
    assert first.found_file_sha256 == outcomes[0].sha256
    assert first.how_found.startswith("Found by a helper with StillMine's scan: matched ")
    assert LABELS[1] in first.how_found
    assert (second.url, second.item_ids, second.methods) == ("", (items[0].id,), ("sha256",))
    assert second.found_file_sha256 == outcomes[1].sha256
    assert "(Discord, #general)" in second.how_found

    # Importing the same report again adds nothing.
    assert import_into(case, report_path) == ImportSummary(0, 2, 0)
    assert len(case_contents(case)[1]) == 2


def test_a_report_for_another_cases_package_is_refused(
    case: Path, tmp_path: Path, photos: list[Path]
) -> None:
    other = tmp_path / "other-case"
    make_case(other, photos[:1])
    make_package(other, tmp_path / "other.smpackage")
    make_package(case, tmp_path / "mine.smpackage")
    package = read_helper_package(tmp_path / "other.smpackage", SHARED_PASSPHRASE)
    report = tmp_path / "r.smreport"
    write_report(report, package, [reported(package, 0, "cd" * 32, "https://x.example")])
    with pytest.raises(ReportNotForThisCase) as raised:
        import_into(case, report)
    assert raised.value.code == "report-not-for-this-case"
    assert "nothing was imported" in raised.value.message
    assert case_contents(case)[1] == []


def test_matches_for_pictures_no_longer_in_the_case_are_counted(case: Path, tmp_path: Path) -> None:
    make_package(case, tmp_path / "p.smpackage")
    package = read_helper_package(tmp_path / "p.smpackage", SHARED_PASSPHRASE)
    with CaseFile.open(case, passphrase=CASE_PASSPHRASE) as opened:
        opened.change(lambda repo: repo.remove_item(repo.items()[2].id))
    report = tmp_path / "r.smreport"
    write_report(
        report,
        package,
        [reported(package, 2, "cd" * 32, "x"), reported(package, 0, "cd" * 32, "x")],
    )
    assert import_into(case, report) == ImportSummary(1, 0, 1)


def test_a_report_with_a_bad_time_adds_nothing_at_all(case: Path, tmp_path: Path) -> None:
    make_package(case, tmp_path / "p.smpackage")
    package = read_helper_package(tmp_path / "p.smpackage", SHARED_PASSPHRASE)
    good = reported(package, 0, "cd" * 32, "https://a.example")
    naive = dataclasses.replace(
        reported(package, 1, "ef" * 32, "b"), found_at="2026-11-20T21:30:00"
    )
    report = tmp_path / "r.smreport"
    write_report(report, package, [good, naive])
    opened_report = read_match_report(report, SHARED_PASSPHRASE)
    with CaseFile.open(case, passphrase=CASE_PASSPHRASE) as opened:
        with pytest.raises(UserError, match="a time without its time zone: '2026-11-20T21:30:00'"):
            opened.change(lambda repo: import_match_report(repo, opened_report))
        # Not even in memory: a later save must not write half a report.
        assert opened.read(lambda repo: repo.sightings()) == []


def test_a_report_is_sealed_like_a_package(case: Path, tmp_path: Path) -> None:
    make_package(case, tmp_path / "p.smpackage")
    package = read_helper_package(tmp_path / "p.smpackage", SHARED_PASSPHRASE)
    report = tmp_path / "r.smreport"
    write_report(report, package, [reported(package, 0, "CD" * 32, "https://a.example")])
    opened = read_match_report(report, SHARED_PASSPHRASE)
    assert opened.package_id == package.package_id
    assert opened.matches[0].found_sha256 == "cd" * 32  # kept in lower case
    with pytest.raises(WrongPassphrase):
        read_match_report(report, "not the shared passphrase")
    padded = reported(package, 0, "  " + "cd" * 31, "https://a.example")  # not a SHA-256
    write_report(report, package, [padded])
    with pytest.raises(HelperFileDamaged, match="cannot be read as a StillMine match report"):
        read_match_report(report, SHARED_PASSPHRASE)
    with pytest.raises(HelperFileDamaged, match="is not a StillMine match report"):
        read_match_report(tmp_path / "p.smpackage", SHARED_PASSPHRASE)
    with pytest.raises(HelperFileDamaged, match="is not a StillMine helper package"):
        read_helper_package(report, SHARED_PASSPHRASE)


# --- the user's own scan ---------------------------------------------------------------------


def test_a_scan_match_is_recorded_with_the_found_files_hash(
    tmp_path: Path, photos: list[Path]
) -> None:
    folder = tmp_path / "case"
    items = make_case(folder, photos[:2], LABELS[:2])
    references = ReferenceSet([reference_from_item(item) for item in items])
    copy = tmp_path / "download.jpg"
    copy.write_bytes(edited(photos[1], "rotate-90"))
    (outcome,) = scan_here([copy], references)
    found = scanned(outcome)
    with CaseFile.open(folder, passphrase=CASE_PASSPHRASE) as opened:
        opened.change(
            lambda repo: record_scan_match(
                repo, found, found.matches, references, found_at=WHEN, where="Telegram export"
            )
        )
    ((sighting),) = case_contents(folder)[1]
    assert sighting.found_file_sha256 == found.sha256
    assert (sighting.url, sighting.item_ids, sighting.methods) == ("", (items[1].id,), ("pdq",))
    distance = found.matches[0].distance
    assert sighting.how_found == (
        f"Found by StillMine's scan in Telegram export: matched by pdq (distance {distance}, "
        f"{found.matches[0].confidence.value})."
    )


def test_without_a_place_the_sighting_names_the_file(tmp_path: Path, photos: list[Path]) -> None:
    folder = tmp_path / "case"
    (item,) = make_case(folder, photos[:1])
    references = ReferenceSet([reference_from_item(item)])
    found = ScannedFile("/downloads/x.png", MediaKind.IMAGE, "ab" * 32, "ab" * 16)
    (match,) = references.match_exact(item.sha256, item.md5)
    with CaseFile.open(folder, passphrase=CASE_PASSPHRASE) as opened:
        sighting = opened.change(
            lambda repo: record_scan_match(
                repo, found, [match], references, found_at=datetime.now(UTC)
            )
        )
    assert sighting.how_found.startswith(
        "Found by StillMine's scan in /downloads/x.png: matched by sha256"
    )
    assert sighting.found_file_sha256 == "ab" * 32 and sighting.item_ids == (item.id,)
    assert match.method is Method.SHA256
