"""Run the whole job in this process, without Prefect: plan, clean in batches, write, commit.

The Prefect flow in ``flows/`` does the same with tasks; this is what tests and benchmarks
call to measure the library alone.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from cleanse.incremental import Manifest, Plan, file_sha256, file_signature, outputs_lock, plan_run, rules_fingerprint
from cleanse.io.readers import list_sources
from cleanse.io.writers import CorpusOutput
from cleanse.report import write_run_documents
from cleanse.pipeline import BatchResult, PipelineConfig, clean_sources
from cleanse.summary import RunSummary


BATCH_SIZE = 200  # files per batch: memory holds a few batches, never the corpus


def batches(paths: list[str], size: int) -> list[list[str]]:
    """Split sorted paths into consecutive batches of at most ``size``."""
    return [paths[i : i + size] for i in range(0, len(paths), size)]


# Cleaning makes millions of short-lived objects while the per-line caches hold tens of
# thousands of long-lived ones, which Python's default thresholds walk in a full collection
# every couple of seconds: 2,000 documents spent 1.0 s of 18.9 s collecting, 0.25 s with these.
GC_THRESHOLDS = (10_000, 50, 50)


def relax_gc() -> None:
    """Collect garbage less often in a process that cleans a corpus. A process-wide setting:
    applied in the processes cleanse runs (the CLI's, the worker processes it starts, Prefect's
    task runs), never by ``run_local`` in a caller's process."""
    gc.set_threshold(*GC_THRESHOLDS)


_WORKER_CONFIG: PipelineConfig | None = None


def _start_worker(config: PipelineConfig) -> None:
    global _WORKER_CONFIG
    _WORKER_CONFIG = config
    relax_gc()


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


OUTPUT_FILES = ("corpus.parquet", "corpus.jsonl", "rejects.parquet", "rejects.jsonl")


def plan_outputs(input_dir: Path, out_dir: Path, config: PipelineConfig) -> tuple[Manifest, Manifest | None, Plan]:
    """This run's manifest (the sources' hashes now), the previous one, and what to redo.

    A run that cleans everything (the first, or one after a change of rules) hashes nothing
    here: ``record_hashes`` takes each file's hash from the bytes the reader reads, so a
    first run over a corpus reads it once, not twice. A later run hashes only the files whose
    size or status-change time is not the one recorded (``file_signature``): a scheduled run
    over an unchanged corpus reads none of it. Signatures are taken before any file is read."""
    paths = list_sources(Path(input_dir))
    fingerprint = rules_fingerprint(config.rules_file, config.aliases_file)
    current = Manifest(config.version, fingerprint["rules_sha256"], fingerprint["aliases_sha256"], dict.fromkeys(paths, ""))
    now_ns = time.time_ns()
    for path in paths:
        signature = file_signature(Path(input_dir, path), now_ns)
        if signature is not None:
            current.signatures[path] = signature
    previous = Manifest.load(out_dir)
    present = all(Path(out_dir, name).exists() for name in OUTPUT_FILES)
    if previous is not None and present and current.same_config(previous):
        current.sources = {p: previous.recorded_hash(p, current.signatures.get(p)) or file_sha256(Path(input_dir, p)) or ""
                           for p in paths}
    return current, previous, plan_run(current, previous, present)


def record_hashes(current: Manifest, input_dir: Path, result: BatchResult) -> None:
    """Put the SHA-256 of the bytes a batch's files were cleaned from into the manifest. A
    reject that read no bytes (a symbolic link, a file over the size limit, one that vanished)
    is hashed as planning hashes ("" if unreadable), so that the next run does not take it
    for a changed file."""
    for doc in result.documents:
        current.sources[doc.source_path] = doc.source_sha256
    for reject in result.rejects:
        current.sources[reject.source_path] = reject.source_sha256 or file_sha256(Path(input_dir, reject.source_path)) or ""


def start_summary(input_dir: Path, out_dir: Path, config: PipelineConfig, current: Manifest,
                  previous: Manifest | None, plan: Plan) -> RunSummary:
    """A run's summary before any cleaning: which sources are added, changed, deleted or kept."""
    summary = RunSummary(str(input_dir), str(out_dir), config.version, sources=len(current.sources),
                         added=plan.added, changed=plan.changed, deleted=plan.removed, kept=len(plan.kept),
                         full=plan.full, unchanged=plan.nothing_to_do)
    rejected_before = set(previous.rejected) if previous else set()
    summary.kept_documents = sum(1 for p in plan.kept if p not in rejected_before)
    return summary


def finish_outputs(output: CorpusOutput, out_dir: Path, current: Manifest, previous: Manifest | None,
                   plan: Plan, summary: RunSummary, rules_sources: tuple[str, ...] = ()) -> None:
    """Finish the outputs (merging kept rows) with the manifest that describes them, and publish."""
    output.finish(keep_previous=set(plan.kept) if not plan.full else None)
    write_run_documents(output.version_dir, Path(summary.input_dir), current.pipeline_version, rules_sources)
    rejected_before = set(previous.rejected) if previous else set()
    current.rejected = sorted({path for path, _ in summary.rejects} | {p for p in plan.kept if p in rejected_before})
    summary.files = [str(p) for p in output.publish(current.write_json)]


def run_local(input_dir: Path, out_dir: Path, config: PipelineConfig, batch_size: int = BATCH_SIZE, progress=None,
              workers: int = 1, lock_wait: float = 0.0) -> RunSummary:
    """The whole job without Prefect: plan, clean what changed in batches (in ``workers``
    processes), write, commit. A run with nothing to do writes nothing."""
    with outputs_lock(out_dir, lock_wait):
        current, previous, plan = plan_outputs(input_dir, out_dir, config)
        summary = start_summary(input_dir, out_dir, config, current, previous, plan)
        if plan.nothing_to_do:
            return summary
        output = CorpusOutput(Path(out_dir), config.version)
        try:
            for result in clean_batches(Path(input_dir), batches(plan.to_clean, batch_size), config, workers):
                output.add(result.documents, result.rejects)
                record_hashes(current, Path(input_dir), result)
                summary.add(result)
                if progress:
                    progress(summary)
            finish_outputs(output, out_dir, current, previous, plan, summary, config.rules.sources)
        except BaseException:
            output.abort()
            raise
    return summary
