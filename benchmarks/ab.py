"""A/B: the installed dechrome against another version of it, page by page, in one process.

    git worktree add /tmp/base REV        # the version to compare against (build it there
    python -m benchmarks.ab /tmp/base/src ../shared/bench/scrapinghub --rounds 5

Machine noise between two runs of `benchmarks.speed` (±7% on a shared machine) is larger
than most single changes. Here both versions run in the same process, taking turns on each
page (which goes first alternates), and the best of `--rounds` is kept per page, so that a
busy minute slows both alike. The other version's `dechrome` package is copied and imported
as `dechrome_base`; a compiled extension built in its tree comes with it (without one, its
Python walk runs: say so when you report). Run it with the base against itself first: the
difference it shows is the harness's own noise.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import importlib
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import dechrome

from .speed import load_pages


def _import_base(src: Path) -> Any:
    """`src/dechrome` imported under another name, beside the installed `dechrome`."""
    home = Path(tempfile.mkdtemp(prefix="dechrome-ab-"))
    atexit.register(shutil.rmtree, home, ignore_errors=True)
    shutil.copytree(src / "dechrome", home / "dechrome_base")
    sys.path.insert(0, str(home))
    return importlib.import_module("dechrome_base")


def _clean(module: Any, page: bytes) -> None:
    with contextlib.suppress(module.DechromeError):  # an error costs its time too
        module.clean(page)


def measure(base: Any, pages: list[bytes], rounds: int) -> tuple[list[float], list[float]]:
    """Best-of-`rounds` seconds per page for (base, installed)."""
    a, b = [float("inf")] * len(pages), [float("inf")] * len(pages)
    for r in range(rounds):
        for i, page in enumerate(pages):
            turns = ((base, a), (dechrome, b)) if (i + r) % 2 == 0 else ((dechrome, b), (base, a))
            for module, times in turns:
                t = time.perf_counter()
                _clean(module, page)
                times[i] = min(times[i], time.perf_counter() - t)
    return a, b


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("base", type=Path, help="the other version's src folder (holding dechrome/)")
    parser.add_argument("dataset", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    base = _import_base(args.base)
    pages = load_pages(args.dataset, args.limit)
    a, b = measure(base, pages, args.rounds)
    for name, times in (("base", a), ("installed", b)):
        median, mean = 1000 * statistics.median(times), 1000 * statistics.mean(times)
        print(f"{name}: median {median:.2f} ms, mean {mean:.2f} ms")
    rel = [y / x - 1 for x, y in zip(a, b, strict=True)]
    print(
        f"installed against base: median per page {100 * statistics.median(rel):+.1f}%, "
        f"total time {100 * (sum(b) / sum(a) - 1):+.1f}%"
    )


if __name__ == "__main__":
    main()
