"""The scan window, driven like a user would: a folder holding an edited copy among other
photos, a zip export (with a password), a damaged file, Cancel, recording a found copy as a
sighting, and previews that stay blurred and are never written anywhere. Real case files,
the real photographs of ../shared/testdata and their real edited copies."""

import hashlib
import itertools
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from app.core.procpool import idle_worker_count, stop_idle_workers
from app.core.scan.matcher import Method
from app.core.vault import AgeInContent, CaseRepository, Item, item_from_fingerprint
from app.gui.controller import AppController
from app.gui.dashboard import Action, DashboardWindow
from app.gui.scanning.results import ResultsModel
from app.gui.scanning.window import ScanWindow
from tests.core.scan.builders import ZipEntry, edited, fingerprint_of, raw_zip
from tests.gui.audit import files_written
from tests.gui.fakes import FakeDialogs
from tests.gui.helpers import (
    WAIT_MS,
    dialogs_of,
    make_case_with,
    make_pictures,
    newest_window,
    open_window,
    unlock_to_dashboard,
)

ZIP_PASSWORD = "letmein-2026"


def add_items(repo: CaseRepository, photos: list[Path]) -> list[Item]:
    """Picture 1 (an adult), Picture 2 (under 18) and Picture 3 (an adult); the fourth
    photograph is not in the case."""
    ages = [AgeInContent.ADULT, AgeInContent.UNDER_18, AgeInContent.ADULT]
    return [
        repo.add_item(
            item_from_fingerprint(
                fingerprint_of(photo.read_bytes()), f"Picture {number}", age_in_content=age
            )
        )
        for number, (photo, age) in enumerate(zip(photos, ages, strict=False), start=1)
    ]


@pytest.fixture
def items(home: Path, photos: list[Path]) -> list[Item]:
    return make_case_with(home, lambda repo: add_items(repo, photos))


@pytest.fixture
def found(tmp_path: Path, photos: list[Path]) -> Path:
    """A downloads folder: a mirrored copy of Picture 1, a photo that is not in the case and
    a screenshot of it, a damaged picture and a chat log."""
    folder = tmp_path / "downloads"
    folder.mkdir()
    (folder / "IMG_2231.jpg").write_bytes(edited(photos[0], "mirror"))
    (folder / "holiday.png").write_bytes(photos[3].read_bytes())
    (folder / "screen.png").write_bytes(edited(photos[3], "desktop-screenshot"))
    (folder / "broken.jpg").write_bytes(edited(photos[2], "resize-50")[:3000])
    (folder / "chat.txt").write_text("see you tomorrow\n")
    return folder


def open_scan_window(qtbot: QtBot, controller: AppController) -> ScanWindow:
    dashboard = unlock_to_dashboard(qtbot, controller)
    button = dashboard.copies.buttons[Action.SCAN_FOLDER]
    return open_window(qtbot, button, ScanWindow, lambda window: window.panel.references != ())


def scan(qtbot: QtBot, window: ScanWindow, paths: list[Path]) -> None:
    """Choose ``paths`` with the real buttons and run the scan to its end."""
    dialogs = window.ctx.dialogs
    assert isinstance(dialogs, FakeDialogs)
    dialogs.files = [str(path) for path in paths]
    QTest.mouseClick(window.panel.choose_files, Qt.MouseButton.LeftButton)
    QTest.mouseClick(window.panel.start_button, Qt.MouseButton.LeftButton)
    assert window.panel.running
    qtbot.waitUntil(lambda: not window.panel.running, timeout=120_000)


def shown_rows(window: ScanWindow) -> list[list[str]]:
    """The table's texts, as sorted on screen."""
    view = window.panel.found_view.sorted
    return [
        [str(view.index(row, column).data()) for column in range(view.columnCount())]
        for row in range(view.rowCount())
    ]


def choose_row(window: ScanWindow, path_end: str) -> None:
    view = window.panel.found_view
    for row in range(view.sorted.rowCount()):
        if str(view.sorted.index(row, 0).data()).endswith(path_end):
            view.table.selectRow(row)
            return
    raise AssertionError(f"no row for {path_end}")


def test_a_folder_shows_the_edited_copy_and_the_files_it_could_not_read(
    qtbot: QtBot, controller: AppController, items: list[Item], found: Path
) -> None:
    window = open_scan_window(qtbot, controller)
    dialogs_of(controller).folder = str(found)
    stop_idle_workers()
    QTest.mouseClick(window.panel.choose_folder, Qt.MouseButton.LeftButton)
    assert "downloads" in window.panel.chosen.text()
    assert idle_worker_count() >= 1  # started while the user looks at what was chosen
    QTest.mouseClick(window.panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.panel.running, timeout=120_000)

    rows = shown_rows(window)
    assert len(rows) == 1
    path, shows, how, difference, confidence = rows[0]
    assert path == str(found / "IMG_2231.jpg")
    assert shows == "Picture 1"
    assert how == "The same picture, changed a little, mirrored"
    assert int(difference) <= 31
    assert confidence in ("High", "Medium")
    assert window.panel.found_rows()[0].found.best.method is Method.PDQ
    # The photo that is not in the case (and its screenshot) were compared, not matched.
    assert window.panel.counts.compared == 3
    assert window.panel.summary.text() == "1 file shows your pictures, out of 3 compared."
    # The damaged picture is listed with a plain reason; the chat log is not a picture.
    assert window.panel.skipped_toggle.isVisible()
    assert window.panel.skipped_toggle.text() == "Show the 1 file that could not be read"
    QTest.mouseClick(window.panel.skipped_toggle, Qt.MouseButton.LeftButton)
    assert window.panel.skipped_list.isVisible()
    listed = window.panel.skipped_list.item(0).text()
    assert listed.startswith(str(found / "broken.jpg"))
    assert "incomplete" in listed or "damaged" in listed
    assert window.panel.skipped_list.count() == 1


