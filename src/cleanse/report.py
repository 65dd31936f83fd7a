"""What a run leaves for the people who did not run it: ``report.html`` and ``README.md``.

``report.html`` is one self-contained page (inline CSS and SVG, no script, nothing fetched):
counts, removals by rule, documents by publication month, the most-named people, and for
each document its input lines beside its clean text, cut lines struck through with their rule.
``README.md`` is the data dictionary: every column of every output file, its type and meaning.
"""

from __future__ import annotations

import html
from collections import Counter
from itertools import islice
from pathlib import Path

import pyarrow.compute as pc

from cleanse.document import Reject
from cleanse.explain import mark_lines, source_lines
from cleanse.io.readers import ReadLimits, read_source
from cleanse.io.schema import COLUMN_DOCS, CORPUS_SCHEMA, PEOPLE_SCHEMA, REJECTS_SCHEMA
from cleanse.io.writers import read_batches, read_rows

MAX_DOCUMENT_VIEWS = 300  # per-document views in the page; the rest are listed by name
MAX_REJECTS_LISTED = 500  # rejected files named in the page; all are counted by reason
OPEN_VIEWS_UP_TO = 10  # a corpus this small shows every document's view open

_CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1200px;color:#222;padding:0 1em}
h1,h2{font-weight:600} table{border-collapse:collapse} td,th{padding:2px 8px;text-align:left;vertical-align:top}
.counts td:first-child{color:#555} .bar{fill:#4a78b5} .label{font-size:12px} .cut{color:#a33}
del{color:#a33} .rule{font-size:11px;background:#f3dede;color:#822;border-radius:3px;padding:0 4px;margin-right:4px}
.doc{border-top:1px solid #ddd;padding:.4em 0} .side{display:grid;grid-template-columns:1fr 1fr;gap:1em}
.side pre{white-space:pre-wrap;font:13px/1.4 ui-monospace,monospace;background:#fafafa;padding:.6em;margin:0}
.partial{background:#fff6d6}
"""


def _bar_chart(items: list[tuple[str, int]], width: int = 640) -> str:
    """A horizontal bar chart as inline SVG."""
    if not items:
        return "<p>(none)</p>"
    top = max(count for _, count in items) or 1
    row = 18
    bars = []
    for i, (label, count) in enumerate(items):
        length = max(1, int((width - 260) * count / top))
        y = i * row
        bars.append(
            f'<text class="label" x="0" y="{y + 13}">{html.escape(label)}</text>'
            f'<rect class="bar" x="200" y="{y + 3}" width="{length}" height="{row - 6}"/>'
            f'<text class="label" x="{205 + length}" y="{y + 13}">{count}</text>'
        )
    return f'<svg width="{width}" height="{row * len(items)}" role="img">{"".join(bars)}</svg>'


def _document_view(row: dict, input_dir: Path | None, limits: ReadLimits, open_view: bool = False) -> str:
    """A document's input lines (cut ones struck through, with their rule) beside its clean text."""
    raw = read_source(input_dir, row["source_path"], limits) if input_dir else None
    if raw is None or isinstance(raw, Reject) or raw.source_sha256 != row["source_sha256"]:
        left = "<p>(the input as cleaned is no longer in the input folder)</p>"
    else:
        marked = mark_lines(source_lines(raw), row["text"], [(r["rule"], r["text"]) for r in row["removed"]])
        parts = []
        for line in marked:
            text = html.escape(line.text)
            if line.mark == "-":
                rules = "".join(f'<span class="rule">{html.escape(rule)}</span>' for rule in line.rules)
                parts.append(f'{rules}<del>{text}</del>')
            elif line.mark == "~":
                rules = "".join(f'<span class="rule">{html.escape(rule)}</span>' for rule in line.rules)
                parts.append(f'<span class="partial">{rules}{text}</span>')
            else:
                parts.append(text)
        left = "<pre>" + "\n".join(parts) + "</pre>"
    meta = ", ".join(f"{k}: {html.escape(str(row[k]))}" for k in ("published", "site_name") if row[k])
    people = html.escape(", ".join(row["people"] or []))
    return (
        f'<details class="doc" id="doc-{row["doc_id"]}"{" open" if open_view else ""}><summary><b>{html.escape(row["title"] or row["source_path"])}</b> '
        f'<code>{html.escape(row["source_path"])}</code> · {row["word_count"]} words · {len(row["removed"])} cut</summary>'
        f"<p>{meta}{' · people: ' + people if people else ''}</p>"
        f'<div class="side"><div><h4>input (cut lines struck through)</h4>{left}</div>'
        f'<div><h4>clean text</h4><pre>{html.escape(row["text"])}</pre></div></div></details>'
    )


def build_report(version_dir: Path, input_dir: Path | None, title: str = "cleanse run report",
                 limits: ReadLimits = ReadLimits()) -> str:
    """The report page for the outputs in ``version_dir``, reading inputs from ``input_dir``."""
    # Counted in one streaming pass over the columns they need: memory does not grow with the corpus.
    documents = words_kept = words_removed = 0
    pipeline_version = ""
    by_rule: Counter = Counter()
    by_month: Counter = Counter()
    # Batch by batch on Arrow's columns: a dict per row and per removed line cost 3 s at 20,000 documents.
    for batch in read_batches(version_dir / "corpus.parquet", ["word_count", "removed", "published", "pipeline_version"]):
        if not batch.num_rows:
            continue
        documents += batch.num_rows
        pipeline_version = batch.column("pipeline_version")[-1].as_py()
        words_kept += pc.sum(batch.column("word_count")).as_py() or 0
        removed = batch.column("removed").flatten()
        words_removed += sum(len(text.split()) for text in removed.field("text").to_pylist())
        by_rule.update({count["values"]: count["counts"] for count in pc.value_counts(removed.field("rule")).to_pylist()})
        for published in batch.column("published").to_pylist():
            if published and len(published) >= 7 and not published.startswith("--"):
                by_month[published[:7]] += 1
    reasons: Counter = Counter()
    rejects_listed = []
    for row in read_rows(version_dir / "rejects.parquet", ["source_path", "reason"]):
        reasons[row["reason"]] += 1
        if len(rejects_listed) < MAX_REJECTS_LISTED:
            rejects_listed.append(row)
    people = list(islice(read_rows(version_dir / "people.parquet"), 20))  # most-named first
    out = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
        "<table class='counts'>",
        f"<tr><td>documents</td><td>{documents}</td></tr>",
        f"<tr><td>rejected files</td><td>{sum(reasons.values())}</td></tr>",
        f"<tr><td>words kept</td><td>{words_kept}</td></tr>",
        f"<tr><td>words removed</td><td>{words_removed}</td></tr>",
        f"<tr><td>pipeline</td><td>{html.escape(pipeline_version)}</td></tr>",
        "</table>",
        "<h2>Removed lines by rule</h2>", _bar_chart(by_rule.most_common()),
        "<h2>Documents by publication month</h2>", _bar_chart(sorted(by_month.items())),
        "<h2>Most-named people</h2>",
        _bar_chart([(p["person"], p["documents"]) for p in people]),
        "<h2>Rejects</h2>",
    ]
    if reasons:
        out.append("<table><tr><th>reason</th><th>files</th></tr>")
        out += [f"<tr><td>{html.escape(reason)}</td><td>{count}</td></tr>" for reason, count in reasons.most_common()]
        out.append("</table><ul>")
        out += [f"<li><code>{html.escape(r['source_path'])}</code>: {html.escape(r['reason'])}</li>" for r in rejects_listed]
        out.append("</ul>")
    else:
        out.append("<p>none</p>")
    out.append("<h2>Documents</h2>")
    small = documents <= OPEN_VIEWS_UP_TO
    views = islice(read_rows(version_dir / "corpus.parquet", batch_size=50), MAX_DOCUMENT_VIEWS)
    out += [_document_view(row, input_dir, limits, small) for row in views]
    if documents > MAX_DOCUMENT_VIEWS:
        out.append(f"<p>{documents - MAX_DOCUMENT_VIEWS} more documents: see <code>cleanse show DOC_ID --diff</code>.</p>")
    out.append("</body></html>")
    return "\n".join(out)


def data_dictionary(pipeline_version: str, rules_sources: tuple[str, ...]) -> str:
    """``README.md`` for an output folder: every file and column, its type and meaning."""
    out = [
        "# cleanse outputs: data dictionary",
        "",
        f"Pipeline version {pipeline_version}; boilerplate rules: {', '.join(rules_sources)}.",
        "Written by each run; the files below are links to the run's folder under `.versions/`.",
        "",
        "| file | content |",
        "|---|---|",
        "| `corpus.parquet`, `corpus.jsonl` | one row per clean document (same rows and values) |",
        "| `rejects.parquet`, `rejects.jsonl` | one row per file that could not be cleaned |",
        "| `people.parquet`, `people.jsonl` | one row per canonical person |",
        "| `manifest.json` | what the outputs were made from: source and rules hashes, pipeline version, and each file's size and status-change time (to tell an unchanged file without reading it) |",
        "| `report.html` | the run's report: counts, charts, each document's input beside its clean text |",
    ]
    for name, schema in (("corpus", CORPUS_SCHEMA), ("rejects", REJECTS_SCHEMA), ("people", PEOPLE_SCHEMA)):
        out += ["", f"## `{name}.parquet`", "", "| column | type | meaning |", "|---|---|---|"]
        out += [f"| `{field.name}` | `{field.type}` | {COLUMN_DOCS[name][field.name]} |" for field in schema]
    return "\n".join(out) + "\n"


def write_run_documents(version_dir: Path, input_dir: Path | None, pipeline_version: str,
                        rules_sources: tuple[str, ...], limits: ReadLimits = ReadLimits()) -> None:
    """Write ``report.html`` and ``README.md`` into a run's version folder."""
    (version_dir / "report.html").write_text(build_report(version_dir, input_dir, limits=limits), "utf-8")
    (version_dir / "README.md").write_text(data_dictionary(pipeline_version, rules_sources), "utf-8")
