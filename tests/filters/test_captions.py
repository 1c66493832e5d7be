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
