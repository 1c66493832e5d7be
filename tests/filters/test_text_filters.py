import dechrome
from dechrome import Pipeline
from dechrome.blocks import Block, Document
from dechrome.filters.text_content import text_content
from dechrome.options import Options

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


def test_text_layout_drops_the_article_joined_into_one_line() -> None:
    more = "of the story goes on about the roads, the schools and the buses."
    paras = [f"{PROSE} Part {n} {more}" for n in "ABCDE"]
    joined = " ".join(paras)
    dump = "\n".join([*paras, "Share this article", joined]) + "\n"
    m = marks("text_layout", dump, kind="text")
    assert m.get(joined, ("",))[0] == "other lines of the dump joined into one"
    assert not any(p in m for p in paras)


def test_text_layout_keeps_a_long_line_that_only_starts_like_another() -> None:
    long = f"{PROSE} " + "It then goes on with new text that no other line of the dump holds. " * 8
    m = marks("text_layout", f"{PROSE}\n{long}\n", kind="text")
    assert long not in m


def test_text_content_starts_the_article_under_its_headline() -> None:
    review = "“A lovely show with great dancers and music, and the actors brought my two children on stage.”"
    quotes = "\n".join(f"{review}\n– Visitor {n}" for n in range(2))
    dump = (
        "Theatre reviews from our visitors | Stage Blog\nHome\nShows\nTickets\n"
        "Theatre reviews from our visitors\nBy Jane Doe\n"
        f"{PROSE}\nHere are a few of the reviews we received:\n{quotes}\n"
        f"{PROSE} It ran for three hours and the vote was close.\n{PROSE} Twice.\n{PROSE} Thrice.\n"
        "Home\nShows\nContact\nNewsletter\n"
    )
    m = marks("text_content", dump, kind="text")
    assert PROSE not in m and "– Visitor 0" not in m
    assert "Contact" in m


def test_text_content_headline_lists_do_not_feed_the_run() -> None:
    teasers = [
        "Munich incident: Police seal off major square for a large-scale operation after warning",
        "Mexico earthquake: Huge 6.3 magnitude quake strikes and seismic waves are felt in Canada",
        "EU takeover: Italy's Salvini launches new attack on Brussels over its dictatorial policies",
        "Asteroid warning: Scientists reveal the dates a large rock could pass close to the planet...",
    ]
    dump = "\n".join([PROSE, f"{PROSE} Again.", "Most read", *teasers, "Latest videos"]) + "\n"
    m = marks("text_content", dump, kind="text")
    assert all(t in m for t in teasers) and PROSE not in m


def test_text_layout_teaser_headline_run_into_its_summary() -> None:
    teasers = [
        "Tape Gaffe Ends Hamlin's Title RunDenny Hamlin's championship run was foiled by the tape.",
        "Say Cheese? Detroit's Top 3 Cheese ShopsWondering where to find the best cheese near you? Look.",
        "Customers Leave Without Paying Bill At Troy SteakhouseA party of six left without paying the bill.",
        "Pak cleric warns the government KARACHI: Firebrand cleric Fazlur Rehman said its days are numbered.",
    ]
    kept = [
        "Welcome to the new 16-inch MacBook Pro. While it looks quite familiar, the keyboard is all new.",
        "Hong Kong (CNN Business)A muddled view of trade talks once again weighed on markets in Asia today.",
        "Subscribe to the 9to5Toys YouTube Channel for all of the latest videos, reviews and more.",
        "It is especially true when we are watching TV: A handful of chips can turn into a whole bag.",
        "Tested by: John Milbank RRP: 49.95 Euro (£40) More info: www.example.com or at your dealer.",
    ]
    m = marks("text_layout", "\n".join([*teasers, *kept]) + "\n", kind="text")
    assert all(m[t][0] == "a teaser: a headline run into its summary" for t in teasers)
    assert not any(k in m for k in kept)


def test_text_sections_comment_and_related_widgets() -> None:
    article = f"{PROSE}\n{PROSE} Again.\n"
    form = f"Leave a Reply Cancel reply\nName *\n{PROSE} Comment.\n"
    m = marks("text_sections", article + form, kind="text")
    assert m["Name *"][1] == "comment" and f"{PROSE} Comment." in m and PROSE not in m
    m = marks("text_sections", f"{article}View Comments\nblog comments powered by Disqus\n", kind="text")
    assert "blog comments powered by Disqus" in m
    m = marks("text_sections", f"{article}More articles from Jane Doe\nSolar roadmap set out\n", kind="text")
    assert "Solar roadmap set out" in m
    m = marks("text_sections", f"{article}Most read in World\nQuake strikes Mexico\n", kind="text")
    assert "Quake strikes Mexico" in m
    m = marks("text_sections", f"{article}Recommended Articles\nRubio's philosophy\n", kind="text")
    assert "Rubio's philosophy" in m
    field = "E-Mail (wird benötigt und nicht veröffentlicht)"
    titles = ("Schreibe einen Kommentar Antworten abbrechen", "Kommentar erstellen", "Laisser un commentaire")
    for title in titles:
        assert marks("text_sections", f"{article}{title}\n{field}\n", kind="text")[field][1] == "comment"


