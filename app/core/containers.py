"""Where a picture's data ends inside its file.

Phones append a short video after a "motion photo" (and Samsung phones a block of data with
the capture time); files can hide anything after the end of the picture. None of this stops
the picture from decoding, so it is found here by walking the file's structure, without
decoding anything.
"""

import re
from dataclasses import dataclass

# A JPEG marker inside compressed data: 0xFF followed by anything but a stuffed zero, a fill
# byte or a restart marker (RST0-7), which all belong to the compressed data itself.
_JPEG_MARKER = re.compile(rb"\xff[^\x00\xff\xd0-\xd7]")
_JPEG_EOI = 0xD9
_JPEG_SOS = 0xDA
_JPEG_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})
_PNG_SIGNATURE_LENGTH = 8


@dataclass(frozen=True, slots=True)
class Structure:
    """What walking a file's structure found.

    Attributes:
        picture_end: offset just past the picture's last byte, or None when it was not found.
    """

    picture_end: int | None

    def trailing_bytes(self, file_size: int) -> int:
        """How many bytes follow the picture (0 when unknown)."""
        return 0 if self.picture_end is None else max(0, file_size - self.picture_end)


def jpeg_structure(data: bytes) -> Structure:
    """Walk a JPEG's segments and scans to its end-of-image marker."""
    position = 2  # after the start-of-image marker
    size = len(data)
    while position < size:
        if data[position] != 0xFF:
            return Structure(None)  # not a segment: the decoder will say what is wrong
        while position < size and data[position] == 0xFF:
            position += 1  # fill bytes
        if position >= size:
            break
        marker = data[position]
        position += 1
        if marker == _JPEG_EOI:
            return Structure(position)
        if marker in _JPEG_STANDALONE:
            continue
        if position + 2 > size:
            break
        position += int.from_bytes(data[position : position + 2], "big")
        if marker == _JPEG_SOS:
            found = _JPEG_MARKER.search(data, position)
            if found is None:
                break
            position = found.start()
    return Structure(None)


def png_structure(data: bytes) -> Structure:
    """Walk a PNG's chunks to its IEND chunk."""
    position = _PNG_SIGNATURE_LENGTH
    size = len(data)
    while position + 8 <= size:
        length = int.from_bytes(data[position : position + 4], "big")
        chunk_type = data[position + 4 : position + 8]
        position += 12 + length  # length, type, data, CRC
        if chunk_type == b"IEND":
            return Structure(position if position <= size else None)
    return Structure(None)


def is_padding(tail: bytes) -> bool:
    """Whether bytes after a picture are only padding some encoders add (zeros or 0xFF)."""
    return not tail.strip(b"\x00") or not tail.strip(b"\xff")
