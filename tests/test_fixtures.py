"""Every golden fixture (a page and what a person expects of it) comes out as expected.

Run on your own folder: pytest tests/test_fixtures.py --fixtures-dir PATH
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dechrome.fixtures import Fixture, differences, find, run

DEFAULT = Path(__file__).resolve().parents[1] / "fixtures"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "fixture_case" in metafunc.fixturenames:
        root = Path(metafunc.config.getoption("--fixtures-dir") or DEFAULT)
        cases = find(root)
        metafunc.parametrize("fixture_case", cases, ids=[c.name for c in cases])


def test_fixture(fixture_case: Fixture) -> None:
    if not fixture_case.reviewed:
        pytest.fail(f"{fixture_case.name} is unreviewed: check expected.json, then set reviewed: true")
    problems = differences(fixture_case, run(fixture_case))
    assert not problems, "\n".join(problems)


def test_there_are_enough_fixtures() -> None:
    cases = find(DEFAULT)
    assert sum(c.page.suffix == ".html" for c in cases) >= 12
    assert sum(c.page.suffix == ".txt" for c in cases) >= 8
