"""PDQ with numpy: the reference algorithm's arithmetic, arranged so it costs almost nothing.

Meta's reference C++ (which ``pdqhash`` wraps) blurs the whole picture with two passes of a
box filter along each axis (the Jarosz filter), then keeps 64 x 64 samples of the result.
Both steps are linear, so the 64 x 64 samples equal ``R @ luma @ C.T`` for two sparse weight
matrices that depend only on the picture's size. Each sample needs only the few input rows
and columns under its filter window, so the whole downsampling costs a gather and two small
weighted sums instead of four passes over every pixel. The quality metric, the 64 -> 16 DCT,
the eight dihedral variants and the median threshold follow the C++ code line for line
(``pdq/cpp/hashing/pdqhashing.cpp`` and ``downscaling.cpp`` in facebook/ThreatExchange).

Results equal ``pdqhash``'s for the same pixels except, rarely, a bit or two whose DCT
coefficient lies within float rounding of the median (tests/core/test_pdq_fast.py measures
it). ``pdqhash`` itself stays the reference: the full-size conformance mode uses it.
"""

import functools
import math
from typing import Any, Final

import numpy as np
import numpy.typing as npt

_BUFFER: Final = 64
_DCT: Final = 16
_MIN_HASHABLE_DIM: Final = 5
_LUMA_COEFFICIENTS: Final = (0.299, 0.587, 0.114)

FloatArray = npt.NDArray[np.float32]


def _dct_matrix() -> FloatArray:
    # Rows 1..16 of the 64-point DCT-II (the DC row is left out), as in dct_matrix_64.
    rows = np.arange(1, _DCT + 1, dtype=np.float64)[:, None]
    cols = np.arange(_BUFFER, dtype=np.float64)[None, :]
    scale = math.sqrt(2.0 / _BUFFER)
    return (scale * np.cos((math.pi / 2.0 / _BUFFER) * rows * (2 * cols + 1))).astype(np.float32)


#: Rows 1..16 of the 64-point DCT-II: PDQ's 64 x 64 -> 16 x 16 transform.
DCT_MATRIX: Final = _dct_matrix()


@functools.lru_cache(maxsize=512)
def _axis_weights(length: int) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.float64]]:
    """Input indices and weights of the 64 samples along one axis of ``length`` pixels.

    Returns two (64, K) arrays: sample ``i`` is ``sum(weights[i] * line[indices[i]])`` for a
    line of the picture, reproducing two passes of ``box1DFloat`` followed by
    ``decimateFloat``.
    """
    window = (length + 2 * _BUFFER - 1) // (2 * _BUFFER)
    half = (window + 2) // 2
    positions = np.arange(length)
    # box1DFloat: output o is the mean of input[max(0, o - window + half) : min(n, o + half)].
    starts = np.maximum(0, positions - window + half)
    ends = np.minimum(length, positions + half)
    counts = (ends - starts).astype(np.float64)
    # decimateFloat samples the centre of each of the 64 cells (C truncation of a double).
    samples = ((np.arange(_BUFFER) + 0.5) * length / _BUFFER).astype(np.intp)
    # The first pass's window of each sample: the outputs ("middles") it averages, row by
    # row. Each middle spreads its share over its own window in the second pass, written
    # as +share at the window's start and -share at its end, summed up below.
    spans = ends[samples] - starts[samples]
    rows = np.repeat(np.arange(_BUFFER), spans)
    middles = np.arange(len(rows)) + np.repeat(starts[samples] - (np.cumsum(spans) - spans), spans)
    shares = (1.0 / counts[samples])[rows] / counts[middles]
    dense = np.zeros((_BUFFER, length + 1))
    # Start and end entries interleaved, middle after middle: every cell receives its
    # additions in the order of a loop over the middles, so the sums are bit for bit those
    # of the C++ code's arithmetic as before.
    edges = np.stack([starts[middles], ends[middles]], axis=1).ravel()
    np.add.at(dense, (np.repeat(rows, 2), edges), np.stack([shares, -shares], axis=1).ravel())
    dense = np.cumsum(dense, axis=1)[:, :length]
    # A sample's weights cover the first middle's window to the last one's, without gaps.
    first, last = starts[starts[samples]], ends[ends[samples] - 1]
    offsets = np.arange(int((last - first).max()))[None, :]
    inside = offsets < (last - first)[:, None]
    columns = np.minimum(first[:, None] + offsets, length - 1)
    indices = np.where(inside, columns, 0).astype(np.intp)
    weights = np.where(inside, np.take_along_axis(dense, columns, axis=1), 0.0)
    return indices, weights


Luma = npt.NDArray[Any]  # 2-D, uint8 or float


def luma_from_rgb(rgb: npt.NDArray[np.uint8]) -> FloatArray:
    """PDQ's luminance of an RGB array, computed as ``pdqhash`` does."""
    red, green, blue = _LUMA_COEFFICIENTS
    luma = rgb[:, :, 0] * red + rgb[:, :, 1] * green + rgb[:, :, 2] * blue
    return np.asarray(luma, dtype=np.float32)


def _downsample(luma: Luma) -> FloatArray:
    row_indices, row_weights = _axis_weights(luma.shape[0])
    col_indices, col_weights = _axis_weights(luma.shape[1])
    # Rows first: (64, K, cols) gathered, weighted and summed to (64, cols). Gathering whole
    # rows copies contiguous memory, which measured 1.5 times faster than columns first.
    by_rows = np.einsum("sk,skc->sc", row_weights, luma[row_indices])
    # Then columns: (64, 64, K) gathered, weighted and summed to (64, 64).
    buffer = np.einsum("rsk,sk->rs", by_rows[:, col_indices], col_weights)
    return np.asarray(buffer, dtype=np.float32)


