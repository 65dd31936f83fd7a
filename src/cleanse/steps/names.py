"""People: find person-name mentions in clean text and give each one canonical full name.

No model: capitalised runs of words, a first-name list shipped with ``gender-guesser``, the
title list of ``nameparser``, the word lists in ``rules/names.toml``, and resolution within
the document ("Sutskever", "Ilya" -> "Ilya Sutskever" when the document names him in full).
A user alias file maps variants to one canonical name across the whole corpus.
"""

from __future__ import annotations

import bisect
import math
import re
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from nameparser import HumanName

from cleanse.document import Mention

_POSSESSIVE = re.compile(r"['’]s?$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_LETTERS = re.compile(r"[^\W\d_]+")
_MAX_NAME_TOKENS = 4
_POST_NOMINALS = {"dbe", "cbe", "obe", "mbe", "kbe", "gbe", "ra", "frs", "fba", "qc", "kc", "mp", "phd", "md", "jr", "sr",
                  "esq", "ii", "iii", "iv"}
# Titles that places, halls and parks are named with: "Queen Elizabeth Hall", "Lady Margaret Hall".
_NAMING_TITLES = {"king", "queen", "prince", "princess", "emperor", "empress", "lord", "lady", "pope", "saint", "st",
                  "duke", "duchess"}
# Titles that only ever stand before a person's name: a capitalised word after one is a name
# even when it is not a known first name ("Mr. Devocht").
_PLACE_TITLES = {"saint", "st"}  # "St Andrews", "Saint Lucia": titles that start places' names
_PERSON_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
                  "rev", "reverend", "sen", "senator", "rep", "gov", "governor", "mayor", "judge", "president",
                  "king", "queen", "prince", "princess", "pope", "emperor", "empress", "ambassador",
                  "baroness", "baron", "viscount", "countess", "marquess"}  # peers: "Baroness Chapman"


@dataclass(frozen=True)
class NameRules:
    """Word lists and aliases that steer name finding."""

    not_first_names: frozenset[str]
    organisation_words: frozenset[str]
    place_words: frozenset[str]
    titles: frozenset[str]  # lower-cased, without a final period
    abbreviated_titles: frozenset[str]  # lower-cased: their period ends no sentence ("Mr.", "St.")
    particles: frozenset[str]
    person_words: frozenset[str]
    # Offices and trades: like person_words, but only before or after two or three words ("the
    # economist Paul Krugman", "Jensen Huang, the chief executive of Nvidia"), as one word after
    # one is as often a firm or a page's ("analyst Gartner", "investor Relations").
    role_words: frozenset[str] = frozenset()
    kin_words: frozenset[str] = frozenset()
    offices: frozenset[str] = frozenset()  # one word before one and "of" is a person: "Cyril, the bishop of Alexandria"
    first_name_titles: frozenset[str] = frozenset()  # lower-cased: before a known first name alone, a person ("Mother Teresa")
    title_surnames: frozenset[str] = frozenset()  # titles that may end a name as its surname ("Stephen King")
    east_asian_surnames: frozenset[str] = frozenset()  # before a hyphenated given name: "Park Jin-woo"
    # organisation words that are also surnames: after a title and a first name they end a name
    # ("Mayor Linda Park"), elsewhere they stay organisation words ("Victoria Park")
    organisation_surnames: frozenset[str] = frozenset()
    ambiguous_first_names: frozenset[str] = frozenset()  # first names only with evidence ("Bill Gates")
    office_titles: frozenset[str] = frozenset()  # names.toml's own titles, lower-cased: offices a person holds
    not_people: frozenset[str] = frozenset()  # whole names that are no person's ("Al Jazeera", "Morgan Stanley")
    not_initials: frozenset[str] = frozenset()  # abbreviations written as initials ("U.S.", "D.C.")
    aliases: dict[str, str] = field(default_factory=dict)  # lower-cased variant -> canonical
    # A word used alone -> the well-known person it names when the document names nobody else
    # by it (names.toml's [well_known]): "Einstein" -> "Albert Einstein".
    well_known: dict[str, str] = field(default_factory=dict)
    # Languages that give every noun a capital: their documents are not read for names (the
    # packaged list is in names.toml).
    noun_capitalising_languages: frozenset[str] = frozenset()


def load_name_rules(extra: Path | None = None) -> NameRules:
    """The packaged name rules, with a user's TOML file's lists and aliases added."""
    from nameparser.config import CONSTANTS

    data = tomllib.loads(resources.files("cleanse.rules").joinpath("names.toml").read_text("utf-8"))
    user = tomllib.loads(Path(extra).read_text("utf-8")) if extra else {}

    def merged(key: str) -> list[str]:
        return [*data.get(key, []), *user.get(key, [])]

    aliases: dict[str, str] = {}
    for canonical, variants in {**data.get("aliases", {}), **user.get("aliases", {})}.items():
        for variant in [canonical, *variants]:
            aliases[variant.lower()] = canonical
    well_known = {variant: canonical
                  for canonical, variants in {**data.get("well_known", {}), **user.get("well_known", {})}.items()
                  for variant in variants}
    titles = {t.lower().rstrip(".") for t in merged("titles")} | {t for t in CONSTANTS.titles if t.isalpha()}
    return NameRules(
        not_first_names=frozenset(merged("not_first_names")),
        organisation_words=frozenset(merged("organisation_words")),
        place_words=_with_plurals(merged("place_words")),
        titles=frozenset(titles),
        abbreviated_titles=frozenset(t.lower().rstrip(".") for t in merged("abbreviated_titles")),
        particles=frozenset(merged("particles")),
        person_words=frozenset(merged("person_words")),
        role_words=frozenset(merged("role_words")),
        kin_words=frozenset(merged("kin_words")),
        offices=frozenset(merged("offices")),
        first_name_titles=frozenset(t.lower() for t in merged("first_name_titles")),
        title_surnames=frozenset(merged("title_surnames")),
        east_asian_surnames=frozenset(merged("east_asian_surnames")),
        organisation_surnames=frozenset(merged("organisation_surnames")),
        ambiguous_first_names=frozenset(merged("ambiguous_first_names")),
        office_titles=frozenset(t.lower().rstrip(".") for t in merged("titles")),
        not_people=frozenset(merged("not_people")),
        not_initials=frozenset(merged("not_initials")),
        aliases=aliases,
        well_known=well_known,
        noun_capitalising_languages=frozenset(merged("noun_capitalising_languages")),
    )


def _with_plurals(words: list[str]) -> frozenset[str]:
    """``words`` and their plurals in -s: a people's or a faith's word names a group in the plural
    too ("Zionist Jews", "Sunni Muslims": no person). Words ending in a sibilant, or "-ese",
    are left as they are.

    >>> sorted(_with_plurals(["Jew", "Swiss", "Chinese"]))
    ['Chinese', 'Jew', 'Jews', 'Swiss']
    """
    return frozenset(words) | {w + "s" for w in words if not w.endswith(("s", "sh", "ch", "x", "z", "ese"))}


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    """First names known to gender-guesser's dictionary (about 40,000, many languages), and
    those of five letters or more as an English text writes them without their accents
    ("Joaquin", "Francois", "Laszlo" for "Joaquín", "François", "László")."""
    import gender_guesser.detector as detector

    names = set(detector.Detector(case_sensitive=True).names)
    for name in list(names):
        if len(name) >= 5 and not name.isascii():
            plain = "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))
            if len(plain) == len(name) and plain.isascii():  # accents only: "Ævar" is no "var"
                names.add(plain)
    return frozenset(names)


def known_first_name(word: str) -> bool:
    """Is ``word`` a first name in gender-guesser's dictionary, or two joined by a hyphen, as
    French and German names are ("Jean-Jacques", "Karl-Heinz")? ``"Natasha"`` -> True."""
    names = _first_names()
    if word in names:
        return True
    first, hyphen, second = word.partition("-")
    return bool(hyphen) and first in names and second in names


@dataclass(slots=True)
class _Token:
    word: str  # without possessive or final period
    start: int
    end: int
    closes_run: bool  # a possessive or a sentence-final period ends the name here


@lru_cache(maxsize=8)
def _candidate_pattern(particles: frozenset[str]) -> re.Pattern:
    """Words that may be part of a name, found by the regex engine so that the loop in
    ``_tokens`` sees only them: a word starting with a letter other than a-z (capitals, and
    other letters the loop then checks), an elided particle before a capital ("d'Alembert"), a
    listed particle joined to a capitalised word ("al-Assad", "el-Sisi"), or a listed particle.
    A word starts where no word character (or a letter and an apostrophe, hyphen or period)
    precedes it: "iPhone", "rock'n'Roll" and "4PM" hold no name word; "6-Man" does. Initials
    written together are one word ("J.K.", which ``_tokens`` checks against the abbreviations
    written alike, "U.S."); a capital after a letter and a period starts none ("the "S." of "U.S")."""
    listed = "|".join(sorted(map(re.escape, particles), key=len, reverse=True)) or "(?!)"
    return re.compile(
        r"(?<!\w)(?<![^\W\d_][-'’.])"
        rf"(?:(?:[a-z]['’]|(?:{listed})-)?[^\W\d_a-z](?:(?:\.[^\W\d_a-z]){{1,3}}\.(?!\w)|(?:[\w'’-]*\w)?\.?)"
        rf"|(?:{listed})(?!['’-]*\w)\.?)"
    )


_JOINED_INITIALS = re.compile(r"(?:[^\W\d_a-z]\.){2,4}")


def _tokens(text: str, particles: frozenset[str], not_initials: frozenset[str] = frozenset()) -> list[_Token]:
    """The words a name can be made of: capitalised ones and name particles ("van", "bin").

    Other words are left out; a run of name words still ends at them, as the text between two
    tokens of a run must be a single space. Initials written together ("J.R.R.") are one word;
    a listed abbreviation written alike ("U.S.") gives its first letter alone, which no run joins.
    """
    out = []
    for m in _candidate_pattern(particles).finditer(text):
        raw = m.group()
        if raw[1:2] == "." and len(raw) > 2 and _JOINED_INITIALS.fullmatch(raw):
            if raw in not_initials:
                raw = raw[:2]
            out.append(_Token(raw, m.start(), m.start() + len(raw), False))
            continue
        # Letters outside a-z that are not capitals ("école", CJK) are let through by the pattern.
        if not raw[0].isupper() and not (raw[1:2] in ("'", "’") and raw[2:3].isupper()) and raw.rstrip(".") not in particles \
                and not _joined_to_particle(raw, particles):
            continue
        start, end = m.span()
        closes = False
        if raw.endswith(".") and len(raw) > 2:
            raw, end, closes = raw[:-1], end - 1, True
        possessive = _POSSESSIVE.search(raw) if len(raw) > 2 and raw[-1] in "s'’" else None
        if possessive:
            raw, end, closes = raw[: possessive.start()], start + possessive.start(), True
        out.append(_Token(raw, start, end, closes))
    return out


def _joined_to_particle(word: str, particles: frozenset[str]) -> bool:
    """A surname written with its particle and a hyphen: "al-Assad", "el-Sisi"; not "anti-Trump".

    >>> _joined_to_particle("al-Assad", frozenset({"al"})), _joined_to_particle("anti-Trump", frozenset({"al"}))
    (True, False)
    """
    particle, hyphen, rest = word.partition("-")
    return bool(hyphen) and particle in particles and rest[:1].isupper()


def _surname_of(word: str, particles: frozenset[str]) -> str:
    """The part a text uses alone: "Assad" of "al-Assad" ("Bashar al-Assad" ... "Assad said")."""
    return word.partition("-")[2] if _joined_to_particle(word, particles) else word


def _capitalised(word: str) -> bool:
    """Starts with a capital, or is an elided particle before one ("d'Alembert", "l'Enfant")."""
    return word[:1].isupper() or (len(word) > 2 and word[1] in "'’" and word[2:3].isupper())


