"""Metadata from a plain-text dump: the headline, and the date and byline lines around it.

Dumps keep the page's reading order: the first line is often the page's <title>, then
come the menus, the headline (which repeats the title), the byline and the dateline.
The dateline and byline are looked for around the headline (menus can run for hundreds
of lines), and failing that in the first `_HEAD` lines.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..blocks import Block
from .candidates import Candidate, Page
from .normalize import (
    agrees,
    is_date_line,
    is_full_name,
    is_generic_title,
    name_beside_date,
    other_words,
    stems,
)
from .normalize import date as parse_date
from .normalize import headline as headline_of

_HEAD = 40
# How far into the dump the headline may repeat the first line (menus can be long).
_TITLE_SEARCH = 1000
_DATE_HEADER = regex.compile(r"^\s*(?:date|published|datum|fecha)\s*:?\s*(\d{4}-\d{2}-\d{2})", regex.I)
# "By Jane Doe", "Erstellt von Jane Doe", "Autorin: Jane Doe", "Interview: Jane Doe".
_BY = regex.compile(
    r"^\s*(?i:(?:(?:written|posted|erstellt|geschrieben|verfasst|publié|écrit|escrito|publicado)\s+)?"
    r"(?:by|von|par|por|di|door)\s+|(?:author|autor|autorin|auteur|autora|autore|text|interview)\s*:\s*)"
    r"(\p{Lu}.{1,79})$"
)
# Breadcrumbs and menus: short items joined by separators. An item never spans a separator
# (the tempered `(?!...)` token): items free to swallow separators made the pattern try
# every split of a long "a > a > a ..." line, minutes for 250 characters.
_ITEM = r"(?:(?!\s+[>›»|/·•]\s)[^.!?]){1,40}"
MENU_LINE = regex.compile(rf"^{_ITEM}(?:\s+[>›»|/·•]\s+{_ITEM}){{1,24}}$", regex.V0)


def _title_like(text: str) -> bool:
    words = text.split()
    return (
        3 <= len(words) <= 30
        and not text.rstrip().endswith((".", ":"))
        and not is_date_line(text)
        and not MENU_LINE.match(text)
        and not _BY.match(text)
    )


# A line inside the title that is at least this share of it may be the headline: the
# title adds a kicker or a section ("Agriculture: Headline - Suisse - tdg.ch").
_TITLE_SHARE = 0.3
_SEGMENT_MARKS = ":|–—-·•»/"


def _segment(line: str, title: str) -> bool:
    """`line` is a whole part of `title`, set off by separators ("Kicker: Line - Section"),
    not words inside one ("Line" of "Why Line matters")."""
    at = title.find(line)
    if at < 0:
        return False
    before, after = title[:at].rstrip(), title[at + len(line) :].lstrip()
    return (not before or before[-1] in _SEGMENT_MARKS) and (not after or after[0] in _SEGMENT_MARKS)


def _title_index(page: Page) -> int | None:
    """Crawlers start a dump with the page's <title>; the headline is the line that repeats it.

    "Storm hits coast - Daily News" on the first line and "Storm hits coast" further down
    tell where the article begins. Best is the whole title less the site's name; then the
    first line the title starts with ("Storm hits coast" of "Storm hits coast: 3 dead");
    then, of two words or more, the longest line that is a whole part of it, set off by
    separators (a kicker or a section left out: "Agriculture: Storm hits coast - Suisse").
    The site's name, cut off first, never matches; a title that names no article
    ("Home") is not looked for.
    """
    title = headline_of(page.blocks[0].text)
    if not title or is_generic_title(title):  # "Home", "Blog": a menu's item too
        return None
    key = title.casefold()
    # A <title> cut short ("Das ändert sich im Jahr 2023: Die wichtigsten Änderun..."):
    # the headline is the line it begins.
    cut = key.rstrip(".… ") if key.endswith(("...", "…")) else None
    start: int | None = None
    inside: tuple[int, int] | None = None  # (length, index)
    for i, b in enumerate(page.blocks[1:_TITLE_SEARCH], start=1):
        line = " ".join(b.text.casefold().split())
        if line == key or (cut and len(cut) > 20 and line.startswith(cut)):
            return i
        if start is None and len(line) > 20 and key.startswith(line):
            start = i
        elif (
            len(line.split()) >= 2
            and len(line) >= _TITLE_SHARE * len(key)
            and (inside is None or len(line) > inside[0])
            and _segment(line, key)
        ):
            inside = (len(line), i)
    return start if start is not None else inside[1] if inside else None


_TITLE_LINE_MAX = 200


def _title_line(text: str) -> bool:
    """A first line that can be the page's <title>: short, not a sentence, a menu or a date."""
    return (
        len(text) <= _TITLE_LINE_MAX
        and "\n" not in text
        and not text.rstrip().endswith((".", ":", ","))
        and not is_date_line(text)
        and not MENU_LINE.match(text)
        and not _names_no_article(text)
    )


