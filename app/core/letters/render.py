"""Writing a letter: check its required elements, fill its template, and split the result.

``render_letter`` refuses, naming every missing element in plain words, when the data lacks
something a required element needs. Otherwise it fills the type's Jinja2 template (in
``resources/letters/<language>/``) with autoescaping on: whatever the user typed stays text,
never markup or template code. Templates build the letter from *sections*; each section is
also a web-form field, and the user's edits replace a section's text (escaped like any other
input), so the PDF, the printout, the e-mail and the form fields always say the same thing.
"""

import dataclasses
import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final

import jinja2
from markupsafe import Markup, escape

from app.core.errors import BugError, UserError
from app.core.helplines import Helpline, default_helplines
from app.core.letters.data import AiMade, LetterData, Recipient
from app.core.letters.dossier import chronology, printed_screenshots
from app.core.letters.kinds import Channel, LetterType, check_language
from app.core.letters.library import Element, LetterLibrary, Manifest, default_library
from app.core.letters.mailto import MailtoLink, mailto_link
from app.core.letters.needs import unmet
from app.core.letters.paper import Paper, paper_for_country
from app.core.letters.plaintext import html_to_text
from app.core.letters.platforms import (
    Platform,
    PlatformDirectory,
    ReportingChannel,
    UnknownRoute,
    default_directory,
)
from app.core.letters.text import clean_text, format_date, format_moment
from app.core.sniff import SNIFF_BYTES, sniff

#: The need named when the user emptied a required section while editing.
EDITED_EMPTY: Final = "edited_empty"


class MissingElements(UserError):
    """A letter cannot be made yet: required elements have no value.

    Attributes:
        missing: what is missing, element by element.
    """

    code = "letter-incomplete"

    def __init__(self, message: str, missing: tuple["MissingElement", ...] = ()) -> None:
        super().__init__(message)
        self.missing = missing

    def __reduce__(self) -> tuple[type["MissingElements"], tuple[str, tuple[Any, ...]]]:
        return (type(self), (self.message, self.missing))


class DmcaNotPossible(UserError):
    """A DMCA notice was asked for, but the user owns the copyright of none of the items."""

    code = "dmca-not-possible"


class DmcaWarningNotAccepted(UserError):
    """A DMCA notice was asked for before the user accepted the warning about it."""

    code = "dmca-warning-needed"


@dataclass(frozen=True, slots=True)
class MissingElement:
    """One required element without a value, and what it still needs."""

    element: Element
    needs: tuple[str, ...]

    def describe(self, language: str, library: LetterLibrary | None = None) -> str:
        """ "Signature (citation): the name you sign with" in ``language``."""
        texts = (library or default_library()).texts
        wanted = "; ".join(
            texts.get("message.edited_empty" if need == EDITED_EMPTY else f"needs.{need}", language)
            for need in self.needs
        )
        label = self.element.label.get(language)
        return f"{label} ({self.element.citation.text.get(language)}): {wanted}"


@dataclass(frozen=True, slots=True)
class Section:
    """One part of a letter, which is also one field of a web form.

    Attributes:
        id: the section's name in the template.
        label: its short name (the form field's name); "" for untitled parts (an opening).
        heading: the heading printed above it (with its citation where the type cites them).
        html: its content as HTML.
        text: its content as plain text.
        element_id: the required element it carries, if any.
    """

    id: str
    label: str
    heading: str
    html: str
    text: str
    element_id: str | None


@dataclass(frozen=True, slots=True)
class FormField:
    """A web-form field and the text to paste into it."""

    id: str
    label: str
    value: str


