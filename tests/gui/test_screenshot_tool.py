"""The screenshot tool (``python -m tests.gui.screenshots OUTDIR``) runs and writes real PNGs.

It is run the way a person runs it, as its own process, so a page it can no longer reach or
a window that fails to draw breaks this test rather than the next person's look at the
screens.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageStat

from tests.conftest import ROOT

SHOT = re.compile(r"^(en|nl)-(\d\d)-([a-z0-9-]+)\.png$")
# Pages that must always be there: the first run from start to end, the dashboard, unlock.
REQUIRED = {
    "welcome",
    "language",
    "create-case",
    "recovery-code",
    "about-you",
    "add-images",
    "about-images",
    "fingerprinting",
    "review",
    "next-steps",
    "dashboard-1",
    "help",
    "settings",
    "unlock",
    "unlock-wrong-passphrase",
}


@pytest.mark.slow
def test_the_screenshot_tool_writes_every_screen_in_both_languages(
    tmp_path: Path, testdata: Path
) -> None:
    out = tmp_path / "shots"
    run = subprocess.run(
        [sys.executable, "-m", "tests.gui.screenshots", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "STILLMINE_HOME": str(tmp_path / "home"),
            "STILLMINE_SHARED": str(testdata.parent),
        },
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert "Traceback" not in run.stderr
    written = sorted(path.name for path in out.iterdir())
    assert written == sorted(line.split("/")[-1] for line in run.stdout.split()), (
        "it prints each file it writes, and writes nothing else"
    )
    names: dict[str, list[str]] = {"en": [], "nl": []}
    for name in written:
        match = SHOT.match(name)
        assert match, f"unexpected file {name}"
        names[match[1]].append(match[3])
    assert names["en"] == names["nl"], "the same screens in both languages"
    assert set(names["en"]) >= REQUIRED, REQUIRED - set(names["en"])
    for name in written:
        with Image.open(out / name) as shot:
            assert shot.format == "PNG"
            assert shot.width >= 400 and shot.height >= 300, (name, shot.size)
            spread = ImageStat.Stat(shot.convert("L")).extrema[0]
            assert spread[1] - spread[0] > 64, f"{name} is blank"
    english = (out / "en-01-welcome.png").read_bytes()
    assert english != (out / "nl-01-welcome.png").read_bytes(), "the Dutch page is in Dutch"
