"""The open case: its database in memory, its file on disk, its lock, and its one writer.

A ``CaseFile`` is created or unlocked from a folder. The database lives in memory (SQLite)
and is persisted as one encrypted file (``container``) written durably (``durable``). One
thread owns the database connection; every read and change is handed to it
(``CaseFile.read`` / ``CaseFile.change``), so callers on any thread, the GUI's included,
never touch SQLite directly.
"""

import sqlite3
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO, Final, TypeVar

from app import __version__
from app.core.errors import BugError, UserError
from app.core.vault import keystore
from app.core.vault.container import CONTAINER_VERSION, SealedCase, seal, unseal
from app.core.vault.crypto import (
    DEFAULT_KDF,
    KdfParams,
    b64,
    new_data_key,
    new_recovery_code,
    new_salt,
    recovery_wrapping_key,
    subkey,
    unb64,
    unwrap_key,
    wrap_key,
)
from app.core.vault.durable import (
    existing_generations,
    generation_path,
    make_private_folder,
    remove_leftovers,
    save_generation,
)
from app.core.vault.errors import (
    CaseDamaged,
    CaseExists,
    CaseNotFound,
    KeyringUnavailable,
    WrongPassphrase,
)
from app.core.vault.evidence import EvidenceStore
from app.core.vault.lock import CaseLock
from app.core.vault.models import EvidenceFile
from app.core.vault.repository import CaseRepository, Clock, SecretBox, utc_now
from app.core.vault.schema import SCHEMA_VERSION, migrate

FILE_NAME: Final = "case.smcase"
MIN_PASSPHRASE_LENGTH: Final = 8

Result = TypeVar("Result")


def case_path(folder: Path) -> Path:
    """The current case file in a case folder."""
    return folder / FILE_NAME


def case_exists(folder: Path) -> bool:
    """Whether the folder holds a case (any generation of it)."""
    return bool(existing_generations(case_path(folder)))


