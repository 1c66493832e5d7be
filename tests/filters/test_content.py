from .helpers import PROSE, marks, page


def test_blocks_outside_the_main_container() -> None:
    paras = "".join(f"<p>{PROSE} ({i})</p>" for i in range(5))
    links = "".join(f"<li><a href='/{i}'>Popular story {i}</a> today</li>" for i in range(5))
    m = marks("content", page(
        f"<div class='sidebar'><ul>{links}</ul></div>"
        f"<div class='article-body'>{paras}</div><div><p>Copyright notice</p></div>"
    ))  # fmt: skip
    assert "Popular story 0 today" in m and "Copyright notice" in m
    assert m["Copyright notice"][0].startswith("outside the main content")
    assert not any(PROSE in t for t in m)


def test_a_data_table_inside_the_article_does_not_push_the_article_out() -> None:
    rows = "".join(f"<tr><td>{i}</td><td>Driver number {i}</td><td>{5000 - i}</td></tr>" for i in range(40))
    m = marks("content", page(
        f"<div class='post'><p>{PROSE}</p><p>The final standings after the last race are below:</p>"
        f"<table>{rows}</table><p>Standings are updated after every race of the season.</p></div>"
        "<div class='footer'><p>Contact us</p></div>"
    ))  # fmt: skip
    assert PROSE not in m and "Driver number 3" not in " ".join(m)
    assert "Contact us" in m


def test_a_lead_paragraph_in_its_own_box_above_the_body_is_kept() -> None:
    body = "".join(f"<p>{PROSE} ({i})</p>" for i in range(6))
    lead = "Officials called it the largest plan in a decade."
    m = marks("content", page(
        f"<div class='news'><div class='teaser-text'><p>{lead}</p></div>"
        f"<div class='article-body'>{body}</div></div>"
        "<div class='more'><p><a href='/1'>Other news from the region</a></p></div>"
    ))  # fmt: skip
    assert lead not in m and not any(PROSE in t for t in m)
    assert "Other news from the region" in m
