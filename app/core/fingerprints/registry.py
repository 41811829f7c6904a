"""All fingerprint algorithms by name."""

from collections.abc import Mapping

from app.core.fingerprints.base import HashAlgorithm, InvalidHash
from app.core.fingerprints.cryptographic import Md5, Sha256
from app.core.fingerprints.pdq import Pdq
from app.core.fingerprints.perceptual import PHash

ALGORITHM_CLASSES: tuple[type[HashAlgorithm], ...] = (Pdq, PHash, Md5, Sha256)
ALGORITHMS: Mapping[str, type[HashAlgorithm]] = {cls.NAME: cls for cls in ALGORITHM_CLASSES}


def algorithm(name: str) -> type[HashAlgorithm]:
    """Look an algorithm up by its stable name."""
    try:
        return ALGORITHMS[name]
    except KeyError:
        raise InvalidHash(f"“{name}” is not a fingerprint type StillMine knows.") from None
