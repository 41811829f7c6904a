"""The edits copies of a photo go through online, made with Pillow, for tests and benchmarks.

Each edit takes an RGB picture and returns the edited copy as the bytes of a file, as it
would be downloaded: resized, recompressed, cropped, watermarked, padded, letterboxed on a
phone, shown inside a chat app's screenshot, rotated, mirrored, or passed through a chain of
chat apps. ``EDITS`` names them; ``tests/bench/match_accuracy.py`` reports recall per name.
"""

import io
import random
from collections.abc import Callable

from PIL import Image, ImageDraw, ImageEnhance, ImageFont, ImageOps


def encode(image: Image.Image, file_format: str = "JPEG", quality: int = 90) -> bytes:
    """The picture as the bytes of a file."""
    buffer = io.BytesIO()
    if file_format == "JPEG":
        image.convert("RGB").save(buffer, "JPEG", quality=quality)
    else:
        image.save(buffer, file_format)
    return buffer.getvalue()


def decode(data: bytes) -> Image.Image:
    """The picture in ``data`` as RGB."""
    return Image.open(io.BytesIO(data)).convert("RGB")


def resized(image: Image.Image, factor: float) -> Image.Image:
    size = (max(1, round(image.width * factor)), max(1, round(image.height * factor)))
    return image.resize(size, Image.Resampling.LANCZOS)


def cropped(
    image: Image.Image, left: float, top: float, right: float, bottom: float
) -> Image.Image:
    """Cut the given fractions off each side."""
    width, height = image.size
    box = (
        round(left * width),
        round(top * height),
        round(width - right * width),
        round(height - bottom * height),
    )
    return image.crop(box)


