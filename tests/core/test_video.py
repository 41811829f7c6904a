"""Video fingerprints: conformance with the published vPDQ files, matching, and bad videos."""

import csv
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from app.core.errors import Cancelled
from app.core.fingerprints import VideoFingerprint, VpdqFrame, hamming_distance
from app.core.fingerprints.video import (
    NoVideoTrack,
    UnsupportedVideo,
    VideoDamaged,
    fingerprint_video,
)
from app.core.fingerprints.vpdq import compare_videos
from app.core.progress import CancelToken, ProgressUpdate
from tests.videos import audio_only, slideshow, transcode, with_logo

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
    return {name: fingerprint_video(str(video_dir / f"{name}.mp4")) for name in SAMPLES}


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


def test_frame_hashes_agree_with_the_published_vpdq(
    video_dir: Path, sample_fingerprints: dict[str, VideoFingerprint]
) -> None:
    distances = []
    for name in SAMPLES:
        reference = {round(frame.timestamp, 2): frame for frame in published(video_dir, name)}
        for ours in sample_fingerprints[name].vpdq:
            theirs = reference[round(ours.timestamp, 2)]
            assert ours.frame == theirs.frame  # same frame of the source, found by timestamp
            if theirs.quality >= 50:
                distances.append(hamming_distance(ours.pdq, theirs.pdq))
    assert len(distances) >= 50
    assert sum(d <= 10 for d in distances) / len(distances) >= 0.95
    assert max(distances) <= 16


def test_lines_have_the_published_form(sample_fingerprints: dict) -> None:  # type: ignore[type-arg]
    fingerprint = sample_fingerprints["doorknob-hd-no-bar"]
    first = fingerprint.vpdq[0].line()
    frame, quality, pdq, timestamp = first.split(",")
    assert (frame, timestamp) == ("0", "0.000")
    assert len(pdq) == 64 and 0 <= int(quality) <= 100
    assert VpdqFrame.parse(first) == fingerprint.vpdq[0]
    assert [round(f.timestamp) for f in fingerprint.vpdq] == list(range(len(fingerprint.vpdq)))
    assert (fingerprint.width, fingerprint.height, fingerprint.codec) == (1280, 720, "h264")
    assert abs(fingerprint.duration - 4.0) < 0.5


def test_different_sample_videos_do_not_match(sample_fingerprints: dict) -> None:  # type: ignore[type-arg]
    for first in SAMPLES:
        for second in SAMPLES:
            if first != second:
                result = compare_videos(
                    sample_fingerprints[first].vpdq, sample_fingerprints[second].vpdq
                )
                assert not result.matched, (first, second, result)


@pytest.fixture(scope="module")
def variants(
    tmp_path_factory: pytest.TempPathFactory, video_dir: Path
) -> dict[str, VideoFingerprint]:
    """Edited copies of a sample video: a logo added, made smaller, cut down to a clip."""
    folder = tmp_path_factory.mktemp("variants")
    source = video_dir / "chair-22-with-small-logo-bar.mp4"
    made = {
        "logo": transcode(source, folder / "logo.mp4", edit=with_logo),
        "smaller": transcode(source, folder / "smaller.mp4", size=(240, 360)),
        "clip": transcode(source, folder / "clip.mp4", start=6.0, end=12.0),
    }
    return {name: fingerprint_video(str(path)) for name, path in made.items()}


@pytest.mark.parametrize("variant", ["logo", "smaller", "clip"])
def test_edited_copies_match_the_original_in_both_directions(
    sample_fingerprints: dict[str, VideoFingerprint],
    variants: dict[str, VideoFingerprint],
    variant: str,
) -> None:
    original = sample_fingerprints["chair-22-with-small-logo-bar"].vpdq
    copy = variants[variant].vpdq
    assert compare_videos(copy, original).matched  # the copy found, against the user's video
    if variant != "clip":
        assert compare_videos(original, copy).matched
    for other in SAMPLES:
        if other != "chair-22-with-small-logo-bar":
            assert not compare_videos(copy, sample_fingerprints[other].vpdq).matched


def test_which_side_gets_the_80_percent(
    sample_fingerprints: dict[str, VideoFingerprint], variants: dict[str, VideoFingerprint]
) -> None:
    original = sample_fingerprints["chair-22-with-small-logo-bar"].vpdq
    clip = variants["clip"].vpdq
    found_in_original = compare_videos(clip, original)
    assert found_in_original.query_percent >= 80 and found_in_original.compared_percent < 50
    # Asked the other way round, a long video is not "a copy of" a short clip of it.
    assert not compare_videos(original, clip).matched
    assert compare_videos(original, clip, query_threshold=0, compared_threshold=80).matched


def test_a_rotated_phone_video_is_turned_upright(tmp_path: Path, photos: list[Path]) -> None:
    upright = slideshow(photos, tmp_path / "upright.mp4", seconds=4, size=(320, 240))
    rotated = transcode(
        upright,
        tmp_path / "rotated.mp4",
        edit=lambda p: np.ascontiguousarray(np.rot90(p, k=-1)),
        rotation=90,
    )
    straight, turned = fingerprint_video(str(upright)), fingerprint_video(str(rotated))
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


def test_progress_counts_seconds_and_cancel_stops_at_once(
    tmp_path: Path, photos: list[Path]
) -> None:
    video = slideshow(photos, tmp_path / "long.mp4", seconds=120, fps=25, size=(480, 360))
    updates: list[ProgressUpdate] = []
    fingerprint_video(str(video), progress=updates.append)
    assert updates[-1].unit == "seconds"
    assert updates[-1].total == pytest.approx(120, abs=1)
    assert updates[-1].done == pytest.approx(120, abs=1.5)
    cancel = CancelToken()
    threading.Timer(0.1, cancel.cancel).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        fingerprint_video(str(video), cancel=cancel)
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
    with pytest.raises((UnsupportedVideo, VideoDamaged), match=r"strange\.mp4"):
        fingerprint_video(str(strange))


@pytest.mark.slow
def test_a_4k_60fps_phone_video(tmp_path: Path, video_dir: Path) -> None:
    big = transcode(
        video_dir / "doorknob-hd-no-bar.mp4", tmp_path / "4k.mp4", size=(3840, 2160), end=2.0
    )
    fingerprint = fingerprint_video(str(big))
    assert (fingerprint.width, fingerprint.height) == (3840, 2160)
    assert len(fingerprint.vpdq) == 2
