"""Scan files, folders and zip exports for the user's pictures and videos, on every core.

``scan_paths`` walks what it is given (folders recursively; a zip's members as if they were
files, named ``archive.zip!member``), fingerprints each found file in a worker process, and
matches it there against the references (``matcher.py``): the decoded pixels never leave
the worker, and nothing found is written to disk. It yields one outcome per file, in the
walk's order: ``ScannedFile`` (with its matches, often none) or ``SkippedFile`` (why it
could not be read; files that are not pictures or videos at all are skipped quietly).

A file that changes while it is read (a download still arriving) is reported, not
misread; a batch never stops because one file is bad.
"""

import functools
import io
import os
import zipfile
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Final

from app.core.errors import UserError
from app.core.files import (
    FileTooLarge,
    display_name,
    file_error,
    iter_files,
    read_file,
    read_head,
)
from app.core.fingerprints.batch import ReaderCrashed
from app.core.fingerprints.cryptographic import file_digests
from app.core.fingerprints.image import fingerprint_image_and_pixels
from app.core.fingerprints.model import MediaKind
from app.core.media import MAX_IMAGE_FILE_BYTES
from app.core.procpool import (
    TaskFractions,
    available_cores,
    map_in_workers,
    report_fraction,
    report_progress,
    when_resting,
)
from app.core.progress import NEVER, NULL_PROGRESS, CancelToken, Progress, ProgressTracker
from app.core.scan.archives import (
    MAX_DEPTH,
    MAX_NESTED_ARCHIVE_BYTES,
    SEPARATOR,
    ArchiveRefused,
    Member,
    PasswordNeeded,
    PasswordSource,
    find_password,
    is_zip,
    list_members,
    member_stream,
    no_passwords,
    open_archive,
    read_head_of,
    read_member,
    reading_member,
)
from app.core.scan.matcher import Match, ReferenceSet
from app.core.scan.spool import EncryptedSpool
from app.core.sniff import SNIFF_BYTES, sniff

#: Zip members up to this size are read into memory; larger videos go to an encrypted spool.
MAX_MEMBER_IN_MEMORY: Final = 64 * 2**20
#: Archives each worker keeps open between tasks.
_OPEN_ARCHIVES: Final = 4


class NotMedia(UserError):
    """The file is neither a picture nor a video (chat logs, documents ...)."""

    code = "not-media"


class FileChanged(UserError):
    """The file changed while it was being scanned."""

    code = "file-changed"


@dataclass(frozen=True, slots=True)
class ScannedFile:
    """A file that was read and compared.

    Attributes:
        path: the file as shown (``archive.zip!member`` inside a zip).
        kind: picture or video.
        sha256: SHA-256 of the found file's bytes (what a sighting records).
        md5: its MD5.
        matches: the user's pictures or videos it shows, best first (often none).
    """

    path: str
    kind: MediaKind
    sha256: str
    md5: str
    matches: tuple[Match, ...] = ()


@dataclass(frozen=True, slots=True)
class SkippedFile:
    """A file that could not be compared, and why.

    Attributes:
        path: the file as shown.
        error: the plain-language reason.
        quiet: True for files that are simply not pictures or videos (not worth a warning).
    """

    path: str
    error: UserError
    quiet: bool = False


ScanOutcome = ScannedFile | SkippedFile


@dataclass(frozen=True, slots=True)
class _FileTask:
    path: str


@dataclass(frozen=True, slots=True)
class _MemberTask:
    archive: str
    member: Member
    label: str
    password: bytes | None

    @property
    def shown(self) -> str:
        return f"{self.label}{SEPARATOR}{self.member.name}"


@dataclass(frozen=True, slots=True)
class _Done:
    """An outcome already known in the parent (it travels through the pool for its order)."""

    outcome: ScanOutcome


_Task = _FileTask | _MemberTask | _Done


def scan_paths(
    paths: Iterable[str],
    references: ReferenceSet,
    progress: Progress = NULL_PROGRESS,
    cancel: CancelToken = NEVER,
    *,
    workers: int | None = None,
    passwords: PasswordSource = no_passwords,
) -> Iterator[ScanOutcome]:
    """Scan files, folders and zips for ``references``; one outcome per file, in order.

    Args:
        paths: files, folders and ``.zip`` archives.
        references: the user's pictures and videos to look for.
        progress: receives the count of scanned files and the total.
        cancel: stops the scan (workers are terminated at once).
        workers: worker processes; default one per available core.
        passwords: asked for the password of an archive with encrypted members.

    Raises:
        Cancelled: when ``cancel`` is set.
    """
    tasks = list(_tasks(paths, passwords, cancel))
    tracker = ProgressTracker(progress, len(tasks))
    tracker.finish()
    fractions = TaskFractions(tracker)
    outcomes = map_in_workers(
        functools.partial(scan_task, references),
        tasks,
        workers=min(workers or available_cores(), max(1, len(tasks))),
        on_failure=_reader_failed,
        cancel=cancel,
        on_progress=fractions.on_progress,
    )
    for position, outcome_list in enumerate(outcomes):
        fractions.finished(position)
        yield from outcome_list
    tracker.finish()


