"""Headline precedence on pages whose titles are not all headlines."""

from __future__ import annotations

import dechrome
from dechrome.metadata import normalize


def test_section_h1_loses_to_the_h1_the_best_title_agrees_with() -> None:
    # The section's <h1> "News" agrees with <title> "News - Eawag"; the story's <h1> with og:title.
    html = """<html><head><title>News - Eawag</title><meta property="og:site_name" content="Eawag">
        <meta property="og:title" content="The first electron matters"></head>
        <body><h1>News</h1><h1>The first electron matters</h1><p>Text.</p></body></html>"""
    assert dechrome.clean(html).headline == "The first electron matters"


def test_one_word_h1_does_not_agree_by_one_shared_word() -> None:
    html = """<html><head>
        <meta property="og:title" content="Culture | Literature | Book of the week: a story"></head>
        <body><h1>Literature</h1><p>Text.</p></body></html>"""
    assert dechrome.clean(html).headline != "Literature"
    # ... but it does with a title that starts with it.
    html = """<html><head><title>Mozilla - Wikipedia</title></head>
        <body><h1>Mozilla</h1><p>Text.</p></body></html>"""
    assert dechrome.clean(html).headline == "Mozilla"


def test_generic_or_site_title_gives_way_to_the_h1() -> None:
    html = """<html><head><title>Home</title></head>
        <body><h1>Time to say goodbye.</h1><p>Text.</p></body></html>"""
    assert dechrome.clean(html).headline == "Time to say goodbye."
    html = """<html><head><meta property="og:title" content="Icon Magazine">
        <meta property="og:site_name" content="Icon Magazine"></head>
        <body><h1>Before and after</h1><p>Text.</p></body></html>"""
    assert dechrome.clean(html).headline == "Before and after"
    assert normalize.is_generic_title("Startseite") and not normalize.is_generic_title("Home alone")


def test_subtitle_and_kicker_inside_the_h1() -> None:
    html = """<html><body><h1 class="article-title"><span>Dezuka Suisan: Fish Cakes, Hot and Fresh</span>
        <small class="article-subtitle">Welcome to the Flavor Capital of Northern Japan</small></h1>
        <p>Text.</p></body></html>"""
    assert dechrome.clean(html).headline == "Dezuka Suisan: Fish Cakes, Hot and Fresh"
    # A kicker set off by a separator goes; one run into the title stays, as it reads.
    html = """<html><body><h1><span class="kicker">Klimaschutz</span>: Bohren, bis es heiß wird</h1>
        <p>Text.</p></body></html>"""
    assert dechrome.clean(html).headline == "Bohren, bis es heiß wird"
    html = """<html><body><h1><span class="article-subtitle">MTB-Reifen auf Tubeless umrüsten</span>
        Schritt für Schritt zum Tubeless-Reifen</h1><p>Text.</p></body></html>"""
    got = dechrome.clean(html).headline
    assert got == "MTB-Reifen auf Tubeless umrüsten Schritt für Schritt zum Tubeless-Reifen"


def test_the_urls_domain_is_a_site_name_too() -> None:
    def titled(title: str) -> str:
        return f"<html><head><title>{title}</title></head><body><p>Text.</p></body></html>"

    got = dechrome.clean(titled("energieverbraucher.de | Gaspreise"), "https://www.energieverbraucher.de/a/")
    assert got.headline == "Gaspreise"
    got = dechrome.clean(titled("Magic Cleaning | sheego ♥ Magazin"), "https://www.sheego.de/magazin/a/")
    assert got.headline == "Magic Cleaning"
    # The domain's name inside the title proper stays.
    got = dechrome.clean(titled("Apple unveils a phone | Newsroom"), "https://www.apple.com/newsroom/a/")
    assert got.headline == "Apple unveils a phone"
