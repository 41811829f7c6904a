"""Video fingerprints: MD5 and SHA-256 of the whole file, and vPDQ.

StopNCII identifies a video by the MD5 of the whole file; hash banks and platforms match
videos with vPDQ, a bag of PDQ hashes of frames. StillMine streams the file once for MD5 and
SHA-256 (any size, constant memory), then decodes the video with PyAV (FFmpeg's libraries,
shipped in its wheels) and hashes its frames, written as ``frame,quality,pdqhex,timestamp``
lines exactly like Meta's vPDQ files (frame = the frame's index in the source, timestamp in
seconds). Phone rotation metadata is applied first. PDQ is computed from the decoder's own
luminance plane (all PDQ needs).

How many frames: the user's own videos are hashed at vPDQ's usual **one frame a second**
(``ONE_A_SECOND``), what hash banks take; files found in a scan are hashed at **every frame**
(``EVERY_FRAME``: at most ``EVERY_FRAME_MAX_RATE`` a second and ``EVERY_FRAME_MAX_FRAMES``
in all; a longer video has its frames spread evenly), so that a copy cut at any part of a
second can be lined up with the user's frames. ``vpdq.py`` explains the matching, and which
side of it gets the 80 %.

FFmpeg is given the file as a Python file object with the demuxer chosen from the file's
content, so it can neither guess a format nor open anything else (no playlists, no URLs, no
other files). A damaged packet costs that packet, not the video.
"""

import hashlib
from typing import IO, Any, Final

import av
import av.error
import numpy as np

from app.core.errors import UserError
from app.core.files import display_name, file_error
from app.core.fingerprints.model import VideoFingerprint, VpdqFrame
from app.core.fingerprints.pdq_fast import block_sums, pdq_from_luma
from app.core.fingerprints.vpdq import FrameGrid
from app.core.privacy import PrivacyFinding, PrivacyKind
from app.core.progress import NEVER, NULL_PROGRESS, CancelToken, Progress, ProgressTracker
from app.core.sniff import SNIFF_BYTES, sniff

#: Seconds between hashed frames of the user's own videos (vPDQ's default).
ONE_A_SECOND: Final = 1.0
#: ``interval`` for a file found in a scan: every frame.
EVERY_FRAME: Final = None
#: The most frames a second hashed at ``EVERY_FRAME`` (a 60 fps video: every other frame,
#: each skipped one 1/60 s from a hashed one).
EVERY_FRAME_MAX_RATE: Final = 30
#: The most frames hashed at ``EVERY_FRAME``: 20 minutes at 30 fps. Beyond that the frames
#: are spread evenly (a 1-hour video: 10 a second).
EVERY_FRAME_MAX_FRAMES: Final = 36_000
#: Frames are hashed from at least this many pixels on their shorter side: a larger frame
#: (720p and up) is first averaged over n x n blocks, n = shorter side // HASHED_SIDE. PDQ
#: reads a frame through a 64 x 64 grid of box filters anyway, so hashes move by a few bits
#: (tests/core/test_video.py measures them against the published ones), and hashing every
#: frame of a 720p video found in a scan costs half as much.
HASHED_SIDE: Final = 360
_READ_BLOCK: Final = 4 * 2**20
# FFmpeg demuxers for the containers the sniffer recognises.
_DEMUXERS: Final = {
    "mp4": "mov",
    "mov": "mov",
    "matroska": "matroska",
    "avi": "avi",
    "mpegts": "mpegts",
}


class NoVideoTrack(UserError):
    """The file holds no pictures (an audio file, for example)."""

    code = "no-video-track"


class VideoDamaged(UserError):
    """The file looks like a video but cannot be read."""

    code = "damaged-video"


class UnsupportedVideo(UserError):
    """The video uses a format or codec StillMine's decoder does not have."""

    code = "unsupported-video"


def stream_digests(stream: IO[bytes]) -> tuple[str, str]:
    """SHA-256 and MD5 of a whole stream, read in blocks (memory stays flat)."""
    sha256, md5 = hashlib.sha256(), hashlib.md5(usedforsecurity=False)
    while block := stream.read(_READ_BLOCK):
        sha256.update(block)
        md5.update(block)
    return sha256.hexdigest(), md5.hexdigest()


