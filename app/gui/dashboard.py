"""The dashboard: where things stand for a returning user, and what to do next.

One tab per part of the case: an overview of what needs attention, the pictures, the
registrations, the copies found and the letters with their deadlines (overdue ones marked
in words, not only colour). Each part has its actions. Later work adds its screens through
``set_action``, ``set_opener`` and ``add_section`` without reshaping the window: an action
without a screen yet is shown disabled, with a note saying so.
"""

from collections.abc import Callable, Sequence
from datetime import datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMainWindow,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.letters.sending import DueState, letters_due
from app.core.services.handoff import checks_due
from app.core.services.hashbank import SERVICE_ID as HASH_BANK
from app.core.vault import Item, Letter, Registration, Sighting, utc_now
from app.gui.context import AppContext
from app.gui.evidence.common import where_text
from app.gui.letters.names import type_name
from app.gui.overview import CaseOverview, load_overview
from app.gui.registering.common import language_of, service_name
from app.gui.sections import Section
from app.gui.session import CaseSession
from app.gui.tables import Cell, RecordsModel
from app.gui.texts import (
    age_text,
    format_date,
    media_text,
    privacy_kinds,
    privacy_short,
    status_text,
)
from app.gui.widgets import (
    QuickExitButton,
    ScrollingBody,
    heading,
    note,
    on_language_change,
    paragraph,
)


class Action(StrEnum):
    """Things the user can start from the dashboard."""

    ADD_PICTURES = "add-pictures"
    REGISTER = "register"
    RECORD_COPY = "record-copy"
    WRITE_LETTER = "write-letter"
    SCAN_FOLDER = "scan-folder"


Opener = Callable[[Any], None]


def _due(moment: datetime | None, now: datetime) -> bool:
    return moment is not None and moment < now


class RecordsSection(QWidget):
    """One tab: a short explanation, a table (or a calm "nothing yet"), and action buttons.

    It holds no texts of its own: the dashboard sets them in its language. Once it has an
    opener (``set_opener``), a row opens with a double click, Enter or its Open button.
    """

    def __init__(self, model: RecordsModel[Any], actions: Sequence[Action]) -> None:
        super().__init__()
        self.model = model
        self._opener: Opener | None = None
        self.intro = paragraph()
        self.empty = note()
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setTabKeyNavigation(False)
        self.table.activated.connect(self._open)
        self.buttons = {action: QPushButton() for action in actions}
        self.open_button = QPushButton()
        self.open_button.clicked.connect(lambda: self._open(self.table.currentIndex()))
        self.open_button.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        for button in self.buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

    def show_records(self, records: Sequence[Any]) -> None:
        """Show the records (or the "nothing yet" note when there are none)."""
        self.model.set_records(records)
        self.table.setVisible(bool(records))
        self.empty.setVisible(not records)
        openable = self._opener is not None and bool(records)
        if openable and not self.table.currentIndex().isValid():
            # A row is always chosen, so the Open button always has something to open.
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.open_button.setVisible(openable)

    def set_opener(self, opener: Opener) -> None:
        """Open a record with ``opener`` (double click, Enter, or the Open button)."""
        self._opener = opener
        self.open_button.setVisible(self.model.rowCount() > 0)

    def _open(self, index: QModelIndex) -> None:
        records = self.model.records()
        if self._opener is not None and index.isValid() and index.row() < len(records):
            self._opener(records[index.row()])


