"""Each metadata step on a small hand-written page, and the reconciler's precedence."""

from __future__ import annotations

import dechrome
from dechrome.api import load
from dechrome.metadata import normalize
from dechrome.metadata.candidates import Page
from dechrome.metadata.html_tags import json_ld, meta_tags, title_tag
from dechrome.metadata.text_dump import names_line, text_lines
from dechrome.metadata.text_title import BY_LINE
from dechrome.metadata.visible import byline, dated_element, dateline, heading, time_element


def page(html: str, url: str | None = None) -> Page:
    doc = load(html, url=url)
    return Page(doc.kind, doc.blocks, doc.root, url)


def values(step: object, p: Page) -> list[tuple[str, str, str]]:
    return [(c.field, c.value, c.source) for c in step(p)]  # type: ignore[operator]


def test_json_ld_graph_and_authors() -> None:
    p = page("""<html><head><script type="application/ld+json">{"@graph": [{"@type": "WebSite"},
        {"@type": ["NewsArticle"], "headline": "Flood defences &amp; dunes",
         "datePublished": "2024-01-05T08:00:00Z",
         "author": [{"@type": "Person", "name": "Ana Ruiz"}, "Ben Cole"], "articleBody": "Text."}]}
        </script>
        </head><body></body></html>""")  # fmt: skip
    got = values(json_ld, p)
    assert ("headline", "Flood defences &amp; dunes", "json-ld") in got
    assert ("byline", "Ana Ruiz; Ben Cole", "json-ld") in got
    assert ("date", "2024-01-05T08:00:00Z", "json-ld") in got
    assert ("body", "Text.", "json-ld") in got


def test_meta_tags_and_title() -> None:
    p = page("""<html lang="de-AT"><head><title>Wahl in Wien | Der Kurier</title>
        <meta property="og:title" content="Wahl in Wien"><meta property="og:site_name" content="Der Kurier">
        <meta name="author" content="Eva Gruber"><meta property="article:published_time" content="2023-04-02">
        </head><body></body></html>""")  # fmt: skip
    got = values(meta_tags, p)
    assert ("headline", "Wahl in Wien", "opengraph") in got and ("byline", "Eva Gruber", "meta") in got
    assert ("date", "2023-04-02", "meta") in got and ("site_name", "Der Kurier", "opengraph") in got
    assert ("language", "de-AT", "html-lang") in got
    assert values(title_tag, p) == [("headline", "Wahl in Wien | Der Kurier", "title")]


def test_visible_steps() -> None:
    p = page("""<html><body><h1></h1><h1>Bridge reopens</h1><div class="byline">By Tom Hale</div>
        <time datetime="2022-03-04T10:00">4 March</time>
        <span class="post-date">March 5, 2022</span></body></html>""")
    assert values(heading, p)[0] == ("headline", "Bridge reopens", "h1")
    assert values(byline, p)[0][:2] == ("byline", "By Tom Hale")
    assert values(time_element, p) == [("date", "2022-03-04T10:00", "time")]
    assert values(dated_element, p) == [("date", "March 5, 2022", "visible-date")]
    # The last edit's <time> first: the published one is read; an hAtom "entry-date
    # updated" is the entry's own date.
    p = page("""<html><body><h1>Trends</h1><time itemprop="dateModified" datetime="2022-12-29">29.</time>
        <time class="entry-date published" datetime="2022-12-30">30.</time></body></html>""")
    assert values(time_element, p) == [("date", "2022-12-30", "time")]
    p = page("""<html><body><h1>Trends</h1><time class="entry-date updated" datetime="2022-05-03">3 May</time>
        </body></html>""")
    assert values(time_element, p) == [("date", "2022-05-03", "time")]


def test_text_dump_steps() -> None:
    dump = "date 2023-05-15 Menu Search\nHome > News\nBus fares capped at two pounds\nBy Aisha Khan\nText.\n"
    doc = load(dump, kind="text")
    got = values(text_lines, Page("text", doc.blocks, None, None))
    assert ("date", "2023-05-15", "text") in got
    assert ("byline", "By Aisha Khan", "text") in got
    assert ("headline", "Bus fares capped at two pounds", "text") in got


def _text_fields(dump: str) -> list[tuple[str, str, str]]:
    doc = load(dump, kind="text")
    return values(text_lines, Page("text", doc.blocks, None, None))


def test_text_dump_title_segment_and_a_dateline_past_the_menus() -> None:
    menu = "\n".join(f"Menu item {i}" for i in range(60))  # the head of the dump is all menu
    dump = (
        "Agriculture: Berne bans the fungicide - Suisse - tdg.ch\n"
        f"{menu}\nBerne bans the fungicide\nVon Jane Doe | 12. Dezember 2019\n"
        "The federal office withdrew the licence on Thursday, after a long review of the evidence.\n"
    )
    got = _text_fields(dump)
    # The headline is the title less its kicker and section, set off by separators.
    assert ("headline", "Berne bans the fungicide", "text-title") in got
    # The dateline sits under the headline, past the first 40 lines; it names the author.
    assert ("date", "Von Jane Doe | 12. Dezember 2019", "text-dateline") in got
    assert ("byline", "Von Jane Doe | 12. Dezember 2019", "text-dateline") in got


def test_text_dump_dateline_with_labels_but_not_a_sentence() -> None:
    dump = "Storm closes the coast road again - Daily Post\nStorm closes the coast road again\n"
    stamp = "PUBLISHED: November 8, 2023 at 4:56 p.m. | UPDATED: November 8, 2023 at 6:00 p.m."
    assert ("date", stamp, "text-dateline") in _text_fields(dump + stamp + "\nText.\n")
    sentence = "On July 7, 2020 the council voted to close the old library on Mill Street."
    assert not [v for v in _text_fields(dump + sentence + "\n") if v[0] == "date"]


