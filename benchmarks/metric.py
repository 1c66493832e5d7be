"""Scoring: ScrapingHub's body metric, snippet tests and field outcomes.

The body metric is the one of scrapinghub/article-extraction-benchmark's `evaluate.py`:

- tokens are `re.findall(r"\\w+", text)`, case kept (the source's regex carries
  `re.IGNORECASE`, which changes nothing for `\\w+`; it does not lowercase);
- a text becomes the multiset of its 4-token shingles (`tokens[i:i+4]` for
  i in `range(max(1, len(tokens) - 3))`, so a text of 1 to 3 tokens is one shorter shingle
  and an empty text has none);
- per page, tp = shingles in both multisets (Counter intersection), fp = predicted only,
  fn = true only, then divided by tp + fp + fn so that every page weighs the same (a page
  where both texts are empty stays 0/0/0);
- a page's precision is tp / (tp + fp), 1.0 when fp = fn = 0; its recall tp / (tp + fn),
  likewise; precision is the mean over the pages with tp + fp > 0 (a page with an empty
  prediction does not enter it), recall the mean over the pages with tp + fn > 0;
  F1 = 2PR / (P + R) of those two means.

`aggregate_pooled` is the other reading (average the normalised tp/fp/fn over pages, then
P = tp / (tp + fp) and R = tp / (tp + fn)); it is kept for comparison and written to the
`--json` output, not shown in the tables. See docs/benchmarks.md.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass

NGRAM = 4
_TOKEN = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)

Shingle = tuple[str, ...]


def tokens(text: str | None) -> list[str]:
    return _TOKEN.findall(text or "")


def shingles(text: str | None, n: int = NGRAM) -> Counter[Shingle]:
    """The multiset of n-token shingles; 1 to n-1 tokens make one shorter shingle."""
    toks = tokens(text)
    return Counter(s for i in range(max(1, len(toks) - n + 1)) if (s := tuple(toks[i : i + n])))


@dataclass(frozen=True)
class PageScore:
    """One page's tp / fp / fn, normalised to sum to 1 (all 0 when both texts are empty)."""

    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float:
        if self.fp == self.fn == 0:
            return 1.0
        if self.tp == self.fp == 0:
            return 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.fp == self.fn == 0:
            return 1.0
        if self.tp == self.fn == 0:
            return 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_body(truth: str | None, got: str | None) -> PageScore:
    """Shingle tp/fp/fn of one page, normalised so that they sum to 1."""
    t, g = shingles(truth), shingles(got)
    tp = sum((t & g).values())
    fp = sum(g.values()) - tp
    fn = sum(t.values()) - tp
    total = tp + fp + fn
    if total == 0:
        return PageScore(0.0, 0.0, 0.0)
    return PageScore(tp / total, fp / total, fn / total)


@dataclass(frozen=True)
class BodyScore:
    precision: float
    recall: float
    f1: float


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def aggregate(scores: list[PageScore]) -> BodyScore:
    """ScrapingHub's figures over pages: mean page precision and recall, F1 of the two.

    A mean over no page (nothing predicted anywhere, or nothing to find) is taken as 1.0,
    where the source would fail; so pages whose texts are all empty on both sides score 1.
    """
    ps = [s.precision for s in scores if s.tp + s.fp > 0]
    rs = [s.recall for s in scores if s.tp + s.fn > 0]
    p = statistics.fmean(ps) if ps else 1.0
    r = statistics.fmean(rs) if rs else 1.0
    return BodyScore(p, r, _f1(p, r))


def aggregate_pooled(scores: list[PageScore]) -> BodyScore:
    """The pooled reading: mean normalised tp / fp / fn over pages, then P, R and F1.

    A page where both texts are empty counts as tp = 1.
    """
    if not scores:
        return BodyScore(0.0, 0.0, 0.0)
    pages = [s if s.tp + s.fp + s.fn else PageScore(1.0, 0.0, 0.0) for s in scores]
    tp = statistics.fmean(s.tp for s in pages)
    fp = statistics.fmean(s.fp for s in pages)
    fn = statistics.fmean(s.fn for s in pages)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return BodyScore(p, r, _f1(p, r))


_QUOTES = str.maketrans({"’": "'", "‘": "'", "‚": "'", "`": "'", "´": "'",
                         "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})  # fmt: skip


def normalize(text: str | None) -> str:
    """For comparing fields: NFKC, casefolded, plain quotes, one space, no outer quotes."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_QUOTES)
    return " ".join(text.split()).strip(" \"'")


def spaced(text: str | None) -> str:
    """For comparing bodies and snippets: NFC with every run of whitespace made one space."""
    return " ".join(unicodedata.normalize("NFC", text or "").split())


# How several authors are joined: dechrome and trafilatura give "A; B", labels also
# "A and B", "A und B", "A, B & C".
_AUTHOR_JOINS = re.compile(r"\s*(?:;|,|&|\band\b|\bund\b|\bet\b|\by\b)\s*")


def names(byline: str | None) -> frozenset[str]:
    """The authors a byline names, however joined: "A and B" == "B; A"."""
    return frozenset(n for n in _AUTHOR_JOINS.split(normalize(byline)) if n)


def field_outcome(truth: str | None, got: str | None, *, authors: bool = False) -> str | None:
    """'right', 'missing', 'wrong' or 'spurious'; None when the field is not labelled.

    A label of "" means the page has none: no answer is right, any answer is spurious.
    With `authors`, values are compared as sets of names (`names`).
    """
    if truth is None:
        return None
    t, g = normalize(truth), normalize(got)
    if t == g or (authors and names(t) == names(g)):
        return "right"
    if not g:
        return "missing"
    return "spurious" if not t else "wrong"


def contains(body: str | None, snippet: str) -> bool:
    """Snippet test as trafilatura's evaluation does it: a case-sensitive substring, here
    with whitespace collapsed and NFC applied (extractors differ in line breaks, not words)."""
    return spaced(snippet) in spaced(body)


def exact(truth: str | None, got: str | None) -> bool:
    """The body equals the truth once whitespace is normalised."""
    return spaced(truth) == spaced(got)
