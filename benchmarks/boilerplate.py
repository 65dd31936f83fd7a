"""Boilerplate removal on real pages: cleanse against the strongest extractors, in one run.

Data: ../shared/eval/boilerplate/ (60 pages of the ScrapingHub article-extraction benchmark,
with gold article bodies, a bs4 text dump and a regex tag-strip dump of each page).

Tracks and tools:
  text        the bs4 dump as a .txt input: cleanse, justext (one line per paragraph), no cleaning
  text_regex  the regex dump as a .txt input: cleanse, no cleaning
  html        the raw page as an .html input: cleanse, trafilatura (default, favor_precision),
              readability-lxml (+ html-text)
  markdown    (not run by default) the raw page as a Markdown scraper saves it: markdownify over
              the page without its scripts and styles, saved as .md; cleanse (read as Markdown)
              and the same file read as a .txt, no cleaning
  html_plain  (not run by default) the raw page with nothing in its markup that names a part: no
              class, id, role or itemprop attributes, and <article>, <main>, <aside>, <nav>,
              <header>, <footer>, <section> made <div>s: a site whose markup says nothing the
              rules know, where only the text tells article from page; cleanse and the html peers

Prints one table (precision, recall, F1, mean per-page F1, empty outputs, pages under 0.5 F1,
docs/s) and cleanse's worst pages per track. Speed: every tool is warmed up on one page, then
``--repeat`` rounds time every tool over all pages, interleaved; docs/s is from each tool's
median round, and the html ratio to trafilatura is the median of the per-round ratios. Peers come from the optional extra:

    pip install -e '.[bench]'
    python benchmarks/boilerplate.py [--eval-dir ../shared/eval/boilerplate] [--tracks text,html]
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import re
import sys
import tempfile
import time
from pathlib import Path

from cleanse.pipeline import PipelineConfig, forget_seen_lines
from cleanse.runner import batches, clean_batches

ROOT = Path(__file__).resolve().parents[1]


def load_scorer(eval_dir: Path):
    spec = importlib.util.spec_from_file_location("boilerplate_score", eval_dir / "score.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def track_inputs(eval_dir: Path, track: str, ids: list[str]) -> dict[str, str]:
    """Each page's input as the user would save it (text, the page's HTML, or its Markdown)."""
    if track in ("html", "markdown", "html_plain"):
        pages = {i: gzip.decompress((eval_dir / "html" / f"{i}.html.gz").read_bytes()).decode("utf-8", "replace") for i in ids}
        if track == "html_plain":
            return {i: plain_markup(page) for i, page in pages.items()}
        return pages if track == "html" else {i: markdown_dump(page) for i, page in pages.items()}
    return {i: (eval_dir / track / f"{i}.txt").read_text("utf-8") for i in ids}


_NAMING_ATTRIBUTE = re.compile(r"""\s(?:class|id|role|itemprop|itemtype|itemscope)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)""", re.I)
_SEMANTIC_TAG = re.compile(r"<(/?)(?:article|main|aside|nav|header|footer|section)\b", re.I)


def plain_markup(page: str) -> str:
    """A page whose markup names none of its parts: class, id, role and microdata attributes
    removed, HTML5's sectioning elements made <div>s (text and links left as they are)."""
    return _SEMANTIC_TAG.sub(r"<\1div", _NAMING_ATTRIBUTE.sub("", page))


def markdown_dump(page: str) -> str:
    """A page as a Markdown scraper saves it whole: markdownify (the bench extra) over the page's
    body without scripts and styles, headings with hashes, blank-line runs cut to one."""
    from bs4 import BeautifulSoup
    from markdownify import markdownify

    soup = BeautifulSoup(page, "html.parser")
    for element in soup(["script", "style", "noscript", "template", "svg"]):
        element.decompose()
    return re.sub(r"\n{3,}", "\n\n", markdownify(str(soup.body or soup), heading_style="ATX"))


def median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


def cleanse_on_files(folder: Path, suffix: str, config: PipelineConfig, workers: int = 1):
    """A function cleaning every input as a user would, from files in ``folder``: texts by id."""
    def run(inputs: dict[str, str]) -> dict[str, str]:
        forget_seen_lines()  # each round starts as a fresh process would (pool workers are fresh)
        paths = sorted(f"{page_id}{suffix}" for page_id in inputs)
        documents = [doc for result in clean_batches(folder, batches(paths, 10), config, workers) for doc in result.documents]
        return {doc.source_path[: -len(suffix)]: doc.text for doc in documents}
    return run


