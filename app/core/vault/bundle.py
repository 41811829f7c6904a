"""Moving a whole case: one ``.stillmine`` bundle, encrypted with a passphrase for the export.

A bundle holds the case's database, its data key and its encrypted evidence files, sealed as
one stream (``stream``) under a key stretched from the export passphrase. It carries the
case to a new laptop, or to a lawyer (optionally without the PINs and service tokens).

Import reads and checks the entire bundle (every chunk, the database's integrity, every
evidence file against its SHA-256) in a staging folder before anything in the target is
touched, and never replaces an existing case unless asked to; even then the old case is
kept aside, not deleted.
"""

import contextlib
import hashlib
import json
import os
import secrets
import shutil
import sqlite3
import struct
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import BinaryIO, Final

from cryptography.exceptions import InvalidTag

from app import __version__
from app.core.errors import UserError
from app.core.vault.container import CONTAINER_VERSION, header_bytes, seal
from app.core.vault.crypto import (
    DEFAULT_KDF,
    KdfParams,
    b64,
    decrypt,
    encrypt,
    new_recovery_code,
    new_salt,
    recovery_wrapping_key,
    subkey,
    unb64,
    wrap_key,
)
from app.core.vault.durable import make_private_folder, save_generation
from app.core.vault.errors import (
    BundleDamaged,
    CaseDamaged,
    CaseExists,
    MadeByNewerVersion,
    WrongPassphrase,
)
from app.core.vault.evidence import FOLDER_NAME as EVIDENCE_FOLDER
from app.core.vault.evidence import SUFFIX as EVIDENCE_SUFFIX
from app.core.vault.evidence import EvidenceDamaged, EvidenceStore
from app.core.vault.lock import CaseLock
from app.core.vault.schema import SCHEMA_VERSION
from app.core.vault.store import CaseFile, case_exists, case_path, check_passphrase
from app.core.vault.stream import StreamDamaged, StreamReader, StreamWriter

MAGIC: Final = b"SMBNDL\x00\x01"
BUNDLE_SUFFIX: Final = ".stillmine"
_LENGTH = struct.Struct(">I")
_ENTRY = struct.Struct(">HQ")  # name length, data length
_MAX_HEADER_BYTES: Final = 64 * 1024
_MAX_DATABASE_BYTES: Final = 2 * 2**30
_CHECK_PLAINTEXT: Final = b"stillmine bundle key check"
_KEY_ENTRY: Final = "data-key"
_DATABASE_ENTRY: Final = "case.sqlite"
_MANIFEST_ENTRY: Final = "manifest.json"
_COPY_BLOCK: Final = 1024 * 1024


def export_bundle(
    case: CaseFile,
    destination: Path,
    passphrase: str,
    *,
    without_secrets: bool = False,
    kdf: KdfParams = DEFAULT_KDF,
) -> None:
    """Write the whole case to ``destination`` as one encrypted bundle.

    Args:
        case: the open case.
        destination: the bundle file to write (replaced atomically if it exists).
        passphrase: the passphrase chosen for this export.
        without_secrets: leave out PINs and service tokens (for a lawyer or helper).
        kdf: key-stretching settings.

    Raises:
        UserError: the file cannot be written (its message says why).
    """
    check_passphrase(passphrase)
    data_key, database = case.export_parts()
    if without_secrets:
        database = _without_secrets(database)
    evidence = case.evidence.stored()
    manifest = {
        "app_version": __version__,
        "schema_version": SCHEMA_VERSION,
        "case_id": case.case_id,
        "exported_at": datetime.now().astimezone().isoformat(),
        "without_secrets": without_secrets,
        "database_sha256": hashlib.sha256(database).hexdigest(),
        "evidence": evidence,
    }
    salt = new_salt()
    key = kdf.derive(passphrase.encode("utf-8"), salt)
    header = {
        "container": CONTAINER_VERSION,
        "kdf": {**kdf.to_json(), "salt": b64(salt)},
        "check": b64(encrypt(key, _CHECK_PLAINTEXT, b"stillmine bundle check")),
    }
    encoded = header_bytes(header)
    authenticated = MAGIC + _LENGTH.pack(len(encoded)) + encoded
    temporary = destination.with_name(f".{destination.name}.{secrets.token_hex(4)}.tmp")
    try:
        with open(temporary, "xb") as sink:
            sink.write(authenticated)
            writer = StreamWriter(key, sink, authenticated)
            _write_entry(writer, _MANIFEST_ENTRY, json.dumps(manifest).encode("utf-8"))
            _write_entry(writer, _KEY_ENTRY, data_key)
            _write_entry(writer, _DATABASE_ENTRY, database)
            for sha256 in evidence:
                _write_file_entry(writer, _evidence_name(sha256), case.evidence.path(sha256))
            writer.close()
            sink.flush()
            os.fsync(sink.fileno())
        os.replace(temporary, destination)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise UserError(
            f"The export could not be written to {destination.parent} ({exc.strerror or exc}). "
            "Choose another place, such as a USB stick with free space."
        ) from exc
    if not without_secrets:
        # Without its PINs an export cannot restore the case (a StopNCII PIN cannot be
        # recovered anywhere else): it is a copy for someone else, not a backup.
        case.change(lambda repo: repo.mark_backed_up())


