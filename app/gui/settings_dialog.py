"""Settings: language, discreet mode, the auto-lock time, "remember on this computer", the
passphrase and a new recovery code. Every change applies at once; only a new recovery code
(which makes the old one useless) is asked about once more, in place. Making a backup and
deleting everything open windows of their own (``app.gui.case_tools``), through the app
controller.

A new recovery code matters because a quick exit while the case was being created can end
the first run before its code was written down.
"""

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from app.core.vault.store import MIN_PASSPHRASE_LENGTH
from app.gui.case_tools import BackupStateText
from app.gui.context import AppContext
from app.gui.i18n import LANGUAGE_NAMES
from app.gui.recovery_code import RecoveryCodePanel
from app.gui.session import CaseSession
from app.gui.settings import MAX_AUTO_LOCK_MINUTES, MIN_AUTO_LOCK_MINUTES
from app.gui.unlock import key_remembered
from app.gui.widgets import (
    ConfirmStrip,
    QuickExitButton,
    ScrollingBody,
    button_row,
    closing_buttons,
    heading,
    note,
    on_language_change,
    secret_field,
)


class SettingsDialog(QDialog):
    """StillMine's settings. Not modal.

    Signals:
        auto_lock_changed: the new auto-lock time in minutes.
        quick_exit_requested: the Quick exit button was pressed.
        export_requested: "Make a backup".
        delete_requested: "Delete everything".
    """

    auto_lock_changed = Signal(int)
    quick_exit_requested = Signal()
    export_requested = Signal()
    delete_requested = Signal()

    def __init__(self, ctx: AppContext, session: CaseSession) -> None:
        super().__init__()
        self.ctx = ctx
        self.session = session
        self.scrolling = scrolling = ScrollingBody(self, margins=12)
        layout = scrolling.body
        self.title = heading()
        layout.addWidget(self.title)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.language_label, self.language = QLabel(), QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(ctx.translations.language))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.lock_label, self.auto_lock = QLabel(), QSpinBox()
        self.auto_lock.setRange(MIN_AUTO_LOCK_MINUTES, MAX_AUTO_LOCK_MINUTES)
        self.auto_lock.setValue(ctx.settings.auto_lock_minutes)
        self.auto_lock.valueChanged.connect(self._auto_lock_chosen)
        for label, field in (
            (self.language_label, self.language),
            (self.lock_label, self.auto_lock),
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        layout.addLayout(form)
        self.discreet = QCheckBox()
        self.discreet.setChecked(ctx.branding.discreet)
        self.discreet.toggled.connect(ctx.branding.set_discreet)
        self.remember = QCheckBox()
        self.remember.setEnabled(False)  # until we know whether the key is remembered
        self.remember_note = note()
        for widget in (self.discreet, self.remember, self.remember_note):
            layout.addWidget(widget)
        layout.addWidget(self._passphrase_group())
        layout.addWidget(self._recovery_group())
        layout.addWidget(self._backup_group())
        layout.addWidget(self._delete_group())
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        self.quick_exit = QuickExitButton()
        self.quick_exit.clicked.connect(self.quick_exit_requested)
        layout.addStretch(1)
        scrolling.outer.addLayout(closing_buttons(self.quick_exit, self.close_button))
        ctx.branding.brand(self)
        self.resize(560, 620)
        self.retranslate()
        on_language_change(self, self.retranslate)
        folder = ctx.config.case_folder()
        ctx.runner.run_in_pool(
            lambda _job: key_remembered(folder),
            owner=self,
            on_success=self._show_remembered,
            on_error=lambda _error: None,
        )
        self.backup_text = BackupStateText(self.backup_state, session)
        session.changed.connect(self.backup_text.refresh)

    def _passphrase_group(self) -> QGroupBox:
        self.passphrase_group = QGroupBox()
        form = QFormLayout(self.passphrase_group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.new_label, self.confirm_label = QLabel(), QLabel()
        self.new_passphrase = secret_field(self.new_label, form)
        self.confirm_passphrase = secret_field(self.confirm_label, form)
        for field in (self.new_passphrase, self.confirm_passphrase):
            field.textChanged.connect(self._passphrase_typed)
        self.change_passphrase = QPushButton()
        self.change_passphrase.setEnabled(False)
        self.change_passphrase.clicked.connect(self._change_passphrase)
        self.passphrase_result = note()
        form.addRow(self.change_passphrase)
        form.addRow(self.passphrase_result)
        return self.passphrase_group

    def _recovery_group(self) -> QGroupBox:
        self.recovery_group = QGroupBox()
        layout = QVBoxLayout(self.recovery_group)
        self.recovery_note = note()
        self.new_code = QPushButton()
        self.new_code_strip = ConfirmStrip()
        self.new_code.clicked.connect(self.new_code_strip.ask)
        self.new_code_strip.confirmed.connect(self._make_recovery_code)
        self.code_intro = note()
        self.code_intro.hide()
        self.code_panel = RecoveryCodePanel()
        self.code_panel.hide()
        self.code_done = QPushButton()
        self.code_done.setEnabled(False)
        self.code_done.hide()
        self.code_panel.written.toggled.connect(self.code_done.setEnabled)
        self.code_done.clicked.connect(self._hide_recovery_code)
        layout.addWidget(self.recovery_note)
        layout.addLayout(button_row(self.new_code))
        layout.addWidget(self.new_code_strip)
        layout.addWidget(self.code_intro)
        layout.addWidget(self.code_panel)
        layout.addLayout(button_row(self.code_done))
        return self.recovery_group

    def _backup_group(self) -> QGroupBox:
        self.backup_group = QGroupBox()
        layout = QVBoxLayout(self.backup_group)
        self.backup_note = note()
        self.backup_state = note()
        self.make_backup = QPushButton()
        self.make_backup.clicked.connect(self.export_requested)
        layout.addWidget(self.backup_note)
        layout.addWidget(self.backup_state)
        layout.addLayout(button_row(self.make_backup))
        return self.backup_group

    def _delete_group(self) -> QGroupBox:
        self.delete_group = QGroupBox()
        layout = QVBoxLayout(self.delete_group)
        self.delete_note = note()
        self.delete_everything = QPushButton()
        self.delete_everything.clicked.connect(self.delete_requested)
        layout.addWidget(self.delete_note)
        layout.addLayout(button_row(self.delete_everything))
        return self.delete_group

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        self.language_label.setText(self.tr("&Language"))
        self.language.setAccessibleName(self.tr("Language"))
        self.lock_label.setText(self.tr("Lock my case after this many &minutes without use"))
        self.auto_lock.setAccessibleName(self.tr("Minutes before the case locks itself"))
        self.auto_lock.setSuffix(self.tr(" min"))
        self.discreet.setText(self.tr("&Discreet mode: show a plain “Notes” name and icon"))
        self.discreet.setAccessibleName(self.tr("Discreet mode"))
        self.remember.setText(self.tr("&Remember on this computer"))
        self.remember.setAccessibleName(self.tr("Remember on this computer"))
        self.remember_note.setText(
            self.tr(
                "This computer's password store keeps the key, so you can open your case "
                "here without typing the passphrase. Anyone who can use your account on this "
                "computer could then open it too."
            )
        )
        self.remember.setAccessibleDescription(self.remember_note.text())
        self.passphrase_group.setTitle(self.tr("Change your passphrase"))
        self.new_label.setText(self.tr("&New passphrase"))
        self.new_passphrase.setAccessibleName(self.tr("New passphrase"))
        self.confirm_label.setText(self.tr("Type it &again"))
        self.confirm_passphrase.setAccessibleName(self.tr("Type the new passphrase again"))
        self.change_passphrase.setText(self.tr("C&hange passphrase"))
        self.change_passphrase.setAccessibleName(self.tr("Change passphrase"))
        self.recovery_group.setTitle(self.tr("Recovery code"))
        self.recovery_note.setText(
            self.tr(
                "If you lost your recovery code, never saw it, or think someone else has seen "
                "it, make a new one. The old code stops working at once."
            )
        )
        self.new_code.setText(self.tr("Make a new rec&overy code…"))
        self.new_code.setAccessibleName(self.tr("Make a new recovery code"))
        self.new_code_strip.set_texts(
            self.tr(
                "Your old recovery code will stop working. Have paper and a pen ready: the "
                "new code is shown only once."
            ),
            self.tr("Make the new code"),
            self.tr("Not now"),
        )
        self.code_intro.setText(
            self.tr("Your new recovery code. The old one no longer opens your case.")
        )
        self.code_done.setText(self.tr("Done: &take the code off the screen"))
        self.code_done.setAccessibleName(self.tr("Done: take the code off the screen"))
        self._retranslate_case_tools()
        self.close_button.setText(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close settings"))

    def _retranslate_case_tools(self) -> None:
        self.backup_group.setTitle(self.tr("Backup and moving to another computer"))
        self.backup_note.setText(
            self.tr(
                "A backup is one encrypted file with your whole case. Keep it on a USB stick, "
                "away from this computer, to get your case back or to move it to a new "
                "computer."
            )
        )
        self.make_backup.setText(self.tr("Make a &backup / export the case…"))
        self.make_backup.setAccessibleName(self.tr("Make a backup or export the case"))
        self.delete_group.setTitle(self.tr("Delete everything"))
        self.delete_note.setText(
            self.tr(
                "Deletes your case, its evidence and what this computer remembers of it. "
                "Registrations with StopNCII.org and other services are not withdrawn."
            )
        )
        self.delete_everything.setText(self.tr("Delete &everything…"))
        self.delete_everything.setAccessibleName(self.tr("Delete everything"))

    def _language_chosen(self) -> None:
        language = str(self.language.currentData())
        self.ctx.settings.language = language
        self.ctx.translations.apply(language)

    def _auto_lock_chosen(self, minutes: int) -> None:
        self.ctx.settings.auto_lock_minutes = minutes
        self.auto_lock_changed.emit(minutes)

    def _show_remembered(self, remembered: bool) -> None:
        self.remember.setChecked(remembered)
        self.remember.setEnabled(True)
        self.remember.toggled.connect(self._remember_chosen)

    def _remember_chosen(self, remember: bool) -> None:
        case = self.session.case
        self.remember.setEnabled(False)
        self.ctx.runner.run_in_pool(
            lambda _job: case.remember_on_this_computer(remember),
            owner=self,
            on_success=lambda _none: self.remember.setEnabled(True),
            on_error=self._remember_failed,
        )

    def _remember_failed(self, error: BaseException) -> None:
        blocked = self.remember.blockSignals(True)
        self.remember.setChecked(False)
        self.remember.blockSignals(blocked)
        self.remember.setEnabled(True)
        self.ctx.show_error(self, error)

    def _passphrase_typed(self) -> None:
        new = self.new_passphrase.text()
        confirm = self.confirm_passphrase.text()
        self.change_passphrase.setEnabled(len(new) >= MIN_PASSPHRASE_LENGTH and new == confirm)
        if confirm and new != confirm:
            self.passphrase_result.setText(self.tr("The two passphrases are not the same yet."))
        elif new and len(new) < MIN_PASSPHRASE_LENGTH:
            self.passphrase_result.setText(
                self.tr("Use at least {0} characters.").format(MIN_PASSPHRASE_LENGTH)
            )
        else:
            self.passphrase_result.setText("")

    def _change_passphrase(self) -> None:
        case = self.session.case
        new = self.new_passphrase.text()
        kdf = self.ctx.config.kdf
        self.change_passphrase.setEnabled(False)
        self.ctx.runner.run_in_pool(
            lambda _job: case.change_passphrase(new, kdf),
            owner=self,
            on_success=self._passphrase_changed,
            on_error=lambda error: self.ctx.show_error(self, error),
        )

    def _passphrase_changed(self, _result: None) -> None:
        self.new_passphrase.clear()
        self.confirm_passphrase.clear()
        self.passphrase_result.setText(
            self.tr("Your passphrase is changed. Use the new one from now on.")
        )

    def _make_recovery_code(self) -> None:
        case = self.session.case
        self.new_code.setEnabled(False)
        self.ctx.runner.run_in_pool(
            lambda _job: case.replace_recovery_code(),
            owner=self,
            on_success=self._show_recovery_code,
            on_error=self._recovery_code_failed,
        )

    def _show_recovery_code(self, code: str) -> None:
        self.code_panel.show_code(code)
        self.code_intro.show()
        self.code_panel.show()
        self.code_done.show()
        self.code_done.setEnabled(False)
        # Show it whole: the settings may be scrolled to the top.
        QTimer.singleShot(0, self, self._scroll_to_code)

    def _scroll_to_code(self) -> None:
        self.scrolling.area.ensureWidgetVisible(self.code_done)

    def _recovery_code_failed(self, error: BaseException) -> None:
        self.new_code.setEnabled(True)
        self.ctx.show_error(self, error)

    def _hide_recovery_code(self) -> None:
        # Written down: the code leaves the screen (and this window) for good.
        self.code_panel.clear()
        self.code_panel.hide()
        self.code_intro.hide()
        self.code_done.hide()
        self.new_code.setEnabled(True)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.code_panel.clear()
        event.accept()
        self.deleteLater()