def test_text_dump_words_inside_the_title_are_not_the_headline() -> None:
    # "How to retire early" is words of the title, not a part set off by separators: a
    # subheading further down, not the headline.
    dump = (
        "How to retire early so you can travel - Business Insider\nHome\n"
        "Saving takes time and discipline, and the earlier you start the better it goes.\n"
        "How to retire early\nFirst, define what early retirement means to you.\n"
    )
    assert [v for v in _text_fields(dump) if v[0] == "headline"] == [
        ("headline", "How to retire early so you can travel - Business Insider", "text")
    ]
    assert dechrome.clean(dump, kind="text").headline == "How to retire early so you can travel"
    # A title that names no article is a menu's item too.
    assert not [v for v in _text_fields("Home - Daily Post\nHome\nNews\n") if v[0] == "headline"]


def test_text_dump_headline_the_title_does_not_repeat() -> None:
    # The page's <h1> says the title in other words: the line that says most of it, before
    # the article's paragraphs.
    menu = "Wurmkiste | selbst.de\nHome\nGarten\n"
    got = _text_fields(menu + "Wurmkiste selber bauen\nEine Wurmkiste verwandelt Küchenabfälle in Humus.\n")
    assert ("headline", "Wurmkiste selber bauen", "text-title") in got
    # A title cut short is the start of the headline's line.
    line = "Das ändert sich im Jahr 2023: Die wichtigsten Änderungen im Überblick"
    got = _text_fields(f"{line[:50]}...\nMenü\n12.12.2022 12:22\n{line}\nText.\n")
    assert ("headline", line, "text-title") in got
    assert ("date", "12.12.2022 12:22", "text-dateline") in got
    # No line says it: the <title> itself, its site's name dropped as on an HTML page.
    dump = "Bayern fordert mehr Geld für Bioenergie | proplanta.de\nRubriken\nBayern\nText of it.\n"
    assert dechrome.clean(dump, kind="text").headline == "Bayern fordert mehr Geld für Bioenergie"


def test_text_dump_headline_line_keeps_its_tail() -> None:
    # The line is what the reader sees: nothing of it is guessed to be a site's name.
    line = "Dog chases off burglar – police appeal"
    dump = f"{line} – Valley Press\nNews\n{line}\nA dog chased a burglar out of a house on Monday.\n"
    assert dechrome.clean(dump, kind="text").headline == line


def test_text_dump_byline_labels_and_a_lone_by_line() -> None:
    head = "Storm closes the coast road again - Daily Post\nNews\nStorm closes the coast road again\n"
    for line in ("Erstellt von Jane Doe", "Autorin: Jane Doe", "Interview: Jane Doe"):
        assert ("byline", line, "text") in _text_fields(f"{head}{line}\nText of it.\n")
        assert dechrome.clean(f"{head}{line}\nText of it.\n", kind="text").byline == "Jane Doe"
    # The whole line is read, so the piece its "Von" marks is the name, not what follows.
    line = "Von Jane / 6. November 2023 / Keine Kommentare"
    assert dechrome.clean(f"{head}{line}\nText of it.\n", kind="text").byline == "Jane"
    # "Von" alone on its line, the name on the next.
    assert ("byline", "Jane Doe", "text") in _text_fields(f"{head}Von\nJane Doe\n19.10.19, 08:16 Uhr\n")


def test_text_dump_dateline_under_the_headline_before_one_above() -> None:
    # The site header's "today" sits above the headline; the story's date under it.
    dump = "Storm closes the coast road - Daily Post\nMay 11, 2022\nNews\nStorm closes the coast road\n"
    stamp = "Published on May 10, 2022 01:52 PM"
    got = _text_fields(f"{dump}{stamp}\nText of the article.\n")
    assert [v for v in got if v[0] == "date"] == [("date", stamp, "text-dateline")]


def test_text_dump_byline_and_date_on_one_long_line() -> None:
    dump = "Storm closes the coast road - Daily Post\nNews\nStorm closes the coast road\n"
    line = "By Priya Raman and Tomás Ortega March 4, 2025, 5:02 p.m. ET Updated March 5, 2025"
    got = _text_fields(f"{dump}{line}\nText of the article.\n")
    assert ("date", line, "text-dateline") in got
    assert dechrome.clean(f"{dump}{line}\nText of the article.\n", kind="text").date == "2025-03-04"


def test_text_dump_dateline_beside_a_byline_past_the_share_bar() -> None:
    share = "".join(f"Click to share on {s} (Opens in new window)\n" for s in "ABCDEFGHIJKL")
    dump = f"Storm closes the coast road - Daily Post\nNews\nStorm closes the coast road\n{share}"
    stamp = "PUBLISHED: May 10, 2022 at 8:59 pm"
    got = _text_fields(f"{dump}By Jane Doe | Special to the Post\n{stamp}\nText.\n")
    assert ("date", stamp, "text-dateline") in got
    assert ("byline", "By Jane Doe | Special to the Post", "text") in got


def test_text_dump_datelines_in_pieces_under_labels_and_in_the_dumps_words() -> None:
    head = "Storm closes the coast road - Daily Post\nNews\nStorm closes the coast road\n"
    line = "February 4, 2020 • words written by Jane Doe • Art by John Roe and friends"
    assert ("date", line, "text-dateline") in _text_fields(f"{head}{line}\nText.\n")
    # A labelled date far under the headline, past the article.
    body = "".join(f"Paragraph {i} of the article, long enough to be prose.\n" for i in range(30))
    got = _text_fields(f"{head}{body}Published: 03 December 2019\n")
    assert ("date", "Published: 03 December 2019", "text-dateline") in got
    # Portuguese words around a slashed date: day first.
    got = _text_fields(f"{head}Publicado em 05/10/2018 às 10h\nText.\n")
    assert ("date", "2018-10-05", "text-dateline") in got


