"""Fingerprint one picture held in memory: hash its bytes, decode it once, hash its pixels."""

from PIL import Image

from app.core.fingerprints.crop import crop_signature
from app.core.fingerprints.cryptographic import file_digests
from app.core.fingerprints.model import TOO_PLAIN_WARNING, ImageFingerprint
from app.core.fingerprints.pdq import (
    Pdq,
    grey_luma,
    pdq_dihedral,
    pdq_hash,
    reference_pdq_dihedral,
    reference_pdq_hash,
)
from app.core.fingerprints.pdq_fast import pdq_dihedral_from_luma
from app.core.fingerprints.perceptual import phash
from app.core.media import DecodedImage, decode_image


def fingerprint_image(data: bytes, name: str, *, full_size: bool = False) -> ImageFingerprint:
    """Fingerprint a picture held in memory.

    Args:
        data: the whole file.
        name: its name, for messages.
        full_size: decode every pixel and hash with ``pdqhash`` (the conformance mode that
            reproduces the reference hashes) instead of the fast path.

    Raises:
        UserError: when the file is not a readable picture.
    """
    return fingerprint_image_and_pixels(data, name, full_size=full_size)[0]


def fingerprint_image_and_pixels(
    data: bytes, name: str, *, full_size: bool = False, found_file: bool = False
) -> tuple[ImageFingerprint, DecodedImage]:
    """``fingerprint_image``, plus the decoded picture (kept in memory only) for a scan.

    ``found_file`` is for a file being scanned, not one of the user's own: it leaves out
    what only the user's own pictures need (pHash, the crop-tolerant hashes, privacy
    findings), which a scan of thousands of files would pay for in vain.
    """
    sha256, md5 = file_digests(data)
    decoded = decode_image(data, name, full_size=full_size, findings=not found_file)
    hash_of = reference_pdq_hash if full_size else pdq_hash
    dihedral, quality = _dihedral(decoded.pixels, full_size=full_size, found_file=found_file)
    stored = decoded.stored_pixels
    pdq_raw = hash_of(stored)[0] if stored is not None else None
    warnings = decoded.warnings
    if not Pdq.usable(quality):
        warnings += (TOO_PLAIN_WARNING,)
    fingerprint = ImageFingerprint(
        sha256=sha256,
        md5=md5,
        pdq=dihedral[0],
        pdq_quality=quality,
        pdq_dihedral=dihedral,
        pdq_raw=pdq_raw,
        phash="" if found_file else phash(decoded.pixels),
        width=decoded.width,
        height=decoded.height,
        format=decoded.format,
        frame_count=decoded.frame_count,
        orientation=decoded.orientation,
        privacy=decoded.privacy,
        warnings=warnings,
        crop=None if found_file else crop_signature(decoded.pixels),
    )
    return fingerprint, decoded


def _dihedral(
    pixels: Image.Image, *, full_size: bool, found_file: bool
) -> tuple[tuple[str, ...], int]:
    if full_size:
        return reference_pdq_dihedral(pixels)
    if found_file:
        return pdq_dihedral_from_luma(grey_luma(pixels))
    return pdq_dihedral(pixels)
