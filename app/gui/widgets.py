"""Small building blocks shared by StillMine's screens.

Labels that wrap, headings that scale with the user's text size, radio-button questions,
the quick-exit button, and re-translation on a language switch. Texts are always set by the
screen that owns the widget (so each string is translated in that screen's context).
"""

from collections.abc import Callable, Iterable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QButtonGroup,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

Value = TypeVar("Value")

HEADING_SCALE = 1.35


def heading(parent: QWidget | None = None) -> QLabel:
    """A bold heading, larger than the text around it (relative to the user's text size)."""
    label = QLabel(parent)
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * HEADING_SCALE)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setObjectName("heading")
    return label


def paragraph(parent: QWidget | None = None, *, selectable: bool = False) -> QLabel:
    """A wrapping plain-text paragraph."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def note(parent: QWidget | None = None) -> QLabel:
    """A small wrapping hint under a field."""
    label = paragraph(parent)
    label.setObjectName("note")
    return label


class QuickExitButton(QPushButton):
    """The always-visible "Quick exit" button (what it does is wired by its window)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickExit")
        self.retranslate()
        on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        self.setText(self.tr("Quick exit"))
        self.setAccessibleName(self.tr("Quick exit"))
        self.setToolTip(self.tr("Hide StillMine at once, save and lock your case (Esc twice)"))
        self.setAccessibleDescription(self.toolTip())


class ChoiceGroup(QGroupBox, Generic[Value]):
    """A question answered with one of a few radio buttons.

    Signals:
        changed: the answer changed.
    """

    changed = Signal()

    def __init__(self, values: Sequence[Value], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values = list(values)
        self._group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        self.buttons: list[QRadioButton] = []
        for index, _value in enumerate(self._values):
            button = QRadioButton(self)
            self._group.addButton(button, index)
            layout.addWidget(button)
            self.buttons.append(button)
        self._group.idToggled.connect(self._toggled)

    def _toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.changed.emit()

    def set_texts(self, question: str, answers: Sequence[str]) -> None:
        """Set the question and the answers' texts (in the order of the values)."""
        self.setTitle(question)
        self.setAccessibleName(question)
        for button, text in zip(self.buttons, answers, strict=True):
            button.setText(text)
            button.setAccessibleName(text)

    @property
    def value(self) -> Value:
        """The chosen answer (the first one when nothing is chosen yet)."""
        return self._values[max(0, self._group.checkedId())]

    def set_value(self, value: Value) -> None:
        """Choose ``value`` without emitting ``changed``."""
        blocked = self._group.blockSignals(True)
        self.buttons[self._values.index(value)].setChecked(True)
        self._group.blockSignals(blocked)


class _LanguageWatcher(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._callback()
        return False


def on_language_change(widget: QWidget, retranslate: Callable[[], None]) -> None:
    """Call ``retranslate`` whenever the language of ``widget`` changes."""
    _LanguageWatcher(widget, retranslate)


def mark_problem(label: QLabel, problem: bool) -> None:
    """Show a label's text as a problem (colour and bold) or as an ordinary note."""
    if bool(label.property("problem")) == problem:
        return
    label.setProperty("problem", problem)
    label.style().unpolish(label)
    label.style().polish(label)


def closing_buttons(quick_exit: QPushButton, *buttons: QPushButton) -> QHBoxLayout:
    """The bottom row of a dialog: Quick exit on the left, ``buttons`` (Close last) on the
    right."""
    row = QHBoxLayout()
    row.addWidget(quick_exit)
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


def window_buttons(
    window: QWidget, quick_exit_requested: SignalInstance
) -> tuple[QuickExitButton, QPushButton]:
    """Quick exit (emitting ``quick_exit_requested``) and Close (closing ``window``), for
    ``closing_buttons``; the window names them."""
    quick_exit = QuickExitButton()
    quick_exit.clicked.connect(quick_exit_requested)
    close = QPushButton()
    close.clicked.connect(window.close)
    return quick_exit, close


def secret_field(label: QLabel, form: QFormLayout) -> QLineEdit:
    """A field that hides what is typed (a passphrase), added to ``form`` after ``label``."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    label.setBuddy(field)
    form.addRow(label, field)
    return field


class _VerticalScrollArea(QScrollArea):
    """Scrolls up and down only, so it asks for the width its content needs."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        frame = 2 * self.frameWidth()
        return QSize(content.minimumSizeHint().width() + scroll_bar + frame, hint.height())


class ScrollingBody:
    """A vertically scrolling body for a window or page, so large text never gets clipped.

    Attributes:
        body: the layout to put the content in (it scrolls).
        outer: the owner's own layout (for rows that must stay visible, like buttons).
        area: the scroll area.
    """

    def __init__(self, owner: QWidget, margins: int = 0) -> None:
        self.area = _VerticalScrollArea(owner)
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget(self.area)
        self.body = QVBoxLayout(content)
        self.body.setSpacing(12)
        self.area.setWidget(content)
        self.outer = QVBoxLayout(owner)
        self.outer.setContentsMargins(margins, margins, margins, margins)
        self.outer.addWidget(self.area, 1)


def set_texts(labels: Sequence[QLabel], texts: Sequence[str]) -> None:
    """Set the texts of several labels at once (one text per label)."""
    for label, text in zip(labels, texts, strict=True):
        label.setText(text)


def add_all(layout: QBoxLayout, widgets: Iterable[QWidget]) -> None:
    """Add several widgets to a layout, in order."""
    for widget in widgets:
        layout.addWidget(widget)


def callout(name: str) -> tuple[QFrame, QVBoxLayout]:
    """A framed box for text that must stand out (``name`` picks its look in the style)."""
    frame = QFrame()
    frame.setObjectName(name)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(12, 10, 12, 10)
    return frame, layout


def card() -> tuple[QFrame, QVBoxLayout, QLabel]:
    """A white, framed section of a screen with its heading (the owner sets the text)."""
    frame, layout = callout("card")
    title = heading()
    layout.addWidget(title)
    return frame, layout, title


def bold(label: QLabel) -> QLabel:
    """``label`` in bold (a small heading inside a section)."""
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    """Buttons side by side, on the left."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def button_column(*buttons: QPushButton) -> QVBoxLayout:
    """Buttons one under the other, on the left (long texts never push the screen wider)."""
    column = QVBoxLayout()
    for button in buttons:
        column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
    return column


def fixed_font(scale: float = 1.0) -> QFont:
    """The system's fixed-width font, relative to the user's text size (codes, requests)."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(QApplication.font().pointSizeF() * scale)
    return font


class ConfirmStrip(QFrame):
    """An in-place "are you sure?" for a step that cannot be undone (no modal dialog).

    Hidden until ``ask`` is called; the owner sets the texts with ``set_texts``.

    Signals:
        confirmed: the user chose to go ahead.
    """

    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callout")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        self.question = paragraph()
        layout.addWidget(self.question)
        self.yes = QPushButton()
        self.no = QPushButton()
        layout.addLayout(button_row(self.yes, self.no))
        self.yes.clicked.connect(self._yes)
        self.no.clicked.connect(self.hide)
        self.hide()

    def set_texts(self, question: str, yes: str, no: str) -> None:
        """The question and the two answers (the owner translates them)."""
        self.question.setText(question)
        self.yes.setText(yes)
        self.no.setText(no)

    def ask(self) -> None:
        """Show the question; the safe answer has the keyboard."""
        self.show()
        self.no.setFocus()

    def _yes(self) -> None:
        self.hide()
        self.confirmed.emit()
