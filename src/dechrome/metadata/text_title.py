"""Where a plain-text dump's headline is: the line that repeats its <title>, or says it in other words.

Crawlers start a dump with the page's <title>; menus follow, then the headline. The
title names the article (less the site's name), so the line that repeats it, or a whole
part of it, or says most of it in other words, is the headline a reader saw.
"""

from __future__ import annotations

import regex

from ..blocks import Block
from .candidates import Page
from .normalize import CREDIT_LABEL, agrees, is_date_line, is_generic_title, stems
from .normalize import headline as headline_of

# How far into the dump the headline may repeat the first line (menus can be long).
TITLE_SEARCH = 1000
# "By Jane Doe", "Erstellt von Jane Doe", "Autorin: Jane Doe", "Interview: Jane Doe".
# ("Geschrieben vonElisa Marvena": a dump glues the link's name to its label; "Artikel von
# Jane Doe": what the piece is, before the "by", PIECE_WORDS; "Post author By Jane Doe": a
# theme's label; "durch Jane Doe" in lower case only: "Durch Corona ..." opens a sentence.)
LABELS = (
    r"written|posted|post author|erstellt|geschrieben|verfasst|veröffentlicht|publié|écrit|escrito|publicado"
)
PIECE_WORDS = r"artikel|beitrag"
_BY_WORDS = r"by|von|par|por|di|door"
_BY_LABEL = (
    rf"^\s*(?:(?i:(?:(?:{LABELS}|{PIECE_WORDS})\s+)?(?:{_BY_WORDS})\s+)|durch\s+"
    # Glued to the name: "Geschrieben vonElisa", "ByJane Doe"; a lowercase last letter, so
    # that a line in capitals ("BYRON BAY FLOODS", "VONOVIA SE") is no byline.
    rf"|(?:(?i:(?:{LABELS})\s*)?(?:[Bb]y|[Vv]on))(?=\p{{Lu}})"
    rf"|(?i:(?:author|autor|autorin|auteur|autora|autore|{CREDIT_LABEL}|interview|{_BY_WORDS})\s*:\s*)"
    # A forum's first post: "Thread starter Jane Doe", "Themenstarter Jane".
    r"|(?i:thread starter|themenstarter|started by)\s+)"
)
# (Not a label's line, "By Course/Meal:": it ends with a colon.)
BY_LINE = regex.compile(rf"{_BY_LABEL}\p{{Lu}}.{{0,78}}[^:\s]\s*$", regex.V0)
# The label and a name, the line however long: "By Ela on 31. October, 2023 | 18 Comments. ..."
BY_START = regex.compile(rf"{_BY_LABEL}\p{{Lu}}", regex.V0)
# Breadcrumbs and menus: short items joined by separators. An item never spans a separator
# (the tempered `(?!...)` token): items free to swallow separators made the pattern try
# every split of a long "a > a > a ..." line, minutes for 250 characters.
_ITEM = r"(?:(?!\s+[>›»|/·•]\s)[^.!?]){1,40}"
MENU_LINE = regex.compile(rf"^{_ITEM}(?:\s+[>›»|/·•]\s+{_ITEM}){{1,24}}$", regex.V0)


