"""The ``cleanse`` command: ``cleanse run INPUT_DIR --out OUT_DIR`` runs the Prefect flow ``clean-corpus``."""

from __future__ import annotations

import argparse
import os
import sys
from contextlib import nullcontext
from pathlib import Path
from urllib.parse import urlsplit

from cleanse import PIPELINE_VERSION, __version__
from cleanse.incremental import OutputsLocked
from cleanse.io.readers import ReadLimits


def prefect_environment(state_dir: Path) -> None:
    """Prefect's settings for an embedded run (see ``cleanse_flows.settings``), set before Prefect
    is imported; values the user already set win."""
    from cleanse_flows.settings import prefect_settings

    for key, value in prefect_settings(state_dir).items():
        os.environ.setdefault(key, value)
    Path(os.environ["PREFECT_HOME"]).mkdir(parents=True, exist_ok=True)  # a user's home too: Prefect won't
    # The embedded server takes 14-20 s to start on a small shared machine; Prefect's default wait is shorter.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleanse",
        description="Turn scraped web and news text into a clean, accountable corpus (Parquet + JSONL).",
    )
    parser.add_argument("--version", action="version", version=f"cleanse {__version__} (pipeline {PIPELINE_VERSION})")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser(
        "run",
        help="clean every file under INPUT_DIR into OUT_DIR",
        description=(
            "Clean every file under INPUT_DIR (recursively: .txt, .html, .htm, .md, optionally .gz) and write "
            "corpus.parquet, corpus.jsonl, rejects.parquet and rejects.jsonl to OUT_DIR. Runs the Prefect "
            "flow 'clean-corpus' (embedded: a temporary local Prefect server starts and stops by itself, "
            "unless PREFECT_API_URL names a server). Exits 0 unless no file at all could be cleaned."
        ),
    )
    run.add_argument("input_dir", nargs="?", default="seeds", type=Path, help="folder of raw documents (default: seeds)")
    run.add_argument("--out", dest="out_dir", default=Path("outputs"), type=Path, help="output folder (default: outputs)")
    run.add_argument("--rules", type=Path, help="TOML file of extra boilerplate rules (same format as cleanse/rules/boilerplate.toml)")
    run.add_argument("--aliases", type=Path, help="TOML file of name aliases and name word lists (format of cleanse/rules/names.toml)")
    run.add_argument("--batch-size", type=int,
                     help="files per task (default: 200; through Prefect on Dask 1000, as a task run costs more there)")
    run.add_argument("--max-file-bytes", type=int, default=ReadLimits.max_file_bytes,
                     help=f"reject files larger than this (default: {ReadLimits.max_file_bytes})")
    run.add_argument("--max-inflated-bytes", type=int, default=ReadLimits.max_inflated_bytes,
                     help=f"reject .gz files that inflate past this (default: {ReadLimits.max_inflated_bytes})")
    run.add_argument("--max-html-depth", type=int, default=ReadLimits.max_html_depth,
                     help=f"reject HTML pages nested deeper than this many elements (default: {ReadLimits.max_html_depth}; "
                          "libxml2 refuses more than 2047 in any case)")
    run.add_argument("--state-dir", type=Path, default=Path(".cleanse"),
                     help="folder for Prefect's home and run state (default: .cleanse)")
    run.add_argument("--lock-wait", type=float, default=600.0,
                     help="seconds to wait for another run on the same OUT_DIR to finish before giving up (default: 600)")
    run.add_argument("--workers", type=int, default=1,
                     help="clean batches in this many local processes (default: 1; with Prefect, "
                          "a temporary Dask cluster)")
    run.add_argument("--dask-address", metavar="tcp://HOST:PORT",
                     help="clean batches on the existing Dask cluster whose scheduler is there (its workers need "
                          "cleanse installed and INPUT_DIR at the same path)")
    run.add_argument("--no-prefect", action="store_true",
                     help="run the same steps in this process without Prefect (no orchestration, no artifact)")
    serve = commands.add_parser(
        "serve",
        help="start a local Prefect server and serve the clean-corpus deployments",
        description=(
            "Start a Prefect server on 127.0.0.1:PORT (database and home under --state-dir, telemetry off) "
            "and serve two deployments until stopped (Ctrl-C): clean-corpus/manual, run with "
            "`prefect deployment run 'clean-corpus/manual' --watch`, and clean-corpus/scheduled, which re-cleans "
            "changed seeds on --cron. With --api-url, serve on that server instead of starting one."
        ),
    )
    serve.add_argument("--input", dest="input_dir", default="seeds", help="default input folder of the deployments (default: seeds)")
    serve.add_argument("--out", dest="out_dir", default="outputs", help="default output folder (default: outputs)")
    serve.add_argument("--rules", help="default extra boilerplate rules file")
    serve.add_argument("--aliases", help="default name aliases file")
    serve.add_argument("--cron", default="*/15 * * * *", help="schedule of clean-corpus/scheduled (default: every 15 minutes)")
    serve.add_argument("--port", type=int, default=4200, help="port of the local Prefect server (default: 4200)")
    serve.add_argument("--state-dir", type=Path, default=Path(".cleanse"), help="Prefect home and database folder (default: .cleanse)")
    serve.add_argument("--api-url", help="serve on this Prefect API (e.g. http://127.0.0.1:4200/api) instead of starting a server")

    show = commands.add_parser(
        "show",
        help="print one document of the outputs: clean text, metadata, people and dates",
        description="Print one document of OUT_DIR/corpus.parquet, found by doc_id or source path: its clean "
                    "text, metadata, people and dates; with --diff, the removed lines and the rule behind each.",
    )
    show.add_argument("doc", help="a doc_id or a source_path (relative to the input folder)")
    show.add_argument("--out", dest="out_dir", default=Path("outputs"), type=Path, help="output folder (default: outputs)")
    show.add_argument("--diff", action="store_true", help="print the removed lines with their rules instead of the text")

    explain = commands.add_parser(
        "explain",
        help="show one file's lines, what was kept and what was cut, and why",
        description="Clean one file (no Prefect, nothing written) and print every line of its decoded text "
                    "with '+' when kept or '-' and the rule id when cut, then its metadata, people and dates.",
    )
    explain.add_argument("file", type=Path, help="a .txt or .html file (optionally .gz)")
    explain.add_argument("--rules", type=Path, help="extra boilerplate rules, as for run")
    explain.add_argument("--aliases", type=Path, help="name aliases, as for run")
    explain.add_argument("--width", type=int, default=110, help="cut printed lines to this many characters (0: no cut)")
    return parser


