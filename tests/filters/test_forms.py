from .helpers import PROSE, marks, page

PARAS = "".join(f"<p>{PROSE} ({i})</p>" for i in range(6))
HALF = PARAS.index("<p>", len(PARAS) // 2)
NEWSLETTER = (
    "<div class='my-8 rounded border p-4'><p class='font-bold'>Get the morning briefing</p>"
    "<p>The day's top stories, in your inbox every weekday.</p>"
    "<form><input type='EMAIL' placeholder='Email address'><button>Sign up</button></form></div>"
)


def test_a_box_around_an_email_field_goes_whatever_its_classes() -> None:
    body = f"{PARAS[:HALF]}{NEWSLETTER}{PARAS[HALF:]}"
    m = marks("forms", page(f"<main><div class='prose'>{body}</div></main>"))
    assert m["Get the morning briefing"][0].startswith("in a short box around an e-mail field")
    assert "The day's top stories, in your inbox every weekday." in m
    assert not any(PROSE in text for text in m)


def test_the_box_stops_where_text_grows_long() -> None:
    """A short article with a field inside its own container keeps its paragraphs."""
    m = marks("forms", page(f"<article>{PARAS}<p>Tips? Write to us.</p><input type='email'></article>"))
    assert m == {}


def test_other_fields_are_not_a_sign_up() -> None:
    m = marks("forms", page(f"<div>{PARAS}</div><div><p>Search the site</p><input type='search'></div>"))
    assert m == {}
