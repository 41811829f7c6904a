"""Accessibility on every screen: names for screen readers, keyboard reach in reading order,
and nothing clipped when the text is twice as large."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QScrollArea,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
)

from app.gui.controller import AppController
from tests.gui.screens import shown_texts, shown_widgets, visit_every_screen

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTabBar,
)


def controls(window: QWidget) -> Iterator[QWidget]:
    """The visible, enabled things a user can operate (not Qt's internal parts)."""
    for widget in shown_widgets(window):
        if (
            isinstance(widget, CONTROLS)
            and widget.isEnabled()
            and not isinstance(widget, QHeaderView)  # part of its table
            and not isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox)
            and widget.objectName() != "qt_scrollarea_viewport"
        ):
            yield widget


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name).strip()


def test_every_control_has_an_accessible_name_and_a_place_in_the_tab_order(
    qtbot: QtBot, controller: AppController, photos: list[Path]
) -> None:
    problems: list[str] = []

    def inspect(name: str, window: QWidget) -> None:
        names = [*controls(window), *shown_progress_bars(window)]
        for widget in names:
            if not accessible_name(widget):
                problems.append(f"{name}: {type(widget).__name__} has no accessible name")
        for widget in controls(window):
            if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                problems.append(f"{name}: {describe(widget)} cannot be reached with Tab")
        problems.extend(f"{name}: {issue}" for issue in tab_order_issues(window))

    visit_every_screen(qtbot, controller, photos, inspect)
    assert not problems, "\n".join(problems)


def shown_progress_bars(window: QWidget) -> Iterator[QWidget]:
    return (w for w in shown_widgets(window) if isinstance(w, QProgressBar))


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else accessible_name(widget)
    return f"{type(widget).__name__} {text!r}"


def tab_order(window: QWidget) -> list[QWidget]:
    """The controls in the order Tab visits them, starting from the window."""
    wanted = set(controls(window))
    order: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window and len(order) < 1000:
        if widget in wanted and widget not in order:
            order.append(widget)
        widget = widget.nextInFocusChain()
    return order


def tab_order_issues(window: QWidget) -> list[str]:
    """Places where Tab jumps back up the screen (reading order is top to bottom)."""
    issues = []
    order = tab_order(window)
    missing = set(controls(window)) - set(order)
    issues += [f"{describe(widget)} is not in the tab order" for widget in missing]
    if isinstance(window, QWizard) and order:
        page = window.currentPage()
        in_page = [widget for widget in order if page.isAncestorOf(widget)]
        if in_page and order[: len(in_page)] != in_page:
            issues.append("Tab does not go through the page before the buttons")
    tops = [widget.mapTo(window, QPoint(0, 0)).y() for widget in order]
    for before, after, top_before, top_after in zip(order, order[1:], tops, tops[1:], strict=False):
        # Scrolling content and the fixed rows around it are read separately.
        same_region = scroll_area_of(before) is scroll_area_of(after)
        if same_region and top_after < top_before - before.height() // 2:
            issues.append(f"Tab goes up from {describe(before)} to {describe(after)}")
    return issues


def sticking_out(window: QWidget, widget: QWidget) -> Iterator[str]:
    """A widget whose right edge lies beyond its window or its scroll area's view."""
    right = widget.mapTo(window, QPoint(widget.width(), 0)).x()
    area = scroll_area_of(widget)
    limit = window.width()
    if isinstance(area, QScrollArea):
        viewport = area.viewport()
        limit = min(limit, viewport.mapTo(window, QPoint(viewport.width(), 0)).x())
    if right > limit + 1:
        yield f"{describe(widget)} sticks out on the right ({right} > {limit})"


def scroll_area_of(widget: QWidget) -> QWidget | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def mnemonics(window: QWidget) -> list[str]:
    """The Alt+letter shortcuts of the visible buttons and field labels."""
    found = []
    for widget in shown_widgets(window):
        text = widget.text() if isinstance(widget, QAbstractButton | QLabel) else ""
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        if "&" in text.replace("&&", ""):
            found.append(text.replace("&&", "")[text.replace("&&", "").index("&") + 1].lower())
    return found


def test_no_two_shortcuts_clash_in_either_language(
    qtbot: QtBot, controller: AppController, photos: list[Path]
) -> None:
    problems: list[str] = []

    def check(name: str, window: QWidget) -> None:
        letters = mnemonics(window)
        clashes = sorted({letter for letter in letters if letters.count(letter) > 1})
        if clashes:
            problems.append(f"{name}: Alt+{', Alt+'.join(clashes)} used twice")

    def inspect(name: str, window: QWidget) -> None:
        english = shown_texts(window)
        check(name, window)
        controller.ctx.translations.apply("nl")
        qtbot.waitUntil(lambda: shown_texts(window) != english, timeout=5000)
        check(f"{name} (nl)", window)
        controller.ctx.translations.apply("en")
        qtbot.waitUntil(lambda: shown_texts(window) == english, timeout=5000)

    visit_every_screen(qtbot, controller, photos, inspect)
    assert not problems, "\n".join(problems)


@pytest.fixture
def double_text(qapp: QApplication) -> Iterator[None]:
    """Text twice the usual size, as with 200% text scaling."""
    original = QFont(qapp.font())
    bigger = QFont(original)
    bigger.setPointSizeF(original.pointSizeF() * 2)
    qapp.setFont(bigger)
    yield
    qapp.setFont(original)


@pytest.mark.usefixtures("double_text")
@pytest.mark.parametrize("language", ["en", "nl"])
def test_nothing_is_clipped_at_twice_the_text_size(
    qtbot: QtBot, controller: AppController, photos: list[Path], language: str
) -> None:
    controller.ctx.translations.apply(language)  # Dutch words are often longer
    problems: list[str] = []

    def inspect(name: str, window: QWidget) -> None:
        qtbot.wait(10)  # let the layouts settle
        problems.extend(f"{name}: {issue}" for issue in clipping(window))

    visit_every_screen(qtbot, controller, photos, inspect)
    assert not problems, "\n".join(problems)


def clipping(window: QWidget) -> Iterator[str]:
    """Texts that do not fit the space their widget was given, or stick out of view."""
    for widget in shown_widgets(window):
        if isinstance(widget, QLabel | QAbstractButton) and widget.text():
            yield from sticking_out(window, widget)
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    yield f"label {widget.text()[:40]!r} needs {needed}px, has {widget.height()}"
            elif widget.sizeHint().width() > widget.width() + 1:
                yield f"label {widget.text()[:40]!r} is cut off"
        elif isinstance(widget, QAbstractButton) and widget.text():
            hint = widget.sizeHint()
            height = (
                widget.heightForWidth(widget.width())
                if widget.hasHeightForWidth()
                else hint.height()
            )
            wide = not widget.hasHeightForWidth() and hint.width() > widget.width() + 1
            if wide or height > widget.height() + 1:
                yield f"button {widget.text()!r} is cut off ({hint.width()}x{height})"
