"""The crop-tolerant centre hash and its alignment search, on the real photographs."""

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageOps

from app.core.fingerprints import crop as crop_module
from app.core.fingerprints.crop import (
    ALL_VARIANTS,
    COARSE_CROPS,
    COARSE_PER_REFERENCE,
    FINE_CROPS,
    MATCH_DISTANCE,
    WHOLE_PICTURE_COARSE_CROPS,
    CropSearch,
    CropSignature,
    _close_pairs,
    _nearest_fine,
    crop_signature,
    hex_to_words,
    words_to_hex,
    working_copy,
)
from app.core.fingerprints.pdq import Pdq
from app.core.matching import distances, pack_hex
from tests.core.scan.builders import load
from tests.edits import cropped, resized


@pytest.fixture(scope="module")
def every(photos: list[Path]) -> list[CropSignature]:
    """The photographs' crop signatures (each costs tens of milliseconds: made once)."""
    found = [crop_signature(load(path)) for path in photos]
    assert all(signature is not None for signature in found)
    return [signature for signature in found if signature is not None]


def search_over(found: list[CropSignature]) -> CropSearch:
    if not found:
        return CropSearch(np.zeros((0, 4), dtype=np.uint64), np.zeros(0, dtype=np.uint64))
    return CropSearch(
        np.stack([hex_to_words(signature.pdq) for signature in found]),
        np.array([hex_to_words(signature.coarse)[0] for signature in found], dtype=np.uint64),
    )


def test_signatures_are_hex_of_the_right_length_and_stable(
    photos: list[Path], every: list[CropSignature]
) -> None:
    for path, signature in zip(photos, every, strict=True):
        assert len(signature.pdq) == 64 and len(signature.coarse) == 16
        assert signature.pdq == signature.pdq.lower() and int(signature.pdq, 16) > 0
        assert crop_signature(load(path)) == signature


def test_a_plain_picture_has_no_signature() -> None:
    assert crop_signature(Image.new("RGB", (400, 300), (120, 130, 140))) is None
    # Texture only in the margins, outside the centre the hash describes.
    framed = Image.new("L", (400, 400), 128)
    framed.paste(Image.effect_noise((400, 30), 60), (0, 0))
    assert crop_signature(framed) is None


def test_words_and_hex_round_trip() -> None:
    digits = "0123456789abcdef" * 4
    assert hex_to_words(digits).tolist() == [0x0123456789ABCDEF] * 4
    assert words_to_hex(hex_to_words(digits)) == digits
    assert words_to_hex(hex_to_words("8000000000000001")) == "8000000000000001"


def test_the_signature_survives_resizing(photos: list[Path], every: list[CropSignature]) -> None:
    for path, signature in zip(photos, every, strict=True):
        smaller = crop_signature(resized(load(path), 0.5))
        assert smaller is not None
        apart = distances(pack_hex([smaller.pdq]), pack_hex([signature.pdq]))[0, 0]
        assert apart <= 16, path.name


Edit = Callable[[Image.Image], Image.Image]

