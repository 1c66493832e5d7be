"""The unit every filter looks at: a block of text that keeps its place in the page."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from ..frozen import fast_init
from ..options import Options

if TYPE_CHECKING:
    from ..profile.model import SiteProfile
    from .stats import Subtrees

Kind = Literal["html", "text"]


@fast_init
@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph-like unit of a page.

    In HTML a block is the text directly inside one block-level element (a `<p>`, an
    `<li>`, the loose text of a `<div>`); in a text dump it is one line. `path` and
    `attrs` run from the root down to the block's element, so filters can ask "is
    this inside a `<nav>`?" or "does an ancestor's class say *share*?" without
    walking the tree again.
    """

    index: int
    text: str
    tag: str
    path: tuple[str, ...] = ()
    # Lowercased class, id, role and itemprop of each element on `path`, joined by spaces.
    attrs: tuple[str, ...] = ()
    link_chars: int = 0
    hidden: bool = False
    # The lxml element holding the block in HTML; None in text dumps.
    element: object | None = field(default=None, compare=False, repr=False)
    # `classes.Cls` flags of each element on `path` (what its class/id says it is).
    flags: tuple[int, ...] = ()
    # All of `flags` or-ed together.
    cls: int = 0
    # The elements of `path` (block-level ancestors, root first, the block's own element
    # last); empty in text dumps. Filters index it instead of walking the tree again.
    ancestors: tuple[Any, ...] = field(default=(), compare=False, repr=False)

    @property
    def attr_text(self) -> str:
        """All of `attrs` joined, for vocabulary matches over the whole ancestry."""
        return " ".join(filter(None, self.attrs))

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0

    def innermost(self, flag: int) -> int | None:
        """How many levels above the block's element the nearest element with `flag` is."""
        for up, f in enumerate(reversed(self.flags)):
            if f & flag:
                return up
        return None

    def within(self, *tags: str) -> bool:
        """True when the block's element or one of its ancestors has one of `tags`."""
        return any(map(self.path.__contains__, tags))  # no generator frame: called per block


@dataclass(frozen=True, slots=True)
class Metadata:
    """The page's headline, byline and date as the metadata steps settled them."""

    headline: str | None = None
    byline: str | None = None
    date: str | None = None
    language: str | None = None
    site_name: str | None = None
    # Where each field came from, e.g. {"headline": "json-ld"}.
    sources: dict[str, str] = field(default_factory=dict)
    # The body as the page states it for machines (JSON-LD articleBody), if it does.
    stated_body: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """Everything a filter may read: the blocks and the page-level context."""

    kind: Kind
    blocks: tuple[Block, ...]
    options: Options
    url: str | None = None
    # The lxml root in HTML; None in text dumps.
    root: object | None = field(default=None, compare=False, repr=False)
    metadata: Metadata = field(default_factory=Metadata)
    # Text totals per element over all blocks (HTML); see blocks/stats.py.
    subtrees: Subtrees | None = field(default=None, compare=False, repr=False)
    # What had to give way to a limit (a parser fallback, joined blocks): never silent.
    notes: tuple[str, ...] = ()
    # The site's learned template, when the caller has one (see dechrome.profile).
    profile: SiteProfile | None = field(default=None, compare=False, repr=False)
