"""Writers: stream rows into Parquet (zstd) and JSONL in a run's own version folder, then
publish the folder with one atomic symlink swap.

A run's files appear only when ``CorpusOutput.publish`` swaps them in, all together, so a run
killed at any moment leaves the previous outputs as they were.
"""

from __future__ import annotations

import heapq
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

import orjson
import pyarrow as pa
import pyarrow.parquet as pq


def parquet_files(path: Path) -> list[Path]:
    """The files of an output dataset: the file itself, or a folder's part files in order."""
    path = Path(path)
    return sorted(p for p in path.iterdir() if p.suffix == ".parquet") if path.is_dir() else [path]


def read_batches(path: Path, columns: list[str] | None = None, batch_size: int = 500) -> Iterator[pa.RecordBatch]:
    """The record batches of an output dataset (a file or a folder of parts) in order: memory
    holds one batch, whatever the corpus's size."""
    for part in parquet_files(path):
        yield from pq.ParquetFile(part).iter_batches(batch_size=batch_size, columns=columns)


def read_rows(path: Path, columns: list[str] | None = None, batch_size: int = 500) -> Iterator[dict]:
    """The rows of an output dataset, as dicts, read a batch at a time (``read_batches``)."""
    for batch in read_batches(path, columns, batch_size):
        yield from batch.to_pylist()


class TableWriter:
    """Writes one dataset as ``NAME.parquet`` and ``NAME.jsonl`` with the same rows, in order,
    into a run's own version folder (which is published whole, see ``CorpusOutput``).

    With ``rows_per_file``, ``NAME.parquet`` is a folder of part files (``part-00000.parquet``,
    ...) of at most that many rows each: one dataset for pyarrow, pandas and DuckDB,
    in files of a size a reader can take one at a time. ``NAME.jsonl`` stays one file.
    """

    def __init__(self, directory: Path, name: str, schema: pa.Schema, rows_per_file: int | None = None):
        self.directory = Path(directory)
        self.name = name
        self.schema = schema
        self.rows_per_file = rows_per_file
        self.rows_written = 0
        self.paths = {"parquet": self.directory / f"{name}.parquet", "jsonl": self.directory / f"{name}.jsonl"}
        self._open()

    def _open(self) -> None:
        self._parts: list[Path] = []
        self._part_rows = 0
        self._parquet: pq.ParquetWriter | None = None
        if self.rows_per_file:
            shutil.rmtree(self.paths["parquet"], ignore_errors=True)
            self.paths["parquet"].mkdir()
        else:
            self._start_part(self.paths["parquet"])
        self._jsonl = open(self.paths["jsonl"], "wb")  # orjson writes UTF-8 bytes
        self.rows_written = 0

    def _start_part(self, path: Path) -> None:
        self._parquet = pq.ParquetWriter(path, self.schema, compression="zstd")
        self._parts.append(path)
        self._part_rows = 0

    def _finish_part(self) -> None:
        self._parquet.close()
        with open(self._parts[-1], "rb") as handle:
            os.fsync(handle.fileno())
        self._parquet = None

    def write(self, rows: list[dict]) -> None:
        """Append rows (dicts matching the schema) as Parquet row groups and JSONL lines."""
        if not rows:
            return
        start = 0
        while start < len(rows):
            if self.rows_per_file and (self._parquet is None or self._part_rows >= self.rows_per_file):
                if self._parquet is not None:
                    self._finish_part()
                self._start_part(self.paths["parquet"] / f"part-{len(self._parts):05d}.parquet")
            room = self.rows_per_file - self._part_rows if self.rows_per_file else len(rows)
            chunk = rows[start : start + room]
            self._parquet.write_table(pa.Table.from_pylist(chunk, schema=self.schema))
            self._part_rows += len(chunk)
            start += len(chunk)
        for row in rows:
            # orjson: ~9x json.dumps on these rows (3.5 s of a 20,000-document run); the same values
            # (dates as ISO 8601), written compactly, non-ASCII as UTF-8.
            self._jsonl.write(orjson.dumps(row, option=orjson.OPT_APPEND_NEWLINE))
        self.rows_written += len(rows)

    def close(self) -> None:
        """Finish both files and flush them to disk."""
        if self._parquet is None and not self._parts:
            self._start_part(self.paths["parquet"] / "part-00000.parquet")
        if self.rows_written == 0:
            # An empty dataset still has its schema in the file.
            self._parquet.write_table(self.schema.empty_table())
        if self._parquet is not None:
            self._finish_part()
        self._jsonl.flush()
        os.fsync(self._jsonl.fileno())
        self._jsonl.close()

    def merge_previous(self, previous_parquet: Path, keep: set[str]) -> None:
        """Rewrite the finished files with the rows of ``previous_parquet`` whose source path is in
        ``keep`` added, all in source-path order (JSONL and Parquet keep the same values).

        Both sides are already in source-path order: they are merged as two streams, a batch at
        a time, so memory does not grow with the corpus.
        """
        if not previous_parquet.exists():
            return
        written = self.paths["parquet"].with_name(self.paths["parquet"].name + ".run")
        os.replace(self.paths["parquet"], written)
        kept = (row for row in read_rows(previous_parquet) if row["source_path"] in keep)
        self._open()
        batch: list[dict] = []
        for row in heapq.merge(kept, read_rows(written), key=lambda row: row["source_path"]):
            batch.append(row)
            if len(batch) == 1000:
                self.write(batch)
                batch = []
        self.write(batch)
        self.close()
        if written.is_dir():
            shutil.rmtree(written)
        else:
            written.unlink()

    def abort(self) -> None:
        """Close the files; the caller drops the version folder."""
        for closer in ((self._parquet.close if self._parquet else None), self._jsonl.close):
            if closer is None:
                continue
            try:
                closer()
            except Exception:  # noqa: BLE001 - already closed or broken: the folder goes anyway
                pass


