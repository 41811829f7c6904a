"""Fingerprint the pictures the user chose and save them to the case, as one background job.

``import_images`` runs on a pool thread (through ``TaskRunner``). It fingerprints every
chosen file and folder with ``fingerprint_paths`` (worker processes), turns each picture
into an item with the user's answers, and saves them in small batches, so that stopping, a
quick exit or a closed window loses at most the last half second of work. Each file's
outcome is handed to the window as it is known. No Qt here: this is plain orchestration of
the core, and it never touches the pictures' pixels.

Files are identified only by their path in memory; the case stores no path (``Item``
keeps ``original_path`` empty) and nothing is logged.
"""

import os
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final, Protocol

from app.core.errors import Cancelled, UserError
from app.core.fingerprints import Fingerprinted, FingerprintResult, fingerprint_paths
from app.core.privacy import PrivacyKind
from app.core.progress import CancelToken, ProgressUpdate
from app.core.vault import AgeInContent, CaseFile, CaseRepository, TakenBy, item_from_fingerprint

#: Save at least this often while fingerprinting (seconds) ...
SAVE_EVERY_SECONDS: Final = 0.5
#: ... or after this many new pictures, whichever comes first.
SAVE_EVERY_ITEMS: Final = 100


@dataclass(frozen=True)
class ImageAnswers:
    """The user's answers about a picture (or about every picture in a folder)."""

    age_in_content: AgeInContent = AgeInContent.UNSURE
    taken_by: TakenBy = TakenBy.UNKNOWN
    copyright_assigned_to_me: bool | None = None
    user_appears: bool | None = None


@dataclass(frozen=True)
class Source:
    """A file or folder the user chose, the neutral label for it, and the answers about it."""

    path: str
    label: str
    answers: ImageAnswers = field(default_factory=ImageAnswers)


@dataclass(frozen=True)
class ImportRequest:
    """Everything ``import_images`` needs from the wizard.

    Attributes:
        sources: the chosen files and folders, in the order the user added them.
        folder_item_label: how a picture found in a folder is labelled, with ``{0}`` for the
            folder's label and ``{1}`` for its number in that folder (already translated).
        workers: worker processes; None means one per core.
    """

    sources: tuple[Source, ...]
    folder_item_label: str = "{0}, {1}"
    workers: int | None = None


class SkipReason(StrEnum):
    """Why a readable picture was not added."""

    DUPLICATE = "duplicate"  # the same file was chosen twice in this batch
    ALREADY_IN_CASE = "already-in-case"  # the case already holds this exact file


@dataclass(frozen=True)
class Saved:
    """A picture or video now in the case (its path is kept in memory only, for previews).

    ``duration`` is a video's length in seconds (None for a picture).
    """

    path: str
    item_id: int
    label: str
    kind: str
    file_format: str
    privacy: tuple[PrivacyKind, ...]
    warnings: tuple[str, ...]
    age: AgeInContent
    duration: float | None = None


@dataclass(frozen=True)
class Skipped:
    """A readable picture that was not added again, and the label it already has."""

    path: str
    reason: SkipReason
    same_as: str


@dataclass(frozen=True)
class Failed:
    """A file that could not be read, and the plain reason."""

    path: str
    error: UserError


Outcome = Saved | Skipped | Failed


@dataclass(frozen=True)
class ImportSummary:
    """How a run ended."""

    saved: int
    skipped: int
    failed: int
    cancelled: bool


class JobLike(Protocol):
    """The part of ``app.gui.workers.Job`` the import uses."""

    cancel: CancelToken

    def progress(self, update: ProgressUpdate) -> None: ...

    def emit(self, item: object) -> None: ...


def import_images(case: CaseFile, request: ImportRequest, job: JobLike) -> ImportSummary:
    """Fingerprint ``request.sources`` and save each new picture to ``case``.

    Returns:
        The counts, with ``cancelled`` set when the user stopped the run (what was done
        before the stop is saved).
    """
    importer = _Importer(case, request, job)
    paths = [source.path for source in request.sources]
    try:
        for result in fingerprint_paths(paths, job.progress, job.cancel, workers=request.workers):
            importer.take(result)
    except Cancelled:
        importer.save_pending()
        return importer.summary(cancelled=True)
    importer.save_pending()
    return importer.summary(cancelled=False)


