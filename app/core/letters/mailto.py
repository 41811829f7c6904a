"""``mailto:`` links (RFC 6068) that open the user's own mail program with the letter filled in.

StillMine never sends e-mail itself. Mail programs and operating systems cut long links
(Windows and Outlook are known to stop around 2,000 characters), so a letter too long for a
link is left out of it: the link then opens a message with the address and subject only,
and the user pastes the letter's text (``RenderedLetter.letter_text``) into it.
"""

import re
import urllib.parse
from dataclasses import dataclass
from typing import Final

from app.core.errors import UserError

#: The longest link handed to the mail program.
MAX_MAILTO_LENGTH: Final = 2000
# RFC 6068 "some-delims" that may stay unencoded in an address or header value. "+" is
# encoded anyway: some mail programs read it as a space.
_SAFE: Final = "!$'()*,;:@"
_LINE_BREAK: Final = "%0D%0A"
_ADDRESS: Final = re.compile(
    r"[^\s@<>(),;:\"\[\]\\]+@[^\s@<>(),;:\"\[\]\\]+\.[^\s@<>(),;:\"\[\]\\]+"
)


@dataclass(frozen=True, slots=True)
class MailtoLink:
    """A mailto: link, and whether the letter's text fits in it.

    Attributes:
        url: the link to open.
        body_included: False when the text was too long and must be pasted by hand.
    """

    url: str
    body_included: bool


def _encode(value: str) -> str:
    return urllib.parse.quote(value, safe=_SAFE, encoding="utf-8")


def mailto_link(
    address: str, subject: str, body: str, *, max_length: int = MAX_MAILTO_LENGTH
) -> MailtoLink:
    """A link that opens a new message to ``address`` with ``subject`` and ``body``.

    Raises:
        UserError: ``address`` is not a single e-mail address.
    """
    address = address.strip()
    if not _ADDRESS.fullmatch(address):
        raise UserError(f"“{address[:80]}” is not an e-mail address a letter can be sent to.")
    head = f"mailto:{_encode(address)}?subject={_encode(' '.join(subject.split()))}"
    # RFC 6068 section 5: line breaks in a body are CR LF.
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    full = f"{head}&body={_LINE_BREAK.join(_encode(line) for line in lines)}"
    if len(full) <= max_length:
        return MailtoLink(full, body_included=True)
    return MailtoLink(head, body_included=False)
