"""Raw candidate values become clean field values: bare names, ISO dates, plain headlines."""

from __future__ import annotations

from html import unescape

import regex

# What a piece is, named before its author: "Eine Kolumne von Jane Doe", "A column by ...".
PIECE_LABEL = (
    r"(?:(?:a|an|ein|eine)\s+)?(?:column|commentary|analysis|essay|guest post|kolumne|kommentar|"
    r"gastbeitrag|beitrag|analyse|glosse)"
)
# "Text & Fotos: Jane Doe": the words and pictures by one person.
CREDIT_LABEL = r"text(?:\s*(?:&|und|and|/|\+)\s*(?:fotos?|photos?|bilder?|bild))?"
# ("Post author By Jane Doe": a theme's label; "durch Jane Doe", German's "by", in lower
# case only.)
_BY = regex.compile(
    r"^\s*(?:(?:post author|written|posted|submitted|recipe|story|words|erstellt|geschrieben|gespeichert|"
    r"veröffentlicht|eingestellt|verfasst|"
    rf"publicado|escrito|publié|écrit|rezept|{PIECE_LABEL})\s+)?"
    r"(?:(?:(?-i:durch)|by|von|par|por|di|door|author|autor(?:in|/in|\*in|:in)?|auteur|autora|autore|"
    rf"{CREDIT_LABEL}|texte|автор|текст|"
    r"interview|reporting|thread starter|themenstarter|started by)"
    r"(?:\s*:\s*|\s+|$)|(?:by|von|par|por)(?=(?-i:\p{Lu})))",
    regex.I | regex.V0,
)
# "Dezember 10, 2019 · von Jane Doe · in News": the "by" inside a byline box, after a date or
# a label; what follows it is the name.
_INNER_BY = regex.compile(
    r"(?:^|[\s|·•,])(?:by|von|par|por|autor|autorin|author|auteur|autora)(?:\s*:\s*|\s+)(?=\w)",
    regex.I | regex.V0,
)
_LABEL_END = regex.compile(
    r"(?:^|\b(?:veröffentlicht|eingestellt|geschrieben|gespeichert|erstellt|verfasst|posted|written|published|"
    r"submitted|publicado|"
    r"escrito|publié|écrit|datum|date))\W*$",
    regex.I | regex.V0,
)
# Pieces of a byline box: "Jane Doe | Published 3 hours ago", "By Jane Doe - January 10, 2020".
# (`(?<!\s)`: a match starts where a run of spaces starts; a long run is scanned once.)
_PIECES = regex.compile(r"(?<!\s)\s*[|·•]\s*|(?<!\s)\s+[-–—/](?:\s+|$)", regex.V0)
# Photo credits that bylines drag along: "Jane Doe Foto: © Agency" keeps "Jane Doe".
_CREDIT_TAIL = regex.compile(
    r"(?:(?:\b|(?<=\p{Ll}))(?:foto|fotos|photo|photos|bild|bilder|image|quelle|source|fuente)\s*:|©|"
    r"(?:\s|(?<=\p{Ll}))@\w).*$",
    regex.I | regex.V0,
)
# `(?<!\s)`: a match starts where a run of spaces starts, so a long run is scanned once, not
# once per space (quadratic); leftmost matches are the same.
# ("y" only in lower case: "Bruce Y. Lee" is one man.)
_SPLIT = regex.compile(r"(?<!\s)\s*(?:;|\band\b|\bund\b|\bet\b|(?-i:\by\b)|&|\|)\s*", regex.I | regex.V0)
# A person's name: two to four words, each capitalised (particles like "van", "de" allowed).
_NAME = regex.compile(
    r"^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:van|von|de|der|den|da|del|della|di|du|le|la|bin|al|el|ter|ten)\s+)?"
    r"\p{Lu}[\p{L}'’.-]*){1,3}$",
    regex.V0,
)
_NOT_NAME = regex.compile(
    r"@|https?:|www\.|\.(?:com|org|net|de|at|ch|fr|es|it|co\.uk)\b|\d|\b(?:staff|reporter|correspondent|"
    r"editor|editors|writer|contributor|updated|published|posted|publiziert|veröffentlicht|"
    r"min(?:ute)?s?\s+read|redaktion|redacción|rédaction|editorial|newsroom|team|admin|e\.\s?v|gmbh|kg|ltd|inc|llc|"
    r"stiftung|verein|verlag|january|february|march|april|june|july|august|september|october|"
    r"november|december|januar|februar|märz|juni|juli|oktober|dezember|profil|profile|artikel|beitrag|beiträge|"
    r"auteurs|autoren|authors)\b",
    regex.I | regex.V0,
)
# Link and button words that bylines drag along: "Jane Doe Alle Artikel", "John Roe Follow".
# "Posted by Jane Doe under Just For Fun", "by Jane Doe in Politics": the post's category.
# "Brendan Carlin For The Mail On Sunday", "Jane Doe for CNN": the outlet written for.
# ("Jane Doe Kategorien: Allgemein": a label of the categories after the name.)
_CATEGORY_TAIL = regex.compile(
    r"(?<!\s)\s+(?:(?:filed under|under|unter|in|for)\s+(?-i:\p{Lu})|"
    r"(?:kategorien?|categor(?:y|ies)|rubriken?|tags?|schlagwörter)\s*:).*$",
    regex.I | regex.V0,
)
# "Pressemitteilung von Katja Kipping", "Alles von Martin Junker": one word, then "von" and a
# full name, is a label before the byline ("Ursula von der Leyen", "Hans von Storch" are names:
# "von" there is followed by a surname alone).
_LABEL_VON = regex.compile(r"^\p{Lu}\p{L}+\s+von\s+(?=\p{Lu}[\p{L}.'’-]*\s+\p{Lu})", regex.V0)
# A job title after the name, no comma between: "Meg James Staff Writer", "Jane Doe Senior
# Political Correspondent". Only these words lead into it: a name's words are capitalised too.
_ROLE_TAIL = regex.compile(
    r"(?<!\s)(?:\s+(?:staff|senior|chief|contributing|business|political|sports?|science|tech|technology|"
    r"foreign|national|special|investigative|associate|deputy|managing|executive|digital|freelance|"
    r"food|travel|health|opinion|legal|economics|entertainment|culture|climate|education)){0,3}"
    r"\s+(?:writer|reporter|editor|columnist|correspondent|contributor|producer|critic|analyst|"
    r"journalist|redakteur|redakteurin|korrespondent|korrespondentin)s?\s*$",
    regex.I | regex.V0,
)
_BYLINE_TAIL = regex.compile(
    r"(?<!\s)\s+(?:alle artikel|all (?:articles|posts|stories)|more (?:articles|posts|stories)(?: by)?|"
    r"view (?:profile|all)|follow|shares?|profil|email|e-mail|twitter)\s*$",
    regex.I | regex.V0,
)
# A comment count after the name, also glued to it: "By Jane Doe 24 Comments", "Jane Doe4 Kommentare".
_COMMENTS_TAIL = regex.compile(
    r"(?:(?<=\p{Ll})|(?<!\s)\s+)\d+\s*(?:comments?|kommentare?|commentaires?|comentarios?|commenti|"
    r"reactions?|responses?|replies|antworten)\s*$",
    regex.I | regex.V0,
)
_WITH_PAREN = regex.compile(r"\s*\((?:avec|with|mit|con|com|met)\s+([^()]{1,100})\)", regex.I | regex.V0)
_PAREN = regex.compile(r"\s*\([^()]{0,100}\)", regex.V0)
# A wire credit: initials and agency names joined by slashes ("det/dpa", "APA/AP", "AFP/The Local").
_AGENCY_CREDIT = regex.compile(r"^[\p{L}.]{1,12}(?:\s?/\s?[\p{L}. ]{1,20}){1,3}$", regex.V0)
_AGENCY = regex.compile(
    r"\b(?:dpa|afp|ap|apa|reuters|epd|kna|sid|ddp|ots|efe|ansa|kyodo|xinhua|upi|pa|sda|ats|belga|anp)\b",
    regex.I | regex.V0,
)
_QUOTES = "\"'“”„«»‘’‚"
_ABBREV_END = regex.compile(r"(?:^|\s)\p{Lu}\p{Ll}?\.$", regex.V0)
# Words that are never part of a name: comment headers ("Jane says:"), form and page labels.
_NOT_NAME_WORDS = regex.compile(
    r"(?:says|sagt|schreibt|dice|écrit|wrote)\s*:?$|\b(?:unbenannt|untitled|unknown|anonymous|anonym|"
    r"erforderlich|required|sign in|sign up|log in|login|register|anmelden|registrieren)\b",
    regex.I | regex.V0,
)
_HANDLE = regex.compile(r"^\p{L}[\p{L}\d._-]{3,29}$", regex.V0)
_NOT_HANDLE = regex.compile(
    r"admin|team|redaktion|redacci|webmaster|\.\p{L}{2,4}$|^(?:editor|user\d*|guest|gast|staff|posted|"
    r"published|updated|author|autor|name)$",
    regex.I | regex.V0,
)
_PARTICLES = frozenset("van von de der den da del della di du le la bin al el ter ten dos das zu y e".split())
_ISO = regex.compile(r"((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})", regex.V0)
_SLASHED = regex.compile(r"\b((?:19|20)\d{2})[/.](\d{1,2})[/.](\d{1,2})\b", regex.V0)
# A year ends at a word boundary, or where a second date is glued on: "19. Dezember
# 202219. Dezember 2022" (published and updated in two inline elements, no space between).
# So does one glued to the next word of a text dump: "March 14, 2025Updated March 15".
# ... and a text dump glues a time, a word or a date written out to it: "4 de mayo de 202200:00
# hs", "20 janvier 202020 janvier 2020évaluation".
_YEAR_END = r"(?:\b|(?=\d{1,2}(?:[./:-]|\s+\p{L}))|(?=\p{L}))"
# A day glued to the name before it: "Nicole Collignon22. Februar 2020", "Jane Doe3.11.2023".
_DAY_START = r"(?:\b|(?<=\p{L}))"
# 17.03.2023 (day first, as in Europe) or 03/17/2023 (month first when the day says so).
# ("4. 2. 2022": a space after each dot, as Germans and Czechs write it.)
_NUMERIC = regex.compile(
    rf"{_DAY_START}(\d{{1,2}})([./-])\s?(\d{{1,2}})\2\s?((?:19|20)\d{{2}}){_YEAR_END}", regex.V0
)
# "31.10.23", "11/19/19": a two-digit year, read as `_NUMERIC` reads a full one; not part of
# a longer number ("1.10.23.4", a version; "1/2/34/5", a path).
_SHORT_YEAR = regex.compile(r"(?<![\d./])(\d{1,2})([./])(\d{1,2})\2(\d{2})(?![\d./]\d)", regex.V0)
_MONTHS = {
    m: i + 1
    for names in (
        "january february march april may june july august september october november december",
        "jan feb mar apr may jun jul aug sep oct nov dec",
        "januar februar märz april mai juni juli august september oktober november dezember",
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
        "januari februari maart april mei juni juli augustus september oktober november december",
        # Abbreviations: German ("18. Okt 2023", "3. Mär 2021"), Austrian "Jän", French, Spanish,
        # Italian, Dutch and Portuguese ("12 ago 2021", "4 mrt 2020", "3 fev 2019"); "sept" in any of them.
        "jan feb mär apr mai jun jul aug sept okt nov dez",
        "jän feb mrz apr mai jun jul aug sep okt nov dez",
        "janv févr mars avr mai juin juil août sept oct nov déc",
        "ene feb mar abr may jun jul ago sep oct nov dic",
        "gen feb mar apr mag giu lug ago set ott nov dic",
        "jan feb mrt apr mei jun jul aug sep okt nov dec",
        "jan fev mar abr mai jun jul ago set out nov dez",
    )
    for i, m in enumerate(names.split())
}
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
# ("21.dez.2018": Folha's dots without spaces.)
_DMY = regex.compile(
    rf"{_DAY_START}(\d{{1,2}})(?:\.?\s+|\.)(?:de\s+)?({_MONTH_ALT})(?:\.?,?\s+|\.)(?:de\s+)?((?:19|20)\d{{2}}){_YEAR_END}",
    regex.I | regex.V0,
)
_MDY = regex.compile(
    rf"\b({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{{2}}){_YEAR_END}",
    regex.I | regex.V0,
)

_WEEKDAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|"
    "freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|"
    "miércoles|jueves|viernes|sábado|domingo"
)
# German weekdays as a dateline shortens them: "Do 9 Apr 2020".
_WEEKDAYS_DE = "Mo|Di|Mi|Do|Fr|Sa|So"
# Where a date or time starts: "12.03.2021", "2021-03-12", "18:52", "5 mayo", "March 5", "Montag".
_DATE_START = regex.compile(
    rf"(?:\d{{1,2}}[./]\s?\d{{1,2}}[./]|\b\d{{4}}-\d|\b\d{{1,2}}:\d{{2}}|\b\d{{1,2}}\.?\s+(?:de\s+)?(?:{_MONTH_ALT})\b|"
    rf"\b(?:{_MONTH_ALT})\.?\s+\d|\b(?:{_WEEKDAYS})\b|"
    # A weekday glued to the name before it: "Heiko SauerDo 9 Apr 2020"; or after a space,
    # before a day and a month ("Heiko Sauer Do 9 Apr 2020").
    rf"(?<=\p{{Ll}})(?-i:{_WEEKDAYS_DE}|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?\s+\d|"
    rf"\b(?-i:{_WEEKDAYS_DE})\.?,?\s+\d{{1,2}}\.?\s+(?:{_MONTH_ALT})\b)",
    regex.I | regex.V0,
)
# A date and what leads into it, to the end: "am 21. April 2020", "on March 5, 2020", "at 18:52".
# (No leading `\s*`: it made a run of spaces quadratic.)
_DATE_TAIL = regex.compile(
    rf"(?:\b(?:last\s+updated|last\s+modified|erstellt|created|geändert|zuletzt|published|publiziert|"
    rf"veröffentlicht|publicado|publié|posted|updated|aktualisiert)\s+)?"
    rf"(?:\b(?:am|on|at|le|el|um|den|vom|the)\s+)?{_DATE_START.pattern}.*$",
    regex.I | regex.V0,
)