def test_text_dump_name_beside_or_next_to_the_dateline() -> None:
    dump = "Storm closes the coast road again - Daily Post\nNews\nStorm closes the coast road again\n"
    got = _text_fields(dump + "Marie Merlet | lundi 9 décembre 2019 à 09h08\nText of the article.\n")
    assert ("byline", "Marie Merlet", "text-dateline") in got
    got = _text_fields(dump + "Dana Whitfield\nJune 12, 2025 · 7 min read\nText of the article.\n")
    assert ("byline", "Dana Whitfield", "text-dateline") in got
    # A label in title case beside the dateline is no name.
    got = _text_fields(dump + "Kategorien Umwelt\n25.01.2022\nText of the article.\n")
    assert not [v for v in got if v[0] == "byline"]


def test_cjk_titles_lose_the_site_name_they_set_off_without_spaces() -> None:
    title = "武汉的声音：有英勇的你，才有英雄的城！"
    assert normalize.headline(f"{title}-新华网") == title
    title = "海外留学生看两会：出国前后关注点大不同"
    assert normalize.headline(f"{title}_教育频道_中国青年网") == title
    # Latin titles keep their dashes and underscores: only spaced separators set a site off.
    assert normalize.headline("Covid-19_update") == "Covid-19_update"
    assert normalize.headline("Storm-hit coast-Daily") == "Storm-hit coast-Daily"


def test_normalizers() -> None:
    assert normalize.headline("Storm hits coast - The Daily Post", "The Daily Post") == "Storm hits coast"
    assert normalize.headline("Storm hits coast | BBC") == "Storm hits coast"
    assert normalize.byline("By Jane Doe and John Roe, Staff Writers") == "Jane Doe; John Roe"
    assert normalize.byline("Autor: Gàbor Muniér") == "Gàbor Muniér"
    assert normalize.byline("Foto: Ingo Schneider") is None
    assert normalize.date("Veröffentlicht am 5. Juni 2021") == "2021-06-05"
    assert normalize.date("17.03.2023 14:02 Uhr") == "2023-03-17"
    # Two dates glued by inline elements with no space between: the first is read.
    assert normalize.date("19. Dezember 202219. Dezember 2022") == "2022-12-19"
    assert normalize.date("15/01/201614/01/2016") == "2016-01-15"
    assert normalize.date("Nov 3, 20231") is None
    assert normalize.date("15 de mayo de 2023") == "2023-05-15"
    # A two-digit year with dots, as German datelines write it; never inside a version number.
    assert normalize.date("Von: Jane Doe | 31.10.23") == "2023-10-31"
    assert normalize.date("19.10.19, 08:16 Uhr") == "2019-10-19"
    assert normalize.date("Version 1.10.23.4") is None
    assert normalize.date("By Jane Doe - 11/19/19 06:56 AM EST") == "2019-11-19"
    assert normalize.date("11/10/19", day_first=True) == "2019-10-11"
    assert normalize.date("le 3 février 2020") == "2020-02-03"
    assert normalize.date("1850-01-01") is None  # implausible year
    assert normalize.date_in_url("https://example.org/2019/11/18/story/") == "2019-11-18"
    assert normalize.date_in_url("https://example.org/news/20220503/story") == "2022-05-03"
    assert normalize.date_in_url("https://example.org/id/20221399/story") is None
    assert normalize.is_date_line("Updated 11:21 pm CST, Tuesday, November 19, 2019")
    assert not normalize.is_date_line("In 2019 the council voted to close the library.")
    # A read time beside the date is part of the date line.
    assert normalize.is_date_line("Oct 18, 2019 · 8 min read")
    assert normalize.is_date_line("06.11.2023, 15:20 Uhr • 2 Min. Lesezeit")
    assert not normalize.is_date_line("Read the 2019 report in five minutes")


def test_precedence() -> None:
    # The visible <h1> wins over a rewritten social title when the two agree in words.
    html = """<html><head><meta property="og:title" content="You won't believe this bridge">
        <title>Old stone bridge reopens after repairs | Post</title></head>
        <body><h1>Old stone bridge reopens after repairs</h1>
        <p>Text of the article is here.</p></body></html>"""
    assert dechrome.clean(html).headline == "Old stone bridge reopens after repairs"
    # The same instant in UTC and in the publisher's offset: the local day is the reader's.
    html = """<html><head><meta property="article:published_time" content="2022-05-04T03:37:37+00:00"></head>
        <body><time datetime="2022-05-03T23:37:37-04:00">May 3</time><p>Text.</p></body></html>"""
    assert dechrome.clean(html).date == "2022-05-03"
    # A <time> a day off but at another instant is an update, not the reader's day.
    html = """<html><head><meta property="article:published_time" content="2022-12-30T07:00:40+01:00"></head>
        <body><time datetime="2022-12-29T15:36:19+01:00">29.12.</time><p>Text.</p></body></html>"""
    assert dechrome.clean(html).date == "2022-12-30"
    # The site itself is never the byline.
    html = """<html><head><meta property="og:site_name" content="Valley News">
        <meta name="author" content="Valley News"></head><body><p>Text.</p></body></html>"""
    assert dechrome.clean(html).byline is None


