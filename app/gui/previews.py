"""Previews on screen: made one at a time in the background, kept in memory only.

``PreviewLoader`` asks ``app.core.preview`` for a picture's preview (blurred unless the
user revealed it) on the task pool and turns it into a ``QImage`` there; the window turns
that into a pixmap. Nothing is cached on disk, and content that may show someone under 18
is never even decoded: the loader refuses such requests itself.
"""

from collections import deque
from dataclasses import dataclass

from PIL import Image

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from app.core.preview import preview_file
from app.core.vault import AgeInContent
from app.gui.workers import Job, TaskRunner


@dataclass(frozen=True)
class PreviewRequest:
    """Which picture, how old the person in it is, and whether to show it clearly."""

    item_id: int
    path: str
    age: AgeInContent
    revealed: bool = False


def picture_to_qimage(picture: Image.Image) -> QImage:
    """Copy an RGB preview's pixels into a ``QImage`` (in memory)."""
    data = picture.tobytes("raw", "RGB")
    image = QImage(
        data, picture.width, picture.height, picture.width * 3, QImage.Format.Format_RGB888
    )
    return image.copy()  # detach from ``data``, which Python frees


def to_qimage(request: PreviewRequest) -> QImage:
    """Make the preview and copy its pixels into a ``QImage`` (in memory)."""
    return picture_to_qimage(preview_file(request.path, request.age, blurred=not request.revealed))


class PreviewLoader(QObject):
    """Loads previews one by one, in the order asked.

    Signals:
        ready: (request, image) for each preview made.
        failed: (request) when the file can no longer be read.
    """

    ready = Signal(object, QImage)
    failed = Signal(object)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._queue: deque[PreviewRequest] = deque()
        self._asked: set[tuple[int, bool]] = set()
        self._busy = False

    def request(self, request: PreviewRequest) -> None:
        """Ask for a preview (again asking for the same one does nothing)."""
        if request.age.treated_as_minor:
            return
        key = (request.item_id, request.revealed)
        if key in self._asked:
            return
        self._asked.add(key)
        self._queue.append(request)
        self._next()

    def forget(self, item_id: int, revealed: bool) -> None:
        """Allow a preview to be asked for again (after it was dropped from the screen)."""
        self._asked.discard((item_id, revealed))

    def _next(self) -> None:
        if self._busy or not self._queue:
            return
        request = self._queue.popleft()
        self._busy = True

        def work(_job: Job) -> QImage:
            return to_qimage(request)

        self._runner.run_in_pool(
            work,
            owner=self,
            on_success=lambda image: self._done(request, image),
            on_error=lambda _error: self._done(request, None),
        )

    def _done(self, request: PreviewRequest, image: QImage | None) -> None:
        self._busy = False
        if image is None:
            self.failed.emit(request)
        else:
            self.ready.emit(request, image)
        self._next()
