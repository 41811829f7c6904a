"""Reading files and walking folders: order, links, clutter, and every way a read can fail."""

import errno
import os
import sys
import tempfile
from pathlib import Path

import pytest

from app.core.files import (
    EmptyFile,
    FileNotReadable,
    FileTooLarge,
    FileVanished,
    LinkLoop,
    NotARegularFile,
    PathTooLong,
    count_files,
    display_name,
    file_error,
    iter_files,
    read_file,
)

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file system features")


def make_tree(root: Path, names: list[str]) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")


def walked(paths: list[Path]) -> list[str]:
    return [entry.path for entry in iter_files([str(path) for path in paths])]


def test_folders_are_walked_depth_first_in_sorted_order(tmp_path: Path) -> None:
    make_tree(tmp_path, ["b.jpg", "a.jpg", "sub/z.png", "sub/deeper/y.png", "c/x.png", "a2/w.png"])
    found = [Path(path).relative_to(tmp_path).as_posix() for path in walked([tmp_path])]
    assert found == ["a.jpg", "b.jpg", "a2/w.png", "c/x.png", "sub/z.png", "sub/deeper/y.png"]


def test_files_and_folders_keep_the_order_given(tmp_path: Path) -> None:
    make_tree(tmp_path, ["one/a.png", "two.png"])
    assert walked([tmp_path / "two.png", tmp_path / "one"]) == [
        str(tmp_path / "two.png"),
        str(tmp_path / "one" / "a.png"),
    ]
    assert count_files([str(tmp_path)]) == 2


def test_system_clutter_is_skipped_inside_folders(tmp_path: Path) -> None:
    make_tree(tmp_path, [".DS_Store", "Thumbs.db", "._photo.jpg", "photo.jpg", ".hidden.png"])
    names = [Path(path).name for path in walked([tmp_path])]
    assert names == [".hidden.png", "photo.jpg"]
    # Named explicitly, even clutter is processed (and will be reported).
    assert walked([tmp_path / "Thumbs.db"]) == [str(tmp_path / "Thumbs.db")]


@posix_only
def test_a_link_loop_between_folders_ends(tmp_path: Path) -> None:
    make_tree(tmp_path, ["a/photo.jpg"])
    (tmp_path / "a" / "back").symlink_to(tmp_path)
    (tmp_path / "a" / "self").symlink_to(tmp_path / "a")
    found = walked([tmp_path])
    assert found.count(str(tmp_path / "a" / "photo.jpg")) == 1
    assert len(found) == 1


@posix_only
def test_a_link_to_itself_is_reported(tmp_path: Path) -> None:
    loop = tmp_path / "loop.jpg"
    loop.symlink_to(loop)
    assert walked([tmp_path]) == [str(loop)]
    with pytest.raises(LinkLoop) as caught:
        read_file(str(loop), 1000)
    assert "loop.jpg" in caught.value.message


def test_a_missing_file_is_reported(tmp_path: Path) -> None:
    entries = list(iter_files([str(tmp_path / "gone.jpg")]))
    assert isinstance(entries[0].error, FileVanished)
    with pytest.raises(FileVanished):
        read_file(str(tmp_path / "gone.jpg"), 1000)


def test_empty_and_oversized_files_are_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    with pytest.raises(EmptyFile) as caught:
        read_file(str(empty), 1000)
    assert "empty.jpg" in caught.value.message and "0 bytes" in caught.value.message
    big = tmp_path / "big.png"
    big.write_bytes(b"x" * 3000)
    with pytest.raises(FileTooLarge):
        read_file(str(big), 2000)
    assert read_file(str(big), 3000) == b"x" * 3000


