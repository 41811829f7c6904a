"""``stillmine fingerprint``, run for real in a subprocess."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.cli.terminal import TerminalProgress
from app.core.progress import ProgressUpdate
from tests.conftest import ROOT

RECORD_FIELDS = {
    "path", "ok", "kind", "sha256", "md5", "pdq", "pdq_quality", "pdq_usable", "pdq_dihedral",
    "phash", "width", "height", "format", "frames", "orientation", "privacy", "warnings",
}  # fmt: skip


def stillmine(
    *args: str | os.PathLike[str], env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *map(os.fsdecode, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
        check=False,
    )


def records(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines()]


def test_json_records_for_good_and_bad_files(tmp_path: Path, testdata: Path) -> None:
    rotated = testdata / "pdq" / "exif-rotn" / "exif-rotn-6.jpg"
    upright = testdata / "photos" / "coffee.png"
    (tmp_path / "note.txt").write_text("not a picture")
    run = stillmine("fingerprint", "--json", rotated, upright, tmp_path / "note.txt", upright)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    first, second, third, fourth = records(run.stdout)
    assert set(first) >= RECORD_FIELDS
    assert first["ok"] is True and first["kind"] == "image"
    assert first["orientation"] == 6 and len(first["pdq_raw"]) == 64
    assert len(first["pdq_dihedral"]) == 8 and first["pdq_dihedral"][0] == first["pdq"]
    assert (first["width"], first["height"]) == (3024, 4032)
    assert {finding["kind"] for finding in first["privacy"]} >= {"location", "camera"}
    assert "pdq_raw" not in second and "duplicate_of" not in second
    assert third == {
        "path": str(tmp_path / "note.txt"),
        "ok": False,
        "error": "“note.txt” is not a picture: it looks like a text file.",
        "error_code": "not-an-image",
    }
    assert fourth["duplicate_of"] == str(upright)
    assert fourth["sha256"] == second["sha256"]


def test_exit_code_0_when_every_file_works(testdata: Path) -> None:
    run = stillmine("fingerprint", "--json", testdata / "photos" / "camera.png")
    assert run.returncode == 0
    assert len(records(run.stdout)) == 1


@pytest.mark.parametrize(
    "args",
    [
        ["fingerprint"],
        ["fingerprint", "--no-such-option", "x"],
        ["no-such-command"],
        ["fingerprint", "--workers", "0", "x"],
    ],
)
def test_usage_errors_exit_2_without_a_traceback(args: list[str]) -> None:
    run = stillmine(*args)
    assert run.returncode == 2
    assert "usage:" in run.stderr
    assert "Traceback" not in run.stderr


def test_human_readable_output(testdata: Path) -> None:
    run = stillmine(
        "fingerprint", testdata / "pdq" / "exif-rotn" / "exif-rotn-1.jpg", "/nonexistent.jpg"
    )
    assert run.returncode == 1
    assert "OK      " in run.stdout and "FAILED  /nonexistent.jpg" in run.stdout
    assert "GPS position" in run.stdout
    assert "1 file fingerprinted; 1 could not be read" in run.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX byte file names")
def test_file_names_that_are_not_utf8_survive_the_json(tmp_path: Path, testdata: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/\xff\xfe-photo.png"
    with open(raw, "wb") as handle:
        handle.write((testdata / "photos" / "chelsea.png").read_bytes())
    run = stillmine("fingerprint", "--json", tmp_path)
    assert run.returncode == 0
    (record,) = records(run.stdout)
    assert os.fsencode(record["path"]) == raw


def test_full_size_mode_reproduces_the_java_reference(testdata: Path) -> None:
    run = stillmine(
        "fingerprint", "--json", "--full-size", testdata / "pdq" / "dih" / "bridge-1-original.jpg"
    )
    assert (
        records(run.stdout)[0]["pdq"]
        == "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22"
    )


def test_progress_appears_only_on_long_runs() -> None:
    stream = io.StringIO()
    progress = TerminalProgress(stream, noun="files")
    progress(ProgressUpdate(1, 100, elapsed=0.2))
    assert stream.getvalue() == ""  # quick runs stay quiet
    progress(ProgressUpdate(50, 100, elapsed=60.0))
    progress(ProgressUpdate(51, 100, elapsed=60.1))  # throttled
    progress(ProgressUpdate(100, 100, elapsed=120.0))  # the end is always shown
    assert stream.getvalue().splitlines() == [
        "50 of 100 files done, about 1 minute left",
        "100 of 100 files done",
    ]


def test_videos_are_fingerprinted_too(testdata: Path) -> None:
    video = testdata / "video" / "doorknob-hd-no-bar.mp4"
    run = stillmine("fingerprint", "--json", video)
    assert run.returncode == 0, run.stderr
    (record,) = records(run.stdout)
    assert record["kind"] == "video"
    assert record["md5"] == "9108849f0d0bb6d3c40844f4eb72767b"
    assert {"sha256", "vpdq", "duration", "width", "height", "codec"} <= set(record)
    assert record["vpdq"][0].startswith("0,") and record["vpdq"][0].endswith(",0.000")
    assert (record["width"], record["height"], record["codec"]) == (1280, 720, "h264")
    assert "pdq" not in record


def test_bad_videos_among_good_files_are_each_reported(tmp_path: Path, testdata: Path) -> None:
    from tests.videos import BAD_VIDEO_CODES, bad_videos

    made = bad_videos(testdata / "video" / "doorknob-hd-no-bar.mp4", tmp_path)
    photo = testdata / "photos" / "coffee.png"
    run = stillmine("fingerprint", "--json", *made.values(), photo)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    results = records(run.stdout)
    assert [Path(r["path"]).name for r in results] == [*made, photo.name]
    assert [r["ok"] for r in results] == [True, False, False, False, False, True]
    assert {Path(r["path"]).name: r["error_code"] for r in results if not r["ok"]} == (
        BAD_VIDEO_CODES
    )
    for record in results[1:-1]:
        assert Path(record["path"]).name in record["error"]
    assert results[0]["kind"] == "video" and results[-1]["kind"] == "image"
    shopping = results[4]["error"]
    assert shopping == "“5-shopping-list.mp4” is not a video: it looks like a text file."
