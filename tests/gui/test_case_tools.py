"""Backing up, moving and deleting the case from the windows: real cases on disk (the test
photographs' and a video's real fingerprints, a StopNCII registration with its PIN, a
screenshot kept as evidence), real ``.stillmine`` files, and the real app offscreen."""

import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget, QWizard

from app.core.fingerprints import MediaFingerprint
from app.core.vault import (
    TEST_ONLY_WEAK_KDF,
    CaseFile,
    CaseRepository,
    EvidenceFile,
    Item,
    WrongPassphrase,
    case_exists,
    item_from_fingerprint,
    utc_now,
)
from app.core.vault.bundle import export_bundle
from app.core.vault.store import case_path
from app.gui.case_tools import DeleteEverythingWindow, ExportCaseWindow, ImportCaseWindow
from app.gui.config import GuiConfig
from app.gui.controller import AppController
from app.gui.dashboard import DashboardWindow
from app.gui.launch import build_app
from app.gui.settings_dialog import SettingsDialog
from app.gui.unlock import UnlockWindow
from app.gui.wizard import CaseWizard
from tests.gui.cases import CASE_NUMBER, PIN, add_due_registration, add_media, media_fingerprints
from tests.gui.conftest import shut_down
from tests.gui.fakes import ExitRecorder, FakeDialogs, MemoryKeyring
from tests.gui.helpers import (
    PASSPHRASE,
    WAIT_MS,
    dialogs_of,
    home_of,
    make_case,
    newest_window,
    start_wizard,
    unlock_to_dashboard,
)
from tests.gui.screens import shown_texts
from tests.gui.test_accessibility import accessible_name, controls, mnemonics

BACKUP_PASSPHRASE = "copper whistle autumn harbour"
NEW_PASSPHRASE = "violet tram seventeen lakes"


@pytest.fixture(scope="module")
def fingerprints(photos: list[Path], testdata: Path) -> list[MediaFingerprint]:
    return media_fingerprints(photos, testdata)


@pytest.fixture
def screenshot(photos: list[Path]) -> Path:
    """The picture kept as a screenshot in the evidence (any real image file will do)."""
    return photos[3]


@pytest.fixture
def build(fingerprints: list[MediaFingerprint], screenshot: Path) -> Callable[[Path], None]:
    """Makes the test case (see ``build_case``) in a folder."""
    return lambda folder: build_case(folder, fingerprints, screenshot)


@pytest.fixture
def bundle(tmp_path: Path, build: Callable[[Path], None]) -> Path:
    """A backup of the test case made directly with the core (for opening one)."""
    build(tmp_path / "old-computer")
    made = tmp_path / "case.stillmine"
    with CaseFile.open(tmp_path / "old-computer", passphrase=PASSPHRASE) as case:
        export_bundle(case, made, BACKUP_PASSPHRASE, kdf=TEST_ONLY_WEAK_KDF)
    return made


def build_case(folder: Path, fingerprints: list[MediaFingerprint], screenshot: Path) -> None:
    """Three photographs and a video, a StopNCII registration with its PIN, and a copy
    found with a screenshot of it kept as evidence (a real, encrypted evidence file)."""
    case, _code = make_case(folder)
    with case:
        items = case.change(lambda repo: add_media(repo, fingerprints))
        case.change(lambda repo: add_due_registration(repo, items))
        sighting = case.read(lambda repo: repo.sightings())[0]
        case.add_evidence(
            io.BytesIO(screenshot.read_bytes()),
            EvidenceFile("", 0, utc_now(), sighting_id=sighting.id, description="screenshot"),
        )


def add_picture(repo: CaseRepository, fingerprint: MediaFingerprint, label: str) -> Item:
    return repo.add_item(item_from_fingerprint(fingerprint, label))


