"""A plain-text dump becomes blocks: one per non-empty line."""

from __future__ import annotations

from ..options import Options
from .model import Block


def text_blocks(text: str, options: Options) -> tuple[Block, ...]:
    """Each non-empty line is a block; past `max_blocks` lines, neighbours share blocks.

    Over the limit every block takes the same few consecutive lines, so no text is lost
    and no one block grows big enough to pass for the article (a joined tail did).
    """
    lines = [squashed for line in text.splitlines() if (squashed := " ".join(line.split()))]
    per = -(-len(lines) // options.max_blocks) if options.max_blocks > 0 else len(lines)
    if per > 1:
        lines = ["\n".join(lines[i : i + per]) for i in range(0, len(lines), per)]
    return tuple(Block(i, line, "line") for i, line in enumerate(lines))
