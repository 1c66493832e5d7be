"""Turn tallies into the Markdown tables of docs/benchmarks.md."""

from __future__ import annotations

from .peers import FIELDS
from .tally import Tally

_COLUMNS = "extractor pages P R F1 exact with without headline byline date errors median_ms pages/s".split()


def _num(x: float | None) -> str:
    return "—" if x is None else f"{x:.3f}"


def _field(t: Tally, name: str) -> str:
    if name not in t.fields:
        return "n/a"  # this extractor does not give the field, or it is not scored here
    return _num(t.accuracy(name))


def table(dataset: str, tallies: dict[str, Tally]) -> str:
    """One row per extractor, then the field errors (missing / wrong / spurious) of each."""
    rows = [f"### {dataset}", "", "| " + " | ".join(_COLUMNS) + " |", "|---|" + "---:|" * (len(_COLUMNS) - 1)]
    for name, t in tallies.items():
        b = t.body_score()
        p, r, f1 = (b.precision, b.recall, b.f1) if b else (None, None, None)
        cells = [name, str(len(t.pages)), _num(p), _num(r), _num(f1), _num(t.exact_rate()),
                 _num(t.with_rate()), _num(t.without_rate()), *(_field(t, f) for f in FIELDS),
                 str(t.errors), f"{t.median_ms() or 0:.1f}", f"{t.pages_per_s() or 0:.1f}"]  # fmt: skip
        rows.append("| " + " | ".join(cells) + " |")
    breakdown = []
    for name, t in tallies.items():
        parts = []
        for f in FIELDS:
            c = t.outcomes(f)
            if f in t.fields and c.total():
                parts.append(f"{f} {c['missing']}/{c['wrong']}/{c['spurious']} of {c.total()}")
        if parts:
            breakdown.append(f"- {name}: " + "; ".join(parts))
    if breakdown:
        rows += ["", "Field errors (missing / wrong / spurious):", "", *breakdown]
    return "\n".join(rows)
