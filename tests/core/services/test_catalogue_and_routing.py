"""The service catalogue and who each service is for."""

import tomllib
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.core.languages import LANGUAGES
from app.core.services.catalogue import (
    CatalogueError,
    Text,
    default_catalogue,
    load_catalogue,
    parse_catalogue,
)
from app.core.services.eligibility import decide, route
from app.core.vault import AgeInContent, Item
from app.paths import resources_dir


def item(**answers: object) -> Item:
    base = Item(
        label="Photo 1",
        kind="image",
        sha256="a" * 64,
        md5="b" * 32,
        added_at=datetime(2026, 1, 1, tzinfo=UTC),
        age_in_content=AgeInContent.ADULT,
        user_appears=True,
        original_on_device=True,
    )
    return replace(base, **answers)  # type: ignore[arg-type]


def test_the_shipped_catalogue_is_complete_in_both_languages() -> None:
    catalogue = default_catalogue()
    assert {service.id for service in catalogue.services} == {
        "stopncii",
        "take-it-down",
        "hash-bank",
        "hash-export",
    }
    assert {referral.id for referral in catalogue.referrals} == {"cybertipline", "police"}
    for service in catalogue.services:
        for text in (
            service.name,
            service.summary,
            service.returns,
            service.does_not,
            service.withdraw,
        ):
            assert all(text.by_language[language] for language in LANGUAGES)
        assert len(service.eligibility.get("en")) == len(service.eligibility.get("nl"))
        assert service.kind != "website" or service.url.startswith("https://")
    assert "partner platforms" in catalogue.service("stopncii").does_not.get("en")
    assert "partnerplatforms" in catalogue.service("stopncii").does_not.get("nl")


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        (
            {},
            {
                "stopncii": "applies",
                "take-it-down": "adult_content",
                "hash-bank": "applies",
                "hash-export": "applies",
            },
        ),
        (
            {"age_in_content": AgeInContent.UNDER_18},
            {"stopncii": "minor_content", "take-it-down": "applies", "hash-bank": "minor_content"},
        ),
        (
            {"age_in_content": AgeInContent.UNSURE},
            {
                "stopncii": "minor_content",
                "take-it-down": "applies",
                "hash-export": "minor_content",
            },
        ),
        ({"user_appears": False}, {"stopncii": "user_not_in_it", "hash-bank": "applies"}),
        ({"user_appears": None}, {"stopncii": "user_appearance_unknown"}),
        ({"original_on_device": False}, {"stopncii": "not_on_device", "hash-bank": "applies"}),
        (
            {"original_on_device": False, "age_in_content": AgeInContent.UNDER_18},
            {"take-it-down": "not_on_original_device"},
        ),
        ({"kind": "video"}, {"stopncii": "applies"}),
    ],
)
def test_routing_decisions(answers: dict[str, object], expected: dict[str, str]) -> None:
    catalogue = default_catalogue()
    for service_id, reason in expected.items():
        decision = decide(catalogue.service(service_id), item(**answers))
        assert decision.reason_id == reason, service_id
        assert decision.applies == (reason == "applies")
        assert catalogue.reason(reason).get("nl")


def test_content_of_a_minor_is_referred_to_the_cybertipline_and_police() -> None:
    catalogue = default_catalogue()
    minor = route(catalogue, item(age_in_content=AgeInContent.UNSURE, id=7))
    assert [service.id for service in minor.applicable()] == ["take-it-down"]
    assert [referral.id for referral in minor.referrals] == ["cybertipline", "police"]
    adult = route(catalogue, item())
    assert adult.referrals == ()


def test_a_damaged_catalogue_is_refused_plainly(tmp_path: Path) -> None:
    broken = tmp_path / "services.toml"
    broken.write_text("[[service]\nid = ")
    with pytest.raises(CatalogueError, match="Reinstall StillMine"):
        load_catalogue(broken)
    with pytest.raises(CatalogueError, match="missing or damaged"):
        load_catalogue(tmp_path / "missing.toml")
    document = tomllib.loads((resources_dir() / "services.toml").read_text())
    del document["service"][0]["summary"]["nl"]
    with pytest.raises(CatalogueError, match="every language"):
        parse_catalogue(document)


def test_texts_fall_back_to_english() -> None:
    assert Text({"en": "hello", "nl": ""}).get("nl") == "hello"
    assert Text({"en": "hello", "nl": "hallo"}).get("de") == "hello"
