"""pHash: the classic 64-bit DCT perceptual hash, through ``imagehash``.

A second, independent perceptual fingerprint beside PDQ, used by local matching to confirm
near matches.
"""

from typing import ClassVar

import imagehash
from PIL import Image

from app.core.fingerprints.base import HashAlgorithm


class PHash(HashAlgorithm):
    """The pHash plugin: 64 bits; a match at distance 8 or less (imagehash's usual cut-off)."""

    NAME: ClassVar[str] = "phash"
    LABEL: ClassVar[str] = "pHash"
    BITS: ClassVar[int] = 64
    MATCH_DISTANCE: ClassVar[int] = 8


def phash(pixels: Image.Image) -> str:
    """pHash of a picture as 16 lowercase hex characters."""
    return str(imagehash.phash(pixels))
