"""A child process for the crash test: saves a counter over and over until it is killed.

Run as ``python -m tests.core.vault.crash_writer FOLDER PASSPHRASE``; it prints each counter
value after the save holding it has returned.
"""

import functools
import sys
from pathlib import Path

from app.core.vault import CaseFile, CaseRepository


def main(folder: str, passphrase: str) -> None:
    case = CaseFile.open(Path(folder), passphrase=passphrase)
    start = int(case.read(lambda r: r.meta("counter", "0")))
    print(f"ready {start}", flush=True)
    counter = start
    while True:
        counter += 1
        case.change(functools.partial(CaseRepository.set_meta, key="counter", value=str(counter)))
        print(counter, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
