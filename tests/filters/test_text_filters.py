from .helpers import PROSE, marks


def test_text_layout_menus_and_image_labels() -> None:
    dump = f"Home > News > World\nIran Drones\nIran-made drones (Iranian Army/AP)\n{PROSE}\n"
    m = marks("text_layout", dump, kind="text")
    assert "Home > News > World" in m and "Iran Drones" in m and PROSE not in m


def test_text_sections_and_edges() -> None:
    dump = f"Menu\n{PROSE}\nRelated stories\nTrain strikes: what you need to know\nMost read\n"
    assert "Train strikes: what you need to know" in marks("text_sections", dump, kind="text")
    edges = marks("text_edges", dump, kind="text")
    assert "Menu" in edges and "Most read" in edges and PROSE not in edges
