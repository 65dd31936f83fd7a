"""Run the whole job in this process, without Prefect: list, clean in batches, write, commit.

The Prefect flow in ``flows/`` does the same with tasks; this is what tests and benchmarks
call to measure the library alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from cleanse.io.readers import list_sources
from cleanse.io.writers import CorpusOutput
from cleanse.pipeline import BatchResult, PipelineConfig, clean_sources
from cleanse.summary import RunSummary


def batches(paths: list[str], size: int) -> list[list[str]]:
    """Split sorted paths into consecutive batches of at most ``size``."""
    return [paths[i : i + size] for i in range(0, len(paths), size)]


_WORKER_CONFIG: PipelineConfig | None = None


def _start_worker(config: PipelineConfig) -> None:
    global _WORKER_CONFIG
    _WORKER_CONFIG = config


def _clean_in_worker(job: tuple[str, list[str]]):
    input_dir, paths = job
    return clean_sources(Path(input_dir), paths, _WORKER_CONFIG)


def clean_batches(input_dir: Path, chunks: list[list[str]], config: PipelineConfig, workers: int = 1) -> Iterator[BatchResult]:
    """Clean batches in order, in this process or in ``workers`` processes (results still in order)."""
    if workers <= 1:
        for chunk in chunks:
            yield clean_sources(Path(input_dir), chunk, config)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_start_worker, initargs=(config,)) as pool:
        yield from pool.map(_clean_in_worker, [(str(input_dir), chunk) for chunk in chunks])


def run_local(input_dir: Path, out_dir: Path, config: PipelineConfig, batch_size: int = 200, progress=None,
              workers: int = 1) -> RunSummary:
    """The whole job without Prefect: list, clean in batches (in ``workers`` processes), write, commit."""
    paths = list_sources(Path(input_dir))
    summary = RunSummary(str(input_dir), str(out_dir), config.version, sources=len(paths))
    output = CorpusOutput(Path(out_dir), config.version)
    try:
        for result in clean_batches(Path(input_dir), batches(paths, batch_size), config, workers):
            output.add(result.documents, result.rejects)
            summary.add(result)
            if progress:
                progress(summary)
        summary.files = [str(p) for p in output.commit()]
    except BaseException:
        output.abort()
        raise
    return summary
