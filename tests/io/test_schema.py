import datetime as dt

import duckdb
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from cleanse.io.schema import CORPUS_SCHEMA, REJECTS_SCHEMA
from cleanse.pipeline import PipelineConfig
from cleanse.runner import run_local
from seed_checks import SEEDS


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    seeds = tmp_path_factory.mktemp("seeds")
    for path in SEEDS.iterdir():
        (seeds / path.name).write_bytes(path.read_bytes())
    (seeds / "bad.txt").write_bytes(b"\x00\x01\x02\x03" * 10)
    run_local(seeds, out, PipelineConfig.load())
    return out


def test_pyarrow_reads_the_declared_schema(outputs):
    table = pq.read_table(outputs / "corpus.parquet")
    assert table.schema.equals(CORPUS_SCHEMA, check_metadata=False)
    assert table.num_rows == 3
    assert pq.read_table(outputs / "rejects.parquet").schema.equals(REJECTS_SCHEMA, check_metadata=False)
    assert pq.ParquetFile(outputs / "corpus.parquet" / "part-00000.parquet").metadata.row_group(0).column(0).compression == "ZSTD"


def test_pandas_reads_types_without_casts(outputs):
    frame = pd.read_parquet(outputs / "corpus.parquet")
    row = frame.set_index("source_path").loc["000_6e9da8660d8b4b36.txt"]
    assert row["published_date"] == dt.date(2024, 2, 15)
    assert "Andrej Karpathy" in list(row["people"])
    assert isinstance(row["word_count"], (int,)) or row["word_count"].dtype.kind == "i"
    mention = row["mentions"][0]
    assert set(mention) == {"text", "canonical", "start", "end"}


def test_duckdb_reads_and_queries_nested_columns(outputs):
    con = duckdb.connect()
    path = str(outputs / "corpus.parquet")
    types = {row[0]: row[1] for row in con.execute(f"DESCRIBE SELECT * FROM read_parquet('{path}')").fetchall()}
    assert types["published_date"] == "DATE"
    assert types["people"] == "VARCHAR[]"
    assert types["word_count"] == "INTEGER"
    assert types["mentions"].startswith("STRUCT(")
    count = con.execute(
        f"SELECT count(*) FROM read_parquet('{path}') WHERE list_contains(people, 'Ilya Sutskever')"
    ).fetchone()[0]
    assert count == 3
    rules = con.execute(
        f"SELECT r.rule, count(*) FROM read_parquet('{path}'), unnest(removed) AS u(r) GROUP BY 1 ORDER BY 2 DESC"
    ).fetchall()
    assert rules[0] == ("promo", 5)
    rejects = con.execute(f"SELECT source_path, reason FROM read_parquet('{outputs / 'rejects.parquet'}')").fetchall()
    assert rejects[0][0] == "bad.txt" and "binary" in rejects[0][1]


def test_polars_reads_types_without_casts(outputs):
    corpus = pl.read_parquet(outputs / "corpus.parquet")
    assert corpus.schema["published_date"] == pl.Date
    assert corpus.schema["people"] == pl.List(pl.String)
    assert corpus.schema["word_count"] == pl.Int32
    assert corpus.schema["mentions"] == pl.List(pl.Struct({"text": pl.String, "canonical": pl.String,
                                                            "start": pl.Int32, "end": pl.Int32}))
    row = corpus.filter(pl.col("source_path") == "000_6e9da8660d8b4b36.txt").row(0, named=True)
    assert row["published_date"] == dt.date(2024, 2, 15)
    mention = row["mentions"][0]
    assert row["text"][mention["start"] : mention["end"]] == mention["text"]
    assert corpus.filter(pl.col("people").list.contains("Ilya Sutskever")).height == 3
    rejects = pl.read_parquet(outputs / "rejects.parquet")
    assert rejects["source_path"].to_list() == ["bad.txt"]


def test_empty_rejects_file_still_has_its_schema(tmp_path):
    run_local(SEEDS, tmp_path, PipelineConfig.load())
    table = pq.read_table(tmp_path / "rejects.parquet")
    assert table.num_rows == 0 and isinstance(table.schema, pa.Schema)
    assert (tmp_path / "rejects.jsonl").read_text() == ""


def test_no_temporary_files_are_left(outputs):
    assert sorted(p.name for p in outputs.iterdir() if not p.name.startswith(".")) == [
        "README.md", "corpus.jsonl", "corpus.parquet", "manifest.json", "people.jsonl", "people.parquet",
        "rejects.jsonl", "rejects.parquet", "report.html"]
    assert not [p for p in outputs.iterdir() if p.name.endswith(".tmp")]


def test_people_table_lists_canonical_names_with_aliases_and_counts(outputs):
    people = {row["person"]: row for row in pq.read_table(outputs / "people.parquet").to_pylist()}
    assert people["Ilya Sutskever"]["documents"] == 3
    assert {"Sutskever", "Ilya"} <= set(people["Ilya Sutskever"]["aliases"])
    assert people["Sam Altman"]["mentions"] >= 10
    assert "Sutskever" not in people
    con = duckdb.connect()
    top = con.execute(f"SELECT person FROM read_parquet('{outputs / 'people.parquet'}') ORDER BY documents DESC, person LIMIT 1").fetchone()
    assert top[0] in ("Ilya Sutskever", "Sam Altman")