def click(button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def open_export_from_settings(qtbot: QtBot, controller: AppController) -> ExportCaseWindow:
    controller.show_settings()
    settings = newest_window(SettingsDialog)
    qtbot.waitUntil(lambda: "backup" in settings.backup_state.text(), timeout=WAIT_MS)
    click(settings.make_backup)
    return newest_window(ExportCaseWindow)


def export_case(qtbot: QtBot, window: ExportCaseWindow, destination: Path) -> None:
    """Type the backup's passphrase twice, choose ``destination`` and wait for the file."""
    dialogs_of_window(window).save_path = str(destination)
    assert not window.save_button.isEnabled()  # nothing typed yet
    QTest.keyClicks(window.passphrase.field, BACKUP_PASSPHRASE)
    assert not window.save_button.isEnabled()  # typed once
    QTest.keyClicks(window.passphrase.confirm, BACKUP_PASSPHRASE)
    click(window.save_button)
    qtbot.waitUntil(lambda: "is saved as" in window.status.text(), timeout=WAIT_MS)
    assert destination.is_file()
    assert window.passphrase.text() == ""  # the passphrase does not stay in the field


def dialogs_of_window(window: ExportCaseWindow | ImportCaseWindow) -> FakeDialogs:
    dialogs = window.ctx.dialogs
    assert isinstance(dialogs, FakeDialogs)
    return dialogs


@contextmanager
def second_computer(folder: Path) -> Iterator[AppController]:
    """Another StillMine with an empty data folder of its own (a new computer)."""
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    config = GuiConfig(
        kdf=TEST_ONLY_WEAK_KDF, home=folder, fingerprint_workers=1, end_process=ExitRecorder()
    )
    controller = build_app(qapp, config, FakeDialogs())
    try:
        yield controller
    finally:
        shut_down(qapp, controller)


def open_import(qtbot: QtBot, controller: AppController) -> ImportCaseWindow:
    """Press "Open a case from a backup" on the first window (wizard or unlock screen)."""
    window = controller.window
    if isinstance(window, CaseWizard):
        qtbot.waitExposed(window)
        button = window.button(QWizard.WizardButton.CustomButton3)
        assert isinstance(button, QPushButton)
        click(button)
    else:
        assert isinstance(window, UnlockWindow)
        click(window.import_button)
    return newest_window(ImportCaseWindow)


def fill_in_import(window: ImportCaseWindow, bundle: Path, file_passphrase: str) -> None:
    dialogs_of_window(window).open_file = str(bundle)
    click(window.choose_button)
    assert bundle.name in window.chosen.text()
    QTest.keyClicks(window.file_passphrase, file_passphrase)
    QTest.keyClicks(window.passphrase.field, NEW_PASSPHRASE)
    QTest.keyClicks(window.passphrase.confirm, NEW_PASSPHRASE)


def finish_import(qtbot: QtBot, controller: AppController, window: ImportCaseWindow) -> None:
    """Wait for the recovery code, tick "written down" and continue to the dashboard."""
    qtbot.waitUntil(window.code_panel.isVisible, timeout=WAIT_MS)
    code = window.code_panel.code.text().replace("\n", "-")
    assert len(code) > 20
    assert not window.continue_button.isEnabled()  # not before it is written down
    window.code_panel.written.setChecked(True)
    click(window.continue_button)
    qtbot.waitUntil(lambda: isinstance(controller.window, DashboardWindow), timeout=WAIT_MS)
    dashboard = controller.window
    assert isinstance(dashboard, DashboardWindow)
    qtbot.waitUntil(lambda: dashboard.overview_data is not None, timeout=WAIT_MS)


def shown_problem(qtbot: QtBot, window: ImportCaseWindow) -> tuple[str, str]:
    qtbot.waitUntil(window.problem_box.isVisible, timeout=WAIT_MS)
    return window.problem_title.text(), window.problem_text.text()


# --- backup and moving to a new computer -----------------------------------------------------


def test_a_backup_without_pins_opens_on_a_new_computer_with_a_new_passphrase(
    qtbot: QtBot,
    controller: AppController,
    tmp_path: Path,
    build: Callable[[Path], None],
    screenshot: Path,
) -> None:
    home = home_of(controller)
    build(home)
    unlock_to_dashboard(qtbot, controller)
    export = open_export_from_settings(qtbot, controller)
    qtbot.waitUntil(lambda: "not made a backup" in export.last_backup.text(), timeout=WAIT_MS)
    export.without_secrets.setChecked(True)
    bundle = tmp_path / "usb-stick" / "case.stillmine"
    bundle.parent.mkdir()
    export_case(qtbot, export, bundle)
    assert dialogs_of(controller).save_requests[0][1].endswith(".stillmine")
    # Without its PINs the copy cannot restore the case: it does not count as a backup.
    assert "not made a backup" in export.last_backup.text()
    controller.lock()
    qtbot.waitUntil(lambda: isinstance(controller.window, UnlockWindow), timeout=WAIT_MS)

    with second_computer(tmp_path / "new-computer") as new:
        new.start()
        window = open_import(qtbot, new)
        assert not window.replacing and not window.replace_box.isVisibleTo(window)
        fill_in_import(window, bundle, BACKUP_PASSPHRASE)
        click(window.open_button)
        finish_import(qtbot, new, window)
        dashboard = new.window
        assert isinstance(dashboard, DashboardWindow)
        data = dashboard.overview_data
        assert data is not None
        assert [item.label for item in data.items] == [
            "Picture 1",
            "Picture 2",
            "Picture 3",
            "Video 1",
        ]
        assert [r.case_number for r in data.registrations] == [CASE_NUMBER]
        assert data.registrations[0].pin_secret_id is None  # the PIN was left out
        assert new.session is not None
        evidence = new.session.case.evidence.stored()
        assert len(evidence) == 1
        assert new.session.case.evidence.read(evidence[0]) == screenshot.read_bytes()
        new.lock()
        qtbot.waitUntil(lambda: isinstance(new.window, UnlockWindow), timeout=WAIT_MS)
        # The new passphrase opens it on the new computer; the backup's passphrase does not.
        with pytest.raises(WrongPassphrase):
            CaseFile.open(tmp_path / "new-computer", passphrase=BACKUP_PASSPHRASE)
        CaseFile.open(tmp_path / "new-computer", passphrase=NEW_PASSPHRASE).close()

    # The case on the old computer still has its PIN.
    with CaseFile.open(home, passphrase=PASSPHRASE) as case:
        pins = case.read(lambda repo: [repo.reveal_pin(r) for r in repo.registrations()])
    assert pins == [PIN]


def test_a_backup_with_pins_keeps_them_and_replaces_a_case_only_when_asked(
    qtbot: QtBot, controller: AppController, bundle: Path
) -> None:
    home = home_of(controller)
    make_case(home)[0].close()  # an empty case is here already
    controller.start()
    window = open_import(qtbot, controller)
    assert window.replacing and window.replace_box.isVisible()
    fill_in_import(window, bundle, BACKUP_PASSPHRASE)
    assert not window.open_button.isEnabled()  # not before "replace" is ticked
    window.replace.setChecked(True)
    click(window.open_button)
    finish_import(qtbot, controller, window)
    assert controller.session is not None
    pins = controller.session.case.read(
        lambda repo: [repo.reveal_pin(r) for r in repo.registrations()]
    )
    assert pins == [PIN]
    aside = [path for path in home.iterdir() if path.name.startswith("replaced-")]
    assert len(aside) == 1 and (aside[0] / case_path(home).name).is_file()


def test_a_wrong_passphrase_is_said_plainly_and_changes_nothing(
    qtbot: QtBot, controller: AppController, bundle: Path
) -> None:
    home = home_of(controller)
    start_wizard(qtbot, controller)
    window = open_import(qtbot, controller)
    fill_in_import(window, bundle, "not the right passphrase")
    click(window.open_button)
    headline, text = shown_problem(qtbot, window)
    assert headline == "That passphrase does not open this file"
    assert "Nothing on this computer was changed" in text
    assert window.file_passphrase.text() == ""  # cleared, ready to type again
    assert not case_exists(home)
    assert isinstance(controller.window, CaseWizard)
    # The right one then works, without choosing the file again.
    QTest.keyClicks(window.file_passphrase, BACKUP_PASSPHRASE)
    click(window.open_button)
    finish_import(qtbot, controller, window)


def test_closing_at_the_recovery_code_still_shows_the_case_and_it_locks_cleanly(
    qtbot: QtBot, controller: AppController, bundle: Path
) -> None:
    start_wizard(qtbot, controller)
    window = open_import(qtbot, controller)
    fill_in_import(window, bundle, BACKUP_PASSPHRASE)
    click(window.open_button)
    qtbot.waitUntil(window.code_panel.isVisible, timeout=WAIT_MS)
    assert controller.session is not None  # handed over at once: a lock would save it
    window.close()
    qtbot.waitUntil(lambda: isinstance(controller.window, DashboardWindow), timeout=WAIT_MS)
    controller.lock()
    qtbot.waitUntil(lambda: isinstance(controller.window, UnlockWindow), timeout=WAIT_MS)
    unlock = controller.window
    assert isinstance(unlock, UnlockWindow)
    QTest.keyClicks(unlock.field, NEW_PASSPHRASE)
    click(unlock.open_button)
    qtbot.waitUntil(lambda: isinstance(controller.window, DashboardWindow), timeout=WAIT_MS)


@pytest.mark.parametrize("language", ["en", "nl"])
def test_a_changed_or_cut_short_backup_is_refused_and_changes_nothing(
    qtbot: QtBot, controller: AppController, tmp_path: Path, bundle: Path, language: str
) -> None:
    home = home_of(controller)
    data = bytearray(bundle.read_bytes())
    flipped = tmp_path / "flipped.stillmine"
    data[len(data) // 2] ^= 0x01  # one flipped bit in the encrypted body
    flipped.write_bytes(bytes(data))
    cut = tmp_path / "cut.stillmine"
    cut.write_bytes(bundle.read_bytes()[: len(data) - 100])
    start_wizard(qtbot, controller)
    controller.ctx.translations.apply(language)
    window = open_import(qtbot, controller)
    fill_in_import(window, flipped, BACKUP_PASSPHRASE)
    click(window.open_button)
    headline, text = shown_problem(qtbot, window)
    if language == "en":
        assert headline == "This backup file cannot be used"
        assert text.startswith("The export file is incomplete or damaged")
    else:
        assert headline == "Dit back-upbestand is niet te gebruiken"
        assert "beschadigd" in text and "Er is niets" in text
    window.set_bundle(cut)  # the passphrase typed stays: only the file was wrong
    click(window.open_button)
    assert shown_problem(qtbot, window) == (headline, text)
    assert not case_exists(home)
    assert not [path for path in home.iterdir() if path.name.startswith(".importing")]


# --- the backup reminder ---------------------------------------------------------------------


def test_the_dashboard_reminds_of_a_backup_until_one_is_made(
    qtbot: QtBot, controller: AppController, tmp_path: Path, fingerprints: list[MediaFingerprint]
) -> None:
    case, _code = make_case(home_of(controller))
    with case:
        case.change(lambda repo: add_picture(repo, fingerprints[0], "Picture 1"))
        case.change(lambda repo: repo.mark_backed_up())  # backed up after the first picture
    dashboard = unlock_to_dashboard(qtbot, controller)
    reminder = "not in a backup yet"
    assert reminder not in dashboard.overview.attention.text()
    assert not dashboard.overview.backup_button.isVisible()

    # An important change through the case (another picture): the reminder appears.
    session = controller.session
    assert session is not None
    session.change(
        lambda repo: add_picture(repo, fingerprints[1], "Picture 2"),
        lambda _item: None,
        lambda error: pytest.fail(str(error)),
        None,
    )
    qtbot.waitUntil(lambda: reminder in dashboard.overview.attention.text(), timeout=WAIT_MS)
    assert dashboard.overview.backup_button.isVisible()

    click(dashboard.overview.backup_button)
    export = newest_window(ExportCaseWindow)
    export_case(qtbot, export, tmp_path / "backup.stillmine")
    qtbot.waitUntil(lambda: reminder not in dashboard.overview.attention.text(), timeout=WAIT_MS)
    assert not dashboard.overview.backup_button.isVisible()
    last = session.case.read(lambda repo: repo.last_backup_at())
    assert last is not None and (utc_now() - last).total_seconds() < 60


# --- deleting everything ---------------------------------------------------------------------


def test_delete_everything_asks_for_a_word_then_leaves_nothing_and_starts_again(
    qtbot: QtBot,
    controller: AppController,
    build: Callable[[Path], None],
    memory_keyring: MemoryKeyring,
) -> None:
    home = home_of(controller)
    build(home)
    with CaseFile.open(home, passphrase=PASSPHRASE) as case:
        case.remember_on_this_computer(True)
    assert memory_keyring.passwords
    unlock_to_dashboard(qtbot, controller)
    controller.show_settings()
    settings = newest_window(SettingsDialog)
    click(settings.delete_everything)
    window = newest_window(DeleteEverythingWindow)
    explained = window.deleted.text() + window.kept.text()
    for words in ("case file", "earlier copies", "evidence", "remembers", "not withdrawn"):
        assert words in explained
    assert not window.delete_button.isEnabled()
    QTest.keyClicks(window.word, "delet")
    assert not window.delete_button.isEnabled()
    QTest.keyClicks(window.word, "e")
    click(window.delete_button)

    qtbot.waitUntil(lambda: isinstance(controller.window, CaseWizard), timeout=WAIT_MS)
    assert controller.session is None
    assert not case_exists(home)
    left = sorted(path.name for path in home.iterdir()) if home.exists() else []
    assert not [name for name in left if name.startswith(case_path(home).name)]
    assert "evidence" not in left
    assert not memory_keyring.passwords
    assert ("inform", "Everything was deleted") in [m[:2] for m in dialogs_of(controller).messages]
    # Nothing else is open (settings, the confirmation, the dashboard).
    open_windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert open_windows == [controller.window]


# --- words, names and shortcuts in both languages ---------------------------------------------


def test_the_windows_speak_dutch_name_their_controls_and_share_no_shortcut(
    qtbot: QtBot, controller: AppController, build: Callable[[Path], None]
) -> None:
    build(home_of(controller))
    unlock_to_dashboard(qtbot, controller)
    controller.show_export()
    controller.show_delete_everything()
    controller.show_import()  # a case is here: the "replace" part shows too
    export = newest_window(ExportCaseWindow)
    qtbot.waitUntil(lambda: "backup" in export.last_backup.text(), timeout=WAIT_MS)
    windows: list[QWidget] = [
        export,
        newest_window(DeleteEverythingWindow),
        newest_window(ImportCaseWindow),
    ]
    problems: list[str] = []

    def check(window: QWidget, language: str) -> None:
        name = f"{type(window).__name__} ({language})"
        letters = mnemonics(window)
        problems.extend(f"{name}: Alt+{x} twice" for x in set(letters) if letters.count(x) > 1)
        unnamed = [control for control in controls(window) if not accessible_name(control)]
        problems.extend(f"{name}: {control!r} has no name" for control in unnamed)

    def untranslated(english: dict[str, str], dutch: dict[str, str]) -> list[str]:
        return [
            text
            for key, text in dutch.items()
            if key != "window title"
            and english.get(key) == text
            and any(len(word) > 3 for word in text.split())
        ]

    english = [shown_texts(window) for window in windows]
    for window in windows:
        check(window, "en")
    controller.ctx.translations.apply("nl")
    for window, texts in zip(windows, english, strict=True):

        def changed(w: QWidget = window, e: dict[str, str] = texts) -> bool:
            return shown_texts(w) != e

        qtbot.waitUntil(changed, timeout=WAIT_MS)
        check(window, "nl")
        same = untranslated(texts, shown_texts(window))
        problems.extend(f"{type(window).__name__}: not translated: {text!r}" for text in same)
    assert not problems, "\n".join(problems)
