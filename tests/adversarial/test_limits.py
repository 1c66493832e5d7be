"""Each limit in `Options` does what docs/limits.md says, and says so in the result or the error."""

from __future__ import annotations

import time
from typing import Any

import pytest

import dechrome
from dechrome import Options

from .article import article_html, article_text, found, page


def test_max_bytes_refuses_before_any_work() -> None:
    with pytest.raises(dechrome.InputTooLargeError, match="max_bytes=1,000"):
        dechrome.clean(b"x" * 1001, options=Options(max_bytes=1000))
    with pytest.raises(dechrome.LimitExceededError, match="characters"):
        dechrome.clean("x" * 1001, options=Options(max_bytes=1000))


def test_time_budget_names_the_stage() -> None:
    with pytest.raises(dechrome.TimeBudgetExceededError, match="after decoding"):
        dechrome.clean(page().encode(), options=Options(time_budget=-1.0))
    with pytest.raises(dechrome.TimeBudgetExceededError, match="after decoding"):
        dechrome.load(page(), deadline=time.monotonic() - 1)


def test_time_budget_covers_the_filters() -> None:
    def slow(doc: object, blocks: object) -> list[dechrome.Mark]:
        time.sleep(0.05)
        return []

    pipe = dechrome.Pipeline.default().add(slow, name="slow", first=True)
    with pytest.raises(dechrome.TimeBudgetExceededError, match="'slow'"):
        dechrome.clean(page(), pipeline=pipe, options=Options(time_budget=0.04))


def test_deep_content_is_flattened_not_dropped() -> None:
    deep = "<div>" * 40 + article_html() + "</div>" * 40
    result = dechrome.clean(page(before=deep), options=Options(max_depth=20))
    assert found(result.body)


def test_past_libxml2s_depth_the_text_stays_and_a_note_says_why() -> None:
    result = dechrome.clean(page(before="<section><div>" * 3000))
    assert found(result.body)
    assert any("nesting" in note for note in result.notes)


def test_max_nodes_reads_the_page_as_text() -> None:
    junk = "<span>x</span>" * 3000
    result = dechrome.clean(page(after=junk), options=Options(max_nodes=1000))
    assert result.kind == "text"
    assert any("max_nodes" in note for note in result.notes)
    assert found(result.body)
    tags = "<i>" * 5000
    result = dechrome.clean(page(after=tags), options=Options(max_nodes=1000))
    assert any("tags" in note for note in result.notes)  # refused before parsing


def test_max_blocks_keeps_all_text() -> None:
    items = "".join(f"<p>Item number {i}.</p>" for i in range(300))
    result = dechrome.clean(page(after=items), options=Options(max_blocks=100))
    assert found(result.body)
    assert any("max_blocks" in note for note in result.notes)
    assert "Item number 299." in " ".join(r.text for r in result.removed) + result.body
    dump = article_text() + "".join(f"\nline {i}" for i in range(500))
    result = dechrome.clean(dump, options=Options(max_blocks=100))
    assert found(result.body)


def test_attribute_floods_lose_their_attributes() -> None:
    flood = "<div " + " ".join(f"a{i}=x" for i in range(5000)) + ">flood</div>"
    result = dechrome.clean(page(before=flood))
    assert found(result.body)
    assert any("attributes" in note for note in result.notes)


@pytest.mark.parametrize("bad", [12345, None, ["<p>x</p>"]])
def test_wrong_argument_types(bad: Any) -> None:
    with pytest.raises(dechrome.InvalidArgumentError, match="str or bytes"):
        dechrome.clean(bad)


def test_unknown_kind() -> None:
    with pytest.raises(dechrome.InvalidArgumentError, match="kind"):
        dechrome.clean("x", kind="pdf")  # type: ignore[arg-type]


def test_a_bug_reaches_the_caller_as_a_dechrome_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import dechrome.api

    def broken(*args: object) -> object:
        raise KeyError("boom")

    monkeypatch.setattr(dechrome.api, "extract_metadata", broken)
    with pytest.raises(dechrome.ExtractionError, match="KeyError") as info:
        dechrome.clean(page())
    assert isinstance(info.value.__cause__, KeyError)


def test_every_error_is_a_dechrome_error() -> None:
    for name in dechrome.__all__:
        obj = getattr(dechrome, name)
        if isinstance(obj, type) and issubclass(obj, Exception):
            assert issubclass(obj, dechrome.DechromeError), name
            assert obj.__doc__
