"""Sending fingerprints to a hash bank from the window, against the real fake HMA server on
127.0.0.1: the form, the exact requests shown and confirmed, the run with progress and Stop,
where everything stands, "Check again", withdrawal, and network problems told plainly. And
the export for a helpline or partner."""

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from shiboken6 import isValid

from app.core.fingerprints import MediaFingerprint
from app.core.net import BankName, Note
from app.core.services.catalogue import default_catalogue
from app.core.services.export import FORMATS, build_export
from app.core.services.hashbank import BankSettings, plan
from app.core.vault import BankEntryState, CaseFile, CaseRepository
from app.gui.controller import AppController
from app.gui.dashboard import Action, DashboardWindow
from app.gui.registering.detail import RegistrationWindow
from app.gui.registering.window import RegisterWindow
from app.gui.unlock import UnlockWindow
from tests.gui.cases import add_media, media_fingerprints
from tests.gui.helpers import (
    PASSPHRASE,
    WAIT_MS,
    dialogs_of,
    exits_of,
    home_of,
    make_case_with,
    newest_window,
    open_window,
    unlock_to_dashboard,
)
from tests.hma_server import FakeBank, running_bank

TOKEN = "bank-access-token-77"


@pytest.fixture(scope="module")
def fingerprints(photos: list[Path], testdata: Path) -> list[MediaFingerprint]:
    return media_fingerprints(photos, testdata)


@pytest.fixture
def bank() -> Iterator[tuple[str, FakeBank]]:
    with running_bank() as running:
        running[1].behaviour.token = TOKEN
        yield running


@pytest.fixture
def window(
    qtbot: QtBot, controller: AppController, home: Path, fingerprints: list[MediaFingerprint]
) -> RegisterWindow:
    make_case_with(home, lambda repo: add_media(repo, fingerprints))
    # A short wait for the bank's index, so "still pending" can be seen in a test.
    controller.ctx.config = dataclasses.replace(controller.ctx.config, bank_index_wait_seconds=2.0)
    dashboard = unlock_to_dashboard(qtbot, controller)
    button = dashboard.registrations.buttons[Action.REGISTER]
    return open_window(qtbot, button, RegisterWindow, lambda window: window.overview is not None)


def read_case(controller: AppController, work):  # type: ignore[no-untyped-def]
    assert controller.session is not None
    return controller.session.case.read(work)


def fill_form(window: RegisterWindow, url: str, *, token: str = TOKEN) -> None:
    QTest.mouseClick(window.chooser.cards["hash-bank"].start, Qt.MouseButton.LeftButton)
    form = window.bank_form
    assert form.note.text() == "", "no note unless the user writes one"
    assert "Sent with every fingerprint" in form.note_note.text()
    for field in (form.url, form.bank, form.token):
        field.clear()
    QTest.keyClicks(form.url, url)
    QTest.keyClicks(form.bank, "MY_CASE")
    QTest.keyClicks(form.token, token)
    form.create_bank.setChecked(True)


def send(qtbot: QtBot, window: RegisterWindow) -> None:
    plan_step = window.bank_plan
    assert not plan_step.send.isEnabled(), "nothing goes before the user confirms"
    plan_step.checked.setChecked(True)
    QTest.mouseClick(plan_step.send, Qt.MouseButton.LeftButton)
    assert window.current() is window.bank_run


def wait_for_run(qtbot: QtBot, window: RegisterWindow) -> str:
    qtbot.waitUntil(lambda: not window.bank_run.running, timeout=WAIT_MS)
    return window.bank_run.panel.summary.text()


