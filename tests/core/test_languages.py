"""One list of languages, and the check every resource text goes through."""

import pytest

from app.core.languages import LANGUAGES, in_every_language


def test_a_text_in_every_language_is_taken_as_it_is() -> None:
    table = {language: f"text in {language}" for language in LANGUAGES} | {"de": "extra"}
    assert in_every_language(table) == {language: f"text in {language}" for language in LANGUAGES}


@pytest.mark.parametrize(
    "table",
    [
        {"en": "only English"},
        {"en": "English", "nl": ""},
        {"en": "English", "nl": 3},
        {"en": "English", "nl": ["a list"]},
        ["en", "nl"],
        "en",
        None,
    ],
)
def test_a_text_missing_a_language_or_not_text_is_refused(table: object) -> None:
    assert in_every_language(table) is None
