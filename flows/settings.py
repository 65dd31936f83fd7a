"""Prefect settings wherever cleanse runs it: no telemetry, loopback only, state inside the
project's state folder, no persisted results. Imports nothing from Prefect, so it can be applied
before Prefect is imported."""

from __future__ import annotations

from pathlib import Path


def prefect_settings(state_dir: Path) -> dict[str, str]:
    """Environment variables for Prefect with its home (database, storage) under ``state_dir``."""
    home = (Path(state_dir) / "prefect").resolve()
    home.mkdir(parents=True, exist_ok=True)  # Prefect does not create missing parents
    return {
        "PREFECT_HOME": str(home),
        "PREFECT_LOCAL_STORAGE_PATH": str(home / "storage"),
        "PREFECT_SERVER_API_HOST": "127.0.0.1",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PREFECT_RESULTS_PERSIST_BY_DEFAULT": "false",
    }
