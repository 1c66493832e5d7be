from .helpers import PROSE, marks, page


def test_related_and_comment_sections() -> None:
    m = marks("sections", page(
        f"<article><p>{PROSE}</p></article>"
        "<div><h2>Related stories</h2><ul><li>Other story one</li><li>Other story two</li></ul></div>"
        "<div><h3>Comments</h3><p>First!</p></div>"
    ))  # fmt: skip
    assert "Other story one" in m and "Other story two" in m
    assert m["First!"][1] == "comment"
    assert PROSE not in m


def test_read_also_inside_the_article_keeps_what_follows() -> None:
    paras = "".join(f"<p>{PROSE} ({i})</p>" for i in range(4))
    m = marks("sections", page(f"<div>{paras}<p>Read also</p><p><a>Another story</a></p>{paras}</div>"))
    assert "Another story" in m
    assert not any(PROSE in t for t in m)
