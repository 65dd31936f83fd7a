"""corpus.parquet/ as a folder of part files: one dataset for pyarrow, pandas, DuckDB and Polars."""

import json

import duckdb
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from cleanse.io.writers import TableWriter

SCHEMA = pa.schema([("source_path", pa.string()), ("text", pa.string())])


def _rows(count, prefix="doc"):
    return [{"source_path": f"{prefix}{i:03d}.txt", "text": f"text {i}"} for i in range(count)]


@pytest.mark.parametrize("rows_per_file, batches, parts", [
    (2, [5], 3),          # one batch across three parts
    (2, [1, 1, 1, 1], 2),  # batches filling parts exactly
    (10, [3, 4], 1),
    (2, [], 1),            # empty: one part that still has the schema
])
def test_parts_hold_at_most_rows_per_file_and_read_as_one_dataset(tmp_path, rows_per_file, batches, parts):
    writer = TableWriter(tmp_path, "corpus", SCHEMA, rows_per_file)
    rows = _rows(sum(batches))
    start = 0
    for size in batches:
        writer.write(rows[start : start + size])
        start += size
    writer.close()

    folder = tmp_path / "corpus.parquet"
    files = sorted(folder.iterdir())
    assert [f.name for f in files] == [f"part-{i:05d}.parquet" for i in range(parts)]
    assert all(pq.read_metadata(f).num_rows <= rows_per_file for f in files)
    assert pq.read_table(folder).schema.equals(SCHEMA)
    assert pq.read_table(folder).to_pylist() == rows
    assert pd.read_parquet(folder)["source_path"].tolist() == [r["source_path"] for r in rows]
    assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{folder}')").fetchall() == [(len(rows),)]
    assert pl.scan_parquet(folder).collect().to_dicts() == rows
    lines = (tmp_path / "corpus.jsonl").read_text("utf-8").splitlines()
    assert [json.loads(line) for line in lines] == rows


def test_merging_previous_rows_rewrites_the_parts_in_source_order(tmp_path):
    previous = tmp_path / "previous"
    previous.mkdir()
    old = TableWriter(previous, "corpus", SCHEMA, rows_per_file=2)
    old.write(_rows(4, "a"))
    old.close()

    new = TableWriter(tmp_path, "corpus", SCHEMA, rows_per_file=2)
    new.write(_rows(3, "b"))
    new.close()
    new.merge_previous(previous / "corpus.parquet", keep={"a000.txt", "a002.txt"})

    paths = [row["source_path"] for row in pq.read_table(tmp_path / "corpus.parquet").to_pylist()]
    assert paths == ["a000.txt", "a002.txt", "b000.txt", "b001.txt", "b002.txt"]
    assert len(list((tmp_path / "corpus.parquet").iterdir())) == 3
