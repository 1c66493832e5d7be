"""Bylines and datelines of text dumps in the forms sites write them: labels, abbreviations,
a name on the line under its label, a user name, a dump without a headline line."""

from __future__ import annotations

import dechrome
from dechrome.api import load
from dechrome.metadata import normalize
from dechrome.metadata.candidates import Page
from dechrome.metadata.text_dump import text_lines
from dechrome.metadata.text_title import BY_LINE

HEAD = "Storm closes the coast road again - Daily Post\nNews\nStorm closes the coast road again\n"
BODY = "The coast road closed again on Monday after the third storm of the week hit the town.\n"


def _clean(dump: str) -> dechrome.Article:
    return dechrome.clean(dump, kind="text")


def _text_bylines(dump: str) -> list[tuple[str, str]]:
    """The dump step's own byline candidates."""
    doc = load(dump, kind="text")
    return [
        (c.field, c.value) for c in text_lines(Page("text", doc.blocks, None, None)) if c.field == "byline"
    ]


def test_abbreviated_month_names() -> None:
    assert normalize.date("18. Okt 2023") == "2023-10-18"
    assert normalize.date("1. Dez. 2020") == "2020-12-01"
    assert normalize.date("15. Jän. 2021") == "2021-01-15"
    assert normalize.date("5. Sept. 2019") == "2019-09-05"
    assert normalize.date("8 févr. 2022") == "2022-02-08"
    assert normalize.date("12 ago 2021") == "2021-08-12"
    assert normalize.is_date_line("26 Okt 2018")
    assert _clean(f"{HEAD}18. Okt 2023\n{BODY}").date == "2023-10-18"


def test_byline_labels() -> None:
    for line in ("durch Jane Doe", "Von: Jane Doe", "Post author By Jane Doe", "Text & Fotos: Jane Doe"):
        assert BY_LINE.match(line), line
        assert normalize.byline(line) == "Jane Doe", line
        assert _clean(f"{HEAD}{line}\n{BODY}").byline == "Jane Doe", line
    # "Durch" opens a sentence; only the lower-case "durch" is a by.
    assert not BY_LINE.match("Durch Corona ist alles anders")


def test_byline_and_date_on_a_line_that_runs_on() -> None:
    line = "By Jane Doe on 31. October, 2023 | 18 Comments. This post may contain affiliate links."
    assert _clean(f"{HEAD}{line}\n{BODY}").date == "2023-10-31"


def test_name_on_the_line_under_its_label() -> None:
    for label in ("Disko Von", "Kommentar von", "Geschrieben von:"):
        assert _clean(f"{HEAD}{BODY}{label}\nJane Doe\n{BODY}").byline == "Jane Doe", label
    # "Sort by" over "best" is a forum's sorting menu.
    assert _clean(f"{HEAD}{BODY}Sort by\nbest\n{BODY}").byline is None


def test_user_name_right_under_the_headline() -> None:
    assert _clean(f"{HEAD}von flerche\n21. September 2019\n{BODY}").byline == "flerche"
    # Further down, "by default" is a sentence's piece.
    assert _clean(f"{HEAD}{BODY}{BODY}{BODY}by default\n{BODY}").byline is None


def test_named_date_in_a_dump_without_a_headline_line() -> None:
    head = "Menu\nHome\nBlog\n"
    got = _clean(f"{head}11.12.2019 - Jane Doe\n{BODY}")
    assert (got.date, got.byline) == ("2019-12-11", "Jane Doe")
    # Under the first paragraph, a date beside a name is a comment's.
    got = _clean(f"{head}{BODY}Jane Roe February 23, 2017 at 12:33 pm Reply\nGreat post.\n")
    assert (got.date, got.byline) == (None, None)


def test_skip_link_run_on_into_the_title_line() -> None:
    for skip in ("Direkt zum Inhalt", "Zum Inhalt springen", "Skip to main content"):
        dump = f"Rights matter | Aid Network {skip}\nMenu\nAbout\nRights matter\n10.11.2021\n{BODY}"
        got = _clean(dump)
        assert (got.headline, got.date) == ("Rights matter", "2021-11-10"), skip


