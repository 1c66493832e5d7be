"""Site profiles, measured: body precision and recall with and without, leave-one-out.

    python -m benchmarks.sites DATASET [DATASET ...] [--min-pages 3]

Pages are grouped by their URL's host, or for a page labelled without a URL, by the host of
the canonical URL it declares (`<link rel="canonical">`, `og:url`). For every site with at
least `--min-pages` pages, each page is cleaned twice: alone, and with a profile learned
from the *other* pages of its site (never from itself; with `--whole-site`, from all its
pages, as `dechrome batch --learn-sites` does). Reported: the ScrapingHub body
metric over those pages, both ways, and the time spent learning against the time spent
cleaning.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from pathlib import Path
from typing import Literal

import lxml.html
from lxml import etree

import dechrome
from dechrome.metadata import normalize
from dechrome.profile import ProfileLearner

from .datasets import Case, as_text, load
from .metric import PageScore, aggregate, score_body


def declared_url(page: bytes) -> str:
    """The canonical URL an HTML page declares for itself, or ""."""
    try:
        root = lxml.html.document_fromstring(page)
    except (etree.ParserError, ValueError):
        return ""
    found = root.xpath(
        "//link[@rel='canonical']/@href | //meta[@property='og:url' or @name='og:url']/@content"
    )
    return str(found[0]).strip() if found else ""


def host(case: Case) -> str:
    if case.url:
        return normalize.host(case.url) or ""
    return (normalize.host(declared_url(case.page)) or "") if case.kind == "html" else ""


def measure(folder: Path, min_pages: int, whole_site: bool = False, dumps: bool = False) -> str:
    sites: dict[str, list[Case]] = defaultdict(list)
    for case in load(folder):
        if case.body is not None and host(case):
            sites[host(case)].append(case)
    chosen = {h: [as_text(c) for c in cs] if dumps else cs for h, cs in sites.items() if len(cs) >= min_pages}
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
            others = cases if whole_site else cases[:i] + cases[i + 1 :]
            for other in others:
                learner.add(other.page, other.url)
            profile = learner.profile()
            learn_s += (time.perf_counter() - t) / len(others)  # per page learned
            t = time.perf_counter()
            without = dechrome.clean(case.page, case.url, kind=kind).body
            clean_s += time.perf_counter() - t
            with_ = dechrome.clean(case.page, case.url, kind=kind, profile=profile).body
            plain.append(score_body(case.body or "", without))
            profiled.append(score_body(case.body or "", with_))
    a, b = aggregate(plain), aggregate(profiled)
    how = ("whole-site" if whole_site else "leave-one-out") + " profiles"
    how += ", pages as text dumps" if dumps else ""
    n = len(plain)
    return "\n".join([
        f"### {folder.name}: {len(chosen)} sites, {n} pages ({how})", "",
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
    ap.add_argument(
        "--whole-site",
        action="store_true",
        help="learn from every page of the site, the page itself included, as "
        "`dechrome batch --learn-sites` does (default: leave-one-out)",
    )
    ap.add_argument(
        "--as-text",
        action="store_true",
        help="turn HTML pages into naive text dumps (a line per block element) first",
    )
    args = ap.parse_args(argv)
    for folder in args.datasets:
        print(measure(folder, args.min_pages, args.whole_site, args.as_text))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
