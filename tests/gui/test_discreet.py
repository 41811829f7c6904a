"""Discreet mode shows a neutral name and icon everywhere; the Welcome page explains the quick exit.

Icons are compared by what they draw (the SVGs rendered to pixels), so a window that kept
StillMine's own icon under the "Notes" title fails.
"""

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app import APP_NAME
from app.gui.branding import icon_path
from app.gui.config import GuiConfig
from app.gui.controller import AppController
from app.gui.dashboard import DashboardWindow
from app.gui.pages.ids import PageId
from app.gui.pages.language import LanguagePage
from app.gui.pages.welcome import WelcomePage
from app.gui.settings import Settings
from app.gui.unlock import UnlockWindow
from tests.gui.helpers import (
    PASSPHRASE,
    WAIT_MS,
    home_of,
    make_case,
    press_forward,
    start_wizard,
    wait_for_page,
)

SIDE = 48


def drawn(icon: QIcon) -> QImage:
    """What an icon looks like, as pixels."""
    image = icon.pixmap(SIDE, SIDE).toImage()
    assert not image.isNull(), "the icon draws something"
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def shows_icon(icon: QIcon, name: str) -> bool:
    return drawn(icon) == drawn(QIcon(icon_path(name)))


def assert_branded(window: QWidget, name: str, icon: str) -> None:
    assert window.windowTitle() == name
    assert shows_icon(window.windowIcon(), icon), f"{window.windowTitle()} lacks the {icon} icon"
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    assert app.applicationDisplayName() == name, "the task bar and dock use this name"
    assert shows_icon(app.windowIcon(), icon), "the task bar and dock use this icon"


@pytest.fixture(autouse=True)
def plain_branding_afterwards() -> Iterator[None]:
    """The shared QApplication gets StillMine's own name and icon back after each test."""
    yield
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(QIcon(icon_path("stillmine")))


def test_the_two_icons_differ(qapp: QApplication) -> None:
    assert drawn(QIcon(icon_path("discreet"))) != drawn(QIcon(icon_path("stillmine")))


def test_discreet_mode_switches_the_name_and_icon_at_once(
    qtbot: QtBot, controller: AppController
) -> None:
    wizard = start_wizard(qtbot, controller)
    assert_branded(wizard, APP_NAME, "stillmine")
    press_forward(qtbot, wizard)
    wait_for_page(qtbot, wizard, PageId.LANGUAGE)
    language = wizard.currentPage()
    assert isinstance(language, LanguagePage)
    language.discreet.setChecked(True)
    assert_branded(wizard, "Notes", "discreet")
    assert controller.ctx.settings.discreet, "the choice is remembered"
    language.discreet.setChecked(False)
    assert_branded(wizard, APP_NAME, "stillmine")
    assert not controller.ctx.settings.discreet


@pytest.fixture
def discreet_at_start(config: GuiConfig) -> None:
    """Discreet mode was switched on in an earlier session."""
    Settings(config.settings_path()).discreet = True


def test_discreet_mode_is_used_from_the_first_window_of_the_next_start(
    qtbot: QtBot, discreet_at_start: None, controller: AppController
) -> None:
    make_case(home_of(controller))[0].close()
    controller.start()
    unlock = controller.window
    assert isinstance(unlock, UnlockWindow)
    assert_branded(unlock, "Notes", "discreet")
    QTest.keyClicks(unlock.field, PASSPHRASE)
    QTest.mouseClick(unlock.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(controller.window, DashboardWindow), timeout=WAIT_MS)
    dashboard = controller.window
    assert isinstance(dashboard, DashboardWindow)
    assert_branded(dashboard, "Notes", "discreet")
    # Switching it off in Settings gives every open window StillMine's own name and icon.
    controller.ctx.branding.set_discreet(False)
    assert_branded(dashboard, APP_NAME, "stillmine")


def test_the_welcome_page_says_how_the_quick_exit_works(
    qtbot: QtBot, controller: AppController
) -> None:
    wizard = start_wizard(qtbot, controller)
    welcome = wizard.currentPage()
    assert isinstance(welcome, WelcomePage)
    assert welcome.exit_box.isVisible() and welcome.exit_text.isVisible()
    assert welcome.exit_title.text() == "Quick exit"
    text = welcome.exit_text.text()
    assert "press Esc twice" in text and "“Quick exit”" in text
    # The button it names is there, on the same page, at the bottom left.
    button = wizard.quick_exit
    assert button.isVisible() and button.text() == "Quick exit"
    assert button.mapTo(wizard, button.rect().topLeft()).x() < wizard.width() // 2
    assert button.mapTo(wizard, button.rect().topLeft()).y() > wizard.height() // 2
    controller.ctx.translations.apply("nl")
    qtbot.waitUntil(lambda: welcome.exit_title.text() != "Quick exit", timeout=WAIT_MS)
    assert "Esc" in welcome.exit_text.text() and button.text() in welcome.exit_text.text()


def test_quick_exit_text_is_on_the_welcome_page_in_discreet_mode_too(
    qtbot: QtBot, discreet_at_start: None, controller: AppController
) -> None:
    wizard = start_wizard(qtbot, controller)
    assert_branded(wizard, "Notes", "discreet")
    welcome = wizard.currentPage()
    assert isinstance(welcome, WelcomePage)
    assert welcome.exit_text.isVisible() and "Esc twice" in welcome.exit_text.text()
