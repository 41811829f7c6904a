"""The "Write a letter" window: copies → who it goes to → what kind → answers → the letter.

Every step is a screen of its own in one window, with the quick exit, Back and Close always
at the bottom; Back keeps everything typed. The case is read in the background: once for
the copies, then for the chosen copies' data (fingerprints, never pictures). A host look-up
runs only when the user presses "Look up host".
"""

import dataclasses
from collections.abc import Sequence

from PySide6.QtGui import QCloseEvent

from app.core.letters.data import LetterData
from app.core.letters.hosts import HostLookup, look_up_host
from app.core.letters.kinds import LetterType
from app.core.vault import CaseRepository, Letter
from app.gui.context import AppContext
from app.gui.evidence.common import order_tabs, platform_of
from app.gui.evidence.work import store_lookup
from app.gui.letters.preview import PreviewStep, SentStep
from app.gui.letters.steps import CopiesStep, DetailsStep, LetterStep, RecipientStep, TypeStep
from app.gui.letters.work import (
    LetterStart,
    LetterState,
    default_recipient,
    load_base,
    load_start,
    person_details,
    save_person,
    service_names,
    unknown_sighting,
    with_details,
)
from app.gui.registering.common import Step, StepWindow, language_of
from app.gui.session import CaseSession
from app.gui.widgets import on_language_change
from app.gui.workers import Job


class LetterWindow(StepWindow):
    """Write a letter about copies found, and record it once the user sent it. Not modal."""

    def __init__(
        self,
        ctx: AppContext,
        session: CaseSession,
        *,
        sighting_ids: Sequence[int] = (),
        letter_type: LetterType | None = None,
        draft_id: int | None = None,
    ) -> None:
        super().__init__(ctx)
        self.session = session
        self.state = LetterState(
            sighting_ids=tuple(sighting_ids),
            letter_type=letter_type,
            language=language_of(ctx),
            draft_id=draft_id,
        )
        self._recipient_for: tuple[object, ...] | None = None
        self.copies = CopiesStep(ctx, self.state)
        self.recipient = RecipientStep(ctx, self.state)
        self.kind = TypeStep(ctx, self.state)
        self.details = DetailsStep(ctx, self.state)
        self.preview = PreviewStep(ctx, self.state, session)
        self.sent = SentStep(ctx, self.state, session)
        self.add_steps(self.steps())
        self._connect_steps()
        ctx.branding.brand(self)
        self.resize(800, 760)
        self.retranslate()
        on_language_change(self, self.retranslate)
        order_tabs(self)
        self.session.read(load_start, self._started, self._failed, owner=self)

    def steps(self) -> list[LetterStep]:
        """Every step, in order."""
        return [self.copies, self.recipient, self.kind, self.details, self.preview, self.sent]

    def _connect_steps(self) -> None:
        self.copies.done.connect(self._copies_chosen)
        self.recipient.look_up_requested.connect(self._look_up_host)
        self.recipient.done.connect(self._recipient_chosen)
        self.kind.done.connect(self._type_chosen)
        self.details.done.connect(self._answered)
        self.preview.done.connect(self._sending)
        self.preview.changed_layout.connect(lambda: order_tabs(self))
        self.sent.recorded.connect(self._recorded)

    # --- moving between steps ---------------------------------------------------------------

    def _show(self, step: Step) -> None:
        super()._show(step)
        order_tabs(self)

    # --- the steps --------------------------------------------------------------------------

    def _started(self, start: LetterStart) -> None:
        self.state.start = start
        self.copies.show_copies()
        order_tabs(self)

    def _copies_chosen(self) -> None:
        start = self.state.start
        if start is None:
            return
        read_evidence = self.session.case.evidence.read
        names = service_names(language_of(self.ctx))
        ids = self.state.sighting_ids
        self.copies.next_button.setEnabled(False)

        def base(repo: CaseRepository) -> LetterData:
            return load_base(repo, ids, read_evidence, names)

        self.session.read(base, self._base_read, self._failed, owner=self)

    def _base_read(self, base: LetterData) -> None:
        self.copies.next_button.setEnabled(True)
        state = self.state
        first_read = state.base is None
        state.base = base
        if first_read and state.start is not None:
            country = self.details.country_code(state.start.person.country)
            state.person = person_details(state.start.person, country)
        chosen = (
            [s for s in state.start.overview.sightings if s.id in state.sighting_ids]
            if (state.start is not None)
            else []
        )
        suggested = platform_of(chosen[0].url) if chosen else None
        self.recipient.prepare(suggested)
        if self.current() is not self.recipient:
            self.go(self.recipient)

    def _look_up_host(self) -> None:
        base = self.state.base
        sighting = unknown_sighting(base) if base is not None else None
        if sighting is None:
            return
        url, base_url = sighting.url, self.ctx.config.rdap_url
        sighting_id = int(sighting.key)
        self.recipient.set_looking_up(True)

        def work(_job: Job) -> HostLookup:
            return look_up_host(url, base_url=base_url)

        def looked_up(lookup: HostLookup) -> None:
            self.session.change(
                lambda repo: store_lookup(repo, sighting_id, lookup),
                lambda _sighting: self._copies_chosen(),
                self._lookup_failed,
                owner=self,
            )

        self.ctx.runner.run_in_pool(
            work, owner=self, on_success=looked_up, on_error=self._lookup_failed
        )

    def _lookup_failed(self, error: BaseException) -> None:
        self.recipient.set_looking_up(False)
        self.recipient.show_state()
        self.ctx.show_error(self, error)

    def _recipient_chosen(self) -> None:
        self.kind.prepare()
        self.go(self.kind)

    def _type_chosen(self) -> None:
        state = self.state
        base = state.base
        if base is None or state.letter_type is None:
            return
        sighting = unknown_sighting(base)
        platform_id = state.platform.id if state.platform is not None else ""
        wanted = (platform_id, state.letter_type, state.unknown_choice, sighting)
        if wanted != self._recipient_for:
            # A new recipient or kind of letter: fill in who it goes to afresh.
            self._recipient_for = wanted
            state.recipient = default_recipient(
                state.platform, state.letter_type, sighting, state.unknown_choice
            )
        self.details.prepare(state.recipient)
        self.go(self.details)

    def _answered(self) -> None:
        state = self.state
        start = state.start
        person = state.person
        stored_country = self.details.country_code(start.person.country) if start else ""
        if start is not None and person_details(start.person, stored_country) != person:
            self.session.change(
                lambda repo: save_person(repo, person),
                lambda _none: None,
                self._failed,
                owner=self,
            )
            self.state.start = dataclasses.replace(start, person=with_details(start.person, person))
        self.preview.prepare()
        self.go(self.preview)

    def _sending(self) -> None:
        letter = self.preview.letter
        if letter is None:
            return
        self.sent.prepare(letter, self.preview.used_channel)
        self.go(self.sent)

    def _recorded(self, _sent: Letter) -> None:
        self.forget_trail()
        self.sent.next_button.hide()

    def _failed(self, error: BaseException) -> None:
        self.copies.next_button.setEnabled(True)
        self.ctx.show_error(self, error)

    # --- texts and closing ------------------------------------------------------------------

    def retranslate(self) -> None:
        self.back.setText(self.tr("< &Back"))
        self.back.setAccessibleName(self.tr("Back"))
        self.close_button.setText(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close this window"))
        self.header.setText(self.current().title())

    def closeEvent(self, event: QCloseEvent) -> None:
        # What was typed and not kept is forgotten; nothing of it was written anywhere.
        event.accept()
        self.deleteLater()
