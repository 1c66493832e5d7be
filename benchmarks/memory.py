"""Peak memory of `dechrome batch` against the number of pages: it should not grow.

    python -m benchmarks.memory ../shared/bench/scrapinghub [--pages 1000,10000] [--jobs 1,2]

The dataset's pages are cycled into a JSONL file of N records (each with its own id) and
`dechrome batch` runs over it in a fresh process for every N and every --jobs value.
Reported: the peak resident memory of the batch process and, with jobs > 1, of its
largest worker (`ru_maxrss`), and pages/s. Flat means the 10,000-page run peaks where the
1,000-page run does. This is a benchmark, not a test.
"""

from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from .datasets import load
from .htmltext import decode

# Run in the child: one batch, then its own and its workers' peak RSS (kB on Linux).
_CHILD = """
import json, resource, sys, time
from pathlib import Path
from dechrome.cli.batch import batch
t = time.perf_counter()
s = batch([sys.argv[1]], Path(sys.argv[2]), jobs=int(sys.argv[3]), resume=False)
elapsed = time.perf_counter() - t
print(json.dumps({"pages": s.pages, "errors": s.errors, "seconds": elapsed,
                  "self_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "workers_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


def write_records(folder: Path, n: int, out: Path) -> None:
    """`n` JSONL records cycling over the dataset's pages, each with a unique id."""
    cases = list(load(folder))
    with out.open("w", encoding="utf-8") as f:
        for i, case in zip(range(n), itertools.cycle(cases), strict=False):
            field = "text" if case.kind == "text" else "html"
            f.write(json.dumps({"id": f"{case.id}#{i}", "url": case.url, field: decode(case.page)}) + "\n")


def measure(folder: Path, counts: list[int], jobs: list[int]) -> str:
    rows = ["| pages | jobs | pages/s | peak RSS, batch process (MB) | peak RSS, a worker (MB) | errors |",
            "|---:|---:|---:|---:|---:|---:|"]  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        for n in counts:
            records = Path(tmp) / f"{n}.jsonl"
            write_records(folder, n, records)
            for j in jobs:
                out = Path(tmp) / "out.jsonl"
                done = subprocess.run([sys.executable, "-c", _CHILD, str(records), str(out), str(j)],
                                      check=True, capture_output=True, text=True)  # fmt: skip
                r = json.loads(done.stdout.strip().splitlines()[-1])
                worker = f"{r['workers_kb'] / 1024:.0f}" if j > 1 else "–"
                rows.append(f"| {r['pages']} | {j} | {r['pages'] / r['seconds']:.1f} | "
                            f"{r['self_kb'] / 1024:.0f} | {worker} | {r['errors']} |")  # fmt: skip
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="benchmarks.memory", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    ap.add_argument("dataset", type=Path)
    ap.add_argument("--pages", default="1000,10000", help="comma-separated page counts")
    ap.add_argument("--jobs", default="1,2", help="comma-separated --jobs values")
    args = ap.parse_args(argv)
    counts = [int(x) for x in args.pages.split(",")]
    jobs = [int(x) for x in args.jobs.split(",")]
    print(f"{args.dataset}: pages cycled into JSONL records\n")
    print(measure(args.dataset, counts, jobs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
