"""The Prefect flow ``clean-corpus``: the library's batches as tasks, outputs committed at the end.

Tasks work on batches of files, not single documents: a Prefect task run costs about 25 ms
of orchestration (about 100 ms on Dask), which would dominate per-document tasks on a large
corpus. Where the batches run is a parameter of the run: the flow's own thread (default),
``workers`` local processes (a temporary Dask cluster), or an existing Dask cluster at
``dask_address``. The writer stays in the flow's process either way.
"""

from __future__ import annotations

from collections import deque
from contextlib import nullcontext
from functools import lru_cache, partial
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext
from prefect.task_runners import TaskRunner

from cleanse.incremental import Manifest, Plan, outputs_lock
from cleanse.io.readers import ReadLimits
from cleanse.io.writers import CorpusOutput
from cleanse.pipeline import BatchResult, PipelineConfig, clean_batch, read_sources
from cleanse.runner import BATCH_SIZE, batches, finish_outputs, plan_outputs, record_hashes, relax_gc, start_summary
from cleanse.summary import RunSummary

# Batches cleaned ahead of the writer: bounds memory while keeping the workers busy.
MAX_BATCHES_IN_FLIGHT = 4
# Files per task on Dask when none is given. A task run in the flow's own thread costs about
# 10 ms, so batches stay small there (BATCH_SIZE: memory holds one); on Dask it costs about
# 120 ms (the worker hydrates Prefect's settings and clients), 10% of a 200-file batch. 10,000
# files on a temporary cluster of two workers: 50.9 and 51.4 s in batches of 200, 47.9 and
# 46.6 s in batches of 1,000.
DASK_BATCH_SIZE = 1000


class NothingCleaned(RuntimeError):
    """Raised when a run had sources but not one document is in the outputs (the run fails)."""

    def __init__(self, summary: RunSummary):
        super().__init__(f"no document could be cleaned out of {summary.sources} source files")
        self.summary = summary


@lru_cache(maxsize=8)
def _config(rules_file: str | None, aliases_file: str | None, limits: tuple[int, int, int]) -> PipelineConfig:
    return PipelineConfig.load(
        Path(rules_file) if rules_file else None,
        Path(aliases_file) if aliases_file else None,
        ReadLimits(*limits),
    )


