"""``stillmine scan`` and ``stillmine helper``: end to end in a subprocess, and in this process.

The in-process runs call the real command line (``app.cli.main``); the scan still runs in
worker processes, as it does for the user.
"""

import hashlib
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.core.scan.helper import read_match_report
from tests.cli.test_fingerprint_cli import records, stillmine
from tests.core.scan.builders import (
    CASE_PASSPHRASE,
    SHARED_PASSPHRASE,
    ZIP_DEFLATED,
    ZipEntry,
    case_contents,
    edited,
    make_case,
    raw_zip,
)

WEAK_KDF = {"STILLMINE_TEST_ONLY_WEAK_KDF": "1", "STILLMINE_HOME": "/nonexistent-home"}
MATCH_FIELDS = {"path", "kind", "method", "distance", "confidence", "sha256", "md5"}


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write(path: Path, content: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content)
    else:
        path.write_bytes(content)
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    """The command line, in this process: (exit code, standard output, standard error)."""
    code = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def _cheap_keys_and_no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in WEAK_KDF.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # nobody to type a passphrase


@pytest.fixture
def secrets(tmp_path: Path) -> dict[str, Path]:
    return {
        "case": write(tmp_path / "secrets" / "case", CASE_PASSPHRASE + "\n"),
        "share": write(tmp_path / "secrets" / "share", SHARED_PASSPHRASE + "\n"),
        "wrong": write(tmp_path / "secrets" / "wrong", "not what we agreed on\n"),
        "zip": write(tmp_path / "secrets" / "zip", "export-2026\n"),
    }


# --- end to end, in a subprocess -------------------------------------------------------------


def test_fingerprint_then_scan_a_folder_and_a_zip(tmp_path: Path, photos: list[Path]) -> None:
    made = stillmine("fingerprint", "--json", *photos[:3])
    assert made.returncode == 0, made.stderr
    mine = write(tmp_path / "mine.jsonl", made.stdout)

    found = tmp_path / "found"
    copy = write(found / "a-copy.png", photos[0].read_bytes())
    mirrored = write(found / "b-mirrored.jpg", edited(photos[1], "mirror"))
    write(found / "c-notes.txt", "meet at 8")
    write(found / "d-broken.png", photos[2].read_bytes()[:2000])
    write(found / "e-stranger.jpg", edited(photos[3], "jpeg-30"))
    letterbox = edited(photos[0], "phone-letterbox")
    inner = raw_zip([ZipEntry("again.png", photos[1].read_bytes())])
    export = write(
        tmp_path / "export.zip",
        raw_zip(
            [
                ZipEntry("../../x.jpg", edited(photos[2], "resize-50"), ZIP_DEFLATED),
                ZipEntry("chat/screen.png", letterbox),
                ZipEntry("chat/inner.zip", inner),
                ZipEntry("chat/messages.json", b"[]"),
            ]
        ),
    )
    run = stillmine("scan", "--against", mine, found, export, "--json", "--workers", "2", "--quiet")
    assert run.returncode == 1, run.stderr  # the broken picture could not be read
    assert "Traceback" not in run.stderr
    lines = records(run.stdout)
    assert [(line["path"], line["method"]) for line in lines] == [
        (str(copy), "sha256"),
        (str(mirrored), "pdq"),
        (f"{export}!../../x.jpg", "pdq"),
        (f"{export}!chat/screen.png", "photo-region"),
        (f"{export}!chat/inner.zip!again.png", "sha256"),
    ]
    for line in lines:
        assert set(line) >= MATCH_FIELDS | {"matched_path"} and "matched_item" not in line
        assert line["kind"] == "image" and 0 <= line["distance"] <= 31
    exact, mirror, resized, screen, again = lines
    assert exact["matched_path"] == str(photos[0]) and again["matched_path"] == str(photos[1])
    assert (exact["distance"], exact["confidence"], exact["sha256"]) == (
        0,
        "certain",
        sha256(photos[0].read_bytes()),
    )
    assert (mirror["matched_path"], mirror["variant"]) == (str(photos[1]), "flipy")
    assert mirror["sha256"] == sha256(mirrored.read_bytes())
    assert mirror["md5"] == hashlib.md5(mirrored.read_bytes()).hexdigest()
    assert resized["matched_path"] == str(photos[2]) and "variant" not in resized
    assert screen["matched_path"] == str(photos[0]) and screen["sha256"] == sha256(letterbox)
    # Where the photo is, in the screenshot's pixels (found on a copy a quarter as tall).
    assert screen["region"] == pytest.approx([0, 630, 1080, 1710], abs=8)
    assert screen["confidence"] in ("high", "medium")
    assert f"SKIPPED {found / 'd-broken.png'}" in run.stderr
    assert "c-notes.txt" not in run.stderr and "messages.json" not in run.stderr  # quiet
    assert "5 show your pictures. 1 could not be read" in run.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["export.zip", "found", "mine.jsonl"]


