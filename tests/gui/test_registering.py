"""Registering fingerprints: the chooser and its reasons, the guided hand-offs to StopNCII and
Take It Down, what they give back kept encrypted, the recovery sheet, and the detail of a
registration with its checks, reminders and withdrawal. Real case files, real fingerprints
of the test photographs and a real video."""

import logging
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from app.core.fingerprints import MediaFingerprint
from app.core.services.catalogue import CatalogueError
from app.core.vault import CaseRepository, Registration, utc_now
from app.gui.controller import AppController
from app.gui.dashboard import Action, DashboardWindow
from app.gui.pages.ids import PageId
from app.gui.pages.next_steps import NextStepsPage
from app.gui.registering.detail import RegistrationWindow
from app.gui.registering.window import RegisterWindow
from app.gui.sections import Section
from tests.gui.cases import CASE_NUMBER, PIN, add_due_registration, add_media, media_fingerprints
from tests.gui.fakes import FakeDialogs
from tests.gui.helpers import (
    WAIT_MS,
    dialogs_of,
    home_of,
    make_case_with,
    newest_window,
    open_window,
    press_forward,
    unlock_to_dashboard,
    wait_for_page,
    walk_to_add_images,
)


@pytest.fixture(scope="module")
def fingerprints(photos: list[Path], testdata: Path) -> list[MediaFingerprint]:
    return media_fingerprints(photos, testdata)


@pytest.fixture
def dashboard(
    qtbot: QtBot, controller: AppController, home: Path, fingerprints: list[MediaFingerprint]
) -> DashboardWindow:
    make_case_with(home, lambda repo: add_media(repo, fingerprints))
    return unlock_to_dashboard(qtbot, controller)


def open_registering(qtbot: QtBot, dashboard: DashboardWindow) -> RegisterWindow:
    button = dashboard.registrations.buttons[Action.REGISTER]
    return open_window(qtbot, button, RegisterWindow, lambda window: window.overview is not None)


def read_case(controller: AppController, work):  # type: ignore[no-untyped-def]
    assert controller.session is not None
    return controller.session.case.read(work)


def visible_texts(window: QWidget) -> str:
    return "\n".join(
        label.text() for label in window.findChildren(QLabel) if label.isVisibleTo(window)
    )


