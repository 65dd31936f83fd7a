"""Deployments of ``clean-corpus`` and a local Prefect server to serve them on.

``cleanse serve`` starts a Prefect server on 127.0.0.1 (its database under the state folder,
telemetry off) and serves two deployments until stopped:

- ``clean-corpus/manual``: runs when asked (``prefect deployment run 'clean-corpus/manual' --watch``);
- ``clean-corpus/scheduled``: re-cleans on a cron schedule (every 15 minutes by default). Runs
  are incremental, so a tick with no changed seed rewrites nothing.

Both take the parameters input_dir, output_dir, rules_file and aliases_file, and allow one
run at a time each (the outputs lock keeps runs of different deployments apart too).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from cleanse_flows.settings import prefect_settings

DEFAULT_CRON = "*/15 * * * *"
SERVER_START_TIMEOUT = 120


def prefect_server_environment(state_dir: Path, port: int) -> dict[str, str]:
    """Environment for a local Prefect server on 127.0.0.1:``port`` and its clients (the common
    settings of ``prefect_settings``), with runs picked up within a couple of seconds."""
    return {
        **prefect_settings(state_dir),
        "PREFECT_API_URL": f"http://127.0.0.1:{port}/api",
        "PREFECT_SERVER_API_PORT": str(port),
        "PREFECT_RUNNER_POLL_FREQUENCY": "2",
    }


def start_local_server(state_dir: Path, port: int, log_file: Path | None = None) -> subprocess.Popen:
    """Start ``prefect server start`` on 127.0.0.1:``port`` in its own process group and wait
    until its API answers. The caller stops it with ``stop_process_group``."""
    env = dict(os.environ, **prefect_server_environment(state_dir, port))
    env.pop("PREFECT_API_URL")  # the server itself does not talk to an API
    out = open(log_file, "ab") if log_file else subprocess.DEVNULL
    process = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port), "--analytics-off"],
        env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
    )
    wait_for_api(f"http://127.0.0.1:{port}/api", process)
    return process


def wait_for_api(api_url: str, process: subprocess.Popen | None = None, timeout: float = SERVER_START_TIMEOUT,
                 path: str = "/health", interval: float = 0.5) -> None:
    """Block until ``GET {api_url}{path}`` answers 200 (or fail if ``process`` died first),
    asking every ``interval`` seconds."""
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the process serving {api_url} exited with code {process.returncode} before it answered")
        try:
            if httpx.get(f"{api_url}{path}", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(interval)
    raise TimeoutError(f"the Prefect API at {api_url} did not answer within {timeout:.0f} s")


def stop_process_group(process: subprocess.Popen, grace: float = 15.0) -> None:
    """SIGTERM the process's group, then SIGKILL whatever is left after ``grace`` seconds."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(grace)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(5)
    except ProcessLookupError:
        pass


def build_deployments(input_dir: str, output_dir: str, rules_file: str | None = None,
                      aliases_file: str | None = None, cron: str = DEFAULT_CRON) -> list:
    """The manual and the scheduled deployment of ``clean-corpus`` with these default parameters."""
    from prefect.deployments.runner import EntrypointType

    from cleanse_flows.clean_corpus import clean_corpus

    parameters = {
        "input_dir": str(Path(input_dir).resolve()),
        "output_dir": str(Path(output_dir).resolve()),
        "rules_file": str(Path(rules_file).resolve()) if rules_file else None,
        "aliases_file": str(Path(aliases_file).resolve()) if aliases_file else None,
    }
    common = dict(parameters=parameters, concurrency_limit=1, entrypoint_type=EntrypointType.MODULE_PATH,
                  tags=["cleanse"])
    return [
        clean_corpus.to_deployment(name="manual", description="Clean the seeds when asked.", **common),
        clean_corpus.to_deployment(name="scheduled", cron=cron,
                                   description=f"Re-clean changed seeds on the schedule {cron!r}.", **common),
    ]


def serve_deployments(input_dir: str, output_dir: str, rules_file: str | None, aliases_file: str | None,
                      cron: str, state_dir: Path, port: int, api_url: str | None = None) -> None:
    """Serve the deployments until interrupted, on ``api_url`` or on a local server started here."""
    server = None
    if api_url is None:
        os.environ.update(prefect_server_environment(state_dir, port))
        log = Path(state_dir) / "prefect-server.log"
        print(f"starting a Prefect server on http://127.0.0.1:{port} (log: {log}) ...", flush=True)
        server = start_local_server(state_dir, port, log)
    else:
        os.environ["PREFECT_API_URL"] = api_url
        wait_for_api(api_url)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # stop cleanly: the server goes with us
    try:
        from prefect import serve

        print(f"serving clean-corpus/manual and clean-corpus/scheduled ({cron}); "
              f"in another shell: export PREFECT_API_URL={os.environ['PREFECT_API_URL']}", flush=True)
        serve(*build_deployments(input_dir, output_dir, rules_file, aliases_file, cron), print_starting_message=False)
    finally:
        if server is not None:
            stop_process_group(server)
