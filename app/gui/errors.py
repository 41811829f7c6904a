"""The one place where exceptions become messages for the user.

A ``UserError`` becomes its plain message: in English the core's own sentence (it names the
file or process concerned), in other languages the translation for its ``code``. Anything
else becomes a calm, general message, never a traceback. ``show_error`` puts the message in
a dialog; screens that explain a problem in place (the unlock screen) use ``describe``.

``FileNotSaved`` is the window's own problem: a file the user asked for (a PDF, an export)
could not be written where they chose.
"""

from typing import Final, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from app.core.errors import Cancelled, UserError
from app.core.files import display_name
from app.gui.dialogs import Dialogs

_CONTEXT: Final = "UserErrors"


class FileNotSaved(UserError):
    """A file the user asked for could not be written where they chose (nothing was changed)."""

    code = "file-not-saved"


class Message(NamedTuple):
    """A problem told plainly: a short headline and what happened and what to do."""

    headline: str
    text: str


_HEADLINES: Final = {
    "wrong-passphrase": QT_TRANSLATE_NOOP("UserErrors", "That did not open your case"),
    "case-locked": QT_TRANSLATE_NOOP("UserErrors", "Your case is already open"),
    "case-damaged": QT_TRANSLATE_NOOP("UserErrors", "Your case file could not be read"),
    "newer-version": QT_TRANSLATE_NOOP("UserErrors", "This case needs a newer StillMine"),
    "case-not-found": QT_TRANSLATE_NOOP("UserErrors", "No case was found"),
    "case-exists": QT_TRANSLATE_NOOP("UserErrors", "There is already a case here"),
    "save-failed": QT_TRANSLATE_NOOP("UserErrors", "Your last change could not be saved"),
    "keyring-unavailable": QT_TRANSLATE_NOOP(
        "UserErrors", "This computer cannot remember your case"
    ),
    "network-error": QT_TRANSLATE_NOOP("UserErrors", "The hash bank did not answer"),
    "connection-refused": QT_TRANSLATE_NOOP("UserErrors", "The hash bank is not running there"),
    "tls-failure": QT_TRANSLATE_NOOP("UserErrors", "The secure connection failed"),
    "uncertain-delivery": QT_TRANSLATE_NOOP(
        "UserErrors", "StillMine cannot tell whether the last fingerprint arrived"
    ),
    "http-error": QT_TRANSLATE_NOOP("UserErrors", "The hash bank refused the request"),
    "bad-response": QT_TRANSLATE_NOOP("UserErrors", "The hash bank's answer could not be read"),
    "catalogue-damaged": QT_TRANSLATE_NOOP("UserErrors", "StillMine's list of services is damaged"),
    "file-not-saved": QT_TRANSLATE_NOOP("UserErrors", "The file was not saved"),
    # Scanning and helper mode.
    "not-media": QT_TRANSLATE_NOOP("UserErrors", "This is not a picture or video"),
    "file-changed": QT_TRANSLATE_NOOP("UserErrors", "The file changed while it was read"),
    "archive-refused": QT_TRANSLATE_NOOP("UserErrors", "This zip archive was not opened"),
    "member-refused": QT_TRANSLATE_NOOP("UserErrors", "A file in the zip archive was not read"),
    "password-needed": QT_TRANSLATE_NOOP("UserErrors", "This file is protected by a password"),
    "helper-file-damaged": QT_TRANSLATE_NOOP("UserErrors", "This file cannot be read"),
    "weak-passphrase": QT_TRANSLATE_NOOP("UserErrors", "Choose a longer passphrase"),
    "bad-fingerprint-file": QT_TRANSLATE_NOOP("UserErrors", "The fingerprints file cannot be used"),
    "report-not-for-this-case": QT_TRANSLATE_NOOP("UserErrors", "This report is for another case"),
    # The evidence log and letters.
    "not-a-web-address": QT_TRANSLATE_NOOP("UserErrors", "This is not a web address"),
    "not-a-screenshot": QT_TRANSLATE_NOOP("UserErrors", "This screenshot was not added"),
    "bad-time": QT_TRANSLATE_NOOP("UserErrors", "Check the date and time"),
    "lookup-failed": QT_TRANSLATE_NOOP("UserErrors", "The host could not be looked up"),
    "letter-incomplete": QT_TRANSLATE_NOOP("UserErrors", "The letter still needs something"),
    "dmca-not-possible": QT_TRANSLATE_NOOP("UserErrors", "A DMCA notice is not possible here"),
    "dmca-warning-needed": QT_TRANSLATE_NOOP("UserErrors", "Read the DMCA warning first"),
    "no-printer": QT_TRANSLATE_NOOP("UserErrors", "The letter was not printed"),
    "not-found": QT_TRANSLATE_NOOP("UserErrors", "This is no longer in your case"),
    "letter-resources-damaged": QT_TRANSLATE_NOOP(
        "UserErrors", "StillMine's letter files are damaged"
    ),
    "platforms-damaged": QT_TRANSLATE_NOOP("UserErrors", "StillMine's list of sites is damaged"),
    # Backups and moving the case.
    "bundle-damaged": QT_TRANSLATE_NOOP("UserErrors", "This backup file cannot be used"),
}

