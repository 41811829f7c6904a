"""Where a scan's references come from: fingerprint files (with clear errors) and case items."""

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from app.core.errors import UserError
from app.core.fingerprints.model import Fingerprinted, FingerprintFailed, MediaKind
from app.core.fingerprints.records import result_to_record
from app.core.scan import references as references_module
from app.core.scan.matcher import ReferenceSet
from app.core.scan.references import (
    BadFingerprintFile,
    reference_from_item,
    references_from_jsonl,
)
from app.core.vault import item_from_fingerprint
from tests.core.scan.builders import fingerprint_of


def picture_record(path: Path) -> dict[str, Any]:
    """What ``stillmine fingerprint --json`` writes for a picture."""
    return result_to_record(Fingerprinted(str(path), fingerprint_of(path.read_bytes())))


def video_record(testdata: Path) -> dict[str, Any]:
    """The record of a real sample video, from its published vPDQ file."""
    video = testdata / "video" / "doorknob-hd-no-bar.mp4"
    content = video.read_bytes()
    lines = (testdata / "video" / "doorknob-hd-no-bar.vpdq.txt").read_text().split()
    return {
        "path": str(video),
        "ok": True,
        "kind": "video",
        "sha256": hashlib.sha256(content).hexdigest(),
        "md5": hashlib.md5(content).hexdigest(),
        "vpdq": lines,
    }


def write_lines(path: Path, lines: list[Any]) -> Path:
    path.write_text(
        "".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines)
    )
    return path


# --- good files ------------------------------------------------------------------------------


def test_a_fingerprint_file_gives_one_reference_per_picture(
    tmp_path: Path, photos: list[Path], testdata: Path
) -> None:
    failed = result_to_record(FingerprintFailed("/x/broken.jpg", UserError("damaged")))
    duplicate = {**picture_record(photos[0]), "path": "/x/copy.png", "duplicate_of": str(photos[0])}
    lines = [picture_record(path) for path in photos] + [failed, duplicate, video_record(testdata)]
    found = references_from_jsonl(str(write_lines(tmp_path / "mine.jsonl", lines)))
    assert [reference.key for reference in found] == [
        *map(str, photos), str(testdata / "video" / "doorknob-hd-no-bar.mp4"),
    ]  # fmt: skip
    assert [reference.label for reference in found] == [
        "astronaut.png", "camera.png", "chelsea.png", "coffee.png", "doorknob-hd-no-bar.mp4",
    ]  # fmt: skip
    for reference, path in zip(found[:4], photos, strict=True):
        fingerprint = fingerprint_of(path.read_bytes())
        assert reference.kind is MediaKind.IMAGE
        assert (reference.sha256, reference.md5) == (fingerprint.sha256, fingerprint.md5)
        assert reference.pdqs == (fingerprint.pdq,)
        assert reference.crop == fingerprint.crop and reference.crop is not None
        assert reference.aspect == fingerprint.width / fingerprint.height
    video = found[-1]
    assert video.kind is MediaKind.VIDEO and video.md5 == "9108849f0d0bb6d3c40844f4eb72767b"
    assert len(video.vpdq) == 120 and video.vpdq[1].timestamp == pytest.approx(0.033)
    assert video.pdqs == () and video.crop is None and video.aspect is None
    assert len(ReferenceSet(found)) == 5  # everything indexes


def test_a_rotated_photo_keeps_both_hashes(tmp_path: Path, testdata: Path) -> None:
    """A photo turned upright by its EXIF orientation is looked for both ways."""
    record = picture_record(testdata / "pdq" / "exif-rotn" / "exif-rotn-6.jpg")
    (reference,) = references_from_jsonl(str(write_lines(tmp_path / "r.jsonl", [record])))
    assert reference.pdqs == (record["pdq"], record["pdq_raw"])
    assert reference.pdqs[0] != reference.pdqs[1]


@pytest.mark.parametrize(
    ("fields", "aspect"),
    [
        ({"aspect": 1.5}, 1.5),
        ({"aspect": 2}, 2.0),
        ({"width": 300, "height": 400}, 0.75),
        ({"aspect": 1.25, "width": 300, "height": 400}, 1.25),  # a package's own field wins
        ({"aspect": "wide"}, None),
        ({"aspect": True}, None),
        ({"aspect": -1.0}, None),
        ({"aspect": float("nan")}, None),
        ({"aspect": 1e308}, None),
        ({"width": 0, "height": 400}, None),
        ({"width": 300.5, "height": 400}, None),
        ({"width": 100_000, "height": 1}, None),
        ({"width": "300", "height": "400"}, None),
        ({}, None),
    ],
)
def test_a_pictures_shape_is_read_only_when_sensible(
    tmp_path: Path, photos: list[Path], fields: dict[str, Any], aspect: float | None
) -> None:
    """The shape only helps to find a picture in screenshots: a strange one is ignored,
    and the record is still read."""
    record = dict(picture_record(photos[0]))
    for key in ("width", "height"):
        record.pop(key)
    record.update(fields)
    (reference,) = references_from_jsonl(str(write_lines(tmp_path / "r.jsonl", [record])))
    assert reference.aspect == aspect
    assert reference.pdqs == (record["pdq"],)


def test_upper_case_hashes_and_a_byte_order_mark_are_accepted(
    tmp_path: Path, photos: list[Path]
) -> None:
    record = picture_record(photos[2])
    shouting = {**record, **{key: record[key].upper() for key in ("sha256", "md5", "pdq")}}
    path = tmp_path / "windows.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + (json.dumps(shouting) + "\r\n").encode())
    (reference,) = references_from_jsonl(str(path))
    assert (reference.sha256, reference.md5) == (record["sha256"], record["md5"])
    assert reference.pdqs == (record["pdq"],)


