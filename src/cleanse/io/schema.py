"""The output schemas, column by column, and the mapping from records to rows.

Explicit pyarrow schemas so pandas, pyarrow, DuckDB and Polars read the same types with no
casts. The README's "Output schema" section documents each column.
"""

from __future__ import annotations

import datetime as dt

import pyarrow as pa

from cleanse.document import Document, PartialDate, Reject

MENTION = pa.struct([("text", pa.string()), ("canonical", pa.string()), ("start", pa.int32()), ("end", pa.int32())])
DATE = pa.struct([
    ("text", pa.string()), ("value", pa.string()), ("precision", pa.string()), ("qualifier", pa.string()),
    ("start", pa.int32()), ("end", pa.int32()),
])
REMOVAL = pa.struct([("rule", pa.string()), ("text", pa.string()), ("reason", pa.string())])

CORPUS_SCHEMA = pa.schema([
    pa.field("doc_id", pa.string(), nullable=False),
    pa.field("source_path", pa.string(), nullable=False),
    pa.field("source_sha256", pa.string(), nullable=False),
    pa.field("source_format", pa.string(), nullable=False),
    pa.field("source_encoding", pa.string()),
    pa.field("title", pa.string()),
    pa.field("subtitle", pa.string()),
    pa.field("authors", pa.list_(pa.string())),
    pa.field("site_name", pa.string()),
    pa.field("language", pa.string()),
    pa.field("published", pa.string()),
    pa.field("published_precision", pa.string()),
    pa.field("published_date", pa.date32()),
    pa.field("updated", pa.string()),
    pa.field("updated_precision", pa.string()),
    pa.field("text", pa.string(), nullable=False),
    pa.field("people", pa.list_(pa.string())),
    pa.field("mentions", pa.list_(MENTION)),
    pa.field("dates", pa.list_(DATE)),
    pa.field("removed", pa.list_(REMOVAL)),
    pa.field("repairs", pa.list_(pa.string())),
    pa.field("word_count", pa.int32(), nullable=False),
    pa.field("pipeline_version", pa.string(), nullable=False),
])

REJECTS_SCHEMA = pa.schema([
    pa.field("source_path", pa.string(), nullable=False),
    pa.field("reason", pa.string(), nullable=False),
    pa.field("source_sha256", pa.string()),
    pa.field("size_bytes", pa.int64()),
    pa.field("pipeline_version", pa.string(), nullable=False),
])


def _day(date: PartialDate | None) -> dt.date | None:
    """The calendar day of a date known at least to the day (and with a year), else None."""
    if date is None or date.precision not in ("day", "minute", "second") or date.value.startswith("--"):
        return None
    return dt.date.fromisoformat(date.value[:10])


def document_row(doc: Document) -> dict:
    """One corpus row as Python values matching ``CORPUS_SCHEMA``."""
    return {
        "doc_id": doc.doc_id,
        "source_path": doc.source_path,
        "source_sha256": doc.source_sha256,
        "source_format": doc.source_format,
        "source_encoding": doc.source_encoding,
        "title": doc.title,
        "subtitle": doc.subtitle,
        "authors": list(doc.authors),
        "site_name": doc.site_name,
        "language": doc.language,
        "published": doc.published.value if doc.published else None,
        "published_precision": doc.published.precision if doc.published else None,
        "published_date": _day(doc.published),
        "updated": doc.updated.value if doc.updated else None,
        "updated_precision": doc.updated.precision if doc.updated else None,
        "text": doc.text,
        "people": list(doc.people),
        "mentions": [{"text": m.text, "canonical": m.canonical, "start": m.start, "end": m.end} for m in doc.mentions],
        "dates": [
            {"text": d.text, "value": d.value, "precision": d.precision, "qualifier": d.qualifier, "start": d.start, "end": d.end}
            for d in doc.dates
        ],
        "removed": [{"rule": r.rule, "text": r.text, "reason": r.reason} for r in doc.removed],
        "repairs": list(doc.repairs),
        "word_count": doc.word_count,
        "pipeline_version": doc.pipeline_version,
    }


def reject_row(reject: Reject, pipeline_version: str) -> dict:
    """One rejects row as Python values matching ``REJECTS_SCHEMA``."""
    return {
        "source_path": reject.source_path,
        "reason": reject.reason,
        "source_sha256": reject.source_sha256,
        "size_bytes": reject.size_bytes,
        "pipeline_version": pipeline_version,
    }


PEOPLE_SCHEMA = pa.schema([
    pa.field("person", pa.string(), nullable=False),
    pa.field("aliases", pa.list_(pa.string())),
    pa.field("documents", pa.int32(), nullable=False),
    pa.field("mentions", pa.int32(), nullable=False),
])

# What each column means: the data dictionary (outputs' README.md) is written from this.
COLUMN_DOCS = {
    "corpus": {
        "doc_id": "stable id: first 16 hex digits of the SHA-256 of `source_path`",
        "source_path": "path relative to the input folder, `/`-separated",
        "source_sha256": "SHA-256 of the file's bytes as stored",
        "source_format": "`text`, `html` or `markdown`",
        "source_encoding": "encoding the bytes were decoded with",
        "title": "the headline",
        "subtitle": "the dek (standfirst), when there is one",
        "authors": "from metadata, a byline or an author box",
        "site_name": "from metadata, a text dump's title line, a syndication note or a suffix two removed promos share",
        "language": "language of `text` (CLD2's ISO 639-1 code: `en`, `de`, `zh-Hant`); null when too short or mixed to tell",
        "published": "publication date, ISO 8601 at the precision known",
        "published_precision": "`year`, `month`, `day` or `minute`",
        "published_date": "publication day; null unless known at least to the day",
        "updated": "last update, as `published` (`--05-14T19:55-05:00` when no year is given)",
        "updated_precision": "as `published_precision`",
        "text": "the clean body, paragraphs separated by one blank line",
        "people": "canonical person names, in order of first mention",
        "mentions": "each person-name mention: surface text, canonical name, start and end offsets in `text`",
        "dates": "each date expression: text, ISO 8601 value (null if unresolvable), precision, qualifier, offsets in `text`",
        "removed": "every removed line or fragment: rule id, text, reason",
        "repairs": "encoding repairs applied",
        "word_count": "`\\w+` tokens in `text`",
        "pipeline_version": "version of the steps and rules that produced the row",
    },
    "rejects": {
        "source_path": "path relative to the input folder",
        "reason": "why the file was not cleaned, in plain words",
        "source_sha256": "SHA-256 of the bytes, when they could be read",
        "size_bytes": "size, when known",
        "pipeline_version": "version of the steps and rules",
    },
    "people": {
        "person": "canonical name",
        "aliases": "other forms the person was written in",
        "documents": "documents naming the person",
        "mentions": "mentions of the person in all documents",
    },
}
