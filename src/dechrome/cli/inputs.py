"""Where batch pages come from: files, folders, JSONL records and WARC response records.

Every source yields `Source(id, page, url)` one at a time, so a batch never holds more
than the pages in flight, however many there are.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".txt", ".html.gz", ".htm.gz", ".txt.gz")
# JSONL fields that may hold the page, in order of preference.
JSONL_FIELDS = ("html", "text", "content", "raw_content")


@dataclass(frozen=True)
class Source:
    id: str
    page: bytes | str
    url: str | None = None


def _read(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def _is_warc(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith((".warc", ".warc.gz"))


def _is_jsonl(path: Path) -> bool:
    return path.name.lower().endswith((".jsonl", ".jsonl.gz", ".ndjson"))


def iter_sources(inputs: list[str]) -> Iterator[Source]:
    """Each page of each input, in order; folders are walked for page files."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                if f.is_file() and f.name.lower().endswith(PAGE_SUFFIXES):
                    yield Source(str(f), _read(f))
        elif _is_warc(path):
            yield from _warc(path)
        elif _is_jsonl(path):
            yield from _jsonl(path)
        elif path.is_file():
            yield Source(str(path), _read(path))
        else:
            raise FileNotFoundError(f"no such file or folder: {item}")


def _jsonl(path: Path) -> Iterator[Source]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            record = json.loads(line)
            page = next((record[k] for k in JSONL_FIELDS if isinstance(record.get(k), str)), None)
            if page is None:
                raise ValueError(f"{path}:{n}: no {'/'.join(JSONL_FIELDS)} field")
            yield Source(str(record.get("id") or f"{path}:{n}"), page, record.get("url"))


def _warc(path: Path) -> Iterator[Source]:
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError as exc:
        raise RuntimeError("reading WARC files needs the warc extra: pip install 'dechrome[warc]'") from exc
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response":
                continue
            ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
            if ctype and "html" not in ctype and "text" not in ctype:
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            rid = record.rec_headers.get_header("WARC-Record-ID") or url or f"{path}#{id(record)}"
            yield Source(rid, record.content_stream().read(), url)
