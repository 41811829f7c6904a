"""Privacy findings: what a picture's hidden data reveals about the person who took it.

Photos carry more than pixels: the place they were taken, the camera and its serial number,
the owner's name, the time, the editing software, a small preview picture, sometimes a whole
hidden video. The review screen tells the user ("this photo contains your location") so they
know what a copy gives away. Findings are read while loading and never sent anywhere.
"""

import math
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PIL import ExifTags, Image


class PrivacyKind(StrEnum):
    """Kinds of identifying information a picture can carry."""

    LOCATION = "location"
    CAMERA = "camera"
    CAMERA_SERIAL = "camera-serial"
    OWNER = "owner"
    CAPTURE_TIME = "capture-time"
    SOFTWARE = "software"
    THUMBNAIL = "thumbnail"
    HIDDEN_DATA = "hidden-data"


#: Plain-language English summaries; the GUI translates by kind.
SUMMARIES: Mapping[PrivacyKind, str] = {
    PrivacyKind.LOCATION: "Contains the place where it was taken (GPS position).",
    PrivacyKind.CAMERA: "Names the camera or phone that took it.",
    PrivacyKind.CAMERA_SERIAL: "Contains the serial number of the camera or phone.",
    PrivacyKind.OWNER: "Contains a person's name (owner, artist or author).",
    PrivacyKind.CAPTURE_TIME: "Contains the date and time it was taken.",
    PrivacyKind.SOFTWARE: "Names the app or program that made or edited it.",
    PrivacyKind.THUMBNAIL: "Contains a small preview copy of the picture.",
    PrivacyKind.HIDDEN_DATA: "Contains extra hidden data, such as a second picture or a video.",
}


@dataclass(frozen=True, slots=True)
class PrivacyFinding:
    """One piece of identifying information found in a picture.

    Attributes:
        kind: what sort of information it is.
        detail: the value found (a camera model, coordinates ...), for the user's eyes only.
    """

    kind: PrivacyKind
    detail: str = ""

    @property
    def summary(self) -> str:
        """The plain-language English sentence for this kind of finding."""
        return SUMMARIES[self.kind]


_TAG = ExifTags.Base
_GPS = ExifTags.GPS
_MAX_DETAIL = 120

# (kind, tags in the first image directory)
_IFD0_TAGS: tuple[tuple[PrivacyKind, tuple[int, ...]], ...] = (
    (PrivacyKind.CAMERA, (_TAG.Make, _TAG.Model)),
    (PrivacyKind.OWNER, (_TAG.Artist, _TAG.Copyright)),
    (PrivacyKind.SOFTWARE, (_TAG.Software, _TAG.HostComputer)),
    (PrivacyKind.CAPTURE_TIME, (_TAG.DateTime,)),
)
# (kind, tags in the Exif sub-directory)
_EXIF_IFD_TAGS: tuple[tuple[PrivacyKind, tuple[int, ...]], ...] = (
    (PrivacyKind.CAPTURE_TIME, (_TAG.DateTimeOriginal, _TAG.DateTimeDigitized)),
    (PrivacyKind.OWNER, (_TAG.CameraOwnerName,)),
    (PrivacyKind.CAMERA_SERIAL, (_TAG.BodySerialNumber, _TAG.LensSerialNumber)),
)
_PNG_TEXT_KEYS: tuple[tuple[PrivacyKind, str], ...] = (
    (PrivacyKind.OWNER, "Author"),
    (PrivacyKind.OWNER, "Copyright"),
    (PrivacyKind.SOFTWARE, "Software"),
    (PrivacyKind.CAPTURE_TIME, "Creation Time"),
)
_XMP_PATTERNS: tuple[tuple[PrivacyKind, re.Pattern[bytes]], ...] = tuple(
    (kind, re.compile(rb"%s\s*(?:=\s*\"([^\"]*)\"|>([^<]*)<)" % name))
    for kind, name in (
        (PrivacyKind.LOCATION, rb"exif:GPSLatitude"),
        (PrivacyKind.SOFTWARE, rb"xmp:CreatorTool"),
        (PrivacyKind.CAPTURE_TIME, rb"(?:exif:DateTimeOriginal|photoshop:DateCreated)"),
        (PrivacyKind.OWNER, rb"aux:OwnerName"),
        (PrivacyKind.CAMERA_SERIAL, rb"aux:SerialNumber"),
    )
)
_XMP_CREATOR = re.compile(rb"<dc:creator>.*?<rdf:li[^>]*>([^<]+)</rdf:li>", re.DOTALL)


def read_findings(image: Image.Image, exif: Image.Exif | None) -> list[PrivacyFinding]:
    """Collect the findings from an opened (not necessarily decoded) picture's metadata.

    Damaged metadata is skipped, never fatal: ``exif`` is None when it could not be read.
    """
    findings: list[PrivacyFinding] = []
    if exif is not None:
        findings.extend(_exif_findings(exif))
    findings.extend(_xmp_findings(image.info.get("xmp")))
    findings.extend(_png_text_findings(image.info))
    findings.extend(_embedded_picture_findings(image))
    return _deduplicate(findings)


