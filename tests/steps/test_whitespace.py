import pytest

from cleanse.steps.whitespace import is_list_item, layout_paragraphs, normalize_whitespace, tidy_lines


@pytest.mark.parametrize(
    "original, expected",
    [
        ("  a \t b  ", "a b"),
        ("one\r\ntwo\rthree", "one\ntwo\nthree"),
        ("trailing   \nspaces\t", "trailing\nspaces"),
        ("ideographic\u3000space", "ideographic space"),
    ],
)
def test_tidy_lines(original, expected):
    assert tidy_lines(original) == expected


@pytest.mark.parametrize(
    "original, expected",
    [
        ("A\n\n\n\nB", "A\n\nB"),
        ("\n\nA\n\n", "A"),
        ("A\nstill A", "A\nstill A"),
        ("Intro\n• x\n• y\nOutro", "Intro\n\n• x\n• y\n\nOutro"),
        ("• x\n\n• y\n\n\n• z", "• x\n• y\n• z"),
        ("1. first\n2. second", "1. first\n2. second"),
    ],
)
def test_layout_paragraphs(original, expected):
    assert layout_paragraphs(original) == expected


@pytest.mark.parametrize("line, expected", [("• item", True), ("- item", True), ("3) item", True), ("2024 was a year", False), ("Plain", False)])
def test_is_list_item(line, expected):
    assert is_list_item(line) is expected


def test_normalize_whitespace_changes_only_whitespace():
    original = "  A  b \n\n\n\n  c\t\n"
    result = normalize_whitespace(original).text
    assert result == "A b\n\nc"
    assert "".join(result.split()) == "".join(original.split())
