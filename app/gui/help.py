"""Help: who can help, by country (``resources/helplines.toml``), and a few calm words.

Contacts are shown as text to read or copy. StillMine opens no web page and dials nothing:
the user decides how and when to get in touch.
"""

import html

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QPushButton, QTextBrowser

from app import APP_NAME
from app.core.helplines import WORLDWIDE, ContactKind, Helpline
from app.gui.about import AboutDialog
from app.gui.context import AppContext
from app.gui.widgets import (
    QuickExitButton,
    ScrollingBody,
    add_all,
    closing_buttons,
    heading,
    on_language_change,
    paragraph,
)

_TERRITORIES = {
    QLocale.Country.Netherlands: "NL",
    QLocale.Country.UnitedKingdom: "GB",
    QLocale.Country.UnitedStates: "US",
    QLocale.Country.Australia: "AU",
    QLocale.Country.Canada: "CA",
}


def default_country() -> str:
    """The helpline country matching the system's region, else "anywhere"."""
    return _TERRITORIES.get(QLocale.system().territory(), WORLDWIDE)


class HelpDialog(QDialog):
    """Helplines by country. Not modal: the case stays usable, and quick exit reachable.

    Signals:
        quick_exit_requested: the Quick exit button was pressed.
    """

    quick_exit_requested = Signal()

    def __init__(self, ctx: AppContext, country: str | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.title = heading()
        self.intro = paragraph()
        self.country_label = QLabel()
        self.country = QComboBox()
        self.country_label.setBuddy(self.country)
        self.helplines = QTextBrowser()
        self.helplines.setOpenLinks(False)
        self.helplines.setOpenExternalLinks(False)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        self.quick_exit = QuickExitButton()
        self.quick_exit.clicked.connect(self.quick_exit_requested)
        self.about_button = QPushButton()
        self.about_button.clicked.connect(self.show_about)
        scrolling = ScrollingBody(self, margins=12)
        layout = scrolling.body
        add_all(layout, (self.title, self.intro, self.country_label, self.country, self.helplines))
        self.helplines.setMinimumHeight(self.fontMetrics().lineSpacing() * 12)
        layout.setStretchFactor(self.helplines, 1)
        buttons = closing_buttons(self.quick_exit, self.close_button)
        buttons.insertWidget(buttons.count() - 1, self.about_button)
        scrolling.outer.addLayout(buttons)
        self._country = country or default_country()
        self.country.currentIndexChanged.connect(self._country_chosen)
        ctx.branding.brand(self)
        self.resize(620, 640)
        self.retranslate()
        on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Help and helplines"))
        self.intro.setText(
            self.tr(
                "What happened is not your fault. You do not have to deal with it alone: "
                "these organisations help people in your situation, free of charge. If you "
                "are in danger now, call your local emergency number."
            )
        )
        self.country_label.setText(self.tr("&Where do you live?"))
        self.country.setAccessibleName(self.tr("Country"))
        self.helplines.setAccessibleName(self.tr("Helplines"))
        self.close_button.setText(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close help"))
        self.about_button.setText(self.tr("&About {0}").format(APP_NAME))
        self._fill_countries()

    def show_about(self) -> AboutDialog:
        """Open the About window (version and licences) over this one."""
        about = AboutDialog(self.ctx, self)
        about.quick_exit_requested.connect(self.quick_exit_requested)
        about.show()
        return about

    def _fill_countries(self) -> None:
        book = self.ctx.helplines
        language = self.ctx.translations.language or "en"
        blocked = self.country.blockSignals(True)
        self.country.clear()
        for code in book.countries:
            self.country.addItem(book.country_name(code, language), code)
        self.country.setCurrentIndex(max(0, self.country.findData(self._country)))
        self.country.blockSignals(blocked)
        self._show_helplines()

    def _country_chosen(self) -> None:
        self._country = str(self.country.currentData())
        self._show_helplines()

    def _show_helplines(self) -> None:
        book = self.ctx.helplines
        language = self.ctx.translations.language or "en"
        blocks = [self._describe(line, language) for line in book.for_country(self._country)]
        self.helplines.setHtml("".join(blocks))

    def _describe(self, line: Helpline, language: str) -> str:
        kinds = {
            ContactKind.PHONE: self.tr("Phone"),
            ContactKind.WEB: self.tr("Website"),
            ContactKind.EMAIL: self.tr("E-mail"),
            ContactKind.CHAT: self.tr("Chat"),
            ContactKind.EMERGENCY: self.tr("Emergency"),
        }
        contacts = []
        for contact in line.contacts:
            extra = f" ({contact.note.in_language(language)})" if contact.note else ""
            contacts.append(
                f"<li>{html.escape(kinds[contact.kind])}: <b>{html.escape(contact.value)}</b>"
                f"{html.escape(extra)}</li>"
            )
        return (
            f"<h3>{html.escape(line.name)}</h3>"
            f"<p>{html.escape(line.about.in_language(language))}</p>"
            f"<ul>{''.join(contacts)}</ul>"
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
        self.deleteLater()
