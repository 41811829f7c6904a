"""PDQ against the reference implementations' published hashes (testdata/pdq/expected.csv).

Full-size decoding reproduces the Java reference (which ``pdqhash`` 0.2.8 follows) bit for
bit. The fast path (draft decoding and an intermediate size) must stay within 10 bits of
every published row whose picture has quality 80 or more, the tolerance Meta's notes give
between implementations.
"""

import csv
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app.core.fingerprints import Pdq, fingerprint_image, hamming_distance
from app.core.fingerprints.model import TOO_PLAIN_WARNING
from app.core.fingerprints.pdq import pdq_hash

#: Rows whose reference read the picture differently by design, with the reason (checked by
#: test_the_sixteen_bit_row_differs_only_by_the_conversion_rule).
CONVERTED_DIFFERENTLY = {
    "threatexchange/I16.png": "threatexchange clips 16-bit values to 8 bits; StillMine scales them"
}


def reference_rows(testdata: Path) -> list[dict[str, str]]:
    with (testdata / "pdq" / "expected.csv").open(newline="") as table:
        return list(csv.DictReader(table))


def fingerprint_of(testdata: Path, name: str, *, full_size: bool = False):  # type: ignore[no-untyped-def]
    path = testdata / "pdq" / name
    return fingerprint_image(path.read_bytes(), path.name, full_size=full_size)


def test_full_size_decoding_reproduces_the_java_reference_exactly(testdata: Path) -> None:
    rows = [row for row in reference_rows(testdata) if row["reference"] == "java-reference"]
    assert rows
    for row in rows:
        assert fingerprint_of(testdata, row["file"], full_size=True).pdq == row["pdq_hex"]


def test_fast_path_is_within_10_bits_of_every_reference_row(testdata: Path) -> None:
    checked = 0
    worst: dict[str, int] = {}
    for row in reference_rows(testdata):
        if row["file"] in CONVERTED_DIFFERENTLY:
            continue
        fingerprint = fingerprint_of(testdata, row["file"])
        if fingerprint.pdq_quality < 80:
            continue
        distance = hamming_distance(fingerprint.pdq, row["pdq_hex"])
        worst[row["reference"]] = max(worst.get(row["reference"], 0), distance)
        assert distance <= 10, (row["file"], row["reference"], distance)
        checked += 1
    assert checked >= 40
    assert set(worst) >= {"cpp-reference", "java-reference", "wasm-reference", "python-port"}


def test_the_sixteen_bit_row_differs_only_by_the_conversion_rule(testdata: Path) -> None:
    for name in CONVERTED_DIFFERENTLY:
        row = next(r for r in reference_rows(testdata) if r["file"] == name)
        with Image.open(testdata / "pdq" / name) as picture:
            clipped = picture.convert("RGB")  # what the reference did
        assert pdq_hash(clipped)[0] == row["pdq_hex"]
        assert fingerprint_of(testdata, name).pdq_quality >= 80  # scaled, it is a real picture


def test_the_quality_gate_marks_plain_pictures_as_unusable(testdata: Path) -> None:
    small = fingerprint_of(testdata, "misc-images/small.jpg")
    assert small.pdq_quality == 0
    assert not small.pdq_usable
    assert TOO_PLAIN_WARNING in small.warnings
    low = fingerprint_of(testdata, "labelme-subset/q0003.jpg")
    assert low.pdq_quality < Pdq.MIN_QUALITY
    assert not low.pdq_usable
    good = fingerprint_of(testdata, "dih/bridge-1-original.jpg")
    assert good.pdq_usable
    assert TOO_PLAIN_WARNING not in good.warnings


def test_tiny_pictures_have_quality_zero() -> None:
    tiny = Image.fromarray(np.random.default_rng(1).integers(0, 255, (4, 4, 3), dtype=np.uint8))
    assert pdq_hash(tiny)[1] == 0


def test_dihedral_variants_match_the_truly_transformed_files(testdata: Path) -> None:
    folder = testdata / "pdq" / "dih"
    files = sorted(folder.glob("bridge-*.jpg"))
    assert len(files) == 8
    original = fingerprint_of(testdata, "dih/" + files[0].name)
    for variant_index, variant in enumerate(original.pdq_dihedral):
        for file_index, path in enumerate(files):
            distance = hamming_distance(variant, fingerprint_of(testdata, "dih/" + path.name).pdq)
            if file_index == variant_index:
                assert distance <= 16, (Pdq.DIHEDRAL_NAMES[variant_index], path.name)
            else:
                assert distance > Pdq.MATCH_DISTANCE, (Pdq.DIHEDRAL_NAMES[variant_index], path.name)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "dih/bridge-1-original.jpg",
            "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22",
        ),
        (
            "dih/bridge-2-rotate-90.jpg",
            "30a10efd71cc3d429013d48d0ffffc52e34e0e17ada952a9d29685211ea9e5af",
        ),
    ],
)
def test_the_reference_vectors_in_services_md(testdata: Path, name: str, expected: str) -> None:
    fingerprint = fingerprint_of(testdata, name, full_size=True)
    assert fingerprint.pdq == expected
    assert fingerprint.pdq_quality == 100
