"""The block builder: one walk from the parsed page to blocks."""

from __future__ import annotations

from dechrome.api import load

SENTENCE = "The bridge reopened on Monday after two years of repairs to its deck."


def texts(page: str) -> list[str]:
    return [b.text for b in load(page).blocks]


def test_a_noscript_holding_markup_as_text_is_not_text() -> None:
    # Pages saved by a browser keep <noscript> content escaped; over 500 characters (a
    # short <noscript> is skipped whatever it holds).
    pixel = "".join(
        f"&lt;img src='//pixel.example/p.gif?site={i}&amp;page=article' alt=''&gt;" for i in range(12)
    )
    words = "Real words for readers without JavaScript. " * 15
    noscripts = f"<noscript>{pixel}</noscript><noscript><p>{words}</p></noscript>"
    got = texts(f"<html><body><p>{SENTENCE}</p>{noscripts}</body></html>")
    assert SENTENCE in got
    assert not any("pixel.example" in t for t in got)
    assert any(t.startswith("Real words") for t in got)
