"""Stand-ins for the world outside StillMine: a password store in memory, dialogs that
answer at once (a "printer" that writes a PDF file), a browser that only records the web
pages it was asked to open, and an "end the process" that only records."""

from collections.abc import Callable
from pathlib import Path

import keyring.errors
from keyring.backend import KeyringBackend

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from app.gui.dialogs import Answered, Chosen, Dialogs, PrinterChosen


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
    """Records every message and web page, and answers choosers at once with prepared paths.

    Attributes:
        files, folder, screenshots: what the picture, folder and screenshot choosers answer.
        save_path: what the "save as" chooser answers (None: the user cancels).
        printer_pdf: the file a chosen "printer" writes its pages to, as a PDF (None: the
            user cancels the print dialog).
        printers: the printers the computer has (empty: none is set up).
        open_file: what the single-file chooser answers (None: the user cancels).
        passwords: the answers to password questions, in order (None: Cancel; when the
            list runs out, Cancel).
        password_questions: (title, text) of each password question asked.
        opened_urls: the web pages StillMine asked the browser to open.
        save_requests: (title, suggested name, filter) of each "save as" chooser opened.
    """

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[tuple[str, str, str]] = []
        self.files: list[str] = []
        self.screenshots: list[str] = []
        self.folder: str | None = None
        self.open_file: str | None = None
        self.passwords: list[str | None] = []
        self.password_questions: list[tuple[str, str]] = []
        self.save_path: str | None = None
        self.printer_pdf: str | None = None
        self.printers: list[str] = ["Office printer"]
        self.opened_urls: list[str] = []
        self.save_requests: list[tuple[str, str, str]] = []

    def inform(self, parent: QWidget | None, headline: str, text: str = "") -> None:
        self.messages.append(("inform", headline, text))

    def warn(self, parent: QWidget | None, headline: str, text: str = "") -> None:
        self.messages.append(("warn", headline, text))

    def choose_files(self, parent: QWidget | None, on_chosen: Chosen) -> None:
        if self.files:
            on_chosen(list(self.files))

    def choose_screenshots(self, parent: QWidget | None, on_chosen: Chosen) -> None:
        if self.screenshots:
            on_chosen(list(self.screenshots))

    def choose_scan_files(self, parent: QWidget | None, on_chosen: Chosen) -> None:
        if self.files:
            on_chosen(list(self.files))

    def choose_file(
        self,
        parent: QWidget | None,
        title: str,
        name_filter: str,
        on_chosen: Callable[[Path], None],
    ) -> None:
        if self.open_file is not None:
            on_chosen(Path(self.open_file))

    def ask_password(
        self, parent: QWidget | None, title: str, text: str, on_answered: Answered
    ) -> None:
        self.password_questions.append((title, text))
        on_answered(self.passwords.pop(0) if self.passwords else None)

    def choose_folder(self, parent: QWidget | None, on_chosen: Chosen) -> None:
        if self.folder is not None:
            on_chosen([self.folder])

    def choose_save_file(
        self,
        parent: QWidget | None,
        title: str,
        suggested_name: str,
        name_filter: str,
        on_chosen: Chosen,
    ) -> None:
        self.save_requests.append((title, suggested_name, name_filter))
        if self.save_path is not None:
            on_chosen([self.save_path])

    def printer_names(self) -> list[str]:
        return list(self.printers)

    def choose_printer(self, parent: QWidget | None, on_chosen: PrinterChosen) -> None:
        if self.printer_pdf is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(self.printer_pdf)
        on_chosen(printer)

    def open_url(self, url: str) -> bool:
        self.opened_urls.append(url)
        return True


class ExitRecorder:
    """Stands in for ending the process: records the exit codes asked for."""

    def __init__(self) -> None:
        self.codes: list[int] = []

    def __call__(self, code: int) -> None:
        self.codes.append(code)
