"""Functions the worker-pool tests run in worker processes (spawn imports them by name).

Run as a module (``python -m tests.core.workerfuncs``) it plays the GUI: it loads Qt first,
then asks a worker which modules it has imported, and prints them.
"""

import os
import signal
import sys
import time


def square(value: int) -> int:
    return value * value


def process_id(_value: int) -> int:
    return os.getpid()


def crash_on_three(value: int) -> int:
    if value == 3:
        os.kill(os.getpid(), signal.SIGKILL)
    return value


def raise_on_two(value: int) -> int:
    if value == 2:
        raise RuntimeError("boom")
    return value


def sleep_on_one(value: int) -> int:
    if value == 1:
        time.sleep(60)
    return value


def slow_with_progress(value: int) -> int:
    from app.core.procpool import report_fraction

    for step in range(1, 13):
        time.sleep(0.2)
        report_fraction(step / 12)
    return value


def loaded_modules(_value: int) -> list[str]:
    return sorted(sys.modules)


def failure(item: int, reason: str) -> str:
    return f"{item} {reason}"


def no_process(_item: int, _reason: str) -> int:
    return -1


if __name__ == "__main__":
    import PySide6.QtWidgets  # noqa: F401 - the parent process has Qt loaded, like the GUI

    from app.core.procpool import map_in_workers

    modules = next(iter(map_in_workers(loaded_modules, [0], workers=1, on_failure=failure)))
    print("\n".join(modules))