def test_text_sections_a_comment_thread_runs_to_the_end() -> None:
    dump = f"{PROSE}\n{PROSE} Again.\n12 Comments\nMore in Sports\nTeam wins\n{PROSE} Later.\n"
    m = marks("text_sections", dump, kind="text")
    assert m["More in Sports"][1] == "comment" and f"{PROSE} Later." in m


def test_text_content_a_list_the_run_breaks_off_goes_on() -> None:
    long = "A boxed set of all the films, restored, with a book of photographs and notes."
    items = [f"1) {long}", f"2) {long}", *(f"{n}) Box set number {n}" for n in range(3, 9))]
    dump = "\n".join([f"{PROSE} One.", f"{PROSE} Two.", f"{PROSE} Three.", *items, "Home", "Contact"]) + "\n"
    m = marks("text_content", dump, kind="text")
    assert not any(i in m for i in items) and "Home" in m
    qa = ["Q: Favourite books?", "A: Two of them", "Q: Favourite places?", "A: Istanbul and Cape Town"]
    dump = "\n".join([f"{PROSE} One.", f"{PROSE} Two.", f"Q: Where did you grow up? {PROSE}", *qa, "Menu"])
    m = marks("text_content", dump + "\n", kind="text")
    assert not any(i in m for i in qa) and "Menu" in m


def test_text_content_a_menu_run_into_one_line_is_not_prose() -> None:
    menu = "Latest News Applications OS Channel Programs Cloud Components & Peripherals Data Center"
    menu += " Internet of Things Mobility Networking Security Software Storage"
    m = marks("text_content", f"{menu}\n{PROSE}\n{PROSE} Again.\n", kind="text")
    assert menu in m and PROSE not in m


def test_text_content_a_tag_cloud_is_not_prose_but_a_long_unpunctuated_sentence_is() -> None:
    tags = "adopt a friend water alert environment friendship care biking library walking campaign"
    tags += " training carnival civil defence council contest culture course dance education sports"
    tags += " health jobs music parks police"
    sentence = "We will always strive to make the culture and the people of our small city known"
    sentence += " to the whole world 🙂"
    dump = f"Tags\n{tags}\nArchive\n2019\nNews headline here\n{PROSE}\n{sentence}\n"
    m = marks("text_content", dump, kind="text")
    assert tags in m and PROSE not in m and sentence not in m
    # An archive drop-down run into one line ends in ")" but is no sentence either.
    archive = "BY DATE Select Month " + " ".join(f"Month {n} 2020 ({n})" for n in range(1, 12))
    m = marks("text_content", f"{PROSE}\n{archive}\n", kind="text")
    assert archive in m and PROSE not in m


def test_text_content_a_listicle_runs_from_its_headline() -> None:
    para = f"{PROSE} It is light, it is cheap and it works with everything else we tried this year."
    para += " The battery lasts a week, and the case survived two falls onto the kitchen floor."
    items = []
    for name, n in (("Nintendo", 1), ("Sonos", 2), ("Fossil", 3), ("Wyze", 4), ("Ring", 5)):
        body = f"{para} {para}" if n == 3 else para
        items += [name, f"{name} gadget number {n} for $200", f"See it now: {name} store", body]
    dump = "\n".join(
        ["Best gadgets of the year | Tech Site", "Home", "Reviews", "Best gadgets of the year", "By Jane Doe",
         f"{PROSE} Here is our list.", *items, "Home", "About us", "Contact", "Jobs", "Newsletter"]
    )  # fmt: skip
    m = marks("text_content", dump + "\n", kind="text")
    assert f"{PROSE} Here is our list." not in m and "Nintendo" not in m
    assert "Ring gadget number 5 for $200" not in m and "Contact" in m


def test_text_content_a_box_between_the_opening_and_the_run_goes_the_opening_stays() -> None:
    opening = "Snow on a roof of solar panels does more than cut their yield: its weight strains the frames."
    box = ["Read on with Plus", "All our articles, daily", "$1 for the first month", "Cancel any time"] * 3
    para = f"{PROSE} The panels were cleared by hand, which the inspectors said nobody should try alone."
    para += " Wet snow weighs four times as much as powder, and ice on top of it weighs more again."
    dump = "\n".join(
        ["Snow on the panels | Farm News", "Home", "Markets", "Snow on the panels", "By Jane Doe", opening,
         *box, *(f"{para} {n}." for n in range(5)), "Home", "About us", "Contact"]
    )  # fmt: skip
    m = marks("text_content", dump + "\n", kind="text")
    assert opening not in m and f"{para} 0." not in m
    assert m["Cancel any time"][0] == "between the article's opening paragraphs and its run of prose"
    assert m["Markets"][0] == "before the article's run of prose" and "Contact" in m


