"""The benchmark's pieces: the body metric (ScrapingHub's evaluate.py) on cases small enough to count
by hand, grouping pages by site, and the records of the memory benchmark."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from benchmarks.metric import aggregate, aggregate_pooled, contains, field_outcome, score_body, shingles


def test_identical_and_disjoint() -> None:
    assert score_body("one two three four five", "one two three four five").f1 == 1.0
    assert score_body("one two three four five", "six seven eight nine ten").f1 == 0.0
    both_empty = score_body("", "")
    assert (both_empty.tp, both_empty.fp, both_empty.fn) == (0.0, 0.0, 0.0)
    assert both_empty.precision == both_empty.recall == 1.0


def test_partial_by_hand() -> None:
    # truth: a b c d e f -> shingles abcd, bcde, cdef (3)
    # got:   a b c d e x -> shingles abcd, bcde, cdex (3)
    # tp = 2, fp = 1, fn = 1 -> normalised 0.5 / 0.25 / 0.25, page P = R = 2/3
    s = score_body("a b c d e f", "a, b. c d e x")
    assert (s.tp, s.fp, s.fn) == (0.5, 0.25, 0.25)
    # With a perfect page: P and R are the means of the pages' values, (2/3 + 1) / 2.
    agg = aggregate([s, score_body("a b c d", "a b c d")])
    assert agg.precision == pytest.approx(5 / 6)
    assert agg.f1 == pytest.approx(5 / 6)
    # The pooled reading averages tp/fp/fn first: tp .75, fp .125 -> P = .75 / .875.
    assert aggregate_pooled([s, score_body("a b c d", "a b c d")]).precision == pytest.approx(0.75 / 0.875)


def test_an_empty_prediction_counts_in_recall_only() -> None:
    agg = aggregate([score_body("a b c d", ""), score_body("a b c d", "a b c d")])
    assert agg.precision == 1.0
    assert agg.recall == 0.5


def test_tokens_keep_their_case_and_short_texts_are_one_shingle() -> None:
    assert shingles("Hello world") == {("Hello", "world"): 1}
    assert score_body("The cat sat down", "the cat sat down").f1 == 0.0


def test_field_outcomes() -> None:
    assert field_outcome(None, "x") is None
    assert field_outcome("", None) == "right"
    assert field_outcome("", "Jane Doe") == "spurious"
    assert field_outcome("Jane Doe", None) == "missing"
    assert field_outcome("Jane Doe", "John Roe") == "wrong"
    assert field_outcome("Russia ‘looking’", "russia 'looking'") == "right"


def test_bylines_compare_as_sets_of_names_however_joined() -> None:
    def byline(truth: str, got: str) -> str | None:
        return field_outcome(truth, got, authors=True)

    assert byline("David Brand and Ramsey Khalifeh", "Ramsey Khalifeh; David Brand") == "right"
    assert byline("CLARA LÖW, SID PRAKASH & KLAUS JACOB", "Clara Löw; Sid Prakash; Klaus Jacob") == "right"
    assert byline("Lars Fischer und Alina Schadwinkel", "Lars Fischer") == "wrong"
    # Only bylines: a headline with "and" is compared as it is.
    assert field_outcome("Salt and pepper", "Pepper; salt") == "wrong"


def test_snippets_are_case_sensitive_like_trafilaturas_evaluation() -> None:
    assert contains("The river\nran  high.", "river ran high")
    assert not contains("Aktuell berichten wir", "aktuell berichten")


def test_sites_group_a_page_without_url_by_its_declared_canonical_host() -> None:
    from benchmarks.datasets import Case
    from benchmarks.htmltext import page_dump
    from benchmarks.sites import host

    page = (b"<html><head><link rel='canonical' href='https://www.example.org/a/1'></head>"
            b"<body><nav><a href='/'>Home</a></nav><p>First <b>bold</b> line.</p></body></html>")  # fmt: skip
    case = Case("x", page, "html", None, "", None, None, None, (), ())
    assert host(case) == "example.org"
    assert host(Case("y", b"<p>no url</p>", "html", None, "", None, None, None, (), ())) == ""
    assert page_dump(page).decode().splitlines() == ["Home", "First bold line."]
    declared = b"<?xml version='1.0' encoding='utf-8'?>" + page
    assert page_dump(declared).decode().splitlines() == ["Home", "First bold line."]


def test_memory_benchmark_cycles_pages_into_records_with_unique_ids(tmp_path: Path) -> None:
    from benchmarks.memory import write_records

    data = tmp_path / "set"
    (data / "pages").mkdir(parents=True)
    (data / "pages" / "a.html").write_bytes(b"<p>one</p>")
    (data / "pages" / "b.txt").write_bytes(b"two")
    rows = [{"id": i, "url": None, "body": "x", "title": None, "author": None, "date": None,
             "with": [], "without": []} for i in ("a", "b")]  # fmt: skip
    (data / "truth.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    write_records(data, 5, tmp_path / "out.jsonl")
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [r["id"] for r in records] == ["a#0", "b#1", "a#2", "b#3", "a#4"]
    assert records[0]["html"] == "<p>one</p>" and records[1]["text"] == "two"
