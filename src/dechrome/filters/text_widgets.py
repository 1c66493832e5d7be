"""Text dumps: a widget's inline elements glued into one line, and a box's title.

A naive crawler joins a block's buttons and links without spaces, so a share bar becomes
"FacebookXCopy linkGift this article", an audio player "Listen to this article5:12", a
tag list "BikesCity CouncilDowntown". No word list or phrase matches such a line whole;
split where a lowercase letter runs into a capital, it is the widget again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

from ..blocks import Block, Document
from ..pipeline import define_filter
from ..result import Mark
from .vocab import (
    BOILER_SENTENCES,
    NEWSLETTER_PROMPT,
    NEWSLETTER_WORD,
    PLAYER_LINE,
    SHARE_ROW_TOKENS,
    related_heading,
)

# Where one inline element ends and the next begins: "linkGift", "Copier le lienOffrir",
# "XCopy" (a one-letter button).
_GLUE = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}[\p{Ll}\-])", regex.V0)
_PIECE = regex.compile(r"[\w\-']+", regex.V0)
# A share row is short; a brand made of two capitalised parts ("WhatsApp") is one token.
_ROW_MAX = 150
_JOIN_MAX = 3


def _share_row(text: str) -> bool:
    """Every piece, or run of up to three glued pieces, is a share-bar word."""
    if len(text) > _ROW_MAX:
        return False
    # A share count glued to a button ("61Click to share", "858shares") is no word of its own.
    pieces = [q for p in _PIECE.findall(_GLUE.sub(" ", text)) if (q := p.casefold().strip("0123456789"))]
    if not pieces:
        return False
    ok = [True] + [False] * len(pieces)  # ok[i]: pieces[:i] split into share words
    for i in range(len(pieces)):
        if ok[i]:
            for j in range(i + 1, min(i + _JOIN_MAX, len(pieces)) + 1):
                ok[j] = ok[j] or "".join(pieces[i:j]) in SHARE_ROW_TOKENS
    return ok[-1]


# A tag or menu list glued into one line: two or more joins after a lowercase word, every
# word capitalised, no punctuation ("BikesCity CouncilDowntown", "ÉducationLycéeRéforme").
# A brand ("WordPress", "McKinsey") has one join at most, a headline lowercase words.
_LIST_JOIN = regex.compile(r"(?<=\p{Ll}{2})\p{Lu}\p{Ll}", regex.V0)
_LIST_MAX = 100
_LIST_JOINS = 2


def _glued_list(text: str) -> bool:
    if len(text) > _LIST_MAX or any(c in text for c in '.,;:!?()"“”«»'):
        return False
    words = text.split()
    if not all(w[0].isupper() or w[0].isdigit() for w in words):
        return False
    return len(_LIST_JOIN.findall(text)) >= _LIST_JOINS


# A ranked list of headlines ("Most popular") run into one line: "1 Photo sparks theories
# 2 Aides left notes 3 Congressman denies ...". Each number stands alone, the second and
# the third before a capital.
_RANKED = regex.compile(r"^1\s+\S.{10,200}?\s2\s+\p{Lu}.{10,200}?\s3\s+\p{Lu}", regex.V0)


# A box title is short and ends no sentence: "Get the Morning Ledger" over its prompt; one
# that names a newsletter is a few words ("PC Gamer Newsletter"), not a sentence about one.
_TITLE_MAX = 60
_TITLE_WORDS = 6
# The prompt under it is a sentence ("... delivered to your inbox every weekday."), not a
# footer link ("Privacy policy").
_PROMPT_MIN = 40


def _title_shaped(text: str) -> bool:
    return len(text) <= _TITLE_MAX and not text.rstrip().endswith((".", "!", "?", ":"))


def _names_newsletter(text: str) -> bool:
    return _title_shaped(text) and len(text.split()) <= _TITLE_WORDS and bool(NEWSLETTER_WORD.search(text))


def _box_title(text: str, below: str) -> bool:
    """The title of a newsletter box: it names one, or a sign-up prompt follows it."""
    if _names_newsletter(text):
        return True
    return (
        _title_shaped(text)
        and len(below) >= _PROMPT_MIN
        and below.rstrip().endswith((".", "!"))
        and bool(BOILER_SENTENCES.search(below.lower()))
        and bool(NEWSLETTER_PROMPT.search(below))
    )


# A newsletter box whose title names it ("PC Gamer Newsletter"): its pitch and check
# boxes, a few short lines, run down to its sign-up button or consent line, which an
# earlier filter removed. Without that removed line below, the lines are the article's
# (a section about a newsletter).
_BOX_LINES = 3
_PITCH_MAX = 250


def _newsletter_boxes(doc: Document, kept: set[int]) -> set[int]:
    """Kept lines of newsletter boxes: the title if kept, and the pitch under it."""
    found: set[int] = set()
    for b in doc.blocks:
        if not _names_newsletter(b.text.strip()):
            continue
        box = [b.index] if b.index in kept else []
        pitch = False
        for line in doc.blocks[b.index + 1 : b.index + 2 + _BOX_LINES]:
            if line.index not in kept:
                if pitch:
                    found.update(box)
                break
            if len(line.text) > _PITCH_MAX:
                break
            box.append(line.index)
            pitch = True
    return found


# A sign-up prompt over its button ("... direkt in dein Postfach!" over "Abonnieren"),
# which an earlier filter removed: both speak of the sign-up, and the button is a word
# or three.
_BUTTON_WORDS = 3


def _sign_up_prompt(text: str, below: str) -> bool:
    return (
        len(text) <= _PITCH_MAX
        and len(below.split()) <= _BUTTON_WORDS
        and bool(NEWSLETTER_PROMPT.search(below))
        and bool(NEWSLETTER_PROMPT.search(text))
    )


# Headlines listed under a "Related" heading that an earlier filter removed as a UI phrase
# (so the section filter never saw it): short lines that end no sentence.
_TEASER_MAX = 150
# Where such a list ends: a sentence. Not "»" or "“": those end a teaser's link ("Alle
# Termine im Überblick »", "« Previous post »").
_SENTENCE_END = (".", "!", "?", ":", '"', "”")


def _related_teasers(doc: Document, kept: set[int]) -> set[int]:
    """Kept lines right under a removed related-stories heading, up to the first sentence."""
    found: set[int] = set()
    for i, b in enumerate(doc.blocks):
        if i in kept or len(b.text) > 60 or not related_heading(b.text.strip()):
            continue
        for line in doc.blocks[i + 1 :]:
            text = line.text.strip()
            if line.index not in kept:
                if found and line.index - 1 in found:
                    break  # the list ends where the chrome around it starts again
                continue
            if len(text) > _TEASER_MAX or text.endswith(_SENTENCE_END):
                break
            found.add(line.index)
    return found


@define_filter("text_widgets", kinds=("text",))
def text_widgets(doc: Document, blocks: Sequence[Block]) -> Iterable[Mark]:
    """Glued share rows, players, tag and ranked lists; a newsletter box's title; a related list.

    It runs after the run of prose is found: a widget line outside the article costs the
    run as any chrome does, and removed before, it would let the run grow over its box.
    A box's title goes only when the box under it went already (with the pitch under a
    title that names a newsletter, down to the removed sign-up; a sign-up prompt over its
    removed button); the headlines under a "Related" heading that an earlier filter
    removed, up to the first sentence, go too.
    """
    kept = {b.index for b in blocks}
    teasers = _related_teasers(doc, kept)
    boxes = _newsletter_boxes(doc, kept)
    for b in blocks:
        text = b.text.strip()
        nxt = b.index + 1
        below = doc.blocks[nxt].text if nxt < len(doc.blocks) and nxt not in kept else None
        if b.index in teasers:
            yield Mark(b.index, "a headline listed under a related-stories heading")
        elif b.index in boxes:
            yield Mark(b.index, "a newsletter box: its title and pitch over its sign-up")
        elif _share_row(text):
            yield Mark(b.index, "share buttons glued into one line")
        elif PLAYER_LINE.match(text):
            yield Mark(b.index, "an audio player or a reading time")
        elif _glued_list(text):
            yield Mark(b.index, "a list of links glued into one line")
        elif _RANKED.match(text):
            yield Mark(b.index, "a numbered list of headlines glued into one line")
        elif below is not None and _box_title(text, below):
            yield Mark(b.index, "the title of a newsletter box")
        elif below is not None and _sign_up_prompt(text, below):
            yield Mark(b.index, "a sign-up prompt over its button")
