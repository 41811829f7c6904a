"""Scan throughput against the decode-and-hash floor measured in the same run (run by hand).

    .venv/bin/python -m tests.bench.scan_bench [--files 2000] [--own 1000]

It makes a folder of mixed files, a third each: 12-megapixel JPEGs (4000 x 3000, ~2.5 MB),
1080p JPEGs, and PNG phone screenshots of a chat app with a photo in it, all built from the
real photographs of testdata/photos (unique pictures, repeated through hard links to reach
the count without filling the disk). It fingerprints ``--own`` pictures of the user's (1000
by default) and scans the folder against them, measuring

* (b) the floor: read the bytes, MD5 + SHA-256, decode (JPEGs draft-decoded to their
  luminance plane at >= 512 pixels, as StillMine does; PNGs fully), one process;
* (c1) StillMine's scan with only the exact and PDQ stages, on all cores;
* (c2) the whole scan, with the stages for edited copies (photo regions and crops);

and prints files per second and the ratios the issue sets targets for: (c1) >= 0.80 and
(c2) >= 0.50 of the floor on all cores.
"""

import argparse
import hashlib
import io
import os
import random
import tempfile
import time
from pathlib import Path

from PIL import Image

from app.core.fingerprints import Fingerprinted, available_cores, fingerprint_paths
from app.core.media import HASH_SIDE
from app.core.scan.engine import ScannedFile, scan_paths
from app.core.scan.matcher import ReferenceSet
from app.core.scan.references import reference_from_fingerprint
from tests.bench.fingerprint_bench import PeakMemory, make_images
from tests.conftest import shared_dir
from tests.edits import chat_screenshot

UNIQUE_LARGE, UNIQUE_HD, UNIQUE_SCREENSHOTS = 40, 120, 120


def photographs() -> list[Image.Image]:
    return [
        Image.open(path).convert("RGB")
        for path in sorted((shared_dir() / "testdata" / "photos").glob("*.png"))
    ]


def make_folder(folder: Path, count: int) -> list[Path]:
    """``count`` files, a third of each kind, unique pictures repeated by hard links."""
    rng = random.Random(11)
    pool = folder / "pool"
    pool.mkdir()
    large = make_images(pool, UNIQUE_LARGE, seed=3)
    hd = []
    for index in range(UNIQUE_HD):
        with Image.open(large[index % len(large)]) as picture:
            left, top = rng.randint(0, 2000), rng.randint(0, 1900)
            frame = picture.crop((left, top, left + 1920, top + 1080))
            path = pool / f"hd-{index:04}.jpg"
            frame.save(path, "JPEG", quality=85)
            hd.append(path)
    shots = []
    for index in range(UNIQUE_SCREENSHOTS):
        with Image.open(hd[index % len(hd)]) as picture:
            shot = chat_screenshot(picture.convert("RGB"), dark=index % 2 == 1, seed=index)
        path = pool / f"shot-{index:04}.png"
        shot.save(path, "PNG")
        shots.append(path)
    kinds = [large, hd, shots]
    files = []
    target = folder / "found"
    target.mkdir()
    for index in range(count):
        source = kinds[index % 3][(index // 3) % len(kinds[index % 3])]
        link = target / f"{index:05}{source.suffix}"
        os.link(source, link)
        files.append(link)
    return files


def own_references(folder: Path, count: int) -> ReferenceSet:
    """``count`` pictures of the user's (tiles of the photographs), fingerprinted."""
    rng = random.Random(23)
    sources = photographs()
    own = folder / "own"
    own.mkdir()
    for index in range(count):
        photo = rng.choice(sources)
        size = rng.randint(200, min(photo.size))
        left, top = rng.randint(0, photo.width - size), rng.randint(0, photo.height - size)
        tile = photo.crop((left, top, left + size, top + size)).resize((640, 640))
        tile.save(own / f"own-{index:04}.jpg", "JPEG", quality=90)
    references = [
        reference_from_fingerprint(result.fingerprint, result.path)
        for result in fingerprint_paths([str(own)])
        if isinstance(result, Fingerprinted)
    ]
    return ReferenceSet(references)


def floor(path: Path) -> None:
    data = path.read_bytes()
    hashlib.md5(data, usedforsecurity=False).hexdigest()
    hashlib.sha256(data).hexdigest()
    with Image.open(io.BytesIO(data)) as image:
        if image.format == "JPEG":
            image.draft("L", (HASH_SIDE, HASH_SIDE))
        image.load()


def timed_scan(folder: Path, references: ReferenceSet) -> tuple[float, int, int]:
    with PeakMemory() as memory:
        started = time.perf_counter()
        outcomes = list(scan_paths([str(folder)], references))
        elapsed = time.perf_counter() - started
    matched = sum(isinstance(o, ScannedFile) and bool(o.matches) for o in outcomes)
    print(f"    scanned {len(outcomes)} files, {matched} matched, {elapsed:.1f} s", flush=True)
    return elapsed, memory.peak, matched


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--own", type=int, default=1000)
    args = parser.parse_args()
    cores = available_cores()
    with tempfile.TemporaryDirectory(prefix="stillmine-scan-bench-") as workspace:
        root = Path(workspace)
        print(f"Making {args.files} files and {args.own} own pictures ...", flush=True)
        files = make_folder(root, args.files)
        references = own_references(root, args.own)
        for path in files:
            path.read_bytes()
        started = time.perf_counter()
        for path in files:
            floor(path)
        floor_time = (time.perf_counter() - started) / len(files)
        first_only = ReferenceSet(references.references, edited_copies=False)
        list(scan_paths([str(files[0])], first_only))  # warm-up: first imports
        print("(c1) exact and PDQ stages:", flush=True)
        c1, c1_peak, _ = timed_scan(root / "found", first_only)
        print("(c2) every stage:", flush=True)
        c2, c2_peak, _ = timed_scan(root / "found", references)
    floor_rate = cores / floor_time
    rows = [
        ("(b) floor: read+MD5+SHA-256+decode, 1 process", 1 / floor_time),
        (f"(c1) scan, exact + PDQ, {cores} cores", len(files) / c1),
        (f"(c2) scan, every stage, {cores} cores", len(files) / c2),
    ]
    print(
        f"\n{len(files)} files (12 MP JPEG, 1080p JPEG, PNG screenshots); "
        f"{len(references)} own pictures; {cores} cores\n"
    )
    print(f"{'contender':<50} {'files/s':>9} {'ms/file':>9}")
    for name, rate in rows:
        print(f"{name:<50} {rate:>9.1f} {1000 / rate:>9.1f}")
    print(f"\n(c1) / ((b) x {cores}) = {len(files) / c1 / floor_rate:.2f}   (target >= 0.80)")
    print(f"(c2) / ((b) x {cores}) = {len(files) / c2 / floor_rate:.2f}   (target >= 0.50)")
    print(f"peak memory: (c1) {c1_peak / 2**20:.0f} MB, (c2) {c2_peak / 2**20:.0f} MB")


if __name__ == "__main__":
    main()
