"""Fingerprint results as plain JSON-ready records (``stillmine fingerprint --json``).

The record schema is documented in README.md. ``pdq_raw`` appears only when the EXIF
orientation changed the picture, ``crop_pdq`` and ``crop_coarse`` (the crop-tolerant hashes
that ``stillmine scan`` uses) only when the picture's centre is not too plain,
``duplicate_of`` only for duplicates; videos carry ``vpdq``
(frame lines) and ``duration``, ``codec`` instead of the picture fields.
"""

from typing import Any

from app.core.fingerprints.model import (
    Fingerprinted,
    FingerprintResult,
    ImageFingerprint,
    MediaFingerprint,
    VideoFingerprint,
)


def result_to_record(result: FingerprintResult) -> dict[str, Any]:
    """Turn a batch result into one JSON-ready record."""
    if not isinstance(result, Fingerprinted):
        return {
            "path": result.path,
            "ok": False,
            "error": result.error.message,
            "error_code": result.error.code,
        }
    record: dict[str, Any] = {"path": result.path, "ok": True}
    record.update(fingerprint_to_record(result.fingerprint))
    if result.duplicate_of is not None:
        record["duplicate_of"] = result.duplicate_of
    return record


def fingerprint_to_record(fingerprint: MediaFingerprint) -> dict[str, Any]:
    """The fields of one picture's or video's fingerprints, without its path."""
    if isinstance(fingerprint, VideoFingerprint):
        return _video_record(fingerprint)
    return _image_record(fingerprint)


def _privacy(fingerprint: MediaFingerprint) -> list[dict[str, str]]:
    return [
        {"kind": finding.kind.value, "summary": finding.summary, "detail": finding.detail}
        for finding in fingerprint.privacy
    ]


def _video_record(fingerprint: VideoFingerprint) -> dict[str, Any]:
    return {
        "kind": fingerprint.kind.value,
        "sha256": fingerprint.sha256,
        "md5": fingerprint.md5,
        "vpdq": [frame.line() for frame in fingerprint.vpdq],
        "duration": round(fingerprint.duration, 3),
        "width": fingerprint.width,
        "height": fingerprint.height,
        "codec": fingerprint.codec,
        "format": fingerprint.format,
        "frame_rate": fingerprint.frame_rate,
        "rotation": fingerprint.rotation,
        "privacy": _privacy(fingerprint),
        "warnings": list(fingerprint.warnings),
    }


def _image_record(fingerprint: ImageFingerprint) -> dict[str, Any]:
    record: dict[str, Any] = {
        "kind": fingerprint.kind.value,
        "sha256": fingerprint.sha256,
        "md5": fingerprint.md5,
        "pdq": fingerprint.pdq,
        "pdq_quality": fingerprint.pdq_quality,
        "pdq_usable": fingerprint.pdq_usable,
        "pdq_dihedral": list(fingerprint.pdq_dihedral),
    }
    if fingerprint.pdq_raw is not None:
        record["pdq_raw"] = fingerprint.pdq_raw
    if fingerprint.crop is not None:
        record["crop_pdq"] = fingerprint.crop.pdq
        record["crop_coarse"] = fingerprint.crop.coarse
    record.update(
        {
            "phash": fingerprint.phash,
            "width": fingerprint.width,
            "height": fingerprint.height,
            "format": fingerprint.format.value,
            "frames": fingerprint.frame_count,
            "orientation": fingerprint.orientation,
            "privacy": _privacy(fingerprint),
            "warnings": list(fingerprint.warnings),
        }
    )
    return record
