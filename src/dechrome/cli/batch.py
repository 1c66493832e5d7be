"""`dechrome batch`: many pages, all cores, streaming JSONL out, resumable."""

from __future__ import annotations

import itertools
import json
import multiprocessing
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from ..metadata.normalize import host
from ..options import Options
from ..profile import ProfileLearner, SiteProfile
from .inputs import Source, iter_sources
from .records import clean_partition, clean_record

# Pages handed to a worker at a time, and the most pages in flight per worker: memory
# stays flat however long the input is.
CHUNK = 8
IN_FLIGHT_PER_JOB = 4 * CHUNK


@dataclass
class Summary:
    pages: int = 0
    errors: int = 0
    skipped: int = 0
    removed_by: Counter[str] = field(default_factory=Counter)
    started: float = field(default_factory=time.monotonic)

    def add(self, record: dict[str, Any]) -> None:
        self.pages += 1
        self.errors += "error" in record
        self.removed_by.update(record.get("removed_by", {}))

    @property
    def rate(self) -> float:
        return self.pages / max(time.monotonic() - self.started, 1e-9)

    def text(self) -> str:
        lines = [f"{self.pages} pages, {self.errors} errors, {self.skipped} skipped (resume), "
                 f"{self.rate:.1f} pages/s"]  # fmt: skip
        if self.removed_by:
            lines.append(
                "blocks removed, by filter: "
                + ", ".join(f"{k} {v}" for k, v in self.removed_by.most_common())
            )
        return "\n".join(lines)


def done_ids(out: Path) -> set[str]:
    """Ids already written to `out` (for --resume); a torn last line is ignored."""
    ids: set[str] = set()
    if out.exists():
        with out.open(encoding="utf-8") as f:
            for line in f:
                try:
                    ids.add(json.loads(line)["id"])
                except (ValueError, KeyError):
                    continue
    return ids


def _work(args: tuple[Source, Options | None, tuple[str, ...], SiteProfile | None]) -> dict[str, Any]:
    return clean_record(*args)


def site_of(source: Source) -> str:
    """The site a page belongs to: its URL's host, else the folder it came from."""
    return host(source.url) or str(Path(source.id).parent)


def learn_sites(sources: Iterable[Source]) -> dict[str, SiteProfile]:
    """First pass of `--learn-sites`: one profile per site, pages read one at a time."""
    learners: dict[str, ProfileLearner] = {}
    for s in sources:
        site = site_of(s)
        learners.setdefault(site, ProfileLearner(site)).add(s.page, s.url)
    return {site: learner.profile() for site, learner in learners.items()}


def _bounded(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def run_local(sources: Iterable[Source], jobs: int, options: Options | None, disable: tuple[str, ...],
              profiles: dict[str, SiteProfile] | None = None) -> Iterator[dict[str, Any]]:  # fmt: skip
    """Records in input order; with jobs > 1, from a process pool fed a window at a time."""
    tasks = ((s, options, disable, profiles.get(site_of(s)) if profiles else None) for s in sources)
    if jobs <= 1:
        yield from map(_work, tasks)
        return
    ctx = multiprocessing.get_context("spawn" if sys.platform == "darwin" else "fork")
    with ctx.Pool(jobs) as pool:
        for window in _bounded(tasks, IN_FLIGHT_PER_JOB * jobs):
            yield from pool.imap(_work, window, chunksize=CHUNK)


def run_dask(
    sources: Iterable[Source], scheduler: str | None, partition: int = 64
) -> Iterator[dict[str, Any]]:
    """Records computed on a Dask cluster, a window of partitions at a time."""
    try:
        import dask.bag as db
        from distributed import Client
    except ImportError as exc:
        raise RuntimeError("--engine dask needs the dask extra: pip install 'dechrome[dask]'") from exc
    client = Client(scheduler) if scheduler else None
    try:
        for window in _bounded(sources, partition * 8):
            bag = db.from_sequence(window, partition_size=partition)
            yield from bag.map_partitions(clean_partition).compute()
    finally:
        if client is not None:
            client.close()


def batch(inputs: list[str], out: Path, *, jobs: int, resume: bool, engine: str = "local",
          scheduler: str | None = None, options: Options | None = None, disable: tuple[str, ...] = (),
          progress: TextIO | None = None, learn: bool = False) -> Summary:  # fmt: skip
    """Clean every page of `inputs` into `out` (JSONL); returns what happened.

    With `learn`, a first pass learns each site's profile (see dechrome.profile) and the
    second cleans every page with its site's profile.
    """
    summary = Summary()
    profiles = learn_sites(iter_sources(inputs)) if learn else None
    skip = done_ids(out) if resume else set()

    def fresh() -> Iterator[Source]:
        for s in iter_sources(inputs):
            if s.id in skip:
                summary.skipped += 1
            else:
                yield s

    if engine == "dask":
        records = run_dask(fresh(), scheduler)
    else:
        records = run_local(fresh(), jobs, options, disable, profiles)
    with out.open("a" if resume else "w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
            summary.add(record)
            if progress is not None and summary.pages % 25 == 0:
                progress.write(
                    f"\r{summary.pages} pages, {summary.errors} errors, {summary.rate:.1f} pages/s"
                )
                progress.flush()
    if progress is not None:
        progress.write("\r")
    return summary
