"""The evidence log in the window: recording where a copy was found with every field, the
platform recognised as the address is typed, the host route with its look-up (against a
real RDAP server on 127.0.0.1), screenshots kept encrypted and named by SHA-256, and the
copies on the dashboard. Real case files, real fingerprints, real picture files."""

import hashlib
import json
from datetime import timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.core.vault import Sighting, SightingStatus
from app.core.vault.evidence import FOLDER_NAME
from app.gui.controller import AppController
from app.gui.dashboard import Action, DashboardWindow
from app.gui.evidence.common import grouped_hash
from app.gui.evidence.window import SightingWindow
from app.gui.letters.window import LetterWindow
from tests.core.letters.rdap_server import Routes
from tests.gui.audit import files_written
from tests.gui.evidence_cases import (
    config_fixture,  # noqa: F401 - a fixture
    dashboard_fixture,  # noqa: F401 - a fixture
    rdap_fixture,  # noqa: F401 - a fixture
    screenshot_file,
)
from tests.gui.helpers import WAIT_MS, dialogs_of, home_of, newest_window, open_window


def open_new(qtbot: QtBot, dashboard: DashboardWindow) -> SightingWindow:
    button = dashboard.copies.buttons[Action.RECORD_COPY]
    return open_window(qtbot, button, SightingWindow, lambda window: window.item_list.count() == 3)


def sightings(controller: AppController) -> list[Sighting]:
    assert controller.session is not None
    return controller.session.case.read(lambda repo: repo.sightings())


def tick(window: SightingWindow, label: str) -> None:
    for row in range(window.item_list.count()):
        entry = window.item_list.item(row)
        if entry.text() == label:
            entry.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(label)


def test_a_copy_is_recorded_with_every_field_and_its_screenshots_encrypted(
    qtbot: QtBot, dashboard: DashboardWindow, controller: AppController, tmp_path: Path
) -> None:
    dialogs, home = dialogs_of(controller), home_of(controller)
    window = open_new(qtbot, dashboard)
    # The advice comes first: keep evidence before reporting; do not contact them.
    assert "Keep evidence before you report anything" in window.advice.text()
    assert "Do not contact the person who shared it" in window.advice.text()
    QTest.keyClicks(window.url, "discord.com/channels/9/8/7?utm_source=share")
    assert "Recognised: Discord (chat service)." in window.url_note.text()
    assert "utm_source" in window.url_note.text() and "https://" in window.url_note.text()
    assert not window.unknown_box.isVisibleTo(window)
    window.found_at.zone.setCurrentIndex(window.found_at.zone.findData("Europe/Amsterdam"))
    window.found_at.when.setDateTime(
        window.found_at.when.dateTime().fromString("2026-01-15 21:30", "yyyy-MM-dd HH:mm")
    )
    window.how_found.setText("A friend told me")
    window.handle.setText("sharer#1234")
    window.uploader_id.setText("112233445566")
    window.display_name.setText("Sharer")
    window.profile_url.setText("discord.com/users/112233445566")
    window.contact.setText("+31 6 9999 0000")
    window.description.setPlainText("A photo of me in a bedroom; my face is visible.")
    window.personal_data.setPlainText("My first name and my town.")
    window.threats.setPlainText("He said he would send it to my employer.")
    window.context.setPlainText("Posted in a server of 300 people.")
    window.identifying.setText("My face and a tattoo")
    window.ai_made.setCurrentIndex(window.ai_made.findData("real"))
    tick(window, "Picture 1")
    shots = [
        screenshot_file(tmp_path / "shots", "message.png", "teal"),
        screenshot_file(tmp_path / "shots", "page.png", "navy"),
    ]
    dialogs.screenshots = [str(path) for path in shots]
    window.screenshots.add.click()
    qtbot.waitUntil(lambda: len(window.screenshots.pending) == 2, timeout=WAIT_MS)
    rows = {row.screenshot.name: row for row in window.screenshots.pending}
    for path in shots:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        assert grouped_hash(digest) in rows[path.name].hash.text()
    rows["message.png"].harmless.setChecked(True)
    rows["message.png"].description.setText("His message with the threat")
    with files_written() as written:
        window.save.click()
        qtbot.waitUntil(lambda: window.sighting_id is not None, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: len(window.screenshots.stored) == 2, timeout=WAIT_MS)
    # Nothing was written outside the case's folder.
    outside = [path for path in written if not Path(path).resolve().is_relative_to(home.resolve())]
    assert not outside, outside
    recorded = next(s for s in sightings(controller) if s.id == window.sighting_id)
    assert recorded.url == "https://discord.com/channels/9/8/7"
    assert recorded.platform == "Discord" and recorded.service_type == "chat"
    assert recorded.found_at.isoformat() == "2026-01-15T21:30:00+01:00"
    assert (recorded.how_found, recorded.uploader_handle, recorded.uploader_id) == (
        "A friend told me",
        "sharer#1234",
        "112233445566",
    )
    assert recorded.uploader_display_name == "Sharer"
    assert recorded.uploader_profile_url == "https://discord.com/users/112233445566"
    assert recorded.uploader_contact == "+31 6 9999 0000"
    assert recorded.description == "A photo of me in a bedroom; my face is visible."
    assert recorded.personal_data_shown == "My first name and my town."
    assert recorded.threats == "He said he would send it to my employer."
    assert recorded.context == "Posted in a server of 300 people."
    assert recorded.identifying_features == "My face and a tattoo"
    assert recorded.ai_made == "real" and recorded.status is SightingStatus.ONLINE
    assert recorded.status_verified_at is not None and recorded.next_recheck_at is not None
    assert recorded.next_recheck_at - recorded.status_verified_at == timedelta(days=7)
    labels = controller.session.case.read(  # type: ignore[union-attr]
        lambda repo: [i.label for i in repo.items() if i.id in recorded.item_ids]
    )
    assert labels == ["Picture 1"]
    # The screenshots: encrypted in the case's evidence folder, named by their SHA-256.
    evidence = controller.session.case.read(  # type: ignore[union-attr]
        lambda repo: repo.evidence_files(recorded.id)
    )
    by_hash = {record.sha256: record for record in evidence}
    folder = home / FOLDER_NAME
    stored_files = list(folder.iterdir())
    for path in shots:
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        assert digest in by_hash
        assert (folder / f"{digest}.sme").is_file()
        assert controller.session.case.evidence.read(digest) == data  # type: ignore[union-attr]
        for stored in stored_files:
            assert data[8:64] not in stored.read_bytes(), "a screenshot is stored in the clear"
    message = by_hash[hashlib.sha256(shots[0].read_bytes()).hexdigest()]
    assert message.shows_no_intimate_image and message.description == "His message with the threat"
    assert message.media_type == "image/png"
    page = by_hash[hashlib.sha256(shots[1].read_bytes()).hexdigest()]
    assert not page.shows_no_intimate_image
    assert "Saved in your case" in window.saved_note.text()
    assert "2 screenshots kept" in window.saved_note.text()
    # The dashboard lists it.
    qtbot.waitUntil(lambda: dashboard.copies.model.rowCount() == 4, timeout=WAIT_MS)


