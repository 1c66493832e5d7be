"""Hostile and broken input: a clean result or a clear dechrome error, never a crash or a hang.

Each case also has to come back within `BUDGET` seconds (checked loosely here; the
library's own `Options.time_budget` is what enforces time), and an article hidden in
the junk has to be found.
"""

from __future__ import annotations

import codecs
import os
import time

import pytest

import dechrome

ARTICLE = (
    "<h1>Bridge reopens after repairs</h1>"
    "<p>The old stone bridge over the river reopened to traffic on Monday after eight months of repairs "
    "to its arches.</p><p>Engineers replaced more than four hundred stones and strengthened the "
    "foundations against winter floods.</p><p>The council said buses would return to their usual "
    "route through the town centre from next week.</p>"
)
SENTENCE = "The old stone bridge over the river reopened to traffic on Monday"
BUDGET = 30.0


def run(page: str | bytes, **kw: object) -> dechrome.Article | dechrome.DechromeError:
    start = time.monotonic()
    try:
        result: dechrome.Article | dechrome.DechromeError = dechrome.clean(page, **kw)  # type: ignore[arg-type]
    except dechrome.DechromeError as exc:
        result = exc
    assert time.monotonic() - start < BUDGET
    return result


def article_in(page: str | bytes) -> None:
    result = run(page)
    assert isinstance(result, dechrome.Article), result
    assert SENTENCE in result.body


@pytest.mark.parametrize("page", ["", "   \n\t  ", b"", b"\n\n"])
def test_empty(page: str | bytes) -> None:
    result = run(page)
    assert isinstance(result, dechrome.Article) and result.body == ""


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + os.urandom(3000),
        b"%PDF-1.7\n" + os.urandom(3000),
        b"PK\x03\x04" + os.urandom(500),
        b"\x1f\x8b\x08" + os.urandom(500),
        bytes(range(256)) * 40,
    ],
)
def test_binary_is_refused_clearly(data: bytes) -> None:
    result = run(data)
    assert isinstance(result, dechrome.NotAPageError)
    assert "not a web page" in str(result) or "binary" in str(result)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("bom", [True, False])
def test_wide_encodings(codec: str, bom: bool) -> None:
    page = f"<html><body><article>{ARTICLE}</article></body></html>"
    mark = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
            "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}[codec]  # fmt: skip
    article_in((mark if bom else b"") + page.encode(codec))


def test_lying_meta_charset_and_mostly_valid_utf8() -> None:
    page = f'<html><head><meta charset="iso-8859-1"></head><body>{ARTICLE}<p>Café • naïve</p></body></html>'
    result = run(page.encode("utf-8"))
    assert isinstance(result, dechrome.Article) and SENTENCE in result.body
    broken = page.encode("utf-8").replace(b"Monday after", b"Monday\xff after")
    result = run(broken)
    assert isinstance(result, dechrome.Article)
    assert "Ã" not in result.body  # no mojibake from reading UTF-8 as Latin-1


def test_real_latin1_page() -> None:
    page = (
        '<html><head><meta charset="iso-8859-1"></head><body>'
        "<p>Über die Brücke fährt wieder der Bus, sagte die Stadt am Montag.</p></body></html>"
    )
    result = run(page.encode("latin-1"))
    assert isinstance(result, dechrome.Article) and "Über die Brücke fährt" in result.body


def test_nul_bytes_and_lone_surrogates() -> None:
    article_in(f"\0<html><body>\0{ARTICLE}\0</body></html>\0")
    article_in(f"\0<html><body>\0{ARTICLE}\0</body></html>\0".encode())  # NUL reads as a space
    result = run(f"<html><body>{ARTICLE}<p>bad \ud800 surrogate</p></body></html>")
    assert isinstance(result, dechrome.Article)
    result.body.encode("utf-8")  # the body is always valid text


def test_deep_nesting_keeps_text() -> None:
    depth = 100_000
    article_in("<html><body>" + "<div>" * depth + ARTICLE + "</div>" * depth + "</body></html>")


def test_deep_inline_nesting_keeps_text() -> None:
    depth = 100_000
    result = run(
        "<html><body><p>" + "<span>" * depth + SENTENCE + "." + "</span>" * depth + "</p></body></html>"
    )
    assert isinstance(result, dechrome.Article) and SENTENCE in " ".join(result.body.split())


def test_huge_text_node() -> None:
    result = run("<html><body><p>" + "word " * 4_000_000 + "</p></body></html>")  # 20 MB
    assert isinstance(result, dechrome.Article) and result.body.startswith("word word")


def test_unclosed_tags() -> None:
    article_in("<html><body>" + "<div><span><b>" * 50_000 + ARTICLE)


def test_external_entities_never_read(tmp_path: object) -> None:
    secret = "TOP-SECRET-CONTENT-4242"
    path = os.path.join(str(tmp_path), "secret.txt")
    with open(path, "w") as f:
        f.write(secret)
    page = (
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{path}">]>'
        f'<html xmlns="http://www.w3.org/1999/xhtml"><body><p>&xxe;</p>{ARTICLE}<p>&xxe;</p></body></html>'
    )
    for data in (page, page.encode()):
        result = run(data)
        assert isinstance(result, dechrome.Article)
        assert secret not in result.to_json(trace=True)


def test_billion_laughs_is_inert() -> None:
    ents = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
        for i in range(1, 10)
    )
    page = f'<?xml version="1.0"?><!DOCTYPE lolz [{ents}]><html><body><p>&lol9;</p>{ARTICLE}</body></html>'
    result = run(page)
    assert isinstance(result, dechrome.Article)
    assert result.body.count("lol") < 100


def test_regex_bait() -> None:
    result = run("<html><body><p>" + "a" * 2_000_000 + "</p></body></html>")
    assert isinstance(result, dechrome.Article)
    article_in("<html><body>" + "<p>Share this article</p>" * 50_000 + ARTICLE + "</body></html>")
    result = run("<html><body><p>" + "Read more " * 50_000 + "</p></body></html>")
    assert isinstance(result, dechrome.Article)


def test_article_in_junk() -> None:
    junk = "<div class='ad'>" + "<a href='#'>link</a> " * 5_000 + "</div>"
    article_in(f"<html><body>{junk}<article>{ARTICLE}</article>{junk}</body></html>")
    article_in(f"<html><body>{'<table><tr><td>' * 2_000}<article>{ARTICLE}</article></body></html>")
    sprite = "<svg>" + "<g><title>icon</title></g>" * 5_000 + "</svg>"
    article_in(f"<html><body>{sprite}<article>{ARTICLE}</article></body></html>")


def test_limits_are_clear_errors() -> None:
    with pytest.raises(dechrome.LimitExceededError, match="max_bytes"):
        dechrome.clean("x" * 1000, options=dechrome.Options(max_bytes=100))
    with pytest.raises(dechrome.TimeBudgetExceededError):
        dechrome.clean(
            f"<html><body>{ARTICLE * 200}</body></html>", options=dechrome.Options(time_budget=0.0)
        )


def test_not_a_page_type() -> None:
    with pytest.raises(dechrome.DechromeError):
        dechrome.clean(12345)  # type: ignore[arg-type]