def test_comment_count_and_category_label_after_the_name() -> None:
    assert normalize.byline("12/04/2020 by Jane Doe 24 Comments") == "Jane Doe"
    assert normalize.byline("By Jane Doe4 Kommentare") == "Jane Doe"
    assert normalize.byline("Autor: Jane Doe Tags: 1907, Feuerwehr") == "Jane Doe"
    assert normalize.byline("26. Dezember 2019 von Jane Kategorien: Allgemein") == "Jane"
    assert _clean(f"{HEAD}12/04/2020 by Jane Doe 24 Comments\n{BODY}").byline == "Jane Doe"


def test_forum_thread_starter() -> None:
    # (Before the dated line of names under it, a signature's.)
    dump = f"{HEAD}Thread starter Jane Doe\nForum\nAnn Poe\nStart date Sep 18, 2020\n{BODY}"
    assert _clean(dump).byline == "Jane Doe"


def test_a_label_ending_in_a_colon_is_no_byline() -> None:
    assert not BY_LINE.match("By Course/Meal:")
    assert ("byline", "Dessert") not in _text_bylines(f"{HEAD}{BODY}By Course/Meal:\nDessert\n{BODY}")
    assert not [v for v in _text_bylines(f"{HEAD}{BODY}By Course/Meal:\n{BODY}") if "Course" in v[1]]


def test_names_under_the_headline_with_their_date_beat_a_by_line_far_below() -> None:
    comments = "".join(f"Comment {i} on the article, long enough to be one.\n" for i in range(40))
    dump = f"{HEAD}Jane Doe\n15 Mai 2019 à 06h00\n{BODY}{comments}Par Ann Poe, le mercredi 15 mai 2019\n"
    assert _clean(dump).byline == "Jane Doe"


def test_the_datelines_by_comes_before_a_by_line_further_down() -> None:
    dateline = "Dezember 10, 2019 · von jdoe · in Uncategorized · Hinterlasse einen Kommentar"
    dump = f"{HEAD}{dateline}\n{BODY}Interview: Ann Poe Foto: John Roe\n{BODY}"
    assert _clean(dump).byline == "jdoe"


def test_without_a_headline_line_a_date_above_the_first_paragraph_past_the_menus() -> None:
    menu = "".join(f"Menu item {i}\n" for i in range(100))
    assert (
        _clean(f"Leasing or buying?\n{menu}Leasing a company car\n7. Oktober 2019\n{BODY}").date
        == "2019-10-07"
    )
    # Among menu words, the header's "today".
    assert _clean(f"Leasing or buying?\n{menu}Search\n7. Oktober 2019\nSubscribe\n{BODY}").date is None
    # Under the first paragraph, that far down, a date is a comment's.
    comments = f"{BODY}Share this post\n" * 50
    assert _clean(f"Leasing or buying?\n{comments}Jane Roe\nDecember 14, 2019 8:44 pm\nHi!\n").date is None


def test_a_line_of_names_the_dateline_witnesses() -> None:
    title = "Storm closes the coast road again - Daily Post\nNews\n"
    headline = "Storm closes the coast road again\n"
    # The dateline over the headline names her too.
    got = _clean(f"{title}21. Jan 2022 // Jane Doe\n{headline}Jane Doe\n{BODY}")
    assert got.byline == "Jane Doe"
    # The dateline between the headline and the name.
    got = _clean(f"{title}{headline}01.02.2022 | Sport\nStorm closes the coast road again\nJane Doe\n{BODY}")
    assert got.byline == "Jane Doe"
    # A dateline over the headline is no witness of a subheading under it.
    got = _clean(f"{title}Sport | 26.01.2022\n{headline}{BODY}Heated Jacket\n{BODY}")
    assert got.byline is None


def test_a_byline_box_that_opens_with_its_date() -> None:
    line = (
        "Veröffentlicht: 05.01.2020 | Autor: jdoe | Abgelegt unter: Canon Powershot S110, Fotografie"
        " | Tags: Abendhimmel, Gegenlicht, Silhouette |5 Kommentare"
    )
    got = _clean(f"{HEAD}{line}\n{BODY}")
    assert (got.date, got.byline) == ("2020-01-05", "jdoe")


