"""Letters about one of the user's VIDEOS: cited by the file's SHA-256 and MD5 (what
StopNCII and platforms match a video file by), never by its frame hashes (vPDQ: thousands
of lines, for hash banks, not for a person reading a letter)."""

import dataclasses
from pathlib import Path

import pytest

from app.core.fingerprints.model import VideoFingerprint
from app.core.fingerprints.video import fingerprint_video
from app.core.languages import LANGUAGES
from app.core.letters.data import ItemRef
from app.core.letters.kinds import LetterType
from app.core.letters.render import render_letter
from tests.core.letters.samples import ADULT_ITEM, ALL_TYPES, full_data, sighting

KIND_WORD = {"en": "video", "nl": "video"}


@pytest.fixture(scope="module")
def video(testdata: Path) -> VideoFingerprint:
    return fingerprint_video(str(testdata / "video" / "doorknob-hd-no-bar.mp4"))


def video_item(video: VideoFingerprint) -> ItemRef:
    """The real sample video as one of the user's items, in the photo item's place."""
    return dataclasses.replace(
        ADULT_ITEM,
        label="Video 1",
        kind="video",
        sha256=video.sha256,
        md5=video.md5,
        pdq="",
        work_description="A video of myself that I filmed in June 2024.",
    )


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("letter_type", ALL_TYPES)
def test_a_letter_cites_a_video_by_its_file_fingerprints(
    video: VideoFingerprint, letter_type: LetterType, language: str
) -> None:
    photo_letter = render_letter(letter_type, language, full_data())
    if ADULT_ITEM.sha256 not in photo_letter.letter_text + photo_letter.notes_text:
        pytest.skip("this letter type cites no fingerprints")
    item = video_item(video)
    data = full_data(items=(item,), sightings=(sighting(item_keys=(item.key,)),))
    letter = render_letter(letter_type, language, data)
    text = letter.letter_text + letter.notes_text
    assert video.sha256 in text and "Video 1" in text
    if letter_type is LetterType.DMCA:  # names the work: its description and SHA-256
        assert "A video of myself that I filmed in June 2024." in text
    else:
        cited = f"Video 1 ({KIND_WORD[language]}): SHA-256 {video.sha256}; MD5 {video.md5}"
        assert cited in text
    assert video.md5 == "9108849f0d0bb6d3c40844f4eb72767b"  # the published MD5 of the file
    assert "PDQ" not in text.replace(ADULT_ITEM.pdq, "")
    assert not any(frame.pdq in letter.html for frame in video.vpdq)
    assert ADULT_ITEM.sha256 not in text  # only the item the letter is about
