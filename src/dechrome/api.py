"""`clean()`: page → parse → blocks → metadata → filters → fields → Article."""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Literal

from .blocks import Document, Kind
from .blocks.html import html_blocks
from .blocks.stats import subtrees
from .blocks.text import text_blocks
from .decode import clean_text, decode, nfc, sniff_kind
from .errors import DechromeError, LimitExceededError
from .fields import assemble
from .metadata import extract_metadata
from .options import Options
from .parse import ParserLimitError, html_as_text, parse_html
from .pipeline import Pipeline
from .result import Article

if TYPE_CHECKING:
    from .profile.model import SiteProfile

_DEFAULT_OPTIONS = Options()


def load(
    page: str | bytes,
    *,
    url: str | None = None,
    kind: Kind | Literal["auto"] = "auto",
    options: Options = _DEFAULT_OPTIONS,
) -> Document:
    """Decode, parse and cut a page into blocks, with its metadata: what filters read."""
    if not isinstance(page, (str, bytes, bytearray)):
        raise DechromeError(f"page must be str or bytes, not {type(page).__name__}")
    if len(page) > options.max_bytes:
        raise LimitExceededError(
            f"page is {len(page):,} bytes/characters, over max_bytes={options.max_bytes:,}"
        )
    if isinstance(page, (bytes, bytearray)):
        text = clean_text(decode(bytes(page)), decoded=True)
    else:
        text = clean_text(page)
    if kind == "auto":
        kind = sniff_kind(text)
    notes: tuple[str, ...] = ()
    if kind not in ("html", "text"):
        raise DechromeError(f"kind must be 'auto', 'html' or 'text', not {kind!r}")
    root = None
    if kind == "html":
        try:
            root = parse_html(text)
        except ParserLimitError as exc:
            # Keep every word rather than the part of the tree libxml2 managed to build.
            notes = (f"the HTML parser stopped ({exc}); the page was read as text",)
            kind, text = "text", html_as_text(text)
    blocks = html_blocks(root, options) if root is not None else text_blocks(nfc(text), options)
    meta = extract_metadata(kind, blocks, root, url)
    stats = subtrees(blocks) if root is not None else None
    return Document(kind, blocks, options, url, root, meta, stats, notes)


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
    filters; `options` sets limits and thresholds; `profile`, a site's learned template
    (`dechrome.learn`), lets the `site_profile` filter remove what recurs across the
    site. Every removed block is in `Article.removed` with the filter and the reason.
    Raises only `DechromeError`s.
    """
    opts = options or _DEFAULT_OPTIONS
    deadline = time.monotonic() + opts.time_budget
    pipe = pipeline or Pipeline.default()
    disabled = tuple(disable)
    if disabled:
        pipe = pipe.without(*disabled)
    try:
        doc = load(page, url=url, kind=kind, options=opts)
        if profile is not None:
            doc = replace(doc, profile=profile)
        outcome = pipe.run(doc, deadline=deadline)
        return assemble(doc, outcome)
    except DechromeError:
        raise
    except RecursionError as exc:
        raise LimitExceededError("page nesting is too deep to process") from exc
    except MemoryError as exc:
        raise LimitExceededError("page needs more memory than is available") from exc


def explain(page: str | bytes, url: str | None = None, **kwargs: object) -> str:
    """The trace of `clean` as text: every removed block with its filter and reason."""
    return clean(page, url, **kwargs).explain()  # type: ignore[arg-type]
