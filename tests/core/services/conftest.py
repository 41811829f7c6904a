"""A case holding real fingerprints of the test photographs, for the services tests."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.fingerprints import (
    Fingerprinted,
    ImageFingerprint,
    fingerprint_file,
    fingerprint_paths,
)
from app.core.vault import (
    TEST_ONLY_WEAK_KDF,
    AgeInContent,
    CaseFile,
    TakenBy,
    item_from_fingerprint,
)
from tests.hma_server import FakeBank, running_bank

#: PDQ hashes below this quality must not be used for matching (services.md section 5).
PDQ_QUALITY_GATE = 50


@pytest.fixture(scope="session")
def photo_fingerprints(photos: list[Path]) -> list[Fingerprinted]:
    results = list(fingerprint_paths([str(path) for path in photos], workers=2))
    assert all(isinstance(result, Fingerprinted) for result in results)
    return results  # type: ignore[return-value]


@pytest.fixture
def case_with_photos(tmp_path: Path, photo_fingerprints: list[Fingerprinted]) -> Iterator[CaseFile]:
    case, _code = CaseFile.create(tmp_path / "case", "a case passphrase", kdf=TEST_ONLY_WEAK_KDF)

    def add_all(repo):  # type: ignore[no-untyped-def]
        for number, result in enumerate(photo_fingerprints, start=1):
            age = AgeInContent.UNSURE if number == len(photo_fingerprints) else AgeInContent.ADULT
            repo.add_item(
                item_from_fingerprint(
                    result.fingerprint,
                    f"Photo {number}",
                    taken_by=TakenBy.ME,
                    age_in_content=age,
                    user_appears=True,
                )
            )

    case.change(add_all)
    yield case
    case.close()


@pytest.fixture
def bank() -> Iterator[tuple[str, FakeBank]]:
    with running_bank() as running:
        yield running


@pytest.fixture
def case_with_a_plain_picture(case_with_photos: CaseFile, testdata: Path) -> CaseFile:
    """The photos' case plus ``small.jpg``, a real picture too plain for PDQ (quality 0)."""
    result = fingerprint_file(str(testdata / "pdq" / "misc-images" / "small.jpg"))
    assert isinstance(result, Fingerprinted)
    assert isinstance(result.fingerprint, ImageFingerprint)
    assert result.fingerprint.pdq_quality < PDQ_QUALITY_GATE
    item = item_from_fingerprint(
        result.fingerprint, "Plain one", age_in_content=AgeInContent.ADULT, user_appears=True
    )
    case_with_photos.change(lambda repo: repo.add_item(item))
    return case_with_photos