def test_recording_a_found_copy_puts_it_in_the_case_once(
    qtbot: QtBot, controller: AppController, items: list[Item], found: Path
) -> None:
    window = open_scan_window(qtbot, controller)
    scan(qtbot, window, [found])
    assert window.record_button.isEnabled()
    QTest.mouseClick(window.record_button, Qt.MouseButton.LeftButton)
    row = window.panel.found_rows()[0]
    qtbot.waitUntil(lambda: row.recorded, timeout=WAIT_MS)
    assert not window.record_button.isEnabled()
    assert "Copies found" in window.record_note.text()

    sightings = window.session.case.read(lambda repo: repo.sightings())
    assert len(sightings) == 1
    copy = (found / "IMG_2231.jpg").read_bytes()
    assert sightings[0].found_file_sha256 == hashlib.sha256(copy).hexdigest()
    assert list(sightings[0].item_ids) == [items[0].id]
    methods = window.session.case.read(lambda repo: repo.sighting_match_methods())
    assert methods[(sightings[0].id, items[0].id)] == "pdq"
    dashboard = controller.window
    assert isinstance(dashboard, DashboardWindow)
    qtbot.waitUntil(lambda: dashboard.copies.model.rowCount() == 1, timeout=WAIT_MS)

    # Scanning again and recording the same file adds nothing.
    scan(qtbot, window, [found])
    QTest.mouseClick(window.record_button, Qt.MouseButton.LeftButton)
    again = window.panel.found_rows()[0]
    qtbot.waitUntil(lambda: again.recorded, timeout=WAIT_MS)
    assert window.record_note.text() == "This file was already recorded as a copy found."
    assert len(window.session.case.read(lambda repo: repo.sightings())) == 1


def test_a_zip_export_with_a_password_and_sorting_the_results(
    qtbot: QtBot, controller: AppController, items: list[Item], found: Path, photos: list[Path]
) -> None:
    export = found.parent / "discord-export.zip"
    export.write_bytes(
        raw_zip(
            [
                ZipEntry("../attachments/exact.png", photos[2].read_bytes()),
                ZipEntry("attachments/small.jpg", edited(photos[0], "resize-25"), 8),
                ZipEntry("messages.json", b"[]"),
                ZipEntry(
                    "private/letterboxed.png",
                    edited(photos[2], "phone-letterbox"),
                    password=ZIP_PASSWORD.encode(),
                ),
            ]
        )
    )
    window = open_scan_window(qtbot, controller)
    dialogs = dialogs_of(controller)
    dialogs.passwords = ["not the password", ZIP_PASSWORD]
    scan(qtbot, window, [found, export])

    # Asked twice (a wrong password, then the right one), naming the archive.
    assert len(dialogs.password_questions) == 2
    assert "does not open" in dialogs.password_questions[1][1]
    assert str(export) in dialogs.password_questions[0][1]
    paths = {row.path: row for row in window.panel.found_rows()}
    assert set(paths) == {
        str(found / "IMG_2231.jpg"),
        f"{export}!../attachments/exact.png",
        f"{export}!attachments/small.jpg",
        f"{export}!private/letterboxed.png",
    }
    assert paths[f"{export}!../attachments/exact.png"].found.best.method is Method.SHA256
    letterboxed = paths[f"{export}!private/letterboxed.png"].found.best.method
    assert letterboxed is Method.PHOTO_REGION

    # Sorted by confidence (the default): the very same file first, said in plain words.
    first = shown_rows(window)[0]
    assert first[2] == "The very same file" and first[4] == "Certain"
    # Sorted by difference, smallest first: numbers sort as numbers.
    header = window.panel.found_view.table.horizontalHeader()
    window.panel.found_view.table.sortByColumn(ResultsModel.DIFFERENCE, Qt.SortOrder.AscendingOrder)
    differences = [int(row[3]) for row in shown_rows(window)]
    assert differences == sorted(differences) and differences[0] == 0
    assert header.sortIndicatorSection() == ResultsModel.DIFFERENCE
    # By file name.
    window.panel.found_view.table.sortByColumn(ResultsModel.FILE, Qt.SortOrder.AscendingOrder)
    names = [row[0] for row in shown_rows(window)]
    assert names == sorted(names, key=str.casefold)


