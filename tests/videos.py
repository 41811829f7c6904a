"""Make test videos with PyAV: edited copies of the sample videos, and hostile files.

Nothing binary is committed: every video a test needs beyond ../shared/testdata/video is
made here, from real sample videos or from the test photographs.
"""

from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
from PIL import Image

Frame = np.ndarray  # H x W x 3, uint8


def transcode(
    source: Path,
    target: Path,
    *,
    edit: Callable[[Frame], Frame] | None = None,
    start: float = 0.0,
    end: float | None = None,
    size: tuple[int, int] | None = None,
    rotation: int = 0,
) -> Path:
    """Re-encode ``source`` (H.264), optionally edited, cut, resized or tagged as rotated."""
    with av.open(str(source)) as input_container, av.open(str(target), "w") as output:
        input_stream = input_container.streams.video[0]
        rate = input_stream.average_rate or Fraction(30)
        stream = None
        for frame in input_container.decode(input_stream):
            time = float(frame.time or 0.0)
            if time < start or (end is not None and time >= end):
                continue
            pixels = frame.to_ndarray(format="rgb24")
            if edit is not None:
                pixels = edit(pixels)
            if size is not None:
                pixels = np.asarray(Image.fromarray(pixels).resize(size))
            if stream is None:
                stream = _video_stream(output, pixels.shape[1], pixels.shape[0], rate, rotation)
            _encode(output, stream, pixels)
        assert stream is not None, "no frame in range"
        output.mux(stream.encode())
    return target


def _video_stream(
    output: av.container.OutputContainer, width: int, height: int, rate: Fraction, rotation: int
) -> av.VideoStream:
    stream = output.add_stream("libx264", rate=rate)
    stream.width, stream.height = width - width % 2, height - height % 2
    stream.pix_fmt = "yuv420p"
    stream.options = {"preset": "ultrafast", "crf": "23"}
    if rotation:
        stream.set_display_rotation(rotation)
    return stream


def _encode(output: av.container.OutputContainer, stream: av.VideoStream, pixels: Frame) -> None:
    pixels = pixels[: stream.height, : stream.width]
    frame = av.VideoFrame.from_ndarray(np.ascontiguousarray(pixels), format="rgb24")
    output.mux(stream.encode(frame))


def slideshow(
    photos: list[Path],
    target: Path,
    *,
    seconds: float,
    fps: int = 10,
    size: tuple[int, int] = (320, 240),
    timestamps: list[float] | None = None,
) -> Path:
    """A video showing the photos in turn (one per second), at ``fps`` or at given times."""
    pictures = [np.asarray(Image.open(p).convert("RGB").resize(size)) for p in photos]
    times = timestamps if timestamps is not None else [i / fps for i in range(int(seconds * fps))]
    with av.open(str(target), "w") as output:
        stream = _video_stream(output, size[0], size[1], Fraction(fps), 0)
        stream.codec_context.time_base = Fraction(1, 1000)
        for time in times:
            picture = pictures[int(time) % len(pictures)]
            frame = av.VideoFrame.from_ndarray(picture, format="rgb24")
            frame.pts = int(time * 1000)
            frame.time_base = Fraction(1, 1000)
            output.mux(stream.encode(frame))
        output.mux(stream.encode())
    return target


def panning(
    photos: list[Path],
    target: Path,
    *,
    seconds: float,
    fps: int = 30,
    size: tuple[int, int] = (1280, 720),
) -> Path:
    """A phone-like video at a true ``fps``: a slow pan (every frame differs) across the
    photos in turn, four seconds each."""
    width, height = size
    pictures = [np.asarray(Image.open(p).convert("RGB").resize(size)) for p in photos]
    with av.open(str(target), "w") as output:
        stream = _video_stream(output, width, height, Fraction(fps), 0)
        for index in range(round(seconds * fps)):
            picture = pictures[(index // (4 * fps)) % len(pictures)]
            _encode(output, stream, np.roll(picture, -((index * 7) % width), axis=1))
        output.mux(stream.encode())
    return target


def audio_only(target: Path, seconds: float = 2.0) -> Path:
    """An MP4 holding only a sine tone."""
    with av.open(str(target), "w") as output:
        stream = output.add_stream("aac", rate=44100)
        samples = np.sin(np.linspace(0, 440 * 2 * np.pi * seconds, int(44100 * seconds))).astype(
            np.float32
        )
        for start in range(0, len(samples) - 1024, 1024):
            frame = av.AudioFrame.from_ndarray(
                samples[None, start : start + 1024], format="flt", layout="mono"
            )
            frame.sample_rate = 44100
            output.mux(stream.encode(frame))
        output.mux(stream.encode())
    return target


def with_logo(pixels: Frame) -> Frame:
    """A small, half-transparent white 'logo' in the top-left corner, as a site might add.

    (An opaque box of that size already moves PDQ past its threshold on some frames: PDQ,
    and so vPDQ, is not made for overlays; the scanner's second stage handles those.)
    """
    edited = pixels.astype(np.float32)
    height, width = edited.shape[:2]
    top, left = height // 20, width // 20
    box = edited[top : top + height // 20, left : left + width // 10]
    box[:] = box * 0.5 + 255 * 0.5
    return edited.astype(np.uint8)


#: The bad videos ``bad_videos`` makes, and the error code each must get.
BAD_VIDEO_CODES = {
    "2-truncated.mp4": "damaged-video",
    "3-song.mp4": "no-video-track",
    "4-strange-codec.mp4": "unsupported-video",
    "5-shopping-list.mp4": "not-an-image",
}


def bad_videos(sample: Path, folder: Path) -> dict[str, Path]:
    """Hostile files among a good one, named so a folder lists them in order: the good
    ``sample`` copied, a download cut short, audio only, an unknown codec, a renamed text."""
    data = sample.read_bytes()
    made = {"1-good.mp4": data, "2-truncated.mp4": data[:5000]}
    made["4-strange-codec.mp4"] = data.replace(b"avc1", b"zz99")
    made["5-shopping-list.mp4"] = b"milk, bread, eggs - not a video\n"
    paths = {}
    for name, content in made.items():
        (folder / name).write_bytes(content)
        paths[name] = folder / name
    paths["3-song.mp4"] = audio_only(folder / "3-song.mp4")
    return dict(sorted(paths.items()))
