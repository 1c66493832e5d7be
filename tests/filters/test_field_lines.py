import dechrome

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


def test_a_by_alone_on_its_line() -> None:
    # "By" on one line, the name on the next: the label goes with the name.
    m = marks("field_lines", page(f"<h1>Title</h1><p>By</p><p>Randy Roe</p><p>{PROSE}</p>"))
    assert m["By"][1] == "byline"


def test_author_lines_name_the_author_as_whole_words_and_only_once_or_twice() -> None:
    head = "<meta name='author' content='Al Smith'>"
    m = marks("field_lines", page(f"<p>Al Smith | Staff</p><p>Totally normal note</p><p>{PROSE}</p>", head))
    assert m["Al Smith | Staff"][1] == "byline"
    assert "Totally normal note" not in m  # "al" inside "Totally" and "normal" is not the name
    # A name on many short lines is what the page is about, not who wrote it.
    subject = "".join(f"<li>Acme Blender model {i}</li>" for i in range(4))
    m = marks("field_lines", page(f"<ul>{subject}</ul><p>{PROSE}</p>", "<meta name='author' content='Acme'>"))
    assert not m


def test_a_dumps_author_box_title_is_left_to_text_sections() -> None:
    # "About Jane Doe" names the author, but in a dump it titles her box: text_sections cuts
    # the biography under it, which does not open with her name.
    prose = "The coast road closed again on Monday after the third storm of the week hit the town hard."
    dump = (
        "Storm closes the coast road again - Daily Post\nNews\nStorm closes the coast road again\n"
        f"Jane Doe 04.03.2021\n{prose}\n{prose}\n{prose}\nAbout Jane Doe\n"
        "Mother of two and a keen sailor, Jane Doe covers the coast for the Post since 2010 and more.\n"
    )
    article = dechrome.clean(dump, kind="text")
    assert article.byline == "Jane Doe"
    assert "keen sailor" not in article.body
