"""Dates: cleanse's `dates` step on GUM's annotated date expressions and dateparser's English cases.

Data: ../shared/eval/dates/ (gum_dates.jsonl: 333 dates as written, with sentence, offset and
ISO value; dateparser_en_cases.jsonl: 76 cases from dateparser's tests).

Prints:
- value accuracy on the GUM dates, loose (the value is the gold interval or a refinement or
  coarsening of it) and strict (same value at the same precision), for news+interview and all;
- finding dates in running text: precision (found expressions that overlap a gold date) and
  recall (gold dates overlapped by a found one), per genre group, sentence by sentence;
- document level, as the held-back documents are scored (the data's README): for each of the 21
  news, interview and biography documents whose full text is in ../shared/eval/names/, the set of
  date values cleanse reports (cut to the date) against the set of gold ``when`` values; a value
  inside a gold range or on a year-less gold date is neither right nor wrong; P / R / F1 pooled.
  Twice: the documents as .txt inputs through the whole pipeline (no publication date: the
  texts carry none), and the same clean texts given their creation date as publication date;
- dateparser's absolute cases (right year-month-day) for reference;
- speed: characters per second of the names and dates steps next to the whole pipeline on the
  boilerplate benchmark's text track, and their share of the run time.

Relative expressions are resolved against the document's creation date, as the annotation does.

    python benchmarks/dates.py [--eval-dir ../shared/eval/dates] [--names-dir ../shared/eval/names] [--show-errors]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from cleanse.document import PartialDate, RawDocument
from cleanse.pipeline import PipelineConfig, clean_document, clean_sources
from cleanse.steps.dates import find_dates
from cleanse.steps.names import find_people

ROOT = Path(__file__).resolve().parents[1]
GROUPS = {"news": "news+interview", "interview": "news+interview"}


def _gold_value(attrs: dict) -> str | None:
    if "when" in attrs:
        return attrs["when"]
    if "from" in attrs and "to" in attrs:
        return f"{attrs['from']}/{attrs['to']}"
    return None


def _interval(value: str) -> tuple[str, str] | None:
    """A value's first and last day as comparable strings ('--05-14' and BC years are skipped)."""
    if not value or value.startswith("--") or value.startswith("-"):
        return None
    if "/" in value:
        a, b = value.split("/", 1)
        first, last = _interval(a), _interval(b)
        return (first[0], last[1]) if first and last else None
    day = value[:10]
    if len(day) == 4:
        return f"{day}-01-01", f"{day}-12-31"
    if len(day) == 7:
        return f"{day}-01", f"{day}-31"
    return day, day


def loose_match(system: str | None, gold: str) -> bool:
    if system is None:
        return False
    if system[:10] == gold[:10] or system == gold:
        return True
    s, g = _interval(system), _interval(gold)
    if not s or not g:
        return system.lstrip("-")[:5] == gold.lstrip("-")[:5]
    return (g[0] <= s[0] and s[1] <= g[1]) or (s[0] <= g[0] and g[1] <= s[1])


def strict_match(system: str | None, gold: str) -> bool:
    if system is None:
        return False
    if "/" in gold:
        return _interval(system) == _interval(gold)
    return system[: len(gold)] == gold and (len(system) == len(gold) or system[len(gold)] == "T")


def _cut(value: str) -> str:
    """A reported value cut to the date: the time part dropped ("2011-03-15T10:30-04:00" -> "2011-03-15")."""
    return value.split("T", 1)[0]


def _inside(value: str, low: str, high: str) -> bool:
    """Whether a reported value lies within a gold range (either end open: "" or None)."""
    span = _interval(value)
    if span is None:
        return False
    lo, hi = _interval(low) if low else None, _interval(high) if high else None
    return (lo is None or lo[0] <= span[0]) and (hi is None or span[1] <= hi[1]) and (lo or hi) is not None


def score_document(system: set[str], rows: list[dict]) -> tuple[int, int, int]:
    """(right, reported and not neutral, gold) for one document, as the held-back documents are
    scored: exact matches of cut values; a value inside a gold range or on a year-less gold date
    is neither right nor wrong."""
    gold = {_cut(r["attrs"]["when"]) for r in rows if "when" in r["attrs"]}
    ranges = [(r["attrs"].get("from") or r["attrs"].get("notBefore"), r["attrs"].get("to") or r["attrs"].get("notAfter"))
              for r in rows if "when" not in r["attrs"]]
    yearless = {g[1:] for g in gold if g.startswith("--")}  # "--05-14" -> "-05-14"
    right = counted = 0
    for value in {_cut(v) for v in system}:
        if value in gold:
            right += 1
            counted += 1
        elif any(_inside(value, low, high) for low, high in ranges) or any(value.endswith(y) for y in yearless):
            continue
        else:
            counted += 1
    return right, counted, len(gold)


