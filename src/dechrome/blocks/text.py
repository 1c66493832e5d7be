"""A plain-text dump becomes blocks: one per non-empty line."""

from __future__ import annotations

from ..options import Options
from .html import join_overflow
from .model import Block


def text_blocks(text: str, options: Options) -> tuple[Block, ...]:
    """Each non-empty line is a block; past `max_blocks`, the rest joins the last block."""
    blocks: list[Block] = []
    overflow: list[str] = []
    for line in text.splitlines():
        line = " ".join(line.split())
        if not line:
            continue
        if len(blocks) >= options.max_blocks:
            overflow.append(line)
        else:
            blocks.append(Block(len(blocks), line, "line"))
    return join_overflow(blocks, overflow)
