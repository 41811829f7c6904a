"""pHash: the classic 64-bit DCT perceptual hash, exactly as ``imagehash.phash`` computes it.

A second, independent perceptual fingerprint beside PDQ, used by local matching to confirm
near matches. The picture is turned grey, resized to 32 x 32 (Lanczos), its 2-D DCT-II
taken, and each of the 8 x 8 lowest frequencies compared with their median. ``imagehash``
does the DCT with SciPy; this module does the same sums with a small numpy matrix, which
keeps SciPy (and its start-up time and size) out of StillMine. tests/core/test_perceptual.py
checks it against ``imagehash`` bit for bit.
"""

import math
from typing import ClassVar, Final

import numpy as np
from PIL import Image

from app.core.fingerprints.base import HashAlgorithm

_HASH_SIDE: Final = 8
_IMAGE_SIDE: Final = 32
#: A box reduction to at least this many pixels a side before the 32 x 32 Lanczos resize
#: makes that resize cheap without changing what it sees.
_PRE_REDUCE_SIDE: Final = 128


class PHash(HashAlgorithm):
    """The pHash plugin: 64 bits; a match at distance 8 or less (imagehash's usual cut-off)."""

    NAME: ClassVar[str] = "phash"
    LABEL: ClassVar[str] = "pHash"
    BITS: ClassVar[int] = 64
    MATCH_DISTANCE: ClassVar[int] = 8


def _dct_rows() -> np.ndarray:
    # scipy.fftpack.dct, type II, unnormalised: y[k] = 2 sum_n x[n] cos(pi k (2n + 1) / 2N),
    # keeping only the lowest 8 frequencies.
    k = np.arange(_HASH_SIDE, dtype=np.float64)[:, None]
    n = np.arange(_IMAGE_SIDE, dtype=np.float64)[None, :]
    return 2.0 * np.cos(math.pi * k * (2 * n + 1) / (2 * _IMAGE_SIDE))


_DCT_ROWS: Final = _dct_rows()


def phash(pixels: Image.Image) -> str:
    """pHash of a picture as 16 lowercase hex characters."""
    factor = max(1, min(pixels.size) // _PRE_REDUCE_SIDE)
    if factor > 1:
        pixels = pixels.reduce(factor)
    small = pixels.convert("L").resize((_IMAGE_SIDE, _IMAGE_SIDE), Image.Resampling.LANCZOS)
    values = np.asarray(small, dtype=np.float64)
    low = _DCT_ROWS @ values @ _DCT_ROWS.T
    bits = (low > np.median(low)).astype(np.uint8).reshape(-1)
    return np.packbits(bits).tobytes().hex()
