"""Scoring: ScrapingHub's body metric, snippet rates, and field accuracy.

The body metric follows scrapinghub/article-extraction-benchmark's evaluate.py: text is
lowercased and cut into `\\w+` tokens; each text becomes a multiset of 4-token shingles;
per page, true/false positives and false negatives are counted on the multisets and
normalised to sum to 1; they are averaged over pages, and precision = tp / (tp + fp),
recall = tp / (tp + fn), F1 = 2PR / (P + R) from those averages. A page where both
texts are empty counts as fully right.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text.lower())
    if len(tokens) < n:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


@dataclass(frozen=True)
class PageScore:
    tp: float
    fp: float
    fn: float

    @property
    def f1(self) -> float:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


def score_body(truth: str, got: str) -> PageScore:
    """tp/fp/fn of one page, normalised to sum to 1."""
    t, g = shingles(truth), shingles(got)
    tp = sum((t & g).values())
    fp = sum(g.values()) - tp
    fn = sum(t.values()) - tp
    total = tp + fp + fn
    if total == 0:
        return PageScore(1.0, 0.0, 0.0)
    return PageScore(tp / total, fp / total, fn / total)


@dataclass(frozen=True)
class BodyScore:
    precision: float
    recall: float
    f1: float


def aggregate(scores: list[PageScore]) -> BodyScore:
    if not scores:
        return BodyScore(0.0, 0.0, 0.0)
    tp = sum(s.tp for s in scores) / len(scores)
    fp = sum(s.fp for s in scores) / len(scores)
    fn = sum(s.fn for s in scores) / len(scores)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return BodyScore(p, r, 2 * p * r / (p + r) if p + r else 0.0)


def normalize(text: str | None) -> str:
    """For comparing fields and snippets: NFC, casefolded, one space, plain quotes."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).casefold()
    for fancy, plain in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("„", '"'), ("«", '"'), ("»", '"')):
        text = text.replace(fancy, plain)
    return " ".join(text.split())


def field_outcome(truth: str | None, got: str | None) -> str | None:
    """'right', 'missing', 'wrong' or 'spurious'; None when the field is not labelled."""
    if truth is None:
        return None
    t, g = normalize(truth), normalize(got)
    if t == g:
        return "right"
    if not g:
        return "missing"
    return "spurious" if not t else "wrong"


def contains(body: str, snippet: str) -> bool:
    """Snippet test as trafilatura's evaluation does it: case-sensitive substring, here with
    whitespace collapsed and NFC applied (extractors differ in line breaks, not in words)."""
    return _spaced(snippet) in _spaced(body)


def _spaced(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())
