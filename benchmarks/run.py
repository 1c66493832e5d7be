"""The project's benchmark: every chosen extractor over every page of each dataset, one run.

    python -m benchmarks.run DATASET [DATASET ...] [--extractors dechrome,trafilatura]
                             [--limit N] [--unscored readability:byline] [--json OUT.json]
                             [--as-text]
    python -m benchmarks.run diff DATASET PAGE_ID

A dataset is any folder in the ../shared/bench format (pages/<id>.html.gz or .txt.gz
and truth.jsonl): your own labelled pages work the same way. `--as-text` first turns every
HTML page into a naive text dump (a line per block element), as a crawler stores it: the
same labels then score the text path. See docs/benchmarks.md.
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

from .datasets import Case, as_text, find, load
from .metric import contains, field_outcome, normalize, score_body, spaced
from .peers import FACTORIES, FIELDS, Output, Peer, available
from .report import table
from .tally import Tally, score_page

# A peer that takes longer than this on one page is stopped and counted as an error.
PAGE_TIMEOUT = 60


class _Timeout(Exception):
    pass


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise _Timeout(f"over {PAGE_TIMEOUT} s")


def _run_one(peer: Peer, case: Case) -> tuple[Output | None, float, str | None]:
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(PAGE_TIMEOUT)
    t = time.perf_counter()
    try:
        return peer.extract(case), time.perf_counter() - t, None
    except Exception as exc:  # a failing extractor is scored as an empty answer, the run goes on
        return None, time.perf_counter() - t, f"{type(exc).__name__}: {exc}"[:300]
    finally:
        signal.alarm(0)


def _unscored(specs: list[str]) -> dict[str, frozenset[str]]:
    """`DATASET:FIELD` pairs -> the fields not to score on each dataset (by folder name)."""
    out: dict[str, set[str]] = {}
    for spec in specs:
        name, _, fld = spec.partition(":")
        if fld not in FIELDS:
            raise SystemExit(f"--unscored {spec!r}: the field must be one of {', '.join(FIELDS)}")
        out.setdefault(name, set()).add(fld)
    return {k: frozenset(v) for k, v in out.items()}


def run(datasets: list[Path], names: list[str], limit: int | None,
        unscored: dict[str, frozenset[str]] | None = None,
        dumps: bool = False) -> dict[str, Any]:  # fmt: skip
    peers, missing = available(names)
    for name, why in missing.items():
        print(f"skipping {name}: {why}", file=sys.stderr)
    results: dict[str, Any] = {}
    for folder in datasets:
        cases = [as_text(c) if dumps else c for c in load(folder, limit)]
        label = f"{folder.name} (as text dumps)" if dumps else folder.name
        kinds = {c.kind for c in cases}
        chosen = {n: p for n, p in peers.items() if kinds <= p.kinds}
        skip = (unscored or {}).get(folder.name, frozenset())
        tallies = {n: Tally(fields=p.fields - skip) for n, p in chosen.items()}
        for case in cases:  # pages outer, extractors inner: machine noise hits all alike
            for name, peer in chosen.items():
                out, seconds, error = _run_one(peer, case)
                tallies[name].add(case, score_page(case, out, seconds, error, tallies[name].fields))
        print(table(label, tallies) + "\n", flush=True)
        results[label] = {name: t.summary() for name, t in tallies.items()}
    results["versions"] = {name: p.version for name, p in peers.items()}
    return results


def diff(folder: Path, page_id: str) -> None:
    """What dechrome kept and dropped on one page, against the truth."""
    import dechrome

    case = find(folder, page_id)
    article = dechrome.clean(case.page, case.url, kind="text" if case.kind == "text" else "auto")
    truth = spaced(case.body)
    print(f"page {case.id}  url {case.url}")
    for name, t, g in zip(FIELDS, (case.title, case.author, case.date),
                          (article.headline, article.byline, article.date), strict=True):  # fmt: skip
        outcome = field_outcome(t, g, authors=name == "byline")
        print(f"{name:>9}: {outcome or 'unlabelled':<9} truth={t!r} got={g!r}")
    if case.body is not None:
        print(f"body F1 {score_body(case.body, article.body).f1:.3f}")
        print("\nKEPT BUT NOT IN THE TRUTH (false positives):")
        for para in article.paragraphs:
            if spaced(para) not in truth:
                print(f"  + {para[:160]!r}")
        print("\nIN THE TRUTH BUT REMOVED (false negatives), with the filter that took them:")
        for r in article.removed:
            if len(r.text) > 15 and spaced(r.text) in truth:
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
    ap.add_argument("--unscored", action="append", default=[], metavar="DATASET:FIELD",
                    help="do not score FIELD (headline, byline, date) on dataset folder DATASET")  # fmt: skip
    ap.add_argument("--json", type=Path, default=None, help="write every figure and per-page result here")
    ap.add_argument("--as-text", action="store_true", help="turn HTML pages into naive text dumps first")
    a = ap.parse_args(argv)
    results = run(a.datasets, a.extractors.split(","), a.limit, _unscored(a.unscored), a.as_text)
    if a.json:
        a.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
