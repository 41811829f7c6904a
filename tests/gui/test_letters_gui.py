"""Letters in the window, driven as a user would: from the dashboard to the copies, who it goes
to, the kind of letter (a DMCA notice only for the user's own picture, after its warning),
the answers with a live checklist naming what is missing, the letter with its wording
changed, a real PDF and a printout read back with pypdf, the web-form texts with their Copy
buttons, the mailto: link, recording that it was sent with its deadline, the dashboard's
"due" and "overdue", and ticket numbers and answers. Real case files, real fingerprints."""

import hashlib
import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pypdf
import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QWidget

from app.core.letters.kinds import Channel, LetterType, Outcome
from app.core.vault import Letter, utc_now
from app.gui.controller import AppController
from app.gui.dashboard import Action, DashboardWindow
from app.gui.letters.detail import LetterDetailWindow
from app.gui.letters.window import LetterWindow
from tests.core.letters.rdap_server import Routes
from tests.core.letters.samples import HOSTILE
from tests.gui.evidence_cases import (
    DISCORD_URL,
    FORUM_URL,
    MINOR_URL,
    PERSON,
    config_fixture,  # noqa: F401 - a fixture
    dashboard_fixture,  # noqa: F401 - a fixture
    evidence_tour,
    letter_tour,
    rdap_fixture,  # noqa: F401 - a fixture
)
from tests.gui.helpers import WAIT_MS, dialogs_of, newest_window, open_window
from tests.gui.screens import shown_texts
from tests.gui.test_accessibility import (
    accessible_name,
    clipping,
    controls,
    double_text,  # noqa: F401 - a fixture
    mnemonics,
    tab_order_issues,
)
from tests.gui.test_pdf import lines, pdf_text, squash


def open_writer(qtbot: QtBot, dashboard: DashboardWindow) -> LetterWindow:
    button = dashboard.letters.buttons[Action.WRITE_LETTER]
    return open_window(
        qtbot, button, LetterWindow, lambda window: window.copies.copies.count() == 3
    )


def tick_copy(window: LetterWindow, url: str) -> None:
    for row in range(window.copies.copies.count()):
        entry = window.copies.copies.item(row)
        if url in entry.text() or entry.text().startswith(url):
            entry.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(url)


def copy_row(window: LetterWindow, where: str) -> int:
    for row in range(window.copies.copies.count()):
        if window.copies.copies.item(row).text().startswith(where):
            return row
    raise AssertionError(where)


