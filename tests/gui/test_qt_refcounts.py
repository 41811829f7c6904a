"""The Qt binding must not drop references to ``None``.

PySide6 6.12.0 on Python 3.11 takes one reference off ``None`` each time a wrapped Qt call
returns nothing (``QLabel.layout()``, ``QWidget.parentWidget()`` of a top-level widget, ...);
after a few thousand such calls the interpreter aborts with "deallocating None", which for a
user is StillMine vanishing mid-session. The pinned version (``.ci/constraints.txt``) must not
do this: the calls run in a child process so that a crash fails this test, not the suite.
"""

import os
import subprocess
import sys

_CALLS_THAT_RETURN_NOTHING = """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QWidget
app = QApplication([])
label, window = QLabel("x"), QWidget()
before = sys.getrefcount(None)
for _ in range(20_000):
    label.layout()
    window.parentWidget()
print(before - sys.getrefcount(None))
"""


def test_calls_returning_nothing_keep_none_alive() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _CALLS_THAT_RETURN_NOTHING],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lost = int(done.stdout.strip().splitlines()[-1])
    assert lost < 100, f"{lost} references to None were lost in 40,000 calls"
