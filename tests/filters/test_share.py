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
