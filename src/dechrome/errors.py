"""The one exception hierarchy: every failure that reaches a caller is a DechromeError."""

from __future__ import annotations


class DechromeError(Exception):
    """Base class of every error dechrome raises on purpose."""


class NotAPageError(DechromeError):
    """The input is not a web page or text at all (an image, a PDF, an archive, binary junk)."""


class LimitExceededError(DechromeError):
    """The input is over one of the limits set in `Options` (size, time)."""


class TimeBudgetExceededError(LimitExceededError):
    """Cleaning took longer than `Options.time_budget` seconds."""


class PipelineError(DechromeError):
    """The pipeline is misconfigured: unknown filter name, duplicate name, bad position."""


class FilterError(DechromeError):
    """A filter raised: the message names the filter; the original error is the cause."""
