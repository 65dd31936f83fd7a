"""Property-based tests of the text steps (hypothesis): what holds for any input."""

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleanse.document import RawDocument
from cleanse.pipeline import PipelineConfig, clean_document
from cleanse.steps.encoding import repair_encoding
from cleanse.steps.whitespace import tidy_lines

CONFIG = PipelineConfig.load()

PROSE = st.sampled_from([
    "Sam Altman said on Tuesday that the board met in November 2023 to discuss the plan at length.",
    "Ilya Sutskever, co-founder and chief scientist of OpenAI, announced his departure after a decade.",
    "The council voted 7-2 on Feb 15, 2024, after a long debate about who should pay for it all.",
    "Prices rose 3.5 percent in Q3 2023 and again in late 2023, the report from the ministry said.",
    "Whatever happened, he seems to have represented a rift that has been growing for some time.",
])
FURNITURE = st.sampled_from([
    "Share your love", "Leave a Reply", "Read More: Something else – site", "Follow us on Linkedin",
    "Image Credit: Someone", "Articles: 1955", "Home", "Menu", "Advertisement", "© 2024 Example",
    "a:hover]:text-gray-63 [&>a]:shadow-underline dark:[&>a]:text-gray-bd”>Illustration: X",
    "var x = document.getElementById('a');", "Tags: AI, OpenAI", "• a bullet item", "Title Case Heading Here",
    # a label and its value on two lines, as text dumps print bylines and datelines
    "By", "Jane Doe", "PUBLISHED:", "00:01, Tue, Nov 19, 2019", "Deixe uma resposta", "Click here to subscribe",
    # a label whose list of headlines goes with it, and other closing lines
    "Related articles", "Plague outbreak: China hit by pneumonic plague", "[WARNING]", "About",
    "6 thoughts on “A Title”", "5 Min Read", "No comments yet", "Video",
])
NOISE = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80)
LINE = st.one_of(PROSE, FURNITURE, NOISE, st.just(""))
DOCUMENT = st.lists(LINE, min_size=1, max_size=25).map("\n".join)

SETTINGS = settings(max_examples=int(__import__("os").environ.get("CLEANSE_PROPERTY_EXAMPLES", "150")), deadline=None, suppress_health_check=[HealthCheck.too_slow])


def clean(text: str):
    return clean_document(RawDocument("p.txt", "x", "text", text, "utf-8"), CONFIG)


@SETTINGS
@given(DOCUMENT)
def test_cleaning_clean_text_changes_nothing(text):
    once = clean(text).text
    assert clean(once).text == once


@SETTINGS
@given(DOCUMENT)
def test_no_character_is_invented(text):
    out = clean(text).text
    repaired = tidy_lines(repair_encoding(text).text)
    assert set(out) <= set(repaired) | {"\n"}


@SETTINGS
@given(DOCUMENT)
def test_output_is_valid_utf8_without_control_characters(text):
    out = clean(text).text
    out.encode("utf-8")  # no lone surrogates
    assert not [c for c in out if c != "\n" and unicodedata.category(c) == "Cc"]


@SETTINGS
@given(DOCUMENT)
def test_mention_and_date_offsets_point_at_their_text(text):
    doc = clean(text)
    for m in doc.mentions:
        assert doc.text[m.start : m.end] == m.text
    for d in doc.dates:
        assert doc.text[d.start : d.end] == d.text


@SETTINGS
@given(st.text(max_size=300))
def test_html_cleaner_never_raises(text):
    for page in (text, f"<html><body><p>{text}</p><div class='share'>{text}</div></body></html>"):
        clean_document(RawDocument("p.html", "x", "html", page, "utf-8"), CONFIG)
