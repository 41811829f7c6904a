"""Find a photo inside a bigger picture: trimmed borders, letterboxes and screenshots.

Copies are often not the photo alone: it is padded with a plain border, letterboxed in a
phone-shaped frame, or shown inside a chat app (bars, message bubbles, a time stamp). PDQ of
such a picture is far from the photo's, but PDQ of the right rectangle of it is close. This
module proposes those rectangles:

* **trimmed**: plain rows and columns cut from each edge (a border or letterbox bars);
* **embedded photos**: apps draw their interface in a few flat colours, so on a small copy
  the pixels of the most common colours (and their near neighbours) are marked as
  interface; blocks that are mostly interface are cut away, and the largest rectangles of
  what remains are the photos shown on screen, refined to the pixel at their edges.

Rectangles are given in the pixels of the picture passed in. The analysis runs on a copy
at most ``ANALYSIS_SIDE`` pixels long and costs a few milliseconds.
"""

import math
from typing import Final

import numpy as np
import numpy.typing as npt
from PIL import Image

Box = tuple[int, int, int, int]
Mask = npt.NDArray[np.bool_]

#: The longest side of the copy the analysis runs on.
ANALYSIS_SIDE: Final = 256
#: A colour is part of the interface when this share of the pixels has it.
INTERFACE_SHARE: Final = 0.005
#: Block size (analysis pixels) of the interface map.
BLOCK: Final = 4
#: A found photo covers at least this share of the picture's width and of its height.
MIN_SIDE_SHARE: Final = 0.12
#: At most this many embedded photos are looked for per picture.
MAX_PHOTOS: Final = 3
#: At most this many rectangles are proposed per picture.
MAX_BOXES: Final = 6
#: Flat lines a photo's texture may have in a row (a thin line, a flat strip of sky).
MAX_GAP: Final = 2
#: A row or column of a border differs from the border's colour by at most this much.
BORDER_TOLERANCE: Final = 12
#: Neighbouring pixels of a painted interface differ by at most this much (JPEG noise).
FLAT_TOLERANCE: Final = 2
#: A line across a photo has at least this share of busy (textured) pixels.
BUSY_SHARE: Final = 0.3
_QUANT_SHIFT: Final = 3  # 32 levels per channel
_FINE_QUANT_SHIFT: Final = 2  # 64 levels per channel
#: The share of each side looked at for an interface's colours.
EDGE_BAND: Final = 0.06


def photo_boxes(pixels: Image.Image) -> list[Box]:
    """Rectangles of ``pixels`` that may hold the photo, best guess first (may be empty).

    The whole picture is never among them; rectangles that are nearly the whole picture
    or too small to hash are left out.
    """
    small, scale = _analysis_copy(pixels)
    found: list[Box] = []
    trimmed = _trim_borders(small)
    if trimmed is not None:
        found.append(trimmed)
    found.extend(_embedded_photos(small))
    busy = _photo_pixels(pixels)
    scaled = [_scale_box(box, scale, pixels.size) for box in found]
    whole = (0, 0, pixels.width, pixels.height)
    candidates = [_textured_core(busy, whole)]
    for box in scaled:
        candidates += [_snap(busy, box), _textured_core(busy, box)]
    boxes: list[Box] = []
    for box in candidates:
        if _useful(box, pixels.size) and box not in boxes:
            boxes.append(box)
    return boxes[:MAX_BOXES]


def _textured_core(busy: Mask, box: Box) -> Box:
    """The longest run of textured rows in ``box``, then of textured columns within them:
    a photo is one tall block of texture, while message bubbles are short lines of text
    with flat gaps between them."""
    left, top, right, bottom = box
    for _ in range(2):
        rows = busy[top:bottom, left:right].mean(axis=1) >= BUSY_SHARE
        first, last = _longest_run(rows)
        top, bottom = top + first, top + last
        columns = busy[top:bottom, left:right].mean(axis=0) >= BUSY_SHARE
        first, last = _longest_run(columns)
        left, right = left + first, left + last
    return left, top, right, bottom


def _longest_run(lines: npt.NDArray[np.bool_]) -> tuple[int, int]:
    """[first, last) of the longest run of True, bridging gaps of up to ``MAX_GAP`` lines."""
    best, start, gap = (0, 0), None, 0
    for index, textured in enumerate(lines.tolist()):
        if textured:
            start = index if start is None else start
            gap = 0
            if index + 1 - start > best[1] - best[0]:
                best = (start, index + 1)
        elif start is not None:
            gap += 1
            if gap > MAX_GAP:
                start, gap = None, 0
    return best


