from dechrome.filters.vocab import is_credit

from .helpers import PROSE, marks, page


def test_figures_classes_and_credits_are_captions() -> None:
    m = marks("captions", page(
        "<figure><img src='a.jpg'><figcaption>A cat on a wall</figcaption></figure>"
        "<div class='image-credit'>Photo by Ana Ruiz</div>"
        "<p>National Security Council spokesman John Kirby (Susan Walsh/AP)</p>"
        "<p>In this Dec. 12, 2006, file photo, astronauts work outside the station.</p>"
        f"<p>{PROSE} (AP)</p><p>The World Health Organization (WHO) said it was worried about it.</p>"
    ))  # fmt: skip
    assert m["A cat on a wall"][1] == "caption"
    assert m["Photo by Ana Ruiz"][1] == "caption"
    assert m["National Security Council spokesman John Kirby (Susan Walsh/AP)"][1] == "caption"
    assert any(t.startswith("In this Dec. 12") for t in m)
    assert "The World Health Organization (WHO) said it was worried about it." not in m


def test_a_table_in_a_figure_is_content_and_its_figcaption_a_caption() -> None:
    m = marks("captions", page(
        "<figure><table><tr><td>Free deposit, 1 GBP withdrawal</td></tr></table>"
        "<figcaption>Fees by payment method</figcaption></figure>"
        f"<figure><img src='x.jpg'><p>A crowd outside the hall</p></figure><p>{PROSE}</p>"
    ))  # fmt: skip
    assert "Free deposit, 1 GBP withdrawal" not in m
    assert {"Fees by payment method", "A crowd outside the hall"} <= set(m)


def test_the_captions_of_a_slideshow_are_its_text() -> None:
    slides = "".join(
        f"<figure><img src='{i}.jpg'><figcaption>Look {i}: a black bowler hat, a long coat and flat "
        f"shoes make this outfit easy to copy for a party.</figcaption></figure>"
        for i in range(4)
    )
    m = marks("captions", page(f"<article><p>Four looks to try.</p>{slides}</article>"))
    assert not any(t.startswith("Look ") for t in m)


def test_a_copyright_notice_is_not_a_photo_credit() -> None:
    m = marks("captions", page(
        f"<p>{PROSE}</p><p>Harbour at dawn (Jane Roe/AP)</p>"
        "<p>© 2025 Example News. All rights reserved.</p>"
    ))  # fmt: skip
    assert m["Harbour at dawn (Jane Roe/AP)"] == ("photo credit pattern", "caption")
    assert "© 2025 Example News. All rights reserved." not in m


def test_a_gallery_embedded_in_the_story_is_captions_however_long() -> None:
    before = "".join(f"<p>{PROSE} ({i})</p>" for i in range(3))
    after = "".join(f"<p>{PROSE} ({i})</p>" for i in range(3, 6))
    legends = "".join(
        f"<li><h2>{i}/12 Market news</h2><p>Shares in company number {i} rose sharply on Monday after "
        f"it reported better results than analysts had expected for the quarter.</p></li>"
        for i in range(12)
    )
    m = marks("captions", page(
        f"<div class='article-body'>{before}<div class='gallery'><ul class='legends'>{legends}</ul></div>"
        f"{after}</div>"
    ))  # fmt: skip
    assert any(t.startswith("Shares in company number 3") for t in m)
    assert not any(PROSE in t for t in m)


def test_a_credit_sentence_ends_a_caption() -> None:
    m = marks("captions", page(
        f"<p>{PROSE}</p><p>Our service map at its worst. Image by the author.</p>"
        "<p>Photo by Jane Doe on Unsplash</p><p>Imagen: Télam</p>"
        "<p>The photo by the river was taken in May and shows the old mill.</p>"
    ))  # fmt: skip
    assert m["Our service map at its worst. Image by the author."] == ("photo credit pattern", "caption")
    assert m["Photo by Jane Doe on Unsplash"] == ("photo credit pattern", "caption")
    assert m["Imagen: Télam"] == ("photo credit pattern", "caption")
    assert "The photo by the river was taken in May and shows the old mill." not in m


def test_a_credit_after_the_caption_sentence_and_polish_fot() -> None:
    m = marks("captions", page(
        f"<p>{PROSE}</p><p>Masks are required at services. Foto: Marco Verch/ccnull</p>"
        "<p>Fot. Lukasz Nowaczyk / Agencja Gazeta</p>"
        "<p>He said it. Photo: none of that was true, he added, and left the room.</p>"
    ))  # fmt: skip
    credit = ("photo credit pattern", "caption")
    assert m["Masks are required at services. Foto: Marco Verch/ccnull"] == credit
    assert m["Fot. Lukasz Nowaczyk / Agencja Gazeta"] == credit
    assert "He said it. Photo: none of that was true, he added, and left the room." not in m


def test_every_form_of_credit_is_found_whatever_the_case() -> None:
    credits = [
        "Photo: Reuters",  # starts so
        "FOTO© dpa",
        "Abb. 3: Der Hafen",
        "© Jane Roe",
        "Harbour at dawn (Photo: Jane Roe)",  # in parentheses at the end
        "Harbour at dawn (Jane Roe/AP)",
        "Harbour at dawn (REUTERS)",
        "Harbour at dawn ©J.Roe / Studio Nord",  # a © at the end
        "The harbour. Photo by Jane Roe",  # a photo word or an agency
        "The harbour, fotos: Jane Roe",
        "Le port. Image : Jeanne Roe",
        "Hafen bei Nacht. BILD: Jane Roe",
        "Harbour at dawn. Getty Images.",
        "Harbour at dawn ſhutterſtocK",  # letters that fold to "s" and "k"
        "Über den Hafen. Foto von Jänne Röe",
    ]
    assert [c for c in credits if not is_credit(c)] == []
    not_credits = [
        "Photographers gathered at dawn.",
        "A photo of the harbour was taken at dawn by the crew",
        "(AP) — The harbour closed on Monday.",
        "Copyright notices belong to the site.",
        "Über den Hafen bei Nacht",
    ]
    assert [c for c in not_credits if is_credit(c)] == []
