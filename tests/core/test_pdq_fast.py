"""The numpy PDQ against pdqhash (Meta's reference C++) on the same pixels."""

from pathlib import Path

import numpy as np
import pdqhash
import pytest
from PIL import Image, ImageOps

from app.core.fingerprints import hamming_distance
from app.core.fingerprints.pdq import (
    Pdq,
    grey_luma,
    pdq_dihedral,
    pdq_hash,
    pdq_luma,
    reference_pdq_dihedral,
    reference_pdq_hash,
)
from app.core.fingerprints.pdq_fast import block_sums, pdq_dihedral_from_luma, pdq_from_luma
from tests.pictures import load_rgb


@pytest.fixture(scope="module")
def sources(photos: list[Path], testdata: Path) -> list[Image.Image]:
    extra = sorted((testdata / "pdq" / "dih").glob("*.jpg"))[:2]
    return [load_rgb(path) for path in [*photos, *extra]]


def _sizes() -> list[tuple[int, int]]:
    rng = np.random.default_rng(2024)
    fixed = [(5, 5), (5, 900), (63, 64), (64, 64), (65, 64), (127, 128), (128, 129), (129, 130)]
    fixed += [(512, 512), (1023, 767), (1600, 1004), (3000, 2000), (4032, 3024)]
    drawn = [(int(rng.integers(5, 2500)), int(rng.integers(5, 2500))) for _ in range(40)]
    return fixed + drawn


def _bits(hex_hash: str) -> np.ndarray:
    # Bit k of the hash at index k (the hex shows bit 255 first).
    return np.unpackbits(np.frombuffer(bytes.fromhex(hex_hash), dtype=np.uint8))[::-1]


def _differences_are_float_ties(picture: Image.Image, ours: str, theirs: str) -> bool:
    """Whether every differing bit belongs to a DCT coefficient within rounding of the median."""
    coefficients, _quality = pdqhash.compute_float(np.asarray(picture.convert("RGB")))
    by_bit = np.asarray(coefficients, dtype=np.float64)[::-1]  # pdqhash lists bit 255 first
    median = np.partition(by_bit, 127)[127]
    tolerance = 1e-4 * max(1.0, float(np.abs(by_bit).max()))
    differing = np.flatnonzero(_bits(ours) != _bits(theirs))
    return bool(np.all(np.abs(by_bit[differing] - median) <= tolerance))


@pytest.mark.parametrize("size", _sizes(), ids=lambda size: f"{size[0]}x{size[1]}")
def test_numpy_pdq_equals_pdqhash(sources: list[Image.Image], size: tuple[int, int]) -> None:
    picture = sources[sum(size) % len(sources)].resize(size, Image.Resampling.BILINEAR)
    ours, quality = pdq_dihedral(picture)
    theirs, their_quality = reference_pdq_dihedral(picture)
    assert quality == their_quality
    if min(size) >= 64:
        assert ours == theirs
    elif Pdq.usable(quality):
        # Fewer than 64 rows or columns are stretched to 64: the top DCT frequencies are
        # then zero up to rounding, and which side of the median they fall is noise.
        assert _differences_are_float_ties(picture, ours[0], theirs[0])
    assert pdq_hash(picture) == (ours[0], quality)
    assert reference_pdq_hash(picture) == (theirs[0], their_quality)


def test_greyscale_input_is_its_own_luminance(sources: list[Image.Image]) -> None:
    grey = sources[0].convert("L")
    assert pdq_dihedral(grey) == pdq_dihedral(grey.convert("RGB"))


def test_noise_and_plain_pictures(sources: list[Image.Image]) -> None:
    noise = Image.fromarray(
        np.random.default_rng(5).integers(0, 256, (300, 400, 3), dtype=np.uint8)
    )
    assert pdq_dihedral(noise) == reference_pdq_dihedral(noise)
    plain = Image.new("RGB", (300, 200), (120, 130, 140))
    _hashes, quality = pdq_dihedral(plain)
    assert quality == reference_pdq_dihedral(plain)[1] == 0
    assert not Pdq.usable(quality)
    # Too small to hash at all: both give the all-zero hash.
    assert (
        pdq_hash(sources[0].resize((4, 40)))
        == ("0" * 64, 0)
        == reference_pdq_hash(sources[0].resize((4, 40)))
    )


def test_the_two_implementations_never_drift_far(sources: list[Image.Image]) -> None:
    """Over many sizes, any difference is a rare tie at the median, never a real change."""
    rng = np.random.default_rng(99)
    worst = 0
    for _ in range(60):
        size = (int(rng.integers(64, 1500)), int(rng.integers(64, 1500)))
        picture = sources[int(rng.integers(len(sources)))].resize(size)
        worst = max(worst, hamming_distance(pdq_hash(picture)[0], reference_pdq_hash(picture)[0]))
    assert worst <= 2


def test_grey_luma_hashes_within_a_few_bits_of_pdq_luma(sources: list[Image.Image]) -> None:
    """Scanned files are hashed from Pillow's rounded greyscale; it must stay far inside
    PDQ's match distance of the exact luminance, on every photograph and its mirror."""
    for picture in sources:
        for variant in (picture, ImageOps.mirror(picture)):
            exact, _ = pdq_dihedral_from_luma(pdq_luma(variant))
            rounded, _ = pdq_dihedral_from_luma(grey_luma(variant))
            assert hamming_distance(exact[0], rounded[0]) <= 4


@pytest.mark.parametrize("factor", [1, 2, 3, 16])
def test_block_sums_add_up_each_block(factor: int) -> None:
    rng = np.random.default_rng(factor)
    ragged = factor - 1  # a partial block at the bottom and the right, dropped
    plane = rng.integers(0, 256, (7 * factor + ragged, 5 * factor + ragged), dtype=np.uint8)
    expected = (
        plane[: 7 * factor, : 5 * factor]
        .reshape(7, factor, 5, factor)
        .sum(axis=(1, 3), dtype=np.int64)
    )
    sums = block_sums(plane, factor)
    assert sums.shape == (7, 5)
    np.testing.assert_array_equal(sums, expected)
    if factor == 16:  # the largest block of white still fits
        assert int(block_sums(np.full((16, 16), 255, np.uint8), 16)[0, 0]) == 16 * 16 * 255
    with pytest.raises(ValueError, match="17"):
        block_sums(plane, 17)


def test_a_frame_hashed_from_block_sums_keeps_its_hash_and_quality(
    sources: list[Image.Image],
) -> None:
    """What video frames of 720p and more are hashed from: 2 x 2 blocks, scaled back."""
    for source in sources:
        luma = np.asarray(ImageOps.fit(source, (1280, 720)).convert("L"))
        full, full_quality = pdq_from_luma(luma)
        halved, quality = pdq_from_luma(block_sums(luma, 2), 1 / 4)
        assert hamming_distance(full, halved) <= 16
        assert abs(quality - full_quality) <= 5
