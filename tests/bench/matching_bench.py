"""Matching alone: many own hashes against a million candidates, exact (run by hand).

    .venv/bin/python -m tests.bench.matching_bench [--own 1000] [--candidates 1000000]

The user's 1,000 pictures with their 8 rotations and mirrors (8,000 PDQ hashes) are searched
against 1,000,000 candidate hashes for every pair within distance 31. Candidates are random
256-bit hashes with exactly 128 bits set (PDQ thresholds at the median, so real hashes are
balanced like this) plus, for every tenth own hash, a planted copy with 0 to 40 bits
flipped, so there are true pairs to find on both sides of the threshold. It measures

* the multi-index search (``HammingIndex``): build and search time, and the pairs found;
* brute force (every pair compared, vectorised) on a slice of the queries, extrapolated;

and checks on that slice that both found exactly the same pairs. Target: the search in at
most 10 s on this 2-core machine.
"""

import argparse
import time

import numpy as np
import numpy.typing as npt

from app.core.matching import HammingIndex, Words, brute_force_search

RADIUS = 31


def balanced_hashes(rng: np.random.Generator, count: int) -> Words:
    """``count`` random 256-bit hashes with 128 bits set, as (count, 4) uint64 words."""
    bits = np.zeros((count, 256), dtype=np.bool_)
    bits[:, :128] = True
    bits = rng.permuted(bits, axis=1)
    return np.packbits(bits, axis=1).view(">u8").astype(np.uint64)


def flip_bits(rng: np.random.Generator, hashes: Words, counts: npt.NDArray[np.int64]) -> Words:
    flipped = hashes.copy()
    for row, count in enumerate(counts):
        for bit in rng.choice(256, int(count), replace=False):
            flipped[row, bit // 64] ^= np.uint64(1) << np.uint64(bit % 64)
    return flipped


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--own", type=int, default=1000)
    parser.add_argument("--candidates", type=int, default=1_000_000)
    parser.add_argument("--check", type=int, default=400, help="queries checked by brute force")
    args = parser.parse_args()
    rng = np.random.default_rng(5)
    queries = balanced_hashes(rng, args.own * 8)
    candidates = balanced_hashes(rng, args.candidates)
    planted = np.arange(0, len(queries), 10)
    slots = rng.choice(len(candidates), len(planted), replace=False)
    candidates[slots] = flip_bits(rng, queries[planted], rng.integers(0, 41, len(planted)))

    started = time.perf_counter()
    index = HammingIndex(candidates)
    built = time.perf_counter() - started
    started = time.perf_counter()
    pairs = index.search(queries, RADIUS)
    searched = time.perf_counter() - started

    sample = queries[: args.check]
    started = time.perf_counter()
    brute = brute_force_search(sample, candidates, RADIUS)
    brute_seconds = (time.perf_counter() - started) * len(queries) / len(sample)
    in_sample = pairs.query < len(sample)
    same = np.array_equal(pairs.query[in_sample], brute.query) and np.array_equal(
        pairs.stored[in_sample], brute.stored
    )

    print(
        f"{len(queries):,} own hashes ({args.own:,} pictures x 8) against "
        f"{len(candidates):,} candidates, radius {RADIUS}\n"
    )
    print(f"{'method':<44} {'seconds':>9}")
    print(f"{'multi-index: build':<44} {built:>9.2f}")
    print(f"{'multi-index: search':<44} {searched:>9.2f}")
    print(
        f"{'brute force (extrapolated from ' + str(len(sample)) + ' queries)':<44} "
        f"{brute_seconds:>9.1f}"
    )
    print(f"\nbrute force / multi-index = {brute_seconds / (built + searched):.0f}x")
    print(
        f"pairs found: {len(pairs):,} (planted within {RADIUS}: "
        f"{int(np.sum(np.bitwise_count(queries[planted] ^ candidates[slots]).sum(1) <= RADIUS)):,})"
    )
    print(f"same pairs as brute force on the checked slice: {'yes' if same else 'NO'}")
    print(f"target: search <= 10 s -> {'met' if built + searched <= 10 else 'NOT met'}")


if __name__ == "__main__":
    main()
