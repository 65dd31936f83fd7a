"""Library throughput on the seeds, against ftfy.fix_text alone over the same text (same run).

    python benchmarks/seeds_speed.py --copies 200
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

import ftfy

from cleanse.io.readers import list_sources
from cleanse.pipeline import PipelineConfig, clean_sources

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=100, help="copies of each seed (default 100)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for i in range(args.copies):
            for seed in SEEDS.iterdir():
                shutil.copyfile(seed, folder / f"{i:05d}_{seed.name}")
        paths = list_sources(folder)
        texts = [(folder / p).read_text("utf-8") for p in paths]
        config = PipelineConfig.load()

        start = time.perf_counter()
        for text in texts:
            ftfy.fix_text(text)
        ftfy_seconds = time.perf_counter() - start

        start = time.perf_counter()
        result = clean_sources(folder, paths, config)
        cleanse_seconds = time.perf_counter() - start

    docs = len(paths)
    print(f"documents: {docs} ({sum(map(len, texts)) / 1e6:.2f} M characters)")
    print(f"ftfy.fix_text alone: {docs / ftfy_seconds:8.1f} docs/s")
    print(f"cleanse (library):   {docs / cleanse_seconds:8.1f} docs/s  ({len(result.documents)} cleaned)")
    print(f"cleanse / ftfy time ratio: {cleanse_seconds / ftfy_seconds:.2f}")


if __name__ == "__main__":
    main()
