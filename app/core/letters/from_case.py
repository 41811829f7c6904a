"""Letter data from an open case: the person, the chosen sightings, items, numbers and reports.

Run ``letter_data_from_case`` on the case's writer thread (``CaseFile.read``). Only
fingerprints of pictures are read, never pictures; PINs are never revealed; and nothing
linked to content of someone under 18 (or of unknown age) is read at all, not even a
screenshot (``LetterData`` drops the rest). A screenshot is read, to be printed in the
police dossier, only when the user marked it as showing no intimate image and the caller
passes ``read_evidence`` (``CaseFile.evidence.read``).
"""

from collections.abc import Callable, Iterable, Mapping, Sequence

from app.core.letters.data import (
    AiMade,
    Answers,
    CaseNumber,
    EvidenceRef,
    ItemRef,
    LetterData,
    PersonDetails,
    Recipient,
    ReportResponse,
    ReportSent,
    Representative,
    SightingRef,
)
from app.core.sniff import SNIFF_BYTES, sniff
from app.core.vault.models import EvidenceFile, Item, Letter, Person, Sighting
from app.core.vault.repository import CaseRepository

ReadEvidence = Callable[[str], bytes]


def _key(record_id: int) -> str:
    return str(record_id)


def _person(person: Person) -> PersonDetails:
    return PersonDetails(
        legal_name=person.legal_name,
        email=person.email,
        postal_address=person.postal_address,
        phone=person.phone,
        country=person.country,
        signature_name=person.signature_name,
    )


def _item(item: Item) -> ItemRef:
    return ItemRef(
        key=_key(item.id),
        label=item.label,
        kind=item.kind,
        sha256=item.sha256,
        md5=item.md5,
        pdq=item.pdq or "",
        taken_by=item.taken_by,
        copyright_assigned_to_me=item.copyright_assigned_to_me,
        age_in_content=item.age_in_content,
        user_appears=item.user_appears,
    )


def _evidence(record: EvidenceFile, read_evidence: ReadEvidence | None) -> EvidenceRef:
    image = None
    if record.shows_no_intimate_image and read_evidence is not None:
        data = read_evidence(record.sha256)
        # Printed only if its content is a picture, whatever its record says.
        image = data if sniff(data[:SNIFF_BYTES]).image_format is not None else None
    return EvidenceRef(
        sha256=record.sha256,
        description=record.description,
        captured_at=record.captured_at,
        device=record.device,
        shows_no_intimate_image=record.shows_no_intimate_image,
        media_type=record.media_type,
        image=image,
    )


def _sighting(sighting: Sighting, evidence: Sequence[EvidenceRef]) -> SightingRef:
    return SightingRef(
        key=_key(sighting.id),
        url=sighting.url,
        found_at=sighting.found_at,
        platform=sighting.platform,
        how_found=sighting.how_found,
        media_url=sighting.media_url,
        archived_url=sighting.archived_url,
        uploader_handle=sighting.uploader_handle,
        uploader_display_name=sighting.uploader_display_name,
        uploader_profile_url=sighting.uploader_profile_url,
        uploader_id=sighting.uploader_id,
        uploader_contact=sighting.uploader_contact,
        description=sighting.description,
        content_type=sighting.content_type,
        ai_made=AiMade.parse(sighting.ai_made),
        identifying_features=sighting.identifying_features,
        personal_data_shown=sighting.personal_data_shown,
        context=sighting.context,
        threats=sighting.threats,
        suspected_perpetrator=sighting.suspected_perpetrator,
        perpetrator_evidence=sighting.perpetrator_evidence,
        evidence_needed=sighting.evidence_needed,
        host=sighting.host,
        host_abuse_email=sighting.host_abuse_email,
        registrar=sighting.registrar,
        registrar_abuse_email=sighting.registrar_abuse_email,
        status=sighting.status.value,
        item_keys=tuple(_key(item_id) for item_id in sighting.item_ids),
        evidence=tuple(evidence),
    )