@dataclass(frozen=True)
class RenderedLetter:
    """A written letter, ready for a PDF, the printer, an e-mail or a web form.

    Attributes:
        html: the whole document: the letter, then a page of notes for the sender.
        letter_text: the letter alone, as plain text (what is sent).
        notes_text: the notes for the sender, as plain text (never sent).
        images: screenshots the document shows, by the name its HTML uses (dossier only).
        page_label: the footer, with ``{page}`` and ``{pages}`` to fill in.
        warnings: things to tell the user before they send it.
    """

    type: LetterType
    language: str
    title: str
    subject: str
    html: str
    letter_text: str
    notes_text: str
    sections: tuple[Section, ...]
    images: Mapping[str, bytes]
    paper: Paper
    page_label: str
    legal_basis: str
    recipient_email: str
    recipient_form_url: str
    email_subject: str
    warnings: tuple[str, ...]

    def fields(self) -> tuple[FormField, ...]:
        """The web-form fields, in order: every titled section and its text."""
        return tuple(
            FormField(section.id, section.label, section.text)
            for section in self.sections
            if section.label
        )

    def mailto(self, address: str | None = None) -> MailtoLink:
        """A mailto: link to ``address`` (default: the recipient's) with subject and text."""
        to = address or self.recipient_email
        if not to.strip():
            raise UserError(
                "This letter has no e-mail address to go to. Add the recipient's address, or use "
                "the platform's form instead."
            )
        return mailto_link(to, self.email_subject, self.letter_text)

    def sent_text(self, channel: Channel) -> str:
        """The exact text that leaves through ``channel``, to keep in the case."""
        if channel in (Channel.WEB_FORM, Channel.IN_APP):
            return "\n\n".join(f"{field.label}:\n{field.value}" for field in self.fields())
        if channel is Channel.EMAIL:
            return f"{self.email_subject}\n\n{self.letter_text}"
        return self.letter_text


# --- checking -------------------------------------------------------------------------------


def check_letter(
    letter_type: LetterType,
    data: LetterData,
    *,
    edits: Mapping[str, str] | None = None,
    library: LetterLibrary | None = None,
) -> tuple[MissingElement, ...]:
    """The required elements ``data`` (with the user's ``edits``) leaves without a value."""
    manifest = (library or default_library()).manifest(letter_type)
    missing = []
    for element in manifest.elements:
        needs = unmet(element.needs, data)
        if element.section and edits is not None and element.section in edits:
            needs = (EDITED_EMPTY,) if not clean_text(edits[element.section]) else ()
        if needs:
            missing.append(MissingElement(element, needs))
    return tuple(missing)


def dmca_offered(data: LetterData) -> bool:
    """Whether a DMCA notice may be offered: the user owns the copyright of an item."""
    return bool(data.copyright_items)


def offered_types(data: LetterData) -> tuple[LetterType, ...]:
    """The letter types to offer for ``data``, in order (DMCA only when possible)."""
    return tuple(
        letter_type
        for letter_type in LetterType
        if letter_type is not LetterType.DMCA or dmca_offered(data)
    )


def dmca_warning(language: str, library: LetterLibrary | None = None) -> str:
    """The warning to show, and have accepted, before a DMCA notice is written."""
    return (library or default_library()).texts.get("warning.dmca", language)


def _refuse_dmca_unless_possible(data: LetterData, language: str, library: LetterLibrary) -> None:
    if not dmca_offered(data):
        raise DmcaNotPossible(library.texts.get("message.dmca_not_possible", language))
    if not data.answers.dmca_warning_understood:
        first = library.texts.get("message.dmca_warning_first", language)
        raise DmcaWarningNotAccepted(f"{first}\n\n{dmca_warning(language, library)}")


def _refuse_if_missing(
    manifest: Manifest, missing: tuple[MissingElement, ...], language: str, library: LetterLibrary
) -> None:
    if not missing:
        return
    lines = [library.texts.get("message.missing", language, letter=manifest.name.get(language))]
    lines += [f"- {item.describe(language, library)}" for item in missing]
    raise MissingElements("\n".join(lines), missing)


# --- rendering --------------------------------------------------------------------------------


class _Collector:
    """Receives the sections and parts a template renders, and applies the user's edits."""

    def __init__(self, manifest: Manifest, language: str, edits: Mapping[str, str]) -> None:
        self._manifest = manifest
        self._language = language
        self._edits = edits
        self._elements = {element.section: element for element in manifest.elements}
        self.sections: list[Section] = []
        self.parts: dict[str, Markup] = {}

    def section(
        self, section_id: str, heading: str | None = None, caller: Callable[[], str] | None = None
    ) -> Markup:
        """``{% call section("id") %}...{% endcall %}``: one titled part of the letter."""
        if caller is None or any(found.id == section_id for found in self.sections):
            raise BugError(f"section {section_id!r} is used wrongly or twice")
        element = self._elements.get(section_id)
        label, heading = self._names(element, heading)
        edited = section_id in self._edits
        body = paragraphs(self._edits[section_id]) if edited else Markup(caller())
        element_id = element.id if element is not None else None
        self.sections.append(
            Section(section_id, label, heading, str(body), html_to_text(body), element_id)
        )
        title = Markup("<h3>{}</h3>").format(heading) if heading else Markup("")
        return title + body

    def _names(self, element: Element | None, heading: str | None) -> tuple[str, str]:
        """A section's label (its form field's name) and its printed heading."""
        if element is None:
            return heading or "", heading or ""
        if heading is None:
            heading = element.heading(self._language, cite=self._manifest.cite_elements)
        return element.label.get(self._language), heading

    def part(self, name: str, caller: Callable[[], str] | None = None) -> Markup:
        """``{% call part("letter") %}``: a part of the document kept apart (letter, notes ...)."""
        if caller is None:
            raise BugError(f"part {name!r} is used wrongly")
        self.parts[name] = Markup(caller())
        return self.parts[name]


