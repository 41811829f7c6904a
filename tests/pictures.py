"""Make test pictures in memory from the real photographs (nothing binary is committed)."""

import io
from pathlib import Path
from typing import Any

from PIL import Image


def load_rgb(path: Path) -> Image.Image:
    """Open a photograph as RGB."""
    with Image.open(path) as image:
        return image.convert("RGB")


def encode(image: Image.Image, fmt: str, **options: Any) -> bytes:
    """Encode a picture into file bytes in memory."""
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def exif_with(**tags: Any) -> Image.Exif:
    """An EXIF block with the given tags (names from PIL.ExifTags.Base)."""
    from PIL import ExifTags

    exif = Image.Exif()
    for name, value in tags.items():
        exif[ExifTags.Base[name]] = value
    return exif
