"""The unlock screen: a returning user opens their case with the passphrase, the key this
computer remembers, or the recovery code.

Problems are explained in place, calmly: a wrong passphrase, a case open in another window,
a damaged file (with the offer to open the most recent earlier copy), a file from a newer
StillMine. Nothing on disk is changed or overwritten by a failed attempt.
"""

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import UserError
from app.core.vault import CaseDamaged, CaseFile, read_header
from app.core.vault.keystore import recall_key
from app.gui.context import AppContext
from app.gui.errors import describe
from app.gui.session import CaseSession
from app.gui.widgets import (
    QuickExitButton,
    ScrollingBody,
    add_all,
    heading,
    note,
    on_language_change,
    paragraph,
)
from app.gui.workers import Job


@dataclass(frozen=True)
class _Attempt:
    passphrase: str | None = None
    recovery_code: str | None = None
    use_keyring: bool = False
    generation: int | None = None


def key_remembered(folder: Path) -> bool:
    """Whether this computer remembers the key of the case in ``folder`` (never raises)."""
    try:
        case_id = str(read_header(folder).get("case_id", ""))
        return bool(case_id) and recall_key(case_id) is not None
    except Exception:  # noqa: BLE001 - no store, a damaged header: simply not remembered
        return False


class UnlockWindow(QWidget):
    """Asks for the passphrase and opens the case in the background.

    Signals:
        opened: the case is open (a ``CaseSession``).
        used_recovery_code: it was opened with the recovery code (suggest a new passphrase).
        quick_exit_requested, help_requested, close_requested: the user's buttons.
        helper_requested: "I'm helping someone" (helper mode needs no case).
        import_requested: "Open a case from a backup" (on a new computer, or to restore).
    """

    opened = Signal(object)
    used_recovery_code = Signal()
    quick_exit_requested = Signal()
    help_requested = Signal()
    close_requested = Signal()
    helper_requested = Signal()
    import_requested = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._recovery_mode = False
        self._earlier_copy: int | None = None
        self._problem: UserError | None = None
        self._last_attempt = _Attempt()
        self.title = heading()
        self.intro = paragraph()
        self.field_label = QLabel()
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.returnPressed.connect(self._open)
        self.field_label.setBuddy(self.field)
        self.open_button = QPushButton()
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self._open)
        self.remembered = QPushButton()
        self.remembered.hide()
        self.remembered.clicked.connect(lambda: self._start(_Attempt(use_keyring=True)))
        self.forgot = note()
        self.switch_mode = QPushButton()
        self.switch_mode.clicked.connect(self._toggle_recovery_mode)
        self.working = paragraph()
        self.working.hide()
        self.problem_box = QFrame()
        self.problem_box.setObjectName("callout")
        problem_layout = QVBoxLayout(self.problem_box)
        self.problem_title = heading()
        self.problem_text = paragraph(selectable=True)
        self.earlier_copy = QPushButton()
        self.earlier_copy.clicked.connect(self._open_earlier_copy)
        add_all(problem_layout, (self.problem_title, self.problem_text, self.earlier_copy))
        self.problem_box.hide()
        self.safety = note()
        self.help_button = QPushButton()
        self.help_button.clicked.connect(self.help_requested)
        self.helper_button = QPushButton()
        self.helper_button.clicked.connect(self.helper_requested)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.import_requested)
        self.quick_exit = QuickExitButton()
        self.quick_exit.clicked.connect(self.quick_exit_requested)
        self._lay_out()
        ctx.branding.brand(self)
        self.retranslate()
        on_language_change(self, self.retranslate)
        self._check_remembered_key()

    def _lay_out(self) -> None:
        scrolling = ScrollingBody(self, margins=24)
        layout = scrolling.body
        add_all(layout, (self.title, self.intro, self.field_label, self.field))
        for button in (self.open_button, self.remembered):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        add_all(layout, (self.working, self.problem_box, self.forgot))
        layout.addWidget(self.switch_mode, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.safety)
        layout.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.quick_exit)
        bottom.addWidget(self.help_button)
        bottom.addStretch(1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.helper_button)
        scrolling.outer.addLayout(bottom)
        self.resize(560, 480)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome back"))
        if self._recovery_mode:
            self.intro.setText(
                self.tr(
                    "Type the recovery code you wrote down when you created your case. "
                    "Dashes and spaces do not matter."
                )
            )
            self.field_label.setText(self.tr("&Recovery code"))
            self.field.setAccessibleName(self.tr("Recovery code"))
            self.forgot.setText(self.tr("Found your passphrase again?"))
            self.switch_mode.setText(self.tr("Use my &passphrase"))
        else:
            self.intro.setText(self.tr("Your case is locked. Enter your passphrase to open it."))
            self.field_label.setText(self.tr("&Passphrase"))
            self.field.setAccessibleName(self.tr("Passphrase"))
            self.forgot.setText(
                self.tr("Forgot your passphrase? The recovery code you wrote down opens it too.")
            )
            self.switch_mode.setText(self.tr("Use my &recovery code"))
        self.switch_mode.setAccessibleName(self.switch_mode.text().replace("&", ""))
        self.switch_mode.setAccessibleDescription(self.forgot.text())
        self.open_button.setText(self.tr("&Open my case"))
        self.open_button.setAccessibleName(self.tr("Open my case"))
        self.remembered.setText(self.tr("Open with the &key this computer keeps"))
        self.remembered.setAccessibleName(self.tr("Open with the key this computer keeps"))
        self.earlier_copy.setText(self.tr("Open the &earlier copy"))
        self.earlier_copy.setAccessibleName(self.tr("Open the most recent earlier copy"))
        self.working.setText(self.tr("Opening your case…"))
        self.safety.setText(
            self.tr("Press Esc twice at any time to close StillMine at once (quick exit).")
        )
        self.help_button.setText(self.tr("&Help"))
        self.help_button.setAccessibleName(self.tr("Help and helplines"))
        self.helper_button.setText(self.tr("I'm helping &someone…"))
        self.helper_button.setAccessibleName(self.tr("I'm helping someone"))
        self.helper_button.setToolTip(
            self.tr("Look for someone else's pictures with the package they sent you")
        )
        self.import_button.setText(self.tr("Open a case from a &backup…"))
        self.import_button.setAccessibleName(self.tr("Open a case from a backup"))
        self.import_button.setToolTip(
            self.tr("Bring in a case from a backup or export file, for example on a new computer")
        )
        self._show_problem()

    # --- opening --------------------------------------------------------------------------

    def _check_remembered_key(self) -> None:
        folder = self.ctx.config.case_folder()
        self.ctx.runner.run_in_pool(
            lambda _job: key_remembered(folder),
            owner=self,
            on_success=self.remembered.setVisible,
            on_error=lambda _error: None,
        )

    def _toggle_recovery_mode(self) -> None:
        self._recovery_mode = not self._recovery_mode
        self.field.clear()
        self.field.setEchoMode(
            QLineEdit.EchoMode.Normal if self._recovery_mode else QLineEdit.EchoMode.Password
        )
        self.retranslate()
        self.field.setFocus()

    def _open(self) -> None:
        text = self.field.text()
        if not text:
            self.field.setFocus()
            return
        if self._recovery_mode:
            self._start(_Attempt(recovery_code=text))
        else:
            self._start(_Attempt(passphrase=text))

    def _open_earlier_copy(self) -> None:
        attempt = self._last_attempt
        self._start(
            _Attempt(
                attempt.passphrase, attempt.recovery_code, attempt.use_keyring, self._earlier_copy
            )
        )

    def _start(self, attempt: _Attempt) -> None:
        self._last_attempt = attempt
        self._set_busy(True)
        folder = self.ctx.config.case_folder()

        def unlock(_job: Job) -> CaseFile:
            return CaseFile.open(
                folder,
                passphrase=attempt.passphrase,
                recovery_code=attempt.recovery_code,
                use_keyring=attempt.use_keyring,
                generation=attempt.generation,
            )

        self.ctx.runner.run_in_pool(
            unlock, owner=self, on_success=self._unlocked, on_error=self._refused
        )

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.field, self.open_button, self.remembered, self.switch_mode):
            widget.setEnabled(not busy)
        self.earlier_copy.setEnabled(not busy)
        self.working.setVisible(busy)
        if busy:
            self.problem_box.hide()

    def _unlocked(self, case: CaseFile) -> None:
        self._set_busy(False)
        self.field.clear()
        self._last_attempt = _Attempt()
        self.opened.emit(CaseSession(case, self.ctx.runner))
        if self._recovery_mode:
            self.used_recovery_code.emit()

    def _refused(self, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, UserError):
            self.ctx.show_error(self, error)
            return
        self._problem = error
        earlier = error.earlier_copies if isinstance(error, CaseDamaged) else ()
        self._earlier_copy = earlier[0] if earlier else None
        self.earlier_copy.setVisible(self._earlier_copy is not None)
        self._show_problem()
        self.problem_box.show()
        if error.code == "wrong-passphrase":
            self.field.clear()
        self.field.setFocus()

    def _show_problem(self) -> None:
        if self._problem is not None:
            message = describe(self._problem)
            self.problem_title.setText(message.headline)
            self.problem_text.setText(message.text)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
        self.close_requested.emit()
