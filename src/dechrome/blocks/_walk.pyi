from typing import Any

from .html import _Builder, _Ctx

BUILT_FOR_LXML: str

def walk(builder: _Builder, el: Any, ctx: _Ctx, in_link: bool, depth: int) -> None: ...
