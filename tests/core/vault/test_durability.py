"""Crashes, full disks and read-only folders never lose the case."""

import errno
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.vault import TEST_ONLY_WEAK_KDF, CaseFile, SaveFailed, durable
from app.core.vault.errors import CaseFolderUnwritable
from app.core.vault.store import case_path
from tests.conftest import ROOT
from tests.core.vault.conftest import PASSPHRASE, adding, sample_item

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and mounts are POSIX")


@posix_only
@pytest.mark.slow
def test_killing_a_writer_at_random_moments_never_loses_the_case(case_folder: Path) -> None:
    CaseFile.create(case_folder, PASSPHRASE, kdf=TEST_ONLY_WEAK_KDF)[0].close()
    rng = random.Random(20261129)
    kills = 0
    while kills < 200:
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.core.vault.crash_writer", str(case_folder), PASSPHRASE],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        ready = child.stdout.readline().split()
        assert ready[0] == "ready", ready
        time.sleep(rng.uniform(0.0, 0.03))
        child.send_signal(signal.SIGKILL)
        printed = child.communicate(timeout=30)[0].split()
        committed = int(printed[-1]) if printed else int(ready[1])
        with CaseFile.open(case_folder, passphrase=PASSPHRASE) as reopened:
            found = int(reopened.read(lambda r: r.meta("counter", "0")))
        # Either the last save the writer saw finish, or the one it was in the middle of.
        assert found in (committed, committed + 1), (kills, committed, found)
        assert not list(case_folder.glob(".saving-*"))
        kills += 1


def test_a_failed_write_leaves_the_previous_file(
    new_case: tuple[CaseFile, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    case, _code = new_case
    case.change(lambda r: r.add_item(sample_item(1)))
    before = case_path(case.folder).read_bytes()

    def disk_full(fd: int, data: bytes) -> None:
        os.write(fd, data[: len(data) // 2])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(durable, "_write_fully", disk_full)
    with pytest.raises(SaveFailed) as caught:
        case.change(lambda r: r.add_item(sample_item(2)))
    assert "disk is full" in caught.value.message
    assert case_path(case.folder).read_bytes() == before
    assert not list(case.folder.glob(".saving-*"))
    monkeypatch.undo()
    case.save()  # once there is room again, the change still in memory is saved
    case.close()
    with CaseFile.open(case.folder, passphrase=PASSPHRASE) as reopened:
        assert len(reopened.read(lambda r: r.items())) == 2


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 256 KiB file system (tmpfs), where the system allows mounting one."""
    mount_point = tmp_path / "small"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(
            "cannot mount a small file system here (needs root); the injected failure covers it"
        )
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


@posix_only
def test_a_disk_that_fills_up_during_a_save(small_disk: Path) -> None:
    folder = small_disk / "case"
    case, _code = CaseFile.create(folder, PASSPHRASE, kdf=TEST_ONLY_WEAK_KDF)
    number = 0
    with pytest.raises(SaveFailed) as caught:  # noqa: PT012 - fill the disk until a save fails
        for number in range(1, 10_000):
            case.change(adding(number))
    assert "disk is full" in caught.value.message
    case.close(save=False)
    with CaseFile.open(folder, passphrase=PASSPHRASE) as reopened:
        saved = len(reopened.read(lambda r: r.items()))
    assert saved in (number - 1, number - 2)  # the last complete save survived


@pytest.fixture
def read_only_view(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """A folder and a read-only view of it (a read-only bind mount), where mounting works."""
    folder = tmp_path / "writable"
    view = tmp_path / "read-only"
    folder.mkdir()
    view.mkdir()
    steps = [
        ["mount", "--bind", str(folder), str(view)],
        ["mount", "-o", "remount,bind,ro", str(view)],
    ]
    for step in steps:
        if subprocess.run(step, capture_output=True, check=False).returncode != 0:
            subprocess.run(["umount", "-l", str(view)], capture_output=True, check=False)
            pytest.skip("cannot make a read-only mount here (needs root)")
    try:
        yield folder, view
    finally:
        subprocess.run(["umount", "-l", str(view)], check=False)


@posix_only
def test_a_case_in_a_read_only_folder_is_refused_plainly(read_only_view: tuple[Path, Path]) -> None:
    folder, view = read_only_view
    CaseFile.create(folder / "case", PASSPHRASE, kdf=TEST_ONLY_WEAK_KDF)[0].close()
    before = case_path(folder / "case").read_bytes()
    with pytest.raises(CaseFolderUnwritable) as refused:
        CaseFile.open(view / "case", passphrase=PASSPHRASE)
    assert "read-only" in refused.value.message
    with pytest.raises(CaseFolderUnwritable):
        CaseFile.create(view / "other", PASSPHRASE, kdf=TEST_ONLY_WEAK_KDF)
    assert case_path(folder / "case").read_bytes() == before


def test_a_folder_that_becomes_read_only_while_open(
    new_case: tuple[CaseFile, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    case, _code = new_case
    before = case_path(case.folder).read_bytes()
    real_open = os.open

    def read_only_open(path: object, flags: int, *args: object) -> int:
        if flags & os.O_CREAT:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", read_only_open)
    with pytest.raises(SaveFailed) as caught:
        case.change(lambda r: r.add_item(sample_item(1)))
    assert "cannot be written" in caught.value.message
    monkeypatch.undo()
    assert case_path(case.folder).read_bytes() == before


@posix_only
def test_another_process_holding_the_case_is_named(case_folder: Path) -> None:
    from app.core.vault import CaseLocked

    CaseFile.create(case_folder, PASSPHRASE, kdf=TEST_ONLY_WEAK_KDF)[0].close()
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.core.vault.crash_writer", str(case_folder), PASSPHRASE],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().startswith("ready")
        with pytest.raises(CaseLocked) as caught:
            CaseFile.open(case_folder, passphrase=PASSPHRASE)
        assert f"process {child.pid}" in caught.value.message
    finally:
        child.kill()
        child.communicate(timeout=30)
    CaseFile.open(case_folder, passphrase=PASSPHRASE).close()  # a dead holder frees the lock
