"""Registering with a hash bank, against a real HTTP server that behaves like HMA."""

import time
from pathlib import Path

import pytest

from app.core.errors import UserError
from app.core.fingerprints import VideoFingerprint
from app.core.fingerprints.video import fingerprint_video
from app.core.net import BankName, HashBankConnection, Note
from app.core.services.catalogue import default_catalogue
from app.core.services.export import build_export
from app.core.services.hashbank import (
    BankRefused,
    BankSettings,
    confirm_pending,
    plan,
    register,
    withdraw,
)
from app.core.vault import AgeInContent, BankEntryState, CaseFile, item_from_fingerprint
from tests.hma_server import FakeBank


def settings(note: str = "", token: str = "") -> BankSettings:
    return BankSettings(url="", bank=BankName("MY_CASE"), token=token, note=Note(note))


def entries(case: CaseFile) -> list:  # type: ignore[type-arg]
    registration = case.read(lambda repo: repo.registrations()[-1])
    return case.read(lambda repo: repo.bank_entries(registration.id))


def run(case: CaseFile, url: str, chosen_settings: BankSettings | None = None, **options: object):  # type: ignore[no-untyped-def]
    chosen = plan(
        default_catalogue(), case.read(lambda repo: repo.items()), chosen_settings or settings()
    )
    connection = HashBankConnection(
        url, auth_header=(chosen_settings or settings()).auth_header, timeout=2.0
    )
    return register(case, connection, chosen, index_wait_seconds=20.0, **options)  # type: ignore[arg-type]


def test_a_whole_registration_is_sent_recorded_and_confirmed(
    case_with_photos: CaseFile, bank: tuple[str, FakeBank]
) -> None:
    url, fake = bank
    report = run(case_with_photos, url, settings(note="my own note"), create_bank=True)
    assert (report.sent, report.confirmed, report.failed) == (3, 3, 0)
    assert "MY_CASE" in fake.banks
    assert [content.note for content in fake.contents.values()] == ["my own note"] * 3
    stored = entries(case_with_photos)
    assert [entry.state for entry in stored] == [BankEntryState.CONFIRMED] * 3
    assert sorted(entry.content_id for entry in stored) == [1, 2, 3]
    events = case_with_photos.read(lambda repo: repo.events())
    sent = [event for event in events if event.kind == "hash-bank" and "Sent" in event.summary]
    assert len(sent) == 3
    assert all('"note": "my own note"' in event.detail for event in sent)


def test_the_plan_leaves_out_content_of_someone_under_18(case_with_photos: CaseFile) -> None:
    chosen = plan(default_catalogue(), case_with_photos.read(lambda repo: repo.items()), settings())
    assert [planned.label for planned in chosen.signals] == ["Photo 1", "Photo 2", "Photo 3"]
    assert chosen.skipped[0][0] == "Photo 4"
    assert "under 18" in chosen.skipped[0][1]
    requests = chosen.requests("http://127.0.0.1:5100")
    assert requests[0].startswith('POST http://127.0.0.1:5100/c/bank/MY_CASE/signal  {"pdq":"')


def test_running_again_sends_nothing_twice(
    case_with_photos: CaseFile, bank: tuple[str, FakeBank]
) -> None:
    url, fake = bank
    run(case_with_photos, url, create_bank=True)
    report = run(
        case_with_photos, url, create_bank=True
    )  # the bank exists now: 403, then a look-up
    assert report.sent == 0
    assert fake.adds == 3
    assert len(fake.contents) == 3


def test_a_server_error_mid_batch_can_be_retried_without_duplicates(
    case_with_photos: CaseFile, bank: tuple[str, FakeBank]
) -> None:
    url, fake = bank
    fake.behaviour.fail_adds_after = 1
    report = run(case_with_photos, url, create_bank=True)
    assert (report.sent, report.failed) == (1, 1)
    assert "HTTP 500" in report.messages[0]
    states = [entry.state for entry in entries(case_with_photos)]
    assert states == [BankEntryState.CONFIRMED, BankEntryState.FAILED, BankEntryState.PLANNED]
    fake.behaviour.fail_adds_after = None
    retried = run(case_with_photos, url)
    assert retried.sent == 2
    assert len(fake.contents) == 3
    assert all(entry.state is BankEntryState.CONFIRMED for entry in entries(case_with_photos))


def test_a_lost_answer_is_looked_up_before_sending_again(
    case_with_photos: CaseFile, bank: tuple[str, FakeBank]
) -> None:
    url, fake = bank
    fake.behaviour.drop_after_store = True
    first = run(case_with_photos, url, create_bank=True)
    assert first.uncertain == 1
    assert entries(case_with_photos)[0].state is BankEntryState.UNCERTAIN
    assert len(fake.contents) == 1  # the bank did store it
    fake.behaviour.drop_after_store = False
    second = run(case_with_photos, url)
    assert second.sent == 2
    assert len(fake.contents) == 3  # nothing was sent twice
    assert all(entry.state is BankEntryState.CONFIRMED for entry in entries(case_with_photos))


