"""About StillMine: the version, what it promises, and the third-party licences in full.

The components come from ``resources/licenses/components.toml`` (one entry per library, with
its licence and the files in ``resources/licenses`` that hold the text). Choosing one shows
its licence texts, read-only. Reached from the Help window, which the welcome wizard, the
unlock screen and the dashboard all open.
"""

import tomllib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from app import APP_NAME, __version__
from app.gui.context import AppContext
from app.gui.widgets import (
    QuickExitButton,
    ScrollingBody,
    add_all,
    closing_buttons,
    fixed_font,
    heading,
    on_language_change,
    paragraph,
)
from app.paths import resources_dir


@dataclass(frozen=True, slots=True)
class Component:
    """One third-party component in StillMine's download.

    Attributes:
        name: what it is called ("Qt 6 and PySide6").
        licence: its licence as an SPDX expression ("LGPL-3.0-only").
        files: the files in the licences folder holding the licence texts.
        url: its home page (shown as text; StillMine opens no web page).
        distribution: the Python distribution it comes from, if any ("pyside6-essentials").
    """

    name: str
    licence: str
    files: tuple[str, ...]
    url: str
    distribution: str | None = None


def licences_dir() -> Path:
    """The folder of licence texts and ``components.toml``."""
    return resources_dir() / "licenses"


def load_components(folder: Path | None = None) -> list[Component]:
    """The components listed in ``components.toml`` (raises OSError or ValueError if broken)."""
    root = folder if folder is not None else licences_dir()
    with open(root / "components.toml", "rb") as handle:
        entries = tomllib.load(handle)["component"]
    return [
        Component(
            name=entry["name"],
            licence=entry["licence"],
            files=tuple(entry["files"]),
            url=entry["url"],
            distribution=entry.get("distribution"),
        )
        for entry in entries
    ]


def licence_text(component: Component, folder: Path | None = None) -> str:
    """The component's licence files, one after the other, each under its name."""
    root = folder if folder is not None else licences_dir()
    parts = [f"{component.name}\n{component.licence}\n{component.url}"]
    for name in component.files:
        text = (root / name).read_text(encoding="utf-8", errors="replace").strip()
        parts.append(f"===== {name} =====\n\n{text}")
    return "\n\n\n".join(parts)


class AboutDialog(QDialog):
    """The version and the licences. Not modal: quick exit stays reachable.

    Signals:
        quick_exit_requested: the Quick exit button was pressed.
    """

    quick_exit_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        # A child of the window that opened it, so it closes with it (and with quick exit).
        super().__init__(parent)
        self.title = heading()
        self.version = QLabel()
        self.version.setObjectName("version")
        self.promise = paragraph()
        self.components_intro = paragraph()
        self.components = QTreeWidget()
        self.components.setColumnCount(2)
        self.components.setRootIsDecorated(False)
        self.components.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.licence = QPlainTextEdit()
        self.licence.setReadOnly(True)
        self.licence.setFont(fixed_font(0.9))
        self.licence.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        self.quick_exit = QuickExitButton()
        self.quick_exit.clicked.connect(self.quick_exit_requested)
        scrolling = ScrollingBody(self, margins=12)
        add_all(
            scrolling.body,
            (
                self.title,
                self.version,
                self.promise,
                self.components_intro,
                self.components,
                self.licence,
            ),
        )
        lines = self.fontMetrics().lineSpacing()
        self.components.setMinimumHeight(lines * 8)
        self.licence.setMinimumHeight(lines * 14)
        scrolling.body.setStretchFactor(self.licence, 1)
        scrolling.outer.addLayout(closing_buttons(self.quick_exit, self.close_button))
        self._entries = self._load()
        self.components.currentItemChanged.connect(self._show_licence)
        ctx.branding.brand(self)
        self.resize(720, 760)
        self.retranslate()
        on_language_change(self, self.retranslate)
        self._fill()

    def _load(self) -> list[Component]:
        try:
            return load_components()
        except (OSError, ValueError, KeyError, TypeError):
            return []  # the list stays empty and says why (retranslate)

    def retranslate(self) -> None:
        self.title.setText(self.tr("About {0}").format(APP_NAME))
        self.version.setText(self.tr("Version {0}").format(__version__))
        self.promise.setText(
            self.tr(
                "{0} works on this computer only. Your pictures and videos never leave it; "
                "it sends no statistics and checks for no updates. It is free software, "
                "built on the work of the people and projects below."
            ).format(APP_NAME)
        )
        if self._entries:
            self.components_intro.setText(
                self.tr("Choose a component to read its licence in full.")
            )
        else:
            self.components_intro.setText(
                self.tr(
                    "The list of components cannot be read: the licences folder of this "
                    "installation is damaged. Download {0} again to repair it."
                ).format(APP_NAME)
            )
        self.components.setHeaderLabels([self.tr("Component"), self.tr("Licence")])
        self.components.setAccessibleName(self.tr("Components"))
        self.licence.setAccessibleName(self.tr("Licence text"))
        self.close_button.setText(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close About"))

    def _fill(self) -> None:
        for entry in self._entries:
            QTreeWidgetItem(self.components, [entry.name, entry.licence])
        self.components.resizeColumnToContents(0)
        first = self.components.topLevelItem(0)
        if first is not None:
            self.components.setCurrentItem(first)

    def _show_licence(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        entry = self._entries[self.components.indexOfTopLevelItem(item)]
        try:
            text = licence_text(entry)
        except OSError as exc:
            text = self.tr("This licence text is missing from the installation ({0}).").format(
                exc.strerror or type(exc).__name__
            )
        self.licence.setPlainText(text)
        self.licence.moveCursor(self.licence.textCursor().MoveOperation.Start)

    def selected_component(self) -> str:
        """The name of the component whose licence is shown ("" when none is)."""
        item = self.components.currentItem()
        return item.text(0) if item is not None else ""

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
        self.deleteLater()
