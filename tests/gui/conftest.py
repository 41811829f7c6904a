"""Fixtures for the GUI tests: a temporary StillMine home, an in-memory keyring, dialogs that
answer at once, and the real app built on them (with the cheap test-only key derivation)."""

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from app.core.vault import TEST_ONLY_WEAK_KDF
from app.gui.config import GuiConfig
from app.gui.controller import AppController
from app.gui.launch import build_app
from tests.gui.fakes import ExitRecorder, FakeDialogs, MemoryKeyring


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """StillMine's data folder for this test (``STILLMINE_HOME``)."""
    folder = tmp_path / "home"
    monkeypatch.setenv("STILLMINE_HOME", str(folder))
    return folder


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every GUI test gets an empty in-memory password store (never the real one)."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> None:
    """A computer without a usable password store."""
    keyring.set_keyring(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder nobody may write to (root ignores permissions: it gets /proc instead)."""
    if os.geteuid() == 0:
        yield Path("/proc")
        return
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    yield folder
    folder.chmod(0o700)


@pytest.fixture
def dialogs() -> FakeDialogs:
    """The dialogs seam: messages recorded, file choices prepared by the test."""
    return FakeDialogs()


@pytest.fixture
def exits() -> ExitRecorder:
    """Records the quick exit's "end the process" instead of ending the test run."""
    return ExitRecorder()


@pytest.fixture
def config(home: Path, exits: ExitRecorder) -> GuiConfig:
    """The GUI configured for tests: weak key derivation, temporary home, one worker."""
    return GuiConfig(kdf=TEST_ONLY_WEAK_KDF, home=home, fingerprint_workers=1, end_process=exits)


@pytest.fixture
def controller(
    qapp: QApplication, config: GuiConfig, dialogs: FakeDialogs
) -> Iterator[AppController]:
    """The real app, built but not started."""
    built = build_app(qapp, config, dialogs)
    yield built
    shut_down(qapp, built)


def shut_down(app: QApplication, controller: AppController) -> None:
    """Stop the app's work and undo what it installed on the shared QApplication."""
    controller.dispose()
    controller.ctx.translations.uninstall()
    QLocale.setDefault(QLocale(QLocale.Language.English))
    for widget in QApplication.topLevelWidgets():
        widget.hide()
        widget.deleteLater()
