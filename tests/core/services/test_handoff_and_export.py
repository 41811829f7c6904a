"""Website hand-offs (case numbers, PINs, reminders) and fingerprint exports."""

import csv
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.core.errors import UserError
from app.core.fingerprints import Pdq
from app.core.services.export import build_export, write_export
from app.core.services.handoff import (
    check_pin,
    checks_due,
    items_to_register_again,
    normalise_case_number,
    record_status_check,
    record_website_registration,
    record_withdrawal,
)
from app.core.vault import CaseFile, Sighting

NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("pasted", "clean"),
    [
        ("  27664732-76e1-4a17-8099-455798e67022 \n", "27664732-76e1-4a17-8099-455798e67022"),
        ("27664732-76e1-\n4a17-8099-\r\n455798e67022", "27664732-76e1-4a17-8099-455798e67022"),
        ("AB 12 34", "AB1234"),
    ],
)
def test_case_numbers_are_cleaned(pasted: str, clean: str) -> None:
    assert normalise_case_number(pasted) == clean


def test_empty_case_numbers_and_pins_are_refused() -> None:
    with pytest.raises(UserError, match="case number"):
        normalise_case_number(" \n ")
    with pytest.raises(UserError, match="cannot be recovered"):
        check_pin("   ")
    assert check_pin(" 4811 2209 ") == "48112209"


def test_a_website_registration_keeps_the_pin_and_reminds(case_with_photos: CaseFile) -> None:
    registration = case_with_photos.change(
        lambda repo: record_website_registration(
            repo, "stopncii", case_number=" ab-12 ", pin="4811", item_ids=[1, 2],
            submitted_at=NOW, check_interval_days=14,
        )
    )  # fmt: skip
    assert registration.case_number == "ab-12"
    assert registration.next_check_at == NOW + timedelta(days=14)
    assert case_with_photos.read(lambda repo: repo.reveal_pin(repo.registrations()[0])) == "4811"
    assert checks_due([registration], NOW + timedelta(days=13)) == []
    assert checks_due([registration], NOW + timedelta(days=14)) == [registration]
    later = NOW + timedelta(days=15)
    case_with_photos.change(lambda repo: record_status_check(repo, registration, "active", later))
    assert registration.next_check_at == later + timedelta(days=14)
    case_with_photos.change(lambda repo: record_withdrawal(repo, registration, later))
    assert checks_due([registration], NOW + timedelta(days=100)) == []
    stored = case_with_photos.read(lambda repo: repo.registrations()[0])
    assert stored.status == "withdrawn"
    assert len(case_with_photos.read(lambda repo: repo.registration_checks(stored.id))) == 1


def test_an_edited_copy_of_a_registered_item_asks_for_a_new_registration(
    case_with_photos: CaseFile,
) -> None:
    items = case_with_photos.read(lambda repo: repo.items())
    case_with_photos.change(
        lambda repo: record_website_registration(
            repo, "stopncii", case_number="1", pin="2", item_ids=[items[0].id], submitted_at=NOW,
            check_interval_days=None,
        )
    )  # fmt: skip
    case_with_photos.change(
        lambda repo: repo.add_sighting(
            Sighting("https://a.example/1", NOW, found_file_sha256=items[0].sha256),
            [items[0].id],
            "sha256",
        )
    )
    case_with_photos.change(
        lambda repo: repo.add_sighting(
            Sighting("https://a.example/2", NOW, found_file_sha256="c" * 64), [items[0].id], "pdq"
        )
    )
    prompts = case_with_photos.read(
        lambda repo: items_to_register_again(
            repo.items(), repo.registrations(), repo.sightings(), repo.sighting_match_methods()
        )
    )
    assert [(item.label, sighting.url) for item, sighting in prompts] == [
        ("Photo 1", "https://a.example/2")
    ]


