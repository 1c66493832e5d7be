"""The adversarial cases of tests/adversarial/cases.py, each alone, for dechrome or a peer.

    python -m benchmarks.hostile [--extractors dechrome,trafilatura] [--timeout 30]

Each case runs in its own subprocess under a 2 GiB address-space limit and a timeout, so a
hang, a crash or running out of memory shows as such instead of stopping the run. Reported
per extractor: cases hung, crashed (any exception but a `dechrome` error; for a peer, any
exception), articles lost (of the cases that hide one), local-file leaks, the slowest case
and the largest peak RSS. This is a benchmark, not a test: the suite itself is
`pytest tests/adversarial`.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.adversarial.article import found
from tests.adversarial.cases import CASES

from .size_sweep import limit_memory

SECRET = "TOP-SECRET-4f1c9e"


def _extract(extractor: str, page: str | bytes) -> tuple[str, str]:
    """(body, everything the result holds), or raises; a dechrome error gives no text."""
    if extractor == "dechrome":
        import dechrome

        try:
            article = dechrome.clean(page)
        except dechrome.DechromeError:
            return "", ""
        return article.body, article.to_json(trace=True)
    import trafilatura

    body = trafilatura.extract(page, include_comments=False) or ""
    return body, body


def _one(extractor: str, name: str, secret: Path) -> dict[str, Any]:
    """Run one case in this process (called in the subprocess)."""
    case = next(c for c in CASES if c.name == name)
    page = case.build(secret)
    start = time.perf_counter()
    try:
        (body, everything), crashed = _extract(extractor, page), ""
    except Exception as exc:  # what the run is here to count
        body = everything = ""
        crashed = f"{type(exc).__name__}: {exc}"[:200]
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "crashed": crashed,
        "leaked": SECRET in everything,
        "found": found(body),
    }


def _run(extractor: str, name: str, secret: Path, timeout: float) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "benchmarks.hostile", "--one", extractor, name, str(secret)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                              preexec_fn=limit_memory, check=False)  # fmt: skip
    except subprocess.TimeoutExpired:
        return {"hung": True}
    if proc.returncode != 0:
        tail = proc.stderr.strip().splitlines()[-1:] or [f"exit {proc.returncode}"]
        return {"crashed": tail[0][:200]}
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def measure(extractor: str, timeout: float) -> str:
    hung: list[str] = []
    crashed: list[str] = []
    lost: list[str] = []
    leaked: list[str] = []
    slowest = ("", 0.0)
    biggest = ("", 0.0)
    hiding = sum(c.expect == "article" for c in CASES)
    with tempfile.TemporaryDirectory() as tmp:
        secret = Path(tmp) / "secret.txt"
        secret.write_text(SECRET + "\n")
        for case in CASES:
            r = _run(extractor, case.name, secret, timeout)
            if r.get("hung"):
                hung.append(case.name)
                continue
            if r.get("crashed"):
                crashed.append(f"{case.name} ({r['crashed']})")
            if r.get("leaked"):
                leaked.append(case.name)
            if case.expect == "article" and not r.get("found"):
                lost.append(case.name)
            if r.get("seconds", 0.0) > slowest[1]:
                slowest = (case.name, r["seconds"])
            if r.get("peak_mb", 0.0) > biggest[1]:
                biggest = (case.name, r["peak_mb"])
    return "\n".join([
        f"### {extractor}: {len(CASES)} cases, timeout {timeout:.0f} s, 2 GiB address space", "",
        f"- hung: {len(hung)} {', '.join(hung)}",
        f"- crashed: {len(crashed)} {'; '.join(crashed)}",
        f"- article lost, of {hiding} cases that hide one (a hung case not counted): "
        f"{len(lost)} {', '.join(lost)}",
        f"- local-file leaks: {len(leaked)} {', '.join(leaked)}",
        f"- slowest: {slowest[0]} {slowest[1]:.1f} s; largest peak RSS: {biggest[0]} {biggest[1]:.0f} MB",
        "",
    ])  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="benchmarks.hostile", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    ap.add_argument("--extractors", default="dechrome")
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds before a case counts as hung")
    ap.add_argument("--one", nargs=3, metavar=("EXTRACTOR", "CASE", "SECRET"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(_one(args.one[0], args.one[1], Path(args.one[2]))))
        return 0
    for extractor in args.extractors.split(","):
        print(measure(extractor, args.timeout), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
