"""The built-in filters, in their default order. Each module holds one filter and its rules."""

from __future__ import annotations

from ..pipeline import Filter
from .boilerplate import boilerplate
from .captions import captions
from .content import content
from .edges import edges
from .field_lines import field_lines
from .forms import forms
from .icons import icons
from .navigation import navigation
from .orphans import orphans
from .repeated import repeated
from .sections import sections
from .share import share
from .site_profile import site_profile
from .structural import structural
from .teasers import teasers
from .text_bio import text_bio
from .text_content import text_content
from .text_layout import text_layout
from .text_sections import text_sections
from .text_widgets import text_widgets

# Order matters: cheap, certain filters first; `content` judges what they left.
BUILTIN: tuple[Filter, ...] = (
    site_profile,
    structural,
    forms,
    icons,
    share,
    captions,
    navigation,
    boilerplate,
    repeated,
    sections,
    teasers,
    field_lines,
    text_layout,
    text_sections,
    text_content,
    text_widgets,
    text_bio,
    content,
    edges,
    orphans,
)

__all__ = ["BUILTIN"]
