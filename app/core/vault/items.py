"""Turning a fingerprint into an item of the case, with the user's answers about it."""

import json

from app.core.fingerprints import ImageFingerprint, Pdq, PHash
from app.core.vault.models import AgeInContent, Item, TakenBy
from app.core.vault.repository import utc_now


def item_from_fingerprint(
    fingerprint: ImageFingerprint,
    label: str,
    *,
    taken_by: TakenBy = TakenBy.UNKNOWN,
    copyright_assigned_to_me: bool | None = None,
    age_in_content: AgeInContent = AgeInContent.UNSURE,
    user_appears: bool | None = None,
    original_on_device: bool | None = True,
    original_path: str | None = None,
) -> Item:
    """A new (unsaved) item holding a picture's fingerprints and the user's answers.

    Only the kinds of privacy findings are kept (for example "location"), never their values:
    the case needs to know that a photo revealed a location, not where.
    """
    return Item(
        label=label,
        kind=fingerprint.kind.value,
        sha256=fingerprint.sha256,
        md5=fingerprint.md5,
        added_at=utc_now(),
        taken_by=taken_by,
        copyright_assigned_to_me=copyright_assigned_to_me,
        age_in_content=age_in_content,
        user_appears=user_appears,
        original_on_device=original_on_device,
        original_path=original_path,
        pdq=fingerprint.pdq,
        pdq_quality=fingerprint.pdq_quality,
        pdq_dihedral=fingerprint.pdq_dihedral,
        pdq_raw=fingerprint.pdq_raw,
        phash=fingerprint.phash,
        width=fingerprint.width,
        height=fingerprint.height,
        format=fingerprint.format.value,
        frames=fingerprint.frame_count,
        orientation=fingerprint.orientation,
        privacy_kinds=",".join(finding.kind.value for finding in fingerprint.privacy),
        algorithm_versions=json.dumps({"pdq": Pdq.VERSION, "phash": PHash.VERSION}),
    )
