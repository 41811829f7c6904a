"""Visit every screen of the app and inspect its widgets (texts, names, focus, clipping).

Used by the translation and accessibility tests: ``visit_every_screen`` walks the real
first run (with the real photographs), then opens the dashboard with each of its tabs, the
help and settings windows, every registration screen (``tests.gui.tour``, against the fake
hash bank) and the unlock screen, calling ``inspect`` on each.
"""

from collections.abc import Callable, Iterator
from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QWidget, QWizard
from shiboken6 import getCppPointer

from app.gui.controller import AppController
from app.gui.dashboard import DashboardWindow
from app.gui.help import HelpDialog
from app.gui.pages.about_images import AboutImagesPage
from app.gui.pages.create_case import CreateCasePage
from app.gui.pages.fingerprinting import FingerprintingPage
from app.gui.pages.ids import PageId
from app.gui.pages.recovery import RecoveryCodePage
from app.gui.pages.review import ReviewPage
from app.gui.settings_dialog import SettingsDialog
from app.gui.unlock import UnlockWindow
from app.gui.wizard import CaseWizard
from tests.gui.helpers import PASSPHRASE, WAIT_MS, press_forward, start_wizard, wait_for_page
from tests.gui.tour import registration_tour
from tests.hma_server import running_bank

Inspect = Callable[[str, QWidget], None]


def shown_widgets(window: QWidget) -> Iterator[QWidget]:
    """The window's widgets that are visible now."""
    for widget in window.findChildren(QWidget):
        if widget.isVisibleTo(window) and not isinstance(widget, QApplication):
            yield widget


def shown_texts(window: QWidget) -> dict[str, str]:
    """Every visible text of a window, keyed by where it is (stable between languages)."""
    texts = {"window title": window.windowTitle()}
    for widget in shown_widgets(window):
        key = f"{type(widget).__name__}@{getCppPointer(widget)[0]:x}"
        if isinstance(widget, QLabel | QAbstractButton) and widget.text():
            texts[key] = widget.text()
        elif isinstance(widget, QGroupBox) and widget.title():
            texts[key] = widget.title()
        if widget.toolTip():
            texts[key + " tooltip"] = widget.toolTip()
    if isinstance(window, QWizard):
        page = window.currentPage()
        texts["page title"], texts["page subtitle"] = page.title(), page.subTitle()
    return texts


def visit_every_screen(
    qtbot: QtBot, controller: AppController, photos: list[Path], inspect: Inspect
) -> None:
    """Walk the whole app, calling ``inspect(name, window)`` on every screen."""
    wizard = start_wizard(qtbot, controller)
    _walk_wizard(qtbot, wizard, photos, inspect)
    qtbot.waitUntil(lambda: isinstance(controller.window, DashboardWindow), timeout=WAIT_MS)
    dashboard = controller.window
    assert isinstance(dashboard, DashboardWindow)
    qtbot.waitUntil(lambda: dashboard.overview_data is not None, timeout=WAIT_MS)
    for index in range(dashboard.tabs.count()):
        dashboard.tabs.setCurrentIndex(index)
        inspect(f"dashboard tab {index}", dashboard)
    controller.show_help()
    inspect("help", _newest(HelpDialog))
    controller.show_settings()
    settings = _newest(SettingsDialog)
    qtbot.waitUntil(settings.remember.isEnabled, timeout=WAIT_MS)  # type: ignore[attr-defined]
    inspect("settings", settings)
    settings.close()
    with running_bank() as (url, _bank):
        for name, window in registration_tour(controller, url):
            inspect(name, window)
    controller.lock()
    qtbot.waitUntil(lambda: isinstance(controller.window, UnlockWindow), timeout=WAIT_MS)
    unlock = controller.window
    assert isinstance(unlock, UnlockWindow)
    inspect("unlock", unlock)
    QTest.keyClicks(unlock.field, "not the passphrase")
    unlock.open_button.click()
    qtbot.waitUntil(lambda: not unlock.problem_box.isHidden(), timeout=WAIT_MS)
    inspect("unlock with a problem", unlock)


def _walk_wizard(qtbot: QtBot, wizard: CaseWizard, photos: list[Path], inspect: Inspect) -> None:
    for page_id in (PageId.WELCOME, PageId.LANGUAGE):
        inspect(page_id.name, wizard)
        press_forward(qtbot, wizard)
    create = wizard.currentPage()
    assert isinstance(create, CreateCasePage)
    QTest.keyClicks(create.passphrase.field, PASSPHRASE)
    QTest.keyClicks(create.passphrase.confirm, PASSPHRASE[:-1])
    inspect("CREATE_CASE (mismatch)", wizard)
    QTest.keyClicks(create.passphrase.confirm, PASSPHRASE[-1])
    press_forward(qtbot, wizard)
    wait_for_page(qtbot, wizard, PageId.RECOVERY_CODE)
    inspect("RECOVERY_CODE", wizard)
    recovery = wizard.currentPage()
    assert isinstance(recovery, RecoveryCodePage)
    recovery.written.setChecked(True)
    press_forward(qtbot, wizard)
    wait_for_page(qtbot, wizard, PageId.ABOUT_YOU)
    inspect("ABOUT_YOU", wizard)
    press_forward(qtbot, wizard)
    wait_for_page(qtbot, wizard, PageId.ADD_IMAGES)
    wizard.currentPage().add_paths([str(path) for path in photos])  # type: ignore[attr-defined]
    inspect("ADD_IMAGES", wizard)
    press_forward(qtbot, wizard)
    answers = wizard.currentPage()
    assert isinstance(answers, AboutImagesPage)
    answers.age.buttons[0].click()
    answers.use_for_all.click()
    inspect("ABOUT_IMAGES", wizard)
    press_forward(qtbot, wizard)
    wait_for_page(qtbot, wizard, PageId.FINGERPRINTING)
    running = wizard.currentPage()
    assert isinstance(running, FingerprintingPage)
    qtbot.waitUntil(running.isComplete, timeout=60_000)
    inspect("FINGERPRINTING", wizard)
    press_forward(qtbot, wizard)
    review = wizard.currentPage()
    assert isinstance(review, ReviewPage)
    qtbot.waitUntil(lambda: not review.preview.pixmap().isNull(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not review.ctx.runner.busy, timeout=WAIT_MS)
    inspect("REVIEW", wizard)
    press_forward(qtbot, wizard)
    wait_for_page(qtbot, wizard, PageId.NEXT_STEPS)
    inspect("NEXT_STEPS", wizard)
    press_forward(qtbot, wizard)


def _newest(kind: type) -> QWidget:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert found, f"no {kind.__name__} is open"
    return found[-1]
