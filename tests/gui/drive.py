"""Drive the real first run without pytest-qt, pausing on every page (screenshots, benchmarks).

``first_run`` is a generator: it yields ``(name, wizard)`` when each page is ready, and moves
on when the caller asks for the next step, so a caller can look at (or measure) every page.
"""

from collections.abc import Callable, Iterator

from PySide6.QtWidgets import QWizard

from app.gui.controller import AppController
from app.gui.pages.about_images import AboutImagesPage
from app.gui.pages.add_images import AddImagesPage
from app.gui.pages.create_case import CreateCasePage
from app.gui.pages.fingerprinting import FingerprintingPage
from app.gui.pages.ids import PageId
from app.gui.pages.recovery import RecoveryCodePage
from app.gui.pages.review import ReviewPage
from app.gui.wizard import CaseWizard
from tests.gui.helpers import PASSPHRASE
from tests.gui.loop import wait_until

Answer = Callable[[AboutImagesPage], None]


def forward(wizard: QWizard) -> None:
    """Press Next (or the commit button)."""
    if wizard.currentPage().isCommitPage():
        wizard.button(QWizard.WizardButton.CommitButton).click()
    else:
        wizard.next()


def _arrive(wizard: CaseWizard, page_id: PageId) -> None:
    wait_until(lambda: wizard.currentId() == int(page_id))


def first_run(
    controller: AppController, paths: list[str], answer: Answer | None = None
) -> Iterator[tuple[str, CaseWizard]]:
    """Walk the first run with ``paths`` as the pictures, yielding at every page."""
    controller.start()
    wizard = controller.window
    assert isinstance(wizard, CaseWizard)
    yield "welcome", wizard
    forward(wizard)
    yield "language", wizard
    forward(wizard)
    create = wizard.currentPage()
    assert isinstance(create, CreateCasePage)
    create.passphrase.field.setText(PASSPHRASE)
    create.passphrase.confirm.setText(PASSPHRASE)
    yield "create-case", wizard
    forward(wizard)
    _arrive(wizard, PageId.RECOVERY_CODE)
    yield "recovery-code", wizard
    recovery = wizard.currentPage()
    assert isinstance(recovery, RecoveryCodePage)
    recovery.written.setChecked(True)
    forward(wizard)
    yield "about-you", wizard
    forward(wizard)
    add = wizard.currentPage()
    assert isinstance(add, AddImagesPage)
    add.add_paths(paths)
    yield "add-images", wizard
    forward(wizard)
    answers = wizard.currentPage()
    assert isinstance(answers, AboutImagesPage)
    if answer is not None:
        answer(answers)
    yield "about-images", wizard
    forward(wizard)
    running = wizard.currentPage()
    assert isinstance(running, FingerprintingPage)
    yield "fingerprinting-started", wizard
    wait_until(running.isComplete, timeout_ms=30 * 60_000)
    yield "fingerprinting", wizard
    if not running.saved:
        return
    forward(wizard)
    review = wizard.currentPage()
    assert isinstance(review, ReviewPage)
    wait_until(lambda: not controller.ctx.runner.busy)
    yield "review", wizard
    forward(wizard)
    yield "next-steps", wizard
