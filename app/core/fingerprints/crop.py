"""A crop-tolerant fingerprint: PDQ of a picture's centre, found again by an alignment search.

PDQ describes the whole frame, so a copy cut by 5% on each side is ~90 of 256 bits away:
a plain match at 31 misses it. StillMine therefore keeps, for each of the user's pictures,
a second hash of the same kind over the picture's centre (the middle 75% of each side) plus
a 64-bit hash of that centre's lowest frequencies. A crop of up to 12% per side
leaves that centre inside the copy, only at an unknown place and scale. The search tries
where the original's edges could lie (``FINE_CROPS``, every 2% of the copy's size, for each
of the four edges), hashes the centre window under each hypothesis and keeps the closest.

It stays cheap because every step is linear until the final median: resampling a window to
64 x 64 and PDQ's 64 -> 16 DCT fold into one 16 x N matrix per axis and hypothesis, so
the DCT blocks of all hypotheses are two matrix products over a small working copy of the
picture. A coarse pass (low frequencies only, every rotation and mirror asked for, on a
grid that is sparser for a whole picture than for a box that may hold margin) runs on every
picture; the full search runs only for the user's pictures the coarse pass shortlists, and
only on the fine hypotheses around the few coarse ones that came closest
(``COARSE_PER_REFERENCE``).

The hash is StillMine's own: it is compared only with hashes StillMine computed the same
way, never sent to a matching service. It holds no more of the picture than PDQ does.
"""

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import numpy as np
import numpy.typing as npt
from PIL import Image

from app.core.fingerprints.pdq_fast import (
    DCT_MATRIX,
    dihedral_block,
    quality_of_buffer,
)
from app.core.matching import bits_set

#: Changes whenever the hashes this module computes would change.
CROP_VERSION: Final = 1
#: Side of the square working copy every window is cut from.
WORK_SIDE: Final = 128
#: The centre region, as fractions of the picture's width and height.
CENTRE: Final = (0.125, 0.875)
#: Where one edge of the original may lie, as a fraction of the copy's size cut from that
#: side: up to 12% cut off, or 2% of margin added (a photo found inside a screenshot).
FINE_CROPS: Final = (-0.02, 0.0, 0.02, 0.04, 0.06, 0.08, 0.10, 0.12)
#: The coarse pass's grid, halfway between fine points: no edge is more than 0.02 away.
COARSE_CROPS: Final = (-0.01, 0.03, 0.07, 0.11)
#: The coarse grid for a whole found picture. It has no margin around the original (a
#: plain border was trimmed by the stage before), so the edges lie in [0, 0.12]: three
#: points leave none more than 0.02 away, and the coarse pass tries 81 alignments per
#: rotation instead of 256.
WHOLE_PICTURE_COARSE_CROPS: Final = (0.02, 0.06, 0.10)
_FINE_STEP: Final = 0.02
_FINE_REACH: Final = 1.5  # fine steps either side of a coarse point
#: Coarse hashes at most this far apart (of 64 bits) go to the full search.
COARSE_SHORTLIST: Final = 12
#: The closest coarse hypotheses of a shortlisted reference that the full search looks around.
COARSE_PER_REFERENCE: Final = 6
#: The same rule as PDQ's: a match is 31 or fewer of 256 bits.
MATCH_DISTANCE: Final = 31
#: Every rotation and mirror (``Pdq.DIHEDRAL_NAMES`` order).
ALL_VARIANTS: Final = tuple(range(8))
#: Below this PDQ quality the centre is too plain to hash.
MIN_QUALITY: Final = 50

_SIZE = 64
_LOW = 8

FloatArray = npt.NDArray[np.float32]
Words = npt.NDArray[np.uint64]


@dataclass(frozen=True, slots=True)
class CropSignature:
    """The crop-tolerant hashes of one picture.

    Attributes:
        pdq: 256-bit hash of the centre region (64 hex digits, PDQ's bit order).
        coarse: 64-bit hash of the centre's lowest frequencies (16 hex digits).
    """

    pdq: str
    coarse: str


