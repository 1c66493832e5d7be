"""Site profiles: learned from several pages, saved and merged, and used to clean a page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import dechrome
from dechrome.cli import main
from dechrome.profile import SiteProfile, learn

SITES = Path(__file__).resolve().parents[2] / "fixtures" / "sites"
PROMO = "Harbour Times is an independent newspaper owned by its readers"


def pages(site: str) -> list[bytes]:
    return [p.read_bytes() for p in sorted((SITES / site / "pages").iterdir())]


def truth(site: str) -> list[dict[str, str]]:
    return [json.loads(line) for line in (SITES / site / "truth.jsonl").read_text().splitlines()]


@pytest.mark.parametrize("site", ["harbour-html", "harbour-text"])
def test_profile_removes_the_template_and_keeps_every_article(site: str) -> None:
    all_pages, bodies = pages(site), [t["body"] for t in truth(site)]
    for i, page in enumerate(all_pages):
        profile = learn(all_pages[:i] + all_pages[i + 1 :], site=site)  # never from the page itself
        plain = dechrome.clean(page)
        cleaned = dechrome.clean(page, profile=profile)
        assert cleaned.body == bodies[i]
        if i < len(all_pages) - 1:  # the last page uses another template, without the promos
            assert PROMO in plain.body  # one page alone can't tell the promo from the article
            assert any(
                r.filter == "site_profile" and "pages of this site" in r.reason for r in cleaned.removed
            )


def test_text_quoted_on_two_pages_is_not_template() -> None:
    quoted = "the ferry will run every twenty minutes again from Monday"
    profile = learn(pages("harbour-html"))
    assert profile.threshold == 3
    article = dechrome.clean(pages("harbour-html")[4], profile=profile)
    assert quoted in article.body


def test_a_template_line_with_the_pages_numbers_is_one_text() -> None:
    lines = ["Oct 18, 2019 · 8 min read", "Oct 3, 2020 · 12 min read", "Oct 7, 2021 · 5 min read"]
    profile = learn([f"Title\n\n{line}\n\nArticle {n} says something else." for n, line in enumerate(lines)])
    assert profile.pages_with("Oct 1, 2022 · 4 min read") == 3
    assert profile.pages_with("Nov 1, 2022 · 4 min read") == 0


def test_without_a_profile_nothing_changes() -> None:
    page = pages("harbour-html")[0]
    a = dechrome.clean(page)
    b = dechrome.clean(page, pipeline=dechrome.Pipeline.default().without("site_profile"))
    assert a.body == b.body and not any(r.filter == "site_profile" for r in a.removed)


def test_save_load_merge_and_version(tmp_path: Path) -> None:
    first, second = learn(pages("harbour-html")[:3], site="h"), learn(pages("harbour-html")[3:], site="h")
    merged = first.merge(second)
    assert (
        merged.pages == 6 and merged.pages_with(PROMO + "; every subscription pays for local reporting.") >= 5
    )
    path = tmp_path / "profile.json"
    merged.save(path)
    assert SiteProfile.load(path) == merged
    assert PROMO not in path.read_text()  # keys, not text: a profile holds no article text
    data = json.loads(path.read_text())
    data["version"] = 99
    with pytest.raises(ValueError, match="version"):
        SiteProfile.from_dict(data)


def test_memory_is_bounded() -> None:
    from dechrome.profile import ProfileLearner

    learner = ProfileLearner(max_keys=50)
    for i in range(40):
        learner.add(
            f"<p>Unique sentence number {i} about something else entirely.</p><p>Shared footer text.</p>"
        )
    assert len(learner.counts) <= 50 + 2
    assert learner.profile().pages_with("Shared footer text.") == 40


def test_cli_learn_clean_and_batch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    profile = tmp_path / "site.json"
    assert main(["learn", str(SITES / "harbour-html" / "pages"), "--out", str(profile)]) == 0
    page = SITES / "harbour-html" / "pages" / "page-0.html"
    assert main(["clean", str(page), "--profile", str(profile)]) == 0
    assert PROMO not in capsys.readouterr().out
    out = tmp_path / "out.jsonl"
    assert (
        main(
            [
                "batch",
                str(SITES / "harbour-html" / "pages"),
                "--out",
                str(out),
                "--learn-sites",
                "--jobs",
                "1",
            ]
        )
        == 0
    )
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 6 and not any(PROMO in r["body"] for r in records)
