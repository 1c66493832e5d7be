"""One adapter per extractor: page bytes in, (body, headline, byline, date) out, offline.

Peers are optional (`pip install -e ".[bench]"`); a missing one is reported and skipped.
Each runs without the network: newspaper4k gets the HTML and `fetch_images=False`,
goose3 gets `raw_html` and no URL, trafilatura runs with comments off as its published
figures do. HTML bytes are decoded for peers with the page's declared charset, else
UTF-8 with replacement; dechrome gets the raw bytes (its own decoding is under test).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass

from .datasets import Case


@dataclass(frozen=True)
class Output:
    body: str
    headline: str | None = None
    byline: str | None = None
    date: str | None = None


Extractor = Callable[[Case], Output]
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_\-]{1,30})""", re.I)


def _text(case: Case) -> str:
    m = _CHARSET.search(case.page[:4096])
    enc = m.group(1).decode("ascii") if m else "utf-8"
    try:
        return case.page.decode(enc, errors="replace")
    except LookupError:
        return case.page.decode("utf-8", errors="replace")


def _dechrome() -> Extractor:
    import dechrome

    def run(case: Case) -> Output:
        a = dechrome.clean(case.page, case.url, kind="text" if case.kind == "text" else "auto")
        return Output(a.body, a.headline, a.byline, a.date)

    return run


def _identity() -> Extractor:
    """The page itself as the body: the floor any extractor must beat on text dumps."""
    return lambda case: Output(_text(case))


def _trafilatura() -> Extractor:
    import trafilatura

    def run(case: Case) -> Output:
        doc = trafilatura.bare_extraction(
            _text(case), url=case.url, include_comments=False, with_metadata=True
        )
        if doc is None:
            return Output("")
        d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
        return Output(d.get("text") or "", d.get("title"), d.get("author"), d.get("date"))

    return run


def _readability() -> Extractor:
    from lxml import html
    from readability import Document

    def run(case: Case) -> Output:
        doc = Document(_text(case))
        summary = doc.summary(html_partial=True)
        body = "\n\n".join(
            " ".join(t.split()) for t in html.fromstring(summary).xpath("//p|//li|//h2|//h3|//pre|//td")
            for t in [t.text_content()] if t.strip()
        ) if summary.strip() else ""  # fmt: skip
        return Output(body, doc.short_title() or None)

    return run


def _newspaper() -> Extractor:
    import newspaper

    def run(case: Case) -> Output:
        art = newspaper.Article(case.url or "http://example.com/", fetch_images=False, memoize_articles=False)
        art.download(input_html=_text(case))
        art.parse()
        date = art.publish_date.strftime("%Y-%m-%d") if art.publish_date else None
        return Output(art.text or "", art.title or None, "; ".join(art.authors) or None, date)

    return run


def _goose() -> Extractor:
    from goose3 import Goose

    goose = Goose({"enable_image_fetching": False})

    def run(case: Case) -> Output:
        art = goose.extract(raw_html=_text(case))
        date = art.publish_date[:10] if isinstance(art.publish_date, str) else None
        return Output(art.cleaned_text or "", art.title or None, "; ".join(art.authors) or None, date)

    return run


def _justext() -> Extractor:
    import justext

    stop = justext.get_stoplist("English")

    def run(case: Case) -> Output:
        paras = justext.justext(case.page, stop)
        return Output("\n\n".join(p.text for p in paras if not p.is_boilerplate))

    return run


def _resiliparse() -> Extractor:
    from resiliparse.extract.html2text import extract_plain_text

    return lambda case: Output(extract_plain_text(_text(case), main_content=True))


def _boilerpy3() -> Extractor:
    from boilerpy3 import extractors

    ex = extractors.ArticleExtractor(raise_on_failure=False)
    return lambda case: Output(ex.get_content(_text(case)) or "")


FACTORIES: dict[str, Callable[[], Extractor]] = {
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
# Only these read plain-text dumps; the others take HTML.
TEXT_CAPABLE = frozenset(("dechrome", "identity"))


def available(names: list[str]) -> tuple[dict[str, Extractor], dict[str, str]]:
    """The extractors that import here, and why the others do not."""
    ready: dict[str, Extractor] = {}
    missing: dict[str, str] = {}
    for name in names:
        if name not in FACTORIES:
            missing[name] = "unknown extractor"
            continue
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                ready[name] = FACTORIES[name]()
        except Exception as exc:  # an optional peer that does not import is skipped
            missing[name] = f"{type(exc).__name__}: {exc}"
    return ready, missing