CROPS: dict[str, Edit] = {
    "none": lambda image: image,
    "crop-5": lambda image: cropped(image, 0.05, 0.05, 0.05, 0.05),
    "crop-12": lambda image: cropped(image, 0.12, 0.12, 0.12, 0.12),
    "crop-10-one-corner": lambda image: cropped(image, 0.10, 0.10, 0.0, 0.0),
    "crop-uneven-then-halved": lambda image: resized(cropped(image, 0.0, 0.08, 0.03, 0.01), 0.5),
    "margin-2": lambda image: ImageOps.expand(
        image, border=(image.width // 50, image.height // 50), fill="white"
    ),
}


WHOLE_PICTURE_EDITS = [edit for edit in CROPS if not edit.startswith("margin")]


@pytest.mark.parametrize(
    ("edit", "whole_picture"),
    [(edit, False) for edit in CROPS] + [(edit, True) for edit in WHOLE_PICTURE_EDITS],
)
def test_crops_of_each_photo_find_that_photo_only(
    photos: list[Path], every: list[CropSignature], edit: str, whole_picture: bool
) -> None:
    search = search_over(every)
    # Every photo for the plain cases; two (greyscale and landscape) for the others.
    chosen = list(enumerate(photos))[:: 1 if edit in ("none", "crop-5") else 2]
    for number, path in chosen:
        copy = working_copy(CROPS[edit](load(path)))
        hits = search.search(copy, whole_picture=whole_picture)
        assert [(hit.reference, hit.variant) for hit in hits] == [(number, 0)], path.name
        assert hits[0].distance <= MATCH_DISTANCE
        if edit == "none":
            assert hits[0].distance == 0  # the uncropped hypothesis is the signature itself


@pytest.mark.parametrize(
    ("turn", "variant"),
    [
        (ImageOps.mirror, "flipy"),
        (lambda image: image.transpose(Image.Transpose.ROTATE_90), "rotate270"),
        (lambda image: image.transpose(Image.Transpose.ROTATE_180), "rotate180"),
    ],
)
def test_rotated_and_mirrored_crops_are_found_with_their_variant(
    photos: list[Path], every: list[CropSignature], turn: Edit, variant: str
) -> None:
    search = search_over(every)
    for number, path in list(enumerate(photos))[1:3]:
        (hit,) = search.search(working_copy(turn(CROPS["crop-5"](load(path)))))
        assert (hit.reference, Pdq.DIHEDRAL_NAMES[hit.variant]) == (number, variant)


@pytest.mark.parametrize("whole_picture", [False, True])
def test_no_photo_is_found_in_another(
    photos: list[Path], every: list[CropSignature], whole_picture: bool
) -> None:
    for number, path in enumerate(photos):
        others = search_over(every[:number] + every[number + 1 :])
        for edit in ("none", "crop-5"):
            copy = CROPS[edit](load(path))
            for shown in (copy, ImageOps.mirror(copy)):
                found = others.search(working_copy(shown), whole_picture=whole_picture)
                assert found == [], (path.name, edit)


@pytest.mark.parametrize(
    ("grid", "lowest"), [(COARSE_CROPS, -0.02), (WHOLE_PICTURE_COARSE_CROPS, 0.0)]
)
def test_every_crop_the_search_allows_is_near_a_coarse_point_and_searched_in_full(
    grid: tuple[float, ...], lowest: float
) -> None:
    """Each grid covers its range of edge positions (a box may hold a little margin, a
    whole picture none) as densely as the other: no edge more than 0.02 from a coarse
    point, and every fine crop in range searched in full around the closest coarse one."""
    reachable = _nearest_fine(grid)
    for fine_index, fine in enumerate(FINE_CROPS):
        if fine < lowest - 1e-9:
            continue
        closest = min(range(len(grid)), key=lambda point: abs(grid[point] - fine))
        assert abs(grid[closest] - fine) <= 0.02 + 1e-9, fine
        assert fine_index in reachable[closest], fine
    for point in np.linspace(lowest, FINE_CROPS[-1], 61):
        assert min(abs(point - coarse) for coarse in grid) <= 0.02 + 1e-9, point


def test_the_search_can_look_inside_a_box(photos: list[Path], every: list[CropSignature]) -> None:
    """``working_copy`` of a box: the photo inside a bigger picture is searched on its own."""
    photo = CROPS["crop-5"](load(photos[3]))
    canvas = Image.new("RGB", (photo.width * 2, photo.height * 2), "#efe7de")
    left, top = photo.width // 2, photo.height // 3
    canvas.paste(photo, (left, top))
    box = (left, top, left + photo.width, top + photo.height)
    assert search_over(every).search(working_copy(canvas)) == []  # the whole canvas: no
    (hit,) = search_over(every).search(working_copy(canvas, box))
    assert hit.reference == 3


def test_the_full_search_looks_around_a_few_coarse_alignments_only(
    photos: list[Path], every: list[CropSignature], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A copy of one photo is close to its coarse hash under many alignments; only the
    closest few are searched in full (each costs a search around it), and the copy is
    still found."""
    search = search_over(every)
    copy = working_copy(load_cropped(photos[2]))
    capped = search._shortlist(copy, ALL_VARIANTS, COARSE_CROPS)
    monkeypatch.setattr(crop_module, "COARSE_PER_REFERENCE", 10**6)
    every_close = search._shortlist(copy, ALL_VARIANTS, COARSE_CROPS)
    assert capped.keys() == every_close.keys() and (2, 0) in capped
    for key, hypotheses in capped.items():
        assert set(hypotheses) <= set(every_close[key])
        assert len(hypotheses) == min(COARSE_PER_REFERENCE, len(every_close[key]))
    assert len(every_close[(2, 0)]) > COARSE_PER_REFERENCE  # the cap does leave some out
    monkeypatch.undo()
    assert [hit.reference for hit in search.search(copy)][:1] == [2]


def load_cropped(path: Path) -> Image.Image:
    return cropped(load(path), 0.05, 0.05, 0.05, 0.05)


def test_an_empty_search_finds_nothing(photos: list[Path]) -> None:
    assert len(search_over([])) == 0
    assert search_over([]).search(working_copy(load(photos[0]))) == []


@pytest.mark.parametrize("count", [0, 1, 127, 128, 129, 700])
def test_close_pairs_equal_the_plain_comparison(count: int) -> None:
    """The chunked comparison finds exactly the pairs a whole-matrix comparison finds, at
    chunk boundaries too; near copies are planted so that there are pairs to find."""
    rng = np.random.default_rng(count)
    references = rng.integers(0, 2**63, size=300, dtype=np.uint64)
    queries = rng.integers(0, 2**63, size=count, dtype=np.uint64)
    for index in range(0, count, 7):  # flip a few bits of a reference
        flips = rng.choice(64, size=int(rng.integers(0, 16)), replace=False)
        queries[index] = references[index % 300] ^ np.uint64(sum(1 << int(bit) for bit in flips))
    distances = np.bitwise_count(queries[:, None] ^ references[None, :])
    rows, columns = np.nonzero(distances <= 12)
    expected = sorted(
        zip(rows.tolist(), columns.tolist(), distances[rows, columns].tolist(), strict=True)
    )
    found = sorted(_close_pairs(queries, references, 12))
    assert found == expected
    assert count < 7 or found  # the planted near copies are there to be found