def _tasks(paths: Iterable[str], passwords: PasswordSource, cancel: CancelToken) -> Iterator[_Task]:
    for number, entry in enumerate(iter_files(paths)):
        if number % 500 == 0:
            cancel.raise_if_cancelled()
        if entry.error is not None:
            yield _Done(SkippedFile(entry.path, entry.error))
            continue
        try:
            head = read_head(entry.path, SNIFF_BYTES)
        except UserError as error:
            yield _Done(SkippedFile(entry.path, error))
            continue
        if is_zip(head):
            yield from _archive_tasks(entry.path, passwords)
        else:
            yield _FileTask(entry.path)


def _archive_tasks(path: str, passwords: PasswordSource) -> Iterator[_Task]:
    try:
        with open_archive(path, path) as archive:
            members = list_members(archive, path)
            password = find_password(archive, members, path, passwords)
    except UserError as error:
        yield _Done(SkippedFile(path, error))
        return
    except OSError as exc:
        yield _Done(SkippedFile(path, file_error(path, exc)))
        return
    for member in members:
        yield _MemberTask(path, member, path, password)


def scan_task(references: ReferenceSet, task: _Task) -> list[ScanOutcome]:
    """In a worker: scan one file or zip member (a zip inside a zip: all of its members)."""
    if isinstance(task, _Done):
        return [task.outcome]
    if isinstance(task, _FileTask):
        return [_scan_file(task.path, references)]
    return _scan_member(task, references)


def _scan_file(path: str, references: ReferenceSet) -> ScanOutcome:
    try:
        before = _stamp(path)
        head = read_head(path, SNIFF_BYTES)
        sniffed = sniff(head)
        if sniffed.video_format is not None:
            from app.core.fingerprints.video import EVERY_FRAME, fingerprint_video

            video = fingerprint_video(path, interval=EVERY_FRAME, progress=report_progress)
            outcome: ScanOutcome = ScannedFile(
                path,
                MediaKind.VIDEO,
                video.sha256,
                video.md5,
                tuple(references.match_video(video)),
            )
        elif sniffed.image_format is not None:
            outcome = _scan_picture(read_file(path, MAX_IMAGE_FILE_BYTES), path, references)
        else:
            return SkippedFile(path, _not_media(display_name(path), sniffed.description), True)
        if _stamp(path) != before:
            raise FileChanged(
                f"“{display_name(path)}” changed while it was being scanned (it may still be "
                "downloading or copying). Scan it again once it is complete."
            )
        return outcome
    except UserError as error:
        return SkippedFile(path, error)


def _stamp(path: str) -> tuple[int, int]:
    try:
        info = os.stat(path)
    except OSError as exc:
        raise file_error(path, exc) from None
    return info.st_size, info.st_mtime_ns


def _scan_picture(data: bytes, shown: str, references: ReferenceSet) -> ScanOutcome:
    """A picture's outcome; a picture that cannot be decoded can still be an exact copy."""
    try:
        fingerprint, decoded = fingerprint_image_and_pixels(
            data, display_name(shown), found_file=True
        )
    except UserError as error:
        sha256, md5 = file_digests(data)
        exact = references.match_exact(sha256, md5)
        if exact:
            return ScannedFile(shown, MediaKind.IMAGE, sha256, md5, tuple(exact))
        return SkippedFile(shown, error)
    matches = references.match_image(fingerprint, decoded.pixels)
    return ScannedFile(shown, MediaKind.IMAGE, fingerprint.sha256, fingerprint.md5, tuple(matches))


def _not_media(name: str, description: str) -> NotMedia:
    what = f"it looks like {description}" if description else "it is not a picture or video"
    return NotMedia(f"“{name}” was skipped: {what}.")


_archives: "OrderedDict[str, zipfile.ZipFile]" = OrderedDict()


def _close_archives() -> None:
    while _archives:
        _archives.popitem()[1].close()


when_resting(_close_archives)


def _open_cached(path: str) -> zipfile.ZipFile:
    """The worker keeps a few archives open: a chat export's members come in a row."""
    archive = _archives.pop(path, None)
    if archive is None:
        try:
            archive = open_archive(path, path)
        except OSError as exc:
            raise file_error(path, exc) from None
        while len(_archives) >= _OPEN_ARCHIVES:
            _archives.popitem(last=False)[1].close()
    _archives[path] = archive
    return archive


