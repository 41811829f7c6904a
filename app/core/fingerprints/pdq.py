"""PDQ: Meta's 256-bit perceptual hash, through ``pdqhash`` (the reference C++ code).

PDQ is what StopNCII, Take It Down's partners and hash banks such as HMA match images with:
two pictures are the same when their hashes differ in at most 31 of 256 bits. Each hash has
a quality from 0 to 100; below 50 the picture is too plain (one colour, tiny) for the hash to
mean anything, and it must not be used for matching.
"""

from typing import ClassVar

import numpy as np
import pdqhash
from PIL import Image

from app.core.fingerprints.base import HashAlgorithm


class Pdq(HashAlgorithm):
    """The PDQ plugin: 256 bits, a match at distance 31 or less, quality gate at 50."""

    NAME: ClassVar[str] = "pdq"
    LABEL: ClassVar[str] = "PDQ"
    BITS: ClassVar[int] = 256
    MATCH_DISTANCE: ClassVar[int] = 31
    MIN_QUALITY: ClassVar[int] = 50
    #: The order of ``pdqhash.compute_dihedral``'s eight variants.
    DIHEDRAL_NAMES: ClassVar[tuple[str, ...]] = (
        "original",
        "rotate90",
        "rotate180",
        "rotate270",
        "flipx",
        "flipy",
        "flipplus1",
        "flipminus1",
    )

    @classmethod
    def usable(cls, quality: int) -> bool:
        """Whether a hash of this quality may be used for matching."""
        return quality >= cls.MIN_QUALITY


def _bits_to_hex(bits: np.ndarray) -> str:
    # pdqhash returns the 256 bits most significant first, as threatexchange reads them.
    return np.packbits(bits.astype(np.uint8)).tobytes().hex()


def pdq_hash(pixels: Image.Image) -> tuple[str, int]:
    """PDQ hash (hex) and quality of an RGB picture."""
    bits, quality = pdqhash.compute(np.asarray(pixels))
    return _bits_to_hex(bits), int(quality)


def pdq_dihedral(pixels: Image.Image) -> tuple[tuple[str, ...], int]:
    """The eight dihedral PDQ hashes (``Pdq.DIHEDRAL_NAMES`` order) and the quality.

    The first is the picture's own hash; the others are derived from the same DCT, so they
    cost almost nothing and let a rotated or mirrored copy be recognised.
    """
    variants, quality = pdqhash.compute_dihedral(np.asarray(pixels))
    return tuple(_bits_to_hex(bits) for bits in variants), int(quality)