def test_a_slow_server_times_out_and_is_not_resent_blindly(
    case_with_photos: CaseFile, bank: tuple[str, FakeBank]
) -> None:
    url, fake = bank
    fake.behaviour.slow_seconds = 3.0  # longer than the 2 s time-out
    report = run(case_with_photos, url, create_bank=True)
    assert report.uncertain == 1
    assert "did not answer in time" in report.messages[0]
    states = [entry.state for entry in entries(case_with_photos)]
    assert states == [BankEntryState.UNCERTAIN, BankEntryState.PLANNED, BankEntryState.PLANNED]
    time.sleep(1.5)  # let the slow add finish storing on the server
    fake.behaviour.slow_seconds = 0.0
    assert run(case_with_photos, url).sent == 2
    assert len(fake.contents) == 3  # the slow one was found, not sent again


def test_the_index_delay_leaves_entries_pending_then_confirmed(
    case_with_photos: CaseFile, bank: tuple[str, FakeBank]
) -> None:
    url, fake = bank
    fake.behaviour.index_delay = 3600
    chosen = plan(default_catalogue(), case_with_photos.read(lambda repo: repo.items()), settings())
    connection = HashBankConnection(url, timeout=2.0)
    report = register(
        case_with_photos, connection, chosen, create_bank=True, index_wait_seconds=0.5
    )
    assert (report.sent, report.confirmed, report.pending) == (3, 0, 3)
    fake.behaviour.index_delay = 0
    registration = case_with_photos.read(lambda repo: repo.registrations()[-1])
    later = confirm_pending(case_with_photos, connection, registration, index_wait_seconds=5)
    assert later.confirmed == 3


def test_withdrawing_removes_every_fingerprint(
    case_with_photos: CaseFile, bank: tuple[str, FakeBank]
) -> None:
    url, fake = bank
    run(case_with_photos, url, create_bank=True)
    registration = case_with_photos.read(lambda repo: repo.registrations()[-1])
    withdraw(case_with_photos, HashBankConnection(url), registration)
    assert fake.contents == {}
    assert all(entry.state is BankEntryState.WITHDRAWN for entry in entries(case_with_photos))
    assert case_with_photos.read(lambda repo: repo.registrations()[-1]).withdrawn_at is not None


def test_a_refused_token_and_an_existing_bank_are_told_apart(
    case_with_photos: CaseFile, bank: tuple[str, FakeBank]
) -> None:
    url, fake = bank
    fake.behaviour.token = "the right token"
    with pytest.raises(UserError, match="access token is missing or wrong"):
        run(case_with_photos, url, settings(token="a wrong token"), create_bank=True)
    report = run(case_with_photos, url, settings(token="the right token"), create_bank=True)
    assert report.sent == 3
    token = case_with_photos.read(lambda repo: repo.reveal_token(repo.registrations()[-1]))
    assert token == "the right token"


def test_a_bank_name_the_server_refuses(
    case_with_photos: CaseFile, bank: tuple[str, FakeBank]
) -> None:
    with pytest.raises(UserError, match="capital letters"):
        BankName("my case")
    url, _fake = bank
    with pytest.raises(UserError, match="no bank called"):
        run(case_with_photos, url, create_bank=False)


def test_hostile_json_is_refused_plainly(
    case_with_photos: CaseFile, bank: tuple[str, FakeBank]
) -> None:
    url, fake = bank
    fake.behaviour.hostile_json = True
    report = run(case_with_photos, url, create_bank=True)
    assert report.failed == 1
    assert "no content id" in report.messages[0]


def test_an_unreachable_bank(case_with_photos: CaseFile, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="refused the connection"):
        run(case_with_photos, "http://127.0.0.1:9", create_bank=True)


def test_nothing_but_hashes_and_notes_reaches_the_bank(
    case_with_photos: CaseFile, bank: tuple[str, FakeBank], photos: list[Path]
) -> None:
    url, fake = bank
    run(case_with_photos, url, settings(note="a note I wrote"), create_bank=True)
    traffic = fake.traffic()
    assert b"a note I wrote" in traffic
    windows = {traffic[i : i + 64] for i in range(len(traffic) - 63)}
    for photo in photos:
        data = photo.read_bytes()
        assert not any(data[i : i + 64] in windows for i in range(len(data) - 63))
        assert photo.name.encode() not in traffic
        assert str(photo.parent).encode() not in traffic
        assert photo.stem.encode() not in traffic
    assert b"Photo 1" not in traffic  # not even the neutral labels