def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def watermarked(image: Image.Image, text: str = "leaked-pics.example") -> Image.Image:
    marked = image.copy()
    draw = ImageDraw.Draw(marked)
    size = max(10, image.width // 16)
    position = (image.width // 20, image.height - 2 * size)
    draw.text(
        position, text, fill=(255, 255, 255), font=font(size), stroke_width=1, stroke_fill=(0, 0, 0)
    )
    return marked


def padded(image: Image.Image, fraction: float = 0.1, colour: str = "white") -> Image.Image:
    border = (round(image.width * fraction), round(image.height * fraction))
    return ImageOps.expand(image, border=border + border, fill=colour)


def phone_letterbox(image: Image.Image, screen: tuple[int, int] = (1080, 2340)) -> Image.Image:
    """The photo fitted on a phone's screen, with black bars (a screen recording's frame)."""
    fitted = ImageOps.contain(image, screen, Image.Resampling.LANCZOS)
    canvas = Image.new("RGB", screen, "black")
    canvas.paste(fitted, ((screen[0] - fitted.width) // 2, (screen[1] - fitted.height) // 2))
    return canvas


def _rounded(image: Image.Image, radius: int) -> Image.Image:
    mask = Image.new("L", image.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, *image.size), radius=radius, fill=255)
    return mask


_WORDS = ("hey", "did", "you", "see", "this", "lol", "where", "get", "it", "send", "me", "ok")


def _message_bubbles(
    draw: ImageDraw.ImageDraw,
    span: tuple[int, int, int],
    colours: tuple[str, str],
    seed: int,
    ink: str,
) -> None:
    """Message bubbles from ``top`` to ``bottom`` of a screen ``width`` wide (``span``)."""
    top, bottom, width = span
    rng = random.Random(seed)
    words = _WORDS
    y = top
    while y < bottom - 90:
        mine = rng.random() < 0.5
        text = " ".join(rng.choice(words) for _ in range(rng.randint(2, 7)))
        box_width = min(width - 200, 28 * len(text) // 2 + 60)
        x = width - box_width - 40 if mine else 40
        draw.rounded_rectangle(
            (x, y, x + box_width, y + 80), radius=24, fill=colours[0] if mine else colours[1]
        )
        draw.text((x + 28, y + 22), text, fill=ink, font=font(32))
        y += 110


def chat_screenshot(image: Image.Image, *, dark: bool = False, seed: int = 0) -> Image.Image:
    """A phone screenshot of a chat with the photo posted in it (status bar, header, bubbles,
    a time stamp over the photo, the input bar), as messaging apps show one."""
    width, height = 1080, 2340
    background, header, bubbles, ink = (
        ("#313338", "#2b2d31", ("#5865f2", "#404249"), "#f2f3f5")
        if dark
        else ("#efe7de", "#075e54", ("#d9fdd3", "#ffffff"), "#111b21")
    )
    canvas = Image.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(canvas)
    if not dark:  # a faint patterned wallpaper, as WhatsApp's
        for x in range(0, width, 90):
            for y in range(0, height, 90):
                draw.ellipse((x + 20, y + 20, x + 44, y + 44), outline="#e2d9cf", width=3)
    draw.rectangle((0, 0, width, 90), fill="#000000")
    draw.text((40, 24), "21:37", fill="white", font=font(36))
    draw.rectangle((0, 90, width, 260), fill=header)
    draw.ellipse((40, 120, 150, 230), fill="#9e9e9e")
    draw.text((180, 140), "Group chat", fill="white", font=font(48))
    photo_width = 780
    photo = image.resize(
        (photo_width, round(image.height * photo_width / image.width)), Image.Resampling.LANCZOS
    )
    frame = Image.new("RGB", (photo.width + 12, photo.height + 12), bubbles[0])
    top = 700
    x = width - frame.width - 40
    canvas.paste(frame, (x, top), _rounded(frame, 30))
    canvas.paste(photo, (x + 6, top + 6), _rounded(photo, 24))
    draw.text(
        (x + photo.width - 110, top + photo.height - 50),
        "21:36",
        fill="white",
        font=font(28),
        stroke_width=1,
        stroke_fill="black",
    )
    _message_bubbles(draw, (300, top - 20, width), bubbles, seed, ink)
    _message_bubbles(draw, (top + frame.height + 40, height - 200, width), bubbles, seed + 1, ink)
    draw.rectangle((0, height - 160, width, height), fill=header)
    draw.rounded_rectangle((30, height - 135, width - 160, height - 35), radius=50, fill="white")
    draw.text((80, height - 105), "Message", fill="#888888", font=font(36))
    return canvas


def desktop_screenshot(image: Image.Image) -> Image.Image:
    """A desktop chat app's window (sidebar, channel header, messages) with the photo."""
    width, height = 1600, 1000
    canvas = Image.new("RGB", (width, height), "#ffffff")
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((0, 0, 260, height), fill="#3f0e40")
    for row, name in enumerate(["# general", "# random", "# pics", "# off-topic"]):
        draw.text((24, 80 + 44 * row), name, fill="#dddddd", font=font(24))
    draw.rectangle((260, 0, width, 64), fill="#f8f8f8")
    draw.text((290, 18), "# pics", fill="#1d1c1d", font=font(28))
    draw.text((290, 100), "anon_42   10:14 PM", fill="#1d1c1d", font=font(22))
    draw.text((290, 132), "look what i found", fill="#1d1c1d", font=font(22))
    photo = ImageOps.contain(image, (560, 560), Image.Resampling.LANCZOS)
    canvas.paste(photo, (290, 172), _rounded(photo, 8))
    draw.text(
        (290, 172 + photo.height + 24), "someone_else   10:15 PM", fill="#1d1c1d", font=font(22)
    )
    draw.rectangle((280, height - 90, width - 20, height - 20), outline="#bbbbbb", width=2)
    return canvas


def chat_recompressions(image: Image.Image) -> bytes:
    """What three chat apps in a row do to a photo: shrink and recompress each time."""
    data = encode(image, quality=95)
    for longest, quality in ((1600, 80), (1280, 70), (960, 75)):
        picture = ImageOps.contain(decode(data), (longest, longest), Image.Resampling.BICUBIC)
        data = encode(picture, quality=quality)
    return data


def _jpeg(
    edit: Callable[[Image.Image], Image.Image], quality: int = 90
) -> Callable[[Image.Image], bytes]:
    return lambda image: encode(edit(image), quality=quality)


def _png(edit: Callable[[Image.Image], Image.Image]) -> Callable[[Image.Image], bytes]:
    return lambda image: encode(edit(image), "PNG")


#: Every edit, by name, to the bytes of the edited copy.
EDITS: dict[str, Callable[[Image.Image], bytes]] = {
    "resize-50": _jpeg(lambda image: resized(image, 0.5)),
    "resize-25": _jpeg(lambda image: resized(image, 0.25)),
    "jpeg-30": _jpeg(lambda image: image, 30),
    "jpeg-10": _jpeg(lambda image: image, 10),
    "crop-1": _jpeg(lambda image: cropped(image, 0.01, 0.01, 0.01, 0.01)),
    "crop-2": _jpeg(lambda image: cropped(image, 0.02, 0.02, 0.02, 0.02)),
    "crop-5": _jpeg(lambda image: cropped(image, 0.05, 0.05, 0.05, 0.05)),
    "crop-10": _jpeg(lambda image: cropped(image, 0.10, 0.10, 0.10, 0.10)),
    "crop-10-one-corner": _jpeg(lambda image: cropped(image, 0.10, 0.10, 0.0, 0.0)),
    "crop-5-uneven": _jpeg(lambda image: cropped(image, 0.0, 0.05, 0.03, 0.01)),
    "watermark": _jpeg(watermarked),
    "grayscale": _jpeg(lambda image: ImageOps.grayscale(image).convert("RGB")),
    "brighter": _jpeg(lambda image: ImageEnhance.Brightness(image).enhance(1.3)),
    "darker": _jpeg(lambda image: ImageEnhance.Brightness(image).enhance(0.7)),
    "more-contrast": _jpeg(lambda image: ImageEnhance.Contrast(image).enhance(1.4)),
    "less-contrast": _jpeg(lambda image: ImageEnhance.Contrast(image).enhance(0.7)),
    "padded-rescaled": _jpeg(lambda image: resized(padded(image, 0.1), 0.8)),
    "padded-black": _png(lambda image: padded(image, 0.2, "black")),
    "phone-letterbox": _png(phone_letterbox),
    "chat-screenshot-light": _png(lambda image: chat_screenshot(image, seed=1)),
    "chat-screenshot-dark": _png(lambda image: chat_screenshot(image, dark=True, seed=2)),
    "chat-screenshot-jpeg": _jpeg(lambda image: chat_screenshot(image, seed=3), 80),
    "desktop-screenshot": _png(desktop_screenshot),
    "rotate-90": _jpeg(lambda image: image.transpose(Image.Transpose.ROTATE_90)),
    "rotate-180": _jpeg(lambda image: image.transpose(Image.Transpose.ROTATE_180)),
    "mirror": _jpeg(ImageOps.mirror),
    "rotate-3-degrees": _jpeg(
        lambda image: image.rotate(3, resample=Image.Resampling.BICUBIC, expand=True)
    ),
    "chat-app-chain": chat_recompressions,
}

#: Edits that must always be found (the others: at least 90%, or reported only).
MUST_FIND = frozenset(
    {
        "resize-50",
        "resize-25",
        "jpeg-30",
        "jpeg-10",
        "grayscale",
        "brighter",
        "darker",
        "more-contrast",
        "less-contrast",
        "watermark",
        "rotate-90",
        "rotate-180",
        "mirror",
        "phone-letterbox",
    }
)
#: Edits that must be found at least 90% of the time.
MOSTLY_FIND = frozenset(
    {
        "crop-1",
        "crop-2",
        "crop-5",
        "crop-10",
        "crop-10-one-corner",
        "crop-5-uneven",
        "chat-screenshot-light",
        "chat-screenshot-dark",
        "chat-screenshot-jpeg",
        "desktop-screenshot",
        "padded-rescaled",
        "padded-black",
    }
)
