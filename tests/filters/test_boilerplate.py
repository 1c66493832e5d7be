from .helpers import PROSE, marks, page


def test_ui_phrases_prompts_and_urls() -> None:
    m = marks("boilerplate", page(
        "<p>Advertisement</p><p>Read more</p>"
        "<p>We use cookies to improve your experience on our site.</p>"
        "<p>Sign up for our daily newsletter to get the news.</p>"
        "<p>Thanks for reading Dana's Notes! Subscribe for free to receive new posts and support my work.</p>"
        "<p>https://example.com/news/2024/story.html</p>"
        f"<p>{PROSE}</p><p>Readers told us more about the cookies they bake.</p>"
    ))  # fmt: skip
    assert {"Advertisement", "Read more", "https://example.com/news/2024/story.html"} <= set(m)
    assert "We use cookies to improve your experience on our site." in m
    assert "Sign up for our daily newsletter to get the news." in m
    assert any(text.startswith("Thanks for reading Dana's Notes!") for text in m)
    assert PROSE not in m and "Readers told us more about the cookies they bake." not in m


def test_comment_moderation_notices_in_several_languages() -> None:
    notices = [
        "Comments are moderated and will appear once approved.",
        "ATENÇÃO: Comentários ofensivos não serão aprovados pelo moderador.",
        "Kommentare werden vor der Veröffentlichung freigeschaltet.",
    ]
    m = marks("boilerplate", page("".join(f"<p>{n}</p>" for n in notices) + f"<p>{PROSE}</p>"))
    assert set(notices) <= set(m)
    assert PROSE not in m


def test_ad_labels() -> None:
    m = marks("boilerplate", page(f"<p>Report this ad</p><p>Ad Feedback</p><p>{PROSE}</p>"))
    assert {"Report this ad", "Ad Feedback"} <= set(m)


def test_alert_signups_go_but_sentences_about_email_stay() -> None:
    m = marks("boilerplate", page(
        "<p>Get Breaking News alerts to your inbox</p>"
        "<p>Scammers sent thousands of fake invoices to inboxes across the county last week.</p>"
    ))  # fmt: skip
    assert "Get Breaking News alerts to your inbox" in m
    assert len(m) == 1


def test_a_blog_themes_filing_note_goes() -> None:
    note = "This entry was posted in Travel and tagged Berlin, bikes. Bookmark the permalink."
    german = "Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht."
    m = marks("boilerplate", page(f"<p>{PROSE}</p><p>{note}</p><p>{german}</p>"))
    assert note in m and german in m
    assert PROSE not in m


def test_chinese_ui_words_and_editor_lines() -> None:
    story = "国家统计局周二公布的数据显示，今年前两个月全国规模以上工业增加值同比增长百分之六点三。"
    m = marks("boilerplate", page(
        f"<p>{story}</p><p>登录</p><p>取消</p><p>返回顶部</p><p>责任编辑：王小明</p>"
        "<p>发稿时间：2017-03-10 08:42:00 来源：中国青年网</p>"
    ))  # fmt: skip
    assert {"登录", "取消", "返回顶部", "责任编辑：王小明"} <= set(m)
    assert "发稿时间：2017-03-10 08:42:00 来源：中国青年网" in m
    assert story not in m


def test_prompt_sentences_by_first_character_match_as_the_alternation() -> None:
    import re

    from dechrome.filters.vocab import _BOILER_PHRASES, BOILER_SENTENCES

    plain = re.compile(r"(?<!\w)" + _BOILER_PHRASES)
    assert BOILER_SENTENCES.pattern != plain.pattern  # every phrase could be rewritten
    texts = [
        "© 2024 example", "a©2024", "(c) 2019 x", "x(c) 2019", "please enable javascript",
        "enable javascript", "xenable javascript", "with reporting by ap", "additional writing by x",
        "he said, with reporting by x",
        "责任编辑：张三", "a 责任编辑：", "tags: news", "news tags: x", "kommentare werden freigeschaltet",
        "den artikel mit anderen teilen", "artikel mit anderen teilen", "log in to post a comment",
        "click on the red button", "nothing to see here", "",
    ]  # fmt: skip
    for text in texts:
        assert bool(BOILER_SENTENCES.search(text)) == bool(plain.search(text)), text


def test_read_more_lines_and_post_meta() -> None:
    chrome = [
        "Read more: Storm hits the coast road again",
        "Lesen Sie auch: Neue Radwege für die Hauptstraße",
        "À lire aussi : La mairie vote le budget",
        "Dieser Eintrag wurde veröffentlicht in Innovation und verschlagwortet mit Design.",
        "Teile diesen Beitrag auf Social Media.",
    ]
    kept = ["He said: read more: that is all.", "Read more of the report, the mayor told the council."]
    m = marks("boilerplate", page("".join(f"<p>{t}</p>" for t in chrome + kept) + f"<p>{PROSE}</p>"))
    assert set(chrome) <= set(m)
    assert not set(kept) & set(m)


def test_post_meta_pdf_links_and_inbox_prompts() -> None:
    chrome = [
        "Veröffentlicht in: Originalbeitrag",
        "Dieses Skript als PDF herunterladen",
        "Lust auf mehr? Lass dir die besten Storys jede Woche in deinen Posteingang liefern.",
        "Teilen mit:",
    ]
    m = marks("boilerplate", page("".join(f"<p>{t}</p>" for t in chrome) + f"<p>{PROSE}</p>"))
    assert set(chrome) <= set(m)


def test_labels_that_carry_the_reader_past_an_ad() -> None:
    labels = [
        "Story continues below advertisement",
        "ADVERTISEMENT - CONTINUE READING BELOW",
        "Article continues after this advertisement",
        "Advertisement: Scroll to continue",
        "Weiterlesen nach der Anzeige",
        "La suite après la publicité",
    ]
    sentence = "The story continues below the bridge, where advertisements once hung."
    body = "".join(f"<p>{x}</p>" for x in labels) + f"<p>{sentence}</p><p>{PROSE}</p>"
    m = marks("boilerplate", page(body))
    assert set(labels) <= set(m)
    assert sentence not in m and PROSE not in m


def test_players_galleries_apps_and_paywalls_label_themselves() -> None:
    labels = [
        "1 of 12",
        "Now playing",
        "Sponsored by Acme Bank",
        "Click to expand",
        "Show full article",
        "Open in app",
        "Download the app",
        "Posted in News, Politics",
        "You've reached your limit of free articles.",
        "Have a news tip? Email us at tips@example.com.",
    ]
    sentence = "The 3 of 12 jurors who voted no said the evidence was thin."
    m = marks("boilerplate", page("".join(f"<p>{x}</p>" for x in labels) + f"<p>{sentence}</p>"))
    assert set(labels) <= set(m)
    assert sentence not in m
