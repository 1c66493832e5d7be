"""Speed of dechrome against trafilatura and lxml's bare parse, same pages, one process.

    python -m benchmarks.speed ../shared/bench/scrapinghub [--rounds 3] [--limit N] [--profile]

Each round runs every page through lxml's parse (the floor for any lxml-based
extractor), dechrome, and trafilatura, interleaved page by page so that machine noise
hits all three alike. Reported: median ms/page and pages/s for each, the ratios, and
peak memory of dechrome alone (tracemalloc, in a separate pass, since tracing slows
everything). `--profile` adds a cProfile summary of where dechrome spends its time.
This is a benchmark, not a test: numbers go in docs/benchmarks.md with the command.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import gzip
import io
import json
import os
import pstats
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from lxml import etree, html

import dechrome
from dechrome.blocks.html import compiled_walk


def load_pages(folder: Path, limit: int | None) -> list[bytes]:
    ids = [json.loads(line)["id"] for line in (folder / "truth.jsonl").read_text().splitlines()]
    pages = []
    for page_id in ids[:limit]:
        for ext in (".html.gz", ".txt.gz"):
            f = folder / "pages" / f"{page_id}{ext}"
            if f.exists():
                pages.append(gzip.decompress(f.read_bytes()))
                break
    return pages


def _trafilatura() -> Callable[[bytes], object] | None:
    try:
        import trafilatura
    except ImportError:
        return None

    def run(page: bytes) -> object:
        return trafilatura.extract(page, include_comments=False, output_format="txt", with_metadata=True)

    return run


def _lxml_parse(page: bytes) -> object:
    return html.document_fromstring(page)


def _dechrome(page: bytes) -> object:
    try:
        return dechrome.clean(page)
    except dechrome.DechromeError as exc:
        return exc


def measure(pages: list[bytes], rounds: int) -> dict[str, list[float]]:
    """Per-page seconds for each contestant, the best of `rounds` runs per page."""
    contestants: dict[str, Callable[[bytes], object]] = {"lxml parse": _lxml_parse, "dechrome": _dechrome}
    traf = _trafilatura()
    if traf is not None:
        contestants["trafilatura"] = traf
    times: dict[str, list[float]] = {name: [float("inf")] * len(pages) for name in contestants}
    for _ in range(rounds):
        for i, page in enumerate(pages):
            for name, fn in contestants.items():
                t = time.perf_counter()
                with contextlib.suppress(Exception):  # a peer's failure still costs its time
                    fn(page)
                times[name][i] = min(times[name][i], time.perf_counter() - t)
    return times


def peak_memory(pages: list[bytes]) -> float:
    """Peak traced memory (MiB) while dechrome cleans every page once, in order."""
    tracemalloc.start()
    for page in pages:
        _dechrome(page)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


# The stages of `clean`, as (label, file, function) in the profile; each filter is the
# function of its own name in filters/<name>.py.
_STAGES = (
    ("decode", "dechrome/decode.py", "decode"),
    ("parse", "dechrome/parse.py", "parse_page"),
    ("blocks", "dechrome/blocks/html.py", "html_blocks"),
    ("metadata", "dechrome/metadata/__init__.py", "extract_metadata"),
    ("element totals", "dechrome/blocks/stats.py", "subtrees"),
    ("filters", "dechrome/pipeline.py", "run"),
    ("assemble", "dechrome/fields.py", "assemble"),
)


def stage_summary(stats: pstats.Stats, n: int) -> str:
    """Cumulative ms per page of each stage and each filter (under the profiler's overhead)."""
    per: dict[str, float] = {}
    filters: dict[str, float] = {}
    for (file, _line, func), row in stats.stats.items():  # type: ignore[attr-defined]
        cum = row[3]
        for label, where, name in _STAGES:
            if func == name and file.endswith(where):
                per[label] = per.get(label, 0.0) + cum
        parts = Path(file).parts
        if len(parts) > 2 and parts[-2] == "filters" and Path(file).stem == func:
            filters[func] = filters.get(func, 0.0) + cum
    lines = ["| stage | ms/page (profiled) |", "|---|---:|"]
    lines += [f"| {label} | {1000 * per.get(label, 0.0) / n:.2f} |" for label, _, _ in _STAGES]
    ranked = sorted(filters.items(), key=lambda kv: -kv[1])
    lines.append("")
    lines.append("filters: " + ", ".join(f"{name} {1000 * t / n:.2f}" for name, t in ranked))
    return "\n".join(lines)


def profile_summary(pages: list[bytes], top: int = 15) -> str:
    prof = cProfile.Profile()
    prof.enable()
    for page in pages:
        _dechrome(page)
    prof.disable()
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    return stage_summary(stats, len(pages)) + "\n\n" + out.getvalue()


def report(times: dict[str, list[float]], n: int) -> str:
    lines = ["| extractor | median ms/page | mean ms/page | pages/s |", "|---|---:|---:|---:|"]
    stats = {}
    for name, t in times.items():
        med, mean = statistics.median(t) * 1000, statistics.fmean(t) * 1000
        stats[name] = (med, mean, n / sum(t))
        lines.append(f"| {name} | {med:.2f} | {mean:.2f} | {n / sum(t):.1f} |")
    d = stats["dechrome"]
    lines.append("")
    lines.append(f"dechrome median / lxml parse median: {d[0] / stats['lxml parse'][0]:.2f}x")
    if "trafilatura" in stats:
        lines.append(f"dechrome pages/s / trafilatura pages/s: {d[2] / stats['trafilatura'][2]:.2f}x")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dataset", type=Path, help="a folder in the ../shared/bench format")
    ap.add_argument("--rounds", type=int, default=3, help="runs per page; the best is kept (default 3)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N pages")
    ap.add_argument("--profile", action="store_true", help="print where dechrome spends its time")
    args = ap.parse_args(argv)
    pages = load_pages(args.dataset, args.limit)
    print(f"{len(pages)} pages from {args.dataset}, {args.rounds} rounds, cores: {os.cpu_count()}")
    walk = "compiled" if compiled_walk is not None else "pure Python"
    print(f"python {sys.version.split()[0]}, dechrome {dechrome.__version__}, lxml {etree.__version__}")
    print(f"block walk: {walk}")
    print(report(measure(pages, args.rounds), len(pages)))
    print(f"dechrome peak traced memory over all pages: {peak_memory(pages):.1f} MiB")
    if args.profile:
        print(profile_summary(pages))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
