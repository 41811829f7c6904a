"""Safe opening of pictures: identify by content, refuse bombs, decode small, orient, convert.

Every picture StillMine reads goes through ``decode_image``. It

* identifies the format from the bytes (a PNG named ``.jpg`` simply works);
* refuses files that declare more pixels than a camera makes, before decoding anything
  (decompression bombs), with the size in the message;
* decodes JPEGs with DCT scaling ("draft" mode) at the smallest scale that still gives PDQ
  at least ``HASH_SIDE`` pixels a side, straight to their luminance plane (PDQ and pHash use
  nothing else), and shrinks other formats to the same intermediate size, as Meta's C++
  reference hasher does before its Jarosz filter;
* applies the EXIF orientation, and keeps the pixels as stored too when the orientation
  changes them (StopNCII's browser hasher ignores orientation);
* converts every Pillow mode to 8-bit RGB by one rule (below);
* hashes the first frame of animations and reports the frame count;
* reads privacy findings (hidden data after the picture included) on the way.

The colour rule: transparency is ignored, so every pixel is hashed with the colour stored
under it, the way Meta's reference hashers and StopNCII's browser hasher read transparent
pictures (so StillMine's fingerprints agree with theirs). 16- and 32-bit integer pictures
are scaled to 8 bits by their bit depth, floating-point ones from 0..1 (or clipped to
0..255 when they use that range), and every other mode goes through Pillow's conversion.

Decoded pixels stay in memory; nothing here writes to disk.
"""

import functools
import io
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import numpy as np
import numpy.typing as npt
from PIL import ExifTags, Image

from app.core.containers import Structure, is_padding, jpeg_structure, png_structure
from app.core.errors import UserError
from app.core.privacy import PrivacyFinding, read_findings, trailing_data_finding
from app.core.sniff import SNIFF_BYTES, ImageFormat, promised_kind, sniff

#: The largest picture StillMine opens, in declared pixels (a 200-megapixel phone fits).
MAX_DECLARED_PIXELS: Final = 250_000_000
#: The most pixels StillMine decodes at once (JPEGs are first scaled down while decoding).
MAX_DECODED_PIXELS: Final = 100_000_000
#: The largest picture file read into memory.
MAX_IMAGE_FILE_BYTES: Final = 512 * 2**20
#: The fast path hashes an intermediate image with every side in [HASH_SIDE, 2 * HASH_SIDE).
HASH_SIDE: Final = 512

_PILLOW_FORMATS: Final[dict[ImageFormat, list[str]]] = {
    ImageFormat.JPEG: ["JPEG", "MPO"],
    ImageFormat.PNG: ["PNG"],
    ImageFormat.WEBP: ["WEBP"],
    ImageFormat.GIF: ["GIF"],
    ImageFormat.BMP: ["BMP", "DIB"],
    ImageFormat.TIFF: ["TIFF"],
    ImageFormat.HEIF: ["HEIF"],
    ImageFormat.AVIF: ["AVIF"],
}

# EXIF orientation -> the transpose that shows the picture upright (as ImageOps.exif_transpose).
_ORIENTATION_TRANSPOSE: Final[dict[int, Image.Transpose]] = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}

DAMAGED_METADATA_WARNING: Final = (
    "The photo's hidden information (EXIF) is damaged and was ignored; the picture itself "
    "was read normally."
)


class NotAnImage(UserError):
    """The file is not a picture StillMine can read."""

    code = "not-an-image"


class DamagedImage(UserError):
    """The file looks like a picture but cannot be decoded."""

    code = "damaged-image"


class TruncatedImage(UserError):
    """The file ends before the picture does."""

    code = "truncated-image"


class ImageTooLarge(UserError):
    """The picture has more pixels than StillMine will decode (a decompression bomb guard)."""

    code = "image-too-large"


class UnsupportedImage(UserError):
    """The picture uses a colour format StillMine cannot convert."""

    code = "unsupported-image"


@dataclass(frozen=True, slots=True)
class DecodedImage:
    """A picture decoded for hashing. It lives in memory only and is never written anywhere.

    Attributes:
        pixels: upright (EXIF orientation applied), 8-bit RGB or, on the fast path when the
            file holds a greyscale or JPEG luminance plane, 8-bit greyscale ("L"); possibly
            scaled down.
        stored_pixels: the same pixels as stored in the file, when the orientation changes
            them; None otherwise.
        format: the format found in the file's content.
        width: full width in pixels, upright.
        height: full height in pixels, upright.
        frame_count: frames in an animation or pages in a multi-page file (1 for a still).
        orientation: the EXIF orientation applied (1 when none or invalid).
        privacy: identifying information found in the file.
        warnings: plain-language notes about damage that did not stop the decoding.
    """

    pixels: Image.Image
    stored_pixels: Image.Image | None
    format: ImageFormat
    width: int
    height: int
    frame_count: int
    orientation: int
    privacy: tuple[PrivacyFinding, ...]
    warnings: tuple[str, ...]


