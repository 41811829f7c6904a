"""Find a photo inside a bigger picture: trimmed borders, letterboxes and screenshots.

Copies are often not the photo alone: it is padded with a plain border, letterboxed in a
phone-shaped frame, or shown inside a chat app (bars, message bubbles, a time stamp). PDQ of
such a picture is far from the photo's, but PDQ of the right rectangle of it is close. This
module proposes those rectangles, in three steps:

1. **Rough boxes**, on a copy at most ``ANALYSIS_SIDE`` pixels long, made of every n-th
   pixel (averaging would smooth a photo's grain away, and grain is what tells a
   photographed surface from a painted one): plain rows and columns are trimmed from each
   edge (borders, letterbox bars); pixels that are flat and in one of the picture's most
   common colours are marked as *interface*, and the largest connected areas of
   non-interface blocks, and the largest rectangles inside them, are the photos shown.
2. **Texture**: on a copy at most ``TEXTURE_SIDE`` long, a pixel looks photographed when it
   differs from a neighbour, or has a colour that the picture's edges (where an app's bars
   and backgrounds are) do not use, so a photo's clear sky still counts as photo.
3. **Edges**: each rough box, and the whole picture, is cut down to its longest run of
   textured rows and columns (message bubbles are short runs with flat gaps), and each edge
   is snapped to where the texture starts.

A picture with no border and almost no flat interface colour is a photo on its own: it
gets no boxes, and costs only step 1's first look. Rectangles are in ``pixels``' pixels.

Where a photo's edge has the colour of the app around it, its box loses that part;
``fitted_boxes`` puts the lost edge back from the shape of the picture looked for.
"""

import math
from collections.abc import Sequence
from typing import Any, Final

import numpy as np
import numpy.typing as npt
from PIL import Image

Box = tuple[int, int, int, int]
Mask = npt.NDArray[np.bool_]
Colours = npt.NDArray[np.uint8]

#: The longest side of the copy rough boxes are found on.
ANALYSIS_SIDE: Final = 256
#: The longest side of the copy edges are found on.
TEXTURE_SIDE: Final = 640
#: Below this share of interface pixels (and with no border) a picture is a photo alone.
MIN_INTERFACE_SHARE: Final = 0.08
#: A colour is an interface colour when this share of the pixels has it.
INTERFACE_SHARE: Final = 0.005
#: Block size (analysis pixels) of the interface map.
BLOCK: Final = 4
#: A found photo covers at least this share of the picture's width and of its height.
MIN_SIDE_SHARE: Final = 0.12
#: At most this many embedded photos are looked for per picture.
MAX_PHOTOS: Final = 3
#: At most this many rectangles are proposed per picture.
MAX_BOXES: Final = 8
#: Trimming that leaves at most this share of the picture found a letterbox or a border.
TRIM_FIRST: Final = 0.85
#: Flat lines a photo's texture may have in a row (a thin line, a flat strip of sky).
MAX_GAP: Final = 2
#: A row or column of a border differs from the border's colour by at most this much.
BORDER_TOLERANCE: Final = 12
#: Neighbouring pixels of a painted interface differ by at most this much (JPEG noise).
FLAT_TOLERANCE: Final = 2
#: A line across a photo has at least this share of textured pixels.
BUSY_SHARE: Final = 0.3
#: The share of each side looked at for an interface's colours.
EDGE_BAND: Final = 0.06
#: Boxes overlapping this much (intersection over union) hash nearly the same.
_SAME_SHAPE: Final = 0.95
_COARSE_LEVELS_SHIFT: Final = 3  # 32 levels per channel
_FINE_LEVELS_SHIFT: Final = 2  # 64 levels per channel


