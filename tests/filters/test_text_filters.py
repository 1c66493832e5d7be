from .helpers import PROSE, marks


def test_text_layout_menus_and_image_labels() -> None:
    dump = f"Home > News > World\nIran Drones\nIran-made drones (Iranian Army/AP)\n{PROSE}\n"
    m = marks("text_layout", dump, kind="text")
    assert "Home > News > World" in m and "Iran Drones" in m and PROSE not in m


def test_text_sections_and_the_run_of_prose() -> None:
    related = "Related stories\nTrain strikes: what you need to know\n"
    dump = f"Menu\nNews | Sport\n{PROSE}\n{PROSE} Again.\n{related}"
    assert "Train strikes: what you need to know" in marks("text_sections", dump, kind="text")
    outside = marks("text_content", dump, kind="text")
    assert "Menu" in outside and "Related stories" in outside and PROSE not in outside