def _names_no_article(title: str) -> bool:
    """ "Home", "Home - Daily Post": a page label, with the site's name at most."""
    parts = _SEGMENTS.split(title)
    labels = sum(map(is_generic_title, parts))
    return labels > 0 and len(parts) - labels <= 1


# ... and how much of the title the line says ("Bayern" is not "Bayern fordert ...").
_TITLE_COVER = 0.5
# A photo's caption retells the headline: "Home Depot stock fell ... Photograph by X/AFP".
_CAPTION = regex.compile(r"\b(?i:photo|photograph|foto|bild|image|credit)\s*(?:by\b|:)|©", regex.V0)
_SEGMENTS = regex.compile(r"\s[|–—·•»:-]\s|:\s")


def _agreeing_index(page: Page) -> int | None:
    """The first title-like line that says most of what the <title> says, in other words:
    the page's <h1> ("Wurmkiste selber bauen" for "Wurmkiste | selbst.de").

    Not a line under a paragraph (a subheading), one that repeats a part of the title after
    its first separator (the site's name), or one that says all the title and more words
    besides than it has, not at its start ("Get Quanta Magazine in your inbox" for "Quanta
    Magazine"; a kicker before the title is fine).
    """
    first = page.blocks[0].text
    title = headline_of(first)
    if not title or not _title_line(first):
        return None
    tails = {" ".join(p.split()).casefold() for p in _SEGMENTS.split(title)[1:]}
    key = stems(title)
    folded = title.casefold()
    for b in page.blocks[1:_TITLE_SEARCH]:
        text = b.text
        if len(text) > _TITLE_LINE_MAX or not (_title_like(text) or len(text.split()) < 3):
            continue
        line = " ".join(text.split()).casefold()
        if line in tails or is_generic_title(text) or _prose(page.blocks[b.index - 1].text):
            continue
        if _CAPTION.search(text):
            continue
        words = stems(text)
        common = len(words & key)
        if not agrees(text, words, title, key) or common < _TITLE_COVER * len(key):
            continue
        if common == len(key) < len(words) - common and not line.startswith(folded):
            continue
        return b.index
    return None


def _prose(text: str) -> bool:
    return len(text) >= _PROSE and text.rstrip().endswith((".", "!", "?", '"', "”"))


_PROSE = 60


