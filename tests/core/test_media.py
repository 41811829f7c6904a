"""Safe picture loading: formats by content, modes, orientation, bombs and damaged files."""

import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageOps

from app.core.fingerprints import fingerprint_file, fingerprint_image, hamming_distance
from app.core.fingerprints.pdq import pdq_hash
from app.core.media import (
    DAMAGED_METADATA_WARNING,
    HASH_SIDE,
    MAX_DECLARED_PIXELS,
    DamagedImage,
    ImageTooLarge,
    NotAnImage,
    TruncatedImage,
    decode_image,
    to_rgb,
)
from app.core.privacy import PrivacyKind
from app.core.sniff import ImageFormat
from tests.pictures import encode, exif_with, load_rgb


@pytest.fixture(scope="module")
def cat(photos: list[Path]) -> Image.Image:
    return load_rgb(next(p for p in photos if p.name == "chelsea.png"))


@pytest.fixture(scope="module")
def cat_png(cat: Image.Image) -> bytes:
    return encode(cat, "PNG")


def pdq_of(data: bytes, name: str = "picture") -> str:
    return fingerprint_image(data, name).pdq


# --- formats, identified by content -------------------------------------------------------


@pytest.mark.parametrize(
    ("pillow_format", "expected", "options"),
    [
        ("JPEG", ImageFormat.JPEG, {"quality": 95}),
        ("PNG", ImageFormat.PNG, {}),
        ("WEBP", ImageFormat.WEBP, {"lossless": True}),
        ("GIF", ImageFormat.GIF, {}),
        ("BMP", ImageFormat.BMP, {}),
        ("TIFF", ImageFormat.TIFF, {}),
        ("HEIF", ImageFormat.HEIF, {"quality": 90}),
        ("AVIF", ImageFormat.AVIF, {"quality": 90}),
    ],
)
def test_every_supported_format_decodes_to_the_same_picture(
    cat: Image.Image,
    cat_png: bytes,
    pillow_format: str,
    expected: ImageFormat,
    options: dict[str, object],
) -> None:
    if pillow_format == "HEIF":
        from pillow_heif import register_heif_opener

        register_heif_opener()
    data = encode(cat, pillow_format, **options)
    fingerprint = fingerprint_image(data, f"cat.{pillow_format.lower()}")
    assert fingerprint.format is expected
    assert (fingerprint.width, fingerprint.height) == cat.size
    # Lossy formats and GIF's 256 colours change pixels a little, never the picture.
    assert hamming_distance(fingerprint.pdq, pdq_of(cat_png)) <= 16


def test_a_png_named_jpg_simply_works(tmp_path: Path, cat_png: bytes) -> None:
    path = tmp_path / "holiday.jpg"
    path.write_bytes(cat_png)
    result = fingerprint_file(str(path))
    assert result.ok
    assert result.fingerprint.format is ImageFormat.PNG  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF document"),
        (b"Dear diary, today I wrote a text file.\n", "text file"),
        (b"PK\x03\x04\x14\x00\x00\x00", "ZIP archive"),
        (b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41", "video file"),
        (bytes(range(256)) * 4, "not a picture StillMine can read"),
    ],
)
def test_files_that_are_not_pictures_say_what_they_are(content: bytes, says: str) -> None:
    with pytest.raises(NotAnImage) as caught:
        decode_image(content, "holiday.jpg")
    assert says in caught.value.message
    assert "holiday.jpg" in caught.value.message


# --- modes and the colour rule ------------------------------------------------------------


def test_every_file_in_pdq_modes_hashes_to_the_original(testdata: Path) -> None:
    folder = testdata / "pdq" / "modes"
    original = pdq_of((folder / "original.jpg").read_bytes())
    pictures = [path for path in sorted(folder.iterdir()) if path.suffix != ".md"]
    assert len(pictures) >= 12
    for path in pictures:
        fingerprint = fingerprint_image(path.read_bytes(), path.name)
        assert hamming_distance(fingerprint.pdq, original) <= 10, path.name
        assert fingerprint.pdq_usable, path.name


@pytest.mark.parametrize(
    "mode", ["1", "L", "LA", "La", "P", "PA", "RGBA", "RGBa", "RGBX", "CMYK", "YCbCr", "HSV", "LAB"]
)
def test_every_pillow_mode_converts(cat: Image.Image, cat_png: bytes, mode: str) -> None:
    converted = cat.convert("LA").convert("La") if mode == "La" else cat.convert(mode)
    rgb = to_rgb(converted)
    assert rgb.mode == "RGB"
    assert rgb.size == cat.size
    limit = 40 if mode == "1" else 12  # a 1-bit picture keeps only dithered outlines
    assert hamming_distance(pdq_hash(rgb)[0], pdq_of(cat_png)) <= limit