def decode_image(
    data: bytes, name: str, *, full_size: bool = False, findings: bool = True
) -> DecodedImage:
    """Decode a picture's first frame for hashing.

    Args:
        data: the whole file.
        name: the file's name, used in messages.
        full_size: decode every pixel to RGB (the conformance mode that reproduces the
            reference hashes exactly); by default the fast, scaled-down path is used.
        findings: look for privacy findings (a scan of found files does not need them).

    Raises:
        UserError: a subclass that names the file and says what is wrong with it.
    """
    image_format = _identify(data, name)
    with _decoding_errors(name, image_format) as complaints:
        image = Image.open(io.BytesIO(data), formats=_PILLOW_FORMATS[image_format])
        declared_size = image.size
        _check_declared_size(image, name)
        frame_count = _frame_count(image)
        exif = _read_exif(image)
        orientation = _orientation(image, exif)
        privacy = read_findings(image, exif) if findings else []
        structure = _structure(data, image) if findings else Structure(None)
        if not full_size and image_format is ImageFormat.JPEG:
            image.draft("L", (HASH_SIDE, HASH_SIDE))
        _check_decoded_size(image, name)
        image.load()
        stored = to_rgb(image) if full_size or image.mode != "L" else image
    damaged = _metadata_damaged(image_format, exif, complaints)
    notes = [DAMAGED_METADATA_WARNING] if damaged else []
    if not full_size:
        stored = _shrink_for_hashing(stored)
    trailing = structure.trailing_bytes(len(data))
    if trailing and not is_padding(data[len(data) - trailing :]):
        privacy.append(trailing_data_finding(trailing))
    transpose = _ORIENTATION_TRANSPOSE.get(orientation)
    upright = stored.transpose(transpose) if transpose is not None else stored
    width, height = image_size_upright(declared_size, orientation)
    return DecodedImage(
        pixels=upright,
        stored_pixels=stored if transpose is not None else None,
        format=image_format,
        width=width,
        height=height,
        frame_count=frame_count,
        orientation=orientation,
        privacy=tuple(privacy),
        warnings=tuple(notes),
    )


def _identify(data: bytes, name: str) -> ImageFormat:
    sniffed = sniff(data[:SNIFF_BYTES])
    if sniffed.image_format is not None:
        return sniffed.image_format
    if sniffed.description:
        what = promised_kind(name)
        raise NotAnImage(f"“{name}” is not {what}: it looks like {sniffed.description}.")
    raise NotAnImage(
        f"“{name}” is not a picture StillMine can read. It reads JPEG, PNG, WebP, GIF, BMP, "
        "TIFF, HEIC/HEIF and AVIF pictures."
    )


@contextmanager
def _decoding_errors(
    name: str, image_format: ImageFormat
) -> Iterator[list[warnings.WarningMessage]]:
    """Turn anything Pillow raises while reading an untrusted file into a plain ``UserError``.

    Pillow's warnings (damaged EXIF, palette transparency ...) are about the file, not about
    StillMine: they are collected in the yielded list instead of being printed.
    """
    _configure_pillow()
    label = image_format.value.upper()
    with warnings.catch_warnings(record=True) as complaints:
        warnings.simplefilter("always")
        try:
            yield complaints
        except UserError:
            raise
        except MemoryError:
            raise ImageTooLarge(
                f"There is not enough free memory to open “{name}”. Close other programs and "
                "try again."
            ) from None
        except Exception as exc:  # noqa: BLE001 - decoders of untrusted files fail in many ways
            if _is_truncation(exc):
                raise TruncatedImage(
                    f"“{name}” is incomplete: the file ends before the picture does. It may "
                    "not have finished downloading or copying."
                ) from None
            raise _damaged(name, label) from None


def _damaged(name: str, label: str) -> DamagedImage:
    return DamagedImage(
        f"“{name}” looks like a {label} picture, but its contents cannot be read: the file "
        "is probably damaged."
    )


def _is_truncation(exc: BaseException) -> bool:
    text = str(exc).lower()
    return isinstance(exc, EOFError) or "truncated" in text or "premature end" in text


@functools.cache
def _configure_pillow() -> None:
    # StillMine checks every picture's size itself, right after opening it and before any
    # decoding (_check_declared_size), with a limit that admits 200-megapixel phone photos
    # and a message that names the size; Pillow's own, lower check would refuse those.
    Image.MAX_IMAGE_PIXELS = None
    from pillow_heif import register_heif_opener

    register_heif_opener()


def _check_declared_size(image: Image.Image, name: str) -> None:
    width, height = image.size
    if width <= 0 or height <= 0:
        raise DamagedImage(f"“{name}” says it has no pixels at all: the file is damaged.")
    if width * height > MAX_DECLARED_PIXELS:
        raise ImageTooLarge(
            f"“{name}” says it is {width:,} × {height:,} pixels "
            f"({width * height / 1e6:,.0f} megapixels). StillMine does not open pictures "
            f"larger than {MAX_DECLARED_PIXELS / 1e6:,.0f} megapixels, to protect your "
            "computer from files made to exhaust its memory."
        )