# Used when the interface is not in English: the core's sentences are English only.
_EXPLANATIONS: Final = {
    "wrong-passphrase": QT_TRANSLATE_NOOP(
        "UserErrors",
        "That passphrase or recovery code does not open this case. Check for typing "
        "mistakes and that Caps Lock is off, then try again. Nothing has been changed.",
    ),
    "case-locked": QT_TRANSLATE_NOOP(
        "UserErrors",
        "Your case is open in another StillMine window. Close it there first (or wait for "
        "it to finish), then try again.",
    ),
    "case-damaged": QT_TRANSLATE_NOOP(
        "UserErrors",
        "The case file has been changed or damaged since StillMine saved it, so it cannot "
        "be trusted. Nothing has been deleted or overwritten.",
    ),
    "newer-version": QT_TRANSLATE_NOOP(
        "UserErrors",
        "This case file was made by a newer version of StillMine. Install the newer "
        "version to open it; nothing has been changed.",
    ),
    "case-not-found": QT_TRANSLATE_NOOP("UserErrors", "There is no StillMine case in this folder."),
    "case-exists": QT_TRANSLATE_NOOP(
        "UserErrors",
        "There is already a case in this folder. StillMine never replaces a case.",
    ),
    "save-failed": QT_TRANSLATE_NOOP(
        "UserErrors",
        "Saving failed, so the case file on disk is unchanged. Check that the disk is not "
        "full, then try again.",
    ),
    "keyring-unavailable": QT_TRANSLATE_NOOP(
        "UserErrors",
        "This computer has no password store StillMine can use (or it is locked), so "
        "StillMine cannot remember your case here. You will need your passphrase each time.",
    ),
    "empty-file": QT_TRANSLATE_NOOP("UserErrors", "“{name}” is empty: there is no picture in it."),
    "not-an-image": QT_TRANSLATE_NOOP(
        "UserErrors", "“{name}” is not a picture StillMine can read."
    ),
    "truncated-image": QT_TRANSLATE_NOOP(
        "UserErrors",
        "“{name}” is incomplete: the file ends before the picture does. It may not have "
        "finished downloading or copying.",
    ),
    "damaged-image": QT_TRANSLATE_NOOP(
        "UserErrors", "“{name}” looks like a picture but is damaged, so it cannot be read."
    ),
    "image-too-large": QT_TRANSLATE_NOOP(
        "UserErrors", "“{name}” has more pixels than StillMine reads safely."
    ),
    "unsupported-image": QT_TRANSLATE_NOOP(
        "UserErrors", "“{name}” uses a colour format StillMine cannot read."
    ),
    "file-missing": QT_TRANSLATE_NOOP(
        "UserErrors", "“{name}” could not be found: it may have been moved or deleted."
    ),
    "permission-denied": QT_TRANSLATE_NOOP(
        "UserErrors",
        "StillMine is not allowed to open “{name}”. Check that your user account may read it.",
    ),
    "link-loop": QT_TRANSLATE_NOOP(
        "UserErrors", "“{name}” is a shortcut that points back to itself, so it was skipped."
    ),
    "path-too-long": QT_TRANSLATE_NOOP(
        "UserErrors",
        "The folder path of “{name}” is too long for this computer to open. Move it to a "
        "folder with a shorter path.",
    ),
    "not-a-file": QT_TRANSLATE_NOOP(
        "UserErrors", "“{name}” is not a normal file, so it was skipped."
    ),
    "file-too-large": QT_TRANSLATE_NOOP(
        "UserErrors", "“{name}” is too large to be a picture StillMine reads."
    ),
    "read-error": QT_TRANSLATE_NOOP("UserErrors", "“{name}” could not be read."),
    "reader-crashed": QT_TRANSLATE_NOOP(
        "UserErrors",
        "Reading “{name}” failed unexpectedly, so it was skipped. The file may be damaged or "
        "made to attack picture readers; do not open it in other programs either.",
    ),
    "no-video-track": QT_TRANSLATE_NOOP(
        "UserErrors", "“{name}” holds no pictures or video (it may be a sound file)."
    ),
    "damaged-video": QT_TRANSLATE_NOOP(
        "UserErrors", "“{name}” looks like a video but is damaged, so it cannot be read."
    ),
    "unsupported-video": QT_TRANSLATE_NOOP(
        "UserErrors", "“{name}” uses a video format StillMine cannot read."
    ),
    "network-error": QT_TRANSLATE_NOOP(
        "UserErrors",
        "StillMine got no answer from the hash bank. Check the internet connection and the "
        "bank's address, then try again. What was already sent is kept in your case.",
    ),
    "connection-refused": QT_TRANSLATE_NOOP(
        "UserErrors",
        "Nothing answers at that address: the hash bank is not running there. Check the "
        "address with the organisation that runs it.",
    ),
    "tls-failure": QT_TRANSLATE_NOOP(
        "UserErrors",
        "The secure connection to the hash bank could not be set up. The address may be "
        "wrong, or something is intercepting the connection. Nothing was sent.",
    ),
    "uncertain-delivery": QT_TRANSLATE_NOOP(
        "UserErrors",
        "The hash bank stopped answering while StillMine sent a fingerprint. StillMine looks "
        "it up before sending it again, so nothing is sent twice.",
    ),
    "http-error": QT_TRANSLATE_NOOP(
        "UserErrors",
        "The hash bank refused the request. Check the address, the bank's name and the "
        "access token with the organisation that runs it.",
    ),
    "bad-response": QT_TRANSLATE_NOOP(
        "UserErrors",
        "The hash bank sent an answer StillMine does not understand, so StillMine stopped. "
        "Check the address with the organisation that runs it.",
    ),
    "catalogue-damaged": QT_TRANSLATE_NOOP(
        "UserErrors",
        "StillMine's list of services is missing or damaged. Install StillMine again to repair it.",
    ),
    "file-not-saved": QT_TRANSLATE_NOOP(
        "UserErrors",
        "The file could not be saved there. Choose a folder you can write to, such as your "
        "Documents folder.",
    ),
    # Scanning and helper mode.
    "not-media": QT_TRANSLATE_NOOP(
        "UserErrors",
        "“{name}” was skipped: it is not a picture or video.",
    ),
    "file-changed": QT_TRANSLATE_NOOP(
        "UserErrors",
        "“{name}” changed while it was being scanned (it may still be downloading or "
        "copying). Scan it again once it is complete.",
    ),
    "archive-refused": QT_TRANSLATE_NOOP(
        "UserErrors",
        "“{name}” was not opened: it is damaged, not a zip archive StillMine can read, or "
        "made to exhaust a computer (a zip bomb).",
    ),
    "member-refused": QT_TRANSLATE_NOOP(
        "UserErrors",
        "“{name}” inside the zip archive was not read: it is damaged or packed in a way "
        "StillMine does not read safely.",
    ),
    "password-needed": QT_TRANSLATE_NOOP(
        "UserErrors",
        "“{name}” is protected by a password, and no password that opens it was given.",
    ),
    "helper-file-damaged": QT_TRANSLATE_NOOP(
        "UserErrors",
        "The file is damaged or incomplete, or it is not a StillMine helper package or match "
        "report. Ask for it to be sent again.",
    ),
    "weak-passphrase": QT_TRANSLATE_NOOP(
        "UserErrors",
        "Choose a passphrase of at least 10 characters, and share it another way than the "
        "file (for example by phone).",
    ),
    "bad-fingerprint-file": QT_TRANSLATE_NOOP(
        "UserErrors",
        "The fingerprints file is empty or damaged. Make it again with “stillmine "
        "fingerprint --json”.",
    ),
    "report-not-for-this-case": QT_TRANSLATE_NOOP(
        "UserErrors",
        "This match report answers a helper package that was not made from this case, so "
        "nothing was imported.",
    ),
    # The evidence log and letters.
    "not-a-web-address": QT_TRANSLATE_NOOP(
        "UserErrors",
        "This is not a web address. Copy the address from the browser's address bar (it "
        "starts with https://), or use the site's “Copy link”.",
    ),
    "not-a-screenshot": QT_TRANSLATE_NOOP(
        "UserErrors",
        "“{name}” was not added: it is not a picture, or it is larger than 50 MB. Attach a "
        "screenshot, such as a PNG or JPEG file.",
    ),
    "bad-time": QT_TRANSLATE_NOOP(
        "UserErrors", "The date and time cannot be right (it is in the future). Check them."
    ),
    "lookup-failed": QT_TRANSLATE_NOOP(
        "UserErrors",
        "The public directory did not say who hosts this site. Check the internet connection "
        "and try again later, or use an RDAP or WHOIS website yourself.",
    ),
    "letter-incomplete": QT_TRANSLATE_NOOP(
        "UserErrors",
        "The letter is not made yet: the checklist names what is still missing. Add it, "
        "then try again.",
    ),
    "dmca-not-possible": QT_TRANSLATE_NOOP(
        "UserErrors",
        "A DMCA notice is only possible for a photo or video you took yourself, or whose "
        "copyright was given to you in writing.",
    ),
    "dmca-warning-needed": QT_TRANSLATE_NOOP(
        "UserErrors", "Read the warning about DMCA notices and confirm it before you go on."
    ),
    "no-printer": QT_TRANSLATE_NOOP(
        "UserErrors",
        "No printer that works is set up on this computer. Save the letter as a PDF instead, "
        "and print it when a printer is available.",
    ),
    "not-found": QT_TRANSLATE_NOOP(
        "UserErrors", "It may have been deleted in another window. Nothing was changed."
    ),
    "letter-resources-damaged": QT_TRANSLATE_NOOP(
        "UserErrors",
        "StillMine's letter files are missing or damaged. Install StillMine again to repair them.",
    ),
    "platforms-damaged": QT_TRANSLATE_NOOP(
        "UserErrors",
        "StillMine's list of sites is missing or damaged. Install StillMine again to repair it.",
    ),
    "bundle-damaged": QT_TRANSLATE_NOOP(
        "UserErrors",
        "This file is not a complete StillMine backup: it may not have finished copying, or "
        "it was damaged or changed. Nothing on this computer was changed. Try copying the "
        "file again.",
    ),
}