def test_byline_boxes() -> None:
    # Dates, separators and labels around the name in a byline box.
    assert normalize.byline("By John Walk - January 10, 2020 21 minutes - 4312 words") == "John Walk"
    assert normalize.byline("Posted by Günter W. Kienitz at 18:52") == "Günter W. Kienitz"
    assert normalize.byline("VON MORITZ GATHMANN am 21. April 2020") == "MORITZ GATHMANN"
    assert normalize.byline("Por Juliet Jimenez 5 mayo, 2022, 6:12 pm") == "Juliet Jimenez"
    assert normalize.byline("Jacobo Betancur Peláez | Publicado hace 3 horas") == "Jacobo Betancur Peláez"
    assert normalize.byline("Veröffentlicht vonChris Jung") == "Chris Jung"
    assert normalize.byline("Veröffentlicht am 8. Februar 2022 von Ana Lee") == "Ana Lee"
    assert normalize.byline("Datum: 19.11.2021 Autor: Fritz ImhofQuelle: Livenet") == "Fritz Imhof"
    assert normalize.byline("Por Williams Perdomo @wperdomod -") == "Williams Perdomo"
    assert normalize.byline("Heiko SauerDo 9 Apr 2020") == "Heiko Sauer"
    assert normalize.byline("Orlando 9 Apr 2020") == "Orlando"
    assert normalize.byline("'Luana Patriolino, Raphael Felice'") == "Luana Patriolino; Raphael Felice"
    # The "von" of a name is not a "by".
    assert normalize.byline("Alexa von Heyden") == "Alexa von Heyden"
    # Abbreviations keep their dot; titles and labels are not names.
    assert normalize.byline("By Perry Bacon Jr.") == "Perry Bacon Jr."
    assert normalize.byline("Resonanz im Nachttischschrank") is None
    assert normalize.byline("Auteurs") is None and normalize.byline("Alle Beiträge") is None
    # Comment headers and form labels.
    assert normalize.byline("Peter sagt:") is None and normalize.byline("NCWiensays:") is None
    assert normalize.byline("Name (erforderlich)") is None
    assert normalize.byline("Eingestellt von Unknown") is None
    # User names: where the page shows them, not CMS logins or domains.
    assert normalize.byline("Dezember 10, 2019 · von freeman1984 · in News") == "freeman1984"
    assert normalize.byline("von jdoe", handles=False) is None
    assert normalize.byline("von wordpressadmin |") is None and normalize.byline("oe24.at") is None


def test_byline_sources() -> None:
    # Yoast-style JSON-LD: the author is a reference to a Person elsewhere in the graph.
    p = page("""<html><head><script type="application/ld+json">{"@graph": [
        {"@type": "Article", "author": {"@id": "#p1"},
         "publisher": {"@type": "Organization", "name": "Post"}},
        {"@type": "Person", "@id": "#p1", "name": "Ana Ruiz"}]}</script>
        <meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Ben Cole">
        </head><body></body></html>""")
    assert ("byline", "Ana Ruiz", "json-ld") in values(json_ld, p)
    assert ("site_name", "Post", "json-ld") in values(json_ld, p)
    assert ("byline", "Ben Cole", "meta") in values(meta_tags, p)
    # An organisation as author yields to the person named on the page.
    html = """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
        "author": {"@type": "Organization", "name": "LN"}}</script></head>
        <body><h1>Harbour opens</h1><span class="author">Von Cosima Kern</span><p>Text.</p></body></html>"""
    assert dechrome.clean(html).byline == "Cosima Kern"
    html = html.replace('<span class="author">Von Cosima Kern</span>', "<p>Von Cosima Kern</p>")
    assert dechrome.clean(html).byline == "Cosima Kern"  # a "Von ..." line too
    # A comment's author box is skipped; an empty byline box gives way to the next one.
    p = page("""<html><body><span class="byline">Posted on</span><span class="author vcard">von lupa</span>
        <ol class="commentlist"><li><span class="comment-author">Peter Roe</span></li></ol></body></html>""")
    assert values(byline, p) == [("byline", "von lupa", "byline")]
    p = page("""<html><body><ol class="comment-list"><li><div class="author">Peter Roe</div></li></ol>
        </body></html>""")
    assert values(byline, p) == []
    # The publisher organisation's name is never the byline.
    html = """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
        "author": "Ultima Hora", "publisher": {"@type": "Organization", "name": "Ultima Hora"}}</script>
        </head><body><p>Text.</p></body></html>"""
    assert dechrome.clean(html).byline is None


def test_headline_kicker_and_logo() -> None:
    # A section or kicker glued to the <h1> goes when a machine title is exactly the rest.
    html = """<html><head><meta property="og:title" content="Brothel busted in Boston">
        </head><body><h1><span>Local News |</span> Brothel busted in Boston</h1><p>Text.</p></body></html>"""
    assert dechrome.clean(html).headline == "Brothel busted in Boston"
    # A machine title that only stops short of the <h1> is truncated: the <h1> stays whole.
    html = """<html><head><meta name="twitter:title" content="Trial enters the final stretch; verdict"></head>
        <body><h1>Trial enters the final stretch; verdict due Wednesday</h1><p>Text.</p></body></html>"""
    assert dechrome.clean(html).headline == "Trial enters the final stretch; verdict due Wednesday"
    # An <h1> that is the site's logo (a link home) is the site's name, not the headline.
    p = page("""<html><body><h1 id="site-title"><a href="https://blog.example/" rel="home">Notes</a></h1>
        <h1>Sheep guide</h1></body></html>""")
    assert values(heading, p) == [("site_name", "Notes", "h1-logo"), ("headline", "Sheep guide", "h1")]
    p = page("""<html><body><h1>Evolve: Shared History<a class="headerlink" href="#e">¶</a></h1>
        </body></html>""")
    assert values(heading, p) == [("headline", "Evolve: Shared History", "h1")]
    html = """<html><head><title>Liver with apple and onion | Love goes through the stomach</title></head>
        <body><h1><a href="/">Love goes through the stomach</a></h1><p>Text.</p></body></html>"""
    assert dechrome.clean(html).headline == "Liver with apple and onion"


def test_date_rules() -> None:
    # The URL's date beats a machine date that a later edit moved.
    html = """<html><head><script type="application/ld+json">{"@type": "BlogPosting",
        "datePublished": "2019-06-17T18:28:00+0200"}</script></head><body><p>Text.</p></body></html>"""
    assert dechrome.clean(html, "https://blog.example/home/2017/7/12/montauk").date == "2017-07-12"
    # ... but a URL date after the published date is an event's or an issue's.
    assert dechrome.clean(html, "https://blog.example/events/2019/12/01/fair").date == "2019-06-17"
    # A "date"-classed element a day off the machine date is the header's "today", not the article's.
    html = """<html><head><meta property="article:published_time" content="2022-02-08T18:05:43+00:00"></head>
        <body><span class="date">Mittwoch, 9. Februar 2022</span><p>Text.</p></body></html>"""
    assert dechrome.clean(html).date == "2022-02-08"
    # ... unless it tells the original from the update the machine date gives.
    html = """<html><head><meta property="article:published_time" content="2024-12-07T12:43:39Z"></head>
        <body><span class="date">Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024, 12:43 PM UTC</span>
        <p>Text.</p></body></html>"""
    assert dechrome.clean(html).date == "2024-12-06"
    got = normalize.published_and_updated("6. Mai 2021, aktualisiert 8. Mai 2021")
    assert got == ("2021-05-06", "2021-05-08")


