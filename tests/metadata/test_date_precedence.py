"""The date reconciler when the page's dates disagree: what the reader sees settles it."""

from __future__ import annotations

import dechrome
from dechrome.metadata import normalize


def test_dateline_settles_disagreeing_machine_dates() -> None:
    # A <time> of the last edit outranks <meta name=date>; the dateline by the headline
    # shows the reader the <meta>'s day, so that one is the published date.
    html = """<html><head><meta name="date" content="2021-10-28T13:21:30+01:00"></head><body>
        <h1>Aid needed as the climate changes</h1><p>Berlin, 28.10.2021, 058/21</p>
        <p>The text of the press release, long enough to be its body.</p>
        <time itemprop="datePublished" datetime="2021-10-27T20:35:36+01:00">27.10.</time></body></html>"""
    assert dechrome.clean(html).date == "2021-10-28"


def test_dateline_alone_does_not_override_machine_date() -> None:
    # A dateline no machine date confirms is as often an event's or a teaser's date.
    html = """<html><head><meta property="article:published_time" content="2019-11-27T15:21:21+01:00">
        </head><body><h1>Whisky tastings in spring</h1><p>Termin: 21.02.2020, 19 Uhr</p>
        <p>The text of the announcement, long enough to be its body.</p></body></html>"""
    assert dechrome.clean(html).date == "2019-11-27"


def test_two_visible_dates_beat_a_weak_machine_date() -> None:
    # The dateline and a date-classed element agree; the only machine date is a <time>
    # elsewhere on the page (a CMS timestamp): the reader's date wins.
    html = """<html><body><h1>New director at the broadcaster</h1>
        <p>von eseppelt · 31. Oktober 2023</p><span class="post-date">31. Oktober 2023</span>
        <p>The text of the article, long enough to be its body.</p>
        <time datetime="2020-12-03 07:32:49">3.12.2020</time></body></html>"""
    assert dechrome.clean(html).date == "2023-10-31"
    # Against a published date in JSON-LD they are not enough: that is the stronger witness.
    html = html.replace(
        "<body>",
        """<head><script type="application/ld+json">{"@type": "NewsArticle",
        "datePublished": "2020-12-03T07:32:49+01:00"}</script></head><body>""",
    )
    assert dechrome.clean(html).date == "2020-12-03"


def test_numeric_date_with_spaces_after_the_dots() -> None:
    assert normalize.date("Von Deutscher Tennis Bund 4. 2. 2022.") == "2022-02-04"
    assert normalize.date("Seite 4 von 12, 2022") is None


def test_url_segment_that_is_a_day_first_date() -> None:
    assert normalize.date_in_url("https://ring.example/meldungen/29-10-2021") == "2021-10-29"
    assert normalize.date_in_url("https://ring.example/meldungen/29-10-2021/?p=1") == "2021-10-29"
    # Only a whole segment: a product code or a slug with numbers in it is not a date.
    assert normalize.date_in_url("https://shop.example/item-29-10-2021x") is None
    assert normalize.date_in_url("https://shop.example/a/129-10-2021") is None


def test_time_in_comments_header_or_teasers_is_not_the_articles() -> None:
    # The site header's "today" and a comment's <time> are skipped; the date-classed element
    # in the article is what is left.
    html = """<html><body><header class="container"><div class="navtop">
        <time datetime="2023-11-01T13:56:20+01:00">Mittwoch, 01. November 2023</time></div></header>
        <article><h1>Queer Royal</h1><p class="date">31. Oktober 2023.</p><p>Text of the column.</p>
        <ol class="comment-list"><li><time datetime="2023-11-02T09:00:00+01:00">2. November</time></li></ol>
        </article></body></html>"""
    assert dechrome.clean(html).date == "2023-10-31"
    # A page whose only dates are its comments' has no date.
    html = """<html><body><h1>Star fusion at the accelerator</h1><p>Text of the episode notes.</p>
        <ol class="comment-list"><li class="comment"><footer class="comment-meta">
        <time datetime="2019-08-24T03:36:11+02:00">24. August 2019</time></footer></li></ol></body></html>"""
    assert dechrome.clean(html).date is None
    # Inside an <article>, its own <header> and meta <aside> hold its date.
    html = """<html><body><article><aside class="meta"><time datetime="2023-10-18T11:45:00+02:00">
        18. Okt 2023</time></aside><h1>Identity politics</h1><p>Text.</p></article></body></html>"""
    assert dechrome.clean(html).date == "2023-10-18"
