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


def test_lines_ftfy_cannot_change_skip_it():
    # The skip is only sound if ftfy itself leaves such lines alone: checked here on a sample
    # (the module's comment says why it holds for every such line).
    import random

    import ftfy

    from cleanse.steps.encoding import _FTFY, _NEEDS_FTFY

    alphabet = [chr(c) for c in range(0x20, 0x7F) if chr(c) != "&"] + list("‘’“”–—…\xa0") * 8
    rng = random.Random(0)
    for _ in range(5000):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 10)))
        assert not _NEEDS_FTFY.search(line)
        assert ftfy.fix_text(line, config=_FTFY) == line
    assert _NEEDS_FTFY.search("donâ€™t") and _NEEDS_FTFY.search("a &amp; b") and _NEEDS_FTFY.search("e\u0301")


def test_lines_the_caller_names_skip_ftfy_but_not_the_small_fixes():
    # The pipeline names a regex dump's long script and style lines: the boilerplate step removes
    # them whole, so ftfy's repair would change no output; their invisible characters still go.
    code = '.a:after{content:"â€”"}' * 3
    result = repair_encoding(f"donâ€™t\n{code}", skip_ftfy=lambda line: line.startswith(".a"))
    assert result.text == f"don’t\n{code}"
    result = repair_encoding(f"{code}\u200b\x07\u00a0", skip_ftfy=lambda line: line.startswith(".a"))
    assert result.text == f"{code} " and [r.text for r in result.removed] == ["\u200b", "\x07"]
