"""``stillmine vault ...``, run for real in subprocesses."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.case_options import WEAK_KDF_VARIABLE, new_case_kdf
from app.core.vault import DEFAULT_KDF, TEST_ONLY_WEAK_KDF
from tests.conftest import ROOT

PASSPHRASE = "correct horse battery staple"


def stillmine(*args: str | Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        input=stdin,
        env={
            **os.environ,
            "STILLMINE_TEST_ONLY_WEAK_KDF": "1",
            "STILLMINE_HOME": "/nonexistent-home",
        },
        check=False,
    )


@pytest.fixture
def secrets_dir(tmp_path: Path) -> Path:
    (tmp_path / "pass").write_text(PASSPHRASE + "\n")
    (tmp_path / "new").write_text("a different passphrase\n")
    (tmp_path / "export").write_text("export passphrase 1\n")
    return tmp_path


def init(case: Path, secrets_dir: Path) -> str:
    run = stillmine("vault", "init", "--vault", case, "--passphrase-file", secrets_dir / "pass")
    assert run.returncode == 0, run.stderr
    assert "test-only, weak key settings" in run.stderr
    (line,) = [line for line in run.stdout.splitlines() if "Recovery code:" in line]
    return line.split(":", 1)[1].strip()


def test_init_info_export_import_change_delete(tmp_path: Path, secrets_dir: Path) -> None:
    case = tmp_path / "case"
    code = init(case, secrets_dir)
    assert len(code.replace("-", "")) == 32
    info = stillmine("vault", "info", "--vault", case, "--passphrase-file", secrets_dir / "pass")
    assert info.returncode == 0, info.stderr
    assert "Items:            0" in info.stdout
    assert PASSPHRASE not in info.stdout and code not in info.stdout

    bundle = tmp_path / "moved.stillmine"
    exported = stillmine(
        "vault", "export", bundle, "--vault", case, "--passphrase-file", secrets_dir / "pass",
        "--export-passphrase-file", secrets_dir / "export",
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    imported = stillmine(
        "vault",
        "import",
        bundle,
        "--vault",
        tmp_path / "laptop",
        "--passphrase-file",
        secrets_dir / "export",
    )
    assert imported.returncode == 0, imported.stderr
    again = stillmine(
        "vault",
        "import",
        bundle,
        "--vault",
        tmp_path / "laptop",
        "--passphrase-file",
        secrets_dir / "export",
    )
    assert again.returncode == 1
    assert "will not replace it" in again.stderr

    code_file = tmp_path / "code"
    code_file.write_text(code + "\n")
    changed = stillmine(
        "vault", "change-passphrase", "--vault", case, "--recovery-code-file", code_file,
        "--new-passphrase-file", secrets_dir / "new",
    )  # fmt: skip
    assert changed.returncode == 0, changed.stderr
    assert (
        stillmine(
            "vault", "info", "--vault", case, "--passphrase-file", secrets_dir / "new"
        ).returncode
        == 0
    )
    wrong = stillmine("vault", "info", "--vault", case, "--passphrase-file", secrets_dir / "pass")
    assert wrong.returncode == 1
    assert "does not open this case" in wrong.stderr

    deleted = stillmine("vault", "delete", "--vault", case, "--yes")
    assert deleted.returncode == 0, deleted.stderr
    assert not case.exists()


def test_passphrases_are_never_taken_from_the_command_line(tmp_path: Path) -> None:
    run = stillmine("vault", "init", "--vault", tmp_path / "case", "--passphrase", PASSPHRASE)
    assert run.returncode == 2
    no_tty = stillmine("vault", "init", "--vault", tmp_path / "case", stdin="")
    assert no_tty.returncode == 1
    assert "--passphrase-file" in no_tty.stderr
    assert not (tmp_path / "case" / "case.smcase").exists()


def test_destructive_actions_need_confirmation(tmp_path: Path, secrets_dir: Path) -> None:
    case = tmp_path / "case"
    init(case, secrets_dir)
    refused = stillmine("vault", "delete", "--vault", case, stdin="")
    assert refused.returncode == 1
    assert "--yes" in refused.stderr
    assert (case / "case.smcase").exists()


def test_errors_are_plain_sentences(tmp_path: Path, secrets_dir: Path) -> None:
    missing = stillmine(
        "vault", "info", "--vault", tmp_path / "nothing", "--passphrase-file", secrets_dir / "pass"
    )
    assert missing.returncode == 1
    assert "There is no StillMine case" in missing.stderr
    not_bundle = tmp_path / "x.stillmine"
    not_bundle.write_text("hello")
    bad = stillmine(
        "vault",
        "import",
        not_bundle,
        "--vault",
        tmp_path / "c",
        "--passphrase-file",
        secrets_dir / "pass",
    )
    assert bad.returncode == 1
    assert "not a StillMine export" in bad.stderr
    for run in (missing, bad):
        assert "Traceback" not in run.stderr


def test_the_released_app_ignores_the_weak_test_settings(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Tests may make cases cheap to unlock; in a frozen build the variable does nothing, so
    no real case can end up weakly protected by a stray environment setting."""
    monkeypatch.setenv(WEAK_KDF_VARIABLE, "1")
    assert new_case_kdf() == TEST_ONLY_WEAK_KDF
    assert WEAK_KDF_VARIABLE in capsys.readouterr().err
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert new_case_kdf() == DEFAULT_KDF
    assert capsys.readouterr().err == ""