def working_copy(pixels: Image.Image, box: tuple[int, int, int, int] | None = None) -> FloatArray:
    """A ``WORK_SIDE`` square luminance copy of ``pixels`` (or of ``box`` within them)."""
    luma = pixels if pixels.mode == "L" else pixels.convert("L")
    region = luma.crop(box) if box is not None else luma
    square = region.convert("F").resize((WORK_SIDE, WORK_SIDE), Image.Resampling.BOX)
    return np.asarray(square, dtype=np.float32)


def crop_signature(pixels: Image.Image) -> CropSignature | None:
    """The crop-tolerant hashes of an upright picture, or None when its centre is too plain."""
    work = working_copy(pixels)
    window = _window_matrix(*CENTRE)
    buffer: FloatArray = np.asarray(window @ work @ window.T, dtype=np.float32)
    if quality_of_buffer(buffer) < MIN_QUALITY:
        return None
    block: FloatArray = np.asarray(_DCT @ buffer @ _DCT.T, dtype=np.float32)
    return CropSignature(
        pdq=words_to_hex(_fine_words(block[None])[0]),
        coarse=words_to_hex(_coarse_words(block[None])[0]),
    )


@dataclass(frozen=True, slots=True)
class CropHit:
    """The best alignment found for one reference picture.

    Attributes:
        reference: index of the reference in the list given to ``CropSearch``.
        variant: which rotation or mirror matched (``Pdq.DIHEDRAL_NAMES`` order).
        distance: bits between the reference's centre hash and the copy's, of 256.
    """

    reference: int
    variant: int
    distance: int


class CropSearch:
    """Searches copies for the centre regions of many reference pictures.

    Args:
        fine: the references' 256-bit centre hashes, as (n, 4) uint64 words.
        coarse: their 64-bit coarse hashes, as (n,) uint64.
    """

    def __init__(self, fine: Words, coarse: Words) -> None:
        self._fine = fine
        self._coarse = coarse

    def __len__(self) -> int:
        return len(self._coarse)

    def search(
        self,
        work: FloatArray,
        variants: Sequence[int] = ALL_VARIANTS,
        *,
        whole_picture: bool = False,
    ) -> list[CropHit]:
        """The references whose centre appears in ``work`` (a ``working_copy``), best first.

        Args:
            work: the found picture, or a part of it, as ``working_copy`` makes it.
            variants: the rotations and mirrors to try (``Pdq.DIHEDRAL_NAMES`` indices).
            whole_picture: ``work`` is a whole found picture, not a box found inside one
                that may hold a little margin around the photo.
        """
        if not len(self):
            return []
        grid = WHOLE_PICTURE_COARSE_CROPS if whole_picture else COARSE_CROPS
        shortlist = self._shortlist(work, variants, grid)
        if not shortlist:
            return []
        # One set of fine hypotheses for all shortlisted references: the DCT blocks of a
        # hypothesis do not depend on the reference, so each is computed once.
        pairs = sorted(
            {pair for coarse in shortlist.values() for pair in _fine_pairs_around(grid, coarse)}
        )
        row_of = {pair: row for row, pair in enumerate(pairs)}
        blocks = _fine_blocks(work, pairs)
        words_by_variant = {
            variant: _fine_words(dihedral_block(blocks, variant))
            for variant in {variant for _, variant in shortlist}
        }
        hits = []
        for (reference, variant), coarse in shortlist.items():
            rows = [row_of[pair] for pair in _fine_pairs_around(grid, coarse)]
            words = words_by_variant[variant][rows]
            distance = int(bits_set(words ^ self._fine[reference][None, :]).min())
            if distance <= MATCH_DISTANCE:
                hits.append(CropHit(reference, variant, distance))
        return sorted(hits, key=lambda hit: (hit.distance, hit.reference))

    def _shortlist(
        self, work: FloatArray, variants: Sequence[int], grid: tuple[float, ...]
    ) -> dict[tuple[int, int], list[int]]:
        """(reference, variant) -> the coarse hypotheses on ``grid`` within
        ``COARSE_SHORTLIST``."""
        low = _blocks(work, _coarse_axes(grid))
        words = np.concatenate(
            [_coarse_words(dihedral_block(low, variant)) for variant in variants]
        )  # variant by variant, each hypothesis in turn
        per_variant = len(low)
        close: dict[tuple[int, int], list[tuple[int, int]]] = {}
        for query, reference, distance in _close_pairs(words, self._coarse, COARSE_SHORTLIST):
            variant, hypothesis = divmod(query, per_variant)
            close.setdefault((reference, variants[variant]), []).append((distance, hypothesis))
        # The true alignment is among the closest few; each hypothesis kept costs a full
        # search around it.
        return {
            key: [hypothesis for _, hypothesis in sorted(found)[:COARSE_PER_REFERENCE]]
            for key, found in close.items()
        }