def document_level(names_dir: Path, rows: list[dict], show_errors: bool) -> None:
    """Print document-level P / R / F1 of the date values, as the held-back documents are scored."""
    docs = [json.loads(line) for line in (names_dir / "gum_subset.jsonl").read_text("utf-8").splitlines()]
    gold_rows = defaultdict(list)
    for row in rows:
        gold_rows[row["doc_id"]].append(row)
    with tempfile.TemporaryDirectory() as tmp:
        for doc in docs:
            Path(tmp, doc["doc_id"] + ".txt").write_text(doc["text"], "utf-8")
        result = clean_sources(Path(tmp), sorted(d["doc_id"] + ".txt" for d in docs), PipelineConfig.load())
    cleaned = {d.source_path.removesuffix(".txt"): d for d in result.documents}
    print(f"\ndocument level ({len(docs)} news, interview and biography documents; values cut to the date)")
    print(f"{'input':<40} {'P':>6} {'R':>6} {'F1':>6}")
    for label, dated in (("text only (no publication date)", False), ("with the creation date as published", True)):
        totals = [0, 0, 0]
        if show_errors:
            print(f"  {label}:")
        for doc in docs:
            clean = cleaned[doc["doc_id"]]
            found = find_dates(clean.text, PartialDate(doc["date_created"], "day")) if dated else clean.dates
            system = {d.value for d in found if d.value}
            right, counted, gold = score_document(system, gold_rows[doc["doc_id"]])
            totals = [t + x for t, x in zip(totals, (right, counted, gold))]
            if show_errors:
                golds = {_cut(r["attrs"]["when"]) for r in gold_rows[doc["doc_id"]] if "when" in r["attrs"]}
                print(f"  {doc['doc_id']}: missed {sorted(golds - {_cut(v) for v in system})}; "
                      f"extra {sorted({_cut(v) for v in system} - golds)}")
        right, counted, gold = totals
        p, r = right / max(counted, 1), right / max(gold, 1)
        print(f"{label:<40} {p:6.3f} {r:6.3f} {2 * p * r / max(p + r, 1e-9):6.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval" / "dates")
    parser.add_argument("--text-track", type=Path, default=ROOT.parent / "shared" / "eval" / "boilerplate" / "text")
    parser.add_argument("--names-dir", type=Path, default=ROOT.parent / "shared" / "eval" / "names")
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    rows = [json.loads(line) for line in (args.eval_dir / "gum_dates.jsonl").read_text("utf-8").splitlines()]

    accuracy = defaultdict(lambda: [0, 0, 0])  # group -> loose, strict, total
    by_sentence: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for row in rows:
        by_sentence[(row["doc_id"], row["sentence"])].append(row)
    detect = defaultdict(lambda: [0, 0, 0, 0])  # group -> found correct, found, gold found, gold
    for (doc_id, sentence), golds in by_sentence.items():
        genre = golds[0]["genre"]
        published = PartialDate(golds[0]["date_created"], "day")
        found = find_dates(sentence, published)
        gold_spans = [(g["offset_in_sentence"], g["offset_in_sentence"] + len(g["string"])) for g in golds]
        for group in (GROUPS.get(genre, "other"), "all"):
            d = detect[group]
            d[0] += sum(1 for f in found if any(f.start < e and s < f.end for s, e in gold_spans))
            d[1] += len(found)
            d[2] += sum(1 for s, e in gold_spans if any(f.start < e and s < f.end for f in found))
            d[3] += len(gold_spans)
        if args.show_errors:
            for f in found:
                if not any(f.start < e and s < f.end for s, e in gold_spans):
                    print(f"{doc_id}: found {f.text!r} ({f.value}) where the gold has no date")
        for gold, (s, e) in zip(golds, gold_spans):
            value = _gold_value(gold["attrs"])
            if value is None:
                continue
            hit = next((f for f in found if f.start < e and s < f.end), None)
            system = hit.value if hit else None
            for group in (GROUPS.get(genre, "other"), "all"):
                a = accuracy[group]
                a[0] += loose_match(system, value)
                a[1] += strict_match(system, value)
                a[2] += 1
            if args.show_errors and not strict_match(system, value):
                print(f"{doc_id}: {gold['string']!r} gold {value} got {system} ({hit.text if hit else 'not found'})")

    print(f"{'group':<16} {'loose':>6} {'strict':>6} {'n':>4}   {'find P':>6} {'find R':>6}")
    for group in ("news+interview", "other", "all"):
        lo, st, n = accuracy[group]
        fc, fn, gf, gn = detect[group]
        print(f"{group:<16} {lo / n:6.3f} {st / n:6.3f} {n:4d}   {fc / max(fn, 1):6.3f} {gf / max(gn, 1):6.3f}")

    document_level(args.names_dir, rows, args.show_errors)

    cases = [json.loads(line) for line in (args.eval_dir / "dateparser_en_cases.jsonl").read_text("utf-8").splitlines()]
    absolute = [c for c in cases if c["test"] == "test_dates_parsing"]
    right = 0
    for case in absolute:
        found = find_dates(case["string"])
        expected = "-".join(f"{v:04d}" if i == 0 else f"{v:02d}" for i, v in enumerate(case["expected"][:3]))
        right += bool(found) and (found[0].value or "")[:10] == expected
    print(f"\ndateparser absolute cases, right year-month-day: {right}/{len(absolute)}")

    config = PipelineConfig.load()
    texts = [p.read_text("utf-8") for p in sorted(args.text_track.glob("*.txt"))]
    chars = sum(map(len, texts))
    start = time.perf_counter()
    docs = [clean_document(RawDocument(str(i), "x", "text", t, "utf-8"), config) for i, t in enumerate(texts)]
    whole = time.perf_counter() - start
    start = time.perf_counter()
    for doc in docs:
        find_people(doc.text, config.name_rules)
    names_s = time.perf_counter() - start
    start = time.perf_counter()
    for doc in docs:
        find_dates(doc.text, doc.published)
    dates_s = time.perf_counter() - start
    print(f"\nspeed on the text track ({len(texts)} docs, {chars / 1e6:.2f} M chars in):")
    print(f"  whole pipeline {chars / whole / 1e6:6.2f} M chars/s; names step {chars / names_s / 1e6:6.2f}; "
          f"dates step {chars / dates_s / 1e6:6.2f}; names + dates = {(names_s + dates_s) / whole:.0%} of the run")
    return 0


if __name__ == "__main__":
    sys.exit(main())
