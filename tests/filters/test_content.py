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