def _analysis_copy(pixels: Image.Image) -> tuple[npt.NDArray[np.uint8], float]:
    # Every n-th pixel, not an average: averaging would smooth a photo's grain away, and
    # the grain is what tells a photographed surface from a painted one.
    factor = max(1, math.ceil(max(pixels.size) / ANALYSIS_SIDE))
    image = pixels if pixels.mode in ("L", "RGB") else pixels.convert("RGB")
    array = np.asarray(image)[::factor, ::factor]
    if array.ndim == 2:
        array = array[:, :, None]
    return np.ascontiguousarray(array), float(factor)


def _scale_box(box: Box, scale: float, size: tuple[int, int]) -> Box:
    left, top, right, bottom = box
    return (
        max(0, round(left * scale)),
        max(0, round(top * scale)),
        min(size[0], round(right * scale)),
        min(size[1], round(bottom * scale)),
    )


def _photo_pixels(pixels: Image.Image) -> Mask:
    """Pixels that look photographed: textured (they differ from a neighbour by more than
    ``FLAT_TOLERANCE``), or in a colour the interface around them does not use. A clear sky
    is flat, but rarely exactly the colour of the app's background."""
    image = pixels if pixels.mode in ("L", "RGB") else pixels.convert("RGB")
    colours = np.asarray(image)
    if colours.ndim == 2:
        colours = colours[:, :, None]
    grey = np.asarray(image if image.mode == "L" else image.convert("L"), dtype=np.int16)
    busy = np.zeros(grey.shape, dtype=np.bool_)
    across = np.abs(np.diff(grey, axis=1)) > FLAT_TOLERANCE
    down = np.abs(np.diff(grey, axis=0)) > FLAT_TOLERANCE
    busy[:, :-1] |= across
    busy[:, 1:] |= across
    busy[:-1, :] |= down
    busy[1:, :] |= down
    return busy | ~_common_colour(colours, _FINE_QUANT_SHIFT, edges_only=True)


def _edge_strip(codes: npt.NDArray[np.int32]) -> npt.NDArray[np.int32]:
    height, width = codes.shape
    band_y, band_x = max(1, round(EDGE_BAND * height)), max(1, round(EDGE_BAND * width))
    return np.concatenate(
        [
            codes[:band_y].ravel(),
            codes[-band_y:].ravel(),
            codes[:, :band_x].ravel(),
            codes[:, -band_x:].ravel(),
        ]
    )


