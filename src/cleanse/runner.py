"""Run the whole job in this process, without Prefect: list, clean in batches, write, commit.

The Prefect flow in ``flows/`` does the same with tasks; this is what tests and benchmarks
call to measure the library alone.
"""

from __future__ import annotations

from pathlib import Path

from cleanse.io.readers import list_sources
from cleanse.io.writers import CorpusOutput
from cleanse.pipeline import PipelineConfig, clean_sources
from cleanse.summary import RunSummary


def batches(paths: list[str], size: int) -> list[list[str]]:
    """Split sorted paths into consecutive batches of at most ``size``."""
    return [paths[i : i + size] for i in range(0, len(paths), size)]


def run_local(input_dir: Path, out_dir: Path, config: PipelineConfig, batch_size: int = 200, progress=None) -> RunSummary:
    """The whole job without Prefect: list, clean in batches, write, commit."""
    paths = list_sources(Path(input_dir))
    summary = RunSummary(str(input_dir), str(out_dir), config.version, sources=len(paths))
    output = CorpusOutput(Path(out_dir), config.version)
    try:
        for batch in batches(paths, batch_size):
            result = clean_sources(Path(input_dir), batch, config)
            output.add(result.documents, result.rejects)
            summary.add(result)
            if progress:
                progress(summary)
        summary.files = [str(p) for p in output.commit()]
    except BaseException:
        output.abort()
        raise
    return summary
