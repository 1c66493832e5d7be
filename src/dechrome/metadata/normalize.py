"""Raw candidate values become clean field values: bare names, ISO dates, plain headlines."""

from __future__ import annotations

from html import unescape

import regex

_BY = regex.compile(
    r"^\s*(?:(?:written|posted|recipe|story|words|erstellt|geschrieben)\s+)?(?:by|von|par|por|di|door|"
    r"author|autor|autorin|auteur|autora|autore|text|texte|interview|reporting)\s*:?\s*",
    regex.I | regex.V0,
)
# Photo credits that bylines drag along: "Jane Doe Foto: © Agency" keeps "Jane Doe".
_CREDIT_TAIL = regex.compile(
    r"(?:\b(?:foto|fotos|photo|photos|bild|bilder|image)\s*:" r"|©).*$",
    regex.I | regex.V0,
)
# `(?<!\s)`: a match starts where a run of spaces starts, so a long run is scanned once, not
# once per space (quadratic); leftmost matches are the same.
_SPLIT = regex.compile(r"(?<!\s)\s*(?:;|\band\b|\bund\b|\bet\b|\by\b|&|\|)\s*", regex.I | regex.V0)
# A person's name: two to four words, each capitalised (particles like "van", "de" allowed).
_NAME = regex.compile(
    r"^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:van|von|de|der|den|da|del|della|di|du|le|la|bin|al|el|ter|ten)\s+)?"
    r"\p{Lu}[\p{L}'’.-]*){1,3}$",
    regex.V0,
)
_NOT_NAME = regex.compile(
    r"@|https?:|www\.|\.(?:com|org|net|de|at|ch|fr|es|it|co\.uk)\b|\d|\b(?:staff|reporter|correspondent|"
    r"editor|editors|writer|contributor|updated|published|posted|publiziert|veröffentlicht|"
    r"min(?:ute)?s?\s+read|redaktion|redacción|rédaction|newsroom|team|admin|e\.\s?v|gmbh|ltd|inc|"
    r"stiftung|verein|verlag|january|february|march|april|june|july|august|september|october|"
    r"november|december|januar|februar|märz|juni|juli|oktober|dezember)\b",
    regex.I | regex.V0,
)
# Link and button words that bylines drag along: "Jane Doe Alle Artikel", "John Roe Follow".
_BYLINE_TAIL = regex.compile(
    r"(?<!\s)\s+(?:alle artikel|all (?:articles|posts|stories)|more (?:articles|posts|stories)(?: by)?|"
    r"view (?:profile|all)|follow|shares?|profil|email|e-mail|twitter)\s*$",
    regex.I | regex.V0,
)
_ISO = regex.compile(r"((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})", regex.V0)
_SLASHED = regex.compile(r"\b((?:19|20)\d{2})[/.](\d{1,2})[/.](\d{1,2})\b", regex.V0)
# 17.03.2023 (day first, as in Europe) or 03/17/2023 (month first when the day says so).
_NUMERIC = regex.compile(r"\b(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2})\b", regex.V0)
_MONTHS = {
    m: i + 1
    for names in (
        "january february march april may june july august september october november december",
        "jan feb mar apr may jun jul aug sep oct nov dec",
        "januar februar märz april mai juni juli august september oktober november dezember",
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    )
    for i, m in enumerate(names.split())
}
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DMY = regex.compile(
    rf"\b(\d{{1,2}})\.?\s+(?:de\s+)?({_MONTH_ALT})\.?,?\s+(?:de\s+)?((?:19|20)\d{{2}})\b", regex.I | regex.V0
)
_MDY = regex.compile(
    rf"\b({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{{2}})\b", regex.I | regex.V0
)


def headline(value: str, site_name: str | None = None) -> str | None:
    """Drop a trailing or leading site name: "Title | Site", "Site - Title"."""
    text = " ".join(value.split())
    for sep in (" | ", " – ", " — ", " - ", " :: ", " · ", " » "):
        if sep in text:
            parts = text.split(sep)
            if site_name and any(_same(p, site_name) for p in parts):
                parts = [p for p in parts if not _same(p, site_name)]
                text = sep.join(parts)
            elif len(parts[-1]) < len(parts[0]) and len(parts[-1].split()) <= 4:
                text = sep.join(parts[:-1])
            break
    return text or None


