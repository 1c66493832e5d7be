from .helpers import PROSE, marks, page


def test_svg_titles_hidden_and_screen_reader_text() -> None:
    m = marks("icons", page(
        "<svg><title>Facebook</title><desc>An icon of the Facebook f mark.</desc></svg>"
        "<p hidden>Secret menu</p><p>Read <span class='sr-only'>opens in new window</span> more</p>"
        f"<p>{PROSE}</p>"
    ))  # fmt: skip
    assert m["Facebook"][0].startswith("SVG <title>")
    assert m["An icon of the Facebook f mark."][0].startswith("SVG <desc>")
    assert m["Secret menu"][0] == "hidden element"
    assert "opens in new window" in m
    assert PROSE not in m


def test_icon_label_run_in_a_text_dump() -> None:
    run = (
        "Calendar An icon of a desk calendar. Close An icon of the an X shape. "
        "Email An icon of a paper envelope."
    )
    m = marks("icons", f"{run}\n{PROSE}\n", kind="text")
    assert run in m and PROSE not in m


def test_aria_hidden_prose_is_not_hidden() -> None:
    m = marks("icons", page(f"<div aria-hidden='true'><p>{PROSE}</p></div>"))
    assert PROSE not in m
