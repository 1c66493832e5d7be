import dechrome
from dechrome import Pipeline

from .helpers import PROSE, marks, page


def test_stubs_and_closing_chrome() -> None:
    paras = "".join(f"<p>{PROSE} ({i})</p>" for i in range(3))
    m = marks("edges", page(
        f"<div><p>Latest</p><h1>Headline of the day</h1><div class='body'>{paras}</div>"
        "<div class='share-tools'><p>Share</p></div><div class='bio'><p>Jane writes about cities.</p></div>"
        "<p>Explore</p></div>"
    ))  # fmt: skip
    assert "Latest" in m
    assert m["Headline of the day"][1] == "headline"
    assert "Explore" in m
    assert not any(PROSE in t for t in m)


def test_a_step_built_like_the_article_after_closing_chrome_stays() -> None:
    lead = "".join(f"<p>{PROSE} ({i})</p>" for i in range(3))
    article = dechrome.clean(page(
        f"<div class='step'><div class='content lead'>{lead}</div></div>"
        f"<div class='step'><div class='content'><p>{PROSE} (3)</p></div></div>"
        "<div class='related'><ul><li>Other story one</li><li>Other story two</li></ul></div>"
        "<div class='step'><div class='content'><span><p>Decorate in school colours: it costs little.</p>"
        "</span></div></div>"
        "<div class='partner-note'><p>Our partners may pay us for some links.</p></div>"
    ), pipeline=Pipeline().add("structural").add("edges"))  # fmt: skip
    edged = {r.text for r in article.removed if r.filter == "edges"}
    assert "Our partners may pay us for some links." in edged
    assert "Decorate in school colours: it costs little." in article.body


def test_a_salutation_before_the_first_paragraph_is_not_a_label() -> None:
    paras = "".join(f"<p>{PROSE} ({i})</p>" for i in range(3))
    m = marks("edges", page(f"<div><p>Latest</p><p>Dear readers,</p>{paras}</div>"))
    assert "Latest" in m
    assert "Dear readers," not in m


def test_table_rows_above_the_first_paragraph_are_data() -> None:
    paras = "".join(f"<p>{PROSE} ({i})</p>" for i in range(3))
    m = marks("edges", page(
        f"<div><p>Shop</p><table><tr><td>Aroma</td><td>Red berries, citrus</td></tr></table>{paras}</div>"
    ))
    assert "Shop" in m
    assert not any(t.startswith("Aroma") for t in m)