def title_like(text: str) -> bool:
    """Three to thirty words that are no sentence, date, menu or byline: a headline's shape."""
    words = text.split()
    return (
        3 <= len(words) <= 30
        and not text.rstrip().endswith((".", ":"))
        and not is_date_line(text)
        and not MENU_LINE.match(text)
        and not BY_LINE.match(text)
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


# The skip link a dump runs on into the <title> line, the first of the <body>: "Title | Site
# Zum Inhalt springen", "Title - Site Skip to content".
# (`(?<!\s)`: a match starts where a run of spaces starts; a long run is scanned once.)
_SKIP_LINKS = regex.compile(
    r"(?<!\s)(?:\s+(?i:skip to (?:the )?(?:main )?content|skip navigation|direkt zum inhalt|"
    r"zum inhalt springen|zur (?:haupt)?navigation springen|zur suche springen|"
    r"(?:aller au|ir al|saltar al) contenido?"
    r"(?: principal)?))+\s*$",
    regex.V0,
)


def first_line(page: Page) -> str:
    """The dump's first line, the page's <title>, less a skip link run on into it."""
    text = page.blocks[0].text
    cut = _SKIP_LINKS.sub("", text)
    return cut if cut.strip() else text


def in_title(line: Block, title: str) -> bool:
    """A line of three words or more under the title line that the title holds (`title`
    with its spaces collapsed): a heading of the title's, not a byline ("Von Sprachregeln,
    ..." opens with "Von")."""
    return line.index > 0 and len(line.text.split()) >= 3 and " ".join(line.text.split()) in title


def title_index(page: Page) -> int | None:
    """Crawlers start a dump with the page's <title>; the headline is the line that repeats it.

    "Storm hits coast - Daily News" on the first line and "Storm hits coast" further down
    tell where the article begins. Best is the whole title less the site's name; then the
    first line the title starts with ("Storm hits coast" of "Storm hits coast: 3 dead");
    then, of two words or more, the longest line that is a whole part of it, set off by
    separators (a kicker or a section left out: "Agriculture: Storm hits coast - Suisse"),
    which also wins over a shorter start that it follows by more than a line (the start
    was the site's name in the header: "Red Cross - Kicker - Title"), but not over the
    title's first part, further down, when the part is the title's end ("Title | Site":
    the site's name in the header).
    The site's name, cut off first, never matches; a title that names no article
    ("Home") is not looked for.
    """
    title = headline_of(first_line(page))
    if not title or is_generic_title(title):  # "Home", "Blog": a menu's item too
        return None
    key = title.casefold()
    # A <title> cut short ("Das ändert sich im Jahr 2023: Die wichtigsten Änderun..."):
    # the headline is the line it begins.
    cut = key.rstrip(".… ") if key.endswith(("...", "…")) else None
    start: int | None = None
    start_len = 0
    inside: tuple[int, int, str] | None = None  # (length, index, line)
    # "Kleine Schafskunde | Mäscot das Schaf – Webcomic": the first part, of two words or
    # more, before the site's name (which its logo's line repeats, above).
    first = " ".join(_SEGMENTS.split(title)[0].split()).casefold()
    first_at: int | None = None
    for i, b in enumerate(page.blocks[1:TITLE_SEARCH], start=1):
        line = " ".join(b.text.casefold().split())
        if line == key or (cut and len(cut) > 20 and line.startswith(cut)):
            return i
        if first_at is None and line == first and first != key and len(first.split()) >= 2:
            first_at = i
        if start is None and len(line) > 20 and key.startswith(line):
            start, start_len = i, len(line)
        elif (
            len(line.split()) >= 2
            and len(line) >= _TITLE_SHARE * len(key)
            and (inside is None or len(line) > inside[0])
            and _segment(line, key)
        ):
            inside = (len(line), i, line)
    # A longer part further down wins over a start: in "Site Name - Kicker - Title" the
    # site's name is the start, a line of the header; the headline comes later. (A part
    # right under the start is its subtitle; one above it, a teaser or the site's name.)
    if inside is not None and (start is None or (inside[0] > start_len and inside[1] > start + 1)):
        # ... unless that part ends the title and the first part is a line further down:
        # the part was the site's name in the header ("Title | Site").
        tail = key.endswith(inside[2])
        if first_at is not None and first_at > inside[1] and tail:
            return first_at
        return inside[1]
    return start


_TITLE_LINE_MAX = 200


def title_line(text: str) -> bool:
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


def agreeing_index(page: Page) -> int | None:
    """The first title-like line that says most of what the <title> says, in other words:
    the page's <h1> ("Wurmkiste selber bauen" for "Wurmkiste | selbst.de").

    Not a line under a paragraph (a subheading), one that repeats a part of the title after
    its first separator (the site's name), or one that says all the title and more words
    besides than it has, not at its start ("Get Quanta Magazine in your inbox" for "Quanta
    Magazine"; a kicker before the title is fine).
    """
    first = first_line(page)
    title = headline_of(first)
    if not title or not title_line(first):
        return None
    tails = {" ".join(p.split()).casefold() for p in _SEGMENTS.split(title)[1:]}
    key = stems(title)
    folded = title.casefold()
    for b in page.blocks[1:TITLE_SEARCH]:
        text = b.text
        if len(text) > _TITLE_LINE_MAX or not (title_like(text) or len(text.split()) < 3):
            continue
        line = " ".join(text.split()).casefold()
        if line in tails or is_generic_title(text) or is_prose(page.blocks[b.index - 1].text):
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


def is_prose(text: str) -> bool:
    """A paragraph's line: long, ending a sentence."""
    return len(text) >= _PROSE and text.rstrip().endswith((".", "!", "?", '"', "”"))


_PROSE = 60


# A kicker is a word or a few: "Lübeck", "Patch Notes".
_KICKER_WORDS = 3


def kicker(title: str) -> str | None:
    """The title's first part when it reads as a kicker, set off by a separator: "Lübeck" of
    "Lübeck: So war die Auktion | Site"."""
    parts = _SEGMENTS.split(title, maxsplit=1)
    first = parts[0].strip()
    return first if len(parts) == 2 and 0 < len(first.split()) <= _KICKER_WORDS else None


def without_kicker(line: str, title: str) -> str:
    """The headline line less the title's kicker the dump ran into it, with a space alone
    ("Lübeck So lief die Auktion": the kicker's span and the <h1>'s text). What is left must
    read as a title of its own."""
    first = kicker(title)
    if first is None or not line.startswith(first + " "):
        return line
    rest = line[len(first) :].strip()
    # ("Kicker - Title" keeps its separator as the title does: the whole line is the headline.)
    return rest if title_like(rest) and rest[0] not in _SEGMENT_MARKS else line
