"""What the case file records, as typed dataclasses (field names are the column names).

Fingerprints travel as lowercase hex here and are stored as BLOBs; times are timezone-aware
``datetime`` objects, stored as ISO 8601 text with their offset.
"""

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from app.core.fingerprints.model import VpdqFrame

#: Field metadata: stored as a BLOB, hex at the interface.
HEX = {"storage": "hex"}
#: Field metadata: a tuple of equal-length hex strings stored as one BLOB.
HEX_LIST = {"storage": "hex_list"}
#: Field metadata: a video's vPDQ frames, packed into one BLOB.
VPDQ = {"storage": "vpdq"}
#: Field metadata: not a column (filled from another table).
DERIVED = {"storage": "derived"}


class TakenBy(StrEnum):
    """Who took the picture: it decides whether a DMCA notice is possible."""

    ME = "me"
    SOMEONE_ELSE = "someone_else"
    UNKNOWN = "unknown"


class AgeInContent(StrEnum):
    """The age of the person in the content; unsure is treated as under 18."""

    ADULT = "adult"
    UNDER_18 = "under_18"
    UNSURE = "unsure"

    @property
    def treated_as_minor(self) -> bool:
        """Whether StillMine must treat the content as showing someone under 18."""
        return self is not AgeInContent.ADULT


class SightingStatus(StrEnum):
    """Whether a copy is still online."""

    ONLINE = "online"
    REMOVED = "removed"
    REUPLOADED = "reuploaded"
    UNKNOWN = "unknown"


class ContactKind(StrEnum):
    """Organisations whose reference numbers the case keeps."""

    POLICE = "police"
    HELPLINE = "helpline"
    LAWYER = "lawyer"
    OTHER = "other"


@dataclass
class Person:
    """Optional details about the user, used only to fill in their letters."""

    legal_name: str = ""
    email: str = ""
    postal_address: str = ""
    phone: str = ""
    country: str = ""
    preferred_language: str = ""
    signature_name: str = ""


@dataclass
class Item:
    """One of the user's own pictures or videos: fingerprints and answers, never the media.

    ``id`` is 0 until the item is stored. ``original_path`` stays None unless the user
    chose to let StillMine remember where the file is.
    """

    label: str
    kind: str
    sha256: str = field(metadata=HEX)
    md5: str = field(metadata=HEX)
    added_at: datetime
    taken_by: TakenBy = TakenBy.UNKNOWN
    copyright_assigned_to_me: bool | None = None
    age_in_content: AgeInContent = AgeInContent.UNSURE
    user_appears: bool | None = None
    original_on_device: bool | None = None
    original_path: str | None = None
    pdq: str | None = field(default=None, metadata=HEX)
    pdq_quality: int | None = None
    pdq_dihedral: tuple[str, ...] = field(default=(), metadata=HEX_LIST)
    pdq_raw: str | None = field(default=None, metadata=HEX)
    phash: str | None = field(default=None, metadata=HEX)
    crop_pdq: str | None = field(default=None, metadata=HEX)
    crop_coarse: str | None = field(default=None, metadata=HEX)
    width: int | None = None
    height: int | None = None
    format: str = ""
    frames: int = 1
    orientation: int = 1
    duration: float | None = None
    codec: str | None = None
    privacy_kinds: str = ""
    algorithm_versions: str = "{}"
    vpdq: tuple[VpdqFrame, ...] = field(default=(), metadata=VPDQ)
    id: int = 0

    @property
    def dmca_possible(self) -> bool:
        """A DMCA notice needs the user to own the copyright: they took it, or hold it."""
        return self.taken_by is TakenBy.ME or bool(self.copyright_assigned_to_me)


@dataclass
class RegistrationCheck:
    """One status check of a registration."""

    registration_id: int
    checked_at: datetime
    status: str
    note: str = ""
    id: int = 0


@dataclass
class Registration:
    """A registration with a matching service. The PIN is kept apart, encrypted again."""

    service: str
    case_number: str = ""
    submitted_at: datetime | None = None
    status: str = "submitted"
    check_interval_days: int | None = None
    next_check_at: datetime | None = None
    withdrawn_at: datetime | None = None
    note: str = ""
    pin_secret_id: int | None = None
    bank_url: str = ""
    bank_name: str = ""
    token_secret_id: int | None = None
    item_ids: tuple[int, ...] = field(default=(), metadata=DERIVED)
    id: int = 0

    @property
    def has_pin(self) -> bool:
        """Whether a PIN is stored for this registration."""
        return self.pin_secret_id is not None