def test_sixteen_bit_pictures_are_scaled_not_clipped(cat: Image.Image, cat_png: bytes) -> None:
    grey = np.asarray(cat.convert("L"), dtype=np.uint16) * 257  # full 16-bit range
    sixteen_bit = Image.fromarray(grey)
    fingerprint = fingerprint_image(encode(sixteen_bit, "PNG"), "deep.png")
    eight_bit = pdq_of(encode(cat.convert("L"), "PNG"))
    assert fingerprint.pdq_quality >= 80  # clipping would make it a plain white sheet
    assert hamming_distance(fingerprint.pdq, eight_bit) <= 4


def test_float_pictures_in_the_unit_range_are_scaled(cat: Image.Image) -> None:
    unit = np.asarray(cat.convert("L"), dtype=np.float32) / 255.0
    data = encode(Image.fromarray(unit, mode="F"), "TIFF")
    assert hamming_distance(pdq_of(data), pdq_of(encode(cat.convert("L"), "PNG"))) <= 4


def test_transparency_is_ignored_and_the_stored_colours_hashed(cat: Image.Image) -> None:
    rgba = cat.convert("RGBA")
    alpha = np.zeros(cat.size[::-1], dtype=np.uint8)
    alpha[:, : cat.width // 2] = 255  # the right half fully transparent
    rgba.putalpha(Image.fromarray(alpha))
    assert pdq_of(encode(rgba, "PNG")) == pdq_of(encode(cat, "PNG"))


def test_animated_pictures_hash_their_first_frame(photos: list[Path]) -> None:
    frames = [load_rgb(path).resize((300, 200)) for path in photos[:3]]
    animation = encode(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100)
    first_only = encode(frames[0], "GIF")
    fingerprint = fingerprint_image(animation, "moving.gif")
    assert fingerprint.frame_count == 3
    assert fingerprint.pdq == pdq_of(first_only)


# --- orientation --------------------------------------------------------------------------

# The inverse of each EXIF orientation: how a camera stores an upright scene.
_STORE_AS = {
    1: None,
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_90,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_270,
}


@pytest.mark.parametrize("orientation", sorted(_STORE_AS))
def test_the_same_scene_hashes_alike_under_every_orientation(
    cat: Image.Image, orientation: int
) -> None:
    transpose = _STORE_AS[orientation]
    stored = cat.transpose(transpose) if transpose is not None else cat
    data = encode(stored, "PNG", exif=exif_with(Orientation=orientation))
    fingerprint = fingerprint_image(data, "cat.png")
    upright = pdq_of(encode(cat, "PNG"))
    assert fingerprint.pdq == upright
    assert (fingerprint.width, fingerprint.height) == cat.size
    assert fingerprint.orientation == orientation
    if orientation == 1:
        assert fingerprint.pdq_raw is None
    else:
        assert fingerprint.pdq_raw == pdq_of(encode(stored, "PNG"))


@pytest.mark.parametrize(
    ("orientation", "variant"), [(3, "rotate180"), (6, "rotate90"), (8, "rotate270")]
)
def test_phone_photos_are_turned_upright_by_their_orientation(
    testdata: Path, orientation: int, variant: str
) -> None:
    """The exif-rotn photos are four different shots, each stored sideways with its tag.

    Turned upright, each hash must be the stored pixels' hash turned by that orientation's
    rotation, which PDQ's dihedral variants give independently of StillMine's transposing.
    """
    from app.core.fingerprints import Pdq

    path = testdata / "pdq" / "exif-rotn" / f"exif-rotn-{orientation}.jpg"
    fingerprint = fingerprint_image(path.read_bytes(), path.name)
    assert fingerprint.pdq_raw is not None
    distances = [hamming_distance(v, fingerprint.pdq_raw) for v in fingerprint.pdq_dihedral]
    closest = Pdq.DIHEDRAL_NAMES[int(np.argmin(distances))]
    assert closest == variant
    assert min(distances) <= 10
    assert (fingerprint.width, fingerprint.height) == ImageOps.exif_transpose(Image.open(path)).size


def test_orientation_one_and_invalid_values_leave_the_picture_alone(cat: Image.Image) -> None:
    for value in (1, 0, 9, 65535):
        data = encode(cat, "JPEG", quality=95, exif=exif_with(Orientation=value))
        fingerprint = fingerprint_image(data, "cat.jpg")
        assert fingerprint.orientation == 1
        assert fingerprint.pdq_raw is None


# --- size limits --------------------------------------------------------------------------


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG that declares a huge size but holds almost nothing (a decompression bomb)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 4096)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    )


def _jpeg_declaring(data: bytes, width: int, height: int) -> bytes:
    """Rewrite a JPEG's frame header to declare another size."""
    start = data.index(b"\xff\xc0") + 5
    return data[:start] + struct.pack(">HH", height, width) + data[start + 4 :]


def test_a_decompression_bomb_is_refused_before_decoding() -> None:
    with pytest.raises(ImageTooLarge) as caught:
        decode_image(_png_header_only(65000, 65000), "bomb.png")
    assert "65,000 × 65,000" in caught.value.message
    assert "bomb.png" in caught.value.message


def test_a_20000_by_20000_picture_is_refused_with_its_size(cat: Image.Image) -> None:
    data = _jpeg_declaring(encode(cat, "JPEG"), 20000, 20000)
    with pytest.raises(ImageTooLarge) as caught:
        decode_image(data, "huge.jpg")
    assert "20,000 × 20,000" in caught.value.message
    assert f"{MAX_DECLARED_PIXELS / 1e6:,.0f} megapixels" in caught.value.message