#: Query hashes compared with every reference at a time: the temporary arrays then stay in
#: the processor's cache, which makes the comparison about three times faster.
_CHUNK: Final = 128


def _close_pairs(queries: Words, references: Words, radius: int) -> list[tuple[int, int, int]]:
    """(query, reference, distance) of 64-bit hashes at most ``radius`` bits apart."""
    pairs: list[tuple[int, int, int]] = []
    for start in range(0, len(queries), _CHUNK):
        chunk = queries[start : start + _CHUNK]
        distances = np.bitwise_count(chunk[:, None] ^ references[None, :])
        close = distances <= radius
        if close.any():
            rows, columns = np.nonzero(close)
            pairs += zip(
                (rows + start).tolist(),
                columns.tolist(),
                distances[rows, columns].tolist(),
                strict=True,
            )
    return pairs


def hex_to_words(hex_digits: str) -> Words:
    """A hash's hex digits as big-endian uint64 words."""
    return np.frombuffer(bytes.fromhex(hex_digits), dtype=">u8").astype(np.uint64)


def words_to_hex(words: Words) -> str:
    """The inverse of ``hex_to_words``."""
    return np.asarray(words, dtype=">u8").tobytes().hex()


_DCT: Final = DCT_MATRIX


def _window_matrix(start: float, end: float) -> FloatArray:
    """64 x WORK_SIDE weights that sample [start, end] (fractions) with a tent filter."""
    cell = (end - start) * WORK_SIDE / _SIZE
    reach = max(1.0, cell)
    centres = (start + (np.arange(_SIZE) + 0.5) / _SIZE * (end - start)) * WORK_SIDE - 0.5
    columns = np.arange(WORK_SIDE)[None, :]
    weights = np.maximum(0.0, 1.0 - np.abs(columns - centres[:, None]) / reach)
    totals = weights.sum(axis=1, keepdims=True)
    return np.asarray(weights / np.where(totals > 0, totals, 1.0), dtype=np.float32)


def _axis_matrices(crops: Sequence[float]) -> FloatArray:
    """The DCT-of-window matrices, (len(crops)², 16, WORK_SIDE), one per (near, far) crop."""
    matrices = []
    for near in crops:
        for far in crops:
            span = 1.0 - near - far
            start, end = (CENTRE[0] - near) / span, (CENTRE[1] - near) / span
            matrices.append(_DCT @ _window_matrix(start, end))
    return np.stack(matrices)


@functools.cache
def _fine_axes() -> FloatArray:
    return _axis_matrices(FINE_CROPS)


@functools.cache
def _coarse_axes(grid: tuple[float, ...]) -> FloatArray:
    # The coarse hash reads only the lowest frequencies: the other rows need not be computed.
    return np.ascontiguousarray(_axis_matrices(grid)[:, :_LOW, :])


@functools.cache
def _nearest_fine(grid: tuple[float, ...]) -> tuple[tuple[int, ...], ...]:
    """For each coarse crop of ``grid``, the fine crops around it: the two beside it and the
    next ones out, since the closest coarse point is not always the one next to the true
    crop."""
    return tuple(
        tuple(
            i
            for i, fine in enumerate(FINE_CROPS)
            if abs(fine - coarse) <= _FINE_REACH * _FINE_STEP + 1e-9
        )
        for coarse in grid
    )