def fingerprint_video(
    path: str,
    *,
    interval: float | None = ONE_A_SECOND,
    progress: Progress = NULL_PROGRESS,
    cancel: CancelToken = NEVER,
) -> VideoFingerprint:
    """Fingerprint the video at ``path``.

    Args:
        path: the video file.
        interval: seconds between hashed frames (one, for the user's own video); None
            (``EVERY_FRAME``, for a file found in a scan) hashes every frame, up to
            ``EVERY_FRAME_MAX_RATE`` a second and ``EVERY_FRAME_MAX_FRAMES`` in all.
        progress: receives seconds of video done, out of the video's duration.
        cancel: checked between frames (a frame takes milliseconds).

    Raises:
        UserError: a subclass naming the file and what is wrong with it.
    """
    try:
        with open(path, "rb") as source:
            return fingerprint_video_stream(
                source, display_name(path), interval=interval, progress=progress, cancel=cancel
            )
    except OSError as exc:
        raise file_error(path, exc) from None


def fingerprint_video_stream(
    source: IO[bytes],
    name: str,
    *,
    interval: float | None = ONE_A_SECOND,
    progress: Progress = NULL_PROGRESS,
    cancel: CancelToken = NEVER,
) -> VideoFingerprint:
    """``fingerprint_video`` for a seekable binary stream (a zip member, a spooled file).

    Raises:
        UserError: a subclass naming ``name`` and what is wrong with it.
        OSError: when reading the stream fails.
    """
    container_format = _container_format(source.read(SNIFF_BYTES), name)
    source.seek(0)
    sha256, md5 = stream_digests(source)
    source.seek(0)
    return _decode(source, name, container_format, sha256, md5, interval, progress, cancel)


def _container_format(head: bytes, name: str) -> str:
    sniffed = sniff(head)
    if sniffed.video_format is None:
        what = sniffed.description or "a file StillMine cannot read as a video"
        raise UnsupportedVideo(f"“{name}” is not a video: it looks like {what}.")
    return sniffed.video_format


def _open(source: IO[bytes], name: str, container_format: str) -> Any:
    try:
        return av.open(source, mode="r", format=_DEMUXERS[container_format])
    except av.error.InvalidDataError:
        raise VideoDamaged(
            f"“{name}” is incomplete or damaged: its index is missing or unreadable, so no "
            "picture can be read. It may not have finished downloading or copying."
        ) from None
    except av.error.FFmpegError as exc:
        raise VideoDamaged(f"“{name}” could not be opened as a video ({exc.strerror}).") from None


def _decode(  # noqa: PLR0917 - private, one caller
    source: IO[bytes],
    name: str,
    container_format: str,
    sha256: str,
    md5: str,
    interval: float | None,
    progress: Progress,
    cancel: CancelToken,
) -> VideoFingerprint:
    with _open(source, name, container_format) as container:
        if not container.streams.video:
            raise NoVideoTrack(
                f"“{name}” has no pictures in it (it may be an audio file), so it cannot be "
                "fingerprinted as a video."
            )
        stream = container.streams.video[0]
        if stream.codec_context is None:  # FFmpeg has no decoder for the stream's codec
            raise UnsupportedVideo(
                f"“{name}” uses a video format (codec) that StillMine cannot decode, so its "
                "pictures cannot be fingerprinted."
            )
        stream.thread_type = "AUTO"
        codec = stream.codec_context.name
        duration = _duration(container, stream)
        tracker = ProgressTracker(progress, duration or None, "seconds")
        reader = _FrameSampler(_grid(interval, duration), tracker)
        # demux() ends with an empty packet per stream, which flushes the decoder.
        for packet in container.demux(stream):
            cancel.raise_if_cancelled()
            reader.read(packet)
        tracker.advance(max(0.0, (duration or reader.last_time) - reader.last_time))
        tracker.finish()
        if not reader.frames:
            raise VideoDamaged(f"“{name}” holds no picture that could be decoded.")
        return VideoFingerprint(
            sha256=sha256,
            md5=md5,
            vpdq=tuple(reader.frames),
            duration=duration or reader.last_time,
            width=reader.width,
            height=reader.height,
            codec=codec,
            format=container_format,
            frame_rate=float(stream.average_rate) if stream.average_rate else None,
            rotation=reader.rotation,
            privacy=_metadata_findings(container),
            warnings=_warnings(reader, duration, stream),
        )


def _duration(container: Any, stream: Any) -> float:
    if stream.duration and stream.time_base:
        return float(stream.duration * stream.time_base)
    if container.duration:
        return float(container.duration / av.time_base)
    return 0.0


def _grid(interval: float | None, duration: float) -> FrameGrid:
    """When to hash: every ``interval`` seconds, or (None) every frame."""
    if interval is not None:
        return FrameGrid(interval)
    step = max(1 / EVERY_FRAME_MAX_RATE, duration / EVERY_FRAME_MAX_FRAMES)
    # A quarter of a step of slack: frame times are rounded (0.033 for 1/30 s) and jitter.
    return FrameGrid(step, slack=step / 4)