def _snap(busy: Mask, box: Box) -> Box:
    """Move each edge of a rough box, by up to a tenth of its size, to the end of the photo's
    texture: outwards while the next line is still busy, inwards while the edge line is not.
    The analysis copy only knows the edges to a few pixels."""
    left, top, right, bottom = box
    for _ in range(2):
        reach_x, reach_y = max(2, (right - left) // 10), max(2, (bottom - top) // 10)
        columns = busy[top:bottom].mean(axis=0)
        rows = busy[:, left:right].mean(axis=1)
        left = _texture_edge(columns, left, -1, reach_x)
        right = _texture_edge(columns, right - 1, 1, reach_x) + 1
        top = _texture_edge(rows, top, -1, reach_y)
        bottom = _texture_edge(rows, bottom - 1, 1, reach_y) + 1
    return left, top, right, bottom


def _texture_edge(share: npt.NDArray[np.float64], line: int, outwards: int, reach: int) -> int:
    """The last busy line reached from ``line`` going ``outwards`` (+1 or -1), after first
    stepping inwards past lines that are not busy; at most ``reach`` lines either way."""
    limit = len(share) - 1

    def textured(at: int) -> bool:
        # This line and the three inside it: busy lines of an outline or a frame are thin.
        first, last = sorted((at, at - 3 * outwards))
        return bool(share[max(0, first) : last + 1].min() >= BUSY_SHARE)

    start = line
    while abs(line - start) < reach and 0 < line < limit and not textured(line):
        line -= outwards
    if not textured(line):
        return start
    start = line
    while abs(line - start) < reach and 0 <= line + outwards <= limit:
        if share[line + outwards] < BUSY_SHARE:
            break
        line += outwards
    return line


def _useful(box: Box, size: tuple[int, int]) -> bool:
    width, height = box[2] - box[0], box[3] - box[1]
    if width < MIN_SIDE_SHARE * size[0] or height < MIN_SIDE_SHARE * size[1]:
        return False
    if min(width, height) < 32:
        return False
    return not (width >= 0.97 * size[0] and height >= 0.97 * size[1])


def _trim_borders(array: npt.NDArray[np.uint8]) -> Box | None:
    """The picture without plain rows and columns along its edges, or None if it has none."""
    values = array.astype(np.int16)
    height, width = values.shape[:2]
    top = _plain_run(values, axis=0, reverse=False)
    bottom = height - _plain_run(values, axis=0, reverse=True)
    left = _plain_run(values, axis=1, reverse=False)
    right = width - _plain_run(values, axis=1, reverse=True)
    if (top, left, bottom, right) == (0, 0, height, width) or bottom <= top or right <= left:
        return None
    return left, top, right, bottom


def _plain_run(values: npt.NDArray[np.int16], *, axis: int, reverse: bool) -> int:
    """How many lines from one edge match that edge's colour (bars and borders)."""
    lines = values if axis == 0 else values.transpose(1, 0, 2)
    if reverse:
        lines = lines[::-1]
    colour = np.median(lines[0], axis=0)
    # A line belongs to the border when nearly all its pixels are within tolerance.
    close = (np.abs(lines - colour[None, None, :]).max(axis=2) <= BORDER_TOLERANCE).mean(axis=1)
    plain = close >= 0.98
    return len(plain) if plain.all() else int(np.argmin(plain))


def _embedded_photos(array: npt.NDArray[np.uint8]) -> list[Box]:
    """Bounding boxes of the largest connected areas of photo, then the largest rectangles
    of photo inside them (a photo's own flat patches, such as a clear sky, can leave bays
    in its area; an adjacent sticker or line of text can join it)."""
    interface = _interface_mask(array)
    height, width = interface.shape
    rows, cols = height // BLOCK, width // BLOCK
    if rows < 4 or cols < 4:
        return []
    blocks = interface[: rows * BLOCK, : cols * BLOCK].reshape(rows, BLOCK, cols, BLOCK)
    content = blocks.mean(axis=(1, 3)) < 0.5
    min_rows, min_cols = MIN_SIDE_SHARE * rows, MIN_SIDE_SHARE * cols
    boxes = []
    for top, left, bottom, right in _component_boxes(content)[:MAX_PHOTOS]:
        if bottom - top < min_rows or right - left < min_cols:
            continue
        boxes.append(_refine(interface, (left * BLOCK, top * BLOCK, right * BLOCK, bottom * BLOCK)))
        inner = _largest_rectangle(content[top:bottom, left:right])
        if inner is not None:
            i_top, i_left, i_bottom, i_right = inner
            box = (left + i_left, top + i_top, left + i_right, top + i_bottom)
            boxes.append(_refine(interface, tuple(edge * BLOCK for edge in box)))  # type: ignore[arg-type]
    return boxes


def _component_boxes(content: Mask) -> list[tuple[int, int, int, int]]:
    """Bounding boxes (top, left, bottom, right) of 4-connected True areas, largest first."""
    rows, cols = content.shape
    seen = np.zeros_like(content)
    found: list[tuple[int, tuple[int, int, int, int]]] = []
    for start_row, start_col in zip(*np.nonzero(content), strict=True):
        if seen[start_row, start_col]:
            continue
        seen[start_row, start_col] = True
        stack = [(int(start_row), int(start_col))]
        top, left, bottom, right, size = rows, cols, 0, 0, 0
        while stack:
            row, col = stack.pop()
            size += 1
            top, left = min(top, row), min(left, col)
            bottom, right = max(bottom, row + 1), max(right, col + 1)
            for near_row, near_col in (
                (row - 1, col),
                (row + 1, col),
                (row, col - 1),
                (row, col + 1),
            ):
                if (
                    0 <= near_row < rows
                    and 0 <= near_col < cols
                    and content[near_row, near_col]
                    and not seen[near_row, near_col]
                ):
                    seen[near_row, near_col] = True
                    stack.append((near_row, near_col))
        found.append((size, (top, left, bottom, right)))
    found.sort(key=lambda entry: -entry[0])
    return [box for _, box in found]


def _interface_mask(array: npt.NDArray[np.uint8]) -> Mask:
    """Pixels painted in one of the picture's most common colours (or a near one)."""
    return _common_colour(array, _QUANT_SHIFT) & _flat(array)


def _common_colour(array: npt.NDArray[np.uint8], shift: int, *, edges_only: bool = False) -> Mask:
    """Pixels whose colour, in levels of ``2**shift``, is or neighbours one that at least
    ``INTERFACE_SHARE`` of the pixels have (of the pixels near the edges, if ``edges_only``:
    an app's colours reach the screen's edges, a photo's sky does not)."""
    levels = 256 >> shift
    quantised = (array >> shift).astype(np.int32)
    channels = quantised.shape[2]
    codes = np.zeros(quantised.shape[:2], dtype=np.int32)
    for channel in range(channels):
        codes = codes * levels + quantised[:, :, channel]
    sample = _edge_strip(codes) if edges_only else codes.ravel()
    counts = np.bincount(sample, minlength=levels**channels)
    common = (counts >= INTERFACE_SHARE * sample.size).reshape((levels,) * channels)
    # Neighbouring levels count too: a flat colour near a level boundary splits in two.
    near = common.copy()
    for axis in range(channels):
        lower = [slice(None)] * channels
        upper = [slice(None)] * channels
        lower[axis], upper[axis] = slice(0, -1), slice(1, None)
        near[tuple(lower)] |= common[tuple(upper)]
        near[tuple(upper)] |= common[tuple(lower)]
    return np.asarray(near.ravel()[codes], dtype=np.bool_)


def _flat(array: npt.NDArray[np.uint8]) -> Mask:
    """Pixels equal (within ``FLAT_TOLERANCE``) to their neighbours: drawn, not photographed.

    Interfaces are painted in exactly flat colours; a photo's pale sky or white wall has the
    same colours but never their flatness, so it is not mistaken for the interface around it.
    """
    values = array.astype(np.int16)
    steps = np.zeros(values.shape[:2], dtype=np.int16)
    for axis in (0, 1):
        step = np.abs(np.diff(values, axis=axis)).max(axis=2)
        before = [(0, 0), (0, 0)]
        after = [(0, 0), (0, 0)]
        before[axis], after[axis] = (1, 0), (0, 1)
        steps = np.maximum(steps, np.pad(step, before))
        steps = np.maximum(steps, np.pad(step, after))
    return np.asarray(steps <= FLAT_TOLERANCE, dtype=np.bool_)


def _largest_rectangle(content: Mask) -> tuple[int, int, int, int] | None:
    """The largest all-True rectangle (top, left, bottom, right), by the histogram method."""
    rows, cols = content.shape
    heights = np.zeros(cols, dtype=np.int64)
    best_area, best = 0, None
    for row in range(rows):
        heights = np.where(content[row], heights + 1, 0)
        stack: list[int] = []
        for col in range(cols + 1):
            current = int(heights[col]) if col < cols else 0
            while stack and int(heights[stack[-1]]) >= current:
                height = int(heights[stack.pop()])
                left = stack[-1] + 1 if stack else 0
                area = height * (col - left)
                if area > best_area:
                    best_area, best = area, (row - height + 1, left, row + 1, col)
            stack.append(col)
    return best


def _refine(interface: Mask, box: Box) -> Box:
    """Shrink a box while an edge line is mostly interface, then grow it by the lines next to
    it that are mostly photo: block-aligned guesses become pixel-exact edges."""
    left, top, right, bottom = box
    height, width = interface.shape

    def photo_row(row: int) -> bool:
        return 0 <= row < height and bool(interface[row, left:right].mean() < 0.5)

    def photo_col(col: int) -> bool:
        return 0 <= col < width and bool(interface[top:bottom, col].mean() < 0.5)

    changed = True
    while changed and bottom - top > 2 and right - left > 2:
        changed = False
        for _ in range(2):
            if not photo_row(top):
                top, changed = top + 1, True
            if not photo_row(bottom - 1):
                bottom, changed = bottom - 1, True
            if not photo_col(left):
                left, changed = left + 1, True
            if not photo_col(right - 1):
                right, changed = right - 1, True
    for _ in range(BLOCK):
        top -= photo_row(top - 1)
        bottom += photo_row(bottom)
        left -= photo_col(left - 1)
        right += photo_col(right)
    return left, top, right, bottom