_GENERAL_HEADLINE: Final = QT_TRANSLATE_NOOP("UserErrors", "Something needs your attention")
_UNEXPECTED_HEADLINE: Final = QT_TRANSLATE_NOOP("UserErrors", "Something went wrong")
_UNEXPECTED_TEXT: Final = QT_TRANSLATE_NOOP(
    "UserErrors",
    "StillMine ran into a problem of its own. Your case file is safe: StillMine only ever "
    "saves complete changes. Please try again; if it keeps happening, close StillMine and "
    "open it again.",
)


def _tr(text: object) -> str:
    # QT_TRANSLATE_NOOP only marks texts for lupdate; its result is the text itself.
    return QCoreApplication.translate(_CONTEXT, str(text))


def _interface_is_english() -> bool:
    return QLocale().language() in (QLocale.Language.English, QLocale.Language.C)


def describe(error: BaseException, name: str = "") -> Message:
    """The message for ``error`` in the interface's language.

    Args:
        error: what went wrong.
        name: the file concerned, for file problems in languages other than English.
    """
    if not isinstance(error, UserError):
        return Message(_tr(_UNEXPECTED_HEADLINE), _tr(_UNEXPECTED_TEXT))
    headline = _tr(_HEADLINES.get(error.code, _GENERAL_HEADLINE))
    return Message(headline, explain(error, name))


def explain(error: UserError, name: str = "") -> str:
    """The plain sentence for a ``UserError``: the core's in English, else its translation."""
    template = _EXPLANATIONS.get(error.code)
    if _interface_is_english() or template is None:
        return error.message
    return _tr(template).format(name=name)


def file_reason(error: UserError, path: str) -> str:
    """Why a file was skipped, in the interface's language (names the file, not its folder)."""
    return explain(error, display_name(path))


def show_error(dialogs: Dialogs, parent: QWidget | None, error: BaseException) -> None:
    """Tell the user about ``error`` in a dialog (a cancelled task is not an error)."""
    if isinstance(error, Cancelled):
        return
    message = describe(error)
    dialogs.warn(parent, message.headline, message.text)
