"""With a site profile (`clean(..., profile=...)`), text that recurs across the site is chrome."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..blocks import Block, Document
from ..pipeline import define_filter
from ..result import Mark


@define_filter("site_profile", kinds=("html", "text"))
def site_profile(doc: Document, blocks: Sequence[Block]) -> Iterable[Mark]:
    """Blocks whose text recurs on most pages of the site (only when a profile is given)."""
    profile = doc.profile
    if profile is None:
        return
    limit = profile.threshold
    for b in blocks:
        n = profile.pages_with(b.text)
        if n >= limit:
            yield Mark(b.index, f"repeated on {n} of {profile.pages} pages of this site")
