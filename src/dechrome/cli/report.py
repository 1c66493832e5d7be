"""`dechrome explain --html`: one self-contained page that shows why each block went."""

from __future__ import annotations

from html import escape

from ..blocks import Document
from ..result import Article

_STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
header{padding:12px 20px;background:#263238;color:#fff}
header h1{font-size:18px;margin:0}header p{margin:4px 0 0;font-size:13px;opacity:.85}
main{display:grid;grid-template-columns:1fr 1fr;gap:16px;padding:16px}
section{background:#fff;border:1px solid #ddd;border-radius:6px;padding:12px 16px;overflow:auto}
h2{font-size:15px;margin:0 0 8px}
.b{margin:0 0 6px;padding:4px 6px;border-radius:4px;white-space:pre-wrap}
.kept{border-left:4px solid #43a047}
.gone{background:#ffebee;border-left:4px solid #e53935;color:#555}
.gone.caption{background:#fff8e1;border-left-color:#f9a825}
.tag{display:inline-block;font:11px/1.6 ui-monospace,monospace;background:#e53935;color:#fff;
border-radius:3px;padding:0 5px;margin-right:6px}
.caption .tag{background:#f9a825;color:#000}
.meta td{padding:2px 8px 2px 0;vertical-align:top}.meta td:first-child{color:#777}
"""


def html_report(doc: Document, article: Article, source: str) -> str:
    """Left: every block of the page in order, removed ones marked with filter and reason.
    Right: the article as dechrome returns it."""
    removed = {r.index: r for r in article.removed}
    left = []
    for b in doc.blocks:
        r = removed.get(b.index)
        if r is None:
            left.append(f'<p class="b kept">{escape(b.text)}</p>')
        else:
            label = escape(f"{r.filter}: {r.reason}")
            left.append(
                f'<p class="b gone {escape(r.role)}" title="{escape(r.where)}">'
                f'<span class="tag">{label}</span>{escape(b.text)}</p>'
            )
    meta = "".join(
        f"<tr><td>{k}</td><td>{escape(str(v)) if v else '—'}</td></tr>"
        for k, v in (("headline", article.headline), ("byline", article.byline), ("date", article.date),
                     ("language", article.language), ("captions", " | ".join(article.captions))))  # fmt: skip
    right = "".join(f'<p class="b kept">{escape(p)}</p>' for p in article.paragraphs)
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>dechrome explain: {escape(source)}</title><style>{_STYLE}</style></head><body>
<header><h1>dechrome explain</h1><p>{escape(source)} — {len(doc.blocks)} blocks,
{len(article.removed)} removed, {len(article.paragraphs)} kept</p></header>
<main><section><h2>The page, block by block (removed blocks marked)</h2>{"".join(left)}</section>
<section><h2>The article</h2><table class="meta">{meta}</table><hr>{right}</section></main>
</body></html>"""
