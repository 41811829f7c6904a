"""The guided window: the first run, step by step, and later "add more pictures".

``CaseWizard`` holds the pages (``PageId`` order) and the state they share: the open case
once it is created, the recovery code until it has been shown, and the pictures saved. It
decides nothing about other windows: it reports what happened by signal
(``case_created``, ``finished_at``, ``close_requested`` ...) and the app controller acts.

The wizard never closes by itself on Esc (a single Esc must not throw away the user's
progress, and two are the quick exit).
"""

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QShowEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget, QWizard

from app.gui.context import AppContext
from app.gui.importing import ImportRequest, Saved
from app.gui.pages.about_images import AboutImagesPage
from app.gui.pages.about_you import AboutYouPage
from app.gui.pages.add_images import AddImagesPage
from app.gui.pages.base import WizardPage
from app.gui.pages.create_case import CreateCasePage, CreatedCase
from app.gui.pages.fingerprinting import FingerprintingPage
from app.gui.pages.ids import PageId
from app.gui.pages.language import LanguagePage
from app.gui.pages.next_steps import NextStepsPage
from app.gui.pages.recovery import RecoveryCodePage
from app.gui.pages.review import ReviewPage
from app.gui.pages.welcome import WelcomePage
from app.gui.sections import Section
from app.gui.session import CaseSession
from app.gui.widgets import HEADING_SCALE, QuickExitButton, on_language_change

__all__ = ["CaseWizard", "PageId"]

_FIRST_RUN = (
    PageId.WELCOME,
    PageId.LANGUAGE,
    PageId.CREATE_CASE,
    PageId.RECOVERY_CODE,
    PageId.ABOUT_YOU,
    PageId.ADD_IMAGES,
    PageId.ABOUT_IMAGES,
    PageId.FINGERPRINTING,
    PageId.REVIEW,
    PageId.NEXT_STEPS,
)
_ADD_PICTURES = (PageId.ADD_IMAGES, PageId.ABOUT_IMAGES, PageId.FINGERPRINTING, PageId.REVIEW)
DEFAULT_SIZE = QSize(760, 680)
_BUTTON_TAB_ORDER = (
    QWizard.WizardButton.CustomButton1,
    QWizard.WizardButton.HelpButton,
    QWizard.WizardButton.CustomButton3,
    QWizard.WizardButton.CustomButton2,
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.CommitButton,
    QWizard.WizardButton.FinishButton,
)


def _focus_chain(start: QWidget) -> list[QWidget]:
    """The widgets after ``start`` in Tab order, up to where the chain comes back."""
    chain: list[QWidget] = []
    widget = start.nextInFocusChain()
    while widget is not None and widget is not start and widget not in chain:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


