import json
from pathlib import Path

import pytest

from cleanse.steps.encoding import fix_mojibake, remove_zero_width, repair_encoding, replace_nonbreaking_spaces

CASES = json.loads((Path(__file__).parent / "cases" / "encoding.json").read_text("utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_repair_encoding_cases(case):
    assert repair_encoding(case["original"]).text == case["fixed"]


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_repair_encoding_is_idempotent(case):
    once = repair_encoding(case["original"]).text
    assert repair_encoding(once).text == once


def test_html_derived_text_is_not_unescaped_twice():
    # Text from an HTML parser already had its entities decoded: "&lt;" here was written literally.
    assert repair_encoding("write &lt;p&gt; tags", unescape_html=False).text == "write &lt;p&gt; tags"


def test_reports_what_it_applied_and_removed():
    result = repair_encoding("donâ€™t\u200b stop")
    assert any(step.startswith("ftfy.") for step in result.applied)
    assert [r.rule for r in result.removed] == ["encoding.zero_width"]
    assert result.removed[0].text == "\u200b"


@pytest.mark.parametrize(
    "function, original, expected",
    [
        (replace_nonbreaking_spaces, "a\u00a0b\u2007c\u202fd", "a b c d"),
        (remove_zero_width, "a\u200bb\ufeffc", "abc"),
        (lambda t: fix_mojibake(t)[0], "ASCII only", "ASCII only"),
    ],
)
def test_small_fixes(function, original, expected):
    assert function(original) == expected
