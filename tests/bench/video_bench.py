"""Video fingerprinting speed and memory, against decoding alone, measured in the same run.

Run by hand:

    .venv/bin/python -m tests.bench.video_bench [--seconds 60]

Makes 720p, 30 fps H.264 videos from the test photographs (panning, so every frame differs),
then measures seconds of video fingerprinted per second of wall time against the floor:
decoding the same frames with PyAV and nothing else, for both ways StillMine hashes a video:
one of the user's own videos (``stillmine fingerprint``, one frame a second: the 80 % target)
and a file found in a scan (every frame, so that it can be lined up with the user's; no
target). Memory: the peak resident memory of fingerprinting a short and a four-times-longer
video (it should stay flat).
"""

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import av

from app.core.fingerprints.video import EVERY_FRAME, fingerprint_video
from tests.conftest import ROOT, shared_dir
from tests.videos import panning

WIDTH, HEIGHT, FPS = 1280, 720, 30


def make_video(target: Path, seconds: int) -> Path:
    photos = sorted((shared_dir() / "testdata" / "photos").glob("*.png"))
    return panning(photos, target, seconds=seconds, fps=FPS, size=(WIDTH, HEIGHT))


def decode_only(path: Path) -> None:
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        for _frame in container.decode(stream):
            pass


def best_of(runs: int, action: object) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return min(times)


def peak_memory_mb(path: Path) -> float:
    program = (
        "import resource, sys; from app.core.fingerprints.video import fingerprint_video; "
        "fingerprint_video(sys.argv[1]); "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    output = subprocess.run(
        [sys.executable, "-c", program, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return int(output.strip()) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="stillmine-video-bench-") as name:
        folder = Path(name)
        print(
            f"Making {args.seconds} s and {args.seconds // 4} s videos at {WIDTH}x{HEIGHT}, "
            f"{FPS} fps ..."
        )
        long_video = make_video(folder / "long.mp4", args.seconds)
        short_video = make_video(folder / "short.mp4", max(1, args.seconds // 4))
        floor = best_of(3, lambda: decode_only(long_video))
        own = best_of(3, lambda: fingerprint_video(str(long_video)))
        scan = best_of(3, lambda: fingerprint_video(str(long_video), interval=EVERY_FRAME))
        short_peak = statistics.median(peak_memory_mb(short_video) for _ in range(2))
        long_peak = statistics.median(peak_memory_mb(long_video) for _ in range(2))
    print(f"\n{'contender':<44} {'video s / s':>12} {'ms / video s':>14}")
    for label, seconds in (
        ("floor: PyAV decodes every frame", floor),
        ("user's own video: 1 frame a second", own),
        ("found in a scan: every frame", scan),
    ):
        print(f"{label:<44} {args.seconds / seconds:>12.1f} {seconds / args.seconds * 1000:>14.1f}")
    print(f"\nown video / floor = {floor / own:.2f}   (target >= 0.80)")
    print(f"found file / floor = {floor / scan:.2f}   (every frame, for lining up; no target)")
    print(
        f"peak memory: {short_peak:.0f} MB for {args.seconds // 4} s, {long_peak:.0f} MB for "
        f"{args.seconds} s (ratio {long_peak / short_peak:.2f}; flat means about 1)"
    )


if __name__ == "__main__":
    main()
