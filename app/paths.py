"""Where StillMine finds its bundled resources and keeps the user's case.

From a source checkout the resources live in ``resources/`` beside the ``app`` package; in a
frozen (PyInstaller) build they live under ``sys._MEIPASS``. The case folder is the per-user
data folder of the operating system (``platformdirs``), or ``STILLMINE_HOME`` when set.
"""

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

from app import APP_NAME

#: Set this environment variable to keep the case somewhere else (tests, a USB stick).
HOME_VARIABLE = "STILLMINE_HOME"


def resources_dir() -> Path:
    """Return the folder holding letter templates, catalogues, translations and icons."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def data_dir() -> Path:
    """The folder holding the user's case, its evidence and StillMine's settings."""
    configured = os.environ.get(HOME_VARIABLE)
    if configured:
        return Path(configured).expanduser()
    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))
