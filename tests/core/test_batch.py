"""The batch pipeline: one result per file, in order, duplicates, bad files, cancel, scale."""

import os
import threading
import time
from pathlib import Path

import pytest
from PIL import Image

from app.core.errors import Cancelled
from app.core.files import EmptyFile, FileVanished
from app.core.fingerprints import Fingerprinted, FingerprintFailed, fingerprint_paths
from app.core.media import NotAnImage, TruncatedImage
from app.core.progress import CancelToken, ProgressUpdate
from tests.pictures import encode, load_rgb


@pytest.fixture(scope="module")
def photo_bytes(photos: list[Path]) -> list[bytes]:
    return [encode(load_rgb(path), "JPEG", quality=92) for path in photos]


def test_one_result_per_file_in_walk_order_and_bad_files_do_not_stop_it(
    tmp_path: Path, photo_bytes: list[bytes]
) -> None:
    files = {
        "1-good.jpg": photo_bytes[0],
        "2-empty.jpg": b"",
        "3-text.jpg": b"just some words, not a picture\n",
        "4-truncated.jpg": photo_bytes[1][: len(photo_bytes[1]) // 2],
        "5-good.jpg": photo_bytes[2],
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    results = list(fingerprint_paths([str(tmp_path)], workers=2))
    assert [Path(result.path).name for result in results] == sorted(files)
    kinds = [
        type(result.error) if isinstance(result, FingerprintFailed) else "ok" for result in results
    ]
    assert kinds == ["ok", EmptyFile, NotAnImage, TruncatedImage, "ok"]
    for result in results:
        if isinstance(result, FingerprintFailed):
            assert Path(result.path).name in result.error.message


def test_duplicates_are_recognised_by_content(tmp_path: Path, photo_bytes: list[bytes]) -> None:
    (tmp_path / "a.jpg").write_bytes(photo_bytes[0])
    (tmp_path / "b.jpg").write_bytes(photo_bytes[1])
    (tmp_path / "copy-of-a.png").write_bytes(photo_bytes[0])
    results = list(fingerprint_paths([str(tmp_path), str(tmp_path / "b.jpg")], workers=2))
    assert [result.ok for result in results] == [True, True, True, True]
    duplicates = {
        Path(r.path).name: r.duplicate_of for r in results if isinstance(r, Fingerprinted)
    }
    assert duplicates["copy-of-a.png"] == str(tmp_path / "a.jpg")
    assert duplicates["a.jpg"] is None
    # The same file given twice is a duplicate of itself the second time.
    assert results[-1].duplicate_of == str(tmp_path / "b.jpg")  # type: ignore[union-attr]


def test_progress_counts_every_file(tmp_path: Path, photo_bytes: list[bytes]) -> None:
    for index in range(6):
        (tmp_path / f"{index}.jpg").write_bytes(photo_bytes[index % len(photo_bytes)])
    updates: list[ProgressUpdate] = []
    results = list(fingerprint_paths([str(tmp_path)], progress=updates.append, workers=2))
    assert len(results) == 6
    assert updates[-1].done == updates[-1].total == 6
    assert [u.done for u in updates] == sorted(u.done for u in updates)


def test_a_file_deleted_during_the_run_is_reported(
    tmp_path: Path, photo_bytes: list[bytes]
) -> None:
    for index in range(40):
        (tmp_path / f"{index:02}.jpg").write_bytes(photo_bytes[index % len(photo_bytes)])
    results = fingerprint_paths([str(tmp_path)], workers=1)
    first = next(results)
    (tmp_path / "39.jpg").unlink()  # listed already, not read yet
    rest = list(results)
    assert first.ok
    assert len(rest) == 39
    assert isinstance(rest[-1], FingerprintFailed)
    assert isinstance(rest[-1].error, FileVanished)
    assert all(result.ok for result in rest[:-1])


def test_cancel_during_a_large_batch_returns_within_seconds(
    tmp_path: Path, photos: list[Path]
) -> None:
    original = tmp_path / "000.png"
    original.write_bytes(encode(load_rgb(photos[0]).resize((3000, 2250)), "PNG"))  # slow to decode
    for index in range(1, 200):
        os.link(original, tmp_path / f"{index:03}.png")
    cancel = CancelToken()
    results = fingerprint_paths([str(tmp_path)], cancel=cancel, workers=2)
    next(results)
    cancelled_at = time.monotonic()
    threading.Thread(target=cancel.cancel).start()
    with pytest.raises(Cancelled):
        for _ in results:
            pass
    assert time.monotonic() - cancelled_at < 3.0


@pytest.mark.slow
def test_a_folder_of_10000_files_with_junk_among_them(tmp_path: Path) -> None:
    tiny = [
        encode(Image.new("RGB", (16, 16), (index * 7 % 256, index * 13 % 256, 90)), "PNG")
        for index in range(50)
    ]
    for index in range(10_000):
        folder = tmp_path / f"part{index // 1000}"
        folder.mkdir(exist_ok=True)
        data = b"junk" if index % 10 == 0 else tiny[index % 50]
        (folder / f"{index:05}.png").write_bytes(data)
    names = []
    failures = 0
    for result in fingerprint_paths([str(tmp_path)], workers=2):
        names.append(Path(result.path).name)
        failures += not result.ok
    assert len(names) == 10_000
    assert names == sorted(names)
    assert failures == 1000


def test_pictures_and_videos_in_one_batch_with_progress_by_fractions(
    tmp_path: Path, photo_bytes: list[bytes], testdata: Path
) -> None:
    from tests.videos import slideshow

    (tmp_path / "a.jpg").write_bytes(photo_bytes[0])
    slideshow(
        sorted((testdata / "photos").glob("*.png")),
        tmp_path / "b.mp4",
        seconds=40,
        fps=25,
        size=(640, 480),
    )
    updates: list[ProgressUpdate] = []
    results = list(fingerprint_paths([str(tmp_path)], progress=updates.append, workers=1))
    kinds = [
        result.fingerprint.kind.value for result in results if isinstance(result, Fingerprinted)
    ]
    assert kinds == ["image", "video"]
    fractional = [u.done for u in updates if 1 < u.done < 2]
    assert fractional, "the video's progress should move the bar between whole files"
    assert updates[-1].done == 2


def test_bad_videos_among_good_ones_are_each_reported_and_the_batch_goes_on(
    tmp_path: Path, photo_bytes: list[bytes], testdata: Path
) -> None:
    from tests.videos import BAD_VIDEO_CODES, bad_videos

    made = bad_videos(testdata / "video" / "doorknob-hd-no-bar.mp4", tmp_path)
    (tmp_path / "6-photo.jpg").write_bytes(photo_bytes[0])
    results = list(fingerprint_paths([str(tmp_path)], workers=2))
    assert [Path(result.path).name for result in results] == [*made, "6-photo.jpg"]
    failed = {Path(r.path).name: r.error for r in results if isinstance(r, FingerprintFailed)}
    assert {name: error.code for name, error in failed.items()} == BAD_VIDEO_CODES
    for name, error in failed.items():
        assert name in error.message  # each says which file, in its own words
    assert len({error.message.replace(name, "") for name, error in failed.items()}) == 4
    good = [r.fingerprint.kind.value for r in results if isinstance(r, Fingerprinted)]
    assert good == ["video", "image"]
