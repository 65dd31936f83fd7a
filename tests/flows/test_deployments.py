"""Deployments on a real Prefect server: `cleanse serve`, then `prefect deployment run --watch`."""

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pyarrow.parquet as pq
import pytest

from cleanse_flows.deployments import stop_process_group, wait_for_api
from seed_checks import SEEDS

PREFECT = str(Path(sys.executable).parent / "prefect")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """`cleanse serve` on a free loopback port; every process it started is stopped at the end."""
    work = tmp_path_factory.mktemp("serve")
    seeds = work / "seeds"
    shutil.copytree(SEEDS, seeds)
    port = _free_port()
    env = dict(os.environ, DO_NOT_TRACK="1", PREFECT_SERVER_ANALYTICS_ENABLED="false")
    env.pop("PREFECT_API_URL", None)
    log = open(work / "serve.log", "wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "cleanse.cli", "serve", "--input", str(seeds), "--out", str(work / "out"),
         "--port", str(port), "--state-dir", str(work / "state"), "--cron", "0 0 1 1 *"],
        cwd=work, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    api = f"http://127.0.0.1:{port}/api"
    try:
        try:
            wait_for_api(api, process, timeout=120, path="/deployments/name/clean-corpus/manual")
        except (RuntimeError, TimeoutError) as exc:
            pytest.fail(f"{exc}\n" + (work / "serve.log").read_text()[-3000:])
        client_env = dict(env, PREFECT_API_URL=api, PREFECT_HOME=str(work / "client"))
        yield work, seeds, client_env
    finally:
        stop_process_group(process, grace=20)
        log.close()
    # nothing it started is left listening
    with pytest.raises(httpx.HTTPError):
        httpx.get(f"{api}/health", timeout=2)


def _run(env, *params):
    args = [PREFECT, "deployment", "run", "clean-corpus/manual", "--watch"]
    for param in params:
        args += ["--param", param]
    return subprocess.run(args, env=env, capture_output=True, text=True, timeout=180)


def _rows(out):
    return {row["source_path"]: row for row in pq.read_table(out / "corpus.parquet").to_pylist()}


def test_manual_deployment_runs_and_reruns_only_what_changed(served):
    work, seeds, env = served
    out = work / "out"
    first = _run(env)
    assert first.returncode == 0, first.stdout[-2000:] + first.stderr[-2000:]
    before = _rows(out)
    assert len(before) == 3

    changed, deleted, kept = "000_6e9da8660d8b4b36.txt", "002_36cfec6c427d1d69.txt", "003_dd1124b21a6d5fd2.txt"
    (seeds / changed).write_text((seeds / changed).read_text("utf-8") + "\nOne more paragraph.\n", "utf-8")
    (seeds / deleted).unlink()
    (seeds / "added.txt").write_text("Added Headline\n\nA new article about Sam Altman and OpenAI.\n", "utf-8")
    second = _run(env)
    assert second.returncode == 0, second.stdout[-2000:] + second.stderr[-2000:]
    after = _rows(out)
    assert sorted(after) == sorted(["added.txt", changed, kept])
    assert after[kept] == before[kept]
    assert after[changed] != before[changed] and "One more paragraph." in after[changed]["text"]

    stamps = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    third = _run(env)
    assert third.returncode == 0
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir()} == stamps  # nothing changed, nothing rewritten


def test_a_failed_run_exits_non_zero(served):
    work, _, env = served
    result = _run(env, f"input_dir={work / 'no-such-folder'}")
    assert result.returncode != 0
