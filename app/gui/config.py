"""The GUI's settings from outside: key strength, where the case lives, timings, how to exit.

``GuiConfig()`` is the shipped configuration. It is the one seam tests use to make StillMine
fast and observable (a cheap key derivation, a temporary home, a short "minute" for the
auto-lock, an exit that does not end the test run) without any way for the shipped app to
weaken itself: nothing reads these values from the environment or from settings.
"""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.core.letters.hosts import DEFAULT_RDAP_URL
from app.core.vault import DEFAULT_KDF, KdfParams
from app.paths import data_dir

SETTINGS_FILE = "settings.ini"


def _leave_event_loop(code: int) -> None:
    QCoreApplication.exit(code)


@dataclass(frozen=True)
class GuiConfig:
    """How the GUI is set up.

    Attributes:
        kdf: key derivation for new cases (tests pass ``TEST_ONLY_WEAK_KDF``).
        home: the data folder; None means ``app.paths.data_dir()``.
        minute_ms: milliseconds in one auto-lock "minute" (tests shorten it).
        fingerprint_workers: worker processes for fingerprinting; None means one per core.
        bank_index_wait_seconds: how long a hash-bank run waits for the bank to take in new
            fingerprints before leaving them pending (a bank does so about every minute).
        end_process: ends the app after a quick exit, with an exit code.
        rdap_url: the public directory asked, on the user's request, who hosts a site
            (tests point it at a server on 127.0.0.1).
    """

    kdf: KdfParams = DEFAULT_KDF
    home: Path | None = None
    minute_ms: int = 60_000
    fingerprint_workers: int | None = None
    bank_index_wait_seconds: float = 90.0
    end_process: Callable[[int], None] = _leave_event_loop
    rdap_url: str = DEFAULT_RDAP_URL

    def data_folder(self) -> Path:
        """The folder holding the case and the settings file."""
        return self.home if self.home is not None else data_dir()

    def case_folder(self) -> Path:
        """The case folder (the data folder itself, as ``app.paths`` describes it)."""
        return self.data_folder()

    def settings_path(self) -> Path:
        """StillMine's settings file (language, discreet mode, auto-lock, window sizes)."""
        return self.data_folder() / SETTINGS_FILE
