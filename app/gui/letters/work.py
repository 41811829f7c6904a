"""The letter screens' data: what is read from the case, and the letter's data as the user
shapes it.

The case is read once, in the background, for the copies chosen (``letter_data_from_case``:
fingerprints only, never pictures; nothing at all from content of someone under 18). The
user's answers, details and recipient then replace parts of that data on the window's thread
(``compose``), which is quick, so the checklist of what is still missing follows every key
the user types.
"""

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from app.core.letters.data import (
    Answers,
    LetterData,
    PersonDetails,
    Recipient,
    Representative,
    SightingRef,
)
from app.core.letters.from_case import ReadEvidence, letter_data_from_case
from app.core.letters.kinds import Channel, LetterType
from app.core.letters.library import default_library
from app.core.letters.platforms import Platform, default_directory
from app.core.letters.sending import find_letter
from app.core.services.catalogue import CatalogueError
from app.core.vault import CaseRepository, Letter, LetterResponse, Person, Sighting
from app.gui.overview import CaseOverview, load_overview
from app.gui.registering.common import catalogue

#: Who a letter about a site StillMine does not know goes to.
HOST, REGISTRAR, SOMEONE_ELSE = "host", "registrar", "other"
#: Where a host is established, for the host abuse notice ("" : not known).
JURISDICTIONS: Final = ("", "eu", "us", "uk")


@dataclass(frozen=True)
class LetterStart:
    """What the letter window starts from: the case's records and the user's details."""

    overview: CaseOverview
    person: Person

    def blocked_sighting_ids(self) -> frozenset[int]:
        """Copies linked to a picture of someone under 18 (or of unsure age): never in letters."""
        minors = {item.id for item in self.overview.items if item.age_in_content.treated_as_minor}
        return frozenset(
            sighting.id for sighting in self.overview.sightings if minors & set(sighting.item_ids)
        )


def load_start(repo: CaseRepository) -> LetterStart:
    """Read the case for the letter window (on the case's thread)."""
    return LetterStart(load_overview(repo), repo.person())


def service_names(language: str) -> dict[str, str]:
    """The matching services' names, for case numbers in a dossier."""
    try:
        return {service.id: str(service.name.get(language)) for service in catalogue().services}
    except CatalogueError:
        return {}


def load_base(
    repo: CaseRepository,
    sighting_ids: Sequence[int],
    read_evidence: ReadEvidence,
    names: dict[str, str],
) -> LetterData:
    """Everything the case holds for a letter about these copies (on the case's thread)."""
    return letter_data_from_case(
        repo, sighting_ids=sighting_ids, read_evidence=read_evidence, service_names=names
    )


def with_details(person: Person, details: PersonDetails) -> Person:
    """``person`` with the details a letter uses replaced (their language choice is kept)."""
    return dataclasses.replace(
        person,
        legal_name=details.legal_name,
        email=details.email,
        postal_address=details.postal_address,
        phone=details.phone,
        country=details.country,
        signature_name=details.signature_name,
    )


def save_person(repo: CaseRepository, details: PersonDetails) -> None:
    """Keep the user's details for their next letters (their language choice is kept)."""
    repo.set_person(with_details(repo.person(), details))


def person_details(person: Person, country: str) -> PersonDetails:
    """The user's stored details as a letter uses them, with the country as a code."""
    return PersonDetails(
        legal_name=person.legal_name,
        email=person.email,
        postal_address=person.postal_address,
        phone=person.phone,
        country=country,
        signature_name=person.signature_name,
    )


def compose(
    base: LetterData,
    *,
    person: PersonDetails,
    recipient: Recipient,
    answers: Answers,
    representative: Representative | None,
) -> LetterData:
    """The case's data with the user's details, recipient and answers."""
    return dataclasses.replace(
        base, person=person, recipient=recipient, answers=answers, representative=representative
    )


# --- who it goes to ---------------------------------------------------------------------------


def target_platform(platform: Platform | None, letter_type: LetterType) -> Platform | None:
    """The platform a letter goes to: a type made for one platform (search engines) goes there."""
    fixed = default_library().manifest(letter_type).recipient_platform
    return default_directory().platform(fixed) if fixed else platform


def unknown_sighting(base: LetterData) -> SightingRef | None:
    """The first chosen copy on a site StillMine does not know (for the host route)."""
    return next((sighting for sighting in base.sightings if not sighting.platform), None)


