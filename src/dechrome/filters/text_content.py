"""Text dumps: the article is the densest run of prose lines; the rest of the dump is chrome.

A dump flattens the page: menus, footers, teaser lists and comment threads become runs of
short lines, with the odd sentence among them. Each kept line scores for the run it is
in (prose, by its length) or against it (anything else); the run with the best total,
found in one pass (maximum-sum segment), is the article. The paragraphs that open it
under its headline stay too when a box (a paywall offer, a table of contents; not a list
they announce, nor a stretch with paragraphs of its own) parts them from that run, a weak
run (a recipe, a product page) goes on past its lists, a recipe card by the run (its
ingredients and steps headings) joins it whole, and so do a list of labelled records
("Date: ...", "Place: ...") it ends in and a how-to's steps under it ("Step 1", ...).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

import regex

from ..blocks import Block, Document
from ..blocks.stats import is_prose, text_weight
from ..metadata.text_title import kicker
from ..pipeline import define_filter
from ..result import Mark
from .vocab import RECIPE_INGREDIENTS, RECIPE_STEPS

# What any line that is not prose costs the run it sits in, at least: short lines come
# in menus, teaser lists and comment headers, and a few of them outweigh a paragraph.
_LINE_COST = 200


# A line shorter than this that does not end a sentence is a headline, however long for a
# label: teaser lists ("Munich incident: Police seal off major square after warning") are
# runs of them, and they must cost the run they sit in, not feed it.
_HEADLINE_MAX = 100
# A line shorter than this that ends in an ellipsis is a teaser cut short, not a paragraph.
_TEASER_MAX = 150
_SENTENCE_END = (".", "!", "?", "…", '"', "”", "»", ":", ")", "'", "’", "。", "！", "？", "」", "』")


_POST_SIGNATURE = regex.compile(r"^[—–-] .{1,80}\(@\w{1,30}\) .{3,30}\d{4}$", regex.V0)
# A menu flattened into one line is a list of names: most of its words are capitalised.
_CAPITALISED = 0.7


# A tag cloud run into one line: many words and not one punctuation mark among them (a
# sentence that long without a comma is rare; one of twenty words that ends without a
# period is not).
_WORD_LIST_MIN = 25


def _word_list(text: str) -> bool:
    return len(text.split()) >= _WORD_LIST_MIN and not any(c in text for c in ".,;:!?")


def _capitalised(text: str) -> bool:
    words = [w for w in text.split() if w[0].isalpha()]
    return sum(w[0].isupper() for w in words) >= _CAPITALISED * len(words) > 0


def _prose(b: Block) -> bool:
    """Prose, less headlines, menus or tag clouds run into one line and cut-short teasers.

    An embedded post's signature ("— Jane Doe (@jane) November 18, 2019") counts as prose:
    the post is quoted in the article, and its short lines should not cut the run.
    """
    if _POST_SIGNATURE.match(b.text):
        return True
    if not is_prose(b):
        return False
    text = b.text.rstrip()
    n = text_weight(text)
    if _word_list(text) or (not text.endswith(_SENTENCE_END) and (n < _HEADLINE_MAX or _capitalised(text))):
        return False
    return not (n < _TEASER_MAX and text.endswith(("...", "…")))


# What a short line costs under a sentence that ends in a colon: it is an item of the
# list the sentence announces ("It comes in three scents:", "You will need:"), not a menu.
_ITEM_COST = 80


# A short line that ends a sentence after a lowercase word ("“Greetings.”", "He ignored
# me!") is dialogue or a one-line paragraph: menus and labels do not end in a period. It
# costs the run only its length.
_CLOSERS = "\"”»’')"


def _short_sentence(text: str) -> bool:
    words = text.rstrip().rstrip(_CLOSERS).split()
    last = words[-1] if words else ""
    return last.endswith((".", "!", "?")) and not last.endswith("..") and any(c.islower() for c in last)


# A line without a letter ("15:6", "- 0,176", "2019") is a cell of a table of figures, a
# score or a date: the article's tables are runs of them, menus are made of words.
_CELL_COST = 30


def _floor(text: str, listing: bool) -> int:
    """The least a line that is not prose costs the run."""
    if _short_sentence(text):
        return 0
    if not any(c.isalpha() for c in text):
        return _CELL_COST
    return _ITEM_COST if listing else _LINE_COST


# A card's title run into its description: "GottesdienstDer Gottesdienst verbindet ...".
_CARD = regex.compile(r"^[^.!?:]{0,40}?\p{Ll}{6}(?=\p{Lu}\p{Ll}{2,}\s)", regex.V0)
# Cards come in menus and teaser grids: one such line alone is a brand name (“ResearchGate”).
_CARDS_MIN = 3


def _cards(blocks: Sequence[Block]) -> set[int]:
    """Indexes of lines that open with a title glued to the text under it, when there are many."""
    found = {b.index for b in blocks if _CARD.match(b.text)}
    return found if len(found) >= _CARDS_MIN else set()


def run_scores(blocks: Sequence[Block]) -> list[float]:
    """Each line's weight for the run: prose by its length, other lines against it."""
    out: list[float] = []
    listing = False
    cards = _cards(blocks)
    for b in blocks:
        if _prose(b) and b.index not in cards:
            out.append(float(text_weight(b.text)))
            listing = b.text.rstrip().endswith(":")
        else:
            out.append(-float(max(text_weight(b.text), _floor(b.text, listing))))
    return out


