"""Finding the photo inside a bigger picture: borders, letterboxes and chat screenshots."""

import warnings
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageOps

from app.core.fingerprints.framing import (
    MAX_BOXES,
    MIN_SIDE_SHARE,
    Box,
    _component_boxes,
    distinct_boxes,
    fitted_boxes,
    overlap,
    photo_boxes,
)
from tests.core.scan.builders import load
from tests.edits import chat_screenshot, desktop_screenshot, padded, phone_letterbox

Framed = tuple[Image.Image, Box]


# Each framing with where ``tests/edits.py`` puts the photo.


def in_padding(photo: Image.Image) -> Framed:
    left, top = round(photo.width * 0.2), round(photo.height * 0.2)
    return padded(photo, 0.2, "black"), (left, top, left + photo.width, top + photo.height)


def in_letterbox(photo: Image.Image) -> Framed:
    fitted = ImageOps.contain(photo, (1080, 2340))
    left, top = (1080 - fitted.width) // 2, (2340 - fitted.height) // 2
    return phone_letterbox(photo), (left, top, left + fitted.width, top + fitted.height)


def in_chat(photo: Image.Image, *, dark: bool = False) -> Framed:
    height = round(photo.height * 780 / photo.width)
    left, top = 1080 - (780 + 12) - 40 + 6, 700 + 6
    return chat_screenshot(photo, dark=dark, seed=4), (left, top, left + 780, top + height)


def in_dark_chat(photo: Image.Image) -> Framed:
    return in_chat(photo, dark=True)


def in_desktop_app(photo: Image.Image) -> Framed:
    fitted = ImageOps.contain(photo, (560, 560))
    return desktop_screenshot(photo), (290, 172, 290 + fitted.width, 172 + fitted.height)


FRAMINGS: dict[str, Callable[[Image.Image], Framed]] = {
    "padding": in_padding,
    "letterbox": in_letterbox,
    "chat": in_chat,
    "dark-chat": in_dark_chat,
    "desktop-app": in_desktop_app,
}


def check_boxes(boxes: list[Box], size: tuple[int, int]) -> None:
    """What every answer must be: inside the picture, big enough, never the whole of it."""
    width, height = size
    assert len(boxes) <= MAX_BOXES
    assert len(set(boxes)) == len(boxes)
    for left, top, right, bottom in boxes:
        assert 0 <= left < right <= width and 0 <= top < bottom <= height
        assert right - left >= MIN_SIDE_SHARE * width and bottom - top >= MIN_SIDE_SHARE * height
        assert min(right - left, bottom - top) >= 32
        assert not (right - left >= 0.97 * width and bottom - top >= 0.97 * height)


@pytest.mark.parametrize("framing", list(FRAMINGS))
def test_the_photo_is_found_within_a_few_pixels(photos: list[Path], framing: str) -> None:
    """Edges are found on a copy at most 640 pixels long, so a box may be off by about 1%
    of the picture's side; PDQ of such a box is still well within its threshold."""
    for path in (photos[0], photos[2]):  # a square photo and a landscape one
        picture, truth = FRAMINGS[framing](load(path))
        boxes = photo_boxes(picture)
        check_boxes(boxes, picture.size)
        best = max(overlap(box, truth) for box in boxes)
        assert best >= 0.94, (path.name, framing, truth, boxes)


def test_greyscale_pictures_work_too(photos: list[Path]) -> None:
    camera = load(photos[1]).convert("L")  # the cameraman: a greyscale photograph
    picture, truth = in_letterbox(camera)
    grey = picture.convert("L")
    boxes = photo_boxes(grey)
    check_boxes(boxes, grey.size)
    assert max(overlap(box, truth) for box in boxes) >= 0.97


def test_boxes_follow_the_picture_when_it_is_squashed(photos: list[Path]) -> None:
    """The scan hashes a small copy of each picture whose sides shrink by different
    factors; the photo is found in that copy too."""
    picture, (left, top, right, bottom) = in_letterbox(load(photos[3]))
    small = picture.resize((540, 585), Image.Resampling.BOX)
    across, down = 540 / picture.width, 585 / picture.height
    truth = (round(left * across), round(top * down), round(right * across), round(bottom * down))
    boxes = photo_boxes(small)
    check_boxes(boxes, small.size)
    assert max(overlap(box, truth) for box in boxes) >= 0.95


def test_a_photo_on_its_own_gives_only_parts_of_it(photos: list[Path]) -> None:
    for path in photos:
        picture = load(path)
        check_boxes(photo_boxes(picture), picture.size)


def test_small_and_odd_pictures_give_no_boxes() -> None:
    rng = np.random.default_rng(1)
    noise = Image.fromarray(rng.integers(0, 256, (200, 300, 3), dtype=np.uint8))
    assert photo_boxes(noise.resize((10, 10))) == []
    assert photo_boxes(noise.crop((0, 0, 300, 1))) == []
    for mode in ("RGBA", "P", "LA", "CMYK"):
        assert photo_boxes(noise.convert(mode)) == [], mode


