"""Prefect's temporary server for one ``cleanse run``, started before this process imports Prefect.

Without ``PREFECT_API_URL``, Prefect's embedded mode starts a temporary server when the flow
first needs an API: it imports the server's modules into the flow's process (about 1.5 s here)
and only then starts the server in a child process and waits for it (about 3 s, the child
importing the same modules). This module starts the same server, Prefect's API app in its
ephemeral form (no UI, no background services; ``create_app(ephemeral=True)``), as the
command's first act, so its start overlaps the command's own imports, and the command's process
never imports the server. The listening socket is opened here and handed to uvicorn (``--fd``),
so no other process can take the port between choosing it and serving on it.

Imports nothing from Prefect at module level: it runs before Prefect is imported.
"""

from __future__ import annotations

import atexit
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from cleanse_flows.deployments import SERVER_START_TIMEOUT, wait_for_api
from cleanse_flows.settings import prefect_settings

STOP_GRACE = 5.0


def create_app():
    """The uvicorn factory: Prefect's API app as its embedded mode serves it. The server stops
    by itself when the command that started it is gone (killed, so it could not stop it)."""
    from prefect.server.api.server import create_app as prefect_create_app

    threading.Thread(target=_stop_when_orphaned, args=(os.getppid(),), daemon=True).start()
    return prefect_create_app(ephemeral=True, final=True)


def _stop_when_orphaned(parent: int, interval: float = 1.0) -> None:
    """SIGTERM this process (uvicorn shuts down gracefully) once ``parent`` is no longer its parent."""
    while os.getppid() == parent:
        time.sleep(interval)
    os.kill(os.getpid(), signal.SIGTERM)


@dataclass
class TemporaryServer:
    """A Prefect API server in a child process, on 127.0.0.1, for the life of one run."""

    process: subprocess.Popen
    api_url: str

    @classmethod
    def start(cls, state_dir: Path) -> TemporaryServer:
        """Start the server with its home under ``state_dir`` and return at once; the caller
        waits with ``wait_until_ready`` and stops it with ``stop``."""
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            listener.bind(("127.0.0.1", 0))
            listener.listen(128)  # connections made before uvicorn serves wait in the backlog
            port = listener.getsockname()[1]
            env = dict(os.environ, **prefect_settings(state_dir), PREFECT_UI_ENABLED="false")
            env.pop("PREFECT_API_URL", None)  # the server itself does not talk to an API
            process = subprocess.Popen(
                [sys.executable, "-m", "uvicorn", "--factory", "cleanse_flows.temporary_server:create_app",
                 "--fd", str(listener.fileno()), "--lifespan", "on", "--log-level", "error"],
                env=env, pass_fds=(listener.fileno(),),
            )
        finally:
            listener.close()  # the child holds its own copy
        server = cls(process, f"http://127.0.0.1:{port}/api")
        # Stopped at exit, after Prefect's log and event workers (registered later, so run
        # earlier) have sent what they hold; also when the run fails.
        atexit.register(server.stop)
        return server

    def wait_until_ready(self, timeout: float = SERVER_START_TIMEOUT) -> None:
        """Block until the API answers its health check; fail plainly if the server exited."""
        # Requests made before uvicorn serves wait in the socket's backlog: ask often.
        wait_for_api(self.api_url, self.process, timeout, interval=0.05)

    def stop(self) -> None:
        """Terminate the server (SIGTERM, then SIGKILL after ``STOP_GRACE`` seconds)."""
        if self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(STOP_GRACE)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
