"""Encoding repair: cleanse's encoding step on ftfy's own test cases, next to ``ftfy.fix_text``.

Data: ../shared/eval/encoding/ftfy-test-cases-*.json (161 cases: mojibake from the wild,
synthetic mix-ups, negative cases that must stay as they are, language names, and ftfy's known
failures).

A case is right when the output equals its ``fixed`` text exactly (on negative cases that is the
input). cleanse differs from ``ftfy.fix_text``'s defaults in two documented ways: it keeps curly
quotes (the author's) and turns non-breaking spaces into spaces. So a second column scores the
same outputs with those two choices applied to the expected text as well ("as documented");
every other difference counts against cleanse.

Prints, per file: cases, ftfy.fix_text right (exact), cleanse right (exact), cleanse right as
documented; with --show-errors, each case cleanse gets wrong as documented.

    python benchmarks/encoding.py [--eval-dir ../shared/eval/encoding] [--show-errors]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import ftfy
from ftfy.fixes import uncurl_quotes

from cleanse.steps.encoding import repair_encoding, replace_nonbreaking_spaces

ROOT = Path(__file__).resolve().parents[1]


def as_documented(text: str) -> str:
    """Text with cleanse's two documented departures from ftfy's defaults neutralised: quotes
    compared straight, non-breaking spaces as spaces."""
    return uncurl_quotes(replace_nonbreaking_spaces(text))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval" / "encoding")
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()

    files = sorted(args.eval_dir.glob("ftfy-test-cases-*.json"))
    if not files:
        print(f"no ftfy-test-cases-*.json under {args.eval_dir}", file=sys.stderr)
        return 2
    print(f"{'file':<24} {'cases':>5} {'ftfy exact':>10} {'cleanse exact':>13} {'as documented':>13}")
    totals = [0, 0, 0, 0]
    errors = []
    for path in files:
        cases = json.loads(path.read_text("utf-8"))
        row = [len(cases), 0, 0, 0]
        for case in cases:
            expected = case["fixed"]
            ours = repair_encoding(case["original"]).text
            row[1] += ftfy.fix_text(case["original"]) == expected
            row[2] += ours == expected
            right = as_documented(ours) == as_documented(expected)
            row[3] += right
            if not right:
                errors.append((path.stem.removeprefix("ftfy-test-cases-"), case, ours))
        totals = [t + r for t, r in zip(totals, row)]
        name = path.stem.removeprefix("ftfy-test-cases-")
        print(f"{name:<24} {row[0]:>5} {row[1]:>10} {row[2]:>13} {row[3]:>13}")
    print(f"{'all':<24} {totals[0]:>5} {totals[1]:>10} {totals[2]:>13} {totals[3]:>13}")
    if args.show_errors:
        for name, case, ours in errors:
            print(f"\n[{name}] {case['label']}\n  input:    {case['original']!r}\n  expected: {case['fixed']!r}\n  cleanse:  {ours!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
