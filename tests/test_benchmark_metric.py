"""The benchmark's body metric (ScrapingHub's), on cases small enough to count by hand."""

from __future__ import annotations

import pytest
from benchmarks.metric import aggregate, field_outcome, score_body, shingles


def test_identical_and_disjoint() -> None:
    assert score_body("one two three four five", "one two three four five").f1 == 1.0
    assert score_body("one two three four five", "six seven eight nine ten").f1 == 0.0
    assert score_body("", "").tp == 1.0  # both empty: right


def test_partial_by_hand() -> None:
    # truth: a b c d e f -> shingles abcd, bcde, cdef (3)
    # got:   a b c d e x -> shingles abcd, bcde, cdex (3)
    # tp = 2, fp = 1, fn = 1 -> normalised 0.5 / 0.25 / 0.25
    s = score_body("a b c d e f", "A, b. c d e x")
    assert (s.tp, s.fp, s.fn) == (0.5, 0.25, 0.25)
    # Averaged with a perfect page: tp .75, fp .125, fn .125 -> P = R = .75/.875
    agg = aggregate([s, score_body("a b c d", "a b c d")])
    assert agg.precision == pytest.approx(0.75 / 0.875)
    assert agg.f1 == pytest.approx(0.75 / 0.875)


def test_short_texts_are_one_shingle() -> None:
    assert shingles("Hello world") == {("hello", "world"): 1}


def test_field_outcomes() -> None:
    assert field_outcome(None, "x") is None
    assert field_outcome("", None) == "right"
    assert field_outcome("", "Jane Doe") == "spurious"
    assert field_outcome("Jane Doe", None) == "missing"
    assert field_outcome("Jane Doe", "John Roe") == "wrong"
    assert field_outcome("Russia ‘looking’", "russia 'looking'") == "right"


def test_snippets_are_case_sensitive_like_trafilaturas_evaluation() -> None:
    from benchmarks.metric import contains

    assert contains("The river\nran  high.", "river ran high")
    assert not contains("Aktuell berichten wir", "aktuell berichten")