# One task reads and cleans a batch: a second task per batch doubled the orchestration, and on
# Dask it shipped the raw pages from one worker to another.
@task(name="clean-batch", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def clean_batch_task(input_dir: str, paths: list[str], rules_file: str | None, aliases_file: str | None,
                     limits: tuple[int, int, int]) -> BatchResult:
    """Read and clean a batch of files. A transient I/O error fails the task so Prefect retries
    it; a file that cannot be cleaned is a reject row, no failure."""
    relax_gc()  # where the task runs: this process, or a Dask worker's
    config = _config(rules_file, aliases_file, limits)
    return clean_batch(read_sources(Path(input_dir), paths, config.limits, raise_transient=True), config)


def task_runner_for(workers: int = 1, dask_address: str | None = None) -> TaskRunner | None:
    """Where batches run: an existing Dask cluster, a temporary local one of ``workers``
    processes, or (None) the flow's own thread, each batch a task run called directly.
    Cleaning holds the GIL, so threads never helped (four threads: 21% slower at 2,000
    documents), and batches submitted to Prefect's thread pool grew the process by about
    1.4 MiB a batch that was never given back (416 -> 560 MiB over 100 batches); called
    directly, the same run stays flat."""
    if dask_address or workers > 1:
        from prefect_dask import DaskTaskRunner  # imported only when used: it pulls in distributed

        if dask_address:
            return DaskTaskRunner(address=dask_address)
        cluster = {"n_workers": workers, "threads_per_worker": 1, "processes": True,
                   "host": "127.0.0.1", "dashboard_address": "127.0.0.1:0"}
        api_url = _flow_api_url()
        if api_url:
            cluster["env"] = {"PREFECT_API_URL": api_url}
        return DaskTaskRunner(cluster_kwargs=cluster)
    return None


def batch_size_for(batch_size: int | None, workers: int = 1, dask_address: str | None = None) -> int:
    """Files per task: the one asked for, else the default for where batches run.

    >>> batch_size_for(None), batch_size_for(None, workers=2), batch_size_for(50, workers=2)
    (200, 1000, 50)
    """
    if batch_size:
        return batch_size
    return DASK_BATCH_SIZE if dask_address or workers > 1 else BATCH_SIZE


def _flow_api_url() -> str | None:
    """The API this flow run reports to, also when it is Prefect's temporary server (no
    PREFECT_API_URL set). The local Dask workers get it: without it each worker process started
    a temporary server of its own on the same database (three servers for ``--workers 2``)."""
    context = FlowRunContext.get()
    return str(context.client.api_url).rstrip("/") if context and context.client else None


@flow(name="clean-corpus", log_prints=False)
def clean_corpus(
    input_dir: str = "seeds",
    output_dir: str = "outputs",
    rules_file: str | None = None,
    aliases_file: str | None = None,
    batch_size: int | None = None,
    max_file_bytes: int = ReadLimits.max_file_bytes,
    max_inflated_bytes: int = ReadLimits.max_inflated_bytes,
    max_html_depth: int = ReadLimits.max_html_depth,
    lock_wait_seconds: float = 600.0,
    workers: int = 1,
    dask_address: str | None = None,
) -> RunSummary:
    """Clean what changed under ``input_dir`` into ``output_dir`` (corpus and rejects, Parquet and
    JSONL, and the manifest of what they were made from). Runs over the same outputs never
    overlap: a second one waits up to ``lock_wait_seconds`` for the first, then fails plainly.

    Batches run in ``workers`` local processes, or on the Dask cluster whose scheduler is at
    ``dask_address`` (``tcp://HOST:PORT``; its workers need cleanse installed and the input
    folder at the same path). Outputs are the same wherever batches run. Each task cleans
    ``batch_size`` files (default: 200, or 1,000 on Dask, where a task run costs more)."""
    logger = get_run_logger()
    limits = (max_file_bytes, max_inflated_bytes, max_html_depth)
    config = _config(rules_file, aliases_file, limits)
    if not Path(input_dir).is_dir():
        raise FileNotFoundError(f"input folder {input_dir} does not exist")
    with outputs_lock(Path(output_dir), lock_wait_seconds):
        current, previous, plan = plan_outputs(Path(input_dir), Path(output_dir), config)
        summary = start_summary(Path(input_dir), Path(output_dir), config, current, previous, plan)
        logger.info("%s", summary.changes_line())
        if not plan.nothing_to_do:
            _clean_and_write(plan, current, previous, summary, config, input_dir, output_dir, rules_file,
                             aliases_file, limits, batch_size_for(batch_size, workers, dask_address),
                             task_runner_for(workers, dask_address), logger)

    create_markdown_artifact(key="clean-corpus-summary", markdown=summary.as_markdown(), description="clean-corpus run summary")
    logger.info("%d documents written, %d kept, %d rejected", summary.documents, summary.kept_documents, len(summary.rejects))
    if summary.exit_code:
        raise NothingCleaned(summary)
    return summary


def _clean_and_write(plan: Plan, current: Manifest, previous: Manifest | None, summary: RunSummary,
                     config: PipelineConfig, input_dir: str, output_dir: str, rules_file: str | None,
                     aliases_file: str | None, limits: tuple[int, int, int], batch_size: int,
                     runner: TaskRunner | None, logger) -> None:
    chunks = batches(plan.to_clean, batch_size)
    logger.info("cleaning %d files from %s in %d batches on %s", len(plan.to_clean), input_dir, len(chunks),
                type(runner).__name__ if runner else "the flow's thread")
    output = CorpusOutput(Path(output_dir), config.version)
    pending: deque = deque()
    try:
        with runner or nullcontext():
            in_flight = _batches_in_flight(runner)
            for number, chunk in enumerate(chunks, 1):
                arguments = {"input_dir": input_dir, "paths": chunk, "rules_file": rules_file,
                             "aliases_file": aliases_file, "limits": limits}
                # Without a runner the task run happens when its result is wanted, in this thread.
                cleaned = runner.submit(clean_batch_task, arguments).result if runner else partial(clean_batch_task, **arguments)
                pending.append((number, chunk, cleaned))
                while len(pending) >= in_flight or (number == len(chunks) and pending):
                    _write_next(pending, output, current, summary, config, input_dir, len(chunks), logger)
        finish_outputs(output, Path(output_dir), current, previous, plan, summary, config.rules.sources)
    except BaseException:
        output.abort()
        raise


def _batches_in_flight(runner: TaskRunner | None) -> int:
    """Batches submitted ahead of the writer: enough to keep every Dask worker thread busy twice
    over, few enough that memory holds only those batches. A batch cleaned in this process is
    written before the next is cleaned: cleaning and writing both hold the GIL, so overlapping
    them in threads only added switching (2,000 documents: 9% longer than one after the other)."""
    if runner is None:
        return 1
    client = getattr(runner, "client", None)  # a DaskTaskRunner's, once started
    if client is None:
        return MAX_BATCHES_IN_FLIGHT
    threads = sum(worker["nthreads"] for worker in client.scheduler_info()["workers"].values())
    return max(MAX_BATCHES_IN_FLIGHT, 2 * threads)


def _write_next(pending: deque, output: CorpusOutput, current: Manifest, summary: RunSummary, config: PipelineConfig,
                input_dir: str, total: int, logger) -> None:
    number, chunk, cleaned = pending.popleft()
    try:
        result = cleaned()
    except Exception as exc:  # noqa: BLE001 - reads failed after retries: reject, don't stop the run
        logger.warning("batch %d failed after retries (%s); reading it without retries", number, exc)
        result = clean_batch(read_sources(Path(input_dir), chunk, config.limits), config)
    output.add(result.documents, result.rejects)
    record_hashes(current, Path(input_dir), result)
    summary.add(result)
    logger.info("batch %d/%d: %d documents, %d rejects (total %d)", number, total, len(result.documents),
                len(result.rejects), summary.documents)

