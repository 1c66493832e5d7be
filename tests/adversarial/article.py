"""A realistic news article, written for these tests, and the page that carries it.

Hostile cases wrap it in junk; whatever the junk, its paragraphs must come out.
"""

from __future__ import annotations

from html import escape

HEADLINE = "Night Ferry Returns to the Lake After Eleven Years"
BYLINE = "Marta Okonkwo"
DATE = "2025-03-14"
PARAGRAPHS = (
    "The last time a passenger ferry crossed Lake Varden after dark, the boat was a diesel "
    "launch with twelve wooden benches and a captain who sold café au lait from a thermos. On Friday "
    "night the crossing came back, on an electric catamaran that carries ninety people and "
    "makes the trip in thirty-five minutes.",
    "The regional transport board cancelled the evening service in 2014, when ticket sales "
    "fell below the cost of fuel. Residents of the northern shore, who work in the hospital "
    "and the canning plant on the other side, have driven the long way round the lake ever "
    "since, a detour of almost an hour each way.",
    "“We used to plan our whole week around the last boat,” said Ilse Brandt, a night nurse "
    "who has lived in the village of Øster Ness for thirty years. “Then for a decade we "
    "planned it around the road, which floods every spring.”",
    "The new service runs four times each evening from April to October and twice in winter, "
    "when ice can close the shallow bay by the southern pier. A single fare costs four euros; "
    "hospital staff on night shifts travel free under an agreement with the health authority.",
    "Engineers spent most of last year rebuilding the northern pier, whose timber piles had "
    "rotted below the waterline. The charging station sits in a converted boathouse, and the "
    "catamaran tops up its batteries during the twenty-minute wait between crossings.",
    "Not everyone is convinced the numbers will hold. A study commissioned by the board "
    "expects about three hundred passengers a night in summer, but fewer than a hundred in "
    "the dark months, and the operator's contract runs for only five years.",
    "For now, the mood on the pier is festive. Children waved lanterns as the boat pulled away "
    "on its first evening run, and the captain, a former fisherman named Tomas Lund, sounded "
    "the horn three times as it cleared the breakwater.",
)
# Sentences that must survive any junk around the article (one from each end and the middle).
# Non-ASCII words that show mojibake or lost characters at once.
ACCENTED = ("Øster Ness", "café au lait", "“We used to plan")
MUST_KEEP = (
    "makes the trip in thirty-five minutes",
    "hospital staff on night shifts travel free",
    "sounded the horn three times as it cleared the breakwater",
)


def article_html() -> str:
    """The article's own markup: a headline, a byline, a date and its paragraphs."""
    paras = "\n".join(f"<p>{escape(p, quote=False)}</p>" for p in PARAGRAPHS)
    return (
        f'<article><h1>{HEADLINE}</h1><p class="byline">By {BYLINE}</p>'
        f'<time datetime="{DATE}">March 14, 2025</time>\n{paras}\n</article>'
    )


def article_text() -> str:
    """The article as a crawler's plain-text dump."""
    return "\n\n".join((HEADLINE, f"By {BYLINE}", "March 14, 2025", *PARAGRAPHS))


def page(*, before: str = "", after: str = "", head: str = "", doctype: str = "<!DOCTYPE html>") -> str:
    """A whole page: the article between `before` and `after` junk in the body."""
    return (
        f'{doctype}\n<html lang="en"><head><meta charset="utf-8"><title>{HEADLINE} | Lakeside Post</title>'
        f"{head}</head><body>{before}{article_html()}{after}</body></html>"
    )


def found(body: str) -> bool:
    """True when every must-keep sentence is in `body`."""
    flat = " ".join(body.split())
    return all(s in flat for s in MUST_KEEP)
