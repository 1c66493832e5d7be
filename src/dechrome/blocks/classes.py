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
        advert ads? ad-?slot ad-?container sponsor outbrain taboola search(?!able) related recommend popular
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


def _patterns(words: str) -> list[str]:
    return [w + (r"(?=$|[\s_:])" if w in _WHOLE else "") for w in words.split()]


# A word's lookbehinds, if any, and its first letter.
_LEAD = re.compile(r"((?:\(\?<[=!][^()]*\))*)([a-z0-9])")
_BEHIND = re.compile(r"\(\?(<[=!])([^()]*)\)")


def _by_first_letter() -> str | None:
    """`_WORDS` as one branch per first letter, each holding that letter's words category
    by category, in the order of `_WORDS`; None if a word does not start with a letter.

    The same words win as in one alternation of the categories (words with different first
    letters never compete), but the regex engine drops a letter's whole branch in one step
    instead of trying a hundred words, and class texts are mostly new to the cache. A
    lookbehind before the first letter moves past it and takes it in (`(?<!no-)caption`
    becomes `c(?<!no-c)aption`).
    """
    letters: dict[str, list[str]] = {}
    for name, words in _WORDS.items():
        mine: dict[str, list[str]] = {}
        for word in _patterns(words):
            lead = _LEAD.match(word)
            if lead is None:
                return None
            behind, first = lead.groups()
            behind = _BEHIND.sub(rf"(?\g<1>\g<2>{first})", behind)
            mine.setdefault(first, []).append(behind + word[lead.end() :])
        for first, rests in mine.items():
            letters.setdefault(first, []).append(f"(?P<{name}_{first}>{'|'.join(rests)})")
    return "|".join(f"{first}(?:{'|'.join(groups)})" for first, groups in letters.items())


def _by_category() -> str:
    return "|".join(f"(?P<{name}_>{'|'.join(_patterns(words))})" for name, words in _WORDS.items())


# A word starts the class text or follows a separator; the text is searched with a space
# before it, so that the pattern starts with a character set the engine can skip to.
_PATTERN = re.compile(r"[\s_\-:](?:" + (_by_first_letter() or _by_category()) + ")")
_FLAG = {group: getattr(Cls, group.split("_")[0]) for group in _PATTERN.groupindex}


# Class texts longer than this are matched afresh each time: the memo then holds at most
# 8,192 strings of 1 KB (utility-class lists fit), never a hostile page's megabyte-long class.
_MEMO_MAX = 1024


def classify(sig: str) -> int:
    """The flags named by a lowercased attribute text (0 when it says nothing we know)."""
    return _classify_memo(sig) if len(sig) <= _MEMO_MAX else _classify(sig)


@functools.lru_cache(maxsize=8192)
def _classify_memo(sig: str) -> int:
    """Memoised: a pure function of a short string; class texts repeat within and across pages."""
    return _classify(sig)


def _classify(sig: str) -> int:
    if not sig:
        return 0
    flags = 0
    for m in _PATTERN.finditer(" " + sig):
        flags |= _FLAG[m.lastgroup or ""]
    return flags
