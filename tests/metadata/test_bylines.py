"""Byline boxes on real pages: which of them name the article's author."""

from __future__ import annotations

import dechrome
from dechrome.api import load
from dechrome.metadata import normalize
from dechrome.metadata.candidates import Page
from dechrome.metadata.visible import author_link, byline


def _bylines(html: str) -> list[str]:
    doc = load(html)
    return [c.value for c in byline(Page(doc.kind, doc.blocks, doc.root, None))]


def test_byline_in_a_teaser_card_is_skipped() -> None:
    # A card linking to another story carries that story's author.
    html = """<html><body><h1>Drinks by boat</h1><p>Text of the article.</p>
        <ul class="items"><li><a href="/other-story.html">
        <span class="title">What shoppers value most in a store</span>
        <span class="meta"><span class="item__author">Gloria Globus</span></span></a></li></ul>
        <p class="author">Von Lisa Petrich</p></body></html>"""
    assert _bylines(html) == ["Von Lisa Petrich"]
    # A link around the byline alone (to the author's page) is the byline.
    html = """<html><body><h1>Drinks by boat</h1>
        <a href="/author/lisa"><span class="author-name">Lisa Petrich</span></a></body></html>"""
    assert _bylines(html) == ["Lisa Petrich"]


def test_byline_in_a_list_item_and_a_teaser_list_item() -> None:
    # Post meta set as a list: the author's <li>.
    html = """<html><body><h1>Royal week</h1><ul class="post-metas">
        <li class="post-meta post-meta--author"><a href="/author/bk">Boris T. Kaiser</a></li>
        <li class="post-meta--date">3 May 2019</li></ul><p>Text.</p></body></html>"""
    assert _bylines(html) == ["Boris T. Kaiser"]
    # A teaser list whose items are classed by their author: the item holds a linked
    # headline, another story's; a heading holding just the byline is still one.
    html = """<html><body><h1>Tidying up</h1><ul>
        <li class="post author-jdoe"><h2><a href="/other">Aufräumen – Resonanz im Nachttisch</a></h2></li>
        </ul><div class="autor"><h6>Jacobo Betancur | hace 3 horas</h6></div></body></html>"""
    assert _bylines(html) == ["Jacobo Betancur | hace 3 horas"]


def test_label_before_von_and_a_full_name() -> None:
    assert normalize.byline("Pressemitteilung von Katja Kipping") == "Katja Kipping"
    assert normalize.byline("Alles von Martin Junker") == "Martin Junker"
    # "von" before a surname alone is part of the name.
    assert normalize.byline("Alexa von Heyden") == "Alexa von Heyden"
    assert normalize.byline("Ursula von der Leyen") == "Ursula von der Leyen"


def test_site_name_with_a_region_is_not_a_byline() -> None:
    html = """<html><body><h1>Cup preview: two brothers meet</h1><p>Handball Schweiz • 02.02.2022</p>
        <p>The text of the preview, long enough to be its body.</p></body></html>"""
    assert dechrome.clean(html, "https://www.handball.ch/de/news/2022/cup").byline is None
    # ... but a person JSON-LD names stays, even on a site named after them.
    html = """<html><head><meta property="og:site_name" content="Helge.at">
        <script type="application/ld+json">{"@type": "BlogPosting", "headline": "Traffic",
        "author": {"@type": "Person", "name": "Helge Fahrnberger"}}</script></head>
        <body><p>Text.</p></body></html>"""
    assert dechrome.clean(html, "http://www.helge.at/2014/03/traffic/").byline == "Helge Fahrnberger"


def test_co_authors_another_witness_adds() -> None:
    # JSON-LD names one author; the byline box names her and a co-author.
    html = """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
        "headline": "Questions for the holidays", "author": {"@type": "Person", "name": "Sadhbh O'Sullivan"}}
        </script></head><body><h1>Questions for the holidays</h1>
        <div class="byline">Sadhbh O'Sullivan, Elisabeth Kochan</div><p>Text.</p></body></html>"""
    assert dechrome.clean(html).byline == "Sadhbh O'Sullivan; Elisabeth Kochan"


