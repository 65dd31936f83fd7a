"""Boilerplate removal on real pages: cleanse against the strongest extractors, in one run.

Data: ../shared/eval/boilerplate/ (60 pages of the ScrapingHub article-extraction benchmark,
with gold article bodies, a bs4 text dump and a regex tag-strip dump of each page).

Tracks and tools:
  text        the bs4 dump as a .txt input: cleanse, justext (one line per paragraph), no cleaning
  text_regex  the regex dump as a .txt input: cleanse, no cleaning
  html        the raw page as an .html input: cleanse, trafilatura (default, favor_precision),
              readability-lxml (+ html-text)

Prints one table (precision, recall, F1, mean per-page F1, empty outputs, pages under 0.5 F1,
docs/s) and cleanse's worst pages per track. Peers come from the optional extra:

    pip install -e '.[bench]'
    python benchmarks/boilerplate.py [--eval-dir ../shared/eval/boilerplate] [--tracks text,html]
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import sys
import tempfile
import time
from pathlib import Path

from cleanse.pipeline import PipelineConfig
from cleanse.runner import batches, clean_batches

ROOT = Path(__file__).resolve().parents[1]


def load_scorer(eval_dir: Path):
    spec = importlib.util.spec_from_file_location("boilerplate_score", eval_dir / "score.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def track_inputs(eval_dir: Path, track: str, ids: list[str]) -> dict[str, str]:
    """Each page's input as the user would save it (text, or the page's HTML)."""
    if track == "html":
        return {i: gzip.decompress((eval_dir / "html" / f"{i}.html.gz").read_bytes()).decode("utf-8", "replace") for i in ids}
    return {i: (eval_dir / track / f"{i}.txt").read_text("utf-8") for i in ids}


def run_cleanse(inputs: dict[str, str], suffix: str, config: PipelineConfig, workers: int = 1) -> tuple[dict[str, str], float]:
    """cleanse on files written as a user's inputs; returns texts by id and seconds spent cleaning."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for page_id, content in inputs.items():
            (folder / f"{page_id}{suffix}").write_text(content, "utf-8")
        paths = sorted(f"{page_id}{suffix}" for page_id in inputs)
        start = time.perf_counter()
        documents = [doc for result in clean_batches(folder, batches(paths, 10), config, workers) for doc in result.documents]
        seconds = time.perf_counter() - start
    return {doc.source_path[: -len(suffix)]: doc.text for doc in documents}, seconds


def timed(function, inputs: dict[str, str]) -> tuple[dict[str, str], float]:
    out = {}
    start = time.perf_counter()
    for page_id, content in inputs.items():
        try:
            out[page_id] = function(content) or ""
        except Exception:  # noqa: BLE001 - a peer failing on a page scores it empty
            out[page_id] = ""
    return out, time.perf_counter() - start


def peers(track: str):
    """(name, function) of the peers for a track; missing packages are reported, not fatal."""
    found = [("no cleaning", lambda text: text)] if track != "html" else []
    try:
        if track == "html":
            import trafilatura

            found.append(("trafilatura", lambda html: trafilatura.extract(html)))
            found.append(("trafilatura favor_precision", lambda html: trafilatura.extract(html, favor_precision=True)))
            import html_text
            from readability import Document

            found.append(("readability-lxml", lambda html: html_text.extract_text(Document(html).summary(html_partial=True))))
        elif track == "text":
            import html as html_lib

            import justext

            def justext_lines(text: str) -> str:
                page = "<html><body>" + "".join(f"<p>{html_lib.escape(line)}</p>" for line in text.split("\n") if line.strip()) + "</body></html>"
                paragraphs = justext.justext(page, justext.get_stoplist("English"))
                return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)

            found.append(("justext (line by line)", justext_lines))
    except ImportError as exc:
        print(f"note: peer missing for track {track}: {exc}; install with pip install -e '.[bench]'", file=sys.stderr)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval" / "boilerplate")
    parser.add_argument("--tracks", default="text,text_regex,html")
    parser.add_argument("--worst", type=int, default=5, help="worst pages of cleanse to list per track")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    parser.add_argument("--workers", type=int, default=2, help="also time cleanse with this many processes (1: don't)")
    args = parser.parse_args()

    scorer = load_scorer(args.eval_dir)
    truth = {page_id: item["articleBody"] for page_id, item in json.loads((args.eval_dir / "ground-truth.json").read_text("utf-8")).items()}
    ids = sorted(truth)
    config = PipelineConfig.load()
    rows, worst = [], {}
    throughput: dict[tuple[str, str], float] = {}
    for track in args.tracks.split(","):
        inputs = track_inputs(args.eval_dir, track, ids)
        suffix = ".html" if track == "html" else ".txt"
        outputs, seconds = run_cleanse(inputs, suffix, config)
        results = [("cleanse", outputs, seconds)]
        if args.workers > 1:
            outputs, seconds = run_cleanse(inputs, suffix, config, args.workers)
            results.append((f"cleanse, {args.workers} processes", outputs, seconds))
        for name, function in peers(track):
            out, secs = timed(function, inputs)
            results.append((name, out, secs))
        for name, out, secs in results:
            pages = [scorer.score_page(i, truth[i], out.get(i, "")) for i in ids]
            agg = scorer.aggregate(pages)
            low = sum(1 for p in pages if p.f1 < 0.5)
            throughput[(track, name)] = len(ids) / secs if secs else float("inf")
            rows.append({"track": track, "tool": name, **{k: agg[k] for k in ("precision", "recall", "f1", "macro_f1", "empty")},
                         "pages_f1_below_0.5": low, "docs_per_s": throughput[(track, name)]})
            if name == "cleanse":
                worst[track] = sorted(pages, key=lambda p: p.f1)[: args.worst]

    header = f"{'track':<11} {'tool':<28} {'P':>6} {'R':>6} {'F1':>6} {'mF1':>6} {'empty':>5} {'<0.5':>4} {'docs/s':>8}"
    print(header)
    print("-" * len(header))
    for r in rows:
        print(f"{r['track']:<11} {r['tool']:<28} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} {r['macro_f1']:6.3f} "
              f"{r['empty']:5d} {r['pages_f1_below_0.5']:4d} {r['docs_per_s']:8.1f}")
    if ("html", "trafilatura") in throughput:
        base = throughput[("html", "trafilatura")]
        print(f"\nhtml throughput, cleanse / trafilatura default (one process each): {throughput[('html', 'cleanse')] / base:.2f}x")
        if args.workers > 1:
            print(f"html throughput, cleanse with {args.workers} processes / trafilatura default (one process): "
                  f"{throughput[('html', f'cleanse, {args.workers} processes')] / base:.2f}x")
    for track, pages in worst.items():
        print(f"\nworst cleanse pages, {track}: " + ", ".join(f"{p.page_id[:10]} F1={p.f1:.2f} (P={p.precision or 0:.2f} R={p.recall or 0:.2f})" for p in pages))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
