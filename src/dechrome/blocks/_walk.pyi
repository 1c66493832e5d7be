from collections.abc import Collection, Sequence
from typing import Any

from .html import _Builder, _Ctx

BUILT_FOR_LXML: str

def walk(builder: _Builder, el: Any, ctx: _Ctx, in_link: bool, depth: int) -> None: ...
def elements_with_words(
    root: Any, tags: Sequence[str], keys: Collection[str], words: Sequence[str]
) -> list[Any]: ...
