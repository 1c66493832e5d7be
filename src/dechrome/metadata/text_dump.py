"""Metadata from a plain-text dump: the headline, and the date and byline lines around it.

Dumps keep the page's reading order: the first line is often the page's <title>, then
come the menus, the headline (text_title.py finds it), the byline and the dateline.
The dateline and byline are looked for around the headline (menus can run for hundreds
of lines), and failing that in the first `_HEAD` lines.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from ..blocks import Block
from .candidates import Candidate, Page
from .normalize import (
    DATE_LINE_MAX,
    PIECE_LABEL,
    WIRE_TAIL,
    host,
    is_date_line,
    is_full_name,
    is_role,
    name_beside_date,
    other_words,
    pieces,
    without_leading_date,
)
from .normalize import byline as byline_of
from .normalize import date as parse_date
from .text_title import (
    BY_LINE,
    BY_START,
    LABELS,
    PIECE_WORDS,
    TITLE_SEARCH,
    agreeing_index,
    first_line,
    in_title,
    is_prose,
    title_index,
    title_like,
    title_line,
    without_kicker,
)

_HEAD = 40
_DATE_HEADER = regex.compile(r"^\s*(?:date|published|datum|fecha)\s*:?\s*(\d{4}-\d{2}-\d{2})", regex.I)
# Where a dateline sits around the headline: just above it (a kicker's date) or a few lines
# under it, past the standfirst, the byline and the share words.
_ABOVE = 3
_BELOW = 12
# A labelled date over the headline, in a box of facts before a title repeated below it
# ("Veröffentlichung: 04.02.2022 ..."), as far up as a dateline sits under it.
_FACTS_ABOVE = _BELOW
# The lines right under the headline come before a bare date right above it; past them,
# teasers of other stories open with their dates.
_CLOSE = 2
# Failing a dateline there, a bare date this far under the headline (past a long
# standfirst, a gallery, a share bar).
_FAR = 80
# Without a headline line, a date line above the first paragraph this far down (past the menus).
_LEAD = 160
# ... and a byline, past a share bar of a dozen buttons.
_BYLINE_BELOW = 25
# A line this long that holds a date is a sentence naming one, not a dateline; so is a
# shorter one that ends like a sentence, unless its words besides the date are no more
# than a name and a label.
_DATED_MAX = 120
_DATED_MAX_BY = 200  # a byline's line runs on: "By Ela on 31. October, 2023 | 18 Comments. This post ..."
_DATED_WORDS = 6
# A date under its label, wherever it sits under the headline: "Published: 03 December 2019".
_LABELLED_DATE = regex.compile(
    r"^\s*(?i:published|posted|date|datum|veröffentlicht|veröffentlichung|publiziert|erschienen|publié|"
    r"publicado|fecha|pubblicato)(?:\s+(?i:am|on|le|el|il))?\s*:?\s*[\d\p{L}]",
    regex.V0,
)


# A year a dump glued a time to: "4 de mayo de 202207:59 hs".
_GLUED_TIME = regex.compile(r"(?<!\d)((?:19|20)\d{2})(?=\d{1,2}:\d{2})", regex.V0)


def _date_line(text: str) -> bool:
    """A date line (normalize.is_date_line), also with a time glued to its year, or a date
    with a two-digit year and nothing but numbers and date words ("9/11/13 10:00AM")."""
    if len(text) > DATE_LINE_MAX or not any(ch.isdigit() for ch in text):
        return False  # (is_date_line's own limits, tested before the substitution)
    if is_date_line(_GLUED_TIME.sub(r"\1 ", text)):
        # A bare number ("6366", a share count) has the shape but says no date. ("Februar
        # 2020", a month alone, does: the search for the day stops there.)
        return not text.strip().isdigit()
    return other_words(text) == 0 and parse_date(text) is not None


# A short credit set off by a slash or a bar before a date: "Red. / 31.10.2023 ...".
_CREDIT_FIRST = regex.compile(r"^[^\d/|]{1,20}\s[/|]\s+(?=\d)", regex.V0)


def _dated(text: str) -> bool:
    """A line that states the article's date: a bare dateline, or a short line of a date with
    a name or a label ("By John Walk - January 10, 2020", "24. April 2020 | Pressemitteilungen",
    "PUBLISHED: November 8, 2023 at 4:56 p.m. | UPDATED: November 8, 2023 at 6:00 p.m.")."""
    if _date_line(text):
        return True
    if without_leading_date(text) != text:
        return True  # a date that opens the standfirst: "31. Oktober 2023. Dragqueens sind ..."
    credited = _CREDIT_FIRST.sub("", text, count=1)
    if credited != text and without_leading_date(credited) != credited:
        return True  # ... after the writer's short credit: "Red. / 31.10.2023 Die ehemalige ..."
    if len(text) > _DATED_MAX_BY or parse_date(text) is None:
        return False
    if BY_START.match(text):
        # A byline with the date: "By Jane Doe and John Roe March 4, 2025, 5:02 p.m.", "By Ela
        # on 31. October, 2023 | 18 Comments. This post ..." (a sentence run on, up to 200).
        return True
    if is_date_line(pieces(text)[0]):
        # A byline box that opens with its date: "Veröffentlicht: 05.01.2020 | Autor: jdoe |
        # Abgelegt unter: Fotografie | Tags: ..." (up to 200).
        return True
    if len(text) > _DATED_MAX:
        return False
    if any(is_date_line(piece) for piece in pieces(text)):
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


# A country's domain says day first too ("flawlessfood.co.uk": 12/04/2020 is 12 April), but
# for those that write the month first, or either way.
_MONTH_FIRST_DOMAINS = frozenset(("com", "org", "net", "edu", "gov", "us", "ca", "ph", "info", "io", "co"))


# Separators a dateline spaces out between its parts: "29 / Dezember / 2022".
_SPACED_SEPARATOR = regex.compile(r"(?<=\w)\s+[/|]\s+(?=\w)", regex.V0)


# A time of day and its "AM" (not German "am": "9/11/13 10:00AM" is month first).
_CLOCK = regex.compile(r"\d{1,2}:\d{2}\s*[ap]\.?m\b\.?", regex.V0)


def _read_date(text: str, url: str | None = None) -> str:
    """The dateline as the reconciler will read it: given as ISO when its words or the site's
    country domain say day first, or when it spaces its parts out with slashes."""
    if "/" not in text:
        return text
    if parse_date(text) is None:
        return parse_date(_SPACED_SEPARATOR.sub(" ", text)) or text
    tld = (host(url) or "").rpartition(".")[2]
    words = _WORD.findall(_CLOCK.sub(" ", text.casefold()))
    if _DAY_FIRST_WORDS.intersection(words) or (
        len(tld) == 2 and tld.isalpha() and tld not in _MONTH_FIRST_DOMAINS
    ):
        return parse_date(text, day_first=True) or text
    return text


def _labelled_date(text: str) -> bool:
    return len(text) <= _DATED_MAX and bool(_LABELLED_DATE.match(text)) and parse_date(text) is not None


# "von", "by" inside a dateline: "Veröffentlicht am 12. Juni 2017 von gizzmo".
# ("Veröffentlicht: 05.01.2020 | Autor: jdoe | Abgelegt unter: ...": a label's colon.)
_BY_WORD = regex.compile(
    r"(?:^|\s)(?:(?i:by|von|par|por|di|door|durch)\s+|(?i:autor|autorin|author|auteur)\s*:\s*)\S", regex.V0
)


# "Von" or "Autor/in" alone, the name on the next line; also after a label ("Geschrieben
# von:", "Kommentar von") or, capitalised, after a kicker's word, the link to the section
# ("Disko Von"; not "Sort by").
_LONE_BY = regex.compile(
    rf"^\s*(?:(?i:(?:{LABELS}|{PIECE_WORDS}|{PIECE_LABEL})\s+)?"
    r"(?i:by|von|par|por|door|author|autor|autorin|autor[/*:]in|auteur|autora)"
    r"|\p{Lu}\p{Ll}+\s+(?:By|Von))\s*:?\s*$",
    regex.V0,
)


# Capitalised words that start a label or a title, not a name ("Für Hochschulen",
# "Kategorien Umwelt", "Eine Kolumne von ...").
_NOT_FIRST_NAME = frozenset(
    """a an the for about more all new our your ein eine einer der die das für über mehr alle
    unsere kategorie kategorien category categories tags tag rubrik thema themen weitere zum zur
    keine kein skip im
    verwandte ähnliche related similar latest popular beliebte neueste
    le la les un une pour el los las una para""".split()
)


def _lone_name(text: str) -> bool:
    words = text.split()
    return bool(words) and words[0].casefold() not in _NOT_FIRST_NAME and is_full_name(text)


# A line of names: "Jane Doe", "Jane Doe, John Roe & Ann Poe", and what may sit beside
# them: a date ("Jane Doe, 01.12.2021", "Jane Doe3.11.2023"), a role ("Jane Doe Education
# editor"), a read time; no more than this many other words.
_NAMES_MAX = 100
_NAMES_OTHER = 2
_SHARE_WORDS = frozenset(
    """facebook twitter whatsapp pinterest pint linkedin instagram xing reddit tumblr telegram email
    e-mail mail print drucken teilen share tweet""".split()
)
# Under the headline, past a standfirst and a kicker, a line of names is the byline.
_NAMES_BELOW = 4


def names_line(text: str) -> str | None:
    """The names on a line that says little else: every name a full name (two to four
    capitalised words, no share button's), at most two other words besides dates and numbers."""
    if len(text) > _NAMES_MAX or sum(w[:1].isupper() for w in text.split()) < 2:
        return None  # (a full name has two capitalised words: a cheap test first)
    read = [n for n in (byline_of(text, handles=False) or "").split("; ") if n]
    found = [n for n in read if _lone_name(n)]
    if not found or _SHARE_WORDS.intersection(_WORD.findall(" ".join(found).casefold())):
        return None  # "Whatsapp Facebook Pint Baixar": a share bar
    if len(found) < len(read) and parse_date(text) is None:
        return None  # a piece that is no full name is a section's name only beside a date
    rest = WIRE_TAIL.sub(" ", text)  # the writers' wire is no other word ("…, Associated Press")
    for n in found:
        rest = rest.replace(n, " ")
    # ("Jane Doe | 29. Dezember 2022 | HR-Welt": a section's name, one of the other words.)
    return "; ".join(found) if other_words(rest) <= _NAMES_OTHER else None


def _opening_name(page: Page, line: Block) -> str | None:
    """The full name (two to four words) that opens a short dated line, before a section's
    words ("Jane Doe Politique scientifique 20 janvier 2020 0 Comment"): the longest opening
    the dump names again elsewhere (her box, "Jane Doe @jdoe")."""
    text = line.text
    words = text.split()[:4]
    if (
        len(words) < 3
        or "," in " ".join(words)  # "Jane Doe, City, John Roe 19.10.2019": a list of names
        or len(text) > _DATED_MAX
        or text.rstrip().endswith((".", "!", "?"))
        or not _lone_name(" ".join(words[:2]))
        or parse_date(text) is None
    ):
        return None
    for k in range(len(words), 1, -1):
        name = " ".join(words[:k])
        if _lone_name(name) and _named_again(page, line, name):
            return name
    return None


def _named_again(page: Page, line: Block, name: str) -> bool:
    """The dump names `name` again, away from its line (not a button repeated in a row)."""
    return any(name in b.text for b in page.blocks[1:] if abs(b.index - line.index) >= _AGAIN)


_UP_TO_NUMBER = regex.compile(r"^[\s/|•·–—-]*([^\d]+?)\s*(?:\d|$)", regex.V0)


def _name_after_date(text: str) -> str | None:
    """The full name that follows a dateline's date, up to a number: "21. Jan 2022 // Jane
    Doe", "2. Februar 2020 Jane Doe 1 Kommentar"."""
    if len(text) > _DATED_MAX_BY:
        return None  # a standfirst that opens with a date, not a dateline
    rest = text
    while (shorter := without_leading_date(rest)) != rest:
        rest = shorter
    m = _UP_TO_NUMBER.match(rest) if rest != text else None
    name = m.group(1).strip(" ,/|•·–—-") if m else ""
    return name if _lone_name(name) else None


_ONE_WORD = regex.compile(r"^[\p{L}][\p{L}\d._-]{2,29}$", regex.V0)


def _user_name(page: Page, dateline: Block, headline: int) -> str | None:
    """One word before or after the date of the dateline right under the headline ("Tine
    2. Februar 2020", "28. Januar 2015 jdoe Schreibe einen Kommentar") when it is a line of
    its own further down (her box) and nowhere over the headline (a menu's section)."""
    words = dateline.text.split()
    rest = without_leading_date(dateline.text)
    after = rest.split()[0] if rest != dateline.text else ""
    # (Before the date, the date right after it: "Crime Published On May 10, 2022" is a section's.)
    before = words[0] if len(words) > 1 and words[1][:1].isdigit() else ""
    for word in (before, after):
        if not _ONE_WORD.match(word) or other_words(word) == 0 or word.casefold() in _NOT_FIRST_NAME:
            continue
        if parse_date(dateline.text.replace(word, " ", 1)) is None:
            continue  # the word is part of the date
        if any(b.text.strip() == word for b in page.blocks[:headline]):
            continue
        if any(b.text.strip() == word for b in page.blocks[dateline.index + _AGAIN :]):
            return word
    return None


def _bare_date(text: str) -> bool:
    """A date line whose date parses: the only kind worth a candidate."""
    return _date_line(text) and parse_date(text) is not None


def _above_prose(lines: Sequence[Block]) -> Sequence[Block]:
    """The lines above the first paragraph."""
    return next((lines[:i] for i, b in enumerate(lines) if is_prose(b.text)), lines)


def _by_title(page: Page, line: Block) -> bool:
    """A title-like line right above or below the line."""
    around = page.blocks[max(0, line.index - 1) : line.index + 2]
    return any(title_like(b.text) for b in around if b is not line)


def _named_date(text: str) -> bool:
    """A short line of a date and the full name beside it: "11.12.2019 - Jane Doe"."""
    if len(text) > _DATED_MAX or parse_date(text) is None:
        return False
    return bool(name_beside_date(text) or names_line(text) or _name_after_date(text))


# What a dump glues to a dateline's byline: a label to the date before it ("…2019AuthorAndreas
# Kalt"), the category after it to the name ("von Christian Spließin Allgemeines": two words
# before the glued "in", so that "von Kristin Roe" keeps its name).
_GLUED_LABEL = regex.compile(r"(?<=\d)(Author|Autor|Autorin|Auteur)(?=\p{Lu})", regex.V0)
_GLUED_CATEGORY = regex.compile(
    r"(\s(?i:von|by)\s+\p{Lu}\p{L}+\s+\p{Lu}\p{Ll}+?)in(\s+\p{Lu}[^\d]{0,40})$", regex.V0
)


def _unglued(text: str) -> str:
    unglued: str = _GLUED_CATEGORY.sub(r"\1 in\2", _GLUED_LABEL.sub(r" \1: ", text))
    return unglued


def _name_by_date(page: Page, dateline: Block, headline: int | None) -> Iterator[Candidate]:
    """The author a dateline names ("von Jane Doe", "Jane Doe | 3 May 2021", "Jane Doe,
    01.12.2021"), or a full name alone on the line just above or below it (not the
    title's or the headline's)."""
    text = _unglued(dateline.text)
    if _BY_WORD.search(text):
        yield Candidate("byline", text, "text-dateline", 0.6)
        return
    name = name_beside_date(dateline.text)
    if name is None and (headline is None or dateline.index > headline):
        # "Jane Doe, 01.12.2021" under the headline (above it, "Ehrenamt Jugendverbände
        # 23.01.2020" is a section's label and a date); "1. Februar 2022 Jane Doe 6" (a
        # comment count after the name).
        name = names_line(dateline.text) or _name_after_date(dateline.text) or _opening_name(page, dateline)
    if name is None and headline is not None and headline < dateline.index <= headline + _CLOSE:
        name = _user_name(page, dateline, headline)
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
    at = title_index(page)
    if at is None:
        at = agreeing_index(page)
    if at is not None:
        yield Candidate("headline", without_kicker(page.blocks[at].text, head[0].text), "text-title", 0.75)
    elif title_line(head[0].text):
        # The page's <title>, not repeated below (the page had no <h1>, or another one):
        # the reconciler drops its site name as it does an HTML page's <title>. The least
        # sure of the headline candidates: the first line may be a menu's word.
        yield Candidate("headline", head[0].text, "text", 0.4)
    # Past the menus, the lines around the headline; else the head of the dump.
    # Under the headline first, then just above it (a kicker's date), nearest first.
    # (A bare date right above the headline comes before what is further down: there,
    # teasers of other stories start with their dates.)
    near = (
        (
            *page.blocks[at + 1 : at + 1 + _CLOSE],
            *[b for b in page.blocks[max(0, at - 1) : at] if is_date_line(b.text) and parse_date(b.text)],
            *page.blocks[at + 1 + _CLOSE : at + _BELOW],
            *reversed(page.blocks[max(0, at - _ABOVE) : at]),
        )
        if at is not None
        else ()
    )
    # The byline may sit farther down, past a share bar; failing all, the dump's first one
    # (not named from there, only where to look for the date).
    zone = (*page.blocks[at + 1 : at + _BYLINE_BELOW], *near) if at is not None else ()
    # (Not a heading the <title> holds: "Von Sprachregeln, Gender-Politik und ..." opens with "Von".)
    title = " ".join(first_line(page).split())
    by = next((b for b in (*zone, *head) if _by_line(b.text) and not in_title(b, title)), None)
    if by is not None and not _names_after(page, by):
        # "Publicado por Jane Doe La información es de ..." says more than names; a "By"
        # line just under it may name her alone.
        later = page.blocks[by.index + 1 : by.index + 4]
        by = next((b for b in later if _by_line(b.text) and _names_after(page, b)), by)
    anchor = by
    if anchor is None and at is None:
        anchor = next((b for b in page.blocks[:TITLE_SEARCH] if BY_LINE.match(b.text)), None)
    beside = page.blocks[anchor.index - 1 : anchor.index + 3] if anchor is not None else ()
    below = page.blocks[at + 1 : TITLE_SEARCH] if at is not None else page.blocks[:TITLE_SEARCH]
    above = page.blocks[max(0, at - _FACTS_ABOVE) : at] if at is not None else ()
    dateline = (
        next((b for b in near if _dated(b.text) or _opening_name(page, b)), None)
        or next((b for b in beside if _dated(b.text)), None)
        or _dated_headline(page, at)
        or next((b for b in below if _labelled_date(b.text)), None)
        # ... or over the headline, in a box of facts before a title repeated below it.
        or next((b for b in reversed(above) if _labelled_date(b.text)), None)
    )
    far = dateline is None
    # The <title>'s own date, a whole part of it ("Title - 21/12/2018 - Section - Site"),
    # before a bare date far down (a teaser's as often as the article's).
    titled = _title_date(page) if dateline is None else None
    if titled is not None:
        yield Candidate("date", _read_date(titled, page.url), "text-title", 0.8)
    # Failing those, a bare date further down, past a long standfirst, a gallery or a
    # share bar (named by no one beside it: that far, it is often a teaser's neighbour).
    # Without a headline line, a date with a name beside it ("11.12.2019 - Jane Doe", "Jane
    # Doe3.11.2023") above the article's first paragraph (under it, "Jane Roe February 23,
    # 2017 at 12:33 pm Reply" is a comment's); else a bare date in the head, or one past it,
    # in as many lines or above the first paragraph, by a title-like line (the headline the
    # dump's title did not point to; the header's "today" sits among menu words).
    if dateline is None and at is not None and titled is None:
        dateline = next((b for b in (*below[:_FAR], *head) if _bare_date(b.text)), None)
    elif dateline is None and at is None:
        lead = _above_prose(page.blocks[:_LEAD])
        named = next((b for b in lead if _named_date(b.text)), None)
        far = named is None
        dateline = named or next(
            (
                b
                for b in page.blocks[: max(len(lead), _FAR)]
                if _bare_date(b.text) and (b.index < _HEAD or _by_title(page, b))
            ),
            None,
        )
    if dateline is not None:
        yield Candidate("date", _read_date(dateline.text, page.url), "text-dateline", 0.8)
        if not far:
            yield from _name_by_date(page, dateline, at)
        if at is None:
            yield from _headline_over(page, dateline)
    if at is not None:
        # A line of names under the headline, past a standfirst: "Jane Doe", "Jane Doe,
        # 01.12.2021", "Jane Doe, John Roe & Ann Poe"; with a date on it or under it, or
        # named again elsewhere (the author's box): title-case words alone ("Zum Video",
        # "Fairer Handel") are as often a button or a menu's item.
        # (Or within two lines under a dateline there, past a photo's caption.)
        end = at + 1 + _NAMES_BELOW
        if dateline is not None and not far and at < dateline.index:
            end = max(end, dateline.index + 3)
        for b in page.blocks[at + 1 : end]:
            names = names_line(b.text)
            if (
                names
                and names.split("; ")[0] not in page.blocks[at].text
                and _witnessed(page, b, names, at, dateline)
            ):
                # With its date, the byline's block under the headline: surer than a "By"
                # line the byline step found anywhere in the dump (a comment's "Par ...").
                yield Candidate("byline", names, "text-names", 0.6 if _dated_beside(page, b) else 0.5)
                break
    if by is not None and _names_first(dateline, far, at, by):
        return  # "Dezember 10, 2019 · von jdoe" under the headline, a "By" line further down
    if by is None:
        if at is not None:
            yield from _handle_under(page, at)
        return
    if BY_LINE.match(by.text):
        # The whole line: its "By" tells the normaliser which piece names the author (what
        # the piece is, before it, is no name: "Artikel von Jane von Doe").
        yield Candidate("byline", _PIECE_LABEL.sub("", by.text), "text", 0.7)
        yield from _headline_above(page, by.index)
    elif by.index + 1 < len(page.blocks):
        # "By" on a line of its own, the name on the next ("Von\nJane Doe").
        yield Candidate("byline", page.blocks[by.index + 1].text, "text", 0.7)
        yield from _headline_above(page, by.index + 1)


def _dated_headline(page: Page, at: int | None) -> Block | None:
    """The headline again with its date in front, further down ("1. Februar 2022 Title" under
    a breadcrumb's "Title"): the article's own heading."""
    if at is None:
        return None
    key = " ".join(page.blocks[at].text.split())
    for b in page.blocks[at + 1 : TITLE_SEARCH]:
        if len(b.text) > len(key) and " ".join(without_leading_date(b.text).split()) == key:
            return b
    return None


# The parts of a <title>: "Title | 02.11.2021", "Title - 21/12/2018 - Section - Site".
_TITLE_PARTS = regex.compile(r"\s+[|–—-]\s+", regex.V0)


def _title_date(page: Page) -> str | None:
    """A part of the dump's title line that is a date alone."""
    parts = _TITLE_PARTS.split(first_line(page))
    return next((p for p in parts if _bare_date(p)), None) if len(parts) > 1 else None


def _names_first(dateline: Block | None, far: bool, at: int | None, by: Block) -> bool:
    """The dateline under the headline names the author with its "von"/"by" above the "By"
    line: that line is another's (an interview's partner, a quoted post's author)."""
    if dateline is None or far or at is None or not at < dateline.index < by.index:
        return False
    return bool(_BY_WORD.search(dateline.text)) and byline_of(dateline.text) is not None


_PIECE_LABEL = regex.compile(rf"^\s*(?i:{PIECE_WORDS})\s+(?=(?i:von|by)\b)", regex.V0)


# "von flerche", "by jdoe42": a user name after the "by", in lower case. Only right under the
# headline: elsewhere "by default" or "von oben" read the same.
# ("vom Krimiblogger": "from the", before a blogger's name for himself, any case.)
_BY_HANDLE = regex.compile(r"^\s*(?:(?i:by|von)\s+\p{Ll}|vom\s+\p{L})[\p{L}\d._-]{2,29}\s*$", regex.V0)


def _handle_under(page: Page, at: int) -> Iterator[Candidate]:
    for b in page.blocks[at + 1 : at + 2 + _CLOSE]:
        if _BY_HANDLE.match(b.text):
            yield Candidate("byline", regex.sub(r"^\s*vom\b", "von", b.text), "text", 0.7)
            return


def _by_line(text: str) -> bool:
    return bool(BY_LINE.match(text) or _LONE_BY.match(text))


# A name named again this far from its line is another mention of the person, not a
# button repeated in a row ("Zum Deal »" ... "Zum Deal »").
_AGAIN = 5
# Lines this short around a line of names, four in a row, are a menu's items.
_MENU_WORDS = 4


def _dated_beside(page: Page, line: Block) -> bool:
    """A date on the line or on one of the two lines under it."""
    under = page.blocks[line.index + 1 : line.index + 3]
    return parse_date(line.text) is not None or any(_dated(b.text) for b in under)


def _witnessed(page: Page, line: Block, names: str, at: int, dateline: Block | None) -> bool:
    """A line of names with a date on it or on one of the two lines under it, or the dateline
    above it (under the headline) or naming the name too, or a job title under it, or whose
    first name the dump names again elsewhere."""
    under = page.blocks[line.index + 1 : line.index + 3]
    above = page.blocks[line.index - 1].text.rstrip() if line.index > 0 else ""
    if above.endswith(":") and not _by_line(above):
        return False  # an item of the list a label announces ("In this article:"), not "Author:"
    if _dated_beside(page, line):
        return True
    # "21. Jan 2022 // Jane Doe" over the headline, "Jane Doe" under it; the headline, "01.02.2022
    # | Section", a subtitle, "Jane Doe".
    if dateline is not None and (names.split("; ")[0] in dateline.text or at < dateline.index < line.index):
        return True
    if under and is_role(under[0].text):
        return True  # "Jane Doe" over "Political Editor"
    # Among short lines, the line before it and the two after: a menu's item ("Team",
    # "Kanzlerbungalow Bonn"), which a menu repeated in the footer names again.
    around = page.blocks[max(0, line.index - 1) : line.index + 3]
    if len(around) == 4 and all(len(b.text.split()) <= _MENU_WORDS for b in around):
        return False
    # ... or among other lines of names, two of the two lines above it and the two below:
    # a list of people ("Bundeskanzler Jane Doe", "Bundesministerin Ann Poe", ...), each
    # linking to their page. (One is no list: "Key Points" reads as a name too.)
    near = page.blocks[max(0, line.index - 2) : line.index + 3]
    others = [n for b in near if b is not line and (n := names_line(b.text)) and n != names]
    if len(others) >= 2:
        return False
    return _named_again(page, line, names.split("; ")[0])


def _names_after(page: Page, by: Block) -> bool:
    """The "By" line, or the line after a lone "By", reads as names."""
    if BY_LINE.match(by.text):
        return byline_of(by.text) is not None
    return by.index + 1 < len(page.blocks) and byline_of(page.blocks[by.index + 1].text) is not None


def _headline_over(page: Page, dateline: Block) -> Iterator[Candidate]:
    """The title-like line right over the dateline, when no line repeats the title: the
    headline ("Auf das erste Elektron kommt es an" over "12. Januar 2022,")."""
    prev = page.blocks[dateline.index - 1].text if dateline.index > 0 else ""
    if title_like(prev) and not _not_headline(prev):
        yield Candidate("headline", prev, "text", 0.7)


def _not_headline(text: str) -> bool:
    """A prose line, a read time ("Lesezeit: 1 min"), a section's label ending in a separator
    ("TRD NATIONAL /"), a share button ("Follow Jane Doe on Twitter") or a byline."""
    return (
        is_prose(text)
        or other_words(text) == 0
        or text.rstrip()[-1:] in "/|:-–—»>"
        or bool(_SHARE_WORDS.intersection(_WORD.findall(text.casefold())))
        or names_line(text) is not None
    )


def _headline_above(page: Page, byline: int) -> Iterator[Candidate]:
    """The title-like line closest above the byline: the headline, when no title says."""
    for prev in reversed(page.blocks[max(0, byline - 4) : byline]):
        if title_like(prev.text):
            yield Candidate("headline", prev.text, "text", 0.7)
            return
