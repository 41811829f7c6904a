"""Scanning as one background job, and reading a found file again for its preview.

No Qt here. ``run_scan`` runs on a pool thread (through ``TaskRunner``): it builds the
reference set, calls ``scan_paths`` (which reads the files in worker processes) and hands
each outcome to the window as it comes, as a ``Found`` when the file shows one of the
pictures looked for. Nothing found is copied or written anywhere.

``record_found`` records a found file as a sighting (once), and ``reported_matches``
turns a helper's found files into the lines of their match report.

``read_found_file`` reads a found file's bytes again, into memory only, for its preview:
from disk or from inside a zip export (with the password given during the scan), and only
if they are the very bytes that were scanned (the worker process that read them survived
them, which is what makes decoding them in the app's own process acceptable).
"""

import hashlib
import io
import os
import threading
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime

from app.core.files import FileVanished, display_name, file_error, read_file
from app.core.media import MAX_IMAGE_FILE_BYTES
from app.core.scan.archives import (
    MAX_DEPTH,
    MAX_NESTED_ARCHIVE_BYTES,
    SEPARATOR,
    PasswordSource,
    list_members,
    open_archive,
    read_member,
)
from app.core.scan.engine import FileChanged, ScannedFile, SkippedFile, scan_paths
from app.core.scan.helper import ReportedMatch
from app.core.scan.matcher import Match, Reference, ReferenceSet, best_per_reference
from app.core.scan.record import record_scan_match
from app.core.vault.repository import CaseRepository
from app.gui.importing import JobLike


@dataclass(frozen=True)
class ScanRequest:
    """What to scan and what to look for.

    Attributes:
        paths: the folders, files and zip archives chosen.
        references: the pictures and videos looked for (the case's items, or a package's).
        workers: worker processes; None means one per core.
    """

    paths: tuple[str, ...]
    references: tuple[Reference, ...]
    workers: int | None = None


@dataclass(frozen=True)
class Prepared:
    """Handed to the window first: the reference set the scan uses (recording needs it)."""

    references: ReferenceSet


@dataclass(frozen=True)
class Found:
    """A scanned file that shows one or more of the pictures looked for.

    Attributes:
        outcome: the scanned file (its path, kind, SHA-256 and MD5, every match).
        matches: one match per picture it shows, the most certain first.
        keys: each matched reference's key (an item id, or a package's reference).
        labels: each matched reference's label.
    """

    outcome: ScannedFile
    matches: tuple[Match, ...]
    keys: tuple[str, ...]
    labels: tuple[str, ...]

    @property
    def best(self) -> Match:
        """The most certain match."""
        return self.matches[0]


@dataclass(frozen=True)
class ScanSummary:
    """How many files a finished scan compared, found, and could not read."""

    compared: int
    found: int
    skipped: int
    quiet: int


def found_in(outcome: ScannedFile, references: ReferenceSet) -> Found | None:
    """The ``Found`` for a scanned file, or None when it shows none of the pictures."""
    if not outcome.matches:
        return None
    matches = tuple(best_per_reference(outcome.matches))
    shown = [references.references[match.reference] for match in matches]
    return Found(
        outcome,
        matches,
        tuple(reference.key for reference in shown),
        tuple(reference.label for reference in shown),
    )


def run_scan(request: ScanRequest, job: JobLike, passwords: PasswordSource) -> ScanSummary:
    """Scan ``request.paths``; each outcome goes to ``job.emit`` as it comes.

    Emits a ``Prepared`` first, then for each file a ``Found`` (it shows a picture looked
    for), its ``ScannedFile`` (it does not) or its ``SkippedFile``.

    Raises:
        Cancelled: when the user stopped the scan (what was emitted before stays valid).
    """
    references = ReferenceSet(request.references)
    job.emit(Prepared(references))
    compared = found = skipped = quiet = 0
    for outcome in scan_paths(
        request.paths,
        references,
        job.progress,
        job.cancel,
        workers=request.workers,
        passwords=passwords,
    ):
        if isinstance(outcome, SkippedFile):
            quiet += outcome.quiet
            skipped += not outcome.quiet
            job.emit(outcome)
            continue
        compared += 1
        match = found_in(outcome, references)
        found += match is not None
        job.emit(match if match is not None else outcome)
    return ScanSummary(compared, found, skipped, quiet)


