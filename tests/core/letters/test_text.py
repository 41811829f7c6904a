"""Cleaning text, dates, plain text from our HTML, mailto: links and paper sizes."""

import urllib.parse
from datetime import date, datetime, timedelta, timezone

import pytest

from app.core.errors import UserError
from app.core.letters.mailto import MAX_MAILTO_LENGTH, mailto_link
from app.core.letters.paper import Paper, paper_for_country
from app.core.letters.plaintext import html_to_text
from app.core.letters.text import clean_line, clean_text, format_date, format_moment


def test_clean_text_removes_controls_and_bidi_overrides() -> None:
    hostile = "Jan\u202e\u2066evil\u2069\u200f\x00\x1b[31m\r\nline two\u2028three\ufeff"
    assert clean_text(hostile) == "Janevil[31m\nline two\nthree"
    assert clean_text("  a\n\n\n\nb  ") == "a\n\nb"
    # Letters of right-to-left scripts and joiners stay.
    assert clean_text("שלום \u0645\u0631\u062d\u0628\u0627 \u200d") == "שלום مرحبا \u200d".strip()
    assert clean_line("  two\nlines\there ") == "two lines here"
    assert clean_text("e\u0301") == "é"  # composed (NFC)


def test_moments_keep_their_offset() -> None:
    summer = datetime(2026, 5, 20, 14, 30, tzinfo=timezone(timedelta(hours=2)))
    assert format_moment(summer) == "2026-05-20 14:30 UTC+02:00"
    west = datetime(2026, 1, 2, 3, 4, tzinfo=timezone(-timedelta(hours=5, minutes=30)))
    assert format_moment(west) == "2026-01-02 03:04 UTC-05:30"
    assert (
        format_date(date(2026, 11, 29), ("Jan",) * 10 + ("november", "Dec")) == "29 november 2026"
    )


def test_plain_text_from_our_html() -> None:
    html = (
        "<html><head><title>T</title><style>p { x: y }</style></head><body>"
        "<h2>Title</h2><p>One   two\nthree &amp; &lt;four&gt;</p>"
        "<ul><li>first<br>second line</li><li>other</li></ul>"
        "<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table></body></html>"
    )
    assert html_to_text(html) == (
        "Title\n\nOne two three & <four>\n\n- first\nsecond line\n- other\n\nA\tB\n1\t2"
    )


def test_mailto_encodes_as_rfc_6068_says() -> None:
    link = mailto_link("abuse@host.example", "Report: a & b = c?", "Line 1\nLine 2 + #3 ë")
    assert link.body_included
    head, _, query = link.url.partition("?")
    assert head == "mailto:abuse@host.example"
    subject, body = query.split("&")
    assert subject == "subject=Report:%20a%20%26%20b%20%3D%20c%3F"
    assert body == "body=Line%201%0D%0ALine%202%20%2B%20%233%20%C3%AB"
    decoded = urllib.parse.unquote(body.removeprefix("body="))
    assert decoded == "Line 1\r\nLine 2 + #3 ë"


def test_long_bodies_are_left_for_pasting() -> None:
    link = mailto_link("a@b.example", "Subject", "x" * (MAX_MAILTO_LENGTH + 1))
    assert not link.body_included
    assert link.url == "mailto:a@b.example?subject=Subject"


@pytest.mark.parametrize("address", ["", "not an address", "a@b", "a@b.c?cc=x@y.z", "a@b.c,d@e.f"])
def test_mailto_needs_one_address(address: str) -> None:
    with pytest.raises(UserError, match="not an e-mail address"):
        mailto_link(address, "s", "b")


@pytest.mark.parametrize(
    ("country", "paper"),
    [
        ("US", Paper.LETTER),
        ("ca", Paper.LETTER),
        ("MX", Paper.LETTER),
        ("NL", Paper.A4),
        ("GB", Paper.A4),
        ("", Paper.A4),
    ],
)
def test_paper_by_country(country: str, paper: Paper) -> None:
    assert paper_for_country(country) is paper
