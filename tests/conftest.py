"""Shared fixtures: the offscreen Qt platform, the shared test data, and picture makers.

``QT_QPA_PLATFORM`` is set before anything imports Qt, so GUI tests run without a display.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def shared_dir() -> Path:
    """The shared research and test data: ``STILLMINE_SHARED`` or ``../shared``."""
    configured = os.environ.get("STILLMINE_SHARED")
    return Path(configured) if configured else ROOT.parent / "shared"


@pytest.fixture(scope="session")
def testdata() -> Path:
    """The folder of real test data (``../shared/testdata``); fails clearly if missing."""
    folder = shared_dir() / "testdata"
    if not (folder / "pdq" / "expected.csv").is_file():
        pytest.fail(
            f"The shared test data was not found at {folder}. Put the 'shared' folder beside "
            "the repository, or set STILLMINE_SHARED to its location.",
            pytrace=False,
        )
    return folder


@pytest.fixture(scope="session")
def photos(testdata: Path) -> list[Path]:
    """The real photographs in ``testdata/photos``."""
    found = sorted((testdata / "photos").glob("*.png"))
    assert len(found) >= 4, "expected the four photographs of testdata/photos"
    return found
