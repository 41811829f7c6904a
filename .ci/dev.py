#!/usr/bin/env python3
"""Set up StillMine's development environment, then start the app or run every check.

    python3 .ci/dev.py start    set up .venv and start StillMine
    python3 .ci/dev.py test     set up .venv and run every check CI runs (ruff, mypy, pytest)

Works on Linux, macOS and Windows with Python 3.11 or newer. The virtual environment lives in
``.venv`` (``STILLMINE_VENV`` overrides it) and is only reinstalled when pyproject.toml or the
constraints change. Extra arguments after ``test`` go to pytest.
"""

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONSTRAINTS = ROOT / ".ci" / "constraints.txt"
VENV = Path(os.environ.get("STILLMINE_VENV", ROOT / ".venv"))


def venv_python() -> Path:
    """The virtual environment's interpreter."""
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def install(extras: str) -> None:
    """Create the virtual environment and install StillMine into it, pinned, if needed."""
    stamp = VENV / f".stillmine-installed-{extras or 'app'}"
    wanted = hashlib.sha256(
        (ROOT / "pyproject.toml").read_bytes() + CONSTRAINTS.read_bytes()
    ).hexdigest()
    if stamp.exists() and stamp.read_text() == wanted and venv_python().exists():
        return
    if not venv_python().exists():
        print(f"Creating the virtual environment in {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    # PIP_CONSTRAINT (not only -c) so the isolated build of pdqhash uses pinned tools too.
    env = dict(os.environ, PIP_CONSTRAINT=str(CONSTRAINTS), PIP_DISABLE_PIP_VERSION_CHECK="1")
    target = f".[{extras}]" if extras else "."
    print(f"Installing StillMine{f' with {extras} tools' if extras else ''} ...", flush=True)
    subprocess.run(
        [str(venv_python()), "-m", "pip", "install", "--quiet", "-e", target],
        cwd=ROOT,
        env=env,
        check=True,
    )
    stamp.write_text(wanted)


def run_checks(pytest_args: list[str]) -> int:
    """Run ruff, mypy and pytest; return 0 only when all pass."""
    python = str(venv_python())
    checks = [
        ("ruff lint", [python, "-m", "ruff", "check", "."]),
        ("ruff format", [python, "-m", "ruff", "format", "--check", "."]),
        ("mypy", [python, "-m", "mypy"]),
        ("pytest", [python, "-m", "pytest", *pytest_args]),
    ]
    failed = []
    for name, command in checks:
        print(f"\n=== {name} ===", flush=True)
        if subprocess.run(command, cwd=ROOT, check=False).returncode != 0:
            failed.append(name)
    print("\n=== " + (f"FAILED: {', '.join(failed)}" if failed else "all checks passed") + " ===")
    return 1 if failed else 0


def main(argv: list[str]) -> int:
    """Dispatch ``start`` or ``test``."""
    if not argv or argv[0] not in ("start", "test"):
        print(__doc__)
        return 2
    if argv[0] == "start":
        install("")
        command = [str(venv_python()), "-m", "app", *argv[1:]]
        return subprocess.run(command, cwd=ROOT, check=False).returncode
    install("test")
    return run_checks(argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