def test_text_content_a_list_the_opening_announces_with_a_colon_is_no_box() -> None:
    opening = "Our outsourced sales team differs from the other agencies in many ways, among them:"
    items = [f"No fixed fee of kind number {n}, billed by the quarter hour" for n in range(15)]
    para = f"{PROSE} The panels were cleared by hand, which the inspectors said nobody should try alone."
    para += " Wet snow weighs four times as much as powder, and ice on top of it weighs more again."
    dump = "\n".join(
        ["Sales outsourcing | Agency", "Home", "Services", "Sales outsourcing", opening,
         *items, *(f"{para} {n}." for n in range(5)), "Home", "About us", "Contact"]
    )  # fmt: skip
    m = marks("text_content", dump + "\n", kind="text")
    assert not any(line in m for line in [opening, *items, f"{para} 0."])
    assert "Services" in m and "Contact" in m
    # Once a line between them went (a box's title), the stretch is a box again.
    dump = dump.replace(items[0], f"Subscribe now\n{items[0]}")
    pipeline = Pipeline().add("boilerplate").add("text_content")
    removed = {r.text: r.filter for r in dechrome.clean(dump, kind="text", pipeline=pipeline).removed}
    assert removed.get(items[5]) == "text_content" and opening not in removed


def test_text_content_a_stretch_with_paragraphs_of_its_own_is_no_box() -> None:
    opening = "The defense is dealing with a bunch of suspensions and injuries right now, and it showed."
    players = [f"Player Number {n}\n{n} tackles, 1 assist ({n + 1} combined), 1 sack, 2 QH" for n in range(6)]
    note = "There is a lot to sort through here: the line had eleven hits on the quarterback, and the"
    note += " linebackers filled the gaps better than in any game this season, which the coach praised"
    note += " twice after the game, and again on Monday."
    para = f"{PROSE} The panels were cleared by hand, which the inspectors said nobody should try alone."
    para += " Wet snow weighs four times as much as powder, and ice on top of it weighs more again."
    dump = "\n".join(
        ["Snap counts | Dawgs", "Home", "Teams", "Snap counts", opening, *players[:2], f"{note} (1)",
         *players[2:4], f"{note} (2)", players[4], f"{note} (3)", players[5],
         *(f"{para} {n}." for n in range(8)), "Home", "About us", "Contact"]
    )  # fmt: skip
    m = marks("text_content", dump + "\n", kind="text")
    assert not any(line in m for line in [opening, "Player Number 3", f"{note} (1)", f"{para} 0."])
    assert "Teams" in m and "Contact" in m


def test_text_content_a_weak_run_goes_on_past_its_lists() -> None:
    intro = [
        "Once in a while I like to go vegan, and this time it was with a plate of stir-fried noodles."
        " The cooking itself was quick: the only slow part was frying the tofu until it was golden brown.",
        "It makes one feel less sinful, and the sweet soy sauce gives it the colour of the real thing."
        " If you have a wok, use it: the noodles need a very hot pan to take on that smoky taste we love.",
        "The seasoning below is how we like it, so do adjust it to your own taste before serving."
        " Leftovers keep for a day in the fridge, though the noodles are best eaten straight away.",
        "We found the yellow noodles at the market near our flat, but any fresh egg-free noodle works."
        " Dried ones work too: soak them in warm water for ten minutes and drain them well first.",
    ]
    recipe = [
        "Ingredients", "1/2 block of tofu, diced", "120g yellow noodles", "1 tbsp garlic", "Some beansprouts",
        "Directions", "Pan fry the diced tofu in a little oil until its edges are golden brown.",
        "Remove the tofu and let it drain on paper towels while the wok heats up again.",
        "With 2 tbsp oil left in the wok, fry the minced garlic until it is fragrant.",
        "Add the yellow noodles and all of the seasoning, and stir fry to mix them well.",
        "Add the beansprouts and the vegetables, and cook until the vegetables have withered.",
        "Return the fried tofu to the wok, mix briefly and serve hot with chilies if desired.",
        "Taste once more, add a pinch of pepper, and serve the noodles on warm plates right away.",
    ]  # fmt: skip
    related = ["You may also like", "Chilli Fishcake Balls", "Egg Noodle Soup", "Butter Cake", "Steamed Egg"]
    footer = "I am Joyce from Singapore. This blog collects the food we have enjoyed so far."
    dump = "\n".join(["Tofu noodles | Eat Well", "Home", "Tofu noodles", *intro, *recipe, *related, footer])
    m = marks("text_content", dump + "\n", kind="text")
    assert not any(line in m for line in intro + recipe)
    assert "Egg Noodle Soup" in m and footer in m
    # Removed before, the related list still parts the footer from the article.
    pipeline = Pipeline().add("text_sections").add("text_content")
    removed = {r.text: r.filter for r in dechrome.clean(dump, kind="text", pipeline=pipeline).removed}
    assert removed["Egg Noodle Soup"] == "text_sections" and removed[footer] == "text_content"


