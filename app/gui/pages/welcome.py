"""Welcome: what StillMine does and does not do, the privacy promise, a content warning, and
how the quick exit works."""

from PySide6.QtWidgets import QLabel, QVBoxLayout

from app.gui.context import AppContext
from app.gui.pages.base import WizardPage
from app.gui.widgets import callout, heading, paragraph, set_texts


def _bullets(layout: QVBoxLayout, count: int) -> list[QLabel]:
    labels = [paragraph() for _ in range(count)]
    for label in labels:
        layout.addWidget(label)
    return labels


class WelcomePage(WizardPage):
    """The first page: plain words about StillMine, before anything is asked."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.warning_box, warning_layout = callout("contentWarning")
        self.warning_title = heading()
        self.warning_text = paragraph()
        warning_layout.addWidget(self.warning_title)
        warning_layout.addWidget(self.warning_text)
        self.body.addWidget(self.warning_box)
        self.does_title = heading()
        self.body.addWidget(self.does_title)
        self.does = _bullets(self.body, 3)
        self.does_not_title = heading()
        self.body.addWidget(self.does_not_title)
        self.does_not = _bullets(self.body, 3)
        self.promise_title = heading()
        self.body.addWidget(self.promise_title)
        self.promise = _bullets(self.body, 2)
        self.exit_box, exit_layout = callout("calmPanel")
        self.exit_title = heading()
        self.exit_text = paragraph()
        exit_layout.addWidget(self.exit_title)
        exit_layout.addWidget(self.exit_text)
        self.body.addWidget(self.exit_box)
        self.body.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to StillMine"))
        self.setSubTitle(
            self.tr("Take your time. You can stop whenever you like and come back later.")
        )
        self.warning_title.setText(self.tr("Content warning"))
        self.warning_text.setText(
            self.tr(
                "The next steps are about intimate pictures of you. StillMine never shows a "
                "picture unless you ask, and then blurred first. Pause whenever you need to."
            )
        )
        self.does_title.setText(self.tr("What StillMine does"))
        set_texts(
            self.does,
            (
                self.tr(
                    "• It makes fingerprints of your pictures, here on this computer. A "
                    "fingerprint is a short code: nobody can turn it back into the picture."
                ),
                self.tr(
                    "• It helps you give these fingerprints to services that block copies, such "
                    "as StopNCII.org and Take It Down."
                ),
                self.tr(
                    "• It keeps a safe record of where you found copies, and writes the letters "
                    "that ask websites to remove them."
                ),
            ),
        )
        self.does_not_title.setText(self.tr("What StillMine does not do"))
        set_texts(
            self.does_not,
            (
                self.tr(
                    "• It never uploads, copies or changes your pictures. They stay where they "
                    "are, on this computer."
                ),
                self.tr("• It has no account, no cloud and no tracking, and needs no internet."),
                self.tr(
                    "• It cannot remove pictures by itself: websites and services do that when "
                    "asked. StillMine helps you ask."
                ),
            ),
        )
        self.promise_title.setText(self.tr("Our promise"))
        set_texts(
            self.promise,
            (
                self.tr(
                    "• Your pictures never leave this computer. StillMine keeps no copies, "
                    "previews or thumbnails of them."
                ),
                self.tr(
                    "• Everything you tell StillMine is kept in a case file locked with a "
                    "passphrase that only you know."
                ),
            ),
        )
        self.exit_title.setText(self.tr("Quick exit"))
        self.exit_text.setText(
            self.tr(
                "If someone comes in, press Esc twice, or click “Quick exit” at the bottom "
                "left. StillMine disappears at once, saves your work and locks your case. "
                "Next time it will ask for your passphrase."
            )
        )