def best_run(scores: list[float]) -> tuple[int, int] | None:
    """(first, last) indexes of the segment with the largest sum, or None if none is positive."""
    best, best_span = 0.0, None
    run, start = 0.0, 0
    for i, s in enumerate(scores):
        if run <= 0:
            run, start = s, i
        else:
            run += s
        if run > best:
            best, best_span = run, (start, i)
    return best_span


# How much of the run's score the stretch between the headline and the run may cost: a
# list or a few quotes at the top of the article cost the run some, a menu or a teaser
# list between a headline and its article would cost it more.
_LEAD_COST = 0.5


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def headline_lines(doc: Document, headline: str) -> set[str]:
    """The headline's line as `_norm` reads it: the headline, or the title's kicker the dump
    ran into it ("Lübeck So lief ...")."""
    kick = kicker(doc.blocks[0].text) if doc.blocks else None
    return {headline, f"{_norm(kick)} {headline}"} if kick else {headline}


# A line this long that the dump's first line (the page title) starts with is the headline.
_TITLE_MIN = 20


def _lead(doc: Document, blocks: Sequence[Block], first: int) -> int | None:
    """Position in `blocks` of the first prose line after the headline line above `first`."""
    top = blocks[first].index
    if doc.metadata.headline:
        lines = headline_lines(doc, _norm(doc.metadata.headline))
        at = next((b.index for b in reversed(doc.blocks[:top]) if _norm(b.text) in lines), None)
    elif doc.blocks and top > 0:
        # No headline found: the page title the dump opens with, printed again over the article.
        title = _norm(doc.blocks[0].text)
        copies = (b for b in reversed(doc.blocks[1:top]) if len(b.text) >= _TITLE_MIN)
        at = next((b.index for b in copies if title.startswith(_norm(b.text))), None)
    else:
        return None
    if at is None:
        return None
    return next((i for i, b in enumerate(blocks) if b.index > at and _prose(b)), None)


# List items: "3) Blade Runner", "12. Add the honey", "Q: Favourite books?", "A: ...".
_NUMBERED = regex.compile(r"^(\d{1,3})[.)]\s", regex.V0)
_DIALOGUE = regex.compile(r"^(?:Q|A|F|R|P)\s?:\s", regex.V0)
# Lines a list may skip between two items (a link, a price, an image label).
_LIST_GAP = 3