class _FrameSampler:
    """Decodes packets and hashes the frames the grid picks."""

    def __init__(self, grid: FrameGrid, tracker: ProgressTracker) -> None:
        self.grid = grid
        self.tracker = tracker
        self.frames: list[VpdqFrame] = []
        self.index = -1
        self.last_time = 0.0
        self.damaged_packets = 0
        self.width = self.height = self.rotation = 0

    def read(self, packet: Any) -> None:
        try:
            decoded = packet.decode()
        except av.error.FFmpegError:
            self.damaged_packets += 1
            return
        for frame in decoded:
            self._frame(frame)

    def _frame(self, frame: Any) -> None:
        self.index += 1
        time = float(frame.time) if frame.time is not None else self.index / 30.0
        if not self.grid.due(time):
            return
        self.rotation = int(frame.rotation or 0)
        self.height, self.width = _upright_size(frame.height, frame.width, self.rotation)
        pdq, quality = _frame_pdq(frame, self.rotation)
        self.frames.append(VpdqFrame(self.index, quality, pdq, round(time, 3)))
        self.tracker.advance(time - self.last_time)
        self.last_time = time


# 8-bit formats whose first plane is the luma (Y) plane, one byte per pixel.
_Y_FIRST_FORMATS: Final = frozenset(
    {"yuv420p", "yuvj420p", "yuv422p", "yuvj422p", "yuv444p", "yuvj444p", "nv12", "nv21", "gray"}
)


def _luma_plane(frame: Any) -> np.ndarray:
    """The frame's luminance: PDQ needs nothing else, and the decoder already has it."""
    if frame.format.name in _Y_FIRST_FORMATS:
        plane = frame.planes[0]
        rows = np.frombuffer(plane, dtype=np.uint8).reshape(frame.height, plane.line_size)
        return rows[:, : frame.width]
    return np.asarray(frame.to_ndarray(format="gray"))


def _frame_pdq(frame: Any, rotation: int) -> tuple[str, int]:
    luma = _luma_plane(frame)
    factor = min(16, min(luma.shape) // HASHED_SIDE)
    scale = 1.0
    if factor > 1:
        luma, scale = block_sums(luma, factor), 1 / factor**2
    return pdq_from_luma(_upright(luma, rotation), scale)


def _upright_size(height: int, width: int, rotation: int) -> tuple[int, int]:
    return (width, height) if round(rotation / 90) % 2 else (height, width)


def _upright(pixels: np.ndarray, rotation: int) -> np.ndarray:
    # FFmpeg's rotation is counter-clockwise in degrees; np.rot90 turns counter-clockwise too.
    turns = round(rotation / 90) % 4
    return np.ascontiguousarray(np.rot90(pixels, k=turns)) if turns else pixels


def _warnings(reader: _FrameSampler, duration: float, stream: Any) -> tuple[str, ...]:
    notes = []
    if reader.damaged_packets:
        notes.append(
            f"{reader.damaged_packets} damaged part(s) of the video were skipped; the "
            "fingerprint covers the rest."
        )
    expected_last = duration - reader.grid.interval - 1.0
    if duration and reader.last_time < expected_last:
        notes.append(
            f"The video ends early (at {reader.last_time:.0f} of {duration:.0f} seconds): it "
            "may be incomplete. The fingerprint covers what could be read."
        )
    if not any(frame.quality >= 50 for frame in reader.frames):
        notes.append("No frame of this video has enough detail for a similarity fingerprint.")
    return tuple(notes)


_METADATA_FINDINGS: Final = (
    (PrivacyKind.LOCATION, ("location", "com.apple.quicktime.location.ISO6709", "location-eng")),
    (
        PrivacyKind.CAMERA,
        ("com.apple.quicktime.make", "com.apple.quicktime.model", "make", "model"),
    ),
    (PrivacyKind.CAPTURE_TIME, ("creation_time", "com.apple.quicktime.creationdate", "date")),
    (PrivacyKind.SOFTWARE, ("com.apple.quicktime.software", "software", "encoder")),
    (PrivacyKind.OWNER, ("artist", "author", "com.apple.quicktime.author")),
)


def _metadata_findings(container: Any) -> tuple[PrivacyFinding, ...]:
    metadata = {str(key).lower(): str(value) for key, value in dict(container.metadata).items()}
    for stream in container.streams:
        metadata.update(
            {str(k).lower(): str(v) for k, v in dict(stream.metadata).items() if k not in metadata}
        )
    findings = []
    for kind, keys in _METADATA_FINDINGS:
        values = [metadata[key.lower()] for key in keys if metadata.get(key.lower())]
        if values:
            findings.append(PrivacyFinding(kind, " ".join(values)[:120]))
    return tuple(findings)
