"""Fingerprint many files and folders, on every core, in a stable order.

``fingerprint_paths`` is what the wizard, the CLI and later the scanner call. It walks the
folders, spreads the files over worker processes, yields exactly one result per file in the
walk's order, marks byte-identical files as duplicates of the first one, reports progress,
and stops promptly when cancelled. Memory stays bounded: only a few files are in flight at a
time, whatever the size of the folder.
"""

from collections.abc import Iterable, Iterator

from app.core.errors import UserError
from app.core.files import WalkEntry, count_files, display_name, iter_files
from app.core.fingerprints.files import fingerprint_file
from app.core.fingerprints.model import Fingerprinted, FingerprintFailed, FingerprintResult
from app.core.procpool import (
    TaskFractions,
    available_cores,
    map_in_workers,
    prestart,
    report_progress,
)
from app.core.progress import NEVER, NULL_PROGRESS, CancelToken, Progress, ProgressTracker


class ReaderCrashed(UserError):
    """The picture decoder failed in an unexpected way on one file (it may be hostile)."""

    code = "reader-crashed"


def _fingerprint_entry(task: tuple[WalkEntry, bool]) -> FingerprintResult:
    entry, full_size = task
    if entry.error is not None:
        return FingerprintFailed(entry.path, entry.error)
    return fingerprint_file(entry.path, full_size=full_size, progress=report_progress)


def prestart_workers() -> None:
    """Start the fingerprinting workers now (the user is about to choose files)."""
    prestart(_fingerprint_entry, available_cores())


def _reader_failed(task: tuple[WalkEntry, bool], reason: str) -> FingerprintResult:
    path = task[0].path
    what = "took far too long" if reason == "timed out" else "failed unexpectedly"
    return FingerprintFailed(
        path,
        ReaderCrashed(
            f"Reading “{display_name(path)}” {what}, so it was skipped. The file may be damaged "
            "or made to attack picture readers; do not open it in other programs either."
        ),
    )


def fingerprint_paths(
    paths: Iterable[str],
    progress: Progress = NULL_PROGRESS,
    cancel: CancelToken = NEVER,
    *,
    workers: int | None = None,
    full_size: bool = False,
) -> Iterator[FingerprintResult]:
    """Fingerprint every file in ``paths`` (files and folders, walked recursively).

    Args:
        paths: files and folders, in the order the results should come.
        progress: receives the count of finished files and the total.
        cancel: stops the batch (worker processes are terminated at once).
        workers: worker processes; default one per available core.
        full_size: decode every pixel (conformance mode) instead of the fast path.

    Yields:
        One ``Fingerprinted`` or ``FingerprintFailed`` per file, in the walk's stable order.
        A file whose bytes equal an earlier one's has ``duplicate_of`` set to that path.

    Raises:
        Cancelled: when ``cancel`` is set before the batch ends.
    """
    roots = list(paths)
    total = count_files(roots, cancel)
    tracker = ProgressTracker(progress, total)
    tracker.finish()
    # A long video reports how far it has got; the bar moves by fractions of a file.
    fractions = TaskFractions(tracker)
    tasks = ((entry, full_size) for entry in iter_files(roots))
    results = map_in_workers(
        _fingerprint_entry,
        tasks,
        workers=min(workers or available_cores(), max(1, total)),
        on_failure=_reader_failed,
        cancel=cancel,
        on_progress=fractions.on_progress,
    )
    first_path_by_sha256: dict[str, str] = {}
    for position, result in enumerate(results):
        fractions.finished(position)
        yield _mark_duplicate(result, first_path_by_sha256)
    tracker.finish()


def _mark_duplicate(
    result: FingerprintResult, first_path_by_sha256: dict[str, str]
) -> FingerprintResult:
    if not isinstance(result, Fingerprinted):
        return result
    first = first_path_by_sha256.get(result.fingerprint.sha256)
    if first is None:
        first_path_by_sha256[result.fingerprint.sha256] = result.path
        return result
    return Fingerprinted(result.path, result.fingerprint, duplicate_of=first)
