"""The dashboard for a returning user: pictures, registrations, copies found and letters with
their deadlines (overdue ones marked), actions, help with helplines, settings and lock."""

from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.core.fingerprints import Fingerprinted, fingerprint_file
from app.core.fingerprints.batch import prestart_workers
from app.core.procpool import idle_worker_count
from app.core.vault import (
    AgeInContent,
    CaseRepository,
    Letter,
    Registration,
    Sighting,
    SightingStatus,
    item_from_fingerprint,
    utc_now,
)
from app.gui.controller import AppController
from app.gui.dashboard import Action, DashboardWindow
from app.gui.help import HelpDialog
from app.gui.sections import Section
from app.gui.settings_dialog import SettingsDialog
from app.gui.unlock import UnlockWindow
from app.gui.wizard import CaseWizard
from tests.gui.fakes import FakeDialogs
from tests.gui.helpers import WAIT_MS, make_case_with, unlock_to_dashboard


def fill_case(repo: CaseRepository, photos: list[Path]) -> None:
    now = utc_now()
    for number, photo in enumerate(photos[:2], start=1):
        result = fingerprint_file(str(photo))
        assert isinstance(result, Fingerprinted)
        repo.add_item(
            item_from_fingerprint(
                result.fingerprint, f"Picture {number}", age_in_content=AgeInContent.ADULT
            )
        )
    repo.add_registration(
        Registration("StopNCII.org", case_number="SN-1", submitted_at=now - timedelta(days=40),
                     next_check_at=now - timedelta(days=1)),
        [1, 2],
    )  # fmt: skip
    repo.add_sighting(
        Sighting("https://example.org/p/1", found_at=now - timedelta(days=10),
                 platform="Example forum", status=SightingStatus.ONLINE),
        [1],
    )  # fmt: skip
    repo.add_letter(
        Letter("ncii-report", now - timedelta(days=20), recipient="Example forum",
               sent_at=now - timedelta(days=20), deadline_at=now - timedelta(days=2),
               status="sent")
    )  # fmt: skip
    repo.add_letter(
        Letter("host-abuse", now, recipient="Example host", sent_at=now,
               deadline_at=now + timedelta(days=5), status="sent")
    )  # fmt: skip


@pytest.fixture
def dashboard(
    qtbot: QtBot, controller: AppController, home: Path, photos: list[Path]
) -> DashboardWindow:
    make_case_with(home, lambda repo: fill_case(repo, photos))
    return unlock_to_dashboard(qtbot, controller)


def cell(section_table: object, row: int, column: int, role: int = 0) -> object:
    model = section_table.model()  # type: ignore[attr-defined]
    return model.data(model.index(row, column), role or Qt.ItemDataRole.DisplayRole)


def test_where_things_stand(dashboard: DashboardWindow) -> None:
    counts = dashboard.overview.counts.text()
    assert "2 pictures fingerprinted." in counts
    assert "1 registration with blocking services." in counts
    assert "1 copy recorded, 1 of them still online." in counts
    assert "2 letters written." in counts
    attention = dashboard.overview.attention.text()
    assert "The reply to your letter to Example forum was due on" in attention
    assert "Check your registration with StopNCII.org." in attention
    assert "Example host" not in attention, "a deadline still to come needs no attention"


def test_each_part_lists_its_records(dashboard: DashboardWindow) -> None:
    assert dashboard.pictures.model.rowCount() == 2
    assert cell(dashboard.pictures.table, 0, 0) == "Picture 1"
    assert cell(dashboard.pictures.table, 0, 2) == "18 or older"
    assert dashboard.registrations.model.rowCount() == 1
    assert str(cell(dashboard.registrations.table, 0, 4)).endswith(": check now")
    assert dashboard.copies.model.rowCount() == 1
    assert cell(dashboard.copies.table, 0, 2) == "Still online"


