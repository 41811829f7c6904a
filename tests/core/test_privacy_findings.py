"""Privacy findings: each kind of identifying metadata is reported, with what it says.

The pictures are made here with Pillow from a real photograph, each carrying one piece of
metadata, so a finding that appears without its tag (or disappears with it) fails a test.
The phone photos in ``testdata/pdq/exif-rotn`` carry real Samsung metadata.
"""

import io
import struct
from pathlib import Path

import pytest
from PIL import ExifTags, Image

from app.core.fingerprints import Fingerprinted, fingerprint_file, fingerprint_image
from app.core.privacy import PrivacyFinding, PrivacyKind
from tests.pictures import encode, exif_with, load_rgb

_EXIF_IFD = ExifTags.IFD.Exif
_TAG = ExifTags.Base


@pytest.fixture(scope="module")
def cat(photos: list[Path]) -> Image.Image:
    return load_rgb(next(p for p in photos if p.name == "chelsea.png"))


def findings_of(data: bytes) -> dict[PrivacyKind, PrivacyFinding]:
    """The findings of a picture in memory, by kind (there is at most one per kind)."""
    found = fingerprint_image(data, "picture.jpg").privacy
    by_kind = {finding.kind: finding for finding in found}
    assert len(by_kind) == len(found), "one finding per kind"
    return by_kind


def jpeg_with(cat: Image.Image, exif: Image.Exif | bytes) -> bytes:
    return encode(cat, "JPEG", quality=90, exif=exif)


def exif_in_sub_directory(**tags: object) -> Image.Exif:
    """An EXIF block whose tags live in the Exif sub-directory, where cameras put them."""
    exif = Image.Exif()
    sub = exif.get_ifd(_EXIF_IFD)
    for name, value in tags.items():
        sub[ExifTags.Base[name]] = value
    return exif


def exif_with_thumbnail(thumbnail: bytes) -> bytes:
    """EXIF bytes whose second directory (IFD1) holds a JPEG preview, as cameras write it.

    Pillow writes only the first directory, so IFD1 is appended by hand: the first
    directory's "next directory" pointer is set to it, and it points at the preview bytes.
    """
    tiff = exif_with(Software="Camera app").tobytes()[len(b"Exif\x00\x00") :]
    order = {b"II": "<", b"MM": ">"}[tiff[:2]]  # the byte order the TIFF header names
    (first,) = struct.unpack_from(order + "I", tiff, 4)
    (entries,) = struct.unpack_from(order + "H", tiff, first)
    next_pointer = first + 2 + 12 * entries
    ifd1 = len(tiff) + len(tiff) % 2  # directories start on a word boundary
    preview_at = ifd1 + 2 + 2 * 12 + 4
    directory = struct.pack(
        order + "H" + "HHII" * 2 + "I",
        2,
        _TAG.JpegIFOffset, 4, 1, preview_at,
        _TAG.JpegIFByteCount, 4, 1, len(thumbnail),
        0,
    )  # fmt: skip
    patched = bytearray(tiff.ljust(ifd1, b"\x00"))
    struct.pack_into(order + "I", patched, next_pointer, ifd1)
    return b"Exif\x00\x00" + bytes(patched) + directory + thumbnail


def test_a_picture_without_metadata_has_no_findings(cat: Image.Image) -> None:
    assert findings_of(encode(cat, "JPEG", quality=90)) == {}


