"""The results of fingerprinting: typed, immutable, and free of pixels.

A result is either ``Fingerprinted`` (the file's fingerprints) or ``FingerprintFailed`` (a
plain-language reason); a batch yields one per file. Results cross process boundaries, so
they hold only plain data.
"""

from dataclasses import dataclass
from enum import StrEnum

from app.core.errors import UserError
from app.core.fingerprints.crop import CropSignature
from app.core.fingerprints.pdq import Pdq
from app.core.privacy import PrivacyFinding
from app.core.sniff import ImageFormat


class MediaKind(StrEnum):
    """What sort of media a fingerprint describes."""

    IMAGE = "image"
    VIDEO = "video"


@dataclass(frozen=True, slots=True)
class VpdqFrame:
    """The PDQ of one frame, where it is in the video, and its quality."""

    frame: int
    quality: int
    pdq: str
    timestamp: float

    def line(self) -> str:
        """The frame in vPDQ's text form: ``frame,quality,pdqhex,timestamp``."""
        return f"{self.frame},{self.quality},{self.pdq},{self.timestamp:.3f}"

    @classmethod
    def parse(cls, line: str) -> "VpdqFrame":
        """Read one line of a vPDQ file."""
        try:
            frame, quality, pdq, timestamp = line.strip().split(",")
            return cls(int(frame), int(quality), pdq.lower(), float(timestamp))
        except ValueError as exc:
            raise UserError(f"“{line.strip()[:90]}” is not a vPDQ line.") from exc


TOO_PLAIN_WARNING = (
    "This picture is too plain (for example mostly one colour, or very small) for a "
    "similarity fingerprint: only exact copies of the file can be recognised."
)


@dataclass(frozen=True, slots=True)
class ImageFingerprint:
    """Every fingerprint of one picture, plus what loading it revealed.

    Attributes:
        sha256: SHA-256 of the file's bytes.
        md5: MD5 of the file's bytes.
        pdq: PDQ of the upright picture (EXIF orientation applied).
        pdq_quality: PDQ quality, 0-100; below ``Pdq.MIN_QUALITY`` the PDQ must not be used.
        pdq_dihedral: the eight rotated and mirrored PDQ variants (``Pdq.DIHEDRAL_NAMES``).
        pdq_raw: PDQ of the pixels as stored, when the EXIF orientation changes them (what a
            hasher that ignores orientation, like StopNCII's, computes); else None.
        phash: 64-bit pHash of the upright picture.
        width: width in pixels, upright.
        height: height in pixels, upright.
        format: the format found in the file's content.
        frame_count: frames of an animation (the first frame is hashed).
        orientation: the EXIF orientation that was applied (1 = none).
        privacy: identifying information found in the file.
        warnings: plain-language notes (damage, a hash too plain to use).
        crop: the crop-tolerant hashes of the picture's centre (``crop.py``), or None when
            the centre is too plain.
    """

    sha256: str
    md5: str
    pdq: str
    pdq_quality: int
    pdq_dihedral: tuple[str, ...]
    pdq_raw: str | None
    phash: str
    width: int
    height: int
    format: ImageFormat
    frame_count: int
    orientation: int
    privacy: tuple[PrivacyFinding, ...]
    warnings: tuple[str, ...]
    crop: CropSignature | None = None

    kind = MediaKind.IMAGE

    @property
    def pdq_usable(self) -> bool:
        """Whether the PDQ hash passes the quality gate and may be used for matching."""
        return Pdq.usable(self.pdq_quality)


@dataclass(frozen=True, slots=True)
class VideoFingerprint:
    """Every fingerprint of one video, and what reading it revealed."""

    sha256: str
    md5: str
    vpdq: tuple[VpdqFrame, ...]
    duration: float
    width: int
    height: int
    codec: str
    format: str
    frame_rate: float | None
    rotation: int
    privacy: tuple[PrivacyFinding, ...]
    warnings: tuple[str, ...]

    kind = MediaKind.VIDEO


MediaFingerprint = ImageFingerprint | VideoFingerprint


@dataclass(frozen=True, slots=True)
class Fingerprinted:
    """A file that was fingerprinted.

    Attributes:
        path: the file, as given or found.
        fingerprint: its fingerprints (a picture's or a video's).
        duplicate_of: the earlier path in the same batch with identical bytes, if any.
    """

    path: str
    fingerprint: MediaFingerprint
    duplicate_of: str | None = None

    ok = True


@dataclass(frozen=True, slots=True)
class FingerprintFailed:
    """A file that could not be fingerprinted, and why.

    Attributes:
        path: the file, as given or found.
        error: the plain-language reason.
    """

    path: str
    error: UserError

    ok = False


FingerprintResult = Fingerprinted | FingerprintFailed