def test_exports_hold_only_valid_fingerprints_and_neutral_labels(
    case_with_photos: CaseFile, photos: list[Path]
) -> None:
    items = case_with_photos.read(lambda repo: repo.items())
    te = build_export(items, "te")
    assert te.included == 3
    assert te.text.splitlines() == [f"pdq {item.pdq}" for item in items[:3]]
    assert "Photo 4" in te.left_out[0] and "under 18" in te.left_out[0]
    rows = list(csv.reader(io.StringIO(build_export(items, "csv").text)))
    assert rows[0] == ["hash", "quality", "label"]
    assert rows[1] == [items[0].pdq, "100", "Photo 1"]
    document = json.loads(build_export(items, "json").text)
    assert [entry["label"] for entry in document["fingerprints"]] == [
        "Photo 1",
        "Photo 2",
        "Photo 3",
    ]
    assert all(Pdq.validate(entry["pdq"]) == entry["pdq"] for entry in document["fingerprints"])
    for export in ("te", "csv", "json"):
        text = build_export(items, export).text
        assert "privacy" not in text
        assert not any(photo.stem in text for photo in photos)  # no file names
        assert not any(item.sha256 in text for item in items[3:])  # nothing of a minor's item


def test_exports_refuse_invalid_values(case_with_photos: CaseFile) -> None:
    items = case_with_photos.read(lambda repo: repo.items())
    items[0].pdq = "0" * 64
    with pytest.raises(UserError, match="all-zero"):
        build_export(items, "te")
    with pytest.raises(UserError):
        build_export(items, "xml")


def test_an_export_to_a_folder_that_cannot_be_written(
    case_with_photos: CaseFile, tmp_path: Path
) -> None:
    export = build_export(case_with_photos.read(lambda repo: repo.items()), "te")
    with pytest.raises(UserError, match="could not be written"):
        write_export(export, tmp_path / "missing" / "hashes.txt")
    write_export(export, tmp_path / "hashes.txt")
    assert (tmp_path / "hashes.txt").read_text() == export.text


def test_a_picture_too_plain_for_pdq_is_left_out_of_every_export(
    case_with_a_plain_picture: CaseFile,
) -> None:
    items = case_with_a_plain_picture.read(lambda repo: repo.items())
    plain = items[-1]
    assert plain.pdq and plain.pdq_quality == 0  # small.jpg, a real picture of quality 0
    for export_format in ("te", "csv", "json"):
        export = build_export(items, export_format)
        assert export.included == 3
        assert plain.pdq not in export.text
        assert "Photo 5: too plain for a similarity fingerprint." in export.left_out


@pytest.mark.parametrize(("quality", "included"), [(49, False), (50, True), (100, True)])
def test_the_quality_gate_is_50(case_with_photos: CaseFile, quality: int, included: bool) -> None:
    items = case_with_photos.read(lambda repo: repo.items())
    items[0].pdq_quality = quality
    export = build_export(items, "te")
    assert (f"pdq {items[0].pdq}\n" in export.text) is included
    assert any(reason.startswith("Photo 1: too plain") for reason in export.left_out) is not (
        included
    )


@pytest.mark.parametrize(
    ("field", "value", "formats"),
    [
        ("pdq", "f" * 63, ("te", "csv", "json")),  # one character short
        ("pdq", "f" * 65, ("te", "csv", "json")),  # one too many
        ("pdq", "g" + "f" * 63, ("te", "csv", "json")),  # not a hex digit
        ("pdq", "f" * 31 + " " + "f" * 32, ("te", "csv", "json")),  # a space inside
        ("md5", "0123456789abcdef0123456789abcdeX", ("json",)),  # only JSON carries an MD5
        ("sha256", "a" * 63, ("json",)),
    ],
)
def test_exports_refuse_a_hash_of_the_wrong_length_or_characters(
    case_with_photos: CaseFile, field: str, value: str, formats: tuple[str, ...]
) -> None:
    items = case_with_photos.read(lambda repo: repo.items())
    setattr(items[0], field, value)
    for export_format in formats:
        with pytest.raises(UserError, match=r"is not a valid [\w-]+ fingerprint: it must be"):
            build_export(items, export_format)


def test_exports_write_hashes_in_lowercase(case_with_photos: CaseFile) -> None:
    items = case_with_photos.read(lambda repo: repo.items())
    lowercase = items[0].pdq
    assert lowercase
    items[0].pdq = lowercase.upper()
    assert build_export(items, "te").text.splitlines()[0] == f"pdq {lowercase}"


def test_a_video_with_a_damaged_md5_is_refused(case_with_photos: CaseFile) -> None:
    items = case_with_photos.read(lambda repo: repo.items())
    items[0].kind, items[0].md5 = "video", "abc"
    with pytest.raises(UserError, match="“abc” is not a valid"):
        build_export(items, "te")
