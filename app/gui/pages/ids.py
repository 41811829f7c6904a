"""The wizard's page ids (the order of the first run)."""

from enum import IntEnum


class PageId(IntEnum):
    """Every wizard page, in first-run order."""

    WELCOME = 0
    LANGUAGE = 1
    CREATE_CASE = 2
    RECOVERY_CODE = 3
    ABOUT_YOU = 4
    ADD_IMAGES = 5
    ABOUT_IMAGES = 6
    FINGERPRINTING = 7
    REVIEW = 8
    NEXT_STEPS = 9