class BankEntryState(StrEnum):
    """Where one fingerprint stands with a hash bank."""

    PLANNED = "planned"  # not sent yet
    UNCERTAIN = "uncertain"  # sent, but the answer was lost: look it up before resending
    ADDED = "added"  # the bank stored it; not yet seen in its matching index
    CONFIRMED = "confirmed"  # the bank's matching index finds it
    FAILED = "failed"  # the bank refused it
    WITHDRAWN = "withdrawn"  # removed from the bank at the user's request


@dataclass
class BankEntry:
    """One fingerprint sent (or to be sent) to a hash bank, and what the bank answered."""

    registration_id: int
    signal_type: str
    signal: str = field(metadata=HEX)
    item_id: int | None = None
    note: str = ""
    state: BankEntryState = BankEntryState.PLANNED
    content_id: int | None = None
    sent_at: datetime | None = None
    confirmed_at: datetime | None = None
    withdrawn_at: datetime | None = None
    last_error: str = ""
    id: int = 0


@dataclass
class Sighting:
    """Where a copy was found: every field of the evidence log (letters.md section 6)."""

    url: str
    found_at: datetime
    how_found: str = ""
    platform: str = ""
    service_type: str = ""
    media_url: str = ""
    archived_url: str = ""
    uploader_handle: str = ""
    uploader_display_name: str = ""
    uploader_profile_url: str = ""
    uploader_id: str = ""
    uploader_contact: str = ""
    description: str = ""
    content_type: str = ""
    ai_made: str = "unknown"
    identifying_features: str = ""
    personal_data_shown: str = ""
    context: str = ""
    threats: str = ""
    suspected_perpetrator: str = ""
    perpetrator_evidence: str = ""
    evidence_needed: str = ""
    host: str = ""
    host_abuse_email: str = ""
    registrar: str = ""
    registrar_abuse_email: str = ""
    lookup_at: datetime | None = None
    status: SightingStatus = SightingStatus.ONLINE
    status_verified_at: datetime | None = None
    next_recheck_at: datetime | None = None
    found_file_sha256: str | None = field(default=None, metadata=HEX)
    item_ids: tuple[int, ...] = field(default=(), metadata=DERIVED)
    id: int = 0


@dataclass
class EvidenceFile:
    """A screenshot or recording, stored encrypted beside the case file."""

    sha256: str = field(metadata=HEX)
    size: int
    added_at: datetime
    sighting_id: int | None = None
    description: str = ""
    media_type: str = ""
    captured_at: datetime | None = None
    device: str = ""
    shows_no_intimate_image: bool = False


@dataclass
class Letter:
    """A notice drafted or sent, by letter, e-mail or web form, with what happened next."""

    type: str
    created_at: datetime
    language: str = "en"
    recipient: str = ""
    channel: str = ""
    channel_address: str = ""
    legal_basis: str = ""
    sent_at: datetime | None = None
    deadline_at: datetime | None = None
    ticket_number: str = ""
    status: str = "draft"
    text: str = ""
    text_sha256: str | None = field(default=None, metadata=HEX)
    follows_letter_id: int | None = None
    sighting_ids: tuple[int, ...] = field(default=(), metadata=DERIVED)
    id: int = 0

    def overdue(self, now: datetime) -> bool:
        """Whether the deadline has passed without a recorded outcome."""
        return (
            self.deadline_at is not None
            and self.deadline_at < now
            and self.status not in ("resolved", "removed", "refused", "withdrawn")
        )


@dataclass
class LetterResponse:
    """A reply to a letter: its date, the outcome, any statement of reasons."""

    letter_id: int
    received_at: datetime
    outcome: str = ""
    statement: str = ""
    id: int = 0


@dataclass
class CaseContact:
    """A police report, helpline case or other reference number for the case."""

    kind: ContactKind
    organisation: str = ""
    reference_number: str = ""
    station: str = ""
    officer: str = ""
    reported_at: datetime | None = None
    note: str = ""
    id: int = 0


@dataclass
class Event:
    """One entry of the case's append-only timeline."""

    at: datetime
    kind: str
    summary: str
    detail: str = "{}"
    id: int = 0
