"""Matching videos by their vPDQ: two bags of frame hashes, compared frame against frame.

The rule of Meta's vPDQ: drop frames with quality below 50, keep each distinct hash once,
count on each side the distinct frames that have a partner within PDQ distance 31 on the
other side, and call it a match when both sides' shares reach their thresholds.

Which side gets the 80 %: the **query** is the video being checked (a copy found online, a
file in a scanned folder), the **compared** video is the user's own. Copies are often clips
of a longer original, so 80 % of the query's frames must appear in the user's video, while
the user's video needs only some of its frames in the query (``compared_threshold``,
default 0 %, as python-threatexchange). A short clip of the user's video therefore matches;
a long unrelated video that happens to contain one similar frame does not.

Why the two sides are hashed differently, and lined up: a copy is rarely cut on a whole
second of the original, so a frame taken once a second in the copy lies up to half a second
away from the nearest frame taken once a second in the original, and in a video with
movement those frames are not alike (a clip of a sample video cut at 6.5 s shared no frame
with it). The user's own videos keep vPDQ's usual one frame a second (``video.py``): that is
what hash banks take, and fingerprinting stays as fast as decoding. A file found in a scan,
the query, is hashed at every frame instead, and before the comparison it is thinned to one
frame a second **at the offset that lines up best with the user's video** (the offsets tried
are the copy's own frame times within one second, so at most one per frame). Each frame the
query keeps then has a partner at most half a frame away, and the 80 % is counted on those.
"""

import itertools
import math
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

import numpy as np
import numpy.typing as npt

from app.core.fingerprints.model import VpdqFrame
from app.core.fingerprints.pdq import Pdq
from app.core.matching import distances, pack_hex

QUERY_THRESHOLD: Final = 80.0
COMPARED_THRESHOLD: Final = 0.0
#: Frame pairs compared at once, to keep memory small for long videos.
_BLOCK_PAIRS: Final = 1_000_000
#: The most offsets tried when lining a densely hashed video up with a sparser one (a 120 fps
#: video against one frame a second has 120).
_MAX_OFFSETS: Final = 120
#: How much earlier than a time a frame may be and still count as at it.
_SLACK: Final = 1e-6


@dataclass(frozen=True, slots=True)
class VpdqResult:
    """How two videos compare.

    Attributes:
        query_percent: share of the query's distinct usable frames found in the other video.
        compared_percent: share of the compared video's frames found in the query.
        matched: whether both shares reach their thresholds.
        distance: the median, over the query's frames that found a partner, of the bits to
            the closest one (the match distance when ``matched``).
    """

    query_percent: float
    compared_percent: float
    matched: bool
    distance: int = Pdq.MATCH_DISTANCE


class FrameGrid:
    """Picks frames at regular times: the first frame at or after each multiple of a step.

    Args:
        interval: seconds between the times.
        slack: how much earlier than a time a frame may be and still count as at it (a
            little, so that a 30 fps video's frame stamped 0.033 is taken at 1/30 s).
    """

    def __init__(self, interval: float, slack: float = _SLACK) -> None:
        self.interval = interval
        self.slack = slack
        self._next = 0.0

    def due(self, time: float) -> bool:
        """Whether the frame at ``time`` (seconds, in order) is the next to take."""
        if time + self.slack < self._next:
            return False
        self._next = (math.floor((time + self.slack) / self.interval) + 1) * self.interval
        return True


def spacing(frames: Sequence[VpdqFrame]) -> float:
    """The usual seconds between a video's hashed frames (0 for fewer than two)."""
    gaps = [b.timestamp - a.timestamp for a, b in itertools.pairwise(frames)]
    positive = [gap for gap in gaps if gap > 0]
    return statistics.median(positive) if positive else 0.0


def thinned(frames: Sequence[VpdqFrame], interval: float, offset: float = 0.0) -> list[VpdqFrame]:
    """The frames a hasher taking one frame every ``interval`` seconds, from ``offset``
    seconds on, would have taken: the first frame at or after each of those times."""
    first = _first_in_each_interval(
        np.array([frame.timestamp for frame in frames]), interval, offset
    )
    return [frame for frame, taken in zip(frames, first, strict=True) if taken]