def test_byline_line_ends_at_its_line_break() -> None:
    html = """<html><body><h1>Trucks of the post-war years</h1><p>Text of the article.</p>
        <p>Autor: Klausmartin Friedrich<br>Tags: 1907, 1931, 1945, braunschweig, leipzig</p></body></html>"""
    assert dechrome.clean(html).byline == "Klausmartin Friedrich"
    # A label on a line of its own: the name is on the next.
    html = """<html><body><h1>The wind rebel</h1><p>Text of the article.</p>
        <div>Von:<br>Götz Warnke</div></body></html>"""
    assert dechrome.clean(html).byline == "Götz Warnke"


def test_parenthesised_co_author_or_affiliation() -> None:
    got = normalize.byline("Martin Untersinger (avec Damien Leloup et Morgane Tual)")
    assert got == "Martin Untersinger; Damien Leloup; Morgane Tual"
    assert normalize.byline("By Jane Doe (with John Roe)") == "Jane Doe; John Roe"
    assert normalize.byline("By Jane Doe (Reuters)") == "Jane Doe"


def test_outlet_written_for_is_not_part_of_the_name() -> None:
    got = normalize.byline("By Glen Owen And Brendan Carlin For The Mail On Sunday")
    assert got == "Glen Owen; Brendan Carlin"
    assert normalize.byline("By Jane Doe, for The Guardian") == "Jane Doe"


def test_a_piece_named_before_its_author() -> None:
    assert normalize.byline("Eine Kolumne von Nils Pickert") == "Nils Pickert"
    assert normalize.byline("Analysis by Chris Cillizza") == "Chris Cillizza"
    assert _bylines("<html><body><h1>Title</h1><p>Eine Kolumne von Nils Pickert</p></body></html>") == [
        "Eine Kolumne von Nils Pickert"
    ]


def test_a_first_name_alone_gives_way_to_the_full_name_the_page_shows() -> None:
    html = """<html><head><meta name="author" content="Nils"></head><body><h1>Title</h1>
        <p>Eine Kolumne von Nils Pickert</p><p>Text of the column, long enough to read.</p></body></html>"""
    assert dechrome.clean(html).byline == "Nils Pickert"


def test_labels_and_slashes_around_a_dateline_byline() -> None:
    # What follows the name in a dateline is not part of it: labels before a date, and the
    # pieces a spaced slash sets off.
    assert normalize.byline("von Jane Doe Erstellt am 01.01.23 um 08:35") == "Jane Doe"
    assert normalize.byline("by Jane Doe Last updated 04 Jun 2020, originally 17 Jun 2019") == "Jane Doe"
    assert normalize.byline("Von Jane / 6. November 2023 / Keine Kommentare") == "Jane"
    assert normalize.byline("27. Januar 2014 by Jane Doe / Kategorien: Event, Fashion") == "Jane Doe"
    assert normalize.byline("AFP/The Local") == "AFP/The Local"


def test_a_dump_glues_the_label_and_the_date_to_the_name() -> None:
    # Text dumps join inline elements without a space.
    line = "By Jane Doe and John RoePublished March 14, 2025Updated March 15, 20254 min read"
    assert normalize.byline(line) == "Jane Doe; John Roe"
    assert normalize.date(line) == "2025-03-14"
    assert normalize.byline("Jane McDonald") == "Jane McDonald"


def test_roles_agencies_and_glue_after_the_names() -> None:
    assert normalize.byline("By Meg James Staff Writer") == "Meg James"
    assert normalize.byline("By Jane Doe Senior Political Correspondent") == "Jane Doe"
    assert normalize.byline("Jane Doe, Senior Reporter") == "Jane Doe"
    assert normalize.byline("By JANE DOE and JILL ROEAssociated Press") == "JANE DOE; JILL ROE"
    assert normalize.byline("The Associated Press") == "The Associated Press"
    assert normalize.byline("by Jeff DoeMonday, November 18, 2019") == "Jeff Doe"
    assert normalize.byline("Jane Doe@janedoe Nov 19, 2019, 7:53pm EST") == "Jane Doe"
    assert normalize.byline("Von Jane Doe publiziert am 25. September 2018") == "Jane Doe"


