"""The `dechrome` command: clean one page, explain it, or batch many (local cores or Dask)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .. import __version__
from ..api import clean, load
from ..errors import DechromeError
from ..pipeline import Pipeline
from ..profile import SiteProfile
from ..result import Article

EXAMPLES = """examples:
  dechrome clean page.html                     the article as text
  curl -s URL | dechrome clean - --url URL --format json
  dechrome clean dump.txt --kind text --explain
  dechrome explain page.html --html report.html
  dechrome batch pages/ crawl.warc.gz --out articles.jsonl --jobs 4 --resume
  dechrome batch pages.jsonl --out out.jsonl --engine dask --scheduler tcp://host:8786
  dechrome learn site-pages/ --out site.json && dechrome clean page.html --profile site.json
  dechrome filters

exit status: 0 ok, 1 some pages failed, 2 bad usage."""


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    import gzip

    data = Path(path).read_bytes()
    return gzip.decompress(data) if path.endswith(".gz") else data


def render(article: Article, fmt: str) -> str:
    if fmt == "json":
        return article.to_json()
    if fmt == "markdown":
        head = [f"# {article.headline}"] if article.headline else []
        meta = " · ".join(x for x in (article.byline, article.date) if x)
        return "\n\n".join([*head, *([f"*{meta}*"] if meta else []), *article.paragraphs]) + "\n"
    return article.body + "\n"


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="dechrome", description=__doc__, epilog=EXAMPLES,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    ap.add_argument("--version", action="version", version=f"dechrome {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)

    def page_args(p: argparse.ArgumentParser) -> None:
        p.add_argument("file", help="an HTML page or a text dump; - reads stdin; .gz is unpacked")
        p.add_argument("--url", help="the page's URL (context only, never fetched)")
        p.add_argument("--kind", choices=("auto", "html", "text"), default="auto")
        p.add_argument("--disable", action="append", default=[], metavar="FILTER", help="skip a filter")

    c = sub.add_parser("clean", help="one page to stdout", epilog=EXAMPLES,
                       formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    page_args(c)
    c.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    c.add_argument("--explain", action="store_true", help="print what was removed, by which filter, why")
    c.add_argument("--profile", type=Path, help="a site profile from `dechrome learn`")

    e = sub.add_parser("explain", help="why each block went: text, or an HTML report")
    page_args(e)
    e.add_argument("--html", type=Path, help="write a self-contained HTML report here")

    b = sub.add_parser("batch", help="many pages to JSONL", epilog=EXAMPLES,
                       formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    b.add_argument("inputs", nargs="+", help="files, folders, .jsonl (html/text field), .warc[.gz]")
    b.add_argument("--out", type=Path, required=True, help="JSONL output, one record per page")
    b.add_argument(
        "--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (default: all cores)"
    )
    b.add_argument("--resume", action="store_true", help="skip pages already in --out")
    b.add_argument("--engine", choices=("local", "dask"), default="local")
    b.add_argument("--scheduler", help="Dask scheduler address (default: a local cluster)")
    b.add_argument("--disable", action="append", default=[], metavar="FILTER")
    b.add_argument("--learn-sites", action="store_true", help="learn each site's template first, then clean")

    lp = sub.add_parser("learn", help="learn a site's profile from several of its pages")
    lp.add_argument("inputs", nargs="+", help="pages of one site: files, folders, .jsonl, .warc[.gz]")
    lp.add_argument("--out", type=Path, required=True, help="the profile, as JSON")
    lp.add_argument("--site", help="the site's name, stored in the profile")

    sub.add_parser("filters", help="list the pipeline's filters in order")
    return ap


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "filters":
            print(Pipeline.default().describe())
            return 0
        if args.command == "learn":
            from ..profile import ProfileLearner
            from .inputs import iter_sources

            learner = ProfileLearner(args.site)
            for source in iter_sources(args.inputs):
                learner.add(source.page, source.url)
            profile = learner.profile()
            profile.save(args.out)
            print(
                f"learned {len(profile.counts)} recurring texts from {profile.pages} pages", file=sys.stderr
            )
            return 0
        if args.command == "batch":
            from .batch import batch

            summary = batch(args.inputs, args.out, jobs=args.jobs, resume=args.resume, engine=args.engine,
                            scheduler=args.scheduler, disable=tuple(args.disable), learn=args.learn_sites,
                            progress=sys.stderr if sys.stderr.isatty() else None)  # fmt: skip
            print(summary.text(), file=sys.stderr)
            return 1 if summary.errors else 0
        page = _read(args.file)
        kind = args.kind
        if args.command == "explain":
            article = clean(page, args.url, kind=kind, disable=args.disable)
            if args.html:
                from .report import html_report

                doc = load(page, url=args.url, kind=kind)
                args.html.write_text(html_report(doc, article, args.file), encoding="utf-8")
                print(f"wrote {args.html}", file=sys.stderr)
            else:
                print(article.explain())
            return 0
        site = SiteProfile.load(args.profile) if getattr(args, "profile", None) else None
        article = clean(page, args.url, kind=kind, disable=args.disable, profile=site)
        sys.stdout.write(article.explain() + "\n" if args.explain else render(article, args.format))
        return 0
    except DechromeError as exc:
        print(f"dechrome: {exc}", file=sys.stderr)
        return 1
    except (OSError, ValueError, RuntimeError) as exc:
        print(f"dechrome: {exc}", file=sys.stderr)
        return 2
