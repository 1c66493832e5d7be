"""The project's benchmark: every chosen extractor over every page of each dataset, one run.

    python -m benchmarks.run DATASET [DATASET ...] [--extractors dechrome,trafilatura]
                             [--limit N] [--json OUT.json]
    python -m benchmarks.run diff DATASET PAGE_ID

A dataset is any folder in the ../shared/bench format (pages/<id>.html.gz or .txt.gz
and truth.jsonl): your own labelled pages work the same way. See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import time
import warnings
from pathlib import Path
from types import FrameType
from typing import Any

from .datasets import Case, load
from .metric import contains, field_outcome, normalize, score_body
from .peers import FACTORIES, TEXT_CAPABLE, Extractor, Output, available
from .report import FIELDS, Tally, table

# A peer that takes longer than this on one page is stopped and counted as an error.
PAGE_TIMEOUT = 60


class _Timeout(Exception):
    pass


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise _Timeout


def _run_one(fn: Extractor, case: Case) -> tuple[Output | None, float]:
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(PAGE_TIMEOUT)
    t = time.perf_counter()
    try:
        out: Output | None = fn(case)
    except Exception:  # a failing extractor is scored as an error, the run goes on
        out = None
    finally:
        signal.alarm(0)
    return out, time.perf_counter() - t


def _tally(t: Tally, case: Case, out: Output | None, seconds: float, record: list[dict[str, Any]]) -> None:
    t.pages += 1
    t.seconds.append(seconds)
    entry: dict[str, Any] = {"id": case.id, "seconds": round(seconds, 5), "error": out is None}
    if out is None:
        t.errors += 1
        out = Output("")
    if case.body is not None:
        s = score_body(case.body, out.body)
        t.body.append(s)
        t.exact += normalize(case.body) == normalize(out.body)
        entry["f1"] = round(s.f1, 4)
    for snippet in case.with_:
        t.with_total += 1
        t.with_found += contains(out.body, snippet)
    for snippet in case.without:
        t.without_total += 1
        t.without_found += contains(out.body, snippet)
    truths, gots = (case.title, case.author, case.date), (out.headline, out.byline, out.date)
    for name, truth, got in zip(FIELDS, truths, gots, strict=True):
        outcome = field_outcome(truth, got)
        if outcome is not None:
            t.outcomes[name][outcome] += 1
            entry[name] = outcome
    record.append(entry)


def run(datasets: list[Path], names: list[str], limit: int | None) -> dict[str, Any]:
    extractors, missing = available(names)
    for name, why in missing.items():
        print(f"skipping {name}: {why}", file=sys.stderr)
    results: dict[str, Any] = {}
    for folder in datasets:
        cases = list(load(folder, limit))
        text_only = all(c.kind == "text" for c in cases)
        chosen = {n: f for n, f in extractors.items() if not text_only or n in TEXT_CAPABLE}
        tallies = {n: Tally() for n in chosen}
        records: dict[str, list[dict[str, Any]]] = {n: [] for n in chosen}
        for case in cases:  # pages outer, extractors inner: machine noise hits all alike
            for name, fn in chosen.items():
                out, seconds = _run_one(fn, case)
                _tally(tallies[name], case, out, seconds, records[name])
        print(table(folder.name, tallies) + "\n")
        results[folder.name] = {
            name: {
                "pages": t.pages,
                "errors": t.errors,
                "precision": t.body_score.precision if t.body else None,
                "recall": t.body_score.recall if t.body else None,
                "f1": t.body_score.f1 if t.body else None,
                "with": t.with_found / t.with_total if t.with_total else None,
                "without": t.without_found / t.without_total if t.without_total else None,
                **{f: t.accuracy(f) for f in FIELDS},
                "per_page": records[name],
            }
            for name, t in tallies.items()
        }
    return results


def diff(folder: Path, page_id: str) -> None:
    """What dechrome kept and dropped on one page, against the truth."""
    import dechrome

    case = next((c for c in load(folder) if c.id == page_id or c.id.startswith(page_id)), None)
    if case is None:
        raise SystemExit(f"no page {page_id!r} in {folder}")
    article = dechrome.clean(case.page, case.url, kind="text" if case.kind == "text" else "auto")
    truth = normalize(case.body)
    print(f"page {case.id}  url {case.url}")
    for name, t, g in zip(FIELDS, (case.title, case.author, case.date),
                          (article.headline, article.byline, article.date), strict=True):  # fmt: skip
        print(f"{name:>9}: {field_outcome(t, g) or 'unlabelled':<9} truth={t!r} got={g!r}")
    if case.body is not None:
        print(f"body F1 {score_body(case.body, article.body).f1:.3f}")
        print("\nKEPT BUT NOT IN THE TRUTH (false positives):")
        for para in article.paragraphs:
            if normalize(para) not in truth:
                print(f"  + {para[:160]!r}")
        print("\nIN THE TRUTH BUT REMOVED (false negatives), with the filter that took them:")
        for r in article.removed:
            if len(r.text) > 15 and normalize(r.text) in truth:
                print(f"  - [{r.filter}: {r.reason}] {r.text[:140]!r}")
    for s in case.without:
        if contains(article.body, s):
            print(f"  leaked 'without' snippet: {s!r}")
    for s in case.with_:
        if not contains(article.body, s):
            removed = next((r for r in article.removed if normalize(s) in normalize(r.text)), None)
            where = f"[{removed.filter}: {removed.reason}]" if removed else "[not in any block]"
            print(f"  missing 'with' snippet {where}: {s!r}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    warnings.simplefilter("ignore")
    if argv and argv[0] == "diff":
        ap = argparse.ArgumentParser(prog="benchmarks.run diff", description="one page against its truth")
        ap.add_argument("dataset", type=Path)
        ap.add_argument("page_id")
        a = ap.parse_args(argv[1:])
        diff(a.dataset, a.page_id)
        return 0
    ap = argparse.ArgumentParser(prog="benchmarks.run", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    ap.add_argument("datasets", type=Path, nargs="+")
    ap.add_argument("--extractors", default=",".join(FACTORIES), help="comma-separated (default: all)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N pages of each dataset")
    ap.add_argument("--json", type=Path, default=None, help="write every figure and per-page result here")
    a = ap.parse_args(argv)
    results = run(a.datasets, a.extractors.split(","), a.limit)
    if a.json:
        a.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
