"""Every hostile case in cases.py: a clean Article or a clear dechrome error, quickly, and
never a byte of a local file; the article hidden in the junk comes out.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

import dechrome

from .article import ACCENTED, found
from .cases import CASES, Case

# Far under Options.time_budget (30 s): a case this slow on CI means a lost linear bound.
CASE_SECONDS = 20.0
SECRET = "TOP-SECRET-4f1c9e"


@pytest.fixture(scope="module")
def secret_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("secret") / "secret.txt"
    path.write_text(SECRET + "\n")
    return path


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case(case: Case, secret_file: Path) -> None:
    page = case.build(secret_file)
    start = time.monotonic()
    try:
        result: dechrome.Article | dechrome.DechromeError = dechrome.clean(page)
    except dechrome.DechromeError as exc:
        result = exc
    elapsed = time.monotonic() - start
    del page
    assert elapsed < CASE_SECONDS, f"{case.name} took {elapsed:.1f} s"
    if case.expect.startswith("error:"):
        assert type(result).__name__ == case.expect.split(":", 1)[1], result
        assert str(result)  # the message says what was wrong
        return
    if case.expect == "any" and isinstance(result, dechrome.DechromeError):
        assert str(result)
        return
    assert isinstance(result, dechrome.Article), f"{case.name}: {result!r}"
    everything = result.to_json(trace=True)
    assert SECRET not in everything
    result.body.encode("utf-8")  # never a lone surrogate
    assert "\0" not in everything
    if case.expect == "empty":
        assert result.body == ""
    elif case.expect == "article":
        assert found(result.body), f"{case.name}: the article was lost"
        if case.accents:
            for word in ACCENTED:
                assert word in result.body, f"{case.name}: {word!r} garbled"