def compare_videos(
    query: Sequence[VpdqFrame],
    compared: Sequence[VpdqFrame],
    *,
    query_threshold: float = QUERY_THRESHOLD,
    compared_threshold: float = COMPARED_THRESHOLD,
    distance: int = Pdq.MATCH_DISTANCE,
) -> VpdqResult:
    """Compare a video (``query``) with one of the user's (``compared``) by the vPDQ rule."""
    query_hashes = _usable_hashes(_query_side(query, compared, distance))
    compared_hashes = _usable_hashes(compared)
    if not len(query_hashes) or not len(compared_hashes):
        return VpdqResult(0.0, 0.0, False)
    best, compared_found = _closest(query_hashes, compared_hashes, distance)
    found = best <= distance
    query_percent = 100.0 * float(found.mean())
    compared_percent = 100.0 * float(compared_found.mean())
    matched = query_percent >= query_threshold and compared_percent >= compared_threshold
    median = int(np.median(best[found])) if found.any() else distance
    return VpdqResult(query_percent, compared_percent, matched, median)


def _first_in_each_interval(
    times: npt.NDArray[np.float64], interval: float, offset: float
) -> npt.NDArray[np.bool_]:
    # Frames before the offset lie between two of the times: a hasher starting there would
    # not take them.
    slots = np.floor((times + _SLACK - offset) / interval)
    first = np.ones(len(times), dtype=bool)
    first[1:] = slots[1:] != slots[:-1]
    return first & (slots >= 0)


def _usable_hashes(frames: Iterable[VpdqFrame]) -> npt.NDArray[np.uint64]:
    return pack_hex(sorted({frame.pdq for frame in frames if Pdq.usable(frame.quality)}))


def _closest(
    query: npt.NDArray[np.uint64], compared: npt.NDArray[np.uint64], distance: int
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.bool_]]:
    """Each query frame's distance to its closest compared frame, and which compared frames
    have a query frame within ``distance``: in blocks, never the whole table at once."""
    best = np.empty(len(query), dtype=np.int64)
    compared_found = np.zeros(len(compared), dtype=bool)
    rows = max(1, _BLOCK_PAIRS // len(compared))
    for start in range(0, len(query), rows):
        block = distances(query[start : start + rows], compared)
        best[start : start + rows] = block.min(axis=1)
        compared_found |= (block <= distance).any(axis=0)
    return best, compared_found


def _query_side(
    query: Sequence[VpdqFrame], compared: Sequence[VpdqFrame], distance: int
) -> list[VpdqFrame]:
    # A query hashed more densely than the compared video (a found file, hashed at every
    # frame, against the user's video, hashed once a second) is thinned to the compared
    # video's spacing, lined up with it: its extra frames could find no partner.
    compared_spacing = spacing(compared)
    if spacing(query) < compared_spacing / 2:
        return thinned(
            query, compared_spacing, _best_offset(query, compared, compared_spacing, distance)
        )
    return list(query)


def _best_offset(
    query: Sequence[VpdqFrame], compared: Sequence[VpdqFrame], interval: float, distance: int
) -> float:
    """The offset at which the query, thinned to ``interval``, has the largest share of its
    usable frames within ``distance`` of a compared frame (the earliest such offset)."""
    times = np.array([frame.timestamp for frame in query])
    usable = np.array([Pdq.usable(frame.quality) for frame in query])
    compared_hashes = _usable_hashes(compared)
    if not usable.any() or not len(compared_hashes):
        return 0.0
    distinct, hash_of_frame = np.unique([frame.pdq for frame in query], return_inverse=True)
    best, _ = _closest(pack_hex(list(distinct)), compared_hashes, distance)
    partnered = best <= distance

    def share_at(offset: float) -> float:
        kept = np.unique(hash_of_frame[_first_in_each_interval(times, interval, offset) & usable])
        return float(partnered[kept].mean()) if len(kept) else 0.0

    offsets = np.unique(np.round(np.mod(times, interval), 3))
    offsets = offsets[:: -(-len(offsets) // _MAX_OFFSETS)]
    return float(max(offsets, key=share_at))