@dataclass
class _Pending:
    result: Fingerprinted
    source: Source
    label: str


class _Importer:
    def __init__(self, case: CaseFile, request: ImportRequest, job: JobLike) -> None:
        self._case = case
        self._request = request
        self._job = job
        self._sources = request.sources
        self._is_folder = [os.path.isdir(source.path) for source in request.sources]
        self._source_index = 0
        self._found_in_source: dict[int, int] = {}
        self._labels_by_path: dict[str, str] = {}
        # Outcomes wait here, in the walk's order, until the pictures among them are saved.
        self._queue: list[Outcome | _Pending] = []
        self._last_save = time.monotonic()
        self._counts = {"saved": 0, "skipped": 0, "failed": 0}

    def take(self, result: FingerprintResult) -> None:
        if not isinstance(result, Fingerprinted):
            self._queue.append(Failed(result.path, result.error))
        elif result.duplicate_of is not None:
            same_as = self._labels_by_path.get(result.duplicate_of, "")
            self._queue.append(Skipped(result.path, SkipReason.DUPLICATE, same_as))
        else:
            index = self._source_of(result.path)
            label = self._label(index)
            self._labels_by_path[result.path] = label
            self._queue.append(_Pending(result, self._sources[index], label))
        if (
            len(self._queue) >= SAVE_EVERY_ITEMS
            or time.monotonic() - self._last_save >= SAVE_EVERY_SECONDS
        ):
            self.save_pending()

    def save_pending(self) -> None:
        """Save the new pictures waiting, then report every outcome waiting, in order."""
        queue, self._queue = self._queue, []
        self._last_save = time.monotonic()
        pending = [entry for entry in queue if isinstance(entry, _Pending)]
        saved = iter(self._case.change(lambda repo: _add_items(repo, pending)) if pending else [])
        for entry in queue:
            self._report(next(saved) if isinstance(entry, _Pending) else entry)

    def summary(self, *, cancelled: bool) -> ImportSummary:
        return ImportSummary(cancelled=cancelled, **self._counts)

    def _report(self, outcome: Outcome) -> None:
        key = {Saved: "saved", Skipped: "skipped", Failed: "failed"}[type(outcome)]
        self._counts[key] += 1
        self._job.emit(outcome)

    def _source_of(self, path: str) -> int:
        # Results come in the order of the sources, so the search rarely moves far.
        for index in range(self._source_index, len(self._sources)):
            if _within(path, self._sources[index].path):
                self._source_index = index
                return index
        for index, source in enumerate(self._sources):
            if _within(path, source.path):
                return index
        return self._source_index

    def _label(self, index: int) -> str:
        source = self._sources[index]
        if not self._is_folder[index]:
            return source.label
        number = self._found_in_source.get(index, 0) + 1
        self._found_in_source[index] = number
        return self._request.folder_item_label.format(source.label, number)


def _within(path: str, root: str) -> bool:
    if path == root:
        return True
    return path.startswith(root.rstrip(os.sep) + os.sep)


def _add_items(repo: CaseRepository, pending: Sequence[_Pending]) -> list[Outcome]:
    outcomes: list[Outcome] = []
    for entry in pending:
        fingerprint = entry.result.fingerprint
        existing = repo.find_items_by_sha256(fingerprint.sha256)
        if existing:
            outcomes.append(
                Skipped(entry.result.path, SkipReason.ALREADY_IN_CASE, existing[0].label)
            )
            continue
        answers = entry.source.answers
        item = repo.add_item(
            item_from_fingerprint(
                fingerprint,
                entry.label,
                taken_by=answers.taken_by,
                copyright_assigned_to_me=answers.copyright_assigned_to_me,
                age_in_content=answers.age_in_content,
                user_appears=answers.user_appears,
            )
        )
        outcomes.append(
            Saved(
                path=entry.result.path,
                item_id=item.id,
                label=item.label,
                kind=item.kind,
                file_format=item.format,
                privacy=tuple(finding.kind for finding in fingerprint.privacy),
                warnings=fingerprint.warnings,
                age=answers.age_in_content,
                duration=item.duration,
            )
        )
    return outcomes