def explain_command(args: argparse.Namespace) -> int:
    from cleanse.explain import explain_file
    from cleanse.pipeline import PipelineConfig

    if not args.file.is_file():
        print(f"cleanse: {args.file} is not a file", file=sys.stderr)
        return 2
    print(explain_file(args.file, PipelineConfig.load(args.rules, args.aliases), args.width))
    return 0


def show_command(args: argparse.Namespace) -> int:
    import pyarrow.dataset as ds

    path = args.out_dir / "corpus.parquet"
    if not path.exists():
        print(f"cleanse: no corpus at {path}; run `cleanse run` first", file=sys.stderr)
        return 2
    table = ds.dataset(path).to_table(filter=(ds.field("doc_id") == args.doc) | (ds.field("source_path") == args.doc))
    if table.num_rows == 0:
        print(f"cleanse: no document {args.doc!r} in {path}", file=sys.stderr)
        return 1
    row = table.to_pylist()[0]
    print(f"# {row['title'] or row['source_path']}")
    for key in ("doc_id", "source_path", "source_format", "subtitle", "site_name", "published", "updated", "word_count"):
        print(f"{key + ':':<15}{row[key]}")
    print(f"{'authors:':<15}{', '.join(row['authors'] or [])}")
    print(f"{'people:':<15}{', '.join(row['people'] or [])}")
    print(f"{'dates:':<15}" + ", ".join(f"{d['text']!r}={d['value']} ({d['precision']})" for d in row["dates"]))
    print()
    if args.diff:
        for item in row["removed"]:
            print(f"- [{item['rule']}] {item['text']}")
    else:
        print(row["text"])
    return 0


def serve_command(args: argparse.Namespace) -> int:
    from cleanse_flows.deployments import serve_deployments

    try:
        serve_deployments(args.input_dir, args.out_dir, args.rules, args.aliases, args.cron, args.state_dir,
                          args.port, args.api_url)
    except KeyboardInterrupt:
        pass
    return 0


def _print_progress(summary) -> None:
    print(f"  ... {summary.documents} documents, {len(summary.rejects)} rejects", file=sys.stderr, flush=True)


def run_command(args: argparse.Namespace) -> int:
    if not args.input_dir.is_dir():
        print(f"cleanse: input folder {args.input_dir} does not exist", file=sys.stderr)
        return 2
    for option in ("rules", "aliases"):
        path = getattr(args, option)
        if path is not None and not path.is_file():
            print(f"cleanse: --{option} file {path} does not exist", file=sys.stderr)
            return 2
    if args.no_prefect and args.dask_address:
        print("cleanse: --dask-address runs batches through Prefect's Dask task runner: drop --no-prefect", file=sys.stderr)
        return 2
    server = None
    if not args.no_prefect:
        prefect_environment(args.state_dir)
        server = start_temporary_server(args.state_dir, args.dask_address)
    return _run(args, server)


