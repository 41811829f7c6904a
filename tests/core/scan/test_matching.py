"""The vectorised Hamming search: packing, brute force, and the multi-index (exact, always)."""

from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core import matching
from app.core.fingerprints.pdq import Pdq
from app.core.matching import (
    HammingIndex,
    HashTable,
    InvalidHashes,
    Pairs,
    Words,
    bits_set,
    brute_force_search,
    distances,
    pack_hex,
)
from tests.core.scan.builders import fingerprint_of


def random_words(rng: np.random.Generator, count: int, words: int, density: float) -> Words:
    """``count`` random hashes whose bits are set with probability ``density``."""
    bits = rng.random((count, words * 64)) < density
    return np.packbits(bits, axis=1).view(">u8").astype(np.uint64).reshape(count, words)


def flip_bits(rng: np.random.Generator, row: Words, count: int) -> Words:
    """``row`` with ``count`` distinct bits flipped."""
    flipped = row.copy()
    for position in rng.choice(row.size * 64, size=count, replace=False):
        flipped[position // 64] ^= np.uint64(1) << np.uint64(position % 64)
    return flipped


def as_triples(pairs: Pairs) -> list[tuple[int, int, int]]:
    return list(
        zip(pairs.query.tolist(), pairs.stored.tolist(), pairs.distance.tolist(), strict=True)
    )


def python_distance(first: str, second: str) -> int:
    return (int(first, 16) ^ int(second, 16)).bit_count()


# --- packing ---------------------------------------------------------------------------------


def test_pack_hex_gives_big_endian_words() -> None:
    words = pack_hex(["0123456789abcdef" * 4, "F" * 64])
    assert words.dtype == np.uint64 and words.shape == (2, 4)
    assert words[0].tolist() == [0x0123456789ABCDEF] * 4
    assert words[1].tolist() == [2**64 - 1] * 4
    assert pack_hex(["00000000000000ff"], bits=64).tolist() == [[255]]
    assert pack_hex([]).shape == (0, 4)


@pytest.mark.parametrize(
    ("hashes", "message"),
    [
        (["0" * 64, "0" * 63], "Hash number 2 has 63 characters instead of 64."),
        (["0" * 65], "Hash number 1 has 65 characters instead of 64."),
        (["0" * 63 + "g"], "A hash contains characters other than 0-9 and a-f."),
        (["0" * 62 + "  "], "A hash contains characters other than 0-9 and a-f."),
        (["0" * 30 + "  " + "0" * 32], "A hash contains characters other than 0-9 and a-f."),
    ],
)
def test_pack_hex_refuses_what_is_not_a_hash(hashes: list[str], message: str) -> None:
    with pytest.raises(InvalidHashes) as raised:
        pack_hex(hashes)
    assert raised.value.message == message
    assert raised.value.code == "invalid-hashes"


def test_every_bit_counts_once() -> None:
    base = "0" * 64
    words = pack_hex([base])
    for position in range(64):
        digit = base[:position] + "8" + base[position + 1 :]
        assert distances(pack_hex([digit]), words).tolist() == [[1]]
    assert distances(pack_hex(["f" * 64]), words).tolist() == [[256]]


def test_distances_agree_with_integer_arithmetic(photos: list[Path]) -> None:
    hashes = [h for path in photos for h in fingerprint_of(path.read_bytes()).pdq_dihedral]
    matrix = distances(pack_hex(hashes), pack_hex(hashes))
    expected = [[python_distance(a, b) for b in hashes] for a in hashes]
    assert matrix.tolist() == expected


@pytest.mark.parametrize("words", [1, 4])
def test_distances_and_bit_counts_agree_with_integer_arithmetic_on_random_words(
    words: int,
) -> None:
    rng = np.random.default_rng(words)
    queries = random_words(rng, 7, words, 0.5)
    stored = random_words(rng, 300, words, 0.3)
    stored[0] = ~np.uint64(0)  # every bit set: the largest count fits
    as_int = [int.from_bytes(row.astype(">u8").tobytes(), "big") for row in stored]
    assert bits_set(stored).tolist() == [value.bit_count() for value in as_int]
    expected = [
        [(int.from_bytes(query.astype(">u8").tobytes(), "big") ^ value).bit_count()
         for value in as_int]
        for query in queries
    ]  # fmt: skip
    assert distances(queries, stored).tolist() == expected


# --- brute force and the index ----------------------------------------------------------------


def test_brute_force_finds_every_pair_within_the_radius_in_order() -> None:
    stored = ["0" * 64, "0" * 63 + "1", "0" * 63 + "3", "f" * 64]
    queries = ["f" * 64, "0" * 64]
    pairs = brute_force_search(pack_hex(queries), pack_hex(stored), radius=1)
    assert as_triples(pairs) == [(0, 3, 0), (1, 0, 0), (1, 1, 1)]
    assert len(pairs) == 3
    wider = brute_force_search(pack_hex(queries), pack_hex(stored), radius=2)
    assert (1, 2, 2) in as_triples(wider)


def test_nothing_to_search_gives_no_pairs() -> None:
    empty = pack_hex([])
    some = pack_hex(["0" * 64])
    for stored, queries in ((empty, some), (some, empty), (empty, empty)):
        assert len(brute_force_search(queries, stored, 31)) == 0
        assert len(HammingIndex(stored).search(queries, 31)) == 0
        assert len(HashTable(stored).search(queries, 31)) == 0


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(0, 2**32 - 1),
    stored_count=st.integers(1, 400),
    query_count=st.integers(1, 40),
    radius=st.integers(0, 31),
    bits=st.sampled_from([256, 64]),
    density=st.sampled_from([0.5, 0.1]),
)
def test_the_index_finds_exactly_what_brute_force_finds(
    *, seed: int, stored_count: int, query_count: int, radius: int, bits: int, density: float
) -> None:
    rng = np.random.default_rng(seed)
    words = bits // 64
    stored = random_words(rng, stored_count, words, density)
    # Copies and near-duplicates planted at and around the radius, where an index that
    # probed too few neighbours would miss pairs.
    planted = [
        flip_bits(rng, stored[rng.integers(stored_count)], int(rng.integers(0, radius + 3)))
        for _ in range(query_count)
    ]
    stored = np.concatenate([stored, stored[: min(5, stored_count)]])  # duplicate rows too
    queries = np.concatenate([random_words(rng, query_count, words, density), np.stack(planted)])
    expected = as_triples(brute_force_search(queries, stored, radius))
    assert as_triples(HammingIndex(stored).search(queries, radius)) == expected
    assert sum(1 for _, _, distance in expected if distance <= radius) == len(expected)


