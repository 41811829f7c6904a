"""Start-up with bad surroundings, portable mode, and the licences with the About window.

The start-up problems run StillMine for real (``python -m app --exit-when-shown``, which ends
once the first window or message has been painted): a damaged resources folder, a missing
translation, an unwritable data folder, a second copy while one runs, a lock left by a
crash. Portable mode runs a copy of StillMine (``app`` and ``resources`` copied beside a
marker file) with ``HOME`` pointed at an empty folder that must stay empty, and a recording
password store that must never be asked.
"""

import importlib.metadata
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME, __version__
from app.core.vault import TEST_ONLY_WEAK_KDF
from app.core.vault.store import case_exists
from app.gui.about import AboutDialog, licence_text, load_components
from app.gui.config import GuiConfig
from app.gui.controller import AppController
from app.gui.help import HelpDialog
from app.gui.launch import LOCK_FILE, SHOWN_LINE, build_app, problem_box
from app.paths import PORTABLE_DATA_FOLDER, PORTABLE_MARKER
from app.startup import (
    ProblemKind,
    check_data_folder,
    check_resources,
    check_translations,
)
from tests.conftest import ROOT
from tests.gui.conftest import shut_down
from tests.gui.fakes import FakeDialogs

RESOURCES = ROOT / "resources"
LICENCES = RESOURCES / "licenses"
PASSPHRASE = "a long passphrase for the portable case"


