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
