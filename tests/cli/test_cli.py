"""The `dechrome` command: clean, explain, batch (files, folders, JSONL, WARC, Dask), exit codes."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dechrome.cli import main

ROOT = Path(__file__).resolve().parents[2]
SHARE_BAR = ROOT / "fixtures" / "html" / "share-bar" / "page.html"
FIRST = "The old harbour ferry carried its first passengers in two years"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse's own exits (--help, bad usage)
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_clean_formats(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "clean", str(SHARE_BAR))
    assert code == 0 and out.startswith(FIRST) and "WhatsApp" not in out
    code, out, _ = run(capsys, "clean", str(SHARE_BAR), "--format", "json")
    assert json.loads(out)["byline"] == "Maria Lindqvist"
    code, out, _ = run(capsys, "clean", str(SHARE_BAR), "--format", "markdown")
    assert out.startswith("# Harbour ferry returns after two-year refit")
    code, out, _ = run(capsys, "clean", str(SHARE_BAR), "--explain")
    assert "share/social" in out and "WhatsApp" in out


def test_clean_stdin_and_disable(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SHARE_BAR.read_bytes())))
    code, out, _ = run(capsys, "clean", "-", "--disable", "share", "--disable", "edges")
    assert code == 0 and "Share this article" in out


def test_exit_codes(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(capsys, "clean")[0] == 2  # missing argument
    assert run(capsys, "clean", str(tmp_path / "missing.html"))[0] == 2
    junk = tmp_path / "image.png"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    code, _, err = run(capsys, "clean", str(junk))
    assert code == 1 and err.startswith("dechrome:")
    assert run(capsys, "clean", str(SHARE_BAR), "--disable", "no-such-filter")[0] == 1
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "examples:" in out


def test_filters_listing(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "filters")
    assert code == 0 and "structural" in out and "content" in out


def _folder(tmp_path: Path) -> Path:
    pages = tmp_path / "pages"
    shutil.copytree(ROOT / "fixtures" / "html", pages)
    (pages / "broken.html").write_bytes(b"%PDF-1.4 binary" + bytes(range(256)) * 4)
    return pages


def test_batch_folder_errors_and_resume(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pages = _folder(tmp_path)
    out = tmp_path / "out.jsonl"
    code, _, err = run(capsys, "batch", str(pages), "--out", str(out), "--jobs", "2")
    records = [json.loads(line) for line in out.read_text().splitlines()]
    n = len(list(pages.rglob("*.html")))
    assert code == 1 and len(records) == n  # one failed page: exit 1, the run went on
    assert sum("error" in r for r in records) == 1 and "1 errors" in err
    assert any(r.get("headline") == "Harbour ferry returns after two-year refit" for r in records)
    code, _, err = run(capsys, "batch", str(pages), "--out", str(out), "--resume")
    assert code == 0 and f"{n} skipped" in err
    assert len(out.read_text().splitlines()) == n


def test_batch_jsonl_input(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "a", "url": "https://example.org/a", "html": SHARE_BAR.read_text()}) + "\n"
    )
    out = tmp_path / "out.jsonl"
    assert run(capsys, "batch", str(src), "--out", str(out), "--jobs", "1")[0] == 0
    record = json.loads(out.read_text())
    assert record["id"] == "a" and record["body"].startswith(FIRST)


def test_batch_warc_input(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    warcio = pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        for n in range(3):
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                f"https://example.org/{n}",
                "response",
                payload=io.BytesIO(SHARE_BAR.read_bytes()),
                http_headers=headers,
            )
            writer.write_record(record)
    assert warcio is not None
    out = tmp_path / "out.jsonl"
    assert run(capsys, "batch", str(path), "--out", str(out), "--jobs", "1")[0] == 0
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["url"] for r in records] == [f"https://example.org/{n}" for n in range(3)]
    assert all(r["body"].startswith(FIRST) for r in records)


def test_batch_on_dask_equals_local(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    pages = _folder(tmp_path)
    local, remote = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    run(capsys, "batch", str(pages), "--out", str(local), "--jobs", "1")
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None
    ) as cl:
        run(
            capsys,
            "batch",
            str(pages),
            "--out",
            str(remote),
            "--engine",
            "dask",
            "--scheduler",
            cl.scheduler_address,
        )
    assert local.read_text().splitlines() == remote.read_text().splitlines()


def test_explain_html_report(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    report = tmp_path / "report.html"
    assert run(capsys, "explain", str(SHARE_BAR), "--html", str(report))[0] == 0
    html = report.read_text()
    assert "share: share/social button words" in html and FIRST in html and "<script" not in html


def test_explain_report_renders_in_a_browser(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("no headless chromium here")
    report, shot = tmp_path / "report.html", tmp_path / "shot.png"
    run(capsys, "explain", str(SHARE_BAR), "--html", str(report))
    subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}", "--window-size=1200,900",
         report.as_uri()],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 20_000  # a real rendering, not a blank page
