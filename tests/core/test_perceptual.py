"""StillMine's numpy pHash against imagehash.phash, bit for bit."""

from pathlib import Path

import imagehash
import numpy as np
import pytest
from PIL import Image

from app.core.fingerprints import hamming_distance
from app.core.fingerprints.perceptual import phash
from tests.pictures import load_rgb


@pytest.fixture(scope="module")
def pictures(photos: list[Path], testdata: Path) -> list[Image.Image]:
    extra = [
        testdata / "pdq" / "misc-images" / "c.png",
        testdata / "pdq" / "dih" / "bridge-1-original.jpg",
    ]
    return [load_rgb(path) for path in [*photos, *extra]]


@pytest.mark.parametrize(
    "size", [(32, 32), (100, 60), (127, 300), (512, 512), (1000, 750), (2000, 3000)]
)
def test_equals_imagehash_bit_for_bit(pictures: list[Image.Image], size: tuple[int, int]) -> None:
    for picture in pictures:
        resized = picture.resize(size)
        # imagehash sees the same box-reduced picture StillMine's pHash starts from.
        factor = max(1, min(size) // 128)
        reference = resized.reduce(factor) if factor > 1 else resized
        assert phash(resized) == str(imagehash.phash(reference))


def test_greyscale_and_colour_give_the_same_hash(pictures: list[Image.Image]) -> None:
    assert phash(pictures[0]) == phash(pictures[0].convert("L"))


def test_the_box_reduction_hardly_changes_the_hash(pictures: list[Image.Image]) -> None:
    for picture in pictures:
        big = picture.resize((2048, 1536))
        assert hamming_distance(phash(big), str(imagehash.phash(big))) <= 2


def test_noise_hashes_too() -> None:
    noise = Image.fromarray(
        np.random.default_rng(3).integers(0, 256, (200, 200, 3), dtype=np.uint8)
    )
    assert phash(noise) == str(imagehash.phash(noise))
