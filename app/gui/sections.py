"""The parts of the dashboard, by name (the wizard's last page links to them)."""

from enum import StrEnum


class Section(StrEnum):
    """A part of the dashboard."""

    OVERVIEW = "overview"
    PICTURES = "pictures"
    REGISTRATIONS = "registrations"
    COPIES = "copies"
    LETTERS = "letters"
    SCAN = "scan"
