"""Every stage of matching on real edited copies, and no false match between photographs."""

import dataclasses
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageOps

from app.core.fingerprints.model import MediaKind
from app.core.fingerprints.video import fingerprint_video
from app.core.scan.matcher import (
    Confidence,
    Match,
    Method,
    Reference,
    ReferenceSet,
    best_per_reference,
)
from app.core.scan.references import reference_from_fingerprint
from tests.core.scan.builders import edited, fingerprint_of, load, matches_of, reference_set
from tests.edits import encode, phone_letterbox
from tests.videos import slideshow, transcode

#: Real photographs that are not among the user's references (negatives).
STRANGERS = ("pdq/pen-and-coaster.png", "pdq/labelme-subset/q0291.jpg")


def only(matches: list[Match]) -> Match:
    assert len(matches) == 1, matches
    return matches[0]


def overlap(first: tuple[int, int, int, int], second: tuple[int, int, int, int]) -> float:
    width = min(first[2], second[2]) - max(first[0], second[0])
    height = min(first[3], second[3]) - max(first[1], second[1])
    inside = max(0, width) * max(0, height)
    areas = sum((box[2] - box[0]) * (box[3] - box[1]) for box in (first, second))
    return inside / (areas - inside)


# --- exact -----------------------------------------------------------------------------------


def test_an_exact_copy_matches_by_sha256(photos: list[Path], references: ReferenceSet) -> None:
    for number, path in enumerate(photos):
        match = only(matches_of(path.read_bytes(), references))
        assert (match.reference, match.method, match.distance) == (number, Method.SHA256, 0)
        assert match.confidence is Confidence.CERTAIN
        assert references.references[match.reference].key == str(path)


def test_md5_alone_still_finds_the_file(photos: list[Path]) -> None:
    """A reference known only by its MD5 (as some hash lists give) is found by it."""
    fingerprint = fingerprint_of(photos[0].read_bytes())
    by_md5 = ReferenceSet(
        [Reference("listed", "Listed", MediaKind.IMAGE, sha256="0" * 64, md5=fingerprint.md5)]
    )
    match = only(by_md5.match_exact(fingerprint.sha256, fingerprint.md5))
    assert (match.method, match.confidence) == (Method.MD5, Confidence.CERTAIN)
    assert by_md5.match_exact(fingerprint.sha256, "0" * 32) == []


def test_one_file_can_be_several_references(photos: list[Path]) -> None:
    fingerprint = fingerprint_of(photos[1].read_bytes())
    twice = ReferenceSet(
        [reference_from_fingerprint(fingerprint, key) for key in ("first", "second")]
    )
    found = matches_of(photos[1].read_bytes(), twice)
    assert [(m.reference, m.method) for m in found] == [(0, Method.SHA256), (1, Method.SHA256)]


# --- pdq -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("edit", "variant"),
    [("resize-25", None), ("jpeg-10", None), ("mirror", "flipy"), ("rotate-90", "rotate270")],
)
def test_near_copies_match_by_pdq_with_their_variant(
    photos: list[Path], references: ReferenceSet, edit: str, variant: str | None
) -> None:
    for number, path in enumerate(photos):
        match = only(matches_of(edited(path, edit), references))
        assert (match.reference, match.method, match.variant) == (number, Method.PDQ, variant)
        assert 0 <= match.distance <= 31
        assert match.region is None and match.timestamp is None


# --- photo region ----------------------------------------------------------------------------


