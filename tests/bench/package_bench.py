"""The download's budgets: its size (≤ 300 MB) and the time to the first window (≤ 1.5 s).

Run by hand, after building (``python3 .ci/dev.py build``):

    .venv/bin/python -m tests.bench.package_bench [--runs 7]

Size: the one-folder build ``dist/StillMine``, in total and per dependency (each file is
counted once, under the package or library folder it belongs to; the Qt libraries and
plugins are split out from PySide6's bindings), largest first.

Start-up: the median time from launching a process to its first window being painted
(``--exit-when-shown`` prints a line at that moment; the clock stops when the line is read),
for StillMine from source (``python -m app``) and frozen (``dist/StillMine/StillMine``),
against a baseline measured in the same run: a bare PySide6 program that imports QtWidgets
and paints one empty window. The ratio says what StillMine adds on top of Qt itself. Each run
starts with a fresh, empty data folder (the first-run wizard, the window a new user sees).
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from tests.conftest import ROOT

DIST = ROOT / "dist" / "StillMine"
SIZE_BUDGET_MB = 300
START_BUDGET_S = 1.5
SHOWN_LINE = "first window shown"
_MB = 1024 * 1024

BASELINE = f"""
import sys
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

class Shown(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            print("{SHOWN_LINE}", flush=True)
            QTimer.singleShot(0, QCoreApplication.quit)
        return False

app = QApplication(sys.argv)
shown = Shown()
app.installEventFilter(shown)
window = QWidget()
window.resize(640, 480)
window.show()
app.exec()
"""


def _group(relative: Path) -> str:
    """Which dependency a file in ``_internal`` belongs to."""
    parts = relative.parts
    if parts[0] != "_internal":
        return "the two programs (bootloader and Python modules)"
    inside = parts[1:]
    if not inside:
        return "other"
    top = inside[0]
    if top == "PySide6" and len(inside) > 2 and inside[1] == "Qt":
        if inside[2] == "lib" and "icu" in inside[-1]:
            return "Qt: ICU (Unicode data)"
        return f"Qt: {inside[2]}"
    if top.endswith(".libs"):
        return f"{top.removesuffix('.libs')} (bundled libraries)"
    if top.startswith(("libpython", "python3")) or top == "base_library.zip":
        return "Python"
    if len(inside) == 1:
        return "system libraries (ssl, sqlite, stdc++, ...)"
    return top


def size_table(folder: Path) -> tuple[float, list[tuple[str, float]]]:
    """Total size in MB and the per-dependency sizes, largest first."""
    sizes: dict[str, int] = defaultdict(int)
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            sizes[_group(path.relative_to(folder))] += path.stat().st_size
    rows = sorted(((name, size / _MB) for name, size in sizes.items()), key=lambda r: -r[1])
    return sum(sizes.values()) / _MB, rows


def time_to_window(command: list[str], runs: int) -> list[float]:
    """Seconds from launch to the first painted window, once per run (fresh data folder)."""
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="stillmine-bench-") as home:
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen", STILLMINE_HOME=home)
            started = time.perf_counter()
            process = subprocess.Popen(
                command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                text=True,
            )  # fmt: skip
            assert process.stdout is not None
            shown = next((line for line in process.stdout if line.strip() == SHOWN_LINE), None)
            if shown is not None:
                times.append(time.perf_counter() - started)
            process.wait(timeout=60)
            if shown is None or process.returncode != 0:
                raise SystemExit(f"{command} showed no window ({process.returncode})")
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not (DIST / "StillMine").exists():
        raise SystemExit(f"Build first: python3 .ci/dev.py build (no {DIST})")

    total, rows = size_table(DIST)
    print(f"One-folder build {DIST}: {total:.0f} MB (budget {SIZE_BUDGET_MB} MB)")
    for name, megabytes in rows:
        if megabytes >= 0.5:
            print(f"  {megabytes:7.1f} MB  {name}")
    rest = sum(megabytes for _name, megabytes in rows if megabytes < 0.5)
    print(f"  {rest:7.1f} MB  everything else (under 0.5 MB each)")

    print(f"\nLaunch → first window painted, median of {args.runs} runs:")
    commands = {
        "baseline: bare PySide6 window": [sys.executable, "-c", BASELINE],
        "StillMine from source": [sys.executable, "-m", "app", "--exit-when-shown"],
        "StillMine frozen": [str(DIST / "StillMine"), "--exit-when-shown"],
    }
    medians = {}
    for name, command in commands.items():
        time_to_window(command, 1)  # warm the file cache
        medians[name] = statistics.median(time_to_window(command, args.runs))
    baseline = medians["baseline: bare PySide6 window"]
    print(f"  {'':32} {'median':>8} {'× baseline':>11} {'budget':>8}")
    for name, median in medians.items():
        budget = "" if name.startswith("baseline") else f"{START_BUDGET_S:.1f} s"
        verdict = "" if not budget else ("  ok" if median <= START_BUDGET_S else "  OVER")
        print(f"  {name:32} {median:7.2f}s {median / baseline:10.1f}× {budget:>8}{verdict}")
    over = total > SIZE_BUDGET_MB or any(
        median > START_BUDGET_S for name, median in medians.items() if "StillMine" in name
    )
    print("\nOver budget." if over else "\nWithin budget.")


if __name__ == "__main__":
    main()