def test_text_content_a_dated_list_after_the_last_paragraph_is_the_article() -> None:
    dates = [f"June {d} – Arena number {d}, Springfield" for d in range(1, 8)]
    teasers = ["Band announces tour – Music Site", "Singer talks retirement – Music Site"] * 3
    dump = "\n".join([f"{PROSE} One.", f"{PROSE} Two.", "Tour Dates", *dates, "Related", *teasers, "Home"])
    m = marks("text_content", dump + "\n", kind="text")
    assert not any(d in m for d in dates)
    assert "Band announces tour – Music Site" in m and "Home" in m


def test_text_content_an_embedded_post_stays_in_the_run() -> None:
    post = ["Yes this is real and the state spent half a million on it", "— Jane Doe (@jd) November 18, 2019"]
    paras = [f"{PROSE} {n}." for n in ("One", "Two", "Three", "Four", "Five")]
    dump = "\n".join([*paras[:3], *post, *paras[3:], "Home"])
    m = marks("text_content", dump + "\n", kind="text")
    assert not any(p in m for p in paras) and post[1] not in m and "Home" in m


def test_text_sections_an_author_box_titled_with_the_name_takes_its_biography() -> None:
    bio = "Carlos Nadalim is a teacher and the father of two, and he writes about reading at home."
    dump = f"{PROSE}\n{PROSE} Again.\nSobre Carlos Nadalim\n{bio}\n"
    m = marks("text_sections", dump, kind="text")
    assert m["Sobre Carlos Nadalim"][0] == "a about-the-author heading" and bio in m and PROSE not in m
    m = marks("text_sections", f"{PROSE}\nAbout the study\n{bio}\n", kind="text")
    assert bio not in m


def test_text_content_a_list_announced_by_a_colon_stays_in_the_run() -> None:
    items = "Fresh basil leaves\nTwo ripe tomatoes\nOlive oil\n"
    after = f"{PROSE} {PROSE} {PROSE}"
    intro = "For the sauce you will need these things from the market:"
    dump = f"Home\nRecipes\nContact\n{PROSE} {PROSE}\n{intro}\n{items}{after}\n"
    m = marks("text_content", dump, kind="text")
    assert "Home" in m and "Olive oil" not in m and after not in m
    # The same lines without the sentence that announces them are a menu between paragraphs.
    dump = f"{PROSE}\n{items}{after}\n"
    assert "Olive oil" in marks("text_content", dump, kind="text")


def test_text_sections_a_cookie_dialog_goes_as_a_section() -> None:
    notice = (
        "Wir nutzen Cookies auf unserer Website. Einige sind für die Funktionsweise der Webseite"
        " unerlässlich, andere helfen uns, diese Website und Ihre Erfahrung zu verbessern."
    )
    dialog = [
        notice, "Alle akzeptieren", "Nur essenzielle Cookies akzeptieren",
        "Wenn Sie unter 16 Jahre alt sind und Ihre Zustimmung geben möchten, fragen Sie Ihre Eltern.",
        "Cookie- und Datenschutzeinstellungen", "Essenzielle Cookies ermöglichen grundlegende Funktionen.",
    ]  # fmt: skip
    after = "Unsere Redaktion sitzt in Springfield und berichtet jeden Werktag aus der Stadt."
    bakery = "The bakery on Main Street sells cookies, and the school buys its cookies there every week."
    dump = "\n".join([PROSE, bakery, *dialog, after]) + "\n"
    m = marks("text_sections", dump, kind="text")
    assert m[notice][0] == "a cookie or consent dialog's notice"
    assert all(m[line][0] == "in a cookie or consent dialog" for line in dialog[1:])
    assert after not in m and bakery not in m and PROSE not in m


def test_text_sections_a_zero_comment_count_opens_no_thread() -> None:
    dump = f"{PROSE}\n{PROSE} Again.\n0 Comments\n{PROSE} And more.\n"
    assert f"{PROSE} And more." not in marks("text_sections", dump, kind="text")
    dump = f"{PROSE}\n{PROSE} Again.\n2 Comments\n{PROSE} And more.\n"
    assert f"{PROSE} And more." in marks("text_sections", dump, kind="text")


def test_text_content_a_short_sentence_does_not_cut_the_run() -> None:
    dump = f"Chapter One\nPrevious\nNext\n{PROSE}\n“Greetings.”\n{PROSE} {PROSE}\n"
    m = marks("text_content", dump, kind="text")
    assert "Next" in m and PROSE not in m and "“Greetings.”" not in m
    # A label in its place does cut it (the paragraph above it stays: it opens the
    # article under its title line).
    cut = marks("text_content", dump.replace("“Greetings.”", "Greetings"), kind="text")
    assert cut["Greetings"][0] == "between the article's opening paragraphs and its run of prose"