def test_an_unusable_pdq_is_not_looked_for(tmp_path: Path, photos: list[Path]) -> None:
    plain = {**picture_record(photos[0]), "pdq_quality": 49}
    (reference,) = references_from_jsonl(str(write_lines(tmp_path / "p.jsonl", [plain])))
    assert reference.pdqs == ()
    assert reference.crop is not None  # the centre hash has its own quality gate


# --- bad files -------------------------------------------------------------------------------


def good(photos: list[Path]) -> dict[str, Any]:
    return picture_record(photos[3])


NOTHING = "“fp.jsonl” holds no fingerprints to look for."


def incomplete(line: int, why: str = "") -> str:
    return f"Line {line} of “fp.jsonl” is not a complete fingerprint record{why}"


#: Lines of a bad file ("GOOD": a good record; a dict: a good record changed, where None
#: removes a field), and how the message starts.
BAD_FILES: dict[str, tuple[list[Any], str]] = {
    "empty": ([], NOTHING),
    "blank lines": (["", "   ", "\t"], NOTHING),
    "only failures": ([{"ok": False, "error": "x"}], NOTHING),
    "not json": (
        ["GOOD", "GOOD", '{"path": "x.jpg", "ok": tr'],
        "Line 3 of “fp.jsonl” is not valid JSON",
    ),
    "a list": (["GOOD", "[1, 2]"], "Line 2 of “fp.jsonl” is not a fingerprint record."),
    "no sha256": (["GOOD", {"sha256": None}], incomplete(2, " (“sha256” is missing).")),
    "short pdq": (
        ["", "GOOD", {"pdq": "0" * 63}],
        incomplete(3, f" (a hash of 64 hex digits was expected, not '{'0' * 63}')."),
    ),
    "spaces in pdq": ([{"pdq": "0" * 62 + "  "}], incomplete(1, " (a hash of 64 hex digits")),
    "0x in md5": ([{"md5": "0x" + "a" * 30}], incomplete(1, " (a hash of 32 hex digits")),
    "unknown kind": ([{"kind": "sound"}], incomplete(1, " ('sound' is not a valid MediaKind).")),
    "quality not a number": ([{"pdq_quality": "high"}], incomplete(1)),
    "bad vpdq line": (
        [{"kind": "video", "vpdq": ["0,100,abc"]}],
        incomplete(1, " (“0,100,abc” is not a vPDQ line.)."),
    ),
    "vpdq hash not hex": (
        [{"kind": "video", "vpdq": ["0,100," + "z" * 64 + ",0.000"]}],
        incomplete(1, " (a hash of 64 hex digits"),
    ),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_fingerprint_files_name_the_line(tmp_path: Path, photos: list[Path], case: str) -> None:
    lines, message = BAD_FILES[case]
    record = good(photos)
    written = [
        record if line == "GOOD" else _changed(record, line) if isinstance(line, dict) else line
        for line in lines
    ]
    with pytest.raises(BadFingerprintFile) as raised:
        references_from_jsonl(str(write_lines(tmp_path / "fp.jsonl", written)))
    assert raised.value.message.startswith(message), raised.value.message
    assert raised.value.code == "bad-fingerprint-file"


def _changed(record: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in {**record, **changes}.items() if value is not None}


def test_a_picture_given_as_the_fingerprint_file(photos: list[Path]) -> None:
    with pytest.raises(BadFingerprintFile) as raised:
        references_from_jsonl(str(photos[0]))
    assert raised.value.message == (
        "“astronaut.png” is not a text file of fingerprints (it may be a picture or a case file)."
    )


def test_a_missing_or_huge_fingerprint_file(
    tmp_path: Path, photos: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(UserError) as missing:
        references_from_jsonl(str(tmp_path / "nowhere.jsonl"))
    assert missing.value.code == "file-missing"
    assert "“nowhere.jsonl” could not be found" in missing.value.message
    path = write_lines(tmp_path / "big.jsonl", [good(photos)])
    monkeypatch.setattr(references_module, "MAX_FINGERPRINT_FILE_BYTES", 100)
    with pytest.raises(BadFingerprintFile) as raised:
        references_from_jsonl(str(path))
    assert raised.value.message == "“big.jsonl” is too large to be a fingerprint file."


# --- case items ------------------------------------------------------------------------------


def test_case_items_become_references(photos: list[Path], testdata: Path) -> None:
    rotated = fingerprint_of((testdata / "pdq" / "exif-rotn" / "exif-rotn-6.jpg").read_bytes())
    item = item_from_fingerprint(rotated, "From my phone")
    item.id = 42
    reference = reference_from_item(item)
    assert (reference.key, reference.label, reference.kind) == (
        "42",
        "From my phone",
        MediaKind.IMAGE,
    )
    assert (reference.sha256, reference.md5) == (rotated.sha256, rotated.md5)
    assert rotated.pdq_raw is not None and reference.pdqs == (rotated.pdq, rotated.pdq_raw)
    assert reference.crop == rotated.crop
    # The upright shape: the camera stored it sideways, and it is shown turned upright.
    assert reference.aspect == rotated.width / rotated.height
    assert rotated.width < rotated.height
    item.pdq_quality = 10
    assert reference_from_item(item).pdqs == ()
    item.pdq_quality = None
    assert reference_from_item(item).pdqs == ()
