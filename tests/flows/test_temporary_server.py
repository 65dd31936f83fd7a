"""The temporary Prefect server `cleanse run` starts before it imports Prefect: a real server on
a loopback port, its health checked, stopped with the run, gone when the command is killed, and
Prefect's embedded mode taking over when it cannot start."""

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import httpx
import pytest

from cleanse_flows.temporary_server import TemporaryServer

from test_clean_corpus_flow import _run_cli

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _answers(api_url: str) -> bool:
    try:
        return httpx.get(f"{api_url}/health", timeout=5).status_code == 200
    except httpx.HTTPError:
        return False


def _gone(pid: int, within: float) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.2)
    return False


def test_the_server_answers_on_loopback_and_stops(tmp_path):
    server = TemporaryServer.start(tmp_path / "state")
    try:
        assert server.api_url.startswith("http://127.0.0.1:") and server.api_url.endswith("/api")
        server.wait_until_ready()
        assert _answers(server.api_url)
    finally:
        server.stop()
    assert server.process.poll() is not None
    assert not _answers(server.api_url)
    server.stop()  # stopping twice is harmless (the command's exit stops it again)


def test_a_server_that_exits_before_answering_is_reported(tmp_path):
    server = TemporaryServer.start(tmp_path / "state")
    server.process.kill()
    server.process.wait()
    with pytest.raises(RuntimeError, match="exited with code"):
        server.wait_until_ready(timeout=30)


@pytest.mark.parametrize(
    ("api_url", "dask_address"),
    [
        ("http://127.0.0.1:4200/api", None),  # the user's server
        (None, "tcp://scheduler:8786"),  # workers on other machines could not reach this loopback
    ],
)
def test_no_temporary_server_where_it_would_not_serve(tmp_path, monkeypatch, api_url, dask_address):
    from cleanse.cli import start_temporary_server

    if api_url:
        monkeypatch.setenv("PREFECT_API_URL", api_url)
    else:
        monkeypatch.delenv("PREFECT_API_URL", raising=False)
    assert start_temporary_server(tmp_path / "state", dask_address) is None


def test_the_server_stops_when_the_command_is_killed(tmp_path):
    """SIGKILL leaves no chance to stop it: the server notices its parent is gone and stops."""
    script = textwrap.dedent(f"""
        import os, signal
        from pathlib import Path
        from cleanse_flows.temporary_server import TemporaryServer
        server = TemporaryServer.start(Path({str(tmp_path / "state")!r}))
        server.wait_until_ready()
        print(server.api_url, server.process.pid, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=180)
    assert result.returncode == -signal.SIGKILL, result.stderr[-3000:]
    api_url, pid = result.stdout.split()
    assert _gone(int(pid), within=20), "the orphaned server is still running"
    assert not _answers(api_url)


def test_a_run_falls_back_to_prefects_embedded_mode_when_the_server_cannot_start(tmp_path):
    """The command's own server dies before answering: Prefect starts its temporary server, as
    it would have without cleanse's, and the run completes."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    for path in SEEDS.iterdir():
        (inputs / path.name).write_bytes(path.read_bytes())
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from cleanse import cli
        from cleanse_flows.temporary_server import TemporaryServer

        args = cli.build_parser().parse_args(["run", {str(inputs)!r}, "--out", {str(tmp_path / "out")!r},
                                              "--state-dir", {str(tmp_path / "state")!r}])
        cli.prefect_environment(args.state_dir)
        server = cli.start_temporary_server(args.state_dir)
        server.process.kill()
        server.process.wait()
        sys.exit(cli._run(args, server))
    """)
    env = dict(os.environ, DO_NOT_TRACK="1", PREFECT_SERVER_ANALYTICS_ENABLED="false")
    env.pop("PREFECT_API_URL", None)
    env.pop("PREFECT_HOME", None)
    result = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Prefect's embedded mode starts one" in result.stderr
    assert "Starting temporary server" in result.stderr  # Prefect's own
    assert "documents written: 3" in result.stdout


def test_a_run_through_the_cli_uses_one_server_and_leaves_none(tmp_path):
    result = _run_cli(["run", str(SEEDS), "--out", str(tmp_path / "out"), "--state-dir", str(tmp_path / "state")],
                      tmp_path, tmp_path / "state")
    assert result.returncode == 0, result.stderr[-3000:]
    started = [line for line in result.stderr.splitlines() if "Started a temporary Prefect server on" in line]
    assert len(started) == 1, result.stderr[-3000:]
    assert "Starting temporary server" not in result.stderr  # Prefect's embedded mode started none
    assert "View at" not in result.stderr  # the server has no UI to link to
    api_url = started[0].split(" on ", 1)[1].split()[0]
    assert not _answers(api_url)
