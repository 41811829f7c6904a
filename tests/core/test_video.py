"""Video fingerprints: conformance with the published vPDQ files, matching, and bad videos."""

import csv
import itertools
import math
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from app.core.errors import Cancelled
from app.core.fingerprints import (
    FingerprintFailed,
    VideoFingerprint,
    VpdqFrame,
    fingerprint_paths,
    hamming_distance,
)
from app.core.fingerprints.video import (
    EVERY_FRAME,
    EVERY_FRAME_MAX_RATE,
    ONE_A_SECOND,
    NoVideoTrack,
    UnsupportedVideo,
    VideoDamaged,
    fingerprint_video,
)
from app.core.fingerprints.vpdq import compare_videos, thinned
from app.core.media import NotAnImage
from app.core.progress import CancelToken, ProgressUpdate
from app.core.scan.matcher import Method, ReferenceSet
from app.core.scan.references import reference_from_fingerprint
from tests.videos import audio_only, panning, slideshow, transcode, with_logo

#: Sample videos that are the same footage (a logo and a bar added, cut 3.7 s apart).
SAME_FOOTAGE = {"chair-19-sd-bar", "chair-22-with-small-logo-bar"}
SAMPLES = (
    "chair-19-sd-bar",
    "chair-22-with-small-logo-bar",
    "doorknob-hd-no-bar",
    "pattern-sd-grey-bar",
    "test-padded-dimensions",
)


@pytest.fixture(scope="module")
def video_dir(testdata: Path) -> Path:
    return testdata / "video"


@pytest.fixture(scope="module")
def sample_fingerprints(video_dir: Path) -> dict[str, VideoFingerprint]:
    """The sample videos as the user's own: one frame a second, the default."""
    return {name: fingerprint_video(str(video_dir / f"{name}.mp4")) for name in SAMPLES}


@pytest.fixture(scope="module")
def found_fingerprints(video_dir: Path) -> dict[str, VideoFingerprint]:
    """The sample videos as files found in a scan: every frame."""
    return {
        name: fingerprint_video(str(video_dir / f"{name}.mp4"), interval=EVERY_FRAME)
        for name in SAMPLES
    }


def published(video_dir: Path, name: str) -> list[VpdqFrame]:
    return [
        VpdqFrame.parse(line) for line in (video_dir / f"{name}.vpdq.txt").read_text().splitlines()
    ]


def test_file_md5s_equal_the_published_ones(video_dir: Path, sample_fingerprints: dict) -> None:  # type: ignore[type-arg]
    with (video_dir / "expected_md5.csv").open() as table:
        expected = {row["file"].removesuffix(".mp4"): row["md5"] for row in csv.DictReader(table)}
    assert expected.keys() == set(SAMPLES)
    for name, md5 in expected.items():
        assert sample_fingerprints[name].md5 == md5


@pytest.mark.parametrize("side", ["own", "found"])
def test_frame_hashes_agree_with_the_published_vpdq(
    video_dir: Path,
    sample_fingerprints: dict[str, VideoFingerprint],
    found_fingerprints: dict[str, VideoFingerprint],
    side: str,
) -> None:
    fingerprints = sample_fingerprints if side == "own" else found_fingerprints
    distances = []
    for name in SAMPLES:
        reference = {round(frame.timestamp, 2): frame for frame in published(video_dir, name)}
        if side == "found":  # the published files hash every frame, and so does a scan
            assert len(fingerprints[name].vpdq) == len(reference)
        for ours in fingerprints[name].vpdq:
            theirs = reference[round(ours.timestamp, 2)]
            assert ours.frame == theirs.frame  # same frame of the source, found by timestamp
            if theirs.quality >= 50:
                distances.append(hamming_distance(ours.pdq, theirs.pdq))
    assert len(distances) >= 50
    assert sum(d <= 10 for d in distances) / len(distances) >= 0.95
    assert max(distances) <= 16


def test_lines_have_the_published_form(
    sample_fingerprints: dict[str, VideoFingerprint],
    found_fingerprints: dict[str, VideoFingerprint],
) -> None:
    own = sample_fingerprints["doorknob-hd-no-bar"]
    first = own.vpdq[0].line()
    frame, quality, pdq, timestamp = first.split(",")
    assert (frame, timestamp) == ("0", "0.000")
    assert len(pdq) == 64 and 0 <= int(quality) <= 100
    assert VpdqFrame.parse(first) == own.vpdq[0]
    # Frame = the index in the source: one a second of the user's own video, every frame of
    # a found file.
    assert [f.frame for f in own.vpdq] == [0, 30, 60, 90]
    assert [round(f.timestamp) for f in own.vpdq] == [0, 1, 2, 3]
    found = found_fingerprints["doorknob-hd-no-bar"].vpdq
    assert [f.frame for f in found] == list(range(120))
    assert (own.width, own.height, own.codec) == (1280, 720, "h264")
    assert abs(own.duration - 4.0) < 0.5