def paragraphs(text: object) -> Markup:
    """User text as escaped HTML paragraphs, keeping its line breaks."""
    cleaned = clean_text(str(text))
    blocks = [block for block in cleaned.split("\n\n") if block.strip()]
    return Markup("").join(
        Markup("<p>{}</p>").format(Markup("<br>").join(escape(line) for line in block.split("\n")))
        for block in blocks
    )


def _lines(text: object) -> Markup:
    return Markup("<br>").join(escape(line) for line in clean_text(str(text)).split("\n") if line)


def _finalize(value: object) -> object:
    # Every value printed by a template passes here, before escaping: clean every string that
    # is not already markup built by us from escaped parts.
    if value is None:
        return ""
    if isinstance(value, str) and not isinstance(value, Markup):
        return clean_text(value)
    return value


def _when(moment: datetime | None) -> str:
    return format_moment(moment) if moment is not None else ""


@functools.cache
def _environment(folder: str) -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters.update(
        {
            "paras": paragraphs,
            "lines": _lines,
            "when": _when,
        }
    )
    return environment


def _helplines(country: str) -> list[Helpline]:
    return default_helplines().for_country(country)


@dataclass(frozen=True, slots=True)
class _Route:
    """The recipient's platform, the channels for this letter type, and the unknown route."""

    platform: Platform | None
    channels: tuple[ReportingChannel, ...]
    unknown: UnknownRoute


def _route(manifest: Manifest, data: LetterData, directory: PlatformDirectory) -> _Route:
    # A type made for one recipient (search-engine removal) always goes there.
    platform_id = manifest.recipient_platform or data.recipient.platform
    if not platform_id:
        return _Route(None, (), directory.unknown)
    platform = directory.platform(platform_id)
    return _Route(platform, platform.channels_for(manifest.type), directory.unknown)


def _with_default_recipient(data: LetterData, manifest: Manifest, route: _Route) -> LetterData:
    platform = route.platform
    if platform is None:
        return data
    if manifest.recipient_platform:
        forms = [channel.address for channel in route.channels if channel.kind == "web-form"]
        recipient = Recipient(
            name=platform.name, platform=platform.id, form_url=next(iter(forms), "")
        )
    elif not data.recipient.name:
        recipient = dataclasses.replace(data.recipient, name=platform.name, platform=platform.id)
    else:
        return data
    return dataclasses.replace(data, recipient=recipient)


def _email_subject(route: _Route, subject: str) -> str:
    # A platform that asks for an exact subject (Slack's integrity@) gets exactly that.
    asked = [
        channel.subject for channel in route.channels if channel.kind == "email" and channel.subject
    ]
    return asked[0] if asked else subject


def _printable_images(data: LetterData, html: str) -> dict[str, bytes]:
    # Only screenshots the document shows, and only real pictures (identified by content),
    # are handed to the PDF renderer.
    return {
        name: image
        for name, image in printed_screenshots(data).items()
        if f'src="{name}"' in html and sniff(image[:SNIFF_BYTES]).image_format is not None
    }


def render_letter(
    letter_type: LetterType,
    language: str,
    data: LetterData,
    *,
    edits: Mapping[str, str] | None = None,
    today: date | None = None,
    library: LetterLibrary | None = None,
    directory: PlatformDirectory | None = None,
) -> RenderedLetter:
    """Write a letter of ``letter_type`` in ``language`` from ``data``.

    Args:
        edits: the user's own text for sections, by section id (replaces the template's).
        today: the letter's date when ``data.letter_date`` is not set (default: today).

    Raises:
        MissingElements: required elements have no value (the message names each one).
        DmcaNotPossible, DmcaWarningNotAccepted: a DMCA notice that may not be written.
    """
    check_language(language)
    library = library or default_library()
    directory = directory or default_directory()
    manifest = library.manifest(letter_type)
    if manifest.needs_copyright:
        _refuse_dmca_unless_possible(data, language, library)
    route = _route(manifest, data, directory)
    data = _with_default_recipient(data, manifest, route)
    _refuse_if_missing(
        manifest, check_letter(letter_type, data, edits=edits, library=library), language, library
    )
    collector = _Collector(manifest, language, dict(edits or {}))
    html = _fill(manifest, language, data, route, collector, library, today or date.today())
    return _rendered(manifest, language, data, route, collector, html, library)


