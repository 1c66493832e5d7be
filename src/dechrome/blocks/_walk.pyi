from typing import Any

from .html import _Builder, _Ctx

def walk(builder: _Builder, el: Any, ctx: _Ctx, in_link: bool, depth: int) -> None: ...
