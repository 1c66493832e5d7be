"""Precedence: how the candidates of all steps become one value per field.

- headline: the page's visible title (an `<h1>`) when it agrees with what the page
  tells machines (JSON-LD, OpenGraph, `<title>`), since sites rewrite those for search
  and social, less a kicker the machine title leaves out; else the most confident
  machine title, without its site name.
- date: a date in the URL; else the most confident published date, unless the machine
  dates disagree and the dateline by the headline shows one of them, or the machine date
  is weak and two visible dates agree against it (its local day when
  the same instant is also given in the publisher's offset); failing all, the dateline by
  the headline, then htmldate's search of the page (a guess from the whole page, so only
  then), then an element whose class says "date" (measured: right less often than
  htmldate).
- byline: the most confident candidate that normalises to names and is not the site.
- the rest: the most confident candidate that normalises to a value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import regex

from . import normalize
from .candidates import Candidate, Page

_URL_LOCALE = regex.compile(r"(?<=\w/)([a-z]{2}[-_][a-z]{2})(?=/)", regex.I | regex.V0)
# Words of an organisation's name that no person or news agency carries ("Press
# Association", "dpa" and "AFP" are bylines; "Wirtualna Polska Media" is the publisher).
_ORGANISATION = regex.compile(
    r"\b(?:media|medien|magazin|magazine|zeitung|noticias|verband|bund|ministerium|departement|"
    r"department|institut|institute|universität|university|kreuz|feuerwehr|gruppe|group|online|tv|"
    r"radio|fernsehen)\b",
    regex.I | regex.V0,
)
_SEPARATOR_CHARS = "|-–—:·»/•"
_DOMAIN_SUFFIX = regex.compile(r"\.\p{L}{2,6}$", regex.V0)
# Sources a reader sees, for the date rule: a text dump's dateline. (Not a <time>: its
# datetime is as often an update's; the same instant in a local offset is handled apart.)
_VISIBLE_DATES = frozenset(("text-dateline",))
# Dates a reader sees in an HTML page, as opposed to what it tells machines.
_SEEN = frozenset(("visible-date", "dateline"))
# Not the article's: a <time> in a comment, the site's header, a sidebar or another story's card.
_ELSEWHERE = "elsewhere"


def best(found: list[Candidate], field: str, fn: Callable[[str], str | None]) -> tuple[str, str] | None:
    """(value, source) of the most confident candidate that normalises; ties: step order."""
    top: tuple[float, str, str] | None = None
    for c in found:
        if c.field == field:
            value = fn(c.value)
            if value and (top is None or c.confidence > top[0]):
                top = (c.confidence, value, c.source)
    return (top[1], top[2]) if top else None


# Headlines the reader sees, not titles told to machines.
_VISIBLE_HEADLINES = frozenset(("h1", "text", "text-title"))


def headline(found: list[Candidate], site: str | None, url: str | None = None) -> tuple[str, str] | None:
    """The <h1> a machine title agrees with, else the best machine title without the site's name.

    A kicker or section glued to the <h1> ("Covid-19: Title", "Local News | Title") is
    left out when a machine title is exactly the rest of it.
    """
    sites = [site, *(c.value for c in found if c.field == "site_name" and c.value != site)]
    # Last, the URL's domain: "energieverbraucher.de | Gaspreise", "Title | sheego ♥ Magazin".
    sites += _domain_names(url)
    machine = [c for c in found if c.field == "headline" and c.source not in _VISIBLE_HEADLINES]
    raws = [" ".join(m.value.split()) for m in machine]
    own = {normalize.compact(n) for n in sites if n}

    done: dict[tuple[str, bool], str | None] = {}  # titles repeat (og, twitter, <title>)

    def clean(value: str, guess: bool = True) -> str | None:
        if (value, guess) not in done:
            done[value, guess] = _clean(value, guess)
        return done[value, guess]

    def _clean(value: str, guess: bool) -> str | None:
        text = " ".join(value.split())
        # Another machine title that runs on from this one: "Title – Site" beside "Title"
        # says "Title" has no suffix to guess at; "Title with more" beside "Title with"
        # says this one was cut short.
        longer = [r for r in raws if len(r) > len(text) and r.casefold().startswith(text.casefold())]
        if text and longer:
            rest = longer[0][len(text) :].lstrip()
            if rest[:1] in _SEPARATOR_CHARS:
                return text
            text = max(longer, key=len)
        # The first site name the title carries ("Title | Logo name") is dropped.
        name = next((n for n in sites if n and n.casefold() in text.casefold()), site)
        cleaned = normalize.headline(text, name, guess)
        # What is left may be no title at all: the site's name alone, or "Home".
        if cleaned and (normalize.compact(cleaned) in own or normalize.is_generic_title(cleaned)):
            return None
        return cleaned

    visible = [c for c in found if c.field == "headline" and c.source == "h1"]
    titled = [(m.confidence, t) for m in machine if (t := clean(m.value))]
    # For cutting the <h1>, only what the machine title says, not a guess at its site suffix.
    exact = [t for t in (clean(m.value, guess=False) for m in machine) if t and len(t.split()) >= 2]
    # "Kicker - Title" in the machine title, "Kicker Title" in the <h1> (two spans): the title.
    exact += [t for t in (_after_kicker(x, visible) for x in exact) if t]
    # The <h1> that the most confident machine title agrees with (a section's <h1>, "News",
    # may come first and agree with a <title> "News - Site").
    chosen: tuple[float, str] | None = None
    keyed = [(c, t, normalize.stems(t)) for c, t in titled]
    for h in visible:
        text = normalize.without_leading_date(" ".join(h.value.split()))
        words = normalize.stems(text)
        conf = max((c for c, t, k in keyed if normalize.agrees(text, words, t, k)), default=None)
        if conf is not None and (chosen is None or conf > chosen[0]):
            chosen = (conf, text)
    if chosen:
        text = chosen[1]
        return max((t for t in exact if _part_of(t, text)), key=len, default=text), "h1"
    # A text dump's headline line is what the reader sees: a known site name is cut from
    # it, nothing guessed ("Hund vertreibt Einbrecher – Zeugenaufruf" keeps its tail).
    lines = [c for c in found if c.field == "headline" and c.source == "text-title"]
    if lines:
        return best(lines, "headline", lambda v: clean(v, guess=False))
    # No machine title, or none that is one ("Home", the site's name): the <h1> as it is.
    return best(machine, "headline", clean) or best(found, "headline", clean)


def _domain_names(url: str | None) -> list[str]:
    """The host ("sheego.de") and its name ("sheego"), if that is not too short to be one."""
    host = normalize.host(url)
    if not host:
        return []
    labels = host.split(".")
    name = labels[-2] if len(labels) >= 2 else ""
    return [host, name] if len(name) >= 4 else [host]


def _after_kicker(title: str, visible: list[Candidate]) -> str | None:
    """What follows the first separator of `title` when an <h1> is the two parts run together."""
    for sep in (" - ", " – ", " — ", " | "):
        kicker, found, rest = title.partition(sep)
        if found:
            joined = f"{kicker} {rest}".casefold()
            run_together = any(" ".join(h.value.split()).casefold() == joined for h in visible)
            return rest if run_together and len(rest.split()) >= 2 else None
    return None


def _part_of(title: str, h1: str) -> bool:
    """`title` is the <h1> less a kicker before it or a tail set off by a separator after it.

    A title that merely stops short of the <h1>'s end is a truncated one, not a part.
    """
    at = h1.find(title)
    if at < 0 or len(title) >= len(h1):
        return False
    rest = h1[at + len(title) :].lstrip()
    return not rest or rest[0] in _SEPARATOR_CHARS


def byline(found: list[Candidate], site: str | None, url: str | None) -> tuple[str, str] | None:
    """The most confident byline that is not the site itself.

    The site is its `og:site_name`, the JSON-LD publisher organisation's name, a logo
    <h1>, or its domain, each also without a domain suffix ("automobilwoche.de" names
    "Automobilwoche"). A personal site named after its author loses that author: measured,
    site names taken for bylines are the commoner mistake.
    """
    sites = [x for x in (site, normalize.host(url), *(c.value for c in found if c.field == "site_name")) if x]
    sites += [_DOMAIN_SUFFIX.sub("", x) for x in sites if _DOMAIN_SUFFIX.search(x) and " " not in x.strip()]
    own = {normalize.compact(x) for x in sites}

    ranked: list[tuple[float, str, str]] = []  # (confidence, names, source)
    for c in found:
        if c.field != "byline":
            continue
        machine = c.source in ("json-ld", "meta")
        # A user name is trusted where the page shows it, not in what it tells machines
        # (there it is often a CMS login: "admin7", "jdoe"); an organisation there is the
        # publisher again ("Deutsches Rotes Kreuz", "Wirtualna Polska Media").
        value = normalize.byline(c.value, handles=not machine)
        if machine and _ORGANISATION.search(c.value):
            continue  # "Feuerwehr Oldenburg, Abteilung Wasserrettung": no piece of it is a person
        # A person JSON-LD names is one even when the site is named after them ("Helge.at").
        kept = [n for n in (value or "").split("; ") if n and not _is_site(n, own, c.source != "json-ld")]
        if kept:
            ranked.append((c.confidence, "; ".join(kept), c.source))
    if not ranked:
        return None
    top = max(ranked, key=lambda r: r[0])  # the first of the most confident
    # Another witness names the same people and more: the co-authors the top one left out,
    # or the surname of a first name given alone ("Nils" in the metadata, "Eine Kolumne von
    # Nils Pickert" on the page).
    fuller = [r for r in ranked if _names_more(top[1].split("; "), r[1].split("; "))]
    if fuller:
        top = max(fuller, key=lambda r: (len(r[1].split("; ")), r[0]))
    return top[1], top[2]


def _names_more(names: list[str], other: list[str]) -> bool:
    """`other` names everyone in `names`, a lone first name by its full name, and says more."""

    def named(n: str) -> bool:
        return n in other or (" " not in n and any(o.split()[0] == n and len(o.split()) <= 4 for o in other))

    return all(named(n) for n in names) and set(other) != set(names)


def _is_site(name: str, own: set[str], prefix: bool) -> bool:
    """The site's name; with `prefix`, also the site's name and a region or an office after
    it ("Handball Schweiz" on handball.ch, "IT Finanzmagazin /PP" on it-finanzmagazin.de)."""
    if normalize.compact(name) in own:
        return True
    words = name.split()
    return prefix and any(normalize.compact(" ".join(words[:k])) in own for k in range(1, len(words)))


def date(found: list[Candidate], page: Page) -> tuple[str, str] | None:
    """The URL's date; else the most confident machine date, or a <time> a day off it; else htmldate.

    A date in the URL path is where the publisher filed the story, on its first day: it
    beats a machine date that a later edit moved. An element merely classed "date" is a
    weak witness: it is no longer trusted over a machine date a day off (it is often the
    site header's "today"), and it comes after htmldate.
    """
    weak = [c for c in found if c.source == "visible-date"]
    near = [c for c in found if c.source == "dateline"]
    # The locale says how to read 02/10/2020: the page's own (with a region if it gives
    # one), else one in the URL's path ("/en-gb/news/...").
    langs = [c.value for c in found if c.field == "language"]
    regional = [v for v in langs if "-" in v.replace("_", "-")]
    in_url = _URL_LOCALE.search(page.url or "")
    first = normalize.day_first((regional or langs or [in_url.group(1) if in_url else ""])[0])

    def parse(value: str) -> str | None:
        return normalize.date(value, first)

    from_url = normalize.date_in_url(page.url) if page.url else None
    foreign = {parse(c.value) for c in found if c.source == _ELSEWHERE} - {None}
    found = [c for c in found if c.source != _ELSEWHERE]
    top = best([c for c in found if c.source not in _SEEN], "date", parse)
    # A URL date after the page's own published date is not when it was filed (an event's
    # or an issue's date): a later edit moves machine dates forward, never back.
    if from_url and not (top and from_url > top[0] and _days_apart(from_url, top[0]) > 1):
        return from_url, "url"
    shown = best(near, "date", parse)
    if top is not None and shown is not None and shown[0] != top[0]:
        # Machine dates that disagree (a <time> of the last edit, an old JSON-LD beside a
        # fresh <meta>): the one the reader sees by the headline is the published one.
        machine = {parse(c.value) for c in found if c.field == "date" and c.source not in _SEEN}
        if shown[0] in machine:
            return shown
        # Two things the reader sees (the dateline and a date-classed element) against one
        # weak machine date (a <time>, a bare <meta name=date>): the reader's date.
        if _weak(found, top, parse) and any(parse(c.value) == shown[0] for c in weak):
            return shown
    if top is not None:
        # "Dec. 6, 2024 / Updated Dec. 7, 2024" beside a machine date of the 7th: that one
        # was the modified date; the original is the one before "Updated".
        for c in weak:
            published, updated = normalize.published_and_updated(c.value)
            if published and updated == top[0] and published < updated:
                return published, c.source
    if top is not None:
        # The same instant given in UTC and in the publisher's own offset: the local day is
        # the one the reader saw ("2022-05-04T03:37Z" is "2022-05-03T23:37-04:00").
        local = _local_day(found, top)
        if local:
            return local
    if top is not None and top[1] not in _VISIBLE_DATES:
        for c in found:
            if c.field == "date" and c.source in _VISIBLE_DATES:
                seen = parse(c.value)
                if seen and seen != top[0] and _days_apart(seen, top[0]) <= 1:
                    return seen, c.source
    if top is not None:
        return top
    # htmldate searches the whole page: a date it finds only in comments or teasers is theirs.
    if shown:
        return shown
    searched = _htmldate(page)
    if searched and searched[0] in foreign:
        searched = None
    return searched or best(weak, "date", parse)


def _weak(found: list[Candidate], top: tuple[str, str], parse: Callable[[str], str | None]) -> bool:
    """The top date comes only from a <time> or a low-ranked <meta> (a generic "date")."""
    same = [c for c in found if c.field == "date" and c.source == top[1]]
    confs = [c.confidence for c in same if parse(c.value) == top[0]]
    return top[1] == "time" or (top[1] == "meta" and max(confs, default=1.0) <= 0.6)


def _local_day(found: list[Candidate], top: tuple[str, str]) -> tuple[str, str] | None:
    """The top date's instant as another candidate gives it in a non-UTC offset, if its day differs."""
    times = [(c, _instant(c.value)) for c in found if c.field == "date"]
    zero = dt.timedelta(0)
    utc = [t for _, t in times if t is not None and t.utcoffset() == zero and t.date().isoformat() == top[0]]
    for c, t in times:
        if (
            t is not None
            and t.utcoffset() != zero
            and t.date().isoformat() != top[0]
            and any(abs((t - u).total_seconds()) <= 60 for u in utc)
        ):
            return t.date().isoformat(), c.source
    return None


def _instant(value: str) -> dt.datetime | None:
    """An ISO date-time with its offset ("Z", "+01:00", "+0100"); None without one."""
    text = value.strip()
    if len(text) < 20 or not text[:4].isdigit():
        return None
    try:
        found = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return found if found.tzinfo is not None else None


def _days_apart(a: str, b: str) -> int:
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)


def _htmldate(page: Page) -> tuple[str, str] | None:
    if page.root is None:
        return None
    try:
        from htmldate import find_date
    except ImportError:  # pragma: no cover - htmldate comes with trafilatura
        return None
    try:
        found = find_date(page.root, original_date=True, extensive_search=False)
    except Exception:  # htmldate is a heuristic; its failures are not ours to raise
        return None
    return (found, "htmldate") if isinstance(found, str) and normalize.date(found) else None