def _fill(  # noqa: PLR0917 - private: the pieces of one render
    manifest: Manifest,
    language: str,
    data: LetterData,
    route: _Route,
    collector: _Collector,
    library: LetterLibrary,
    today: date,
) -> str:
    months = library.texts.items("months", language)
    template = _environment(str(library.template_folder(language))).get_template(
        f"{manifest.type}.html.j2"
    )
    html = template.render(
        section=collector.section,
        part=collector.part,
        t=functools.partial(library.texts.get, language=language),
        law=library.law_texts(language),
        manifest=manifest,
        data=data,
        person=data.person,
        rep=data.representative,
        recipient=data.recipient,
        sightings=data.sightings,
        items=data.items,
        answers=data.answers,
        case_numbers=data.case_numbers,
        reports=data.reports,
        chronology=chronology(data),
        AiMade=AiMade,
        platform=route.platform,
        channels=route.channels,
        unknown_steps=route.unknown.instructions_in(language) if route.platform is None else (),
        deadline_text=_deadline_text(manifest, route, language, library),
        helplines=_helplines(data.person.country),
        advice=library.texts.items("advice", language),
        today=format_date(data.letter_date or today, months),
        date_of=lambda day: format_date(day, months) if day is not None else "",
        channel_name=_namer(library, "channel", language),
        outcome_name=_namer(library, "outcome", language),
        type_name=functools.partial(_type_name, library, language=language),
    )
    _check_sections(manifest, collector)
    return html


def _namer(library: LetterLibrary, group: str, language: str) -> Callable[[str], str]:
    def name(value: str) -> str:
        key = f"{group}.{value}"
        return library.texts.get(key, language) if library.texts.has(key) else value

    return name


def _type_name(library: LetterLibrary, name: str, language: str) -> str:
    if name not in set(LetterType):
        return name
    return library.manifest(LetterType(name)).name.get(language)


def _deadline_text(manifest: Manifest, route: _Route, language: str, library: LetterLibrary) -> str:
    texts = library.texts
    if manifest.deadline in ("take-it-down", "gdpr"):
        return texts.get(f"deadline.{manifest.deadline}", language)
    declared = route.platform.deadline if route.platform is not None else None
    if manifest.deadline == "platform" and declared is not None and manifest.type in declared.types:
        text = texts.get("deadline.platform", language, hours=declared.hours)
        return text if declared.verified else f"{text} {texts.get('warning.unverified', language)}"
    return texts.get("deadline.none", language)


def _check_sections(manifest: Manifest, collector: _Collector) -> None:
    rendered = {section.id for section in collector.sections}
    absent = sorted(manifest.sections - rendered)
    if absent or not {"letter", "notes", "subject", "title"} <= set(collector.parts):
        raise BugError(f"the {manifest.type} template lacks sections {absent} or a part")


def _rendered(  # noqa: PLR0917 - private: the pieces of one render
    manifest: Manifest,
    language: str,
    data: LetterData,
    route: _Route,
    collector: _Collector,
    html: str,
    library: LetterLibrary,
) -> RenderedLetter:
    texts = library.texts
    subject = " ".join(html_to_text(collector.parts["subject"]).split())
    warnings = [texts.get("warning.not_legal_advice", language)]
    if manifest.type is LetterType.DMCA:
        warnings.append(dmca_warning(language, library))
    if data.withheld_for_minor_safety:
        warnings.append(texts.get("warning.minor_content", language))
    return RenderedLetter(
        type=manifest.type,
        language=language,
        title=" ".join(html_to_text(collector.parts["title"]).split()),
        subject=subject,
        html=html,
        letter_text=html_to_text(collector.parts["letter"]),
        notes_text=html_to_text(collector.parts["notes"]),
        sections=tuple(collector.sections),
        images=_printable_images(data, html),
        paper=paper_for_country(data.person.country),
        page_label=texts.get("page", language, page="{page}", pages="{pages}"),
        legal_basis=manifest.legal_basis.text.get(language),
        recipient_email=data.recipient.email,
        recipient_form_url=data.recipient.form_url,
        email_subject=_email_subject(route, subject),
        warnings=tuple(warnings),
    )