def test_the_exact_requests_are_shown_and_only_they_are_sent(
    qtbot: QtBot, window: RegisterWindow, controller: AppController, bank: tuple[str, FakeBank]
) -> None:
    url, fake = bank
    fill_form(window, url)
    QTest.mouseClick(window.bank_form.next, Qt.MouseButton.LeftButton)
    assert window.bank_form.token.text() == "", "the token does not stay in the form"
    plan_step = window.bank_plan
    assert window.current() is plan_step
    items = read_case(controller, lambda repo: repo.items())
    expected = plan(
        default_catalogue(), items, BankSettings(url, BankName("MY_CASE"), TOKEN, Note())
    )
    assert plan_step.requests.toPlainText() == "\n".join(expected.requests(url))
    assert plan_step.requests.toPlainText().count("POST ") == 3
    assert "No note is sent." in plan_step.extras.text()
    assert "access token" in plan_step.extras.text()
    assert "Picture 2: It shows someone under 18" in plan_step.skipped.text()
    assert fake.received == [], "nothing left the computer before the user confirmed"

    send(qtbot, window)
    summary = wait_for_run(qtbot, window)
    assert "This time 3 fingerprints were sent." in summary
    assert "3 fingerprints recognised by the bank." in summary
    assert window.header.text() == "Your fingerprints at the bank"
    assert "MY_CASE" in fake.banks and len(fake.contents) == 3
    traffic = fake.traffic()
    assert f"Authorization: Bearer {TOKEN}".encode() in traffic
    for label in (b"Picture", b"Video", b".png", b".mp4"):
        assert label not in traffic, label

    def stored(repo: CaseRepository):  # type: ignore[no-untyped-def]
        registration = repo.registrations()[0]
        return registration, repo.reveal_token(registration), repo.bank_entries(registration.id)

    registration, token, entries = read_case(controller, stored)
    assert token == TOKEN, "the token is kept in the case"
    assert [entry.state for entry in entries] == [BankEntryState.CONFIRMED] * 3

    # The registration's own window never shows the token; it withdraws on request.
    controller.show_registration(registration)
    detail = newest_window(RegistrationWindow)
    qtbot.waitUntil(lambda: detail.detail is not None, timeout=WAIT_MS)
    assert detail.facts["token"].text() == "Kept in your case (••••••)"
    assert detail.facts["pictures"].text() == "Picture 1, Picture 3, Video 1"
    assert all(TOKEN not in label.text() for label in detail.facts.values())
    panel = detail.bank_panel
    QTest.mouseClick(panel.withdraw, Qt.MouseButton.LeftButton)
    assert panel.withdraw_strip.isVisibleTo(detail) and fake.contents, "asked first"
    QTest.mouseClick(panel.withdraw_strip.yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "withdrawn from the bank" in panel.summary.text(), timeout=WAIT_MS)
    assert fake.contents == {}
    qtbot.waitUntil(lambda: detail.facts["status"].text() == "Withdrawn", timeout=WAIT_MS)
    assert not panel.withdraw.isVisibleTo(detail)


def test_pending_fingerprints_are_explained_and_checked_again(
    qtbot: QtBot, window: RegisterWindow, bank: tuple[str, FakeBank]
) -> None:
    url, fake = bank
    fake.behaviour.index_delay = 60.0  # the bank takes a while to update its index
    fill_form(window, url)
    QTest.mouseClick(window.bank_form.next, Qt.MouseButton.LeftButton)
    send(qtbot, window)
    summary = wait_for_run(qtbot, window)
    assert "3 fingerprints stored, but not yet in the bank's list" in summary
    panel = window.bank_run.panel
    assert panel.check.isVisibleTo(window)
    fake.behaviour.index_delay = 0.0
    QTest.mouseClick(panel.check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "3 fingerprints recognised by the bank." in panel.summary.text(), timeout=WAIT_MS
    )
    assert not panel.check.isVisibleTo(window)


def test_stopping_a_run_keeps_what_was_sent_and_never_sends_twice(
    qtbot: QtBot, window: RegisterWindow, bank: tuple[str, FakeBank]
) -> None:
    url, fake = bank
    fake.behaviour.slow_seconds = 0.4
    fill_form(window, url)
    QTest.mouseClick(window.bank_form.next, Qt.MouseButton.LeftButton)
    send(qtbot, window)
    run = window.bank_run
    assert not window.back.isEnabled(), "no going back while sending"
    qtbot.waitUntil(lambda: fake.adds >= 1, timeout=WAIT_MS)
    QTest.mouseClick(run.stop, Qt.MouseButton.LeftButton)
    assert run.status.text() == "Stopping…"
    summary = wait_for_run(qtbot, window)
    assert summary.startswith("Stopped. What was sent before you stopped is kept")
    assert 1 <= fake.adds < 3
    assert "not sent yet" in summary
    sent_before = fake.adds
    # Sending again (same bank) sends only what is left.
    fake.behaviour.slow_seconds = 0.0
    QTest.mouseClick(window.back, Qt.MouseButton.LeftButton)
    assert window.current() is window.chooser
    fill_form(window, url, token="")  # the kept token is used
    qtbot.waitUntil(
        lambda: "A token is kept in your case for this bank" in window.bank_form.token_note.text(),
        timeout=WAIT_MS,
    )
    QTest.mouseClick(window.bank_form.next, Qt.MouseButton.LeftButton)
    send(qtbot, window)
    summary = wait_for_run(qtbot, window)
    assert fake.adds == 3 and len(fake.contents) == 3
    assert f"This time {3 - sent_before} fingerprint" in summary


def test_network_problems_and_bad_answers_are_told_plainly(
    qtbot: QtBot, window: RegisterWindow, controller: AppController
) -> None:
    dialogs = dialogs_of(controller)
    form = window.bank_form
    fill_form(window, "http://example.org")
    QTest.mouseClick(form.next, Qt.MouseButton.LeftButton)
    assert window.current() is form
    assert "https://" in form.problem.text()
    form.url.setText("https://hashbank.example.org")
    form.bank.setText("my case")
    QTest.mouseClick(form.next, Qt.MouseButton.LeftButton)
    assert "capital letters" in form.problem.text()
    # Nothing listens on this port: the bank "is not running there".
    form.url.setText("http://127.0.0.1:9")
    form.bank.setText("MY_CASE")
    QTest.mouseClick(form.next, Qt.MouseButton.LeftButton)
    send(qtbot, window)
    wait_for_run(qtbot, window)
    qtbot.waitUntil(lambda: bool(dialogs.messages), timeout=WAIT_MS)
    kind, headline, text = dialogs.messages[-1]
    assert (kind, headline) == ("warn", "The hash bank is not running there")
    assert "refused the connection" in text


