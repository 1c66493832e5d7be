"""Time and peak memory of `dechrome.clean` against input size, HTML and text, 10 KB to 20 MB.

`--kinds tags` adds the costliest HTML there is, a page that is nothing but elements
(`<p>x` repeated).

Each size runs in its own subprocess, under a 2 GiB address-space limit, so its peak RSS
is its own and running out of memory shows as an error instead of swapping. Processing
time should grow linearly: the last column (µs per KB) should stay flat.

    .venv/bin/python -m benchmarks.size_sweep                 # the table in docs/benchmarks.md
    .venv/bin/python -m benchmarks.size_sweep --sizes 10k,1m  # a quick look
    .venv/bin/python -m benchmarks.size_sweep --kinds tags --sizes 1m,2m,4m,48m
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time

_GIB = 1 << 30
_SIZES = "10k,100k,1m,5m,20m"
_WORDS = (
    "river ferry harbour council night service passengers boat crossing engineers pier "
    "summer winter board study contract residents village hospital shift fare lake shore"
).split()


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(8, 24))]
    return " ".join(words).capitalize() + "."


def html_page(size: int, seed: int = 1) -> str:
    """A page of about `size` characters: menus, share bars, articles, teasers, footers."""
    rng = random.Random(seed)
    parts = ["<!DOCTYPE html><html><head><title>A page</title></head><body>"]
    total = len(parts[0])
    n = 0
    while total < size:
        n += 1
        nav = "".join(f'<li><a href="/s/{n}/{i}">Section {i}</a></li>' for i in range(8))
        paras = "".join(f"<p>{_sentence(rng)} {_sentence(rng)}</p>" for _ in range(6))
        teasers = "".join(
            f'<div class="teaser"><a href="/t/{n}/{i}">{_sentence(rng)}</a><p>{_sentence(rng)}</p></div>'
            for i in range(3)
        )
        chunk = (
            f'<header><nav class="menu"><ul>{nav}</ul></nav></header>'
            f'<main><div class="wrap"><article><h2>{_sentence(rng)}</h2>'
            f'<div class="share"><a href="#">Facebook</a> <a href="#">Twitter</a></div>{paras}'
            f'</article><aside class="related">{teasers}</aside></div></main>'
            "<footer><p>© 2025 The Example Post. All rights reserved.</p></footer>"
        )
        parts.append(chunk)
        total += len(chunk)
    parts.append("</body></html>")
    return "".join(parts)


def text_page(size: int, seed: int = 1) -> str:
    """A plain-text dump of about `size` characters: menu lines, paragraphs, share lines."""
    rng = random.Random(seed)
    lines: list[str] = []
    total = 0
    while total < size:
        block = [
            "Home > News > Local",
            _sentence(rng),
            f"{_sentence(rng)} {_sentence(rng)}",
            "Share",
            "Tweet",
        ]
        lines.extend(block)
        total += sum(len(x) + 1 for x in block)
    return "\n".join(lines)


def _parse_size(text: str) -> int:
    text = text.strip().lower()
    factor = {"k": 1_000, "m": 1_000_000}.get(text[-1], 1)
    return int(float(text.rstrip("km")) * factor)


def tags_page(size: int) -> str:
    """A page of bare elements: about 400 bytes and 5 µs of tree per 4 bytes of input."""
    return "<p>x" * (size // 4)


_PAGES = {"html": html_page, "text": text_page, "tags": tags_page}


def _one(kind: str, size: int) -> dict[str, object]:
    """Run one clean in this process and report its numbers (called in the subprocess)."""
    import dechrome

    make = _PAGES[kind]
    dechrome.clean(make(2000))  # imports, compiled patterns
    page = make(size)
    data = page.encode("utf-8")
    del page
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    try:
        article = dechrome.clean(data)
        outcome, paragraphs = "ok", len(article.paragraphs)
    except dechrome.DechromeError as exc:
        outcome, paragraphs = f"{type(exc).__name__}: {exc}", 0
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "kind": kind,
        "bytes": len(data),
        "seconds": seconds,
        "peak_mb": peak / 1024,
        "added_mb": (peak - base) / 1024,
        "outcome": outcome,
        "paragraphs": paragraphs,
    }


def limit_memory() -> None:
    """In a child process: at most 2 GiB of address space."""
    resource.setrlimit(resource.RLIMIT_AS, (2 * _GIB, 2 * _GIB))


def _run(kind: str, size: int, timeout: float) -> dict[str, object]:
    cmd = [sys.executable, "-m", "benchmarks.size_sweep", "--one", kind, str(size)]
    try:
        proc = subprocess.run(
            cmd, capture_output=True, text=True, timeout=timeout, preexec_fn=limit_memory, check=False
        )
    except subprocess.TimeoutExpired:
        return {"kind": kind, "bytes": size, "outcome": f"hung over {timeout:.0f} s"}
    if proc.returncode != 0:
        tail = proc.stderr.strip().splitlines()[-1:] or [f"exit {proc.returncode}"]
        return {"kind": kind, "bytes": size, "outcome": f"crashed: {tail[0]}"}
    result: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default=_SIZES, help=f"comma-separated sizes (default {_SIZES})")
    parser.add_argument("--kinds", default="html,text")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before a run counts as hung")
    parser.add_argument("--one", nargs=2, metavar=("KIND", "BYTES"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(_one(args.one[0], int(args.one[1]))))
        return 0
    print("| input | size | time (s) | µs per KB | peak RSS (MB) | added by clean (MB) | result |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for kind in args.kinds.split(","):
        for size_text in args.sizes.split(","):
            r = _run(kind, _parse_size(size_text), args.timeout)
            size = int(r["bytes"])  # type: ignore[call-overload]
            if "seconds" in r:
                secs = float(r["seconds"])  # type: ignore[arg-type]
                per_kb = secs * 1e6 / (size / 1000)
                print(
                    f"| {kind} | {size / 1e6:.2f} MB | {secs:.2f} | {per_kb:.0f} | {r['peak_mb']:.0f} "
                    f"| {r['added_mb']:.0f} | {r['outcome']} ({r['paragraphs']} paragraphs) |",
                    flush=True,
                )
            else:
                print(f"| {kind} | {size / 1e6:.2f} MB | – | – | – | – | {r['outcome']} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
