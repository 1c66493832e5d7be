from .helpers import PROSE, marks, page


def test_furniture_controls_and_boxes() -> None:
    m = marks("structural", page(
        f"<header><p>Site slogan here</p></header><article><p>{PROSE}</p></article>"
        "<footer><p>Contact us</p></footer><button>Load more</button>"
        "<div class='comments'><p>Great article, thanks!</p></div>"
        "<div class='newsletter-signup'><p>Get the best stories.</p></div>"
    ))  # fmt: skip
    assert m["Site slogan here"][0] == "inside <header>"
    assert m["Contact us"][0] == "inside <footer>"
    assert m["Load more"][0] == "<button> control"
    assert m["Great article, thanks!"][1] == "comment"
    assert "boilerplate" in m["Get the best stories."][0] or "ad/promo" in m["Get the best stories."][0]
    assert PROSE not in m


def test_a_misleading_class_on_the_article_does_not_remove_it() -> None:
    # WordPress puts taxonomy classes like "tag-sidebar" on the article itself.
    paras = "".join(f"<p>{PROSE} ({i})</p>" for i in range(5))
    m = marks("structural", page(f"<div class='post has-sidebar related-posts'>{paras}</div>"))
    assert not any(PROSE in text for text in m)


def test_article_lead_in_its_own_header_is_kept() -> None:
    m = marks("structural", page(f"<article><header><h1>Title</h1><p>{PROSE}</p></header></article>"))
    assert PROSE not in m


def test_a_sidebar_outweighing_the_article_is_still_a_sidebar() -> None:
    # A live feed in the sidebar can hold more prose than the story beside it.
    story = "".join(f"<p>{PROSE} ({i})</p>" for i in range(12))
    feed = "".join(
        f"<li><div class='item'><p>Update {i}: the mayor said the vote on the new tram line will be held "
        f"next week, after a long and heated debate in the chamber.</p></div></li>"
        for i in range(20)
    )
    m = marks("structural", page(
        f"<div class='main'><div class='article-body'>{story}</div>"
        f"<aside class='sidebar'><ul class='live'>{feed}</ul></aside></div>"
    ))  # fmt: skip
    assert any(t.startswith("Update 7:") for t in m)
    assert not any(PROSE in t for t in m)
