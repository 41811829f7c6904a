"""Small previews of the user's own pictures, made in memory and blurred unless revealed.

The review screen shows a picture only when the user asks to see it: by default a preview is
blurred beyond recognition, and for content of someone under 18 (or when the user is not
sure) no preview is made at all. Pictures are decoded through ``app.core.media`` (content
sniffing, size limits, EXIF orientation). Nothing here writes anything anywhere: the preview
is a Pillow image in memory, and the caller turns it into pixels on screen.

Only files that were fingerprinted successfully (so their decoder already survived them in a
worker process) are previewed, which is why decoding here runs in the app's own process.
"""

from typing import Final

from PIL import Image, ImageFilter

from app.core.errors import BugError
from app.core.files import display_name, read_file
from app.core.media import MAX_IMAGE_FILE_BYTES, decode_image
from app.core.vault.models import AgeInContent

#: The longest side of a preview, in pixels.
PREVIEW_SIDE: Final = 256
# Blurring: the picture is first reduced to a mosaic this many cells across its longest side,
# then smoothed, so no face, tattoo or room can be recognised however the blur is undone.
_MOSAIC_CELLS: Final = 12
_BLUR_FRACTION: Final = 0.04


class PreviewNotAllowed(BugError):
    """A preview was asked for content that must never be shown (someone under 18)."""


def preview_file(
    path: str, age: AgeInContent, *, blurred: bool = True, max_side: int = PREVIEW_SIDE
) -> Image.Image:
    """Read a picture and make its preview (see ``make_preview``).

    Raises:
        PreviewNotAllowed: the content shows, or may show, someone under 18.
        UserError: the file cannot be read or is not a picture.
    """
    _refuse_minors(age)
    data = read_file(path, MAX_IMAGE_FILE_BYTES)
    return make_preview(data, display_name(path), age, blurred=blurred, max_side=max_side)


def make_preview(
    data: bytes,
    name: str,
    age: AgeInContent,
    *,
    blurred: bool = True,
    max_side: int = PREVIEW_SIDE,
) -> Image.Image:
    """An upright RGB preview at most ``max_side`` pixels a side, blurred unless asked not to.

    Args:
        data: the picture file's bytes.
        name: its name, for messages.
        age: the user's answer about the age of the person in it.
        blurred: blur it beyond recognition (the default).
        max_side: the longest side of the preview.

    Raises:
        PreviewNotAllowed: ``age`` is under 18 or unsure; nothing is decoded.
        UserError: the bytes are not a picture StillMine can read.
    """
    _refuse_minors(age)
    picture = decode_image(data, name, full_size=True).pixels.convert("RGB")
    picture.thumbnail((max_side, max_side), Image.Resampling.LANCZOS, reducing_gap=3.0)
    return blur(picture) if blurred else picture


def blur(picture: Image.Image) -> Image.Image:
    """A copy of ``picture`` reduced to soft colour patches (same size, nothing recognisable)."""
    width, height = picture.size
    cell = max(1, max(width, height) // _MOSAIC_CELLS)
    mosaic = picture.resize(
        (max(1, width // cell), max(1, height // cell)), Image.Resampling.BOX
    ).resize((width, height), Image.Resampling.BILINEAR)
    radius = max(1.0, max(width, height) * _BLUR_FRACTION)
    return mosaic.filter(ImageFilter.GaussianBlur(radius))


def _refuse_minors(age: AgeInContent) -> None:
    if age.treated_as_minor:
        raise PreviewNotAllowed("no preview may be made of content that may show a minor")