def test_variants_of_the_same_footage_match_and_different_videos_do_not(
    sample_fingerprints: dict[str, VideoFingerprint],
    found_fingerprints: dict[str, VideoFingerprint],
) -> None:
    """Each sample found in a scan, against each as the user's own video."""
    matched = set()
    for found in SAMPLES:
        for own in SAMPLES:
            if found != own:
                result = compare_videos(
                    found_fingerprints[found].vpdq, sample_fingerprints[own].vpdq
                )
                if result.matched:
                    matched.add((found, own))
                    assert result.distance <= 16, (found, own, result)
    assert matched == {(a, b) for a in SAME_FOOTAGE for b in SAME_FOOTAGE if a != b}


def test_the_scan_matcher_finds_the_other_variant(
    sample_fingerprints: dict[str, VideoFingerprint],
    found_fingerprints: dict[str, VideoFingerprint],
) -> None:
    for found in SAMPLES:
        others = [name for name in SAMPLES if name != found]  # the very file would match by MD5
        references = ReferenceSet(
            [reference_from_fingerprint(sample_fingerprints[name], name) for name in others]
        )
        matches = references.match_video(found_fingerprints[found])
        if found in SAME_FOOTAGE:
            (match,) = matches
            assert (others[match.reference], match.method) == (
                *(SAME_FOOTAGE - {found}),
                Method.VPDQ,
            )
            assert match.distance <= 16
        else:
            assert matches == []


def test_a_user_video_hashed_at_every_frame_by_an_older_stillmine_still_matches(
    sample_fingerprints: dict[str, VideoFingerprint],
    found_fingerprints: dict[str, VideoFingerprint],
) -> None:
    """Case files made by an older StillMine hold every frame of the user's videos; files
    found by one hold a frame a second."""
    old = found_fingerprints["chair-22-with-small-logo-bar"].vpdq
    for copy in (found_fingerprints, sample_fingerprints):
        assert compare_videos(copy["chair-19-sd-bar"].vpdq, old).matched
        assert not compare_videos(copy["doorknob-hd-no-bar"].vpdq, old).matched
    assert thinned(found_fingerprints["doorknob-hd-no-bar"].vpdq, 1.0) == list(
        sample_fingerprints["doorknob-hd-no-bar"].vpdq
    )


@pytest.fixture(scope="module")
def variants(
    tmp_path_factory: pytest.TempPathFactory, video_dir: Path
) -> dict[str, VideoFingerprint]:
    """Edited copies of a sample video, as found in a scan: a logo added, made smaller, cut
    down to a clip on a whole second and at parts of a second."""
    folder = tmp_path_factory.mktemp("variants")
    source = video_dir / "chair-22-with-small-logo-bar.mp4"
    made = {
        "logo": transcode(source, folder / "logo.mp4", edit=with_logo),
        "smaller": transcode(source, folder / "smaller.mp4", size=(240, 360)),
        "clip": transcode(source, folder / "clip.mp4", start=6.0, end=12.0),
        "clip-6.2": transcode(source, folder / "clip-62.mp4", start=6.2, end=12.2),
        "clip-6.5": transcode(source, folder / "clip-65.mp4", start=6.5, end=12.5),
    }
    return {name: fingerprint_video(str(path), interval=EVERY_FRAME) for name, path in made.items()}


@pytest.mark.parametrize("variant", ["logo", "smaller", "clip", "clip-6.2", "clip-6.5"])
def test_edited_copies_match_the_original(
    sample_fingerprints: dict[str, VideoFingerprint],
    variants: dict[str, VideoFingerprint],
    variant: str,
) -> None:
    original = sample_fingerprints["chair-22-with-small-logo-bar"].vpdq
    copy = variants[variant].vpdq
    result = compare_videos(copy, original)  # the copy found, against the user's video
    assert result.matched and result.query_percent >= 90, result
    if variant.startswith("clip"):
        # A clip starts where it was cut, not on a whole second of the original: the copy's
        # frame at the original's next whole second is the one that lines up with it.
        start = float(variant.partition("-")[2] or 6)
        assert copy[0].timestamp == 0
        lined_up = min(copy, key=lambda f: abs(f.timestamp - (math.ceil(start) - start)))
        closest = min(original, key=lambda f: hamming_distance(f.pdq, lined_up.pdq))
        assert closest.timestamp == pytest.approx(math.ceil(start), abs=0.05)
    for other in SAMPLES:
        if other not in SAME_FOOTAGE:
            assert not compare_videos(copy, sample_fingerprints[other].vpdq).matched