# A date glued in front of a heading: "1. Februar 2022 Ministerin Raab: ...", "27.01.2022Title".
_LEADING_DATE = regex.compile(
    rf"^(?:\d{{1,2}}\.?\s*(?:{_MONTH_ALT})\.?\s+(?:19|20)\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./](?:19|20)\d{{2}}|"
    rf"(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}|(?:{_MONTH_ALT})\.?\s+\d{{1,2}},?\s+(?:19|20)\d{{2}})\s*[|:–—-]?\s*",
    regex.I | regex.V0,
)


def without_leading_date(heading: str) -> str:
    """The heading less a date glued in front of it, if words remain."""
    m = _LEADING_DATE.match(heading)
    rest = heading[m.end() :] if m else ""
    return rest if len(rest.split()) >= 2 else heading


_TITLE_SEPARATORS = (" | ", " – ", " — ", " - ", " :: ", " · ", " • ", " » ", " « ", " : ", " / ")


# "selbst.de", "www.example.co.uk": a site's name as its address.
_DOMAIN = regex.compile(r"^(?:[\w-]+\.)+\p{L}{2,6}$", regex.V0)


def headline(value: str, site_name: str | None = None, guess: bool = True) -> str | None:
    """Drop a trailing or leading site name: "Title | Site", "Site - Title".

    Without the site's name, a short last part is taken for it when `guess`.
    """
    text = " ".join(value.split())
    if site_name:
        # The site's name set off by any separator, wherever the title's separators are
        # ("Title : Site | Tagline", "Title - Site - Motto" with a site named "Site - Motto").
        site = " ".join(site_name.split())
        folded, key = text.casefold(), site.casefold()
        for sep in _TITLE_SEPARATORS:
            at = folded.find(sep.casefold() + key)
            if at > 0:
                return text[:at].strip() or None
            if folded.startswith(key + sep.casefold()) and len(folded) == len(text):
                return text[len(site) + len(sep) :].strip() or None
    if guess:
        # A breadcrumb of three levels or more runs from the site to the page: "Site - News
        # » Title" (with two parts, "Title » Blog" is as common as "Blog » Title").
        for crumb in (" » ", " › "):
            head, found, last = text.rpartition(crumb)
            if found and len(last.split()) >= 3 and any(sep in head for sep in (*_TITLE_SEPARATORS, crumb)):
                return last
    for sep in (" | ", " – ", " — ", " - ", " :: ", " · ", " » "):
        if sep in text:
            parts = text.split(sep)
            if site_name and any(_same(p, site_name) for p in parts):
                parts = [p for p in parts if not _same(p, site_name)]
                text = sep.join(parts)
            elif guess and (
                (len(parts[-1]) < len(parts[0]) and len(parts[-1].split()) <= 4) or _DOMAIN.match(parts[-1])
            ):
                text = sep.join(parts[:-1])
            elif guess and len(parts) == 2 and len(parts[0].split()) <= 2 and len(parts[1].split()) >= 4:
                # "BMAS - Change to the rules for ...": a short site or section name in front.
                text = parts[1]
            break
    else:
        if guess:
            text = _cjk_site_cut(text)
    return text or None