class PasswordBook:
    """The zip passwords given during a scan, by archive, in memory only (for previews)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._passwords: dict[str, bytes] = {}

    def remember(self, archive: str, password: bytes) -> None:
        """Keep the password last given for ``archive``."""
        with self._lock:
            self._passwords[archive] = password

    def snapshot(self) -> dict[str, bytes]:
        """A copy of what is known now (safe to hand to another thread)."""
        with self._lock:
            return dict(self._passwords)

    def clear(self) -> None:
        """Forget every password."""
        with self._lock:
            self._passwords.clear()


def read_found_file(shown: str, sha256: str, passwords: Mapping[str, bytes]) -> bytes:
    """The bytes of a found file (``archive.zip!member`` inside a zip), read into memory.

    Raises:
        FileChanged: the file is not the one that was scanned any more.
        UserError: it cannot be read (moved, deleted, a damaged archive ...).
    """
    if not os.path.isfile(shown):
        # Only a member with the scanned bytes is taken from an archive: checked there.
        return _from_archive(shown, sha256, passwords)
    data = read_file(shown, MAX_IMAGE_FILE_BYTES)
    if _sha256(data) != sha256:
        raise FileChanged(
            f"“{display_name(shown)}” has changed since it was scanned, so it is not shown."
        )
    return data


def _from_archive(shown: str, sha256: str, passwords: Mapping[str, bytes]) -> bytes:
    # The archive's own path may hold the separator too: try each place it could end.
    for cut in _separators(shown):
        archive_path = shown[:cut]
        if not os.path.isfile(archive_path):
            continue
        try:
            with open_archive(archive_path, archive_path) as archive:
                data = _member_bytes(
                    archive, archive_path, shown[cut + 1 :], sha256, passwords.get(archive_path)
                )
        except OSError as exc:
            raise file_error(archive_path, exc) from None
        if data is not None:
            return data
    raise FileVanished(
        f"“{display_name(shown)}” could not be found again: it may have been moved or deleted."
    )


def _member_bytes(
    archive: zipfile.ZipFile,
    label: str,
    name: str,
    sha256: str,
    password: bytes | None,
    *,
    depth: int = 1,
) -> bytes | None:
    """The member called ``name`` whose bytes have ``sha256`` (names need not be unique),
    looking inside zips in the zip as the scan does."""
    members = list_members(archive, label)
    for member in members:
        if member.name == name:
            data = read_member(archive, member, label, password, MAX_IMAGE_FILE_BYTES)
            if _sha256(data) == sha256:
                return data
    if depth >= MAX_DEPTH:
        return None
    for cut in _separators(name):
        outer, inner_name = name[:cut], name[cut + 1 :]
        for member in members:
            if member.name != outer:
                continue
            nested = read_member(archive, member, label, password, MAX_NESTED_ARCHIVE_BYTES)
            inner_label = f"{label}{SEPARATOR}{outer}"
            with open_archive(io.BytesIO(nested), inner_label) as inner:
                # Zips inside zips are read without a password, as the scan reads them.
                found = _member_bytes(inner, inner_label, inner_name, sha256, None, depth=depth + 1)
            if found is not None:
                return found
    return None


def _separators(text: str) -> Iterator[int]:
    return (position for position, character in enumerate(text) if character == SEPARATOR)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def already_recorded(repo: CaseRepository, found: Found) -> bool:
    """Whether the case already has a sighting of this very file showing these items."""
    wanted = {int(key) for key in found.keys}
    return any(
        sighting.found_file_sha256 == found.outcome.sha256 and wanted <= set(sighting.item_ids)
        for sighting in repo.sightings()
    )


def record_found(
    repo: CaseRepository, found: Found, references: ReferenceSet, found_at: datetime
) -> bool:
    """Record a found file as a sighting of the items it shows (keys are item ids); False
    when it was recorded before (a second click, or an earlier scan), so nothing is added."""
    if already_recorded(repo, found):
        return False
    record_scan_match(repo, found.outcome, found.matches, references, found_at=found_at)
    return True


def reported_matches(
    found: Iterable[tuple[Found, datetime]], references: ReferenceSet, where: str
) -> list[ReportedMatch]:
    """A helper's matches for the report: each found file's every match, with where the
    helper found it (their words) and when the scan found it."""
    by_key = {reference.key: reference for reference in references.references}
    return [
        ReportedMatch(
            item_ref=key,
            label=by_key[key].label,
            found_sha256=entry.outcome.sha256,
            found_md5=entry.outcome.md5,
            method=match.method.value,
            distance=match.distance,
            where=where.strip(),
            found_at=moment.isoformat(),
        )
        for entry, moment in found
        for key, match in zip(entry.keys, entry.matches, strict=True)
    ]