def start_temporary_server(state_dir: Path, dask_address: str | None = None):
    """Prefect's temporary server for this run, started at once (before this process imports
    Prefect, so its start overlaps the imports; see ``cleanse_flows.temporary_server``), unless
    PREFECT_API_URL names a server or the batches run on a Dask cluster of other machines, which
    could not reach a server on this machine's loopback (there Prefect's embedded mode works as
    before: each worker starts a temporary server of its own)."""
    if os.environ.get("PREFECT_API_URL") or os.name != "posix":  # handing a socket over (--fd) is POSIX only
        return None
    if dask_address and urlsplit(dask_address).hostname not in ("127.0.0.1", "localhost", "::1"):
        return None
    from cleanse_flows.temporary_server import TemporaryServer

    try:
        return TemporaryServer.start(state_dir)
    except (OSError, ValueError) as exc:  # e.g. no socket handing on this platform
        print(f"cleanse: no temporary Prefect server ({exc}); Prefect's embedded mode starts one", file=sys.stderr)
        return None


def _run(args: argparse.Namespace, server) -> int:
    from cleanse.runner import relax_gc

    relax_gc()
    if args.no_prefect:
        from cleanse.pipeline import PipelineConfig
        from cleanse.runner import BATCH_SIZE, run_local

        config = PipelineConfig.load(args.rules, args.aliases,
                                     ReadLimits(args.max_file_bytes, args.max_inflated_bytes, args.max_html_depth))
        try:
            summary = run_local(args.input_dir, args.out_dir, config, args.batch_size or BATCH_SIZE, progress=_print_progress,
                                workers=args.workers, lock_wait=args.lock_wait)
        except OutputsLocked as exc:
            print(f"cleanse: {exc}", file=sys.stderr)
            return 3
        print(summary.as_text())
        return summary.exit_code

    import cleanse_flows.clean_corpus  # noqa: F401 - imported while the temporary server starts
    from prefect.settings import PREFECT_API_URL, PREFECT_UI_URL, get_current_settings, temporary_settings

    if server is None:
        return _run_flow(args, nullcontext())
    if get_current_settings().api.url:  # a server named in a Prefect profile or prefect.toml: that one
        server.stop()
        return _run_flow(args, nullcontext())
    try:
        server.wait_until_ready(float(os.environ["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"]))
    except (RuntimeError, TimeoutError) as exc:
        server.stop()
        print(f"cleanse: {exc}; Prefect's embedded mode starts one", file=sys.stderr)
        return _run_flow(args, nullcontext())
    print(f"Started a temporary Prefect server on {server.api_url} (stopped when the run ends)", file=sys.stderr, flush=True)
    # It serves no UI (as Prefect's embedded server): no "View at" link to it. Nothing watches a
    # run's heartbeats on a server that stops with the run; the flow's end waited up to 1 s for
    # the heartbeat thread.
    return _run_flow(args, temporary_settings(updates={PREFECT_API_URL: server.api_url, PREFECT_UI_URL: "",
                                                       "flows.heartbeat_frequency": None}))


def _run_flow(args: argparse.Namespace, api) -> int:
    """Run the flow ``clean-corpus`` with the CLI's arguments, in the settings context ``api``."""
    from cleanse_flows.clean_corpus import NothingCleaned, clean_corpus

    try:
        with api:
            summary = clean_corpus(
                input_dir=str(args.input_dir),
                output_dir=str(args.out_dir),
                rules_file=str(args.rules) if args.rules else None,
                aliases_file=str(args.aliases) if args.aliases else None,
                batch_size=args.batch_size,
                max_file_bytes=args.max_file_bytes,
                max_inflated_bytes=args.max_inflated_bytes,
                max_html_depth=args.max_html_depth,
                lock_wait_seconds=args.lock_wait,
                workers=args.workers,
                dask_address=args.dask_address,
            )
    except OutputsLocked as exc:
        print(f"cleanse: {exc}", file=sys.stderr)
        return 3
    except NothingCleaned as exc:
        print(exc.summary.as_text())
        print(f"cleanse: {exc}", file=sys.stderr)
        return 1
    print(summary.as_text())
    return summary.exit_code


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "run":
        return run_command(args)
    if args.command == "explain":
        return explain_command(args)
    if args.command == "serve":
        return serve_command(args)
    if args.command == "show":
        return show_command(args)
    return 2


if __name__ == "__main__":
    sys.exit(main())
