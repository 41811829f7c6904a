"""Screenshots of a copy: chosen with Qt's own file chooser, checked, identified by SHA-256.

A screenshot may show the intimate picture itself, so StillMine never shows it here, never
decodes it and never copies it anywhere but into the case, encrypted (``app.core.sightings``).
Each one is listed by its name and fingerprint (SHA-256). The user says whether it shows no
intimate image (a message, a threat, a profile): only such screenshots are ever printed, in a
police dossier; the others are listed there by description and SHA-256 only.
"""

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.vault import EvidenceFile
from app.gui.evidence.common import WrappingChoice, grouped_hash
from app.gui.evidence.work import PendingScreenshot, ScreenshotChoice
from app.gui.texts import format_date
from app.gui.widgets import bold, button_row, note, on_language_change, paragraph


class PendingRow(QFrame):
    """A checked screenshot waiting to be saved: its name, SHA-256 and the user's answers.

    Signals:
        remove_requested: the user left it out.
    """

    remove_requested = Signal(object)

    def __init__(self, screenshot: PendingScreenshot) -> None:
        super().__init__()
        self.setObjectName("card")
        self.screenshot = screenshot
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        self.name = bold(paragraph())
        self.hash = paragraph(selectable=True)
        self.harmless = QCheckBox()
        self.harmless_choice = WrappingChoice(self.harmless)
        self.harmless_note = note()
        self.description_label = QLabel()
        self.description = QLineEdit()
        self.description_label.setBuddy(self.description)
        self.remove = QPushButton()
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        for widget in (
            self.name,
            self.hash,
            self.harmless_choice,
            self.harmless_note,
            self.description_label,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.description)
        layout.addLayout(button_row(self.remove))
        self.retranslate()
        on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        self.name.setText(self.tr("“{0}”: not saved yet").format(self.screenshot.name))
        self.hash.setText(
            self.tr("Fingerprint (SHA-256): {0}").format(grouped_hash(self.screenshot.sha256))
        )
        self.hash.setAccessibleName(self.tr("Fingerprint (SHA-256) of the screenshot"))
        self.harmless_choice.set_text(
            self.tr("It shows no intimate image: only a message, a threat or a profile")
        )
        self.harmless_note.setText(
            self.tr(
                "Only screenshots like this are ever printed, in a police dossier. Others are "
                "listed there by description and fingerprint only."
            )
        )
        self.description_label.setText(self.tr("What it shows, without graphic detail (optional)"))
        self.description.setAccessibleName(self.tr("What the screenshot shows"))
        self.remove.setText(self.tr("Leave it out"))
        self.remove.setAccessibleName(self.tr("Leave this screenshot out"))

    def choice(self) -> ScreenshotChoice:
        """The screenshot with what the user said about it."""
        return ScreenshotChoice(
            self.screenshot, self.description.text().strip(), self.harmless.isChecked()
        )


class StoredRow(QFrame):
    """A screenshot already kept in the case (encrypted): when, what, its SHA-256."""

    def __init__(self, evidence: EvidenceFile) -> None:
        super().__init__()
        self.setObjectName("card")
        self.evidence = evidence
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        self.name = bold(paragraph())
        self.hash = paragraph(selectable=True)
        self.printing = note()
        for widget in (self.name, self.hash, self.printing):
            layout.addWidget(widget)
        self.retranslate()
        on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        evidence = self.evidence
        what = evidence.description or self.tr("no description")
        self.name.setText(
            self.tr("Kept in your case on {0}: {1}").format(format_date(evidence.added_at), what)
        )
        self.hash.setText(
            self.tr("Fingerprint (SHA-256): {0}").format(grouped_hash(evidence.sha256))
        )
        self.printing.setText(
            self.tr("It shows no intimate image, so it may be printed in a police dossier.")
            if evidence.shows_no_intimate_image
            else self.tr("It is never printed: a dossier lists it by its fingerprint only.")
        )


class ScreenshotsPanel(QWidget):
    """The screenshots of one copy: those kept in the case, and those waiting to be saved.

    Signals:
        add_requested: the user wants to choose screenshots.
        rows_changed: rows were added or removed (the window fixes its tab order).
    """

    add_requested = Signal()
    rows_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro = paragraph()
        self.empty = note()
        self.rows_box = QWidget()
        self.rows = QVBoxLayout(self.rows_box)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.add = QPushButton()
        self.add.clicked.connect(self.add_requested)
        self.working = note()
        self.working.hide()
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.rows_box)
        layout.addLayout(button_row(self.add))
        layout.addWidget(self.working)
        self.pending: list[PendingRow] = []
        self.stored: list[StoredRow] = []
        self.retranslate()
        on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Screenshots are kept in your case, encrypted, and named by their fingerprint "
                "(SHA-256), which shows they were not changed later. StillMine never shows "
                "them. Take screenshots that show the web address, the date and the time."
            )
        )
        self.empty.setText(self.tr("No screenshots yet."))
        self.add.setText(self.tr("&Add screenshots…"))
        self.add.setAccessibleName(self.tr("Add screenshots"))

    def show_stored(self, evidence: Sequence[EvidenceFile]) -> None:
        """Show the screenshots kept in the case."""
        for row in self.stored:
            self._drop(row)
        self.stored = []
        for index, record in enumerate(evidence):
            row = StoredRow(record)
            self.rows.insertWidget(index, row)
            self.stored.append(row)
        self._changed()

    def add_pending(self, screenshot: PendingScreenshot) -> None:
        """Add a checked screenshot (each file content once)."""
        known = {row.screenshot.sha256 for row in self.pending}
        known |= {row.evidence.sha256 for row in self.stored}
        if screenshot.sha256 in known:
            return
        row = PendingRow(screenshot)
        row.remove_requested.connect(self._remove)
        self.rows.addWidget(row)
        self.pending.append(row)
        self._changed()

    def clear_pending(self) -> None:
        """Forget the waiting screenshots (they were saved)."""
        for row in self.pending:
            self._drop(row)
        self.pending = []
        self._changed()

    def choices(self) -> tuple[ScreenshotChoice, ...]:
        """The waiting screenshots with the user's answers."""
        return tuple(row.choice() for row in self.pending)

    def set_working(self, text: str) -> None:
        """Say what is going on ("Checking…"), or nothing."""
        self.working.setText(text)
        self.working.setVisible(bool(text))

    def _remove(self, row: PendingRow) -> None:
        if row in self.pending:
            self.pending.remove(row)
            self._drop(row)
            self._changed()

    def _drop(self, row: QWidget) -> None:
        self.rows.removeWidget(row)
        row.hide()
        row.deleteLater()

    def _changed(self) -> None:
        self.empty.setVisible(not self.pending and not self.stored)
        self.rows_changed.emit()
