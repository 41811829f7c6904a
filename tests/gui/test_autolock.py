"""Auto-lock: after the configured idle time the case is saved and locked and the unlock
screen shows; using StillMine keeps it open."""

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from app.core.vault import CaseFile
from app.gui.config import GuiConfig
from app.gui.controller import AppController
from app.gui.dashboard import DashboardWindow
from app.gui.launch import build_app
from app.gui.settings import DEFAULT_AUTO_LOCK_MINUTES
from app.gui.settings_dialog import SettingsDialog
from app.gui.unlock import UnlockWindow
from tests.gui.conftest import shut_down
from tests.gui.fakes import FakeDialogs
from tests.gui.helpers import PASSPHRASE, WAIT_MS, make_case

MINUTE_MS = 100  # one auto-lock "minute" in these tests
IDLE_MINUTES = 10


@pytest.fixture
def fast_controller(qapp: QApplication, config: GuiConfig, home: Path) -> Iterator[AppController]:
    built = build_app(qapp, replace(config, minute_ms=MINUTE_MS), FakeDialogs())
    built.ctx.settings.auto_lock_minutes = IDLE_MINUTES
    yield built
    shut_down(qapp, built)


def unlock(qtbot: QtBot, controller: AppController) -> DashboardWindow:
    controller.start()
    window = controller.window
    assert isinstance(window, UnlockWindow)
    QTest.keyClicks(window.field, PASSPHRASE)
    QTest.mouseClick(window.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(controller.window, DashboardWindow), timeout=WAIT_MS)
    assert isinstance(controller.window, DashboardWindow)
    return controller.window


def test_the_default_is_ten_minutes(controller: AppController) -> None:
    assert DEFAULT_AUTO_LOCK_MINUTES == 10
    assert controller.ctx.settings.auto_lock_minutes == 10


def test_idle_time_locks_the_case(qtbot: QtBot, fast_controller: AppController, home: Path) -> None:
    make_case(home)[0].close()
    dashboard = unlock(qtbot, fast_controller)
    assert fast_controller.idle.active
    qtbot.waitUntil(lambda: isinstance(fast_controller.window, UnlockWindow), timeout=WAIT_MS)
    assert not isValid(dashboard) or not dashboard.isVisible()
    assert fast_controller.session is None
    assert not fast_controller.idle.active
    CaseFile.open(home, passphrase=PASSPHRASE).close()  # saved and released


def test_using_stillmine_keeps_it_unlocked(
    qtbot: QtBot, fast_controller: AppController, home: Path
) -> None:
    make_case(home)[0].close()
    dashboard = unlock(qtbot, fast_controller)
    idle_ms = IDLE_MINUTES * MINUTE_MS
    for step in range(8):  # used every fifth of the idle time, for longer than the idle time
        QTest.mouseMove(dashboard.tabs, QPoint(10 + step, 10))
        qtbot.wait(idle_ms // 5)
        assert fast_controller.window is dashboard, f"locked while in use (step {step})"
    qtbot.waitUntil(lambda: isinstance(fast_controller.window, UnlockWindow), timeout=WAIT_MS)


def test_a_new_auto_lock_time_applies_at_once(
    qtbot: QtBot, fast_controller: AppController, home: Path
) -> None:
    make_case(home)[0].close()
    unlock(qtbot, fast_controller)
    fast_controller.ctx.settings.auto_lock_minutes = 200
    fast_controller.show_settings()
    (dialog,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog)]
    dialog.auto_lock.setValue(150)
    assert fast_controller.ctx.settings.auto_lock_minutes == 150
    qtbot.wait(2 * IDLE_MINUTES * MINUTE_MS)
    assert isinstance(fast_controller.window, DashboardWindow)
