"""About each image: the age of the person in it (unsure counts as under 18), who took it and
whether the copyright was assigned in writing, whether you appear in it, and a neutral
label. Starting the fingerprinting saves pictures to the case, so this is a commit page."""

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QListWidget, QPushButton, QWizard

from app.core.vault import AgeInContent, TakenBy
from app.gui.context import AppContext
from app.gui.importing import ImageAnswers, ImportRequest, Source
from app.gui.pages.base import WizardPage
from app.gui.widgets import ChoiceGroup, add_all, heading, note, paragraph

_LIST_ROWS = 5


class AboutImagesPage(WizardPage):
    """One set of answers per chosen file or folder, with "use for all"."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setCommitPage(True)
        self._answers: dict[str, ImageAnswers] = {}
        self._labels: dict[str, str] = {}
        self._paths: list[str] = []
        self.intro = paragraph()
        self.body.addWidget(self.intro)
        self.sources = QListWidget()
        self.sources.setMaximumHeight(self.sources.fontMetrics().lineSpacing() * _LIST_ROWS + 16)
        self.sources.currentRowChanged.connect(self._show_answers)
        self.body.addWidget(self.sources)
        self.form_title = heading()
        self.body.addWidget(self.form_title)
        self.label_caption = QLabel()
        self.label = QLineEdit()
        self.label_caption.setBuddy(self.label)
        self.label.textEdited.connect(self._store)
        self.label_note = note()
        add_all(self.body, (self.label_caption, self.label, self.label_note))
        self.age = ChoiceGroup[AgeInContent](
            [AgeInContent.ADULT, AgeInContent.UNDER_18, AgeInContent.UNSURE]
        )
        self.age_note = note()
        self.taken_by = ChoiceGroup[TakenBy]([TakenBy.ME, TakenBy.SOMEONE_ELSE, TakenBy.UNKNOWN])
        self.copyright = QCheckBox()
        self.copyright_note = note()
        self.appears = ChoiceGroup[bool | None]([True, False, None])
        add_all(
            self.body,
            (
                self.age,
                self.age_note,
                self.taken_by,
                self.copyright,
                self.copyright_note,
                self.appears,
            ),
        )
        for group in (self.age, self.taken_by, self.appears):
            group.changed.connect(self._store)
        self.copyright.toggled.connect(self._store)
        self.use_for_all = QPushButton()
        self.use_for_all.clicked.connect(self._use_for_all)
        self.body.addWidget(self.use_for_all, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("About each picture"))
        self.setSubTitle(self.tr("Your answers decide which services and letters can help."))
        self.intro.setText(
            self.tr(
                "Choose a picture or folder in the list and answer for it. Answers for a "
                "folder count for every picture inside. If a question is hard, leave it at "
                "“not sure”: you can change your answers later."
            )
        )
        self.sources.setAccessibleName(self.tr("Pictures and folders to answer for"))
        self.form_title.setText(self.tr("Your answers"))
        self.label_caption.setText(self.tr("&Label"))
        self.label.setAccessibleName(self.tr("Label"))
        self.label_note.setText(
            self.tr(
                "A neutral name that says nothing about what the picture shows, such as "
                "“Picture 1”. It may appear in letters and forms."
            )
        )
        self.label.setAccessibleDescription(self.label_note.text())
        self.age.set_texts(
            self.tr("How old was the person in it when it was taken?"),
            [self.tr("18 or older"), self.tr("Under 18"), self.tr("I'm not sure")],
        )
        self.age_note.setText(
            self.tr(
                "If you are not sure, StillMine treats it as showing someone under 18: it "
                "never shows a preview, and points you to services for young people."
            )
        )
        self.taken_by.set_texts(
            self.tr("Who took it?"),
            [self.tr("I took it myself"), self.tr("Someone else"), self.tr("I don't know")],
        )
        self.copyright.setText(self.tr("The person who took it gave me the copyright in writing"))
        self.copyright.setAccessibleName(self.tr("Copyright given to me in writing"))
        self.copyright_note.setText(
            self.tr("This decides whether a copyright (DMCA) notice can be sent.")
        )
        self.copyright.setAccessibleDescription(self.copyright_note.text())
        self.appears.set_texts(
            self.tr("Are you in it?"),
            [self.tr("Yes"), self.tr("No"), self.tr("I'd rather not say")],
        )
        self.use_for_all.setText(self.tr("Use these answers for &all"))
        self.use_for_all.setAccessibleName(self.tr("Use these answers for all pictures"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Start fingerprinting"))
        self._refresh_list_texts()

    def initializePage(self) -> None:
        self._paths = self.case_wizard().chosen_paths()
        for path in self._paths:
            if path not in self._labels:
                self._answers[path] = ImageAnswers()
                self._labels[path] = self._new_label(os.path.isdir(path))
        self._refresh_list_texts()
        self.sources.setCurrentRow(0)
        self._show_answers(0)

    def _new_label(self, folder: bool) -> str:
        # Numbered on from the labels already given (and, for pictures, the case's items).
        same_kind = sum(os.path.isdir(path) == folder for path in self._labels)
        if folder:
            return self.tr("Folder {0}").format(same_kind + 1)
        return self.tr("Picture {0}").format(self.case_wizard().items_before + same_kind + 1)

    def _entry_text(self, path: str) -> str:
        return self.tr("{0}: {1}").format(self._labels[path], os.path.basename(path))

    def _refresh_list_texts(self) -> None:
        self.sources.blockSignals(True)
        current = self.sources.currentRow()
        self.sources.clear()
        for path in self._paths:
            self.sources.addItem(self._entry_text(path))
        self.sources.setCurrentRow(max(0, current))
        self.sources.blockSignals(False)

    def _current_path(self) -> str | None:
        row = self.sources.currentRow()
        return self._paths[row] if 0 <= row < len(self._paths) else None

    def _show_answers(self, _row: int) -> None:
        path = self._current_path()
        if path is None:
            return
        answers = self._answers[path]
        self.label.setText(self._labels[path])
        self.age.set_value(answers.age_in_content)
        self.taken_by.set_value(answers.taken_by)
        blocked = self.copyright.blockSignals(True)
        self.copyright.setChecked(bool(answers.copyright_assigned_to_me))
        self.copyright.blockSignals(blocked)
        self.appears.set_value(answers.user_appears)
        self._update_copyright()

    def _form_answers(self) -> ImageAnswers:
        someone_else = self.taken_by.value is TakenBy.SOMEONE_ELSE
        return ImageAnswers(
            age_in_content=self.age.value,
            taken_by=self.taken_by.value,
            copyright_assigned_to_me=self.copyright.isChecked() if someone_else else None,
            user_appears=self.appears.value,
        )

    def _store(self) -> None:
        self._update_copyright()
        path = self._current_path()
        if path is None:
            return
        self._answers[path] = self._form_answers()
        label = self.label.text().strip()
        if label and label != self._labels[path]:
            self._labels[path] = label
            self.sources.item(self.sources.currentRow()).setText(self._entry_text(path))
        self.completeChanged.emit()

    def _update_copyright(self) -> None:
        self.copyright.setEnabled(self.taken_by.value is TakenBy.SOMEONE_ELSE)

    def _use_for_all(self) -> None:
        answers = self._form_answers()
        for path in self._answers:
            self._answers[path] = answers

    def isComplete(self) -> bool:
        return super().isComplete() and all(self._labels.get(path) for path in self._paths)

    def import_request(self) -> ImportRequest:
        """What to fingerprint and save, with the answers for each source."""
        return ImportRequest(
            sources=tuple(
                Source(path, self._labels[path], self._answers[path]) for path in self._paths
            ),
            folder_item_label=self.tr("{0}, picture {1}"),
            workers=self.ctx.config.fingerprint_workers,
        )
