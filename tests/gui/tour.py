"""Walk every registration screen of an open case, pausing on each (tests and screenshots).

``registration_tour`` is a generator like ``tests.gui.drive.first_run``: it yields
``(name, window)`` when a screen is ready and goes on when asked. It registers with StopNCII
(typed in like a user would), sends to the fake hash bank at ``bank_url``, shows the export,
both kinds of registration, and a new recovery code in the settings. The case's pictures are
first answered so that every service has something to say (one of them under 18).
"""

from collections.abc import Iterator

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QWidget

from app.core.vault import AgeInContent, CaseRepository
from app.gui.controller import AppController
from app.gui.registering.detail import RegistrationWindow
from app.gui.registering.window import RegisterWindow
from app.gui.settings_dialog import SettingsDialog
from tests.gui.cases import CASE_NUMBER, PIN
from tests.gui.loop import settle, wait_until

Tour = Iterator[tuple[str, QWidget]]


def newest(kind: type) -> QWidget:
    """The newest visible top-level window of type ``kind``."""
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert found, f"no {kind.__name__} is open"
    return found[-1]


def answer_for_every_service(repo: CaseRepository) -> None:
    """The user is in every picture; the second shows someone under 18."""
    for number, item in enumerate(repo.items(), start=1):
        item.user_appears = True
        if number == 2:
            item.age_in_content = AgeInContent.UNDER_18
        repo.update_item(item)


def registration_tour(controller: AppController, bank_url: str) -> Tour:
    """Every registration screen, in the order a user meets them."""
    session = controller.session
    assert session is not None
    session.case.change(answer_for_every_service)
    controller.show_registering()
    window = newest(RegisterWindow)
    assert isinstance(window, RegisterWindow)
    wait_until(lambda: window.overview is not None and bool(window.overview.items))
    yield "register-chooser", window
    yield from _website(window)
    yield from _hash_bank(window, bank_url)
    window.start_over()
    window.chooser.cards["hash-export"].start.click()
    yield "register-export", window
    window.close()
    yield from _registrations(controller)
    yield from _new_recovery_code(controller)


def _website(window: RegisterWindow) -> Tour:
    window.chooser.cards["stopncii"].start.click()
    yield "register-stopncii", window
    window.handoff.record.click()
    window.record.case_number.setText(CASE_NUMBER)
    window.record.pin.setText(PIN)
    yield "register-record", window
    window.record.save.click()
    wait_until(lambda: window.current() is window.saved)
    yield "register-saved", window
    window.start_over()
    window.chooser.cards["take-it-down"].start.click()
    yield "register-take-it-down", window


def _hash_bank(window: RegisterWindow, bank_url: str) -> Tour:
    window.start_over()
    window.chooser.cards["hash-bank"].start.click()
    form = window.bank_form
    form.url.setText(bank_url)
    form.bank.setText("MY_CASE")
    form.token.setText("an-access-token")
    form.create_bank.setChecked(True)
    yield "bank-form", window
    form.next.click()
    window.bank_plan.checked.setChecked(True)
    yield "bank-plan", window
    window.bank_plan.send.click()
    wait_until(lambda: not window.bank_run.running, timeout_ms=60_000)
    yield "bank-report", window


def _registrations(controller: AppController) -> Tour:
    session = controller.session
    assert session is not None
    for registration in session.case.read(lambda repo: repo.registrations()):
        controller.show_registration(registration)
        detail = newest(RegistrationWindow)
        assert isinstance(detail, RegistrationWindow)
        wait_until(lambda d=detail: d.detail is not None)  # type: ignore[misc]
        yield f"registration-{registration.service}", detail
        detail.close()


def _new_recovery_code(controller: AppController) -> Tour:
    controller.show_settings()
    settings = newest(SettingsDialog)
    assert isinstance(settings, SettingsDialog)
    wait_until(settings.remember.isEnabled)
    settings.new_code.click()
    settings.new_code_strip.yes.click()
    wait_until(settings.code_panel.isVisible)
    settings.code_panel.written.setChecked(True)
    # The panel appears and the settings scroll to it: let both finish before looking.
    wait_until(
        lambda: (
            settings.code_done.mapTo(settings, QPoint()).y()
            > settings.code_panel.written.mapTo(settings, QPoint()).y()
        )
    )
    settle()
    yield "settings-new-recovery-code", settings
    settings.code_done.click()
    settings.close()
