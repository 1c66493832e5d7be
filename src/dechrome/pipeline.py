"""The ordered, named filters a document goes through; users list, drop, add and reorder them."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from typing import Protocol, runtime_checkable

from .blocks import Block, Document, Kind
from .errors import DechromeError, FilterError, PipelineError, TimeBudgetExceededError
from .result import Mark, Removal

FilterFunc = Callable[[Document, Sequence[Block]], Iterable[Mark]]
ENTRY_POINT_GROUP = "dechrome.filters"
_BOTH: frozenset[Kind] = frozenset(("html", "text"))


@runtime_checkable
class FilterLike(Protocol):
    """Anything with a `name` that can be called on (document, kept blocks)."""

    name: str

    def __call__(self, doc: Document, blocks: Sequence[Block]) -> Iterable[Mark]: ...


@dataclass(frozen=True, slots=True)
class Filter:
    """A named step that marks blocks as chrome, each mark with its reason.

    It receives the blocks still kept when its turn comes, in page order, and yields a
    `Mark` for each block it judges not to be article text. `kinds` says whether it
    applies to HTML pages, text dumps, or both; the pipeline skips it for the others.
    """

    name: str
    func: FilterFunc = field(repr=False)
    kinds: frozenset[Kind] = _BOTH
    description: str = ""

    def __call__(self, doc: Document, blocks: Sequence[Block]) -> Iterable[Mark]:
        return self.func(doc, blocks)


def define_filter(name: str, *, kinds: Iterable[Kind] = ("html", "text")) -> Callable[[FilterFunc], Filter]:
    """Decorator: turn `def f(doc, blocks) -> Iterable[Mark]` into a named `Filter`."""

    def wrap(func: FilterFunc) -> Filter:
        doc = (func.__doc__ or "").strip().split("\n")[0]
        return Filter(name, func, frozenset(kinds), doc)

    return wrap


def as_filter(obj: Filter | FilterLike | FilterFunc | str, name: str | None = None) -> Filter:
    """Accept a Filter, an object with `name` and `__call__`, a plain callable, or a name.

    A name is looked up among the built-in filters, then the `dechrome.filters` entry points.
    """
    if isinstance(obj, str):
        return _lookup(obj)
    if isinstance(obj, Filter):
        return obj if name is None else Filter(name, obj.func, obj.kinds, obj.description)
    fname = name or getattr(obj, "name", None) or getattr(obj, "__name__", None)
    if not isinstance(fname, str) or not fname:
        raise PipelineError(f"filter {obj!r} needs a name: pass name= or give it a .name")
    kinds = frozenset(getattr(obj, "kinds", _BOTH))
    doc = (getattr(obj, "__doc__", None) or "").strip().split("\n")[0]
    return Filter(fname, obj, kinds, doc)


def _lookup(name: str) -> Filter:
    from .filters import BUILTIN

    for f in BUILTIN:
        if f.name == name:
            return f
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.name == name:
            return as_filter(ep.load(), name)
    raise PipelineError(f"no filter named {name!r} (built-in or in entry points {ENTRY_POINT_GROUP!r})")


@dataclass(frozen=True, slots=True)
class Outcome:
    """What running the filters left: the kept blocks and the trace of removals."""

    kept: tuple[Block, ...]
    removed: tuple[Removal, ...]


@dataclass(frozen=True)
class Pipeline:
    """An immutable, ordered tuple of filters. Every change returns a new Pipeline.

    >>> p = Pipeline.default().without("share").add(my_filter, before="content")
    >>> p.names
    """

    filters: tuple[Filter, ...] = ()

    def __post_init__(self) -> None:
        seen: set[str] = set()
        for f in self.filters:
            if f.name in seen:
                raise PipelineError(f"two filters are named {f.name!r}")
            seen.add(f.name)

    @classmethod
    def default(cls) -> Pipeline:
        """The built-in filters in their default order."""
        from .filters import BUILTIN

        return cls(BUILTIN)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.filters)

    def get(self, name: str) -> Filter:
        for f in self.filters:
            if f.name == name:
                return f
        raise PipelineError(f"no filter named {name!r} in this pipeline: {', '.join(self.names)}")

    def _index(self, name: str) -> int:
        return self.filters.index(self.get(name))

    def add(
        self,
        f: Filter | FilterLike | FilterFunc | str,
        *,
        name: str | None = None,
        before: str | None = None,
        after: str | None = None,
        first: bool = False,
    ) -> Pipeline:
        """A pipeline with `f` added: at the end, or `before`/`after` a named filter, or `first`."""
        new = as_filter(f, name)
        if (before is not None) + (after is not None) + first > 1:
            raise PipelineError("give at most one of before=, after=, first=")
        items = list(self.filters)
        if before is not None:
            pos = self._index(before)
        elif after is not None:
            pos = self._index(after) + 1
        else:
            pos = 0 if first else len(items)
        items.insert(pos, new)
        return Pipeline(tuple(items))

    def without(self, *names: str) -> Pipeline:
        """A pipeline with the named filters removed (`disable=` in `clean` does this)."""
        for n in names:
            self.get(n)
        return Pipeline(tuple(f for f in self.filters if f.name not in names))

    def replace(self, name: str, f: Filter | FilterLike | FilterFunc) -> Pipeline:
        """A pipeline with the filter `name` swapped for `f` in the same place."""
        pos = self._index(name)
        items = list(self.filters)
        items[pos] = as_filter(f)
        return Pipeline(tuple(items))

    def reorder(self, names: Sequence[str]) -> Pipeline:
        """A pipeline with exactly these filters in this order."""
        if sorted(names) != sorted(self.names):
            raise PipelineError(f"reorder needs each of {self.names} once, got {tuple(names)}")
        return Pipeline(tuple(self.get(n) for n in names))

    def describe(self) -> str:
        """One line per filter: position, name, kinds, and what it is for."""
        return "\n".join(
            f"{i:>2}. {f.name:<14} [{','.join(sorted(f.kinds))}] {f.description}"
            for i, f in enumerate(self.filters, 1)
        )

    def run(self, doc: Document, *, deadline: float | None = None) -> Outcome:
        """Apply each filter that fits the document's kind to the blocks still kept."""
        kept: tuple[Block, ...] = doc.blocks
        removed: list[Removal] = []
        for f in self.filters:
            if doc.kind not in f.kinds or not kept:
                continue
            try:
                marks = list(f(doc, kept))
            except DechromeError:
                raise
            except Exception as exc:
                raise FilterError(f"filter {f.name!r} failed: {type(exc).__name__}: {exc}") from exc
            if marks:
                kept = _apply(f.name, kept, marks, removed)
            if deadline is not None and time.monotonic() > deadline:
                raise TimeBudgetExceededError(
                    f"over the time budget after filter {f.name!r} ({doc.options.time_budget} s)"
                )
        return Outcome(kept, tuple(sorted(removed, key=lambda r: r.index)))


def _apply(
    name: str, kept: tuple[Block, ...], marks: list[Mark], removed: list[Removal]
) -> tuple[Block, ...]:
    verdicts: dict[int, Mark] = {}
    for m in marks:
        verdicts.setdefault(m.block, m)
    out: list[Block] = []
    for b in kept:
        verdict = verdicts.get(b.index)
        if verdict is None:
            out.append(b)
        else:
            removed.append(Removal(b.index, b.text, name, verdict.reason, verdict.role, "/".join(b.path)))
    return tuple(out)