def test_a_kicker_the_dump_ran_into_the_headline_line() -> None:
    dump = (
        "Lübeck: So war die Auktion für St. Johannes | Lokales\nMenu\nNews\n"
        f"Lübeck So lief die Auktion der Schätzchen von St. Johannes\n{BODY}"
    )
    got = _clean(dump)
    assert got.headline == "So lief die Auktion der Schätzchen von St. Johannes"
    # ... and its line is still the headline's (filters that look for the headline find it).
    assert [r.filter for r in got.removed if r.text.startswith("Lübeck So")] == ["field_lines"]
    # "Kicker - Title", set off as the title sets it off, is the headline whole.
    dump = f"Studen BE - A6 closed after a crash\nMenu\nStuden BE - A6 closed after a crash again\n{BODY}"
    assert _clean(dump).headline == "Studen BE - A6 closed after a crash again"


def test_without_a_headline_line_the_title_like_line_over_the_dateline() -> None:
    head = "Kids' IT courses | Primary schools\nMenu\nBlog\n"
    got = _clean(f"{head}Variables and their home\n11.12.2019 - Jane Doe\n{BODY}")
    assert (got.headline, got.date) == ("Variables and their home", "2019-12-11")
    # A read time over it is no headline.
    got = _clean(f"{head}Lesezeit: 1 min\n11.12.2019 - Jane Doe\n{BODY}")
    assert got.headline != "Lesezeit: 1 min"
    # Nor a share button, a section's label or a byline.
    for line in ("Follow Jane Doe on Twitter", "TRD NATIONAL /", "Jane Doe, Business Insider"):
        assert _clean(f"{head}{line}\nNovember 19, 2019 6:30 AM\n{BODY}").headline != line, line


def test_a_dateline_spaced_out_with_slashes() -> None:
    assert _clean(f"{HEAD}von Jane Doe\nFashion\n29 / Dezember / 2022\n{BODY}").date == "2022-12-29"


def test_a_labelled_date_over_the_headline() -> None:
    title = "Jane Doe presents the album 'Brave New Woman'\n"
    facts = "Veröffentlichung: 04.02.2022 Label: House of Clio (Sony Music) Album › Genre: Pop\n"
    dump = f"{title}Menu\n{facts}Tracklist\n1. Intro\n2. Brave\n3. Outro\n4. Bonus\n{title}{BODY}"
    assert _clean(dump).date == "2022-02-04"


def test_dots_between_day_month_and_year() -> None:
    assert normalize.date("21.dez.2018 às 12h55") == "2018-12-21"
    assert normalize.date("3 fev 2019") == "2019-02-03"


def test_a_count_under_the_headline_is_no_dateline() -> None:
    # A share count has a date line's shape (a four-digit number); the date is further down.
    assert _clean(f"{HEAD}6366\n22 Dec, 2016\n{BODY}").date == "2016-12-22"


def test_a_month_alone_stops_the_search_for_the_day() -> None:
    # "Februar 2020" heads a list of events; their dates are not the article's.
    assert _clean(f"{HEAD}Februar 2020\nTermin: 21.02.2020, 19 Uhr\n{BODY}").date is None


def test_two_digit_year_with_a_time_far_under_the_headline() -> None:
    gallery = "".join(f"Another story number {i} here\nRead on\n" for i in range(15))
    assert _clean(f"{HEAD}{gallery}Jane Doe\n9/11/13 10:00AM\n{BODY}").date == "2013-09-11"


def test_a_credit_before_the_standfirsts_date() -> None:
    dump = f"{HEAD}Red. / 31.10.2023 The coast road closed again on Monday after the storm.\n{BODY}"
    assert _clean(dump).date == "2023-10-31"


def test_a_name_opening_a_dated_line_with_its_section() -> None:
    # The name, the section, the date: the name is hers because her box names her again.
    line = "Jane Doe Politique scientifique 20 janvier 2020 0 Comment"
    boxes = "".join(f"Filler line {i} of the page\n" for i in range(6))
    article = _clean(f"{HEAD}{line}\n{BODY}{boxes}Jane Doe @jdoe\n")
    assert (article.byline, article.date) == ("Jane Doe", "2020-01-20")
    # Named nowhere else, the capitalised words may be a section's: no dateline from them.
    assert _clean(f"{HEAD}{line}\n{BODY}").byline is None


