"""Save the fingerprints in a file for a helpline, lawyer or partner who can submit them.

The user picks one of three formats (explained in plain words), sees what will be left out
and why, and chooses where to save with Qt's own file chooser. The file holds fingerprints
and neutral labels only (``app.core.services.export``); it is written only when the user
presses Save.
"""

from pathlib import Path
from typing import Final

from PySide6.QtWidgets import QPushButton

from app.core.errors import UserError
from app.core.fingerprints import Pdq
from app.core.services.export import FORMATS, Export, build_export, write_export
from app.core.vault import Item
from app.gui.context import AppContext
from app.gui.errors import FileNotSaved
from app.gui.overview import CaseOverview
from app.gui.registering.common import Step, bullets, catalogue
from app.gui.widgets import ChoiceGroup, button_row, callout, heading, note, paragraph
from app.gui.workers import Job

SERVICE_ID: Final = "hash-export"
#: The file name offered for each format.
SUGGESTED_NAMES: Final = {
    "te": "fingerprints.txt",
    "csv": "fingerprints.csv",
    "json": "fingerprints.json",
}


class ExportStep(Step):
    """The format, what is left out, and Save."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.overview: CaseOverview | None = None
        self.intro = paragraph()
        self.caution_box, caution = callout("callout")
        self.caution = paragraph()
        caution.addWidget(self.caution)
        self.format = ChoiceGroup[str](FORMATS)
        self.format.set_value("te")
        self.format.changed.connect(self._explain)
        self.format_note = note()
        self.labels_note = note()
        self.included = paragraph()
        self.left_out_title, self.left_out = heading(), paragraph()
        self.save = QPushButton()
        self.save.clicked.connect(self._choose_file)
        self.result = paragraph()
        for widget in (
            self.intro,
            self.caution_box,
            self.format,
            self.format_note,
            self.labels_note,
            self.included,
            self.left_out_title,
            self.left_out,
        ):
            self.body.addWidget(widget)
        self.body.addLayout(button_row(self.save))
        self.body.addWidget(self.result)
        self.body.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Fingerprints for a helpline or partner")

    def prepare(self, overview: CaseOverview) -> None:
        """Start with the case's pictures as they are now."""
        self.result.setText("")
        self.update_overview(overview)

    def update_overview(self, overview: CaseOverview) -> None:
        """The case changed: say again what goes in the file."""
        self.overview = overview
        self._explain()

    def retranslate(self) -> None:
        service = catalogue().service(SERVICE_ID)
        self.intro.setText(service.summary.get(self.language))
        self.caution.setText(service.does_not.get(self.language))
        self.format.set_texts(
            self.tr("Which format did they ask for?"),
            [
                self.tr("One fingerprint per line (.txt)"),
                self.tr("A table of picture fingerprints (.csv)"),
                self.tr("Every fingerprint, in detail (.json)"),
            ],
        )
        self.labels_note.setText(
            self.tr(
                "In the file your pictures are called “Photo 1”, “Video 2” and so on: no "
                "file names and none of your labels."
            )
        )
        self.left_out_title.setText(self.tr("Left out"))
        self.save.setText(self.tr("Sa&ve the file…"))
        self.save.setAccessibleName(self.tr("Save the file"))
        self._explain()

    def _explain(self) -> None:
        chosen = self.format.value
        descriptions = {
            "te": self.tr(
                "The form Meta's ThreatExchange tools read: “pdq” or “video_md5”, then the "
                "fingerprint. Many helplines and platforms use it."
            ),
            "csv": self.tr(
                "The PDQ hash-list form: fingerprint, quality and a neutral label for each "
                "picture. Videos cannot go in this form."
            ),
            "json": self.tr(
                "Every fingerprint StillMine made of each picture and video (PDQ, MD5 and "
                "SHA-256), for technical partners."
            ),
        }
        self.format_note.setText(descriptions[chosen])
        items = self.overview.items if self.overview is not None else []
        left_out = self.left_out_lines(items, chosen)
        included = len(items) - len(left_out)
        self.included.setText(self.tr("%n fingerprint(s) will be in the file.", "", included))
        self.left_out.setText(bullets(left_out))
        self.left_out_title.setVisible(bool(left_out))
        self.left_out.setVisible(bool(left_out))
        self.save.setEnabled(included > 0)

    def left_out_lines(self, items: list[Item], export_format: str) -> list[str]:
        """Which pictures the export leaves out, and why, by the user's own labels.

        The export names items neutrally ("Photo 3") and in English; these are the same
        rules (``app.core.services.export``), said in the user's words.
        """
        lines = []
        for item in items:
            if item.age_in_content.treated_as_minor:
                reason = self.tr(
                    "shows someone under 18, or you are not sure. Report it to Take It Down, "
                    "the CyberTipline and the police instead."
                )
            elif item.kind == "image" and not (item.pdq and Pdq.usable(item.pdq_quality or 0)):
                reason = self.tr("too plain for a similarity fingerprint.")
            elif export_format == "csv" and item.kind == "video":
                reason = self.tr("videos cannot go in this form; choose .txt or .json.")
            else:
                continue
            lines.append(self.tr("{0}: {1}").format(item.label, reason))
        return lines

    def _choose_file(self) -> None:
        chosen = self.format.value
        self.ctx.dialogs.choose_save_file(
            self,
            self.tr("Save the fingerprints"),
            SUGGESTED_NAMES[chosen],
            self.tr("Fingerprint files (*.{0})").format(SUGGESTED_NAMES[chosen].rpartition(".")[2]),
            lambda paths: self._save_to(paths[0], chosen),
        )

    def _save_to(self, path: str, export_format: str) -> None:
        items = self.overview.items if self.overview is not None else []
        self.result.setText(self.tr("Saving…"))

        def work(_job: Job) -> Export:
            export = build_export(items, export_format)
            try:
                write_export(export, Path(path))
            except UserError as error:
                raise FileNotSaved(error.message) from error
            return export

        self.ctx.runner.run_in_pool(
            work,
            owner=self,
            on_success=lambda export: self._saved(export, path),
            on_error=self._failed,
        )

    def _saved(self, export: Export, path: str) -> None:
        self.result.setText(
            self.tr(
                "Saved %n fingerprint(s) in “{0}”. Send it only to someone you trust.",
                "",
                export.included,
            ).format(Path(path).name)
        )

    def _failed(self, error: BaseException) -> None:
        self.result.setText("")
        self.ctx.show_error(self, error)