@pytest.mark.parametrize("export_format", FORMATS)
def test_the_export_says_what_is_left_out_and_saves_only_fingerprints(
    qtbot: QtBot, window: RegisterWindow, controller: AppController, tmp_path: Path,
    export_format: str,
) -> None:  # fmt: skip
    dialogs = dialogs_of(controller)
    QTest.mouseClick(window.chooser.cards["hash-export"].start, Qt.MouseButton.LeftButton)
    export = window.export
    assert window.current() is export
    export.format.set_value(export_format)
    export.format.changed.emit()
    items = read_case(controller, lambda repo: repo.items())
    built = build_export(items, export_format)
    left_out = export.left_out_lines(items, export_format)
    assert len(left_out) == len(built.left_out), "the same rules as the export itself"
    assert "Picture 2: shows someone under 18" in export.left_out.text()
    if export_format == "csv":
        assert "Video 1: videos cannot go in this form" in export.left_out.text()
    assert export.included.text().startswith(f"{built.included} fingerprint")
    dialogs.save_path = str(tmp_path / f"out.{export_format}")
    QTest.mouseClick(export.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: export.result.text().startswith("Saved"), timeout=WAIT_MS)
    written = (tmp_path / f"out.{export_format}").read_text(encoding="utf-8")
    assert written.count("\n") >= built.included
    for private in ("Picture", ".png", ".mp4", str(tmp_path)):
        assert private not in written


def test_an_export_to_a_folder_that_cannot_be_written_says_so(
    qtbot: QtBot, window: RegisterWindow, controller: AppController, read_only_folder: Path
) -> None:
    dialogs = dialogs_of(controller)
    QTest.mouseClick(window.chooser.cards["hash-export"].start, Qt.MouseButton.LeftButton)
    dialogs.save_path = str(read_only_folder / "fingerprints.txt")
    QTest.mouseClick(window.export.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialogs.messages), timeout=WAIT_MS)
    assert dialogs.messages[-1][:2] == ("warn", "The file was not saved")
    assert not (read_only_folder / "fingerprints.txt").exists()


def test_the_dashboard_lists_the_bank_by_name(
    qtbot: QtBot, window: RegisterWindow, controller: AppController, bank: tuple[str, FakeBank]
) -> None:
    url, _fake = bank
    fill_form(window, url)
    QTest.mouseClick(window.bank_form.next, Qt.MouseButton.LeftButton)
    send(qtbot, window)
    wait_for_run(qtbot, window)
    dashboard = controller.window
    assert isinstance(dashboard, DashboardWindow)
    qtbot.waitUntil(lambda: dashboard.registrations.model.rowCount() == 1, timeout=WAIT_MS)
    model = dashboard.registrations.model
    assert model.index(0, 0).data() == "A hash bank (Hasher-Matcher-Actioner)"
    assert model.index(0, 1).data() == "MY_CASE"


def test_locking_during_a_run_stops_it_and_keeps_what_was_sent(
    qtbot: QtBot,
    window: RegisterWindow,
    controller: AppController,
    bank: tuple[str, FakeBank],
) -> None:
    url, fake = bank
    fake.behaviour.slow_seconds = 0.4
    fill_form(window, url)
    QTest.mouseClick(window.bank_form.next, Qt.MouseButton.LeftButton)
    send(qtbot, window)
    qtbot.waitUntil(lambda: fake.adds >= 1, timeout=WAIT_MS)
    controller.lock()
    qtbot.waitUntil(lambda: isinstance(controller.window, UnlockWindow), timeout=WAIT_MS)
    assert controller.session is None
    # A request already on its way is answered (or times out) before the run can stop.
    qtbot.waitUntil(lambda: not controller.ctx.runner.busy, timeout=WAIT_MS)
    assert fake.adds < 3, "the run stopped with the lock"
    with CaseFile.open(home_of(controller), passphrase=PASSPHRASE) as case:
        entries = case.read(lambda repo: repo.bank_entries(repo.registrations()[0].id))
    sent = [entry for entry in entries if entry.content_id is not None]
    assert len(sent) == fake.adds, "every fingerprint the bank stored is recorded"


def test_the_quick_exit_works_from_the_registration_window(
    qtbot: QtBot, window: RegisterWindow, controller: AppController
) -> None:
    QTest.mouseClick(window.quick_exit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: exits_of(controller).codes == [0], timeout=WAIT_MS)
    assert not isValid(window) or not window.isVisible()
    assert controller.session is None
