"""Person names on GUM news, interview and biography documents: cleanse's `people` and `mentions`.

Data: ../shared/eval/names/gum_subset.jsonl (21 documents, person mentions with coreference).
Gold (the data's README): a name mention is a person mention whose minimal span is all proper
nouns, leading titles and the descriptors before them removed ("U.S. President Donald Trump"
gives "Donald Trump"), and a bare title ("the President") is none; its canonical name is
the longest name of its entity in the document (the Wikipedia title counts as an equally good
spelling). On the dev third: 386 name mentions, 120 people (the README counts 384 and 120).

Prints:
- document level: precision / recall / F1 of the canonical names in `people` (pooled over
  documents; names compared lower-cased without possessive 's, "(disambiguator)" or suffixes);
- mention level: precision / recall / F1 of the `mentions` spans (exact character spans, mapped
  from the clean text back to the document text);
- a baseline in the same run: capitalised spans led by a first name (the step's first-name list,
  no within-document resolution), for comparison.

    python benchmarks/names.py [--eval-dir ../shared/eval/names] [--show-errors]
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import tempfile
from urllib.parse import unquote
from pathlib import Path

from cleanse.pipeline import PipelineConfig, clean_sources
from cleanse.steps.names import _first_names

ROOT = Path(__file__).resolve().parents[1]
_SUFFIXES = re.compile(r"(,?\s+(jr\.?|sr\.?|ii|iii|iv|phd|md|frs|esq\.?))+$")
_WORD = re.compile(r"\w+")


def _titles() -> set[str]:
    from nameparser.config import CONSTANTS

    return {t for t in CONSTANTS.titles} | {"emperor", "empress", "dame", "sir", "president", "ambassador", "king", "queen", "saint", "st"}


TITLES = _titles()


def normalise(name: str) -> str:
    name = name.lower().strip()
    name = re.sub(r"\s*\([^)]*\)$", "", name)
    name = re.sub(r"['’]s?$", "", name)
    return _SUFFIXES.sub("", name).strip()


def gold_names(doc: dict) -> tuple[list[tuple[int, int, int]], dict[int, set[str]]]:
    """Name mention spans (start, end, entity) and each entity's acceptable canonical spellings."""
    tokens, text = doc["tokens"], doc["text"]
    spans, names = [], {}
    for m in doc["mentions"]:
        if m["etype"] != "person":
            continue
        idx = [m["start_tok"] + k for k in m["minspan"]]
        if any(tokens[i][3] != "PROPN" or tokens[i][4] == "NNPS" for i in idx):
            continue
        # the run of proper nouns inside the mention that covers the minimal span
        first, last = min(idx), max(idx)
        if any(tokens[i][3] != "PROPN" for i in range(first, last + 1)):
            continue
        while first > m["start_tok"] and tokens[first - 1][3] == "PROPN":
            first -= 1
        while last + 1 < m["end_tok"] and tokens[last + 1][3] == "PROPN":
            last += 1
        titled = [i for i in range(first, last + 1) if tokens[i][2].lower().rstrip(".") in TITLES]
        if len(titled) == last - first + 1:  # a bare title ("the President", "Governor") is no name
            continue
        if titled and titled[-1] < last:  # titles go, and descriptors before them: "U.S. President Donald Trump"
            first = titled[-1] + 1
        run = tokens[first : last + 1]
        start, end = run[0][0], run[-1][1]
        spans.append((start, end, m["eid"]))
        names.setdefault(m["eid"], set()).add(text[start:end])
        if m["identity"]:
            # GUM writes the Wikipedia title URL-encoded ("James Stirling %28architect%29").
            names[m["eid"]].add("identity:" + unquote(m["identity"]).replace("_", " "))
    canonical = {}
    for eid, forms in names.items():
        plain = [f for f in forms if not f.startswith("identity:")]
        if not plain:
            continue
        # Equally long names ("Natsuko Higuchi", "Higuchi Natsuko") are equally good: picking one
        # by set order made the figures change from run to run.
        longest = {f for f in plain if len(f) == max(map(len, plain))}
        canonical[eid] = {normalise(f) for f in longest} | {normalise(f[9:]) for f in forms if f.startswith("identity:")}
    return spans, canonical


