"""Accuracy of the scan's matching on edited copies of real photographs (run by hand).

    python -m tests.bench.match_accuracy [--photos-only] [--show-misses]

Every photograph in ``testdata/photos`` (and, unless ``--photos-only``, the other real
photographs of ``testdata/pdq``) is fingerprinted as one of the user's pictures. Each is
then put through every edit of ``tests/edits.py``, and each edited copy is matched, as a
scan would, against all of them. Recall is reported per edit, with the methods that found
the copies and the largest distance; every false match is listed: an unedited photo or an
edited copy matched to a different photo. The targets (issue 7): 100% recall for the edits
in ``MUST_FIND``, at least 90% for ``MOSTLY_FIND``, and no false match at all.
"""

import argparse
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageOps

from app.core.errors import UserError
from app.core.fingerprints.image import fingerprint_image_and_pixels
from app.core.scan.matcher import Match, ReferenceSet
from app.core.scan.references import reference_from_fingerprint
from tests.conftest import shared_dir
from tests.edits import EDITS, MOSTLY_FIND, MUST_FIND

#: Real photographs of distinct scenes in testdata/pdq (the bridge variants are one scene).
EXTRA_PHOTOS = (
    "pdq/dih/bridge-1-original.jpg",
    "pdq/pen-and-coaster.png",
    "pdq/exif-rotn/exif-rotn-1.jpg",
    "pdq/exif-rotn/exif-rotn-3.jpg",
    "pdq/exif-rotn/exif-rotn-6.jpg",
    "pdq/exif-rotn/exif-rotn-8.jpg",
    *(f"pdq/labelme-subset/q{n}.jpg" for n in ("0004", "0122", "0291", "0746", "1050", "2821")),
)


@dataclass
class EditResult:
    """What happened to one edit across all photographs."""

    found: int = 0
    total: int = 0
    methods: Counter[str] = field(default_factory=Counter)
    worst_distance: int = 0
    misses: list[str] = field(default_factory=list)
    seconds: float = 0.0


def originals(photos_only: bool) -> list[Path]:
    testdata = shared_dir() / "testdata"
    found = sorted((testdata / "photos").glob("*.png"))
    if not photos_only:
        found += [testdata / name for name in EXTRA_PHOTOS]
    missing = [path for path in found if not path.is_file()]
    if not found or missing:
        sys.exit(f"Test photographs missing under {testdata}: {missing or 'photos/*.png'}")
    return found


def match(data: bytes, name: str, references: ReferenceSet) -> list[Match]:
    fingerprint, decoded = fingerprint_image_and_pixels(data, name)
    return references.match_image(fingerprint, decoded.pixels)


def user_pictures(photos_only: bool) -> tuple[list[Path], ReferenceSet]:
    """The photographs used as the user's pictures, and their references."""
    paths, references, plain = [], [], []
    for path in originals(photos_only):
        fingerprint = fingerprint_image_and_pixels(path.read_bytes(), path.name)[0]
        # A picture too plain for PDQ can only be found as an exact copy: not measured here.
        if fingerprint.pdq_usable:
            paths.append(path)
            references.append(reference_from_fingerprint(fingerprint, path.name))
        else:
            plain.append(path.name)
    if plain:
        print(f"Left out as too plain for similarity matching: {', '.join(plain)}\n")
    return paths, ReferenceSet(references)


def check_edit(
    copy: bytes, name: str, index: int, *, paths: list[Path], references: ReferenceSet,
    result: EditResult, false_matches: list[str],
) -> None:  # fmt: skip
    """Match one edited copy of photo ``index`` and add the outcome to ``result``."""
    started = time.perf_counter()
    try:
        matches = match(copy, f"{paths[index].stem}-{name}", references)
    except UserError as error:
        matches = []
        result.misses.append(f"{paths[index].name}: {error.message}")
    result.seconds += time.perf_counter() - started
    result.total += 1
    false_matches += [
        f"{paths[index].name} {name} -> {paths[found.reference].name} "
        f"({found.method}, {found.distance})"
        for found in matches
        if found.reference != index
    ]
    mine = [found for found in matches if found.reference == index]
    if mine:
        result.found += 1
        result.methods[mine[0].method] += 1
        result.worst_distance = max(result.worst_distance, mine[0].distance)
    elif not result.misses or not result.misses[-1].startswith(paths[index].name):
        result.misses.append(paths[index].name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos-only", action="store_true")
    parser.add_argument("--show-misses", action="store_true")
    options = parser.parse_args()
    paths, references = user_pictures(options.photos_only)
    false_matches = [
        f"{path.name} (unedited) -> {paths[found.reference].name}"
        for index, path in enumerate(paths)
        for found in match(path.read_bytes(), path.name, references)
        if found.reference != index
    ]
    results: dict[str, EditResult] = defaultdict(EditResult)
    for index, path in enumerate(paths):
        # Upright, as the user sees it (and as its fingerprint describes it).
        original = ImageOps.exif_transpose(Image.open(path)).convert("RGB")
        for name, edit in EDITS.items():
            check_edit(
                edit(original), name, index, paths=paths, references=references,
                result=results[name], false_matches=false_matches,
            )  # fmt: skip
    report(results, false_matches, len(paths), options.show_misses)


def report(
    results: dict[str, EditResult], false_matches: list[str], photos: int, show_misses: bool
) -> None:
    print(f"Matching accuracy over {photos} photographs ({photos - 1} others as negatives)\n")
    print(f"{'edit':24} {'found':>7} {'recall':>7} {'target':>7} {'worst':>6} {'ms':>6}  methods")
    failed = []
    for name, result in results.items():
        recall = result.found / result.total
        target = 1.0 if name in MUST_FIND else 0.9 if name in MOSTLY_FIND else None
        mark = "" if target is None or recall >= target else "  << below target"
        if mark:
            failed.append(name)
        methods = ", ".join(f"{method} {count}" for method, count in result.methods.most_common())
        print(
            f"{name:24} {result.found:>3}/{result.total:<3} {recall:>7.0%} "
            f"{'-' if target is None else f'{target:.0%}':>7} {result.worst_distance:>6} "
            f"{1000 * result.seconds / result.total:>6.1f}  {methods}{mark}"
        )
        if show_misses and result.misses:
            print("    missed: " + "; ".join(result.misses))
    print(f"\nFalse matches: {len(false_matches)}")
    for line in false_matches:
        print("  " + line)
    if failed or false_matches:
        print(f"\nBelow target: {', '.join(failed) or 'none'}")


if __name__ == "__main__":
    main()