# Chinese and Japanese titles set the site off without spaces: "标题_科技_腾讯网", "标题-新华网".
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]", regex.V0)
_CJK_TAIL = regex.compile(r"^(.{6,}?)\s?(?:[_|｜]|-(?=\S{2,12}$))\S{1,12}(?:\s?[_|｜]\S{1,12})*$", regex.V0)


def _cjk_site_cut(text: str) -> str:
    """A CJK title less the short parts its underscores or last dash set off: the site's
    name and section."""
    if not _CJK.search(text):
        return text
    m = _CJK_TAIL.match(text)
    return m.group(1).rstrip() if m else text


_WORD = regex.compile(r"\w+", regex.V0)


def overlap(a: str | frozenset[str], b: str | frozenset[str]) -> float:
    """Share of the shorter text's words in the other; words compared by their first five
    letters, so inflections agree ("Leasing"/"Leasen", "Finanzierung"/"Finanzieren").
    Either side may be given as its `stems` already."""
    wa = stems(a) if isinstance(a, str) else a
    wb = stems(b) if isinstance(b, str) else b
    return len(wa & wb) / max(1, min(len(wa), len(wb)))


def stems(text: str) -> frozenset[str]:
    """The words of `text` as `overlap` compares them."""
    return frozenset(_stem(w) for w in _WORD.findall(text.casefold()))


