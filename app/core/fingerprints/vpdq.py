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
"""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

import numpy as np
import numpy.typing as npt

from app.core.fingerprints.model import VpdqFrame
from app.core.fingerprints.pdq import Pdq

QUERY_THRESHOLD: Final = 80.0
COMPARED_THRESHOLD: Final = 0.0
_BLOCK: Final = 1024  # query frames compared at once, to keep memory small for long videos


@dataclass(frozen=True, slots=True)
class VpdqResult:
    """How two videos compare.

    Attributes:
        query_percent: share of the query's distinct usable frames found in the other video.
        compared_percent: share of the compared video's frames found in the query.
        matched: whether both shares reach their thresholds.
    """

    query_percent: float
    compared_percent: float
    matched: bool


def _usable_hashes(frames: Iterable[VpdqFrame]) -> npt.NDArray[np.uint64]:
    unique = sorted({frame.pdq for frame in frames if Pdq.usable(frame.quality)})
    if not unique:
        return np.zeros((0, 4), dtype=np.uint64)
    raw = np.frombuffer(b"".join(bytes.fromhex(value) for value in unique), dtype=">u8")
    return raw.astype(np.uint64).reshape(-1, 4)


def _within(
    query: npt.NDArray[np.uint64], compared: npt.NDArray[np.uint64], distance: int
) -> npt.NDArray[np.bool_]:
    close = np.zeros((len(query), len(compared)), dtype=bool)
    for start in range(0, len(query), _BLOCK):
        block = query[start : start + _BLOCK, None, :] ^ compared[None, :, :]
        close[start : start + _BLOCK] = np.bitwise_count(block).sum(axis=2) <= distance
    return close


def compare_videos(
    query: Iterable[VpdqFrame],
    compared: Iterable[VpdqFrame],
    *,
    query_threshold: float = QUERY_THRESHOLD,
    compared_threshold: float = COMPARED_THRESHOLD,
    distance: int = Pdq.MATCH_DISTANCE,
) -> VpdqResult:
    """Compare a video (``query``) with one of the user's (``compared``) by the vPDQ rule."""
    query_hashes, compared_hashes = _usable_hashes(query), _usable_hashes(compared)
    if not len(query_hashes) or not len(compared_hashes):
        return VpdqResult(0.0, 0.0, False)
    close = _within(query_hashes, compared_hashes, distance)
    query_percent = 100.0 * float(close.any(axis=1).mean())
    compared_percent = 100.0 * float(close.any(axis=0).mean())
    matched = query_percent >= query_threshold and compared_percent >= compared_threshold
    return VpdqResult(query_percent, compared_percent, matched)
