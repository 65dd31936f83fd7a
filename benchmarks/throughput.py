"""Throughput on a synthetic corpus, with the reference points measured in the same run.

Builds N documents (deterministic from --seed) out of the seeds and the dev pages in
../shared/eval/boilerplate/ (text dumps and raw HTML): paragraphs reshuffled, boilerplate
lines and mojibake mixed in, some saved as HTML, some gzipped. Then measures:

- the I/O floor: read every file (gunzipped when gzipped) and write its text to Parquet, nothing else
  (measured first, and again right after the one-process run: the ratio is to their mean);
- ftfy.fix_text alone over every document's decoded text;
- `cleanse run --no-prefect` in 1 and K processes: documents/s, MB/s of input, peak resident
  memory (of the run's process tree);
- `cleanse run` through the Prefect flow (embedded server, its start included) in 1 process and
  in K processes (a temporary Dask cluster): the orchestration's cost against the library alone.
  The flow runs share one Prefect home whose database a first tiny run creates (timed apart): a
  one-time set-up that a user's later runs and a deployment's scheduled runs do not pay;
- seconds per stage in one process (decode, html, encoding, boilerplate, language, names, dates, write),
  timed inside the real pipeline (checking rounds included) and the real writer;
- the corpus's make-up (documents and bytes of text and of HTML) and, per kind, cleaning's
  seconds against ftfy.fix_text's on the same documents: pages are large, so a corpus of 30%
  pages by count is mostly HTML by bytes, and the two kinds stand very differently to ftfy.

    python benchmarks/throughput.py --docs 2000 [--workers 2] [--seed 1] [--html-share 0.3] [--no-prefect]

Growth with the corpus (memory bounded, cost linear) is a run of its own, as the references
above would hold the whole corpus in memory (ftfy's) or take hours at this size:

    python benchmarks/throughput.py --docs 200000 --scale-from 20000

builds both corpora (the smaller is the larger's first documents: same seed), runs `cleanse run`
in one process on each, through the library alone (`--no-prefect`) and through the Prefect flow
(`--scale-via library|prefect` for one of them), and prints seconds per document and peak
resident memory of both sizes, with their ratios.

Prefect's cost alone, measured so that the machine's swings cancel out:

    python benchmarks/throughput.py --docs 20000 --prefect-rounds 3

alternates library runs and flow runs (one Prefect home, set up beforehand, as a user's later
runs find it) and prints the median of the rounds' ratios.
"""

from __future__ import annotations

import argparse
import gc
import gzip
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import ftfy
import pyarrow as pa
import pyarrow.parquet as pq

import cleanse.pipeline as pipeline
from cleanse.document import RawDocument
from cleanse.io.readers import list_sources, read_source
from cleanse.io.writers import CorpusOutput
from cleanse.pipeline import PipelineConfig, clean_batch, read_sources
from cleanse.runner import batches, relax_gc

ROOT = Path(__file__).resolve().parents[1]
FURNITURE = ["Share your love", "Leave a Reply", "Read More: Another story – example", "Follow us on Twitter",
             "Image Credit: Someone", "Articles: 120", "Home", "Menu", "Advertisement", "© 2024 Example Media"]


