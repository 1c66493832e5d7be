import dechrome
from dechrome import Pipeline

from .helpers import PROSE, page


def _removed_by_orphans(body: str) -> set[str]:
    article = dechrome.clean(page(body), pipeline=Pipeline().add("navigation").add("orphans"))
    return {r.text for r in article.removed if r.filter == "orphans"}


def test_a_heading_over_nothing_but_chrome_goes() -> None:
    gone = _removed_by_orphans(
        f"<h2>The plan</h2><p>{PROSE}</p>"
        "<h2>More from us</h2><ul><li><a href='/a'>Another story about the council</a></li></ul>"
        f"<h2>What comes next</h2><p>{PROSE} (2)</p>"
    )
    assert gone == {"More from us"}


def test_a_subheading_over_its_own_subsections_stays() -> None:
    gone = _removed_by_orphans(
        f"<h2>The plan</h2><h3>Roads</h3><p>{PROSE}</p><h3>Schools</h3><p>{PROSE} (2)</p>"
        f"<h2>Links</h2><p><a href='/x'>Council minutes for March</a></p><h3>Budget</h3><p>{PROSE} (3)</p>"
    )
    assert gone == set()


def test_a_heading_written_as_a_sentence_is_the_articles() -> None:
    gone = _removed_by_orphans(
        f"<h4>The mayor denied it.</h4><ul><li><a href='/a'>Another story about the council</a></li></ul>"
        f"<h4>Tell us what you think...</h4><ul><li><a href='/b'>Leave a comment on this story</a></li></ul>"
        f"<h4>What comes next</h4><p>{PROSE}</p>"
    )
    assert gone == {"Tell us what you think..."}
