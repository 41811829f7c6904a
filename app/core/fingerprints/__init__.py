"""Fingerprints of the user's own pictures: PDQ, pHash, MD5 and SHA-256.

Import from here: ``fingerprint_paths`` for batches of files and folders, ``fingerprint_image``
for bytes in memory, the result types, and the algorithm plugins.
"""

from app.core.fingerprints.base import HashAlgorithm, InvalidHash, hamming_distance
from app.core.fingerprints.batch import fingerprint_paths, prestart_workers
from app.core.fingerprints.cryptographic import Md5, Sha256
from app.core.fingerprints.files import fingerprint_file
from app.core.fingerprints.image import fingerprint_image
from app.core.fingerprints.model import (
    Fingerprinted,
    FingerprintFailed,
    FingerprintResult,
    ImageFingerprint,
    MediaFingerprint,
    MediaKind,
    VideoFingerprint,
    VpdqFrame,
)
from app.core.fingerprints.pdq import Pdq
from app.core.fingerprints.perceptual import PHash
from app.core.fingerprints.registry import ALGORITHMS, algorithm
from app.core.procpool import available_cores

__all__ = [
    "ALGORITHMS",
    "FingerprintFailed",
    "FingerprintResult",
    "Fingerprinted",
    "HashAlgorithm",
    "ImageFingerprint",
    "InvalidHash",
    "Md5",
    "MediaFingerprint",
    "MediaKind",
    "PHash",
    "Pdq",
    "Sha256",
    "VideoFingerprint",
    "VpdqFrame",
    "algorithm",
    "available_cores",
    "fingerprint_file",
    "fingerprint_image",
    "fingerprint_paths",
    "hamming_distance",
    "prestart_workers",
]
