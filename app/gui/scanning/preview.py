"""Previews of found files: made one at a time in the background, kept in memory only.

A found file is read again into memory (``work.read_found_file``, from inside a zip too),
checked to be the very file that was scanned, and made into a small preview by
``app.core.preview`` (blurred unless the user asked to see it clearly). Nothing is written
anywhere. A preview is never asked for a file that shows, or may show, someone under 18:
the caller decides that from the user's answers, and the core refuses it as well.
"""

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from app.core.files import display_name
from app.core.preview import make_preview
from app.core.vault import AgeInContent
from app.gui.previews import picture_to_qimage
from app.gui.scanning.work import read_found_file
from app.gui.workers import Job, TaskRunner


@dataclass(frozen=True)
class FoundPreview:
    """Which found file, how old the person in it is, and whether to show it clearly."""

    row_id: int
    path: str
    sha256: str
    age: AgeInContent
    revealed: bool = False


class FoundPreviews(QObject):
    """Loads previews of found files one by one, in the order asked.

    Signals:
        ready: (request, image) for each preview made.
        failed: (request, error) when the file cannot be shown (moved, changed ...).
    """

    ready = Signal(object, QImage)
    failed = Signal(object, object)

    def __init__(
        self,
        runner: TaskRunner,
        passwords: Callable[[], dict[str, bytes]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._passwords = passwords
        self._queue: deque[FoundPreview] = deque()
        self._asked: set[tuple[int, bool]] = set()
        self._busy = False
        #: Every preview made so far, in order (what was decoded: tests look at it).
        self.made: list[FoundPreview] = []

    def request(self, request: FoundPreview) -> None:
        """Ask for a preview (asking again for one already asked does nothing)."""
        if request.age.treated_as_minor:
            return
        key = (request.row_id, request.revealed)
        if key in self._asked:
            return
        self._asked.add(key)
        self._queue.append(request)
        self._next()

    def forget(self, row_id: int, revealed: bool) -> None:
        """Allow a preview to be asked for again (it was dropped from memory)."""
        self._asked.discard((row_id, revealed))

    def _next(self) -> None:
        if self._busy or not self._queue:
            return
        request = self._queue.popleft()
        self._busy = True
        passwords = self._passwords()

        def work(_job: Job) -> QImage:
            data = read_found_file(request.path, request.sha256, passwords)
            picture = make_preview(
                data, display_name(request.path), request.age, blurred=not request.revealed
            )
            del data
            return picture_to_qimage(picture)

        self._runner.run_in_pool(
            work,
            owner=self,
            on_success=lambda image: self._done(request, image, None),
            on_error=lambda error: self._done(request, None, error),
        )

    def _done(self, request: FoundPreview, image: QImage | None, error: object) -> None:
        self._busy = False
        if image is None:
            self._asked.discard((request.row_id, request.revealed))
            self.failed.emit(request, error)
        else:
            self.made.append(request)
            self.ready.emit(request, image)
        self._next()
