"""Every compiled pattern in dechrome stays fast on text built to make regexes backtrack.

Patterns are found by walking the package, so a new one is checked the day it is added.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time

import regex

import dechrome

N = 3000  # long enough to show quadratic or worse behaviour, short enough for CI
BAIT = [
    "a" * N, " " * N, "a " * N, "1" * N, "12 " * N, "by " * N, "<" * N, "(" * N, "a/" * N,
    "-" * N, "a." * N, "\n" * N, "a > " * N, "word, " * N, "an icon of " + "the " * N, "A. " * N,
    "<!DOCTYPE a [" * (N // 10), "<meta " * N, "<a " * N, "© " * N, "(photo: " + "x" * N,
    "1 january " * (N // 5), "<!--a-->" * N, "</body><!-- -->" * N,
    "in this " * N, "http://" + "a" * N, "Home > " * N, "and " * N, "senior staff " * N,
]  # fmt: skip
SECONDS_PER_PATTERN = 1.0


def _patterns() -> dict[str, re.Pattern[str] | regex.Pattern[str]]:
    found = {}
    for info in pkgutil.walk_packages(dechrome.__path__, "dechrome."):
        if ".cli" in info.name:
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, (re.Pattern, regex.Pattern)):
                found[f"{info.name}.{name}"] = value
    return found


def test_patterns_are_found() -> None:
    assert len(_patterns()) > 20


def test_no_pattern_backtracks_catastrophically() -> None:
    slow = {}
    for name, pattern in _patterns().items():
        start = time.perf_counter()
        for bait in BAIT:
            # The same text made to fail at its very end: the worst case for backtracking.
            failing = bait + "\x01"
            for text in (
                (bait, failing) if isinstance(pattern.pattern, str) else (bait.encode(), failing.encode())
            ):
                pattern.search(text)  # type: ignore[arg-type]
            pattern.match(bait if isinstance(pattern.pattern, str) else bait.encode())  # type: ignore[arg-type]
            pattern.fullmatch(failing if isinstance(pattern.pattern, str) else failing.encode())  # type: ignore[arg-type]
        elapsed = time.perf_counter() - start
        if elapsed > SECONDS_PER_PATTERN:
            slow[name] = round(elapsed, 2)
    assert not slow, f"patterns that backtrack on bait: {slow}"
