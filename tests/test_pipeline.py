"""The filter API: list, disable, add, reorder, replace, and the trace of removals."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pytest

import dechrome
from dechrome import Block, Document, Mark, Pipeline

PAGE = """<html><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Storm hits the coast</h1>
<p>The storm reached the coast on Monday night, and the wind tore roofs from houses in three towns.</p>
<p>Officials said the damage would take weeks to repair, and schools stayed closed on Tuesday.</p>
<p>SECRET-WORD appears in this paragraph, which a custom filter will remove from the body.</p>
</article>
<footer><p>Copyright 2024 Example News. All rights reserved.</p></footer>
</body></html>"""


def drop_secret(doc: Document, blocks: Sequence[Block]) -> Iterable[Mark]:
    for b in blocks:
        if "SECRET-WORD" in b.text:
            yield Mark(b.index, "contains the secret word")


def test_default_pipeline_lists_its_filters() -> None:
    names = Pipeline.default().names
    assert {
        "structural",
        "icons",
        "share",
        "captions",
        "navigation",
        "repeated",
        "boilerplate",
        "content",
    } <= set(names)
    assert "content" in Pipeline.default().describe()


def test_trace_names_filter_and_reason() -> None:
    article = dechrome.clean(PAGE)
    by_text = {r.text: r for r in article.removed}
    assert by_text["Home News"].filter == "navigation"
    assert by_text["Copyright 2024 Example News. All rights reserved."].filter == "structural"
    assert "footer" in by_text["Copyright 2024 Example News. All rights reserved."].reason
    assert "Home News" not in article.body
    assert "filter" in article.to_json(trace=True)


def test_add_plain_callable_before_named_filter() -> None:
    pipe = Pipeline.default().add(drop_secret, before="content")
    assert pipe.names.index("drop_secret") == pipe.names.index("content") - 1
    article = dechrome.clean(PAGE, pipeline=pipe)
    assert "SECRET-WORD" not in article.body
    assert any(r.filter == "drop_secret" and r.reason == "contains the secret word" for r in article.removed)
    assert "The storm reached the coast" in article.body


def test_add_class_instance_with_name() -> None:
    class DropStorm:
        name = "no_storm"
        kinds = ("html",)

        def __call__(self, doc: Document, blocks: Sequence[Block]) -> Iterable[Mark]:
            return [Mark(b.index, "storm") for b in blocks if b.text.startswith("The storm")]

    article = dechrome.clean(PAGE, pipeline=Pipeline.default().add(DropStorm(), first=True))
    assert article.removed[0].filter in {"no_storm", "navigation"}
    assert "The storm reached" not in article.body


def test_disable_keeps_what_the_filter_would_drop() -> None:
    article = dechrome.clean(PAGE, disable=["navigation", "content", "edges"])
    assert "Home News" in article.body


def test_reorder_replace_and_errors() -> None:
    pipe = Pipeline.default()
    flipped = pipe.reorder(list(reversed(pipe.names)))
    assert flipped.names == tuple(reversed(pipe.names))
    swapped = pipe.replace("share", drop_secret)
    assert "drop_secret" in swapped.names and "share" not in swapped.names
    with pytest.raises(dechrome.PipelineError):
        pipe.without("no-such-filter")
    with pytest.raises(dechrome.PipelineError):
        pipe.add(pipe.get("share"))  # duplicate name
    with pytest.raises(dechrome.PipelineError):
        pipe.reorder(["share"])


def test_filter_by_builtin_name_and_failing_filter() -> None:
    assert Pipeline().add("share").names == ("share",)

    def broken(doc: Document, blocks: Sequence[Block]) -> Iterable[Mark]:
        raise ValueError("boom")

    with pytest.raises(dechrome.FilterError, match="broken"):
        dechrome.clean(PAGE, pipeline=Pipeline.default().add(broken))


def test_article_is_frozen_and_serialises() -> None:
    article = dechrome.clean(PAGE)
    with pytest.raises(AttributeError):
        article.body = "x"  # type: ignore[misc]
    d = article.to_dict()
    assert d["headline"] == "Storm hits the coast"
    assert article.body.split("\n\n") == list(article.paragraphs)


def test_third_party_filter_by_entry_point(monkeypatch: pytest.MonkeyPatch) -> None:
    """A package's filter, published under the `dechrome.filters` group, is added by name."""

    class FakeEntryPoint:
        name = "drop_secret"

        def load(self) -> object:
            return drop_secret

    import dechrome.pipeline as pipeline_module

    def fake_entry_points(group: str) -> list[FakeEntryPoint]:
        return [FakeEntryPoint()] if group == "dechrome.filters" else []

    monkeypatch.setattr(pipeline_module, "entry_points", fake_entry_points)
    pipe = Pipeline.default().add("drop_secret", before="content")
    article = dechrome.clean(PAGE, pipeline=pipe)
    assert "SECRET-WORD" not in article.body
    assert any(r.filter == "drop_secret" for r in article.removed)