@dataclass(frozen=True, slots=True)
class _OpenArchive:
    """An archive being read: the zip, how it is shown, its password, how deep it is."""

    zip: zipfile.ZipFile
    label: str
    password: bytes | None
    depth: int

    def shown(self, member: Member) -> str:
        return f"{self.label}{SEPARATOR}{member.name}"

    def read(self, member: Member, limit: int) -> bytes:
        return read_member(self.zip, member, self.label, self.password, limit)

    def head(self, member: Member) -> bytes:
        with member_stream(self.zip, member, self.label, self.password) as stream:
            return read_head_of(stream, self.shown(member))


def _scan_member(task: _MemberTask, references: ReferenceSet) -> list[ScanOutcome]:
    try:
        archive = _OpenArchive(_open_cached(task.archive), task.label, task.password, 1)
        return _scan_in_archive(archive, task.member, references)
    except UserError as error:
        return [SkippedFile(task.shown, error)]


def _scan_in_archive(
    archive: _OpenArchive, member: Member, references: ReferenceSet
) -> list[ScanOutcome]:
    shown = archive.shown(member)
    if member.problem is not None:
        return [SkippedFile(shown, member.problem)]
    if member.encrypted and archive.password is None:
        message = (
            f"“{shown}” is protected by a password, and no password that opens it was given."
            if archive.depth == 1
            else f"“{shown}” is protected by a password. It is inside another zip: unpack "
            "that one first, then scan this one and give its password."
        )
        return [SkippedFile(shown, PasswordNeeded(message))]
    head = archive.head(member)
    sniffed = sniff(head)
    if is_zip(head):
        return _scan_nested(archive, member, references)
    if sniffed.video_format is not None:
        return [_scan_member_video(archive, member, references)]
    if sniffed.image_format is None:
        reason = _not_media(display_name(member.name), sniffed.description)
        return [SkippedFile(shown, reason, quiet=True)]
    if member.size > MAX_IMAGE_FILE_BYTES:
        return [SkippedFile(shown, FileTooLarge(f"“{shown}” is too large to be a picture."))]
    return [_scan_picture(archive.read(member, MAX_IMAGE_FILE_BYTES), shown, references)]


def _scan_nested(
    archive: _OpenArchive, member: Member, references: ReferenceSet
) -> list[ScanOutcome]:
    shown = archive.shown(member)
    if archive.depth >= MAX_DEPTH:
        message = (
            f"“{shown}” is a zip inside a zip inside a zip; StillMine opens zips {MAX_DEPTH} "
            "levels deep. Unpack the outer ones first."
        )
        return [SkippedFile(shown, ArchiveRefused(message))]
    data = archive.read(member, MAX_NESTED_ARCHIVE_BYTES)
    outcomes: list[ScanOutcome] = []
    with open_archive(io.BytesIO(data), shown) as inner_zip:
        inner = _OpenArchive(inner_zip, shown, None, archive.depth + 1)
        members = list_members(inner_zip, shown)
        for number, inner_member in enumerate(members):
            report_fraction(number / max(1, len(members)))
            try:
                outcomes += _scan_in_archive(inner, inner_member, references)
            except UserError as error:
                outcomes.append(SkippedFile(inner.shown(inner_member), error))
    return outcomes


def _scan_member_video(
    archive: _OpenArchive, member: Member, references: ReferenceSet
) -> ScanOutcome:
    from app.core.fingerprints.video import EVERY_FRAME, fingerprint_video_stream

    name = display_name(member.name)
    if member.size <= MAX_MEMBER_IN_MEMORY:
        data = archive.read(member, MAX_MEMBER_IN_MEMORY)
        video = fingerprint_video_stream(
            io.BytesIO(data), name, interval=EVERY_FRAME, progress=report_progress
        )
    else:
        with (
            EncryptedSpool() as spool,
            member_stream(archive.zip, member, archive.label, archive.password) as source,
        ):
            with reading_member(archive.shown(member)):
                spool.write_from(source)
            with spool.reader() as plaintext:
                video = fingerprint_video_stream(
                    plaintext, name, interval=EVERY_FRAME, progress=report_progress
                )
    matches = tuple(references.match_video(video))
    return ScannedFile(archive.shown(member), MediaKind.VIDEO, video.sha256, video.md5, matches)


def _reader_failed(task: _Task, reason: str) -> list[ScanOutcome]:
    if isinstance(task, _Done):
        return [task.outcome]
    shown = task.path if isinstance(task, _FileTask) else task.shown
    what = "took far too long" if reason == "timed out" else "failed unexpectedly"
    return [
        SkippedFile(
            shown,
            ReaderCrashed(
                f"Reading “{display_name(shown)}” {what}, so it was skipped. The file may be "
                "damaged or made to attack picture readers; do not open it in other programs "
                "either."
            ),
        )
    ]