@pytest.mark.slow
def test_a_very_large_jpeg_is_decoded_scaled_down_within_the_limits() -> None:
    # 108 megapixels: above what StillMine decodes at once, but a JPEG decodes at 1/8 scale.
    gradient = np.linspace(0, 255, 10800, dtype=np.uint8)
    big = Image.fromarray(np.broadcast_to(gradient, (10000, 10800)).copy()).convert("RGB")
    data = encode(big, "JPEG", quality=70)
    del big
    decoded = decode_image(data, "large.jpg")
    assert (decoded.width, decoded.height) == (10800, 10000)
    assert max(decoded.pixels.size) < 2 * HASH_SIDE


# --- damaged files ------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "GIF", "WEBP"])
def test_a_truncated_picture_says_it_is_incomplete(cat: Image.Image, fmt: str) -> None:
    data = encode(cat, fmt)
    with pytest.raises((TruncatedImage, DamagedImage)) as caught:
        decode_image(data[: len(data) // 2], f"cut.{fmt.lower()}")
    assert f"cut.{fmt.lower()}" in caught.value.message
    if fmt in ("JPEG", "PNG"):
        assert isinstance(caught.value, TruncatedImage)
        assert "incomplete" in caught.value.message


@pytest.mark.parametrize("seed", range(12))
def test_flipped_bytes_inside_a_jpeg_never_stop_the_batch(cat: Image.Image, seed: int) -> None:
    """Corrupt data that the JPEG decoder still accepts is fingerprinted as it decodes;
    corrupt data it refuses becomes a specific message. Nothing else may happen."""
    rng = np.random.default_rng(seed)
    data = bytearray(encode(cat, "JPEG", quality=90))
    start = int(rng.integers(len(data) // 4, 3 * len(data) // 4))
    for offset in range(start, start + int(rng.choice([1, 8, 64]))):
        data[offset] ^= int(rng.integers(1, 256))
    try:
        fingerprint = fingerprint_image(bytes(data), "flipped.jpg")
    except (DamagedImage, TruncatedImage) as error:
        assert "flipped.jpg" in error.message
    else:
        assert len(fingerprint.pdq) == 64


def test_an_impossible_marker_inside_the_compressed_data_is_refused(cat: Image.Image) -> None:
    data = bytearray(encode(cat, "JPEG", quality=90))
    middle = len(data) // 2
    data[middle : middle + 2] = b"\xff\x12"  # reserved marker code: cannot occur in a scan
    with pytest.raises(DamagedImage) as caught:
        fingerprint_image(bytes(data), "marked.jpg")
    assert "marked.jpg" in caught.value.message


def test_garbage_after_a_picture_is_reported_as_hidden_data(cat: Image.Image) -> None:
    for fmt in ("JPEG", "PNG"):
        clean = encode(cat, fmt)
        padded = clean + b"hidden message, or a video of a motion photo" * 100
        fingerprint = fingerprint_image(padded, "extra." + fmt.lower())
        assert fingerprint.pdq == pdq_of(clean)
        kinds = {finding.kind for finding in fingerprint.privacy}
        assert PrivacyKind.HIDDEN_DATA in kinds
        assert PrivacyKind.HIDDEN_DATA not in {
            f.kind for f in fingerprint_image(clean, "x").privacy
        }


@pytest.mark.parametrize(
    "exif_block",
    [
        b"MM\x00*\x00\x00\x00\x08\xff\xff" + bytes(range(200)),  # 65535 entries, few bytes
        b"II*\x00\x08\x00\x00\x00\x05\x00" + b"\x01\x01\x04\x00\xff\xff\xff\x7f" * 5,  # huge tags
        # an Exif sub-directory pointing far beyond the data
        b"II*\x00\x08\x00\x00\x00\x01\x00\x69\x87\x04\x00\x01\x00\x00\x00\xff\xff\xff\x00",
    ],
)
def test_a_corrupt_exif_block_is_noted_and_the_picture_still_read(
    cat: Image.Image, exif_block: bytes
) -> None:
    clean = encode(cat, "JPEG", quality=90)
    payload = b"Exif\x00\x00" + exif_block
    segment = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    fingerprint = fingerprint_image(clean[:2] + segment + clean[2:], "badexif.jpg")
    assert fingerprint.pdq == pdq_of(clean)
    assert DAMAGED_METADATA_WARNING in fingerprint.warnings


def test_the_fast_path_decodes_a_small_version(photos: list[Path]) -> None:
    big = load_rgb(photos[0]).resize((4000, 3000))
    decoded = decode_image(encode(big, "JPEG", quality=90), "big.jpg")
    assert all(HASH_SIDE <= side < 2 * HASH_SIDE for side in decoded.pixels.size)
    full = decode_image(encode(big, "JPEG", quality=90), "big.jpg", full_size=True)
    assert full.pixels.size == (4000, 3000)