def test_a_phone_letterbox_matches_by_photo_region(
    photos: list[Path], references: ReferenceSet
) -> None:
    for number, path in enumerate(photos):  # issue 7: every letterbox must be found
        fitted = ImageOps.contain(load(path), (1080, 2340))
        top = (2340 - fitted.height) // 2
        truth = ((1080 - fitted.width) // 2, top, (1080 + fitted.width) // 2, top + fitted.height)
        match = only(matches_of(edited(path, "phone-letterbox"), references))
        assert (match.reference, match.method) == (number, Method.PHOTO_REGION)
        assert match.distance <= 31 and match.variant is None
        # The region is given in the found picture's own pixels (1080 x 2340), though the
        # scan looked at a smaller copy of it.
        assert match.region is not None and overlap(match.region, truth) >= 0.97


def test_a_photo_with_a_black_edge_in_black_bars_is_found_whole(photos: list[Path]) -> None:
    """A dark photo's own black edge merges with a letterbox's black bars, so trimming the
    bars cuts into the photo; the bars are alike on both sides, which gives the photo back."""
    pixels = np.asarray(load(photos[2]).convert("RGB")).copy()
    edge_rows, edge_columns = round(0.12 * pixels.shape[0]), round(0.06 * pixels.shape[1])
    pixels[:edge_rows] = 0
    pixels[:, :edge_columns] = 0
    own = Image.fromarray(pixels)
    references = ReferenceSet(
        [reference_from_fingerprint(fingerprint_of(encode(own, "PNG")), "dark edge")]
    )
    fitted = ImageOps.contain(own, (1080, 2340))
    top = (2340 - fitted.height) // 2
    truth = (0, top, 1080, top + fitted.height)
    match = only(matches_of(encode(phone_letterbox(own), "PNG"), references))
    assert match.method is Method.PHOTO_REGION and match.distance <= 31
    assert match.region is not None and overlap(match.region, truth) >= 0.97


def test_a_chat_screenshot_is_found_by_a_second_stage(
    photos: list[Path], references: ReferenceSet
) -> None:
    for number in (0, 3):
        match = only(matches_of(edited(photos[number], "chat-screenshot-light"), references))
        assert match.reference == number
        assert match.method in (Method.PHOTO_REGION, Method.CROP)
        width, height = load(photos[number]).size
        truth = (254, 706, 254 + 780, 706 + round(height * 780 / width))
        assert match.region is not None and overlap(match.region, truth) >= 0.9


def test_a_photo_whose_pale_edge_merges_with_the_chat_is_found_by_its_shape(
    photos: list[Path], references: ReferenceSet
) -> None:
    """The cameraman's pale sky has the colour of a light chat wallpaper, so the photo's box
    loses its top; the shape of the user's picture, kept with its fingerprint, puts it back."""
    screenshot = edited(photos[1], "chat-screenshot-jpeg")
    match = only(matches_of(screenshot, references))
    assert (match.reference, match.method) == (1, Method.PHOTO_REGION)
    truth = (254, 706, 254 + 780, 706 + 780)  # the square photo, 780 pixels wide
    assert match.region is not None and overlap(match.region, truth) >= 0.9
    shapeless = ReferenceSet(
        [dataclasses.replace(reference, aspect=None) for reference in references.references]
    )
    assert Method.PHOTO_REGION not in {m.method for m in matches_of(screenshot, shapeless)}


# --- crop ------------------------------------------------------------------------------------


@pytest.mark.parametrize("edit", ["crop-5", "crop-10-one-corner"])
def test_crops_match_by_the_crop_stage(
    photos: list[Path], references: ReferenceSet, edit: str
) -> None:
    for number, path in list(enumerate(photos))[:: 1 if edit == "crop-5" else 2]:
        match = only(matches_of(edited(path, edit), references))
        assert (match.reference, match.method) == (number, Method.CROP), path.name
        assert match.distance <= 31


def test_pictures_without_crop_hashes_are_not_found_cropped(photos: list[Path]) -> None:
    """References from an older fingerprint file carry no centre hash: only PDQ applies."""
    fingerprint = fingerprint_of(photos[3].read_bytes())
    plain = reference_from_fingerprint(fingerprint, "coffee")
    without_crop = ReferenceSet([dataclasses.replace(plain, crop=None)])
    assert matches_of(edited(photos[3], "crop-10"), without_crop) == []
    assert (
        only(matches_of(edited(photos[3], "crop-10"), ReferenceSet([plain]))).method is Method.CROP
    )


# --- no false matches ------------------------------------------------------------------------


def test_no_photo_matches_another(photos: list[Path]) -> None:
    for number, path in enumerate(photos):
        others = reference_set(photos[:number] + photos[number + 1 :])
        assert matches_of(edited(path, "jpeg-30"), others) == [], path.name
        if number == 1:  # the second stage is the one that could over-reach
            for edit in ("crop-5", "chat-screenshot-light"):
                assert matches_of(edited(path, edit), others) == [], (path.name, edit)


def test_strangers_photos_match_nothing(testdata: Path, references: ReferenceSet) -> None:
    for name, edit in zip(STRANGERS, ("chat-screenshot-dark", "jpeg-30"), strict=True):
        assert matches_of(edited(testdata / name, edit), references) == [], (name, edit)


@pytest.mark.filterwarnings("ignore::RuntimeWarning")  # framing's empty-slice bug, reported
def test_too_plain_pictures_match_only_as_exact_copies() -> None:
    grey = encode(Image.new("RGB", (400, 300), (120, 120, 120)), "PNG")
    slightly_lighter = encode(Image.new("RGB", (400, 300), (124, 124, 124)), "PNG")
    fingerprint = fingerprint_of(grey)
    reference = reference_from_fingerprint(fingerprint, "grey")
    assert not fingerprint.pdq_usable and reference.pdqs == () and reference.crop is None
    plain = ReferenceSet([reference])
    assert matches_of(slightly_lighter, plain) == []
    assert only(matches_of(grey, plain)).method is Method.SHA256


def test_nothing_to_look_for_finds_nothing(photos: list[Path]) -> None:
    empty = ReferenceSet([])
    assert len(empty) == 0
    assert matches_of(edited(photos[0], "crop-5"), empty) == []


# --- confidence and ranking ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "distance", "confidence"),
    [
        (Method.SHA256, 0, Confidence.CERTAIN),
        (Method.MD5, 0, Confidence.CERTAIN),
        (Method.PDQ, 0, Confidence.HIGH),
        (Method.PDQ, 20, Confidence.HIGH),
        (Method.PDQ, 21, Confidence.MEDIUM),
        (Method.PDQ, 31, Confidence.MEDIUM),
        (Method.PHOTO_REGION, 16, Confidence.HIGH),
        (Method.PHOTO_REGION, 17, Confidence.MEDIUM),
        (Method.CROP, 16, Confidence.HIGH),
        (Method.CROP, 30, Confidence.MEDIUM),
        (Method.VPDQ, 12, Confidence.HIGH),
        (Method.VIDEO_FRAME, 17, Confidence.MEDIUM),
    ],
)
def test_confidence_in_words(method: Method, distance: int, confidence: Confidence) -> None:
    assert Match(0, method, distance).confidence is confidence