def _runs(text: str, tokens: list[_Token], rules: NameRules, nicknames: dict[int, int] | None = None) -> list[list[_Token]]:
    """Maximal runs of capitalised tokens on one line, joined by single spaces (particles allowed
    inside) or by a nickname in quotes (``nicknames``: where each starts -> where the word after it starts)."""
    runs: list[list[_Token]] = []
    current: list[_Token] = []
    for tok in tokens:
        # A title's period ("Mr. Devocht") does not end the run; a sentence's does.
        joinable = bool(current) and (not current[-1].closes_run or current[-1].word.lower() in rules.abbreviated_titles) \
            and (text[current[-1].end : tok.start] in (" ", ". ") or bool(nicknames) and nicknames.get(current[-1].end) == tok.start)
        if joinable and text[current[-1].end : tok.start] == ". ":
            # Only an initial or a title ("J. Smith", "Dr. Smith") may carry a period inside a run.
            prev = current[-1].word
            joinable = len(prev) == 1 or prev.lower() in rules.titles
        if _capitalised(tok.word) or (tok.word in rules.particles and joinable) or _joined_to_particle(tok.word, rules.particles):
            if not joinable and current:
                runs.append(current)
                current = []
            current.append(tok)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    # A run may not end in a particle.
    return [r if r[-1].word not in rules.particles else
            r[: len(r) - next((i for i, t in enumerate(reversed(r)) if t.word not in rules.particles), 0)] for r in runs]


_SMALL_WORDS = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "vs", "with", "from", "as", "is"}


# Words that open sentences (pronouns, articles, conjunctions) as capitalised after a period.
_SENTENCE_OPENERS = _SMALL_WORDS | {"but", "if", "so", "when", "after", "before", "while", "he", "she", "it", "they",
                                    "we", "i", "you", "this", "that", "these", "those", "there", "his", "her", "its",
                                    "their", "our", "my", "one", "some", "all", "no", "then", "also"}


def _headline_lines(text: str) -> list[tuple[int, int]]:
    """Spans of lines written in Title Case (most words capitalised), where capitals mark no names."""
    spans = []
    offset = 0
    for line in text.split("\n"):
        # Headlines rarely end in a full stop (most prose lines do: tested first, it is cheap);
        # prose about several people may be mostly capitals.
        if not line.rstrip().endswith("."):
            words = [w for w in _WORD.findall(line) if w.lower() not in _SMALL_WORDS]
            if len(words) >= 3 and sum(_capitalised(w) for w in words) >= 0.75 * len(words):
                spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def _is_initial(word: str) -> bool:
    """An initial with its period, as in "John F. Kennedy" or "W. W. Rouse Ball", or initials
    written together ("J.R.R. Tolkien")."""
    return (len(word) == 2 and word[0].isupper() and word[1] == ".") or (len(word) > 3 and _JOINED_INITIALS.fullmatch(word) is not None)


_ROMAN_NUMERAL = re.compile(r"[IVXL]+")


def _is_code(word: str) -> bool:
    """A ticker, currency or product code rather than a surname: a word with a digit ("LCOc1"),
    or two or more capitals that are no Roman numeral ("GBP", "RRP"; "II" of "Elizabeth II" is
    none).

    >>> _is_code("GBP"), _is_code("LCOc1"), _is_code("II"), _is_code("Smith")
    (True, True, False, False)
    """
    return any(c.isdigit() for c in word) or (len(word) > 1 and word.isupper() and not _ROMAN_NUMERAL.fullmatch(word))


def _unknown_first_name(word: str, rules: NameRules) -> bool:
    return (word.lower() not in rules.titles and not word.isupper() and word not in rules.not_first_names
            and word not in rules.place_words and word not in rules.particles and len(word) > 1)


# Place words that are also surnames are mostly adjectives of nationality or faith ("Dawn
# French", "Bill English", "Irvine Welsh", "Fletcher Christian"); the names of places are not.
_ADJECTIVE_ENDING = re.compile(r"(?:ish|ian|ese|an|ch|sh|ic|i|k)$")
_LOWER_WORD_AFTER = re.compile(r" (?!(?:the|a|an|and|or|who|whom|whose|was|were|is|had|has)\b)([a-z][\w-]*)")


def _is_place_name(word: str, rules: NameRules) -> bool:
    """A listed place that ends no person's name: "Sierra Nevada", "Lexus Philippines", "Salina South".

    >>> _is_place_name("Nevada", load_name_rules()), _is_place_name("French", load_name_rules())
    (True, False)
    """
    return word in rules.place_words and not _ADJECTIVE_ENDING.search(word)


@lru_cache(maxsize=8)
def _first_words(names: frozenset[str]) -> frozenset[str]:
    return frozenset(name.split(" ", 1)[0] for name in names)


def _listed_not_person(tokens: list[_Token], rules: NameRules) -> bool:
    """Are these words a name listed in ``not_people`` ("Al Jazeera")? Its first word is
    looked up first: the name is joined only for the few runs that may be one."""
    return bool(tokens) and tokens[0].word in _first_words(rules.not_people) \
        and " ".join(t.word for t in tokens) in rules.not_people


def _surname_like_title(run: list[_Token], k: int, rules: NameRules) -> bool:
    """Is the title ``run[k]`` a surname, the last word of the name before it? Only a listed
    ``title_surnames`` word, with nothing after it but post-nominals: "Stephen King", "Martin
    Luther King Jr."; "Victoria Police" and "King Charles" are no such names.

    >>> run = [_Token(w, 0, 0, False) for w in ("Martin", "Luther", "King", "Jr")]
    >>> _surname_like_title(run, 2, load_name_rules()), _surname_like_title(run[:3], 1, load_name_rules())
    (True, False)
    """
    return run[k].word in rules.title_surnames and all(t.word.lower() in _POST_NOMINALS for t in run[k + 1 :])


def _full_name_in(run: list[_Token], rules: NameRules, sentence_initial: bool = False) -> tuple[int, int] | None:
    """(start, end) token indexes of a full name in a run, or None.

    A full name starts at a known first name (not a title: "King Louis XV" starts at Louis) or at
    an initial with a period ("W. W. Rouse Ball"), or right after a title ("Dr. Jane Okafor",
    "Mr. Devocht"), and runs on over capitalised tokens. Whatever precedes it in the run must be
    titles or a descriptor ending in one ("OpenAI CEO Sam Altman") or a sentence's first word;
    otherwise the run is a place or an organisation ("San Francisco Bay").
    """
    # An organisation's words before a title describe the person ("World Bank President David
    # Malpass", "House Speaker Mike Johnson"); in the name's place they make the run no person's.
    # ("Bill" before a middle initial is a first name: "Bill T. Jones")
    organisation = [t.word in rules.organisation_words and not (
        t.word in rules.ambiguous_first_names and k + 2 < len(run) and _is_initial(run[k + 1].word)) for k, t in enumerate(run)]
    if any(organisation):
        last_title = max((k for k, t in enumerate(run) if t.word.lower() in rules.titles), default=-1)
        if any(organisation[last_title + 1 :]):
            return None
    for i, tok in enumerate(run):
        title = tok.word.lower() in rules.titles
        # A title that is also a first name, with one more word, is a name: "founded by Dean
        # Kamen", but "Dean John Smith", "Marquis de Lafayette", "King Charles" are titled.
        title_as_name = title and tok.word.lower() not in _PERSON_TITLES and i == 0 and len(run) == 2
        starts_name = (
            ((not title or title_as_name) and known_first_name(tok.word) and tok.word not in rules.not_first_names and len(tok.word) > 1
             # a people's or a faith's word before another is none: "Christian Democrat", "Roman Catholic"
             and not (tok.word in rules.place_words and i + 1 < len(run) and run[i + 1].word in rules.place_words))
            # a first name that is also a word, before a middle initial: "Bill T. Jones"
            or (tok.word in rules.ambiguous_first_names and i + 2 < len(run) and _is_initial(run[i + 1].word))
            or _is_initial(tok.word)
            # An initial written without its period, as Indian names often are ("R Saravanan").
            or (len(tok.word) == 1 and tok.word not in "AI" and tok.word.isupper() and i == 0 and len(run) == 2
                and run[i + 1].word[1:].islower() and run[i + 1].word not in rules.not_first_names)
            or (i > 0 and run[i - 1].word.lower() in rules.titles and not title and not run[i - 1].word.isupper()
                and run[i - 1].word.lower() in _PERSON_TITLES)
            # Two words closing the run after a title, whatever the first name: a name no list
            # knows ("Prime Minister Rishi Sunak", "CEO Jensen Huang"; not after "Saint": places)
            or (i > 0 and len(run) - i == 2 and not title and run[i - 1].word.lower() in rules.office_titles
                and run[i - 1].word.lower() not in _PLACE_TITLES and tok.word[1:].islower() and run[i + 1].word[1:].islower()
                and len(tok.word) > 1 and _unknown_first_name(tok.word, rules) and tok.word not in rules.organisation_words
                and run[i + 1].word.lower() not in rules.titles)
            # A particle and a surname after a title: "the Marquis de Lafayette", "General de Gaulle".
            or (tok.word in rules.particles and i > 0 and run[i - 1].word.lower() in rules.titles
                and not run[i - 1].word.isupper() and i + 1 < len(run) and run[i + 1].word.lower() not in rules.titles)
        )
        if starts_name:
            end = i + 1
            words = 1  # particles are no words of their own here: "Pierre Augustin Caron de Beaumarchais",
            # capitalised too inside a name: "Tamim bin Hamad Al Thani"
            while end < len(run) and words < _MAX_NAME_TOKENS and (run[end].word.lower() not in rules.titles
                                                                   or _surname_like_title(run, end, rules)):
                words += run[end].word.lower() not in rules.particles
                end += 1
                if run[end - 1].closes_run:
                    break
            while end - i > 2 and run[end - 1].word.isupper() and run[end - 1].word.lower() in _POST_NOMINALS:
                end -= 1  # "Zaha Mohammad Hadid DBE RA": post-nominal letters are no part of the name
            while end - i > 1 and _is_code(run[end - 1].word):
                end -= 1  # "Sterling GBP", "Brent LCOc1", "John Milbank RRP": a code closes no name
            if i > 0 and run[i - 1].word.lower() in _PLACE_TITLES and end - i >= 2 \
                    and not _ROMAN_NUMERAL.fullmatch(run[-1].word):
                return None  # "St. Louis Cardinals", "Saint Paul Saints": named after a saint (not "Saint John Paul II")
            last = run[end - 1].word
            # An initial then a word that opens sentences is a sentence break ("... at the N.I.H.
            # The ..."), no name; a listed word that is also a surname is not ("A.J. Brown").
            common = _is_initial(tok.word) and any(t.word in rules.not_first_names and t.word.lower() in _SENTENCE_OPENERS
                                                   for t in run[i + 1 : end])
            if (end - i >= 2 or (i > 0 and (run[i - 1].word.lower() in _PERSON_TITLES
                                             or run[i - 1].word.lower() in rules.first_name_titles and known_first_name(tok.word)))) \
                    and last not in rules.particles and not _is_initial(last) and not common \
                    and not _is_place_name(last, rules) \
                    and not (tok.word in rules.place_words and last in rules.place_words) \
                    and not any(organisation[i:end]) \
                    and not _listed_not_person(run[i:end], rules):  # "Lexus Project Manager ...", "Al Jazeera"
                # A capitalised word just before a known first name is a first name no list
                # knows ("Zaha Mohammad Hadid"), unless it is a title, a place, a common word
                # or a sentence's first word.
                while i > 0 and _unknown_first_name(run[i - 1].word, rules) and not (i - 1 == 0 and sentence_initial):
                    i -= 1
                return i, end
        if not title and not tok.word.isupper() and not any(t.word.lower() in rules.titles for t in run[i + 1 :]) \
                and not (i == 0 and sentence_initial and tok.word not in rules.place_words) \
                and not (len(run) - i >= 3 and all(t.word in rules.place_words for t in run[: i + 1])
                         and not _is_place_name(run[0].word, rules)):
            # Only titles and descriptors ("CEO", "President") may precede the first name, or
            # a sentence's first word, whose capital says nothing ("Later Antonín Dvořák ..."),
            # unless it begins a place ("New York Islanders' Brock Nelson"), or a people's or a
            # party's word ("American Coco Gauff", "Republican Arnold Craven").
            return None
    return None


_PLACE_BEFORE = re.compile(r"(?:\b(?:in|at|near|into|across|throughout|around)|(?P<word>[A-Z][\w'’-]*)) +$")
_PRONOUN_AFTER = re.compile(r"[^.!?\n]{0,60}?\b(?:he|his|him|himself|she|her|hers|herself)\b")
_OF_NAME_BEFORE = re.compile(r"[^\W\d_a-z][\w'’-]* of $")  # "Eleanor of ", "Duke of ", "Theobald II of "
_NEXT_WORD = re.compile(r" ([^\W\d_][\w'’-]*)")