def photo_boxes(pixels: Image.Image) -> list[Box]:
    """Rectangles of ``pixels`` that may hold the photo, best guess first (may be empty).

    The whole picture is never among them; rectangles that are nearly the whole picture
    or too small to hash are left out.
    """
    # One copy of the pixels as an array (Pillow makes it by encoding the whole picture),
    # sampled twice.
    whole = _as_array(pixels)
    small, small_step = _sampled(whole, ANALYSIS_SIDE)
    interface = _common_colour(small, _COARSE_LEVELS_SHIFT) & _flat(small)
    trimmed = _trim_borders(small)
    if trimmed is None and interface.mean() < MIN_INTERFACE_SHARE:
        return []
    rough = ([trimmed] if trimmed is not None else []) + _embedded_photos(interface)
    colours, step = _sampled(whole, TEXTURE_SIDE)
    texture = _Texture(_photo_pixels(colours))
    height, width = texture.shape
    candidates = [_textured_core(texture, (0, 0, width, height))]
    for rough_box in rough:
        box = _rescaled(rough_box, small_step / step, (width, height))
        candidates += [box, _snap(texture, box), _textured_core(texture, box)]
    # Best first: boxes whose every edge runs along texture (a photo is textured up to its
    # edges; a box that overshoots has a flat edge), then the most textured, then the largest.
    candidates.sort(key=lambda box: _ranking(texture, box))
    if trimmed is not None and _area(trimmed) <= TRIM_FIRST * small.shape[0] * small.shape[1]:
        # Wide plain bars are cut exactly: what they frame goes first, whatever its edges;
        # then the same with the bars evened out (a photo's own dark edge next to a black
        # bar was cut with it).
        bars = [trimmed, _centred(trimmed, (small.shape[1], small.shape[0]))]
        candidates[:0] = [_rescaled(box, small_step / step, (width, height)) for box in bars]
    boxes: list[Box] = []
    for candidate in candidates:
        box = _rescaled(candidate, step, pixels.size)
        if _useful(box, pixels.size) and box not in boxes:
            boxes.append(box)
    return boxes[:MAX_BOXES]


def overlap(first: Box, second: Box) -> float:
    """Intersection over union of two boxes (1.0: the same box)."""
    width = min(first[2], second[2]) - max(first[0], second[0])
    height = min(first[3], second[3]) - max(first[1], second[1])
    shared = max(0, width) * max(0, height)
    return shared / max(1, _area(first) + _area(second) - shared)


def distinct_boxes(boxes: Sequence[Box], alike: float) -> list[Box]:
    """``boxes`` in order, leaving out each that overlaps an earlier one by ``alike`` or more."""
    kept: list[Box] = []
    for box in boxes:
        if all(overlap(box, earlier) < alike for earlier in kept):
            kept.append(box)
    return kept


def fitted_boxes(
    boxes: Sequence[Box],
    aspects: Sequence[float],
    scale: tuple[float, float],
    size: tuple[int, int],
    limit: int,
) -> list[Box]:
    """``boxes`` reshaped to each of ``aspects`` (width / height of the full-size picture).

    Where part of a photo has the colour of the app around it (a pale sky on a light chat
    wallpaper, a dark edge in a black letterbox), its box loses that part and keeps the
    other three edges. Knowing the shapes of the pictures looked for puts the lost edge
    back: each box is made each shape by moving one of its edges, inside the picture.
    ``scale`` turns ``pixels``' pixels into the full-size picture's (a screenshot may be
    shrunk more in one direction than the other).

    Only boxes whose moved edge lands where another of ``boxes`` has that edge are kept
    (two ways of finding the photo agree on it; trying every reshaped box would cost a
    hash each and find no more), in the order of ``boxes`` and ``aspects``: at most
    ``limit``, none nearly the same as one of ``boxes`` or as another.
    """
    support = _EdgeSupport(boxes, size)
    tried = list(boxes)
    fitted: list[Box] = []
    for box in distinct_boxes(boxes, _SAME_SHAPE):
        for aspect in aspects:
            for side, candidate in _reshaped(box, aspect, scale):
                if not support.supports(side, candidate[side], box):
                    continue
                if not _inside(candidate, size) or not _useful(candidate, size):
                    continue
                if any(overlap(candidate, earlier) >= _SAME_SHAPE for earlier in tried):
                    continue
                tried.append(candidate)
                fitted.append(candidate)
                if len(fitted) == limit:
                    return fitted
    return fitted


