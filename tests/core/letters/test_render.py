"""Writing letters: every type in both languages, refusals, edits, hostile input, minors."""

import dataclasses
import html
import re
from collections.abc import Callable

import pytest

from app.core.languages import LANGUAGES
from app.core.letters.data import Answers, LetterData, Recipient, Representative
from app.core.letters.kinds import Channel, LetterType
from app.core.letters.library import default_library
from app.core.letters.render import (
    DmcaNotPossible,
    DmcaWarningNotAccepted,
    MissingElements,
    offered_types,
    render_letter,
)
from app.core.vault.models import TakenBy
from tests.core.letters.samples import (
    ADULT_ITEM,
    ALL_TYPES,
    HOSTILE,
    MINOR_ITEM,
    full_data,
    sighting,
    with_person,
)

Breaker = Callable[[LetterData], LetterData]

# How to take away what each need asks for.
BREAK: dict[str, Breaker] = {
    "signer_name": lambda d: with_person(d, legal_name="", signature_name=""),
    "legal_name": lambda d: with_person(d, legal_name=""),
    "email": lambda d: with_person(d, email=""),
    "postal_address": lambda d: with_person(d, postal_address=""),
    "phone": lambda d: with_person(d, phone=""),
    "contact": lambda d: with_person(d, email="", postal_address=""),
    "contact_any": lambda d: with_person(d, email="", postal_address="", phone=""),
    "recipient_name": lambda d: dataclasses.replace(d, recipient=Recipient()),
    "urls": lambda d: dataclasses.replace(d, sightings=()),
    "descriptions": lambda d: dataclasses.replace(
        d, sightings=tuple(dataclasses.replace(s, description="") for s in d.sightings)
    ),
    "not_paid": lambda d: dataclasses.replace(
        d, answers=dataclasses.replace(d.answers, not_paid_for_content=None)
    ),
    "account": lambda d: dataclasses.replace(d, answers=dataclasses.replace(d.answers, account="")),
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("letter_type", ALL_TYPES)
def test_every_type_renders_every_element(letter_type: LetterType, language: str) -> None:
    letter = render_letter(letter_type, language, full_data())
    manifest = default_library().manifest(letter_type)
    rendered = {section.id: section for section in letter.sections}
    for element in manifest.elements:
        if element.section:
            section = rendered[element.section]
            assert section.element_id == element.id
            assert section.text.strip(), element.id
            assert section.label == element.label.get(language)
            cited = element.citation.text.get(language)
            assert (cited in section.heading) is manifest.cite_elements
    assert letter.title and letter.subject
    assert "Zoë Ærø-Łódź" in letter.letter_text
    texts = default_library().texts
    assert texts.get("warning.not_legal_advice", language) in letter.notes_text
    assert "Helpwanted.nl" in letter.notes_text  # the helplines of the person's country
    assert "StopNCII.org" in letter.notes_text  # and those for everyone


@pytest.mark.parametrize("letter_type", [t for t in ALL_TYPES if t is not LetterType.DMCA])
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_missing_element_is_refused_and_named(letter_type: LetterType, language: str) -> None:
    manifest = default_library().manifest(letter_type)
    for element in manifest.elements:
        if not element.needs:
            continue
        data = full_data()
        for need in element.needs:
            data = BREAK[need](data)
        with pytest.raises(MissingElements) as refused:
            render_letter(letter_type, language, data)
        assert element.id in {missing.element.id for missing in refused.value.missing}
        message = refused.value.message
        assert element.label.get(language) in message
        assert element.citation.text.get(language) in message
        for need in element.needs:
            assert default_library().texts.get(f"needs.{need}", language) in message


def test_a_signature_needs_a_name() -> None:
    data = with_person(full_data(), legal_name="  ", signature_name="")
    with pytest.raises(
        MissingElements, match=r"Signature \(TAKE IT DOWN Act, § 3\(a\)\(1\)\(B\)\(i\)\)"
    ):
        render_letter(LetterType.TAKE_IT_DOWN, "en", data)


def test_the_missing_message_lists_every_element_at_once() -> None:
    data = with_person(full_data(sightings=()), legal_name="", email="")
    with pytest.raises(MissingElements) as refused:
        render_letter(LetterType.DSA_NOTICE, "nl", data)
    assert {m.element.id for m in refused.value.missing} == {"explanation", "location", "notifier"}
    assert refused.value.message.startswith("De „Melding op grond van de Europese")


def test_dmca_is_offered_only_for_own_pictures() -> None:
    own = full_data()
    assert LetterType.DMCA in offered_types(own)
    other = ADULT_ITEM.__class__(**{**ADULT_ITEM.__dict__, "taken_by": TakenBy.SOMEONE_ELSE})
    theirs = full_data(items=(other,))
    assert LetterType.DMCA not in offered_types(theirs)
    with pytest.raises(DmcaNotPossible, match="only possible for a photo or video you took"):
        render_letter(LetterType.DMCA, "en", theirs)
    assigned = dataclasses.replace(other, copyright_assigned_to_me=True)
    assert LetterType.DMCA in offered_types(full_data(items=(assigned,)))


def test_dmca_needs_the_warning_accepted_and_names_only_own_work() -> None:
    unwarned = full_data(answers=Answers(not_paid_for_content=True))
    with pytest.raises(DmcaWarningNotAccepted) as refused:
        render_letter(LetterType.DMCA, "en", unwarned)
    assert "counter-notice" in refused.value.message
    other = dataclasses.replace(ADULT_ITEM, key="P3", sha256="ab" * 32, taken_by=TakenBy.UNKNOWN)
    letter = render_letter(LetterType.DMCA, "en", full_data(items=(ADULT_ITEM, other)))
    work = next(section for section in letter.sections if section.id == "work").text
    assert ADULT_ITEM.sha256 in work and other.sha256 not in work
    assert any("counter-notice" in warning for warning in letter.warnings)


@pytest.mark.parametrize("letter_type", ALL_TYPES)
def test_hostile_text_stays_text(letter_type: LetterType) -> None:
    data = full_data(
        person=dataclasses.replace(full_data().person, legal_name=HOSTILE),
        sightings=(sighting(description=HOSTILE, threats=HOSTILE, uploader_handle=HOSTILE),),
        answers=dataclasses.replace(full_data().answers, account=HOSTILE),
    )
    letter = render_letter(letter_type, "en", data)
    assert "<script>" not in letter.html
    assert "<b>bold</b>" not in letter.html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in letter.html
    assert "{{ 7*7 }}" in letter.letter_text and "{% raw %}" in letter.letter_text
    assert "\u202e" not in letter.html and "\u202c" not in letter.html
    assert "<script>alert(1)</script> {{ 7*7 }}" in letter.letter_text
    # Nothing the user typed became markup: every tag in the document is one of ours.
    tags = set(re.findall(r"</?([a-zA-Z0-9]+)", letter.html))
    assert tags <= {
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "div",
        "p",
        "br",
        "b",
        "h2",
        "h3",
        "h4",
        "ul",
        "li",
        "table",
        "tr",
        "td",
        "th",
        "img",
    }


def test_edits_replace_a_section_and_stay_escaped() -> None:
    edits = {"explanation": "My own words.\n\nSecond <i>paragraph</i>\nwith a line break."}
    letter = render_letter(LetterType.DSA_NOTICE, "en", full_data(), edits=edits)
    section = next(s for s in letter.sections if s.id == "explanation")
    assert section.text == "My own words.\n\nSecond <i>paragraph</i>\nwith a line break."
    assert "<p>Second &lt;i&gt;paragraph&lt;/i&gt;<br>with a line break.</p>" in letter.html
    assert "Second <i>paragraph</i>" in letter.letter_text
    field = next(f for f in letter.fields() if f.id == "explanation")
    assert field.value == section.text


def test_emptying_a_required_section_is_refused() -> None:
    with pytest.raises(MissingElements, match="you removed the text of this part"):
        render_letter(LetterType.DSA_NOTICE, "en", full_data(), edits={"bona_fide": " \n "})


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("letter_type", ALL_TYPES)
def test_fields_are_the_letter(letter_type: LetterType, language: str) -> None:
    letter = render_letter(letter_type, language, full_data())
    fields = letter.fields()
    assert fields, "every type has titled sections"
    for field in fields:
        assert field.value and field.value in letter.letter_text
    sent = letter.sent_text(Channel.WEB_FORM)
    assert all(f"{field.label}:\n{field.value}" in sent for field in fields)
    assert letter.sent_text(Channel.POST) == letter.letter_text
    assert letter.sent_text(Channel.EMAIL) == f"{letter.email_subject}\n\n{letter.letter_text}"


def test_minors_never_appear_anywhere() -> None:
    minor_sighting = sighting("S2", "https://forum.example/minor/1", item_keys=("P2",))
    data = full_data(
        items=(ADULT_ITEM, MINOR_ITEM),
        sightings=(sighting(), minor_sighting),
        reports=(
            *full_data().reports,
            dataclasses.replace(full_data().reports[0], recipient="Forum", sighting_keys=("S2",)),
        ),
    )
    assert data.withheld_for_minor_safety == 3
    for letter_type in ALL_TYPES:
        letter = render_letter(letter_type, "en", data)
        for secret in (MINOR_ITEM.sha256, MINOR_ITEM.pdq, "forum.example/minor", "Forum"):
            assert secret not in letter.html
        assert any("under 18" in warning for warning in letter.warnings)


def test_unsure_age_counts_as_a_minor() -> None:
    unsure = dataclasses.replace(ADULT_ITEM, age_in_content=ADULT_ITEM.age_in_content.UNSURE)
    data = full_data(items=(unsure,))
    assert data.items == () and data.sightings == ()
    with pytest.raises(MissingElements):
        render_letter(LetterType.NCII_REPORT, "en", data)


def test_a_representative_signs_and_explains_their_authority() -> None:
    parent = Representative("Jan Jansen", "parent", email="jan@example.org")
    letter = render_letter(LetterType.TAKE_IT_DOWN, "en", full_data(representative=parent))
    assert "/s/ Jan Jansen" in letter.letter_text
    assert "on behalf of Zoë Ærø-Łódź, the person shown, as their parent" in letter.letter_text
    assert "jan@example.org" in letter.letter_text


def test_search_engine_removals_always_go_to_the_search_engine() -> None:
    letter = render_letter(LetterType.DELISTING_GOOGLE, "en", full_data())
    assert "Google Search" in letter.letter_text
    assert letter.recipient_form_url == "https://support.google.com/websearch/answer/6302812"
    assert "Example Hosting" not in letter.letter_text


def test_a_platform_that_asks_for_a_subject_gets_it() -> None:
    data = full_data(recipient=Recipient(platform="slack", email="integrity@slack.com"))
    letter = render_letter(LetterType.DSA_NOTICE, "en", data)
    assert letter.email_subject == "report of illegal content in my workspace"
    link = letter.mailto()
    assert link.url.startswith("mailto:integrity@slack.com?subject=report%20of%20illegal")
    assert "feedback@slack.com" in letter.notes_text  # only as the address never to use


def test_the_notes_say_what_is_not_confirmed() -> None:
    data = full_data(recipient=Recipient(platform="reddit"))
    letter = render_letter(LetterType.NCII_REPORT, "en", data)
    assert "contact@reddit.com" in letter.notes_text
    line = next(line for line in letter.notes_text.splitlines() if "contact@reddit.com" in line)
    assert "not confirmed" in line
    snap = render_letter(
        LetterType.NCII_REPORT, "en", full_data(recipient=Recipient(platform="snapchat"))
    )
    assert "within 2 hours" in snap.notes_text and "(not confirmed" in snap.notes_text


def test_unknown_sites_get_the_host_route() -> None:
    data = full_data(recipient=Recipient(name="Example Hosting"))
    letter = render_letter(LetterType.HOST_ABUSE, "en", data)
    assert "hosting provider" in letter.notes_text and "Look up host" in letter.notes_text


def test_dossier_rules() -> None:
    data = full_data()
    letter = render_letter(LetterType.POLICE_DOSSIER, "en", data)
    for value in (
        "PL-2026-123",
        "T-777",
        "Pay or more photos follow.",
        sha("screenshot of the post"),
        "My former partner.",
    ):
        assert value in letter.letter_text, value
    assert (
        "Not printed, because it may show an intimate image: Screenshot of the post"
        in letter.letter_text
    )
    assert letter.images == {}  # nothing to print without the screenshot's bytes
    chronology = next(s for s in letter.sections if s.id == "chronology").text
    assert (
        chronology.index("Copy found")
        < chronology.index("sent to Discord")
        < chronology.index("Reply from Discord")
    )


def test_dossier_prints_only_screenshots_marked_safe() -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(100)
    marked = dataclasses.replace(sighting().evidence[1], image=png)
    unmarked = dataclasses.replace(sighting().evidence[0], image=png)
    assert unmarked.image is None  # the data refuses to even hold it
    text_file = dataclasses.replace(marked, sha256=sha("not a picture"), image=b"just text")
    data = full_data(sightings=(sighting(evidence=(unmarked, marked, text_file)),))
    letter = render_letter(LetterType.POLICE_DOSSIER, "en", data)
    assert letter.images == {f"evidence:{marked.sha256}": png}
    assert html.escape(f'src="evidence:{unmarked.sha256}"') not in letter.html
    assert f'src="evidence:{unmarked.sha256}"' not in letter.html
    other = render_letter(LetterType.NCII_REPORT, "en", data)
    assert other.images == {}


def sha(text: str) -> str:
    from tests.core.letters.samples import sha as digest

    return digest(text)