def test_a_file_that_grew_after_its_size_was_read_is_read_whole_or_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The read is sized to what the file said it held; more is read on, never cut off."""
    grown = tmp_path / "downloading.jpg"
    grown.write_bytes(bytes(range(256)) * 40)
    real_fstat = os.fstat

    def said_smaller(fd: int) -> os.stat_result:
        info = real_fstat(fd)
        fields = list(info)
        fields[6] = 100  # st_size: what the file held when its size was taken
        return os.stat_result(fields)

    monkeypatch.setattr(os, "fstat", said_smaller)
    assert read_file(str(grown), 20_000) == grown.read_bytes()
    with pytest.raises(FileTooLarge) as caught:
        read_file(str(grown), 5_000)
    assert "grew beyond" in caught.value.message


@posix_only
def test_a_named_pipe_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.jpg"
    os.mkfifo(fifo)
    with pytest.raises(NotARegularFile):
        read_file(str(fifo), 1000)


def test_a_folder_given_as_a_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises((NotARegularFile, FileNotReadable)):
        read_file(str(tmp_path), 1000)


@posix_only
def test_names_that_are_not_utf8_work(tmp_path: Path) -> None:
    raw_name = os.fsencode(tmp_path) + b"/caf\xe9-\xff.png"
    with open(raw_name, "wb") as handle:
        handle.write(b"data")
    (path,) = walked([tmp_path])
    assert os.fsencode(path) == raw_name
    assert read_file(path, 100) == b"data"
    assert display_name(path) == "caf\ufffd-\ufffd.png"


def test_very_long_names_work(tmp_path: Path) -> None:
    name = "é" * 100 + ".png"  # 204 bytes in UTF-8, near the 255-byte limit of most disks
    (tmp_path / name).write_bytes(b"data")
    (path,) = walked([tmp_path])
    assert read_file(path, 100) == b"data"


@posix_only
def test_paths_longer_than_the_system_allows_are_reported(tmp_path: Path) -> None:
    # Build a 5,000-character deep folder relative to open folders (absolute paths that
    # long cannot even be created).
    descriptor = os.open(tmp_path, os.O_RDONLY)
    try:
        for _ in range(25):
            os.mkdir("d" * 200, dir_fd=descriptor)
            inner = os.open("d" * 200, os.O_RDONLY, dir_fd=descriptor)
            os.close(descriptor)
            descriptor = inner
        with os.fdopen(
            os.open("photo.jpg", os.O_WRONLY | os.O_CREAT, dir_fd=descriptor), "wb"
        ) as f:
            f.write(b"x")
    finally:
        os.close(descriptor)
    entries = list(iter_files([str(tmp_path)]))
    assert [type(entry.error) for entry in entries] == [PathTooLong]
    assert "too long" in entries[0].error.message  # type: ignore[union-attr]


def test_operating_system_errors_become_plain_messages() -> None:
    cases = {
        errno.EACCES: FileNotReadable,
        errno.EPERM: FileNotReadable,
        errno.ENOENT: FileVanished,
        errno.ELOOP: LinkLoop,
        errno.ENAMETOOLONG: PathTooLong,
    }
    for code, expected in cases.items():
        error = file_error("/photos/holiday.jpg", OSError(code, os.strerror(code)))
        assert isinstance(error, expected)
        assert "holiday.jpg" in error.message
    other = file_error("/photos/holiday.jpg", OSError(errno.EIO, "Input/output error"))
    assert "Input/output error" in other.message


def _read_as_unprivileged(path: Path) -> str:
    """Read ``path`` in a child process without root's power to read anything."""
    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child
        os.close(read_end)
        try:
            if os.getuid() == 0:
                os.setgroups([])
                os.setgid(65534)
                os.setuid(65534)
            try:
                read_file(str(path), 1000)
                outcome = "read"
            except FileNotReadable as error:
                outcome = "refused: " + error.message
            os.write(write_end, outcome.encode())
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        outcome = pipe.read().decode()
    os.waitpid(child, 0)
    return outcome


@posix_only
def test_an_unreadable_file_is_refused_with_a_plain_message() -> None:
    # A folder directly in the system's temporary folder, so an unprivileged child can reach it.
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        folder.chmod(0o755)
        secret = folder / "secret.jpg"
        secret.write_bytes(b"data")
        secret.chmod(0o000)
        readable = folder / "open.jpg"
        readable.write_bytes(b"data")
        readable.chmod(0o644)
        refused = _read_as_unprivileged(secret)
        assert refused.startswith("refused: ")
        assert "secret.jpg" in refused
        assert _read_as_unprivileged(readable) == "read"
