"""Fixtures of the scan tests: the real photographs as the user's references."""

from pathlib import Path

import pytest

from app.core.scan.matcher import ReferenceSet
from tests.core.scan.builders import reference_set


@pytest.fixture(scope="session")
def references(photos: list[Path]) -> ReferenceSet:
    """The four photographs of testdata/photos as the user's pictures (keys: their paths)."""
    return reference_set(photos)