def _known_by_one_name(text: str, leftovers: list[_Token], rules: NameRules) -> set[str]:
    """Single capitalised words the text treats as a person: used mid-sentence at least twice,
    and at least twice followed in the same sentence by "he", "his", "she", "her" ("Jerome",
    "Pachomius"). Words with inner capitals (OpenAI, YouTube), listed words and titles are not."""
    evidence: Counter = Counter()
    mid_sentence: Counter = Counter()
    places: set[str] = set()
    used = Counter(tok.word for tok in leftovers)  # a word used once cannot count twice: skipped
    for tok in leftovers:
        word = tok.word
        if used[word] < 2 or len(word) < 3 or not word[1:].islower() or word in rules.not_first_names \
                or word in rules.organisation_words or word in rules.place_words or word.lower() in rules.titles:
            continue
        before = text[max(0, tok.start - 12) : tok.start]
        place = _PLACE_BEFORE.search(before)
        # "in Prague", "at Tabennese", "San Francisco": somewhere, not someone; a title or a
        # sentence's first word before it ("Saint Jerome", "There Jerome") says nothing of the kind.
        if place and not (place["word"] and (place["word"].lower() in rules.titles
                                             or _sentence_start(text, tok.start - len(before) + place.start("word"), rules))):
            places.add(word)
        # "Eleanor of Aquitaine", "Duchess of Aquitaine", "the Nobel Prize": a place a person is
        # of, or a thing named after somebody; a pronoun after it says nothing of the word
        if text.startswith(" of ", tok.start - 4) and _OF_NAME_BEFORE.search(text, max(0, tok.start - 30), tok.start) \
                or text[tok.end + 1 : tok.end + 2].isupper() and (after := _NEXT_WORD.match(text, tok.end)) \
                and after[1] in rules.organisation_words:
            continue
        if not _sentence_start(text, tok.start, rules):
            mid_sentence[word] += 1
        if _PRONOUN_AFTER.match(text, tok.end):
            evidence[word] += 1
    return {word for word, count in evidence.items() if count >= 2 and mid_sentence[word] >= 2 and word not in places}


_CITATION_MARKS = re.compile(r"(?:\s*\[[^\]\n]{1,20}\])+\s*$")  # "... was clear. [16] [17] While"
_LAST_WORD = re.compile(r"(\w+)\.$")


def _sentence_start(text: str, start: int, rules: NameRules) -> bool:
    """Whether the word at ``start`` opens a sentence (or a line), so its capital says nothing.

    Citation marks between sentences are looked through; a period after an abbreviated title
    ("St. Jerome", "Mlle. du Motel") ends no sentence.
    """
    before = text[max(0, start - 40) : start].rstrip(" \"'“‘(")
    if before.endswith("]"):
        before = _CITATION_MARKS.sub("", before).rstrip(" \"'“‘(")
    if not before:
        return True
    if before[-1] == ".":
        word = _LAST_WORD.search(before)
        return not (word and word[1].lower() in rules.abbreviated_titles)
    return before[-1] in "!?:\n"


# Capitals inside a name after a prefix of names ("McDonald", "DiCaprio", "LeBron", "O'Brien");
# elsewhere they mark a firm or a product ("DeepMind", "OpenAI", "YouTube").
_PREFIXED_NAME = re.compile(r"(?:Mac|Mc|Fitz|De|Di|Da|Du|Del|La|Le|Van|Von|[OD]['’])[^\W\d_a-z][^\W\d_A-Z]+")


def _surname_cased(word: str) -> bool:
    """Written as a name is: "Hadid", "Okonjo-Iweala", "McDonald", "d'Herbinville"; not "DeepMind", "NASA".

    >>> [_surname_cased(w) for w in ("McDonald", "DiCaprio", "DeepMind", "NASA", "Okonjo-Iweala")]
    [True, True, False, False, True]
    """
    return _name_cased(word) or _PREFIXED_NAME.fullmatch(word) is not None or len(word) > 2 and word[1] in "'’" and _capitalised(word)


_ORDINAL_BEFORE = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
                             r"|\d+(?:st|nd|rd|th)) $")


# A given name of two syllables joined by a hyphen, the second in lower case ("Jin-woo",
# "Ching-te", "Jae-in"); not a phrasal word ("Sign-up", "Drop-off").
_HYPHENATED_GIVEN_NAME = re.compile(r"[^\W\d_a-z][^\W\d_A-Z]{0,5}-(?!(?:up|off|out|down|over|back|away)$)[^\W\d_A-Z]{1,5}")


def _east_asian_name(run: list[_Token], rules: NameRules) -> tuple[int, int] | None:
    """A listed Korean or Chinese surname and a hyphenated given name ending the run, after
    nothing or titles: "Park Jin-woo", "former President Park Geun-hye", "Chey Tae-won".

    >>> rules = load_name_rules()
    >>> _east_asian_name(_tokens("Park Jin-woo", rules.particles), rules)
    (0, 2)
    """
    if len(run) < 2 or run[-2].word not in rules.east_asian_surnames or not _HYPHENATED_GIVEN_NAME.fullmatch(run[-1].word) \
            or any(t.word.lower() not in rules.titles for t in run[:-2]):
        return None
    return len(run) - 2, len(run)


def _name_by_its_surname(run: list[_Token], text: str, lone_words: set[str], rules: NameRules) -> tuple[int, int] | None:
    """A two- or three-word run whose last word the document also uses alone, mid-sentence, is
    a person named by first and last name even when the first name is in no list ("Zaha Hadid"
    ... "Hadid designed"). Places and organisations carry their words ("Stanford University")."""
    # (a place written with its accents is the place: "Ciudad de México" ... "de México,")
    if not 2 <= len(run) <= 3 or any(t.word in rules.organisation_words or t.word in rules.place_words for t in run) \
            or any(part in rules.place_words or _unaccented(part) in rules.place_words
                   for t in run for part in t.word.split("-")):
        return None
    first, last = run[0].word, run[-1].word
    if first in rules.not_first_names or first.lower() in rules.titles or last.lower() in rules.titles \
            or not _surname_cased(first) or not _surname_cased(last) \
            or _ORDINAL_BEFORE.search(text, max(0, run[0].start - 12), run[0].start):  # "the ninth Sapa Inca": an office
        return None
    # At a sentence start the first capital says nothing ("Although Dvořák ...").
    if last in lone_words and last not in rules.not_first_names and len(last) > 2 and not _sentence_start(text, run[0].start, rules):
        # A descriptor before a known first name is no part of the name ("Scientologist Tom Cruise").
        described = len(run) == 3 and not known_first_name(first) and known_first_name(run[1].word) \
            and run[1].word not in rules.not_first_names
        return int(described), len(run)
    return None


@lru_cache(maxsize=8)
def _one_word_person_words(person_words: frozenset[str]) -> frozenset[str]:
    """The one-word entries and their plurals, which name the people of a list after them
    ("biologists Andolalao Rakotoarison and ...", "spokesmen").

    >>> sorted(_one_word_person_words(frozenset({"biologist", "spokesman", "chief executive"})))
    ['biologist', 'biologists', 'spokesman', 'spokesmen']
    """
    words = {w for w in person_words if re.fullmatch(r"[^\W\d_]+", w)}
    return frozenset(words | {w[:-3] + "men" if w.endswith("man") else w + "s" for w in words if not w.endswith("s")})


_LETTER = re.compile(r"[^\W\d_]")


def _follows_person_word(text: str, start: int, rules: NameRules, words: frozenset[str] | None = None) -> bool:
    """Is ``start`` right after a listed kin or role word (a whole word of ``words``, by default
    ``person_words``), its comma or colon, and a space?

    >>> _follows_person_word("her brother Alfred", 12, load_name_rules())
    True
    """
    if start < 2 or text[start - 1] != " ":
        return False
    end = start - 2 if text[start - 2] in ",:" else start - 1
    begin = end
    while begin and _LETTER.match(text, begin - 1):
        begin -= 1
    return begin < end and text[begin:end] in _one_word_person_words(rules.person_words if words is None else words)


def _follows_kin_word(text: str, start: int, rules: NameRules) -> bool:
    """Is ``start`` right after a listed kin word, with an optional "of" and comma ("son of ",
    "her brother, ")?

    >>> _follows_kin_word("the second son of Pierre L'Enfant", 18, load_name_rules())
    True
    """
    before = text[max(0, start - 20) : start]
    if before.endswith(" of "):
        before = before[:-3]
    before = before.removesuffix(" ").removesuffix(",")
    word = _TRAILING_WORD.search(before)
    return word is not None and word[0] in rules.kin_words


_TRAILING_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]+$")


# "Ihara Saikaku, a 17th-century writer, ...": a short appositive that ends in its head noun.
_APPOSITIVE_AFTER = re.compile(r", (?:a|an|the) (?:[\w-]+ ){0,3}?([^\W\d_]+)[,.;)]")
# After a first name and a surname, also one led by a possessive or ending in what the head
# noun is of: "Sundar Pichai, Google's chief executive,", "Jensen Huang, the chief executive of
# Nvidia" (a single word before one is as often a list's item: "shared on Reddit, Apple's
# former vice president of ...").
# What only a person makes, before its maker: "King, directed by Sujoy Ghosh" ("produced by",
# "founded by", "led by" are said of firms too).
_MADE_BY_BEFORE = re.compile(r"\b(?:directed|written|co-written|composed|painted|sung|narrated|illustrated|choreographed"
                             r"|photographed|sculpted) by $")
_MARRIED_TO_BEFORE = re.compile(r"\b(?:married|engaged|wed) to $")  # a spouse, as after a kin word


def _made_by(text: str, start: int) -> bool:
    """Is ``start`` right after "directed by", "written by" ... (``_MADE_BY_BEFORE``)? The last
    word is compared first: most runs follow no "by"."""
    return text.endswith(" by ", 0, start) and _MADE_BY_BEFORE.search(text, max(0, start - 20), start) is not None


def _married_to(text: str, start: int) -> bool:
    """Is ``start`` right after "married to", "engaged to", "wed to"?"""
    return text.endswith(" to ", 0, start) and _MARRIED_TO_BEFORE.search(text, max(0, start - 15), start) is not None
# ... or a role of a body or a place without an article ("Ngozi Okonjo-Iweala, head of the World
# Trade Organization,", "Jensen Huang, chief executive of Nvidia,")
_ROLE_OF_AFTER_NAME = re.compile(r", (?:[a-z][\w'’-]* ){0,2}?([a-z]+) of (?:the )?[^\W\d_a-z]")
_APPOSITIVE_AFTER_NAME = re.compile(r", (?:a|an|the|his|her|their|its|our|[^\W\d_a-z][\w.&-]*['’]s?) (?:[\w'’-]+ ){0,3}?"
                                    r"([^\W\d_]+)(?:[,.;)]| (?:of|at|for|in|with|and) )")


# One word, then the office it holds of a place or a body: "Orestes, the prefect of Alexandria,",
# "Cyril, the bishop of Alexandria" (a firm is "the owner of", "the maker of": no office).
_IN_A_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|into)\s$")
_OFFICE_OF_AFTER = re.compile(r", the (?:[\w'’-]+ ){0,2}?([^\W\d_]+) of (?:the )?[^\W\d_a-z]")
_ET_AL_AFTER = re.compile(r",? et al\b")


def _cited_author(run: list[_Token], text: str, rules: NameRules) -> tuple[int, int] | None:
    """A word alone cited before "et al." is a person's surname ("published in Nature by Chen et
    al."), unless a title, place or organisation word ("the Institutes et al." is no person's).

    >>> text = "published in Nature by Chen et al. in May"
    >>> _cited_author(_tokens(text, frozenset())[1:2], text, load_name_rules())
    (0, 1)
    """
    word = run[0].word
    if len(run) > 1 or not _ET_AL_AFTER.match(text, run[0].end) or run[0].closes_run or not _name_cased(word) \
            or word.lower() in rules.titles or word in rules.place_words or word in rules.organisation_words:
        return None
    return 0, 1


