"""The fingerprint plugins: names, validation, distances, and golden values for our photos."""

import hashlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.fingerprints import (
    ALGORITHMS,
    HashAlgorithm,
    ImageFingerprint,
    InvalidHash,
    Md5,
    Pdq,
    PHash,
    Sha256,
    algorithm,
    fingerprint_file,
    fingerprint_image,
    hamming_distance,
)
from app.core.fingerprints.registry import ALGORITHM_CLASSES

#: Golden values: StillMine's fast-path PDQ and pHash of the test photographs. A change here
#: means every stored fingerprint changes too: bump the algorithm's VERSION if it is meant.
GOLDEN = {
    "astronaut.png": (
        "2d6b1af3a956c529e79ca3d2526fa834d4196c81cedd04de0a26b855fc99b724",
        "c2924c5532bddfc8",
    ),
    "camera.png": (
        "dc9c9d3b746978f888f40ce6e5c3f70f7266623e8d989cb99f21f2010841e1c7",
        "bff1c1c0434e8cbc",
    ),
    "chelsea.png": (
        "5feb5321f01da156898e2bf629a5d3438412cdbd23f48942464526315db33ffd",
        "b15fe6465121175e",
    ),
    "coffee.png": (
        "8c629e779a663698b9a33866c026726c21a679f61eb6e1f8c79ba7e23c8299e0",
        "bb8320376c0f3637",
    ),
}


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_golden_values_of_the_test_photographs(testdata: Path, name: str) -> None:
    path = testdata / "photos" / name
    result = fingerprint_file(str(path))
    assert result.ok
    fingerprint = result.fingerprint  # type: ignore[union-attr]
    assert isinstance(fingerprint, ImageFingerprint)
    assert (fingerprint.pdq, fingerprint.phash) == GOLDEN[name]
    data = path.read_bytes()
    assert fingerprint.sha256 == hashlib.sha256(data).hexdigest()
    assert fingerprint.md5 == hashlib.md5(data, usedforsecurity=False).hexdigest()
    assert fingerprint.pdq_quality == 100
    assert len(fingerprint.pdq_dihedral) == 8
    assert fingerprint.pdq_dihedral[0] == fingerprint.pdq


def test_algorithm_names_are_unique_and_registered() -> None:
    names = [cls.NAME for cls in ALGORITHM_CLASSES]
    assert len(names) == len(set(names))
    assert set(ALGORITHMS) == {"pdq", "phash", "md5", "sha256"}
    assert algorithm("pdq") is Pdq
    with pytest.raises(InvalidHash):
        algorithm("photodna")


@pytest.mark.parametrize(("cls", "length"), [(Pdq, 64), (PHash, 16), (Md5, 32), (Sha256, 64)])
def test_hex_lengths(cls: type[HashAlgorithm], length: int) -> None:
    assert cls.hex_length() == length


def test_thresholds() -> None:
    assert Pdq.MATCH_DISTANCE == 31
    assert Pdq.MIN_QUALITY == 50
    assert Md5.MATCH_DISTANCE == Sha256.MATCH_DISTANCE == 0


@given(st.binary(min_size=32, max_size=32).filter(any))
def test_hex_round_trip_and_canonical_case(raw: bytes) -> None:
    text = raw.hex()
    assert Pdq.validate(text.upper()) == text
    assert Pdq.validate(f"  {text}\n") == text
    assert bytes.fromhex(Pdq.validate(text)) == raw


@given(st.binary(min_size=32, max_size=32), st.binary(min_size=32, max_size=32))
def test_distance_is_a_metric(first: bytes, second: bytes) -> None:
    a, b = first.hex(), second.hex()
    distance = hamming_distance(a, b)
    assert distance == hamming_distance(b, a)
    assert 0 <= distance <= 256
    assert (distance == 0) == (a == b)
    expected = sum(bin(x ^ y).count("1") for x, y in zip(first, second, strict=True))
    assert distance == expected


@given(
    st.binary(min_size=32, max_size=32),
    st.binary(min_size=32, max_size=32),
    st.binary(min_size=32, max_size=32),
)
def test_distance_obeys_the_triangle_inequality(first: bytes, second: bytes, third: bytes) -> None:
    a, b, c = first.hex(), second.hex(), third.hex()
    assert hamming_distance(a, c) <= hamming_distance(a, b) + hamming_distance(b, c)


@pytest.mark.parametrize(
    "bad",
    ["", "xyz", "0" * 64, "g" * 64, "a" * 63, "a" * 65, "é" * 64, "0x" + "a" * 62],
)
def test_invalid_pdq_values_are_refused(bad: str) -> None:
    with pytest.raises(InvalidHash) as caught:
        Pdq.validate(bad)
    assert "PDQ" in caught.value.message


def test_matching_uses_the_threshold() -> None:
    base = "f" * 64
    near = "0" * 7 + "f" * 57  # 28 bits differ
    far = "0" * 8 + "f" * 56  # 32 bits differ
    assert Pdq.matches(base, near)
    assert not Pdq.matches(base, far)


def test_identical_bytes_give_identical_fingerprints(testdata: Path) -> None:
    data = (testdata / "photos" / "coffee.png").read_bytes()
    assert fingerprint_image(data, "a") == fingerprint_image(data, "b")
