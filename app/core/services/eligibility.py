"""Which services apply to each item, and why, in plain words.

The age in the content decides first: content of someone under 18 (or unsure) goes to Take
It Down, the CyberTipline and the police, never to StopNCII, a hash bank or an export. Then
whether the user appears in it and whether the file is on this device, as each service asks.
"""

from dataclasses import dataclass

from app.core.services.catalogue import Catalogue, Referral, Service
from app.core.vault.models import AgeInContent, Item


@dataclass(frozen=True, slots=True)
class Decision:
    """Whether one service applies to one item.

    Attributes:
        service: the service.
        applies: whether the user can use it for this item.
        reason_id: the catalogue's reason (``Catalogue.reason(reason_id)`` gives the words).
    """

    service: Service
    applies: bool
    reason_id: str


@dataclass(frozen=True, slots=True)
class Route:
    """Everything routing says about one item."""

    item_id: int
    decisions: tuple[Decision, ...]
    referrals: tuple[Referral, ...]

    def applicable(self) -> list[Service]:
        """The services this item can go to."""
        return [decision.service for decision in self.decisions if decision.applies]


def decide(service: Service, item: Item) -> Decision:
    """Whether ``service`` applies to ``item``, with the reason."""
    minor = item.age_in_content.treated_as_minor
    if item.kind not in service.media_kinds:
        return Decision(service, False, "media_kind")
    if minor and service.age == "adult":
        return Decision(service, False, "minor_content")
    if not minor and service.age == "minor":
        return Decision(service, False, "adult_content")
    if service.user_must_appear and item.user_appears is None:
        return Decision(service, False, "user_appearance_unknown")
    if service.user_must_appear and not item.user_appears:
        return Decision(service, False, "user_not_in_it")
    if service.file_must_be_on_device and item.original_on_device is False:
        reason = "not_on_original_device" if service.age == "minor" else "not_on_device"
        return Decision(service, False, reason)
    return Decision(service, True, "applies")


def route(catalogue: Catalogue, item: Item) -> Route:
    """Every service's decision for ``item``, and the referrals that apply to it."""
    decisions = tuple(decide(service, item) for service in catalogue.services)
    referrals = catalogue.referrals if item.age_in_content is not AgeInContent.ADULT else ()
    return Route(item.id, decisions, referrals)
