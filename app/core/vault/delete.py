"""Delete everything: the case, its earlier copies, its evidence, its remembered key, settings.

Only files StillMine made are removed, so a case folder chosen by the user never loses
anything else. The case must not be open elsewhere (the lock is taken first).
"""

import contextlib
import shutil
from pathlib import Path
from typing import Final

from app.core.errors import UserError
from app.core.vault import keystore
from app.core.vault.durable import existing_generations, generation_path, remove_leftovers
from app.core.vault.errors import CaseDamaged, CaseNotFound
from app.core.vault.evidence import FOLDER_NAME as EVIDENCE_FOLDER
from app.core.vault.lock import CaseLock
from app.core.vault.store import case_path, read_header

#: Other files StillMine keeps in a case folder (the GUI's settings).
OWN_FILES: Final = ("settings.ini",)
_OWN_FOLDER_PREFIXES: Final = ("replaced-", ".importing-")


def delete_everything(folder: Path) -> list[str]:
    """Remove the case in ``folder`` and everything StillMine keeps with it.

    Returns:
        The names of what was removed (for the confirmation the user sees).

    Raises:
        CaseNotFound: there is nothing of StillMine's in the folder.
        CaseLocked: the case is open in another StillMine window.
    """
    if not folder.is_dir():
        raise CaseNotFound(f"There is nothing of StillMine's in {folder}.")
    lock = CaseLock(folder).acquire()
    removed: list[str] = []
    try:
        _forget_remembered_key(folder)
        current = case_path(folder)
        for generation in existing_generations(current):
            path = generation_path(current, generation)
            path.unlink()
            removed.append(path.name)
        remove_leftovers(folder)
        removed += _remove_own_folders(folder)
        for name in OWN_FILES:
            if (folder / name).exists():
                (folder / name).unlink()
                removed.append(name)
    except OSError as exc:
        raise UserError(
            f"Not everything could be deleted ({exc.strerror or exc}). Close other programs "
            "that may use the folder and try again."
        ) from exc
    finally:
        lock.release()
    with contextlib.suppress(OSError):
        folder.rmdir()  # only if nothing else is left in it
    return removed


def _forget_remembered_key(folder: Path) -> None:
    try:
        case_id = str(read_header(folder).get("case_id", ""))
    except (CaseNotFound, CaseDamaged):
        return
    if case_id:
        keystore.forget_key(case_id)


def _remove_own_folders(folder: Path) -> list[str]:
    removed = []
    for path in folder.iterdir():
        if path.is_dir() and (
            path.name == EVIDENCE_FOLDER or path.name.startswith(_OWN_FOLDER_PREFIXES)
        ):
            shutil.rmtree(path)
            removed.append(path.name + "/")
    return removed
