"""Fuzz the decoders, the text cleaner, the HTML cleaner and the Markdown reader for a set number of minutes.

Inputs are mutations of the seeds and of generated HTML (bytes flipped, spliced, duplicated,
truncated; tags, entities, deep nesting, control and odd Unicode characters inserted), from a
fixed random seed (Markdown's marks among the insertions). Every input goes through
``decode_bytes`` and ``clean_document`` as text, as HTML and as Markdown. A crash is any exception other than the documented refusals (``ValueError`` from the
decoder, ``TooDeep`` from the HTML parser); crashing inputs are saved for a regression test.

    python benchmarks/fuzz.py --minutes 10 [--seed 1] [--crash-dir fuzz-crashes]

Prints inputs tried, inputs per second, and crashes (with the first traceback of each kind).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from pathlib import Path

from cleanse.document import RawDocument
from cleanse.io.readers import decode_bytes
from cleanse.pipeline import PipelineConfig, clean_document
from cleanse.steps.html import TooDeep

ROOT = Path(__file__).resolve().parents[1]
SNIPPETS = [
    b"<div>", b"</div>", b"<p>", b"</p>", b"<script>", b"</script>", b"<!--", b"-->", b"&amp;", b"&#x0;",
    b"&#xD800;", b"&nbsp;", b"<a href='x'>", b"</a>", b"<br/>", b"<![CDATA[", b"]]>", b"\x00", b"\xff\xfe",
    b"\xef\xbb\xbf", "\u200b\u202e\u2028".encode(), "Ã©â€™".encode(), b"\r\n", b"\t", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢".encode(),
    b"Read More: x \xe2\x80\x93 site", b"Feb 30, 2024", b"May 14 7:55 PM ET", b"Mr. Devocht said",
    b"<meta property='article:published_time' content='0001-01-01T00:00:00Z'>",
    b'<script type="application/ld+json">{"author": [null, {"name": 5}]}</script>',
    # Markdown's marks, for the Markdown reading of the same bytes
    b"[", b"](https://x.example/a \"t\")", b"![i](", b"\n\n", b"---\ntitle: [x\n---\n", b"> > > ", b"* ", b"1) ",
    b"```", b"# ", b"Markdown Content:\n", b"| a | b |\n|---|---|\n",
]


def mutate(data: bytes, rng: random.Random) -> bytes:
    data = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        choice = rng.random()
        if choice < 0.25 and data:
            data[rng.randrange(len(data))] = rng.randrange(256)
        elif choice < 0.5:
            at = rng.randint(0, len(data))
            data[at:at] = rng.choice(SNIPPETS)
        elif choice < 0.65 and data:
            a = rng.randrange(len(data))
            b = min(len(data), a + rng.randint(1, 400))
            data[a:a] = data[a:b] * rng.randint(1, 5)
        elif choice < 0.75 and data:
            del data[rng.randrange(len(data)):]
        elif choice < 0.85:
            depth = rng.choice([10, 300, 3000, 6000])
            at = rng.randint(0, len(data))
            data[at:at] = b"<div>" * depth + b"x" + b"</div>" * rng.randint(0, depth)
        else:
            at = rng.randint(0, len(data))
            data[at:at] = "".join(chr(rng.choice([rng.randrange(0x20), rng.randrange(0x80, 0xa0),
                                                  rng.randrange(0x100, 0x3000), 0xfffd, 0xfeff]))
                                  for _ in range(rng.randint(1, 20))).encode("utf-8", "surrogatepass")
    return bytes(data)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--crash-dir", type=Path, default=Path("fuzz-crashes"))
    args = parser.parse_args()
    rng = random.Random(args.seed)
    config = PipelineConfig.load()
    corpus = [p.read_bytes() for p in sorted((ROOT / "seeds").iterdir())]
    corpus += [b"<html><head><title>T</title></head><body><article><h1>T</h1>" + c + b"</article></body></html>" for c in corpus]

    tried = crashes = 0
    kinds: dict[str, str] = {}
    deadline = time.monotonic() + args.minutes * 60
    start = time.monotonic()
    while time.monotonic() < deadline:
        data = mutate(rng.choice(corpus), rng)
        for fmt in ("text", "html", "markdown"):
            tried += 1
            try:
                text, encoding = decode_bytes(data, html=(fmt == "html"))
            except ValueError:
                continue
            try:
                clean_document(RawDocument(f"fuzz.{fmt}", "x", fmt, text, encoding), config)
            except TooDeep:
                continue
            except Exception as exc:  # noqa: BLE001 - that is what we are looking for
                crashes += 1
                kind = f"{type(exc).__name__}: {str(exc)[:80]}"
                if kind not in kinds:
                    kinds[kind] = traceback.format_exc()
                    args.crash_dir.mkdir(parents=True, exist_ok=True)
                    (args.crash_dir / f"crash-{len(kinds):03d}.{fmt}").write_bytes(data)
    seconds = time.monotonic() - start
    print(f"fuzzed {seconds / 60:.1f} min: {tried} inputs ({tried / seconds:.0f}/s), {crashes} crashes, {len(kinds)} kinds")
    for kind, trace in kinds.items():
        print(f"\n== {kind}\n{trace}")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