def _stem(word: str) -> str:
    # Not in scripts written without spaces (CJK): there a "word" is a whole phrase.
    return word[:5] if all(ord(ch) < 0x2E80 for ch in word) else word


def agrees(line: str, line_stems: frozenset[str], title: str, title_stems: frozenset[str]) -> bool:
    """A visible headline (an <h1>, a dump's line) that a machine title names: most words in
    common; one word ("News", "Literatur") only with a title that starts with it or is as
    short (not by sharing one word of a long title)."""
    if overlap(line_stems, title_stems) < 0.6:
        return False
    return " " in line.strip() or title.casefold().startswith(line.casefold()) or len(title.split()) <= 2


# Page labels that name no article: a site's home or a section's index.
_GENERIC_TITLES = frozenset((
    "home", "homepage", "home page", "startseite", "start", "index", "accueil", "inicio", "portada",
    "news", "blog", "aktuelles", "untitled", "untitled document", "ohne titel",
))  # fmt: skip


def is_generic_title(text: str) -> bool:
    """ "Home", "Startseite", "Blog": a page label, not a headline."""
    return text.strip(" .!").casefold() in _GENERIC_TITLES


def compact(text: str) -> str:
    """Lowercase letters and digits only: "The Coastal-Courier" == "thecoastalcourier"."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _same(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


# Where a text dump glued the next inline element to a name: a label ("Jane DoePublished
# March 14, 2025"), a weekday ("Jeff FoustMonday, November 18"), or a capitalised word
# after a name in capitals ("JILL LAWLESSAssociated Press"). Only these: "McDonald" and
# "DeVito" are names.
_GLUED = regex.compile(
    r"(?<=\p{Ll})(?=(?:Published|Updated|Posted|Veröffentlicht|Aktualisiert|Publié|Publicado|Actualizado|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|"
    r"Samstag|Sonntag)\b)|(?<=\p{Lu}{3})(?=\p{Lu}\p{Ll}{2})",
    regex.V0,
)


def byline(value: str, handles: bool = True) -> str | None:
    """Names only, several joined by "; "; user names ("jdoe", "freeman1984") only if `handles`.

    A byline box says more than the names: "By Jane Doe - January 10, 2020 · 4 min read".
    It is cut into pieces at "|", "·" and spaced dashes; when a piece starts with "By"
    (or follows a date, "Dec 10, 2019 · von jdoe"), only such pieces are read; dates and
    times that trail a name ("Posted by Jane Doe at 18:52") are cut off.
    """
    text = _GLUED.sub(" ", " ".join(unescape(value).split())).strip(_QUOTES + " ")
    credit: str = _BY.sub("", text, count=1)
    if _AGENCY_CREDIT.match(credit) and _AGENCY.search(credit):
        return credit  # "det/dpa", "APA/AP": an editor's initials and the agencies, as given
    # "Jane Doe (with John Roe)": a co-author; "Jane Doe (Reuters)", "(Text)": not a name
    # (but "Name (required)" stays a form label).
    text = _WITH_PAREN.sub(r"; \1", text)
    text = _PAREN.sub(lambda m: m.group(0) if _NOT_NAME_WORDS.search(m.group(0)) else "", text).strip()
    pieces = [p.strip(" ,:") for p in _PIECES.split(text) if p.strip(" ,:")]
    if not pieces:
        return None
    marked = [p for p in pieces if _BY.match(p) and _BY.sub("", p, count=1).strip()]
    if not marked:
        # "Veröffentlicht am 8. Februar 2022 von Jane Doe": the "by" after a date or a label.
        for piece in pieces:
            inner = list(_INNER_BY.finditer(piece))
            before = piece[: inner[-1].start()] if inner else ""
            if inner and (_DATE_START.search(before) or _LABEL_END.search(before)):
                marked.append(piece[inner[-1].end() :])
    names: list[str] = []
    for piece in marked or pieces:
        piece = _CREDIT_TAIL.sub("", _BY.sub("", piece, count=1))
        piece = _DATE_TAIL.sub("", piece).rstrip()
        for name in _names(piece, handles):
            if name not in names:
                names.append(name)
    return "; ".join(names) or None


def pieces(text: str) -> list[str]:
    """The pieces of a byline box or a dateline, split at "|", "·", "•" and spaced dashes or
    slashes ("By Jane Doe - January 10, 2020 · 4 min read")."""
    parts: list[str] = _PIECES.split(text)
    return parts


def name_beside_date(text: str) -> str | None:
    """The name in a dateline "25.10.2022 - Reiner Nagel" / "Jane Doe | 3 May 2021"; None otherwise.

    Only a full name (two to four capitalised words) that is the one piece beside the date.
    """
    pieces = [p.strip(" ,:") for p in _PIECES.split(" ".join(text.split()))]
    rest = [p for p in pieces if p and not date(p)]
    if len(rest) != 1 or len(rest) == len(pieces):
        return None
    name = _BY.sub("", rest[0], count=1).strip()
    return name if is_full_name(name) else None


def is_role(text: str) -> bool:
    """A job title alone: "Political Editor", "Staff Writer", "Redakteurin"."""
    return bool(_ROLE_TAIL.fullmatch(" " + " ".join(text.split())))


def is_full_name(text: str) -> bool:
    """Two to four capitalised words that read as a person's name: "Jane van Doe"."""
    return bool(_NAME.match(text)) and not _NOT_NAME.search(text)