def test_an_encrypted_zip_is_skipped_with_a_reason_when_the_user_cancels_the_question(
    qtbot: QtBot, controller: AppController, items: list[Item], photos: list[Path], tmp_path: Path
) -> None:
    export = tmp_path / "locked.zip"
    export.write_bytes(
        raw_zip([ZipEntry("a.jpg", photos[0].read_bytes(), password=ZIP_PASSWORD.encode())])
    )
    window = open_scan_window(qtbot, controller)
    dialogs_of(controller).passwords = [None]
    scan(qtbot, window, [export])
    assert window.panel.found_rows() == []
    assert window.panel.skipped_list.count() == 1
    assert "protected by a password" in window.panel.skipped_list.item(0).text()
    assert window.panel.summary.text().startswith("Nothing was found")


def test_nothing_found_is_said_plainly(
    qtbot: QtBot, controller: AppController, items: list[Item], photos: list[Path], tmp_path: Path
) -> None:
    folder = tmp_path / "other"
    folder.mkdir()
    (folder / "coffee.png").write_bytes(photos[3].read_bytes())
    (folder / "coffee-small.jpg").write_bytes(edited(photos[3], "resize-50"))
    window = open_scan_window(qtbot, controller)
    scan(qtbot, window, [folder])
    assert window.panel.summary.text() == (
        "Nothing was found: none of the 2 pictures and videos compared shows your pictures."
    )
    assert not window.record_button.isVisible()
    assert not window.panel.skipped_toggle.isVisible()


def test_cancel_stops_the_scan_at_once_and_keeps_what_was_found(
    qtbot: QtBot, controller: AppController, items: list[Item], photos: list[Path], tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    make_pictures(folder, photos, 400, side=160)
    (folder / "000-copy.png").write_bytes(photos[0].read_bytes())
    window = open_scan_window(qtbot, controller)
    scan_started = window.panel
    dialogs_of(controller).folder = str(folder)
    QTest.mouseClick(window.panel.choose_folder, Qt.MouseButton.LeftButton)
    QTest.mouseClick(window.panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: scan_started.counts.compared >= 2, timeout=60_000)
    assert window.panel.cancel_button.isVisible()
    pressed = time.monotonic()
    QTest.mouseClick(window.panel.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.panel.running, timeout=10_000)
    assert time.monotonic() - pressed < 3.0
    assert window.panel.counts.compared < 401
    assert window.panel.summary.text().startswith("You cancelled the scan.")
    assert not window.panel.cancel_button.isVisible()
    assert [row.path for row in window.panel.found_rows()] == [str(folder / "000-copy.png")]
    assert window.panel.start_button.isEnabled()


def test_previews_are_blurred_until_revealed_never_for_minors_and_never_written(
    qtbot: QtBot, controller: AppController, items: list[Item], photos: list[Path], tmp_path: Path
) -> None:
    folder = tmp_path / "found"
    folder.mkdir()
    (folder / "adult.jpg").write_bytes(edited(photos[0], "resize-50"))
    (folder / "minor.jpg").write_bytes(edited(photos[1], "resize-50"))
    window = open_scan_window(qtbot, controller)
    view = window.panel.found_view
    with files_written() as written:
        scan(qtbot, window, [folder])
        choose_row(window, "adult.jpg")
        qtbot.waitUntil(lambda: view.image.pixmap() is not None and view.image.isVisible())
        blurred = view.image.pixmap().toImage()
        assert [request.revealed for request in view.previews.made] == [False]
        assert "Blurred" in view.preview_note.text()
        QTest.mouseClick(view.reveal, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(view.previews.made) == 2, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: view.image.pixmap().toImage() != blurred, timeout=WAIT_MS)
        assert view.previews.made[1].revealed
        assert view.reveal.text() == "&Blur it again"
        clear = view.image.pixmap().toImage()
        # The blurred preview has far less detail (difference between neighbours).
        assert _detail(blurred) * 4 < _detail(clear)

        choose_row(window, "minor.jpg")
        assert not view.image.isVisible()
        assert not view.reveal.isVisible()
        assert "under 18" in view.preview_note.text()
        qtbot.wait(200)
        assert len(view.previews.made) == 2  # nothing was decoded for the minor's copy
        window.close()
    assert written == []


def _detail(image: QImage) -> float:
    """The mean difference in brightness between horizontally neighbouring pixels."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    total = count = 0
    for y in range(0, grey.height(), 2):
        row = [grey.pixelColor(x, y).value() for x in range(grey.width())]
        total += sum(abs(a - b) for a, b in itertools.pairwise(row))
        count += len(row) - 1
    return total / max(1, count)


def test_the_first_runs_last_page_opens_the_scan(
    qtbot: QtBot, controller: AppController, items: list[Item]
) -> None:
    unlock_to_dashboard(qtbot, controller)
    controller._first_run_finished("scan")
    window = newest_window(ScanWindow)
    assert window.isVisible()
    dashboard = controller.window
    assert isinstance(dashboard, DashboardWindow)
    assert dashboard.tabs.currentWidget() is dashboard.copies
