"""Where StillMine finds its bundled resources.

From a source checkout the resources live in ``resources/`` beside the ``app`` package; in a
frozen (PyInstaller) build they live under ``sys._MEIPASS``.
"""

import sys
from pathlib import Path


def resources_dir() -> Path:
    """Return the folder holding letter templates, catalogues, translations and icons."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
