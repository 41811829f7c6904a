"""Helper mode in the window, both sides: the user makes a fingerprints-only package, the
helper opens it from the unlock screen (no case of their own), scans what they found and
saves a match report, and the user imports it as sightings. Wrong passphrases, a file that
is not a package, and the "I'm helping someone" button of the first run. Real case files,
real photographs and their real edited copies."""

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard

from app.core.scan.helper import read_helper_package, read_match_report
from app.core.vault import Item
from app.gui.controller import AppController
from app.gui.dashboard import Action
from app.gui.scanning.helper_window import HelperWindow
from app.gui.scanning.share import ImportReportWindow, MakePackageWindow
from app.gui.scanning.window import ScanWindow
from app.gui.unlock import UnlockWindow
from tests.core.scan.builders import edited
from tests.gui.audit import files_written
from tests.gui.helpers import (
    PASSPHRASE,
    WAIT_MS,
    dialogs_of,
    make_case_with,
    newest_window,
    open_window,
    start_wizard,
    unlock_to_dashboard,
)
from tests.gui.test_scan_gui import add_items

SHARED = "blue kettle on the windowsill"
WHERE = "Discord server Leaks, channel #pics"


@pytest.fixture
def items(home: Path, photos: list[Path]) -> list[Item]:
    return make_case_with(home, lambda repo: add_items(repo, photos))


@pytest.fixture
def helpers_folder(tmp_path: Path, photos: list[Path]) -> Path:
    """What the helper found: a resized copy of Picture 1, a screenshot with Picture 3 in a
    chat app, and a photo that is not the user's."""
    folder = tmp_path / "helper-found"
    folder.mkdir()
    (folder / "a.jpg").write_bytes(edited(photos[0], "resize-50"))
    (folder / "b.png").write_bytes(edited(photos[2], "chat-screenshot-light"))
    (folder / "c.png").write_bytes(photos[3].read_bytes())
    return folder


def open_scan_window(qtbot: QtBot, controller: AppController) -> ScanWindow:
    dashboard = unlock_to_dashboard(qtbot, controller)
    button = dashboard.copies.buttons[Action.SCAN_FOLDER]
    return open_window(qtbot, button, ScanWindow, lambda window: window.make_package.isEnabled())


def make_package(qtbot: QtBot, controller: AppController, target: Path) -> None:
    scan_window = open_scan_window(qtbot, controller)
    QTest.mouseClick(scan_window.make_package, Qt.MouseButton.LeftButton)
    window = newest_window(MakePackageWindow)
    QTest.keyClicks(window.passphrase.field, "short")
    assert window.passphrase.meter.label.text().startswith("Strength: too short")
    assert not window.save_button.isEnabled()
    window.passphrase.field.clear()
    QTest.keyClicks(window.passphrase.field, SHARED)
    assert not window.save_button.isEnabled()  # not typed twice yet
    QTest.keyClicks(window.passphrase.confirm, SHARED)
    assert window.passphrase.match.text() == "The two passphrases match."
    assert "Picture 1" in window.contents.text() and "no pictures" in window.contents.text()
    assert "another way" in window.passphrase_intro.text()
    dialogs_of(controller).save_path = str(target)
    QTest.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.status.text().startswith("Saved"), timeout=WAIT_MS)
    assert window.passphrase.text() == ""  # forgotten once saved
    window.close()


def lock_and_open_helper_mode(qtbot: QtBot, controller: AppController) -> HelperWindow:
    controller.lock()
    qtbot.waitUntil(lambda: isinstance(controller.window, UnlockWindow), timeout=WAIT_MS)
    unlock = controller.window
    assert isinstance(unlock, UnlockWindow)
    assert unlock.helper_button.text() == "I'm helping &someone…"
    QTest.mouseClick(unlock.helper_button, Qt.MouseButton.LeftButton)
    return newest_window(HelperWindow)


def open_package(qtbot: QtBot, window: HelperWindow, passphrase: str) -> None:
    window.passphrase.field.clear()
    QTest.keyClicks(window.passphrase.field, passphrase)
    QTest.mouseClick(window.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.package is not None or window.open_status.property("problem") is True,
        timeout=WAIT_MS,
    )