def compact(text: str) -> str:
    """Lowercase letters and digits only: "The Coastal-Courier" == "thecoastalcourier"."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _same(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


def byline(value: str) -> str | None:
    """Names only, several joined by "; "."""
    text = _CREDIT_TAIL.sub("", _BY.sub("", " ".join(unescape(value).split()))).rstrip()
    names: list[str] = []
    for part in _SPLIT.split(text):
        pieces = [p.strip() for p in part.split(",")]
        # "Anna Schmidt, ARD studio": after a comma comes a role or a place, unless the
        # comma separates names ("Sarah Kim, Ravi Shah").
        if len(pieces) > 1 and not all(_NAME.match(p) for p in pieces):
            pieces = pieces[:1]
        for name in pieces:
            name = _BYLINE_TAIL.sub("", _BY.sub("", name)).strip(" .:-–—|")
            plausible = (
                name
                and not _NOT_NAME.search(name)
                and "*" not in name
                and not name[0].islower()
                and len(name) <= 50
                and len(name.split()) <= 5
            )
            if plausible and name not in names:
                names.append(name)
    return "; ".join(names) or None


_URL_DATE = regex.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|$|[^\d])", regex.V0)


def date_in_url(url: str) -> str | None:
    """A /2019/11/18/ style date in a URL path."""
    m = _URL_DATE.search(url)
    return date(f"{m.group(1)}-{m.group(2)}-{m.group(3)}") if m else None


def date(value: str) -> str | None:
    """ISO `YYYY-MM-DD` from ISO, slashed, or month-name dates; None when not a date."""
    m = _NUMERIC.search(value) if not _ISO.search(value) else None
    if m:
        a, sep, b, y = int(m.group(1)), m.group(2), int(m.group(3)), int(m.group(4))
        # Dots and dashes put the day first; a slash puts the month first unless that can't be.
        day, mon = (a, b) if sep != "/" or a > 12 else (b, a)
        if 1 <= mon <= 12 and 1 <= day <= 31 and 1990 <= y <= 2100:
            return f"{y:04d}-{mon:02d}-{day:02d}"
    for pattern, order in ((_ISO, "ymd"), (_SLASHED, "ymd"), (_DMY, "dmy"), (_MDY, "mdy")):
        m = pattern.search(value)
        if not m:
            continue
        parts = dict(zip(order, m.groups(), strict=True))
        month = parts["m"]
        mon = int(month) if month.isdigit() else _MONTHS.get(month.lower().rstrip("."), 0)
        day, year = int(parts["d"]), int(parts["y"])
        if 1 <= mon <= 12 and 1 <= day <= 31 and 1990 <= year <= 2100:
            return f"{year:04d}-{mon:02d}-{day:02d}"
    return None


_TOKEN = regex.compile(r"\p{L}+|\d+", regex.V0)
# Words a dateline is made of besides numbers: months, weekdays, and the glue around them.
_DATE_WORDS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday mon tue tues wed thu thur thurs fri sat sun am pm a m p est edt cst cdt pst
    pdt gmt utc bst cet cest ist posted updated published last modified on at date time
    januar februar märz mai juni juli oktober dezember montag dienstag mittwoch donnerstag
    freitag samstag sonntag uhr um veröffentlicht aktualisiert am stand zuletzt janvier février
    mars avril juin juillet août septembre octobre novembre décembre lundi mardi mercredi jeudi
    vendredi samedi dimanche le à h publié mis jour enero febrero marzo abril mayo junio julio
    agosto septiembre setiembre octubre noviembre diciembre lunes martes miércoles jueves viernes
    sábado domingo de del las publicado actualizado janeiro fevereiro março maio junho julho
    setembro outubro novembro dezembro segunda terça quarta quinta sexta feira sábado às em""".split()
)


_TIME_ONLY = regex.compile(r"^\d{1,2}[:.h]\d{2}(?:\s*(?:[ap]\.?m\.?|uhr|h))?$", regex.I | regex.V0)


def is_date_line(text: str) -> bool:
    """A short line made of a date and time and the words around them, nothing else."""
    if len(text) > 80:
        return False
    if _TIME_ONLY.match(text.strip()):
        return True  # a live blog's "12:31"
    tokens = _TOKEN.findall(text.casefold())
    if not tokens or not any(t.isdigit() and len(t) == 4 for t in tokens):
        return False
    known = sum(1 for t in tokens if t.isdigit() or t in _DATE_WORDS)
    return known >= len(tokens) * 0.85
