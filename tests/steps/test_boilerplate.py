import json
from pathlib import Path

import pytest

from cleanse.steps.boilerplate import classify_line, load_rules, remove_boilerplate, strip_markup_residue

CASES = json.loads((Path(__file__).parent / "cases" / "boilerplate.json").read_text("utf-8"))
RULES = load_rules()


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_boilerplate_cases(case):
    result = remove_boilerplate(case["original"], RULES)
    assert [r.rule for r in result.removed] == case["rules"]
    if case["rules"]:
        assert result.text.strip() == ""
    else:
        assert result.text == case["original"]


def test_removed_lines_keep_paragraphs_apart_and_record_text():
    text = "First paragraph.\nShare your love\nSecond paragraph."
    result = remove_boilerplate(text, RULES)
    assert result.text == "First paragraph.\n\nSecond paragraph."
    assert result.removed[0].text == "Share your love"
    assert result.removed[0].reason


def test_residue_prefix_is_cut_and_rest_kept_when_it_is_text():
    line = 'a:hover]:text-gray-63 [&>a]:shadow-underline dark:[&>a]:text-gray-bd">The board met on Friday to discuss the plan.'
    result = remove_boilerplate(line, RULES)
    assert result.text == "The board met on Friday to discuss the plan."
    assert [r.rule for r in result.removed] == ["markup_residue"]


def test_max_words_protects_long_paragraphs():
    long_line = "Image credit: " + "word " * 40
    assert classify_line(long_line.strip(), RULES) is None


def test_user_rules_extend_and_override(tmp_path):
    extra = tmp_path / "rules.toml"
    extra.write_text(
        '[[rule]]\nid = "sponsor"\nreason = "sponsor line"\nmatch = "start"\npatterns = ["brought to you by"]\n'
        '[[rule]]\nid = "share"\nreason = "only this"\nmatch = "full"\npatterns = ["share now"]\n',
        "utf-8",
    )
    rules = load_rules(extra)
    assert classify_line("Brought to you by Acme", rules)[0].id == "sponsor"
    assert classify_line("Share now", rules)[0].reason == "only this"
    assert classify_line("Share your love", rules) is None
    assert rules.sources[-1] == str(extra)


def test_strip_markup_residue_leaves_plain_lines():
    assert strip_markup_residue("Plain words here.", RULES) == ("", "Plain words here.")