def _names(text: str, handles: bool) -> list[str]:
    """The plausible names in one piece of a byline: "Jane Doe and John Roe, Staff"."""
    found: list[str] = []
    in_role = False
    for part in _SPLIT.split(text):
        if in_role:
            # "Jane Doe, Staff, Speech, Privacy, and Technology Project": an "and" after a
            # role's comma continues the role's list, not the names.
            in_role = False
            continue
        pieces = [p.strip() for p in part.split(",") if p.strip()]
        in_role = part.rstrip().endswith(",") and not all(_NAME.match(p) for p in pieces)
        # "Anna Schmidt, ARD studio": after a comma comes a role or a place, unless the
        # comma separates names ("Sarah Kim, Ravi Shah").
        if len(pieces) > 1 and not all(_NAME.match(p) for p in pieces):
            pieces = pieces[:1]
        # "Jane Doe, Associated Press": the wire a writer works for, not a second author.
        while len(pieces) > 1 and _WIRE.match(pieces[-1]):
            pieces.pop()
        for name in pieces:
            name = _CATEGORY_TAIL.sub("", _BYLINE_TAIL.sub("", _COMMENTS_TAIL.sub("", _BY.sub("", name))))
            agency = _AGENCY_TAIL.search(name)
            if agency and len(name[: agency.start()].split()) >= 2:
                name = name[: agency.start()]
            name, roles = _ROLE_TAIL.subn("", name)
            name = name.strip(" :-–—|")
            if roles and len(name.split()) < 2:
                continue  # a role alone ("Senior Reporter"), not a name less its role
            name = _LABEL_VON.sub("", name)
            # "Perry Bacon Jr.", "Juan Muñoz C.": the dot of a short last word belongs to it.
            if name.endswith(".") and not _ABBREV_END.search(name):
                name = name.rstrip(".").rstrip()
            words = name.split()
            half = len(words) // 2
            if half >= 2 and len(words) == 2 * half and words[:half] == words[half:]:
                name = " ".join(words[:half])  # "Jane Doe Jane Doe": a link and its text, run together
            if name and _plausible(name, handles):
                found.append(name)
    return found


