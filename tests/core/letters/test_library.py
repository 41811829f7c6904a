"""The letters' resources: manifests, citations, texts, templates and the platform directory."""

import re
import tomllib
from pathlib import Path

import pytest

from app.core.languages import LANGUAGES
from app.core.letters.kinds import LetterType
from app.core.letters.library import LetterResourcesDamaged, load_library, parse_manifest
from app.core.letters.needs import NEED_CHECKS
from app.core.letters.platforms import PlatformDirectoryDamaged, default_directory, parse_directory
from app.paths import resources_dir

LETTERS = resources_dir() / "letters"
# What a statute number looks like: "§ 3", "Article 16", "artikel 17", "Art. 9", "U.S.C.".
STATUTE = re.compile(r"§|\b[Aa]rt(icle|ikel|\.)\s*\d|U\.S\.C\.|\blid \d|\bs\.\s?\d{2}")


def test_every_type_has_a_manifest_with_cited_elements(tmp_path: Path) -> None:
    library = load_library(LETTERS)
    assert list(library.manifests) == list(LetterType)
    for manifest in library.manifests.values():
        assert manifest.elements
        for element in manifest.elements:
            assert element.citation.key in library.law
            for language in LANGUAGES:
                assert element.label.get(language)
            assert set(element.needs) <= set(NEED_CHECKS)
        for language in LANGUAGES:
            assert (library.template_folder(language) / f"{manifest.type}.html.j2").is_file()


def test_statute_numbers_live_only_in_law_toml() -> None:
    offenders = [
        f"{path.relative_to(LETTERS)}: {match.group(0)!r}"
        for path in sorted(LETTERS.rglob("*.j2"))
        for match in STATUTE.finditer(path.read_text(encoding="utf-8"))
    ]
    assert not offenders, offenders
    law = tomllib.loads((LETTERS / "law.toml").read_text(encoding="utf-8"))
    assert STATUTE.search(law["tida_3_a_1_B_i"]["en"])  # the pattern does catch numbers


def test_unverified_citations_are_marked_and_named() -> None:
    library = load_library(LETTERS)
    article = library.law["sr_139h"]
    assert article.verified is False
    assert "misbruik van seksueel beeldmateriaal" in article.text.get("nl")
    assert "misuse of sexual images" in article.text.get("en")


def test_the_exact_statements_of_letters_md() -> None:
    english = (LETTERS / "en" / "dsa-notice.html.j2").read_text(encoding="utf-8")
    dutch = (LETTERS / "nl" / "dsa-notice.html.j2").read_text(encoding="utf-8")
    assert (
        "I confirm my bona fide belief that the information and allegations in this notice "
        "are accurate and complete." in english
    )
    assert (
        "Ik verklaar te goeder trouw dat de informatie en beschuldigingen in deze melding "
        "juist en volledig zijn." in dutch
    )
    dmca = (LETTERS / "en" / "dmca.html.j2").read_text(encoding="utf-8")
    assert "under penalty of perjury" in dmca


def test_a_manifest_citing_unknown_law_is_refused() -> None:
    library = load_library(LETTERS)
    document = tomllib.loads((LETTERS / "dsa-notice.toml").read_text(encoding="utf-8"))
    document["element"][0]["citation"] = "no_such_law"
    with pytest.raises(LetterResourcesDamaged, match="no_such_law"):
        parse_manifest(document, library.law)
    document["element"][0]["citation"] = "dsa_16"
    document["element"][0]["needs"] = ["telepathy"]
    with pytest.raises(LetterResourcesDamaged, match="unknown needs"):
        parse_manifest(document, library.law)


# --- the platform directory -------------------------------------------------------------------

# Every platform of docs/letters.md section 5, with one domain each must recognise.
SECTION_5 = {
    "slack": "acme.slack.com",
    "discord": "discord.gg",
    "x": "twitter.com",
    "reddit": "i.redd.it",
    "telegram": "t.me",
    "meta": "www.instagram.com",
    "tiktok": "vm.tiktok.com",
    "snapchat": "www.snapchat.com",
    "google-search": "www.google.co.uk",
    "bing": "www.bing.com",
    "pornhub": "www.pornhub.com",
    "onlyfans": "onlyfans.com",
}


def test_every_platform_of_letters_md_is_in_the_directory() -> None:
    directory = default_directory()
    ids = {platform.id for platform in directory.platforms}
    assert set(SECTION_5) | {"other-adult"} <= ids
    for platform_id, host in SECTION_5.items():
        platform = directory.recognise(host)
        assert platform is not None and platform.id == platform_id, host
        assert platform.last_checked.year >= 2026
        assert platform.channels and platform.accepts
        for language in LANGUAGES:
            assert platform.notes_in(language)
    assert directory.unknown.instructions_in("en") and directory.unknown.instructions_in("nl")


@pytest.mark.parametrize(
    ("address", "verified"),
    [
        ("integrity@slack.com", True),
        ("https://discord.com/report", True),
        ("https://help.x.com/forms/safety-and-sensitive-content/take-it-down", True),
        ("contact@reddit.com", False),
        ("dmca@telegram.org", False),
        ("ip@fb.com", False),
        ("copyright@tiktok.com", False),
        ("https://www.microsoft.com/en-us/concern/revengeporn", False),
        ("dmca@pornhub.com", False),
        ("https://onlyfans.com/dmca", False),
    ],
)
def test_channels_are_marked_as_letters_md_marks_them(address: str, verified: bool) -> None:
    channels = [
        c for p in default_directory().platforms for c in p.channels if c.address == address
    ]
    assert channels and all(channel.verified is verified for channel in channels)


def test_feedback_at_slack_is_never_a_channel() -> None:
    slack = default_directory().platform("slack")
    assert "feedback@slack.com" in slack.never_use
    assert all(channel.address != "feedback@slack.com" for channel in slack.channels)


def test_unknown_domains_are_not_claimed() -> None:
    directory = default_directory()
    for host in ("forum.example", "notslack.com", "slack.com.evil.example", "google.example"):
        assert directory.recognise(host) is None, host


def test_only_confirmed_promises_become_deadlines() -> None:
    snap = default_directory().platform("snapchat")
    assert snap.deadline is not None and snap.deadline.verified is False
    discord = default_directory().platform("discord")
    assert discord.deadline is not None and discord.deadline.verified
    assert discord.deadline.types == (LetterType.TAKE_IT_DOWN,)


def test_a_damaged_directory_is_refused() -> None:
    document = tomllib.loads((resources_dir() / "platforms.toml").read_text(encoding="utf-8"))
    document["platform"][0]["channel"][0]["types"] = ["fax"]
    with pytest.raises(PlatformDirectoryDamaged):
        parse_directory(document)
    document = tomllib.loads((resources_dir() / "platforms.toml").read_text(encoding="utf-8"))
    document["platform"][1]["id"] = document["platform"][0]["id"]
    with pytest.raises(PlatformDirectoryDamaged, match="twice"):
        parse_directory(document)
