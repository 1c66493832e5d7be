"""Run one filter on a small page and see what it marked."""

from __future__ import annotations

import dechrome
from dechrome import Pipeline


def marks(filter_name: str, page: str, kind: str = "html") -> dict[str, tuple[str, str]]:
    """{block text: (reason, role)} for the blocks `filter_name` alone removes from `page`."""
    article = dechrome.clean(page, kind=kind, pipeline=Pipeline().add(filter_name))  # type: ignore[arg-type]
    return {r.text: (r.reason, r.role) for r in article.removed}


def page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


PROSE = "The council approved the budget on Tuesday after a long debate about school funding and roads."
