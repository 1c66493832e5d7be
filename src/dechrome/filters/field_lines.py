"""The blocks that state the headline, byline or date are fields, not body text."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

from ..blocks import Block, Document
from ..pipeline import define_filter
from ..result import Mark

_BY = regex.compile(r"^(?:by|von|par|por|di|door|av|af|przez)\s+\p{Lu}", regex.I | regex.V0)


def _norm(text: str) -> str:
    return " ".join(regex.sub(r"[\p{P}\p{S}]+", " ", text.casefold()).split())


@define_filter("field_lines", kinds=("html", "text"))
def field_lines(doc: Document, blocks: Sequence[Block]) -> Iterable[Mark]:
    """The headline line, "By ..." lines and bare date lines."""
    meta = doc.metadata
    headline = _norm(meta.headline) if meta.headline else None
    names = [_norm(n) for n in meta.byline.split("; ")] if meta.byline else []
    for b in blocks:
        if len(b.text) > 200:
            continue
        norm = _norm(b.text)
        if headline and norm == headline:
            yield Mark(b.index, "the headline", "headline")
        elif _BY.match(b.text) and len(b.text) < 120:
            yield Mark(b.index, "a byline line", "byline")
        elif names and len(b.text) < 80 and any(n and n in norm for n in names) and not _sentence(b.text):
            yield Mark(b.index, "names the author", "byline")
        elif _is_date_line(b.text):
            yield Mark(b.index, "a date line", "date")


def _sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?")) and len(text.split()) > 6


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


def _is_date_line(text: str) -> bool:
    """A short line made of a date and time and the words around them, nothing else."""
    if len(text) > 80:
        return False
    tokens = _TOKEN.findall(text.casefold())
    if not tokens or not any(t.isdigit() and len(t) == 4 for t in tokens):
        return False
    known = sum(1 for t in tokens if t.isdigit() or t in _DATE_WORDS)
    return known >= len(tokens) * 0.85
