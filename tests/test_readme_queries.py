"""The README's ready queries run as written against the seeds' outputs."""

import contextlib
import io
import os
import re
from pathlib import Path

import duckdb
import polars as pl
import pytest

from cleanse.pipeline import PipelineConfig
from cleanse.runner import run_local
from seed_checks import SEEDS

README = Path(__file__).resolve().parents[1] / "README.md"


def _query(name: str) -> str:
    match = re.search(rf"<!-- query:{name} -->\s*```\w+\n(.*?)```", README.read_text("utf-8"), re.S)
    assert match, f"query {name} is missing from the README"
    return match.group(1)


@pytest.fixture(scope="module")
def in_project(tmp_path_factory):
    """A folder with `outputs/` made from the seeds, as the README's queries expect."""
    root = tmp_path_factory.mktemp("project")
    run_local(SEEDS, root / "outputs", PipelineConfig.load())
    before = os.getcwd()
    os.chdir(root)
    yield root
    os.chdir(before)


def test_pandas_articles_naming_a_person_by_month(in_project):
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(_query("pandas-person-by-month"), {})
    assert "2024-02" in printed.getvalue()


def test_duckdb_articles_naming_a_person_by_month(in_project):
    rows = duckdb.sql(_query("duckdb-person-by-month")).fetchall()
    assert ("2024-02", 1) in rows and sum(count for _, count in rows) == 3


def test_duckdb_removed_text_audit(in_project):
    rows = duckdb.sql(_query("duckdb-removed-audit")).fetchall()
    assert rows[0][0] == "promo" and rows[0][1] == 5


def test_polars_dates_to_the_day(in_project):
    scope = {}
    with contextlib.redirect_stdout(io.StringIO()):
        exec(_query("polars-dates-to-the-day"), scope)
    days = scope["days"]
    assert isinstance(days, pl.DataFrame)
    assert ("Feb 15, 2024", "2024-02-15") in zip(days["text"], days["value"])