def test_text_content_without_a_headline_the_title_line_marks_the_top() -> None:
    title = "Council passes the budget after a long night | The Daily Example"
    head = "Council passes the budget after a long night"
    lines = [title, "Home", "News", head, PROSE, "“We did it.”", "– Mayor", f"{PROSE} {PROSE} {PROSE}"]
    blocks = tuple(Block(i, line, "line") for i, line in enumerate(lines))
    doc = Document("text", blocks, Options())  # no headline in the metadata
    marked = {blocks[m.block].text for m in text_content(doc, blocks)}
    assert "News" in marked and PROSE not in marked and "– Mayor" not in marked


def test_text_content_a_table_of_figures_does_not_cut_the_run() -> None:
    cells = "\n".join(["2019", "15:6", "- 0,176", "12,9"])
    dump = f"Home\nNews\n{PROSE} {PROSE}\n{cells}\n{PROSE} {PROSE}\n"
    m = marks("text_content", dump, kind="text")
    assert "News" in m and "15:6" not in m and f"{PROSE} {PROSE}" not in m
    words = cells.replace("2019", "Sport").replace("12,9", "Kultur")
    assert "Sport" in marks("text_content", dump.replace(cells, words), kind="text")


def test_text_content_a_list_of_labelled_records_after_the_run() -> None:
    records = [
        "Spring tasting",
        "Date: 21 February, 7 pm",
        "Place: The Old Mill, Main Street",
        "Entry: 65 dollars a person",
        "Summer tasting",
        "Date: 29 February, 7 pm",
        "Place: Harbour Bar, Quay Road",
        "Entry: 60 dollars a person",
    ]
    footer = "Contact\nPhone: 555 0100\nFax: 555 0101\nEmail: desk@example.com\nAbout us\nJobs"
    dump = (
        f"Home\nNews\n{PROSE} {PROSE}\n"
        + "\n".join(records)
        + f"\nMore soon\nArchive\nTags\nLogin\n{footer}\n"
    )
    m = marks("text_content", dump, kind="text")
    assert "News" in m and "Entry: 60 dollars a person" not in m and "Summer tasting" not in m
    # A footer's labels come once each: it stays out.
    assert "Fax: 555 0101" in m and "About us" in m


def test_text_content_steps_that_count_up_under_the_run() -> None:
    steps = [
        "Step 1",
        "Cut the foam to fit the dish.",
        "Step 2",
        "Set the plant in the foam.",
        "Step 3",
        "Cover the foam with moss.",
    ]
    footer = "More Like This\nHow to Make a Terrarium\nAbout us\nJobs\nContact\nPrivacy"
    dump = f"Home\nNews\n{PROSE} {PROSE}\nYou will need\nMoss\nFoam\n" + "\n".join(steps) + f"\n{footer}\n"
    m = marks("text_content", dump, kind="text")
    assert "News" in m and "Step 3" not in m and "Cover the foam with moss." not in m and "Moss" not in m
    assert "About us" in m
    # Headings that do not count up from one are no steps.
    m = marks("text_content", dump.replace("Step 1", "Step 4"), kind="text")
    assert "Step 3" in m


def test_text_content_a_menu_of_cards_is_not_prose() -> None:
    cards = [
        "GottesdienstDer Gottesdienst verbindet Menschen zu einer Gemeinschaft, die gemeinsam feiern.",
        "KonfirmationDie Konfirmation ist ein feierlicher Segnungsgottesdienst für die jungen Leute.",
        "BestattungBei einer christlichen Bestattung nehmen Menschen Abschied von einem Verstorbenen.",
    ]
    dump = "\n".join([*cards, "Kontakt", "Kirche", PROSE]) + "\n"
    m = marks("text_content", dump, kind="text")
    assert cards[0] in m and PROSE not in m
    # One such line is a brand name run into its sentence, and stays prose.
    assert cards[0] not in marks("text_content", "\n".join([cards[0], PROSE]) + "\n", kind="text")


def test_text_sections_a_said_line_opens_a_thread_only_with_a_date_or_a_second_one() -> None:
    quote = "“We will keep pushing for loading zones on the side streets,” he told the meeting."
    dump = f"{PROSE}\n{PROSE} Again.\nThe association's president, Greg Ruiz, said:\n{quote}\n{PROSE} More.\n"
    assert not marks("text_sections", dump, kind="text")
    thread = f"{PROSE}\n{PROSE} Again.\nJane says:\nMarch 3, 2025 at 8:12 am\n{PROSE} Reply.\n"
    assert marks("text_sections", thread, kind="text")["Jane says:"][1] == "comment"
    two = f"{PROSE}\n{PROSE} Again.\nKlaus M. schreibt:\n{PROSE} Eins.\nAnna S. schreibt:\n{PROSE} Zwei.\n"
    assert f"{PROSE} Eins." in marks("text_sections", two, kind="text")


