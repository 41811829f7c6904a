"""Real cases for the evidence-log and letter tests: the photographs' real fingerprints, the
user's details, copies found on a known platform, on an unknown site and of a picture of
someone under 18, screenshots that are real picture files, and tours that pause on every
evidence and letter screen (for the translation check and the screenshots)."""

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

from app.core.fingerprints import Fingerprinted, fingerprint_file
from app.core.letters.kinds import LetterType
from app.core.vault import (
    TEST_ONLY_WEAK_KDF,
    AgeInContent,
    CaseRepository,
    Item,
    Person,
    Sighting,
    TakenBy,
    item_from_fingerprint,
    utc_now,
)
from app.gui.config import GuiConfig
from app.gui.controller import AppController
from app.gui.dashboard import DashboardWindow
from app.gui.evidence.window import SightingWindow
from app.gui.letters.detail import LetterDetailWindow
from app.gui.letters.window import LetterWindow
from tests.core.letters.rdap_server import Routes, rdap_server
from tests.gui.fakes import ExitRecorder, FakeDialogs
from tests.gui.helpers import make_case_with, newest_window, unlock_to_dashboard
from tests.gui.loop import wait_until

PERSON = Person(
    legal_name="Anna de Vries",
    email="anna@example.org",
    postal_address="Kerkstraat 1\n1234 AB Utrecht",
    phone="+31 6 1234 5678",
    country="NL",
)
DISCORD_URL = "https://discord.com/channels/1/2/3"
FORUM_URL = "https://forum.example.org/t/42"
MINOR_URL = "https://x.com/someone/status/9"


def add_pictures(repo: CaseRepository, photos: list[Path]) -> list[Item]:
    """Picture 1 (an adult, taken by the user), Picture 2 (under 18), Picture 3 (an adult,
    taken by someone else)."""
    answers = [
        ("Picture 1", AgeInContent.ADULT, TakenBy.ME),
        ("Picture 2", AgeInContent.UNDER_18, TakenBy.UNKNOWN),
        ("Picture 3", AgeInContent.ADULT, TakenBy.SOMEONE_ELSE),
    ]
    items = []
    for photo, (label, age, taken_by) in zip(photos, answers, strict=False):
        result = fingerprint_file(str(photo))
        assert isinstance(result, Fingerprinted)
        item = item_from_fingerprint(
            result.fingerprint, label, age_in_content=age, user_appears=True
        )
        item.taken_by = taken_by
        items.append(repo.add_item(item))
    return items


def fill_case(repo: CaseRepository, photos: list[Path], *, person: bool = True) -> list[Item]:
    """The pictures, the user's details and three copies found: on Discord (Picture 1), on a
    forum StillMine does not know (Picture 3) and on X (Picture 2, someone under 18)."""
    items = add_pictures(repo, photos)
    if person:
        repo.set_person(PERSON)
    found = utc_now() - timedelta(days=3)
    repo.add_sighting(
        Sighting(
            DISCORD_URL,
            found_at=found,
            platform="Discord",
            service_type="chat",
            description="A photo of me in a bedroom; my face is visible.",
            uploader_handle="sharer#1234",
        ),
        [items[0].id],
    )
    repo.add_sighting(
        Sighting(
            FORUM_URL,
            found_at=found,
            description="The same photo, cropped, posted with my first name.",
            personal_data_shown="My first name and my town.",
        ),
        [items[2].id],
    )
    repo.add_sighting(
        Sighting(MINOR_URL, found_at=found, platform="X (Twitter)", description="A photo."),
        [items[1].id],
    )
    return items