def _report(repo: CaseRepository, letter: Letter) -> ReportSent | None:
    if letter.sent_at is None:
        return None
    responses = tuple(
        ReportResponse(response.received_at, response.outcome, response.statement)
        for response in repo.letter_responses(letter.id)
    )
    return ReportSent(
        type=letter.type,
        recipient=letter.recipient,
        sent_at=letter.sent_at,
        channel=letter.channel,
        channel_address=letter.channel_address,
        ticket_number=letter.ticket_number,
        deadline_at=letter.deadline_at,
        status=letter.status,
        responses=responses,
        sighting_keys=tuple(_key(sighting_id) for sighting_id in letter.sighting_ids),
    )


def _case_numbers(repo: CaseRepository, service_names: Mapping[str, str]) -> list[CaseNumber]:
    numbers = [
        CaseNumber(
            kind=contact.kind.value,
            organisation=contact.organisation,
            reference_number=contact.reference_number,
            station=contact.station,
            officer=contact.officer,
            date=contact.reported_at,
        )
        for contact in repo.contacts()
        if contact.reference_number
    ]
    # A registration's case number only: its PIN is never revealed here.
    numbers += [
        CaseNumber(
            kind="service",
            organisation=service_names.get(registration.service, registration.service),
            reference_number=registration.case_number,
            date=registration.submitted_at,
            item_keys=tuple(_key(item_id) for item_id in registration.item_ids),
        )
        for registration in repo.registrations()
        if registration.case_number
    ]
    return numbers


def _chosen(found: Iterable[Sighting], ids: Sequence[int] | None) -> list[Sighting]:
    if ids is None:
        return list(found)
    chosen = set(ids)
    return [s for s in found if s.id in chosen]


def letter_data_from_case(
    repo: CaseRepository,
    *,
    sighting_ids: Sequence[int] | None = None,
    item_ids: Sequence[int] | None = None,
    recipient: Recipient | None = None,
    answers: Answers | None = None,
    representative: Representative | None = None,
    read_evidence: ReadEvidence | None = None,
    service_names: Mapping[str, str] | None = None,
) -> LetterData:
    """Everything a letter needs, from the case.

    Args:
        repo: the case (on its writer thread).
        sighting_ids: the sightings the letter is about (None: all).
        item_ids: the items to name (None: those the chosen sightings show).
        recipient, answers, representative: what the user chose and answered for the letter.
        read_evidence: reads a screenshot by SHA-256 (``CaseFile.evidence.read``), for the
            dossier; None leaves every screenshot unread.
        service_names: display names of matching services by id, for case numbers.
    """
    all_items = repo.items()
    blocked = {_key(item.id) for item in all_items if item.age_in_content.treated_as_minor}
    every_sighting = repo.sightings()
    unsafe_sightings = {s.id for s in every_sighting if blocked.intersection(map(_key, s.item_ids))}
    sightings = _chosen(every_sighting, sighting_ids)
    wanted = set(item_ids) if item_ids is not None else {i for s in sightings for i in s.item_ids}
    refs = []
    for sighting in sightings:
        reader = None if sighting.id in unsafe_sightings else read_evidence
        evidence = [_evidence(record, reader) for record in repo.evidence_files(sighting.id)]
        refs.append(_sighting(sighting, evidence))
    reports = [
        report
        for letter in repo.letters()
        if not unsafe_sightings.intersection(letter.sighting_ids)
        and (report := _report(repo, letter)) is not None
    ]
    return LetterData(
        person=_person(repo.person()),
        recipient=recipient or Recipient(),
        sightings=tuple(refs),
        items=tuple(_item(item) for item in all_items if item.id in wanted),
        answers=answers or Answers(),
        representative=representative,
        case_numbers=tuple(_case_numbers(repo, service_names or {})),
        reports=tuple(reports),
        blocked_item_keys=frozenset(blocked),
    )