def _name_after_person_word(run: list[_Token], text: str, rules: NameRules) -> tuple[int, int] | None:
    """A run of up to three capitalised words right after a word for kin or a role, or before a
    short appositive ending in one, is a name whatever the first-name lists say: "her brother
    Alfred", "the team's coach, Alireza Mehraban", "Ihara Saikaku, a 17th-century writer,",
    "Jensen Huang, the chief executive of Nvidia," (after a colon, two words at least: "with
    editors: Tosui Nakarai"), and one word before the office it holds of somewhere ("Orestes, the
    prefect of Alexandria,") or the kin it is of someone ("Jutta, the daughter of Count Stephan").
    Listed common words, titles, places and organisations are not."""
    if len(run) > 3:
        return None
    if len(run) == 1 and text[run[0].start - 2 : run[0].start] == ": ":
        return None  # a colon capitalises what follows: "the editors: Planning and Review"
    several = len(run) > 1
    regnal = several and _ROMAN_NUMERAL.fullmatch(run[-1].word) is not None  # "his brother Carloman I"
    if not (_follows_person_word(text, run[0].start, rules)
            or several and (_follows_person_word(text, run[0].start, rules, rules.role_words)
                            or _made_by(text, run[0].start))
            or _married_to(text, run[0].start)):
        after = (_APPOSITIVE_AFTER_NAME if several else _APPOSITIVE_AFTER).match(text, run[-1].end) \
            or several and _ROLE_OF_AFTER_NAME.match(text, run[-1].end)
        office = None if several else _OFFICE_OF_AFTER.match(text, run[-1].end)
        if office and _IN_A_PLACE_BEFORE.search(text, max(0, run[0].start - 8), run[0].start):
            office = None  # a place the sentence puts someone in: "born in Abeokuta, the son of ..."
        if not (after and (after[1] in rules.person_words or several and after[1] in rules.role_words)) \
                and not (office and (office[1] in rules.offices or office[1] in rules.kin_words)) and not (
                # one word after "son of", "wife of": "the eldest son of Pepin the Short" (not
                # "the father of medicine": a word the text writes in lower case elsewhere, nor "the
                # son of Cuban immigrants": a people's adjective before a noun, nor "the grandson of
                # Samsung founder Lee Byung-chul": a firm before a role)
                (len(run) == 1 or len(run) == 2 and regnal) and text[run[0].start - 4 : run[0].start] == " of "
                and _follows_kin_word(text, run[0].start, rules) and not _common_word(run[0].word, text)
                and not ((after := _LOWER_WORD_AFTER.match(text, run[-1].end))
                         and (_ADJECTIVE_ENDING.search(run[-1].word) or after[1] in rules.role_words
                              or after[1] in rules.person_words))):
            return None
    # a first name that is also a word names the relative right after a kin word: "his wife Grace",
    # "her daughter Hope" (not "his wife Grace Church": only the first of the run's words); and,
    # opening two or three words, the one right after a role: "co-founder Bill Gates", "the actor
    # Will Smith" (one word after a role is as often a place: "the children, Paris, London")
    kin = run[0].word in rules.ambiguous_first_names and (
        _follows_person_word(text, run[0].start, rules, rules.kin_words) or _married_to(text, run[0].start)
        or several and (_follows_person_word(text, run[0].start, rules)
                        or _follows_person_word(text, run[0].start, rules, rules.role_words)))
    for k, tok in enumerate(run):
        word = tok.word
        if regnal and k == len(run) - 1 or kin and k == 0:
            continue
        if k == len(run) - 1 and k > 0 and word in rules.organisation_surnames and known_first_name(run[0].word) \
                and run[0].word not in rules.ambiguous_first_names:
            continue  # a surname that is also an organisation's word, after a first name: "director, Stephen Park"
        if word in rules.not_first_names or word in rules.organisation_words or word in rules.place_words \
                or word.lower() in rules.titles \
                or not _name_cased(word) and word not in rules.particles and not _joined_to_particle(word, rules.particles):
            return None
    return 0, len(run)


def _name_after_capitalised_person_word(run: list[_Token], rules: NameRules) -> tuple[int, int] | None:
    """A kin or role word opening a run, capitalised as a sentence's or a caption's first word,
    before two or three name-cased words: "Novelist Chinua Achebe died", "Actor Jason Beghe".
    Listed common words, titles, places and organisations after it are not names ("Editor Picks",
    "Singer Sewing Company")."""
    head = run[0].word
    if not 3 <= len(run) <= 4 or not head[1:].islower() or head.lower() not in _one_word_person_words(rules.person_words):
        return None
    for tok in run[1:]:
        word = tok.word
        if word in rules.not_first_names or word in rules.organisation_words or word in rules.place_words \
                or word.lower() in rules.titles or word.lower() in rules.person_words \
                or not _name_cased(word) and word not in rules.particles and not _joined_to_particle(word, rules.particles):
            return None
    return 1, len(run)


def _name_cased(word: str) -> bool:
    """A capital and small letters, or such parts joined by hyphens ("Ming-Chi", "Jae-in"); not
    an acronym or a word with inner capitals ("NASA", "OpenAI").

    >>> _name_cased("Ming-Chi"), _name_cased("Jae-in"), _name_cased("OpenAI"), _name_cased("Kuo")
    (True, True, False, True)
    """
    head, _, rest = word.partition("-")
    return head[1:].islower() and all(part[1:].islower() or part.islower() for part in rest.split("-")) if rest else word[1:].islower()


# "(1704 – 1787)", "(c. 1818 – January 8, 1880)", "(8 February 1700 – 17 March 1782)", "(born 1950)".
_LIFE_DATES = re.compile(r" \((?:[^()]{0,80}?\b(?:\d{3,4}\s*[–—-]\s*[^()]{0,25}?\b\d{3,4}|(?:born|b\.)\s[^()]{0,25}?\b\d{4})\b)[^()]{0,40}\)")


_LIFE_WORDS = re.compile(r"\b(?:born|died|b\.|d\.)\s")
_IS_AFTER = re.compile(r"\s+(?:was|is)\b")


def _subject_before_life_dates(run: list[_Token], text: str, rules: NameRules) -> tuple[int, int] | None:
    """One word opening a paragraph before a person's years that say "born" or "died", and "was"
    or "is": a biography's subject known by one name ("Hypatia (born c. 350–370; died 415 AD)
    was a Neoplatonist philosopher"; not "Prohibition (1920–1933) was"). Titles, places,
    organisations and listed common words are not.

    >>> text = "Hypatia (born c. 350–370; died 415 AD) was a philosopher."
    >>> _subject_before_life_dates(_tokens(text, frozenset())[:1], text, load_name_rules())
    (0, 1)
    """
    tok = run[0]
    if len(run) > 1 or tok.start and text[tok.start - 1] != "\n" or tok.closes_run:
        return None
    dates = _LIFE_DATES.match(text, tok.end)
    word = tok.word
    if not dates or not _LIFE_WORDS.search(dates[0]) or not _IS_AFTER.match(text, dates.end()) or not _name_cased(word) \
            or word in rules.not_first_names or word in rules.organisation_words or word in rules.place_words \
            or word.lower() in rules.titles:
        return None
    return 0, 1


def _name_before_life_dates(run: list[_Token], text: str, rules: NameRules) -> tuple[int, int] | None:
    """Two to four capitalised words followed by a person's years in brackets are that person's
    name, whatever the first-name lists say: "Ichiyō Higuchi (May 2, 1872 – November 23, 1896)"
    opens a biography. Titles, places, organisations and listed common words are not ("World
    War II (1939–1945)")."""
    if not 2 <= len(run) <= 4 or not _LIFE_DATES.match(text, run[-1].end) or run[-1].closes_run:
        return None
    for tok in run:
        word = tok.word
        if word in rules.not_first_names or word in rules.organisation_words or word in rules.place_words \
                or word.lower() in rules.titles or _is_code(word):
            return None
    return 0, len(run)


# A surname written alone as a person's: after a person's title ("Mr. Gates", "Ms Pelosi"),
# before a verb of saying ("Gates said", "Pelosi told reporters") or "who" ("Day, who ...").
# No \b before the titles: the engine then skips to an M, D or P (six times faster).
_TITLED_WORD = re.compile(r"(?:M(?:rs?|s|iss|x)|Dr|Prof)\.? ([^\W\d_][\w'’-]*)")
_SPEECH_VERBS = ("said|says|told|tells|added|adds|wrote|writes|argued|explained|noted|asked|replied|recalled|insisted|"
                 "stated|announced|tweeted|posted|testified|acknowledged|admitted|agreed|warned|laughed|smiled")
# ... or what only a person does ("Woolf taught me", "Hepburn starred"; not what firms do too:
# "retired", "pleaded guilty", "apologized"), or an age in apposition ("Butler, 32, spent")
_LIFE_VERBS = ("died|was born|married|grew up|was buried|taught|painted|composed|sang|starred|graduated|wept|confessed"
               "|was sworn in|was elected|was re-elected|was sentenced|was jailed")
_SPEECH_AFTER = re.compile(rf"(?:['’]s)?,? (?:{_SPEECH_VERBS}|{_LIFE_VERBS}|who)\b|, \d{{1,3}},")
# What is said only of a person, not of a firm that also speaks ("Goldman Sachs said it"): a
# life's words, an age, speech about him or her ("Achebe said he", "told reporters that she"),
# or the speaker beside him or her ("Coates and I talked").
_PERSON_AFTER = re.compile(rf"(?:['’]s)?,? (?:{_LIFE_VERBS})\b|, \d{{1,3}},"
                           rf"|,? (?:{_SPEECH_VERBS})\b(?: [\w'’]+){{0,4}}? (?:he|she)\b"
                           r"| and I (?!am\b)[a-z]")  # "Ta-Nehisi Coates and I talked a lot"
_WORD_BEFORE = re.compile(r"(\S+) $")
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "our", "their", "its", "his", "her", "my", "your"}
_SENTENCE_END_AFTER = re.compile(r"[^.!?\n]*([.!?\n]|$)")


def _titled_words(text: str) -> frozenset[str]:
    """The words a person's title stands before.

    >>> sorted(_titled_words("Mr. Sunak said so; Ms Pelosi left. DMs Elon"))
    ['Pelosi', 'Sunak']
    """
    return frozenset(m[1] for m in _TITLED_WORD.finditer(text)
                     if not (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == ".")))


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Where ``word`` starts in ``text``, anywhere (a caller tells whether it stands alone)."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + len(word))


def _speaks_alone(text: str, surname: str, rules: NameRules, starts: Iterable[int] | None = None,
                  after_a_capital: bool = True) -> bool:
    """Is ``surname`` alone somewhere the subject of "said", "told", "who", "died", "was born" ...,
    or followed by an age ("Butler, 32,")? Not after a
    determiner ("the Rockets said" is a team) nor after another part of a name: what stands
    before it is a lower-case word, punctuation, or a sentence's first word that is no first
    name ("Later Gates said").

    ``starts``: where the text writes ``surname`` as a word, when the caller knows (each search
    of the whole text made a document naming thousands of people quadratic). Without
    ``after_a_capital``, a sentence's capitalised first word before it does not count: for a
    name whose first word no list knows, that word may be the name's own ("Novo Nordisk said").

    >>> text = "Bill Gates spoke. Later Gates said no. The Rockets said yes."
    >>> _speaks_alone(text, "Gates", load_name_rules()), _speaks_alone(text, "Rockets", load_name_rules())
    (True, False)
    """
    for at in _occurrences(text, surname) if starts is None else starts:
        end = at + len(surname)
        alone = (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "'’-")) \
            and (end == len(text) or not (text[end].isalnum() or text[end] == "-"))
        if alone and _SPEECH_AFTER.match(text, end):
            before = _WORD_BEFORE.search(text, max(0, at - 40), at)
            word = before[1].strip("\"'“‘(") if before else ""
            if word.lower() not in _DETERMINERS and (
                    not word or word[-1] in ".!?:;,)\"”’—–" or word[0].islower()
                    or (after_a_capital and _sentence_start(text, before.start(1), rules) and word not in rules.ambiguous_first_names
                        and (not known_first_name(word) or word in rules.not_first_names))):
                return True
    return False


