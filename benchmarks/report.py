"""Turn per-extractor results into the Markdown tables of docs/benchmarks.md."""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field

from .metric import BodyScore, PageScore, aggregate

FIELDS = ("headline", "byline", "date")


@dataclass
class Tally:
    """What one extractor did on one dataset."""

    pages: int = 0
    errors: int = 0
    seconds: list[float] = field(default_factory=list)
    body: list[PageScore] = field(default_factory=list)
    exact: int = 0
    with_found: int = 0
    with_total: int = 0
    without_found: int = 0
    without_total: int = 0
    outcomes: dict[str, Counter[str]] = field(default_factory=lambda: {f: Counter() for f in FIELDS})

    @property
    def body_score(self) -> BodyScore:
        return aggregate(self.body)

    def accuracy(self, name: str) -> float | None:
        c = self.outcomes[name]
        n = sum(c.values())
        return c["right"] / n if n else None


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{x:.3f}"


def table(dataset: str, tallies: dict[str, Tally]) -> str:
    cols = "extractor pages P R F1 exact with without headline byline date errors median_ms pages/s".split()
    head = f"### {dataset}\n\n| " + " | ".join(cols) + " |\n|---|" + "---:|" * (len(cols) - 1)
    rows = [head]
    for name, t in tallies.items():
        b = t.body_score if t.body else None
        p, r, f1 = (b.precision, b.recall, b.f1) if b else (None, None, None)
        med = statistics.median(t.seconds) * 1000 if t.seconds else 0.0
        rate = len(t.seconds) / sum(t.seconds) if t.seconds and sum(t.seconds) else 0.0
        rows.append(
            f"| {name} | {t.pages} | {_pct(p)} | {_pct(r)} | {_pct(f1)} "
            f"| {_pct(t.exact / len(t.body) if t.body else None)} "
            f"| {_pct(t.with_found / t.with_total if t.with_total else None)} "
            f"| {_pct(t.without_found / t.without_total if t.without_total else None)} "
            f"| {_pct(t.accuracy('headline'))} | {_pct(t.accuracy('byline'))} | {_pct(t.accuracy('date'))} "
            f"| {t.errors} | {med:.1f} | {rate:.1f} |"
        )
    breakdown = ["", "Field errors (missing / wrong / spurious):", ""]
    for name, t in tallies.items():
        parts = []
        for f in FIELDS:
            c = t.outcomes[f]
            if sum(c.values()):
                parts.append(f"{f} {c['missing']}/{c['wrong']}/{c['spurious']} of {sum(c.values())}")
        if parts:
            breakdown.append(f"- {name}: " + "; ".join(parts))
    return "\n".join(rows + (breakdown if len(breakdown) > 3 else []))
