from .helpers import PROSE, marks, page


def test_headline_byline_and_date_lines() -> None:
    m = marks("field_lines", page(
        "<h1>Council passes budget</h1><p>By Jane Doe</p>"
        f"<p>Updated 11:21 pm CST, Tuesday, November 19, 2019</p><p>12:31</p><p>{PROSE}</p>",
        head="<meta property='og:title' content='Council passes budget'>",
    ))  # fmt: skip
    assert m["Council passes budget"][1] == "headline"
    assert m["By Jane Doe"][1] == "byline"
    assert m["Updated 11:21 pm CST, Tuesday, November 19, 2019"][1] == "date"
    assert m["12:31"][1] == "date"
    assert PROSE not in m