# Words that open sentences as capitalised and are no names (a first name no list knows is
# told from them by these, or by the text writing the word in lower case elsewhere).
_OPENING_WORDS = _SENTENCE_OPENERS | {
    "after", "although", "though", "because", "since", "until", "unless", "once", "as", "despite", "during",
    "together", "meanwhile", "however", "still", "yet", "instead", "later", "earlier", "today", "yesterday",
    "now", "soon", "finally", "eventually", "recently", "perhaps", "indeed", "thus", "hence", "therefore",
    "moreover", "furthermore", "nevertheless", "overall", "similarly", "likewise", "unlike", "like", "upon",
    "without", "within", "through", "between", "among", "against", "toward", "towards", "about", "under",
    "over", "following", "including", "according", "both", "each", "every", "many", "most", "several", "such",
    "other", "another", "what", "which", "who", "where", "why", "how", "here", "even", "only", "first", "next",
    "last", "dear", "thanks", "meet",
}


def _common_word(word: str, text: str, lower_words: frozenset[str] | None = None) -> bool:
    """Is ``word`` (a sentence's first) a common word: a listed opener, or written in lower case
    elsewhere in ``text``? ``lower_words``, the words ``text`` writes in lower case when the
    caller has them, spares a search of the text (a document naming thousands of people asked
    it thousands of times).

    >>> _common_word("Together", "Together they left."), _common_word("Chinua", "Chinua said he left.")
    (True, False)
    """
    lower = word.lower()
    # a verb's -ing form opens sentences too: "Hosting Cook at Dreamforce is our dream"
    if lower in _OPENING_WORDS or len(lower) > 5 and lower.endswith("ing"):
        return True
    if lower_words is not None and lower.isalpha():
        return lower in lower_words
    return re.search(rf"(?<!\w){re.escape(lower)}(?!\w)", text) is not None


def _said_of_a_person(text: str, surname: str, starts: Iterable[int] | None = None) -> bool:
    """Is ``surname`` (alone or ending a name) somewhere followed by what is said only of a
    person (``_PERSON_AFTER``)? ``starts`` as for ``_speaks_alone``.

    >>> _said_of_a_person("Rishi Sunak resigned. Sunak said he was sorry.", "Sunak")
    True
    >>> _said_of_a_person("Saudi Aramco said it would pay.", "Aramco")
    False
    """
    for at in _occurrences(text, surname) if starts is None else starts:
        if (at == 0 or not text[at - 1].isalnum()) and _PERSON_AFTER.match(text, at + len(surname)):
            return True
    return False


def _name_by_person_evidence(run: list[_Token], text: str, evidence: dict, rules: NameRules) -> tuple[int, int] | None:
    """A first name and a surname that the other rules leave out because one of the words is
    often something else ("Bill Gates", "Nancy Pelosi": places and words; "Doris Day", "Jason
    Day": a word of organisations' names), when the text also uses the surname alone as
    someone's: after a title (``_titled_words``) or as the subject of "said" (``_speaks_alone``).
    Titles before the name, and the descriptors before them, are dropped ("Former President Bill
    Clinton"). The first name is a known one, or listed in ``ambiguous_first_names`` (and opens
    no sentence that asks: "Will Warren continue to face the heat?"), or one no list knows when a
    title stands before the surname ("Rishi Sunak" ... "Mr. Sunak"; companies say things too:
    "Saudi Aramco" ... "Aramco said"). ``evidence`` keeps what was found for the document.
    """
    last = run[-1].word
    if len(run) < 2 or not _name_cased(last):  # "Okonjo-Iweala" too
        return None
    if "" not in evidence:
        evidence[""] = _titled_words(text)  # once a document, when first needed
    titled = last in evidence[""]
    if not titled and evidence.get(last) is False:  # most runs are places and organisations: cheap first
        return None
    start = next((k + 1 for k in range(len(run) - 1, -1, -1) if run[k].word.lower() in rules.titles), 0)
    core = run[start:]
    if not 2 <= len(core) <= 3 or start and run[start - 1].word.lower() in _PLACE_TITLES:  # "St. Louis Cardinals"
        return None
    first = core[0].word
    known = (known_first_name(first) and first not in rules.not_first_names) or first in rules.ambiguous_first_names
    unknown = not known and len(core) == 2 and _name_cased(first) and first not in rules.not_first_names \
        and first not in rules.organisation_words and last not in rules.organisation_words
    if not (known or unknown) or _is_place_name(last, rules) \
            or any(t.word in rules.place_words or t.word.lower() in rules.titles for t in core):
        return None
    if not titled and start and known and (
            last not in rules.organisation_words
            or last in rules.organisation_surnames and run[start - 1].word.lower().rstrip(".") not in _NAMING_TITLES):
        # a title right before the whole name: "Mayor Bill de Blasio", "President Bill Clinton",
        # "Mayor Linda Park" (not "Queen Victoria Street", "Emperor Norton Bridge", "Queen
        # Elizabeth Hall": named after a person)
        titled = True
    if not titled:
        if unknown:
            # a first name no list knows: only what is said of a person alone ("Chinua Achebe
            # said he", "Sunak, 43,"); "Saudi Aramco said" is a firm's statement
            if ("person", last) not in evidence:
                starts = evidence["starts"].get(last, ())
                evidence[("person", last)] = _said_of_a_person(text, last, starts) \
                    or _speaks_alone(text, last, rules, starts, after_a_capital=False)
            if not evidence[("person", last)] or start == 0 and _sentence_start(text, core[0].start, rules) \
                    and _common_word(first, text, evidence["lower_words"]() if "lower_words" in evidence else None):
                return None  # "After Theodorus had been ...", "Together Bernoulli and Euler ..."
            return start, len(run)
        if last not in evidence:
            evidence[last] = _speaks_alone(text, last, rules, evidence["starts"].get(last, ()))
        if not evidence[last]:
            return None
    if first in rules.ambiguous_first_names and start == 0 and _sentence_start(text, core[0].start, rules) \
            and _SENTENCE_END_AFTER.match(text, core[-1].end)[1] == "?":
        return None
    return start, len(run)


def _name_in_heading(run: list[_Token], lone_words: set[str], rules: NameRules,
                     surnames: frozenset[str] = frozenset(), lower_words: Callable[[], frozenset[str]] = frozenset) -> tuple[int, int] | None:
    """A name in a Title Case line (a heading, a caption), where capitals say little: the whole
    run, after any titles, is a first name and a surname ("by Giovanni Bellini (1505)",
    "President Sean Mills. Image: ..."; not a surname the text writes in lower case, one of
    ``lower_words()``: "How I Grew Tomatoes on a Tiny Balcony" over "my balcony"), or ends in a
    word the prose uses alone ("Pierre Charles L'Enfant" above "L'Enfant was born ..."), or in
    ``surnames`` the prose writes ("James Van Der Beek" above "Van Der Beek said"). "Andrej
    Karpathy Departs" is neither."""
    span = _full_name_in(run, rules, sentence_initial=True)
    if span is None or span[1] != len(run) or any(t.word.lower() not in rules.titles for t in run[: span[0]]):
        return None
    if run[-1].word in lone_words or " ".join(t.word for t in run[span[0] + 1 : span[1]]) in surnames:
        return span
    return span if span[1] - span[0] == 2 and not _written_in_lower_case(run[-1].word, lower_words()) else None


def _written_in_lower_case(word: str, lower_words: frozenset[str]) -> bool:
    """Does the text write ``word`` in lower case, or the word it is a plural of ("Workouts" beside
    "workout", "Deals" beside "deal")?

    >>> _written_in_lower_case("Workouts", frozenset({"workout"})), _written_in_lower_case("Jones", frozenset({"jone"}))
    (True, True)
    """
    lower = word.lower()
    return lower in lower_words or lower.endswith("s") and (lower[:-1] in lower_words or lower.endswith("es") and lower[:-2] in lower_words)


_LINE_ALONE = re.compile(r"[ \t]*(?:\n|$)")
_LIST_SEPARATOR = re.compile(r"(?:,| and|, and| &) ")


def _coordinated_with_people(text: str, pairs: list[list[_Token]], full: list[tuple[int, int, str]],
                             rules: NameRules) -> list[list[_Token]]:
    """Two-word runs no rule took that a list joins to a person's full name: "Emmanuel Macron and
    Jacinda Ardern", "Jacinda Ardern, Emmanuel Macron": a first name no list knows, beside a
    person; and the list goes on from a name it took ("Amara Nwosu, Kwame Mensah and Olumide
    Bakare"). Both words must be a name's shape and neither an organisation's or a place's word,
    a title, a particle or a listed non-name ("White House", "Goldman Sachs": `not_people`).

    >>> rules = load_name_rules()
    >>> find_people("Emmanuel Macron and Jacinda Ardern spoke by phone.", rules)[1]
    ['Emmanuel Macron', 'Jacinda Ardern']
    >>> find_people("Emmanuel Macron and White House aides met Goldman Sachs, Jane Doe and Tim Cook.", rules)[1]
    ['Emmanuel Macron', 'Jane Doe', 'Tim Cook']
    """
    def listed_after(end: int, start: int) -> bool:
        # a separator is 2 to 6 characters long (", ", " & ", " and ", ", and ")
        return start - end in (2, 3, 5, 6) and _LIST_SEPARATOR.fullmatch(text, end, start) is not None

    # (a regnal number may end one: "popes such as Eugene III and Anastasius IV")
    candidates = [run for run in pairs if not (
        any((not _name_cased(t.word) and not (t is run[-1] and _ROMAN_NUMERAL.fullmatch(t.word)))
            or t.word in rules.organisation_words or t.word in rules.place_words
            or t.word in rules.not_first_names or t.word.lower() in rules.titles or t.word in rules.particles
            or _is_initial(t.word) for t in run) or _listed_not_person(run, rules))]
    by_start = {run[0].start: k for k, run in enumerate(candidates)}
    by_end = {run[1].end: k for k, run in enumerate(candidates)}
    taken: set[int] = set()
    # from the people named in full, along the list in both directions (each run looked at once)
    edges = [(end, +1) for _, end, _ in full] + [(start, -1) for start, _, _ in full]
    while edges:
        at, direction = edges.pop()
        for n in (2, 3, 5, 6):
            k = by_start.get(at + n) if direction > 0 else by_end.get(at - n)
            if k is None or k in taken:
                continue
            run = candidates[k]
            if listed_after(at, run[0].start) if direction > 0 else listed_after(run[1].end, at):
                taken.add(k)
                edges += [(run[1].end, +1), (run[0].start, -1)]
    return [candidates[k] for k in sorted(taken)]


_LOWER_WORD_BEFORE = re.compile(r"(?<![^\W\d_])[a-z][\w'’-]* $")  # prose, not a heading: "the one Jagadish"


def _family_of_people(text: str, pairs: list[list[_Token]], full: list[tuple[int, int, str]],
                      rules: NameRules, lower_words: Callable[[], frozenset[str]] = frozenset) -> list[list[_Token]]:
    """Two-word runs no rule took whose first word is a first name (an ambiguous one too, or one
    no list knows in mid-sentence) and whose second is the surname of a person the text names in
    full: their family, or the person in full ("Nancy Reagan" beside "Ronald Reagan", "Jagadish
    Shukla's group" beside "J. Shukla"). Not an organisation's, place's or title's word
    ("Washington Post"), nor a question's first word ("Will Warren continue ...?" beside
    "Elizabeth Warren"), nor a word the text also writes in lower case.

    >>> find_people("David Beckham scored. Victoria Beckham watched.", load_name_rules())[1]
    ['David Beckham', 'Victoria Beckham']
    """
    surnames = {name.split()[-1] for _, _, name in full if " " in name}
    return [run for run in pairs if run[1].word in surnames
            and (known_first_name(run[0].word) and run[0].word not in rules.not_first_names
                 or run[0].word in rules.ambiguous_first_names
                 or _name_cased(run[0].word) and len(run[0].word) > 2 and run[0].word not in rules.not_first_names
                 and _LOWER_WORD_BEFORE.search(text, max(0, run[0].start - 30), run[0].start) is not None
                 and not _ORDINAL_BEFORE.search(text, max(0, run[0].start - 12), run[0].start)
                 and run[0].word.lower() not in _OPENING_WORDS and run[0].word.lower() not in lower_words())
            and not any(t.word in rules.organisation_words or t.word in rules.place_words or t.word.lower() in rules.titles
                        for t in run) and not _listed_not_person(run, rules)
            and not (run[0].word in rules.ambiguous_first_names and _sentence_start(text, run[0].start, rules)
                     and _SENTENCE_END_AFTER.match(text, run[-1].end)[1] == "?")]


