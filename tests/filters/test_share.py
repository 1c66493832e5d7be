from .helpers import PROSE, marks, page


def test_share_words_and_boxes() -> None:
    m = marks("share", page(
        "<ul><li>Facebook</li><li>Twitter</li><li>Copy link</li></ul>"
        "<div class='social-share'><a>Send to a friend now</a></div>"
        f"<p>{PROSE} People can share their views online.</p>"
    ))  # fmt: skip
    assert {"Facebook", "Twitter", "Copy link", "Send to a friend now"} <= set(m)
    assert not any(PROSE in t for t in m)


def test_quoted_posts_stay() -> None:
    m = marks(
        "share", page("<div class='social-embed'><blockquote><p>Short tweet text here</p></blockquote></div>")
    )
    assert not m


def test_a_section_whose_id_says_share_is_not_a_share_bar() -> None:
    # Documentation anchors its sections by their titles: "sharing-with-..." holds prose.
    intro = "".join(f"<p>{PROSE} ({i})</p>" for i in range(20))
    section = "".join(f"<p>{PROSE} [{i}]</p>" for i in range(12))
    m = marks("share", page(
        f"<div class='body'><div id='intro'>{intro}</div>"
        f"<div class='section' id='sharing-with-a-single-developer'><h2>Setting up</h2>"
        f"<pre>$ hg init public</pre>{section}</div></div>"
        "<div class='share-tools'><p>Send this story to a friend</p></div>"
    ))  # fmt: skip
    assert "Send this story to a friend" in m
    assert "Setting up" not in m and "$ hg init public" not in m