def test_the_chooser_says_which_services_fit_and_why(
    qtbot: QtBot,
    dashboard: DashboardWindow,
    controller: AppController,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    previews: list[object] = []
    monkeypatch.setattr("app.gui.previews.preview_file", lambda *args, **kw: previews.append(1))
    window = open_registering(qtbot, dashboard)
    chooser = window.chooser
    stopncii, take_it_down = chooser.cards["stopncii"], chooser.cards["take-it-down"]
    bank, export = chooser.cards["hash-bank"], chooser.cards["hash-export"]
    assert stopncii.fits.text() == "Fits: Picture 1, Video 1"
    reasons = stopncii.reasons.text()
    assert "Not for Picture 2: It shows someone under 18, or you are not sure." in reasons
    assert "Not for Picture 3: First tell StillMine whether you appear in it." in reasons
    assert take_it_down.fits.text() == "Fits: Picture 2"
    assert bank.fits.text() == export.fits.text() == "Fits: Picture 1, Picture 3, Video 1"
    assert all(card.start.isEnabled() for card in chooser.cards.values())
    # Someone under 18: pointed to Take It Down, the CyberTipline and the police.
    assert chooser.minors_box.isVisibleTo(window)
    assert "1 of your pictures shows someone under 18" in chooser.minors_text.text()
    referrals = chooser.referral_texts()
    assert "https://cybertipline.org" in referrals and "1-800-THE-LOST" in referrals
    assert "The police" in referrals
    # No picture is ever shown or previewed here.
    assert all(label.pixmap().isNull() for label in window.findChildren(QLabel))
    assert previews == []
    # The reasons come in the user's language.
    controller.ctx.translations.apply("nl")
    qtbot.waitUntil(lambda: "Niet voor Picture 2" in stopncii.reasons.text(), timeout=WAIT_MS)
    assert "Er staat iemand onder de 18 op" in stopncii.reasons.text()


def choose(qtbot: QtBot, window: RegisterWindow, service: str) -> None:
    QTest.mouseClick(window.chooser.cards[service].start, Qt.MouseButton.LeftButton)


def test_stopncii_opens_only_on_request_and_what_it_gives_is_kept_encrypted(
    qtbot: QtBot,
    dashboard: DashboardWindow,
    controller: AppController,
    dialogs: FakeDialogs,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    window = open_registering(qtbot, dashboard)
    choose(qtbot, window, "stopncii")
    handoff = window.handoff
    assert window.current() is handoff
    assert window.header.text() == "Before you go to StopNCII.org"
    assert handoff.warning_title.text() == "Write down the case number and PIN"
    assert "can be recovered if lost" in handoff.warning_text.text()
    assert not handoff.device_box.isVisibleTo(window)
    assert dialogs.opened_urls == [], "the site is never opened by itself"
    QTest.mouseClick(handoff.open_site, Qt.MouseButton.LeftButton)
    assert dialogs.opened_urls == ["https://stopncii.org"]

    QTest.mouseClick(handoff.record, Qt.MouseButton.LeftButton)
    record = window.record
    assert window.current() is record
    assert not record.save.isEnabled(), "StopNCII always gives a case number and a PIN"
    record.case_number.setText(f" {CASE_NUMBER[:8]} \n{CASE_NUMBER[8:]} ")  # as pasted
    QTest.keyClicks(record.pin, PIN)
    assert record.pin.echoMode() is QLineEdit.EchoMode.Password
    record.show_pin.setChecked(True)
    assert record.pin.echoMode() is QLineEdit.EchoMode.Normal
    record.show_pin.setChecked(False)
    labels = [record.items.item(row).text() for row in range(record.items.count())]
    assert labels == ["Picture 1", "Video 1"]
    record.items.item(1).setCheckState(Qt.CheckState.Unchecked)
    record.interval.setCurrentIndex(record.interval.findData(14))
    assert record.interval.currentText() == "Every 14 days"
    QTest.mouseClick(record.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current() is window.saved, timeout=WAIT_MS)
    assert record.case_number.text() == record.pin.text() == ""

    def stored(repo: CaseRepository) -> tuple[Registration, str, list[str]]:
        registration = repo.registrations()[0]
        events = [f"{event.summary} {event.detail}" for event in repo.events()]
        return registration, repo.reveal_pin(registration), events

    registration, pin, events = read_case(controller, stored)
    assert registration.service == "stopncii"
    assert registration.case_number == CASE_NUMBER
    assert pin == PIN
    picture_1 = read_case(controller, lambda repo: repo.items()[0])
    assert registration.item_ids == (picture_1.id,)
    assert registration.next_check_at is not None and registration.submitted_at is not None
    assert registration.next_check_at - registration.submitted_at == timedelta(days=14)
    assert "remind you to check its status on" in window.saved.reminder.text()
    # The PIN is nowhere but in its encrypted secret.
    assert not [event for event in events if PIN in event]
    assert PIN not in caplog.text
    written = [path for path in home_of(controller).rglob("*") if path.is_file()]
    assert written and not [path for path in written if PIN.encode() in path.read_bytes()]
    assert PIN not in visible_texts(window)
    qtbot.waitUntil(lambda: dashboard.registrations.model.rowCount() == 1, timeout=WAIT_MS)
    row = [dashboard.registrations.model.index(0, c).data() for c in range(5)]
    assert row[:2] == ["StopNCII.org", CASE_NUMBER]


def test_take_it_down_explains_its_device_rule_and_needs_no_case_number(
    qtbot: QtBot, dashboard: DashboardWindow, controller: AppController
) -> None:
    window = open_registering(qtbot, dashboard)
    choose(qtbot, window, "take-it-down")
    handoff = window.handoff
    assert handoff.device_box.isVisibleTo(window)
    device = handoff.device_text.text()
    assert "device on which the photo or video was first taken" in device
    assert "CyberTipline" in device and "https://cybertipline.org" in device
    assert handoff.warning_title.text() == "Write down any number it gives you"
    QTest.mouseClick(handoff.record, Qt.MouseButton.LeftButton)
    record = window.record
    assert record.case_label.text() == "&Case number (if the site gave you one)"
    assert record.save.isEnabled(), "Take It Down may give no case number or PIN"
    assert [record.items.item(r).text() for r in range(record.items.count())] == ["Picture 2"]
    record.interval.setCurrentIndex(record.interval.findData(0))
    assert record.interval.currentText() == "No reminders"
    QTest.mouseClick(record.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current() is window.saved, timeout=WAIT_MS)
    registration = read_case(controller, lambda repo: repo.registrations()[0])
    assert (registration.service, registration.case_number) == ("take-it-down", "")
    assert not registration.has_pin and registration.next_check_at is None
    assert window.saved.reminder.text() == "You chose no reminders."
    # Back leads to the choices, not into the form already saved.
    QTest.mouseClick(window.back, Qt.MouseButton.LeftButton)
    assert window.current() is window.chooser


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_the_recovery_sheet_prints_and_saves_the_pins_and_what_to_do(
    qtbot: QtBot,
    controller: AppController,
    fingerprints: list[MediaFingerprint],
    tmp_path: Path,
    read_only_folder: Path,
) -> None:
    home, dialogs = home_of(controller), dialogs_of(controller)
    make_case_with(home, lambda repo: add_due_registration(repo, add_media(repo, fingerprints)))
    dashboard = unlock_to_dashboard(qtbot, controller)
    window = open_registering(qtbot, dashboard)
    window.saved.show_registration(read_case(controller, lambda repo: repo.registrations()[0]))
    window.go(window.saved, fresh=True)
    sheet = window.saved.sheet
    assert "not encrypted" in sheet.pdf_warning.text()

    dialogs.save_path = str(tmp_path / "sheet.pdf")
    QTest.mouseClick(sheet.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved as “sheet.pdf”" in sheet.result.text(), timeout=WAIT_MS)
    assert dialogs.save_requests[-1][1:] == ("recovery-sheet.pdf", "PDF files (*.pdf)")
    saved = pdf_text(tmp_path / "sheet.pdf")
    for expected in (
        "Your registrations: recovery sheet",
        "StopNCII.org",
        "https://stopncii.org",
        CASE_NUMBER,
        PIN,
        "To check its status: Go to stopncii.org, choose to check your case",
        "To withdraw it: Go to stopncii.org",
    ):
        assert expected in saved, expected

    dialogs.printer_pdf = str(tmp_path / "printed.pdf")
    QTest.mouseClick(sheet.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "went to the printer" in sheet.result.text(), timeout=WAIT_MS)
    printed = pdf_text(tmp_path / "printed.pdf")
    assert PIN in printed and CASE_NUMBER in printed
    assert PIN not in visible_texts(window), "the PIN is on the paper only"

    # A folder that cannot be written to: a plain message, nothing half-written.
    dialogs.save_path = str(read_only_folder / "sheet.pdf")
    QTest.mouseClick(sheet.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialogs.messages), timeout=WAIT_MS)
    assert dialogs.messages[-1][:2] == ("warn", "The file was not saved")
    assert "Choose a folder you can write to" in dialogs.messages[-1][2]
    assert not (read_only_folder / "sheet.pdf").exists()


def open_detail(qtbot: QtBot, dashboard: DashboardWindow) -> RegistrationWindow:
    dashboard.show_section(Section.REGISTRATIONS)
    section = dashboard.registrations
    qtbot.waitUntil(lambda: section.model.rowCount() > 0, timeout=WAIT_MS)
    assert section.open_button.isVisibleTo(dashboard)
    QTest.mouseClick(section.open_button, Qt.MouseButton.LeftButton)
    window = newest_window(RegistrationWindow)
    qtbot.waitUntil(lambda: window.detail is not None, timeout=WAIT_MS)
    return window


def test_a_registration_shows_its_checks_reminders_and_withdrawal(
    qtbot: QtBot,
    controller: AppController,
    home: Path,
    fingerprints: list[MediaFingerprint],
    dialogs: FakeDialogs,
) -> None:
    make_case_with(home, lambda repo: add_due_registration(repo, add_media(repo, fingerprints)))
    dashboard = unlock_to_dashboard(qtbot, controller)
    attention = dashboard.overview.attention.text()
    assert "Check your registration with StopNCII.org." in attention
    assert "An edited copy of Picture 1 was found (forum.example)" in attention

    window = open_detail(qtbot, dashboard)
    assert window.title.text() == "StopNCII.org"
    assert window.facts["case"].text() == CASE_NUMBER
    assert window.facts["pin"].text() == "••••••"
    assert window.facts["pictures"].text() == "Picture 1"
    assert window.facts["reminders"].text().startswith("Every 30 days; next on")
    assert window.again_box.isVisibleTo(window)
    assert "Picture 1: an edited copy was found (forum.example)" in window.again_text.text()
    window.show_pin.setChecked(True)
    qtbot.waitUntil(lambda: window.facts["pin"].text() == PIN, timeout=WAIT_MS)
    window.show_pin.setChecked(False)
    assert window.facts["pin"].text() == "••••••" and window._pin == ""
    QTest.mouseClick(window.check_site, Qt.MouseButton.LeftButton)
    assert dialogs.opened_urls == ["https://stopncii.org"]

    # "I checked the status": logged, and the next reminder moves on.
    assert window.log_empty.isVisibleTo(window)
    window.seen.setCurrentIndex(window.seen.findData("active"))
    QTest.keyClicks(window.check_note, "all fine")
    QTest.mouseClick(window.checked, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.log_model.rowCount() == 1, timeout=WAIT_MS)
    assert [window.log_model.index(0, c).data() for c in (1, 2)] == ["Active", "all fine"]
    registration = read_case(controller, lambda repo: repo.registrations()[0])
    assert registration.status == "active"
    assert registration.next_check_at is not None and registration.next_check_at > utc_now()
    qtbot.waitUntil(
        lambda: "Check your registration" not in dashboard.overview.attention.text(),
        timeout=WAIT_MS,
    )

    # "I withdrew it": recorded, reminders stop, the steps for an open registration go.
    QTest.mouseClick(window.withdrawn_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.facts["status"].text() == "Withdrawn", timeout=WAIT_MS)
    assert not window.withdraw_group.isVisibleTo(window)
    assert not window.checked.isVisibleTo(window)
    assert window.facts["withdrawn"].isVisibleTo(window)
    registration = read_case(controller, lambda repo: repo.registrations()[0])
    assert registration.withdrawn_at is not None and registration.next_check_at is None
    # The dashboard is refreshed from the saved case, after the save.
    qtbot.waitUntil(
        lambda: "edited copy" not in dashboard.overview.attention.text(), timeout=WAIT_MS
    )


def test_next_steps_lead_to_the_registration_window(
    qtbot: QtBot, controller: AppController
) -> None:
    wizard, _add = walk_to_add_images(qtbot, controller)
    press_forward(qtbot, wizard)  # no pictures yet: straight to the next steps
    wait_for_page(qtbot, wizard, PageId.NEXT_STEPS)
    page = wizard.currentPage()
    assert isinstance(page, NextStepsPage)
    QTest.mouseClick(page.steps[Section.REGISTRATIONS], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(controller.window, DashboardWindow), timeout=WAIT_MS)
    window = newest_window(RegisterWindow)
    qtbot.waitUntil(lambda: window.overview is not None, timeout=WAIT_MS)
    assert window.chooser.empty.isVisibleTo(window), "no pictures yet: it says what to do"
    assert not any(card.start.isEnabled() for card in window.chooser.cards.values())
    dashboard = controller.window
    assert isinstance(dashboard, DashboardWindow)
    assert dashboard.tabs.currentWidget() is dashboard.registrations
    assert window.header.text() == "Register your fingerprints"


def test_a_damaged_list_of_services_is_explained_not_crashed_on(
    qtbot: QtBot,
    dashboard: DashboardWindow,
    controller: AppController,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def damaged() -> None:
        raise CatalogueError("StillMine's list of services (services.toml) is damaged.")

    monkeypatch.setattr("app.gui.registering.common.default_catalogue", damaged)
    QTest.mouseClick(dashboard.registrations.buttons[Action.REGISTER], Qt.MouseButton.LeftButton)
    messages = dialogs_of(controller).messages
    assert messages[-1][:2] == ("warn", "StillMine's list of services is damaged")
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, RegisterWindow)]
