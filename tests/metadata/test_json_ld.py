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
