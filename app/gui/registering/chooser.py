"""The chooser: which services fit which of the user's pictures, and why, in plain words.

The core's routing (``app.core.services.eligibility.route``) decides; this screen only says
it, in the user's language, from the catalogue. Content of someone under 18 (or unsure) is
pointed to Take It Down, the CyberTipline and the police, with their contact details; no
picture is ever shown here, so none of them is.
"""

from collections import defaultdict

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from app.core.services.catalogue import Referral, Service
from app.core.services.eligibility import Route, route
from app.core.vault import Item
from app.gui.context import AppContext
from app.gui.overview import CaseOverview
from app.gui.registering.common import Step, catalogue, label_list
from app.gui.widgets import bold, button_row, callout, heading, note, paragraph


class ServiceCard(QFrame):
    """One service: what it is, which pictures fit, why the others do not, and a start button.

    It holds no texts of its own: the chooser sets them in its language.
    """

    def __init__(self, service: Service) -> None:
        super().__init__()
        self.setObjectName("card")
        self.service = service
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        self.name = heading()
        self.summary = paragraph()
        self.fits = bold(paragraph())
        self.reasons = note()
        self.start = QPushButton()
        for widget in (self.name, self.summary, self.fits, self.reasons):
            layout.addWidget(widget)
        layout.addLayout(button_row(self.start))


class ReferralText(QWidget):
    """Where else to report: the organisation's name, what it does, and how to reach it."""

    def __init__(self, referral: Referral) -> None:
        super().__init__()
        self.referral = referral
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.name = bold(paragraph())
        self.about = paragraph(selectable=True)
        layout.addWidget(self.name)
        layout.addWidget(self.about)


class ChooserStep(Step):
    """Every service, with the user's pictures sorted into "fits" and "not, because ...".

    Signals:
        chosen: the id of the service the user chose to go on with.
    """

    chosen = Signal(str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.overview: CaseOverview | None = None
        self.intro = paragraph()
        self.empty = paragraph()
        self.empty.setObjectName("problem")
        self.minors_box, minors = callout("callout")
        self.minors_title = heading()
        self.minors_text = paragraph()
        minors.addWidget(self.minors_title)
        minors.addWidget(self.minors_text)
        self.referrals = [ReferralText(referral) for referral in catalogue().referrals]
        for referral in self.referrals:
            minors.addWidget(referral)
        self.body.addWidget(self.intro)
        self.body.addWidget(self.empty)
        self.body.addWidget(self.minors_box)
        self.cards: dict[str, ServiceCard] = {}
        for service in catalogue().services:
            card = ServiceCard(service)
            card.start.clicked.connect(lambda _checked=False, s=service.id: self.chosen.emit(s))
            self.cards[service.id] = card
            self.body.addWidget(card)
        self.limits = note()
        self.body.addWidget(self.limits)
        self.body.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Register your fingerprints")

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Which services can help depends on your answers about each picture. Nothing "
                "is sent from this screen: each step first shows you what will happen, and "
                "fingerprints leave this computer only when you press a button."
            )
        )
        self.empty.setText(
            self.tr(
                "There are no pictures in your case yet. Add them first (“Add pictures…” in "
                "your case), then come back here."
            )
        )
        self.minors_title.setText(self.tr("Pictures of someone under 18"))
        self.limits.setText(
            self.tr(
                "A fingerprint only helps on the platforms that use it. Keep recording the "
                "copies you find and writing letters too."
            )
        )
        self._fill()

    def show_overview(self, overview: CaseOverview) -> None:
        """Sort the case's pictures for every service."""
        self.overview = overview
        self._fill()

    def _fill(self) -> None:
        items = self.overview.items if self.overview is not None else []
        routes = [route(catalogue(), item) for item in items]
        self.empty.setVisible(self.overview is not None and not items)
        self._fill_minors(items, routes)
        for card in self.cards.values():
            self._fill_card(card, items, routes)

    def _fill_minors(self, items: list[Item], routes: list[Route]) -> None:
        minors = [item.label for item, found in zip(items, routes, strict=True) if found.referrals]
        self.minors_box.setVisible(bool(minors))
        if not minors:
            return
        self.minors_text.setText(
            self.tr(
                "%n of your pictures show someone under 18, or you are not sure: {0}. "
                "StillMine never shows them or makes previews of them, and keeps them away "
                "from StopNCII, hash banks and export files. These can help instead:",
                "",
                len(minors),
            ).format(label_list(minors))
        )
        for shown in self.referrals:
            referral = shown.referral
            shown.name.setText(referral.name.get(self.language))
            lines = [referral.summary.get(self.language)]
            if referral.url:
                lines.append(self.tr("Website: {0}").format(referral.url))
            if referral.phone:
                lines.append(self.tr("Phone: {0}").format(referral.phone))
            shown.about.setText("\n".join(lines))

    def referral_texts(self) -> str:
        """Every referral as shown, name first (for reading it all at once)."""
        return "\n".join(f"{r.name.text()}\n{r.about.text()}" for r in self.referrals)

    def _fill_card(self, card: ServiceCard, items: list[Item], routes: list[Route]) -> None:
        service, language = card.service, self.language
        fits: list[str] = []
        reasons: dict[str, list[str]] = defaultdict(list)
        for item, found in zip(items, routes, strict=True):
            decision = next(d for d in found.decisions if d.service.id == service.id)
            if decision.applies:
                fits.append(item.label)
            else:
                reasons[decision.reason_id].append(item.label)
        name = service.name.get(language)
        card.name.setText(name)
        card.setAccessibleName(name)
        card.summary.setText(service.summary.get(language))
        card.fits.setText(
            self.tr("Fits: {0}").format(label_list(fits))
            if fits
            else self.tr("Fits none of your pictures.")
        )
        card.reasons.setText(
            "\n".join(
                self.tr("Not for {0}: {1}").format(
                    label_list(labels), catalogue().reason(reason_id).get(language)
                )
                for reason_id, labels in reasons.items()
            )
        )
        card.reasons.setVisible(bool(reasons))
        card.start.setText(self._start_text(service))
        card.start.setAccessibleName(card.start.text().rstrip("…"))
        card.start.setEnabled(bool(fits))

    def _start_text(self, service: Service) -> str:
        if service.kind == "api":
            return self.tr("Send fingerprints to a hash bank…")
        if service.kind == "export":
            return self.tr("Save fingerprints for a helpline or partner…")
        return self.tr("Register with {0}…").format(service.name.get(self.language))