_TO_A_PLACE_BEFORE = re.compile(r"\b(?:to|from|in|into|between|via|at|near|across|through|throughout|towards?|visit|visits|visited|visiting)\s$")


def _first_name_before_a_couple(text: str, leftovers: list[_Token], full: list[tuple[int, int, str]], rules: NameRules,
                                lower_words: Callable[[], frozenset[str]]) -> list[_Token]:
    """First names alone right before "and" and a person's full name: a couple or parents named
    once ("born to Jacob and Amalia Freud", "Bill and Melinda Gates"). Each is a person under its
    own word: the surname it may share is not written, and may not be its own ("Madonna and Guy
    Ritchie"); a full name the document gives elsewhere still takes it ("Bill Gates spoke").
    The word must be a first name and nothing else: no place's or organisation's word, not one
    the text also writes in lower case, not after a title ("Prince William and Kate Middleton" is
    another rule's), and one that is also a word or a place ("Bill", "Will", "Jordan") not where
    a sentence opens nor after a preposition of place ("trade between Jordan and Mary Smith").

    >>> find_people("Freud was born to Jacob and Amalia Freud.", load_name_rules())[1]
    ['Amalia Freud', 'Jacob']
    """
    starts = {start for start, _, name in full if " " in name}
    found = []
    for tok in leftovers:
        if tok.end + 5 not in starts or text[tok.end : tok.end + 5] != " and " \
                or not known_first_name(tok.word) or tok.word.lower() in lower_words() or tok.word in rules.place_words:
            continue
        if tok.word in rules.ambiguous_first_names:
            if _sentence_start(text, tok.start, rules) or _TO_A_PLACE_BEFORE.search(text, max(0, tok.start - 12), tok.start):
                continue
        elif tok.word in rules.not_first_names or tok.word in rules.organisation_words:
            continue
        before = text[max(0, tok.start - 20) : tok.start].split()
        if before and before[-1].rstrip(".").lower() in rules.titles:
            continue
        found.append(tok)
    return found


# A line opening with a name in capitals and a colon, a role between them or not ("STEVE INSKEEP,
# HOST:", "SARAH CHEN:"), or a surname alone ("INSKEEP:"): a transcript's speaker label (the
# boilerplate step keeps the first one, alone on its line, with the turn it opens).
SPEAKER_LABEL = re.compile(r"^(?P<name>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})(?P<role>, [A-Z][A-Z .'’-]{1,40})?:", re.M)


def _speaker_labels(text: str, rules: NameRules) -> dict[int, tuple[int, str]]:
    r"""The names of a transcript's speaker labels: where each starts -> (where it ends, the name
    in the case a name is written, "STEVE INSKEEP" -> "Steve Inskeep"). Only in a text with two
    labels at least (one heading in capitals is no transcript: "APRIL FOOLS: the pranks"), and
    only names of two to four words whose first is a first name, none an organisation's or a
    place's word ("BREAKING NEWS:", "WHITE HOUSE:").

    >>> _speaker_labels("SARAH CHEN: Yes.\nCHEN: No.", load_name_rules())
    {0: (10, 'Sarah Chen')}
    """
    labels = list(SPEAKER_LABEL.finditer(text)) if ":" in text else []
    if len(labels) < 2:
        return {}
    found = {}
    for label in labels:
        words = [w.title() for w in label["name"].split()]
        first = words[0]
        if len(words) < 2 or not known_first_name(first) \
                or first in rules.not_first_names and first not in rules.ambiguous_first_names \
                or first.lower() in rules.titles or any(w in rules.organisation_words or w in rules.place_words for w in words):
            continue
        parsed = HumanName(label["name"])
        parsed.capitalize(force=True)
        found[label.start("name")] = (label.end("name"), str(parsed))
    return found


@lru_cache(maxsize=8)
def _plural_words(words: frozenset[str]) -> frozenset[str]:
    """The plural ones of ``words`` ("brothers", "children"; not "actress")."""
    return frozenset(w for w in words if w.endswith("ren") or w.endswith("s") and not w.endswith("ss"))


_PLURAL_ARE = re.compile(r"\b([a-z]+) (?:are|were) $")


def _listed_with_people(text: str, runs: list[list[_Token]], full: list[tuple[int, int, str]], rules: NameRules) -> set[str]:
    """Single capitalised words listed among people: "Christopher Moore, Morris and Goscinny,
    Selma Lagerlöf". A list whose items are mostly (and at least two) people is a list of
    people, and so is a list right after kin or roles in the plural whose first item is one;
    its other one-word items are people known by one name."""
    named = {start for start, _, _ in full}
    found: set[str] = set()
    chain: list[list[_Token]] = []
    for run in [*runs, []]:
        if chain and run and _LIST_SEPARATOR.fullmatch(text, chain[-1][-1].end, run[0].start):
            chain.append(run)
            continue
        people = sum(any(t.start in named for t in item) for item in chain)
        # a list right after kin or roles in the plural, its first item a person, names people
        # throughout ("her children, Paul and Susan", "two brothers, Niklaus and Johann"; not
        # "for the editors: Planning and Review")
        # (or whose items are all first names alone: "five grandchildren, Emily, Jacob, Megan, Ryan
        # and Tyler")
        led = len(chain) >= 2 and (chain[0][0].start in named or all(
            len(item) == 1 and known_first_name(item[0].word) and item[0].word not in rules.not_first_names
            for item in chain)) and _follows_person_word(text, chain[0][0].start, rules, _plural_words(rules.person_words))
        # (or said to be such: "Their children are Waweru, Wanjira and Muta", whatever the first names)
        if not led and len(chain) >= 2 and all(len(item) == 1 and len(item[0].word) > 1 for item in chain):  # not "Igbo, and I"
            are = _PLURAL_ARE.search(text, max(0, chain[0][0].start - 24), chain[0][0].start)
            led = are is not None and are[1] in _plural_words(rules.person_words)
        if people >= 2 and 2 * people >= len(chain) or led:
            for item in chain:
                word = item[0].word
                if len(item) == 1 and item[0].start not in named and len(word) > 2 and word[1:].islower() \
                        and word not in rules.not_first_names and word not in rules.organisation_words \
                        and word not in rules.place_words and word.lower() not in rules.titles:
                    found.add(word)
        chain = [run]
    return found


_PLACE_PREPOSITION = re.compile(r"\b(?:in|near|into|across|throughout|inside|outside)\s$")
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")


def _in_a_place(text: str, run: list[_Token]) -> bool:
    """A run right after "in", "near", "into" names a place ("ate the meat in Inner Mongolia", "the
    showroom in Corso Monforte"), unless it owns something ("in Barack Obama's speech")."""
    return bool(_PLACE_PREPOSITION.search(text, max(0, run[0].start - 12), run[0].start)) \
        and not _POSSESSIVE_AFTER.match(text, run[-1].end)


# "Shares of Ralph Lauren and Charles Schwab rose": firms named after their founders, traded.
_TRADED_BEFORE = re.compile(r"\b(?:[Ss]hares|[Ss]tocks?|[Ss]takes?|[Ss]hareholders|[Bb]onds) (?:of|in) (?:[A-Z][\w'’&.-]* (?:and )?){0,6}$")
# ... or before its shares' moves ("Sina Weibo shares fell"; not "Jane Doe shares her recipe")
_TRADED_AFTER = re.compile(r"(?:['’]s)? (?:shares|stock) (?:fell|rose|jumped|slumped|closed|gained|dropped|climbed|slid|surged"
                           r"|tumbled|plunged|soared|sank|were|have|are)\b")


# "Arthur Andersen, the accounting firm, ...", "Claude Code, a tool that ...": a firm or a product
# said to be one right after its name (not "Tim Cook, the head of the company", "Jakub Pachocki,
# the company's director": a person of the firm; "a data company founder"; nor "a model" or "an
# assistant": people are those too).
_FIRM_AFTER = re.compile(r",? (?:the|a|an) (?:(?!(?:of|at|in|for|with|from|to|on|by|and|who|whose)\b)[\w'’-]+ ){0,3}?(?:firm|company|brand|label|fashion house|maker|retailer|chain"
                         r"|bank|lender|insurer|fund|startup|start-up|conglomerate|carmaker|automaker|airline|publisher|studio"
                         r"|agency|consultancy|partnership"
                         r"|tool|app|chatbot|AI model|language model|platform|software|device|smartphone|product|video game"
                         r"|podcast|newsletter|website|rocket|spacecraft|satellite|telescope|vaccine)"
                         r"(?=[,.;:)]| (?:that|which|based|founded|owned|whose|in|with|known|for|from|by|about)\b)")


def _traded(text: str, run: list[_Token]) -> bool:
    """A run after "shares of", "a stake in" (or in a list after them), or before its shares'
    moves ("Sina Weibo shares fell"), is a firm's name, though a person's is its shape ("Shares of
    Ralph Lauren and Charles Schwab rose"); so is one said to
    be a firm right after it ("Arthur Andersen, the accounting firm"); not one that owns
    something ("a stake in Elon Musk's company").

    >>> text = "Shares of Ralph Lauren and Charles Schwab rose. He took a stake in Elon Musk's firm."
    >>> tokens = _tokens(text, frozenset())
    >>> [_traded(text, tokens[k : k + 2]) for k in (1, 3, 6)]
    [True, True, False]
    """
    if _TRADED_AFTER.match(text, run[-1].end):
        return True
    return (bool(_TRADED_BEFORE.search(text, max(0, run[0].start - 80), run[0].start)) or bool(_FIRM_AFTER.match(text, run[-1].end))) \
        and not _POSSESSIVE_AFTER.match(text, run[-1].end)


_VISITED_BEFORE = re.compile(r"\b(?:in|near|into|across|throughout|inside|outside|visit|visits|visited|visiting)\s$")


def _visited_place(text: str, tok: _Token, name: str, rules: NameRules) -> bool:
    """A word alone after "in" or "near" is a place, though a person the document names has it
    as a first name ("Chelsea Clinton lives in Brooklyn with Brooklyn Beckham"); so is a listed
    first name that is as often a place after "visited" too ("Michael Jordan visited Jordan"; but
    "I visited Mike"); unless it owns something ("in Jordan's house").

    >>> text = "Chelsea Clinton lives in Brooklyn with Brooklyn Beckham."
    >>> _visited_place(text, _Token("Brooklyn", 25, 33, False), "Brooklyn Beckham", load_name_rules())
    True
    """
    if text[tok.end : tok.end + 1] in ("'", "’"):
        return False
    before = (text, max(0, tok.start - 12), tok.start)
    return tok.word in rules.ambiguous_first_names and bool(_VISITED_BEFORE.search(*before)) \
        or name.split(" ", 1)[0] == tok.word != name and bool(_PLACE_PREPOSITION.search(*before))


_FAMILY_AFTER = re.compile(r" (?:family|families|clan|dynasty)\b")
_PLACE_AFTER = re.compile(r",? (D\.C\.|[A-Z][a-z]+)")


_NEXT_AFTER_SUFFIX = re.compile(r"\. ([^\W\d_][\w'’-]*)")


def _named_after(text: str, last: _Token, rules: NameRules) -> bool:
    """Does a name ending in "Jr." or "Sr." go on with an organisation's word, whose run its
    period cut: "the Joseph P. Kennedy Jr. Foundation", "the Martin Luther King Jr. Memorial"?

    >>> text = "funded by the Joseph P. Kennedy Jr. Foundation"
    >>> _named_after(text, _Token("Jr", 32, 34, True), load_name_rules())
    True
    """
    if last.word not in ("Jr", "Sr"):
        return False
    after = _NEXT_AFTER_SUFFIX.match(text, last.end)
    return after is not None and after[1] in rules.organisation_words


def _not_adjectives(tokens: list[_Token], rules: NameRules) -> list[_Token]:
    """``tokens`` without a people's or a faith's word right before another ("Roman" of "Roman
    Catholic", "Christian" of "Christian Democrats"): an adjective there, no first name alone.

    >>> [t.word for t in _not_adjectives([_Token(w, 0, 0, False) for w in ("Roman", "Catholic")], load_name_rules())]
    ['Catholic']
    """
    return [t for k, t in enumerate(tokens) if not (
        t.word in rules.place_words and k + 1 < len(tokens) and tokens[k + 1].word in rules.place_words)]


