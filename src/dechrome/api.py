"""`clean()`: page → parse → blocks → metadata → filters → fields → Article."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING, Literal

from .blocks import Document, Kind
from .blocks.html import html_blocks
from .blocks.stats import subtrees
from .blocks.text import text_blocks
from .decode import clean_text, decode, decompress, nfc, sniff_kind
from .errors import (
    DechromeError,
    ExtractionError,
    InputTooLargeError,
    InvalidArgumentError,
    LimitExceededError,
    TimeBudgetExceededError,
)
from .fields import assemble
from .metadata import extract_metadata
from .options import Options
from .parse import parse_page
from .pipeline import Pipeline
from .result import Article

if TYPE_CHECKING:
    from .profile.model import SiteProfile

_DEFAULT_OPTIONS = Options()


class _Clock:
    """The page's time budget, checked after each stage so the error names where it ran out."""

    def __init__(self, options: Options, deadline: float | None = None) -> None:
        self.budget = options.time_budget
        self.deadline = deadline if deadline is not None else time.monotonic() + self.budget

    def check(self, stage: str) -> None:
        if time.monotonic() > self.deadline:
            raise TimeBudgetExceededError(f"over the time budget of {self.budget} s after {stage}")


@contextmanager
def _only_dechrome_errors() -> Iterator[None]:
    """Whatever goes wrong on one page reaches the caller as a DechromeError that says what."""
    try:
        yield
    except DechromeError:
        raise
    except RecursionError as exc:
        raise LimitExceededError("page nesting is too deep to process") from exc
    except MemoryError as exc:
        raise LimitExceededError("page needs more memory than is available") from exc
    except Exception as exc:
        raise ExtractionError(f"unexpected {type(exc).__name__} while reading the page: {exc}") from exc


def load(
    page: str | bytes,
    *,
    url: str | None = None,
    kind: Kind | Literal["auto"] = "auto",
    options: Options = _DEFAULT_OPTIONS,
    deadline: float | None = None,
) -> Document:
    """Decode, parse and cut a page into blocks, with its metadata: what filters read.

    `deadline` (a `time.monotonic()` value) defaults to now + `options.time_budget`.
    Raises only `DechromeError`s.
    """
    with _only_dechrome_errors():
        return _load(page, url, kind, options, _Clock(options, deadline))


def _load(page: str | bytes, url: str | None, kind: str, options: Options, clock: _Clock) -> Document:
    if not isinstance(page, (str, bytes, bytearray)):
        raise InvalidArgumentError(f"page must be str or bytes, not {type(page).__name__}")
    if kind not in ("auto", "html", "text"):
        raise InvalidArgumentError(f"kind must be 'auto', 'html' or 'text', not {kind!r}")
    if len(page) > options.max_bytes:
        unit = "characters" if isinstance(page, str) else "bytes"
        raise InputTooLargeError(f"page is {len(page):,} {unit}, over max_bytes={options.max_bytes:,}")
    if isinstance(page, (bytes, bytearray)):
        text = clean_text(decode(decompress(bytes(page), options.max_bytes)), decoded=True)
    else:
        text = clean_text(page)
    clock.check("decoding")
    doc_kind: Kind = sniff_kind(text) if kind == "auto" else kind  # type: ignore[assignment]
    notes: tuple[str, ...] = ()
    root = None
    if doc_kind == "html":
        # A page libxml2 cannot take whole is flattened or read as text: see parse.py.
        parsed = parse_page(text, options.max_nodes)
        root, notes = parsed.root, parsed.notes
        if root is None:
            doc_kind, text = "text", parsed.text
        clock.check("parsing")
    blocks = html_blocks(root, options) if root is not None else text_blocks(nfc(text), options)
    if len(blocks) >= options.max_blocks:
        notes = (*notes, f"over max_blocks={options.max_blocks:,}: later text joined the last block")
    clock.check("cutting the page into blocks")
    meta = extract_metadata(doc_kind, blocks, root, url)
    clock.check("reading metadata")
    stats = subtrees(blocks) if root is not None else None
    return Document(doc_kind, blocks, options, url, root, meta, stats, notes)


def clean(
    page: str | bytes,
    url: str | None = None,
    *,
    kind: Kind | Literal["auto"] = "auto",
    pipeline: Pipeline | None = None,
    disable: Iterable[str] = (),
    options: Options | None = None,
    profile: SiteProfile | None = None,
) -> Article:
    """Return the article in `page` (HTML or a plain-text dump, str or bytes).

    `disable` names filters to skip for this call; `pipeline` replaces the default
    filters; `options` sets limits and thresholds (docs/limits.md); `profile`, a site's
    learned template (`dechrome.learn`), lets the `site_profile` filter remove what
    recurs across the site. Every removed block is in `Article.removed` with the filter
    and the reason; every limit that shaped the result is in `Article.notes`. Raises only
    `DechromeError`s (see errors.py).
    """
    opts = options or _DEFAULT_OPTIONS
    clock = _Clock(opts)
    pipe = pipeline or Pipeline.default()
    disabled = tuple(disable)
    if disabled:
        pipe = pipe.without(*disabled)
    with _only_dechrome_errors():
        doc = _load(page, url, kind, opts, clock)
        if profile is not None:
            doc = replace(doc, profile=profile)
        outcome = pipe.run(doc, deadline=clock.deadline)
        return assemble(doc, outcome)


def explain(page: str | bytes, url: str | None = None, **kwargs: object) -> str:
    """The trace of `clean` as text: every removed block with its filter and reason."""
    return clean(page, url, **kwargs).explain()  # type: ignore[arg-type]