def test_glued_author_label_and_category() -> None:
    glued = "Posted on28. Juli 201928. Juli 2019AuthorJane Doe4 Kommentare"
    assert _clean(f"{HEAD}{glued}\n{BODY}").byline == "Jane Doe"
    category = "am 23. Januar 2020 von Jane Rotkehlin Allgemeines"
    assert _clean(f"{HEAD}{category}\n{BODY}").byline == "Jane Rotkehl"
    # A first name ending in "in" keeps its letters.
    assert _clean(f"{HEAD}am 23. Januar 2020 von Kristin Roe\n{BODY}").byline == "Kristin Roe"


def test_vom_and_a_bloggers_name_under_the_headline() -> None:
    assert _clean(f"{HEAD}vom Krimiblogger\n{BODY}").byline == "Krimiblogger"


def test_names_under_the_dateline_past_a_caption() -> None:
    dump = (
        f"{HEAD}The town counts the cost of the third storm.\nNews\n19.2.2020 klo 14.00\n"
        f"The coast road under water on Monday. Photo: John Roe / Agency\nJane Doe\n{BODY}"
    )
    assert _clean(dump).byline == "Jane Doe"


def test_an_announced_lists_item_under_the_dateline_is_no_byline() -> None:
    dump = (
        f"{HEAD}The town counts the cost of the third storm.\n06.01.2022\nIn this article:\n"
        f"General Travel Tips\nWhere to Go\n{BODY}General Travel Tips\n{BODY}"
    )
    assert _clean(dump).byline is None
    # A list of names is not read from its first words.
    dump = f"{HEAD}Jane Roe, London, John Doe 19.10.2019, 23:38 Uhr\n{BODY}" + "Filler\n" * 6 + "Jane Roe\n"
    assert _clean(dump).byline != "Jane Roe"


def test_a_date_that_is_a_part_of_the_title() -> None:
    dump = (
        "Storm closes the coast road - 21/12/2018 - Weather - Daily Post\nNews\nA different headline here\n"
    )
    assert _clean(dump + BODY).date == "2018-12-21"
    # A dateline by the headline comes first.
    title = "Storm closes the coast road | 02.11.2021"
    dump = f"{title}\nNews\nStorm closes the coast road\n3. November 2021\n{BODY}"
    assert _clean(dump).date == "2021-11-03"


def test_the_headline_again_with_its_date_in_front() -> None:
    menu = "".join(f"Menu item {i}\n" for i in range(30))
    dump = f"{HEAD}{menu}1. Februar 2022 Storm closes the coast road again\n{BODY}"
    assert _clean(dump).date == "2022-02-01"


def test_a_heading_the_title_holds_is_no_by_line() -> None:
    title = "Kicker words here - Von Sprachregeln, Politik und Deutsch"
    dump = f"{title}\nNews\nVon Sprachregeln, Politik und Deutsch\n{BODY}"
    assert _clean(dump).byline is None


def test_one_word_by_the_date_named_again_in_her_box() -> None:
    box = "".join(f"More of the story, part {i}, here.\n" for i in range(6))
    dump = f"{HEAD}Tine 2. Februar 2020\n{BODY}{box}Tine\nHi, ich bin Tine und radle gern.\n"
    assert _clean(dump).byline == "Tine"
    dump = f"{HEAD}28. Januar 2015 jdoe Schreibe einen Kommentar\n{BODY}{box}jdoe\n"
    assert _clean(dump).byline == "jdoe"
    # A section's name: the menu over the headline names it too, or a label follows it.
    dump = f"{HEAD.replace('News', 'Crime')}Crime 2. Februar 2020\n{BODY}{box}Crime\n"
    assert _clean(dump).byline is None
    dump = f"{HEAD}Crime Published On May 10, 2022 01:52 PM\n{BODY}{box}Crime\n"
    assert _clean(dump).byline is None
