"""Golden fixtures: a page and the result a person expects, checked field by field.

A fixture is a folder holding `page.html` (or `page.txt`) and `expected.json`:

    {"kind": "html", "url": null, "headline": "...", "byline": "A; B", "date": "2024-05-01",
     "body": "para\\n\\npara", "captions": ["..."], "body_excludes": ["..."], "reviewed": true}

`body` and `captions` are compared exactly when present; `body_excludes` snippets must
not occur in the body. `python -m dechrome.fixtures check DIR` checks every fixture under
DIR; `python -m dechrome.fixtures record PAGE --out DIR` writes a new fixture from
today's output with `"reviewed": false`, for a person to correct and approve.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .api import clean
from .result import Article

FIELDS = ("headline", "byline", "date", "body", "captions")


@dataclass(frozen=True)
class Fixture:
    name: str
    page: Path
    expected: dict[str, Any]

    @property
    def reviewed(self) -> bool:
        return bool(self.expected.get("reviewed", True))


def find(root: Path) -> list[Fixture]:
    """Every fixture folder under `root` (any depth), sorted by path."""
    found = []
    for exp in sorted(root.rglob("expected.json")):
        pages = [p for p in exp.parent.iterdir() if p.name.startswith("page.")]
        if pages:
            found.append(
                Fixture(str(exp.parent.relative_to(root)), pages[0], json.loads(exp.read_text("utf-8")))
            )
    return found


def run(fixture: Fixture) -> Article:
    kind = fixture.expected.get("kind", "auto")
    return clean(fixture.page.read_bytes(), fixture.expected.get("url"), kind=kind)


def differences(fixture: Fixture, article: Article) -> list[str]:
    """What the article gets wrong against the expectation, one line per problem."""
    problems = []
    got = article.to_dict()
    for name in FIELDS:
        if name not in fixture.expected:
            continue
        want = fixture.expected[name]
        have = got[name]
        if name == "captions":
            have = list(have)
        if want != have:
            problems.append(f"{name}:\n    expected {want!r}\n    got      {have!r}")
    for snippet in fixture.expected.get("body_excludes", []):
        if snippet in article.body:
            problems.append(f"body has excluded snippet {snippet!r}")
    return problems


def record(page: Path, out: Path, url: str | None = None) -> Path:
    """A new fixture from today's output, marked unreviewed for a person to check."""
    out.mkdir(parents=True, exist_ok=True)
    target = out / ("page.txt" if page.suffix == ".txt" else "page.html")
    shutil.copyfile(page, target)
    article = clean(target.read_bytes(), url)
    expected = {
        "kind": article.kind,
        "url": url,
        **{k: article.to_dict()[k] for k in FIELDS},
        "reviewed": False,
    }
    (out / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n", "utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m dechrome.fixtures", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    sub = ap.add_subparsers(dest="command", required=True)
    c = sub.add_parser("check", help="check every fixture under a folder")
    c.add_argument("root", type=Path)
    r = sub.add_parser("record", help="record a page's current output as a new, unreviewed fixture")
    r.add_argument("page", type=Path)
    r.add_argument("--out", type=Path, required=True)
    r.add_argument("--url")
    args = ap.parse_args(argv)
    if args.command == "record":
        print(f"wrote {record(args.page, args.out, args.url)}; review expected.json, then set reviewed: true")
        return 0
    failed = 0
    for fx in find(args.root):
        problems = differences(fx, run(fx))
        status = "ok" if not problems else "FAIL"
        if not fx.reviewed:
            status += " (unreviewed)"
        print(f"{status:<6} {fx.name}")
        for p in problems:
            print("   ", p)
        failed += bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