def test_text_sections_a_related_list_ends_at_a_sentence_that_introduces_a_quote() -> None:
    lead = "Le rectorat répond que les moyens seront « à la hauteur ». Une porte-parole a déclaré :"
    related = "Lire aussi\nLe recteur annonce la fermeture de trois classes\n"
    dump = f"{PROSE}\n{related}{lead}\n« Personne ne sera laissé seul. »\n"
    m = marks("text_sections", dump, kind="text")
    assert "Le recteur annonce la fermeture de trois classes" in m and lead not in m


def test_text_widgets_glued_share_rows_players_and_tag_lists() -> None:
    rows = [
        "FacebookXCopy linkGift this article",
        "TeilenWhatsAppFacebookE-MailLink kopieren",
        "PartagerFacebookXE-mailCopier le lienOffrir cet article",
        "CompartirFacebookXWhatsAppCopiar enlace",
    ]
    players = ["Listen to this article5:12", "Artikel anhören4:38", "Écouter cet article3 min", "4 min read"]
    tags = ["BikesCity CouncilDowntown", "ÉducationLycéeRéforme"]
    kept = ["Using JavaScript with WordPress", "The new PlayStation", "Listen to the Mayor"]
    kept += ["McKinsey GlobalData"]
    dump = "\n".join([PROSE, *rows, *players, f"{PROSE} Again.", *tags, *kept, f"{PROSE} End."]) + "\n"
    m = marks("text_widgets", dump, kind="text")
    assert all(r in m for r in rows + players + tags)
    assert not any(k in m for k in [*kept, PROSE])


def test_text_widgets_a_ranked_list_glued_into_one_line() -> None:
    ranked = (
        "1 120-year-old photo sparks conspiracy theories 2 Aides allegedly left notes for the new staff "
        "3 Congressman denies he supplied the recording 4 Storm hits the coast"
    )
    kept = "1 in 3 voters said the 2 candidates were alike, and 3 of the 5 debates were cancelled."
    dump = "\n".join([PROSE, ranked, kept, f"{PROSE} Again."]) + "\n"
    m = marks("text_widgets", dump, kind="text")
    assert m[ranked][0] == "a numbered list of headlines glued into one line" and kept not in m


def test_text_widgets_a_newsletter_box_title_goes_with_its_prompt() -> None:
    box = "Get the Morning Ledger\nThe day's top local stories, delivered to your inbox every weekday.\n"
    pipeline = Pipeline().add("boilerplate").add("text_widgets")
    removed = dechrome.clean(f"{PROSE}\n{box}{PROSE} Again.\n", kind="text", pipeline=pipeline).removed
    assert ("Get the Morning Ledger", "text_widgets") in {(r.text, r.filter) for r in removed}
    # A title whose box stays (no prompt under it went) stays too.
    dump = f"{PROSE}\nGet the Morning Ledger\nOur reporters on the morning news\n{PROSE} Again.\n"
    assert "Get the Morning Ledger" in dechrome.clean(dump, kind="text", pipeline=pipeline).body


def test_text_widgets_a_newsletter_box_pitch_over_its_removed_sign_up() -> None:
    box = (
        "Ledger Newsletter\nThe best of the week, as picked by our editors.\n"
        "Contact me with offers from our partners\n"
        "By submitting your information you agree to the Terms & Conditions and Privacy Policy.\n"
    )
    pipeline = Pipeline().add("boilerplate").add("text_widgets")
    removed = {
        r.text: r.filter
        for r in dechrome.clean(f"{PROSE}\n{box}{PROSE} Again.\n", kind="text", pipeline=pipeline).removed
    }
    assert removed["Ledger Newsletter"] == "text_widgets"
    assert removed["The best of the week, as picked by our editors."] == "text_widgets"
    assert removed["Contact me with offers from our partners"] == "text_widgets"
    # Without a removed sign-up under it, a section about a newsletter is the article's.
    section = "Ledger Newsletter\nThe best of the week, as picked by our editors.\n"
    body = dechrome.clean(f"{PROSE}\n{section}{PROSE} Again.\n", kind="text", pipeline=pipeline).body
    assert "The best of the week" in body


def test_text_widgets_a_sign_up_prompt_over_its_removed_button() -> None:
    prompt = "The top local stories, straight to your inbox every morning!"
    dump = f"{PROSE}\n{PROSE} Again.\n{prompt}\nSubscribe\nAbout us\nJobs\nContact\n"
    pipeline = Pipeline().add("text_content").add("text_widgets")
    removed = {r.text: r.filter for r in dechrome.clean(dump, kind="text", pipeline=pipeline).removed}
    assert removed["Subscribe"] == "text_content" and removed[prompt] == "text_widgets"
    # Over a kept line, or over a button that is no sign-up, it stays.
    kept = dechrome.clean(dump.replace("Subscribe", "Home"), kind="text", pipeline=pipeline).body
    assert prompt in kept


