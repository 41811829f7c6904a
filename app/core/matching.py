"""Vectorised Hamming search: many hashes against many, every pair within a distance found.

Hashes are held as rows of big-endian uint64 words (a 256-bit PDQ is four words), so a
distance is a XOR and a ``numpy.bitwise_count`` per word. Two strategies, one answer:

* brute force compares every query with every stored hash, in blocks that keep memory flat;
  it is the fastest way for the few thousand hashes of one person's case;
* ``HammingIndex`` is a multi-index hash (Norouzi, Punjani and Fleet, "Fast search in
  Hamming space with multi-index hashing", CVPR 2012) for millions: the bits are cut into
  ``m`` chunks of 16, and two hashes within distance ``r`` must agree on some chunk to within
  ``r // m`` bits (if every chunk differed by more, the total would exceed ``r``). Each chunk
  is a counting-sorted table; a query looks up its chunk values and their one-bit
  neighbours, and only those candidates are compared in full. The search is exact: it finds
  every pair a brute-force comparison would.

``HashTable`` picks the strategy by size, so callers never have to.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Final

import numpy as np
import numpy.typing as npt

from app.core.errors import UserError

Words = npt.NDArray[np.uint64]
Indices = npt.NDArray[np.int64]

_CHUNK_BITS: Final = 16
_CHUNKS_PER_WORD: Final = 64 // _CHUNK_BITS
#: Above this many stored hashes times queries, the index beats brute force.
_BRUTE_FORCE_PAIRS: Final = 50_000_000
#: Pairs compared at once by brute force (bounds memory: 8 bytes per pair and word).
_BLOCK_PAIRS: Final = 4_000_000


class InvalidHashes(UserError):
    """Hashes given for matching are not hex strings of the expected length."""

    code = "invalid-hashes"


def pack_hex(hashes: Iterable[str], bits: int = 256) -> Words:
    """Hex hashes as an (n, bits / 64) array of uint64 words.

    Raises:
        InvalidHashes: when a hash is not ``bits / 4`` hex digits.
    """
    digits = bits // 4
    joined = []
    for position, value in enumerate(hashes):
        if len(value) != digits:
            raise InvalidHashes(
                f"Hash number {position + 1} has {len(value)} characters instead of {digits}."
            )
        joined.append(value)
    try:
        raw = bytes.fromhex("".join(joined))
    except ValueError:
        raw = b""
    # fromhex skips spaces between pairs of digits, so a hash padded with spaces is short.
    if len(raw) != len(joined) * bits // 8:
        raise InvalidHashes("A hash contains characters other than 0-9 and a-f.")
    words = np.frombuffer(raw, dtype=">u8").astype(np.uint64)
    return words.reshape(len(joined), bits // 64)


@dataclass(frozen=True, slots=True)
class Pairs:
    """Matches between queries and stored hashes, sorted by query then stored index.

    Attributes:
        query: index of the query hash, for each pair.
        stored: index of the stored hash.
        distance: the Hamming distance between them.
    """

    query: Indices
    stored: Indices
    distance: Indices

    def __len__(self) -> int:
        return len(self.query)


Counts = npt.NDArray[np.uint16]
#: (query, stored, distance) of pairs found in one block of queries.
_Found = tuple[
    npt.NDArray[np.integer[Any]], npt.NDArray[np.integer[Any]], npt.NDArray[np.integer[Any]]
]


def distances(queries: Words, stored: Words) -> Counts:
    """Every distance between ``queries`` (q, w) and ``stored`` (n, w): a (q, n) matrix."""
    return _distances_by_word(queries, np.ascontiguousarray(stored.T))


def _distances_by_word(queries: Words, stored_words: Words) -> Counts:
    """``distances``, with the stored hashes given word by word: (w, n)."""
    # One word at a time, added up: numpy sums a short last axis slowly (these adds over
    # contiguous rows measured 4 to 9 times faster than summing a (q, n, w) array).
    counts = np.zeros((len(queries), stored_words.shape[1]), dtype=np.uint16)
    for word, stored_word in enumerate(stored_words):
        counts += np.bitwise_count(queries[:, word, None] ^ stored_word[None, :])
    return counts


def bits_set(words: Words) -> Counts:
    """How many bits are set in each row of (n, w) words."""
    counts = np.zeros(len(words), dtype=np.uint16)
    for word in range(words.shape[1]):
        counts += np.bitwise_count(words[:, word])
    return counts


def brute_force_search(queries: Words, stored: Words, radius: int) -> Pairs:
    """Every (query, stored) pair within ``radius``, by comparing all of them."""
    found: list[_Found] = []
    rows_per_block = max(1, _BLOCK_PAIRS // max(1, len(stored)))
    stored_words = np.ascontiguousarray(stored.T)
    for start in range(0, len(queries), rows_per_block):
        block = _distances_by_word(queries[start : start + rows_per_block], stored_words)
        query, index = np.nonzero(block <= radius)
        found.append((query + start, index, block[query, index]))
    return _sorted_pairs(found)


class HammingIndex:
    """A multi-index hash over ``stored`` for exact radius search (see the module docstring).

    Args:
        stored: (n, w) uint64 words; every 16-bit chunk of them is indexed.
    """

    def __init__(self, stored: Words) -> None:
        self.stored = np.ascontiguousarray(stored)
        self._chunk_count = stored.shape[1] * _CHUNKS_PER_WORD
        keys = _chunk_keys(self.stored)
        self._order: list[Indices] = []
        self._starts: list[Indices] = []
        for chunk in range(self._chunk_count):
            column = keys[:, chunk]
            self._order.append(np.argsort(column, kind="stable").astype(np.int64))
            counts = np.bincount(column, minlength=1 << _CHUNK_BITS)
            self._starts.append(np.concatenate(([0], np.cumsum(counts))).astype(np.int64))

    def __len__(self) -> int:
        return len(self.stored)

    def search(self, queries: Words, radius: int) -> Pairs:
        """Every (query, stored) pair within ``radius``: the same pairs as brute force."""
        per_chunk = radius // self._chunk_count
        if per_chunk > 1:
            # Neighbourhoods grow combinatorially; such radii are for brute force.
            return brute_force_search(queries, self.stored, radius)
        found: list[_Found] = []
        probes = self._chunk_count * (_CHUNK_BITS + 1 if per_chunk else 1)
        expected_per_query = probes * (len(self.stored) / (1 << _CHUNK_BITS) + 1)
        block = max(1, int(_BLOCK_PAIRS // expected_per_query))
        for start in range(0, len(queries), block):
            found.append(self._search_block(queries[start : start + block], start, radius))
        return _sorted_pairs(found)

    def _search_block(self, queries: Words, offset: int, radius: int) -> _Found:
        keys = _chunk_keys(queries)
        flips = np.concatenate(([0], 1 << np.arange(_CHUNK_BITS))).astype(np.int64)
        if radius // self._chunk_count == 0:
            flips = flips[:1]
        query_parts, stored_parts = [], []
        for chunk in range(self._chunk_count):
            probes = keys[:, chunk, None].astype(np.int64) ^ flips[None, :]
            starts = self._starts[chunk][probes].ravel()
            ends = self._starts[chunk][probes + 1].ravel()
            lengths = ends - starts
            owner = np.repeat(np.arange(len(queries)).repeat(len(flips)), lengths)
            positions = np.repeat(starts - np.cumsum(lengths) + lengths, lengths)
            positions += np.arange(len(positions))
            query_parts.append(owner)
            stored_parts.append(self._order[chunk][positions])
        query = np.concatenate(query_parts)
        stored = np.concatenate(stored_parts)
        distance = bits_set(queries[query] ^ self.stored[stored])
        close = distance <= radius
        query, stored, distance = query[close], stored[close], distance[close]
        # One pair can be reached through several chunks: keep it once.
        _, first = np.unique(query * len(self.stored) + stored, return_index=True)
        return query[first] + offset, stored[first], distance[first]


class HashTable:
    """Stored hashes searched by whichever strategy is fastest for the sizes involved."""

    def __init__(self, stored: Words) -> None:
        self.stored = stored
        self._index: HammingIndex | None = None

    def __len__(self) -> int:
        return len(self.stored)

    def search(self, queries: Words, radius: int) -> Pairs:
        """Every (query, stored) pair within ``radius``."""
        if len(queries) * len(self.stored) <= _BRUTE_FORCE_PAIRS:
            return brute_force_search(queries, self.stored, radius)
        if self._index is None:
            self._index = HammingIndex(self.stored)
        return self._index.search(queries, radius)


def _chunk_keys(words: Words) -> npt.NDArray[np.uint16]:
    """The 16-bit chunks of each row: (n, words * 4) (no rows gives no chunks, not an error)."""
    chunks = words.shape[1] * _CHUNKS_PER_WORD
    return np.ascontiguousarray(words).view(np.uint16).reshape(len(words), chunks)


def _sorted_pairs(found: list[_Found]) -> Pairs:
    if not found:
        empty = np.zeros(0, dtype=np.int64)
        return Pairs(empty, empty, empty)
    query = np.concatenate([part[0] for part in found]).astype(np.int64)
    stored = np.concatenate([part[1] for part in found]).astype(np.int64)
    distance = np.concatenate([part[2] for part in found]).astype(np.int64)
    order = np.lexsort((stored, query))
    return Pairs(query[order], stored[order], distance[order])