_ARTICLES = frozenset(("the", "a", "an"))  # (German pen names are "Der Spendenteddy")
# A wire service named after the names, no comma between: "By Jane Doe Associated Press".
_WIRES = r"(?:the\s+)?(?:associated press|usa today|reuters|bloomberg|afp|ap|dpa)"
_AGENCY_TAIL = regex.compile(rf"(?<!\s)\s+{_WIRES}\s*$", regex.I | regex.V0)
_WIRE = regex.compile(rf"{_WIRES}$", regex.I | regex.V0)
# ... or after a comma, ending the line: "Jane Doe and John Roe, Associated Press".
WIRE_TAIL = regex.compile(rf"[,;|]?\s*\b{_WIRES}\s*$", regex.I | regex.V0)


def _plausible(name: str, handles: bool) -> bool:
    words = name.split()
    if len(name) > 50 or len(words) > 5 or "*" in name or _NOT_NAME_WORDS.search(name):
        return False
    if _HANDLE.match(name) and (name[0].islower() or any(ch.isdigit() for ch in name)):
        # A user name ("jdoe", "freeman1984"): one token, letters first, digits allowed.
        return handles and not _NOT_HANDLE.search(name)
    if words[0].casefold() in _ARTICLES and len(words) < 3:
        return False  # "The Russian [defense ministry]": a phrase ("The Associated Press" passes)
    # Words in lower case are name particles ("Alexa von Heyden"), not a title's words.
    return (
        not _NOT_NAME.search(name)
        and not name[0].islower()
        and all(w in _PARTICLES for w in words if w[0].islower())
    )


_UPDATED = regex.compile(
    r"\b(?:updated|modified|last modified|aktualisiert|zuletzt|geändert|mis à jour|modifié|actualizado|"
    r"modificado)\b",
    regex.I | regex.V0,
)


def day_first(language: str | None) -> bool:
    """Whether `02/10/2020` is the 2nd of October in this locale ("en-GB", "de", "fr_FR"): all but en-US."""
    if not language:
        return False
    lang, _, region = language.replace("_", "-").lower().partition("-")
    return lang != "en" or region not in ("", "us", "ph", "ca")


