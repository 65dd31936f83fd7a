import pytest

from cleanse.steps.language import detect_language, prose_length, word_count


@pytest.mark.parametrize(
    "text, language",
    [
        ("The committee met on Tuesday and agreed to publish the full report next month.", "en"),
        ("Die Interoperabilität ist im Bereich der Gesundheitsversorgung ein wichtiges Thema, sagte er.", "de"),
        ("Eugênio Tadeu é um músico de Belo Horizonte que toca com o Duo Rodapião há muitos anos.", "pt"),
        # too short to tell, empty, or text CLD2 refuses: no guess and no failure
        ("OK", None),
        ("", None),
        ("an English sentence with C1 controls \x85\x9f in it, long enough to be told apart", None),
        ("\ud800 a lone surrogate", None),
    ],
)
def test_detect_language(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize(
    "text, length, words",
    [
        ("The council voted.", 18, 3),
        # a Chinese character or a kana counts three characters, and two of them a word
        ("反对者认为这笔钱最好用于道路维修。", 49, 9),
        ("市議会、バス事業の1年延長を決定", 16 + 2 * 14, 8),
        # Hangul is written with spaces: as it is
        ("시의회가 화요일 버스 사업 연장을 결정했다.", 24, 6),
        ("", 0, 0),
    ],
)
def test_prose_length_and_word_count(text, length, words):
    assert (prose_length(text), word_count(text)) == (length, words)
