"""The case database's schema, versioned with ``PRAGMA user_version`` and ordered migrations.

Every change to the schema is a new entry at the end of ``MIGRATIONS``; existing entries are
never edited, because case files made by earlier versions are upgraded by running the
migrations they have not seen yet. tests/fixtures holds a case file of version 1 that every
later version must open.

Fingerprints are stored as BLOBs and turned into hex only at the interfaces: half the size
of hex text, and half the time to save.
"""

import sqlite3
from typing import Final

from app.core.vault.errors import MadeByNewerVersion

_VERSION_1: Final = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Optional details about the person, used only to fill in letters. One row.
CREATE TABLE person (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    legal_name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    postal_address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    preferred_language TEXT NOT NULL DEFAULT '',
    signature_name TEXT NOT NULL DEFAULT ''
);

-- The user's own pictures and videos: fingerprints and answers, never the media itself.
CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('image', 'video')),
    added_at TEXT NOT NULL,
    taken_by TEXT NOT NULL DEFAULT 'unknown'
        CHECK (taken_by IN ('me', 'someone_else', 'unknown')),
    copyright_assigned_to_me INTEGER CHECK (copyright_assigned_to_me IN (0, 1)),
    age_in_content TEXT NOT NULL DEFAULT 'unsure'
        CHECK (age_in_content IN ('adult', 'under_18', 'unsure')),
    user_appears INTEGER CHECK (user_appears IN (0, 1)),
    original_on_device INTEGER CHECK (original_on_device IN (0, 1)),
    original_path TEXT,
    sha256 BLOB NOT NULL CHECK (length(sha256) = 32),
    md5 BLOB NOT NULL CHECK (length(md5) = 16),
    pdq BLOB CHECK (pdq IS NULL OR length(pdq) = 32),
    pdq_quality INTEGER,
    pdq_dihedral BLOB CHECK (pdq_dihedral IS NULL OR length(pdq_dihedral) = 256),
    pdq_raw BLOB CHECK (pdq_raw IS NULL OR length(pdq_raw) = 32),
    phash BLOB CHECK (phash IS NULL OR length(phash) = 8),
    width INTEGER,
    height INTEGER,
    format TEXT NOT NULL DEFAULT '',
    frames INTEGER NOT NULL DEFAULT 1,
    orientation INTEGER NOT NULL DEFAULT 1,
    duration REAL,
    codec TEXT,
    privacy_kinds TEXT NOT NULL DEFAULT '',
    algorithm_versions TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX items_sha256 ON items (sha256);

-- Secrets (PINs, service tokens) encrypted again with their own key inside the database.
CREATE TABLE secrets (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    sealed BLOB NOT NULL
);