def test_cut_at_part_of_a_second_both_sides_once_a_second_would_miss(
    sample_fingerprints: dict[str, VideoFingerprint], variants: dict[str, VideoFingerprint]
) -> None:
    """Why a found file is hashed at every frame and lined up: taken once a second from its
    own start, a clip cut at 6.5 s shares hardly a frame with the original."""
    original = sample_fingerprints["chair-22-with-small-logo-bar"].vpdq
    for clip in ("clip", "clip-6.5"):
        assert compare_videos(variants[clip].vpdq, original).matched
    assert compare_videos(thinned(variants["clip"].vpdq, 1.0), original).matched
    assert compare_videos(thinned(variants["clip-6.5"].vpdq, 1.0), original).query_percent < 50


@pytest.fixture(scope="module")
def pan(tmp_path_factory: pytest.TempPathFactory, photos: list[Path]) -> Path:
    """A pan across the photos: every frame differs from the last."""
    folder = tmp_path_factory.mktemp("pan")
    return panning(photos, folder / "pan.mp4", seconds=12, fps=30, size=(320, 240))


@pytest.mark.parametrize("start", [2.2, 3.5, 4.7])
def test_a_moving_copy_cut_at_any_part_of_a_second_is_lined_up(
    tmp_path: Path, pan: Path, start: float
) -> None:
    """A pan cut at a part of a second: taken once a second from its own start, the copy
    misses the user's frames; lined up, it finds them."""
    own = fingerprint_video(str(pan)).vpdq
    clip = transcode(pan, tmp_path / "clip.mp4", start=start, end=start + 6)
    found = fingerprint_video(str(clip), interval=EVERY_FRAME).vpdq
    assert compare_videos(thinned(found, 1.0), own).query_percent < 50
    result = compare_videos(found, own)
    assert result.matched and result.query_percent == 100, result
    offset = math.ceil(start) - start
    assert thinned(found, 1.0, offset)[0].timestamp == pytest.approx(offset, abs=0.02)


def test_which_side_gets_the_80_percent(
    sample_fingerprints: dict[str, VideoFingerprint], variants: dict[str, VideoFingerprint]
) -> None:
    original = sample_fingerprints["chair-22-with-small-logo-bar"].vpdq
    clip = variants["clip"].vpdq
    found_in_original = compare_videos(clip, original)
    assert found_in_original.query_percent >= 80 and found_in_original.compared_percent < 50
    # Asked the other way round, a long video is not "a copy of" a short clip of it.
    found_original = variants["smaller"].vpdq
    assert not compare_videos(found_original, clip).matched
    assert compare_videos(found_original, clip, query_threshold=0, compared_threshold=5).matched


def test_a_rotated_phone_video_is_turned_upright(tmp_path: Path, photos: list[Path]) -> None:
    upright = slideshow(photos, tmp_path / "upright.mp4", seconds=4, size=(320, 240))
    rotated = transcode(
        upright,
        tmp_path / "rotated.mp4",
        edit=lambda p: np.ascontiguousarray(np.rot90(p, k=-1)),
        rotation=90,
    )
    straight = fingerprint_video(str(upright))
    turned = fingerprint_video(str(rotated))
    assert turned.rotation == 90
    assert (turned.width, turned.height) == (320, 240)
    for a, b in zip(straight.vpdq, turned.vpdq, strict=True):
        assert hamming_distance(a.pdq, b.pdq) <= 16


def test_variable_frame_rate_samples_one_frame_a_second(tmp_path: Path, photos: list[Path]) -> None:
    gaps = np.random.default_rng(4).uniform(0.02, 0.4, 40)
    times = [0.0, *sorted({round(float(t), 3) for t in np.cumsum(gaps)})]
    video = slideshow(photos, tmp_path / "vfr.mp4", seconds=0, timestamps=times)
    fingerprint = fingerprint_video(str(video))
    # The first frame at or after each whole second is the one hashed.
    expected = [next(t for t in times if t >= second) for second in range(int(times[-1]) + 1)]
    assert [frame.timestamp for frame in fingerprint.vpdq] == pytest.approx(expected, abs=0.002)
    # A found file: every frame, except those closer than a quarter of 1/30 s to the one
    # before (at most 30 a second, whatever the timing).
    dense = [frame.timestamp for frame in fingerprint_video(str(video), interval=EVERY_FRAME).vpdq]
    assert dense[0] == 0 and len(dense) >= 0.8 * len(times)
    assert set(dense) <= {round(t, 3) for t in times}
    assert min(b - a for a, b in itertools.pairwise(dense)) >= 0.75 / EVERY_FRAME_MAX_RATE


