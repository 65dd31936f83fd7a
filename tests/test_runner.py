import gc
from pathlib import Path

from cleanse.cli import main
from cleanse.pipeline import PipelineConfig
from cleanse.runner import GC_THRESHOLDS, run_local

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_the_cli_relaxes_gc_and_the_library_leaves_the_callers_process_alone(tmp_path):
    before = gc.get_threshold()
    try:
        run_local(SEEDS, tmp_path / "library", PipelineConfig.load())
        assert gc.get_threshold() == before
        assert main(["run", str(SEEDS), "--out", str(tmp_path / "cli"), "--no-prefect"]) == 0
        assert gc.get_threshold() == GC_THRESHOLDS
    finally:
        gc.set_threshold(*before)