def _reshaped(box: Box, aspect: float, scale: tuple[float, float]) -> list[tuple[int, Box]]:
    """``box`` made ``aspect`` by moving one edge: (index of the moved edge, the box)."""
    left, top, right, bottom = box
    across, down = scale
    height = round((right - left) * across / aspect / down)
    width = round((bottom - top) * down * aspect / across)
    return [
        (1, (left, bottom - height, right, bottom)),
        (3, (left, top, right, top + height)),
        (0, (right - width, top, right, bottom)),
        (2, (left, top, left + width, bottom)),
    ]


class _EdgeSupport:
    """Whether a box other than the one reshaped has an edge where the reshaping moved one."""

    def __init__(self, boxes: Sequence[Box], size: tuple[int, int]) -> None:
        self.boxes = boxes
        width, height = size
        self.tolerance = (max(2, round(0.02 * width)), max(2, round(0.02 * height)))

    def supports(self, side: int, position: int, source: Box) -> bool:
        tolerance = self.tolerance[side % 2]
        return any(
            abs(other[side] - position) <= tolerance for other in self.boxes if other != source
        )


def _inside(box: Box, size: tuple[int, int]) -> bool:
    return box[0] >= 0 and box[1] >= 0 and box[2] <= size[0] and box[3] <= size[1]


def _area(box: Box) -> int:
    return (box[2] - box[0]) * (box[3] - box[1])


def _ranking(texture: "_Texture", box: Box) -> tuple[int, int, int]:
    left, top, right, bottom = texture.clipped(box)
    if bottom - top < 4 or right - left < 4:
        return 0, 0, 0
    # The least textured of the four lines along each edge: an outline is thin.
    rows = texture.row_shares(box)
    columns = texture.column_shares(box)
    edge = min(rows[:4].min(), rows[-4:].min(), columns[:4].min(), columns[-4:].min())
    size = (bottom - top) * (right - left)
    return -round(edge * 10), -round(texture.count(box) / size * 20), -size


def _as_array(pixels: Image.Image) -> Colours:
    """The pixels as (height, width, channels): one channel for grey, three for colour."""
    image = pixels if pixels.mode in ("L", "RGB") else pixels.convert("RGB")
    array = np.asarray(image)
    return array[:, :, None] if array.ndim == 2 else array


def _sampled(array: Colours, longest: int) -> tuple[Colours, int]:
    """Every n-th pixel (n the returned step) of an ``_as_array`` copy."""
    step = max(1, math.ceil(max(array.shape[:2]) / longest))
    return np.ascontiguousarray(array[::step, ::step]), step


def _rescaled(box: Box, scale: float, size: tuple[int, int]) -> Box:
    left, top, right, bottom = box
    return (
        max(0, round(left * scale)),
        max(0, round(top * scale)),
        min(size[0], round(right * scale)),
        min(size[1], round(bottom * scale)),
    )


def _useful(box: Box, size: tuple[int, int]) -> bool:
    width, height = box[2] - box[0], box[3] - box[1]
    if width < MIN_SIDE_SHARE * size[0] or height < MIN_SIDE_SHARE * size[1]:
        return False
    if min(width, height) < 32:
        return False
    return not (width >= 0.97 * size[0] and height >= 0.97 * size[1])


# --- step 1: rough boxes ---------------------------------------------------------------------


