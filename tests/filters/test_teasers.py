from .helpers import PROSE, marks, page

CARD = (
    "<div class='card'><h3><a href='/{i}'>Another headline number {i} here</a></h3>"
    "<p>Blurb {i} about it.</p></div>"
)


def test_repeated_cards_with_titles() -> None:
    cards = "".join(CARD.format(i=i) for i in range(4))
    m = marks("teasers", page(f"<article><p>{PROSE}</p></article><section>{cards}</section>"))
    assert {f"Blurb {i} about it." for i in range(4)} <= set(m)
    assert PROSE not in m


def test_heading_and_answer_boxes_without_links_are_not_teasers() -> None:
    faq = "".join(
        f"<div class='faq-item'><h3>How long does question number {i} take?</h3>"
        f"<p>Answer {i}: about an hour, depending on the weather.</p></div>"
        for i in range(4)
    )
    assert not marks("teasers", page(f"<article><p>{PROSE}</p>{faq}</article>"))


def test_sections_whose_headings_link_within_the_page_are_not_teasers() -> None:
    # Documentation generators make each section heading a link to the table of contents.
    sections = "".join(
        f"<div class='section'><h2><a href='#toc-{i}'>Sharing with developer number {i}</a></h2>"
        f"<p>Step {i}: configure the repository first.</p></div>"
        for i in range(4)
    )
    assert not marks("teasers", page(f"<article><p>{PROSE}</p>{sections}</article>"))


def test_slideshow_captions_are_not_teasers() -> None:
    slides = "".join(
        f"<figure class='slide'><a href='/looks/{i}'>Look number {i} of the season</a>"
        f"<figcaption>With a bowler hat and a long coat, look {i} is easy to copy.</figcaption></figure>"
        for i in range(4)
    )
    m = marks("teasers", page(f"<article><p>{PROSE}</p>{slides}</article>"))
    assert not any(t.startswith("With a bowler hat") for t in m)
