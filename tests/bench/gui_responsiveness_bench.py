"""How responsive the window stays while the wizard fingerprints, and how fast Stop works.

Run by hand (under a minute; more with ``--big``):

    .venv/bin/python -m tests.bench.gui_responsiveness_bench [--files 1000] [--side 48] [--big]

It drives the real first-run wizard offscreen (test-strength key derivation, a temporary
case) and fingerprints real pictures cut from testdata/photos:

* **gap**: a 10 ms timer on the GUI thread records every gap between its ticks while the
  wizard fingerprints ``--files`` small pictures; the longest gap is how long the window
  could not react (the target is under 100 ms);
* **stop**: five runs are stopped a third of the way through; the time from the Stop click
  to the end of the background work is the cancel latency (target: under 0.5 s);
* **junk** (``--big``): a folder of 10,000 files, one in ten of them junk (text, empty,
  truncated), with the gap measured again.

The numbers are printed as a table; nothing is asserted (see tests/gui for the checks).
"""

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring

from PySide6.QtWidgets import QApplication

from app.core.vault import TEST_ONLY_WEAK_KDF
from app.gui.config import GuiConfig
from app.gui.controller import AppController
from app.gui.launch import build_app
from app.gui.pages.fingerprinting import FingerprintingPage
from tests.conftest import shared_dir
from tests.gui.drive import first_run
from tests.gui.fakes import ExitRecorder, FakeDialogs, MemoryKeyring
from tests.gui.helpers import make_pictures
from tests.gui.loop import GapMeter, wait_until


@contextmanager
def app_in(folder: Path) -> Iterator[AppController]:
    """The real app with a fresh case folder inside ``folder``."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    config = GuiConfig(kdf=TEST_ONLY_WEAK_KDF, home=folder / "home", end_process=ExitRecorder())
    controller = build_app(app, config, FakeDialogs())
    try:
        yield controller
    finally:
        controller.dispose()
        controller.ctx.translations.uninstall()
        wait_until(lambda: True)


def fingerprinting_page(controller: AppController, paths: list[str]) -> FingerprintingPage:
    """Walk the first run until fingerprinting has started, and return that page."""
    for name, wizard in first_run(controller, paths):
        if name == "fingerprinting-started":
            page = wizard.currentPage()
            assert isinstance(page, FingerprintingPage)
            return page
    raise AssertionError("the wizard never reached fingerprinting")


def measure_gap(folder: Path, paths: list[str]) -> dict[str, float]:
    """Fingerprint ``paths`` in the wizard and record the event-loop gaps meanwhile."""
    with app_in(folder) as controller:
        page = fingerprinting_page(controller, paths)
        meter = GapMeter()  # from the moment the run has started
        started = time.perf_counter()
        wait_until(page.isComplete, timeout_ms=60 * 60_000)
        seconds = time.perf_counter() - started
        meter.stop()
        gaps = sorted(meter.gaps_ms)
        return {
            "files": float(page.progress.maximum()),
            "saved": float(len(page.saved)),
            "problems": float(page.problems_model.rowCount()),
            "seconds": seconds,
            "longest gap ms": gaps[-1],
            "99th percentile gap ms": gaps[int(len(gaps) * 0.99)],
            "median gap ms": statistics.median(gaps),
        }


def measure_stop(folder: Path, paths: list[str], files: int, runs: int) -> list[float]:
    """Stop ``runs`` runs over ``files`` files a third of the way; return latencies in ms."""
    latencies = []
    for run in range(runs):
        with app_in(folder / f"stop-{run}") as controller:
            latencies.append(stop_a_third_of_the_way(fingerprinting_page(controller, paths), files))
    return latencies


def stop_a_third_of_the_way(page: FingerprintingPage, files: int) -> float:
    """Press Stop once a third of ``files`` are done; return ms until the work has ended."""
    wait_until(lambda: page.progress.value() >= files // 3)
    task = page.task
    assert task is not None
    clicked = time.perf_counter()
    page.stop.click()
    wait_until(lambda: not task.running)
    return (time.perf_counter() - clicked) * 1000


def make_junk_folder(folder: Path, photos: list[Path], count: int) -> list[str]:
    """``count`` files, one in ten of them junk of three kinds."""
    pictures = make_pictures(folder, photos, count - count // 10)
    for number in range(count // 10):
        junk = folder / f"junk-{number:05d}"
        kind = number % 3
        if kind == 0:
            junk.with_suffix(".txt").write_text("not a picture", encoding="utf-8")
        elif kind == 1:
            junk.with_suffix(".jpg").write_bytes(b"")
        else:
            junk.with_suffix(".jpg").write_bytes(pictures[number].read_bytes()[:300])
    return [str(folder)]


def print_table(title: str, rows: dict[str, float]) -> None:
    print(f"\n{title}")
    for name, value in rows.items():
        print(f"  {name:<24} {value:>10.1f}")


def main(argv: list[str]) -> int:
    """Run the measurements and print them."""
    parser = argparse.ArgumentParser(prog="python -m tests.bench.gui_responsiveness_bench")
    parser.add_argument("--files", type=int, default=1000, help="pictures for the gap run")
    parser.add_argument("--side", type=int, default=48, help="picture size in pixels")
    parser.add_argument("--stops", type=int, default=5, help="runs to stop for the latency")
    parser.add_argument("--big", action="store_true", help="also 10,000 files with junk")
    args = parser.parse_args(argv)
    if QApplication.instance() is None:
        QApplication(sys.argv[:1])
    keyring.set_keyring(MemoryKeyring())
    photos = sorted((shared_dir() / "testdata" / "photos").glob("*.png"))
    folder = Path(tempfile.mkdtemp(prefix="stillmine-gui-bench-"))
    try:
        made = make_pictures(folder / "pictures", photos, args.files, side=args.side)
        pictures = [str(made[0].parent)]
        print(f"{os.cpu_count()} CPUs; {args.files} pictures of {args.side} px cut from the photos")
        gap = measure_gap(folder / "gap", pictures)
        print_table(f"Fingerprinting {args.files} pictures in the wizard", gap)
        latencies = measure_stop(folder, pictures, args.files, args.stops)
        print_table(
            f"Stop, {args.stops} runs (click to background work ended)",
            {"median ms": statistics.median(latencies), "longest ms": max(latencies)},
        )
        if args.big:
            junk = make_junk_folder(folder / "junk", photos, 10_000)
            print_table("10,000 files, one in ten junk", measure_gap(folder / "big", junk))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