def _names_a_family_or_place(text: str, tok: _Token, rules: NameRules) -> bool:
    """A word alone that names a family ("the Bernoulli family") or a town by its state or
    country ("Washington, D.C.", "Lincoln, Nebraska") is no mention of a person of that name.

    >>> text = "the Bernoulli family moved to Washington, D.C."
    >>> rules = load_name_rules()
    >>> [_names_a_family_or_place(text, _Token(w, text.index(w), text.index(w) + len(w), False), rules)
    ...  for w in ("Bernoulli", "Washington")]
    [True, True]
    """
    if _FAMILY_AFTER.match(text, tok.end):
        return True
    place = _PLACE_AFTER.match(text, tok.end)
    return place is not None and (place[1] == "D.C." or place[0][0] == "," and _is_place_name(place[1], rules))


def find_people(text: str, rules: NameRules) -> tuple[list[Mention], list[str]]:
    """Person-name mentions in ``text`` and the document's canonical names, in order of first mention.

    >>> ms, people = find_people("Sam Altman spoke. Later Altman's post named Ilya.", load_name_rules())
    >>> people, [(m.text, m.canonical) for m in ms]
    (['Sam Altman'], [('Sam Altman', 'Sam Altman'), ('Altman', 'Sam Altman')])
    """
    tokens = _tokens(text, rules.particles, rules.not_initials)
    # A nickname in quotes inside a name ('Frances Patricia "Fran" Hollingsworth', 'Earvin "Magic"
    # Johnson') joins the name's words around it, and names the person when used alone.
    nicknames = {m.start() - 1: m.end() for m in _NICKNAME.finditer(text)}
    if nicknames:
        starts = sorted(nicknames)  # disjoint spans: the one that may hold a token starts last before it
        tokens = [t for t in tokens
                  if not ((k := bisect.bisect_left(starts, t.start) - 1) >= 0 and t.start < nicknames[starts[k]])]
    runs = _runs(text, tokens, rules, nicknames)
    # Capitalised words that stand alone in mid-sentence somewhere in the document.
    lone_words: set[str] = set()
    for run in runs:
        if len(run) == 1 and run[0].word not in lone_words and not _sentence_start(text, run[0].start, rules):
            lone_words.add(run[0].word)
    headline_spans = _headline_lines(text)
    # the words the text writes in lower case, worked out once if a heading needs them
    lower_words = lru_cache(maxsize=1)(lambda: frozenset(w for w in _LETTERS.findall(text) if w.islower()))
    # Runs of several words the text also writes apart from a heading ("Van Der Beek said"): the
    # surname of a longer name in a heading ("James Van Der Beek").
    surnames = frozenset(" ".join(t.word for t in run) for run in runs if len(run) > 1) if headline_spans else frozenset()
    full: list[tuple[int, int, str]] = []  # start, end, name
    leftovers: list[_Token] = []
    pairs: list[list[_Token]] = []  # two-word runs no rule took: maybe listed with a person
    untaken: list[list[_Token]] = []  # longer runs no rule took: maybe a name found elsewhere
    # for _name_by_person_evidence: "" -> the titled words, a surname -> _speaks_alone, the
    # words the text writes in lower case, and where each token's word starts
    starts_of: dict[str, list[int]] = {}
    for tok in tokens:
        starts_of.setdefault(tok.word, []).append(tok.start)
    evidence: dict = {"lower_words": lower_words, "starts": starts_of}
    speakers = _speaker_labels(text, rules)  # a transcript's "STEVE INSKEEP, HOST:"
    for run in runs:
        alias = rules.aliases.get(text[run[0].start : run[-1].end].lower())
        if alias:
            full.append((run[0].start, run[-1].end, alias))
            continue
        if run[0].start in speakers and speakers[run[0].start][0] == run[-1].end:
            full.append((run[0].start, run[-1].end, speakers[run[0].start][1]))
            continue
        heading = bisect.bisect_right(headline_spans, (run[0].start, math.inf)) - 1
        if len(run) > 1 and (_in_a_place(text, run) or _traded(text, run)):
            span = None
        elif heading >= 0 and run[0].start < headline_spans[heading][1]:
            span = _name_in_heading(run, lone_words, rules, surnames, lower_words)
        elif len(run) == 1:
            # Most runs are one word ("The", "Paris"); only a kin or role word makes one a name.
            span = _name_after_person_word(run, text, rules) or _cited_author(run, text, rules) \
                or _subject_before_life_dates(run, text, rules)
        else:
            span = _east_asian_name(run, rules) or _full_name_in(run, rules, _sentence_start(text, run[0].start, rules))
            if span == (0, 2) and len(run) == 2 and _LINE_ALONE.match(text, run[-1].end) \
                    and (run[0].start == 0 or text[run[0].start - 1] == "\n") \
                    and _written_in_lower_case(run[1].word, lower_words()):
                span = None  # a label on a line of its own: "Ab Workouts", "Diet Plans" beside "workouts", "plans"
            span = span or _name_by_its_surname(run, text, lone_words, rules) or _name_after_person_word(run, text, rules) \
                or _name_before_life_dates(run, text, rules) or _name_after_capitalised_person_word(run, rules)
            if span is None and len(run) <= 5:
                span = _name_by_person_evidence(run, text, evidence, rules)
        if span is not None and (_listed_not_person(run[span[0] : span[1]], rules) or _named_after(text, run[span[1] - 1], rules)):
            span = None
        if span is None:
            if len(run) == 2:
                pairs.append(run)
            elif 2 < len(run) <= _MAX_NAME_TOKENS + 1:
                untaken.append(run)
            leftovers.extend(run if len(run) == 1 else _not_adjectives(run, rules))  # most runs are one word
            continue
        i, j = span
        name = text[run[i].start : run[j - 1].end]
        full.append((run[i].start, run[j - 1].end, _NICKNAME.sub("", name) if nicknames else name))
        if len(run) > 1:
            leftovers.extend(_not_adjectives(run[:i], rules) + _not_adjectives(run[j:], rules))
    if (pairs or untaken) and full:
        # a run no rule took that writes a name found elsewhere in full is that name: a heading
        # above the life it opens ("Ngũgĩ wa Thiong'o" over "Ngũgĩ wa Thiong'o (born ...) was")
        found = {name for _, _, name in full}
        named = [run for run in pairs + untaken if text[run[0].start : run[-1].end] in found]
        joined = {run[0].start for run in named}
        named += [run for run in _coordinated_with_people(text, pairs, full, rules) if run[0].start not in joined]
        joined = {run[0].start for run in named}
        named += [run for run in _family_of_people(text, pairs, full, rules, lower_words) if run[0].start not in joined]
        for run in named:
            full.append((run[0].start, run[-1].end, text[run[0].start : run[-1].end]))
        used = {id(t) for run in named for t in run}
        leftovers = [t for t in leftovers if id(t) not in used]
        full.sort()
    if full and leftovers:
        coupled = _first_name_before_a_couple(text, leftovers, full, rules, lower_words)
        if coupled:
            full = sorted(full + [(tok.start, tok.end, tok.word) for tok in coupled])
            used = {id(tok) for tok in coupled}
            leftovers = [t for t in leftovers if id(t) not in used]

    # Within-document resolution: a first or last name used alone refers to a full name in this
    # document that has it.
    # Full forms of one person ("Antonín Dvořák", "Antonín Leopold Dvořák") count as one name,
    # but a relative's is their own ("son of Pierre L'Enfant" in Pierre Charles L'Enfant's life).
    relatives = {name for start, _, name in full if " " in name and _follows_kin_word(text, start, rules)}
    person_of = _canonical_names(Counter(name for _, _, name in full), rules, relatives)
    # A part shared by several people ("Bernoulli" in a family's biography) goes to the one the
    # document names in full first: its subject, in a biography or a profile.
    by_part: dict[str, str] = {}
    for _, _, name in sorted(full):
        parts = name.split()
        while len(parts) > 2 and parts[-1].lower().rstrip(".") in _POST_NOMINALS:
            parts = parts[:-1]  # the surname before "Jr.": "King" of "Martin Luther King Jr."
        for part in (parts[0], parts[-1], _surname_of(parts[-1], rules.particles)):
            if not _is_initial(part):  # "L." of "L. Ron Hubbard" is no name alone ("East L.A.")
                by_part.setdefault(part, person_of[name])
                by_part.setdefault(_unaccented(part), person_of[name])  # "Dvorak" for "Dvořák"
    for _, _, name in sorted(full):
        # a middle word the text uses alone ("Lula" of "Luiz Inácio Lula da Silva"), when no
        # name begins or ends with it
        for part in name.split()[1:-1]:
            if len(part) > 2 and _name_cased(part) and part not in rules.particles:
                by_part.setdefault(part, person_of[name])
    for _, name in speakers.values():
        if name in person_of:  # (a label another rule or an alias took is that rule's)
            for part in name.split():
                by_part.setdefault(part.upper(), person_of[name])  # "INSKEEP:", a later label
    for start, end, name in full if nicknames else ():
        for nickname in _NICKNAME.finditer(text, start, end):
            by_part.setdefault(nickname[1], person_of[name])
    for word in _known_by_one_name(text, leftovers, rules) | _listed_with_people(text, runs, full, rules):
        by_part.setdefault(word, word)
    mentions = [(s, e, name) for s, e, name in full]
    full_names = {name for _, _, name in full}
    leftovers.sort(key=lambda t: t.start)
    for tok in leftovers:
        name = rules.aliases.get(tok.word.lower()) or by_part.get(tok.word) or by_part.get(_unaccented(tok.word)) \
            or rules.well_known.get(tok.word)
        if name is None or len(tok.word) < 2 or _names_a_family_or_place(text, tok, rules) \
                or _visited_place(text, tok, name, rules):
            continue
        last = mentions[-1] if len(mentions) > len(full) else None
        adjacent = last is not None and text[last[1] : tok.start] == " "
        reversed_name = f"{tok.word} {text[last[0] : last[1]]}" if adjacent else None
        if adjacent and last[2] == name:
            # "Jakub" + "Pachocki" in a heading: one mention, and a full form of the name in its own
            # right ("Zaha Hadid" beside "Zaha Mohammad Hadid") when its words are the name's ends.
            surface = text[last[0] : tok.end]
            mentions[-1] = (last[0], tok.end, surface if _is_part_of(surface, name) else name)
        elif reversed_name in full_names:
            # A full name written surname first, as in Japanese, Chinese or Hungarian ("Higuchi
            # Natsu" beside "Natsu Higuchi"): one mention of that person.
            mentions[-1] = (last[0], tok.end, reversed_name)
        else:
            # a surname's particle, capitalised where it opens the mention ("Le Pen said" of
            # "Marine Le Pen"): the mention's own
            particle = _PARTICLE_BEFORE.search(text, max(0, tok.start - 5), tok.start)
            start = particle.start() if particle and particle[1].lower() in rules.particles \
                and f" {particle[1]} {tok.word}".lower() in f" {name}".lower() else tok.start
            mentions.append((start, tok.end, name))

    # Only names written out count towards the canonical form: a lone "Hadid" says nothing of
    # whether the document calls her "Zaha Hadid" or "Zaha Mohammad Hadid".
    mentions.sort()
    written = Counter({name: 0 for _, _, name in mentions})
    written.update(name for s, e, name in mentions if " " in text[s:e])
    canonical = _canonical_names(written, rules, relatives)
    _join_names_of_one_person(text, sorted(full), mentions, canonical, rules)
    # A person the document names by one word only, after a title ("President Trump"), is the
    # well-known one of that name, as the word alone would be; not after a woman's title ("Mrs.
    # Obama" is not Barack Obama).
    known = {name: value for name, value in canonical.items() if " " not in value and value in rules.well_known}
    if known:  # most documents have none: the titles before names are looked at only then
        womens = {canonical[name] for start, _, name in full if _WOMANS_TITLE_BEFORE.search(text, max(0, start - 12), start)}
        for name, value in known.items():
            if value not in womens:
                canonical[name] = rules.well_known[value]
    result = [Mention(text[s:e], canonical[name], s, e) for s, e, name in mentions]
    people = list(dict.fromkeys(m.canonical for m in result))
    return result, people


