"""What the registration screens share: the service catalogue in the user's language, short
lists of labels, and the base of each step."""

from collections.abc import Iterable, Sequence
from typing import Final
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.core.services.catalogue import Catalogue, CatalogueError, default_catalogue
from app.gui.context import AppContext
from app.gui.widgets import ScrollingBody, on_language_change

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
