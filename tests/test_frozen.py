"""The fast __init__ of frozen dataclasses builds the same objects as the generated one."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from dechrome.blocks.model import Block
from dechrome.result import Mark, Removal


def test_same_objects_as_the_dataclass_init() -> None:
    b = Block(3, "Text", "p")
    assert (b.index, b.text, b.tag, b.path, b.attrs, b.link_chars) == (3, "Text", "p", (), (), 0)
    assert (b.hidden, b.element, b.attr_text, b.flags, b.cls, b.ancestors) == (False, None, "", (), 0, ())
    assert Block(1, "a", "li", path=("body", "li"), cls=4) == dataclasses.replace(
        Block(1, "a", "li"), path=("body", "li"), cls=4
    )
    assert Mark(2, "why") == Mark(block=2, reason="why", role="chrome")
    assert Removal(1, "t", "f", "r", "caption", "body/p").role == "caption"


def test_still_frozen_and_same_signature() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        Mark(1, "x").reason = "y"  # type: ignore[misc]
    params = list(inspect.signature(Mark).parameters.values())
    assert [(p.name, p.default) for p in params] == [
        ("block", inspect.Parameter.empty),
        ("reason", inspect.Parameter.empty),
        ("role", "chrome"),
    ]
    with pytest.raises(TypeError):
        Mark(1)  # type: ignore[call-arg]
