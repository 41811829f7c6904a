"""Fingerprint one file, picture or video, told apart by its content."""

from app.core.errors import UserError
from app.core.files import display_name, read_file, read_head
from app.core.fingerprints.image import fingerprint_image
from app.core.fingerprints.model import Fingerprinted, FingerprintFailed, FingerprintResult
from app.core.media import MAX_IMAGE_FILE_BYTES
from app.core.progress import NEVER, NULL_PROGRESS, CancelToken, Progress
from app.core.sniff import SNIFF_BYTES, sniff


def fingerprint_file(
    path: str,
    *,
    full_size: bool = False,
    progress: Progress = NULL_PROGRESS,
    cancel: CancelToken = NEVER,
) -> FingerprintResult:
    """Fingerprint the picture or video at ``path``; every user-facing problem is a result.

    Args:
        path: the file.
        full_size: for pictures, decode every pixel (the conformance mode).
        progress: for videos, receives seconds of video done.
        cancel: for videos, checked between frames.
    """
    try:
        if sniff(read_head(path, SNIFF_BYTES)).video_format is not None:
            # PyAV loads FFmpeg's libraries: only when a video is actually met.
            from app.core.fingerprints.video import fingerprint_video

            return Fingerprinted(path, fingerprint_video(path, progress=progress, cancel=cancel))
        data = read_file(path, MAX_IMAGE_FILE_BYTES)
        return Fingerprinted(path, fingerprint_image(data, display_name(path), full_size=full_size))
    except UserError as error:
        return FingerprintFailed(path, error)
