"""``stillmine --self-test``: prove, headless, that this installation of StillMine works.

It runs the real code paths on material it makes itself (no photo is bundled) and touches
nothing of the user's: everything happens in a temporary folder that is removed afterwards,
and the system's password store is never used.

1. **resources**: every resource file is present and readable (``app.startup``), and the
   service catalogue, platform directory, helplines and letter library load and check.
2. **fingerprints**: a picture drawn with Pillow (shapes on a gradient, saved as PNG, JPEG,
   HEIC and AVIF, so that every bundled decoder runs) and a two-second video made with PyAV
   are fingerprinted by the batch pipeline in two worker processes (the frozen app
   re-launches its executable for each); the results must agree with fingerprinting in this
   process, and every copy of the picture must match the PNG by PDQ.
3. **case file**: a case is created with the real key derivation (Argon2id, as shipped),
   given an item, a person and a registration with a PIN, saved, closed, reopened with the
   passphrase and read back, then deleted with everything StillMine keeps beside it.
4. **letter PDF**: a letter is rendered from the built-in example data and written to PDF
   through Qt (offscreen), then read back by the small PDF reader below: the file's
   structure (cross-reference table, page tree), the page count Qt reported, and the text
   itself, decoded through the fonts' ToUnicode maps, must contain the letter's title and
   the sender's name. (pypdf is a test-only dependency, so it is not used here.)

``run_self_test`` prints one line per check and returns 0 when all pass, 1 naming what
failed. Only the PDF check imports Qt; it sets ``QT_QPA_PLATFORM=offscreen`` unless set.
"""

import contextlib
import hashlib
import io
import os
import re
import sys
import tempfile
import time
import traceback
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Final

from app import APP_NAME, __version__

if TYPE_CHECKING:  # heavy imports, kept out of start-up
    from PIL.Image import Image as PilImage

    from app.core.vault import CaseRepository

#: The self-test's case passphrase (the case lives a few seconds in a temporary folder).
_PASSPHRASE: Final = "self-test passphrase, used once"
_PICTURE_SIZE: Final = (480, 360)


class SelfTestFailure(Exception):
    """A check found something wrong (the message says what)."""


@dataclass(frozen=True, slots=True)
class CheckResult:
    """The outcome of one check.

    Attributes:
        name: the check ("fingerprints").
        ok: whether it passed.
        detail: what was checked, or what went wrong.
        seconds: how long it took.
    """

    name: str
    ok: bool
    detail: str
    seconds: float


def run_self_test(out: IO[str] | None = None) -> int:
    """Run every check, print a short report to ``out`` (stdout), return the exit code."""
    stream = out if out is not None else sys.stdout
    print(f"{APP_NAME} {__version__} self-test", file=stream, flush=True)
    started = time.perf_counter()
    results = []
    with tempfile.TemporaryDirectory(prefix="stillmine-self-test-") as scratch:
        for name, check in CHECKS:
            result = _run_check(name, check, Path(scratch))
            results.append(result)
            mark = "ok    " if result.ok else "FAILED"
            print(f"  {mark} {name}: {result.detail} ({result.seconds:.1f} s)", file=stream)
            stream.flush()
    failed = [result.name for result in results if not result.ok]
    took = time.perf_counter() - started
    if failed:
        print(f"Self-test FAILED ({', '.join(failed)}) in {took:.1f} s.", file=stream)
        return 1
    print(f"Self-test passed in {took:.1f} s.", file=stream)
    return 0


def _run_check(name: str, check: Callable[[Path], str], scratch: Path) -> CheckResult:
    folder = scratch / name.replace(" ", "-")
    folder.mkdir()
    started = time.perf_counter()
    try:
        detail, ok = check(folder), True
    except SelfTestFailure as failure:
        detail, ok = str(failure), False
    except Exception as exc:  # noqa: BLE001 - every failure is reported, none ends the test
        if os.environ.get("STILLMINE_DEBUG"):
            traceback.print_exc()
        detail, ok = f"{type(exc).__name__}: {exc}", False
    return CheckResult(name, ok, detail, time.perf_counter() - started)


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailure(message)