def build_corpus(folder: Path, docs: int, seed: int, eval_dir: Path, html_share: float = 0.3) -> int:
    """Write ``docs`` synthetic documents, about ``html_share`` of them dev pages saved as HTML;
    returns the bytes written."""
    rng = random.Random(seed)
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "seeds").iterdir())]
    texts += [p.read_text("utf-8") for p in sorted((eval_dir / "text").glob("*.txt"))]
    pages = [gzip.decompress(p.read_bytes()).decode("utf-8", "replace") for p in sorted((eval_dir / "html").glob("*.html.gz"))]
    total = 0
    for i in range(docs):
        name = folder / f"{i // 1000:04d}" / f"doc{i:07d}"
        name.parent.mkdir(parents=True, exist_ok=True)
        if pages and rng.random() < html_share:
            data = rng.choice(pages).encode("utf-8")
            path = name.with_suffix(".html")
        else:
            paragraphs = [p for p in rng.choice(texts).split("\n\n") if p.strip()]
            rng.shuffle(paragraphs)
            for _ in range(rng.randint(0, 4)):
                paragraphs.insert(rng.randint(0, len(paragraphs)), rng.choice(FURNITURE))
            text = "\n\n".join(paragraphs)
            if rng.random() < 0.1:  # mojibake: UTF-8 read as Windows-1252
                text = text.encode("utf-8").decode("cp1252", errors="replace")
            data = text.encode("utf-8")
            path = name.with_suffix(".txt")
        if rng.random() < 0.1:
            data, path = gzip.compress(data), path.with_name(path.name + ".gz")
        path.write_bytes(data)
        total += len(data)
    return total


def composition(folder: Path) -> dict[str, tuple[int, int]]:
    """Documents and bytes of each kind ("text", "html") in a built corpus."""
    counts = {"text": [0, 0], "html": [0, 0]}
    for path in folder.rglob("*"):
        if path.is_file():
            kind = counts["html" if ".html" in path.name else "text"]
            kind[0] += 1
            kind[1] += path.stat().st_size
    return {kind: (n, size) for kind, (n, size) in counts.items()}


def io_floor(folder: Path, out: Path) -> float:
    """Read every file and write its text to Parquet, nothing else. A gzipped file's text is
    what it holds: until 2026-12-06 its compressed bytes were written (decoded with
    replacement), which made the floor about 13% quicker than reading the corpus's text can be."""
    start = time.perf_counter()
    writer = pq.ParquetWriter(out, pa.schema([("path", pa.string()), ("text", pa.string())]), compression="zstd")
    batch = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        batch.append({"path": str(path), "text": data.decode("utf-8", "replace")})
        if len(batch) == 500:
            writer.write_table(pa.Table.from_pylist(batch))
            batch = []
    if batch:
        writer.write_table(pa.Table.from_pylist(batch))
    writer.close()
    return time.perf_counter() - start


def tiny_corpus(folder: Path) -> Path:
    """One short file: a flow run on it times the embedded server's start and stop, and the imports, alone."""
    folder.mkdir()
    (folder / "a.txt").write_text("A short text, cleaned only to time what a Prefect run costs around it.")
    return folder


