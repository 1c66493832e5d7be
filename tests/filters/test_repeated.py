from .helpers import PROSE, marks, page


def test_short_labels_all_copies_long_text_extra_copies() -> None:
    quote = "This is a long sentence that the page prints twice, once as a pull quote beside the text."
    m = marks("repeated", page(
        f"<p>Share</p><p>{PROSE}</p><p>Share</p><p>{quote}</p><aside><p>{quote}</p></aside>"
    ))  # fmt: skip
    assert m["Share"][0].startswith("short text repeated")
    assert list(m).count(quote) == 1 and PROSE not in m


def test_a_refrain_in_the_same_style_stays() -> None:
    line = "And the river runs on to the sea, the river runs on to the sea tonight."
    assert not marks("repeated", page(f"<p>{line}</p><p>{PROSE}</p><p>{line}</p>"))
