"""The unlock screen: the right and wrong passphrase, the remembered key, the recovery code,
a case open elsewhere and a damaged case file (nothing overwritten)."""

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.core.vault.store import FILE_NAME
from app.gui.controller import AppController
from app.gui.dashboard import DashboardWindow
from app.gui.unlock import UnlockWindow
from tests.conftest import ROOT
from tests.gui.fakes import FakeDialogs
from tests.gui.helpers import PASSPHRASE, WAIT_MS, make_case


def show_unlock(qtbot: QtBot, controller: AppController) -> UnlockWindow:
    controller.start()
    unlock = controller.window
    assert isinstance(unlock, UnlockWindow)
    qtbot.waitExposed(unlock)
    return unlock


def try_passphrase(qtbot: QtBot, unlock: UnlockWindow, passphrase: str) -> None:
    unlock.field.clear()
    QTest.keyClicks(unlock.field, passphrase)
    QTest.keyClick(unlock.field, Qt.Key.Key_Return)


def wait_for_problem(qtbot: QtBot, unlock: UnlockWindow) -> None:
    qtbot.waitUntil(lambda: not unlock.problem_box.isHidden(), timeout=WAIT_MS)


def wait_for_dashboard(qtbot: QtBot, controller: AppController) -> DashboardWindow:
    qtbot.waitUntil(lambda: isinstance(controller.window, DashboardWindow), timeout=WAIT_MS)
    assert isinstance(controller.window, DashboardWindow)
    return controller.window


def case_files(home: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in home.glob("case.smcase*")}


def test_a_wrong_passphrase_is_explained_in_place_then_the_right_one_opens(
    qtbot: QtBot, controller: AppController, dialogs: FakeDialogs, home: Path
) -> None:
    make_case(home)[0].close()
    before = case_files(home)
    unlock = show_unlock(qtbot, controller)
    try_passphrase(qtbot, unlock, "not my passphrase")
    wait_for_problem(qtbot, unlock)
    assert unlock.problem_title.text() == "That did not open your case"
    assert "Caps Lock" in unlock.problem_text.text()
    assert unlock.field.text() == ""
    assert unlock.earlier_copy.isHidden()
    assert not dialogs.messages
    assert case_files(home) == before, "a failed attempt changes nothing on disk"
    try_passphrase(qtbot, unlock, PASSPHRASE)
    wait_for_dashboard(qtbot, controller)
    assert controller.session is not None


def test_the_key_remembered_on_this_computer_opens_without_a_passphrase(
    qtbot: QtBot, controller: AppController, home: Path
) -> None:
    case, _code = make_case(home)
    case.remember_on_this_computer(True)
    case.close()
    unlock = show_unlock(qtbot, controller)
    qtbot.waitUntil(lambda: not unlock.remembered.isHidden(), timeout=WAIT_MS)
    QTest.mouseClick(unlock.remembered, Qt.MouseButton.LeftButton)
    wait_for_dashboard(qtbot, controller)


def test_without_a_password_store_only_the_passphrase_is_offered(
    qtbot: QtBot, controller: AppController, home: Path, no_keyring: None
) -> None:
    make_case(home)[0].close()
    unlock = show_unlock(qtbot, controller)
    with qtbot.waitSignal(controller.ctx.runner.idle, timeout=WAIT_MS):
        pass  # the remembered-key check has finished
    assert unlock.remembered.isHidden()
    try_passphrase(qtbot, unlock, PASSPHRASE)
    wait_for_dashboard(qtbot, controller)


def test_the_recovery_code_opens_the_case_and_suggests_a_new_passphrase(
    qtbot: QtBot, controller: AppController, home: Path
) -> None:
    case, code = make_case(home)
    case.close()
    unlock = show_unlock(qtbot, controller)
    QTest.mouseClick(unlock.switch_mode, Qt.MouseButton.LeftButton)
    assert unlock.field_label.text() == "&Recovery code"
    try_passphrase(qtbot, unlock, code.lower().replace("-", " "))
    dashboard = wait_for_dashboard(qtbot, controller)
    assert "recovery code" in dashboard.notice.text()
    assert dashboard.notice.isVisible()


def test_a_case_open_in_another_program_is_named_and_left_alone(
    qtbot: QtBot, controller: AppController, home: Path
) -> None:
    make_case(home)[0].close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys, time
                from pathlib import Path
                from app.core.vault import CaseFile
                case = CaseFile.open(Path({str(home)!r}), passphrase={PASSPHRASE!r})
                print("open", flush=True)
                sys.stdin.read()
                case.close()
                """
            ),
        ],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "open"
        before = case_files(home)
        unlock = show_unlock(qtbot, controller)
        try_passphrase(qtbot, unlock, PASSPHRASE)
        wait_for_problem(qtbot, unlock)
        assert unlock.problem_title.text() == "Your case is already open"
        assert f"process {holder.pid}" in unlock.problem_text.text()
        assert case_files(home) == before
    finally:
        holder.communicate("", timeout=30)
    # Once the other program has closed it, trying again works.
    try_passphrase(qtbot, unlock, PASSPHRASE)
    wait_for_dashboard(qtbot, controller)


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


def test_a_damaged_case_offers_the_earlier_copy_and_overwrites_nothing(
    qtbot: QtBot, controller: AppController, home: Path
) -> None:
    case, _code = make_case(home)
    case.change(lambda repo: repo.set_meta("note", "a later change"))  # a second generation
    case.close()
    damage(home / FILE_NAME)
    before = case_files(home)
    unlock = show_unlock(qtbot, controller)
    try_passphrase(qtbot, unlock, PASSPHRASE)
    wait_for_problem(qtbot, unlock)
    assert unlock.problem_title.text() == "Your case file could not be read"
    assert "earlier cop" in unlock.problem_text.text()
    assert not unlock.earlier_copy.isHidden()
    assert case_files(home) == before, "the damaged file is kept as it was"
    QTest.mouseClick(unlock.earlier_copy, Qt.MouseButton.LeftButton)
    wait_for_dashboard(qtbot, controller)


@pytest.mark.parametrize("content", [b"", b"not a case file at all"])
def test_a_case_file_with_no_earlier_copy_is_explained(
    qtbot: QtBot, controller: AppController, home: Path, content: bytes
) -> None:
    make_case(home)[0].close()
    for path in home.glob("case.smcase*"):
        path.unlink()
    (home / FILE_NAME).write_bytes(content)
    unlock = show_unlock(qtbot, controller)
    try_passphrase(qtbot, unlock, PASSPHRASE)
    wait_for_problem(qtbot, unlock)
    assert unlock.problem_title.text() == "Your case file could not be read"
    assert unlock.earlier_copy.isHidden()
    assert (home / FILE_NAME).read_bytes() == content


def test_in_dutch_the_problem_is_explained_in_dutch(
    qtbot: QtBot, controller: AppController, home: Path
) -> None:
    make_case(home)[0].close()
    controller.ctx.translations.apply("nl")
    unlock = show_unlock(qtbot, controller)
    try_passphrase(qtbot, unlock, "not my passphrase")
    wait_for_problem(qtbot, unlock)
    assert unlock.problem_title.text() == "Dat opende je dossier niet"
    assert "Caps Lock" in unlock.problem_text.text()
    assert "passphrase" not in unlock.problem_text.text()
