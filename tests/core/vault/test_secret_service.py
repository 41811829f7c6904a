"""'Remember on this computer' against a real Secret Service (gnome-keyring on D-Bus).

Unit tests use an in-memory keyring; this one starts a private D-Bus session with Debian's
gnome-keyring (installed by .ci/run) and runs the real keyring backend in it. Where those
programs are missing it is skipped, and says why.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

_SESSION_SCRIPT = """
set -e
export HOME="$1"
printf 'test unlock password' \
    | gnome-keyring-daemon --unlock --components=secrets --daemonize > "$HOME/keyring.env"
export $(cat "$HOME/keyring.env")
exec "$2" -m tests.core.vault.secret_service_probe "$3"
"""


@pytest.mark.skipif(sys.platform != "linux", reason="the Secret Service is the Linux keyring")
def test_remembering_with_a_real_secret_service(tmp_path: Path) -> None:
    missing = [
        tool for tool in ("dbus-run-session", "gnome-keyring-daemon") if not shutil.which(tool)
    ]
    if missing:
        pytest.skip(f"no real Secret Service: {', '.join(missing)} missing (.ci/run installs them)")
    home = tmp_path / "home"
    home.mkdir()
    run = subprocess.run(
        [
            "dbus-run-session",
            "--",
            "sh",
            "-c",
            _SESSION_SCRIPT,
            "session",
            str(home),
            sys.executable,
            str(tmp_path / "case"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.stdout.strip() == "ok keyring.backends.SecretService", (
        run.stdout,
        run.stderr[-2000:],
    )