@pytest.mark.parametrize("interval", [ONE_A_SECOND, EVERY_FRAME], ids=["own", "found"])
def test_progress_counts_seconds_and_cancel_stops_at_once(
    tmp_path: Path, photos: list[Path], interval: float | None
) -> None:
    video = slideshow(photos, tmp_path / "long.mp4", seconds=120, fps=25, size=(480, 360))
    updates: list[ProgressUpdate] = []
    fingerprint = fingerprint_video(str(video), interval=interval, progress=updates.append)
    assert len(fingerprint.vpdq) == (3000 if interval is None else 120)
    assert updates[-1].unit == "seconds"
    assert updates[-1].total == pytest.approx(120, abs=1)
    assert updates[-1].done == pytest.approx(120, abs=1.5)
    done = [update.done for update in updates]
    assert done == sorted(done) and len(done) >= 3  # the bar moves by seconds of video
    cancel = CancelToken()
    threading.Timer(0.1, cancel.cancel).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        fingerprint_video(str(video), interval=interval, cancel=cancel)
    assert time.monotonic() - started < 0.1 + 0.5


# --- bad videos ---------------------------------------------------------------------------


def test_a_truncated_mp4(tmp_path: Path, video_dir: Path) -> None:
    data = (video_dir / "doorknob-hd-no-bar.mp4").read_bytes()
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(data[: len(data) // 2])
    fingerprint = fingerprint_video(str(cut))  # the index is at the start: the first half plays
    assert any("ends early" in warning or "damaged" in warning for warning in fingerprint.warnings)
    cut.write_bytes(data[:5000])
    with pytest.raises(VideoDamaged, match=r"cut\.mp4"):
        fingerprint_video(str(cut))


def test_audio_only_and_renamed_files(tmp_path: Path) -> None:
    with pytest.raises(NoVideoTrack, match="no pictures"):
        fingerprint_video(str(audio_only(tmp_path / "song.mp4")))
    renamed = tmp_path / "holiday.mp4"
    renamed.write_text("this is a shopping list, not a video")
    with pytest.raises(UnsupportedVideo, match="text file"):
        fingerprint_video(str(renamed))
    # Told apart by content, the batch reads it as a picture; the message keeps to what its
    # name promised.
    (result,) = fingerprint_paths([str(renamed)], workers=1)
    assert isinstance(result, FingerprintFailed)
    assert isinstance(result.error, NotAnImage) and result.error.code == "not-an-image"
    assert result.error.message == "“holiday.mp4” is not a video: it looks like a text file."


def test_corrupt_frames_in_the_middle_are_skipped(tmp_path: Path, video_dir: Path) -> None:
    data = bytearray((video_dir / "chair-19-sd-bar.mp4").read_bytes())
    rng = np.random.default_rng(11)
    for offset in rng.integers(len(data) // 3, 2 * len(data) // 3, 400):
        data[int(offset)] ^= 0xFF
    damaged = tmp_path / "damaged.mp4"
    damaged.write_bytes(bytes(data))
    try:
        fingerprint = fingerprint_video(str(damaged))
    except VideoDamaged as error:
        assert "damaged.mp4" in error.message
    else:
        assert len(fingerprint.vpdq) >= 10


def test_an_unsupported_codec(tmp_path: Path, video_dir: Path) -> None:
    data = (video_dir / "doorknob-hd-no-bar.mp4").read_bytes()
    strange = tmp_path / "strange.mp4"
    strange.write_bytes(data.replace(b"avc1", b"zz99"))  # a codec no decoder knows
    with pytest.raises(UnsupportedVideo, match=r"“strange\.mp4” uses a video format"):
        fingerprint_video(str(strange))


@pytest.mark.slow
def test_a_4k_60fps_phone_video(tmp_path: Path, photos: list[Path]) -> None:
    big = panning(photos, tmp_path / "4k.mp4", seconds=1.5, fps=60, size=(3840, 2160))
    found = fingerprint_video(str(big), interval=EVERY_FRAME)
    assert (found.width, found.height, found.frame_rate) == (3840, 2160, 60)
    # At most 30 frames a second: every other frame, each skipped one 1/60 s from a hashed one.
    assert [frame.frame for frame in found.vpdq] == list(range(0, 90, 2))
    own = fingerprint_video(str(big))
    assert [(frame.frame, frame.timestamp) for frame in own.vpdq] == [(0, 0.0), (60, 1.0)]
    assert compare_videos(found.vpdq, own.vpdq).query_percent == 100