def test_a_plain_picture_gives_no_boxes_and_no_warnings() -> None:
    rng = np.random.default_rng(2)
    photo_on_white = Image.new("RGB", (600, 400), "white")
    photo_on_white.paste(
        Image.fromarray(rng.integers(0, 256, (100, 100, 3), dtype=np.uint8)), (250, 150)
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert photo_boxes(Image.new("RGB", (500, 400), "white")) == []
        boxes = photo_boxes(photo_on_white)
    assert max(overlap(box, (250, 150, 350, 250)) for box in boxes) >= 0.9


def test_overlap_and_distinct_boxes() -> None:
    square = (0, 0, 100, 100)
    assert overlap(square, square) == 1.0
    assert overlap(square, (200, 200, 300, 300)) == 0.0
    assert overlap(square, (50, 0, 150, 100)) == pytest.approx(50 * 100 / (2 * 100 * 100 - 5000))
    nearly = (1, 1, 100, 100)  # 98% of the square
    half = (0, 0, 100, 50)
    assert distinct_boxes([square, nearly, half], 0.9) == [square, half]
    assert distinct_boxes([nearly, square, half], 0.99) == [nearly, square, half]
    assert distinct_boxes([], 0.9) == []


def test_a_box_that_lost_one_edge_gets_it_back_from_the_pictures_shape() -> None:
    """A square photo in a squashed copy (pixels of the full picture are 2 across, 4 down):
    its box lost the top quarter; the box another method found has the right top edge but
    runs on below. Reshaping puts the top edge back where that other box has it, first."""
    size, scale = (540, 585), (2.0, 4.0)
    truth = (120, 170, 520, 370)  # 800 x 800 pixels of the full picture
    lost_top = (120, 220, 520, 370)
    overshoots = (120, 170, 520, 480)
    reshaped = fitted_boxes([lost_top, overshoots], [1.0, 0.75], scale, size, limit=20)
    assert reshaped[0] == truth and len(reshaped) >= 2
    check_boxes_inside(reshaped, size)
    assert len(reshaped) <= 20 and len(set(reshaped)) == len(reshaped)
    for box in reshaped:  # each is one of the shapes, in the full picture's pixels
        aspect = (box[2] - box[0]) * scale[0] / ((box[3] - box[1]) * scale[1])
        assert aspect == pytest.approx(1.0, rel=0.02) or aspect == pytest.approx(0.75, rel=0.02)
        assert all(overlap(box, given) < 0.95 for given in (lost_top, overshoots))
    assert fitted_boxes([lost_top, overshoots], [1.0, 0.75], scale, size, limit=3) == reshaped[:3]


def test_reshaping_stays_inside_the_picture_and_needs_an_edge_another_box_agrees_on() -> None:
    size = (400, 300)
    wide = (0, 100, 400, 200)  # a 4:1 strip across the whole picture
    narrow = (0, 80, 100, 240)  # another guess, with its right edge at 100
    assert fitted_boxes([wide, narrow], [], (1.0, 1.0), size, limit=8) == []
    # A square: 400 rows would not fit in the picture; a 100 x 100 box at the right end
    # has no other box's edge at 300; nor has any reshaping of the narrow box.
    assert fitted_boxes([wide, narrow], [1.0], (1.0, 1.0), size, limit=8) == [(0, 100, 100, 200)]
    assert fitted_boxes([wide], [1.0], (1.0, 1.0), size, limit=8) == []
    # Already the shape asked for: nothing new to try.
    square = (50, 50, 150, 150)
    assert fitted_boxes([square, (50, 50, 150, 200)], [1.0], (1.0, 1.0), size, limit=8) == []


def check_boxes_inside(boxes: list[Box], size: tuple[int, int]) -> None:
    for left, top, right, bottom in boxes:
        assert 0 <= left < right <= size[0] and 0 <= top < bottom <= size[1]


def flood_filled_boxes(content: np.ndarray) -> list[tuple[int, int, int, int]]:
    """4-connected areas by a plain flood fill: (size, last cell in reading order, box)."""
    rows, cols = content.shape
    seen = np.zeros_like(content)
    areas = []
    for row, col in zip(*np.nonzero(content), strict=True):
        if seen[row, col]:
            continue
        stack, cells = [(row, col)], []
        seen[row, col] = True
        while stack:
            r, c = stack.pop()
            cells.append((r, c))
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and content[nr, nc] and not seen[nr, nc]:
                    seen[nr, nc] = True
                    stack.append((nr, nc))
        ys, xs = zip(*cells, strict=True)
        last = max(r * cols + c for r, c in cells)
        areas.append((-len(cells), last, (min(ys), min(xs), max(ys) + 1, max(xs) + 1)))
    return [box for *_, box in sorted(areas)]


def test_connected_areas_are_those_a_flood_fill_finds() -> None:
    rng = np.random.default_rng(7)
    for trial in range(300):
        rows, cols = (int(n) for n in rng.integers(1, 40, size=2))
        content = rng.random((rows, cols)) < rng.random()
        if trial % 2:  # blocky areas with bays and holes, as screenshots give
            coarse = content[: max(1, rows // 4), : max(1, cols // 4)]
            content = np.kron(coarse, np.ones((4, 4), dtype=bool))
        found = [tuple(int(v) for v in box) for box in _component_boxes(content)]
        assert found == flood_filled_boxes(content), trial
