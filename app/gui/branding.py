"""The name and icon StillMine shows the world: its own, or a neutral one in discreet mode.

In discreet mode every window, the task bar and the dock show a plain "Notes" name and a
notepad icon, so someone glancing at the screen learns nothing. Window titles carry only
the name, never what the window is about.
"""

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QWidget

from app import APP_NAME
from app.gui.settings import Settings
from app.paths import resources_dir


def icon_path(name: str) -> str:
    """The path of one of StillMine's icons."""
    return str(resources_dir() / "icons" / f"{name}.svg")


class Branding(QObject):
    """Applies the name and icon to the application and to every window it is given.

    Signals:
        changed: the name or icon changed.
    """

    changed = Signal()

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._discreet = settings.discreet

    @property
    def discreet(self) -> bool:
        """Whether the neutral name and icon are shown."""
        return self._discreet

    def set_discreet(self, discreet: bool) -> None:
        """Switch discreet mode on or off (and remember it)."""
        self._discreet = discreet
        self._settings.discreet = discreet
        self.refresh()

    def app_name(self) -> str:
        """The name to show in title bars and the task bar."""
        return self.tr("Notes") if self._discreet else APP_NAME

    def icon(self) -> QIcon:
        """The icon for windows, the task bar and the dock."""
        return QIcon(icon_path("discreet" if self._discreet else "stillmine"))

    def refresh(self) -> None:
        """Apply the current name and icon to the application and tell every window."""
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.setApplicationDisplayName(self.app_name())
            app.setWindowIcon(self.icon())
        self.changed.emit()

    def brand(self, window: QWidget) -> None:
        """Give ``window`` the current name and icon, now and whenever they change."""
        _Brander(window, self).apply()


class _Brander(QObject):
    """Keeps one window's title and icon current; it dies with the window (so does the link)."""

    def __init__(self, window: QWidget, branding: Branding) -> None:
        super().__init__(window)
        self._window = window
        self._branding = branding
        branding.changed.connect(self.apply)

    @Slot()
    def apply(self) -> None:
        self._window.setWindowTitle(self._branding.app_name())
        self._window.setWindowIcon(self._branding.icon())
