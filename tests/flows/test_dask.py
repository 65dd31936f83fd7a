"""Batches on a Dask cluster: `cleanse run --dask-address` against a real `distributed.LocalCluster`
of two worker processes; the outputs must equal a single-process run's."""

import os
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from cleanse.pipeline import PipelineConfig
from cleanse.runner import run_local

from test_clean_corpus_flow import _run_cli

distributed = pytest.importorskip("distributed")

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _inputs(folder: Path) -> Path:
    """The seeds, variants of them as HTML, and two files that must become rejects."""
    folder.mkdir()
    for number, path in enumerate(sorted(SEEDS.iterdir())):
        text = path.read_text("utf-8")
        (folder / path.name).write_text(text, "utf-8")
        paragraphs = "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())
        (folder / f"page_{number}.html").write_text(f"<html><body><article>{paragraphs}</article></body></html>", "utf-8")
    (folder / "binary.txt").write_bytes(os.urandom(4096))
    (folder / "empty.txt").write_bytes(b"")
    return folder


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address="127.0.0.1:0") as local_cluster:
        yield local_cluster


def test_outputs_on_a_dask_cluster_equal_the_single_process_run(tmp_path, cluster):
    inputs = _inputs(tmp_path / "in")
    run_local(inputs, tmp_path / "local", PipelineConfig.load(), batch_size=2)

    result = _run_cli(["run", str(inputs), "--out", str(tmp_path / "dask"), "--batch-size", "2",
                       "--dask-address", cluster.scheduler_address, "--state-dir", str(tmp_path / "state")],
                      tmp_path, tmp_path / "state")
    assert result.returncode == 0, result.stderr[-3000:]
    assert f"Connecting to an existing Dask cluster at {cluster.scheduler_address}" in result.stderr

    # The batches ran on the cluster's workers, not in the flow's process.
    ran = {prefix for prefix in cluster.scheduler.task_prefixes}
    assert any("clean-batch" in prefix or "clean_batch" in prefix for prefix in ran), ran

    for name in ("corpus.parquet", "rejects.parquet"):
        local = pq.read_table(tmp_path / "local" / name)
        on_dask = pq.read_table(tmp_path / "dask" / name)
        assert on_dask.num_rows == local.num_rows > 0
        assert on_dask.equals(local), name


def test_dask_address_needs_prefect(tmp_path):
    result = _run_cli(["run", str(SEEDS), "--out", str(tmp_path / "out"), "--no-prefect",
                       "--dask-address", "tcp://127.0.0.1:1"], tmp_path, tmp_path / "state")
    assert result.returncode == 2
    assert "--dask-address" in result.stderr


def test_workers_through_the_flow_share_its_server_and_equal_the_single_process_run(tmp_path):
    """`--workers 2` starts a temporary LocalCluster; its workers must report to the flow's own
    temporary Prefect server, not start one each (they did: three servers on one database)."""
    inputs = _inputs(tmp_path / "in")
    run_local(inputs, tmp_path / "local", PipelineConfig.load(), batch_size=2)

    result = _run_cli(["run", str(inputs), "--out", str(tmp_path / "workers"), "--batch-size", "2",
                       "--workers", "2", "--state-dir", str(tmp_path / "state")], tmp_path, tmp_path / "state")
    assert result.returncode == 0, result.stderr[-3000:]
    # One server: the command's own temporary one; Prefect's embedded mode starts none.
    assert result.stderr.count("Started a temporary Prefect server") == 1, result.stderr[-3000:]
    assert "Starting temporary server" not in result.stderr, result.stderr[-3000:]
    for name in ("corpus.parquet", "rejects.parquet"):
        assert pq.read_table(tmp_path / "workers" / name).equals(pq.read_table(tmp_path / "local" / name)), name


@pytest.mark.parametrize(
    ("asked", "workers", "address", "files_per_task"),
    [
        (None, 1, None, 200),  # a task run in the flow's thread costs ~10 ms: small batches, little memory
        (None, 2, None, 1000),  # on a temporary Dask cluster a task run costs ~120 ms
        (None, 1, "tcp://127.0.0.1:8786", 1000),
        (50, 2, None, 50),  # what the user asks for wins
    ],
)
def test_batches_are_larger_on_dask_unless_a_size_is_given(asked, workers, address, files_per_task):
    from cleanse_flows.clean_corpus import batch_size_for

    assert batch_size_for(asked, workers, address) == files_per_task
