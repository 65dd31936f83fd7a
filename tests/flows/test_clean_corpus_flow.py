"""End to end through Prefect: the `cleanse` command runs the flow on an embedded server."""

import json
import os
import subprocess
import sys

import pyarrow.parquet as pq
import pytest

from seed_checks import check_seed_rows


def _run_cli(args, cwd, state_dir):
    env = dict(os.environ, DO_NOT_TRACK="1", PREFECT_SERVER_ANALYTICS_ENABLED="false",
               PREFECT_HOME=str(state_dir / "prefect"))
    env.pop("PREFECT_API_URL", None)
    return subprocess.run([sys.executable, "-m", "cleanse.cli", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def flow_run(tmp_path_factory):
    """One run of the flow over the seeds plus hostile files (the embedded server takes 10-20 s)."""
    from pathlib import Path

    work = tmp_path_factory.mktemp("flow")
    seeds = work / "in"
    seeds.mkdir()
    for path in (Path(__file__).resolve().parents[2] / "seeds").iterdir():
        (seeds / path.name).write_bytes(path.read_bytes())
    bad = seeds / "bad"
    bad.mkdir()
    (bad / "binary.txt").write_bytes(os.urandom(2048))
    (bad / "empty.txt").write_bytes(b"")
    (bad / "invalid_utf8.txt").write_bytes("Valid start, ".encode() + b"\xff\xfe\xfa broken" + " then valid – end.".encode())
    (bad / "cp1252.txt").write_bytes("Caf\u00e9 owners said \u201cno\u201d, na\u00efvely.".encode("cp1252"))
    (bad / "utf16.txt").write_bytes("A UTF-16 text file with a BOM.".encode("utf-16"))
    (bad / "truncated.html.gz").write_bytes(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xb3\xc9")
    (bad / "malformed.html").write_text("<html><body><p>Unclosed paragraph <b>with <i>nesting</p></div>and more text here")
    result = _run_cli(["run", str(seeds), "--out", str(work / "out")], work, work / "state")
    return work, result


def test_cli_exits_zero_and_prints_a_summary(flow_run):
    _, result = flow_run
    assert result.returncode == 0, result.stderr[-3000:]
    assert "documents written: 7" in result.stdout
    assert "rejected:          3" in result.stdout
    assert "promo" in result.stdout


def test_flow_outputs_meet_the_seed_requirements(flow_run):
    work, _ = flow_run
    rows = [r for r in pq.read_table(work / "out" / "corpus.parquet").to_pylist() if "/" not in r["source_path"]]
    check_seed_rows(rows)


def test_bad_inputs_get_reasons_or_clean_rows(flow_run):
    work, _ = flow_run
    rejects = {r["source_path"]: r["reason"] for r in pq.read_table(work / "out" / "rejects.parquet").to_pylist()}
    assert set(rejects) == {"bad/binary.txt", "bad/empty.txt", "bad/truncated.html.gz"}
    assert "binary" in rejects["bad/binary.txt"] and "empty" in rejects["bad/empty.txt"]
    rows = {r["source_path"]: r for r in (json.loads(line) for line in (work / "out" / "corpus.jsonl").read_text().splitlines())}
    assert rows["bad/cp1252.txt"]["text"] == "Café owners said “no”, naïvely."
    assert rows["bad/utf16.txt"]["text"] == "A UTF-16 text file with a BOM."
    assert rows["bad/invalid_utf8.txt"]["text"].startswith("Valid start,")
    assert "and more text here" in rows["bad/malformed.html"]["text"]


def test_help_explains_every_option():
    result = subprocess.run([sys.executable, "-m", "cleanse.cli", "run", "--help"], capture_output=True, text=True)
    for option in ("--out", "--rules", "--aliases", "--batch-size", "--max-file-bytes", "--max-inflated-bytes", "--state-dir", "--no-prefect"):
        assert option in result.stdout


def test_nothing_cleanable_exits_non_zero(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "x.bin").write_bytes(b"\x00\x01")
    result = _run_cli(["run", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--no-prefect"], tmp_path, tmp_path / "state")
    assert result.returncode == 1
    assert "rejected:          1" in result.stdout


@pytest.fixture(scope="module")
def prefect_server(tmp_path_factory):
    """A real temporary Prefect server for in-process flow runs (its home in a temporary folder)."""
    from prefect.testing.utilities import prefect_test_harness

    home = tmp_path_factory.mktemp("prefect-home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PREFECT_HOME", str(home))
        with prefect_test_harness(server_startup_timeout=120):
            yield


def test_flow_publishes_a_markdown_artifact(tmp_path, prefect_server):
    """In-process flow run against a real temporary Prefect server; the summary is an artifact."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    from cleanse_flows.clean_corpus import clean_corpus
    from seed_checks import SEEDS

    summary = clean_corpus(input_dir=str(SEEDS), output_dir=str(tmp_path / "out"))
    assert summary.documents == 3
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["clean-corpus-summary"])))
    assert artifacts and artifacts[0].type == "markdown"
    assert "3 documents" in artifacts[0].data and "| promo | 5 |" in artifacts[0].data
    assert "Ilya Sutskever" in artifacts[0].data


def test_a_batch_that_fails_once_is_retried_by_prefect(tmp_path, prefect_server, monkeypatch):
    """Batches in one process are task runs called in the flow's thread: Prefect's retries still
    apply (the read is repeated with transient errors raised, not the no-retry fallback)."""
    import cleanse_flows.clean_corpus as flow_module
    from seed_checks import SEEDS

    calls = []

    def read_failing_once(*args, **kwargs):
        calls.append(kwargs.get("raise_transient", False))
        if len(calls) == 1:
            raise OSError("transient: the file server went away")
        return original(*args, **kwargs)

    original = flow_module.read_sources
    monkeypatch.setattr(flow_module, "read_sources", read_failing_once)
    summary = flow_module.clean_corpus(input_dir=str(SEEDS), output_dir=str(tmp_path / "out"))
    assert summary.documents == 3 and not summary.rejects
    assert calls == [True, True]


def test_the_flow_records_the_hash_of_every_source_it_read(flow_run):
    import hashlib

    from cleanse.incremental import Manifest

    work, _ = flow_run
    sources = {path.relative_to(work / "in").as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
               for path in (work / "in").rglob("*") if path.is_file()}
    assert Manifest.load(work / "out").sources == sources