def check_passphrase(passphrase: str) -> None:
    """Refuse passphrases too short to protect anything."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise UserError(
            f"Choose a passphrase of at least {MIN_PASSPHRASE_LENGTH} characters. A few "
            "unrelated words are easy to remember and hard to guess."
        )


class _Keys:
    """The data key and what is derived from it, plus the wrapped copies for the header."""

    def __init__(
        self,
        data_key: bytes,
        kdf: KdfParams,
        salt: bytes,
        wrapped: dict[str, Any],
        *,
        remembered: bool = False,
    ) -> None:
        self.remembered = remembered
        self.data_key = data_key
        self.kdf = kdf
        self.salt = salt
        self.wrapped = wrapped
        self.database = subkey(data_key, "database")
        self.evidence = subkey(data_key, "evidence")
        self.secrets = subkey(data_key, "secrets")


class CaseFile:
    """An unlocked case. Create one with ``create`` or ``open``; always ``close`` it."""

    def __init__(  # noqa: PLR0917 - private: built only by create() and open()
        self, folder: Path, lock: CaseLock, keys: _Keys, case_id: str, generation: int, clock: Clock
    ) -> None:
        self.folder = folder
        self.case_id = case_id
        self._lock = lock
        self._keys = keys
        self._generation = generation
        self._clock = clock
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="case-writer")
        self._repository: CaseRepository | None = None
        self.evidence = EvidenceStore(folder, keys.evidence)

    # --- creating and opening ---------------------------------------------------------------

    @classmethod
    def create(
        cls, folder: Path, passphrase: str, *, kdf: KdfParams = DEFAULT_KDF, clock: Clock = utc_now
    ) -> tuple["CaseFile", str]:
        """Create a new, empty case protected by ``passphrase``.

        Returns:
            The open case, and its recovery code (show it once; it is not stored anywhere).

        Raises:
            CaseExists: the folder already holds a case (it is never overwritten).
        """
        check_passphrase(passphrase)
        make_private_folder(folder)
        lock = CaseLock(folder).acquire()
        try:
            if case_exists(folder):
                raise CaseExists(
                    "There is already a case in this folder. Open it, or choose another folder; "
                    "StillMine never replaces a case."
                )
            recovery_code = new_recovery_code()
            keys = _new_keys(new_data_key(), passphrase, recovery_code, kdf)
            case = cls(folder, lock, keys, str(uuid.uuid4()), 0, clock)
            case._start(None)
            case.change(lambda repo: _initialise(repo, case.case_id, clock()))
        except BaseException:
            lock.release()
            raise
        return case, recovery_code

    @classmethod
    def open(
        cls,
        folder: Path,
        *,
        passphrase: str | None = None,
        recovery_code: str | None = None,
        use_keyring: bool = False,
        generation: int | None = None,
        clock: Clock = utc_now,
    ) -> "CaseFile":
        """Unlock a case with its passphrase, its recovery code, or the remembered key.

        Args:
            folder: the case folder.
            passphrase: the passphrase.
            recovery_code: the recovery code, instead of the passphrase.
            use_keyring: use the key remembered on this computer, if there is one.
            generation: open an earlier copy (1 = before the last save); by default the
                current file, or the newest copy when a crash left no current file.

        Raises:
            CaseNotFound, CaseLocked, WrongPassphrase, CaseDamaged, MadeByNewerVersion.
        """
        lock = CaseLock(folder).acquire() if folder.is_dir() else None
        if lock is None or not case_exists(folder):
            if lock is not None:
                lock.release()
            raise CaseNotFound(f"There is no StillMine case in {folder}.")
        try:
            remove_leftovers(folder)
            sealed, chosen = _read_generation(folder, generation)
            try:
                keys = _unlock(sealed, passphrase, recovery_code, use_keyring)
                database = _open_body(sealed, keys, remembered=keys.remembered)
                case = cls(folder, lock, keys, str(sealed.header.get("case_id", "")), 0, clock)
                case._generation = int(sealed.header.get("generation", 0))
                upgraded = case._start(database)
            except CaseDamaged as damaged:
                raise _offering_earlier_copies(damaged, folder, chosen) from None
            if upgraded or chosen:
                case.save()  # an upgraded or restored case becomes the current file at once
        except BaseException:
            lock.release()
            raise
        return case

    def _start(self, database: bytes | None) -> bool:
        """Load (or create) the database on the writer thread; True if it was upgraded."""
        return self._writer.submit(self._load, database).result()

    def _load(self, database: bytes | None) -> bool:
        connection = sqlite3.connect(":memory:")
        if database is not None:
            try:
                connection.deserialize(database)
                if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                    raise sqlite3.DatabaseError("integrity check failed")
            except sqlite3.DatabaseError as exc:
                connection.close()
                raise CaseDamaged("The case's database is damaged.") from exc
        found = migrate(connection)
        self._repository = CaseRepository(connection, SecretBox(self._keys.secrets), self._clock)
        return database is not None and found < SCHEMA_VERSION

    # --- reading, changing, saving ----------------------------------------------------------

    def read(self, work: Callable[[CaseRepository], Result]) -> Result:
        """Run ``work`` with the repository on the writer thread and return its result."""
        return self._writer.submit(self._run, work, False).result()

    def change(self, work: Callable[[CaseRepository], Result], *, save: bool = True) -> Result:
        """Like ``read``, then save the case if ``work`` changed it (unless ``save`` is False)."""
        return self._writer.submit(self._run, work, save).result()

    def save(self) -> None:
        """Write the case to disk now, durably."""
        self._writer.submit(self._save_now).result()

    def _run(self, work: Callable[[CaseRepository], Result], save: bool) -> Result:
        repository = self._require_open()
        result = work(repository)
        if save and repository.changed:
            self._save_now()
        return result

    def _require_open(self) -> CaseRepository:
        if self._repository is None:
            raise BugError("the case is closed")
        return self._repository

    def _save_now(self) -> None:
        repository = self._require_open()
        database = repository.snapshot()
        self._generation += 1
        header = {
            "container": CONTAINER_VERSION,
            "app_version": __version__,
            "schema_version": SCHEMA_VERSION,
            "case_id": self.case_id,
            "generation": self._generation,
            "kdf": {**self._keys.kdf.to_json(), "salt": b64(self._keys.salt)},
            "keys": self._keys.wrapped,
        }
        save_generation(case_path(self.folder), seal(header, self._keys.database, database))
        repository.changed = False

    # --- keys -------------------------------------------------------------------------------

    def change_passphrase(self, new_passphrase: str, kdf: KdfParams | None = None) -> None:
        """Wrap the data key under a new passphrase (nothing else is re-encrypted)."""
        check_passphrase(new_passphrase)

        def rewrap(repo: CaseRepository) -> None:
            params = kdf or self._keys.kdf
            salt = new_salt()
            self._keys.kdf, self._keys.salt = params, salt
            self._keys.wrapped["passphrase"] = wrap_key(
                params.derive(new_passphrase.encode("utf-8"), salt),
                self._keys.data_key,
                "passphrase",
            )
            repo.log_event("passphrase", "Changed the passphrase")

        self.change(rewrap)

    def replace_recovery_code(self) -> str:
        """Make a new recovery code (the old one stops working); return it to show once."""
        code = new_recovery_code()

        def rewrap(repo: CaseRepository) -> None:
            self._keys.wrapped["recovery"] = wrap_key(
                recovery_wrapping_key(code), self._keys.data_key, "recovery"
            )
            repo.log_event("recovery-code", "Made a new recovery code")

        self.change(rewrap)
        return code

    def remember_on_this_computer(self, remember: bool) -> None:
        """Keep (or forget) the key in the operating system's password store.

        Raises:
            KeyringUnavailable: there is no usable password store (only when remembering).
        """
        if remember:
            keystore.remember_key(self.case_id, self._keys.data_key)
        else:
            keystore.forget_key(self.case_id)

    # --- evidence ---------------------------------------------------------------------------

    def add_evidence(self, source: BinaryIO, record: EvidenceFile) -> EvidenceFile:
        """Encrypt a file into the case's evidence folder and record it.

        ``record.sha256`` and ``record.size`` are filled in from the content.
        """
        sha256, size = self.evidence.add(source)
        record.sha256, record.size = sha256, size
        return self.change(lambda repo: repo.add_evidence_file(record))

    # --- closing ----------------------------------------------------------------------------

    def close(self, *, save: bool = True) -> None:
        """Save (if anything changed), free the database and release the lock."""
        if self._repository is None:
            return
        try:
            if save:
                self._writer.submit(self._save_if_changed).result()
        finally:
            self._writer.submit(self._drop).result()
            self._writer.shutdown()
            self._lock.release()

    def _save_if_changed(self) -> None:
        if self._require_open().changed:
            self._save_now()

    def _drop(self) -> None:
        if self._repository is not None:
            self._repository.close()
            self._repository = None

    @property
    def is_open(self) -> bool:
        """Whether the case is still open."""
        return self._repository is not None

    def __enter__(self) -> "CaseFile":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def export_parts(self) -> tuple[bytes, bytes]:
        """The data key and the database bytes, for an export bundle."""
        return self._keys.data_key, self.read(lambda repo: repo.snapshot())


def _new_keys(data_key: bytes, passphrase: str, recovery_code: str, kdf: KdfParams) -> _Keys:
    salt = new_salt()
    wrapped = {
        "passphrase": wrap_key(
            kdf.derive(passphrase.encode("utf-8"), salt), data_key, "passphrase"
        ),
        "recovery": wrap_key(recovery_wrapping_key(recovery_code), data_key, "recovery"),
    }
    return _Keys(data_key, kdf, salt, wrapped)


def _initialise(repo: CaseRepository, case_id: str, now: datetime) -> None:
    repo.set_meta("case_id", case_id)
    repo.set_meta("created_at", now.isoformat())
    repo.set_meta("important_changes_since_backup", "0")
    repo.log_event("case-created", "Created the case")


def read_header(folder: Path, generation: int | None = None) -> dict[str, Any]:
    """The header of a case file (versions, key settings, no content); no passphrase needed."""
    return _read_generation(folder, generation)[0].header


def _read_generation(folder: Path, generation: int | None) -> tuple[SealedCase, int]:
    current = case_path(folder)
    available = existing_generations(current)
    if not available:
        raise CaseNotFound(f"There is no StillMine case in {folder}.")
    # A crash between two renames of a save can leave no current file: the newest copy holds
    # the state before that save.
    chosen = generation if generation is not None else available[0]
    try:
        data = generation_path(current, chosen).read_bytes()
    except FileNotFoundError:
        raise CaseNotFound(f"There is no copy number {chosen} of this case.") from None
    except OSError as exc:
        raise CaseDamaged(f"The case file could not be read ({exc.strerror}).") from exc
    try:
        return unseal(data), chosen
    except CaseDamaged as damaged:
        raise _offering_earlier_copies(damaged, folder, chosen) from None


def _offering_earlier_copies(damaged: CaseDamaged, folder: Path, chosen: int) -> CaseDamaged:
    if damaged.earlier_copies:
        return damaged
    available = existing_generations(case_path(folder))
    earlier = tuple(g for g in available if g > chosen)
    return CaseDamaged(_with_earlier_copies(damaged.message, earlier), earlier)


def _with_earlier_copies(message: str, earlier: tuple[int, ...]) -> str:
    if not earlier:
        return message + " No earlier copy is available."
    return (
        message
        + f" StillMine kept {len(earlier)} earlier cop{'y' if len(earlier) == 1 else 'ies'} "
        "of your case; you can open the most recent one (you may lose the last few changes)."
    )


def _open_body(sealed: SealedCase, keys: _Keys, *, remembered: bool) -> bytes:
    try:
        return sealed.open_body(keys.database)
    except CaseDamaged:
        if not remembered:
            raise
    # The key remembered on this computer belongs to another case that had this id, or is
    # stale: forget it, and ask for the passphrase instead.
    keystore.forget_key(str(sealed.header.get("case_id", "")))
    raise WrongPassphrase(
        "The key this computer remembered no longer opens this case. Enter your passphrase."
    )


def _unlock(
    sealed: SealedCase, passphrase: str | None, recovery_code: str | None, use_keyring: bool
) -> _Keys:
    header = sealed.header
    try:
        kdf = KdfParams.from_json(header["kdf"])
        salt = unb64(header["kdf"]["salt"])
        wrapped = dict(header["keys"])
    except (KeyError, TypeError, ValueError) as exc:
        raise CaseDamaged("The case file's header is damaged.") from exc
    data_key = None
    if use_keyring:
        try:
            data_key = keystore.recall_key(str(header.get("case_id", "")))
        except KeyringUnavailable:
            if passphrase is None and recovery_code is None:
                raise
        if data_key is not None and len(data_key) == len(new_data_key()):
            return _Keys(data_key, kdf, salt, wrapped, remembered=True)
        data_key = None
    if recovery_code is not None:
        data_key = unwrap_key(
            recovery_wrapping_key(recovery_code), wrapped.get("recovery"), "recovery"
        )
    if data_key is None and passphrase is not None:
        data_key = unwrap_key(
            kdf.derive(passphrase.encode("utf-8"), salt), wrapped.get("passphrase"), "passphrase"
        )
    if data_key is None:
        raise WrongPassphrase("Enter your passphrase to open your case.")
    return _Keys(data_key, kdf, salt, wrapped)