def import_bundle(
    bundle: Path,
    folder: Path,
    passphrase: str,
    *,
    replace: bool = False,
    kdf: KdfParams = DEFAULT_KDF,
) -> str:
    """Make the case in ``bundle`` the case in ``folder``, after checking all of it.

    The imported case opens with the bundle's passphrase and gets a new recovery code.

    Args:
        bundle: the ``.stillmine`` file.
        folder: the case folder to import into.
        passphrase: the bundle's passphrase (it also protects the imported case).
        replace: allow replacing an existing case; it is moved aside, never deleted.
        kdf: key-stretching settings for the imported case.

    Returns:
        The new recovery code (show it once).

    Raises:
        WrongPassphrase, BundleDamaged, CaseExists, CaseLocked, UserError.
    """
    make_private_folder(folder)
    lock = CaseLock(folder).acquire()
    staging = folder / f".importing-{secrets.token_hex(6)}"
    try:
        if case_exists(folder) and not replace:
            raise CaseExists(
                "There is already a case on this computer. StillMine will not replace it unless "
                "you ask it to (the old case is then kept aside, not deleted)."
            )
        staging.mkdir(mode=0o700)
        data_key, database = _unpack(bundle, passphrase, staging)
        recovery_code = new_recovery_code()
        _seal_imported(staging, data_key, database, passphrase, recovery_code, kdf)
        if case_exists(folder):
            _move_old_case_aside(folder)
        _move_into_place(staging, folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        lock.release()
    return recovery_code


# --- writing --------------------------------------------------------------------------------


def _write_entry(writer: StreamWriter, name: str, data: bytes) -> None:
    encoded = name.encode("utf-8")
    writer.write(_ENTRY.pack(len(encoded), len(data)) + encoded)
    writer.write(data)


def _write_file_entry(writer: StreamWriter, name: str, path: Path) -> None:
    encoded = name.encode("utf-8")
    writer.write(_ENTRY.pack(len(encoded), path.stat().st_size) + encoded)
    with open(path, "rb") as source:
        while block := source.read(_COPY_BLOCK):
            writer.write(block)


def _evidence_name(sha256: str) -> str:
    return f"{EVIDENCE_FOLDER}/{sha256}{EVIDENCE_SUFFIX}"


def _without_secrets(database: bytes) -> bytes:
    connection = sqlite3.connect(":memory:")
    try:
        connection.deserialize(database)
        with connection:
            connection.execute("UPDATE registrations SET pin_secret_id = NULL")
            connection.execute("DELETE FROM secrets")
        connection.execute("VACUUM")
        return connection.serialize()
    finally:
        connection.close()


# --- reading --------------------------------------------------------------------------------

_DAMAGED = (
    "The export file is incomplete or damaged (it may not have finished copying). Nothing on "
    "this computer was changed. Try copying the file again."
)


def _unpack(bundle: Path, passphrase: str, staging: Path) -> tuple[bytes, bytes]:
    try:
        source = open(bundle, "rb")  # noqa: SIM115 - closed below, also on errors
    except OSError as exc:
        raise UserError(f"The export file could not be opened ({exc.strerror or exc}).") from exc
    with source:
        authenticated, header = _read_header(source)
        key = _bundle_key(header, passphrase)
        try:
            entries = dict(_read_entries(StreamReader(key, source, authenticated), staging))
        except (StreamDamaged, struct.error, UnicodeDecodeError) as exc:
            raise BundleDamaged(_DAMAGED) from exc
    return _check_contents(entries, staging)


def _read_header(source: BinaryIO) -> tuple[bytes, dict[str, object]]:
    start = source.read(len(MAGIC) + _LENGTH.size)
    if len(start) < len(MAGIC) + _LENGTH.size or start[: len(MAGIC) - 1] != MAGIC[:-1]:
        raise BundleDamaged("This file is not a StillMine export (.stillmine) file.")
    (length,) = _LENGTH.unpack_from(start, len(MAGIC))
    if length > _MAX_HEADER_BYTES:
        raise BundleDamaged(_DAMAGED)
    encoded = source.read(length)
    try:
        header = json.loads(encoded)
    except ValueError as exc:
        raise BundleDamaged(_DAMAGED) from exc
    if not isinstance(header, dict):
        raise BundleDamaged(_DAMAGED)
    return start + encoded, header


def _bundle_key(header: dict[str, object], passphrase: str) -> bytes:
    try:
        kdf = KdfParams.from_json(header["kdf"])
        salt = unb64(header["kdf"]["salt"])  # type: ignore[index]
        check = unb64(header["check"])
    except (KeyError, TypeError, CaseDamaged) as exc:
        raise BundleDamaged(_DAMAGED) from exc
    key = kdf.derive(passphrase.encode("utf-8"), salt)
    try:
        if decrypt(key, check, b"stillmine bundle check") != _CHECK_PLAINTEXT:
            raise InvalidTag
    except InvalidTag:
        raise WrongPassphrase(
            "That passphrase does not open this export file. It is the passphrase chosen when "
            "the export was made, which may differ from the case's own."
        ) from None
    return key


def _read_entries(reader: StreamReader, staging: Path) -> Iterator[tuple[str, bytes | Path]]:
    while header := reader.read(_ENTRY.size):
        if len(header) != _ENTRY.size:
            raise StreamDamaged("entry header cut short")
        name_length, size = _ENTRY.unpack(header)
        name = reader.read(name_length).decode("utf-8")
        if name.startswith(f"{EVIDENCE_FOLDER}/"):
            yield name, _copy_out(reader, size, staging / EVIDENCE_FOLDER / _safe_name(name))
        elif size <= _MAX_DATABASE_BYTES:
            data = reader.read(size)
            if len(data) != size:
                raise StreamDamaged("entry cut short")
            yield name, data
        else:
            raise StreamDamaged("entry too large")


def _safe_name(name: str) -> str:
    # Only "<64 hex digits>.sme" may become a file name: nothing can escape the folder.
    file_name = name.split("/", 1)[1]
    stem = file_name.removesuffix(EVIDENCE_SUFFIX)
    if len(stem) != 64 or not all(ch in "0123456789abcdef" for ch in stem):
        raise StreamDamaged("bad evidence name")
    return file_name


def _copy_out(reader: StreamReader, size: int, target: Path) -> Path:
    target.parent.mkdir(mode=0o700, exist_ok=True)
    remaining = size
    with open(target, "xb") as sink:
        while remaining:
            block = reader.read(min(remaining, _COPY_BLOCK))
            if not block:
                raise StreamDamaged("evidence cut short")
            sink.write(block)
            remaining -= len(block)
    return target


def _check_contents(entries: dict[str, bytes | Path], staging: Path) -> tuple[bytes, bytes]:
    try:
        manifest = json.loads(entries[_MANIFEST_ENTRY])  # type: ignore[arg-type]
        data_key = entries[_KEY_ENTRY]
        database = entries[_DATABASE_ENTRY]
    except (KeyError, ValueError, TypeError) as exc:
        raise BundleDamaged(_DAMAGED) from exc
    if not isinstance(data_key, bytes) or not isinstance(database, bytes):
        raise BundleDamaged(_DAMAGED)
    if int(manifest.get("schema_version", 0)) > SCHEMA_VERSION:
        raise MadeByNewerVersion(
            "This export was made by a newer version of StillMine. Install the newer version to "
            "import it; nothing was changed."
        )
    if hashlib.sha256(database).hexdigest() != manifest.get("database_sha256"):
        raise BundleDamaged(_DAMAGED)
    _check_database(database)
    _check_evidence(staging, data_key, list(manifest.get("evidence", [])))
    return data_key, database


def _check_database(database: bytes) -> None:
    connection = sqlite3.connect(":memory:")
    try:
        connection.deserialize(database)
        if connection.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise BundleDamaged(_DAMAGED)
    except sqlite3.DatabaseError as exc:
        raise BundleDamaged(_DAMAGED) from exc
    finally:
        connection.close()


def _check_evidence(staging: Path, data_key: bytes, listed: list[str]) -> None:
    store = EvidenceStore(staging, subkey(data_key, "evidence"))
    if sorted(store.stored()) != sorted(listed):
        raise BundleDamaged(_DAMAGED)
    for sha256 in listed:
        try:
            store.read(sha256)
        except EvidenceDamaged as exc:
            raise BundleDamaged(_DAMAGED) from exc


# --- putting the imported case in place --------------------------------------------------------


def _seal_imported(  # noqa: PLR0917 - private, one caller
    staging: Path, data_key: bytes, database: bytes, passphrase: str, code: str, kdf: KdfParams
) -> None:
    salt = new_salt()
    header = {
        "container": CONTAINER_VERSION,
        "app_version": __version__,
        "schema_version": _database_version(database),
        "case_id": _case_id(database),
        "generation": 1,
        "kdf": {**kdf.to_json(), "salt": b64(salt)},
        "keys": {
            "passphrase": wrap_key(
                kdf.derive(passphrase.encode("utf-8"), salt), data_key, "passphrase"
            ),
            "recovery": wrap_key(recovery_wrapping_key(code), data_key, "recovery"),
        },
    }
    save_generation(case_path(staging), seal(header, subkey(data_key, "database"), database))


def _database_version(database: bytes) -> int:
    return int(str(_query(database, "PRAGMA user_version") or 0))


def _case_id(database: bytes) -> str:
    return str(_query(database, "SELECT value FROM meta WHERE key = 'case_id'") or "")


def _query(database: bytes, sql: str) -> object:
    connection = sqlite3.connect(":memory:")
    try:
        connection.deserialize(database)
        row = connection.execute(sql).fetchone()
        return row[0] if row else None
    finally:
        connection.close()


def _move_old_case_aside(folder: Path) -> None:
    aside = folder / f"replaced-{datetime.now().strftime('%Y%m%d-%H%M%S')}"
    aside.mkdir(mode=0o700)
    for path in folder.iterdir():
        if path.name.startswith(case_path(folder).name) or path.name == EVIDENCE_FOLDER:
            os.replace(path, aside / path.name)


def _move_into_place(staging: Path, folder: Path) -> None:
    # Evidence first, the case file last: until the case file appears, no case exists there.
    if (staging / EVIDENCE_FOLDER).is_dir():
        os.replace(staging / EVIDENCE_FOLDER, folder / EVIDENCE_FOLDER)
    os.replace(case_path(staging), case_path(folder))