# Where a dateline sits around the headline: just above it (a kicker's date) or a few lines
# under it, past the standfirst, the byline and the share words.
_ABOVE = 3
_BELOW = 12
# ... and a byline, past a share bar of a dozen buttons.
_BYLINE_BELOW = 25
# A line this long that holds a date is a sentence naming one, not a dateline; so is a
# shorter one that ends like a sentence, unless its words besides the date are no more
# than a name and a label.
_DATED_MAX = 120
_DATED_MAX_BY = 200  # a byline's line runs on: "By Ela on 31. October, 2023 | 18 Comments. This post ..."
_DATED_WORDS = 6
_PIECES = regex.compile(r"\s+[|•·/–—-]\s+", regex.V0)
# A date under its label, wherever it sits under the headline: "Published: 03 December 2019".
_LABELLED_DATE = regex.compile(
    r"^\s*(?i:published|posted|date|datum|veröffentlicht|veröffentlichung|publiziert|erschienen|publié|"
    r"publicado|fecha|pubblicato)(?:\s+(?i:am|on|le|el|il))?\s*:?\s*[\d\p{L}]",
    regex.V0,
)


def _dated(text: str) -> bool:
    """A line that states the article's date: a bare dateline, or a short line of a date with
    a name or a label ("By John Walk - January 10, 2020", "24. April 2020 | Pressemitteilungen",
    "PUBLISHED: November 8, 2023 at 4:56 p.m. | UPDATED: November 8, 2023 at 6:00 p.m.")."""
    if is_date_line(text):
        return True
    if len(text) > _DATED_MAX_BY or parse_date(text) is None:
        return False
    if _BY.match(text):
        return True  # a byline with the date: "By Jane Doe and John Roe March 4, 2025, 5:02 p.m."
    if len(text) > _DATED_MAX:
        return False
    if any(is_date_line(piece) for piece in _PIECES.split(text)):
        return True  # "February 4, 2020 • words by Jane Doe • Art by John Roe"
    words = len(text.split())
    sentence = words > 12 or (text.rstrip().endswith((".", "!", "?")) and words > 6)
    return not sentence or other_words(text) <= _DATED_WORDS


# A dump has no locale to say how "05/10/2018" reads: the dateline's own words do.
# ("Publicado em 05/10/2018", "Veröffentlicht am 05/10/2018 um 10 Uhr": day first.)
_DAY_FIRST_WORDS = frozenset(
    """am um uhr veröffentlicht aktualisiert stand le à publié mis jour de del el las publicado
    actualizado em às atualizado pubblicato il alle op om gepubliceerd bijgewerkt""".split()
)
_WORD = regex.compile(r"\p{L}+", regex.V0)


def _read_date(text: str) -> str:
    """The dateline as the reconciler will read it: given as ISO when its words say day first."""
    if "/" in text and _DAY_FIRST_WORDS.intersection(_WORD.findall(text.casefold())):
        return parse_date(text, day_first=True) or text
    return text


def _labelled_date(text: str) -> bool:
    return len(text) <= _DATED_MAX and bool(_LABELLED_DATE.match(text)) and parse_date(text) is not None


# "von", "by" inside a dateline: "Veröffentlicht am 12. Juni 2017 von gizzmo".
_BY_WORD = regex.compile(r"(?:^|\s)(?i:by|von|par|por|di|door|durch)\s+\S", regex.V0)


_LONE_BY = regex.compile(r"^\s*(?i:by|von|par|por|door|author|autor|autorin|auteur|autora)\s*:?\s*$")


# Capitalised words that start a label or a title, not a name ("Für Hochschulen",
# "Kategorien Umwelt", "Eine Kolumne von ...").
_NOT_FIRST_NAME = frozenset(
    """a an the for about more all new our your ein eine einer der die das für über mehr alle
    unsere kategorie kategorien category categories tags tag rubrik thema themen weitere
    verwandte ähnliche related similar latest popular beliebte neueste
    le la les un une pour el los las una para""".split()
)


def _lone_name(text: str) -> bool:
    words = text.split()
    return bool(words) and words[0].casefold() not in _NOT_FIRST_NAME and is_full_name(text)


