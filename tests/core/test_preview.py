"""Previews: small, upright, blurred by default, never of minors, never written anywhere."""

from pathlib import Path

import pytest
from PIL import Image, ImageFilter, ImageStat

from app.core.errors import UserError
from app.core.preview import PREVIEW_SIDE, PreviewNotAllowed, blur, make_preview, preview_file
from app.core.vault.models import AgeInContent
from tests.gui.audit import files_written
from tests.pictures import encode, load_rgb


def edge_energy(picture: Image.Image) -> float:
    return float(ImageStat.Stat(picture.convert("L").filter(ImageFilter.FIND_EDGES)).mean[0])


def test_a_preview_is_small_upright_rgb_and_blurred_by_default(photos: list[Path]) -> None:
    coffee = next(path for path in photos if path.name == "coffee.png")
    preview = preview_file(str(coffee), AgeInContent.ADULT)
    assert preview.mode == "RGB"
    assert max(preview.size) == PREVIEW_SIDE
    assert preview.size[0] > preview.size[1], "the landscape photo stays landscape"
    clear = preview_file(str(coffee), AgeInContent.ADULT, blurred=False)
    assert clear.size == preview.size
    assert edge_energy(preview) < edge_energy(clear) / 5, "the blur must hide the detail"


def test_the_blur_hides_detail_in_every_photo(photos: list[Path]) -> None:
    for photo in photos:
        clear = load_rgb(photo)
        clear.thumbnail((PREVIEW_SIDE, PREVIEW_SIDE))
        assert edge_energy(blur(clear)) < edge_energy(clear) / 5, photo.name


def test_exif_orientation_is_applied(testdata: Path) -> None:
    rotated = testdata / "pdq" / "exif-rotn" / "exif-rotn-6.jpg"
    with Image.open(rotated) as stored:
        assert stored.width > stored.height
    preview = preview_file(str(rotated), AgeInContent.ADULT, max_side=64)
    assert preview.height > preview.width


def test_a_greyscale_photo_gives_an_rgb_preview(photos: list[Path]) -> None:
    camera = next(path for path in photos if path.name == "camera.png")
    assert preview_file(str(camera), AgeInContent.ADULT, max_side=32).mode == "RGB"


@pytest.mark.parametrize("age", [AgeInContent.UNDER_18, AgeInContent.UNSURE])
def test_no_preview_is_ever_made_of_a_possible_minor(photos: list[Path], age: AgeInContent) -> None:
    with pytest.raises(PreviewNotAllowed):
        preview_file(str(photos[0]), age)
    with pytest.raises(PreviewNotAllowed):
        make_preview(photos[0].read_bytes(), "x.png", age, blurred=True)


def test_a_file_that_is_not_a_picture_gives_a_plain_reason(tmp_path: Path) -> None:
    notes = tmp_path / "notes.png"
    notes.write_text("shopping list", encoding="utf-8")
    with pytest.raises(UserError, match=r"notes\.png"):
        preview_file(str(notes), AgeInContent.ADULT)


def test_making_previews_writes_nothing(photos: list[Path], testdata: Path) -> None:
    jpeg = encode(load_rgb(photos[0]), "JPEG", quality=90)
    with files_written() as written:
        for photo in photos:
            preview_file(str(photo), AgeInContent.ADULT)
            preview_file(str(photo), AgeInContent.ADULT, blurred=False)
        make_preview(jpeg, "photo.jpg", AgeInContent.ADULT)
        preview_file(str(testdata / "pdq" / "exif-rotn" / "exif-rotn-3.jpg"), AgeInContent.ADULT)
    assert written == []


def test_the_write_detector_notices_writes(tmp_path: Path) -> None:
    with files_written() as written:
        (tmp_path / "probe").write_bytes(b"x")
    assert written == [str(tmp_path / "probe")]
