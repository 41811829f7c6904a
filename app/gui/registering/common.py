"""What the registration screens share: the service catalogue in the user's language, short
lists of labels, the base of each step, and the window of steps (also the letter window's)."""

from collections.abc import Iterable, Sequence
from typing import Final
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QPushButton, QStackedWidget, QVBoxLayout, QWidget

from app.core.services.catalogue import Catalogue, CatalogueError, default_catalogue
from app.gui.context import AppContext
from app.gui.widgets import (
    ScrollingBody,
    closing_buttons,
    heading,
    on_language_change,
    window_buttons,
)

#: Labels named in full in a list before "and N more".
LABELS_SHOWN: Final = 6


def language_of(ctx: AppContext) -> str:
    """The interface language, as the catalogue's texts are keyed ("en" or "nl")."""
    return ctx.translations.language or "en"


def catalogue() -> Catalogue:
    """The service catalogue shipped with StillMine (read once)."""
    return default_catalogue()


def service_name(service_id: str, language: str) -> str:
    """A service's name in ``language``; the stored name itself if the catalogue lacks it."""
    try:
        return str(catalogue().service(service_id).name.get(language))
    except CatalogueError:
        # Recorded by hand or by an older StillMine: show what was stored.
        return service_id


def site_name(url: str) -> str:
    """The website's name as people type it ("stopncii.org")."""
    return urlsplit(url).hostname or url


def bullets(lines: Iterable[str]) -> str:
    """Lines as a bulleted list, for a plain-text label."""
    return "\n".join(f"• {line}" for line in lines)


def label_list(labels: Sequence[str]) -> str:
    """A few labels in full, then how many more ("Picture 1, Picture 2 and 5 more")."""
    shown = ", ".join(labels[:LABELS_SHOWN])
    hidden = len(labels) - LABELS_SHOWN
    if hidden <= 0:
        return shown
    # "more" (and Dutch "andere") reads the same for one and for many: no plural forms.
    return QCoreApplication.translate("Registering", "{0} and {1} more").format(shown, hidden)


class Step(QWidget):
    """One screen of a registration window: scrolling content with its own buttons.

    Subclasses build into ``self.body``, set every text in ``retranslate()`` and call it at
    the end of their constructor; ``title()`` is shown above the step.
    """

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.body = ScrollingBody(self).body
        on_language_change(self, self.retranslate)

    def title(self) -> str:
        """The step's heading, in the current language."""
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every text of the step in the current language."""
        raise NotImplementedError

    @property
    def language(self) -> str:
        """The interface language ("en" or "nl")."""
        return language_of(self.ctx)


class StepWindow(QWidget):
    """A window that shows one ``Step`` at a time under its heading, with Quick exit, Back and
    Close always at the bottom. Back returns to the step before; what was typed is kept.

    Subclasses make their steps, hand them to ``add_steps`` (the first is shown first), and
    name Back and Close in their ``retranslate`` (in their own translation context).

    Signals:
        quick_exit_requested: the Quick exit button was pressed.
    """

    quick_exit_requested = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._trail: list[Step] = []
        self._layout = QVBoxLayout(self)
        self.header = heading()
        self._layout.addWidget(self.header)
        self.stack = QStackedWidget()
        self._layout.addWidget(self.stack, 1)
        self.quick_exit, self.close_button = window_buttons(self, self.quick_exit_requested)
        self.back = QPushButton()
        self.back.clicked.connect(self.go_back)

    def add_steps(self, steps: Iterable[Step]) -> None:
        """Add the window's steps, then the buttons below them (so Tab reaches them last)."""
        for step in steps:
            self.stack.addWidget(step)
        self._layout.addLayout(closing_buttons(self.quick_exit, self.back, self.close_button))
        self._update_bottom()

    def current(self) -> Step:
        """The step shown now."""
        step = self.stack.currentWidget()
        assert isinstance(step, Step)
        return step

    def go(self, step: Step, *, fresh: bool = False) -> None:
        """Show ``step``; Back returns to the step before (or, if ``fresh``, to the first)."""
        if fresh:
            first = self.stack.widget(0)
            assert isinstance(first, Step)
            self._trail = [first]
        else:
            self._trail.append(self.current())
        self._show(step)

    def go_back(self) -> None:
        """Return to the previous step (what was typed is kept)."""
        if self._trail and self.may_go_back():
            self._show(self._trail.pop())

    def forget_trail(self) -> None:
        """No way back from the step shown now."""
        self._trail = []
        self._update_bottom()

    def may_go_back(self) -> bool:
        """Whether Back works now (a subclass says no while something must not be left)."""
        return True

    def _show(self, step: Step) -> None:
        self.stack.setCurrentWidget(step)
        self._update_bottom()
        self.header.setText(step.title())
        step.setFocus()

    def _update_bottom(self) -> None:
        self.back.setVisible(bool(self._trail))
        self.back.setEnabled(self.may_go_back())
