"""Class/id vocabulary: what an element's `class`, `id`, `role` and `itemprop` say it is.

Each element's attribute text is classified once, while blocks are built, into a small
set of flags; filters then test flags instead of running patterns again. The words are
data: add a language or a framework's naming here, not in a filter.
"""

from __future__ import annotations

import functools
import re


class Cls:
    """Bit flags (plain ints: enum arithmetic is too slow for the per-element hot path)."""

    ICON = 1  # screen-reader-only and icon labels
    CAPTION = 2
    COMMENT = 4
    SHARE = 8
    NAV = 16
    BOILER = 32  # ads, promos, related, newsletter, cookie, tags, author boxes
    CONTENT = 64  # article, content, entry, post, story, body
    BYLINE = 128
    DEK = 256  # standfirst, dek, subtitle, kicker under or over the headline

    @staticmethod
    def names(flags: int) -> list[str]:
        return [n for n, v in vars(Cls).items() if isinstance(v, int) and flags & v]


_WORDS: dict[str, str] = {
    "ICON": r"""sr-only screen-?reader visually-?hidden visuallyhidden a11y offscreen assistive
        hidden-?text aria-hidden icon fa glyph""",
    "CAPTION": r"""(?<!no-)(?<!no_)caption credit photo-?credit image-?credit img-?credit
        media-?caption legende legend bildunterschrift pie-?de-?foto wp-caption""",
    "COMMENT": r"""comment(?!ary) disqus discussion respond reply kommentar commentaire comentario""",
    "SHARE": r"""share sharing social sociable addthis sharethis follow-?us st-btn teilen partage
        compartir""",
    "NAV": r"""breadcrumb nav(?!el) menu pagination pager skip-?link site-?header masthead toolbar
        topbar subnav mega-?menu sitemap jump-?link fil-d-ariane miga brotkrumen""",
    "BOILER": r"""cookie consent gdpr privacy newsletter subscribe subscription signup sign-up promo
        advert ads? ad-?slot ad-?container sponsor outbrain taboola related recommend popular
        trending most-?read read-?more more-?stories tags? tag-?list keywords author-?bio
        author-?box about-?the-?author bio (?<!elementor-)widget sidebar paywall banner modal popup overlay
        print-?only disclaimer copyright legal footer rail werbung anzeige publicite
        publicidad""",
    "CONTENT": r"""article content entry post story main body text blog prose artikel inhalt
        contenu contenido cuerpo testo articlebody""",
    "BYLINE": r"""byline author autor auteur writer reporter contributor""",
    "DEK": r"""dek sub-?head(?:line)? sub-?title standfirst strapline kicker""",
}
# Words that stand alone as a token ("ad", "tags", "fa") must end there, hyphen excluded:
# "tag-economy" is WordPress's taxonomy class on the article itself, "tags" a tag box.
# The others may be a prefix ("share" in "sharebar"). A page builder's "elementor-widget"
# wraps every part of a page, the article included: it is not a widget box. Some words are
# kept from what reads as their negation or another word: "no_caption" marks an image
# *without* a caption, "commentary" an opinion article, not its comments.
_WHOLE = {"ads?", "tags?", "fa", "bio", "rail", "main", "text", "body", "post", "legal"}


def _alternation(words: str) -> str:
    return "|".join(w + (r"(?=$|[\s_:])" if w in _WHOLE else "") for w in words.split())


_PATTERN = re.compile(
    r"(?:^|(?<=[\s_\-:]))(?:"
    + "|".join(f"(?P<{name}>{_alternation(words)})" for name, words in _WORDS.items())
    + ")",
)


_FLAG = {name: getattr(Cls, name) for name in _WORDS}


@functools.lru_cache(maxsize=8192)
def classify(sig: str) -> int:
    """The flags named by a lowercased attribute text (0 when it says nothing we know).

    Memoised: a pure function of a string, and class texts repeat within and across pages.
    """
    if not sig:
        return 0
    flags = 0
    for m in _PATTERN.finditer(sig):
        flags |= _FLAG[m.lastgroup or ""]
    return flags
