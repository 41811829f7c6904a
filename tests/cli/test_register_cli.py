"""``stillmine register hma`` and ``stillmine export`` against a real local hash bank."""

import functools
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.core.vault.test_durability import (
    posix_only,
    read_only_view,  # noqa: F401 - a fixture
)
from tests.hma_server import running_bank

PASSPHRASE = "correct horse battery staple"


def stillmine(*args: str | Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
        input=stdin,
        env={**os.environ, "STILLMINE_TEST_ONLY_WEAK_KDF": "1"},
        check=False,
    )


@pytest.fixture
def case_with_pictures(tmp_path: Path, photos: list[Path]) -> tuple[Path, Path]:
    """A case made by the CLI, holding the photos' fingerprints (added with the Python API)."""
    from app.core.fingerprints import Fingerprinted, fingerprint_paths
    from app.core.vault import AgeInContent, CaseFile, CaseRepository, item_from_fingerprint

    (tmp_path / "pass").write_text(PASSPHRASE + "\n")
    case_folder = tmp_path / "case"
    assert (
        stillmine(
            "vault", "init", "--vault", case_folder, "--passphrase-file", tmp_path / "pass"
        ).returncode
        == 0
    )
    results = [
        r for r in fingerprint_paths([str(p) for p in photos[:2]]) if isinstance(r, Fingerprinted)
    ]
    items = [
        item_from_fingerprint(
            r.fingerprint, f"Photo {n}", age_in_content=AgeInContent.ADULT, user_appears=True
        )
        for n, r in enumerate(results, start=1)
    ]
    with CaseFile.open(case_folder, passphrase=PASSPHRASE) as case:
        for item in items:
            case.change(functools.partial(CaseRepository.add_item, item=item))
    return case_folder, tmp_path / "pass"


def test_register_shows_the_requests_then_sends_them(case_with_pictures: tuple[Path, Path]) -> None:
    case_folder, passphrase = case_with_pictures
    with running_bank() as (url, fake):
        refused = stillmine(
            "register", "hma", "--url", url, "--bank", "MY_CASE", "--create-bank",
            "--vault", case_folder, "--passphrase-file", passphrase, stdin="",
        )  # fmt: skip
        assert refused.returncode == 1
        assert f"POST {url}/c/bank/MY_CASE/signal" in refused.stdout
        assert fake.adds == 0
        sent = stillmine(
            "register", "hma", "--url", url, "--bank", "MY_CASE", "--create-bank", "--note", "mine",
            "--vault", case_folder, "--passphrase-file", passphrase, "--yes",
        )  # fmt: skip
        assert sent.returncode == 0, sent.stderr
        assert "Sent 2; confirmed by the bank 2" in sent.stdout
        assert fake.adds == 2
        again = stillmine(
            "register", "hma", "--url", url, "--bank", "MY_CASE",
            "--vault", case_folder, "--passphrase-file", passphrase, "--yes",
        )  # fmt: skip
        assert "Sent 0" in again.stdout
        assert fake.adds == 2
        withdrawn = stillmine(
            "register", "hma", "--url", url, "--bank", "MY_CASE", "--withdraw",
            "--vault", case_folder, "--passphrase-file", passphrase, "--yes",
        )  # fmt: skip
        assert withdrawn.returncode == 0, withdrawn.stderr
        assert fake.contents == {}


def test_register_with_an_unreachable_bank_says_so(case_with_pictures: tuple[Path, Path]) -> None:
    case_folder, passphrase = case_with_pictures
    run = stillmine(
        "register", "hma", "--url", "http://127.0.0.1:9", "--bank", "MY_CASE",
        "--vault", case_folder, "--passphrase-file", passphrase, "--yes",
    )  # fmt: skip
    assert run.returncode == 1
    assert "refused the connection" in run.stderr
    assert "Traceback" not in run.stderr


@pytest.mark.parametrize("export_format", ["te", "csv", "json"])
def test_export_formats(
    case_with_pictures: tuple[Path, Path], export_format: str, tmp_path: Path
) -> None:
    case_folder, passphrase = case_with_pictures
    out = tmp_path / f"hashes.{export_format}"
    run = stillmine(
        "export",
        "--format",
        export_format,
        "--out",
        out,
        "--vault",
        case_folder,
        "--passphrase-file",
        passphrase,
    )
    assert run.returncode == 0, run.stderr
    text = out.read_text()
    assert text.count("pdq" if export_format != "csv" else "Photo") >= 2
    printed = stillmine(
        "export", "--format", export_format, "--vault", case_folder, "--passphrase-file", passphrase
    )
    assert printed.stdout == text or export_format == "json"


