"""The one exception hierarchy: every failure that reaches a caller is a DechromeError.

    DechromeError
    ├── InvalidArgumentError      the call itself is wrong (page not str/bytes, unknown kind)
    ├── NotAPageError             the input is not a page: an image, PDF, archive, binary junk
    ├── LimitExceededError        the page is over a limit set in `Options` (docs/limits.md)
    │   ├── InputTooLargeError    over `max_bytes`
    │   └── TimeBudgetExceededError  over `time_budget` seconds
    ├── PipelineError             the pipeline is misconfigured
    ├── FilterError               a filter raised (the original error is the cause)
    └── ExtractionError           anything else went wrong on this page (a bug: the cause says what)

A batch run catches `DechromeError`, records the message and moves on to the next page.
"""

from __future__ import annotations


class DechromeError(Exception):
    """Base class of every error dechrome raises: catch this one to skip a bad page."""


class InvalidArgumentError(DechromeError, ValueError):
    """`clean` or `load` was called with an argument it cannot take."""


class NotAPageError(DechromeError):
    """The input is not a web page or text at all (an image, a PDF, an archive, binary junk)."""


class LimitExceededError(DechromeError):
    """The page is over one of the limits set in `Options` (size, nesting, time, memory)."""


class InputTooLargeError(LimitExceededError):
    """The page is longer than `Options.max_bytes`; it was refused before any work."""


class TimeBudgetExceededError(LimitExceededError):
    """Cleaning took longer than `Options.time_budget` seconds; the message names the stage."""


class PipelineError(DechromeError):
    """The pipeline is misconfigured: unknown filter name, duplicate name, bad position."""


class FilterError(DechromeError):
    """A filter raised: the message names the filter; the original error is the cause."""


class ExtractionError(DechromeError):
    """An unexpected failure while reading the page (a bug); the original error is the cause."""
