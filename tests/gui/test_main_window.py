"""The first window, offscreen: it fingerprints pictures in the background and lists them."""

from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QListWidget

from app.gui.main_window import MainWindow


def test_fingerprints_appear_without_blocking_the_window(qtbot: QtBot, testdata: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    paths = [str(testdata / "photos" / "coffee.png"), str(testdata / "pdq" / "expected.csv")]
    window.fingerprint(paths)
    results = window.findChild(QListWidget)
    assert results is not None
    qtbot.waitUntil(lambda: results.count() == 2, timeout=60_000)
    texts = [results.item(row).text() for row in range(results.count())]
    assert texts[0].startswith("Fingerprinted: ")
    assert "not a picture" in texts[1]
    window.close()