@pytest.mark.parametrize(
    ("exif", "kind", "detail"),
    [
        (exif_with(Artist="Jane Example"), PrivacyKind.OWNER, "Jane Example"),
        (exif_with(Copyright="(c) Jane Example"), PrivacyKind.OWNER, "(c) Jane Example"),
        (exif_with(Make="Canon", Model="EOS 80D"), PrivacyKind.CAMERA, "Canon EOS 80D"),
        (exif_with(Software="Adobe Lightroom 6.0"), PrivacyKind.SOFTWARE, "Adobe Lightroom 6.0"),
        (
            exif_with(DateTime="2023:04:05 06:07:08"),
            PrivacyKind.CAPTURE_TIME,
            "2023:04:05 06:07:08",
        ),
        (
            exif_in_sub_directory(BodySerialNumber="123456789"),
            PrivacyKind.CAMERA_SERIAL,
            "123456789",
        ),
        (
            exif_in_sub_directory(DateTimeOriginal="2021:12:24 23:59:01"),
            PrivacyKind.CAPTURE_TIME,
            "2021:12:24 23:59:01",
        ),
        (
            exif_in_sub_directory(CameraOwnerName="J. Example"),
            PrivacyKind.OWNER,
            "J. Example",
        ),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_each_identifying_tag_gives_its_finding(
    cat: Image.Image, exif: Image.Exif, kind: PrivacyKind, detail: str
) -> None:
    found = findings_of(jpeg_with(cat, exif))
    assert set(found) == {kind}, "only the tag that is there is reported"
    assert found[kind].detail == detail
    assert found[kind].summary  # the plain sentence the review screen shows


def test_an_embedded_exif_thumbnail_is_reported(cat: Image.Image) -> None:
    preview = encode(cat.resize((160, 120)), "JPEG", quality=70)
    data = jpeg_with(cat, exif_with_thumbnail(preview))
    with Image.open(io.BytesIO(data)) as opened:
        stored = opened.getexif().get_ifd(ExifTags.IFD.IFD1)
        assert stored[_TAG.JpegIFByteCount] == len(preview), "the preview really is in the file"
    found = findings_of(data)
    assert set(found) == {PrivacyKind.THUMBNAIL, PrivacyKind.SOFTWARE}
    assert found[PrivacyKind.THUMBNAIL].summary == "Contains a small preview copy of the picture."


def test_every_finding_together_in_one_photo(cat: Image.Image) -> None:
    exif = exif_with(Artist="Jane Example", Make="Apple", Model="iPhone 12", Software="17.1")
    sub = exif.get_ifd(_EXIF_IFD)
    sub[_TAG.BodySerialNumber] = "C39XK0ABCD"
    sub[_TAG.DateTimeOriginal] = "2022:08:01 12:00:00"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps.update(
        {
            ExifTags.GPS.GPSLatitudeRef: "S",
            ExifTags.GPS.GPSLatitude: (33.0, 52.0, 4.0),
            ExifTags.GPS.GPSLongitudeRef: "E",
            ExifTags.GPS.GPSLongitude: (151.0, 12.0, 36.0),
        }
    )
    found = findings_of(jpeg_with(cat, exif))
    assert {kind: finding.detail for kind, finding in found.items()} == {
        PrivacyKind.OWNER: "Jane Example",
        PrivacyKind.CAMERA: "Apple iPhone 12",
        PrivacyKind.SOFTWARE: "17.1",
        PrivacyKind.CAMERA_SERIAL: "C39XK0ABCD",
        PrivacyKind.CAPTURE_TIME: "2022:08:01 12:00:00",
        PrivacyKind.LOCATION: "-33.86778, 151.21000",
    }


def test_a_gps_block_of_zeros_reveals_no_location(cat: Image.Image) -> None:
    exif = Image.Exif()
    exif.get_ifd(ExifTags.IFD.GPSInfo).update(
        {
            ExifTags.GPS.GPSLatitudeRef: "N",
            ExifTags.GPS.GPSLatitude: (0.0, 0.0, 0.0),
            ExifTags.GPS.GPSLongitudeRef: "E",
            ExifTags.GPS.GPSLongitude: (0.0, 0.0, 0.0),
        }
    )
    assert PrivacyKind.LOCATION not in findings_of(jpeg_with(cat, exif))


@pytest.mark.parametrize("orientation", [1, 3, 6, 8])
def test_phone_photos_report_what_their_metadata_gives_away(
    testdata: Path, orientation: int
) -> None:
    path = testdata / "pdq" / "exif-rotn" / f"exif-rotn-{orientation}.jpg"
    result = fingerprint_file(str(path))
    assert isinstance(result, Fingerprinted), result
    found = {finding.kind: finding.detail for finding in result.fingerprint.privacy}
    assert found[PrivacyKind.CAMERA] == "samsung SM-G930V"
    assert found[PrivacyKind.SOFTWARE] == "G930VVRS4BQI1"
    assert found[PrivacyKind.CAPTURE_TIME].startswith("2017:11:07 22:14:")
    # 38° 58' 40.566" N, 77° 1' 23.5297" W: Washington, D.C.
    assert found[PrivacyKind.LOCATION] == "38.97794, -77.02320"
    assert found[PrivacyKind.THUMBNAIL] == "in the photo's EXIF data"
    assert PrivacyKind.OWNER not in found and PrivacyKind.CAMERA_SERIAL not in found
