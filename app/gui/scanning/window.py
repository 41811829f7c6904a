"""The user's "Scan for copies" window: look through a folder, files or a zip export for
copies of their pictures, and record a found copy as a sighting with one click.

It also leads to helper mode's two steps for the user (``share.py``): a fingerprints-only
package for someone they trust, and importing the match report that person sends back.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from app.core.scan.references import reference_from_item
from app.core.vault import Item
from app.gui.context import AppContext
from app.gui.scanning.panel import ScanPanel
from app.gui.scanning.share import ImportReportWindow, MakePackageWindow
from app.gui.scanning.work import record_found
from app.gui.session import CaseSession
from app.gui.widgets import (
    button_row,
    callout,
    closing_buttons,
    heading,
    note,
    on_language_change,
    paragraph,
    window_buttons,
)


class ScanWindow(QWidget):
    """Scan for copies of the case's pictures and record what is found.

    Signals:
        quick_exit_requested: a Quick exit button was pressed (here or in a helper window).
    """

    quick_exit_requested = Signal()

    def __init__(self, ctx: AppContext, session: CaseSession) -> None:
        super().__init__()
        self.ctx = ctx
        self.session = session
        self.item_count: int | None = None
        layout = QVBoxLayout(self)
        self.header = heading()
        self.intro = paragraph()
        layout.addWidget(self.header)
        layout.addWidget(self.intro)
        self.panel = ScanPanel(ctx)
        self.panel.current_changed.connect(self._update_record)
        self.panel.running_changed.connect(lambda _running: self._update_record())
        layout.addWidget(self.panel, 1)
        self.record_button = QPushButton()
        self.record_button.clicked.connect(self.record_current)
        self.record_note = note()
        layout.addLayout(button_row(self.record_button))
        layout.addWidget(self.record_note)
        layout.addWidget(self._helper_box())
        self.quick_exit, self.close_button = window_buttons(self, self.quick_exit_requested)
        layout.addLayout(closing_buttons(self.quick_exit, self.close_button))
        ctx.branding.brand(self)
        self.resize(980, 820)
        self.retranslate()
        on_language_change(self, self.retranslate)
        session.changed.connect(self._load_items)
        self._load_items()

    def _helper_box(self) -> QWidget:
        box, layout = callout("calmPanel")
        self.helper_text = paragraph()
        layout.addWidget(self.helper_text)
        self.make_package = QPushButton()
        self.make_package.clicked.connect(self.open_make_package)
        self.import_report = QPushButton()
        self.import_report.clicked.connect(self.open_import_report)
        layout.addLayout(button_row(self.make_package, self.import_report))
        return box

    def retranslate(self) -> None:
        self.header.setText(self.tr("Look for copies of your pictures"))
        self.intro.setText(
            self.tr(
                "Choose a folder, some files or a zip export (from Slack, Discord, Telegram "
                "or WhatsApp). StillMine compares them with your fingerprints here on this "
                "computer and lists the files that show your pictures, even edited, cropped "
                "or inside a screenshot. Nothing is copied, unpacked to disk or sent."
            )
        )
        if self.item_count == 0:
            self.intro.setText(
                self.tr(
                    "Your case has no pictures yet, so there is nothing to look for. Add the "
                    "pictures you want to protect first."
                )
            )
        self.record_button.setText(self.tr("&Record this file as a copy found"))
        self.record_button.setAccessibleName(self.tr("Record the chosen file as a copy found"))
        self.helper_text.setText(
            self.tr(
                "Someone you trust can look for you, without ever seeing your pictures: give "
                "them a package of fingerprints, and import the report they send back."
            )
        )
        self.make_package.setText(self.tr("Make a package for a &helper…"))
        self.make_package.setAccessibleName(self.tr("Make a package for a helper"))
        self.import_report.setText(self.tr("&Import a helper's report…"))
        self.import_report.setAccessibleName(self.tr("Import a helper's match report"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close this window"))
        self._update_record()

    # --- the case's pictures ----------------------------------------------------------------

    def _load_items(self) -> None:
        if self.panel.running:
            return
        self.session.read(
            lambda repo: repo.items(),
            self._items_loaded,
            lambda error: self.ctx.show_error(self, error),
            owner=self,
        )

    def _items_loaded(self, items: list[Item]) -> None:
        self.item_count = len(items)
        self.panel.set_references(
            tuple(reference_from_item(item) for item in items),
            {str(item.id): item.age_in_content for item in items},
        )
        self.make_package.setEnabled(bool(items))
        self.retranslate()

    # --- recording --------------------------------------------------------------------------

    def record_current(self) -> None:
        """Record the chosen found file as a sighting of the pictures it shows."""
        row = self.panel.current_row()
        references = self.panel.reference_set
        if row is None or row.recorded or references is None:
            return
        found, found_at = row.found, self.panel.found_at(row)

        def recorded(new: bool) -> None:
            row.recorded = True
            self.panel.model.changed(row.row_id)
            self._update_record()
            self.record_note.setText(
                self.tr(
                    "Recorded under “Copies found” in your case, with this file's fingerprint. "
                    "Add the web address there when you know where it was online."
                )
                if new
                else self.tr("This file was already recorded as a copy found.")
            )

        self.record_button.setEnabled(False)
        self.session.change(
            lambda repo: record_found(repo, found, references, found_at),
            recorded,
            self._record_failed,
            owner=self,
        )

    def _record_failed(self, error: BaseException) -> None:
        self._update_record()
        self.ctx.show_error(self, error)

    def _update_record(self) -> None:
        row = self.panel.current_row()
        self.record_button.setVisible(bool(self.panel.found_rows()))
        self.record_button.setEnabled(row is not None and not row.recorded)
        if row is not None and row.recorded:
            self.record_button.setText(self.tr("Recorded as a copy found"))
        else:
            self.record_button.setText(self.tr("&Record this file as a copy found"))
        self.record_note.setVisible(row is not None and row.recorded)

    # --- helper mode ------------------------------------------------------------------------

    def open_make_package(self) -> None:
        """Open "Make a package for a helper"."""
        self._open_child(MakePackageWindow(self.ctx, self.session))

    def open_import_report(self) -> None:
        """Open "Import a helper's report"."""
        self._open_child(ImportReportWindow(self.ctx, self.session))

    def _open_child(self, window: QWidget) -> None:
        window.setParent(self, Qt.WindowType.Window)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        quick_exit = getattr(window, "quick_exit_requested", None)
        if quick_exit is not None:
            quick_exit.connect(self.quick_exit_requested)
        window.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing stops a scan at once and forgets the zip passwords and the previews.
        self.panel.stop_and_forget()
        event.accept()
        self.deleteLater()
