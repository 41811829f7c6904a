"""What every wizard page shares: scrolling content, re-translation, and background steps.

Content sits in a scroll area, so at large text sizes nothing is clipped: the page scrolls.
A page that must do slow work before the wizard moves on (creating the case, saving) returns
``background_step()``; ``validatePage`` then starts it on the task pool, keeps the page
busy (Next disabled) and moves on by itself when it succeeds.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtWidgets import QWizardPage

from app.gui.context import AppContext
from app.gui.widgets import ScrollingBody, on_language_change
from app.gui.workers import Job

if TYPE_CHECKING:
    from app.gui.wizard import CaseWizard

BackgroundStep = Callable[[Job], Any]


class WizardPage(QWizardPage):
    """Base of StillMine's wizard pages (it never translates anything itself).

    Subclasses build their widgets into ``self.body``, set every text in ``retranslate()``
    and call it at the end of their constructor.
    """

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._busy = False
        self._step_done = False
        self.body = ScrollingBody(self).body
        on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        """Set every text of the page in the current language."""
        raise NotImplementedError

    def case_wizard(self) -> "CaseWizard":
        """The wizard this page belongs to."""
        return cast("CaseWizard", self.wizard())

    # --- background steps -------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Whether the page's background step is running."""
        return self._busy

    def background_step(self) -> BackgroundStep | None:
        """Slow work to finish before moving on, or None (the default) to move on at once."""
        return None

    def step_succeeded(self, result: Any) -> None:
        """Take the background step's result (on the GUI thread), before the wizard moves on."""
        del result

    def set_busy(self, busy: bool) -> None:
        """Show the page as working (subclasses also disable their inputs)."""
        self._busy = busy
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self._busy and super().isComplete()

    def validatePage(self) -> bool:
        if self._step_done:  # the background step finished: let the wizard move on
            self._step_done = False
            return True
        step = self.background_step()
        if step is None:
            return True
        self.set_busy(True)
        self.ctx.runner.run_in_pool(
            step, owner=self, on_success=self._succeeded, on_error=self._failed
        )
        return False

    def _succeeded(self, result: Any) -> None:
        self.set_busy(False)
        self.step_succeeded(result)
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            self._step_done = True
            wizard.next()

    def _failed(self, error: BaseException) -> None:
        self.set_busy(False)
        self.ctx.show_error(self, error)