def test_text_widgets_headlines_under_a_related_heading_removed_earlier() -> None:
    # "Related" goes as a UI phrase before text_sections could see it; its list stays in
    # the run until this filter, which ends the list at the first sentence (or colon).
    related = "Related\nTwo cyclists injured in Main Street crash\nOpinion: Downtown needs more parking\n"
    dump = f"{PROSE}\n{related}Here are the highlights:\n{PROSE} Again.\n"
    pipeline = Pipeline().add("boilerplate").add("text_widgets")
    removed = {r.text: r.filter for r in dechrome.clean(dump, kind="text", pipeline=pipeline).removed}
    assert removed["Two cyclists injured in Main Street crash"] == "text_widgets"
    assert removed["Opinion: Downtown needs more parking"] == "text_widgets"
    assert "Here are the highlights:" not in removed


def test_text_bio_the_authors_biography_after_the_last_paragraph() -> None:
    bio = "Maya Chen covers city hall for the Ledger. Reach her at maya.chen@ledger.example."
    quote = "Maya Chen, who lives on Main Street, said she would ride to work from June on."
    top = "Bike lanes approved\nBy Maya Chen\n"
    dump = f"{top}{PROSE}\n{PROSE} Again.\n{quote}\n{bio}\n"
    m = marks("text_bio", dump, kind="text")
    assert bio in m and quote not in m
    assert not marks("text_bio", f"{top}{PROSE}\n{PROSE} Again.\n{PROSE} End.\n", kind="text")
    # By the first name alone, it says what she is; the story's own "Maya said" does not.
    short = "Maya is a reporter for the Ledger. She covers city hall and the council's budget."
    said = "Maya said the lanes would be painted green, and the council agreed to pay for it."
    m = marks("text_bio", f"{top}{PROSE}\n{PROSE} Again.\n{said}\n{short}\n", kind="text")
    assert short in m and said not in m
    # An author box under the headline prints it over the first paragraph.
    dump = f"{top}{bio}\n{PROSE}\n{PROSE} Again.\n{PROSE} End.\n"
    article = dechrome.clean(dump, kind="text", pipeline=Pipeline().add("field_lines").add("text_bio"))
    assert {r.text: r.reason for r in article.removed}[bio] == "the author's biography over the article"


def test_text_layout_a_headline_under_the_run_of_prose_cuts_nothing_above_it() -> None:
    # The headline is read from a caption under the article: the paragraphs above it are
    # the article, although the teaser cards further down hold more prose in all.
    paras = "\n".join(f"{PROSE} Paragraph {n} of the story." for n in range(3))
    cards = "\n".join(
        f"Story {n}\nOpinion\n{PROSE} A teaser of another story, number {n}, sums it up here.\nRead more"
        for n in range(5)
    )
    dump = f"Storm closes schools | Daily Ledger\nHome\nNews\n{paras}\nStorm closes schools\n{cards}\n"
    article = dechrome.clean(dump, kind="text")
    assert article.headline == "Storm closes schools"
    assert "Paragraph 0 of the story." in article.body


def test_text_content_a_recipe_card_after_a_long_story_is_the_article() -> None:
    story = [
        f"{PROSE} Part {n} of a long story about the family kitchen, the market and the stove."
        for n in range(12)
    ]
    card = [
        "Pear Jam", "Prep Time: 15 minutes", "Servings: 4 jars", "Ingredients", "8 ripe pears",
        "1 lemon", "6 tbsp pectin", "1 tsp cinnamon", "1 jar of honey", "Instructions",
        "Core, peel and cube the pears and put them in a pot with the juice of the lemon.",
        "Add the pectin and the honey, and boil until it sticks to the spoon.",
        "Spoon the jam into warm jars and let them cool for a day.",
    ]  # fmt: skip
    tail = [
        "Share",
        "Facebook",
        "Twitter",
        "More recipes",
        "Apple Pie",
        "Plum Cake",
        "Pear Tart",
        "Contact us",
    ]
    # The card ends with its steps: the comments under the page's links do not join it.
    comments = [
        f"I made this jam today and it turned out really good, thank you! {PROSE} ({n})" for n in range(5)
    ]
    dump = "\n".join(["Pear jam | Kitchen", "Home", "Recipes", "Pear jam", *story, *card, *tail, *comments])
    m = marks("text_content", dump + "\n", kind="text")
    assert not any(line in m for line in story + card)
    assert "Apple Pie" in m and "Contact us" in m and comments[-1] in m


