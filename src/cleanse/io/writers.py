"""Writers: stream rows into Parquet (zstd) and JSONL under temporary names, then rename.

A run's files appear only when ``commit`` renames them into place, so a run killed midway
leaves the previous outputs as they were.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq


def _json_default(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


class TableWriter:
    """Writes one dataset as ``NAME.parquet`` and ``NAME.jsonl`` with the same rows, in order."""

    def __init__(self, out_dir: Path, name: str, schema: pa.Schema, tmp_tag: str):
        self.out_dir = Path(out_dir)
        self.name = name
        self.schema = schema
        self.rows_written = 0
        self._final = {"parquet": self.out_dir / f"{name}.parquet", "jsonl": self.out_dir / f"{name}.jsonl"}
        self._tmp = {kind: path.with_name(f".{path.name}.{tmp_tag}.tmp") for kind, path in self._final.items()}
        self._parquet = pq.ParquetWriter(self._tmp["parquet"], schema, compression="zstd")
        self._jsonl = open(self._tmp["jsonl"], "w", encoding="utf-8", newline="\n")

    def write(self, rows: list[dict]) -> None:
        """Append rows (dicts matching the schema) as one Parquet row group and JSONL lines."""
        if not rows:
            return
        self._parquet.write_table(pa.Table.from_pylist(rows, schema=self.schema))
        for row in rows:
            self._jsonl.write(json.dumps(row, ensure_ascii=False, default=_json_default))
            self._jsonl.write("\n")
        self.rows_written += len(rows)

    def close(self) -> None:
        """Finish both files (still under their temporary names) and flush them to disk."""
        if self.rows_written == 0:
            # An empty dataset still has its schema in the file.
            self._parquet.write_table(self.schema.empty_table())
        self._parquet.close()
        self._jsonl.flush()
        os.fsync(self._jsonl.fileno())
        self._jsonl.close()
        with open(self._tmp["parquet"], "rb") as handle:
            os.fsync(handle.fileno())

    def merge_previous(self, keep: set[str]) -> None:
        """Rewrite the finished temporary files with the previous outputs' rows for ``keep`` added,
        sorted by source path (rows are dicts as before: JSONL and Parquet stay the same values)."""
        if not self._final["parquet"].exists():
            return
        previous = pq.read_table(self._final["parquet"], schema=self.schema)
        previous = previous.filter(pc.is_in(previous["source_path"], value_set=pa.array(sorted(keep), pa.string())))
        merged = pa.concat_tables([previous, pq.read_table(self._tmp["parquet"], schema=self.schema)])
        merged = merged.sort_by("source_path")
        self._parquet = pq.ParquetWriter(self._tmp["parquet"], self.schema, compression="zstd")
        self._jsonl = open(self._tmp["jsonl"], "w", encoding="utf-8", newline="\n")
        self.rows_written = 0
        for batch in merged.to_batches(max_chunksize=1000):
            self.write(batch.to_pylist())
        self.close()

    def commit(self) -> list[Path]:
        """Rename the finished files into place (atomic per file on one filesystem)."""
        for kind, tmp in self._tmp.items():
            os.replace(tmp, self._final[kind])
        return list(self._final.values())

    def abort(self) -> None:
        """Drop the temporary files; the previous outputs stay."""
        try:
            self._parquet.close()
        except Exception:  # noqa: BLE001 - already closed or broken: the file goes anyway
            pass
        self._jsonl.close()
        for tmp in self._tmp.values():
            tmp.unlink(missing_ok=True)


def write_text_atomic(path: Path, text: str) -> None:
    """Write a small text file under a temporary name, then rename it into place."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


class CorpusOutput:
    """The run's output folder: ``corpus`` and ``rejects`` datasets, committed together at the end."""

    def __init__(self, out_dir: Path, pipeline_version: str):
        from cleanse.io.schema import CORPUS_SCHEMA, REJECTS_SCHEMA

        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.pipeline_version = pipeline_version
        tag = f"{os.getpid()}"
        self.corpus = TableWriter(self.out_dir, "corpus", CORPUS_SCHEMA, tag)
        self.rejects = TableWriter(self.out_dir, "rejects", REJECTS_SCHEMA, tag)

    def add(self, documents, rejects) -> None:
        """Append one batch of documents and rejects."""
        from cleanse.io.schema import document_row, reject_row

        self.corpus.write([document_row(doc) for doc in documents])
        self.rejects.write([reject_row(r, self.pipeline_version) for r in rejects])

    def commit(self, keep_previous: set[str] | None = None) -> list[Path]:
        """Finish both datasets, then rename all four files into place.

        With ``keep_previous``, the previous outputs' rows of those source paths are merged in
        (an incremental run), and all rows are put in source-path order.
        """
        self.corpus.close()
        self.rejects.close()
        if keep_previous:
            for writer in (self.corpus, self.rejects):
                writer.merge_previous(keep_previous)
        return self.corpus.commit() + self.rejects.commit()

    def abort(self) -> None:
        self.corpus.abort()
        self.rejects.abort()


def write_people(out_dir: Path) -> list[Path]:
    """``people.parquet`` / ``people.jsonl`` from the committed corpus: each canonical name, the
    forms it was written in, and how many documents and mentions name it."""
    from cleanse.io.schema import PEOPLE_SCHEMA

    table = pq.read_table(Path(out_dir) / "corpus.parquet", columns=["people", "mentions"])
    documents: dict[str, int] = {}
    mentions: dict[str, int] = {}
    aliases: dict[str, set[str]] = {}
    for people, doc_mentions in zip(table["people"].to_pylist(), table["mentions"].to_pylist()):
        for person in people or []:
            documents[person] = documents.get(person, 0) + 1
        for mention in doc_mentions or []:
            mentions[mention["canonical"]] = mentions.get(mention["canonical"], 0) + 1
            aliases.setdefault(mention["canonical"], set()).add(mention["text"])
    rows = [
        {"person": person, "aliases": sorted(aliases.get(person, set()) - {person}), "documents": count,
         "mentions": mentions.get(person, 0)}
        for person, count in sorted(documents.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    writer = TableWriter(Path(out_dir), "people", PEOPLE_SCHEMA, f"{os.getpid()}")
    try:
        writer.write(rows)
        writer.close()
    except BaseException:
        writer.abort()
        raise
    return writer.commit()
