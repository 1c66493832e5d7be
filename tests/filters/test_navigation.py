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


def test_a_sentence_citing_its_links_in_the_article_stays() -> None:
    paras = "".join(f"<p>{PROSE} ({i})</p>" for i in range(4))
    bug = "<a href='/b/1'>Bug 1677080 – crash when closing a tab with video</a>"
    m = marks("navigation", page(
        f"<div class='post'>{paras}<ul><li>Alice fixed a crash on closing tabs: {bug}</li>"
        "<li>Read more: <a href='/s'>The council's plan for the new ring road explained</a></li></ul></div>"
        f"<div class='links'><p>Bob fixed a crash on closing tabs too: {bug}</p></div>"
    ))  # fmt: skip
    assert not any(t.startswith("Alice") for t in m)
    assert any(t.startswith("Bob") for t in m)  # the same outside the article's container goes
    assert any(t.startswith("Read more:") for t in m)  # few words of its own: a link line


def test_link_items_of_a_list_of_sentences_stay() -> None:
    paras = "".join(f"<p>{PROSE} ({i})</p>" for i in range(4))
    m = marks("navigation", page(
        f"<div class='post'>{paras}<ul>"
        "<li>Alice made the tab strip faster to draw when many tabs are open at once.</li>"
        "<li>Bob fixed the crash that hit some users when they closed a window.</li>"
        "<li><a href='/bug/1'>Bug 1677080 – full screen video jumps</a></li></ul>"
        "<ul><li><a href='/s/1'>The council's new ring road plan</a></li>"
        "<li><a href='/s/2'>Schools get more money next year</a></li></ul></div>"
    ))  # fmt: skip
    assert "Bug 1677080 – full screen video jumps" not in m
    assert {"The council's new ring road plan", "Schools get more money next year"} <= set(m)
