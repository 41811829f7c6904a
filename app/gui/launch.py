"""Start the Qt application and show StillMine's window."""

import sys
from collections.abc import Sequence

from app import APP_NAME


def run_gui(argv: Sequence[str]) -> int:
    """Create the QApplication, show the main window and run the event loop."""
    from PySide6.QtWidgets import QApplication

    from app.gui.main_window import MainWindow

    app = QApplication([sys.argv[0], *argv])
    app.setApplicationName(APP_NAME)
    window = MainWindow()
    window.show()
    return app.exec()