def default_recipient(
    platform: Platform | None,
    letter_type: LetterType,
    sighting: SightingRef | None,
    choice: str,
) -> Recipient:
    """Who the letter goes to, filled in from the directory or from a host look-up."""
    if letter_type is LetterType.POLICE_DOSSIER:
        return Recipient()
    target = target_platform(platform, letter_type)
    if target is not None:
        channels = target.channels_for(letter_type)

        def first(kind: str) -> str:
            return next((c.address for c in channels if c.kind == kind and c.address), "")

        return Recipient(
            name=target.name,
            platform=target.id,
            email=first("email"),
            form_url=first("web-form"),
            postal_address=first("post"),
        )
    if sighting is None or choice == SOMEONE_ELSE:
        return Recipient()
    if choice == REGISTRAR:
        return Recipient(name=sighting.registrar, email=sighting.registrar_abuse_email)
    return Recipient(name=sighting.host, email=sighting.host_abuse_email)


def usual_channel(letter_type: LetterType, recipient: Recipient) -> Channel:
    """The way the letter most likely leaves, to suggest when the user says they sent it."""
    delivery = default_library().manifest(letter_type).delivery
    for channel in delivery:
        if channel is Channel.EMAIL and recipient.email:
            return channel
        if channel is Channel.WEB_FORM and recipient.form_url:
            return channel
        if channel in (Channel.POST, Channel.IN_PERSON, Channel.IN_APP):
            return channel
    return delivery[0] if delivery else Channel.EMAIL


def channel_address(channel: Channel, recipient: Recipient) -> str:
    """The address a letter went to through ``channel``, as far as StillMine knows it."""
    if channel is Channel.EMAIL:
        return recipient.email
    if channel is Channel.WEB_FORM:
        return recipient.form_url
    if channel is Channel.POST:
        return recipient.postal_address
    return ""


# --- a letter written before ------------------------------------------------------------------


@dataclass(frozen=True)
class LetterDetail:
    """One letter, its replies, and the copies it is about."""

    letter: Letter
    responses: tuple[LetterResponse, ...]
    sightings: tuple[Sighting, ...]


def load_letter(repo: CaseRepository, letter_id: int) -> LetterDetail:
    """Read one letter with its replies (on the case's thread)."""
    letter = find_letter(repo, letter_id)
    chosen = set(letter.sighting_ids)
    return LetterDetail(
        letter,
        tuple(repo.letter_responses(letter_id)),
        tuple(sighting for sighting in repo.sightings() if sighting.id in chosen),
    )


# --- the letter being written -----------------------------------------------------------------


@dataclass
class LetterState:
    """Everything the user chose so far for the letter being written.

    Attributes:
        start: the case as read when the window opened.
        base: the case's data for the chosen copies (read after the first step).
        platform: the recipient platform; None for a site StillMine does not know.
        unknown_choice: for such a site, the host, the registrar or someone else.
        language: the letter's language ("en" or "nl").
        edits: the user's own wording, by section.
        draft_id: the draft this letter continues, if any.
    """

    start: LetterStart | None = None
    base: LetterData | None = None
    sighting_ids: tuple[int, ...] = ()
    platform: Platform | None = None
    unknown_choice: str = HOST
    letter_type: LetterType | None = None
    language: str = "en"
    dmca_understood: bool = False
    person: PersonDetails = dataclasses.field(default_factory=PersonDetails)
    recipient: Recipient = dataclasses.field(default_factory=Recipient)
    answers: Answers = dataclasses.field(default_factory=Answers)
    representative: Representative | None = None
    edits: dict[str, str] = dataclasses.field(default_factory=dict)
    draft_id: int | None = None

    def data(self) -> LetterData | None:
        """The letter's data as it stands (None until the case has been read)."""
        if self.base is None:
            return None
        answers = dataclasses.replace(self.answers, dmca_warning_understood=self.dmca_understood)
        return compose(
            self.base,
            person=self.person,
            recipient=self.recipient,
            answers=answers,
            representative=self.representative,
        )

    def send_platform(self) -> Platform | None:
        """The platform whose promised reply time applies, if any."""
        if self.letter_type is None:
            return self.platform
        return target_platform(self.platform, self.letter_type)