def test_words_that_are_not_a_name() -> None:
    # A phrase cut at its "and"; a spaced capital Y is an initial, not Spanish "and".
    assert normalize.byline("The Russian and Syrian defense ministries") is None
    assert normalize.byline("Bruce Y. Lee") == "Bruce Y. Lee"
    assert normalize.byline("Juan y María López") == "Juan; María López"
    assert normalize.byline("Editorial") is None
    assert normalize.byline("Текст: Анна Петрова") == "Анна Петрова"


def test_a_script_in_the_author_box_is_not_its_text() -> None:
    html = (
        '<html><body><h1>Title of the story here</h1><div class="author">'
        "<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>"
        '<p class="byline">By Jane Doe</p><p>Text.</p></body></html>'
    )
    assert dechrome.clean(html).byline == "Jane Doe"


def test_a_menu_item_is_not_a_by_line() -> None:
    # Menu items that read like a by-line: a section "Di stagione" ("in season") and a
    # link to an author's page in the site's menu.
    html = """<html><body><nav><ul class="menu"><li class="menu-item"><a href="/s">Di stagione</a></li>
        <li class="menu-item"><a href="/author">Author: Jane Roe</a></li></ul></nav>
        <h1>Climate clock</h1><p>Di Lucia Bianchi</p><p>Text of the article.</p></body></html>"""
    assert _bylines(html) == ["Di Lucia Bianchi"]
    html = html.replace("<p>Di Lucia Bianchi</p>", "")
    assert _bylines(html) == []


def _author_links(html: str) -> list[str]:
    doc = load(html)
    return [c.value for c in author_link(Page(doc.kind, doc.blocks, doc.root, None))]


PARA = "<p>Paragraph {} of the story, long enough to read as prose on its own.</p>"
PARAS = "".join(PARA.format(i) for i in range(4))


def test_a_link_to_the_authors_page_that_spells_the_name() -> None:
    # Utility classes say nothing; the link's path and its text say who wrote it.
    html = f"""<html><body><nav><a href="/authors/top-writer">Top Writer</a></nav><main>
        <h1>Council approves bike lanes</h1><div class="flex gap-2"><a href="/authors/maya-chen"
        class="font-semibold">Maya Chen</a> and <a href="/authors/jose-garcia-42">José García</a>
        </div>{PARAS}<a href="/authors/ana-ruiz">Ana Ruiz</a></main></body></html>"""
    assert _author_links(html) == ["Maya Chen; José García"]
    assert dechrome.clean(html).byline == "Maya Chen; José García"


def test_a_link_is_no_byline_unless_it_spells_the_name_by_the_headline() -> None:
    far = "".join(PARA.format(i) for i in range(20))
    for html in (
        # The slug is a user name or a category: the text may be anything.
        f"<html><body><h1>Title</h1><a href='/author/jdoe'>Jane Doe</a>{PARAS}</body></html>",
        f"<html><body><h1>Title</h1><a href='/autor/real-life'>Life</a>{PARAS}</body></html>",
        # People and teams in the news, not writers.
        f"<html><body><h1>Title</h1><a href='/people/ilhan-omar'>Ilhan Omar</a>{PARAS}</body></html>",
        # Far under the headline: another story's card.
        f"<html><body><h1>Title</h1>{far}<a href='/authors/jane-doe'>Jane Doe</a></body></html>",
    ):
        assert _author_links(html) == []


def test_the_wire_a_writer_works_for_is_no_second_author() -> None:
    assert normalize.byline("By Jane Doe, Associated Press") == "Jane Doe"
    assert normalize.byline("By Jane Doe and John Roe, The Associated Press") == "Jane Doe; John Roe"
    assert normalize.byline("By Sarah Kim, Ravi Shah") == "Sarah Kim; Ravi Shah"
    assert normalize.byline("By The Associated Press") == "The Associated Press"  # the wire alone: the author
    # A dump's line of names under the headline, the wire after them.
    lines = [
        "Storm closes the coast road | Daily Ledger",
        "Storm closes the coast road",
        "Jane Doe and John Roe, Associated Press",
        "Updated 12:24 am EST, Wednesday, November 20, 2019",
        *["The coast road closed on Tuesday as the storm brought down trees and power lines."] * 4,
    ]
    assert dechrome.clean("\n\n".join(lines), kind="text").byline == "Jane Doe; John Roe"