def test_an_unknown_site_leads_to_the_host_look_up_which_sends_only_the_address(
    qtbot: QtBot,
    dashboard: DashboardWindow,
    controller: AppController,
    rdap: tuple[str, Routes],
) -> None:
    window = open_new(qtbot, dashboard)
    network = {
        "objectClassName": "ip network",
        "name": "EXAMPLE-NET",
        "entities": [
            {"roles": ["registrant"], "vcardArray": ["vcard", [["fn", {}, "text", "Host B.V."]]]},
            {
                "roles": ["abuse"],
                "vcardArray": ["vcard", [["email", {}, "text", "abuse@host.example"]]],
            },
        ],
    }
    _url, routes = rdap
    routes.answers["/ip/192.0.2.10"] = (200, {}, json.dumps(network).encode())
    QTest.keyClicks(window.url, "http://192.0.2.10/gallery/7?secret=not-sent")
    assert window.unknown_box.isVisibleTo(window)
    assert window.look_up.text().replace("&", "") == "Look up host"
    assert "Look up host" in window.unknown_steps.text()
    assert routes.received == [], "nothing is asked before the button is pressed"
    window.look_up.click()
    qtbot.waitUntil(lambda: window.lookup is not None, timeout=WAIT_MS)
    assert routes.paths == ["/ip/192.0.2.10"]
    assert "secret" not in routes.received[0].request_line
    assert "Host B.V." in window.lookup_result.text()
    assert "abuse@host.example" in window.lookup_result.text()
    window.description.setPlainText("A cropped copy.")
    window.save.click()
    qtbot.waitUntil(lambda: window.sighting_id is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.detail is not None, timeout=WAIT_MS)
    recorded = next(s for s in sightings(controller) if s.id == window.sighting_id)
    assert (recorded.host, recorded.host_abuse_email) == ("Host B.V.", "abuse@host.example")
    assert recorded.lookup_at is not None and recorded.platform == ""
    assert recorded.url == "http://192.0.2.10/gallery/7?secret=not-sent"