OUTPUT_NAMES = ("corpus.parquet", "corpus.jsonl", "rejects.parquet", "rejects.jsonl",
                "people.parquet", "people.jsonl", "manifest.json", "report.html", "README.md")
VERSIONS_DIR = ".versions"
CURRENT_LINK = ".current"
# Documents per part file of corpus.parquet/: at the few tens of KB a scraped page weighs, a
# part holds a few hundred MB of compressed Parquet.
ROWS_PER_FILE = 20_000


class CorpusOutput:
    """A run's outputs, written into a version folder of their own and published all at once.

    ``corpus.parquet`` is a folder of part files of ``rows_per_file`` documents at most.
    ``OUT_DIR/.versions/<run>/`` receives every file; publishing points the symbolic link
    ``OUT_DIR/.current`` at it with one atomic rename. ``OUT_DIR/corpus.parquet`` and the other
    output names are links through ``.current``, so readers always see the files of one complete
    run, and a run killed at any moment leaves the previous run's files in place.
    """

    def __init__(self, out_dir: Path, pipeline_version: str, rows_per_file: int = ROWS_PER_FILE):
        from cleanse.io.schema import CORPUS_SCHEMA, REJECTS_SCHEMA

        self.out_dir = Path(out_dir)
        self.pipeline_version = pipeline_version
        drop_unpublished_versions(self.out_dir)
        (self.out_dir / VERSIONS_DIR).mkdir(parents=True, exist_ok=True)
        self.version_dir = Path(tempfile.mkdtemp(prefix=time.strftime("%Y%m%dT%H%M%S-"), dir=self.out_dir / VERSIONS_DIR))
        self.version_dir.chmod(0o755)  # readable like any output folder (mkdtemp makes it private)
        self.corpus = TableWriter(self.version_dir, "corpus", CORPUS_SCHEMA, rows_per_file)
        self.rejects = TableWriter(self.version_dir, "rejects", REJECTS_SCHEMA)

    def add(self, documents, rejects) -> None:
        """Append one batch of documents and rejects."""
        from cleanse.io.schema import document_row, reject_row

        self.corpus.write([document_row(doc) for doc in documents])
        self.rejects.write([reject_row(r, self.pipeline_version) for r in rejects])

    def finish(self, keep_previous: set[str] | None = None) -> None:
        """Finish both datasets. With ``keep_previous`` (an incremental run), the published
        outputs' rows of those source paths are merged in, all rows in source-path order."""
        self.corpus.close()
        self.rejects.close()
        if keep_previous:
            for writer in (self.corpus, self.rejects):
                writer.merge_previous(self.out_dir / f"{writer.name}.parquet", keep_previous)
        write_people(self.version_dir)

    def publish(self, write_manifest: Callable[[TextIO], None]) -> list[Path]:
        """Write the manifest (``write_manifest`` writes it to a text file), then make this
        version the outputs in one atomic step."""
        with open(self.version_dir / "manifest.json", "w", encoding="utf-8") as handle:
            write_manifest(handle)
        _fsync_dir(self.version_dir)
        link = self.out_dir / CURRENT_LINK
        _replace_symlink(link, os.path.relpath(self.version_dir, self.out_dir))
        for name in OUTPUT_NAMES:
            target = os.path.join(CURRENT_LINK, name)
            path = self.out_dir / name
            if not (path.is_symlink() and os.readlink(path) == target):
                _replace_symlink(path, target)
        _fsync_dir(self.out_dir)
        drop_unpublished_versions(self.out_dir)
        return [self.out_dir / name for name in OUTPUT_NAMES]

    def abort(self) -> None:
        self.corpus.abort()
        self.rejects.abort()
        shutil.rmtree(self.version_dir, ignore_errors=True)


def _replace_symlink(path: Path, target: str) -> None:
    """Point ``path`` at ``target`` atomically (a new link renamed over the old name)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.link")
    tmp.unlink(missing_ok=True)
    os.symlink(target, tmp)
    os.replace(tmp, path)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def drop_unpublished_versions(out_dir: Path) -> None:
    """Remove version folders other than the published one (left by killed runs, or superseded)."""
    versions = Path(out_dir) / VERSIONS_DIR
    if not versions.is_dir():
        return
    link = Path(out_dir) / CURRENT_LINK
    current = (Path(out_dir) / os.readlink(link)).resolve() if link.is_symlink() else None
    for folder in versions.iterdir():
        if folder.resolve() != current:
            shutil.rmtree(folder, ignore_errors=True)
    for stray in Path(out_dir).glob(".*.link"):
        stray.unlink(missing_ok=True)


def write_people(out_dir: Path) -> list[Path]:
    """``people.parquet`` / ``people.jsonl`` from ``corpus.parquet`` in the same folder: each
    canonical name, the forms it was written in, and how many documents and mentions name it."""
    from cleanse.io.schema import PEOPLE_SCHEMA

    documents: dict[str, int] = {}
    mentions: dict[str, int] = {}
    aliases: dict[str, set[str]] = {}
    for row in read_rows(Path(out_dir) / "corpus.parquet", columns=["people", "mentions"]):
        people, doc_mentions = row["people"], row["mentions"]
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
    writer = TableWriter(Path(out_dir), "people", PEOPLE_SCHEMA)
    writer.write(rows)
    writer.close()
    return list(writer.paths.values())
