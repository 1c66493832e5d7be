"""JSON-LD as pages really write it."""

from __future__ import annotations

import dechrome


def test_json_ld_wrapped_in_cdata_or_comment() -> None:
    # Written as if the page were XHTML: the data is inside a CDATA section or a comment.
    for start, end in (("<![CDATA[", "]]>"), ("<!--", "-->")):
        html = f"""<html><head><script type="application/ld+json">{start}
            {{"@type": "NewsArticle", "headline": "Video platform adds features",
              "datePublished": "2020-07-10T14:15:42+00:00", "dateModified": "2025-01-07T09:08:22+00:00"}}
            {end}</script><meta property="article:modified_time" content="2025-01-07T09:08:22+00:00">
            </head><body><p>Text.</p></body></html>"""
        assert dechrome.clean(html).date == "2020-07-10"


def test_json_ld_teasers_of_other_stories_are_not_the_page() -> None:
    # The page lists other stories as Article objects too: those agree with none of its titles.
    html = """<html><head><title>Drinks by boat to the city centre - Food Trade</title>
        <script type="application/ld+json">[
          {"@type": "NewsArticle", "headline": "Ad - What shoppers value",
           "author": {"@type": "Person", "name": "Gloria Globus"}, "datePublished": "2023-10-13"},
          {"@type": "NewsArticle", "headline": "Drinks by boat to the city centre",
           "author": {"@type": "Organization", "name": "Food Trade"}, "datePublished": "2023-11-01",
           "publisher": {"@type": "Organization", "name": "Food Trade"}}]
        </script></head><body><h1>Drinks by boat to the city centre</h1><p>Text.</p></body></html>"""
    article = dechrome.clean(html)
    assert (article.headline, article.byline, article.date) == (
        "Drinks by boat to the city centre",
        None,
        "2023-11-01",
    )
    # One story's objects (WebPage and Article) with titles that agree are all kept.
    html = """<html><head><title>Storm hits coast | Daily Post</title>
        <script type="application/ld+json">[{"@type": "WebPage", "name": "Storm hits coast | Daily Post"},
          {"@type": "Article", "headline": "Storm hits coast", "author": "Jane Doe"}]</script>
        </head><body><p>Text.</p></body></html>"""
    assert dechrome.clean(html).byline == "Jane Doe"