# (the quote first: the engine skips to it, where a space first made it stop at every space)
_NICKNAME = re.compile(r"[\"“](?<=[^\W\d_] [\"“])([^\W\d_a-z][\w'’-]*)[\"”] (?=[^\W\d_a-z])")
_PARTICLE_BEFORE = re.compile(r"\b([^\W\d_]{1,4}) $")
_WOMANS_TITLE_BEFORE = re.compile(r"\b(?:Mrs|Ms|Miss|Mme|Madam|Madame|Lady|Dame|Queen|Princess|Empress|Duchess|Sister)\.? $")


# What stands between two names of one person: "Natsu Higuchi (...), also known as Natsuko
# Higuchi", "Pierre L'Enfant (...), self-identified as Peter L'Enfant", "Ichiyō Higuchi (...)
# was a pen name of Japanese author Natsu Higuchi", "Lady Gaga (born Stefani Germanotta".
_SAME_PERSON_BETWEEN = re.compile(
    r" \((?:born|née|né) "
    r"|(?: \([^()\n]{0,120}\))?,? (?:(?:also|better|more commonly|commonly|popularly|widely|otherwise|formerly|"
    r"professionally) )?(?:known|(?:self-)?identified|styled)"
    r"(?: (?:simply|professionally|popularly|affectionately))? as (?:the )?"
    r"|(?: \([^()\n]{0,120}\))? (?:was|is) (?:a|the) (?:pen|stage|assumed|adopted) name (?:of|for)(?: [\w-]+){0,3} "
)


_BORN_BEFORE = re.compile(r"(?:^|[.!?][\"”’]?\s+)Born $")
_MAIDEN_NAME_AFTER = re.compile(r"(?:, [^\W\d_][^()\n,]{0,40})? \((?:née|nee) ([^\W\d_][\w'’-]*)[;,)]")  # (", Countess of Lovelace")


def _join_names_of_one_person(text: str, full: list[tuple[int, int, str]], mentions: list[tuple[int, int, str]],
                              canonical: dict[str, str], rules: NameRules) -> None:
    """Give one canonical name to the names the text says are one person's ("also known as",
    "born", "a pen name of"), in place: the one its mentions use most (the first on a tie), a
    user alias target before any."""
    links = [(a, b) for (_, end, a), (start, _, b) in zip(full, full[1:])
             if _SAME_PERSON_BETWEEN.fullmatch(text, end, start) and canonical[a] != canonical[b]]
    # "Augusta Ada King (née Byron; ...)" ... "Ada Byron": one of her given names and the surname
    # she was born with
    starts = [start for start, _, _ in full]
    by_surname: dict[str, list[str]] | None = None
    for _, end, name in full:
        if text.startswith((" (n", ", "), end) and (maiden := _MAIDEN_NAME_AFTER.match(text, end)) \
                and bisect.bisect_left(starts, maiden.start(1)) == bisect.bisect_right(starts, end):
            # (no other name between: "Mary Smith, Jane Doe (née Jones)" is Jane's)
            if by_surname is None:
                by_surname = {}
                for other in dict.fromkeys(n for _, _, n in full if " " in n):
                    by_surname.setdefault(other.split()[-1], []).append(other)
            given = name.split()[:-1]
            links += [(name, other) for other in by_surname.get(maiden[1], ())
                      if other.split()[0] in given and canonical[other] != canonical[name]]
    # "Born Joan Ruth Bader in Brooklyn, she ...": a birth name opening a sentence is the name of
    # the person the document is about, the one its mentions name most.
    born = [name for start, _, name in full if _BORN_BEFORE.search(text, max(0, start - 8), start)]
    if born and mentions:
        subject = Counter(canonical[name] for _, _, name in mentions).most_common(1)[0][0]
        links += [(subject, name) for name in born if canonical[name] != subject]
    if not links:
        return
    root: dict[str, str] = {}

    def find(name: str) -> str:
        while root.get(name, name) != name:
            name = root[name]
        return name

    for a, b in links:
        root[find(canonical[b])] = find(canonical[a])
    uses = Counter(canonical[name] for _, _, name in mentions)
    first = {}
    for _, _, name in mentions:
        first.setdefault(canonical[name], len(first))
    targets = set(rules.aliases.values())
    best: dict[str, str] = {}
    for name in uses:
        group = find(name)
        if group not in best or (name in targets, uses[name], -first[name]) > \
                (best[group] in targets, uses[best[group]], -first[best[group]]):
            best[group] = name
    for name, value in canonical.items():
        canonical[name] = best.get(find(value), value)


def _canonical_names(names: Counter, rules: NameRules, apart: set[str] = frozenset()) -> dict[str, str]:
    """Map each name to its canonical form: an alias target, or among the full names it is part
    of the one the document writes most (the first written on a tie): a biography's opening
    "Antonín Leopold Dvořák" is his name once, "Antonín Dvořák" throughout. ``names`` is in
    order of first use; the names in ``apart`` are people of their own, part of no other."""
    canonical: dict[str, str] = {}
    first_use = {n: i for i, n in enumerate(names)}
    parts = {n: _unaccented(n).split() for n in names}  # "Ichiyo Higuchi" is "Ichiyō Higuchi"
    spelt = Counter()  # uses of each name, however accented
    for n in names:
        spelt[" ".join(parts[n])] += names[n]
    # A surname with its particles used alone ("Van Der Beek" beside "James Van Der Beek") is
    # treated as one word: it goes to the full name, never stands as the canonical form.
    # So is a double surname whose first word is no first name ("Hawk Sawyer" beside "Kathleen
    # Hawk Sawyer", "García Márquez" beside "Gabriel García Márquez").
    tails = {tuple(parts[o][-2:]) for o in names if o not in apart and len(parts[o]) > 2}
    surname_only = {n for n in names if n not in apart and (
        len(parts[n]) == 2 and tuple(parts[n]) in tails and not known_first_name(n.split(" ", 1)[0])
        or len(parts[n]) > 1 and parts[n][0].lower() in rules.particles
        and any(_surname_with_particles(parts[n], parts[o], rules) for o in names if o not in apart))}

    def single(n: str) -> bool:
        return len(parts[n]) == 1 or n in surname_only or n in initialled

    # A name written with initials for given names the document also writes out ("J. Shukla"
    # beside "Jagadish Shukla") goes to the name written out, as a surname alone does.
    initialled = {n for n in names if n not in apart and len(parts[n]) > 1 and _INITIAL.fullmatch(parts[n][0])}

    # Each name is compared only with the names every test below may hold it against: those
    # sharing its last word (or a half of a double-barrelled one), or its first two words (given
    # names alone: "Pierre Charles" of "Pierre Charles L'Enfant"), and for a word alone, the
    # names it begins. A document listing thousands of people made comparing all pairs the run's
    # cost, and so did comparing every name sharing a first name ("Mary ..." 2,000 times).
    def keys(n: str) -> set[str]:
        words = [w.lower() for w in parts[n]]
        return {words[-1], *words[-1].split("-"), *([f"{words[0]} {words[1]}"] if len(words) > 1 else [])}

    by_key: dict[str, list[str]] = {}
    by_first: dict[str, list[str]] = {}
    for n in names:
        for key in keys(n):
            by_key.setdefault(key, []).append(n)
        if len(parts[n]) > 1:
            by_first.setdefault(parts[n][0].lower(), []).append(n)

    def sharing(n: str) -> list[str]:
        found = [o for key in keys(n) for o in by_key[key]]
        if len(parts[n]) == 1:
            found += by_first.get(parts[n][0].lower(), [])
        return list(dict.fromkeys(found))

    # Full names first: a word used alone goes to the person whose names the document writes
    # most ("Norton" to "Joshua Abraham Norton" / "Joshua Norton" rather than to "Norton I").
    for name in sorted(names, key=single):
        alias = rules.aliases.get(name.lower())
        if alias:
            canonical[name] = alias
            continue
        if name in apart or name in initialled and sum(o != name and _initials_of(parts[name], parts[o]) for o in sharing(name)) > 1:
            canonical[name] = name  # (initials two people's names share: "J. Smith" beside John and Jane Smith)
            continue
        # The full names of the same person: this one, those it is part of, and the full names
        # those contain ("Antonín Dvořák" and "Antonín Leopold Dvořák" are one person).
        fuller = [other for other in sharing(name) if other != name and other not in apart
                  and (_parts_of(parts[name], parts[other]) or parts[name] == parts[other]
                       or _surname_with_particles(parts[name], parts[other], rules)
                       or name in initialled and _initials_of(parts[name], parts[other]))]
        group = {n for n in [name, *fuller] if not single(n)}
        group |= {other for n in list(group) for other in sharing(n)
                  if not single(other) and other not in apart and _parts_of(parts[other], parts[n])}
        if not group:
            canonical[name] = name
        elif not single(name):
            canonical[name] = max(group, key=lambda n: (spelt[" ".join(parts[n])], names[n], -first_use[n]))
        else:
            uses: Counter = Counter()
            first: dict[str, int] = {}
            for n in group:
                uses[canonical[n]] += names[n]
                first[canonical[n]] = min(first.get(canonical[n], len(names)), first_use[n])
            canonical[name] = max(uses, key=lambda person: (uses[person], -first[person]))
    return canonical


_INITIAL = re.compile(r"[^\W\d_a-z]\.?")


def _initials_of(short_parts: list[str], long_parts: list[str]) -> bool:
    """Is the short name the long one with initials for its given names ("J. Shukla" of
    "Jagadish Shukla", "K. S. Raman" of "Kalpathi Subramanian Raman"; not of "Priya Raman")?

    >>> _initials_of(["J.", "Shukla"], ["Jagadish", "Shukla"]), _initials_of(["K.", "Raman"], ["Priya", "Raman"])
    (True, False)
    """
    return len(short_parts) == len(long_parts) and short_parts[-1] == long_parts[-1] and all(
        s == w or _INITIAL.fullmatch(s) and len(w) > 2 and w[0] == s[0] for s, w in zip(short_parts[:-1], long_parts))


def _surname_with_particles(short_parts: list[str], long_parts: list[str], rules: NameRules) -> bool:
    """A surname that begins with particles, used alone, is the end of the full name: "Van Der
    Beek" of "James Van Der Beek", "De Niro" of "Robert De Niro".

    >>> _surname_with_particles(["Van", "Der", "Beek"], ["James", "Van", "Der", "Beek"], load_name_rules())
    True
    """
    return 1 < len(short_parts) < len(long_parts) and short_parts[0].lower() in rules.particles \
        and [p.lower() for p in long_parts[-len(short_parts):]] == [p.lower() for p in short_parts]


def _unaccented(text: str) -> str:
    """Text without its accents, as names are often written without them.

    >>> _unaccented("Antonín Dvořák")
    'Antonin Dvorak'
    """
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _is_part_of(short: str, long: str) -> bool:
    """'Altman' is part of 'Sam Altman'; 'Jakub Pachocki' is part of 'Jakub W. Pachocki'; given
    names alone are part of the full name ('Pierre Charles' of 'Pierre Charles L'Enfant')."""
    return _parts_of(_unaccented(short).split(), _unaccented(long).split())


def _parts_of(short_parts: list[str], long_parts: list[str]) -> bool:
    """Is the short name part of the long one: its first and last words ("Jakub Pachocki" of
    "Jakub W. Pachocki"), its first words, its last two or more ("García Márquez" of "Gabriel
    García Márquez", "Lula da Silva" of "Luiz Inácio Lula da Silva"), or one word at either end?
    A double-barrelled surname's halves count as its last word ("Maria Skłodowska" of "Maria
    Salomea Skłodowska-Curie": a name from before a marriage).

    >>> _parts_of(["Maria", "Skłodowska"], ["Maria", "Salomea", "Skłodowska-Curie"])
    True
    """
    last = long_parts[-1]
    return len(short_parts) < len(long_parts) and (
        short_parts[0] == long_parts[0] and (short_parts[-1] == last or _half_of(short_parts[-1], last))
        or short_parts == long_parts[: len(short_parts)]
        or len(short_parts) >= 2 and short_parts == long_parts[-len(short_parts):]
    ) or (len(short_parts) == 1 and (short_parts[0] in (long_parts[0], last) or _half_of(short_parts[0], last)))


def _half_of(word: str, surname: str) -> bool:
    """One half of a double-barrelled surname: "Curie" of "Skłodowska-Curie"."""
    return "-" in surname and len(word) > 1 and word in surname.split("-")