def _list_end(blocks: Sequence[Block], last: int) -> int:
    """The last line of a list that the run breaks off in the middle of, or `last`.

    Numbered items go on while the next number comes within a few lines; question and
    answer lines while a "Q:" or "A:" line does. Short items cost the run more than
    they bring, so the run stops at the first of them that is not a sentence.
    """
    tail = blocks[max(0, last - _LIST_GAP) : last + 1]
    numbers = [int(m[1]) for b in tail if (m := _NUMBERED.match(b.text))]
    dialogue = any(_DIALOGUE.match(b.text) for b in tail)
    if not numbers and not dialogue:
        return last
    expect = numbers[-1] + 1 if numbers else None
    i = last + 1
    while i < len(blocks) and i <= last + _LIST_GAP:
        text = blocks[i].text
        m = _NUMBERED.match(text)
        if (expect is not None and m and int(m[1]) == expect) or (dialogue and _DIALOGUE.match(text)):
            last = i
            expect = expect + 1 if expect is not None else None
        i += 1
    return last


# What a short line that is not prose costs a list article's run (a listicle's, from its
# headline; a weak run's): its items are short labels ("Nintendo", "Switch Lite for $200",
# "See it now") between paragraphs.
_LABEL_COST = 80


def _run_end(scores: Iterable[float], start: int, *, whole: bool = True) -> int | None:
    """Where a run that opens at `start` ends: the line its running total peaks on, if positive.

    Not `whole`: the last peak before the total, once positive, falls below zero again.
    """
    best, run, end = 0.0, 0.0, None
    for i, s in enumerate(scores, start):
        run += s
        if run > best:
            best, end = run, i
        elif run < 0 and end is not None and not whole:
            break
    return end


# What each line an earlier filter removed costs a list article's run: a related list or
# a footer between two kept lines still parts them.
_REMOVED_COST = 30


def _listed(blocks: Sequence[Block], scores: list[float], start: int, gaps: bool) -> Iterator[float]:
    """The scores from `start` on, priced as a list article's: short lines cost `_LABEL_COST`
    (and, with `gaps`, the lines removed between two kept ones `_REMOVED_COST` each)."""
    for i in range(start, len(blocks)):
        s = scores[i]
        s = s if s > 0 else -max(float(text_weight(blocks[i].text)), _LABEL_COST)
        if gaps and i > start:
            s -= _REMOVED_COST * (blocks[i].index - blocks[i - 1].index - 1)
        yield s


def _announces(blocks: Sequence[Block], end: int, first: int) -> bool:
    """The opening's last line announces what follows with a colon, and every line from it
    to the run is still kept: the stretch is the list it announces, not a box."""
    return blocks[end].text.rstrip().endswith(":") and blocks[first].index - blocks[end].index == first - end


# A stretch between the opening and the run that holds this much prose, paying for at least
# this share of what its other lines cost, is the article's (a list of players and their
# stats, with the writer's notes among them), not a box: a paywall offer, a table of
# contents or a footer holds little prose among its lines.
_BOX_PROSE = 400
_BOX_PAYS = 0.25


def _holds_prose(stretch: list[float]) -> bool:
    prose = sum(s for s in stretch if s > 0)
    return prose >= _BOX_PROSE and prose >= _BOX_PAYS * -sum(s for s in stretch if s < 0)


def _from_lead(blocks: Sequence[Block], scores: list[float], lead: int) -> int | None:
    """Where the run from `lead` ends when short lines cost only `_LABEL_COST`: one pass."""
    return _run_end(_listed(blocks, scores, lead, False), lead)


# Below this total of prose, a run is too weak to be the whole of an article.
_WEAK_RUN = 1000


# A list of dates, scores or times printed after the last paragraph ("June 9 – West Palm
# Beach, FL", "June 10 – Tampa, FL", ...) is the article's: short lines that cost the run
# too much to join it, but that all have the same shape.
_SEPARATORS = (" – ", " — ", " -- ", " - ", " @ ", ": ", " | ", " · ")
_ITEM_MAX = 150
_LIST_MIN = 4


def _shape(text: str) -> tuple[bool, str] | None:
    """What the items of a dated list share: a leading digit or not, and their separator.

    Items must hold a digit (a date, a score, a time): "Title – Site" teaser lists do not.
    """
    if len(text) > _ITEM_MAX or len(text.split()) < 3 or not any(c.isdigit() for c in text):
        return None
    sep = next((s for s in _SEPARATORS if s in text), None)
    return None if sep is None else (text[0].isdigit(), sep)