def _trim_borders(array: Colours) -> Box | None:
    """The picture without plain rows and columns along its edges, or None if it has none."""
    height, width = array.shape[:2]
    top = _plain_run(array)
    bottom = height - _plain_run(array[::-1])
    left = _plain_run(array.transpose(1, 0, 2))
    right = width - _plain_run(array.transpose(1, 0, 2)[::-1])
    if (top, left, bottom, right) == (0, 0, height, width) or bottom <= top or right <= left:
        return None
    return left, top, right, bottom


def _centred(box: Box, size: tuple[int, int]) -> Box:
    """``box`` with the margins of opposite sides evened out to the narrower of the two: a
    letterbox's bars are alike, so a wider margin took in some of the photo as well."""
    left, top, right, bottom = box
    width, height = size
    across, down = min(left, width - right), min(top, height - bottom)
    return across, down, width - across, height - down


def _plain_run(lines: Colours) -> int:
    """How many lines from the first one match its colour (a border or letterbox bar)."""
    colour = np.median(lines[0], axis=0)
    # Lines are checked in growing chunks: a border is usually thin, and the whole picture
    # would cost as much as the rest of the search.
    start, chunk = 0, 16
    while start < len(lines):
        plain = _plain_lines(lines[start : start + chunk], colour)
        if not plain.all():
            return start + int(np.argmin(plain))
        start, chunk = start + chunk, chunk * 2
    return len(lines)


def _plain_lines(lines: Colours, colour: npt.NDArray[np.float64]) -> Mask:
    """Which lines are nearly all within tolerance of ``colour``."""
    close = _channel_max(np.abs(lines.astype(np.int16) - colour[None, None, :])) <= BORDER_TOLERANCE
    plain: Mask = close.mean(axis=1) >= 0.98
    return plain


def _embedded_photos(interface: Mask) -> list[Box]:
    """Bounding boxes of the largest connected areas of photo, then the largest rectangle
    of photo inside each (a photo's own flat patches, such as a clear sky, can leave bays
    in its area; an adjacent sticker or line of text can join it)."""
    height, width = interface.shape
    rows, cols = height // BLOCK, width // BLOCK
    if rows < 4 or cols < 4:
        return []
    blocks = interface[: rows * BLOCK, : cols * BLOCK].reshape(rows, BLOCK, cols, BLOCK)
    content = blocks.mean(axis=(1, 3)) < 0.5
    boxes: list[Box] = []
    for top, left, bottom, right in _component_boxes(content)[:MAX_PHOTOS]:
        if bottom - top < MIN_SIDE_SHARE * rows or right - left < MIN_SIDE_SHARE * cols:
            continue
        boxes.append((left * BLOCK, top * BLOCK, right * BLOCK, bottom * BLOCK))
        inner = _largest_rectangle(content[top:bottom, left:right])
        if inner is not None:
            i_top, i_left, i_bottom, i_right = inner
            boxes.append(
                ((left + i_left) * BLOCK, (top + i_top) * BLOCK,
                 (left + i_right) * BLOCK, (top + i_bottom) * BLOCK)
            )  # fmt: skip
    return boxes