# --- the case file as --against --------------------------------------------------------------


def test_scan_against_the_case_and_record_sightings(
    tmp_path: Path, photos: list[Path], secrets: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    case = tmp_path / "case"
    items = make_case(case, photos[:2], ["Beach", "Mirror"])
    found = tmp_path / "found"
    rotated = write(found / "rotated.jpg", edited(photos[1], "rotate-90"))
    write(found / "other.jpg", edited(photos[2], "jpeg-30"))
    code, out, err = run(
        capsys, "scan", "--against", case, "--passphrase-file", secrets["case"], found,
        "--json", "--record", "--where", "Telegram export, March", "--workers", "1", "--quiet",
    )  # fmt: skip
    assert code == 0, err
    (line,) = records(out)
    assert line["matched_item"] == {"id": str(items[1].id), "label": "Mirror"}
    assert "matched_path" not in line and line["path"] == str(rotated)
    assert (line["method"], line["variant"]) == ("pdq", "rotate270")
    assert "2 pictures and videos compared; 1 shows your pictures." in err
    assert "Recorded 1 sighting(s) in the case." in err
    (sighting,) = case_contents(case)[1]
    assert sighting.found_file_sha256 == sha256(rotated.read_bytes())
    assert sighting.item_ids == (items[1].id,) and sighting.methods == ("pdq",)
    assert sighting.how_found.startswith("Found by StillMine's scan in Telegram export, March")

    code, out, err = run(
        capsys, "scan", "--against", case, "--passphrase-file", secrets["case"], found,
        "--workers", "1", "--quiet",
    )  # fmt: skip
    assert code == 0
    assert out.splitlines()[0] == f"MATCH   {rotated}"
    assert "shows Mirror (pdq, distance" in out.splitlines()[1]
    assert len(case_contents(case)[1]) == 1  # no --record: nothing more recorded


# --- helper mode -----------------------------------------------------------------------------


def test_the_helper_flow_through_the_command_line(
    tmp_path: Path, photos: list[Path], secrets: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    case = tmp_path / "case"
    items = make_case(case, photos[:3], ["Beach", "Mirror", "Lisbon"])
    package = tmp_path / "for-helper.smpackage"
    code, out, err = run(
        capsys, "helper", "package", "--out", package, "--vault", case,
        "--passphrase-file", secrets["case"], "--share-passphrase-file", secrets["share"],
    )  # fmt: skip
    assert code == 0, err
    assert "Wrote the fingerprints of 3 picture(s) and video(s)" in out
    assert b"Beach" not in package.read_bytes()

    # The helper: only the package, and what they found.
    found = tmp_path / "helper" / "found"
    exact = write(found / "1.png", photos[2].read_bytes())
    mirrored = write(found / "2.jpg", edited(photos[0], "mirror"))
    export = write(
        found / "3-export.zip", raw_zip([ZipEntry("crop.jpg", edited(photos[1], "crop-5"))])
    )
    report = tmp_path / "helper" / "back.smreport"
    code, out, err = run(
        capsys, "scan", "--against", package, "--share-passphrase-file", secrets["share"],
        found, "--json", "--report", report, "--where", "https://example.org/x",
        "--workers", "1", "--quiet",
    )  # fmt: skip
    assert code == 0, err
    lines = records(out)
    assert [(line["path"], line["matched_item"]["label"], line["method"]) for line in lines] == [
        (str(exact), "Picture 3", "sha256"),
        (str(mirrored), "Picture 1", "pdq"),
        (f"{export}!crop.jpg", "Picture 2", "crop"),
    ]
    assert lines[0]["matched_item"]["id"] == items[2].sha256  # a package's references
    assert "Wrote a match report with 3 match(es)" in err
    sent = read_match_report(report, SHARED_PASSPHRASE)
    assert {match.where for match in sent.matches} == {"https://example.org/x"}

    # The user.
    code, out, err = run(
        capsys, "helper", "import", report, "--vault", case,
        "--passphrase-file", secrets["case"], "--share-passphrase-file", secrets["share"],
    )  # fmt: skip
    assert code == 0, err
    assert out.strip() == "Recorded 3 new sighting(s) from the helper's report."
    _, sightings = case_contents(case)
    assert {(s.found_file_sha256, s.item_ids, s.url) for s in sightings} == {
        (sha256(exact.read_bytes()), (items[2].id,), "https://example.org/x"),
        (sha256(mirrored.read_bytes()), (items[0].id,), "https://example.org/x"),
        (sha256(edited(photos[1], "crop-5")), (items[1].id,), "https://example.org/x"),
    }
    code, out, err = run(
        capsys, "helper", "import", report, "--vault", case,
        "--passphrase-file", secrets["case"], "--share-passphrase-file", secrets["share"],
    )  # fmt: skip
    assert code == 0, err
    assert out.strip() == (
        "Recorded 0 new sighting(s) from the helper's report; 3 were already recorded."
    )
    assert len(case_contents(case)[1]) == 3


def test_helper_mistakes_are_explained(
    tmp_path: Path, photos: list[Path], secrets: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    case, other = tmp_path / "case", tmp_path / "other"
    make_case(case, photos[:1])
    make_case(other, photos[1:2])
    weak = write(tmp_path / "secrets" / "weak", "short\n")
    code, _, err = run(
        capsys, "helper", "package", "--out", tmp_path / "p.smpackage", "--vault", case,
        "--passphrase-file", secrets["case"], "--share-passphrase-file", weak,
    )  # fmt: skip
    assert code == 1 and "Choose a passphrase of at least 10 characters" in err
    assert not (tmp_path / "p.smpackage").exists()

    package = tmp_path / "other.smpackage"
    assert run(
        capsys, "helper", "package", "--out", package, "--vault", other,
        "--passphrase-file", secrets["case"], "--share-passphrase-file", secrets["share"],
    )[0] == 0  # fmt: skip
    found = write(tmp_path / "found" / "x.png", photos[1].read_bytes())

    code, _, err = run(
        capsys, "scan", "--against", package, "--share-passphrase-file", secrets["wrong"], found
    )
    assert code == 1 and "The passphrase does not open “other.smpackage”" in err

    code, _, err = run(capsys, "scan", "--against", package, found)
    assert code == 1
    assert err.strip() == (
        "StillMine needs the passphrase shared with the helper. Give it with "
        "--share-passphrase-file FILE (it is never accepted on the command line)."
    )

    report = tmp_path / "r.smreport"
    code, _, err = run(
        capsys, "scan", "--against", package, "--share-passphrase-file", secrets["share"], found,
        "--report", report, "--workers", "1", "--quiet",
    )  # fmt: skip
    assert code == 1 and "Say where you found these files with --where" in err
    assert not report.exists()
    code, _, err = run(
        capsys, "scan", "--against", package, "--share-passphrase-file", secrets["share"], found,
        "--report", report, "--where", "a forum", "--workers", "1", "--quiet",
    )  # fmt: skip
    assert code == 0, err
    code, _, err = run(
        capsys, "helper", "import", report, "--vault", case,
        "--passphrase-file", secrets["case"], "--share-passphrase-file", secrets["share"],
    )  # fmt: skip
    assert code == 1
    assert "This match report answers a helper package that was not made from this case" in err
    assert case_contents(case)[1] == []


# --- bad input -------------------------------------------------------------------------------


def test_bad_fingerprint_files_and_wrong_combinations(
    tmp_path: Path, photos: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    found = write(tmp_path / "found" / "x.png", photos[0].read_bytes())
    good = json.dumps({"path": "a.png", "sha256": "0" * 64, "md5": "0" * 32})
    damaged = write(tmp_path / "damaged.jsonl", good + "\n{not json\n")
    empty = write(tmp_path / "empty.jsonl", "")
    ok = write(tmp_path / "ok.jsonl", good)
    expected: list[tuple[list[Any], str]] = [
        (["--against", damaged], "Line 2 of “damaged.jsonl” is not valid JSON"),
        (["--against", empty], "“empty.jsonl” holds no fingerprints to look for."),
        (["--against", tmp_path / "missing.jsonl"], "“missing.jsonl” could not be found"),
        (["--against", tmp_path / "found"], "is a folder, but not a case folder."),
        (
            ["--against", ok, "--report", tmp_path / "r", "--where", "x"],
            "--report needs a helper package as",
        ),
        (["--against", ok, "--report", tmp_path / "r"], "Say where you found these files"),
        (["--against", ok, "--record"], "--record needs a case folder as --against."),
    ]
    for arguments, message in expected:
        code, out, err = run(capsys, "scan", *arguments, found)
        assert (code, out) == (1, ""), arguments
        assert message in err, (arguments, err)
        assert "Traceback" not in err and "internal problem" not in err
    assert not (tmp_path / "r").exists()


def test_encrypted_zips_need_the_password_file(
    tmp_path: Path, photos: list[Path], secrets: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    mine = write(
        tmp_path / "mine.jsonl",
        json.dumps(
            {"path": "mine.jpg", "sha256": sha256(edited(photos[0], "resize-25")), "md5": "0" * 32}
        )
        + "\n",
    )
    export = write(
        tmp_path / "locked.zip",
        raw_zip([ZipEntry("a.jpg", edited(photos[0], "resize-25"), ZIP_DEFLATED, b"export-2026")]),
    )
    code, out, err = run(capsys, "scan", "--against", mine, export, "--workers", "1", "--quiet")
    assert (code, out) == (1, "")
    assert f"SKIPPED {export}!a.jpg" in err and "password" in err
    code, out, err = run(
        capsys, "scan", "--against", mine, export, "--zip-password-file", secrets["zip"],
        "--json", "--workers", "1", "--quiet",
    )  # fmt: skip
    assert code == 0, err
    assert err.strip() == "1 picture or video compared; 1 shows your pictures."
    ((line),) = records(out)
    assert (line["path"], line["matched_path"], line["method"]) == (
        f"{export}!a.jpg",
        "mine.jpg",
        "sha256",
    )


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["scan", "x.png"], "the following arguments are required: --against"),
        (["scan", "--against", "a.jsonl"], "the following arguments are required: PATH"),
        (["scan", "--against", "a.jsonl", "--workers", "0", "x"], "must be 1 or more"),
        (["scan", "--against", "a.jsonl", "--share-passphrase", "secret", "x"], "unrecognized"),
        (["helper", "package"], "the following arguments are required: --out"),
    ],
)
def test_usage_mistakes_exit_2(
    arguments: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(arguments)
    assert exited.value.code == 2
    assert message in capsys.readouterr().err