def _fine_pairs_around(
    grid: tuple[float, ...], coarse_hypotheses: Sequence[int]
) -> list[tuple[int, int]]:
    """The fine (vertical, horizontal) hypotheses around coarse ones on ``grid``, as
    ``_fine_axes`` rows."""
    return sorted(
        {pair for hypothesis in coarse_hypotheses for pair in _fine_pairs_of(grid, hypothesis)}
    )


@functools.cache
def _fine_pairs_of(grid: tuple[float, ...], coarse_hypothesis: int) -> tuple[tuple[int, int], ...]:
    """``_fine_pairs_around`` one coarse hypothesis (there are only so many: kept)."""
    nearest = _nearest_fine(grid)
    per_axis, fine_count = len(grid) ** 2, len(FINE_CROPS)

    def fine_pairs(coarse_pair: int) -> list[int]:
        near, far = divmod(coarse_pair, len(grid))
        return [i * fine_count + j for i in nearest[near] for j in nearest[far]]

    return tuple(
        (vertical, horizontal)
        for vertical in fine_pairs(coarse_hypothesis // per_axis)
        for horizontal in fine_pairs(coarse_hypothesis % per_axis)
    )


def _fine_blocks(work: FloatArray, pairs: Sequence[tuple[int, int]]) -> FloatArray:
    """DCT blocks for (vertical, horizontal) fine hypotheses: (len(pairs), 16, 16)."""
    axes = _fine_axes()
    side = axes.shape[1]  # of a DCT block
    verticals = sorted({vertical for vertical, _ in pairs})
    horizontals = sorted({horizontal for _, horizontal in pairs})
    # Every distinct vertical against every distinct horizontal in two large matrix
    # products, then the pairs asked for picked out: many small products (one per pair)
    # measured three times slower, although they compute less.
    left = axes[verticals].reshape(len(verticals) * side, WORK_SIDE) @ work
    right = axes[horizontals].reshape(len(horizontals) * side, WORK_SIDE)
    every = (left @ right.T).reshape(len(verticals), side, len(horizontals), side)
    row_of = {vertical: row for row, vertical in enumerate(verticals)}
    column_of = {horizontal: column for column, horizontal in enumerate(horizontals)}
    rows = [row_of[vertical] for vertical, _ in pairs]
    columns = [column_of[horizontal] for _, horizontal in pairs]
    # Two index lists around a slice: numpy puts the pair axis first, (pairs, 16, 16).
    return np.ascontiguousarray(every[rows, :, columns, :], dtype=np.float32)


def _blocks(work: FloatArray, axes: FloatArray) -> FloatArray:
    """The DCT blocks of every (vertical, horizontal) hypothesis: (n², rows, rows), where
    ``axes`` is (n, rows, WORK_SIDE)."""
    count, rows = axes.shape[:2]
    flat = axes.reshape(count * rows, WORK_SIDE)
    products = flat @ (work @ flat.T)
    return products.reshape(count, rows, count, rows).transpose(0, 2, 1, 3).reshape(-1, rows, rows)


def _bits_to_words(bits: npt.NDArray[np.bool_]) -> Words:
    # PDQ's order: bit k = 16 i + j, shown with bit 255 first.
    packed = np.packbits(bits[:, ::-1], axis=1)
    return packed.view(">u8").astype(np.uint64)


def _fine_words(blocks: FloatArray) -> Words:
    flat = blocks.reshape(len(blocks), 256)
    median = np.partition(flat, 127, axis=1)[:, 127:128]
    return _bits_to_words(flat > median)


def _coarse_words(blocks: FloatArray) -> Words:
    low = blocks[:, :_LOW, :_LOW].reshape(len(blocks), _LOW * _LOW)  # the low frequencies
    median = np.partition(low, 31, axis=1)[:, 31:32]
    return _bits_to_words(low > median)[:, 0]