def test_overdue_letters_are_marked_in_words_and_in_bold(dashboard: DashboardWindow) -> None:
    table = dashboard.letters.table
    assert dashboard.letters.model.rowCount() == 2
    overdue, upcoming = (str(cell(table, row, 3)) for row in (0, 1))
    assert overdue.endswith(": overdue")
    assert not upcoming.endswith(": overdue")
    font = cell(table, 0, 3, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert cell(table, 1, 3, Qt.ItemDataRole.FontRole) is None


def test_every_action_now_has_a_screen(dashboard: DashboardWindow) -> None:
    # Since the evidence log and letters arrived, no action waits for "a later version".
    for section in (dashboard.pictures, dashboard.copies, dashboard.letters):
        for button in section.buttons.values():
            assert button.isEnabled(), button.text()
            assert "later version" not in button.toolTip()
    letter = dashboard.letters.buttons[Action.WRITE_LETTER]
    opened: list[bool] = []
    dashboard.set_action(Action.WRITE_LETTER, lambda: opened.append(True))
    letter.click()
    assert opened == [True]


def test_add_pictures_opens_the_wizard_for_the_open_case(
    qtbot: QtBot, dashboard: DashboardWindow, controller: AppController
) -> None:
    dashboard.pictures.buttons[Action.ADD_PICTURES].click()
    qtbot.waitUntil(lambda: isinstance(controller.window, CaseWizard), timeout=WAIT_MS)
    wizard = controller.window
    assert isinstance(wizard, CaseWizard)
    assert wizard.adding_pictures and wizard.items_before == 2
    wizard.close()  # closing it goes back to the dashboard, not out of StillMine
    qtbot.waitUntil(lambda: isinstance(controller.window, DashboardWindow), timeout=WAIT_MS)
    assert controller.session is not None


def test_show_section(dashboard: DashboardWindow) -> None:
    dashboard.show_section(Section.SCAN)
    assert dashboard.tabs.currentWidget() is dashboard.copies


def test_lock_shows_the_unlock_screen(
    qtbot: QtBot, dashboard: DashboardWindow, controller: AppController
) -> None:
    prestart_workers()  # as when the user chose files to fingerprint or scan
    assert idle_worker_count() > 0
    QTest.mouseClick(dashboard.lock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(controller.window, UnlockWindow), timeout=WAIT_MS)
    assert controller.session is None
    assert idle_worker_count() == 0  # no process that may have read pictures outlives it


def test_help_lists_helplines_by_country(
    qtbot: QtBot, dashboard: DashboardWindow, controller: AppController
) -> None:
    QTest.mouseClick(dashboard.help_button, Qt.MouseButton.LeftButton)
    (help_dialog,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, HelpDialog)]
    help_dialog.country.setCurrentIndex(help_dialog.country.findData("NL"))
    text = help_dialog.helplines.toPlainText()
    assert "Helpwanted.nl (Offlimits)" in text
    assert "020-261 52 75" in text
    assert "StopNCII.org" in text
    help_dialog.country.setCurrentIndex(help_dialog.country.findData("GB"))
    text = help_dialog.helplines.toPlainText()
    assert "Revenge Porn Helpline" in text and "Helpwanted" not in text
    assert help_dialog.helplines.anchorAt(help_dialog.helplines.rect().center()) == ""
    controller.ctx.translations.apply("nl")
    qtbot.waitUntil(
        lambda: help_dialog.country.currentText() == "Verenigd Koninkrijk", timeout=WAIT_MS
    )
    assert "Voor volwassenen" in help_dialog.helplines.toPlainText()


def test_settings_apply_at_once(
    qtbot: QtBot, dashboard: DashboardWindow, controller: AppController, dialogs: FakeDialogs
) -> None:
    QTest.mouseClick(dashboard.settings_button, Qt.MouseButton.LeftButton)
    (settings,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog)]
    settings.discreet.setChecked(True)
    assert dashboard.windowTitle() == settings.windowTitle() == "Notes"
    assert controller.ctx.settings.discreet
    settings.discreet.setChecked(False)
    qtbot.waitUntil(settings.remember.isEnabled, timeout=WAIT_MS)
    assert not settings.remember.isChecked()
    settings.remember.setChecked(True)
    qtbot.waitUntil(settings.remember.isEnabled, timeout=WAIT_MS)
    assert not dialogs.messages
    QTest.keyClicks(settings.new_passphrase, "a brand new passphrase")
    QTest.keyClicks(settings.confirm_passphrase, "a brand new passphrase")
    QTest.mouseClick(settings.change_passphrase, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "changed" in settings.passphrase_result.text(), timeout=WAIT_MS)
    settings.language.setCurrentIndex(settings.language.findData("nl"))
    qtbot.waitUntil(lambda: dashboard.lock_button.text() == "&Vergrendelen", timeout=WAIT_MS)


def test_remembering_without_a_password_store_is_explained(
    qtbot: QtBot, dashboard: DashboardWindow, dialogs: FakeDialogs, no_keyring: None
) -> None:
    dashboard.settings_requested.emit()
    (settings,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog)]
    qtbot.waitUntil(settings.remember.isEnabled, timeout=WAIT_MS)
    settings.remember.setChecked(True)
    qtbot.waitUntil(lambda: bool(dialogs.messages), timeout=WAIT_MS)
    assert dialogs.messages[0][1] == "This computer cannot remember your case"
    assert not settings.remember.isChecked()