def screenshot_file(folder: Path, name: str = "screenshot.png", colour: str = "teal") -> Path:
    """A real PNG file, as a screenshot would be."""
    folder.mkdir(parents=True, exist_ok=True)
    image = QImage(240, 160, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    path = folder / name
    assert image.save(str(path))
    return path


# --- fixtures shared by the evidence and letter tests (imported by their test modules) --------


@pytest.fixture(name="rdap")
def rdap_fixture() -> Iterator[tuple[str, Routes]]:
    """A real RDAP server on 127.0.0.1 (its answers are set by the test)."""
    with rdap_server() as server:
        yield server


@pytest.fixture(name="config")
def config_fixture(home: Path, exits: ExitRecorder, rdap: tuple[str, Routes]) -> GuiConfig:
    """The tests' configuration, with host look-ups going to the server on 127.0.0.1."""
    return GuiConfig(
        kdf=TEST_ONLY_WEAK_KDF,
        home=home,
        fingerprint_workers=1,
        end_process=exits,
        rdap_url=rdap[0],
    )


@pytest.fixture(name="dashboard")
def dashboard_fixture(
    qtbot: QtBot, controller: AppController, home: Path, photos: list[Path]
) -> DashboardWindow:
    """The dashboard of an unlocked case made by ``fill_case``."""
    make_case_with(home, lambda repo: fill_case(repo, photos))
    return unlock_to_dashboard(qtbot, controller)


# --- a walk through every evidence and letter screen (translation checks, screenshots) -------

Tour = Iterator[tuple[str, QWidget]]


def evidence_tour(controller: AppController, folder: Path) -> Tour:
    """Every evidence-log screen of an open case made by ``fill_case``, as a user meets them:
    a new copy, filled in with screenshots waiting, saved, and a site StillMine does not know.
    ``folder`` receives the screenshot files."""
    controller.record_copy()
    window = newest_window(SightingWindow)
    wait_until(lambda: window.item_list.count() > 0)
    yield "sighting-new", window
    window.url.setText("discord.com/channels/9/8/7?utm_source=share")
    window.description.setPlainText("A photo of me in a bedroom; my face is visible.")
    window.threats.setPlainText("He said he would send it to my employer.")
    window.item_list.item(0).setCheckState(Qt.CheckState.Checked)
    dialogs = controller.ctx.dialogs
    assert isinstance(dialogs, FakeDialogs)
    dialogs.screenshots = [str(screenshot_file(folder, "message.png", "teal"))]
    window.screenshots.add.click()
    wait_until(lambda: len(window.screenshots.pending) == 1)
    window.more_button.click()
    yield "sighting-filled", window
    window.save.click()
    wait_until(lambda: window.detail is not None and bool(window.screenshots.stored))
    yield "sighting-saved", window
    window.close()
    controller.record_copy()
    unknown = newest_window(SightingWindow)
    unknown.url.setText("https://forum.example.org/t/42?ref=home")
    unknown.found_at.when.setFocus()
    yield "sighting-unknown-site", unknown
    unknown.close()


def _tick_copy(window: LetterWindow, where: str) -> None:
    copies = window.copies.copies
    for row in range(copies.count()):
        if copies.item(row).text().startswith(where):
            copies.item(row).setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(where)


def letter_tour(controller: AppController) -> Tour:
    """Every letter screen, from the copies to the letter recorded as sent and opened again:
    a DMCA notice's warning, a checklist with something missing, the letter with its wording
    open and its web-form texts, the host route for a site StillMine does not know."""
    controller.write_letter()
    window = newest_window(LetterWindow)
    wait_until(lambda: window.copies.copies.count() >= 3)
    yield "letter-copies", window
    _tick_copy(window, "Discord")
    window.copies.next_button.click()
    wait_until(lambda: window.current() is window.recipient)
    yield "letter-recipient", window
    window.recipient.next_button.click()
    kind = window.kind
    kind.buttons[LetterType.DMCA].setChecked(True)
    yield "letter-type-dmca-warning", window
    kind.buttons[LetterType.NCII_REPORT].setChecked(True)
    kind.next_button.click()
    window.details.email.clear()
    yield "letter-details-missing", window
    window.details.email.setText(PERSON.email)
    window.details.not_paid.setChecked(True)
    window.details.next_button.click()
    wait_until(lambda: window.preview.letter is not None)
    yield "letter-preview", window
    window.preview.wording_button.click()
    yield "letter-preview-wording", window
    window.preview.next_button.click()
    yield "letter-sent", window
    window.sent.next_button.click()
    wait_until(lambda: window.sent.outcome.isVisibleTo(window))
    yield "letter-recorded", window
    window.close()
    session = controller.session
    assert session is not None
    letter = session.case.read(lambda repo: repo.letters())[-1]
    controller.show_letter(letter)
    detail = newest_window(LetterDetailWindow)
    wait_until(lambda: detail.detail is not None)
    yield "letter-detail", detail
    detail.close()
    controller.write_letter()
    host = newest_window(LetterWindow)
    wait_until(lambda: host.copies.copies.count() >= 3)
    _tick_copy(host, FORUM_URL)
    host.copies.next_button.click()
    wait_until(lambda: host.current() is host.recipient)
    yield "letter-recipient-unknown-site", host
    host.close()