def quality_of_buffer(buffer: FloatArray) -> int:
    """PDQ's quality (0-100) of a 64 x 64 downsampled buffer."""
    # pdqImageDomainQualityMetric: truncated percent gradients, summed, divided by 90.
    hundred, scale = np.float32(100), np.float32(255)
    vertical = np.trunc(((buffer[:-1, :] - buffer[1:, :]) * hundred) / scale)
    horizontal = np.trunc(((buffer[:, :-1] - buffer[:, 1:]) * hundred) / scale)
    gradient_sum = int(np.abs(vertical).sum() + np.abs(horizontal).sum())
    return min(100, gradient_sum // 90)


def _bits_to_hex(dct: FloatArray) -> str:
    # torben() returns the lower median: the 128th smallest of the 256 coefficients.
    flat = dct.reshape(-1)
    median = np.partition(flat, (flat.size - 1) // 2)[(flat.size - 1) // 2]
    bits = (flat > median).astype(np.uint8)
    # Bit k = 16 i + j; the hex shows bit 255 first, as pdqhash and threatexchange do.
    return np.packbits(bits[::-1]).tobytes().hex()


@functools.cache
def _dihedral_signs(size: int) -> tuple[FloatArray, FloatArray, FloatArray]:
    # The dihedral variants of the DCT (dct16OriginalTo* in the C++) are sign patterns on
    # rows (i) and columns (j), and a transposition. They hold for any top-left sub-block.
    odd = (np.arange(size) % 2).astype(bool)
    j_odd = np.where(odd[None, :], 1.0, -1.0).astype(np.float32)  # + when j is odd
    i_odd = np.where(odd[:, None], 1.0, -1.0).astype(np.float32)  # + when i is odd
    even_sum = np.where((odd[:, None] ^ odd[None, :]), -1.0, 1.0).astype(np.float32)
    return j_odd, i_odd, even_sum


def dihedral_block(dct: npt.NDArray[Any], variant: int) -> npt.NDArray[Any]:
    """One dihedral variant (``Pdq.DIHEDRAL_NAMES`` order) of square DCT blocks.

    ``dct`` holds PDQ's 16 x 16 blocks in its last two axes, or their top-left
    (lowest-frequency) corners.
    """
    j_odd, i_odd, even_sum = _dihedral_signs(dct.shape[-1])
    # (sign pattern, transposed) per variant: rotate90 is B[j][i] = A[i][j] negated for even
    # j; rotate270 negates even i; the flips follow dct16OriginalTo*.
    sign, transposed = (
        (None, False),  # original
        (j_odd, True),  # rotate90
        (even_sum, False),  # rotate180
        (i_odd, True),  # rotate270
        (i_odd, False),  # flipx
        (j_odd, False),  # flipy
        (None, True),  # flipplus1
        (even_sum, True),  # flipminus1
    )[variant]
    signed = dct if sign is None else dct * sign
    return np.swapaxes(signed, -1, -2) if transposed else signed


def dihedral_blocks(dct: npt.NDArray[Any]) -> tuple[npt.NDArray[Any], ...]:
    """All eight dihedral variants of square DCT blocks (see ``dihedral_block``)."""
    return tuple(dihedral_block(dct, variant) for variant in range(8))


def block_sums(luma: npt.NDArray[np.uint8], factor: int) -> npt.NDArray[np.uint16]:
    """Sums of ``factor`` x ``factor`` blocks of an 8-bit plane (a ragged edge is dropped).

    Strided additions, one per position in the block: a few passes over the plane in C,
    where a reshaped ``mean`` would convert every pixel to floating point first.
    """
    if not 1 <= factor <= 16:  # 16 x 16 x 255 is the most a uint16 holds
        raise ValueError(f"block factor {factor} is outside 1..16")
    rows, cols = (luma.shape[0] // factor) * factor, (luma.shape[1] // factor) * factor
    sums = np.zeros((rows // factor, cols // factor), dtype=np.uint16)
    for row in range(factor):
        for col in range(factor):
            sums += luma[row:rows:factor, col:cols:factor]
    return sums


def _dct_and_quality(luma: Luma, scale: float = 1.0) -> tuple[FloatArray, int] | None:
    rows, cols = luma.shape
    if rows < _MIN_HASHABLE_DIM or cols < _MIN_HASHABLE_DIM:
        return None
    buffer = _downsample(luma)
    if scale != 1.0:
        buffer *= np.float32(scale)
    dct = (DCT_MATRIX @ buffer @ DCT_MATRIX.T).astype(np.float32)
    return dct, quality_of_buffer(buffer)


_EMPTY_HASH: Final = "0" * 64


def pdq_from_luma(luma: Luma, scale: float = 1.0) -> tuple[str, int]:
    """PDQ hash (hex) and quality of a 2-D luminance array (uint8 or float).

    ``scale`` brings the values to 0-255 (``1 / factor**2`` for ``block_sums``): the hash
    does not depend on it, the quality does.
    """
    result = _dct_and_quality(luma, scale)
    if result is None:
        return _EMPTY_HASH, 0
    dct, quality = result
    return _bits_to_hex(dct), quality


def pdq_dihedral_from_luma(luma: Luma) -> tuple[tuple[str, ...], int]:
    """The eight dihedral PDQ hashes (Pdq.DIHEDRAL_NAMES order) and the quality."""
    result = _dct_and_quality(luma)
    if result is None:
        return (_EMPTY_HASH,) * 8, 0
    dct, quality = result
    return tuple(_bits_to_hex(block) for block in dihedral_blocks(dct)), quality
