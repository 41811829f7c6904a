"""The encrypted case file: everything about the case, safe at rest and never lost.

Open or create a ``CaseFile``; read and change it through its ``CaseRepository`` (on the
case's own writer thread); export and import whole cases as ``.stillmine`` bundles.
"""

from app.core.vault.crypto import DEFAULT_KDF, TEST_ONLY_WEAK_KDF, KdfParams
from app.core.vault.errors import (
    BundleDamaged,
    CaseDamaged,
    CaseExists,
    CaseLocked,
    CaseNotFound,
    KeyringUnavailable,
    MadeByNewerVersion,
    SaveFailed,
    WrongPassphrase,
)
from app.core.vault.items import item_from_fingerprint
from app.core.vault.models import (
    AgeInContent,
    BankEntry,
    BankEntryState,
    CaseContact,
    ContactKind,
    Event,
    EvidenceFile,
    Item,
    Letter,
    LetterResponse,
    Person,
    Registration,
    RegistrationCheck,
    Sighting,
    SightingStatus,
    TakenBy,
)
from app.core.vault.repository import CaseRepository, utc_now
from app.core.vault.store import CaseFile, case_exists, read_header

__all__ = [
    "DEFAULT_KDF",
    "TEST_ONLY_WEAK_KDF",
    "AgeInContent",
    "BankEntry",
    "BankEntryState",
    "BundleDamaged",
    "CaseContact",
    "CaseDamaged",
    "CaseExists",
    "CaseFile",
    "CaseLocked",
    "CaseNotFound",
    "CaseRepository",
    "ContactKind",
    "Event",
    "EvidenceFile",
    "Item",
    "KdfParams",
    "KeyringUnavailable",
    "Letter",
    "LetterResponse",
    "MadeByNewerVersion",
    "Person",
    "Registration",
    "RegistrationCheck",
    "SaveFailed",
    "Sighting",
    "SightingStatus",
    "TakenBy",
    "WrongPassphrase",
    "case_exists",
    "item_from_fingerprint",
    "read_header",
    "utc_now",
]
