"""A rough, offline estimate of how hard a passphrase is to guess, for the strength meter.

It is feedback, not a rule: only the minimum length is enforced (by the case file). The
estimate counts the kinds of characters used and the length, and distrusts repeated
characters, runs such as "abcd" or "1234", and the most common passwords. ``StrengthMeter``
shows it: a bar and its words. ``NewPassphrase`` is what every screen that asks for a new
passphrase shows: the passphrase, the meter, the passphrase typed again, whether the two
match, and "Show what I type".
"""

import math
from enum import IntEnum
from itertools import pairwise
from typing import Final

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QWidget,
)

from app.core.vault.store import MIN_PASSPHRASE_LENGTH
from app.gui.widgets import mark_problem, note, on_language_change, secret_field

#: The width of the strength bar.
STRENGTH_BAR_WIDTH: Final = 160

# The handful of passwords every guesser tries first (in lower case, digits stripped).
_COMMON: Final = frozenset(
    {
        "password", "wachtwoord", "qwerty", "azerty", "letmein", "welcome", "welkom",
        "iloveyou", "admin", "monkey", "dragon", "football", "sunshine", "princess",
        "abc", "abcdef", "abcdefgh", "secret", "geheim",
    }
)  # fmt: skip
_RUN: Final = 4  # this many characters in a row counts as a keyboard/alphabet run
# Words are guessed from dictionaries, not letter by letter: about 15 bits each.
_BITS_PER_WORD: Final = 15


class Strength(IntEnum):
    """How hard a passphrase is to guess."""

    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


def estimate(passphrase: str) -> Strength:
    """Estimate the strength of ``passphrase``."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return Strength.TOO_SHORT
    if passphrase.lower().strip("0123456789!?. ") in _COMMON:
        return Strength.WEAK
    bits = _character_bits(passphrase) * _variety(passphrase)
    words = passphrase.split()
    if len(words) > 1:
        bits = min(bits, len(words) * _BITS_PER_WORD)
    if _has_run(passphrase):
        bits /= 2
    if bits < 30:
        return Strength.WEAK
    if bits < 45:
        return Strength.FAIR
    if bits < 60:
        return Strength.GOOD
    return Strength.STRONG


def _character_bits(passphrase: str) -> float:
    pool = 0
    pool += 26 if any(c.islower() for c in passphrase) else 0
    pool += 26 if any(c.isupper() for c in passphrase) else 0
    pool += 10 if any(c.isdigit() for c in passphrase) else 0
    pool += 33 if any(not c.isalnum() and not c.isspace() for c in passphrase) else 0
    pool += 1 if any(c.isspace() for c in passphrase) else 0
    return len(passphrase) * math.log2(max(pool, 2))


def _variety(passphrase: str) -> float:
    # "aaaaaaaaaa" uses one character: it is worth far less than its length suggests.
    return min(1.0, 2 * len(set(passphrase)) / len(passphrase))


def _has_run(passphrase: str) -> bool:
    codes = [ord(c) for c in passphrase.lower()]
    steps = [b - a for a, b in pairwise(codes)]
    run = 1
    for step in steps:
        run = run + 1 if step in (1, -1) else 1
        if run >= _RUN:
            return True
    return False


class StrengthMeter(QWidget):
    """The strength bar with its words ("Strength: good"), for every new passphrase.

    Call ``show_for`` whenever the passphrase changes; what is typed is never kept. A
    passphrase shorter than ``minimum`` (the case file's minimum unless given) is too short.
    """

    def __init__(
        self, parent: QWidget | None = None, *, minimum: int = MIN_PASSPHRASE_LENGTH
    ) -> None:
        super().__init__(parent)
        self.minimum = minimum
        self.bar = QProgressBar()
        self.bar.setRange(0, int(Strength.STRONG))
        self.bar.setTextVisible(False)
        self.bar.setMaximumSize(STRENGTH_BAR_WIDTH, self.fontMetrics().height() // 2)
        self.label = note()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label, 1)
        self._strength = Strength.TOO_SHORT
        self.retranslate()
        on_language_change(self, self.retranslate)

    def show_for(self, passphrase: str) -> None:
        """Show how strong ``passphrase`` is."""
        too_short = len(passphrase) < self.minimum
        self._strength = Strength.TOO_SHORT if too_short else estimate(passphrase)
        self.retranslate()

    def retranslate(self) -> None:
        words = {
            Strength.TOO_SHORT: self.tr("Strength: too short (at least {0} characters)").format(
                self.minimum
            ),
            Strength.WEAK: self.tr("Strength: weak, easy to guess"),
            Strength.FAIR: self.tr("Strength: fair"),
            Strength.GOOD: self.tr("Strength: good"),
            Strength.STRONG: self.tr("Strength: strong"),
        }
        self.bar.setValue(int(self._strength))
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.bar.setAccessibleDescription(words[self._strength])
        self.label.setText(words[self._strength])


class NewPassphrase(QWidget):
    """A new passphrase, typed twice, with the strength meter (the owner names the first field
    with ``set_label``). Nothing typed is kept beyond the fields; ``clear`` empties them.

    Signals:
        changed: what was typed changed.
    """

    changed = Signal()

    def __init__(self, *, minimum: int = MIN_PASSPHRASE_LENGTH) -> None:
        super().__init__()
        self.minimum = minimum
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.label, self.confirm_label = QLabel(), QLabel()
        self.field = secret_field(self.label, form)
        self.meter = StrengthMeter(minimum=minimum)
        form.addRow(self.meter)
        self.confirm = secret_field(self.confirm_label, form)
        self.match = note()
        self.show_text = QCheckBox()
        self.show_text.toggled.connect(self._show)
        form.addRow(self.match)
        form.addRow(self.show_text)
        for field in (self.field, self.confirm):
            field.textChanged.connect(self._update)
        self.retranslate()
        on_language_change(self, self.retranslate)

    def set_label(self, label: str) -> None:
        """Name the first field (translated, with its shortcut letter)."""
        self.label.setText(label)
        self.field.setAccessibleName(label.replace("&", ""))

    def retranslate(self) -> None:
        self.confirm_label.setText(self.tr("Type it &again"))
        self.confirm.setAccessibleName(self.tr("Type the passphrase again"))
        self.show_text.setText(self.tr("&Show what I type"))
        self.show_text.setAccessibleName(self.tr("Show what I type"))
        self._update()

    def _show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.field.setEchoMode(mode)
        self.confirm.setEchoMode(mode)

    def _update(self) -> None:
        text, confirm = self.field.text(), self.confirm.text()
        self.meter.show_for(text)
        self.match.setVisible(bool(confirm))
        if not confirm:
            self.match.setText("")
        elif confirm != text:
            self.match.setText(self.tr("The two passphrases are not the same yet."))
        else:
            self.match.setText(self.tr("The two passphrases match."))
        mark_problem(self.match, confirm not in ("", text))
        self.changed.emit()

    @property
    def ready(self) -> bool:
        """Whether the passphrase is long enough and typed twice alike."""
        text = self.field.text()
        return len(text) >= self.minimum and text == self.confirm.text()

    def text(self) -> str:
        """The passphrase typed."""
        return self.field.text()

    def clear(self) -> None:
        """Forget what was typed."""
        self.field.clear()
        self.confirm.clear()