def score_people(system: list[str], gold: dict[int, set[str]]) -> tuple[int, int, int]:
    """(true positives, system names, gold entities); a name matches one entity at most."""
    unmatched = dict(gold)
    tp = 0
    for name in dict.fromkeys(normalise(n) for n in system):
        hit = next((eid for eid, spellings in unmatched.items() if name in spellings), None)
        if hit is not None:
            tp += 1
            del unmatched[hit]
    return tp, len(set(normalise(n) for n in system)), len(gold)


def offset_map(clean: str, original: str):
    """Map a character offset range of the clean text onto the original text, word by word."""
    cw = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(clean)]
    ow = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(original)]
    matcher = difflib.SequenceMatcher(a=[w for *_, w in cw], b=[w for *_, w in ow], autojunk=False)
    mapping = {}
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            mapping[block.a + k] = block.b + k
    starts = {s: i for i, (s, _, _) in enumerate(cw)}
    ends = {e: i for i, (_, e, _) in enumerate(cw)}

    def to_original(start: int, end: int) -> tuple[int, int] | None:
        i, j = starts.get(start), ends.get(end)
        if i is None or j is None or i not in mapping or j not in mapping:
            return None
        return ow[mapping[i]][0], ow[mapping[j]][1]

    return to_original


def baseline_people(text: str) -> tuple[list[tuple[int, int]], list[str]]:
    """Capitalised runs led by a known first name, no resolution: the comparison point."""
    spans = []
    for m in re.finditer(r"\b([A-Z][a-z]+)((?:\s+[A-Z][\w'.-]+)+)", text):
        if m.group(1) in _first_names():
            spans.append((m.start(), m.end()))
    return spans, [text[s:e] for s, e in spans]


def prf(tp: int, sys_n: int, gold_n: int) -> tuple[float, float, float]:
    p = tp / sys_n if sys_n else 0.0
    r = tp / gold_n if gold_n else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval" / "names")
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    docs = [json.loads(line) for line in (args.eval_dir / "gum_subset.jsonl").read_text("utf-8").splitlines()]

    with tempfile.TemporaryDirectory() as tmp:
        for doc in docs:
            Path(tmp, doc["doc_id"] + ".txt").write_text(doc["text"], "utf-8")
        result = clean_sources(Path(tmp), sorted(d["doc_id"] + ".txt" for d in docs), PipelineConfig.load())
    cleaned = {d.source_path[:-4]: d for d in result.documents}

    totals = {"doc": [0, 0, 0], "mention": [0, 0, 0], "base_doc": [0, 0, 0], "base_mention": [0, 0, 0]}
    for doc in docs:
        spans, gold = gold_names(doc)
        gold_spans = {(s, e) for s, e, _ in spans}
        clean = cleaned.get(doc["doc_id"])
        people = clean.people if clean else []
        for k, v in zip(("doc",), [score_people(people, gold)]):
            totals[k] = [a + b for a, b in zip(totals[k], v)]
        to_original = offset_map(clean.text, doc["text"]) if clean else (lambda s, e: None)
        system_spans = {span for m in (clean.mentions if clean else []) if (span := to_original(m.start, m.end))}
        tp = len(system_spans & gold_spans)
        totals["mention"] = [a + b for a, b in zip(totals["mention"], (tp, len(system_spans), len(gold_spans)))]
        b_spans, b_names = baseline_people(doc["text"])
        totals["base_doc"] = [a + b for a, b in zip(totals["base_doc"], score_people(b_names, gold))]
        b_tp = len(set(b_spans) & gold_spans)
        totals["base_mention"] = [a + b for a, b in zip(totals["base_mention"], (b_tp, len(set(b_spans)), len(gold_spans)))]
        if args.show_errors:
            missing = [sorted(v)[0] for v in gold.values() if not any(normalise(n) in v for n in people)]
            extra = [n for n in people if not any(normalise(n) in v for v in gold.values())]
            print(f"{doc['doc_id']}: missing {missing}; extra {extra}")

    print(f"{'level':<10} {'system':<28} {'P':>6} {'R':>6} {'F1':>6}")
    for key, level, name in (("doc", "document", "cleanse people"), ("base_doc", "document", "baseline (first-name spans)"),
                             ("mention", "mention", "cleanse mentions"), ("base_mention", "mention", "baseline (first-name spans)")):
        p, r, f = prf(*totals[key])
        print(f"{level:<10} {name:<28} {p:6.3f} {r:6.3f} {f:6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
