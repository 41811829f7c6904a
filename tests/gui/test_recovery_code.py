"""A new recovery code from the settings: asked once more in place, shown once with the same
care as in the first run, and the old code stops opening the case."""

import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.core.vault import CaseFile, WrongPassphrase
from app.gui.controller import AppController
from app.gui.settings_dialog import SettingsDialog
from app.gui.unlock import UnlockWindow
from tests.gui.helpers import WAIT_MS, make_case, newest_window, unlock_to_dashboard

SHOWN_CODE = re.compile(r"^([A-Z2-7]{4}-){3}[A-Z2-7]{4}\n([A-Z2-7]{4}-){3}[A-Z2-7]{4}$")


def test_a_new_recovery_code_replaces_the_old_one(
    qtbot: QtBot, controller: AppController, home: Path
) -> None:
    case, old_code = make_case(home)
    case.close()
    dashboard = unlock_to_dashboard(qtbot, controller)
    QTest.mouseClick(dashboard.settings_button, Qt.MouseButton.LeftButton)
    settings = newest_window(SettingsDialog)
    panel, strip = settings.code_panel, settings.new_code_strip
    assert not panel.isVisibleTo(settings) and not strip.isVisibleTo(settings)

    # Asked once more, in place; "Not now" changes nothing.
    QTest.mouseClick(settings.new_code, Qt.MouseButton.LeftButton)
    assert strip.isVisibleTo(settings)
    assert "old recovery code will stop working" in strip.question.text()
    QTest.mouseClick(strip.no, Qt.MouseButton.LeftButton)
    assert not strip.isVisibleTo(settings) and not panel.isVisibleTo(settings)

    QTest.mouseClick(settings.new_code, Qt.MouseButton.LeftButton)
    QTest.mouseClick(strip.yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.isVisibleTo(settings), timeout=WAIT_MS)
    shown = panel.code.text()
    assert SHOWN_CODE.match(shown), shown
    assert "shown only this once" in panel.advice[0].text()
    assert not settings.code_done.isEnabled(), "first: written down"
    panel.written.setChecked(True)
    QTest.mouseClick(settings.code_done, Qt.MouseButton.LeftButton)
    assert panel.code.text() == "" and not panel.isVisibleTo(settings)

    controller.lock()
    qtbot.waitUntil(lambda: isinstance(controller.window, UnlockWindow), timeout=WAIT_MS)
    with pytest.raises(WrongPassphrase):
        CaseFile.open(home, recovery_code=old_code)
    CaseFile.open(home, recovery_code=shown.replace("\n", "-")).close()
