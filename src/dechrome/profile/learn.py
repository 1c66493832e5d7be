"""Learn a site's profile from its pages, in one pass, in bounded memory."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..api import load
from ..errors import DechromeError
from ..options import Options
from .model import SiteProfile, text_key

# At most this many distinct texts are counted; past it, texts seen on only one page so
# far (nearly all of them article sentences) are dropped: a lossy count that keeps the
# template, which recurs on every page.
MAX_KEYS = 200_000


class ProfileLearner:
    """Feed pages one at a time (`add`), then take the profile (`profile`)."""

    def __init__(
        self, site: str | None = None, options: Options | None = None, max_keys: int = MAX_KEYS
    ) -> None:
        self.site = site
        self.options = options or Options()
        self.max_keys = max_keys
        self.pages = 0
        self.counts: Counter[str] = Counter()

    def add(self, page: str | bytes, url: str | None = None) -> None:
        """Count each distinct block text of `page` once; unreadable pages are skipped."""
        try:
            doc = load(page, url=url, options=self.options)
        except DechromeError:
            return
        self.pages += 1
        self.counts.update({text_key(b.text) for b in doc.blocks})
        if len(self.counts) > self.max_keys:
            self.counts = Counter({k: n for k, n in self.counts.items() if n > 1})

    def profile(self) -> SiteProfile:
        return SiteProfile(self.site, self.pages, {k: n for k, n in self.counts.items() if n > 1})


def learn(
    pages: Iterable[str | bytes], *, site: str | None = None, options: Options | None = None
) -> SiteProfile:
    """The profile of one site from several of its pages (HTML or text dumps)."""
    learner = ProfileLearner(site, options)
    for page in pages:
        learner.add(page)
    return learner.profile()