def test_dateline_and_locale() -> None:
    # A page with no date markup prints its date by the headline.
    p = page("""<html><body><p>Heute 9. Mai 2024</p><h1>Unser Tipp im November</h1>
        <p>01. November 2021 | Naturschutz</p><p>Das Hermelin ist ein Marder.</p></body></html>""")
    assert values(dateline, p) == [("date", "01. November 2021 | Naturschutz", "dateline")]
    p = page("""<html><body><p>Politik | 24. April 2020</p><h1>Der Titel der Zeitung</h1>
        <p>Olafur Eliasson gestaltet die Titelseite.</p></body></html>""")
    assert values(dateline, p) == [("date", "Politik | 24. April 2020", "dateline")]
    html = """<html><body><h1>Top 10 Women Talking Sports</h1><p>January 22, 2014</p>
        <p>A generally accepted myth is told here at some length.</p></body></html>"""
    assert dechrome.clean(html).date == "2014-01-22"
    # 02/10/2020 is the 2nd of October outside en-US: the page's locale, or one in its URL.
    assert normalize.date("02/10/2020") == "2020-02-10"
    assert normalize.date("02/10/2020", day_first=True) == "2020-10-02"
    assert normalize.day_first("en-GB") and normalize.day_first("de") and not normalize.day_first("en-US")
    html = """<html><body><h1>Student halls too full</h1><p>The Guardian 02/10/2020 Anna Fazackerley</p>
        <p>Text of the article.</p></body></html>"""
    assert dechrome.clean(html, "https://news.example/en-gb/news/uk/halls").date == "2020-10-02"
    assert normalize.date("Notizia del 14 Gennaio 2020") == "2020-01-14"


def test_byline_dateline_and_site_domain() -> None:
    # "25.10.2022 - Reiner Nagel" after the headline: the date's one companion, a full name.
    html = """<html><body><h1>Die Freiheit der Planung</h1><p>25.10.2022 - Reiner Nagel</p>
        <p>Text of the essay, long enough to be the body.</p></body></html>"""
    article = dechrome.clean(html)
    assert (article.byline, article.date) == ("Reiner Nagel", "2022-10-25")
    assert normalize.name_beside_date("01. November 2021 | Naturschutz") is None
    # A site named like a domain, or the URL's domain, is the site without its suffix too.
    html = """<html><head><meta property="og:site_name" content="ElColombiano.com">
        <meta name="author" content="El Colombiano"></head><body><p>Text.</p></body></html>"""
    assert dechrome.clean(html).byline is None
    html = """<html><head><meta name="author" content="Automobilwoche"></head>
        <body><p>Text.</p></body></html>"""
    assert dechrome.clean(html, "https://www.automobilwoche.de/article/1").byline is None
    # A byline box marked by data-testid.
    p = page("""<html><body><div data-testid="prism-byline"><span>By</span> <a>Alex Roe</a></div>
        </body></html>""")
    assert values(byline, p) == [("byline", "By Alex Roe", "byline")]


def test_byline_organisation_in_metadata() -> None:
    # An organisation in <meta name=author> is the publisher again, not the byline.
    html = """<html><head><meta name="author" content="Wirtualna Polska Media"></head>
        <body><p>Text.</p></body></html>"""
    assert dechrome.clean(html).byline is None
    html = """<html><head><meta name="author" content="Eva Gruber"></head><body><p>Text.</p></body></html>"""
    assert dechrome.clean(html).byline == "Eva Gruber"


def test_headline_site_name_anywhere() -> None:
    # The site's name set off by any separator, even one that is in the site's name.
    # (A two-word title the machine title gives is cut from the <h1> too.)
    html = """<html><head><meta property="og:title" content="Climate pioneer? - Valley Voice">
        <meta property="og:site_name" content="Valley Voice"></head>
        <body><h1>Energy: Climate pioneer?</h1><p>Text.</p></body></html>"""
    assert dechrome.clean(html).headline == "Climate pioneer?"
    title = "Best video ever : Crime-Archive | Notes on a genre | Since 2005"
    assert normalize.headline(title, "Crime-Archive") == "Best video ever"
    title = "Enchufla - Salsa figures - Rueda in Berlin"
    assert normalize.headline(title, "Salsa figures - Rueda in Berlin") == "Enchufla"
    assert normalize.headline("The Daily Post | Storm hits coast", "The Daily Post") == "Storm hits coast"


def test_headline_short_prefix_and_leading_date() -> None:
    # A short site or section name in front of a long machine title.
    assert normalize.headline("BMAS - Changes to the rules for proof of vaccination") == (
        "Changes to the rules for proof of vaccination"
    )
    title = "Covid-19: Can the spread be controlled?"
    assert normalize.headline(title) == title
    # A breadcrumb of three levels in the title: the page is the last.
    assert normalize.headline("Gamers e.V. - News » The events of late") == "The events of late"
    # A date glued in front of the <h1>.
    got = normalize.without_leading_date("1. Februar 2022 Ministerin Raab: Mit Ländern")
    assert got == "Ministerin Raab: Mit Ländern"
    assert normalize.without_leading_date("2020 Olympics open") == "2020 Olympics open"
    html = """<html><head><meta property="og:title" content="Minister meets the states"></head>
        <body><h1>27.01.2022 Minister meets the states</h1><p>Text.</p></body></html>"""
    assert dechrome.clean(html).headline == "Minister meets the states"


