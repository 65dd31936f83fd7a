"""Dates: cleanse's `dates` step on GUM's annotated date expressions and dateparser's English cases.

Data: ../shared/eval/dates/ (gum_dates.jsonl: 333 dates as written, with sentence, offset and
ISO value; dateparser_en_cases.jsonl: 76 cases from dateparser's tests).

Prints:
- value accuracy on the GUM dates, loose (the value is the gold interval or a refinement or
  coarsening of it) and strict (same value at the same precision), for news+interview and all;
- finding dates in running text: precision (found expressions that overlap a gold date) and
  recall (gold dates overlapped by a found one), per genre group, sentence by sentence;
- dateparser's absolute cases (right year-month-day) for reference;
- speed: characters per second of the names and dates steps next to the whole pipeline on the
  boilerplate benchmark's text track, and their share of the run time.

Relative expressions are resolved against the document's creation date, as the annotation does.

    python benchmarks/dates.py [--eval-dir ../shared/eval/dates] [--show-errors]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from cleanse.document import PartialDate, RawDocument
from cleanse.pipeline import PipelineConfig, clean_document
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval" / "dates")
    parser.add_argument("--text-track", type=Path, default=ROOT.parent / "shared" / "eval" / "boilerplate" / "text")
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
