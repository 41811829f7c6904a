"""Quick exit: Esc twice (anywhere) or the button hides everything at once, saves, locks the
case and ends StillMine, without asking; the next start shows the unlock screen."""

from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.core.vault import CaseFile
from app.gui.config import GuiConfig
from app.gui.controller import AppController
from app.gui.dashboard import DashboardWindow
from app.gui.guards import QuickExitWatcher
from app.gui.launch import build_app
from app.gui.unlock import UnlockWindow
from tests.gui.conftest import shut_down
from tests.gui.fakes import ExitRecorder, FakeDialogs
from tests.gui.helpers import (
    PASSPHRASE,
    WAIT_MS,
    exits_of,
    home_of,
    make_case,
    make_pictures,
    press_forward,
    start_fingerprinting,
    start_wizard,
    walk_to_add_images,
)


def press_escape(window: QWidget) -> None:
    """Press Esc as the keyboard does: through the window (not straight at a widget)."""
    handle = window.windowHandle()
    assert handle is not None
    QTest.keyClick(handle, Qt.Key.Key_Escape)


def visible_windows() -> list[QWidget]:
    return [widget for widget in QApplication.topLevelWidgets() if widget.isVisible()]


def test_esc_twice_hides_everything_saves_locks_and_ends(
    qtbot: QtBot, controller: AppController, exits: ExitRecorder, dialogs: FakeDialogs, home: Path
) -> None:
    wizard, _add = walk_to_add_images(qtbot, controller)
    controller.show_help()
    assert len(visible_windows()) == 2
    press_escape(wizard)
    press_escape(wizard)
    assert visible_windows() == [], "every window disappears at once"
    qtbot.waitUntil(lambda: exits.codes == [0], timeout=WAIT_MS)
    assert controller.session is None
    assert not dialogs.messages, "no confirmation, no message"
    # The case was saved and unlocked: another program can open it now.
    CaseFile.open(home, passphrase=PASSPHRASE).close()


def test_the_next_start_shows_the_unlock_screen(
    qtbot: QtBot, qapp: QApplication, config: GuiConfig, controller: AppController
) -> None:
    wizard = start_wizard(qtbot, controller)
    press_forward(qtbot, wizard)
    QTest.mouseClick(wizard.quick_exit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: exits_of(controller).codes == [0], timeout=WAIT_MS)
    # Nothing was created before the case page: the next start is a first run again.
    again = build_app(qapp, config, FakeDialogs())
    try:
        again.start()
        assert not isinstance(again.window, UnlockWindow)
    finally:
        shut_down(qapp, again)


def test_after_a_quick_exit_the_next_start_asks_for_the_passphrase(
    qtbot: QtBot, qapp: QApplication, config: GuiConfig, controller: AppController
) -> None:
    wizard, _add = walk_to_add_images(qtbot, controller)
    QTest.mouseClick(wizard.quick_exit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.session is None, timeout=WAIT_MS)
    again = build_app(qapp, config, FakeDialogs())
    try:
        again.start()
        assert isinstance(again.window, UnlockWindow)
    finally:
        shut_down(qapp, again)


def test_a_single_esc_only_closes_the_dialog(
    qtbot: QtBot, controller: AppController, exits: ExitRecorder
) -> None:
    wizard = start_wizard(qtbot, controller)
    dialog = QDialog(wizard)
    dialog.open()
    qtbot.waitExposed(dialog)
    press_escape(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert wizard.isVisible()
    assert exits.codes == []


def test_two_esc_presses_far_apart_are_not_a_quick_exit(qtbot: QtBot) -> None:
    now = [100.0]
    watcher = QuickExitWatcher(clock=lambda: now[0])
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().installEventFilter(watcher)
    with qtbot.assertNotEmitted(watcher.triggered, wait=0):
        press_escape(window)
        now[0] += 1.2
        press_escape(window)
    with qtbot.waitSignal(watcher.triggered, timeout=1000):
        now[0] += 0.9
        press_escape(window)


def test_quick_exit_from_the_dashboard_locks_the_case(
    qtbot: QtBot, controller: AppController, exits: ExitRecorder, home: Path
) -> None:
    make_case(home)[0].close()
    controller.start()
    unlock = controller.window
    assert isinstance(unlock, UnlockWindow)
    QTest.keyClicks(unlock.field, PASSPHRASE)
    QTest.mouseClick(unlock.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(controller.window, DashboardWindow), timeout=WAIT_MS)
    dashboard = controller.window
    assert isinstance(dashboard, DashboardWindow)
    QTest.mouseClick(dashboard.quick_exit, Qt.MouseButton.LeftButton)
    assert not dashboard.isVisible()
    qtbot.waitUntil(lambda: exits.codes == [0], timeout=WAIT_MS)
    CaseFile.open(home, passphrase=PASSPHRASE).close()


def test_a_case_opening_during_a_quick_exit_is_closed_again_unseen(
    qtbot: QtBot, controller: AppController
) -> None:
    home, exits = home_of(controller), exits_of(controller)
    make_case(home)[0].close()
    controller.start()
    unlock = controller.window
    assert isinstance(unlock, UnlockWindow)
    QTest.keyClicks(unlock.field, PASSPHRASE)
    QTest.mouseClick(unlock.open_button, Qt.MouseButton.LeftButton)
    assert controller.ctx.runner.busy, "the case is still being opened"
    controller.quick_exit()
    qtbot.waitUntil(lambda: exits.codes == [0], timeout=WAIT_MS)
    assert visible_windows() == []
    assert controller.session is None
    CaseFile.open(home, passphrase=PASSPHRASE).close()  # closed again, and unlocked


def test_quick_exit_while_fingerprinting_keeps_what_was_saved(
    qtbot: QtBot, controller: AppController, photos: list[Path], tmp_path: Path
) -> None:
    exits, home = exits_of(controller), home_of(controller)
    pictures = make_pictures(tmp_path / "many", photos, 150)
    wizard, _add = walk_to_add_images(qtbot, controller)
    start_fingerprinting(qtbot, wizard, [str(pictures[0].parent)])
    page = wizard.fingerprinting()
    qtbot.waitUntil(lambda: len(page.saved) > 0, timeout=60_000)
    press_escape(wizard)
    press_escape(wizard)
    assert visible_windows() == []
    qtbot.waitUntil(lambda: exits.codes == [0], timeout=WAIT_MS)
    with CaseFile.open(home, passphrase=PASSPHRASE) as case:
        stored = case.read(lambda repo: repo.items())
    assert len(stored) >= len(page.saved) > 0
    assert len(stored) < 150, "the run was stopped, not finished"