def add_video(case: CaseFile, testdata: Path) -> VideoFingerprint:
    """Add a real video (an adult's, so every service applies) to the case."""
    video = fingerprint_video(str(testdata / "video" / "pattern-sd-grey-bar.mp4"))
    item = item_from_fingerprint(
        video, "Video 1", age_in_content=AgeInContent.ADULT, user_appears=True
    )
    case.change(lambda repo: repo.add_item(item))
    return video


def test_videos_are_registered_by_their_md5(
    case_with_photos: CaseFile, bank: tuple[str, FakeBank], testdata: Path
) -> None:
    video = add_video(case_with_photos, testdata)
    url, fake = bank
    report = run(case_with_photos, url, create_bank=True)
    assert report.sent == 4
    assert {"video_md5": video.md5} in [content.signals for content in fake.contents.values()]
    assert (
        f"video_md5 {video.md5}"
        in build_export(case_with_photos.read(lambda r: r.items()), "te").text
    )


def test_the_plan_leaves_out_a_picture_too_plain_for_pdq(
    case_with_a_plain_picture: CaseFile, bank: tuple[str, FakeBank]
) -> None:
    items = case_with_a_plain_picture.read(lambda repo: repo.items())
    chosen = plan(default_catalogue(), items, settings())
    assert [planned.label for planned in chosen.signals] == ["Photo 1", "Photo 2", "Photo 3"]
    assert ("Plain one", "This picture is too plain for a similarity fingerprint.") in (
        chosen.skipped
    )
    plain_pdq = items[-1].pdq
    assert plain_pdq and not any(plain_pdq in request for request in chosen.requests(""))
    url, fake = bank
    assert run(case_with_a_plain_picture, url, create_bank=True).sent == 3
    assert plain_pdq.encode() not in fake.traffic()


@pytest.mark.parametrize(("quality", "planned"), [(49, False), (50, True)])
def test_the_plan_uses_a_pdq_of_quality_50_or_more_only(
    case_with_photos: CaseFile, quality: int, planned: bool
) -> None:
    items = case_with_photos.read(lambda repo: repo.items())
    items[0].pdq_quality = quality
    chosen = plan(default_catalogue(), items, settings())
    assert ("Photo 1" in [signal.label for signal in chosen.signals]) is planned
    assert ("Photo 1" in [label for label, _reason in chosen.skipped]) is not planned


def test_a_fingerprint_the_bank_refuses_as_invalid_is_told_plainly_and_the_rest_go_on(
    case_with_photos: CaseFile, bank: tuple[str, FakeBank]
) -> None:
    url, fake = bank
    refused = case_with_photos.read(lambda repo: repo.items())[1].pdq
    assert refused
    fake.behaviour.refused_signals = {refused}
    report = run(case_with_photos, url, create_bank=True)
    assert (report.sent, report.confirmed, report.failed) == (2, 2, 1)
    message = "The hash bank refused the request as invalid (HTTP 400: Invalid pdq signal)."
    assert report.messages == [message]
    stored = entries(case_with_photos)
    assert [entry.state for entry in stored] == [
        BankEntryState.CONFIRMED,
        BankEntryState.FAILED,
        BankEntryState.CONFIRMED,
    ]
    assert stored[1].last_error == message
    events = case_with_photos.read(lambda repo: repo.events())
    assert "The hash bank refused the fingerprint of Photo 2" in [e.summary for e in events]


def test_a_bank_name_the_server_refuses_with_a_400(
    case_with_photos: CaseFile, bank: tuple[str, FakeBank]
) -> None:
    url, fake = bank
    fake.behaviour.bank_name_rule = r"TEAM_[A-Z0-9_]+"  # this bank's own naming rule
    with pytest.raises(BankRefused, match=r"refused the name MY_CASE\. Use capital letters"):
        run(case_with_photos, url, create_bank=True)
    assert fake.banks == {} and fake.adds == 0
    assert case_with_photos.read(lambda repo: repo.registrations()) == []


@pytest.mark.parametrize(
    "signal_types",
    [
        [{"name": "pdq", "enabled_ratio": 1.0}],
        [{"name": "pdq", "enabled_ratio": 1.0}, {"name": "video_md5", "enabled_ratio": 0.0}],
    ],
    ids=["not-listed", "switched-off"],
)
def test_a_bank_that_does_not_accept_video_md5_gets_only_the_pictures(
    case_with_photos: CaseFile,
    bank: tuple[str, FakeBank],
    testdata: Path,
    signal_types: list[dict[str, object]],
) -> None:
    video = add_video(case_with_photos, testdata)
    url, fake = bank
    fake.behaviour.signal_types = signal_types
    report = run(case_with_photos, url, create_bank=True)
    assert (report.sent, report.confirmed, report.failed) == (3, 3, 0)
    assert report.messages == ["This hash bank does not accept video_md5 fingerprints."]
    assert [entry.signal_type for entry in entries(case_with_photos)] == ["pdq"] * 3
    assert video.md5.encode() not in fake.traffic()