def _common_colour(array: Colours, shift: int, *, edges_only: bool = False) -> Mask:
    """Pixels whose colour, in levels of ``2**shift``, is or neighbours one that at least
    ``INTERFACE_SHARE`` of the pixels have (of the pixels near the edges, if ``edges_only``:
    an app's colours reach the screen's edges, a photo's sky does not)."""
    levels = 256 >> shift
    channels = array.shape[2]
    codes = _colour_codes(array, shift)
    sample = _edge_strip(codes) if edges_only else codes.ravel()
    counts = np.bincount(sample, minlength=levels**channels)
    common = np.flatnonzero(counts >= INTERFACE_SHARE * sample.size)
    near = np.zeros(levels**channels, dtype=np.bool_)
    near[common] = True
    # Neighbouring levels count too: a flat colour near a level boundary splits in two.
    for axis in range(channels):
        stride = levels ** (channels - 1 - axis)
        level = (common // stride) % levels
        near[common[level > 0] - stride] = True
        near[common[level < levels - 1] + stride] = True
    return np.asarray(np.take(near, codes), dtype=np.bool_)


def _colour_codes(array: Colours, shift: int) -> npt.NDArray[np.integer[Any]]:
    """Each pixel's colour in levels of ``2**shift`` as one number, the first channel most
    significant (16-bit when the levels allow: half the memory to go through)."""
    levels = 256 >> shift
    channels = array.shape[2]
    dtype = np.uint16 if levels**channels <= 2**16 else np.int32
    quantised = array >> shift
    codes: npt.NDArray[np.integer[Any]] = quantised[:, :, 0].astype(dtype)
    for channel in range(1, channels):
        codes *= levels
        codes += quantised[:, :, channel]
    return codes


def _edge_strip(codes: npt.NDArray[np.integer[Any]]) -> npt.NDArray[np.integer[Any]]:
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


def _flat(array: Colours) -> Mask:
    """Pixels equal (within ``FLAT_TOLERANCE``) to their neighbours: painted, not
    photographed."""
    return ~_differs_from_neighbour(_brightest(array))


def _brightest(array: Colours) -> npt.NDArray[np.int16]:
    """Each pixel's largest channel value."""
    return _channel_max(array).astype(np.int16)


def _channel_max(array: npt.NDArray[Any]) -> npt.NDArray[Any]:
    """The largest value over the last axis, channel by channel: numpy's ``max`` over a
    short last axis is many times slower."""
    largest = array[..., 0]
    for channel in range(1, array.shape[-1]):
        largest = np.maximum(largest, array[..., channel])
    return largest


def _differs_from_neighbour(grey: npt.NDArray[np.int16]) -> Mask:
    busy = np.zeros(grey.shape, dtype=np.bool_)
    across = np.abs(np.diff(grey, axis=1)) > FLAT_TOLERANCE
    down = np.abs(np.diff(grey, axis=0)) > FLAT_TOLERANCE
    busy[:, :-1] |= across
    busy[:, 1:] |= across
    busy[:-1, :] |= down
    busy[1:, :] |= down
    return busy


def _component_boxes(content: Mask) -> list[tuple[int, int, int, int]]:
    """Bounding boxes (top, left, bottom, right) of 4-connected True areas, largest first
    (equal sizes: the area whose last cell comes first in reading order first).

    Runs of True along each row are joined with the runs they touch in the row above; the
    grid is small, but a snaking area would take as many passes as it has turns if labels
    spread cell by cell.
    """
    runs: list[tuple[int, int, int]] = []  # (row, first column, column after the last)
    parent: list[int] = []

    def root(run: int) -> int:
        while parent[run] != run:
            parent[run] = parent[parent[run]]
            run = parent[run]
        return run

    # Every run of every row at once: where a row changes between False and True, in
    # reading order, starts and ends alternating.
    padded = np.zeros((content.shape[0], content.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = content
    edge_rows, edge_columns = np.nonzero(np.diff(padded, axis=1))
    above: list[int] = []
    current: list[int] = []
    row, first_touching = -1, 0
    for run_row, start, end in zip(
        edge_rows[0::2].tolist(),
        edge_columns[0::2].tolist(),
        edge_columns[1::2].tolist(),
        strict=True,
    ):
        if run_row != row:
            above = current if run_row == row + 1 else []
            current, row, first_touching = [], run_row, 0
        run = len(runs)
        runs.append((row, start, end))
        parent.append(run)
        current.append(run)
        while first_touching < len(above) and runs[above[first_touching]][2] <= start:
            first_touching += 1
        for other in above[first_touching:]:
            if runs[other][1] >= end:
                break
            parent[root(other)] = root(run)
    return _boxes_of_components(runs, [root(run) for run in range(len(runs))], content.shape[1])


def _boxes_of_components(
    runs: list[tuple[int, int, int]], components: list[int], cols: int
) -> list[tuple[int, int, int, int]]:
    found: dict[int, list[int]] = {}  # component -> [size, top, left, bottom, right, last]
    for (row, start, end), component in zip(runs, components, strict=True):
        last = row * cols + end - 1
        entry = found.setdefault(component, [0, row, start, row + 1, end, last])
        entry[0] += end - start
        entry[1], entry[2] = min(entry[1], row), min(entry[2], start)
        entry[3], entry[4] = max(entry[3], row + 1), max(entry[4], end)
        entry[5] = max(entry[5], last)
    ordered = sorted(found.values(), key=lambda entry: (-entry[0], entry[5]))
    return [(top, left, bottom, right) for _, top, left, bottom, right, _ in ordered]


def _largest_rectangle(content: Mask) -> tuple[int, int, int, int] | None:
    """The largest all-True rectangle (top, left, bottom, right), by the histogram method."""
    rows, cols = content.shape
    heights = np.zeros(cols, dtype=np.int64)
    best_area, best = 0, None
    for row in range(rows):
        heights = np.where(content[row], heights + 1, 0)
        stack: list[int] = []
        line = [*heights.tolist(), 0]
        for col, current in enumerate(line):
            while stack and line[stack[-1]] >= current:
                height = line[stack.pop()]
                left = stack[-1] + 1 if stack else 0
                area = height * (col - left)
                if area > best_area:
                    best_area, best = area, (row - height + 1, left, row + 1, col)
            stack.append(col)
    return best


# --- step 2: texture -------------------------------------------------------------------------


class _Texture:
    """Which pixels look photographed, with running sums along both axes.

    Every candidate box asks for the share of textured pixels in each of its rows and
    columns, many times over; with the running sums each share costs one subtraction
    instead of a pass over the box.
    """

    def __init__(self, mask: Mask) -> None:
        self.shape: tuple[int, int] = (mask.shape[0], mask.shape[1])
        height, width = self.shape
        # _down[r, c]: textured pixels of column c above row r; _across[r, c]: of row r left
        # of column c.
        self._down = np.zeros((height + 1, width), dtype=np.int32)
        np.cumsum(mask, axis=0, out=self._down[1:])
        self._across = np.zeros((height, width + 1), dtype=np.int32)
        np.cumsum(mask, axis=1, out=self._across[:, 1:])

    def clipped(self, box: Box) -> Box:
        """``box`` within the picture, as array slicing would take it."""
        height, width = self.shape
        left, top, right, bottom = box
        return min(left, width), min(top, height), min(right, width), min(bottom, height)

    def count(self, box: Box) -> int:
        """How many pixels of ``box`` are textured."""
        return int(self._row_counts(box).sum())

    def row_shares(self, box: Box) -> npt.NDArray[np.float64]:
        """For each row of ``box``, the share of its pixels that are textured."""
        left, _, right, _ = self.clipped(box)
        return np.asarray(self._row_counts(box) / max(1, right - left), dtype=np.float64)

    def _row_counts(self, box: Box) -> npt.NDArray[np.int32]:
        left, top, right, bottom = self.clipped(box)
        return np.asarray(self._across[top:bottom, right] - self._across[top:bottom, left])

    def column_shares(self, box: Box) -> npt.NDArray[np.float64]:
        """For each column of ``box``, the share of its pixels that are textured."""
        left, top, right, bottom = self.clipped(box)
        counts = self._down[bottom, left:right] - self._down[top, left:right]
        return np.asarray(counts / max(1, bottom - top), dtype=np.float64)


def _photo_pixels(colours: Colours) -> Mask:
    """Pixels that look photographed: they differ from a neighbour, or their colour is not
    one the picture's edges use. A clear sky is flat, but rarely the app's colour."""
    textured = _differs_from_neighbour(_brightest(colours))
    return textured | ~_common_colour(colours, _FINE_LEVELS_SHIFT, edges_only=True)


# --- step 3: edges ---------------------------------------------------------------------------


def _textured_core(texture: _Texture, box: Box) -> Box:
    """The longest run of textured rows in ``box``, then of textured columns within them:
    a photo is one tall block of texture, while message bubbles are short lines of text
    with flat gaps between them."""
    left, top, right, bottom = box
    for _ in range(2):
        if right <= left or bottom <= top:
            break
        rows = texture.row_shares((left, top, right, bottom)) >= BUSY_SHARE
        first, last = _longest_run(rows)
        top, bottom = top + first, top + last
        if bottom <= top:
            break
        columns = texture.column_shares((left, top, right, bottom)) >= BUSY_SHARE
        first, last = _longest_run(columns)
        left, right = left + first, left + last
    return left, top, right, bottom


def _longest_run(lines: npt.NDArray[np.bool_]) -> tuple[int, int]:
    """[first, last) of the longest run of True, bridging gaps of up to ``MAX_GAP`` lines."""
    on = np.flatnonzero(lines)
    if not len(on):
        return 0, 0
    breaks = np.flatnonzero(np.diff(on) > MAX_GAP + 1)
    starts = np.concatenate(([on[0]], on[breaks + 1]))
    ends = np.concatenate((on[breaks], [on[-1]])) + 1
    longest = int(np.argmax(ends - starts))
    return int(starts[longest]), int(ends[longest])


def _snap(texture: _Texture, box: Box) -> Box:
    """Move each edge of a rough box, by up to a tenth of its size, to the end of the photo's
    texture: outwards while the next line is still textured, inwards while the edge line
    is not. The rough boxes only know the edges to a few pixels."""
    left, top, right, bottom = box
    for _ in range(2):
        if right - left < 8 or bottom - top < 8 or not min(texture.shape):
            break
        reach_x, reach_y = max(2, (right - left) // 10), max(2, (bottom - top) // 10)
        height, width = texture.shape
        columns = _BusyLines(texture.column_shares((0, top, width, bottom)))
        rows = _BusyLines(texture.row_shares((left, 0, right, height)))
        left = _texture_edge(columns, left, -1, reach_x)
        right = _texture_edge(columns, right - 1, 1, reach_x) + 1
        top = _texture_edge(rows, top, -1, reach_y)
        bottom = _texture_edge(rows, bottom - 1, 1, reach_y) + 1
    return left, top, right, bottom


class _BusyLines:
    """Which lines (rows or columns) are textured, with a running count of them, so that
    whether a few lines are all textured is one subtraction."""

    def __init__(self, share: npt.NDArray[np.float64]) -> None:
        busy = share >= BUSY_SHARE
        self.busy: list[bool] = busy.tolist()
        self.limit = len(self.busy) - 1
        self._before: list[int] = [0, *np.cumsum(busy).tolist()]

    def all_busy(self, first: int, last: int) -> bool:
        """Whether lines ``first`` to ``last`` (inclusive, clipped to the picture) are."""
        first, last = max(0, first), min(last, self.limit)
        return self._before[last + 1] - self._before[first] == last + 1 - first


def _texture_edge(lines: _BusyLines, line: int, outwards: int, reach: int) -> int:
    """The last textured line reached from ``line`` going ``outwards`` (+1 or -1), after
    first stepping inwards past lines that are not; at most ``reach`` lines either way."""
    limit = lines.limit
    line = min(max(line, 0), limit)

    def textured(at: int) -> bool:
        # This line and the three inside it: the lines of an outline or a frame are thin.
        return lines.all_busy(min(at, at - 3 * outwards), max(at, at - 3 * outwards))

    start = line
    while abs(line - start) < reach and 0 < line < limit and not textured(line):
        line -= outwards
    if not textured(line):
        return start
    start = line
    while abs(line - start) < reach and 0 <= line + outwards <= limit:
        if not lines.busy[line + outwards]:
            break
        line += outwards
    return line