def test_text_content_a_recipe_card_over_the_story_keeps_its_ingredients_heading() -> None:
    # The card joins the run from its ingredients heading: above the run, the heading stayed
    # out while the list under it came in.
    story = [f"{PROSE} Part {n} of a story about the kitchen, the market and the stove." for n in range(12)]
    card = [
        "Ingredients", "8 ripe pears", "1 lemon", "6 tbsp pectin", "1 tsp cinnamon", "1 jar of honey",
        "Instructions",
        "Core, peel and cube the pears and put them in a pot with the juice of the lemon.",
        "Add the pectin and the honey, and boil until it sticks to the spoon.",
    ]  # fmt: skip
    menu = ["Home", "Recipes", "About", "Contact", "Shop"]
    dump = "\n".join(["Pear jam | Kitchen", *menu, "Pear jam", *card, *story, "Share", "Contact us"])
    m = marks("text_content", dump + "\n", kind="text")
    assert not any(line in m for line in card + story)
    assert "Shop" in m and "Contact us" in m


def test_text_widgets_share_buttons_spelled_out_with_their_counts() -> None:
    rows = [
        "Sharen mit:",
        "Klick, um über Twitter zu teilen (Wird in neuem Fenster geöffnet)",
        "Cliquez pour partager sur Facebook (ouvre dans une nouvelle fenêtre)",
        "61Click to share on Facebook (Opens in new window)61",
        "858shares",
    ]
    kept = ["Mit dem Rad zur Arbeit", "Open the new window in 2 minutes"]
    dump = "\n".join([PROSE, f"{PROSE} Again.", *rows, *kept, f"{PROSE} End."]) + "\n"
    m = marks("text_widgets", dump, kind="text")
    assert all(r in m for r in rows)
    assert not any(k in m for k in [*kept, PROSE])


def test_text_layout_a_name_that_ends_in_a_capital_is_no_glued_teaser() -> None:
    # "GmbH" or "FoodCorp" is one word, not a headline run into a summary; a one-letter
    # word ("A", "I") may still open the summary.
    kept = [
        "Beide Parteien streben den Abschluss des Erwerbs der Valendo GmbH in der zweiten Jahreshälfte an.",
        "Neue Regeln für Mieter Und Vermieter Ab Januar GmbH in der Stadt gelten ab dem ersten Tag im Jahr.",
    ]
    teaser = (
        "Customers Leave Without Paying Bill At Troy SteakhouseA party of six left without paying the bill."
    )
    m = marks("text_layout", "\n".join([*kept, teaser]) + "\n", kind="text")
    assert teaser in m and not any(k in m for k in kept)


def test_text_layout_a_caption_that_ends_with_a_credit_holding_a_dot() -> None:
    captions = [
        "Erdölpumpen im Abendrot. Bild: TebNad/Shutterstock.com",
        "Nicht labern, ranklotzen! Foto: Timur | flickr | CC BY 2.0",
        "A reference module for a crewed Mars mission. Credit: ESA",
    ]
    kept = [
        "The photo: a man on a bridge, taken at dawn by a reader who sent it to us last week.",
        f"{PROSE} " * 3 + "Photo: the council.",
    ]
    m = marks("text_layout", "\n".join([PROSE, *captions, *kept]) + "\n", kind="text")
    assert all(m[c] == ("a caption that ends with its photo credit", "caption") for c in captions)
    assert not any(k.strip() in m for k in kept)


def test_text_bio_a_bloggers_introduction_after_the_article() -> None:
    intro = (
        "Ich bin Steffi, bekennende Tiernärrin und Dosenöffner für drei Kater. Ich schreibe hier über Tiere."
    )
    end = "Ich bin einverstanden, dass die Stadt die Wege neu baut, sagte die Anwohnerin am Ende."
    dump = f"{PROSE}\n{PROSE} Again.\n{PROSE} Once more.\n{end}\n{intro}\n"
    m = marks("text_bio", dump, kind="text")
    assert m[intro][0] == "a blogger's introduction after the article" and end not in m
    # In the article's run, not at its end, it stays.
    assert not marks(
        "text_bio", f"{PROSE}\n{intro}\n{PROSE} Again.\n{PROSE} Once more.\n{end}\n", kind="text"
    )


def test_text_sections_german_most_read_and_sister_site_boxes() -> None:
    article = f"{PROSE}\n{PROSE} Again.\n"
    for title in (
        "Die meistgelesenen Artikel bei SWR.de/Sport",
        "Auch auf gofeminin.de",
        "Artikel zum Thema",
    ):
        m = marks("text_sections", f"{article}{title}\nNeue Regeln für den Sport\n", kind="text")
        assert m[title][0] == "a related-stories heading" and "Neue Regeln für den Sport" in m
    assert not marks("text_sections", f"{article}Auch auf dem Land\nNeue Regeln für den Sport\n", kind="text")
