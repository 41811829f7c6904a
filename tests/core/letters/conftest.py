"""Fixtures for the letters tests: a real (cheaply keyed) case file."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.vault import TEST_ONLY_WEAK_KDF, CaseFile

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def case(tmp_path: Path) -> Iterator[CaseFile]:
    """A new, empty case (closed after the test)."""
    opened, _recovery_code = CaseFile.create(tmp_path / "case", PASSPHRASE, kdf=TEST_ONLY_WEAK_KDF)
    yield opened
    opened.close()