class CaseWizard(QWizard):
    """The first-run wizard, or (``session`` given) the "add pictures" part of it.

    Signals:
        case_created: the case file was created (a ``CaseSession``).
        finished_at: the user is done; show the dashboard at this ``Section``.
        close_requested: the user closed the window.
        quick_exit_requested: the Quick exit button was pressed.
        help_requested: the Help button was pressed.
        helper_requested: "I'm helping someone" on the first page (helper mode needs no case).
        import_requested: "Open a case from a backup" on the first page.
    """

    case_created = Signal(object)
    finished_at = Signal(str)
    close_requested = Signal()
    quick_exit_requested = Signal()
    help_requested = Signal()
    helper_requested = Signal()
    import_requested = Signal()

    def __init__(
        self, ctx: AppContext, *, session: CaseSession | None = None, items_before: int = 0
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.session = session
        self.adding_pictures = session is not None
        self.items_before = items_before
        self.recovery_code: str | None = None
        self.keyring_problem: BaseException | None = None
        self._destination = Section.OVERVIEW
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOptions(
            QWizard.WizardOption.NoCancelButton
            | QWizard.WizardOption.NoBackButtonOnStartPage
            | QWizard.WizardOption.HaveCustomButton1
            | QWizard.WizardOption.HaveHelpButton
            | QWizard.WizardOption.HaveCustomButton2
            | QWizard.WizardOption.HaveCustomButton3
        )
        self.quick_exit = QuickExitButton()
        self.quick_exit.clicked.connect(self.quick_exit_requested)
        self.setButton(QWizard.WizardButton.CustomButton1, self.quick_exit)
        # Quick exit and Help on the left, the rest on the right, in tab order.
        self.setButtonLayout(
            [*_BUTTON_TAB_ORDER[:2], QWizard.WizardButton.Stretch, *_BUTTON_TAB_ORDER[2:]]
        )
        self.helpRequested.connect(self.help_requested)
        self.customButtonClicked.connect(self._custom_button)
        self.currentIdChanged.connect(self._show_helper_button)
        self.currentIdChanged.connect(self._order_tabs)
        for page_id in _ADD_PICTURES if self.adding_pictures else _FIRST_RUN:
            self.setPage(int(page_id), self._make_page(page_id))
        self.setStartId(int(PageId.ADD_IMAGES if self.adding_pictures else PageId.WELCOME))
        ctx.branding.brand(self)
        self.resize(DEFAULT_SIZE)
        self._show_helper_button()
        self.retranslate()
        on_language_change(self, self.retranslate)

    def _make_page(self, page_id: PageId) -> WizardPage:
        ctx = self.ctx
        if page_id is PageId.ADD_IMAGES:
            return AddImagesPage(ctx, optional=not self.adding_pictures)
        pages: dict[PageId, type[WizardPage]] = {
            PageId.WELCOME: WelcomePage,
            PageId.LANGUAGE: LanguagePage,
            PageId.CREATE_CASE: CreateCasePage,
            PageId.RECOVERY_CODE: RecoveryCodePage,
            PageId.ABOUT_YOU: AboutYouPage,
            PageId.ABOUT_IMAGES: AboutImagesPage,
            PageId.FINGERPRINTING: FingerprintingPage,
            PageId.REVIEW: ReviewPage,
            PageId.NEXT_STEPS: NextStepsPage,
        }
        return pages[page_id](ctx)

    def _order_tabs(self) -> None:
        # Tab goes through the page first, then the buttons along the bottom, left to right.
        page = self.currentPage()
        if page is None:
            return
        inside = [
            w for w in page.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        chain = [w for w in _focus_chain(page) if w in inside]
        previous: QWidget = chain[-1] if chain else page
        for which in _BUTTON_TAB_ORDER:
            button = self.button(which)
            QWidget.setTabOrder(previous, button)
            previous = button

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._enlarge_header_title()  # after Qt has polished the header, or it resets the font

    def _enlarge_header_title(self) -> None:
        # Qt names none of the header's labels: its title is the first label outside the
        # pages. A larger title tells a tired reader at once where they are.
        pages = [self.page(page_id) for page_id in self.pageIds()]
        outside = [
            label
            for label in self.findChildren(QLabel)
            if not any(page.isAncestorOf(label) for page in pages)
        ]
        if outside:
            font = QFont(outside[0].font())
            font.setPointSizeF(QApplication.font().pointSizeF() * HEADING_SCALE)
            font.setBold(True)
            outside[0].setFont(font)

    def retranslate(self) -> None:
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.HelpButton, self.tr("&Help"))
        self.button(QWizard.WizardButton.HelpButton).setAccessibleName(
            self.tr("Help and helplines")
        )
        self.setButtonText(QWizard.WizardButton.CustomButton2, self.tr("I'm helping &someone…"))
        self.button(QWizard.WizardButton.CustomButton2).setAccessibleName(
            self.tr("I'm helping someone")
        )
        self.setButtonText(
            QWizard.WizardButton.CustomButton3, self.tr("Open a case from a back&up…")
        )
        self.button(QWizard.WizardButton.CustomButton3).setAccessibleName(
            self.tr("Open a case from a backup")
        )
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton):
            button = self.button(which)
            button.setAccessibleName(button.text().replace("&", "").strip("<> "))

    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton2.value:
            self.helper_requested.emit()
        elif which == QWizard.WizardButton.CustomButton3.value:
            self.import_requested.emit()

    def _show_helper_button(self) -> None:
        # Only on the first page of the first run: a helper needs no case of their own.
        first = not self.adding_pictures and self.currentId() in (-1, int(PageId.WELCOME))
        self.button(QWizard.WizardButton.CustomButton2).setVisible(first)
        self.button(QWizard.WizardButton.CustomButton3).setVisible(first)

    # --- typed access to the pages ------------------------------------------------------

    def typed_page(self, page_id: PageId) -> WizardPage:
        """The page with ``page_id``."""
        page = self.page(int(page_id))
        assert isinstance(page, WizardPage)
        return page

    def chosen_paths(self) -> list[str]:
        """The files and folders chosen on the "Add images" page."""
        page = self.typed_page(PageId.ADD_IMAGES)
        assert isinstance(page, AddImagesPage)
        return page.paths()

    def import_request(self) -> ImportRequest:
        """What to fingerprint, built from the "About each image" page's answers."""
        page = self.typed_page(PageId.ABOUT_IMAGES)
        assert isinstance(page, AboutImagesPage)
        return page.import_request()

    def saved_pictures(self) -> list[Saved]:
        """The pictures the fingerprinting page saved."""
        page = self.typed_page(PageId.FINGERPRINTING)
        assert isinstance(page, FingerprintingPage)
        return page.saved

    def fingerprinting(self) -> FingerprintingPage:
        """The fingerprinting page (to stop it, or to watch it in tests)."""
        page = self.typed_page(PageId.FINGERPRINTING)
        assert isinstance(page, FingerprintingPage)
        return page

    def after_pictures(self) -> int:
        """Where the wizard goes once pictures are dealt with."""
        return -1 if self.adding_pictures else int(PageId.NEXT_STEPS)

    # --- state ----------------------------------------------------------------------------

    def adopt_new_case(self, created: CreatedCase) -> None:
        """Take over the case just created (the recovery code is kept until shown)."""
        self.session = CaseSession(created.case, self.ctx.runner)
        self.recovery_code = created.recovery_code
        self.keyring_problem = created.keyring_problem
        self.case_created.emit(self.session)

    def forget_recovery_code(self) -> None:
        """Drop the recovery code: it has been shown once and must not linger."""
        self.recovery_code = None

    def finish_at(self, section: Section) -> None:
        """End the wizard and show the dashboard at ``section``."""
        self._destination = section
        self.done(int(QDialog.DialogCode.Accepted))

    # --- closing ----------------------------------------------------------------------------

    def done(self, result: int) -> None:
        # Esc and reject() must not end the first run; only Finish (or a next step) does.
        if result != int(QDialog.DialogCode.Accepted) or not self.validateCurrentPage():
            return
        self.finished_at.emit(str(self._destination))

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
        self.close_requested.emit()