# --- 1. resources ----------------------------------------------------------------------------


def check_resources(_scratch: Path) -> str:
    """Every resource file present and readable; the catalogues load and check."""
    from app.core.helplines import FILE_NAME, load_helplines
    from app.core.letters.library import load_library
    from app.core.letters.platforms import load_directory
    from app.core.services.catalogue import load_catalogue
    from app.paths import resources_dir
    from app.startup import check_resources as check_files
    from app.startup import check_translations

    problems = check_files() + check_translations()
    _require(not problems, "; ".join(problem.message for problem in problems))
    root = resources_dir()
    catalogue = load_catalogue(root / "services.toml")
    directory = load_directory(root / "platforms.toml")
    helplines = load_helplines(root / FILE_NAME)
    library = load_library(root / "letters")
    licences = [path for path in (root / "licenses").iterdir() if path.suffix == ".txt"]
    _require(len(licences) >= 10, f"only {len(licences)} licence texts in resources/licenses")
    return (
        f"{len(library.manifests)} letter types, {len(catalogue.services)} services, "
        f"{len(directory.platforms)} platforms, {len(helplines.helplines)} helplines, "
        f"{len(licences)} licence texts"
    )


# --- 2. fingerprints -------------------------------------------------------------------------


def sample_picture() -> "PilImage":
    """A picture drawn from code: a gradient with shapes (enough detail for PDQ)."""
    from PIL import Image, ImageDraw

    width, height = _PICTURE_SIZE
    picture = Image.new("RGB", (width, height))
    pixels = picture.load()
    assert pixels is not None
    for y in range(0, height, 2):
        for x in range(0, width, 2):
            colour = (x * 255 // width, y * 255 // height, (x + y) * 255 // (width + height))
            for dx, dy in ((0, 0), (1, 0), (0, 1), (1, 1)):
                pixels[x + dx, y + dy] = colour
    draw = ImageDraw.Draw(picture)
    draw.ellipse((40, 50, 220, 230), fill=(240, 220, 30), outline=(0, 0, 0), width=6)
    draw.rectangle((260, 40, 440, 160), fill=(20, 40, 160))
    draw.polygon([(280, 330), (380, 190), (460, 330)], fill=(200, 30, 60))
    for step in range(0, width, 40):
        draw.line((step, height - 1, width - 1, step * height // width), fill=(255, 255, 255))
    return picture


def _sample_video(path: Path, picture: "PilImage", seconds: int = 2, fps: int = 10) -> None:
    """A short MPEG-4 video of ``picture`` sliding sideways (made with PyAV)."""
    from fractions import Fraction

    import av
    import numpy as np

    base = np.asarray(picture.resize((160, 120)))
    with av.open(str(path), "w") as container:
        stream = container.add_stream("mpeg4", rate=Fraction(fps))
        stream.width, stream.height, stream.pix_fmt = 160, 120, "yuv420p"
        for index in range(seconds * fps):
            frame = av.VideoFrame.from_ndarray(np.roll(base, index, axis=1), format="rgb24")
            container.mux(stream.encode(frame))
        container.mux(stream.encode())


def check_fingerprints(scratch: Path) -> str:
    """Fingerprint a generated picture and video in worker processes and check the results."""
    from app.core.fingerprints import (
        Fingerprinted,
        ImageFingerprint,
        Pdq,
        VideoFingerprint,
        fingerprint_image,
        fingerprint_paths,
        hamming_distance,
    )

    picture = sample_picture()
    png = scratch / "sample.png"
    picture.save(png)
    picture.save(scratch / "sample.jpg", quality=80)
    picture.save(scratch / "sample.avif", quality=80)
    _save_heic(picture, scratch / "sample.heic")
    _sample_video(scratch / "sample.mp4", picture)
    results = {Path(r.path).name: r for r in fingerprint_paths([str(scratch)], workers=2)}
    failed = [
        f"{name}: {r.error}" for name, r in results.items() if not isinstance(r, Fingerprinted)
    ]
    _require(not failed and len(results) == 5, f"not every sample was fingerprinted: {failed}")
    prints = {name: result.fingerprint for name, result in results.items()}  # type: ignore[union-attr]
    reference, video = prints.pop("sample.png"), prints.pop("sample.mp4")
    assert isinstance(reference, ImageFingerprint)
    _require(isinstance(video, VideoFingerprint), "the video was not read as a video")
    assert isinstance(video, VideoFingerprint)
    png_bytes = png.read_bytes()
    _require(
        reference.sha256 == hashlib.sha256(png_bytes).hexdigest()
        and reference.md5 == hashlib.md5(png_bytes).hexdigest(),  # MD5: what StopNCII accepts
        "the worker's SHA-256 or MD5 differs from the file's",
    )
    here = fingerprint_image(png_bytes, png.name)
    _require(
        (here.pdq, here.phash) == (reference.pdq, reference.phash),
        "the worker processes and this process computed different fingerprints",
    )
    _require(reference.pdq_quality >= Pdq.MIN_QUALITY, f"PDQ quality {reference.pdq_quality}")
    distances = {}
    for copy in prints.values():
        assert isinstance(copy, ImageFingerprint)
        distances[copy.format] = hamming_distance(reference.pdq, copy.pdq)
    far = {kind: bits for kind, bits in distances.items() if bits > Pdq.MATCH_DISTANCE}
    _require(not far, f"copies too far from the PNG by PDQ (bits): {far}")
    _require(len(video.vpdq) >= 2, f"the video gave {len(video.vpdq)} vPDQ frames")
    formats = ", ".join(f"{kind} {bits}" for kind, bits in sorted(distances.items()))
    return (
        f"PDQ quality {reference.pdq_quality}; distance to the PNG in bits: {formats}; "
        f"video {video.duration:.0f} s, {len(video.vpdq)} vPDQ frames; 2 worker processes"
    )


def _save_heic(picture: "PilImage", path: Path) -> None:
    """Save a HEIC copy (pillow-heif's encoder; StillMine itself only ever decodes HEIC)."""
    from pillow_heif import from_pillow

    from_pillow(picture).save(str(path), quality=80)


# --- 3. case file ----------------------------------------------------------------------------


@contextlib.contextmanager
def _no_password_store() -> Iterator[None]:
    """Keep the system's password store out of the self-test (no prompt, nothing stored)."""
    import keyring
    import keyring.backends.fail

    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]
    try:
        yield
    finally:
        keyring.set_keyring(previous)


def check_case_file(scratch: Path) -> str:
    """Create, save, reopen and delete a case with the real key derivation."""
    from app.core.fingerprints import fingerprint_image
    from app.core.vault import CaseFile, Person, Registration, item_from_fingerprint
    from app.core.vault.delete import delete_everything

    folder = scratch / "case"
    buffer = io.BytesIO()
    sample_picture().save(buffer, "PNG")
    fingerprint = fingerprint_image(buffer.getvalue(), "sample.png")
    item = item_from_fingerprint(fingerprint, "Self-test picture")
    with _no_password_store():
        case, recovery_code = CaseFile.create(folder, _PASSPHRASE)
        try:

            def fill(repo: "CaseRepository") -> None:
                stored = repo.add_item(item)
                repo.set_person(Person(legal_name="Self Test"))
                repo.add_registration(Registration(service="stopncii"), [stored.id], "123456")

            case.change(fill)
        finally:
            case.close()
        _require(bool(recovery_code), "no recovery code was made")
        reopened = CaseFile.open(folder, passphrase=_PASSPHRASE)
        try:

            def read(repo: "CaseRepository") -> tuple[list[str], str, str]:
                registration = repo.registrations()[0]
                return (
                    [stored.sha256 for stored in repo.items()],
                    repo.person().legal_name,
                    repo.reveal_pin(registration),
                )

            hashes, name, pin = reopened.read(read)
        finally:
            reopened.close()
        _require(hashes == [fingerprint.sha256], "the reopened case lost its item")
        _require((name, pin) == ("Self Test", "123456"), "the reopened case lost its details")
        removed = delete_everything(folder)
    _require(not folder.exists(), f"the case folder was not deleted (removed {removed})")
    return "created (Argon2id), saved, reopened, read back, deleted"


# --- 4. letter PDF ---------------------------------------------------------------------------


def check_letter_pdf(scratch: Path) -> str:
    """Render a letter from the example data, save it as PDF through Qt, and read it back."""
    from app.cli.letter import save_pdf_offscreen
    from app.core.letters.case_json import example_case, letter_data_from_json
    from app.core.letters.kinds import LetterType
    from app.core.letters.render import render_letter

    document = example_case(LetterType.NCII_REPORT)
    data = letter_data_from_json(document, base_dir=scratch, source="the example")
    rendered = render_letter(LetterType.NCII_REPORT, "en", data)
    saved = save_pdf_offscreen(rendered, scratch / "letter.pdf")
    pdf = read_pdf(saved.path.read_bytes())
    _require(
        pdf.pages == saved.pages >= 1, f"Qt wrote {saved.pages} pages, the file has {pdf.pages}"
    )
    flat = _squeeze(pdf.text)
    sender = str(document["person"]["legal_name"])
    for expected in (rendered.title, sender):
        _require(_squeeze(expected) in flat, f"the PDF's text lacks “{expected}”")
    size = saved.path.stat().st_size
    return f"{pdf.pages} pages, {size // 1024} KB, structure and text read back"


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


# --- a small PDF reader (for the PDFs Qt writes) -----------------------------------------------


@dataclass(frozen=True, slots=True)
class PdfSummary:
    """What ``read_pdf`` found.

    Attributes:
        pages: the page tree's page count (checked against the page objects).
        text: the text drawn on the pages, in drawing order.
    """

    pages: int
    text: str


_OBJECT: Final = re.compile(rb"(\d+) (\d+) obj\b")
_REFERENCE: Final = rb"(\d+) 0 R"


class _Pdf:
    """Objects of a PDF with a classic cross-reference table (what Qt's PDF writer makes)."""

    def __init__(self, data: bytes) -> None:
        _require(data.startswith(b"%PDF-1."), "the file does not start like a PDF")
        _require(data.rstrip().endswith(b"%%EOF"), "the file does not end like a PDF")
        self.data = data
        start = data.rfind(b"startxref")
        _require(start > 0, "the PDF has no cross-reference pointer")
        xref = int(data[start + 9 :].split()[0])
        _require(data[xref : xref + 4] == b"xref", "the cross-reference pointer is wrong")
        self.offsets: dict[int, int] = {}
        lines = data[xref:].split(b"trailer", 1)[0].split(b"\n")[1:]
        first = 0
        for line in lines:
            fields = line.split()
            if len(fields) == 2:
                first = int(fields[0])
            elif len(fields) == 3:
                if fields[2] == b"n":
                    self.offsets[first] = int(fields[0])
                first += 1
        self.trailer = data[data.index(b"trailer", xref) : start]
        for number, offset in self.offsets.items():
            found = _OBJECT.match(data, offset)
            _require(
                found is not None and int(found.group(1)) == number,
                f"object {number} is not where the cross-reference table says",
            )

    def body(self, number: int) -> bytes:
        """The object's text up to its stream (its dictionary, or its value)."""
        offset = self.offsets[number]
        end = self.data.index(b"endobj", offset)
        stream = self.data.find(b"stream", offset, end)
        return self.data[offset : stream if stream >= 0 else end]

    def stream(self, number: int) -> bytes:
        """The object's stream, inflated when it is compressed."""
        offset = self.offsets[number]
        head = self.body(number)
        start = offset + len(head) + len(b"stream")
        start += 2 if self.data[start : start + 2] == b"\r\n" else 1
        length_ref = re.search(rb"/Length " + _REFERENCE, head)
        if length_ref is not None:
            length = int(self.body(int(length_ref.group(1))).split(b"obj", 1)[1].split()[0])
        else:
            found = re.search(rb"/Length (\d+)", head)
            _require(found is not None, f"object {number}'s stream has no length")
            assert found is not None
            length = int(found.group(1))
        raw = self.data[start : start + length]
        return zlib.decompress(raw) if b"/FlateDecode" in head else raw

    def reference(self, number: int, key: bytes) -> int:
        """The object number that ``key`` of object ``number`` refers to."""
        found = re.search(rb"/" + key + rb"\s+" + _REFERENCE, self.body(number))
        _require(found is not None, f"object {number} has no /{key.decode()}")
        assert found is not None
        return int(found.group(1))


def read_pdf(data: bytes) -> PdfSummary:
    """Check a PDF's structure and extract its page count and text.

    Raises:
        SelfTestFailure: the file is not a well-formed PDF of the kind Qt writes.
    """
    pdf = _Pdf(data)
    root = re.search(rb"/Root " + _REFERENCE, pdf.trailer)
    _require(root is not None, "the PDF has no document catalogue")
    assert root is not None
    pages_object = pdf.reference(int(root.group(1)), b"Pages")
    count = re.search(rb"/Count (\d+)", pdf.body(pages_object))
    _require(count is not None, "the PDF's page tree has no count")
    assert count is not None
    kids = re.search(rb"/Kids\s*\[([^\]]*)\]", pdf.body(pages_object))
    _require(kids is not None, "the PDF's page tree lists no pages")
    assert kids is not None
    pages = [int(number) for number in re.findall(_REFERENCE, kids.group(1))]
    _require(len(pages) == int(count.group(1)), "the PDF's page count and page list disagree")
    text = "\n".join(_page_text(pdf, page) for page in pages)
    return PdfSummary(len(pages), text)


def _page_text(pdf: _Pdf, page: int) -> str:
    _require(b"/Type /Page" in pdf.body(page), f"object {page} is not a page")
    resources = pdf.reference(page, b"Resources")
    fonts: dict[bytes, dict[int, str]] = {}
    font_table = re.search(rb"/Font\s*<<(.*?)>>", pdf.body(resources), re.DOTALL)
    if font_table is not None:
        for name, number in re.findall(rb"/(\w+)\s+" + _REFERENCE, font_table.group(1)):
            to_unicode = re.search(rb"/ToUnicode " + _REFERENCE, pdf.body(int(number)))
            if to_unicode is not None:
                fonts[name] = _unicode_map(pdf.stream(int(to_unicode.group(1))))
    content = pdf.stream(pdf.reference(page, b"Contents"))
    pieces: list[str] = []
    glyphs: dict[int, str] = {}
    for token in re.finditer(rb"/(\w+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj|\bET\b", content):
        if token.group(1) is not None:
            glyphs = fonts.get(token.group(1), {})
        elif token.group(2) is not None:
            code = token.group(2)
            pieces.extend(glyphs.get(int(code[i : i + 4], 16), "") for i in range(0, len(code), 4))
        else:
            pieces.append(" ")
    # Qt maps the space glyph to a tab in its ToUnicode tables.
    return "".join(pieces).replace("\t", " ")


def _unicode_map(cmap: bytes) -> dict[int, str]:
    """A ToUnicode CMap (bfchar and bfrange entries) as glyph code -> text."""
    mapping: dict[int, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.DOTALL):
        for source, target in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            mapping[int(source, 16)] = _utf16(target)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.DOTALL):
        entry = rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)"
        for low, high, target in re.findall(entry, block):
            start, end = int(low, 16), int(high, 16)
            if target.startswith(b"["):
                targets = re.findall(rb"<([0-9A-Fa-f]+)>", target)
                for offset, value in enumerate(targets[: end - start + 1]):
                    mapping[start + offset] = _utf16(value)
            else:
                first = int(target[1:-1], 16)
                for offset in range(end - start + 1):
                    mapping[start + offset] = chr(first + offset)
    return mapping


def _utf16(hex_text: bytes) -> str:
    return bytes.fromhex(hex_text.decode("ascii")).decode("utf-16-be", "replace")


CHECKS: Final[tuple[tuple[str, Callable[[Path], str]], ...]] = (
    ("resources", check_resources),
    ("fingerprints", check_fingerprints),
    ("case file", check_case_file),
    ("letter PDF", check_letter_pdf),
)