def peer_on_each(function):
    """A function running a peer on every input text: texts by id (a failure scores empty)."""
    def run(inputs: dict[str, str]) -> dict[str, str]:
        out = {}
        for page_id, content in inputs.items():
            try:
                out[page_id] = function(content) or ""
            except Exception:  # noqa: BLE001 - a peer failing on a page scores it empty
                out[page_id] = ""
        return out
    return run


def timed_rounds(tools: list[tuple[str, object]], inputs: dict[str, str], repeat: int) -> tuple[dict[str, dict[str, str]], dict[str, list[float]]]:
    """Outputs and per-round seconds of each tool. Each tool first runs on one page, untimed
    (loading lists and models is a once-per-process cost); then ``repeat`` rounds run every
    tool once each, interleaved, so that the shared machine's load swings hit all tools alike."""
    first = dict([next(iter(inputs.items()))])
    for _, run in tools:
        run(first)
    outputs: dict[str, dict[str, str]] = {}
    seconds: dict[str, list[float]] = {name: [] for name, _ in tools}
    for _ in range(repeat):
        for name, run in tools:
            start = time.perf_counter()
            outputs[name] = run(inputs)
            seconds[name].append(time.perf_counter() - start)
    return outputs, seconds


def peers(track: str):
    """(name, function) of the peers for a track; missing packages are reported, not fatal."""
    found = [("no cleaning", lambda text: text)] if track not in ("html", "html_plain") else []
    try:
        if track in ("html", "html_plain"):
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
    parser.add_argument("--tracks", default="text,text_regex,html", help="of text, text_regex, html, markdown, html_plain")
    parser.add_argument("--worst", type=int, default=5, help="worst pages of cleanse to list per track")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    parser.add_argument("--workers", type=int, default=2, help="also time cleanse with this many processes (1: don't)")
    parser.add_argument("--repeat", type=int, default=5, help="timed rounds per track; docs/s is from each tool's median")
    args = parser.parse_args()

    scorer = load_scorer(args.eval_dir)
    truth = {page_id: item["articleBody"] for page_id, item in json.loads((args.eval_dir / "ground-truth.json").read_text("utf-8")).items()}
    ids = sorted(truth)
    config = PipelineConfig.load()
    rows, worst = [], {}
    speed_ratio = None
    throughput: dict[tuple[str, str], float] = {}
    for track in args.tracks.split(","):
        inputs = track_inputs(args.eval_dir, track, ids)
        suffix = {"html": ".html", "html_plain": ".html", "markdown": ".md"}.get(track, ".txt")
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            for page_id, content in inputs.items():
                (folder / f"{page_id}{suffix}").write_text(content, "utf-8")
            tools = [("cleanse", cleanse_on_files(folder, suffix, config))]
            if args.workers > 1:  # a process pool is started inside each timed run
                tools.append((f"cleanse, {args.workers} processes", cleanse_on_files(folder, suffix, config, args.workers)))
            if track == "markdown":  # the same files read as text dumps: what a .md was worth before
                for page_id, content in inputs.items():
                    (folder / f"{page_id}.txt").write_text(content, "utf-8")
                tools.append(("cleanse, the .md read as .txt", cleanse_on_files(folder, ".txt", config)))
            tools += [(name, peer_on_each(function)) for name, function in peers(track)]
            outputs, seconds = timed_rounds(tools, inputs, args.repeat)
        results = [(name, outputs[name], median(seconds[name])) for name, _ in tools]
        if track == "html" and "trafilatura" in seconds:
            ratios = [t / c for t, c in zip(seconds["trafilatura"], seconds["cleanse"])]
            speed_ratio = (median(ratios), min(ratios), max(ratios))
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
    if speed_ratio:
        print(f"\nhtml throughput, cleanse / trafilatura default, one process each: {speed_ratio[0]:.2f}x "
              f"(median of {args.repeat} interleaved rounds; range {speed_ratio[1]:.2f}-{speed_ratio[2]:.2f})")
        if args.workers > 1:
            base = throughput[("html", "trafilatura")]
            print(f"html throughput, cleanse with {args.workers} processes (pool start included) / trafilatura default: "
                  f"{throughput[('html', f'cleanse, {args.workers} processes')] / base:.2f}x")
    for track, pages in worst.items():
        print(f"\nworst cleanse pages, {track}: " + ", ".join(f"{p.page_id[:10]} F1={p.f1:.2f} (P={p.precision or 0:.2f} R={p.recall or 0:.2f})" for p in pages))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
