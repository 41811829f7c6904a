"""Sightings: web addresses, platforms, times, and screenshots stored encrypted in a real case."""

import hashlib
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.core.errors import UserError
from app.core.sightings import (
    MAX_SCREENSHOT_BYTES,
    BadTime,
    NotAScreenshot,
    NotAWebAddress,
    SightingInput,
    add_screenshot,
    build_sighting,
    clean_url,
    evidence_advice,
    found_at_or_now,
    parse_found_at,
    recognise_platform,
    record_sighting,
)
from app.core.vault import CaseFile

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(200)
NOW = datetime(2026, 11, 29, 12, 0, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize(
    ("pasted", "url", "removed"),
    [
        (
            "example.com/page?utm_source=x&id=5&fbclid=abc#top",
            "https://example.com/page?id=5#top",
            ("utm_source", "fbclid"),
        ),
        ("t.me/somechannel/123", "https://t.me/somechannel/123", ()),
        ("  <https://x.com/u/status/1?s=20&t=Ab-C>  ", "https://x.com/u/status/1", ("s", "t")),
        (
            "https://www.youtube.com/watch?v=abc&t=30&si=XYZ",
            "https://www.youtube.com/watch?v=abc&t=30",
            ("si",),
        ),
        (
            "https://www.instagram.com/p/Cx/?igsh=abc&img_index=2",
            "https://www.instagram.com/p/Cx/?img_index=2",
            ("igsh",),
        ),
        (
            "https://shop.example/?q=a%20b&GCLID=1&utm_Campaign=z",
            "https://shop.example/?q=a%20b",
            ("GCLID", "utm_Campaign"),
        ),
        ("HTTPS://Forum.Example:8443/Thread/1", "https://forum.example:8443/Thread/1", ()),
        ("//cdn.example.org/a.png", "https://cdn.example.org/a.png", ()),
        ("https://[2001:db8::1]/x", "https://[2001:db8::1]/x", ()),
    ],
)
def test_addresses_are_cleaned(pasted: str, url: str, removed: tuple[str, ...]) -> None:
    clean = clean_url(pasted)
    assert (clean.url, clean.removed) == (url, removed)
    assert clean.scheme_added is not pasted.strip().lower().startswith(("<https", "https"))


@pytest.mark.parametrize(
    ("pasted", "why"),
    [
        ("", "Paste the web address"),
        ("hello world", "it contains spaces"),
        ("hello", "is not a web address"),
        ("javascript:alert(1)", "it starts with javascript:"),
        ("mailto:someone@example.org", "it starts with mailto:"),
        ("file:///etc/passwd", "it starts with file:"),
        ("https://exa_mple..com/", "is not a web address"),
        ("https://example.com:99999/", "is not a web address"),
    ],
)
def test_what_is_not_a_web_address_is_refused_plainly(pasted: str, why: str) -> None:
    with pytest.raises(NotAWebAddress, match=why):
        clean_url(pasted)


@pytest.mark.parametrize(
    ("url", "platform"),
    [
        ("https://acme.slack.com/archives/C1/p2", "slack"),
        ("https://media.discordapp.net/attachments/1/2/a.jpg", "discord"),
        ("https://www.google.nl/search?q=x", "google-search"),
        ("https://www.google.co.uk/imgres?x", "google-search"),
        ("m.facebook.com/story.php?id=1", "meta"),
        ("https://www.reddit.com/r/x/comments/1", "reddit"),
        ("https://forum.example/thread", None),
        ("https://slack.com.evil.example/", None),
    ],
)
def test_platforms_are_recognised_from_the_domain(url: str, platform: str | None) -> None:
    found = recognise_platform(url)
    assert (found.id if found is not None else None) == platform


def test_a_sighting_from_what_the_user_entered() -> None:
    entry = SightingInput(
        url="discord.com/channels/1/2/3?utm_medium=share",
        uploader_handle=" someone ",
        uploader_id="123",
        description="A photo of me.",
        personal_data_shown="My name.",
        threats="Pay or else.",
        media_url="cdn.discordapp.com/attachments/1/2/a.jpg",
        ai_made="guess",
        item_ids=(4, 5),
    )
    sighting = build_sighting(entry, now=lambda: NOW)
    assert sighting.url == "https://discord.com/channels/1/2/3"
    assert sighting.platform == "Discord" and sighting.service_type == "chat"
    assert sighting.media_url == "https://cdn.discordapp.com/attachments/1/2/a.jpg"
    assert sighting.found_at == NOW and sighting.found_at.tzinfo is not None
    assert sighting.uploader_handle == "someone" and sighting.ai_made == "unknown"
    assert sighting.item_ids == (4, 5)
    unknown = build_sighting(SightingInput(url="forum.example/x"), now=lambda: NOW)
    assert unknown.platform == "" and unknown.service_type == ""


def test_found_at_has_a_zone_and_is_not_in_the_future() -> None:
    assert found_at_or_now(None, lambda: NOW) == NOW
    naive = found_at_or_now(datetime(2026, 11, 1, 10, 0), lambda: NOW)
    assert naive.tzinfo is not None and naive.replace(tzinfo=None) == datetime(2026, 11, 1, 10, 0)
    with pytest.raises(BadTime, match="in the future"):
        found_at_or_now(NOW + timedelta(hours=1), lambda: NOW)
    amsterdam = parse_found_at("2026-05-20 14:30", "Europe/Amsterdam")
    assert amsterdam.utcoffset() == timedelta(hours=2)
    assert parse_found_at("2026-05-20T14:30:00Z").tzinfo == UTC
    assert parse_found_at("2026-05-20 14:30").tzinfo is not None
    with pytest.raises(BadTime, match="not a date and time"):
        parse_found_at("yesterday")
    with pytest.raises(BadTime, match="not a time zone"):
        parse_found_at("2026-05-20 14:30", "Mars/Olympus")


def test_recording_a_sighting_in_the_case(case: CaseFile) -> None:
    stored = record_sighting(case, SightingInput(url="t.me/chan/5", description="A copy."))
    found = case.read(lambda repo: repo.sightings())
    assert [(s.id, s.url, s.platform) for s in found] == [
        (stored.id, "https://t.me/chan/5", "Telegram")
    ]


def test_a_screenshot_is_stored_encrypted_and_named_by_its_hash(
    case: CaseFile, tmp_path: Path
) -> None:
    sighting = record_sighting(case, SightingInput(url="https://forum.example/1"))
    path = tmp_path / "screenshot.renamed.txt"  # the name does not matter, the content does
    path.write_bytes(PNG)
    record = add_screenshot(
        case, path, sighting_id=sighting.id, description="The post", shows_no_intimate_image=False
    )
    assert record.sha256 == hashlib.sha256(PNG).hexdigest()
    assert record.media_type == "image/png" and record.size == len(PNG)
    stored_file = case.evidence.path(record.sha256)
    assert PNG[16:] not in stored_file.read_bytes() and b"IHDR" not in stored_file.read_bytes()
    assert case.evidence.read(record.sha256) == PNG
    kept = case.read(lambda repo: repo.evidence_files(sighting.id))
    assert [(e.sha256, e.description, e.shows_no_intimate_image) for e in kept] == [
        (record.sha256, "The post", False)
    ]


def test_what_is_not_a_screenshot_is_refused(case: CaseFile, tmp_path: Path) -> None:
    pdf = tmp_path / "shot.png"
    pdf.write_bytes(b"%PDF-1.7\n" + bytes(100))
    with pytest.raises(
        NotAScreenshot, match=r"“shot.png” is not a picture \(it is a PDF document\)"
    ):
        add_screenshot(case, pdf, sighting_id=1)
    huge = tmp_path / "huge.png"
    with open(huge, "wb") as sparse:
        sparse.write(PNG)
        sparse.truncate(200 * 2**20)  # 200 MB without writing them
    assert huge.stat().st_size > MAX_SCREENSHOT_BYTES
    with pytest.raises(NotAScreenshot, match="larger than 50 MB"):
        add_screenshot(case, huge, sighting_id=1)
    with pytest.raises(UserError, match="could not be found"):
        add_screenshot(case, tmp_path / "gone.png", sighting_id=1)
    assert case.evidence.stored() == []


def test_the_page_gives_the_advocates_advice() -> None:
    english, dutch = evidence_advice("en"), evidence_advice("nl")
    assert len(english) == len(dutch) >= 2
    assert english[0].startswith("Keep evidence before you report anything")
    assert english[1].startswith("Do not contact the person who shared it")
    assert dutch[1].startswith("Neem geen contact op")
