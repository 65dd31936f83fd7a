import subprocess
import sys

from cleanse.explain import explain_file
from cleanse.pipeline import PipelineConfig
from seed_checks import SEEDS


def test_explain_marks_cut_lines_with_their_rule():
    report = explain_file(SEEDS / "003_dd1124b21a6d5fd2.txt", PipelineConfig.load(), width=0)
    lines = report.split("\n")
    assert any(line.startswith("- [promo] Read More: OpenAI Unveils GPT-4o") for line in lines)
    assert any(line.startswith("- [author_box] Articles: 1955") for line in lines)
    assert any(line.startswith("+ Transition and Continuity") for line in lines)
    assert "people:    Ilya Sutskever" in report


def test_explain_command(tmp_path):
    result = subprocess.run([sys.executable, "-m", "cleanse.cli", "explain", str(SEEDS / "002_36cfec6c427d1d69.txt")],
                            capture_output=True, text=True)
    assert result.returncode == 0
    assert "- [share] Share your love" in result.stdout
    assert "- [markup_residue, image_credit] a:hover]" in result.stdout