def test_the_best_match_per_reference_is_the_most_certain() -> None:
    matches = [
        Match(1, Method.CROP, 4),
        Match(0, Method.PDQ, 25),
        Match(1, Method.PDQ, 30),
        Match(0, Method.PDQ, 12),
        Match(2, Method.MD5, 0),
        Match(2, Method.SHA256, 0),
    ]
    assert best_per_reference(matches) == [
        Match(2, Method.SHA256, 0),
        Match(0, Method.PDQ, 12),
        Match(1, Method.PDQ, 30),
    ]


def test_methods_are_the_names_the_json_output_uses() -> None:
    assert [method.value for method in Method] == [
        "sha256", "md5", "pdq", "photo-region", "crop", "vpdq", "video-frame",
    ]  # fmt: skip


# --- videos ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def show(photos: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 4-second video showing the astronaut, then the cat, one per second, twice."""
    folder = tmp_path_factory.mktemp("video")
    return slideshow([photos[0], photos[2]], folder / "show.mp4", seconds=4, fps=5)


def test_frames_of_a_video_match_the_users_pictures(show: Path, references: ReferenceSet) -> None:
    found = references.match_video(fingerprint_video(str(show)))
    assert {match.reference for match in found} == {0, 2}
    for match in found:
        assert match.method is Method.VIDEO_FRAME and match.distance <= 31
        assert match.timestamp is not None
        # Picture n is on screen during seconds n and n + 2.
        assert int(match.timestamp) % 2 == (0 if match.reference == 0 else 1)


def test_a_reencoded_copy_of_the_users_video_matches_by_vpdq(
    show: Path, references: ReferenceSet, testdata: Path
) -> None:
    own = fingerprint_video(str(show))
    videos = ReferenceSet(
        [
            reference_from_fingerprint(own, "show"),
            *references.references,  # the pictures too: frames of their video are not listed
        ]
    )
    smaller = transcode(show, show.with_name("smaller.mp4"), size=(160, 120))
    found = videos.match_video(fingerprint_video(str(smaller)))
    assert [(match.reference, match.method) for match in found][:1] == [(0, Method.VPDQ)]
    assert found[0].distance <= 31
    assert only(videos.match_video(own)).method is Method.SHA256
    stranger = fingerprint_video(str(testdata / "video" / "doorknob-hd-no-bar.mp4"))
    assert videos.match_video(stranger) == []


def test_a_still_from_the_users_video_is_found_with_its_time(
    show: Path, photos: list[Path]
) -> None:
    only_the_video = ReferenceSet([reference_from_fingerprint(fingerprint_video(str(show)), "v")])
    still = encode(load(photos[2]).resize((320, 240)), "JPEG", quality=85)
    match = only(matches_of(still, only_the_video))
    assert (match.reference, match.method) == (0, Method.PDQ)
    assert match.timestamp is not None and int(match.timestamp) % 2 == 1
