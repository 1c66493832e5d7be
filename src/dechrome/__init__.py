"""dechrome: strip the UI chrome from web pages and text dumps; keep what a reader came for."""

from .api import clean, explain, load
from .blocks import Block, Document
from .errors import (
    DechromeError,
    ExtractionError,
    FilterError,
    InputTooLargeError,
    InvalidArgumentError,
    LimitExceededError,
    NotAPageError,
    PipelineError,
    TimeBudgetExceededError,
)
from .options import Options
from .pipeline import Filter, Pipeline, define_filter
from .profile import SiteProfile, learn
from .result import Article, Mark, Removal

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Block",
    "DechromeError",
    "Document",
    "ExtractionError",
    "Filter",
    "FilterError",
    "InputTooLargeError",
    "InvalidArgumentError",
    "LimitExceededError",
    "Mark",
    "NotAPageError",
    "Options",
    "Pipeline",
    "PipelineError",
    "Removal",
    "SiteProfile",
    "TimeBudgetExceededError",
    "__version__",
    "clean",
    "define_filter",
    "explain",
    "learn",
    "load",
]
