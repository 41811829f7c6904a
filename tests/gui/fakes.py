"""Stand-ins for the world outside StillMine: a password store in memory, dialogs that
answer at once, and an "end the process" that only records."""

import keyring.errors
from keyring.backend import KeyringBackend

from PySide6.QtWidgets import QWidget

from app.gui.dialogs import Chosen, Dialogs


class MemoryKeyring(KeyringBackend):
    """A password store that lives in memory, through the real ``keyring`` API."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not stored")


class FakeDialogs(Dialogs):
    """Records every message and answers file choosers at once with prepared paths."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[tuple[str, str, str]] = []
        self.files: list[str] = []
        self.folder: str | None = None

    def inform(self, parent: QWidget | None, headline: str, text: str = "") -> None:
        self.messages.append(("inform", headline, text))

    def warn(self, parent: QWidget | None, headline: str, text: str = "") -> None:
        self.messages.append(("warn", headline, text))

    def choose_files(self, parent: QWidget | None, on_chosen: Chosen) -> None:
        if self.files:
            on_chosen(list(self.files))

    def choose_folder(self, parent: QWidget | None, on_chosen: Chosen) -> None:
        if self.folder is not None:
            on_chosen([self.folder])


class ExitRecorder:
    """Stands in for ending the process: records the exit codes asked for."""

    def __init__(self) -> None:
        self.codes: list[int] = []

    def __call__(self, code: int) -> None:
        self.codes.append(code)