def _name_by_date(page: Page, dateline: Block, headline: int | None) -> Iterator[Candidate]:
    """The author a dateline names ("von Jane Doe", "Jane Doe | 3 May 2021"), or a full
    name alone on the line just above or below it (not the title's or the headline's)."""
    if _BY_WORD.search(dateline.text):
        yield Candidate("byline", dateline.text, "text-dateline", 0.6)
        return
    name = name_beside_date(dateline.text)
    if name:
        yield Candidate("byline", name, "text-dateline", 0.6)
        return
    for b in page.blocks[max(0, dateline.index - 1) : dateline.index + 2]:
        if b.index not in (0, dateline.index, headline) and _lone_name(b.text.strip()):
            yield Candidate("byline", b.text.strip(), "text-dateline", 0.5)
            return


def text_lines(page: Page) -> Iterator[Candidate]:
    """A `date:` header, the headline line, a dateline and the byline it names or sits by,
    and a "By ..." line (whose title-like line above is the headline when no title says)."""
    if page.kind != "text" or not page.blocks:
        return
    head = page.blocks[:_HEAD]
    m = _DATE_HEADER.match(head[0].text)
    if m:
        yield Candidate("date", m.group(1), "text", 0.9)
    at = _title_index(page)
    if at is None:
        at = _agreeing_index(page)
    if at is not None:
        yield Candidate("headline", page.blocks[at].text, "text-title", 0.75)
    elif _title_line(head[0].text):
        # The page's <title>, not repeated below (the page had no <h1>, or another one):
        # the reconciler drops its site name as it does an HTML page's <title>. The least
        # sure of the headline candidates: the first line may be a menu's word.
        yield Candidate("headline", head[0].text, "text", 0.4)
    # Past the menus, the lines around the headline; else the head of the dump.
    # Under the headline first, then just above it (a kicker's date), nearest first.
    near = (
        (*page.blocks[at + 1 : at + _BELOW], *reversed(page.blocks[max(0, at - _ABOVE) : at]))
        if at is not None
        else ()
    )
    # The byline may sit farther down, past a share bar; failing all, the dump's first one
    # (not named from there, only where to look for the date).
    zone = (*page.blocks[at + 1 : at + _BYLINE_BELOW], *near) if at is not None else ()
    by = next((b for b in (*zone, *head) if _by_line(b.text)), None)
    anchor = by
    if anchor is None and at is None:
        anchor = next((b for b in page.blocks[:_TITLE_SEARCH] if _BY.match(b.text)), None)
    beside = page.blocks[anchor.index - 1 : anchor.index + 3] if anchor is not None else ()
    below = page.blocks[at + 1 : _TITLE_SEARCH] if at is not None else page.blocks[:_TITLE_SEARCH]
    dateline = (
        next((b for b in near if _dated(b.text)), None)
        or next((b for b in beside if _dated(b.text)), None)
        or next((b for b in below if _labelled_date(b.text)), None)
        or next((b for b in head if is_date_line(b.text) and parse_date(b.text)), None)
    )
    if dateline is not None:
        yield Candidate("date", _read_date(dateline.text), "text-dateline", 0.8)
        yield from _name_by_date(page, dateline, at)
    if by is None:
        return
    if _BY.match(by.text):
        # The whole line: its "By" tells the normaliser which piece names the author.
        yield Candidate("byline", by.text, "text", 0.7)
        yield from _headline_above(page, by.index)
    elif by.index + 1 < len(page.blocks):
        # "By" on a line of its own, the name on the next ("Von\nJane Doe").
        yield Candidate("byline", page.blocks[by.index + 1].text, "text", 0.7)
        yield from _headline_above(page, by.index + 1)


def _by_line(text: str) -> bool:
    return bool(_BY.match(text) or _LONE_BY.match(text))


def _headline_above(page: Page, byline: int) -> Iterator[Candidate]:
    """The title-like line closest above the byline: the headline, when no title says."""
    for prev in reversed(page.blocks[max(0, byline - 4) : byline]):
        if _title_like(prev.text):
            yield Candidate("headline", prev.text, "text", 0.7)
            return
