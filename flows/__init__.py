"""Prefect wiring for cleanse: flows, tasks and deployments that call the library."""
