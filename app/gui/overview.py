"""Everything the case's screens show about it, read in one go on the case's writer thread.

The dashboard and the registration screens both start from this snapshot, so they agree on
what is due: status checks come from ``checks_due`` and "register this copy again" prompts
from ``items_to_register_again`` (both in ``app.core.services.handoff``). Whether a backup
is due comes from the case itself (``CaseRepository.backup_due``).
"""

from dataclasses import dataclass, field
from datetime import datetime

from app.core.services.handoff import checks_due, items_to_register_again
from app.core.vault import CaseRepository, Item, Letter, Registration, Sighting, utc_now


@dataclass(frozen=True)
class CaseOverview:
    """A snapshot of the case: its records and the moment they were read."""

    items: list[Item]
    registrations: list[Registration]
    sightings: list[Sighting]
    letters: list[Letter]
    now: datetime
    match_methods: dict[tuple[int, int], str] = field(default_factory=dict)
    backup_due: bool = False
    last_backup_at: datetime | None = None

    def checks_due(self) -> list[Registration]:
        """Registrations whose status check is due (withdrawn ones never are)."""
        return checks_due(self.registrations, self.now)

    def register_again(self) -> list[tuple[Item, Sighting]]:
        """Registered items of which an edited copy turned up (it needs its own fingerprint)."""
        return items_to_register_again(
            self.items, self.registrations, self.sightings, self.match_methods
        )

    def labels(self, item_ids: tuple[int, ...]) -> list[str]:
        """The labels of these items, in the case's order (unknown ids are left out)."""
        wanted = set(item_ids)
        return [item.label for item in self.items if item.id in wanted]


def load_overview(repo: CaseRepository) -> CaseOverview:
    """Read the snapshot (runs on the case's writer thread)."""
    return CaseOverview(
        repo.items(),
        repo.registrations(),
        repo.sightings(),
        repo.letters(),
        utc_now(),
        repo.sighting_match_methods(),
        repo.backup_due(),
        repo.last_backup_at(),
    )
