"""The whole first run, page by page, with a real case file and the real photographs."""

import multiprocessing
import re
import shutil
from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget, QWizard

from app import APP_NAME
from app.core.procpool import idle_worker_count, stop_idle_workers
from app.core.vault import AgeInContent, CaseFile, TakenBy
from app.gui.controller import AppController
from app.gui.dashboard import DashboardWindow
from app.gui.dialogs import Dialogs
from app.gui.pages.about_images import AboutImagesPage
from app.gui.pages.about_you import AboutYouPage
from app.gui.pages.create_case import CreateCasePage
from app.gui.pages.fingerprinting import FingerprintingPage
from app.gui.pages.ids import PageId
from app.gui.pages.language import LanguagePage
from app.gui.pages.review import ReviewPage
from app.gui.sections import Section
from app.gui.wizard import CaseWizard
from tests.gui.audit import files_written
from tests.gui.fakes import MemoryKeyring
from tests.gui.helpers import (
    PASSPHRASE,
    WAIT_MS,
    create_case_in_wizard,
    current_id,
    dialogs_of,
    forward_button,
    home_of,
    press_forward,
    start_wizard,
    wait_for_page,
    walk_to_add_images,
)

NOTHING_FOUND = "Nothing identifying found in its hidden data."
LOCATION_FOUND = "Contains your location: the place where it was taken (GPS)."
RECOVERY_CODE = re.compile(r"^([A-Z2-7]{4}-){3}[A-Z2-7]{4}\n([A-Z2-7]{4}-){3}[A-Z2-7]{4}$")


def can_go_back(wizard: QWizard) -> bool:
    back = wizard.button(QWizard.WizardButton.BackButton)
    return back.isVisible() and back.isEnabled()


