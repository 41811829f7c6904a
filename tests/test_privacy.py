"""Privacy invariants, proven on the real program with Python's audit hooks.

The hooks are installed by a ``sitecustomize`` module on ``PYTHONPATH``, so they run in the
CLI process and in every worker process it spawns. They record every socket created and
every file opened for writing; fingerprinting must cause neither.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

AUDIT_HOOK = r"""
import os, sys
_log = os.open(os.environ["STILLMINE_AUDIT_LOG"], os.O_WRONLY | os.O_APPEND)
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC

def _record(text):
    os.write(_log, (text + "\n").encode("utf-8", "backslashreplace"))

def _hook(event, args):
    if event.startswith("socket."):
        _record(f"{event} {args!r}")
    elif event == "open":
        path, mode, flags = args
        writing = any(c in (mode or "") for c in "wax+") or bool((flags or 0) & _WRITE_FLAGS)
        # An integer "path" is an already open descriptor (a pipe to a worker), not a file.
        if writing and not isinstance(path, int) and path != os.devnull:
            _record(f"write {path!r}")
    elif event in ("os.mkdir", "os.rename", "os.link", "os.symlink", "shutil.copyfile"):
        _record(f"{event} {args!r}")

sys.addaudithook(_hook)
"""


def test_fingerprinting_opens_no_socket_and_writes_no_file(tmp_path: Path, testdata: Path) -> None:
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(AUDIT_HOOK)
    log = tmp_path / "audit.log"
    log.write_text("")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(hooks), str(ROOT)]),
        "PYTHONDONTWRITEBYTECODE": "1",
        "STILLMINE_AUDIT_LOG": str(log),
    }
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "fingerprint",
            "--json",
            str(testdata / "photos"),
            str(testdata / "pdq" / "exif-rotn"),
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.stdout.count('"ok": true') == 8, run.stderr
    assert log.read_text() == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["audit.log", "hooks"]


def test_the_audit_hook_does_see_writes_and_sockets(tmp_path: Path) -> None:
    """The hook itself works: a program that writes and opens a socket is caught."""
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(AUDIT_HOOK)
    log = tmp_path / "audit.log"
    log.write_text("")
    env = {**os.environ, "PYTHONPATH": str(hooks), "STILLMINE_AUDIT_LOG": str(log)}
    program = "import socket; socket.socket().close(); open('thumb.png', 'wb').close()"
    subprocess.run([sys.executable, "-c", program], cwd=tmp_path, env=env, check=True, timeout=60)
    text = log.read_text()
    assert "socket.__new__" in text
    assert "thumb.png" in text


def test_scanning_a_folder_and_a_zip_opens_no_socket_and_writes_no_file(
    tmp_path: Path, photos: list[Path]
) -> None:
    """``stillmine scan`` reads a folder and a zip export (members, a zip inside it, a copy
    that needs the second stage) in its worker processes, and leaves no trace on disk."""
    from app.core.fingerprints.model import Fingerprinted
    from app.core.fingerprints.records import result_to_record
    from tests.core.scan.builders import ZipEntry, edited, fingerprint_of, raw_zip

    mine = tmp_path / "mine.jsonl"
    records = [
        result_to_record(Fingerprinted(str(p), fingerprint_of(p.read_bytes()))) for p in photos
    ]
    mine.write_text("".join(json.dumps(record) + "\n" for record in records))
    found = tmp_path / "found"
    found.mkdir()
    (found / "copy.png").write_bytes(photos[0].read_bytes())
    (found / "mirrored.jpg").write_bytes(edited(photos[1], "mirror"))
    inner = raw_zip([ZipEntry("again.png", photos[2].read_bytes())])
    export = tmp_path / "export.zip"
    export.write_bytes(
        raw_zip(
            [
                ZipEntry("../../screen.png", edited(photos[3], "phone-letterbox")),
                ZipEntry("nested.zip", inner),
                ZipEntry("messages.json", b"[]"),
            ]
        )
    )
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(AUDIT_HOOK)
    log = tmp_path / "audit.log"
    log.write_text("")
    before = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(hooks), str(ROOT)]),
        "PYTHONDONTWRITEBYTECODE": "1",
        "STILLMINE_AUDIT_LOG": str(log),
    }
    command = [sys.executable, "-m", "app", "scan", "--against", str(mine), str(found)]
    command += [str(export), "--json", "--workers", "2"]
    run = subprocess.run(
        command,
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    methods = [json.loads(line)["method"] for line in run.stdout.splitlines()]
    assert methods == ["sha256", "pdq", "photo-region", "sha256"]
    assert log.read_text() == ""
    assert sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*")) == before
