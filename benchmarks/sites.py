"""Site profiles, measured: body precision and recall with and without, leave-one-out.

    python -m benchmarks.sites DATASET [DATASET ...] [--min-pages 3]

Pages are grouped by their URL's host. For every site with at least `--min-pages` pages,
each page is cleaned twice: alone, and with a profile learned from the *other* pages of
its site (never from itself). Reported: the ScrapingHub body metric over those pages,
both ways, and the time spent learning against the time spent cleaning.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from pathlib import Path
from typing import Literal

import dechrome
from dechrome.profile import ProfileLearner

from .datasets import Case, load
from .metric import PageScore, aggregate, score_body


def host(case: Case) -> str:
    url = case.url or ""
    return url.split("//", 1)[-1].split("/", 1)[0].lower().removeprefix("www.") if "//" in url else ""


def measure(folder: Path, min_pages: int) -> str:
    sites: dict[str, list[Case]] = defaultdict(list)
    for case in load(folder):
        if case.body is not None and host(case):
            sites[host(case)].append(case)
    chosen = {h: cs for h, cs in sites.items() if len(cs) >= min_pages}
    if not chosen:
        return f"### {folder.name}\n\nno site has {min_pages} or more labelled pages: nothing to measure\n"
    plain: list[PageScore] = []
    profiled: list[PageScore] = []
    learn_s = clean_s = 0.0
    for cases in chosen.values():
        for i, case in enumerate(cases):
            kind: Literal["text", "auto"] = "text" if case.kind == "text" else "auto"
            t = time.perf_counter()
            learner = ProfileLearner(host(case))
            for other in cases[:i] + cases[i + 1 :]:
                learner.add(other.page, other.url)
            profile = learner.profile()
            learn_s += (time.perf_counter() - t) / max(1, len(cases) - 1)  # per page learned
            t = time.perf_counter()
            without = dechrome.clean(case.page, case.url, kind=kind).body
            clean_s += time.perf_counter() - t
            with_ = dechrome.clean(case.page, case.url, kind=kind, profile=profile).body
            plain.append(score_body(case.body or "", without))
            profiled.append(score_body(case.body or "", with_))
    a, b = aggregate(plain), aggregate(profiled)
    n = len(plain)
    return "\n".join([
        f"### {folder.name}: {len(chosen)} sites, {n} pages (leave-one-out profiles)", "",
        "| | P | R | F1 |", "|---|---:|---:|---:|",
        f"| without profile | {a.precision:.3f} | {a.recall:.3f} | {a.f1:.3f} |",
        f"| with profile | {b.precision:.3f} | {b.recall:.3f} | {b.f1:.3f} |",
        f"| change | {b.precision - a.precision:+.3f} | {b.recall - a.recall:+.3f} "
        f"| {b.f1 - a.f1:+.3f} |", "",
        f"learning: {1000 * learn_s / n:.2f} ms per page learned; "
        f"cleaning: {1000 * clean_s / n:.2f} ms per page",
        "",
    ])  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="benchmarks.sites", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    ap.add_argument("datasets", type=Path, nargs="+")
    ap.add_argument("--min-pages", type=int, default=3)
    args = ap.parse_args(argv)
    for folder in args.datasets:
        print(measure(folder, args.min_pages))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
