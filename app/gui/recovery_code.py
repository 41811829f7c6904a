"""The recovery code, shown once: large and selectable, with plain advice to write it down and
keep it apart from the computer, and a box to tick once that is done.

The first-run wizard and "Make a new recovery code" in the settings show it the same way.
Whoever shows the code calls ``clear`` as soon as it has been written down, so it does not
linger on screen or in memory.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from app.gui.widgets import HEADING_SCALE, fixed_font, on_language_change, paragraph, set_texts

_GROUPS_PER_LINE = 4


def code_for_reading(code: str) -> str:
    """The code in two short lines of groups, easier to copy by hand."""
    groups = code.split("-")
    lines = [
        "-".join(groups[start : start + _GROUPS_PER_LINE])
        for start in range(0, len(groups), _GROUPS_PER_LINE)
    ]
    return "\n".join(lines)


class RecoveryCodePanel(QWidget):
    """The code, the advice, and "I have written it down" (``written``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.code = QLabel()
        self.code.setObjectName("recoveryCode")
        self.code.setFont(fixed_font(HEADING_SCALE))
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.code)
        self.advice = [paragraph() for _ in range(3)]
        for label in self.advice:
            layout.addWidget(label)
        self.written = QCheckBox()
        layout.addWidget(self.written)
        self.retranslate()
        on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        self.code.setAccessibleName(self.tr("Your recovery code"))
        set_texts(
            self.advice,
            (
                self.tr("• Write it on paper now, carefully. It is shown only this once."),
                self.tr(
                    "• Keep the paper somewhere safe, away from this computer: not in the laptop "
                    "bag, and not as a photo on your phone or this computer."
                ),
                self.tr("• Letters and digits only; the dashes just make it easier to read."),
            ),
        )
        self.written.setText(self.tr("I have &written it down"))
        self.written.setAccessibleName(self.tr("I have written it down"))

    def show_code(self, code: str) -> None:
        """Show ``code`` (the box starts unticked)."""
        self.written.setChecked(False)
        self.code.setText(code_for_reading(code))

    def clear(self) -> None:
        """Take the code off the screen."""
        self.code.clear()
