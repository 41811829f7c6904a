"""What the evidence and letter screens share: times with their time zone, fingerprints shown
in readable groups, the keyboard's tab order, and copying text for the user.

Times are entered as the user saw them on the clock where they were, with that place's time
zone (this computer's by default), and stored with their offset from UTC (ISO 8601), as
evidence logs need. Time zones come from Qt, so they work the same on every system.
"""

import itertools
from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta, timezone
from typing import Final, cast
from urllib.parse import urlsplit

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    Qt,
    QTime,
    QTimeZone,
)
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QTabBar,
    QTextEdit,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

from app.core.letters.platforms import Platform, default_directory
from app.core.vault import Sighting

_CONTEXT: Final = "Evidence"

#: How a date and time are shown: the month's name cannot be misread the way "11/12" can.
MOMENT_FORMAT: Final = "d MMMM yyyy HH:mm"
#: Characters of a SHA-256 shown together (64 hex characters would not wrap).
_HASH_GROUP: Final = 8
#: Characters of a time zone's name the zone box shows at least.
_ZONE_CHARACTERS: Final = 12
#: Lines of a text box before it scrolls.
_TEXT_ROWS: Final = 3

_CONTROLS: Final = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTabBar,
)

_SERVICE_TYPES: Final = {
    "social-network": QT_TRANSLATE_NOOP("Evidence", "social network"),
    "chat": QT_TRANSLATE_NOOP("Evidence", "chat service"),
    "forum": QT_TRANSLATE_NOOP("Evidence", "forum"),
    "search-engine": QT_TRANSLATE_NOOP("Evidence", "search engine"),
    "adult-site": QT_TRANSLATE_NOOP("Evidence", "adult site"),
}


def service_type_text(service_type: str) -> str:
    """What kind of site a platform is, in words ("chat service"), or "" when not known."""
    template = _SERVICE_TYPES.get(service_type)
    return QCoreApplication.translate(_CONTEXT, str(template)) if template is not None else ""


def grouped_hash(sha256: str) -> str:
    """A SHA-256 in groups of eight characters, so it wraps and can be read aloud."""
    return " ".join(sha256[i : i + _HASH_GROUP] for i in range(0, len(sha256), _HASH_GROUP))


def where_text(sighting: Sighting) -> str:
    """Where a copy is: its platform's name, or its web address."""
    return sighting.platform or sighting.url


def platform_of(url: str) -> Platform | None:
    """The directory's platform for a recorded web address, or None when it is not known."""
    host = urlsplit(url).hostname or ""
    return default_directory().recognise(host)


def copy_to_clipboard(text: str) -> None:
    """Put ``text`` on the clipboard (only ever when the user presses a Copy button)."""
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None:
        clipboard.setText(text)


# --- forms ---------------------------------------------------------------------------------