def test_package_round_trip_the_helper_scans_and_the_user_imports_sightings(
    qtbot: QtBot,
    controller: AppController,
    items: list[Item],
    helpers_folder: Path,
    tmp_path: Path,
) -> None:
    package = tmp_path / "for-sam.smpackage"
    make_package(qtbot, controller, package)
    opened = read_helper_package(package, SHARED)
    assert sorted(reference.label for reference in opened.references) == [
        "Picture 1",
        "Picture 2",
        "Picture 3",
    ]
    assert b"Picture" not in package.read_bytes()  # encrypted: not even the labels show

    # The helper: from the unlock screen, without opening any case.
    helper = lock_and_open_helper_mode(qtbot, controller)
    dialogs = dialogs_of(controller)
    dialogs.open_file = str(package)
    QTest.mouseClick(helper.choose_package, Qt.MouseButton.LeftButton)
    assert "for-sam.smpackage" in helper.package_chosen.text()
    assert not helper.scan_box.isEnabled()
    open_package(qtbot, helper, "blue kettle on the window sill")
    assert helper.package is None
    assert "does not open this file" in helper.open_status.text()
    open_package(qtbot, helper, SHARED)
    assert helper.package is not None
    assert "the fingerprints of 3 pictures and videos" in helper.package_chosen.text()
    assert helper.scan_box.isEnabled() and not helper.choose_package.isVisible()

    dialogs.folder = str(helpers_folder)
    with files_written() as written:
        QTest.mouseClick(helper.panel.choose_folder, Qt.MouseButton.LeftButton)
        QTest.mouseClick(helper.panel.start_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not helper.panel.running, timeout=120_000)
        rows = {row.path: row for row in helper.panel.found_rows()}
        assert set(rows) == {str(helpers_folder / "a.jpg"), str(helpers_folder / "b.png")}
        assert rows[str(helpers_folder / "a.jpg")].found.labels == ("Picture 1",)
        # The package's labels are in English; the helper's StillMine shows them in its own
        # language, as it does every other text.
        model, row = helper.panel.model, rows[str(helpers_folder / "a.jpg")]
        assert model.shows_text(row) == "Picture 1"
        controller.ctx.translations.apply("nl")
        assert model.shows_text(row) == "Foto 1"
        model.neutral_labels = False  # as for a user's own labels, kept as they wrote them
        assert model.shows_text(row) == "Picture 1"
        model.neutral_labels = True
        controller.ctx.translations.apply("en")
        # The helper sees no preview at all: the package says nothing about ages.
        helper.panel.found_view.table.selectRow(0)
        assert not helper.panel.found_view.image.isVisible()
        assert "package does not say" in helper.panel.found_view.preview_note.text()
    assert written == []
    assert helper.panel.found_view.previews.made == []

    # Where they found it is required, in their own words.
    assert helper.report_box.isEnabled() and not helper.save_report.isEnabled()
    QTest.keyClicks(helper.where, WHERE)
    assert helper.save_report.isEnabled()
    report = tmp_path / "from-sam.smreport"
    dialogs.save_path = str(report)
    QTest.mouseClick(helper.save_report, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: helper.report_status.text().startswith("Saved"), timeout=WAIT_MS)
    assert helper.report_status.text().startswith("Saved “from-sam.smreport” with 2 matches.")
    content = read_match_report(report, SHARED)
    assert {match.label for match in content.matches} == {"Picture 1", "Picture 3"}
    assert {match.where for match in content.matches} == {WHERE}
    assert all(str(helpers_folder) not in match.where for match in content.matches)
    helper.close()

    # The user imports it: a wrong passphrase first, then the right one, then again.
    scan_window = _unlock_and_scan_window(qtbot, controller)
    QTest.mouseClick(scan_window.import_report, Qt.MouseButton.LeftButton)
    importer = newest_window(ImportReportWindow)
    dialogs.open_file = str(report)
    QTest.mouseClick(importer.choose_button, Qt.MouseButton.LeftButton)
    assert "from-sam.smreport" in importer.chosen.text()
    _import(qtbot, importer, "not it at all")
    assert "does not open this file" in importer.status.text()
    _import(qtbot, importer, SHARED)
    assert importer.status.text() == "2 new copies recorded under “Copies found”."
    sightings = scan_window.session.case.read(lambda repo: repo.sightings())
    assert len(sightings) == 2
    by_item = {sighting.item_ids[0]: sighting for sighting in sightings}
    assert set(by_item) == {items[0].id, items[2].id}
    found = {sighting.found_file_sha256 for sighting in sightings}
    assert found == {match.found_sha256 for match in content.matches}
    assert WHERE in by_item[items[2].id].how_found
    _import(qtbot, importer, SHARED)
    assert importer.status.text() == (
        "0 new copies recorded under “Copies found”. 2 were already recorded, so they were skipped."
    )
    assert len(scan_window.session.case.read(lambda repo: repo.sightings())) == 2


def _unlock_and_scan_window(qtbot: QtBot, controller: AppController) -> ScanWindow:
    unlock = controller.window
    assert isinstance(unlock, UnlockWindow)
    QTest.keyClicks(unlock.field, PASSPHRASE)
    QTest.mouseClick(unlock.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.session is not None, timeout=WAIT_MS)
    controller.show_scan()
    window = newest_window(ScanWindow)
    qtbot.waitUntil(window.make_package.isEnabled, timeout=WAIT_MS)
    return window


def _import(qtbot: QtBot, window: ImportReportWindow, passphrase: str) -> None:
    QTest.keyClicks(window.passphrase.field, passphrase)
    QTest.mouseClick(window.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.choose_button.isEnabled, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.status.text().startswith("Opening"), timeout=WAIT_MS)


def test_a_file_that_is_not_a_package_is_explained(
    qtbot: QtBot, controller: AppController, photos: list[Path]
) -> None:
    controller.show_helper_mode()
    helper = newest_window(HelperWindow)
    helper.set_package_path(photos[0])
    open_package(qtbot, helper, SHARED)
    assert helper.package is None
    assert "is not a StillMine helper package" in helper.open_status.text()


def test_the_first_run_offers_helper_mode_on_its_first_page_only(
    qtbot: QtBot, controller: AppController
) -> None:
    wizard = start_wizard(qtbot, controller)
    button = wizard.button(QWizard.WizardButton.CustomButton2)
    assert button.isVisible() and button.text() == "I'm helping &someone…"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    helper = newest_window(HelperWindow)
    assert helper.isVisible()
    assert controller.session is None  # no case was made for the helper
    helper.close()
    wizard.next()
    assert not button.isVisible()