def _check_decoded_size(image: Image.Image, name: str) -> None:
    width, height = image.size
    if width * height > MAX_DECODED_PIXELS:
        raise ImageTooLarge(
            f"“{name}” is {width:,} × {height:,} pixels ({width * height / 1e6:,.0f} "
            f"megapixels). StillMine can only read {image.format or 'such'} pictures up to "
            f"{MAX_DECODED_PIXELS / 1e6:,.0f} megapixels; save it smaller and add it again."
        )


def _frame_count(image: Image.Image) -> int:
    try:
        return max(1, int(getattr(image, "n_frames", 1)))
    except Exception:  # noqa: BLE001 - a damaged animation still has its first frame
        return 1


def _read_exif(image: Image.Image) -> Image.Exif | None:
    try:
        exif = image.getexif()
        # Read the sub-directories now, so damage there is found here and not later.
        for ifd in (ExifTags.IFD.Exif, ExifTags.IFD.GPSInfo):
            exif.get_ifd(ifd)
    except Exception:  # noqa: BLE001 - damaged metadata must not stop the picture
        return None
    return exif


def _metadata_damaged(
    image_format: ImageFormat,
    exif: Image.Exif | None,
    complaints: list[warnings.WarningMessage],
) -> bool:
    if exif is None:
        return True
    if image_format is ImageFormat.TIFF:
        return False  # a TIFF's own tags are the picture's structure, not added metadata
    # Pillow parses EXIF in its TIFF plugin and only warns about damage it skips over.
    return any(Path(complaint.filename).name == "TiffImagePlugin.py" for complaint in complaints)


def _orientation(image: Image.Image, exif: Image.Exif | None) -> int:
    # HEIF decoders already turn the picture upright, as every HEIF reader does.
    if exif is None or image.format == "HEIF":
        return 1
    value = exif.get(ExifTags.Base.Orientation)
    return value if isinstance(value, int) and value in _ORIENTATION_TRANSPOSE else 1


def image_size_upright(size: tuple[int, int], orientation: int) -> tuple[int, int]:
    """The picture's width and height once its EXIF orientation is applied."""
    width, height = size
    return (height, width) if orientation in (5, 6, 7, 8) else (width, height)


def _structure(data: bytes, image: Image.Image) -> Structure:
    # Multi-picture JPEGs (MPO) legitimately hold more pictures after the first one.
    if image.format == "JPEG":
        return jpeg_structure(data)
    if image.format == "PNG":
        return png_structure(data)
    return Structure(None)


def to_rgb(image: Image.Image) -> Image.Image:
    """Convert any Pillow mode to 8-bit RGB by the rule in this module's docstring."""
    mode = image.mode
    if mode == "RGB":
        return image
    if mode.startswith("I;16") or mode == "I":
        return _integer_to_rgb(image)
    if mode == "F":
        return _float_to_rgb(image)
    if mode in ("La", "RGBa"):
        # Premultiplied alpha: undo it first, so colours are the stored ones.
        image = image.convert(mode.upper())
    try:
        return image.convert("RGB")
    except (ValueError, OSError) as exc:
        raise UnsupportedImage(
            f"This picture uses a colour format StillMine cannot read ({image.mode})."
        ) from exc


def _integer_to_rgb(image: Image.Image) -> Image.Image:
    values = np.asarray(image).astype(np.int64)
    peak = int(values.max()) if values.size else 0
    if peak > 255:
        # 16-bit data (peak <= 65535) scales by its bit depth; wider data by its own peak.
        full_scale = 65535 if peak <= 65535 else peak
        values = np.clip(values, 0, full_scale) * 255 // full_scale
    return _grey_array_to_rgb(values)


def _float_to_rgb(image: Image.Image) -> Image.Image:
    values = np.nan_to_num(np.asarray(image, dtype=np.float64), nan=0.0, posinf=255.0, neginf=0.0)
    if values.size and values.min() >= 0.0 and values.max() <= 1.0:
        values = values * 255.0
    return _grey_array_to_rgb(np.rint(values))


def _grey_array_to_rgb(values: npt.NDArray[Any]) -> Image.Image:
    grey = np.clip(values, 0, 255).astype(np.uint8)
    return Image.fromarray(grey, mode="L").convert("RGB")


def _shrink_for_hashing(image: Image.Image) -> Image.Image:
    # Integer box reduction per axis keeps the sample grid aligned, which measured closest to
    # the full-size hash (and to the reference implementations) of the shrinking methods.
    factor_x = max(1, image.width // HASH_SIDE)
    factor_y = max(1, image.height // HASH_SIDE)
    if factor_x == 1 and factor_y == 1:
        return image
    return image.reduce((factor_x, factor_y))
