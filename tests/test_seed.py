"""The seed dump (../shared/bench/seed): fields exact, body clean, captions returned."""

from __future__ import annotations

import dechrome

from .conftest import load_page, shared_dataset, truths


def test_seed_page() -> None:
    ds = shared_dataset("seed")
    truth = truths(ds)[0]
    article = dechrome.clean(load_page(ds, truth))
    assert article.headline == truth["title"]
    assert article.byline == "Press Association"
    assert article.date == "2023-05-15"
    assert article.body == truth["body"]
    for snippet in truth["without"]:
        assert snippet not in article.body
    assert article.captions == (
        "National Security Council spokesman John Kirby (Susan Walsh/AP)",
        "Iran-made drones (Iranian Army/AP)",
    )
