import pytest

from cleanse.steps.language import detect_language


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