def _shaped_list_end(blocks: Sequence[Block], last: int) -> int:
    """The end of a list of like-shaped lines that starts right after the run, or `last`."""
    for start in range(last + 1, min(last + 3, len(blocks))):
        shape = _shape(blocks[start].text)
        if shape is None:
            continue
        end = start
        while end + 1 < len(blocks) and _shape(blocks[end + 1].text) == shape:
            end += 1
        if end - start + 1 >= _LIST_MIN:
            return end
    return last


# A list of records, each a few "Label: value" lines whose labels recur ("Termin: 29.02.,
# 19 Uhr", "Ort: Kornhaus", "Eintritt: 65 €"; "Name:", "Level:", "Reward:"): events, quests,
# specifications. Its lines cost the run more than they bring, but a footer's labelled
# lines ("Tel.:", "Fax:") come once each.
_LABEL = regex.compile(r"^(\p{Lu}[\p{L}&\- ]{1,24}?)\s?:\s+\S", regex.V0)
_LABEL_WORDS = 3
# Labels that must recur, at least twice each, and the labelled lines the list must hold.
_RECORD_LABELS = 2
_RECORD_LINES = 6


def _label(text: str) -> str | None:
    m = _LABEL.match(text)
    return m[1].casefold() if m and len(m[1].split()) <= _LABEL_WORDS else None


def _records_end(blocks: Sequence[Block], last: int) -> int:
    """The end of a list of labelled records that the run ends in or that follows it, or
    `last`: labelled lines from the run's last few lines on, a record's title or a
    stray line (up to `_LIST_GAP` in a row) between them."""
    labelled: list[tuple[int, str]] = []
    gap = 0
    for i in range(max(0, last - _LIST_GAP), len(blocks)):
        label = _label(blocks[i].text)
        if label is None:
            gap += 1
            if gap > _LIST_GAP and (labelled or i > last + _LIST_GAP):
                break
            continue
        gap = 0
        labelled.append((i, label))
    counts = Counter(label for _, label in labelled)
    recurring = {label for label, n in counts.items() if n >= 2}
    lines = [i for i, label in labelled if label in recurring]
    if len(recurring) < _RECORD_LABELS or len(lines) < _RECORD_LINES:
        return last
    return max(last, lines[-1])


# A how-to's steps under the run: headings that count up from one ("Step 1", "Step 2",
# "Schritt 3"; one word, then the number), each over its step's few short lines. They
# cost the run as headings do; counted up, they are the article's, not a menu.
_STEP = regex.compile(r"^(\p{L}{3,12})\s(\d{1,2})[.:]?$", regex.V0)
_STEPS_MIN = 3
# Kept lines from the run's end to step one (a "You will need" list), and from one step
# heading to the next.
_STEPS_GAP = 20
_STEP_SPAN = 8


def _step(text: str) -> tuple[str, int] | None:
    m = _STEP.match(text.strip())
    return (m[1].casefold(), int(m[2])) if m else None


def _steps_end(blocks: Sequence[Block], last: int) -> int:
    """The end of the steps that count up from one under the run, or `last`."""
    stop = min(last + 1 + _STEPS_GAP, len(blocks))
    firsts = ((i, s[0]) for i in range(last + 1, stop) if (s := _step(blocks[i].text)) and s[1] == 1)
    first = next(firsts, None)
    if first is None:
        return last
    at, word = first
    n = 1
    for i in range(at + 1, len(blocks)):
        if i - at > _STEP_SPAN:
            break
        if _step(blocks[i].text) == (word, n + 1):
            n, at = n + 1, i
    if n < _STEPS_MIN:
        return last
    # The last step's text: the sentences under its heading.
    end = at
    while end + 1 < min(at + _STEP_SPAN, len(blocks)) and blocks[end + 1].text.rstrip().endswith(
        _SENTENCE_END
    ):
        end += 1
    return end


# How many kept lines a recipe card's steps heading may come after its ingredients heading
# (an ingredient list, a nutrition table), and the card after or before the run (its
# rating, times, servings).
_CARD_SPAN = 80
_CARD_GAP = 30
# A heading is short: a line that only starts with "Method" is a sentence.
_CARD_HEADING_MAX = 30