def run_cleanse(folder: Path, out: Path, workers: int, prefect: bool = False, state_dir: Path | None = None) -> tuple[float, float]:
    """Seconds and peak resident MiB of `cleanse run` (``--no-prefect`` unless ``prefect``) in a
    child process; the Prefect run's home and state go to ``state_dir``, else a folder of its own."""
    command = [sys.executable, "-m", "cleanse.cli", "run", str(folder), "--out", str(out), "--workers", str(workers)]
    command += ["--state-dir", str(state_dir or out.parent / f"state-{out.name}")] if prefect else ["--no-prefect"]
    start = time.perf_counter()
    process = subprocess.run([sys.executable, "-c", _PEAK_RSS, *command], capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if process.returncode != 0:
        raise SystemExit(process.stderr[-2000:])
    return seconds, int(process.stderr.strip().splitlines()[-1]) / 1024


# Runs a command and prints, last on stderr, the peak resident KiB of the largest process in
# its tree (the command and the workers it waited for): each run measured on its own.
_PEAK_RSS = ("import resource, subprocess, sys; code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode; "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); sys.exit(code)")


# The pipeline's steps as clean_document calls them, timed where it looks them up.
_STAGES = {"html": ["html_to_text"], "encoding": ["repair_encoding"],
           "boilerplate": ["tidy_lines", "remove_boilerplate", "split_header", "layout_paragraphs"],
           "language": ["detect_language"], "names": ["find_people"], "dates": ["find_dates"]}


def stages(folder: Path, out: Path, config: PipelineConfig, batch_size: int = 200) -> tuple[dict[str, float], dict[str, float]]:
    """Seconds per stage in one process: the real pipeline with its step functions wrapped in
    timers, reading (decode) and writing (write) timed around them; and seconds of cleaning
    (html to dates) per kind of source ("text", "html"). The garbage collector is set as in
    `cleanse run` (``relax_gc``) for the pass only."""
    timings = dict.fromkeys(["decode", *_STAGES, "write"], 0.0)
    per_kind = {"text": 0.0, "html": 0.0}
    originals = {"clean_document": pipeline.clean_document}

    def clean_document(raw, config):
        start = time.perf_counter()
        try:
            return originals["clean_document"](raw, config)
        finally:
            per_kind["html" if raw.source_format == "html" else "text"] += time.perf_counter() - start

    def timed(stage, function):
        def wrapper(*args, **kwargs):
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                timings[stage] += time.perf_counter() - start
        return wrapper

    thresholds = gc.get_threshold()
    relax_gc()
    pipeline.clean_document = clean_document
    for stage, names in _STAGES.items():
        for name in names:
            originals[name] = getattr(pipeline, name)
            setattr(pipeline, name, timed(stage, originals[name]))
    try:
        output = CorpusOutput(out, config.version)
        for chunk in batches(list_sources(folder), batch_size):
            start = time.perf_counter()
            items = read_sources(folder, chunk, config.limits)
            timings["decode"] += time.perf_counter() - start
            result = clean_batch(items, config)
            start = time.perf_counter()
            output.add(result.documents, result.rejects)
            timings["write"] += time.perf_counter() - start
        start = time.perf_counter()
        output.finish()
        timings["write"] += time.perf_counter() - start
        output.abort()  # measured, not published
    finally:
        for name, function in originals.items():
            setattr(pipeline, name, function)
        gc.set_threshold(*thresholds)
    return timings, per_kind


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval" / "boilerplate")
    parser.add_argument("--html-share", type=float, default=0.3, metavar="P",
                        help="share of documents saved as HTML pages (default 0.3; by bytes they weigh far more)")
    parser.add_argument("--no-prefect", action="store_true", help="skip the runs through the Prefect flow")
    parser.add_argument("--scale-from", type=int, metavar="N", help="only compare one-process runs on N and --docs documents")
    parser.add_argument("--scale-via", choices=["both", "library", "prefect"], default="both",
                        help="with --scale-from: run the library alone (--no-prefect), the Prefect flow, or both (default)")
    parser.add_argument("--prefect-rounds", type=int, metavar="K",
                        help="only measure Prefect's cost: K rounds of a library run then a flow run, one process each")
    args = parser.parse_args()
    if not any((args.eval_dir / "html").glob("*.html.gz")) or not any((args.eval_dir / "text").glob("*.txt")):
        # Without them the corpus would be the seeds' text alone: other figures under the same name.
        parser.error(f"no dev pages under {args.eval_dir} (html/*.html.gz, text/*.txt): pass --eval-dir")
    if args.scale_from:
        return scale(args.scale_from, args.docs, args.seed, args.eval_dir, args.scale_via)
    if args.prefect_rounds:
        return prefect_rounds(args.prefect_rounds, args.docs, args.seed, args.eval_dir)
    tmp = Path(tempfile.mkdtemp(prefix="cleanse-throughput-"))
    try:
        corpus = tmp / "corpus"
        size = build_corpus(corpus, args.docs, args.seed, args.eval_dir, args.html_share)
        mb = size / 1e6
        kinds = composition(corpus)
        floor = io_floor(corpus, tmp / "floor.parquet")
        texts = []
        for rel in list_sources(corpus):
            raw = read_source(corpus, rel)
            if isinstance(raw, RawDocument):
                texts.append(("html" if raw.source_format == "html" else "text", raw.content))
        ftfy_kind = {"text": 0.0, "html": 0.0}
        for kind, text in texts:
            start = time.perf_counter()
            ftfy.fix_text(text)
            ftfy_kind[kind] += time.perf_counter() - start
        ftfy_s = sum(ftfy_kind.values())
        one, rss_one = run_cleanse(corpus, tmp / "out1", 1)
        # The floor again, right after the run it is the reference of: a 10-second measurement
        # taken once, minutes before, moved the ratio with the machine's load (13x-33x).
        floor_after = io_floor(corpus, tmp / "floor-after.parquet")
        many, rss_many = run_cleanse(corpus, tmp / "outk", args.workers)
        flow_one = flow_many = flow_start = flow_setup = None
        if not args.no_prefect:
            # One Prefect home for the flow runs, its database created by a first tiny run: a
            # one-time set-up (timed apart), which a user's later and scheduled runs never pay.
            home, tiny = tmp / "prefect-state", tiny_corpus(tmp / "tiny")
            flow_setup, _ = run_cleanse(tiny, tmp / "flow-setup", 1, prefect=True, state_dir=home)
            flow_one, _ = run_cleanse(corpus, tmp / "flow1", 1, prefect=True, state_dir=home)
            flow_start, _ = run_cleanse(tiny, tmp / "flow-tiny", 1, prefect=True, state_dir=home)
            flow_many, _ = run_cleanse(corpus, tmp / "flowk", args.workers, prefect=True, state_dir=home)
        per_stage, clean_kind = stages(corpus, tmp / "stages", PipelineConfig.load())
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    n = args.docs
    print(f"corpus: {n} documents, {mb:.1f} MB (seed {args.seed}): "
          + "; ".join(f"{kind} {docs} documents ({docs / n:.0%}), {size / 1e6:.1f} MB ({size / 1e6 / mb:.0%})"
                      for kind, (docs, size) in kinds.items()))
    print(f"{'run':<34} {'seconds':>8} {'docs/s':>9} {'MB/s':>7}")
    runs = [("I/O floor (read + write Parquet)", floor), ("I/O floor again, after 1 process", floor_after),
            ("ftfy.fix_text alone", ftfy_s),
            ("cleanse, 1 process", one), (f"cleanse, {args.workers} processes", many)]
    if flow_one is not None:
        runs += [("cleanse via Prefect, 1 process", flow_one), (f"cleanse via Prefect+Dask, {args.workers} proc.", flow_many)]
    for label, seconds in runs:
        print(f"{label:<34} {seconds:8.1f} {n / seconds:9.1f} {mb / seconds:7.2f}")
    print(f"peak resident memory: {rss_one:.0f} MiB (1 process), {rss_many:.0f} MiB (largest process of the {args.workers}-process run)")
    print(f"ratios: cleanse 1 process vs ftfy alone {ftfy_s / one:.2f}x speed; vs I/O floor {one / ((floor + floor_after) / 2):.1f}x time "
          f"(against the mean of the floor before and after; {one / floor:.1f}x and {one / floor_after:.1f}x); "
          f"{args.workers} processes vs 1: {one / many:.2f}x")
    if flow_one is not None:
        print(f"Prefect's cost (embedded server start included; Prefect home set up beforehand): 1 process "
              f"{(flow_one / one - 1) * 100:+.0f}% time; "
              f"{args.workers} processes on Dask {(flow_many / many - 1) * 100:+.0f}% against the library's process pool")
        print(f"  set-up, once per Prefect home (a first flow run of one tiny file, its database created): {flow_setup:.1f} s")
        print(f"  of which the embedded server's start and stop (a later run of one tiny file): {flow_start:.1f} s; "
              f"without it, 1 process {((flow_one - flow_start) / one - 1) * 100:+.0f}%, "
              f"{args.workers} processes {((flow_many - flow_start) / many - 1) * 100:+.0f}%")
    print("by kind (1 process, cleaning in the pipeline without decode and write, against ftfy.fix_text on the same "
          "documents): " + "; ".join(f"{kind} {clean_kind[kind]:.1f} s vs ftfy {ftfy_kind[kind]:.1f} s, "
                                     f"{ftfy_kind[kind] / clean_kind[kind]:.2f}x" for kind in clean_kind if clean_kind[kind]))
    total = sum(per_stage.values())
    print("seconds per stage (1 process, in the pipeline): " + ", ".join(f"{k} {v:.1f}" for k, v in per_stage.items())
          + f" (sum {total:.1f})")
    return 0


def prefect_rounds(rounds: int, docs: int, seed: int, eval_dir: Path) -> int:
    """Prefect's cost against the library alone, robust to a shared machine's swings: library
    and flow runs alternate, and the median of the rounds' ratios is printed. The flow runs share
    one Prefect home, set up (its database created) by a tiny run first, as a user's second and
    later runs find it; the first run's set-up is printed on its own."""
    tmp = Path(tempfile.mkdtemp(prefix="cleanse-prefect-"))
    try:
        build_corpus(tmp / "corpus", docs, seed, eval_dir)
        tiny, state = tiny_corpus(tmp / "tiny"), tmp / "state"
        first, _ = run_cleanse(tiny, tmp / "tiny-1", 1, prefect=True, state_dir=state)
        again, _ = run_cleanse(tiny, tmp / "tiny-2", 1, prefect=True, state_dir=state)
        print(f"a flow run of one tiny file: {first:.1f} s in a new Prefect home (its database created), {again:.1f} s after", flush=True)
        ratios = []
        for number in range(1, rounds + 1):
            library, _ = run_cleanse(tmp / "corpus", tmp / f"lib-{number}", 1)
            flow, _ = run_cleanse(tmp / "corpus", tmp / f"flow-{number}", 1, prefect=True, state_dir=state)
            ratios.append(flow / library)
            print(f"round {number}: library {library:.1f} s, flow {flow:.1f} s: {(flow / library - 1) * 100:+.0f}%", flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"Prefect's cost at {docs} documents, 1 process: median {(statistics.median(ratios) - 1) * 100:+.0f}% "
          f"(rounds: {', '.join(f'{(r - 1) * 100:+.0f}%' for r in ratios)})")
    return 0


def scale(small: int, large: int, seed: int, eval_dir: Path, via: str = "both") -> int:
    """Seconds per document and peak memory of one-process runs on ``small`` and ``large``
    documents, through the library alone and/or the Prefect flow (``via``). The flow runs share
    one Prefect home set up by a tiny run first, so neither size pays for creating its database."""
    paths = ["library", "prefect"] if via == "both" else [via]
    rows: dict[str, list[tuple[int, float, float]]] = {path: [] for path in paths}
    state = Path(tempfile.mkdtemp(prefix="cleanse-scale-state-"))
    try:
        if "prefect" in paths:
            run_cleanse(tiny_corpus(state / "tiny"), state / "tiny-out", 1, prefect=True, state_dir=state / "home")
        for n in (small, large):
            tmp = Path(tempfile.mkdtemp(prefix="cleanse-scale-"))
            try:
                size = build_corpus(tmp / "corpus", n, seed, eval_dir)
                for path in paths:
                    seconds, rss = run_cleanse(tmp / "corpus", tmp / f"out-{path}", 1, prefect=path == "prefect",
                                               state_dir=state / "home")
                    shutil.rmtree(tmp / f"out-{path}", ignore_errors=True)
                    rows[path].append((n, seconds, rss))
                    print(f"{path}: {n} documents, {size / 1e6:.0f} MB: {seconds:.1f} s, {seconds / n * 1000:.2f} ms/doc, "
                          f"{n / seconds:.1f} docs/s, peak resident memory {rss:.0f} MiB", flush=True)
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
    finally:
        shutil.rmtree(state, ignore_errors=True)
    for path, ((n1, s1, r1), (n2, s2, r2)) in rows.items():
        print(f"{path}: ratios {n2} vs {n1}: seconds per document {(s2 / n2) / (s1 / n1):.2f}x, peak resident memory {r2 / r1:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
