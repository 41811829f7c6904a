"""The encrypted spool: a found video too large for memory is never on disk in the clear."""

import io
import os
import stat
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.scan.spool import EncryptedSpool


def video_bytes(testdata: Path) -> bytes:
    return (testdata / "video" / "test-padded-dimensions.mp4").read_bytes()


def test_the_file_on_disk_is_noise_and_reads_back_exactly(testdata: Path) -> None:
    plaintext = video_bytes(testdata)
    with EncryptedSpool() as spool:
        assert spool.write_from(io.BytesIO(plaintext)) == len(plaintext) == spool.size
        on_disk = Path(spool.path).read_bytes()
        assert len(on_disk) == len(plaintext)
        # Counter mode keeps the length; nothing of the content shows: not the MP4 box
        # names, not any 16-byte piece of the original.
        for marker in (b"ftyp", b"moov", b"mdat", b"avc1", plaintext[:16], plaintext[-16:]):
            assert marker not in on_disk
        same = sum(a == b for a, b in zip(on_disk, plaintext, strict=True))
        assert same < len(plaintext) / 100  # about 1 in 256 bytes agree by chance
        with spool.reader() as reader:
            assert reader.read() == plaintext
            assert reader.seek(-100, os.SEEK_END) == len(plaintext) - 100
            assert reader.read() == plaintext[-100:]
            assert reader.read() == b""


def test_two_spools_of_the_same_file_differ_on_disk(testdata: Path) -> None:
    """A fresh key for every spool: equal videos do not give equal temporary files."""
    plaintext = video_bytes(testdata)[:4096]
    with EncryptedSpool() as first, EncryptedSpool() as second:
        first.write_from(io.BytesIO(plaintext))
        second.write_from(io.BytesIO(plaintext))
        assert Path(first.path).read_bytes() != Path(second.path).read_bytes()
        assert os.path.dirname(first.path) != os.path.dirname(second.path)


def test_closing_removes_the_file_and_its_folder(testdata: Path) -> None:
    with EncryptedSpool() as spool:
        spool.write_from(io.BytesIO(video_bytes(testdata)))
        folder = Path(spool.path).parent
        assert folder.name.startswith("stillmine-") and spool.path.endswith("spool")
        if sys.platform != "win32":
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert not folder.exists()
    spool.close()  # closing twice is harmless


def test_the_folder_is_removed_when_reading_fails(testdata: Path) -> None:
    class Broken(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, buffer: object) -> int:
            raise OSError("the disk went away")

    with pytest.raises(OSError, match="the disk went away"), EncryptedSpool() as spool:
        spool.write_from(io.BufferedReader(Broken()))
    assert not Path(spool.path).parent.exists()


@settings(max_examples=60, deadline=None)
@given(
    data=st.binary(min_size=0, max_size=5000),
    reads=st.lists(st.tuples(st.integers(0, 5100), st.integers(0, 300)), max_size=12),
)
def test_any_read_at_any_offset_gives_the_plaintext(
    data: bytes, reads: list[tuple[int, int]]
) -> None:
    with EncryptedSpool() as spool:
        spool.write_from(io.BytesIO(data))
        for position, count in reads:
            assert spool.read_at(position, count) == data[position : position + count]
        with spool.reader() as reader:
            for position, count in reads:
                reader.seek(position)
                assert reader.read(count) == data[position : position + count]
                assert reader.tell() == min(len(data), position + count) or position > len(data)
