"""Translations: Dutch is complete and up to date, the compiled files match their sources,
and every text on every screen changes when the language does."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QWidget

from app.gui.controller import AppController
from app.gui.i18n import i18n_dir
from tests.conftest import ROOT
from tests.gui.screens import shown_texts, visit_every_screen

LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")
# One label ("Picture 3", "Folder 1, picture 2") or a list of them.
_LABEL = r"(Picture|Folder) \d+(, picture \d+)?"
ITEM_LABEL = re.compile(rf"^{_LABEL}(, {_LABEL})*$")
PLACEHOLDERS = ("{0}", "{1}", "{name}", "%n", "%Ln", "&")

# Texts that are the same in Dutch: names, and words Dutch borrowed from English.
SAME_IN_BOTH = {
    "StillMine",
    "Take It Down (NCMEC)",
    "NCMEC CyberTipline",
    "English",
    "Nederlands",
    "&Help",
    "Help",
    "Label",
    "Status",
    "Website",
    "Notes",
    "–",
}


def messages(ts_file: Path) -> list[ET.Element]:
    return list(ET.parse(ts_file).getroot().iter("message"))


def translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def update_catalogue(ts_file: Path, *options: str) -> None:
    subprocess.run(
        [str(LUPDATE), "-extensions", "py", "-locations", "relative", "-no-obsolete",
         *options, "app/gui", "-ts", str(ts_file)],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip


def test_every_dutch_text_is_translated() -> None:
    unfinished = [
        message.findtext("source")
        for message in messages(i18n_dir() / "stillmine_nl.ts")
        if message.find("translation").get("type") is not None  # type: ignore[union-attr]
        or not all(translations(message))
    ]
    assert not unfinished, f"{len(unfinished)} Dutch texts are missing or unfinished: {unfinished}"


def test_the_catalogues_hold_every_text_of_the_code(tmp_path: Path) -> None:
    for name, options in (("stillmine_nl.ts", ()), ("stillmine_en.ts", ("-pluralonly",))):
        fresh = tmp_path / name
        shutil.copy(i18n_dir() / name, fresh)
        update_catalogue(fresh, *options)
        committed = {
            (m.findtext("source"), tuple(translations(m))) for m in messages(i18n_dir() / name)
        }
        updated = {(m.findtext("source"), tuple(translations(m))) for m in messages(fresh)}
        assert updated == committed, (
            f"{name} is out of date; run the commands in resources/i18n/README.md. "
            f"New or changed: {sorted(map(str, updated - committed))[:10]}"
        )


def test_the_compiled_catalogues_match_their_sources(tmp_path: Path) -> None:
    for name in ("stillmine_nl", "stillmine_en"):
        compiled = tmp_path / f"{name}.qm"
        subprocess.run(
            [str(LRELEASE), str(i18n_dir() / f"{name}.ts"), "-qm", str(compiled)],
            check=True, capture_output=True,
        )  # fmt: skip
        assert compiled.read_bytes() == (i18n_dir() / f"{name}.qm").read_bytes(), (
            f"{name}.qm is stale; run lrelease (resources/i18n/README.md)"
        )


def test_english_plurals_are_filled_in() -> None:
    plurals = messages(i18n_dir() / "stillmine_en.ts")
    assert plurals, "the English catalogue holds the plural forms"
    for message in plurals:
        one, many = translations(message)
        assert one != many and "(s)" not in one + many, message.findtext("source")


def test_translations_keep_placeholders_and_shortcuts() -> None:
    for message in messages(i18n_dir() / "stillmine_nl.ts"):
        source = message.findtext("source") or ""
        for translated in translations(message):
            for placeholder in PLACEHOLDERS:
                assert (placeholder in source) == (placeholder in translated), (
                    f"{placeholder!r} differs in {source!r} -> {translated!r}"
                )


@pytest.mark.parametrize("language", ["nl"])
def test_every_visible_text_changes_with_the_language(
    qtbot: QtBot, controller: AppController, photos: list[Path], language: str
) -> None:
    english: dict[str, dict[str, str]] = {}

    def compare(name: str, window: QWidget) -> None:
        english[name] = shown_texts(window)
        controller.ctx.translations.apply(language)
        qtbot.waitUntil(lambda: shown_texts(window) != english[name], timeout=10_000)
        translated = shown_texts(window)
        controller.ctx.translations.apply("en")
        _wait_for_texts(qtbot, window, english[name], name)
        same = {
            key: text
            for key, text in translated.items()
            if english[name].get(key) == text and text not in SAME_IN_BOTH and _has_words(text)
        }
        assert not same, f"{name}: not translated: {same}"

    visit_every_screen(qtbot, controller, photos, compare)
    assert len(english) >= 17


def _wait_for_texts(qtbot: QtBot, window: QWidget, expected: dict[str, str], name: str) -> None:
    try:
        qtbot.waitUntil(lambda: shown_texts(window) == expected, timeout=10_000)
    except TimeoutError:
        now = shown_texts(window)
        changed = {key: (expected.get(key), now.get(key)) for key in expected.keys() | now.keys()}
        changed = {key: pair for key, pair in changed.items() if pair[0] != pair[1]}
        pytest.fail(f"{name}: not back in English: {changed}")


def _has_words(text: str) -> bool:
    # The pictures' labels ("Picture 1", chosen in English here) and numbers are the
    # case's data, not interface text.
    if ITEM_LABEL.match(text):
        return False
    return any(word.isalpha() and len(word) > 2 for word in text.replace("&", "").split())
