"""Score one extractor's output on one page, and add pages up per extractor and dataset."""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .datasets import Case
from .metric import (
    BodyScore,
    PageScore,
    aggregate,
    aggregate_pooled,
    contains,
    exact,
    field_outcome,
    score_body,
)
from .peers import FIELDS, Output

OUTCOMES = ("right", "missing", "wrong", "spurious")


@dataclass(frozen=True)
class PageResult:
    """What one extractor did on one page, scored."""

    id: str
    seconds: float
    error: str | None
    body: PageScore | None  # None: the body is not labelled
    exact: bool | None
    with_missing: tuple[str, ...]
    without_found: tuple[str, ...]
    fields: dict[str, dict[str, str | None]]  # name -> truth, got, outcome (labelled fields only)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "ms": round(self.seconds * 1000, 2)}
        if self.error:
            out["error"] = self.error
        if self.body is not None:
            b = self.body
            out.update(tp=round(b.tp, 4), fp=round(b.fp, 4), fn=round(b.fn, 4),
                       precision=round(b.precision, 4), recall=round(b.recall, 4), f1=round(b.f1, 4),
                       exact=self.exact)  # fmt: skip
        if self.with_missing:
            out["with_missing"] = list(self.with_missing)
        if self.without_found:
            out["without_found"] = list(self.without_found)
        if self.fields:
            out["fields"] = self.fields
        return out


def score_page(case: Case, out: Output | None, seconds: float, error: str | None,
               fields: frozenset[str]) -> PageResult:  # fmt: skip
    """Score `out` (None after an error: scored as an empty answer) against the case's labels."""
    got = out or Output("")
    body = score_body(case.body, got.body) if case.body is not None else None
    same = exact(case.body, got.body) if case.body is not None else None
    scored: dict[str, dict[str, str | None]] = {}
    for name, truth, value in zip(FIELDS, (case.title, case.author, case.date),
                                  (got.headline, got.byline, got.date), strict=True):  # fmt: skip
        outcome = field_outcome(truth, value, authors=name == "byline") if name in fields else None
        if outcome is not None:
            scored[name] = {"truth": truth, "got": value, "outcome": outcome}
    return PageResult(
        case.id, seconds, error, body, same,
        tuple(s for s in case.with_ if not contains(got.body, s)),
        tuple(s for s in case.without if contains(got.body, s)),
        scored,
    )  # fmt: skip


@dataclass
class Tally:
    """One extractor on one dataset: its pages' results and the sums the tables show."""

    fields: frozenset[str] = frozenset()
    pages: list[PageResult] = field(default_factory=list)
    with_total: int = 0
    without_total: int = 0

    def add(self, case: Case, result: PageResult) -> None:
        self.pages.append(result)
        self.with_total += len(case.with_)
        self.without_total += len(case.without)

    @property
    def errors(self) -> int:
        return sum(1 for p in self.pages if p.error)

    @property
    def bodies(self) -> list[PageScore]:
        return [p.body for p in self.pages if p.body is not None]

    def body_score(self) -> BodyScore | None:
        return aggregate(self.bodies) if self.bodies else None

    def exact_rate(self) -> float | None:
        scored = [p.exact for p in self.pages if p.exact is not None]
        return sum(scored) / len(scored) if scored else None

    def with_rate(self) -> float | None:
        if not self.with_total:
            return None
        return 1 - sum(len(p.with_missing) for p in self.pages) / self.with_total

    def without_rate(self) -> float | None:
        if not self.without_total:
            return None
        return sum(len(p.without_found) for p in self.pages) / self.without_total

    def outcomes(self, name: str) -> Counter[str]:
        return Counter(str(p.fields[name]["outcome"]) for p in self.pages if name in p.fields)

    def accuracy(self, name: str) -> float | None:
        c = self.outcomes(name)
        n = sum(c.values())
        return c["right"] / n if n else None

    def median_ms(self) -> float | None:
        return statistics.median(p.seconds for p in self.pages) * 1000 if self.pages else None

    def pages_per_s(self) -> float | None:
        total = sum(p.seconds for p in self.pages)
        return len(self.pages) / total if total else None

    def summary(self) -> dict[str, Any]:
        """Every figure of the table row, plus the pooled body reading and per-page results."""
        b = self.body_score()
        pooled = aggregate_pooled(self.bodies) if self.bodies else None
        return {
            "pages": len(self.pages),
            "body_pages": len(self.bodies),
            "precision": b.precision if b else None,
            "recall": b.recall if b else None,
            "f1": b.f1 if b else None,
            "pooled": {"precision": pooled.precision, "recall": pooled.recall, "f1": pooled.f1}
            if pooled
            else None,
            "exact": self.exact_rate(),
            "with": self.with_rate(),
            "with_total": self.with_total,
            "without": self.without_rate(),
            "without_total": self.without_total,
            "fields": {
                name: {"accuracy": self.accuracy(name), **{o: self.outcomes(name)[o] for o in OUTCOMES}}
                if name in self.fields
                else None
                for name in FIELDS
            },
            "errors": self.errors,
            "median_ms": self.median_ms(),
            "pages_per_s": self.pages_per_s(),
            "per_page": [p.to_json() for p in self.pages],
        }