def text_box(rows: int = _TEXT_ROWS) -> QPlainTextEdit:
    """A plain text box a few lines high, left with Tab."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * rows + 14)
    return box


def wrapping_form() -> QVBoxLayout:
    """A form whose labels sit above their fields (room for long labels and large text).

    A plain column, not a ``QFormLayout``: a form miscounts the height of long texts that
    wrap, and a label column would squeeze a long label (Dutch, large text) into a strip.
    """
    form = QVBoxLayout()
    form.setContentsMargins(0, 0, 0, 0)
    return form


def form_row(form: QVBoxLayout, widget: QWidget, hint: QLabel | None = None) -> QLabel:
    """Add ``widget`` under a label (returned; the owner sets its text), then ``hint``."""
    label = QLabel()
    label.setWordWrap(True)
    label.setBuddy(widget)
    form.addWidget(label)
    form.addWidget(widget)
    if hint is not None:
        form.addWidget(hint)
    return label


def refill(box: QComboBox, choices: Iterable[tuple[str, object]], chosen: object) -> None:
    """Replace a choice box's entries (text, value), choosing ``chosen`` (else the first).

    The box stays quiet meanwhile: new texts (another language) are not the user's choice.
    """
    blocked = box.blockSignals(True)
    box.clear()
    for text, value in choices:
        box.addItem(text, value)
    box.setCurrentIndex(max(0, box.findData(chosen)))
    box.blockSignals(blocked)


class WrappingChoice(QWidget):
    """A check box or radio button whose text wraps (Qt's own never wraps its text).

    The button carries the accessible name; clicking the text clicks the button. Set the
    text with ``set_text``.
    """

    def __init__(self, button: QAbstractButton, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = button
        self.button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.label = _ClickableLabel(button)
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def set_text(self, text: str) -> None:
        """The choice's text, shown and read out."""
        self.label.setText(text)
        self.button.setAccessibleName(text)


class _ClickableLabel(QLabel):
    """The text of a ``WrappingChoice``: a click on it is a click on the button."""

    def __init__(self, button: QAbstractButton) -> None:
        super().__init__()
        self._button = button

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._button.isEnabled():
            self._button.click()
        super().mouseReleaseEvent(event)


# --- times ------------------------------------------------------------------------------------


def _zone_ids() -> list[str]:
    return [bytes(zone.data()).decode("ascii") for zone in QTimeZone.availableTimeZoneIds()]


def _offset_zone_id(offset: timedelta) -> str:
    """Qt's name for a fixed offset from UTC ("UTC+01:00", "UTC-03:30")."""
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


class MomentEdit(QWidget):
    """A date and time with its time zone (this computer's by default).

    The owner sets the accessible names (``set_names``), as it sets every text.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(MOMENT_FORMAT)
        self.zone = QComboBox()
        self.zone.setMaxVisibleItems(15)
        # Hundreds of zones, some with long names: the box must not be as wide as the longest.
        self.zone.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.zone.setMinimumContentsLength(_ZONE_CHARACTERS)
        system = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii")
        zones = _zone_ids()
        if system not in zones:
            zones.insert(0, system)
        for zone in zones:
            self.zone.addItem(zone.replace("_", " "), zone)
        self.zone.setCurrentIndex(self.zone.findData(system))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.when)
        layout.addWidget(self.zone, 1)
        self.set_now()

    def set_names(self, when: str, zone: str) -> None:
        """The accessible names of the date and time, and of the time zone (and the
        language's month names: call it from the owner's ``retranslate``)."""
        self.when.setLocale(QLocale())
        self.when.setAccessibleName(when)
        self.zone.setAccessibleName(zone)

    def _qzone(self) -> QTimeZone:
        zone = QTimeZone(str(self.zone.currentData()).encode("ascii"))
        return zone if zone.isValid() else QTimeZone.systemTimeZone()

    def set_now(self) -> None:
        """Show the current time, in the chosen zone."""
        now = QDateTime.currentDateTime().toTimeZone(self._qzone())
        self.when.setDateTime(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute())))

    def set_moment(self, moment: datetime) -> None:
        """Show ``moment`` as it was on the clock where it happened (its own offset).

        The chosen zone is kept when it had that offset then; otherwise the zone becomes
        the offset itself ("UTC+01:00"), so saving again never moves the moment.
        """
        self.when.setDateTime(
            QDateTime(
                QDate(moment.year, moment.month, moment.day),
                QTime(moment.hour, moment.minute),
            )
        )
        offset = moment.utcoffset()
        if offset is None or self.moment().utcoffset() == offset:
            return
        zone = _offset_zone_id(offset)
        if self.zone.findData(zone) < 0:
            self.zone.addItem(zone, zone)
        self.zone.setCurrentIndex(self.zone.findData(zone))

    def moment(self) -> datetime:
        """The chosen date and time, with the chosen zone's offset from UTC at that moment."""
        shown = self.when.dateTime()
        date, time = shown.date(), shown.time()
        zoned = QDateTime(date, time, self._qzone())
        offset = timezone(timedelta(seconds=zoned.offsetFromUtc()))
        return datetime(
            date.year(), date.month(), date.day(), time.hour(), time.minute(), tzinfo=offset
        )


def format_moment(moment: datetime | None) -> str:
    """A date and time as it was on the clock where it happened, with its offset, or a dash."""
    if moment is None:
        return "–"
    shown = QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )
    zone = _offset_zone_id(moment.utcoffset() or timedelta())
    return f"{QLocale().toString(shown, MOMENT_FORMAT)} ({zone})"


# --- the keyboard ----------------------------------------------------------------------------


# PySide6 6.12 on Python 3.11 releases a reference to None each time a Qt call returns
# nothing (``widget.layout()`` of a plain label, ``item.widget()`` of a spacer); enough such
# calls end the process. The walks below never make a call that can return nothing.


def own_layout(widget: QWidget) -> QLayout | None:
    """The widget's layout, found without calling ``QWidget.layout()`` (see above)."""
    found = widget.findChildren(QLayout, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return found[0] if found else None


def layout_children(layout: QLayout) -> Iterator[QWidget | QLayout]:
    """The widgets and inner layouts of ``layout``, in order (spacers left out)."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if isinstance(item, QLayout):
            yield item
        elif isinstance(item, QWidgetItem):
            yield cast(QWidget, item.widget())  # a widget item always holds its widget


def _in_layout_order(widget: QWidget) -> Iterator[QWidget]:
    if isinstance(widget, QScrollArea):
        yield from _in_layout_order(cast(QWidget, widget.widget()))  # ours always hold one
        return
    layout = None if isinstance(widget, _CONTROLS) else own_layout(widget)
    if layout is None:
        yield widget
        return
    yield from _layout_widgets(layout)


def _layout_widgets(layout: QLayout) -> Iterator[QWidget]:
    for child in layout_children(layout):
        if isinstance(child, QLayout):
            yield from _layout_widgets(child)
        else:
            yield from _in_layout_order(child)


def order_tabs(window: QWidget) -> None:
    """Let Tab visit a window's controls in reading order: the order of its layouts.

    Rows added later (screenshots, copy buttons) would otherwise come last.
    """
    chain = [
        widget
        for widget in _in_layout_order(window)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    for before, after in itertools.pairwise(chain):
        QWidget.setTabOrder(before, after)
