"""One adapter per extractor: a labelled page in, body / headline / byline / date out, offline.

Peers are optional (`pip install -e ".[bench]"`): one that does not import is reported and
skipped. Each runs without the network: newspaper4k is handed the HTML
(`download(input_html=...)`, `fetch_images=False`, `memoize_articles=False`), goose3 gets
`raw_html` and no URL with image fetching off, trafilatura runs with comments off as in its
published evaluation. Peers take HTML, decoded by `htmltext.decode`; dechrome takes the raw
bytes. Plain-text dumps go only to dechrome (`kind="text"`) and to `identity`, the dump
itself as the body: the floor any extractor must beat.

An adapter says which of headline / byline / date it extracts; the others are not scored
for it (shown as "n/a"), rather than counted right wherever a page is labelled as having none.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from importlib import metadata
from typing import Any

from . import htmltext
from .datasets import Case

FIELDS = ("headline", "byline", "date")
ALL_FIELDS = frozenset(FIELDS)
HTML = frozenset({"html"})


@dataclass(frozen=True)
class Output:
    body: str
    headline: str | None = None
    byline: str | None = None
    date: str | None = None
    trace: Any = None  # dechrome's Article, for the one-page diff


@dataclass(frozen=True)
class Peer:
    name: str
    extract: Callable[[Case], Output]
    fields: frozenset[str] = frozenset()  # which of FIELDS it extracts
    kinds: frozenset[str] = HTML  # which page kinds it reads
    version: str = "?"


_ISO = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})")


def iso_date(value: object) -> str | None:
    """A peer's date as YYYY-MM-DD: a date/datetime, or a string starting with an ISO date."""
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, str) and (m := _ISO.match(value)):
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    return None


def _names(authors: object) -> str | None:
    if isinstance(authors, str):
        return authors.strip() or None
    if isinstance(authors, list | tuple):
        return "; ".join(a.strip() for a in authors if isinstance(a, str) and a.strip()) or None
    return None


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "?"


def _dechrome() -> Peer:
    import dechrome

    clean = dechrome.clean  # an incomplete core (no `clean` yet) is reported as unavailable

    def run(case: Case) -> Output:
        a = clean(case.page, case.url, kind="text" if case.kind == "text" else "auto")
        return Output(a.body or "", getattr(a, "headline", None), getattr(a, "byline", None),
                      getattr(a, "date", None), a)  # fmt: skip

    return Peer("dechrome", run, ALL_FIELDS, frozenset({"html", "text"}), _version("dechrome"))


def _identity() -> Peer:
    def run(case: Case) -> Output:
        return Output(case.page.decode("utf-8", errors="replace"))

    return Peer("identity", run, frozenset(), frozenset({"text"}), "-")


def _trafilatura() -> Peer:
    import trafilatura

    def run(case: Case) -> Output:
        page = htmltext.decode(case.page)
        body = trafilatura.extract(page, url=case.url, include_comments=False, output_format="txt")
        meta = trafilatura.extract_metadata(page, default_url=case.url)
        if meta is None:
            return Output(body or "")
        return Output(body or "", meta.title or None, meta.author or None, iso_date(meta.date))

    return Peer("trafilatura", run, ALL_FIELDS, version=_version("trafilatura"))


def _readability() -> Peer:
    from readability import Document

    def run(case: Case) -> Output:
        doc = Document(htmltext.decode(case.page))
        body = htmltext.block_text(doc.summary(html_partial=True))
        return Output(body, doc.short_title() or None)

    return Peer("readability-lxml", run, frozenset({"headline"}), version=_version("readability-lxml"))


def _newspaper() -> Peer:
    import newspaper

    def run(case: Case) -> Output:
        art = newspaper.Article(case.url or "", fetch_images=False, memoize_articles=False)
        art.download(input_html=htmltext.decode(case.page))
        art.parse()
        return Output(art.text or "", art.title or None, _names(art.authors), iso_date(art.publish_date))

    return Peer("newspaper4k", run, ALL_FIELDS, version=_version("newspaper4k"))


def _goose() -> Peer:
    from goose3 import Goose

    goose = Goose({"enable_image_fetching": False})

    def run(case: Case) -> Output:
        art = goose.extract(raw_html=htmltext.decode(case.page))
        day = iso_date(art.publish_date) or iso_date(art.publish_datetime_utc)
        return Output(art.cleaned_text or "", art.title or None, _names(art.authors), day)

    return Peer("goose3", run, ALL_FIELDS, version=_version("goose3"))


# jusText needs a stop-word list for the page's language: taken from <html lang>, else English.
_JUSTEXT_LANGS = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "pl": "Polish", "cs": "Czech", "sk": "Slovak",
    "sv": "Swedish", "da": "Danish", "no": "Norwegian_Bokmal", "nb": "Norwegian_Bokmal",
    "nn": "Norwegian_Nynorsk", "fi": "Finnish", "hu": "Hungarian", "ro": "Romanian",
    "ru": "Russian", "uk": "Ukrainian", "bg": "Bulgarian", "el": "Greek", "tr": "Turkish",
    "hr": "Croatian", "sl": "Slovenian", "sr": "Serbian", "et": "Estonian", "lv": "Latvian",
    "lt": "Lithuanian", "ca": "Catalan", "id": "Indonesian", "vi": "Vietnamese",
}  # fmt: skip


def _justext() -> Peer:
    import justext

    stoplists: dict[str, frozenset[str]] = {}

    def stoplist(lang: str | None) -> frozenset[str]:
        name = _JUSTEXT_LANGS.get(lang or "", "English")
        if name not in stoplists:
            stoplists[name] = justext.get_stoplist(name)
        return stoplists[name]

    def run(case: Case) -> Output:
        paras = justext.justext(htmltext.decode(case.page), stoplist(htmltext.language(case.page)))
        return Output("\n\n".join(p.text for p in paras if not p.is_boilerplate))

    return Peer("justext", run, version=_version("jusText"))


def _resiliparse() -> Peer:
    from resiliparse.extract.html2text import extract_plain_text

    def run(case: Case) -> Output:
        return Output(extract_plain_text(htmltext.decode(case.page), main_content=True) or "")

    return Peer("resiliparse", run, version=_version("resiliparse"))


def _boilerpy3() -> Peer:
    from boilerpy3 import extractors

    ex = extractors.ArticleExtractor(raise_on_failure=False)

    def run(case: Case) -> Output:
        doc = ex.get_doc(htmltext.decode(case.page))
        return Output(doc.content or "", getattr(doc, "title", None) or None)

    return Peer("boilerpy3", run, frozenset({"headline"}), version=_version("boilerpy3"))


FACTORIES: dict[str, Callable[[], Peer]] = {
    "dechrome": _dechrome,
    "trafilatura": _trafilatura,
    "readability-lxml": _readability,
    "newspaper4k": _newspaper,
    "goose3": _goose,
    "justext": _justext,
    "resiliparse": _resiliparse,
    "boilerpy3": _boilerpy3,
    "identity": _identity,
}


def available(names: list[str]) -> tuple[dict[str, Peer], dict[str, str]]:
    """The extractors that load here, and why the others do not."""
    ready: dict[str, Peer] = {}
    missing: dict[str, str] = {}
    for name in names:
        if name not in FACTORIES:
            missing[name] = f"unknown extractor (known: {', '.join(FACTORIES)})"
            continue
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                ready[name] = FACTORIES[name]()
        except Exception as exc:  # an optional peer that does not import is skipped
            missing[name] = f"not available ({type(exc).__name__}: {exc})"
    return ready, missing
