import subprocess
import sys

import pytest

from cleanse.explain import explain_file, mark_lines
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


@pytest.mark.parametrize(
    ("lines", "clean_text", "removed", "marks"),
    [
        # a line cut in a menu and kept in the article is marked at each place as it was treated
        (["Safety officials urge Boeing", "Intro.", "Safety officials urge Boeing", "Body."],
         "Intro.\nSafety officials urge Boeing\nBody.", [("outside_main_content", "Safety officials urge Boeing")],
         ["-", "+", "+", "+"]),
        # ... and the other way round: kept first, cut when it comes back as a teaser
        (["Intro.", "Why it matters", "Body.", "Why it matters"], "Intro.\nWhy it matters\nBody.",
         [("outside_main_content", "Why it matters")], ["+", "+", "+", "-"]),
        # a line partly cut, and one repaired
        (["Share this Body.", "cafÃ© owner"], "Body.\ncafé owner", [("share", "Share this")], ["~", "~"]),
    ],
)
def test_mark_lines_follows_the_order_of_the_text(lines, clean_text, removed, marks):
    assert [m.mark for m in mark_lines(lines, clean_text, removed)] == marks
