"""PDQ: Meta's 256-bit perceptual hash.

PDQ is what StopNCII, Take It Down's partners and hash banks such as HMA match images with:
two pictures are the same when their hashes differ in at most 31 of 256 bits. Each hash has
a quality from 0 to 100; below 50 the picture is too plain (one colour, tiny) for the hash to
mean anything, and it must not be used for matching.

Two implementations give the same values: ``pdqhash`` (the binding of Meta's reference C++,
used by the full-size conformance mode) and ``pdq_fast`` (the same arithmetic in numpy, about
eight times faster, used for everyday fingerprinting).
"""

from typing import ClassVar

import numpy as np
import pdqhash
from PIL import Image

from app.core.fingerprints.base import HashAlgorithm
from app.core.fingerprints.pdq_fast import luma_from_rgb, pdq_dihedral_from_luma, pdq_from_luma


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


def pdq_luma(pixels: Image.Image) -> np.ndarray:
    """PDQ's luminance of an RGB or greyscale picture, for hashing several regions of it
    (``pdq_dihedral_of_region``) without converting the picture again for each."""
    array = np.asarray(pixels)
    # A greyscale picture's values are its luminance (0.299 + 0.587 + 0.114 = 1).
    return array if pixels.mode == "L" else luma_from_rgb(array)


def grey_luma(pixels: Image.Image) -> np.ndarray:
    """The picture's luminance as Pillow's greyscale conversion makes it: the same weights
    as PDQ's, rounded to whole levels, and about ten times faster than ``pdq_luma`` on a
    large colour picture. For files being scanned, whose hashes only need to come within
    PDQ's match distance, not to reproduce the reference bit for bit."""
    return np.asarray(pixels if pixels.mode == "L" else pixels.convert("L"))


def pdq_hash(pixels: Image.Image) -> tuple[str, int]:
    """PDQ hash (hex) and quality of an RGB or greyscale picture."""
    return pdq_from_luma(pdq_luma(pixels))


def pdq_dihedral(pixels: Image.Image) -> tuple[tuple[str, ...], int]:
    """The eight dihedral PDQ hashes (``Pdq.DIHEDRAL_NAMES`` order) and the quality.

    The first is the picture's own hash; the others are derived from the same DCT, so they
    cost almost nothing and let a rotated or mirrored copy be recognised.
    """
    return pdq_dihedral_from_luma(pdq_luma(pixels))


def pdq_dihedral_of_region(
    luma: np.ndarray, box: tuple[int, int, int, int]
) -> tuple[tuple[str, ...], int]:
    """``pdq_dihedral`` of the (left, top, right, bottom) ``box`` of a ``pdq_luma`` array."""
    left, top, right, bottom = box
    return pdq_dihedral_from_luma(luma[top:bottom, left:right])


def reference_pdq_dihedral(pixels: Image.Image) -> tuple[tuple[str, ...], int]:
    """``pdq_dihedral`` computed by ``pdqhash``, Meta's reference C++ code."""
    variants, quality = pdqhash.compute_dihedral(np.asarray(pixels.convert("RGB")))
    return tuple(_reference_bits_to_hex(bits) for bits in variants), int(quality)


def reference_pdq_hash(pixels: Image.Image) -> tuple[str, int]:
    """``pdq_hash`` computed by ``pdqhash``, Meta's reference C++ code."""
    bits, quality = pdqhash.compute(np.asarray(pixels.convert("RGB")))
    return _reference_bits_to_hex(bits), int(quality)


def _reference_bits_to_hex(bits: np.ndarray) -> str:
    # pdqhash returns the 256 bits most significant first, as threatexchange reads them.
    return np.packbits(bits.astype(np.uint8)).tobytes().hex()
