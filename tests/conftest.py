"""Shared test helpers: where the third-party benchmark data lives, when it is there."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "bench"


def shared_dataset(name: str) -> Path:
    """The path of a ../shared/bench dataset; skips the test when it is absent (a user's clone)."""
    path = SHARED / name
    if not (path / "truth.jsonl").is_file():
        pytest.skip(f"benchmark data {path} is not here")
    return path


def load_page(dataset: Path, truth: dict[str, Any]) -> bytes:
    pages = dataset / "pages"
    for ext in (".html.gz", ".txt.gz"):
        f = pages / f"{truth['id']}{ext}"
        if f.exists():
            return gzip.decompress(f.read_bytes())
    raise FileNotFoundError(truth["id"])


def truths(dataset: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (dataset / "truth.jsonl").read_text().splitlines()]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--fixtures-dir",
        default=None,
        help="run tests/test_fixtures.py on the fixtures under this folder instead of fixtures/",
    )