def test_what_is_not_a_web_address_is_said_plainly_and_cannot_be_saved(
    qtbot: QtBot, dashboard: DashboardWindow
) -> None:
    window = open_new(qtbot, dashboard)
    assert not window.save.isEnabled(), "nothing to save before an address is typed"
    for typed in ("not a web address", "javascript:alert(1)", "<script>alert(1)</script>"):
        window.url.setText(typed)
        assert "not a web address yet" in window.url_note.text(), typed
        assert not window.save.isEnabled()
        assert not window.unknown_box.isVisibleTo(window)
    # Without a scheme: https:// is added, and said so.
    window.url.setText("www.reddit.com/r/x/comments/abc?utm_medium=web&context=3")
    assert "“https://” will be added" in window.url_note.text()
    assert "utm_medium" in window.url_note.text()
    assert window.save.isEnabled()


def test_a_file_that_is_not_a_picture_or_is_200_mb_is_refused_by_name(
    qtbot: QtBot, dashboard: DashboardWindow, controller: AppController, tmp_path: Path
) -> None:
    dialogs = dialogs_of(controller)
    window = open_new(qtbot, dashboard)
    text = tmp_path / "notes.png"
    text.write_text("<script>alert(1)</script> not a picture")
    huge = tmp_path / "huge.png"
    with huge.open("wb") as sink:
        sink.write(screenshot_file(tmp_path / "small").read_bytes())
        sink.truncate(200 * 2**20)  # 200 MB (sparse: nothing is really written)
    good = screenshot_file(tmp_path / "shots", "good.png")
    dialogs.screenshots = [str(text), str(huge), str(good)]
    window.screenshots.add.click()
    qtbot.waitUntil(lambda: not window._checking, timeout=WAIT_MS)
    # The good one is kept; each refusal names its file and says why.
    assert [row.screenshot.name for row in window.screenshots.pending] == ["good.png"]
    warnings = {text for kind, _headline, text in dialogs.messages if kind == "warn"}
    assert any("“notes.png” is not a picture" in warning for warning in warnings), warnings
    assert any("“huge.png” is larger than 50 MB" in warning for warning in warnings), warnings
    assert all(
        headline == "This screenshot was not added" for kind, headline, _ in dialogs.messages
    )


def test_a_recorded_copy_opens_again_keeps_its_time_zone_and_leads_to_a_letter(
    qtbot: QtBot, dashboard: DashboardWindow, controller: AppController
) -> None:
    window = open_new(qtbot, dashboard)
    window.url.setText("https://www.pornhub.com/view_video.php?viewkey=abc")
    window.found_at.zone.setCurrentIndex(window.found_at.zone.findData("America/New_York"))
    window.found_at.when.setDateTime(
        window.found_at.when.dateTime().fromString("2026-03-01 09:15", "yyyy-MM-dd HH:mm")
    )
    hostile = "<script>alert(1)</script> {{ 7*7 }} \u202eevil\u202c"
    window.description.setPlainText(hostile)
    window.save.click()
    qtbot.waitUntil(lambda: window.detail is not None, timeout=WAIT_MS)
    window.close()
    recorded = next(s for s in sightings(controller) if s.id == window.sighting_id)
    assert recorded.found_at.isoformat() == "2026-03-01T09:15:00-05:00"
    assert recorded.description == hostile
    # Opened again from the dashboard: the same moment, whatever this computer's zone.
    qtbot.waitUntil(lambda: dashboard.copies.model.rowCount() == 4, timeout=WAIT_MS)
    row = next(row for row in range(4) if dashboard.copies.model.records()[row].id == recorded.id)
    dashboard.copies.table.setCurrentIndex(dashboard.copies.model.index(row, 0))
    QTest.mouseClick(dashboard.copies.open_button, Qt.MouseButton.LeftButton)
    opened = newest_window(SightingWindow)
    qtbot.waitUntil(lambda: opened.detail is not None, timeout=WAIT_MS)
    assert opened.description.toPlainText() == hostile
    assert opened.found_at.moment() == recorded.found_at
    assert opened.status.isVisibleTo(opened) and opened.letter.isVisibleTo(opened)
    opened.status.setCurrentIndex(opened.status.findData(SightingStatus.REMOVED.value))
    assert opened.recheck.currentData() == 30, "a removed copy is checked again in a month"
    opened.save.click()
    qtbot.waitUntil(lambda: "Saved in your case." in opened.saved_note.text(), timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: (
            next(s for s in sightings(controller) if s.id == recorded.id).status
            is SightingStatus.REMOVED
        ),
        timeout=WAIT_MS,
    )
    changed = next(s for s in sightings(controller) if s.id == recorded.id)
    assert changed.found_at == recorded.found_at, "saving again does not move the moment"
    # "Write a letter about it" opens the letter window with this copy ticked.
    opened.letter.click()
    letter = [w for w in QApplication.topLevelWidgets() if isinstance(w, LetterWindow)][-1]
    qtbot.waitUntil(lambda: letter.copies.chosen_ids() == (recorded.id,), timeout=WAIT_MS)