def test_byline_wire_credit() -> None:
    # Initials and agencies joined by slashes are kept as the page gives them.
    assert normalize.byline("det/dpa") == "det/dpa"
    assert normalize.byline("Von APA/AP") == "APA/AP"
    assert normalize.byline("page/home") is None


def test_meta_title_keys() -> None:
    # Dublin Core titles, Parse.ly titles and RDFa attributes naming several properties.
    p = page("""<html><head><meta property="x:title dc:title" content="Preferred title">
        <meta name="parsely-title" content="Parsely title"><meta property="dc:creator" content="Ana Ruiz">
        </head><body></body></html>""")
    got = values(meta_tags, p)
    assert ("headline", "Preferred title", "meta") in got and ("headline", "Parsely title", "meta") in got
    assert ("byline", "Ana Ruiz", "meta") in got


def test_byline_lines() -> None:
    # A "Von:" line, a Drupal "submitted" box, a post's category after the name.
    p = page("""<html><body><div class="info">Von:<br>Götz Warnke</div></body></html>""")
    assert normalize.byline(values(byline, p)[0][1]) == "Götz Warnke"
    p = page("""<html><body><div class="submitted">Gespeichert von rasos am 24. Juli 2017 - 18:55</div>
        </body></html>""")
    assert normalize.byline(values(byline, p)[0][1]) == "rasos"
    got = normalize.byline("Posted by Nesselsetzer under Just For Fun, Rebloggt | Tags: A, B")
    assert got == "Nesselsetzer"
    assert normalize.byline("Uta Staschewski, Projektleiterin der HSS in Tunesien.") == "Uta Staschewski"
    # A sentence that starts with "Von" is not a byline.
    p = page("""<html><body><p>Von der Pflanze bis zur Tasse geht der Kaffee durch viele Hände.</p>
        </body></html>""")
    assert values(byline, p) == []


def test_headline_kicker_run_together() -> None:
    # "Kicker - Title" in the page's metadata, the two run together in the <h1>'s spans.
    html = """<html><head><meta property="og:title" content="Olympics in Paris - Drinks by boat to town">
        </head><body><h1><span>Olympics in Paris</span> <span>Drinks by boat to town</span></h1>
        <p>Text.</p></body></html>"""
    assert dechrome.clean(html).headline == "Drinks by boat to town"
    # A colon is the headline's own: kept.
    html = """<html><head><meta property="og:title" content="Tubeless tyres: step by step"></head>
        <body><h1>Tubeless tyres step by step</h1><p>Text.</p></body></html>"""
    assert dechrome.clean(html).headline == "Tubeless tyres step by step"


def test_byline_forum_and_gender_labels() -> None:
    # A forum thread's starter is its author; "Autor/in:" is a label.
    assert normalize.byline("Thread starter Tiberius") == "Tiberius"
    assert normalize.byline("Autor/in: Korinna Hennig") == "Korinna Hennig"
    p = page("""<html><body><ul><li>Themenstarter Pepemaus</li></ul></body></html>""")
    assert normalize.byline(values(byline, p)[0][1]) == "Pepemaus"
    # One organisation piece in <meta name=author> makes the whole value the publisher's.
    html = """<html><head><meta name="author" content="Feuerwehr Oldenburg, Abteilung Wasserrettung">
        </head><body><p>Text.</p></body></html>"""
    assert dechrome.clean(html).byline is None


def test_byline_role_lists_and_login_boxes() -> None:
    # An "and" inside a role's list after a comma is not a second author.
    role = "Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project"
    assert normalize.byline(role) == "Daniel Kahn Gillmor"
    assert normalize.byline("Sarah Kim, Ravi Shah, and Tom Lee") == "Sarah Kim; Ravi Shah; Tom Lee"
    # Account links in an author-classed box.
    assert normalize.byline("Sign In | Sign Up") is None
    assert normalize.byline("Müller GmbH & Co. KG") is None  # a company, not two names


def test_dateline_skips_update_only_lines() -> None:
    # "Last Updated: January 7, 2025" is a modification date: not the dateline.
    p = page("""<html><body><h1>Video platform adds features</h1><p>Last Updated: January 7, 2025</p>
        <p>July 10, 2020</p><p>Text of the article.</p></body></html>""")
    assert values(dateline, p) == [("date", "July 10, 2020", "dateline")]


def test_headline_agreement_across_inflections() -> None:
    # "Leasing"/"Leasen", "Finanzierung"/"Finanzieren": the <h1> and the social title agree.
    html = """<html><head>
        <meta property="og:title" content="Firmenwagen: Leasen oder Finanzieren? Was lohnt sich?"></head>
        <body><h1>Firmenwagen: Leasing oder Finanzierung?</h1><p>Text.</p></body></html>"""
    assert dechrome.clean(html).headline == "Firmenwagen: Leasing oder Finanzierung?"


def test_json_ld_article_subtypes() -> None:
    # A live blog or tech article is an article; a forum thread's posting is not read.
    p = page("""<html><head><script type="application/ld+json">{"@type": "LiveBlogPosting",
        "headline": "Election night", "datePublished": "2024-11-05T18:00:00Z"}</script></head>
        <body></body></html>""")
    assert ("headline", "Election night", "json-ld") in values(json_ld, p)
    p = page("""<html><head><script type="application/ld+json">{"@type": "DiscussionForumPosting",
        "headline": "Update 3.4", "datePublished": "2011-02-21"}</script></head><body></body></html>""")
    assert values(json_ld, p) == []


def test_meta_scholarly_and_date_keys() -> None:
    # One citation_author tag per author: one byline; common publication-date names.
    p = page("""<html><head><meta name="citation_author" content="Michael Anderson">
        <meta name="citation_author" content="Carlos Dobkin"><meta name="publish-date" content="2020-04-07">
        </head><body></body></html>""")
    got = values(meta_tags, p)
    assert ("byline", "Michael Anderson; Carlos Dobkin", "meta") in got
    assert ("date", "2020-04-07", "meta") in got


