"""StillMine's look: calm colours, generous spacing, clear focus, readable contrast.

One style everywhere (Fusion with a soft palette), so the screens look the same on
Windows, macOS and Linux and the contrast is known. Sizes are left to the user's text size.
"""

from typing import Final

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

_COLOURS: Final = {
    QPalette.ColorRole.Window: "#f6f5f1",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#efeee9",
    QPalette.ColorRole.Text: "#1f2a30",
    QPalette.ColorRole.WindowText: "#1f2a30",
    QPalette.ColorRole.ButtonText: "#1f2a30",
    QPalette.ColorRole.Button: "#ebeae4",
    QPalette.ColorRole.Highlight: "#2f6f73",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#1d5a8c",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#1f2a30",
    QPalette.ColorRole.PlaceholderText: "#5d676d",
}

_DISABLED_TEXT: Final = "#8c9499"

# Contrast: notes (#4a555b on #f6f5f1) reach 7:1; the quick-exit button keeps its colours
# even when focused so it is always recognisable.
STYLE_SHEET: Final = """
QLabel#note { color: #4a555b; }
QLabel#recoveryCode {
    font-family: monospace; background: #ffffff; border: 1px solid #9aa5ab;
    border-radius: 6px; padding: 10px;
}
QFrame#contentWarning, QFrame#callout {
    background: #fff7e0; border: 1px solid #d9b65b; border-radius: 6px;
}
QFrame#calmPanel { background: #eaf2f2; border: 1px solid #9cc3c5; border-radius: 6px; }
QFrame#card { background: #ffffff; border: 1px solid #d3d1c9; border-radius: 6px; }
QLabel#problem, QLabel[problem="true"] { color: #8a2f16; font-weight: bold; }
QPushButton#quickExit {
    background: #3d4a52; color: #ffffff; border: 1px solid #2a3439;
    border-radius: 5px; padding: 5px 14px;
}
QPushButton#quickExit:focus { border: 2px solid #f0b429; }
"""


_APPLIED: Final = "stillmineStyleApplied"


def apply_style(app: QApplication) -> None:
    """Give the application StillMine's style and palette."""
    # Set once: replacing the style of a running application deletes the old one, which
    # widgets still waiting to be deleted may use.
    if not app.property(_APPLIED):
        app.setStyle("Fusion")
        app.setProperty(_APPLIED, True)
    palette = app.palette()
    for role, colour in _COLOURS.items():
        palette.setColor(role, QColor(colour))
    # Disabled controls must look disabled (setColor above set every colour group).
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DISABLED_TEXT))
    app.setPalette(palette)
    if app.styleSheet() != STYLE_SHEET:
        app.setStyleSheet(STYLE_SHEET)