def _exif_findings(exif: Image.Exif) -> Iterator[PrivacyFinding]:
    yield from _tag_findings(exif, _IFD0_TAGS)
    yield from _tag_findings(_sub_directory(exif, ExifTags.IFD.Exif), _EXIF_IFD_TAGS)
    location = _gps_location(_sub_directory(exif, ExifTags.IFD.GPSInfo))
    if location:
        yield PrivacyFinding(PrivacyKind.LOCATION, location)
    thumbnail = _sub_directory(exif, ExifTags.IFD.IFD1)
    if thumbnail.get(_TAG.JpegIFOffset) and thumbnail.get(_TAG.JpegIFByteCount):
        yield PrivacyFinding(PrivacyKind.THUMBNAIL, "in the photo's EXIF data")


def _sub_directory(exif: Image.Exif, ifd: int) -> Mapping[int, Any]:
    try:
        return exif.get_ifd(ifd)
    except Exception:  # noqa: BLE001 - damaged metadata from an untrusted file
        return {}


def _tag_findings(
    tags: Mapping[int, Any], table: Iterable[tuple[PrivacyKind, tuple[int, ...]]]
) -> Iterator[PrivacyFinding]:
    for kind, tag_ids in table:
        values = [_clean_text(tags.get(tag_id)) for tag_id in tag_ids]
        detail = " ".join(value for value in values if value)
        if detail:
            yield PrivacyFinding(kind, detail[:_MAX_DETAIL])


def _clean_text(value: object) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if not isinstance(value, str):
        return ""
    return " ".join(value.replace("\x00", " ").split())


def _gps_location(gps: Mapping[int, Any]) -> str:
    try:
        latitude = _degrees(gps[_GPS.GPSLatitude], gps.get(_GPS.GPSLatitudeRef), "S")
        longitude = _degrees(gps[_GPS.GPSLongitude], gps.get(_GPS.GPSLongitudeRef), "W")
    except (KeyError, TypeError, ValueError, ZeroDivisionError, IndexError):
        return ""
    if latitude == 0 and longitude == 0:
        # Some phones write zeros when they had no fix: no location is revealed.
        return ""
    return f"{latitude:.5f}, {longitude:.5f}"


def _degrees(value: Any, reference: object, negative_reference: str) -> float:
    degrees, minutes, seconds = (float(part) for part in value)
    result = degrees + minutes / 60 + seconds / 3600
    if math.isnan(result) or abs(result) > 180:  # NaN from a 0/0 rational, or nonsense
        raise ValueError("not a coordinate")
    return -result if _clean_text(reference).upper() == negative_reference else result


def _xmp_findings(xmp: object) -> Iterator[PrivacyFinding]:
    if isinstance(xmp, str):
        xmp = xmp.encode("utf-8", "replace")
    if not isinstance(xmp, bytes) or not xmp:
        return
    for kind, pattern in _XMP_PATTERNS:
        match = pattern.search(xmp)
        if match:
            value = match.group(1) or match.group(2) or b""
            yield PrivacyFinding(kind, _clean_text(value)[:_MAX_DETAIL])
    creator = _XMP_CREATOR.search(xmp)
    if creator:
        yield PrivacyFinding(PrivacyKind.OWNER, _clean_text(creator.group(1))[:_MAX_DETAIL])


def _png_text_findings(info: Mapping[Any, Any]) -> Iterator[PrivacyFinding]:
    for kind, key in _PNG_TEXT_KEYS:
        value = _clean_text(info.get(key))
        if value:
            yield PrivacyFinding(kind, value[:_MAX_DETAIL])


def _embedded_picture_findings(image: Image.Image) -> Iterator[PrivacyFinding]:
    if image.format == "MPO":
        extra = _frame_count(image) - 1
        if extra > 0:
            detail = f"{extra} more picture(s) inside the file"
            yield PrivacyFinding(PrivacyKind.HIDDEN_DATA, detail)
    if image.format == "HEIF":
        if image.info.get("thumbnails"):
            yield PrivacyFinding(PrivacyKind.THUMBNAIL, "in the HEIF file")
        if image.info.get("depth_images"):
            yield PrivacyFinding(PrivacyKind.HIDDEN_DATA, "a depth map of the scene")


def _frame_count(image: Image.Image) -> int:
    try:
        return int(getattr(image, "n_frames", 1))
    except Exception:  # noqa: BLE001 - damaged multi-picture index
        return 1


def trailing_data_finding(extra_bytes: int) -> PrivacyFinding:
    """The finding for data stored after the end of the picture (motion photos, hidden files)."""
    return PrivacyFinding(
        PrivacyKind.HIDDEN_DATA, f"{_human_size(extra_bytes)} of data after the end of the picture"
    )


def _human_size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 2**20:
        return f"{size / 1024:.0f} KB"
    return f"{size / 2**20:.1f} MB"


def _deduplicate(findings: list[PrivacyFinding]) -> list[PrivacyFinding]:
    # One finding per kind: the first source wins (EXIF before XMP before PNG text).
    seen: dict[PrivacyKind, PrivacyFinding] = {}
    for finding in findings:
        seen.setdefault(finding.kind, finding)
    return list(seen.values())
