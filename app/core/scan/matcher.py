"""Does a found file show one of the user's pictures or videos? Every stage, one place.

The stages, cheapest first; a later one runs only where the earlier ones found nothing:

1. **exact**: the file's SHA-256 or MD5 equals one of the user's files;
2. **pdq**: the picture's PDQ, in any of its eight rotations and mirrors, is within 31 bits
   of one of the user's (pictures, or frames of their videos), both of usable quality;
3. **photo-region**: the photo is found inside the picture (a plain border or letterbox
   trimmed away, or a photo shown inside a screenshot) and its PDQ matches; where none
   does, the boxes found are reshaped to the shapes of the user's pictures and tried again
   (a photo's pale or dark edge can merge with the app around it);
4. **crop**: the centre of one of the user's pictures is found in the picture, or in a
   photo found inside it, by the crop-tolerant search (``fingerprints/crop.py``).

Videos are compared by vPDQ (``fingerprints/vpdq.py``), and their frames with the user's
pictures. Each match says how it was found, how far apart the hashes are, and a
confidence in words a user can weigh.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final

import numpy as np
from PIL import Image

from app.core.fingerprints.crop import ALL_VARIANTS, CropSearch, CropSignature, working_copy
from app.core.fingerprints.framing import Box, distinct_boxes, fitted_boxes, photo_boxes
from app.core.fingerprints.model import ImageFingerprint, MediaKind, VideoFingerprint, VpdqFrame
from app.core.fingerprints.pdq import Pdq, grey_luma, pdq_dihedral_of_region
from app.core.fingerprints.vpdq import compare_videos
from app.core.matching import HashTable, pack_hex


class Method(StrEnum):
    """How a match was found (the ``method`` of ``stillmine scan --json``)."""

    SHA256 = "sha256"
    MD5 = "md5"
    PDQ = "pdq"
    PHOTO_REGION = "photo-region"
    CROP = "crop"
    VPDQ = "vpdq"
    VIDEO_FRAME = "video-frame"


class Confidence(StrEnum):
    """How sure a match is, in the words the results show."""

    CERTAIN = "certain"  # the very same file
    HIGH = "high"
    MEDIUM = "medium"


#: Distances at or below which a similarity match is called "high" confidence.
_HIGH_CONFIDENCE = {
    Method.PDQ: 20,
    Method.PHOTO_REGION: 16,
    Method.CROP: 16,
    Method.VPDQ: 16,
    Method.VIDEO_FRAME: 16,
}


@dataclass(frozen=True, slots=True)
class Reference:
    """One of the user's pictures or videos that a scan looks for.

    Attributes:
        key: what identifies it to the caller (a path, an item id, a package reference).
        label: the neutral name shown with matches.
        kind: picture or video.
        sha256: the file's SHA-256.
        md5: the file's MD5.
        pdqs: its usable PDQ hashes (upright, and as stored when the orientation differs).
        crop: its crop-tolerant hashes, if any.
        vpdq: a video's frame hashes.
        aspect: a picture's width / height, upright, if known (helps find it in a
            screenshot).
    """

    key: str
    label: str
    kind: MediaKind
    sha256: str
    md5: str
    pdqs: tuple[str, ...] = ()
    crop: CropSignature | None = None
    vpdq: tuple[VpdqFrame, ...] = ()
    aspect: float | None = None


@dataclass(frozen=True, slots=True)
class Match:
    """One way a found file matches one reference.

    Attributes:
        reference: index of the reference in the ``ReferenceSet``.
        method: the stage that found it.
        distance: bits between the hashes (0 for exact; for vPDQ, the median over the
            found video's matching frames).
        variant: the rotation or mirror that matched (``Pdq.DIHEDRAL_NAMES``), if not upright.
        region: where in the found picture the photo is (pixels of the picture as decoded
            for hashing, scaled to its full size), for photo-region and crop matches.
        timestamp: for matches involving a video frame, where in the video (seconds).
    """

    reference: int
    method: Method
    distance: int
    variant: str | None = None
    region: Box | None = None
    timestamp: float | None = None

    @property
    def confidence(self) -> Confidence:
        """Exact copies are certain; close similarity matches high; the rest medium."""
        if self.method in (Method.SHA256, Method.MD5):
            return Confidence.CERTAIN
        if self.distance <= _HIGH_CONFIDENCE[self.method]:
            return Confidence.HIGH
        return Confidence.MEDIUM


_METHOD_RANK = {method: rank for rank, method in enumerate(Method)}
_UPRIGHT_OR_MIRRORED = (0, Pdq.DIHEDRAL_NAMES.index("flipy"))
#: At most this many photo boxes reshaped to the user's pictures' shapes are hashed per
#: picture (a quarter of a millisecond each).
_MAX_FITTED: Final = 16
#: Shapes (width / height) within this factor of each other count as one.
_SAME_ASPECT: Final = 1.03
#: At most this many shapes of the user's pictures are tried, the most common first.
_MAX_ASPECTS: Final = 8
#: Photo boxes overlapping this much (intersection over union) count as one frame to search.
_SAME_FRAME: Final = 0.9


@dataclass
class _PdqRows:
    hashes: list[str] = field(default_factory=list)
    owner: list[int] = field(default_factory=list)
    timestamp: list[float | None] = field(default_factory=list)

    def add(self, value: str, owner: int, timestamp: float | None = None) -> None:
        self.hashes.append(value)
        self.owner.append(owner)
        self.timestamp.append(timestamp)


class ReferenceSet:
    """The user's references, indexed for every stage of matching.

    Args:
        references: what to look for.
        edited_copies: run the stages for edited copies (photo-region and crop) where the
            first stages find nothing; off only to measure what they cost.
    """

    def __init__(self, references: Sequence[Reference], *, edited_copies: bool = True) -> None:
        self.references = tuple(references)
        self.edited_copies = edited_copies
        self._by_sha256: dict[str, list[int]] = {}
        self._by_md5: dict[str, list[int]] = {}
        rows = _PdqRows()
        cropped: list[int] = []
        signatures: list[CropSignature] = []
        for index, reference in enumerate(self.references):
            self._by_sha256.setdefault(reference.sha256, []).append(index)
            self._by_md5.setdefault(reference.md5, []).append(index)
            for value in dict.fromkeys(reference.pdqs):
                rows.add(value, index)
            for frame in _usable_frames(reference.vpdq):
                rows.add(frame.pdq, index, frame.timestamp)
            if reference.crop is not None:
                cropped.append(index)
                signatures.append(reference.crop)
        self._pdq = HashTable(pack_hex(rows.hashes))
        self._pdq_owner = np.asarray(rows.owner, dtype=np.int64)
        self._pdq_time = rows.timestamp
        self._cropped = cropped
        self._crop = CropSearch(
            pack_hex([signature.pdq for signature in signatures]),
            pack_hex([signature.coarse for signature in signatures], bits=64)[:, 0],
        )
        self._videos = [i for i, ref in enumerate(self.references) if ref.kind is MediaKind.VIDEO]
        self._aspects = common_aspects(
            [ref.aspect for ref in self.references if ref.aspect and (ref.pdqs or ref.crop)]
        )

    def __len__(self) -> int:
        return len(self.references)

    def match_exact(self, sha256: str, md5: str) -> list[Match]:
        """References whose file has the same SHA-256 (or, failing that, MD5)."""
        found = [Match(index, Method.SHA256, 0) for index in self._by_sha256.get(sha256, [])]
        seen = {match.reference for match in found}
        found += [
            Match(index, Method.MD5, 0) for index in self._by_md5.get(md5, []) if index not in seen
        ]
        return found

    def match_image(self, fingerprint: ImageFingerprint, pixels: Image.Image) -> list[Match]:
        """Every reference the picture shows, by the first stage that finds any."""
        found = self.match_exact(fingerprint.sha256, fingerprint.md5)
        if found:
            return found
        if fingerprint.pdq_usable:
            queries = list(fingerprint.pdq_dihedral)
            if fingerprint.pdq_raw is not None:
                queries.append(fingerprint.pdq_raw)
            found = self._match_pdq(queries, Method.PDQ)
        if found:
            return found
        if not self.edited_copies:
            return []
        return self._second_stage(pixels, (fingerprint.width, fingerprint.height))

    def match_video(self, fingerprint: VideoFingerprint) -> list[Match]:
        """References the video shows: exact, by vPDQ, or as frames of it (pictures)."""
        found = self.match_exact(fingerprint.sha256, fingerprint.md5)
        if found:
            return found
        for index in self._videos:
            result = compare_videos(fingerprint.vpdq, self.references[index].vpdq)
            if result.matched:
                found.append(Match(index, Method.VPDQ, result.distance))
        frames = _usable_frames(fingerprint.vpdq)
        if not frames:
            return found
        for owner, (distance, query, own_time) in self._closest([f.pdq for f in frames]).items():
            if own_time is None:  # the user's videos were compared by the vPDQ rule above
                found.append(
                    Match(owner, Method.VIDEO_FRAME, distance, timestamp=frames[query].timestamp)
                )
        return found

    def _closest(self, queries: list[str]) -> dict[int, tuple[int, int, float | None]]:
        """For each reference within PDQ's distance of a query: the smallest distance, the
        query that reached it, and the reference's video frame time (None for a picture)."""
        pairs = self._pdq.search(pack_hex(queries), Pdq.MATCH_DISTANCE)
        best: dict[int, tuple[int, int, float | None]] = {}
        for query, row, distance in zip(pairs.query, pairs.stored, pairs.distance, strict=True):
            owner = int(self._pdq_owner[row])
            if owner not in best or distance < best[owner][0]:
                best[owner] = (int(distance), int(query), self._pdq_time[row])
        return best

    def _match_pdq(
        self, queries: list[str], method: Method, region: Box | None = None
    ) -> list[Match]:
        """Matches of a picture's dihedral variants (``queries`` in that order)."""
        found = [
            Match(owner, method, distance, _variant_name(query), region, timestamp)
            for owner, (distance, query, timestamp) in self._closest(queries).items()
        ]
        return sorted(found, key=lambda match: (match.distance, match.reference))

    def _second_stage(self, pixels: Image.Image, full_size: tuple[int, int]) -> list[Match]:
        boxes = photo_boxes(pixels)
        scale = (full_size[0] / pixels.width, full_size[1] / pixels.height)
        grey = pixels if pixels.mode == "L" else pixels.convert("L")  # once for every stage
        found = self._photo_regions(grey, boxes, scale)
        if not found and boxes:
            fitted = fitted_boxes(boxes, self._aspects, scale, pixels.size, _MAX_FITTED)
            found = self._photo_regions(grey, fitted, scale)
        if found or not len(self._crop):
            return _ordered(found)
        # A photo shown inside a bigger picture is upright or mirrored; the whole picture may
        # also be rotated.
        frames: list[tuple[Box | None, Sequence[int]]] = [(None, ALL_VARIANTS)]
        # The crop search tolerates a few percent of margin, so boxes that nearly coincide
        # would find the same: the best-ranked of them is searched.
        frames += [(box, _UPRIGHT_OR_MIRRORED) for box in distinct_boxes(boxes, _SAME_FRAME)]
        for frame, variants in frames:
            work = working_copy(grey, frame)
            for hit in self._crop.search(work, variants, whole_picture=frame is None):
                region = _scaled(frame, scale) if frame is not None else None
                match = Match(
                    self._cropped[hit.reference],
                    Method.CROP,
                    hit.distance,
                    _variant_name(hit.variant),
                    region,
                )
                _keep_best(found, match)
        return _ordered(found)

    def _photo_regions(
        self, grey: Image.Image, boxes: Sequence[Box], scale: tuple[float, float]
    ) -> dict[int, Match]:
        """PDQ matches of the photos that ``boxes`` may frame in ``grey``, best per reference."""
        luma = grey_luma(grey)
        queries: list[str] = []
        framed: list[Box] = []  # the box of each query
        for box in boxes:
            hashes, quality = pdq_dihedral_of_region(luma, box)
            if Pdq.usable(quality):
                queries += hashes
                framed += [box] * len(hashes)
        if not queries:
            return {}
        # One search for every box: a search's fixed cost is larger than its work here.
        return {
            owner: Match(
                owner,
                Method.PHOTO_REGION,
                distance,
                _variant_name(query),
                _scaled(framed[query], scale),
                timestamp,
            )
            for owner, (distance, query, timestamp) in self._closest(queries).items()
        }


def common_aspects(aspects: Sequence[float]) -> list[float]:
    """The shapes (width / height) of the user's pictures, grouped within ``_SAME_ASPECT``
    of each other, the most common group first (at most ``_MAX_ASPECTS``)."""
    groups: list[list[float]] = []
    for aspect in sorted(aspects):
        if groups and aspect <= groups[-1][0] * _SAME_ASPECT:
            groups[-1].append(aspect)
        else:
            groups.append([aspect])
    groups.sort(key=len, reverse=True)
    return [float(np.median(group)) for group in groups[:_MAX_ASPECTS]]


def _variant_name(query: int) -> str | None:
    """The rotation or mirror a query hash stands for, when queries are a picture's eight
    dihedral hashes in ``Pdq.DIHEDRAL_NAMES`` order, box after box (None: upright; a ninth
    hash, the picture as stored, is upright too). A variant's own index names itself."""
    variant = query % len(Pdq.DIHEDRAL_NAMES)
    return Pdq.DIHEDRAL_NAMES[variant] if variant else None


def best_per_reference(matches: Sequence[Match]) -> list[Match]:
    """One match per reference: the most certain method, then the smallest distance."""
    found: dict[int, Match] = {}
    for match in matches:
        _keep_best(found, match)
    return _ordered(found)


def _keep_best(found: dict[int, Match], match: Match) -> None:
    current = found.get(match.reference)
    if current is None or _rank(match) < _rank(current):
        found[match.reference] = match


def _rank(match: Match) -> tuple[int, int]:
    return _METHOD_RANK[match.method], match.distance


def _ordered(found: dict[int, Match]) -> list[Match]:
    return sorted(found.values(), key=lambda match: (_rank(match), match.reference))


def _scaled(box: Box, scale: tuple[float, float]) -> Box:
    """A box in the decoded pixels, in the full-size picture's pixels."""
    left, top, right, bottom = box
    across, down = scale
    return round(left * across), round(top * down), round(right * across), round(bottom * down)


def _usable_frames(frames: Sequence[VpdqFrame]) -> list[VpdqFrame]:
    unique: dict[str, VpdqFrame] = {}
    for frame in frames:
        if Pdq.usable(frame.quality):
            unique.setdefault(frame.pdq, frame)
    return list(unique.values())
