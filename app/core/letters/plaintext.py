"""Plain text from the letters' own HTML: for e-mail bodies, web-form fields and the case.

The templates produce a small, known subset of HTML (headings, paragraphs, line breaks,
lists and tables); this turns it into text the way a reader sees it: block elements on lines
of their own, list items with a dash, table cells separated by a tab, and runs of white space
collapsed as HTML does. Only our own templates' output is converted, never outside HTML.
"""

import re
from html.parser import HTMLParser
from typing import Final

_BLOCKS: Final = frozenset(
    {"p", "div", "h1", "h2", "h3", "h4", "table", "tr", "ul", "ol", "li", "blockquote"}
)
_PARAGRAPHS: Final = frozenset({"p", "h1", "h2", "h3", "h4", "table", "ul", "ol"})
_HIDDEN: Final = frozenset({"head", "style", "title", "script"})
_SPACES: Final = re.compile(r"[ \t\r\n\f\v]+")


class _TextCollector(HTMLParser):
    """Collects text, marking where lines and paragraphs end."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._newlines = 0  # how many line ends the text collected so far ends with
        self._hidden = 0
        self._first_cell = True

    def _add(self, text: str) -> None:
        if text:
            self.parts.append(text)
            stripped = text.rstrip("\n")
            ends = len(text) - len(stripped)
            self._newlines = ends if stripped else self._newlines + ends

    def _end_line(self, count: int) -> None:
        # At least ``count`` line ends (2: a blank line), however many blocks end here.
        self._add("\n" * max(0, count - self._newlines))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag == "br":
            self._add("\n")
        elif tag in ("td", "th"):
            if not self._first_cell:
                self._add("\t")
            self._first_cell = False
        elif tag in _BLOCKS:
            if tag == "tr":
                self._first_cell = True
            self._end_line(2 if tag in _PARAGRAPHS else 1)
            if tag == "li":
                self._add("- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCKS:
            self._end_line(2 if tag in _PARAGRAPHS else 1)

    def handle_data(self, data: str) -> None:
        text = _SPACES.sub(" ", data)
        if self._newlines or not self.parts:
            # White space at the start of a line is the template's layout, not text.
            text = text.lstrip(" ")
        if not self._hidden:
            self._add(text)


def html_to_text(html: str) -> str:
    """The text of ``html`` as a reader sees it, with at most one blank line in a row."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    lines = [line.strip(" ") for line in "".join(collector.parts).split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n")
