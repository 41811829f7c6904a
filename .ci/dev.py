#!/usr/bin/env python3
"""Set up StillMine's development environment, then start the app or run every check.

    python3 .ci/dev.py start    set up .venv and start StillMine
    python3 .ci/dev.py test     set up .venv and run every check CI runs (ruff, mypy, pytest,
                                then the frozen build and its self-test)
    python3 .ci/dev.py build    only build dist/StillMine (PyInstaller, build.spec) and run
                                the built app's --self-test

Works on Linux, macOS and Windows with Python 3.11 or newer. The virtual environment lives in
``.venv`` (``STILLMINE_VENV`` overrides it) and is only reinstalled when pyproject.toml or the
constraints change. Extra arguments after ``test`` go to pytest.
"""

import hashlib
import os
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONSTRAINTS = ROOT / ".ci" / "constraints.txt"
VENV = Path(os.environ.get("STILLMINE_VENV", ROOT / ".venv"))
DIST = ROOT / "dist" / "StillMine"


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
    """Run ruff, mypy, pytest and the frozen build; return 0 only when all pass."""
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
    print("\n=== frozen build and its self-test ===", flush=True)
    if build_and_check() != 0:
        failed.append("frozen build")
    print("\n=== " + (f"FAILED: {', '.join(failed)}" if failed else "all checks passed") + " ===")
    return 1 if failed else 0


def build_and_check() -> int:
    """Build dist/StillMine, then run its --self-test and open its window once, headless."""
    started = time.monotonic()
    build = [str(venv_python()), "-m", "PyInstaller", "--noconfirm", "build.spec"]
    if subprocess.run(build, cwd=ROOT, check=False).returncode != 0:
        print("The PyInstaller build failed (see above).", flush=True)
        return 1
    print(f"Built {DIST} in {time.monotonic() - started:.0f} s.", flush=True)
    suffix = ".exe" if os.name == "nt" else ""
    with tempfile.TemporaryDirectory(prefix="stillmine-frozen-") as home:
        # A throw-away data folder: the built app must not touch the developer's own case.
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", STILLMINE_HOME=home)
        runs = [
            ("self-test", [str(DIST / f"stillmine-cli{suffix}"), "--self-test"]),
            ("window", [str(DIST / f"StillMine{suffix}"), "--exit-when-shown"]),
        ]
        for name, command in runs:
            result = subprocess.run(command, env=env, check=False, timeout=300)
            if result.returncode != 0:
                print(f"The built app's {name} check failed ({result.returncode}).", flush=True)
                return 1
    print("The built app passed its self-test and opened its window.", flush=True)
    return 0


def main(argv: list[str]) -> int:
    """Dispatch ``start``, ``test`` or ``build``."""
    if not argv or argv[0] not in ("start", "test", "build"):
        print(__doc__)
        return 2
    if argv[0] == "start":
        install("")
        command = [str(venv_python()), "-m", "app", *argv[1:]]
        return subprocess.run(command, cwd=ROOT, check=False).returncode
    install("test,build")
    if argv[0] == "build":
        return build_and_check()
    return run_checks(argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
