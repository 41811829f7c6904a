"""StillMine's first window: fingerprint pictures and see what they reveal.

A deliberately small window until the guided wizard arrives: it explains what StillMine
does, lets the user pick pictures with Qt's own file dialog (so the operating system keeps
no recent-file entries and makes no previews), fingerprints them off the GUI thread and lists
the results. It never shows or stores the pictures themselves.
"""

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.core.fingerprints import Fingerprinted, FingerprintResult, fingerprint_paths
from app.core.progress import CancelToken


class _BatchSignals(QObject):
    result = Signal(object)
    finished = Signal()


class _BatchTask(QRunnable):
    """Runs a fingerprint batch on the thread pool; results come back by signal."""

    def __init__(self, paths: list[str], cancel: CancelToken) -> None:
        super().__init__()
        self.signals = _BatchSignals()
        self._paths = paths
        self._cancel = cancel

    def run(self) -> None:
        try:
            for result in fingerprint_paths(self._paths, cancel=self._cancel):
                self.signals.result.emit(result)
        except Exception:  # noqa: BLE001 - Cancelled, or a failure already shown per file
            pass
        finally:
            self.signals.finished.emit()


class MainWindow(QMainWindow):
    """The main window: an explanation, a button, and the list of results."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self._cancel = CancelToken()
        intro = QLabel(
            self.tr(
                "StillMine makes fingerprints of your own pictures, here on this computer. "
                "The pictures never leave it; only their fingerprints can be shared, and only "
                "when you decide."
            )
        )
        intro.setWordWrap(True)
        self._pick = QPushButton(self.tr("Choose pictures to fingerprint…"))
        self._pick.setAccessibleName(self.tr("Choose pictures to fingerprint"))
        self._pick.clicked.connect(self._choose_pictures)
        self._results = QListWidget()
        self._results.setAccessibleName(self.tr("Fingerprint results"))
        layout = QVBoxLayout()
        for widget in (intro, self._pick, self._results):
            layout.addWidget(widget)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)
        self.resize(640, 480)

    def _choose_pictures(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose pictures"),
            "",
            "",
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if paths:
            self.fingerprint(paths)

    def fingerprint(self, paths: list[str]) -> None:
        """Fingerprint ``paths`` in the background and list each result as it arrives."""
        self._pick.setEnabled(False)
        task = _BatchTask(paths, self._cancel)
        task.signals.result.connect(self._show_result)
        task.signals.finished.connect(lambda: self._pick.setEnabled(True))
        QThreadPool.globalInstance().start(task)

    def _show_result(self, result: FingerprintResult) -> None:
        if isinstance(result, Fingerprinted):
            found = ", ".join(finding.summary for finding in result.fingerprint.privacy)
            text = self.tr("Fingerprinted: {0}").format(result.path)
            if found:
                text += "\n    " + found
        else:
            text = self.tr("Could not read: {0}").format(result.error.message)
        self._results.addItem(text)

    def closeEvent(self, event: object) -> None:
        """Stop background work when the window closes."""
        self._cancel.cancel()
        QThreadPool.globalInstance().waitForDone(2000)
        super().closeEvent(event)  # type: ignore[arg-type]