def start(
    home: Path, *args: str, resources: Path | None = None, cwd: Path = ROOT, **env: str
) -> subprocess.CompletedProcess[str]:
    """Run StillMine's window until it has been painted (or its start-up message has)."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STILLMINE_HOME": str(home)}
    environment.pop("STILLMINE_RESOURCES", None)
    if resources is not None:
        environment["STILLMINE_RESOURCES"] = str(resources)
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-m", "app", *(args or ("--exit-when-shown",))],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def assert_calm(result: subprocess.CompletedProcess[str]) -> None:
    """A message was painted, and nothing technical was printed."""
    assert SHOWN_LINE in result.stdout
    assert "Traceback" not in result.stderr and "Error:" not in result.stderr


@pytest.fixture
def resources_copy(tmp_path: Path) -> Path:
    """A private copy of the resources folder, to damage."""
    copy = tmp_path / "resources"
    shutil.copytree(RESOURCES, copy)
    return copy


# --- the checks themselves ---------------------------------------------------------------


def test_the_shipped_resources_pass_every_check() -> None:
    assert check_resources() == []
    assert check_translations() == []


@pytest.mark.parametrize(
    ("damage", "named"),
    [
        (lambda root: (root / "services.toml").unlink(), "services.toml is missing"),
        (lambda root: (root / "letters" / "en" / "_base.html.j2").unlink(), "_base.html.j2"),
        (lambda root: (root / "platforms.toml").write_text("[[platform]\n"), "platforms.toml"),
        (lambda root: (root / "case.schema.json").write_text("{"), "case.schema.json"),
        (lambda root: (root / "helplines.toml").write_text("x = 1\n"), "helplines.toml"),
        (lambda root: shutil.rmtree(root / "licenses"), "components.toml"),
        (lambda root: (root / "icons" / "stillmine.svg").unlink(), "icons/stillmine.svg"),
    ],
)
def test_damaged_resources_are_named(resources_copy: Path, damage: object, named: str) -> None:
    damage(resources_copy)  # type: ignore[operator]
    problems = check_resources(resources_copy)
    assert problems and all(problem.fatal for problem in problems)
    assert problems[0].kind is ProblemKind.RESOURCES_DAMAGED
    assert named in problems[0].message
    assert "Download StillMine again" in problems[0].message


def test_a_missing_resources_folder_is_named(tmp_path: Path) -> None:
    (problem,) = check_resources(tmp_path / "gone")
    assert str(tmp_path / "gone") in problem.message


def test_a_missing_or_empty_translation_is_not_fatal(resources_copy: Path) -> None:
    (resources_copy / "i18n" / "stillmine_nl.qm").unlink()
    (resources_copy / "i18n" / "stillmine_en.qm").write_bytes(b"")
    problems = check_translations(resources_copy)
    assert [problem.detail for problem in problems] == ["stillmine_en.qm", "stillmine_nl.qm"]
    assert not any(problem.fatal for problem in problems)


def test_an_unwritable_data_folder_is_explained(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    problem = check_data_folder(blocker / "StillMine")
    assert problem is not None and problem.fatal
    assert str(blocker / "StillMine") in problem.message
    assert "not a directory" in problem.message
    assert check_data_folder(tmp_path / "fine") is None
    assert list((tmp_path / "fine").iterdir()) == []  # the write test leaves nothing behind


# --- StillMine started for real ----------------------------------------------------------


def test_a_healthy_start_paints_the_first_window(tmp_path: Path) -> None:
    result = start(tmp_path / "home")
    assert result.returncode == 0, result.stderr
    assert_calm(result)
    assert (tmp_path / "home").is_dir()
    assert not (tmp_path / "home" / LOCK_FILE).exists()  # released on the way out


def test_a_damaged_resources_folder_gives_one_clear_message(
    tmp_path: Path, resources_copy: Path
) -> None:
    (resources_copy / "letters" / "texts.toml").write_text("this is = = not TOML")
    result = start(tmp_path / "home", resources=resources_copy)
    assert result.returncode == 1
    assert_calm(result)
    assert "letters/texts.toml cannot be read" in result.stderr
    assert "Nothing of your case has been touched" in result.stderr


def test_a_missing_translation_starts_in_english_with_a_note(
    tmp_path: Path, resources_copy: Path
) -> None:
    (resources_copy / "i18n" / "stillmine_nl.qm").unlink()
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.ini").write_text("[General]\nlanguage=nl\n")
    result = start(home, resources=resources_copy)
    assert result.returncode == 0, result.stderr
    assert_calm(result)


def test_an_unwritable_data_folder_gives_one_clear_message(tmp_path: Path) -> None:
    blocker = tmp_path / "usb-stick-gone"
    blocker.write_text("")
    result = start(blocker / "StillMine")
    assert result.returncode == 1
    assert_calm(result)
    assert f"cannot save anything in its folder {blocker / 'StillMine'}" in result.stderr


@pytest.fixture
def running(tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    """A StillMine window that stays open, with its data folder."""
    home = tmp_path / "home"
    process = subprocess.Popen(
        [sys.executable, "-m", "app"],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "STILLMINE_HOME": str(home)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not (home / LOCK_FILE).exists() and process.poll() is None:
        assert time.monotonic() < deadline, "the first StillMine never took its lock"
        time.sleep(0.1)
    yield home, process
    if process.poll() is None:
        process.terminate()
    process.wait(timeout=30)


def test_a_second_copy_says_calmly_that_one_is_open(
    running: tuple[Path, subprocess.Popen[str]],
) -> None:
    home, first = running
    result = start(home)
    assert result.returncode == 0
    assert_calm(result)
    assert "already open" in result.stderr
    assert first.poll() is None  # the first copy is untouched


def test_a_lock_left_by_a_crash_does_not_lock_the_user_out(
    running: tuple[Path, subprocess.Popen[str]],
) -> None:
    home, first = running
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=30)
    assert (home / LOCK_FILE).exists()
    result = start(home)
    assert result.returncode == 0, result.stderr
    assert "already open" not in result.stderr


@pytest.mark.parametrize(
    ("kind", "detail", "expected"),
    [
        (ProblemKind.RESOURCES_DAMAGED, "services.toml", "services.toml"),
        (ProblemKind.DATA_FOLDER_UNWRITABLE, "/media/stick/StillMine", "/media/stick"),
        (ProblemKind.ALREADY_RUNNING, "/home/x", "already open"),
        (ProblemKind.TRANSLATION_MISSING, "stillmine_nl.qm", "stillmine_nl.qm"),
    ],
)
def test_every_problem_has_a_plain_message_box(
    qapp: QApplication, kind: ProblemKind, detail: str, expected: str
) -> None:
    from app.startup import Problem

    box = problem_box(Problem(kind, "plain English", detail, kind != "translation-missing"))
    assert expected in box.text()
    assert APP_NAME in box.text() + box.windowTitle()
    assert box.standardButtons() == QMessageBox.StandardButton.Ok
    assert "Traceback" not in box.text() and box.detailedText() == ""
    box.deleteLater()


# --- portable mode -----------------------------------------------------------------------

_SPY_KEYRING = '''
"""A password store that records every use (the portable test's witness)."""
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class Spy(KeyringBackend):
    priority = 1

    def _used(self, action):
        with open(os.environ["SPY_KEYRING_LOG"], "a") as log:
            log.write(action + "\\n")

    def get_password(self, service, username):
        self._used("get")

    def set_password(self, service, username, password):
        self._used("set")

    def delete_password(self, service, username):
        self._used("delete")
'''


_CHANGE_A_SETTING = """
from PySide6.QtCore import QCoreApplication
from app.gui.config import GuiConfig
from app.gui.settings import Settings
app = QCoreApplication([])
Settings(GuiConfig().settings_path()).language = "nl"
"""


@pytest.fixture
def installed(tmp_path: Path) -> Path:
    """StillMine copied to a folder of its own (like a USB stick), with the spy store."""
    folder = tmp_path / "stick"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "app", folder / "app", ignore=ignore)
    shutil.copytree(RESOURCES, folder / "resources", ignore=ignore)
    (tmp_path / "spy").mkdir()
    (tmp_path / "spy" / "spy_keyring.py").write_text(_SPY_KEYRING)
    return folder


def run_installed(
    installed: Path, tmp_path: Path, *args: str, home_variable: bool = False
) -> subprocess.CompletedProcess[str]:
    """Run the copied StillMine with an empty HOME and the spy password store."""
    home = tmp_path / "user-home"
    home.mkdir(exist_ok=True)
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "STILLMINE_")) and key not in ("TMPDIR", "PYTHONPATH")
    }
    environment.update(
        HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(tmp_path / "spy"),
        PYTHON_KEYRING_BACKEND="spy_keyring.Spy",
        SPY_KEYRING_LOG=str(tmp_path / "keyring.log"),
        STILLMINE_TEST_ONLY_WEAK_KDF="1",
    )
    if home_variable:
        environment["STILLMINE_HOME"] = str(tmp_path / "elsewhere")
    command = list(args) if args[0] == "-c" else ["-m", "app", *args]
    return subprocess.run(
        [sys.executable, *command],
        cwd=installed,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def everything_in(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))


def test_portable_mode_keeps_everything_beside_the_program(installed: Path, tmp_path: Path) -> None:
    (installed / PORTABLE_MARKER).write_text("")
    (tmp_path / "pass").write_text(PASSPHRASE + "\n")
    created = run_installed(
        installed, tmp_path, "vault", "init", "--passphrase-file", str(tmp_path / "pass"),
        "--remember", "--yes",
    )  # fmt: skip
    assert created.returncode == 0, created.stderr
    assert "never remembers your case on the computer" in created.stdout + created.stderr
    window = run_installed(installed, tmp_path, "--exit-when-shown")
    assert window.returncode == 0, window.stderr
    assert SHOWN_LINE in window.stdout
    settings = run_installed(installed, tmp_path, "-c", _CHANGE_A_SETTING)
    assert settings.returncode == 0, settings.stderr
    data = installed / PORTABLE_DATA_FOLDER
    assert "language=nl" in (data / "settings.ini").read_text()
    assert case_exists(data)
    assert everything_in(tmp_path / "user-home") == []  # nothing in the home folder
    assert not (tmp_path / "keyring.log").exists()  # the password store was never asked


def test_without_the_marker_the_password_store_is_used(installed: Path, tmp_path: Path) -> None:
    # The witness works: the same run without portable mode does ask the password store.
    (tmp_path / "pass").write_text(PASSPHRASE + "\n")
    created = run_installed(
        installed, tmp_path, "vault", "init", "--passphrase-file", str(tmp_path / "pass"),
        "--remember", "--yes", home_variable=True,
    )  # fmt: skip
    assert created.returncode == 0, created.stderr
    assert "set" in (tmp_path / "keyring.log").read_text().split()
    assert not (installed / PORTABLE_DATA_FOLDER).exists()


# --- licences and the About window -------------------------------------------------------


def _normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions() -> set[str]:
    """Every distribution StillMine needs at run time (its dependencies and theirs)."""
    with open(ROOT / "pyproject.toml", "rb") as handle:
        pending = list(tomllib.load(handle)["project"]["dependencies"])
    found: set[str] = set()
    while pending:
        requirement = Requirement(pending.pop())
        name = _normalised(requirement.name)
        if name in found or (requirement.marker and not requirement.marker.evaluate()):
            continue
        found.add(name)
        pending += importlib.metadata.requires(requirement.name) or []
    return found


def test_every_runtime_dependency_has_its_licence_text() -> None:
    components = load_components()
    listed = {entry.distribution: entry for entry in components if entry.distribution}
    missing = runtime_distributions() - set(listed)
    assert not missing, f"no licence listed in resources/licenses/components.toml: {missing}"
    for name in runtime_distributions():
        assert f"{name}.txt" in listed[name].files
        text = (LICENCES / f"{name}.txt").read_text(encoding="utf-8")
        assert importlib.metadata.version(name) in text.splitlines()[0], (
            f"{name}.txt is for another version: copy it again from the installed one"
        )


def test_every_licence_file_exists_and_is_used() -> None:
    components = load_components()
    used = {name for entry in components for name in entry.files}
    present = {path.name for path in LICENCES.glob("*.txt")}
    assert used == present
    for entry in components:
        assert len(licence_text(entry)) > 500, entry.name
    qt = next(entry for entry in components if entry.distribution == "pyside6-essentials")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in licence_text(qt)
    pdq = next(entry for entry in components if entry.name.startswith("PDQ"))
    assert "Redistribution and use in source and binary forms" in licence_text(pdq)


@pytest.fixture
def controller(qapp: QApplication, tmp_path: Path) -> Iterator[AppController]:
    config = GuiConfig(kdf=TEST_ONLY_WEAK_KDF, home=tmp_path / "home", fingerprint_workers=1)
    built = build_app(qapp, config, FakeDialogs())
    yield built
    shut_down(qapp, built)


def test_the_about_window_shows_the_version_and_every_licence(
    qtbot: QtBot, controller: AppController
) -> None:
    help_dialog = HelpDialog(controller.ctx)
    qtbot.addWidget(help_dialog)
    assert help_dialog.about_button.text() == "&About StillMine"
    help_dialog.about_button.click()
    (about,) = help_dialog.findChildren(AboutDialog)
    about.show()
    assert about.version.text() == f"Version {__version__}"
    assert about.components.topLevelItemCount() == len(load_components())
    assert about.selected_component() == "Qt 6 and PySide6"
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in about.licence.toPlainText()
    (ffmpeg,) = about.components.findItems("FFmpeg", Qt.MatchFlag.MatchExactly, 0)
    about.components.setCurrentItem(ffmpeg)
    assert "x264 and x265" in about.licence.toPlainText()
    controller.ctx.translations.apply("nl")
    qtbot.waitUntil(lambda: about.version.text() == f"Versie {__version__}")
    assert about.title.text() == "Over StillMine"


def test_the_about_window_survives_a_damaged_licence_folder(
    qtbot: QtBot, controller: AppController, resources_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (resources_copy / "licenses" / "components.toml").write_text("[[component]\n")
    monkeypatch.setenv("STILLMINE_RESOURCES", str(resources_copy))
    about = AboutDialog(controller.ctx)
    qtbot.addWidget(about)
    assert about.components.topLevelItemCount() == 0
    assert "cannot be read" in about.components_intro.text()
