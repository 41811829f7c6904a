"""Turning a fingerprint into an item of the case, with the user's answers about it."""

import json
from typing import Any

from app.core.fingerprints import ImageFingerprint, MediaFingerprint, Pdq, PHash, VideoFingerprint
from app.core.fingerprints.crop import CROP_VERSION
from app.core.vault.models import AgeInContent, Item, TakenBy
from app.core.vault.repository import utc_now


def item_from_fingerprint(
    fingerprint: MediaFingerprint,
    label: str,
    *,
    taken_by: TakenBy = TakenBy.UNKNOWN,
    copyright_assigned_to_me: bool | None = None,
    age_in_content: AgeInContent = AgeInContent.UNSURE,
    user_appears: bool | None = None,
    original_on_device: bool | None = True,
    original_path: str | None = None,
) -> Item:
    """A new (unsaved) item holding a picture's or video's fingerprints and the user's answers.

    Only the kinds of privacy findings are kept (for example "location"), never their values:
    the case needs to know that a photo revealed a location, not where.
    """
    common: dict[str, Any] = {
        "label": label,
        "kind": fingerprint.kind.value,
        "sha256": fingerprint.sha256,
        "md5": fingerprint.md5,
        "added_at": utc_now(),
        "width": fingerprint.width,
        "height": fingerprint.height,
        "privacy_kinds": ",".join(finding.kind.value for finding in fingerprint.privacy),
        "taken_by": taken_by,
        "copyright_assigned_to_me": copyright_assigned_to_me,
        "age_in_content": age_in_content,
        "user_appears": user_appears,
        "original_on_device": original_on_device,
        "original_path": original_path,
    }
    if isinstance(fingerprint, VideoFingerprint):
        return _video_item(fingerprint, common)
    return _image_item(fingerprint, common)


def _video_item(fingerprint: VideoFingerprint, common: dict[str, Any]) -> Item:
    return Item(
        format=fingerprint.format,
        duration=fingerprint.duration,
        codec=fingerprint.codec,
        vpdq=fingerprint.vpdq,
        algorithm_versions=json.dumps({"vpdq": Pdq.VERSION}),
        **common,
    )


def _image_item(fingerprint: ImageFingerprint, common: dict[str, Any]) -> Item:
    return Item(
        pdq=fingerprint.pdq,
        pdq_quality=fingerprint.pdq_quality,
        pdq_dihedral=fingerprint.pdq_dihedral,
        pdq_raw=fingerprint.pdq_raw,
        phash=fingerprint.phash,
        crop_pdq=fingerprint.crop.pdq if fingerprint.crop else None,
        crop_coarse=fingerprint.crop.coarse if fingerprint.crop else None,
        format=fingerprint.format.value,
        frames=fingerprint.frame_count,
        orientation=fingerprint.orientation,
        algorithm_versions=json.dumps(
            {"pdq": Pdq.VERSION, "phash": PHash.VERSION, "crop": CROP_VERSION}
        ),
        **common,
    )