def test_headline_from_titles_that_run_on() -> None:
    # "Title – SITE" beside "Title – subtitle?": the suffix is the site's, the subtitle stays.
    html = """<html><head><meta property="og:title" content="Report on the epidemic – what is the wait?">
        <title>Report on the epidemic – what is the wait? – THE AXIS. EXAMPLE.COM</title></head>
        <body><p>Text.</p></body></html>"""
    assert dechrome.clean(html).headline == "Report on the epidemic – what is the wait?"
    # A social title cut short of the <title>: the whole one.
    html = """<html><head><meta property="og:title" content="Senator calls Biden">
        <title>Senator calls Biden "unfit"</title></head><body><p>Text.</p></body></html>"""
    assert dechrome.clean(html).headline == 'Senator calls Biden "unfit"'


def test_attribute_words_in_any_case() -> None:
    # The steps screen ASCII attributes lowercased before their case-insensitive patterns.
    for cls in ("BYLINE", "Post-Author", "article__Writer", "ſubmitted"):
        p = page(f'<html><body><h1>T</h1><span class="{cls}">Jane Doe</span><p>Text.</p></body></html>')
        assert values(byline, p) == [("byline", "Jane Doe", "byline")], cls
    for cls in ("DATE", "entry-Published", "post_TIMESTAMP", "poſted", "fecha"):
        p = page(f'<html><body><h1>T</h1><span class="{cls}">March 3, 2021</span><p>Text.</p></body></html>')
        assert values(dated_element, p) == [("date", "March 3, 2021", "visible-date")], cls


def test_text_dump_site_name_that_starts_the_title_is_not_the_headline() -> None:
    # "Red Cross Society - Kicker - Title": the site's name, a line of the header, starts
    # the title; the headline is the longer part of it further down.
    menu = "\n".join(f"Menu item {i}" for i in range(10))
    line = "Climate summit - Red Cross: more people need help as the climate changes"
    dump = f"Red Cross Society - {line}\nRed Cross Society\n{menu}\n{line}\nText of it.\n"
    assert ("headline", line, "text-title") in _text_fields(dump)
    # A part right under the start is its subtitle: the start is the headline.
    title = "Ammonia split by light instead of heat"
    sub = "A new light reactor eases getting hydrogen back out of ammonia"
    dump = f"{title} - {sub} - scinexx.de\nMenu\n{title}\n{sub}\nText of it.\n"
    assert ("headline", title, "text-title") in _text_fields(dump)


def test_text_dump_byline_labels_glued_or_in_front() -> None:
    head = "Storm closes the coast road again - Daily Post\nNews\nStorm closes the coast road again\n"
    glued = "Veröffentlicht vonJane Doe 28. Februar 2016"
    for line in ("Geschrieben vonJane Doe", "Artikel von Jane Doe", glued):
        assert dechrome.clean(f"{head}{line}\nText of it.\n", kind="text").byline == "Jane Doe"
    # A "By" line that says more than names: the next one that names the author.
    lines = "Publicado por Jane Doe La información es de John Roe\nPublicado por Jane Doe\n"
    assert dechrome.clean(f"{head}{lines}Text of it.\n", kind="text").byline == "Jane Doe"
    # "Autor/in" alone: the name is on the next line.
    for label in ("AUTOR/IN", "Autor*in"):
        assert ("byline", "Jane Doe", "text") in _text_fields(f"{head}{label}\nJane Doe\nText of it.\n")
    # "DiCaprio" and "Doorstep" start no byline.
    assert not BY_LINE.match("DiCaprio finally wins the Oscar")
    assert not BY_LINE.match("Doorstep deliveries resume today")
    # Nor does a line in capitals that starts with the letters of "by" or "von".
    assert not BY_LINE.match("BYRON BAY RESIDENTS EVACUATED")
    assert not BY_LINE.match("VONOVIA SE RAISES RENTS")
    kicker = "BYRON BAY RESIDENTS EVACUATED"
    assert dechrome.clean(f"{head}{kicker}\nText of it.\n", kind="text").byline is None


def test_text_dump_line_of_names_under_the_headline() -> None:
    head = "Storm closes the coast road again - Daily Post\nNews\nStorm closes the coast road again\n"
    lede = "The coast road closed for the third time this winter, after waves broke the wall.\n"
    # Names with a date on the line or under it.
    for lines, names in (
        ("Jane Doe, 01.12.2021\n", "Jane Doe"),
        ("Jane Doe 3/5/2022 22:41\n", "Jane Doe"),
        (lede + "Jane Doe Education editor\nMon 20 Jan 2020 06.05 GMT\n", "Jane Doe"),
        (lede + "Jane Doe, John Roe & Ann Poe\nEnergie\n26. Oktober 2023\n", "Jane Doe; John Roe; Ann Poe"),
    ):
        assert dechrome.clean(f"{head}{lines}{lede}", kind="text").byline == names, lines
    # Named again in the author's box at the end.
    body = "".join(f"Paragraph {i} of the article, long enough to be prose.\n" for i in range(6))
    dump = f"{head}{lede}Jane Doe\n{body}About the author\nJane Doe\nJane writes on the coast.\n"
    assert dechrome.clean(dump, kind="text").byline == "Jane Doe"
    # Title-case words alone are a button or a section: no byline.
    assert dechrome.clean(f"{head}Zum Video\n{body}", kind="text").byline is None
    assert dechrome.clean(f"{head}Fairer Handel\n{body}", kind="text").byline is None
    # ... and a name among a menu's items, though the footer's menu names it again.
    menu = "Home\nGlobal Affiliate Network\nSearch the Commons\nShare your work\n"
    dump = f"Home - Daily Post\nNews\n{menu}{body}{menu}"
    assert dechrome.clean(dump, kind="text").byline is None
    # A share bar, a list of people, the person the headline names: no byline.
    assert dechrome.clean(f"{head}Whatsapp Facebook Pint Baixar\n{body}", kind="text").byline is None
    people = "Chancellor Jane Doe\nMinister John Roe\nMinister Ann Poe\n"
    assert dechrome.clean(f"{head}{people}{body}{people}", kind="text").byline is None
    dump = "Jane Doe looks stunning in new photos - Daily Post\nNews\nJane Doe looks stunning in new photos\n"
    assert dechrome.clean(f"{dump}{lede}Jane Doe\n{body}", kind="text").byline is None
    # A section's label and a date above the headline is no byline.
    dump = "Storm closes the coast road - Daily Post\nNews\nEhrenamt Jugendverbände 23.01.2020\n"
    assert dechrome.clean(f"{dump}Storm closes the coast road\n{lede}", kind="text").byline is None


