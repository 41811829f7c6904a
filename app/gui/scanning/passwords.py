"""Asking for a zip export's password while a scan runs in the background.

The scan lists what it was given on a pool thread, and the core asks for an encrypted
archive's password there (``PasswordSource``). A dialog may only be shown on the GUI
thread, so ``PasswordAsker`` sends the question there by a queued signal and lets the pool
thread wait for the answer; a Stop (or a closed window) ends the wait at once. The
passwords given are kept in memory for this window only, to show previews of files inside
the archive, and forgotten when it closes.
"""

import threading
from typing import Final

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

from app.core.progress import CancelToken
from app.core.scan.archives import PasswordSource
from app.gui.dialogs import Dialogs
from app.gui.scanning.work import PasswordBook

#: How often a waiting scan looks at its Stop button (seconds).
_WAIT_STEP: Final = 0.05


class _Question:
    """One password asked for; the pool thread waits on ``answered``."""

    def __init__(self, archive: str, attempt: int) -> None:
        self.archive = archive
        self.attempt = attempt
        self.password: str | None = None
        self.answered = threading.Event()

    def answer(self, password: str | None) -> None:
        self.password = password or None
        self.answered.set()


class PasswordAsker(QObject):
    """Asks for zip passwords on the GUI thread on behalf of a scan on a pool thread."""

    _asked = Signal(object)

    def __init__(self, dialogs: Dialogs, window: QWidget) -> None:
        super().__init__(window)
        self._dialogs = dialogs
        self._window = window
        self.book = PasswordBook()
        self._asked.connect(self._ask, Qt.ConnectionType.QueuedConnection)

    def source(self, cancel: CancelToken) -> PasswordSource:
        """The ``PasswordSource`` for one scan (called on the pool thread)."""

        def ask(archive: str, attempt: int) -> bytes | None:
            if cancel.cancelled:
                return None
            question = _Question(archive, attempt)
            try:
                self._asked.emit(question)
            except RuntimeError:  # the window has gone (and the scan is being stopped)
                return None
            while not question.answered.wait(_WAIT_STEP):
                if cancel.cancelled:
                    return None
            if question.password is None:
                return None
            password = question.password.encode("utf-8")
            self.book.remember(archive, password)
            return password

        return ask

    @Slot(object)
    def _ask(self, question: _Question) -> None:
        name = question.archive
        title = self.tr("This zip archive has a password")
        if question.attempt == 1:
            text = self.tr(
                "“{0}” is protected by a password. Type it to look inside, or choose Cancel "
                "to skip the protected files. The password is used for this scan only."
            ).format(name)
        else:
            text = self.tr(
                "That password does not open “{0}”. Try again, or choose Cancel to skip the "
                "protected files."
            ).format(name)
        self._dialogs.ask_password(self._window, title, text, question.answer)
