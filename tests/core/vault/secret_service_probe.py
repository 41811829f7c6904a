"""Run inside a private D-Bus session with gnome-keyring: remember a case's key for real.

Used by test_secret_service.py: ``python -m tests.core.vault.secret_service_probe FOLDER``.
Prints ``ok <backend>`` when a case could be remembered, reopened without its passphrase and
forgotten again through the operating system's Secret Service.
"""

import sys
from pathlib import Path

import keyring

from app.core.vault import TEST_ONLY_WEAK_KDF, CaseFile, WrongPassphrase


def main(folder: Path) -> None:
    backend = type(keyring.get_keyring()).__module__
    case, _code = CaseFile.create(folder, "secret service passphrase", kdf=TEST_ONLY_WEAK_KDF)
    with case:
        case.remember_on_this_computer(True)
    with CaseFile.open(folder, use_keyring=True) as reopened:
        reopened.remember_on_this_computer(False)
    try:
        CaseFile.open(folder, use_keyring=True)
    except WrongPassphrase:
        print(f"ok {backend}")
        return
    print("the key was not forgotten")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