def test_byline_spaced_weekday_before_a_date() -> None:
    assert normalize.byline("Heiko Sauer Do 9 Apr 2020") == "Heiko Sauer"


def test_text_dump_datelines_near_and_far() -> None:
    head = "Storm closes the coast road again - Daily Post\nNews\n"
    line = "Storm closes the coast road again\n"
    lede = "The coast road closed for the third time this winter, after waves broke the wall.\n"
    # A bare date right above the headline before a teaser's date further down.
    teasers = "".join(f"Teaser {i} of another story on the site\n" for i in range(3))
    dump = f"{head}12.12.2022 12:22\n{line}{lede}{teasers}28.06.2022 09:28Another story, glued to its date\n"
    assert ("date", "12.12.2022 12:22", "text-dateline") in _text_fields(dump)
    # A date that opens the standfirst.
    dump = f"{head}{line}31. Oktober 2023. Dragqueens sind Kunstfiguren aus Make-Up und Glitter.\n"
    assert dechrome.clean(dump, kind="text").date == "2023-10-31"
    # A bare date further down, past a gallery of captions.
    gallery = "".join(f"Photo {i}: the coast road under the waves at high tide\n" for i in range(20))
    dump = f"{head}{line}{lede}{gallery}13. 1. 2020\n{lede}"
    assert dechrome.clean(dump, kind="text").date == "2020-01-13"


def test_text_dump_slashed_date_on_a_country_domain_reads_day_first() -> None:
    dump = "Olive bread - Flawless Food\nRecipes\nOlive bread\n12/04/2020 by Kay 24 Comments\nText of it.\n"
    assert (
        dechrome.clean(dump, url="https://flawlessfood.co.uk/olive-bread/", kind="text").date == "2020-04-12"
    )
    assert dechrome.clean(dump, url="https://flawlessfood.com/olive-bread/", kind="text").date == "2020-12-04"


def test_text_dump_names_beside_a_role_a_label_or_a_section() -> None:
    head = "Storm closes the coast road again - Daily Post\nNews\nStorm closes the coast road again\n"
    lede = "The coast road closed for the third time this winter, after waves broke the wall.\n"
    # A job title under the name.
    assert dechrome.clean(f"{head}{lede}Jane Doe\nPolitical Editor\n{lede}", kind="text").byline == "Jane Doe"
    # "Artikel von": what the piece is, then a name with a particle.
    dump = f"{head}Artikel von Alexa von Heyden\n{lede}"
    assert dechrome.clean(dump, kind="text").byline == "Alexa von Heyden"
    # A section's name beside the name and the date; without a date, no byline.
    dump = f"{head}Jane Doe | 29. Dezember 2022 | HR-Welt\n{lede}"
    assert dechrome.clean(dump, kind="text").byline == "Jane Doe"
    assert names_line("Schwerpunktthema Gerechtigkeit und Nachhaltigkeit") is None
    assert normalize.is_role("Political Editor") and not normalize.is_role("Jane Doe")


def test_text_dump_name_after_the_dateline_date() -> None:
    head = "Storm closes the coast road again - Daily Post\nNews\nStorm closes the coast road again\n"
    lede = "The coast road closed for the third time this winter, after waves broke the wall.\n"
    for line in ("1. Februar 2022 Jane Doe 6", "2. Februar 20202. Februar 2020 Jane Doe 1 Kommentar Umwelt"):
        assert dechrome.clean(f"{head}{line}\n{lede}", kind="text").byline == "Jane Doe", line
    # A user name after the date is not read as a full name.
    assert (
        dechrome.clean(f"{head}28. Januar 2015 jdoe Schreibe einen Kommentar\n{lede}", kind="text").byline
        is None
    )


def test_dates_a_dump_glued_to_names_times_and_words() -> None:
    assert normalize.date("Nicole Collignon22. Februar 2020") == "2020-02-22"
    assert normalize.date("Jane Doe3.11.2023") == "2023-11-03"
    assert normalize.date("miércoles, 4 de mayo de 202200:00 hs") == "2022-05-04"
    assert normalize.date("20 janvier 202020 janvier 2020évaluation") == "2020-01-20"
    head = "Storm closes the coast road again - Daily Post\nNews\nStorm closes the coast road again\n"
    lede = "The coast road closed for the third time this winter, after waves broke the wall.\n"
    dump = f"{head}{lede}Jane Doe\nmiércoles, 4 de mayo de 202207:59 hs\n{lede}"
    assert dechrome.clean(dump, kind="text").date == "2022-05-04"


def test_text_dump_site_name_that_ends_the_title_is_not_the_headline() -> None:
    # "Title | Site name": the site's name on the logo's line above, the title's first
    # part further down.
    dump = "Scissor cut (3) | gnaddrig ad libitum\ngnaddrig ad libitum\nMenu\nScissor cut (3)\nText of it.\n"
    assert ("headline", "Scissor cut (3)", "text-title") in _text_fields(dump)


def test_byline_a_name_run_together_with_itself() -> None:
    assert normalize.byline("Jane Doe Jane Doe") == "Jane Doe"
    assert normalize.byline("Jane Jane") == "Jane Jane"  # one word twice may be a name