-- Registrations with matching services (StopNCII, Take It Down, a hash bank ...).
CREATE TABLE registrations (
    id INTEGER PRIMARY KEY,
    service TEXT NOT NULL,
    case_number TEXT NOT NULL DEFAULT '',
    pin_secret_id INTEGER REFERENCES secrets (id),
    submitted_at TEXT,
    status TEXT NOT NULL DEFAULT 'submitted',
    check_interval_days INTEGER,
    next_check_at TEXT,
    withdrawn_at TEXT,
    note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE registration_items (
    registration_id INTEGER NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    PRIMARY KEY (registration_id, item_id)
);
CREATE TABLE registration_checks (
    id INTEGER PRIMARY KEY,
    registration_id INTEGER NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
    checked_at TEXT NOT NULL,
    status TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);

-- Where copies were found: every field of the evidence log (letters.md section 6).
CREATE TABLE sightings (
    id INTEGER PRIMARY KEY,
    found_at TEXT NOT NULL,
    how_found TEXT NOT NULL DEFAULT '',
    platform TEXT NOT NULL DEFAULT '',
    service_type TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL,
    media_url TEXT NOT NULL DEFAULT '',
    archived_url TEXT NOT NULL DEFAULT '',
    uploader_handle TEXT NOT NULL DEFAULT '',
    uploader_display_name TEXT NOT NULL DEFAULT '',
    uploader_profile_url TEXT NOT NULL DEFAULT '',
    uploader_id TEXT NOT NULL DEFAULT '',
    uploader_contact TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    content_type TEXT NOT NULL DEFAULT '',
    ai_made TEXT NOT NULL DEFAULT 'unknown' CHECK (ai_made IN ('real', 'ai', 'unknown')),
    identifying_features TEXT NOT NULL DEFAULT '',
    personal_data_shown TEXT NOT NULL DEFAULT '',
    context TEXT NOT NULL DEFAULT '',
    threats TEXT NOT NULL DEFAULT '',
    suspected_perpetrator TEXT NOT NULL DEFAULT '',
    perpetrator_evidence TEXT NOT NULL DEFAULT '',
    evidence_needed TEXT NOT NULL DEFAULT '',
    host TEXT NOT NULL DEFAULT '',
    host_abuse_email TEXT NOT NULL DEFAULT '',
    registrar TEXT NOT NULL DEFAULT '',
    registrar_abuse_email TEXT NOT NULL DEFAULT '',
    lookup_at TEXT,
    status TEXT NOT NULL DEFAULT 'online'
        CHECK (status IN ('online', 'removed', 'reuploaded', 'unknown')),
    status_verified_at TEXT,
    next_recheck_at TEXT,
    found_file_sha256 BLOB CHECK (found_file_sha256 IS NULL OR length(found_file_sha256) = 32)
);
CREATE TABLE sighting_items (
    sighting_id INTEGER NOT NULL REFERENCES sightings (id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    match_method TEXT NOT NULL DEFAULT '',
    distance INTEGER,
    PRIMARY KEY (sighting_id, item_id)
);
CREATE TABLE sighting_checks (
    id INTEGER PRIMARY KEY,
    sighting_id INTEGER NOT NULL REFERENCES sightings (id) ON DELETE CASCADE,
    checked_at TEXT NOT NULL,
    status TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);

-- Screenshots and recordings, stored encrypted beside the case file, named by SHA-256.
CREATE TABLE evidence_files (
    sha256 BLOB PRIMARY KEY CHECK (length(sha256) = 32),
    sighting_id INTEGER REFERENCES sightings (id) ON DELETE SET NULL,
    description TEXT NOT NULL DEFAULT '',
    media_type TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL,
    captured_at TEXT,
    device TEXT NOT NULL DEFAULT '',
    shows_no_intimate_image INTEGER NOT NULL DEFAULT 0 CHECK (shows_no_intimate_image IN (0, 1)),
    added_at TEXT NOT NULL
);

-- Letters and reports: every notice drafted or sent, by letter, e-mail or web form.
CREATE TABLE letters (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'en',
    recipient TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL DEFAULT '',
    channel_address TEXT NOT NULL DEFAULT '',
    legal_basis TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    sent_at TEXT,
    deadline_at TEXT,
    ticket_number TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft',
    text TEXT NOT NULL DEFAULT '',
    text_sha256 BLOB CHECK (text_sha256 IS NULL OR length(text_sha256) = 32),
    follows_letter_id INTEGER REFERENCES letters (id)
);
CREATE TABLE letter_sightings (
    letter_id INTEGER NOT NULL REFERENCES letters (id) ON DELETE CASCADE,
    sighting_id INTEGER NOT NULL REFERENCES sightings (id) ON DELETE CASCADE,
    PRIMARY KEY (letter_id, sighting_id)
);
CREATE TABLE letter_responses (
    id INTEGER PRIMARY KEY,
    letter_id INTEGER NOT NULL REFERENCES letters (id) ON DELETE CASCADE,
    received_at TEXT NOT NULL,
    outcome TEXT NOT NULL DEFAULT '',
    statement TEXT NOT NULL DEFAULT ''
);

-- The case's own reference numbers: police reports, helplines, other organisations.
CREATE TABLE case_contacts (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('police', 'helpline', 'lawyer', 'other')),
    organisation TEXT NOT NULL DEFAULT '',
    reference_number TEXT NOT NULL DEFAULT '',
    station TEXT NOT NULL DEFAULT '',
    officer TEXT NOT NULL DEFAULT '',
    reported_at TEXT,
    note TEXT NOT NULL DEFAULT ''
);

-- The timeline: append-only, so the history of the case can be trusted.
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    summary TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '{}'
);
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'the timeline is append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'the timeline is append-only'); END;
"""

_VERSION_2: Final = """
-- Hash banks (HMA): where the bank is, and its access token (a secret).
ALTER TABLE registrations ADD COLUMN bank_url TEXT NOT NULL DEFAULT '';
ALTER TABLE registrations ADD COLUMN bank_name TEXT NOT NULL DEFAULT '';
ALTER TABLE registrations ADD COLUMN token_secret_id INTEGER REFERENCES secrets (id);

-- Each fingerprint sent to a hash bank, so a batch can be resumed without duplicates.
CREATE TABLE bank_entries (
    id INTEGER PRIMARY KEY,
    registration_id INTEGER NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
    item_id INTEGER REFERENCES items (id) ON DELETE SET NULL,
    signal_type TEXT NOT NULL,
    signal BLOB NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'planned'
        CHECK (state IN ('planned', 'uncertain', 'added', 'confirmed', 'failed', 'withdrawn')),
    content_id INTEGER,
    sent_at TEXT,
    confirmed_at TEXT,
    withdrawn_at TEXT,
    last_error TEXT NOT NULL DEFAULT '',
    UNIQUE (registration_id, signal_type, signal)
);
"""

_VERSION_3: Final = """
-- Videos: the vPDQ frame hashes, packed (frame, quality, milliseconds, 32-byte PDQ each).
ALTER TABLE items ADD COLUMN vpdq BLOB;
"""

_VERSION_4: Final = """
-- Pictures: the crop-tolerant hashes of the centre that scans use (32 and 8 bytes).
ALTER TABLE items ADD COLUMN crop_pdq BLOB;
ALTER TABLE items ADD COLUMN crop_coarse BLOB;
"""

#: Ordered migrations: entry ``n`` (0-based) upgrades a database from version n to n + 1.
MIGRATIONS: Final[tuple[str, ...]] = (_VERSION_1, _VERSION_2, _VERSION_3, _VERSION_4)
#: The schema version this StillMine writes.
SCHEMA_VERSION: Final = len(MIGRATIONS)


def schema_version(connection: sqlite3.Connection) -> int:
    """The database's schema version (``PRAGMA user_version``)."""
    (version,) = connection.execute("PRAGMA user_version").fetchone()
    return int(version)


def migrate(connection: sqlite3.Connection) -> int:
    """Bring a database up to ``SCHEMA_VERSION``; return the version it had before.

    Raises:
        MadeByNewerVersion: the database is newer than this StillMine.
    """
    found = schema_version(connection)
    if found > SCHEMA_VERSION:
        raise MadeByNewerVersion(
            "This case file was made by a newer version of StillMine. Install the newer "
            "version to open it; nothing has been changed."
        )
    for version in range(found, SCHEMA_VERSION):
        with connection:
            connection.executescript(
                "BEGIN;" + MIGRATIONS[version] + f"; PRAGMA user_version = {version + 1};"
            )
    connection.execute("PRAGMA foreign_keys = ON")
    return found