def _card_headings(doc: Document) -> Iterator[tuple[int, int]]:
    """(ingredients, steps) dump lines of each recipe card: a steps heading under an
    ingredients heading. They may have gone as repeated (a tab's label prints them twice),
    so all lines are searched."""
    head = None
    for b in doc.blocks:
        text = b.text.strip()
        if len(text) > _CARD_HEADING_MAX:
            continue
        if RECIPE_INGREDIENTS.match(text):
            head = b.index
        elif head is not None and RECIPE_STEPS.match(text):
            yield head, b.index
            head = None


def _recipe_card(
    doc: Document, blocks: Sequence[Block], scores: list[float], first: int, last: int
) -> tuple[int, int] | None:
    """(first, last) positions in `blocks` of a recipe card by the run [first, last]: from its
    ingredients heading over its list and steps to where its steps end, priced as a list."""
    for head, steps in _card_headings(doc):
        start = next((i for i, b in enumerate(blocks) if b.index > head), None)
        after = next((i for i, b in enumerate(blocks) if b.index > steps), None)
        if start is None or after is None or after - start > _CARD_SPAN:
            continue
        end = _run_end(_listed(blocks, scores, after, True), after, whole=False)
        if end is not None and start <= last + _CARD_GAP and end >= first - _CARD_GAP:
            # `start` is the line under the ingredients heading; the heading is the card's
            # too when no earlier filter removed it.
            kept_heading = start > 0 and blocks[start - 1].index == head
            return (start - 1 if kept_heading else start), end
    return None


@define_filter("text_content", kinds=("text",))
def text_content(doc: Document, blocks: Sequence[Block]) -> Iterable[Mark]:
    """Lines outside the densest run of prose."""
    scores = run_scores(blocks)
    span = best_run(scores)
    if span is None:
        return
    first, last = span
    # The article starts under its headline: a run that starts lower is its later part,
    # after a list or short quoted lines that cost more than the paragraphs above them.
    lead = _lead(doc, blocks, first)
    opening: tuple[int, int] | None = None
    if lead is not None and lead < first:
        total = sum(scores[first : last + 1])
        if sum(scores[lead:first]) >= -_LEAD_COST * total:
            first = lead
        elif (end := _from_lead(blocks, scores, lead)) is not None and end > last + _LIST_GAP:
            # Priced as a list of labelled items, the article runs from its headline past
            # the densest run: it is a listicle, and the densest run one stretch of it.
            first, last = lead, end
        elif (end := _run_end(scores[lead:first], lead)) is not None:
            # A box (a paywall offer, a table of contents, a gallery) parts the article's
            # opening paragraphs from the rest: the box goes, the opening stays. A list the
            # opening announces with a colon, or a stretch with paragraphs of its own, stays.
            opening = (lead, end)
            if _announces(blocks, end, first) or _holds_prose(scores[end + 1 : first]):
                first, opening = lead, None
    if sum(scores[first : last + 1]) < _WEAK_RUN:
        # A weak run is a short or list-like article (a recipe, a product page, a
        # programme): priced as a list, it goes on past lists its paragraphs cannot pay for.
        end = _run_end(_listed(blocks, scores, first, True), first)
        last = last if end is None else max(last, end)
    last = _list_end(blocks, last)
    last = _shaped_list_end(blocks, last)
    last = _records_end(blocks, last)
    last = _steps_end(blocks, last)
    card = _recipe_card(doc, blocks, scores, first, last)
    if card is not None:
        # A recipe card by the run is the article's however list-like: its ingredients
        # and steps stay, with the lines between it and the run.
        first, last = min(first, card[0]), max(last, card[1])
    for i, b in enumerate(blocks):
        if opening is not None and opening[0] <= i <= opening[1]:
            continue
        if opening is not None and opening[1] < i < first:
            yield Mark(b.index, "between the article's opening paragraphs and its run of prose")
        elif i < first:
            yield Mark(b.index, "before the article's run of prose")
        elif i > last:
            yield Mark(b.index, "after the article's run of prose")
