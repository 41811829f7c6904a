"""The window keeps the promise: Qt's own file choosers that forget where they were, a print
dialog that prints nothing until accepted, settings that hold nothing about the case.
(tests/test_architecture.py proves no window code can open a network connection.)"""

import configparser
from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtGui import QAbstractFileIconProvider
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QLineEdit, QWidget
from shiboken6 import isValid

from app.gui.controller import AppController
from app.gui.dialogs import Dialogs
from app.gui.launch import keep_qt_settings_in

ALLOWED_SETTINGS = {"language", "discreet", "auto_lock_minutes", "geometry"}


def test_the_file_chooser_is_qts_own_and_forgets_the_folders(
    qtbot: QtBot, home: Path, photos: list[Path]
) -> None:
    keep_qt_settings_in(home)
    parent = QWidget()
    qtbot.addWidget(parent)
    chosen: list[str] = []
    Dialogs().choose_files(parent, chosen.extend)
    dialog = parent.findChild(QFileDialog)
    assert dialog is not None
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    # Generic icons: the system is never asked to draw (and so thumbnail) the pictures.
    provider = dialog.iconProvider()
    assert isinstance(provider, QAbstractFileIconProvider)
    assert not isinstance(provider, QFileIconProvider)
    dialog.setDirectory(str(photos[0].parent))
    dialog.selectFile(str(photos[0]))
    dialog.accept()
    qtbot.waitUntil(lambda: not isValid(dialog), timeout=10_000)  # Qt saves its state now
    assert chosen == [str(photos[0])]
    remembered = "".join(
        path.read_text(encoding="utf-8", errors="replace")
        for path in (home / "qt").rglob("*")
        if path.is_file()
    )
    assert remembered, "Qt wrote its file-dialog settings into StillMine's folder"
    assert str(photos[0].parent) not in remembered


def test_settings_hold_nothing_about_the_case(
    qtbot: QtBot, controller: AppController, home: Path
) -> None:
    settings = controller.ctx.settings
    settings.language = "nl"
    settings.auto_lock_minutes = 5
    controller.ctx.branding.set_discreet(True)
    controller.start()
    controller.window.close()  # type: ignore[union-attr]
    parser = configparser.ConfigParser()
    parser.read(home / "settings.ini", encoding="utf-8")
    keys = {key.split("\\")[0] for section in parser.sections() for key in parser[section]}
    assert keys <= ALLOWED_SETTINGS, keys - ALLOWED_SETTINGS
    assert keys >= {"language", "discreet", "auto_lock_minutes"}


def test_the_save_chooser_is_qts_own_and_suggests_a_name(qtbot: QtBot, home: Path) -> None:
    keep_qt_settings_in(home)
    parent = QWidget()
    qtbot.addWidget(parent)
    chosen: list[str] = []
    Dialogs().choose_save_file(
        parent, "Save the fingerprints", "fingerprints.txt", "Text (*.txt)", chosen.extend
    )
    dialog = parent.findChild(QFileDialog)
    assert dialog is not None
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    assert dialog.acceptMode() is QFileDialog.AcceptMode.AcceptSave
    assert dialog.defaultSuffix() == "txt"
    target = home / "out.txt"
    name_field = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name_field is not None and name_field.text() == "fingerprints.txt"
    name_field.setText(str(target))  # typed, as a user may
    dialog.accept()
    qtbot.waitUntil(lambda: bool(chosen), timeout=10_000)
    assert chosen == [str(target)]
    assert not target.exists(), "choosing a place writes nothing yet"


def test_the_print_dialog_is_the_systems_and_prints_only_when_accepted(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    chosen: list[QPrinter] = []
    Dialogs().choose_printer(parent, chosen.append)
    dialog = parent.findChild(QPrintDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    qtbot.waitUntil(lambda: not isValid(dialog), timeout=10_000)
    assert chosen == []
