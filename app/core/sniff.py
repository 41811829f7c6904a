"""Identify a file by its first bytes, never by its name.

A photo renamed ``.jpg`` may be a PNG; a "photo" may be a PDF. Everything StillMine opens is
identified here first, so the right decoder runs and a wrong file gets a message that says
what it really is.
"""

from dataclasses import dataclass
from enum import StrEnum

#: How many leading bytes ``sniff`` needs to see.
SNIFF_BYTES = 64


class ImageFormat(StrEnum):
    """Image formats StillMine decodes (the value is the name shown to users and in JSON)."""

    JPEG = "jpeg"
    PNG = "png"
    WEBP = "webp"
    GIF = "gif"
    BMP = "bmp"
    TIFF = "tiff"
    HEIF = "heif"
    AVIF = "avif"


@dataclass(frozen=True, slots=True)
class Sniffed:
    """What the first bytes of a file say it is.

    Attributes:
        image_format: the image format, or None when the file is not an image we decode.
        description: for a non-image, a plain description ("a PDF document"), else "".
        video_format: for a video, its container ("mp4", "mov", "matroska", "avi").
    """

    image_format: ImageFormat | None
    description: str = ""
    video_format: str | None = None


# ISO base media (ftyp) brands of HEIF/HEIC and AVIF stills; any other brand is a video or an
# audio file, told apart so a renamed one gets an honest message.
_HEIF_BRANDS = frozenset({b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"})
_AVIF_BRANDS = frozenset({b"avif", b"avis"})
_AUDIO_BRANDS = frozenset({b"M4A ", b"M4B ", b"M4P "})

# Leading bytes of common files that are not images, for the error message.
_OTHER_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or an Office document"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x1f\x8b", "a compressed (gzip) file"),
    (b"ID3", "an audio file (MP3)"),
    (b"OggS", "an audio or video file (Ogg)"),
    (b"fLaC", "an audio file (FLAC)"),
    (b"\x1aE\xdf\xa3", "a video file (MKV or WebM)"),
    (b"MZ", "a Windows program"),
    (b"\x7fELF", "a program"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"SQLite format 3\x00", "a database file"),
)


# Names that promise a video: a wrong file with one of them is told it is not a video.
_VIDEO_SUFFIXES = frozenset({
    ".mp4", ".m4v", ".mov", ".qt", ".mkv", ".webm", ".avi", ".ts", ".mts", ".m2ts", ".3gp",
    ".3g2", ".wmv", ".flv", ".mpg", ".mpeg", ".ogv",
})  # fmt: skip


def promised_kind(name: str) -> str:
    """What a file's name says it is, for a message: "a video" or "a picture".

    The content decides how a file is read; the name only decides the wording, so that a
    renamed text file called ``holiday.mp4`` is told it is not a video, not "not a picture".
    """
    suffix = name[name.rfind(".") :].lower() if "." in name else ""
    return "a video" if suffix in _VIDEO_SUFFIXES else "a picture"


def sniff(head: bytes) -> Sniffed:
    """Identify a file from its first ``SNIFF_BYTES`` bytes."""
    image_format = _image_format(head)
    if image_format is not None:
        return Sniffed(image_format)
    return Sniffed(None, _describe_other(head), _video_format(head))


def _video_format(head: bytes) -> str | None:
    brands = _ftyp_brands(head)
    if brands and brands[0] not in _AUDIO_BRANDS:
        return "mov" if brands[0] == b"qt  " else "mp4"
    if head.startswith(b"\x1aE\xdf\xa3"):
        return "matroska"
    if head[:4] == b"RIFF" and head[8:12] == b"AVI ":
        return "avi"
    return None


def _image_format(head: bytes) -> ImageFormat | None:
    if head.startswith(b"\xff\xd8\xff"):
        return ImageFormat.JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return ImageFormat.PNG
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return ImageFormat.GIF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return ImageFormat.WEBP
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return ImageFormat.TIFF
    if _looks_like_bmp(head):
        return ImageFormat.BMP
    return _iso_media_image_format(head)


def _looks_like_bmp(head: bytes) -> bool:
    # "BM" alone is too weak (plain text can start with it): also require a known DIB header
    # size at offset 14.
    if len(head) < 18 or head[:2] != b"BM":
        return False
    dib_header_size = int.from_bytes(head[14:18], "little")
    return dib_header_size in (12, 40, 52, 56, 64, 108, 124)


def _ftyp_brands(head: bytes) -> list[bytes]:
    if len(head) < 16 or head[4:8] != b"ftyp":
        return []
    box_size = int.from_bytes(head[:4], "big")
    end = min(len(head), box_size if box_size >= 16 else len(head))
    # Major brand at 8..12, minor version at 12..16, then the compatible brands.
    return [head[8:12]] + [head[i : i + 4] for i in range(16, end - 3, 4)]


def _iso_media_image_format(head: bytes) -> ImageFormat | None:
    brands = _ftyp_brands(head)
    if not brands:
        return None
    major = brands[0]
    if major in _AVIF_BRANDS:
        return ImageFormat.AVIF
    if major in _HEIF_BRANDS:
        # "mif1" is the generic still-image brand; AVIF files may use it as major brand.
        return ImageFormat.AVIF if _AVIF_BRANDS.intersection(brands[1:]) else ImageFormat.HEIF
    return None


def _describe_other(head: bytes) -> str:
    if not head:
        return "an empty file"
    for signature, description in _OTHER_SIGNATURES:
        if head.startswith(signature):
            return description
    if head[:4] == b"RIFF":
        return {b"AVI ": "a video file (AVI)", b"WAVE": "an audio file (WAV)"}.get(
            head[8:12], "a RIFF media file"
        )
    brands = _ftyp_brands(head)
    if brands:
        return "an audio file" if brands[0] in _AUDIO_BRANDS else "a video file"
    if _looks_like_text(head):
        return "a text file"
    return ""


def _looks_like_text(head: bytes) -> bool:
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        # The sample may end in the middle of a multi-byte character.
        try:
            text = head[:-3].decode("utf-8")
        except UnicodeDecodeError:
            return False
    return all(ch.isprintable() or ch in "\t\r\n\f" for ch in text)
