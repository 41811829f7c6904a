"""StillMine's few settings, in an INI file inside the data folder.

Only the language, discreet mode, the auto-lock delay and window sizes are kept here: this
file is not encrypted, so it must never hold anything about the case or the pictures. It is
written with ``QSettings(path, IniFormat)``, so nothing goes to the registry or the home
folder.
"""

from pathlib import Path
from typing import Final

from PySide6.QtCore import QByteArray, QLocale, QSettings

from app.core.languages import FALLBACK_LANGUAGE, LANGUAGES

DEFAULT_AUTO_LOCK_MINUTES: Final = 10
MIN_AUTO_LOCK_MINUTES: Final = 1
MAX_AUTO_LOCK_MINUTES: Final = 240


def system_language() -> str:
    """The system's language if StillMine speaks it, else English."""
    return "nl" if QLocale.system().language() == QLocale.Language.Dutch else "en"


class Settings:
    """Typed access to the settings file."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._store = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        """ "en" or "nl"."""
        value = str(self._store.value("language", "") or "")
        return value if value in LANGUAGES else system_language()

    @language.setter
    def language(self, value: str) -> None:
        self._set("language", value if value in LANGUAGES else FALLBACK_LANGUAGE)

    @property
    def discreet(self) -> bool:
        """Whether windows show a neutral name and icon."""
        return _as_bool(self._store.value("discreet", False))

    @discreet.setter
    def discreet(self, value: bool) -> None:
        self._set("discreet", bool(value))

    @property
    def auto_lock_minutes(self) -> int:
        """Minutes without use before the case locks itself."""
        try:
            minutes = int(str(self._store.value("auto_lock_minutes", DEFAULT_AUTO_LOCK_MINUTES)))
        except ValueError:
            return DEFAULT_AUTO_LOCK_MINUTES
        return min(MAX_AUTO_LOCK_MINUTES, max(MIN_AUTO_LOCK_MINUTES, minutes))

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, value: int) -> None:
        self._set(
            "auto_lock_minutes", min(MAX_AUTO_LOCK_MINUTES, max(MIN_AUTO_LOCK_MINUTES, value))
        )

    def geometry(self, window: str) -> QByteArray | None:
        """The saved size and place of a window, if any."""
        value = self._store.value(f"geometry/{window}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, window: str, geometry: QByteArray) -> None:
        """Remember a window's size and place."""
        self._set(f"geometry/{window}", geometry)

    def _set(self, key: str, value: object) -> None:
        self._store.setValue(key, value)
        self._store.sync()


def _as_bool(value: object) -> bool:
    # INI files give strings back: "true"/"false".
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)