def press(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled(), button.text()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def to_type_step(qtbot: QtBot, window: LetterWindow, where: str) -> None:
    """Tick the copy shown as ``where`` and go on to "What kind of letter?"."""
    entry = window.copies.copies.item(copy_row(window, where))
    entry.setCheckState(Qt.CheckState.Checked)
    press(qtbot, window.copies.next_button)
    qtbot.waitUntil(lambda: window.current() is window.recipient, timeout=WAIT_MS)
    press(qtbot, window.recipient.next_button)
    assert window.current() is window.kind


def choose_type(qtbot: QtBot, window: LetterWindow, letter_type: LetterType) -> None:
    window.kind.buttons[letter_type].setChecked(True)
    press(qtbot, window.kind.next_button)
    assert window.current() is window.details
    if window.details.not_paid.isVisibleTo(window):
        window.details.not_paid.setChecked(True)  # a platform's removal policy asks


def to_preview(qtbot: QtBot, window: LetterWindow) -> None:
    press(qtbot, window.details.next_button)
    assert window.current() is window.preview
    qtbot.waitUntil(lambda: window.preview.letter is not None, timeout=WAIT_MS)


def letters(controller: AppController) -> list[Letter]:
    assert controller.session is not None
    return controller.session.case.read(lambda repo: repo.letters())


def clipboard() -> str:
    board = QGuiApplication.clipboard()
    assert board is not None
    return board.text()


# --- choosing -------------------------------------------------------------------------------


def test_copies_of_someone_under_18_are_never_offered_and_dmca_only_for_own_pictures(
    qtbot: QtBot, dashboard: DashboardWindow
) -> None:
    window = open_writer(qtbot, dashboard)
    minor = window.copies.copies.item(copy_row(window, "X (Twitter)"))
    assert "someone under 18" in minor.text()
    assert not minor.flags() & Qt.ItemFlag.ItemIsEnabled
    assert window.copies.minors_box.isVisibleTo(window)
    assert not window.copies.next_button.isEnabled(), "nothing is chosen yet"
    # The forum copy shows Picture 3, taken by someone else: no DMCA notice.
    to_type_step(qtbot, window, FORUM_URL)
    assert LetterType.DMCA not in window.kind.buttons
    assert window.kind.no_dmca.isVisibleTo(window)
    assert "you took yourself" in window.kind.no_dmca.text()
    offered = set(window.kind.buttons)
    assert LetterType.HOST_ABUSE in offered and LetterType.POLICE_DOSSIER in offered
    # Back to the copies: the Discord copy shows Picture 1, which the user took.
    press(qtbot, window.back)
    press(qtbot, window.back)
    assert window.current() is window.copies
    window.copies.copies.item(copy_row(window, FORUM_URL)).setCheckState(Qt.CheckState.Unchecked)
    to_type_step(qtbot, window, "Discord")
    assert LetterType.DMCA in window.kind.buttons
    assert not window.kind.no_dmca.isVisibleTo(window)
    window.kind.buttons[LetterType.DMCA].setChecked(True)
    # The warning comes first: the uploader usually receives the notice and the details.
    assert window.kind.dmca_box.isVisibleTo(window)
    assert "the person who uploaded" in window.kind.dmca_text.text()
    assert not window.kind.next_button.isEnabled()
    window.kind.dmca_ok.setChecked(True)
    press(qtbot, window.kind.next_button)
    assert window.current() is window.details


def test_a_missing_element_is_named_and_the_letter_waits(
    qtbot: QtBot, dashboard: DashboardWindow, controller: AppController
) -> None:
    window = open_writer(qtbot, dashboard)
    to_type_step(qtbot, window, "Discord")
    # A change of language on the way loses nothing of the user's details.
    controller.ctx.translations.apply("nl")
    controller.ctx.translations.apply("en")
    choose_type(qtbot, window, LetterType.GDPR_ERASURE)
    details = window.details
    # Prefilled from the case.
    assert details.legal_name.text() == PERSON.legal_name
    assert details.email.text() == PERSON.email
    assert details.country.currentData() == "NL"
    assert "Everything the letter needs is there" in details.checklist.summary.text()
    details.legal_name.clear()
    details.email.clear()
    summary = details.checklist.summary.text()
    assert "2 things still missing" in summary, summary
    assert "Missing:" in details.checklist.lines.text()
    assert "name" in details.checklist.lines.text().lower()
    # The letter is not made without them: the preview names what is missing.
    press(qtbot, details.next_button)
    preview = window.preview
    assert preview.letter is None
    assert preview.refused.isVisibleTo(window) and preview.checklist.isVisibleTo(window)
    assert not preview.next_button.isEnabled()
    assert not preview.actions_card.isVisibleTo(window)
    press(qtbot, window.back)
    QTest.keyClicks(details.legal_name, "Anna de Vries")
    QTest.keyClicks(details.email, "anna@example.org")
    assert "Everything the letter needs is there" in details.checklist.summary.text()
    to_preview(qtbot, window)
    assert "Anna de Vries" in window.preview.preview.toPlainText()


# --- the letter, its wording and its ways out -----------------------------------------------


def test_a_letter_is_edited_saved_as_pdf_printed_and_recorded_with_its_deadline(
    qtbot: QtBot, dashboard: DashboardWindow, controller: AppController, tmp_path: Path
) -> None:
    dialogs = dialogs_of(controller)
    window = open_writer(qtbot, dashboard)
    to_type_step(qtbot, window, "Discord")
    assert window.recipient.platform.currentText() == "Discord"
    choose_type(qtbot, window, LetterType.NCII_REPORT)
    to_preview(qtbot, window)
    preview = window.preview
    text = preview.preview.toPlainText()
    assert DISCORD_URL in text and PERSON.legal_name in text
    assert "not legal advice" in (text + preview.notes.toPlainText()).lower()
    # The wording can be changed; the letter follows.
    press(qtbot, preview.wording_button)
    assert preview.editors_box.isVisibleTo(window)
    assert preview.letter is not None
    section_id = preview.letter.fields()[0].id  # a part with a title: it goes in the form too
    editor = preview.editors[section_id]
    editor.setPlainText(editor.toPlainText() + "\nPlease act quickly.")
    qtbot.waitUntil(lambda: "Please act quickly." in preview.preview.toPlainText(), timeout=WAIT_MS)
    assert section_id in window.state.edits
    # A PDF, read back; the user is told it is not encrypted.
    target = tmp_path / "out" / "letter.pdf"
    target.parent.mkdir()
    dialogs.save_path = str(target)
    press(qtbot, preview.pdf)
    assert target.is_file()
    in_pdf = pdf_text(target)
    for line in lines(preview.preview.toPlainText()):
        assert squash(line) in in_pdf, line
    assert dialogs.messages[-1][:2] == ("inform", "The PDF is saved")
    assert "not encrypted" in dialogs.messages[-1][2]
    assert dialogs.save_requests[-1][1] == "letter-ncii-report.pdf"
    # The same rendering goes to the printer (the system's print dialog chooses it).
    dialogs.printers = ["Office printer"]
    dialogs.printer_pdf = str(tmp_path / "printed.pdf")
    press(qtbot, preview.printer)
    assert squash("Please act quickly.") in pdf_text(tmp_path / "printed.pdf")
    assert "went to the printer" in preview.result.text()
    assert pypdf.PdfReader(target).pages[0].mediabox.width == pytest.approx(595, abs=1), "A4"
    # Web-form texts, each with a Copy button that copies exactly that text.
    assert preview.fields_card.isVisibleTo(window)
    letter = preview.letter
    assert letter is not None
    fields = letter.fields()
    assert len(preview._field_widgets) == len(fields) > 0
    for (title, value, button), field in zip(preview._field_widgets, fields, strict=True):
        assert title.text() == field.label and value.toPlainText() == field.value
        press(qtbot, button)
        assert clipboard() == field.value
        assert squash(lines(field.value)[0]) in in_pdf
    # Recording: the channel and the computed deadline.
    press(qtbot, preview.next_button)
    sent = window.sent
    assert window.current() is sent
    sent.channel.setCurrentIndex(sent.channel.findData(Channel.WEB_FORM.value))
    QTest.keyClicks(sent.ticket, "TICKET-77")
    press(qtbot, sent.next_button)
    qtbot.waitUntil(lambda: sent.outcome.isVisibleTo(window), timeout=WAIT_MS)
    recorded = letters(controller)
    assert len(recorded) == 1
    stored = recorded[0]
    assert stored.type == "ncii-report" and stored.channel == "web-form"
    assert stored.ticket_number == "TICKET-77" and stored.recipient == "Discord"
    assert "Please act quickly." in stored.text
    assert stored.text_sha256 == hashlib.sha256(stored.text.encode()).hexdigest()
    assert stored.sent_at is not None
    assert stored.text_sha256[:8] in sent.outcome.text().replace(" ", "")
    assert not sent.next_button.isVisibleTo(window) and not window.back.isVisibleTo(window)
    qtbot.waitUntil(lambda: dashboard.letters.model.rowCount() == 1, timeout=WAIT_MS)


def test_an_e_mail_channel_opens_a_mailto_link_with_subject_and_body(
    qtbot: QtBot, dashboard: DashboardWindow, controller: AppController
) -> None:
    dialogs = dialogs_of(controller)
    window = open_writer(qtbot, dashboard)
    to_type_step(qtbot, window, "Discord")
    choose_type(qtbot, window, LetterType.GDPR_ERASURE)
    window.details.to_email.setText("privacy@discord.example")
    to_preview(qtbot, window)
    preview = window.preview
    assert preview.mail.isEnabled()
    press(qtbot, preview.mail)
    link = dialogs.opened_urls[-1]
    parts = urlsplit(link)
    assert parts.scheme == "mailto" and unquote(parts.path) == "privacy@discord.example"
    query = parse_qs(parts.query)
    letter = preview.letter
    assert letter is not None and query["subject"] == [letter.email_subject]
    # This letter is longer than a mail program takes in a link: it is copied to paste.
    assert "body" not in query
    assert clipboard() == letter.letter_text and DISCORD_URL in clipboard()
    assert "paste it into the new message" in preview.result.text()
    press(qtbot, preview.next_button)
    assert window.sent.channel.currentData() == Channel.EMAIL.value
    assert window.sent.address.text() == "privacy@discord.example"
    press(qtbot, window.sent.next_button)
    qtbot.waitUntil(lambda: bool(letters(controller)), timeout=WAIT_MS)
    stored = letters(controller)[0]
    assert stored.channel == "email" and stored.deadline_at is not None
    # GDPR: one month to answer.
    assert stored.sent_at is not None
    assert timedelta(days=28) <= stored.deadline_at - stored.sent_at <= timedelta(days=31)


def test_hostile_input_is_shown_and_printed_as_plain_text(
    qtbot: QtBot, dashboard: DashboardWindow, controller: AppController, tmp_path: Path
) -> None:
    dialogs = dialogs_of(controller)
    window = open_writer(qtbot, dashboard)
    to_type_step(qtbot, window, "Discord")
    choose_type(qtbot, window, LetterType.NCII_REPORT)
    name = "Zoë 李 محمد \u202eevil\u202c"
    window.details.legal_name.setText(name)
    window.details.reason.setPlainText(HOSTILE)
    to_preview(qtbot, window)
    text = window.preview.preview.toPlainText()
    # Left as typed: no template ran over it (the clock may well show a 49 elsewhere).
    assert "<script>alert(1)</script> {{ 7*7 }} {% raw %} evil & <b>bold</b>" in text
    dialogs.save_path = str(tmp_path / "hostile.pdf")
    press(qtbot, window.preview.pdf)
    in_pdf = pdf_text(tmp_path / "hostile.pdf")
    assert squash("<script>alert(1)</script>") in in_pdf
    assert squash("{{ 7*7 }}") in in_pdf and squash("<b>bold</b>") in in_pdf
    assert squash("Zoë") in in_pdf


def test_an_unwritable_pdf_place_and_a_missing_printer_are_told_plainly(
    qtbot: QtBot,
    dashboard: DashboardWindow,
    controller: AppController,
    read_only_folder: Path,
) -> None:
    dialogs = dialogs_of(controller)
    window = open_writer(qtbot, dashboard)
    to_type_step(qtbot, window, "Discord")
    choose_type(qtbot, window, LetterType.NCII_REPORT)
    to_preview(qtbot, window)
    target = read_only_folder / "letter.pdf"
    dialogs.save_path = str(target)
    press(qtbot, window.preview.pdf)
    assert not target.exists()
    kind, headline, text = dialogs.messages[-1]
    assert (kind, headline) == ("warn", "The file was not saved")
    assert "letter.pdf" in text and "Nothing was written" in text
    dialogs.printers = []
    dialogs.printer_pdf = str(read_only_folder.parent / "never.pdf")
    press(qtbot, window.preview.printer)
    kind, _headline, text = dialogs.messages[-1]
    assert kind == "warn" and "No printer is set up" in text
    assert not Path(dialogs.printer_pdf).exists(), "the print dialog was not even opened"


def test_the_letter_can_be_written_in_dutch_on_us_letter_paper(
    qtbot: QtBot, dashboard: DashboardWindow, controller: AppController, tmp_path: Path
) -> None:
    dialogs = dialogs_of(controller)
    window = open_writer(qtbot, dashboard)
    to_type_step(qtbot, window, "Discord")
    kind = window.kind
    kind.language_box.setCurrentIndex(kind.language_box.findData("nl"))
    choose_type(qtbot, window, LetterType.NCII_REPORT)
    details = window.details
    details.country.setCurrentIndex(details.country.findData("US"))
    to_preview(qtbot, window)
    text = window.preview.preview.toPlainText()
    assert "geen juridisch advies" in (text + window.preview.notes.toPlainText()).lower()
    dialogs.save_path = str(tmp_path / "brief.pdf")
    press(qtbot, window.preview.pdf)
    page = pypdf.PdfReader(tmp_path / "brief.pdf").pages[0]
    assert page.mediabox.width == pytest.approx(612, abs=1), "US Letter"
    # The user's country is kept in the case for the next letters.
    assert controller.session is not None
    qtbot.waitUntil(
        lambda: controller.session.case.read(lambda repo: repo.person().country) == "US",  # type: ignore[union-attr]
        timeout=WAIT_MS,
    )


def test_the_host_route_looks_up_only_the_domain_when_asked(
    qtbot: QtBot,
    dashboard: DashboardWindow,
    controller: AppController,
    rdap: tuple[str, Routes],
) -> None:
    _url, routes = rdap
    domain = {
        "objectClassName": "domain",
        "ldhName": "example.org",
        "entities": [
            {
                "roles": ["registrar"],
                "vcardArray": ["vcard", [["fn", {}, "text", "Registrar Inc."]]],
                "entities": [
                    {
                        "roles": ["abuse"],
                        "vcardArray": ["vcard", [["email", {}, "text", "abuse@registrar.example"]]],
                    }
                ],
            }
        ],
    }
    routes.answers["/domain/example.org"] = (200, {}, json.dumps(domain).encode())
    window = open_writer(qtbot, dashboard)
    entry = window.copies.copies.item(copy_row(window, FORUM_URL))
    entry.setCheckState(Qt.CheckState.Checked)
    press(qtbot, window.copies.next_button)
    qtbot.waitUntil(lambda: window.current() is window.recipient, timeout=WAIT_MS)
    recipient = window.recipient
    assert recipient.platform.currentData() == ""
    assert recipient.unknown_box.isVisibleTo(window)
    assert routes.received == [], "nothing is asked before the button is pressed"
    press(qtbot, recipient.look_up)
    qtbot.waitUntil(lambda: "Registrar Inc." in recipient.lookup_result.text(), timeout=WAIT_MS)
    assert all(
        path.startswith("/domain/example.org") or path.startswith("/ip/") for path in routes.paths
    )
    assert not any("t/42" in request.request_line for request in routes.received)
    recipient.target.buttons[1].click()  # the registrar
    press(qtbot, recipient.next_button)
    choose_type(qtbot, window, LetterType.HOST_ABUSE)
    assert window.details.to_name.text() == "Registrar Inc."
    assert window.details.to_email.text() == "abuse@registrar.example"


# --- after sending --------------------------------------------------------------------------


def sent_letter(controller: AppController, deadline: datetime) -> Letter:
    assert controller.session is not None
    now = utc_now()
    letter = Letter(
        type="take-it-down",
        language="en",
        recipient="Example Host",
        text="The letter's text.",
        text_sha256=hashlib.sha256(b"The letter's text.").hexdigest(),
        status="sent",
        channel="email",
        channel_address="abuse@host.example",
        created_at=now - timedelta(days=3),
        sent_at=now - timedelta(days=3),
        deadline_at=deadline,
    )
    return controller.session.case.change(lambda repo: repo.add_letter(letter))


def test_the_dashboard_shows_letters_due_and_overdue_and_answers_are_recorded(
    qtbot: QtBot, dashboard: DashboardWindow, controller: AppController
) -> None:
    now = utc_now()
    sent_letter(controller, now - timedelta(hours=5))
    soon = sent_letter(controller, now + timedelta(hours=20))
    dashboard.refresh()
    qtbot.waitUntil(lambda: dashboard.letters.model.rowCount() == 2, timeout=WAIT_MS)
    cells = [dashboard.letters.model.index(row, 3).data() for row in range(2)]
    assert any("overdue" in str(cell) for cell in cells), cells
    assert any("due soon" in str(cell) for cell in cells), cells
    names = [dashboard.letters.model.index(row, 0).data() for row in range(2)]
    assert "take-it-down" not in names, "the type is named in words"
    attention = dashboard.overview.attention.text()
    assert "was due on" in attention and "is due by" in attention
    # Open the one due soon; record its ticket number and an answer.
    row = next(row for row, cell in enumerate(cells) if "due soon" in str(cell))
    dashboard.letters.table.setCurrentIndex(dashboard.letters.model.index(row, 0))
    press(qtbot, dashboard.letters.open_button)
    detail = newest_window(LetterDetailWindow)
    qtbot.waitUntil(lambda: detail.detail is not None, timeout=WAIT_MS)
    opened = detail.letter_id
    detail.ticket.setText("T-1")
    press(qtbot, detail.save_ticket)
    qtbot.waitUntil(lambda: "ticket number is saved" in detail.saved.text(), timeout=WAIT_MS)
    detail.outcome.setCurrentIndex(detail.outcome.findData(Outcome.REMOVED.value))
    detail.statement.setPlainText("Removed under our policy.")
    press(qtbot, detail.save_reply)
    qtbot.waitUntil(lambda: detail.replies_model.rowCount() == 1, timeout=WAIT_MS)
    stored = next(letter for letter in letters(controller) if letter.id == opened)
    assert stored.ticket_number == "T-1" and stored.status == "removed"
    assert controller.session is not None
    responses = controller.session.case.read(lambda repo: repo.letter_responses(opened))
    assert [(r.outcome, r.statement) for r in responses] == [
        ("removed", "Removed under our policy.")
    ]
    assert stored.id == soon.id or stored.id != soon.id


def test_the_police_dossier_never_names_a_copy_of_someone_under_18(
    qtbot: QtBot, dashboard: DashboardWindow
) -> None:
    window = open_writer(qtbot, dashboard)
    to_type_step(qtbot, window, "Discord")
    choose_type(qtbot, window, LetterType.POLICE_DOSSIER)
    assert not window.details.recipient_card.isVisibleTo(window)
    window.details.account.setPlainText("He posted it after we broke up.")
    to_preview(qtbot, window)
    text = window.preview.preview.toPlainText()
    assert DISCORD_URL in text and MINOR_URL not in text


# --- every evidence and letter screen: names, Tab order, shortcuts, Dutch, large text -------

#: Texts that are the case's data or names, the same in both languages.
_DATA_TEXTS = (
    "StillMine",
    "the platform's policy",  # a sent letter's legal basis, in the letter's language
    "Discord",
    "Anna de Vries",
    "https://",
    "SHA-256",
    "English",
    "Nederlands",
    "Status",
    "forum",
)


def _screens(controller: AppController, folder: Path) -> Iterator[tuple[str, QWidget]]:
    yield from evidence_tour(controller, folder)
    yield from letter_tour(controller)


def _letter_text(window: QWidget) -> str:
    """The letter shown, if any: its own words stay in the letter's language."""
    if isinstance(window, LetterWindow) and window.preview.letter is not None:
        return window.preview.letter.letter_text
    return ""


def _untranslated(english: dict[str, str], dutch: dict[str, str], letter: str) -> dict[str, str]:
    return {
        key: text
        for key, text in dutch.items()
        if english.get(key) == text
        and not any(data in text for data in _DATA_TEXTS)
        and not (letter and text in letter)
        and any(_is_word(word) for word in text.replace("&", "").split())
    }


def _is_word(text: str) -> bool:
    """Language, not a group of a hash shown in eights ("fdfcedbb" is all letters too)."""
    is_hex_group = len(text) == 8 and all(char in "0123456789abcdef" for char in text)
    return text.isalpha() and len(text) > 2 and not is_hex_group


def test_every_evidence_and_letter_screen_is_named_in_tab_order_and_in_dutch(
    qtbot: QtBot, dashboard: DashboardWindow, controller: AppController, tmp_path: Path
) -> None:
    problems: list[str] = []

    def clashes(name: str, window: QWidget) -> None:
        letters = mnemonics(window)
        twice = sorted({letter for letter in letters if letters.count(letter) > 1})
        if twice:
            problems.append(f"{name}: Alt+{', Alt+'.join(twice)} used twice")

    for name, window in _screens(controller, tmp_path):
        qtbot.wait(20)
        problems.extend(
            f"{name}: {type(widget).__name__} has no accessible name"
            for widget in controls(window)
            if not accessible_name(widget)
        )
        problems.extend(f"{name}: {issue}" for issue in tab_order_issues(window))
        clashes(name, window)
        english = shown_texts(window)
        controller.ctx.translations.apply("nl")
        qtbot.wait(20)
        clashes(f"{name} (nl)", window)
        same = _untranslated(english, shown_texts(window), _letter_text(window))
        if same:
            problems.append(f"{name}: not translated: {same}")
        controller.ctx.translations.apply("en")
        qtbot.wait(20)
        # Rows made afresh in the new language are new widgets: compare the texts alone.
        back = sorted(shown_texts(window).values())
        if back != sorted(english.values()):
            missing = set(english.values()) ^ set(back)
            problems.append(f"{name}: not back in English: {missing}")
    assert not problems, "\n".join(problems)


@pytest.mark.usefixtures("double_text")
@pytest.mark.parametrize("language", ["en", "nl"])
def test_nothing_on_the_evidence_and_letter_screens_is_clipped_at_twice_the_text_size(
    qtbot: QtBot,
    dashboard: DashboardWindow,
    controller: AppController,
    tmp_path: Path,
    language: str,
) -> None:
    controller.ctx.translations.apply(language)
    problems: list[str] = []
    for name, window in _screens(controller, tmp_path):
        qtbot.wait(20)
        problems.extend(f"{name}: {issue}" for issue in clipping(window))
    assert not problems, "\n".join(problems)