def test_export_to_a_missing_folder(case_with_pictures: tuple[Path, Path], tmp_path: Path) -> None:
    case_folder, passphrase = case_with_pictures
    run = stillmine(
        "export", "--format", "te", "--out", tmp_path / "missing" / "x.txt",
        "--vault", case_folder, "--passphrase-file", passphrase,
    )  # fmt: skip
    assert run.returncode == 1
    assert f"could not be written to {tmp_path / 'missing'}" in run.stderr
    assert "Traceback" not in run.stderr


def can_write_in(folder: Path) -> bool:
    probe = folder / ".probe"
    try:
        probe.write_text("x")
    except OSError:
        return False
    probe.unlink()
    return True


@pytest.fixture
def read_only_folder(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Path]:
    """A folder that cannot be written to: by its permissions, or (for root, whom permissions
    do not stop) by a read-only mount where the system allows one; skipped otherwise."""
    folder = tmp_path / "read-only-by-permissions"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if can_write_in(folder):
            _writable, view = request.getfixturevalue("read_only_view")
            assert not can_write_in(view)
            yield view
        else:
            yield folder
    finally:
        folder.chmod(0o700)


@posix_only
def test_export_to_a_read_only_folder(
    case_with_pictures: tuple[Path, Path], read_only_folder: Path
) -> None:
    case_folder, passphrase = case_with_pictures
    run = stillmine(
        "export", "--format", "te", "--out", read_only_folder / "hashes.txt",
        "--vault", case_folder, "--passphrase-file", passphrase,
    )  # fmt: skip
    assert run.returncode == 1
    assert f"The export could not be written to {read_only_folder}" in run.stderr
    assert "Choose a folder you can write to." in run.stderr
    assert "Traceback" not in run.stderr
    assert list(read_only_folder.iterdir()) == [], "no half-written or temporary file is left"


def test_register_with_a_token_file(case_with_pictures: tuple[Path, Path], tmp_path: Path) -> None:
    case_folder, passphrase = case_with_pictures
    token = "bank-token-7f3a"
    (tmp_path / "token").write_text(token + "\n")
    (tmp_path / "wrong-token").write_text("not the token\n")
    with running_bank() as (url, fake):
        fake.behaviour.token = token
        common = ("--url", url, "--bank", "MY_CASE", "--create-bank", "--vault", case_folder,
                  "--passphrase-file", passphrase, "--yes")  # fmt: skip
        refused = stillmine("register", "hma", *common, "--token-file", tmp_path / "wrong-token")
        assert refused.returncode == 1
        assert "the access token is missing or wrong" in refused.stderr
        assert "Traceback" not in refused.stderr
        missing = stillmine("register", "hma", *common, "--token-file", tmp_path / "no-such")
        assert missing.returncode == 1
        assert f"The token file {tmp_path / 'no-such'} could not be read." in missing.stderr
        sent = stillmine("register", "hma", *common, "--token-file", tmp_path / "token")
        assert sent.returncode == 0, sent.stderr
        assert "Sent 2; confirmed by the bank 2" in sent.stdout
        assert fake.adds == 2
        assert b"Authorization: Bearer " + token.encode() in fake.traffic()
        for run in (refused, missing, sent):
            assert token not in run.stdout + run.stderr, "the token is never printed"


def test_a_fingerprint_the_bank_refuses_is_reported_plainly(
    case_with_pictures: tuple[Path, Path],
) -> None:
    from app.core.vault import CaseFile

    case_folder, passphrase = case_with_pictures
    with CaseFile.open(case_folder, passphrase=PASSPHRASE) as case:
        first = case.read(lambda repo: repo.items())[0].pdq
    with running_bank() as (url, fake):
        fake.behaviour.refused_signals = {first or ""}
        run = stillmine(
            "register", "hma", "--url", url, "--bank", "MY_CASE", "--create-bank",
            "--vault", case_folder, "--passphrase-file", passphrase, "--yes",
        )  # fmt: skip
        assert run.returncode == 1
        assert "Sent 1; confirmed by the bank 1; still pending 0; uncertain 0; refused 1." in (
            run.stdout
        )
        assert run.stderr.strip().splitlines()[-1] == (
            "The hash bank refused the request as invalid (HTTP 400: Invalid pdq signal)."
        )
        assert "Traceback" not in run.stderr
        assert fake.adds == 1