def test_the_whole_first_run(
    qtbot: QtBot,
    controller: AppController,
    photos: list[Path],
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
) -> None:
    dialogs, home = dialogs_of(controller), home_of(controller)
    wizard = start_wizard(qtbot, controller)
    assert current_id(wizard) is PageId.WELCOME
    assert wizard.windowTitle() == APP_NAME

    # Language and safety: discreet mode changes the name shown everywhere, at once.
    press_forward(qtbot, wizard)
    wait_for_page(qtbot, wizard, PageId.LANGUAGE)
    language = wizard.currentPage()
    assert isinstance(language, LanguagePage)
    language.discreet.setChecked(True)
    assert wizard.windowTitle() == "Notes"
    language.discreet.setChecked(False)
    assert wizard.windowTitle() == APP_NAME

    # Create the case: mismatched passphrases keep Next disabled and say so.
    press_forward(qtbot, wizard)
    create = wizard.currentPage()
    assert isinstance(create, CreateCasePage)
    QTest.keyClicks(create.passphrase.field, PASSPHRASE)
    QTest.keyClicks(create.passphrase.confirm, PASSPHRASE + "x")
    assert not forward_button(wizard).isEnabled()
    assert "not the same" in create.passphrase.match.text()
    assert create.passphrase.meter.label.text() == "Strength: strong"
    create.passphrase.confirm.clear()
    QTest.keyClicks(create.passphrase.confirm, PASSPHRASE)
    assert create.passphrase.match.text() == "The two passphrases match."
    create.remember.setChecked(True)
    assert forward_button(wizard).text() == "Create my case file"
    press_forward(qtbot, wizard)
    wait_for_page(qtbot, wizard, PageId.RECOVERY_CODE)
    assert create.passphrase.text() == "", "the passphrase does not linger in the window"
    assert memory_keyring.passwords, "the key is remembered on this computer"

    # The recovery code is shown once and gates Next.
    recovery = wizard.currentPage()
    code = recovery.code.text()  # type: ignore[attr-defined]
    assert RECOVERY_CODE.match(code), code
    assert not forward_button(wizard).isEnabled()
    assert not can_go_back(wizard), "the case exists now: there is no way back"
    recovery.written.setChecked(True)  # type: ignore[attr-defined]
    press_forward(qtbot, wizard)
    wait_for_page(qtbot, wizard, PageId.ABOUT_YOU)
    assert wizard.recovery_code is None
    assert recovery.code.text() == ""  # type: ignore[attr-defined]

    # About you: optional details for letters.
    about = wizard.currentPage()
    assert isinstance(about, AboutYouPage)
    assert all("Only used in your letters." in note.text() for note in about.notes.values())
    QTest.keyClicks(about.fields["legal_name"], "Sam Example")
    QTest.keyClicks(about.fields["email"], "sam@example.org")
    press_forward(qtbot, wizard)
    wait_for_page(qtbot, wizard, PageId.ADD_IMAGES)

    # Add images: three photos and a folder with a fourth, a duplicate and junk.
    folder = tmp_path / "more"
    folder.mkdir()
    shutil.copy(photos[3], folder / "a-photo.png")
    shutil.copy(photos[0], folder / "same-again.png")
    (folder / "notes.txt").write_text("not a picture", encoding="utf-8")
    (folder / "empty.jpg").write_bytes(b"")
    dialogs.files = [str(path) for path in photos[:3]]
    dialogs.folder = str(folder)
    add = wizard.currentPage()
    QTest.mouseClick(add.add_files, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    QTest.mouseClick(add.add_folder, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    QTest.mouseClick(add.add_files, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert len(add.paths()) == 4, "adding the same files again adds nothing"  # type: ignore[attr-defined]
    press_forward(qtbot, wizard)
    wait_for_page(qtbot, wizard, PageId.ABOUT_IMAGES)

    # About each image: defaults are neutral labels and "not sure".
    answers = wizard.currentPage()
    assert isinstance(answers, AboutImagesPage)
    assert answers.sources.count() == 4
    assert answers.label.text() == "Picture 1"
    assert answers.age.value is AgeInContent.UNSURE
    answers.age.buttons[0].click()  # 18 or older
    answers.taken_by.buttons[1].click()  # someone else
    assert answers.copyright.isEnabled()
    answers.copyright.setChecked(True)
    answers.appears.buttons[0].click()  # yes
    QTest.mouseClick(answers.use_for_all, Qt.MouseButton.LeftButton)
    answers.sources.setCurrentRow(1)
    answers.age.buttons[1].click()  # under 18 for the second picture only
    answers.taken_by.buttons[0].click()
    assert not answers.copyright.isEnabled()
    assert forward_button(wizard).text() == "Start fingerprinting"

    # Fingerprinting, then review: watched for any file written by this process.
    with files_written() as written:
        press_forward(qtbot, wizard)
        wait_for_page(qtbot, wizard, PageId.FINGERPRINTING)
        running = wizard.currentPage()
        assert isinstance(running, FingerprintingPage)
        qtbot.waitUntil(running.isComplete, timeout=60_000)
        assert running.progress.value() == running.progress.maximum() == 7
        assert running.count.text() == "7 of 7 files read"
        done = running.done_model.lines()
        assert done[:5] == [f"Picture {n}: added" for n in (1, 2, 3)] + [
            "Folder 1, picture 1: added",
            "The same file as Picture 1, so it was not added twice.",
        ]
        problems = running.problems_model.lines()
        assert any("empty.jpg" in line and "empty" in line for line in problems)
        assert any("notes.txt" in line and "not a picture" in line for line in problems)
        assert running.status.text().startswith("Done. 4 pictures added to your case.")
        assert not can_go_back(wizard)

        press_forward(qtbot, wizard)
        wait_for_page(qtbot, wizard, PageId.REVIEW)
        review = wizard.currentPage()
        assert isinstance(review, ReviewPage)
        assert review.model.rowCount() == 4
        adult, minor = review.model.saved(0), review.model.saved(1)
        assert minor.age is AgeInContent.UNDER_18
        # Previews: blurred by default, clear only on request, never for a minor.
        qtbot.waitUntil(lambda: review.model.pixmap(adult) is not None, timeout=WAIT_MS)
        blurred = review.model.pixmap(adult)
        assert blurred is not None
        assert review.preview.pixmap() is not None and not review.preview.pixmap().isNull()
        QTest.mouseClick(review.reveal, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: review.model.pixmap(adult) not in (None, blurred), timeout=WAIT_MS)
        assert review.reveal.text() == "&Blur it again"
        review.list.setCurrentIndex(review.model.index(1))
        assert review.model.pixmap(minor) is None
        assert not review.reveal.isVisible()
        assert "under 18" in review.reveal_note.text()
        icon = review.model.data(review.model.index(1), Qt.ItemDataRole.DecorationRole)
        assert isinstance(icon, QIcon)
        # What each picture's hidden data gives away: nothing for the astronaut, the
        # editing program and the date for the cat photo (f-spot wrote them).
        assert review.model.summary(adult).splitlines()[1:] == [NOTHING_FOUND]
        assert review.model.summary(review.model.saved(2)).splitlines()[1:] == [
            "Names the app or program that made or edited it.",
            "Contains the date and time it was taken.",
        ]
        press_forward(qtbot, wizard)
        wait_for_page(qtbot, wizard, PageId.NEXT_STEPS)
        assert review.model.revealed == set(), "leaving the review blurs everything again"

    # The only files written are the case's own (encrypted) files and the settings.
    allowed = re.compile(r"(case\.smcase.*|case\.lock|settings\.ini.*|\.stillmine-.*)$")
    for path in written:
        assert Path(path).is_relative_to(home), f"wrote outside the StillMine folder: {path}"
        assert allowed.search(Path(path).name), f"unexpected file written: {path}"

    # Next steps lead to the dashboard.
    next_steps = wizard.currentPage()
    QTest.mouseClick(next_steps.steps[Section.LETTERS], Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: isinstance(controller.window, DashboardWindow), timeout=WAIT_MS)
    dashboard = controller.window
    assert isinstance(dashboard, DashboardWindow)
    assert dashboard.tabs.currentWidget() is dashboard.letters
    qtbot.waitUntil(lambda: dashboard.pictures.model.rowCount() == 4, timeout=WAIT_MS)
    assert not dialogs.messages

    # Everything is in the case file on disk, with the answers given.
    controller.lock()
    qtbot.waitUntil(lambda: controller.session is None, timeout=WAIT_MS)
    with CaseFile.open(home, passphrase=PASSPHRASE) as case:
        items = case.read(lambda repo: repo.items())
        person = case.read(lambda repo: repo.person())
    assert [item.label for item in items] == [
        "Picture 1",
        "Picture 2",
        "Picture 3",
        "Folder 1, picture 1",
    ]
    assert items[0].age_in_content is AgeInContent.ADULT
    assert items[0].taken_by is TakenBy.SOMEONE_ELSE
    assert items[0].copyright_assigned_to_me is True
    assert items[0].user_appears is True
    assert items[1].age_in_content is AgeInContent.UNDER_18
    assert items[1].taken_by is TakenBy.ME
    assert items[1].copyright_assigned_to_me is None
    assert all(item.original_path is None for item in items), "no path of a picture is kept"
    assert (person.legal_name, person.email) == ("Sam Example", "sam@example.org")


def test_skipping_the_pictures_goes_straight_to_next_steps(
    qtbot: QtBot, controller: AppController
) -> None:
    wizard, add = walk_to_add_images(qtbot, controller)
    assert add.later.isVisible()
    assert wizard.nextId() == int(PageId.NEXT_STEPS)
    press_forward(qtbot, wizard)
    wait_for_page(qtbot, wizard, PageId.NEXT_STEPS)
    QTest.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(controller.window, DashboardWindow), timeout=WAIT_MS)


def test_a_single_esc_never_closes_the_wizard(qtbot: QtBot, controller: AppController) -> None:
    wizard = start_wizard(qtbot, controller)
    press_forward(qtbot, wizard)
    wait_for_page(qtbot, wizard, PageId.LANGUAGE)
    QTest.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.isVisible()
    assert current_id(wizard) is PageId.LANGUAGE


def test_the_language_switches_at_once(qtbot: QtBot, controller: AppController) -> None:
    wizard = start_wizard(qtbot, controller)
    press_forward(qtbot, wizard)
    language = wizard.currentPage()
    assert isinstance(language, LanguagePage)
    language.language.buttons[1].click()  # Nederlands
    qtbot.waitUntil(lambda: language.title() == "Taal en veiligheid", timeout=WAIT_MS)
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Volgende >"
    assert controller.ctx.settings.language == "nl"
    language.language.buttons[0].click()
    qtbot.waitUntil(lambda: language.title() == "Language and safety", timeout=WAIT_MS)


def test_the_recovery_page_says_when_the_key_cannot_be_remembered(
    qtbot: QtBot, controller: AppController, no_keyring: None, home: Path
) -> None:
    wizard = start_wizard(qtbot, controller)
    recovery = create_case_in_wizard(qtbot, wizard, remember=True)
    assert recovery.keyring_note.isVisible()
    assert "password store" in recovery.keyring_note.text()
    # The case works with the passphrase alone.
    recovery.written.setChecked(True)
    press_forward(qtbot, wizard)
    wait_for_page(qtbot, wizard, PageId.ABOUT_YOU)
    controller.lock()
    qtbot.waitUntil(lambda: controller.session is None, timeout=WAIT_MS)
    CaseFile.open(home, passphrase=PASSPHRASE).close()


def test_a_video_is_added_but_never_previewed(
    qtbot: QtBot, controller: AppController, testdata: Path, photos: list[Path]
) -> None:
    video = testdata / "video" / "test-padded-dimensions.mp4"
    wizard, _add = walk_to_add_images(qtbot, controller)
    start_fingerprinting_with(qtbot, wizard, [str(photos[0]), str(video)])
    running = wizard.fingerprinting()
    qtbot.waitUntil(running.isComplete, timeout=120_000)
    assert [saved.kind for saved in running.saved] == ["image", "video"]
    press_forward(qtbot, wizard)
    wait_for_page(qtbot, wizard, PageId.REVIEW)
    review = wizard.currentPage()
    assert isinstance(review, ReviewPage)
    review.list.setCurrentIndex(review.model.index(1))
    assert review.model.pixmap(review.model.saved(1)) is None
    assert not review.reveal.isVisible()
    assert review.reveal_note.text() == "Videos are not previewed."
    assert "Video (" in review.model.summary(review.model.saved(1))


def test_the_review_says_which_picture_contains_your_location(
    qtbot: QtBot, controller: AppController, testdata: Path, photos: list[Path]
) -> None:
    phone_photo = testdata / "pdq" / "exif-rotn" / "exif-rotn-6.jpg"  # has a GPS position
    plain = next(photo for photo in photos if photo.name == "coffee.png")  # no metadata
    wizard, _add = walk_to_add_images(qtbot, controller)
    start_fingerprinting_with(qtbot, wizard, [str(phone_photo), str(plain)])
    qtbot.waitUntil(wizard.fingerprinting().isComplete, timeout=60_000)
    press_forward(qtbot, wizard)
    wait_for_page(qtbot, wizard, PageId.REVIEW)
    review = wizard.currentPage()
    assert isinstance(review, ReviewPage)
    located, clean = review.model.saved(0), review.model.saved(1)
    summary = review.model.summary(located).splitlines()
    assert LOCATION_FOUND in summary
    assert "Names the camera or phone that took it." in summary
    assert NOTHING_FOUND not in summary
    assert LOCATION_FOUND in review.findings.text(), "the chosen picture's detail says so too"
    assert review.model.summary(clean).splitlines()[1:] == [NOTHING_FOUND]
    shown = review.model.data(review.model.index(0), Qt.ItemDataRole.DisplayRole)
    assert LOCATION_FOUND in shown, "the list itself shows it"

    controller.ctx.translations.apply("nl")
    qtbot.waitUntil(lambda: review.title() == "Controleren", timeout=WAIT_MS)
    dutch = review.model.summary(located).splitlines()
    assert "Bevat je locatie: de plek waar de foto is gemaakt (GPS)." in dutch
    assert "Bevat je locatie" in review.findings.text()
    assert review.model.summary(clean).splitlines()[1:] == [
        "Niets herkenbaars gevonden in de verborgen gegevens."
    ]
    review.list.setCurrentIndex(review.model.index(1))
    assert "Bevat je locatie" not in review.findings.text()
    assert "Niets herkenbaars" in review.findings.text()


def start_fingerprinting_with(
    qtbot: QtBot, wizard: CaseWizard, paths: list[str]
) -> AboutImagesPage:
    """Add ``paths``, answer "18 or older" for all, and start fingerprinting."""
    wizard.currentPage().add_paths(paths)  # type: ignore[attr-defined]
    return start_fingerprinting(qtbot, wizard)


def start_fingerprinting(qtbot: QtBot, wizard: CaseWizard) -> AboutImagesPage:
    """From the chosen files: answer "18 or older" for all, and start fingerprinting."""
    press_forward(qtbot, wizard)
    wait_for_page(qtbot, wizard, PageId.ABOUT_IMAGES)
    answers = wizard.currentPage()
    assert isinstance(answers, AboutImagesPage)
    answers.age.buttons[0].click()
    answers.use_for_all.click()
    press_forward(qtbot, wizard)
    wait_for_page(qtbot, wizard, PageId.FINGERPRINTING)
    return answers


def drop_files(widget: QWidget, paths: list[Path]) -> bool:
    """Drag ``paths`` onto ``widget`` and drop them, as the file manager does."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    point = QPoint(10, 10)
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def test_videos_go_through_the_first_run_without_previews(
    qtbot: QtBot, controller: AppController, photos: list[Path], testdata: Path, tmp_path: Path
) -> None:
    video = testdata / "video" / "doorknob-hd-no-bar.mp4"
    # A copy cut short, as an unfinished download would be: the core warns about it.
    cut = tmp_path / "cut-short.mp4"
    whole = (testdata / "video" / "chair-19-sd-bar.mp4").read_bytes()
    cut.write_bytes(whole[: len(whole) // 2])
    wizard, add = walk_to_add_images(qtbot, controller)
    assert "videos" in add.subTitle() and "videos" in add.drop_text.text()
    assert drop_files(add, [video, cut])
    add.add_paths([str(photos[0])])
    assert [Path(path).name for path in add.paths()] == [video.name, cut.name, photos[0].name]
    press_forward(qtbot, wizard)
    wait_for_page(qtbot, wizard, PageId.ABOUT_IMAGES)
    answers = wizard.currentPage()
    assert isinstance(answers, AboutImagesPage)
    answers.age.buttons[0].click()  # 18 or older
    answers.use_for_all.click()
    press_forward(qtbot, wizard)
    wait_for_page(qtbot, wizard, PageId.FINGERPRINTING)
    running = wizard.fingerprinting()
    qtbot.waitUntil(running.isComplete, timeout=60_000)
    assert running.done_model.lines() == [f"Picture {n}: added" for n in (1, 2, 3)]
    press_forward(qtbot, wizard)
    wait_for_page(qtbot, wizard, PageId.REVIEW)
    review = wizard.currentPage()
    assert isinstance(review, ReviewPage)
    first, second, photo = (review.model.saved(row) for row in range(3))
    assert (first.kind, second.kind, photo.kind) == ("video", "video", "image")
    assert review.model.summary(first).splitlines()[0] == "Picture 1 · Video (MP4), 0:04"
    # A video is never previewed: no preview is asked for, none is shown.
    assert review.model.pixmap(first) is None
    assert review.preview.pixmap().isNull()
    assert not review.reveal.isVisible()
    assert review.reveal_note.text() == "Videos are not previewed."
    review.list.setCurrentIndex(review.model.index(1))
    # The core's warnings about a video are shown as the core wrote them.
    assert second.warnings and second.warnings[0].startswith("The video ends early")
    assert second.warnings[0] in review.findings.text()
    press_forward(qtbot, wizard)
    wait_for_page(qtbot, wizard, PageId.NEXT_STEPS)
    press_forward(qtbot, wizard)
    qtbot.waitUntil(lambda: isinstance(controller.window, DashboardWindow), timeout=WAIT_MS)
    dashboard = controller.window
    assert isinstance(dashboard, DashboardWindow)
    qtbot.waitUntil(lambda: dashboard.pictures.model.rowCount() == 3, timeout=WAIT_MS)
    kinds = [dashboard.pictures.model.index(row, 1).data() for row in range(3)]
    assert kinds[0] == "Video (MP4), 0:04"
    assert kinds[2] == "Image (PNG)"


def test_the_picture_chooser_offers_videos_too(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    Dialogs().choose_files(parent, lambda _paths: None)
    dialog = parent.findChild(QFileDialog)
    assert dialog is not None
    first, everything = dialog.nameFilters()
    for pattern in ("*.jpg", "*.heic", "*.mp4", "*.mov", "*.mkv", "*.webm", "*.avi"):
        assert pattern in first.split("(")[1]
    assert everything == "All files (*)"
    assert dialog.windowTitle() == "Choose pictures or videos"
    dialog.reject()


def test_choosing_files_starts_the_workers_that_then_fingerprint_them(
    qtbot: QtBot, controller: AppController, photos: list[Path]
) -> None:
    stop_idle_workers()
    wizard, add = walk_to_add_images(qtbot, controller)
    assert idle_worker_count() == 0
    add.add_paths([str(photos[0])])
    started = {child.pid for child in multiprocessing.active_children()}
    assert started and idle_worker_count() == len(started)
    start_fingerprinting(qtbot, wizard)
    qtbot.waitUntil(wizard.fingerprinting().isComplete, timeout=60_000)
    assert wizard.fingerprinting().done_model.lines() == ["Picture 1: added"]
    # The batch ran in a worker started when the file was chosen: no other process started.
    assert {child.pid for child in multiprocessing.active_children()} == started
    stop_idle_workers()
