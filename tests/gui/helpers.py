"""Helpers for driving StillMine's windows the way a user would, offscreen."""

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget, QWizard

from app.core.vault import TEST_ONLY_WEAK_KDF, CaseFile, CaseRepository
from app.gui.controller import AppController
from app.gui.dashboard import DashboardWindow
from app.gui.pages.about_images import AboutImagesPage
from app.gui.pages.add_images import AddImagesPage
from app.gui.pages.create_case import CreateCasePage
from app.gui.pages.ids import PageId
from app.gui.pages.recovery import RecoveryCodePage
from app.gui.unlock import UnlockWindow
from app.gui.wizard import CaseWizard
from tests.gui.fakes import ExitRecorder, FakeDialogs
from tests.pictures import load_rgb

PASSPHRASE = "maple river lantern seven"
WAIT_MS = 20_000
Filled = TypeVar("Filled")


def home_of(controller: AppController) -> Path:
    """The StillMine folder the app under test uses."""
    return controller.ctx.config.case_folder()


def exits_of(controller: AppController) -> ExitRecorder:
    """What the app under test asked "end the process" to do."""
    recorder = controller.ctx.config.end_process
    assert isinstance(recorder, ExitRecorder)
    return recorder


def dialogs_of(controller: AppController) -> FakeDialogs:
    """The recording dialogs of the app under test."""
    dialogs = controller.ctx.dialogs
    assert isinstance(dialogs, FakeDialogs)
    return dialogs


def current_id(wizard: QWizard) -> PageId:
    return PageId(wizard.currentId())


def wait_for_page(qtbot: QtBot, wizard: QWizard, page_id: PageId, timeout: int = WAIT_MS) -> None:
    qtbot.waitUntil(lambda: wizard.currentId() == int(page_id), timeout=timeout)


def forward_button(wizard: QWizard) -> QAbstractButton:
    """The button that moves on from the current page (Next, Commit or Finish)."""
    page = wizard.currentPage()
    if wizard.nextId() == -1:
        return wizard.button(QWizard.WizardButton.FinishButton)
    if page.isCommitPage():
        return wizard.button(QWizard.WizardButton.CommitButton)
    return wizard.button(QWizard.WizardButton.NextButton)


def press_forward(qtbot: QtBot, wizard: QWizard) -> None:
    button = forward_button(wizard)
    assert button.isEnabled(), f"cannot move on from {current_id(wizard).name}"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def start_wizard(qtbot: QtBot, controller: AppController) -> CaseWizard:
    controller.start()
    wizard = controller.window
    assert isinstance(wizard, CaseWizard)
    qtbot.waitExposed(wizard)
    return wizard


def create_case_in_wizard(
    qtbot: QtBot, wizard: CaseWizard, *, remember: bool = False
) -> RecoveryCodePage:
    """From the Welcome page to the recovery code, with a real (test-strength) case."""
    press_forward(qtbot, wizard)
    wait_for_page(qtbot, wizard, PageId.LANGUAGE)
    press_forward(qtbot, wizard)
    page = wizard.currentPage()
    assert isinstance(page, CreateCasePage)
    QTest.keyClicks(page.passphrase.field, PASSPHRASE)
    QTest.keyClicks(page.passphrase.confirm, PASSPHRASE)
    page.remember.setChecked(remember)
    press_forward(qtbot, wizard)
    wait_for_page(qtbot, wizard, PageId.RECOVERY_CODE)
    recovery = wizard.currentPage()
    assert isinstance(recovery, RecoveryCodePage)
    return recovery


def walk_to_add_images(qtbot: QtBot, controller: AppController) -> tuple[CaseWizard, AddImagesPage]:
    """Start the first run and go through to the "Add images" page."""
    wizard = start_wizard(qtbot, controller)
    recovery = create_case_in_wizard(qtbot, wizard)
    recovery.written.setChecked(True)
    press_forward(qtbot, wizard)
    wait_for_page(qtbot, wizard, PageId.ABOUT_YOU)
    press_forward(qtbot, wizard)
    wait_for_page(qtbot, wizard, PageId.ADD_IMAGES)
    page = wizard.currentPage()
    assert isinstance(page, AddImagesPage)
    return wizard, page


def start_fingerprinting(qtbot: QtBot, wizard: CaseWizard, paths: list[str]) -> AboutImagesPage:
    """Add ``paths`` and start fingerprinting with the default answers."""
    page = wizard.currentPage()
    assert isinstance(page, AddImagesPage)
    page.add_paths(paths)
    press_forward(qtbot, wizard)
    wait_for_page(qtbot, wizard, PageId.ABOUT_IMAGES)
    answers = wizard.currentPage()
    assert isinstance(answers, AboutImagesPage)
    press_forward(qtbot, wizard)
    wait_for_page(qtbot, wizard, PageId.FINGERPRINTING)
    return answers


def make_case(folder: Path, passphrase: str = PASSPHRASE) -> tuple[CaseFile, str]:
    """A real case file made directly with the core (for tests that start at unlock)."""
    return CaseFile.create(folder, passphrase, kdf=TEST_ONLY_WEAK_KDF)


def make_case_with(folder: Path, fill: Callable[[CaseRepository], Filled]) -> Filled:
    """A real case file, filled by ``fill`` and closed again; what ``fill`` returned."""
    case, _code = make_case(folder)
    with case:
        return case.change(fill)


def make_pictures(folder: Path, photos: list[Path], count: int, side: int = 48) -> list[Path]:
    """``count`` small, distinct JPEG files cut from the real photographs."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = [load_rgb(photo) for photo in photos]
    made = []
    for number in range(count):
        source = sources[number % len(sources)]
        step = number // len(sources)
        left = (step * 7) % (source.width - side)
        top = (step * 13) % (source.height - side)
        path = folder / f"picture-{number:05d}.jpg"
        picture = source.crop((left, top, left + side, top + side))
        # A small block coloured by the number keeps every file distinct.
        picture.paste((number % 256, number // 256 % 256, 128), (0, 0, 8, 8))
        picture.save(path, "JPEG", quality=85)
        made.append(path)
    return made


def unlock_to_dashboard(qtbot: QtBot, controller: AppController) -> DashboardWindow:
    """Start the app on an existing case, type the passphrase, and wait for the dashboard."""
    controller.start()
    unlock = controller.window
    assert isinstance(unlock, UnlockWindow)
    QTest.keyClicks(unlock.field, PASSPHRASE)
    QTest.mouseClick(unlock.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(controller.window, DashboardWindow), timeout=WAIT_MS)
    window = controller.window
    assert isinstance(window, DashboardWindow)
    qtbot.waitUntil(lambda: window.overview_data is not None, timeout=WAIT_MS)
    return window


Window = TypeVar("Window", bound=QWidget)


def open_window(
    qtbot: QtBot, button: QAbstractButton, kind: type[Window], ready: Callable[[Window], bool]
) -> Window:
    """Press ``button`` (it must be enabled) and wait until the ``kind`` window it opens is
    ``ready`` (has read what it shows)."""
    assert button.isEnabled()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    window = newest_window(kind)
    qtbot.waitUntil(lambda: ready(window), timeout=WAIT_MS)
    return window


def newest_window(kind: type[Window]) -> Window:
    """The newest visible top-level window of type ``kind``."""
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert found, f"no {kind.__name__} is open"
    return found[-1]
