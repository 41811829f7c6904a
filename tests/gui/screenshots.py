"""Write a PNG of every wizard page, the dashboard, the registration screens and the other
windows, in both languages.

    python -m tests.gui.screenshots OUTDIR [--text-scale 2]

It walks the real app offscreen with a temporary case (test-strength key derivation) and
the real test photographs (../shared/testdata/photos), so anyone can look at every screen
without running StillMine. ``--text-scale 2`` doubles the text size, to check that nothing
is clipped. The photographs are test data; a user's pictures are never written anywhere.
"""

import argparse
import os
import shutil
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from app.core.vault import (
    TEST_ONLY_WEAK_KDF,
    CaseRepository,
    Letter,
    Registration,
    Sighting,
    SightingStatus,
    utc_now,
)
from app.gui.config import GuiConfig
from app.gui.controller import AppController
from app.gui.dashboard import DashboardWindow
from app.gui.help import HelpDialog
from app.gui.launch import build_app
from app.gui.pages.about_images import AboutImagesPage
from app.gui.sections import Section
from app.gui.settings_dialog import SettingsDialog
from app.gui.unlock import UnlockWindow
from tests.conftest import shared_dir
from tests.gui.drive import first_run
from tests.gui.fakes import ExitRecorder, FakeDialogs, MemoryKeyring
from tests.gui.loop import settle, wait_until
from tests.gui.tour import registration_tour
from tests.hma_server import running_bank


class Shooter:
    """Saves numbered screenshots for one language."""

    def __init__(self, folder: Path, language: str) -> None:
        self.folder = folder
        self.language = language
        self.count = 0

    def shoot(self, widget: QWidget, name: str) -> None:
        settle()  # let layouts and scroll bars settle
        self.count += 1
        path = self.folder / f"{self.language}-{self.count:02d}-{name}.png"
        widget.grab().save(str(path))
        print(path)


def adults_but_one_unsure(answers: AboutImagesPage) -> None:
    """Answer "18 or older" for every picture except the second ("not sure")."""
    answers.age.buttons[0].click()
    answers.use_for_all.click()
    answers.sources.setCurrentRow(1)
    answers.age.buttons[2].click()
    answers.sources.setCurrentRow(0)


def walk_wizard(controller: AppController, shooter: Shooter, photos: list[Path]) -> None:
    """Shoot every page of the first run, then finish it."""
    for name, wizard in first_run(controller, [str(p) for p in photos], adults_but_one_unsure):
        if name != "fingerprinting-started":
            shooter.shoot(wizard, name)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_until(lambda: isinstance(controller.window, DashboardWindow))


def add_example_records(controller: AppController) -> None:
    """A registration, a copy found and two letters (one overdue), to fill the dashboard."""
    session = controller.session
    assert session is not None
    now = utc_now()

    def fill(repo: CaseRepository) -> None:
        repo.add_registration(
            Registration("stopncii", case_number="SN-1", submitted_at=now,
                         next_check_at=now + timedelta(days=30)),
            [1],
        )  # fmt: skip
        repo.add_sighting(
            Sighting("https://forum.example/t/1", found_at=now - timedelta(days=9),
                     platform="forum.example", status=SightingStatus.ONLINE),
        )  # fmt: skip
        repo.add_letter(
            Letter("ncii-report", now - timedelta(days=9), recipient="forum.example",
                   sent_at=now - timedelta(days=9), deadline_at=now - timedelta(days=2),
                   status="sent")
        )  # fmt: skip
        repo.add_letter(
            Letter("host-abuse", now, recipient="Example Hosting", sent_at=now,
                   deadline_at=now + timedelta(days=5), status="sent")
        )  # fmt: skip

    session.case.change(fill)


def shoot_dashboard(controller: AppController, shooter: Shooter) -> None:
    add_example_records(controller)
    dashboard = controller.window
    assert isinstance(dashboard, DashboardWindow)
    dashboard.refresh()
    wait_until(lambda: dashboard.letters.model.rowCount() == 2)
    for index in range(dashboard.tabs.count()):
        dashboard.tabs.setCurrentIndex(index)
        shooter.shoot(dashboard, f"dashboard-{index + 1}")
    controller.show_help()
    shooter.shoot(newest(HelpDialog), "help")
    controller.show_settings()
    settings = newest(SettingsDialog)
    assert isinstance(settings, SettingsDialog)
    wait_until(settings.remember.isEnabled)  # once it knows whether the key is remembered
    shooter.shoot(settings, "settings")
    settings.close()


def shoot_registering(controller: AppController, shooter: Shooter) -> None:
    """Every registration screen, with a fake hash bank on this computer."""
    with running_bank() as (url, _bank):
        for name, window in registration_tour(controller, url):
            shooter.shoot(window, name)
    dashboard = controller.window
    assert isinstance(dashboard, DashboardWindow)
    dashboard.refresh()
    wait_until(lambda: dashboard.registrations.model.rowCount() == 3)
    dashboard.show_section(Section.REGISTRATIONS)
    shooter.shoot(dashboard, "dashboard-registrations")


def shoot_unlock(controller: AppController, shooter: Shooter) -> None:
    controller.lock()
    wait_until(lambda: isinstance(controller.window, UnlockWindow))
    unlock = controller.window
    assert isinstance(unlock, UnlockWindow)
    shooter.shoot(unlock, "unlock")
    unlock.field.setText("not my passphrase")
    unlock.open_button.click()
    wait_until(lambda: not unlock.problem_box.isHidden())
    shooter.shoot(unlock, "unlock-wrong-passphrase")


def newest(kind: type) -> QWidget:
    """The visible top-level window of type ``kind``."""
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[-1]


def run(out: Path, text_scale: float) -> None:
    """Write every screenshot into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    photos = sorted((shared_dir() / "testdata" / "photos").glob("*.png"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    if text_scale != 1:
        font = QFont(app.font())
        font.setPointSizeF(font.pointSizeF() * text_scale)
        app.setFont(font)
    keyring.set_keyring(MemoryKeyring())
    for language in ("en", "nl"):
        home = Path(tempfile.mkdtemp(prefix="stillmine-shots-"))
        try:
            shoot_language(app, home, out, language, photos)
        finally:
            shutil.rmtree(home, ignore_errors=True)


def shoot_language(
    app: QApplication, home: Path, out: Path, language: str, photos: list[Path]
) -> None:
    config = GuiConfig(
        kdf=TEST_ONLY_WEAK_KDF, home=home, fingerprint_workers=1, end_process=ExitRecorder()
    )
    controller = build_app(app, config, FakeDialogs())
    controller.ctx.settings.language = language
    controller.ctx.translations.apply(language)
    shooter = Shooter(out, language)
    try:
        walk_wizard(controller, shooter, photos)
        shoot_dashboard(controller, shooter)
        shoot_registering(controller, shooter)
        shoot_unlock(controller, shooter)
    finally:
        controller.dispose()
        controller.ctx.translations.uninstall()
        wait_until(lambda: True)  # let Qt delete the windows before the next language


def main(argv: list[str]) -> int:
    """Parse the arguments and write the screenshots."""
    parser = argparse.ArgumentParser(prog="python -m tests.gui.screenshots")
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    parser.add_argument("--text-scale", type=float, default=1.0, help="text size factor")
    args = parser.parse_args(argv)
    run(args.out, args.text_scale)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
