from .helpers import PROSE, marks, page


def test_nav_breadcrumbs_and_link_lists() -> None:
    m = marks("navigation", page(
        "<nav><a href='/'>Home</a></nav><ol class='breadcrumb'><li>News</li></ol>"
        "<p><a href='/a'>Latest headlines from around the region</a></p>"
        f"<p>{PROSE} <a href='/x'>Read the report</a>.</p>"
    ))  # fmt: skip
    assert m["Home"][0] == "inside <nav>"
    assert "breadcrumb" in m["News"][0]
    assert "link text" in m["Latest headlines from around the region"][0]
    assert not any(PROSE[:30] in t for t in m)