@pytest.mark.parametrize("radius", [0, 7, 15, 16, 31, 40])
def test_the_index_is_exact_across_blocks(monkeypatch: pytest.MonkeyPatch, radius: int) -> None:
    """Small blocks split the queries; no pair is lost or repeated at the seams."""
    monkeypatch.setattr(matching, "_BLOCK_PAIRS", 64)
    rng = np.random.default_rng(radius)
    stored = random_words(rng, 300, 4, 0.5)
    queries = np.stack([flip_bits(rng, stored[i % 300], i % (radius + 1)) for i in range(90)])
    expected = as_triples(brute_force_search(queries, stored, radius))
    assert len(expected) >= 90  # every planted pair, and any chance ones
    assert as_triples(HammingIndex(stored).search(queries, radius)) == expected


def test_the_table_switches_to_the_index_for_large_searches(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rng = np.random.default_rng(7)
    stored = random_words(rng, 500, 4, 0.5)
    queries = np.stack([flip_bits(rng, stored[i], 20 + i % 12) for i in range(0, 500, 5)])
    small = HashTable(stored)
    expected = as_triples(small.search(queries, Pdq.MATCH_DISTANCE))
    assert small._index is None  # few pairs: brute force
    monkeypatch.setattr(matching, "_BRUTE_FORCE_PAIRS", 0)
    large = HashTable(stored)
    assert as_triples(large.search(queries, Pdq.MATCH_DISTANCE)) == expected
    assert isinstance(large._index, HammingIndex) and len(large._index) == 500
    assert len(expected) == 100  # every planted pair, within 31 by construction


def test_real_pdq_variants_of_different_photos_are_far_apart(photos: list[Path]) -> None:
    """A sanity anchor for the radius: the photos' own hashes never come near each other."""
    upright = [fingerprint_of(path.read_bytes()).pdq for path in photos]
    variants = [v for path in photos for v in fingerprint_of(path.read_bytes()).pdq_dihedral]
    pairs = HammingIndex(pack_hex(upright)).search(pack_hex(variants), Pdq.MATCH_DISTANCE)
    # Each photo's upright variant finds itself at 0, and nothing else is found.
    assert as_triples(pairs) == [(8 * photo, photo, 0) for photo in range(len(photos))]
