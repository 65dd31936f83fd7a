import pytest

from cleanse.steps.html import html_to_text
from cleanse.steps.markdown import markdown_page, split_front_matter


@pytest.mark.parametrize(
    ("text", "front", "body"),
    [
        # a YAML block fenced by "---" at the very top is the front matter
        ("---\ntitle: Bus pilot extended\nauthor: Jane Doe\n---\n# Bus pilot\n\nText.", {"title": "Bus pilot extended", "author": "Jane Doe"},
         "# Bus pilot\n\nText."),
        # a thematic break further down is no front matter, nor is a block that is no mapping
        ("# Title\n\n---\n\ntitle: no\n---\n", {}, "# Title\n\n---\n\ntitle: no\n---\n"),
        ("---\n- a list\n---\nText.", {}, "---\n- a list\n---\nText."),
        # YAML that does not parse is left in the text, as written
        ("---\ntitle: [unclosed\n---\nText.", {}, "---\ntitle: [unclosed\n---\nText."),
        # Jina Reader's header: labelled lines, then "Markdown Content:"
        ("Title: Bus pilot extended\n\nURL Source: https://example.com/a\n\nPublished Time: 2024-05-14T10:00:00Z\n\n"
         "Markdown Content:\n# Bus pilot\n\nText.",
         {"title": "Bus pilot extended", "url source": "https://example.com/a", "published time": "2024-05-14T10:00:00Z"},
         "# Bus pilot\n\nText."),
        # ... not a text that only opens with a "Title:" line
        ("Title: a poem\n\nRoses are red.", {}, "Title: a poem\n\nRoses are red."),
    ],
)
def test_split_front_matter(text, front, body):
    assert split_front_matter(text) == (front, body)


def test_markdown_renders_as_a_page_the_html_step_reads():
    text = ("---\ntitle: \"Council extends bus pilot\"\nauthors: [Jane Doe, Ali Khan]\ndate: 2024-05-14\n"
            "site_name: Daily Ledger\n---\n"
            "* [Home](https://example.com/)\n* [World](https://example.com/world)\n\n"
            "# Council extends bus pilot\n\nThe council voted on **Tuesday** to extend the [pilot](https://example.com/p).\n"
            "It was a long debate.\n\n| Year | Riders |\n|---|---|\n| 2023 | 4,000 |\n")
    extract = html_to_text(markdown_page(text))
    assert extract.title == "Council extends bus pilot"
    assert extract.authors == ["Jane Doe", "Ali Khan"]
    assert extract.published == "2024-05-14" and extract.site_name == "Daily Ledger"
    # markup gone, every word from the input; a hard-wrapped paragraph is one line
    assert "The council voted on Tuesday to extend the pilot. It was a long debate." in extract.text
    assert "**" not in extract.text and "](" not in extract.text and "2023" in extract.text


def test_front_matter_values_that_are_no_text_are_ignored():
    # aliases that would expand without end, a mapping where a name should be: no metadata, no crash
    text = "---\na: &a [x, x, x]\nb: &b [*a, *a, *a]\nauthor: [*b, *b]\ntitle: {x: 1}\n---\nSome text here."
    extract = html_to_text(markdown_page(text))
    assert extract.authors == [] and extract.title is None
    assert "Some text here." in extract.text


def test_deep_nesting_keeps_its_text_or_fails_loudly():
    # markdown-it's default stops nesting at 20 levels and drops what is deeper, and the text after it
    deep_list = "".join("  " * i + f"- item{i}\n" for i in range(40)) + "\nafter the list"
    text = html_to_text(markdown_page(deep_list)).text
    assert "item39" in text and "after the list" in text
    # far deeper: no silent loss, an error the batch turns into a reject with its reason
    with pytest.raises(RecursionError):
        markdown_page("> " * 3000 + "deep text\n\nafter text")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a row with more cells than its header: GFM drops the extra cells, so the header widens
        ("| a |\n| --- |\n| b | c |\n", ["a", "b", "c"]),
        # a layout table a converter flattened: the article in cells past the header's two
        ("|  |  |\n| --- | --- |\n| Menu | | Story starts here. | It goes on. | The end. |\n",
         ["Menu", "Story starts here.", "It goes on.", "The end."]),
        # no trailing pipe on the header, a table inside a quote, an escaped pipe in a cell
        ("a | b\n--- | ---\nc | d | e\n", ["a", "b", "c", "d", "e"]),
        ("> | a |\n> | --- |\n> | b | c |\n", ["a", "b", "c"]),
        ("| a | b |\n| --- | --- |\n| x \\| y | z | w |\n", ["x | y", "z", "w"]),
    ],
)
def test_table_rows_wider_than_their_header_keep_every_cell(text, kept):
    extract = html_to_text(markdown_page(text)).text
    for cell in kept:
        assert cell in extract


def test_pipes_in_code_are_not_tables_and_stay_as_written():
    text = "```\n| a |\n| --- |\n| b | c |\n```\n\nAfter."
    assert "| b | c |" in html_to_text(markdown_page(text)).text