class OverviewSection(QWidget):
    """The first tab: counts, what needs attention, and every action."""

    def __init__(self, actions: Sequence[Action]) -> None:
        super().__init__()
        self.title = heading()
        self.counts = paragraph()
        self.attention_title = heading()
        self.attention = paragraph()
        self.buttons = {action: QPushButton() for action in actions}
        layout = ScrollingBody(self).body
        for widget in (self.title, self.counts, self.attention_title, self.attention):
            layout.addWidget(widget)
        # Shown while a backup is due (the "needs your attention" line says why).
        self.backup_button = QPushButton()
        self.backup_button.hide()
        layout.addWidget(self.backup_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.actions_title = heading()
        layout.addWidget(self.actions_title)
        for button in self.buttons.values():
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.later_note = note()
        layout.addWidget(self.later_note)
        layout.addStretch(1)


class DashboardWindow(QMainWindow):
    """The main window for a returning user.

    Signals:
        lock_requested, quick_exit_requested, help_requested, settings_requested,
        close_requested: the user's buttons and the window's close button.
        backup_requested: "Make a backup now" (shown while a backup is due).
    """

    lock_requested = Signal()
    quick_exit_requested = Signal()
    help_requested = Signal()
    settings_requested = Signal()
    close_requested = Signal()
    backup_requested = Signal()

    def __init__(self, ctx: AppContext, session: CaseSession) -> None:
        super().__init__()
        self.ctx = ctx
        self.session = session
        self.overview_data: CaseOverview | None = None
        self._handlers: dict[Action, Callable[[], None]] = {}
        self._build()
        ctx.branding.brand(self)
        geometry = ctx.settings.geometry("dashboard")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(980, 700)
        self.retranslate()
        on_language_change(self, self.retranslate)
        session.changed.connect(self.refresh)
        self.refresh()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(self._top_bar())
        self.notice = paragraph()
        self.notice.setObjectName("problem")
        self.notice.hide()
        layout.addWidget(self.notice)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        every = list(Action)
        self.overview = OverviewSection(every)
        self.pictures = RecordsSection(
            RecordsModel(self._picture_headers, self._picture_cell, self), [Action.ADD_PICTURES]
        )
        self.registrations = RecordsSection(
            RecordsModel(self._registration_headers, self._registration_cell, self),
            [Action.REGISTER],
        )
        self.copies = RecordsSection(
            RecordsModel(self._copy_headers, self._copy_cell, self),
            [Action.RECORD_COPY, Action.SCAN_FOLDER],
        )
        self.letters = RecordsSection(
            RecordsModel(self._letter_headers, self._letter_cell, self), [Action.WRITE_LETTER]
        )
        self.sections: dict[Section, QWidget] = {}
        for section, widget in (
            (Section.OVERVIEW, self.overview),
            (Section.PICTURES, self.pictures),
            (Section.REGISTRATIONS, self.registrations),
            (Section.COPIES, self.copies),
            (Section.LETTERS, self.letters),
        ):
            self.add_section(section, widget)
        for action, button in self._action_buttons():
            button.clicked.connect(lambda _checked=False, a=action: self._run_action(a))
        self.overview.backup_button.clicked.connect(self.backup_requested)

    def _top_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.title = heading()
        bar.addWidget(self.title, 1)
        self.help_button = QPushButton()
        self.help_button.clicked.connect(self.help_requested)
        self.settings_button = QPushButton()
        self.settings_button.clicked.connect(self.settings_requested)
        self.lock_button = QPushButton()
        self.lock_button.clicked.connect(self.lock_requested)
        self.quick_exit = QuickExitButton()
        self.quick_exit.clicked.connect(self.quick_exit_requested)
        for button in (self.help_button, self.settings_button, self.lock_button, self.quick_exit):
            bar.addWidget(button)
        return bar

    def add_section(self, section: Section, widget: QWidget) -> None:
        """Add a tab (later screens plug in here); its title is set in ``retranslate``."""
        self.sections[section] = widget
        self.tabs.addTab(widget, "")

    def show_section(self, section: Section) -> None:
        """Bring a part of the dashboard to the front."""
        target = Section.COPIES if section is Section.SCAN else section
        widget = self.sections.get(target, self.overview)
        self.tabs.setCurrentWidget(widget)

    def set_action(self, action: Action, handler: Callable[[], None]) -> None:
        """Make ``action``'s buttons start ``handler``."""
        self._handlers[action] = handler
        self._update_actions()

    def set_opener(self, section: Section, opener: Opener) -> None:
        """Let the user open a record of ``section``'s table: ``opener`` receives it."""
        widget = self.sections.get(section)
        if isinstance(widget, RecordsSection):
            widget.set_opener(opener)

    def show_notice(self, text: str) -> None:
        """Show a short, calm notice above the tabs."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _action_buttons(self) -> list[tuple[Action, QPushButton]]:
        found: list[tuple[Action, QPushButton]] = []
        for section in (
            self.overview,
            self.pictures,
            self.registrations,
            self.copies,
            self.letters,
        ):
            found.extend(section.buttons.items())
        return found

    def _run_action(self, action: Action) -> None:
        handler = self._handlers.get(action)
        if handler is not None:
            handler()

    # --- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your case"))
        self.help_button.setText(self.tr("&Help"))
        self.help_button.setAccessibleName(self.tr("Help and helplines"))
        self.settings_button.setText(self.tr("&Settings"))
        self.settings_button.setAccessibleName(self.tr("Settings"))
        self.lock_button.setText(self.tr("&Lock"))
        self.lock_button.setAccessibleName(self.tr("Lock your case"))
        self.lock_button.setToolTip(self.tr("Close your case; it asks for your passphrase again"))
        titles = {
            Section.OVERVIEW: self.tr("Overview"),
            Section.PICTURES: self.tr("Pictures"),
            Section.REGISTRATIONS: self.tr("Registrations"),
            Section.COPIES: self.tr("Copies found"),
            Section.LETTERS: self.tr("Letters"),
        }
        for section, title in titles.items():
            self.tabs.setTabText(self.tabs.indexOf(self.sections[section]), title)
        self.tabs.setAccessibleName(self.tr("Parts of your case"))
        self._retranslate_sections()
        self._update_actions()
        self._show_overview()

    def _retranslate_sections(self) -> None:
        intros = (
            (
                self.pictures,
                self.tr(
                    "The pictures you fingerprinted. The pictures themselves stay where they are."
                ),
                self.tr("No pictures yet. Add the pictures you want to protect."),
                self.tr("Your pictures"),
            ),
            (
                self.registrations,
                self.tr(
                    "Services that block your pictures using their fingerprints. Open one to "
                    "check its status or withdraw it."
                ),
                self.tr("No registrations yet."),
                self.tr("Registrations"),
            ),
            (
                self.copies,
                self.tr("Places where you found copies, and whether they are still online."),
                self.tr("No copies recorded yet."),
                self.tr("Copies found"),
            ),
            (
                self.letters,
                self.tr("Letters and reports you wrote, with the date a reply is due."),
                self.tr("No letters yet."),
                self.tr("Letters"),
            ),
        )
        for section, intro, empty, name in intros:
            section.intro.setText(intro)
            section.empty.setText(empty)
            section.table.setAccessibleName(name)
            section.model.retranslate()
        self.registrations.open_button.setText(self.tr("&Open the chosen registration…"))
        self.registrations.open_button.setAccessibleName(self.tr("Open the chosen registration"))
        self.copies.open_button.setText(self.tr("&Open the chosen copy…"))
        self.copies.open_button.setAccessibleName(self.tr("Open the chosen copy"))
        self.letters.open_button.setText(self.tr("&Open the chosen letter…"))
        self.letters.open_button.setAccessibleName(self.tr("Open the chosen letter"))
        self.overview.title.setText(self.tr("Where things stand"))
        self.overview.attention_title.setText(self.tr("Needs your attention"))
        self.overview.actions_title.setText(self.tr("What you can do"))
        self.overview.backup_button.setText(self.tr("Make a backup now…"))
        self.overview.backup_button.setAccessibleName(self.tr("Make a backup now"))

    def _action_texts(self) -> dict[Action, str]:
        return {
            Action.ADD_PICTURES: self.tr("Add pictures…"),
            Action.REGISTER: self.tr("Register fingerprints…"),
            Action.RECORD_COPY: self.tr("Record a copy you found…"),
            Action.WRITE_LETTER: self.tr("Write a letter…"),
            Action.SCAN_FOLDER: self.tr("Scan a folder for copies…"),
        }

    def _update_actions(self) -> None:
        texts = self._action_texts()
        later = self.tr("This part of StillMine is coming in a later version.")
        waiting = [action for action in Action if action not in self._handlers]
        self.overview.later_note.setText(
            self.tr("Greyed-out steps arrive in a later version of StillMine.")
        )
        self.overview.later_note.setVisible(bool(waiting))
        for action, button in self._action_buttons():
            available = action in self._handlers
            button.setText(texts[action])
            button.setAccessibleName(texts[action].rstrip("…"))
            button.setEnabled(available)
            button.setToolTip("" if available else later)
            button.setAccessibleDescription("" if available else later)

    # --- headers and cells ----------------------------------------------------------------

    def _picture_headers(self) -> list[str]:
        return [
            self.tr("Label"),
            self.tr("Kind"),
            self.tr("Age of the person"),
            self.tr("Gives away"),
            self.tr("Added"),
        ]

    def _picture_cell(self, item: Item, column: int) -> Cell:
        values = (
            item.label,
            media_text(item.kind, item.format, item.duration),
            age_text(item.age_in_content.value),
            privacy_short(privacy_kinds(item.privacy_kinds)),
            format_date(item.added_at),
        )
        return Cell(values[column])

    def _registration_headers(self) -> list[str]:
        return [
            self.tr("Service"),
            self.tr("Case number or bank"),
            self.tr("Submitted"),
            self.tr("Status"),
            self.tr("Next check"),
        ]

    def _registration_cell(self, registration: Registration, column: int) -> Cell:
        check_due = bool(checks_due([registration], self._now()))
        next_check = format_date(registration.next_check_at)
        if check_due:
            next_check = self.tr("{0}: check now").format(next_check)
        reference = registration.case_number
        if registration.service == HASH_BANK:
            reference = registration.bank_name
        values = (
            service_name(registration.service, language_of(self.ctx)),
            reference or "–",
            format_date(registration.submitted_at),
            status_text(registration.status),
            next_check,
        )
        return Cell(values[column], attention=column == 4 and check_due)

    def _copy_headers(self) -> list[str]:
        return [self.tr("Where"), self.tr("Found on"), self.tr("Status"), self.tr("Check again")]

    def _copy_cell(self, sighting: Sighting, column: int) -> Cell:
        recheck_due = _due(sighting.next_recheck_at, self._now())
        recheck = format_date(sighting.next_recheck_at)
        if recheck_due:
            recheck = self.tr("{0}: check now").format(recheck)
        values = (
            where_text(sighting),
            format_date(sighting.found_at),
            status_text(sighting.status.value),
            recheck,
        )
        return Cell(values[column], attention=column == 3 and recheck_due)

    def _letter_headers(self) -> list[str]:
        return [
            self.tr("Letter"),
            self.tr("To"),
            self.tr("Sent"),
            self.tr("Reply due"),
            self.tr("Status"),
        ]

    def _letter_cell(self, letter: Letter, column: int) -> Cell:
        due = letters_due([letter], self._now())
        state = due[0].state if due else None
        overdue = state is DueState.OVERDUE
        deadline = format_date(letter.deadline_at)
        if overdue:
            deadline = self.tr("{0}: overdue").format(deadline)
        elif state is DueState.DUE_SOON:
            deadline = self.tr("{0}: due soon").format(deadline)
        values = (
            type_name(letter.type, language_of(self.ctx)),
            letter.recipient or "–",
            format_date(letter.sent_at),
            deadline,
            status_text(letter.status),
        )
        return Cell(values[column], attention=column == 3 and overdue)

    def _now(self) -> datetime:
        return self.overview_data.now if self.overview_data is not None else utc_now()

    # --- data -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the case again and show it."""
        self.session.read(
            load_overview,
            self._loaded,
            lambda error: self.ctx.show_error(self, error),
            owner=self,
        )

    def _loaded(self, overview: CaseOverview) -> None:
        self.overview_data = overview
        self.pictures.show_records(overview.items)
        self.registrations.show_records(overview.registrations)
        self.copies.show_records(overview.sightings)
        self.letters.show_records(overview.letters)
        self._show_overview()

    def _show_overview(self) -> None:
        data = self.overview_data
        if data is None:
            self.overview.counts.setText(self.tr("Reading your case…"))
            self.overview.attention.setText("")
            return
        online = sum(s.status.value in ("online", "reuploaded") for s in data.sightings)
        lines = [
            self.tr("%n picture(s) fingerprinted.", "", len(data.items)),
            self.tr("%n registration(s) with blocking services.", "", len(data.registrations)),
            self.tr(
                "%n copies recorded, {0} of them still online.", "", len(data.sightings)
            ).format(QLocale().toString(online)),
            self.tr("%n letter(s) written.", "", len(data.letters)),
        ]
        self.overview.counts.setText("\n".join(lines))
        attention = self._attention_lines(data)
        self.overview.attention.setText(
            "\n".join(attention) or self.tr("Nothing needs your attention right now.")
        )
        self.overview.backup_button.setVisible(data.backup_due)

    def _attention_lines(self, data: CaseOverview) -> list[str]:
        lines = [
            self.tr("• The reply to your letter to {0} was due on {1}.").format(
                letter.recipient or letter.type, format_date(letter.deadline_at)
            )
            for letter in data.letters
            if letter.overdue(data.now)
        ]
        lines += [
            self.tr("• The reply to your letter to {0} is due by {1}.").format(
                due.letter.recipient or due.letter.type, format_date(due.due_at)
            )
            for due in letters_due(data.letters, data.now)
            if due.state is DueState.DUE_SOON
        ]
        language = language_of(self.ctx)
        lines += [
            self.tr("• Check your registration with {0}.").format(
                service_name(registration.service, language)
            )
            for registration in data.checks_due()
        ]
        lines += [
            self.tr(
                "• An edited copy of {0} was found ({1}): it needs a fingerprint of its own. "
                "If you have that copy, add it and register it too."
            ).format(item.label, where_text(sighting))
            for item, sighting in data.register_again()
        ]
        lines += [
            self.tr("• Check again whether the copy on {0} is still online.").format(
                where_text(sighting)
            )
            for sighting in data.sightings
            if _due(sighting.next_recheck_at, data.now)
        ]
        if data.backup_due:
            lines.append(
                self.tr(
                    "• Your latest changes are not in a backup yet. Make a backup and keep it "
                    "away from this computer, so nothing is lost if the computer breaks."
                )
            )
        return lines

    # --- closing ----------------------------------------------------------------------------

    def save_geometry(self) -> None:
        """Remember the window's size and place."""
        self.ctx.settings.set_geometry("dashboard", self.saveGeometry())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        event.accept()
        self.close_requested.emit()