def published_and_updated(value: str) -> tuple[str | None, str | None]:
    """(published, updated) from "Published Dec 6, 2024 / Updated Dec 7, 2024"; (None, None) otherwise."""
    m = _UPDATED.search(value)
    if not m:
        return None, None
    return date(value[: m.start()]), date(value[m.end() :])


_URL_DATE = regex.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|$|[^\d])", regex.V0)
# A whole path segment of eight digits: "/20220503/".
_URL_COMPACT_DATE = regex.compile(r"/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/", regex.V0)


# A whole path segment that is a date, day first: "/meldungen/29-10-2021".
_URL_DAY_FIRST = regex.compile(
    r"/(0?[1-9]|[12]\d|3[01])-(0?[1-9]|1[0-2])-((?:19|20)\d{2})(?:/|$|[?#])", regex.V0
)


def host(url: str | None) -> str | None:
    """The host of an absolute URL, lowercased, without "www.": the site it names."""
    if not url or "//" not in url:
        return None
    return url.split("//", 1)[1].split("/", 1)[0].lower().removeprefix("www.") or None


def date_in_url(url: str) -> str | None:
    """A /2019/11/18/ (or /20191118/, /18-11-2019) style date in a URL path."""
    m = _URL_DATE.search(url) or _URL_COMPACT_DATE.search(url)
    if m:
        return date(f"{m.group(1)}-{m.group(2)}-{m.group(3)}")
    m = _URL_DAY_FIRST.search(url)
    return date(f"{m.group(3)}-{m.group(2)}-{m.group(1)}") if m else None


def date(value: str, day_first: bool = False) -> str | None:
    """ISO `YYYY-MM-DD` from ISO, slashed, or month-name dates; None when not a date.

    `02/10/2020` is month first (American) unless `day_first` (the page's locale is not
    en-US) or the day says so.
    """
    m = _NUMERIC.search(value) if not _ISO.search(value) else None
    if m:
        a, sep, b, y = int(m.group(1)), m.group(2), int(m.group(3)), int(m.group(4))
        # Dots and dashes put the day first; a slash puts the month first unless that can't be.
        day, mon = (a, b) if sep != "/" or a > 12 or (day_first and b <= 12) else (b, a)
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
    m = _SHORT_YEAR.search(value)
    if m:
        a, sep, b, short = int(m.group(1)), m.group(2), int(m.group(3)), int(m.group(4))
        day, mon = (a, b) if sep == "." or a > 12 or (day_first and b <= 12) else (b, a)
        if 1 <= mon <= 12 and 1 <= day <= 31:
            return f"{(1900 if short >= 90 else 2000) + short:04d}-{mon:02d}-{day:02d}"
    return None


_TOKEN = regex.compile(r"\p{L}+|\d+", regex.V0)
# Words a dateline is made of besides numbers: months (every name and abbreviation date()
# reads, _MONTHS), weekdays, and the glue around them; the last line of the list, a read
# time beside the date ("June 12, 2025 · 7 min read").
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
    setembro outubro novembro dezembro segunda terça quarta quinta sexta feira sábado às em
    min mins minute minutes read lesezeit lesedauer minuten lecture lectura leitura minutos""".split()
) | frozenset(_MONTHS)


_TIME_ONLY = regex.compile(r"^\d{1,2}[:.h]\d{2}(?:\s*(?:[ap]\.?m\.?|uhr|h))?$", regex.I | regex.V0)


# How long a line made of a date (and time) may be.
DATE_LINE_MAX = 80


def is_date_line(text: str) -> bool:
    """A short line made of a date and time and the words around them, nothing else."""
    if len(text) > DATE_LINE_MAX:
        return False
    if _TIME_ONLY.match(text.strip()):
        return True  # a live blog's "12:31"
    tokens = _TOKEN.findall(text.casefold())
    if not tokens or not any(t.isdigit() and len(t) == 4 for t in tokens):
        return False
    return len(tokens) - _other_words(tokens) >= len(tokens) * 0.85


def other_words(text: str) -> int:
    """How many words of `text` are neither numbers nor the words dates are written with."""
    return _other_words(_TOKEN.findall(text.casefold()))


def _other_words(tokens: list[str]) -> int:
    return sum(1 for t in tokens if not t.isdigit() and t not in _DATE_WORDS)
