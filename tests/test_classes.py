"""Class/id vocabulary: what an element's attributes say it is."""

from __future__ import annotations

from dechrome.blocks.classes import Cls, classify


def test_words_name_their_flags() -> None:
    assert classify("share-bar") & Cls.SHARE
    assert classify("site-footer") & Cls.BOILER
    assert classify("wp-caption-text") & Cls.CAPTION
    assert classify("comment-list") & Cls.COMMENT
    assert classify("entry-content") & Cls.CONTENT


def test_whole_word_only_where_a_prefix_would_mislead() -> None:
    assert not classify("tag-economy") & Cls.BOILER  # a taxonomy class on the article itself
    assert classify("tags") & Cls.BOILER
    assert classify("widget widget_text") & Cls.BOILER
    # A page builder wraps every part of a page, the article too, in "elementor-widget".
    assert not classify("elementor-element elementor-widget elementor-widget-text-editor") & Cls.BOILER


def test_words_that_say_the_opposite() -> None:
    assert not classify("image no_caption") & Cls.CAPTION  # an image box *without* a caption
    assert not classify("no-caption") & Cls.CAPTION
    assert classify("has-caption") & Cls.CAPTION
    # An opinion piece is a "commentary": the article itself, not its comments.
    assert not classify("sect_article news subjective commentary") & Cls.COMMENT
    assert classify("commentlist") & Cls.COMMENT


def test_first_matching_word_wins_and_consumes_its_text() -> None:
    # "author-bio" is one word (an author box), so "author" in it does not say byline.
    assert classify("author-bio") == Cls.BOILER
    assert classify("author") == Cls.BYLINE
    # A word matches at the start or after a separator, never inside another word.
    assert classify("xshare") == 0
    assert classify("x:share") == classify("x_share") == classify("x-share") == Cls.SHARE
    assert classify("fa fa-twitter") == Cls.ICON


def test_a_search_box_is_chrome() -> None:
    assert classify("site-search") & Cls.BOILER
    assert classify("sticky-search column") & Cls.BOILER
    assert not classify("searchable-table") & Cls.BOILER  # a table readers can filter
    assert not classify("research-paper") & Cls.BOILER


def test_a_huge_class_text_is_classified_but_not_memoised() -> None:
    from dechrome.blocks.classes import _classify_memo

    _classify_memo.cache_clear()  # a pure memo: clearing it changes no answer
    huge = "x " * 100_000 + "share"
    assert classify(huge) & Cls.SHARE
    assert _classify_memo.cache_info().currsize == 0
    assert classify("share") & Cls.SHARE
    assert _classify_memo.cache_info().currsize == 1
