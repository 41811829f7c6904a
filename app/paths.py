"""Where StillMine finds its bundled resources and keeps the user's case.

Resources: from a source checkout they live in ``resources/`` beside the ``app`` package; in
a frozen (PyInstaller) build under ``sys._MEIPASS``. ``STILLMINE_RESOURCES`` points somewhere
else (tests use it to start StillMine with a damaged copy).

The data folder (the case, its evidence and the settings file) is, in this order:

1. ``STILLMINE_HOME`` when set (tests, scripts);
2. in **portable mode**, ``StillMine-data/`` beside the marker file ``StillMine.portable``:
   for a frozen build the marker sits beside the executable (``StillMine`` /
   ``StillMine.exe``), for a source checkout beside the ``app`` package (the repository's
   top folder). A USB stick with StillMine and the marker then carries the case, and
   StillMine writes nothing into the home folder of the laptop it runs on;
3. otherwise the per-user data folder of the operating system (``platformdirs``).
"""

import os
import sys
from pathlib import Path
from typing import Final

from app import APP_NAME

#: Set this environment variable to keep the case somewhere else (tests, scripts).
HOME_VARIABLE: Final = "STILLMINE_HOME"
#: Set this environment variable to read the resources from another folder (tests).
RESOURCES_VARIABLE: Final = "STILLMINE_RESOURCES"
#: The file whose presence turns on portable mode (its content does not matter).
PORTABLE_MARKER: Final = f"{APP_NAME}.portable"
#: The data folder's name in portable mode, beside the marker.
PORTABLE_DATA_FOLDER: Final = f"{APP_NAME}-data"


def is_frozen() -> bool:
    """Whether this is the packaged (PyInstaller) app rather than a source checkout."""
    return bool(getattr(sys, "frozen", False))


def resources_dir() -> Path:
    """Return the folder holding letter templates, catalogues, translations and icons."""
    configured = os.environ.get(RESOURCES_VARIABLE)
    if configured:
        return Path(configured).expanduser()
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def install_dir() -> Path:
    """The folder StillMine was started from: the executable's, or the source checkout's."""
    if is_frozen():
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def portable_marker() -> Path:
    """Where the portable-mode marker file would be."""
    return install_dir() / PORTABLE_MARKER


def is_portable() -> bool:
    """Whether StillMine runs in portable mode (the marker file exists)."""
    return portable_marker().is_file()


def data_dir() -> Path:
    """The folder holding the user's case, its evidence and StillMine's settings."""
    configured = os.environ.get(HOME_VARIABLE)
    if configured:
        return Path(configured).expanduser()
    if is_portable():
        return install_dir() / PORTABLE_DATA_FOLDER
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))
