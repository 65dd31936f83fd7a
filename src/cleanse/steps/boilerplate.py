"""Boilerplate removal: cut page furniture line by line, by rules from a TOML file.

The rules (``rules/boilerplate.toml``) name what a reader recognises as boilerplate on any
site: share buttons, comment prompts, promos, follow calls, image credits, author boxes,
syndication notes, cookie and navigation lines, and markup residue. Every cut line is
reported as a ``Removal`` with the rule's id and reason.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from cleanse.document import Removal, StepResult
from cleanse.steps.language import prose_length
from cleanse.steps.line_cache import line_cache
from cleanse.steps.names import SPEAKER_LABEL
from cleanse.steps.whitespace import is_list_item

_MATCH_KINDS = {"full", "start", "search"}
_SENTENCE_END = re.compile(r"[.!?:;]$")
_RESIDUE_END = re.compile(r"""["”']\s*/?>""")


@dataclass(frozen=True)
class LineRule:
    """One boilerplate rule: removes lines its pattern matches."""

    id: str
    reason: str
    patterns: tuple[re.Pattern[str], ...]
    max_words: int | None = None
    absorb_before: int = 0
    absorb_after: int = 0
    absorb_box: int = 0  # the lines after a heading alone, up to furniture that follows within this many
    ends_article: bool = False
    ends_article_patterns: tuple[re.Pattern[str], ...] = ()  # the matches of these (whole line) close it
    ends_page: bool = False  # a page's footer: what the run holds after it may be the article
    alone: bool = False  # matches only a line with a blank line (or the text's edge) on each side
    caption_above: bool = False  # a credit alone takes the headline-shaped line right above it
    after_prose: bool = False  # matches only once a line of prose has been kept: the article has begun
    absorb_contents: bool = False  # a table of contents' heading: its entries (headings below) go with it

    def matches(self, line: str, word_count: int | None = None) -> re.Match[str] | None:
        if self.max_words is not None and (len(line.split()) if word_count is None else word_count) > self.max_words:
            return None
        for pattern in self.patterns:
            found = pattern.search(line)
            if found:
                return found
        return None


@dataclass(frozen=True)
class CodeSettings:
    """How script, style and JSON residue lines are recognised (see boilerplate.toml [code])."""

    symbols: str = "{}[];=<>|\\$_#@*^~`:"
    min_ratio: float = 0.05
    min_distinct: int = 2
    min_count: int = 3
    comment: str = r"^(//|/\*|\*/|<!--|-->)"
    bare_statement: str = r"^[^\w\s]*[;{}][^\w\s]*$"


@dataclass(frozen=True)
class MainContentSettings:
    """How the article's run of lines is told from the page around it (see boilerplate.toml)."""

    prose_min_chars: int = 120
    block_min_avg_chars: int = 35
    block_min_continued: float = 0.25
    short_line_penalty: int = 20
    removed_line_penalty: int = 10
    keep_edge_lines: int = 3
    end_marker_min_share: float = 0.25
    end_marker_max_ratio: float = 3.0
    list_headings: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        # TOML gives a list; lines are looked up in lower case
        object.__setattr__(self, "list_headings", frozenset(h.lower() for h in self.list_headings))


@dataclass(frozen=True)
class CaptionSettings:
    """When a credit alone on its line takes a sentence right above it as its image's caption
    (see boilerplate.toml [captions])."""

    sentence_max_words: int = 60
    label_words: str = r"(?:images?|photos?|photographs?|pictures?|illustrations?|graphics?|videos?|credits?|sources?|file)"
    other_image: str = r"\b(?:main|top|lead|featured|header|cover|hero)\s+(?:image|photo|picture)"


# eq=False: compared and hashed by identity. A rule set is a key of the per-line caches below,
# and hashing its hundreds of rules field by field on every lookup cost more than the lookup saved.
@dataclass(frozen=True, eq=False)
class Rules:
    """The loaded rule set: line rules in file order, markup-residue and main-content settings."""

    line_rules: tuple[LineRule, ...]
    residue_token: re.Pattern[str]
    residue_min_tokens: int
    main_content: MainContentSettings = MainContentSettings()
    code: CodeSettings = CodeSettings()
    captions: CaptionSettings = CaptionSettings()
    sources: tuple[str, ...] = ()


def _compile_rule(raw: dict) -> LineRule:
    kind = raw.get("match", "full")
    if kind not in _MATCH_KINDS:
        raise ValueError(f"rule {raw.get('id')!r}: match must be one of {sorted(_MATCH_KINDS)}, not {kind!r}")
    # One regex per pattern: patterns of a rule may reuse a group name such as "site".
    wrap = {"full": "^(?:{})$", "start": "^(?:{})", "search": "{}"}[kind]
    return LineRule(
        id=raw["id"],
        reason=raw.get("reason", raw["id"]),
        patterns=tuple(re.compile(wrap.format(p), re.IGNORECASE) for p in raw["patterns"]),
        max_words=raw.get("max_words"),
        absorb_before=int(raw.get("absorb_before", 0)),
        absorb_after=int(raw.get("absorb_after", 0)),
        absorb_box=int(raw.get("absorb_box", 0)),
        ends_article=bool(raw.get("ends_article", False)),
        ends_article_patterns=tuple(re.compile(f"^(?:{p})$", re.IGNORECASE) for p in raw.get("ends_article_patterns", [])),
        ends_page=bool(raw.get("ends_page", False)),
        alone=bool(raw.get("alone", False)),
        caption_above=bool(raw.get("caption_above", False)),
        after_prose=bool(raw.get("after_prose", False)),
        absorb_contents=bool(raw.get("absorb_contents", False)),
    )


def load_rules(extra: Path | None = None) -> Rules:
    """The packaged rules, extended (or overridden by id) by a user's TOML file."""
    packaged = resources.files("cleanse.rules").joinpath("boilerplate.toml").read_text("utf-8")
    data = tomllib.loads(packaged)
    sources = ["cleanse/rules/boilerplate.toml"]
    rules: dict[str, dict] = {r["id"]: r for r in data.get("rule", [])}
    residue = dict(data.get("residue", {}))
    main_content = dict(data.get("main_content", {}))
    code = dict(data.get("code", {}))
    captions = dict(data.get("captions", {}))
    if extra is not None:
        user = tomllib.loads(Path(extra).read_text("utf-8"))
        for raw in user.get("rule", []):
            rules[raw["id"]] = raw
        residue.update(user.get("residue", {}))
        main_content.update(user.get("main_content", {}))
        code.update(user.get("code", {}))
        captions.update(user.get("captions", {}))
        sources.append(str(extra))
    return Rules(
        line_rules=tuple(_compile_rule(r) for r in rules.values()),
        residue_token=re.compile(residue["token"]),
        residue_min_tokens=int(residue.get("min_tokens", 3)),
        main_content=MainContentSettings(**main_content),
        code=CodeSettings(**code),
        captions=CaptionSettings(**captions),
        sources=tuple(sources),
    )


def _is_residue_token(token: str, rules: Rules) -> bool:
    return bool(rules.residue_token.search(token))


def strip_markup_residue(line: str, rules: Rules) -> tuple[str, str]:
    """Split a line into (residue, rest) where residue is leading class/attribute junk.

    >>> r = load_rules()
    >>> strip_markup_residue('a:hover]:text-gray-63 [&>a]:shadow-underline dark:[&>a]:text-gray-bd”>Illustration: The Verge', r)
    ('a:hover]:text-gray-63 [&>a]:shadow-underline dark:[&>a]:text-gray-bd”>', 'Illustration: The Verge')

    Leaves alone: quoted speech that happens to end with ">" (few of its words are residue).
    """
    end = _RESIDUE_END.search(line)
    if end:
        prefix_tokens = line[: end.start()].split()
        junk = sum(_is_residue_token(t, rules) for t in prefix_tokens)
        if prefix_tokens and junk >= min(rules.residue_min_tokens, len(prefix_tokens)) and junk * 2 >= len(prefix_tokens):
            return line[: end.end()], line[end.end() :].strip()
    tokens = line.split()
    if len(tokens) >= rules.residue_min_tokens and all(_is_residue_token(t, rules) for t in tokens):
        return line, ""
    return "", line


_CODE_RULE = LineRule("code", "script, style or JSON residue", ())
_PRICE_SIGN = re.compile(r"\$(?=\d)")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_WORD_TOKEN = re.compile(r"\b\w+\b")


def _reads_as_sentence(line: str) -> bool:
    """A sentence, whatever its symbols: five words or more, most in lower case, a sentence's
    stop last, and no brace, equals sign or JSON key ('He said: "They [the council] will decide."').

    >>> _reads_as_sentence('He said: "They [the council] will decide."'), _reads_as_sentence('x = a[i]; y = b[j];')
    (True, False)
    """
    if line[-1:] not in '.!?"”’' or "{" in line or "}" in line or "=" in line or '":' in line:
        return False
    words = len(_WORD_TOKEN.findall(line))
    return words >= 5 and 2 * len(_LOWER_WORD.findall(line)) >= words


def looks_like_code(line: str, settings: CodeSettings) -> bool:
    """Script, style or JSON residue: dense in code symbols, a comment line, or a statement's or
    block's end with no word in it ('");', "});"; a lone ")" closes a sentence broken at a link).

    >>> looks_like_code("var x = {a: 1, b: [2, 3]};", CodeSettings())
    True
    >>> looks_like_code("Japan's Nikkei 225 (N225) declined 0.3%, while the Kospi fell.", CodeSettings())
    False
    >>> looks_like_code('");', CodeSettings()), looks_like_code(")", CodeSettings())
    (True, False)
    >>> looks_like_code("Cost: Free entry; books from $1", CodeSettings())
    False
    """
    if re.match(settings.comment, line) or re.match(settings.bare_statement, line):
        return True
    if _reads_as_sentence(line):
        return False
    if "$" in line:  # a price is prose's: "Cost: Free entry; books from $1"
        line = _PRICE_SIGN.sub("", line)
    counts = [line.count(symbol) for symbol in dict.fromkeys(settings.symbols)]
    return (
        sum(counts) >= max(settings.min_count, settings.min_ratio * len(line))
        and sum(1 for count in counts if count) >= settings.min_distinct
    )


# A code line longer than this is a regex dump's minified stylesheet or page state, never text.
_LONG_CODE_LINE_CHARS = 1000


def is_long_code_line(line: str, settings: CodeSettings) -> bool:
    """A line of script or style residue over 1,000 characters: ``remove_boilerplate`` removes it
    whole, so the encoding step leaves it as it came (repairing such lines was most of a regex
    dump's run). A shorter code line is repaired as any line.

    >>> is_long_code_line('.a{color:red}' * 100, CodeSettings()), is_long_code_line('.a{color:red}', CodeSettings())
    (True, False)
    """
    return len(line) > _LONG_CODE_LINE_CHARS and looks_like_code(line, settings)


_SCRIPT_STRING_RULE = LineRule("script_string", "text inside a script's string: page data, not the page's text", ())
_UNESCAPED_QUOTE = re.compile(r'(?<!\\)"')
_OPENS_STRING = re.compile(r'[:\[,]\s*"$')  # '..."content":{"rendered":"'
_CLOSES_STRING = re.compile(r'^(?:\\[ntr])*"\s*[,}\]]')  # '\n","protected":false}, ...'
_JSON_ESCAPE = re.compile(r"^(?:\\[ntr])+$|\\u[0-9a-fA-F]{4}|\\/")  # '\n', 'you\u2019re', 'mining\/natural'
_SCRIPT_QUOTES_MIN = 4  # a JSON line has several quotes; a quotation broken at a link has one or two
_WALK_BACK_STOP = re.compile(r"^(?:/\*|//|<!--)|[{};]\s*$")


def script_string_lines(lines: list[str], settings: CodeSettings) -> set[int]:
    r"""Indexes of the lines that lie inside a string of a script's JSON, in a dump that stripped
    the tags out of the script too (a regex dump): the HTML a page keeps in JSON ("content":
    {"rendered": "<p>...</p>"}, for the next articles of an endless page, or the same article)
    turns into lines of prose there. Such lines sit between a code line that leaves a string
    open ('..."rendered":"') and one that closes it ('\n","protected":false}, ...'), and have no
    unescaped quote of their own (JSON escapes them); where the opening line was lost (eaten with
    a tag), the lines back from the closing one count if some show JSON escapes ('\n',
    '\u2019'). A quotation broken at a link ('she said: "' / 'link' / '", adding') is none:
    both ends must be code lines with several quotes.

    >>> lines = ['{"id":7,"content":{"rendered":"', 'Whether you\\u2019re a founder', '\\n', 'or not.',
    ...          '\\n","protected":false},"title":"x"}']
    >>> sorted(script_string_lines(lines, CodeSettings()))
    [1, 2, 3]
    """
    inside: set[int] = set()
    pending: list[int] | None = None  # lines after an opening line, until its string closes
    for i, line in enumerate(lines):
        quotes = len(_UNESCAPED_QUOTE.findall(line)) if '"' in line else 0
        if not quotes:
            if pending is not None:
                pending.append(i)
            continue
        script = quotes >= _SCRIPT_QUOTES_MIN and looks_like_code(line, settings)
        closes = script and bool(_CLOSES_STRING.match(line))
        if closes and pending is not None:
            inside.update(pending)
        elif closes:
            start = i
            while start > 0 and '"' not in lines[start - 1] and start - 1 not in inside \
                    and not _WALK_BACK_STOP.search(lines[start - 1]):
                start -= 1
            if any(_JSON_ESCAPE.search(lines[j]) for j in range(start, i)):
                inside.update(range(start, i))
        # The line ends inside a string if it starts inside one (it closes one) xor its quotes are odd.
        ends_inside = script and (closes != (quotes % 2 == 1)) and bool(_OPENS_STRING.search(line))
        pending = [] if ends_inside else None
    return inside


def classify_line(line: str, rules: Rules) -> tuple[LineRule, re.Match[str] | None] | None:
    """The first rule that removes ``line``, with its match, or None if the line is kept.

    >>> classify_line("Share your love", load_rules())[0].id
    'share'
    """
    word_count = len(line.split())
    for rule in rules.line_rules:
        found = rule.matches(line, word_count)
        if found:
            return rule, found
    if looks_like_code(line, rules.code):
        return _CODE_RULE, None
    return None


@line_cache
def line_verdict(line: str, rules: Rules) -> tuple[str, str, tuple[LineRule, re.Match[str] | None] | None]:
    """``strip_markup_residue`` then ``classify_line`` on what is left: (residue, rest, hit).
    One cached lookup a line, as lines repeat across a site's pages and in the checking rounds.

    >>> residue, rest, (rule, _) = line_verdict("Share your love", load_rules())
    >>> residue, rest, rule.id
    ('', 'Share your love', 'share')
    """
    residue, rest = strip_markup_residue(line, rules)
    return residue, rest, classify_line(rest, rules) if rest else None


# A line of this many words that repeats one of the last few lines kept is a caption or promo
# shown again (a gallery's caption under each photo); text that repeats itself further apart
# (a meal plan's "Portion Fix Containers: ..." each day) is the article's.
_REPEAT_MIN_WORDS = 8
_REPEAT_WINDOW = 8


_SENTENCE_END_MARKS = frozenset(".!?:;")  # _SENTENCE_END's characters, tested on the last one alone (no regex scan)
_CLOSING_MARKS = "\"”’')]"
_COPY_KEY_CHARS = 24  # lines are grouped by their first characters: a copy starts as its line does
# A page's title is its headline and the site's name after one of these: the headline under it is
# no copy cut short ("Park opens after years - City Herald" over "Park opens after years").
_TITLE_SITE_SEPARATORS = frozenset({" - ", " | ", " – ", " — ", " · ", " : "})


def shortened_copies(lines: Sequence[str]) -> set[int]:
    """The indexes of lines that are a line nearby cut short mid-sentence: a gallery's collapsed
    caption ("... Tuesday, Nov. 19, 2019. The Islanders" over "... more") or a teaser.

    Only a line of ``_REPEAT_MIN_WORDS`` words or more (and ``_COPY_KEY_CHARS`` characters) that
    stops without a sentence's end, and whose whole text starts a longer line up to a space,
    within ``_REPEAT_WINDOW`` paragraphs (blank lines between them) either side; a finished
    sentence that another line goes on from (a pull quote, a heading), and a headline the page's
    title goes on from with the site's name, are left alone.

    >>> sorted(shortened_copies(["Brock Nelson puts the overtime goal behind goaltender Matt Murray. The Islanders",
    ...                          "... more", "Brock Nelson puts the overtime goal behind goaltender Matt Murray. The Islanders won 5-4."]))
    [0]
    """
    by_start: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if len(line) >= _COPY_KEY_CHARS:
            by_start.setdefault(line[:_COPY_KEY_CHARS], []).append(i)
    found: set[int] = set()
    for group in by_start.values():
        if len(group) < 2:
            continue
        for i in group:
            line = lines[i]
            end = line[-1:]
            if end in _CLOSING_MARKS:
                end = line.rstrip(_CLOSING_MARKS)[-1:]
            if end in _SENTENCE_END_MARKS or line.count(" ") < _REPEAT_MIN_WORDS - 1:
                continue
            cut = len(line)
            if any(j != i and abs(j - i) <= 2 * _REPEAT_WINDOW and len(lines[j]) > cut and lines[j][cut] == " "
                   and lines[j].startswith(line) and lines[j][cut : cut + 3] not in _TITLE_SITE_SEPARATORS for j in group):
                found.add(i)
    return found


_RUN_ON_MAX_LINES = 4  # a sentence broken at its links: this many lines after its first at most
_RUN_ON_MAX_WORDS = 40


def _run_on_lines(i: int, lines: Sequence[str]) -> list[int] | None:
    """The lines after ``lines[i]`` that finish the sentence it starts, when a dump broke that
    sentence at its links: ``lines[i]`` is a link's short text starting with a capital, the next
    line goes on in lower case or with punctuation, and a line ending a sentence comes within
    ``_RUN_ON_MAX_LINES`` lines (no blank line between). None otherwise.

    >>> _run_on_lines(0, ["Sign up", "for the free daily newsletter.", "Next paragraph."])
    [1]
    """
    line = lines[i]
    if not line[:1].isupper() or line.count(" ") > 3 or _SENTENCE_END.search(line):
        return None
    if i + 1 >= len(lines) or not (lines[i + 1][:1].islower() or lines[i + 1][:1] in ",.;:)"):
        return None
    words = line.count(" ") + 1
    for j in range(i + 1, min(i + 1 + _RUN_ON_MAX_LINES, len(lines))):
        words += len(lines[j].split())
        if not lines[j] or words > _RUN_ON_MAX_WORDS:
            return None
        if lines[j].rstrip(_CLOSING_MARKS)[-1:] in ".!?":
            return list(range(i + 1, j + 1))
    return None


def _join_broken(line: str, rest: Sequence[str]) -> str:
    """The lines of one sentence a dump broke at its links, joined: a space between pieces, none
    before punctuation (``"Reuters" + ", the ..."``), a colon after a label alone (``"Photo" + ":"``)."""
    for piece in rest:
        line = line + piece if piece[:1] in ",.;:!?)" else f"{line} {piece}"
    return line


def _is_short_label(line: str) -> bool:
    return 0 < len(line.split()) <= 4 and not _SENTENCE_END.search(line)


_HEADLINE_MAX_WORDS = 20
# A headline asking or exclaiming, or a teaser cut short: "... as Hurri..."
_TEASER_END = re.compile(r"(?:[?!]|\w(?:\.\.\.|…))[\"”’']?$")
_CREDIT_MAX_WORDS = 8  # a credit alone on its line ("Credit: Getty - Contributor"), no caption with it
_SENTENCE_OR_CLAUSE_END = re.compile(r"(?:[.!?:;,]|[.!?][\"”’'])$")


def _remove_caption_above(i: int, credit: str, original: list[str], lines: list[str],
                          removed: list[tuple[int, Removal]], settings: CaptionSettings) -> None:
    """Remove the caption above a credit alone on line ``i``, in place: the line right above it
    when it reads as a headline ("Yersina pestis causes the plague" / "(Image: GETTY)"), or the
    sentence the credit captions, right above or over one blank line (dumps that set every line
    apart). One in lower case is a menu's label ("sunday review" / "video: opinion"): it stays."""
    above = i - 1 if i and original[i - 1] else i - 2 if i > 1 and original[i - 2] else None
    if above is None or not lines[above][:1].isupper():
        return
    if (above == i - 1 and _is_headline(lines[above])) or _captions_sentence_above(credit, lines[above], settings):
        removed.append((above, Removal("image_caption", lines[above], "caption above an image credit")))
        lines[above] = ""


def _captions_sentence_above(credit: str, above: str, settings: CaptionSettings) -> bool:
    """Does a credit alone on its line caption the sentence above it? Yes when the credit names
    who made the image ("Natalie Naccache | Bloomberg | Getty Images", "(AP Photo/Alan Diaz,
    File)") and the line is a statement of caption size. One that asks is a dek above the lead
    image ("Who didn't see this coming?" / "Illustration: The Verge"), one without a full stop a
    heading (the image opens its section). A bare label ("SOURCE:") may close a chart or a quote,
    and a credit for another image ("Main image credit: Getty") belongs to the picture at the
    top: the lines above them stay.

    >>> _captions_sentence_above("Photo by David Dyer-Bennet", "Neil Gaiman and John M. Ford in 2002.", CaptionSettings())
    True
    >>> _captions_sentence_above("Main image credit: Getty", "The ceremony is due next Tuesday.", CaptionSettings())
    False
    """
    if len(above.split()) > settings.sentence_max_words or not _STATEMENT_END.search(above) or _SENTENCE_BREAK.search(above) \
            or re.search(settings.other_image, credit, re.I):
        return False
    return bool(re.sub(rf"\b{settings.label_words}\b", " ", credit, flags=re.I).translate(_NO_PUNCTUATION).strip())


# A caption says what the picture shows, in a statement: a line asking or exclaiming is a dek
# or the article's, and one with no full stop a heading (the image opens its section).
_STATEMENT_END = re.compile(r"\.[\"”’')]*$")
# A caption is one sentence: two are a paragraph. (A lower-case word ends a sentence; "Sen. Ted
# Cruz", "Boeing Co. 787-10" and "Nov. 13" break none.)
_SENTENCE_BREAK = re.compile(r"\b[a-z]+[.!?][\"”’')]* [\"“‘(]?[A-Z]")
_NO_PUNCTUATION = str.maketrans("", "", "()[]|/:;,.-–—©\"'“”‘’")


def _continues(line: str) -> bool:
    """Does the line carry on a sentence from the line before (a lower-case or punctuation start)?"""
    return line[0].islower() or not line[0].isalnum() and line[0] not in "[(\"“‘'"


def _is_headline(line: str) -> bool:
    """A line that reads as a headline or a teaser's label, not as prose: at most 20 words, no
    sentence punctuation at its end ("Horror as plague of killer mosquitos are headed to
    Britain", "[INSIGHT]")."""
    return 0 < len(line.split()) <= _HEADLINE_MAX_WORDS and not _SENTENCE_OR_CLAUSE_END.search(line)


def remove_boilerplate(text: str, rules: Rules, select_main: bool = True, verbatim: frozenset[str] = frozenset()) -> StepResult:
    """Remove boilerplate lines (and leading markup residue) from tidy, line-broken text,
    then cut what lies outside the article's main run of prose (``select_main_content``; with
    ``select_main=False``, for text the source marked as the article, only what follows a line
    that ends articles).

    A removed line leaves an empty line, so the paragraphs around it stay apart. Lines that
    repeat the line just above them (an author's name printed twice in a box), or a long line
    one of the last few (a caption shown again), or that start a longer line nearby and stop
    mid-sentence (a collapsed caption, ``shortened_copies``), are removed too. A removed line
    that starts a sentence a dump broke at its links ("Sign up" / "for the free daily
    newsletter.") takes the rest of the sentence with it when a rule takes the whole.
    ``verbatim`` lines (those an HTML page sets in ``<pre>``: a code sample, a poem) meet no line
    rule, no repeat test and no script-string test ("}" under "}" is code, "x = {"a": 1}" no
    script's residue); main-content selection still applies.

    >>> remove_boilerplate("Real news.\\n\\nShare your love\\nLeave a Reply", load_rules()).text
    'Real news.\\n\\n\\n'
    """
    original = text.split("\n")
    lines = list(original)
    removed: list[tuple[int, Removal]] = []
    ends_article = [False] * len(lines)
    ends_page = [False] * len(lines)
    previous_kept: int | None = None
    kept_at: dict[str, int] = {}  # each line kept -> how many lines were kept before it (last time)
    kept_count = 0
    prose_kept = False
    shortened = shortened_copies(original)
    for i, line in enumerate(lines):
        if not line:
            continue
        if line in verbatim:
            previous_kept = i
            continue
        residue, rest, hit = line_verdict(line, rules)
        if residue:
            removed.append((i, Removal("markup_residue", residue, "CSS class or attribute residue from stripped markup")))
            lines[i] = line = rest
            if not rest:
                continue
        value_at = None
        if i + 2 < len(lines) and original[i + 1] == ":" and lines[i + 2] and _is_short_label(line):
            # A dump breaks "Photo: <a>Getty Images</a>" into "Photo" / ":" / "Getty Images": the
            # three lines are read as one ("Photo" alone is a menu's label).
            joined_hit = line_verdict(f"{line}: {lines[i + 2]}", rules)[2]
            if joined_hit and not joined_hit[0].alone and not (joined_hit[0].after_prose and not prose_kept):
                hit, value_at = joined_hit, i + 2
        if hit and value_at is None and (run_on := _run_on_lines(i, original)):
            # A call a dump broke at its links: "Sign up" / "for the free daily newsletter." is
            # read as the one sentence it is, and goes whole when a rule takes the sentence.
            joined_hit = line_verdict(_join_broken(line, [original[j] for j in run_on]), rules)[2]
            if joined_hit and not joined_hit[0].alone and not (joined_hit[0].after_prose and not prose_kept):
                hit, value_at = joined_hit, run_on[-1]
        if hit and hit[0].alone and not ((i == 0 or not original[i - 1]) and (i + 1 == len(original) or not original[i + 1])):
            hit = None  # "www.usef.org" inside a paragraph cut at its links is the paragraph's
        if hit and i and lines[i - 1][-1:].isalpha() and lines[i - 1].count(" ") >= 2 \
                and (not line[:1].isupper() or line.count(" ") < _LINK_IN_SENTENCE_MAX_WORDS
                     and lines[i - 1].rsplit(" ", 1)[-1] in _PREPOSITIONS_BEFORE_LINK) \
                and i + 1 < len(original) and original[i + 1][:1].islower():
            # a link's text inside a sentence, no label: "may well have" / "expand" / "ed", "in a
            # post on" / "Facebook" / "on Tuesday evening" (a menu's label stays one: "You agree
            # to the site's" / "Privacy Policy" / "and its terms.")
            hit = None
        if hit and hit[0].after_prose and not prose_kept:
            hit = None  # above the article's first paragraph: maybe the article's own headline
        if hit and line in _LONE_CLOSERS and _opened_above(lines, i):
            hit = None  # "Nikkei 225" / "(" / "N225" / ")": a parenthesis a dump broke at its link
        if hit:
            rule, _ = hit
            removed.append((i, Removal(rule.id, line, rule.reason)))
            if value_at is not None:
                joined = range(i + 1, value_at + 1)
                for j in joined:
                    if lines[j]:
                        removed.append((j, Removal(rule.id, lines[j], rule.reason)))
                        lines[j] = ""
                line = _join_broken(line, [original[j] for j in joined])
            ends_article[i] = rule.ends_article or any(pattern.match(line) for pattern in rule.ends_article_patterns)
            ends_page[i] = rule.ends_page
            lines[i] = ""
            absorbed = 0
            for j in range(i - 1, -1, -1):
                if absorbed >= rule.absorb_before or not original[j]:
                    break
                absorbed += 1
                if lines[j] and not _is_short_label(lines[j]):
                    break
                if lines[j]:
                    removed.append((j, Removal(rule.id, lines[j], rule.reason)))
                    lines[j] = ""
            if rule.caption_above and len(line.split()) <= _CREDIT_MAX_WORDS:
                _remove_caption_above(i, line, original, lines, removed, rules.captions)
            if rule.absorb_box:
                _absorb_box(i, rule, lines, removed, rules)
            if rule.absorb_after and (hit[1] is None or hit[1].end() == len(line)):  # "READ MORE:" alone
                _absorb_headlines_after(i, rule, lines, removed, rules)
            if rule.absorb_contents:
                _absorb_contents_after(i, rule, original, lines, removed)
            continue
        if previous_kept is not None and lines[previous_kept] == line and len(line.split()) <= 8:
            removed.append((i, Removal("repeated_line", line, "line repeats the line above it")))
            lines[i] = ""
            continue
        seen = kept_at.get(line)
        if seen is not None and kept_count - seen <= _REPEAT_WINDOW and line.count(" ") >= _REPEAT_MIN_WORDS - 1:
            removed.append((i, Removal("repeated_line", line, "line repeats one a few lines above it (a caption or promo shown again)")))
            lines[i] = ""
            continue
        if i in shortened:
            removed.append((i, Removal("repeated_line", line, "line repeats the start of a longer one nearby, cut short "
                                                                "(a collapsed caption or a teaser)")))
            lines[i] = ""
            continue
        kept_at[line] = kept_count
        kept_count += 1
        previous_kept = i
        prose_kept = prose_kept or prose_length(line) >= rules.main_content.prose_min_chars

    _drop_pull_quotes(lines, removed, verbatim)
    if select_main and ('":"' in text or '","' in text):  # JSON in the text: maybe a script's strings
        _drop_script_strings(original, lines, removed, rules, verbatim)
    if select_main:
        start, end = select_main_content(original, lines, ends_article, rules.main_content, ends_page)
    else:  # the source already marked the article: only a closing marker (comments, tags) cuts it
        start, end = 0, next((i for i, e in enumerate(ends_article) if e and any(lines[:i])), len(lines))
    for i, line in enumerate(lines):
        if line and not start <= i < end:
            removed.append((i, Removal("outside_main_content", line, "outside the article's main run of prose")))
            lines[i] = ""
    removed.sort(key=lambda item: item[0])
    return StepResult("\n".join(lines), tuple(r for _, r in removed), ())


_QUOTES = "\"“”‘’'«»„"
_PULL_QUOTE_WORDS = (6, 60)
_PULL_QUOTE_RULE_ID = "pull_quote"
_PULL_QUOTE_MAX_CHECKS = 50  # quotations looked up a document: each a scan of its text (a transcript quotes on every line)


def _drop_pull_quotes(lines: list[str], removed: list[tuple[int, Removal]], verbatim: frozenset[str] = frozenset()) -> None:
    """Cut, in place, a quotation on a line of its own that a longer line of the text holds word
    for word: a pull quote set beside the article, which a dump prints in its flow ('"A town
    without a cinema is a town that has stopped telling itself stories"' beside the paragraph that
    quotes it). The paragraph stays; a quotation no other line holds stays.

    >>> lines = ['She said: "A town without a cinema has stopped telling itself stories," last week.', '', '"A town without a cinema has stopped telling itself stories"']
    >>> removed = []; _drop_pull_quotes(lines, removed); lines[2], removed[0][1].rule
    ('', 'pull_quote')
    """
    text = None
    checks = 0
    for i, line in enumerate(lines):
        if line[:1] not in _QUOTES or line in verbatim or not _PULL_QUOTE_WORDS[0] <= line.count(" ") + 1 <= _PULL_QUOTE_WORDS[1]:
            continue
        checks += 1
        if checks > _PULL_QUOTE_MAX_CHECKS:
            return
        core = line.strip(_QUOTES + " .,;:!?…—–-")
        text = text if text is not None else "\n".join(lines)
        if text.count(core) < 2:
            continue
        if any(core in other and len(other) > len(line) for j, other in enumerate(lines) if j != i):
            removed.append((i, Removal(_PULL_QUOTE_RULE_ID, line, "a pull quote: a sentence of the article set again beside it")))
            lines[i] = ""
            text = None


_LINK_IN_SENTENCE_MAX_WORDS = 3  # a capitalised link's text a sentence goes on after ("Facebook", "Sky News")
_PREPOSITIONS_BEFORE_LINK = frozenset({"on", "via", "to", "at", "from", "with", "through", "told", "by"})
_LONE_CLOSERS = frozenset({")", ").", "),", ");", "):"})


def _opened_above(lines: list[str], i: int, reach: int = 3) -> bool:
    """Does one of the ``reach`` lines above line ``i`` open a parenthesis it leaves open ("(",
    "Apple ("), which the lone ")" of line ``i`` closes?

    >>> _opened_above(["Nikkei 225", "(", "N225", ")"], 3), _opened_above(["});", "x", ")"], 2)
    (True, False)
    """
    for line in lines[max(0, i - reach) : i][::-1]:
        if line.count("(") > line.count(")"):
            return True
    return False


def _drop_script_strings(original: list[str], lines: list[str], removed: list[tuple[int, Removal]], rules: Rules,
                         verbatim: frozenset[str] = frozenset()) -> None:
    """Cut the lines inside a script's strings (``script_string_lines``), in place, unless
    nothing that reads as prose would be left: a page that shows its article only through a
    script has it only there."""
    inside = script_string_lines(original, rules.code)
    if not inside:
        return
    rest = [line if i not in inside else "" for i, line in enumerate(lines)]
    if max(_line_scores(original, rest, rules.main_content), default=0) <= 0:
        return
    for i in sorted(inside):
        if lines[i] and lines[i] not in verbatim:
            removed.append((i, Removal(_SCRIPT_STRING_RULE.id, lines[i], _SCRIPT_STRING_RULE.reason)))
            lines[i] = ""


def _absorb_box(i: int, rule: LineRule, lines: list[str], removed: list[tuple[int, Removal]], rules: Rules) -> None:
    """Remove the lines after the heading on line ``i`` ("Key Points") up to the next line a rule
    removes, in place, when that comes within ``rule.absorb_box`` lines and is an image's credit
    (a rule that takes the caption above it): the box's items end where the lead image's caption
    begins. With no such line near, or other furniture first (a "Related:" link below the
    article's first paragraphs), where the box ends is not known and nothing goes."""
    items: list[int] = []
    for j in range(i + 1, len(lines)):
        if not lines[j]:
            continue
        if hit := line_verdict(lines[j], rules)[2]:
            if not hit[0].caption_above:
                return
            break
        items.append(j)
        if len(items) > rule.absorb_box:
            return
    else:
        return
    for j in items:
        removed.append((j, Removal(rule.id, lines[j], rule.reason)))
        lines[j] = ""


def _absorb_headlines_after(i: int, rule: LineRule, lines: list[str], removed: list[tuple[int, Removal]],
                            rules: Rules) -> None:
    """Remove up to ``rule.absorb_after`` headline lines after line ``i`` (the items under a
    "Related articles" heading), in place; the first line that reads as prose ends the list.
    Lines already removed and blank lines are passed over. A headline broken at its links
    ("Dangers of" / "Vaping" / ": Facts and Statistics on Health Risks of E-Cigarettes") is read
    as the one line it was: its lines go together, or the list ends there."""
    taken = 0
    j = i + 1
    while j < len(lines) and taken < rule.absorb_after:
        if not lines[j] or line_verdict(lines[j], rules)[2]:
            j += 1  # a line a rule removes itself ("(Image: GETTY)", "Leave a Reply") keeps its own rule
            continue
        if _continues(lines[j]):
            return  # the rest of a sentence
        item = [j]
        following = _next_line(lines, j)
        while following is not None and len(item) < _ITEM_MAX_LINES and \
                (_continues(lines[following]) or _ENDS_MID_PHRASE.search(lines[item[-1]])
                 or _link_text_inside_sentence(lines, item[-1], following)):
            item.append(following)
            following = _next_line(lines, following)
        joined = " ".join(lines[k] for k in item)
        after = lines[following] if following is not None else ""
        # A headline may ask or exclaim ('Video shows rescue of kidnapped girl: "We got her!"'),
        # or be cut short ("Plague of mosquitos to devastate Britain as Hurri..."): one of a list
        # when a plain headline follows it.
        headline = _is_headline(joined) or (_TEASER_END.search(joined) and _is_headline(after)
                                            and len(joined.split()) <= _HEADLINE_MAX_WORDS)
        if not headline or (after and _continues(after)):
            return  # prose, or a paragraph broken at its links ("HP, as Gizmodo very" / "recently")
        for k in item:
            removed.append((k, Removal(rule.id, lines[k], rule.reason)))
            lines[k] = ""
        # A kicker in capitals over its headline ("RANDY ANDY" / "Andrew parties in ...") is one
        # item with it.
        taken += not (joined.isupper() and len(joined.split()) <= _KICKER_MAX_WORDS)
        j = item[-1] + 1


# A table of contents' section numbers and show/hide toggle, lines of their own in a dump.
_SECTION_NUMBER = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?")
_CONTENTS_TOGGLE = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?|\[?(?:hide|show|toggle)\]?", re.I)
_CONTENTS_MAX_ENTRIES = 80


def _absorb_contents_after(i: int, rule: LineRule, original: list[str], lines: list[str],
                           removed: list[tuple[int, Removal]]) -> None:
    """Remove the entries of a table of contents under its heading at line ``i``, in place: the
    lines that the text repeats below as its section headings ("Why compost at home" ... "Why
    compost at home" over its section), with their numbers ("1.2 History") and the box's
    "[hide]" toggle. The first line the text does not repeat ends the table: it is the article's."""
    below = Counter(_SECTION_NUMBER.sub("", line, count=1) for line in original[i + 1 :] if line)
    j, taken = i + 1, 0
    while j < len(lines) and taken < _CONTENTS_MAX_ENTRIES:
        line = lines[j]
        key = _SECTION_NUMBER.sub("", original[j], count=1)
        below[key] -= 1  # what is left below this line
        if line and (_CONTENTS_TOGGLE.fullmatch(line) or below[key] > 0):
            removed.append((j, Removal(rule.id, line, rule.reason)))
            lines[j] = ""
            taken += 1
        elif line or original[j]:
            return
        j += 1


_ITEM_MAX_LINES = 6
# A line broken off at a link inside a phrase ends on a word that cannot end one: "Dangers of".
_ENDS_MID_PHRASE = re.compile(r"\b(?:of|in|on|at|to|for|by|with|from|and|or|the|a|an|vs)$")


_KICKER_MAX_WORDS = 5
_ENDS_IN_LOWER_CASE = re.compile(r"(?<![^\W\d_])[a-z][^\W\d_]*$")


def _link_text_inside_sentence(lines: list[str], last: int, j: int) -> bool:
    """Does a sentence run on from line ``last`` through line ``j``, a link's text of three
    words at most, into the line after it ("Authorities in western" / "Mongolia" / ", which is
    close to the Russian frontier, ...")? Only a line ending on a word in lower case runs on
    so: a headline in title case ends on a capital."""
    after = _next_line(lines, j)
    return bool(_ENDS_IN_LOWER_CASE.search(lines[last])) and len(lines[j].split()) <= 3 \
        and after is not None and _continues(lines[after])


def _next_line(lines: list[str], j: int) -> int | None:
    """The index of the next non-empty line after ``j``, if any."""
    return next((k for k in range(j + 1, len(lines)) if lines[k]), None)


_PROSE_END = re.compile(r"[.!?。！？…\"”»’)\]:;]$")
# Words a headline in title case leaves in lower case.
_TITLE_SMALL_WORDS = frozenset("a an the and or but nor of in on at to for by with from as vs via per".split())
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _is_title_case(line: str) -> bool:
    """Is every word but the small ones capitalised, as headlines are ("Fact Check: Is An 'Oxygen
    Bar' In Delhi Offering Fresh Air For Rs 300?"), in four words or more? A sentence of prose
    seldom is, whatever its end.

    >>> _is_title_case("Is An 'Oxygen Bar' In Delhi Offering Fresh Air For Rs 300?")
    True
    >>> _is_title_case("Is an oxygen bar in Delhi offering fresh air?")
    False
    """
    words = _TITLE_WORD.findall(line)
    return len(words) >= 4 and all(w[0].isupper() for w in words if w not in _TITLE_SMALL_WORDS)


def _line_scores(original: list[str], kept: list[str], settings: MainContentSettings) -> list[int]:
    """Per line: its length when it reads as prose, a penalty when it is short or was removed,
    0 for blank lines. A line in a block (lines between blank lines) that reads as prose counts
    as prose: scrapers break paragraphs at links and hard-wrap them."""
    scores = [0] * len(original)
    block: list[int] = []
    for i in range(len(original) + 1):
        if i < len(original) and original[i]:
            block.append(i)
            continue
        if block:
            texts = [kept[j] for j in block if kept[j]]
            joined = " ".join(texts)
            # Wrapped or link-broken paragraphs have continuation lines (starting in lower case or
            # with punctuation); a list of headlines has none.
            continued = sum(1 for t in texts[1:] if t[0].islower() or not t[0].isalnum())
            joined_length = prose_length(joined)
            block_prose = (
                joined_length >= settings.prose_min_chars
                and (_PROSE_END.search(joined) or joined_length >= 2 * settings.prose_min_chars)
                and joined_length / max(len(texts), 1) >= settings.block_min_avg_chars
                and (len(texts) == 1 or continued >= settings.block_min_continued * (len(texts) - 1))
            )
            # A speaker's label on its own line above what they said ("Prof. Carlos:" / "Estou aqui
            # ao lado do Eugênio Tadeu, que já é de casa."): the pair is prose when the one line it
            # stands for would be.
            labelled = len(texts) == 2 and texts[0].endswith(":") and len(texts[0].split()) <= 4 \
                and joined_length >= settings.prose_min_chars / 2 and _PROSE_END.search(joined)
            for j in block:
                line = kept[j]
                if labelled and line:
                    scores[j] = 0 if line == texts[0] else joined_length
                    continue
                length = prose_length(line)
                prose = bool(line) and (
                    block_prose
                    or length >= settings.prose_min_chars
                    or (length >= settings.prose_min_chars / 2 and _PROSE_END.search(line)
                        and not (line[-1] in "?!" and _is_title_case(line)))  # a headline asking or exclaiming
                )
                # A line a rule removed is known furniture (a gallery's counters, a share bar):
                # it says less against the article going on than a short line nobody knows.
                scores[j] = length if prose else -settings.short_line_penalty if line else -settings.removed_line_penalty
            block = []
    # ... and when a blank line sets the label apart (a regex dump: "Prof. Carlos:" / "" / "Estou ...").
    for i in range(len(kept) - 2):
        label, said = kept[i], kept[i + 2]
        if label.endswith(":") and len(label.split()) <= 4 and said and not original[i + 1] \
                and (i == 0 or not original[i - 1]):
            joined = f"{label} {said}"
            if prose_length(joined) >= settings.prose_min_chars / 2 and _PROSE_END.search(joined):
                scores[i] = 0
                scores[i + 2] = max(scores[i + 2], prose_length(joined))
    return scores


def _score_sentence_chains(kept: list[str], scores: list[int], settings: MainContentSettings) -> None:
    """Score the lines of a paragraph broken at its links into short lines as prose, in place:
    a chain of lines that read as one sentence (``_sentence_chains``) of prose length with a
    sentence's end, where a block mixes it with a list of headlines ("Japan's" / "Nikkei 225" /
    "(" / "N225" / ")" / "declined 0.3%, ...")."""
    for chain in _sentence_chains(kept, scores):
        joined = " ".join(kept[j] for j in chain)
        if prose_length(joined) >= settings.prose_min_chars and _PROSE_END.search(joined):
            for j in chain:
                scores[j] = max(scores[j], prose_length(kept[j]))


# A line that goes on with the sentence of the line before: it starts in lower case or with
# punctuation, or the line before stops mid-phrase ("Japan's" / "Nikkei 225", "(" / "N225",
# "... trading Tuesday after" / "CNBC reported"). Plain string tests: this looks at every line.
_CONTINUATION_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz,.;:()]%’'”")
_OPEN_END_CHARS = frozenset("([,“‘")  # an opening quotation mark: "eliminated from “" / "Dancing with the Stars"
_OPEN_END_WORDS = frozenset(("the", "a", "an", "of", "to", "for", "with", "by", "from", "and", "or", "after", "that"))


def _sentence_chains(kept: list[str], scores: list[int]) -> list[list[int]]:
    """Runs of kept lines that read as one sentence broken at its links (a text dump puts each
    link on a line of its own): each starts in lower case or with punctuation, or follows a line
    that stops mid-phrase; one empty line may stand inside ("Nikkei 225", "", "("). Only runs
    with a line scored short are returned: only their scores can change."""
    chains: list[list[int]] = []
    chain: list[int] = []
    short = False  # whether the chain holds a line scored short
    open_end = False  # whether the chain's last line stops mid-phrase
    gap = 0
    for i, line in enumerate(kept):
        if not line:
            gap += 1
            continue
        if gap <= 1 and chain and (open_end or line[0] in _CONTINUATION_CHARS or (
                # A link's short text between a line that stops without punctuation and one that
                # goes on in lower case: "... a tight race against singer" / "Ally Brooke" / "after ..."
                gap == 0 and i + 1 < len(kept) and kept[i + 1][:1] in _CONTINUATION_CHARS
                and kept[i - 1][-1].isalpha() and line.count(" ") < 4)):
            chain.append(i)
        else:
            if short and len(chain) > 1:
                chains.append(chain)
            chain, short = [i], False
        short = short or scores[i] < 0
        # Inlined (this looks at every line): ends with "(", "[", ",", "“", "'s" or a listed word.
        last = line[-1]
        open_end = last in _OPEN_END_CHARS or last.isalpha() and (
            line.endswith(("'s", "’s")) or line[line.rfind(" ") + 1 :] in _OPEN_END_WORDS)
        gap = 0
    if short and len(chain) > 1:
        chains.append(chain)
    return chains


# A short sentence: three words or more, a capital or a digit first, a full stop, question or
# exclamation mark last ("Allow a full day.").
_SHORT_SENTENCE = re.compile(r"^[\"“‘'(]?[A-Z0-9À-Þ]\S*(?:\s+\S+){2,}[.!?][\"”’')]?$")


# ... or a recipe's ingredient, its quantity and unit first ("2 cups flour", "½ tsp salt", "1 egg")
_INGREDIENT = re.compile(r"^(?:\d+(?:[./]\d+)?|[½¼¾⅓⅔⅛])\s*(?:[-–]\s*\d+\s*)?(?:cups?|tbsps?|tsps?|tablespoons?|teaspoons?|"
                         r"k?g|mg|m?l|dl|cl|oz|ounces?|lbs?|pounds?|grams?|kilograms?|lit(?:re|er)s?|pinch(?:es)?|cloves?|"
                         r"slices?|cans?|sticks?|large|medium|small|ripe|whole|eggs?)\b", re.I)


def _article_shaped(line: str) -> bool:
    """Does a short line read as the article's rather than the page's: a sentence, a numbered or
    bulleted item, a recipe's ingredient, a lead-in ending in a colon?

    >>> _article_shaped("Allow a full day."), _article_shaped("2. Cascais"), _article_shaped("½ tsp salt")
    (True, True, True)
    >>> _article_shaped("Most Popular"), _article_shaped("5 ways to save money")
    (False, False)
    """
    return bool(_SHORT_SENTENCE.match(line) or _NUMBERED_ITEM.match(line) or is_list_item(line)
                or _INGREDIENT.match(line) or _is_lead_in(line))


def _is_lead_in(line: str) -> bool:
    """A label or lead-in of a few words ending in a colon ("What to pack:", "1978:"); not a
    page's label of its metadata ("PUBLISHED:", "| UPDATED:", "By:"), whose value is no article's.

    >>> _is_lead_in("What to pack:"), _is_lead_in("| UPDATED:")
    (True, False)
    """
    return line.endswith(":") and len(line.split()) <= 8 and not _METADATA_LABEL.match(line)


_METADATA_LABEL = re.compile(r"[|•·\s]*(?:(?:first |last )?(?:published|updated|posted|modified)(?: on| at)?|by|date|time|"
                             r"source|photo|image|credit|author)s?\s*:$", re.I)


# A table's cell that is a figure: "4.1%", "-0.3", "$1,200", "1.5m", "12:30", "2-1".
_FIGURE_CELL = re.compile(r"[-+−–]?[$€£¥]?\d[\d.,:/–-]*\s?(?:%|[^\W\d_]{1,3}\.?)?")
_TABLE_MIN_CELLS = 6
_TABLE_CELL_MAX_WORDS = 6


def _table_cells(lines: list[str]) -> bool:
    """Do these lines read as a data table's cells, one a line (as a dump prints a <table>):
    six or more, each a few words and no sentence, a quarter or more of them figures?

    >>> _table_cells(["Region", "Rate", "North", "4.1%", "South", "3.8%", "East", "5.2%"])
    True
    >>> _table_cells(["World", "Business", "Tech", "Culture", "Sports", "Opinion"])
    False
    """
    if len(lines) < _TABLE_MIN_CELLS or any(len(line.split()) > _TABLE_CELL_MAX_WORDS or _SHORT_SENTENCE.match(line) for line in lines):
        return False
    return 4 * sum(1 for line in lines if _FIGURE_CELL.fullmatch(line)) >= len(lines)


def _under_list_heading(lines: list[str], headings: frozenset[str]) -> list[bool]:
    """Per line: is it one of ``headings`` (a review's "Pros", "Cons", "Verdict"; a recipe's
    "Ingredients"), or under one? Such a heading introduces the article's own list, whose items
    a dump prints without their bullets ("Two-day battery", "No charger in the box").

    >>> _under_list_heading(["Pros", "Two-day battery", "Cons", "No charger"], frozenset({"pros", "cons"}))
    [True, True, True, True]
    >>> _under_list_heading(["Most popular", "Storm hits coast"], frozenset({"pros", "cons"}))
    [False, False]
    """
    out, under = [], False
    for line in lines:
        under = under or line.rstrip(" :").lower() in headings
        out.append(under)
    return out


def _join_across_items(original: list[str], kept: list[str], scores: list[int], ends_article: list[bool],
                       start: int, end: int, settings: MainContentSettings = MainContentSettings()) -> tuple[int, int]:
    """The run joined with the run of prose before or after it when only the article's own short
    lines stand between them: a listicle's numbered items, a recipe's steps, short sentences
    under subheadings (each short line scored against the run left only the last paragraph of
    a list article). The lines between must all be kept (none a rule removed, none closing the
    article) and two thirds of them ``_article_shaped`` or under one of ``settings.list_headings``
    (half, in a numbered or bulleted list), or all of them what the sentence before them
    introduces (it ends in a colon), or
    all of them a data table's cells (``_table_cells``): a list of other stories' headlines and
    deks between the article and more prose is not."""
    def gap_joins(gap: list[int]) -> bool:
        gap = sorted(gap)  # gathered upwards when the run joins the one before it
        lines = [kept[j] for j in gap]
        if not gap or not all(lines) or any(ends_article[j] for j in gap):
            return False
        if next((kept[j] for j in range(gap[0] - 1, -1, -1) if kept[j]), "").endswith(":"):
            return True  # what the run's last sentence introduces ("... makes the following changes:")
        # (a line after a lead-in that ends in a colon is what it introduces: "1978:" / "Two
        # brothers start repairing radios", a timeline's item a dump split at its bold label)
        shaped = sum(1 for k, (line, listed_under) in enumerate(zip(lines, _under_list_heading(lines, settings.list_headings)))
                     if listed_under or _article_shaped(line) or k and _is_lead_in(lines[k - 1]))
        listed = any(_NUMBERED_ITEM.match(line) or is_list_item(line) for line in lines)
        # headlines and their one-sentence deks alternate in a list of other stories: half
        return 3 * shaped >= 2 * len(lines) or listed and 2 * shaped >= len(lines) or _table_cells(lines)

    while True:  # backwards: a run of prose ending right before the gap
        j, gap = start - 1, []
        while j >= 0 and scores[j] <= 0:
            if original[j]:
                gap.append(j)
            j -= 1
        if j < 0 or not gap_joins(gap):
            break
        before_start, before_end = _best_run(scores, 0, j + 1)
        if before_end != j + 1:
            break
        start = before_start
    while True:  # forwards: a run of prose starting right after the gap
        j, gap = end, []
        while j < len(scores) and scores[j] <= 0:
            if original[j]:
                gap.append(j)
            j += 1
        if j >= len(scores) or not gap_joins(gap):
            break
        after_start, after_end = _best_run(scores, j, len(scores))
        if after_start != j:
            break
        end = after_end
    return start, end


def _best_run(scores: list[int], start: int, end: int) -> tuple[int, int]:
    """The [start, end) range within ``scores[start:end]`` with the highest total (maximum
    subarray, one pass); an empty range at ``start`` when no score is positive."""
    best, best_start, best_end = 0, start, start
    running, run_start = 0, start
    for i in range(start, end):
        score = scores[i]
        if running <= 0 and score > 0:
            running, run_start = 0, i
        running += score
        if running > best:
            best, best_start, best_end = running, run_start, i + 1
    return best_start, best_end


_NUMBERED_ITEM = re.compile(r"(\d{1,3})[.)]\s+\S")
_ITEM_GAP = 3  # kept lines (a link, a caption) that may stand between two items of one list


def _continue_numbered_list(kept: list[str], start: int, end: int, ends_article: list[bool]) -> int:
    """The run's end moved past the rest of a numbered list the run has begun: a run that holds
    "5) ..." goes on through "6) ...", "7) ..." (short lines, each scored against the run, cut
    the second half of a top-ten list). A list that starts again at 1 is another list."""
    last = next((m for line in reversed(kept[start:end]) if (m := _NUMBERED_ITEM.match(line))), None)
    if last is None:
        return end
    number = int(last[1])
    i, gap = end, 0
    while i < len(kept) and gap <= _ITEM_GAP and not ends_article[i]:
        if kept[i]:
            m = _NUMBERED_ITEM.match(kept[i])
            if m and int(m[1]) == number + 1:
                number, end, gap = number + 1, i + 1, 0
            else:
                gap += 1
        i += 1
    return end


_CLOSING_SENTENCES = 2  # at most this many short sentences after the run are the article's last words
_CLOSING_MIN_WORDS = 5
_CLOSING_END = re.compile(r"\.[\"”’')]*$")


def _is_closing_sentence(line: str) -> bool:
    """A short line that reads as a statement of prose: a capital first, a full stop last,
    five words or more, most of them in lower case ("Authorities say that the cases appear to be
    unrelated."). A teaser cut short ("Best gifts for co-workers under $50 on A...") is none, and
    neither is a question or an exclamation ("Got a tip for us?", a teaser's headline)."""
    words = line.split()
    return len(words) >= _CLOSING_MIN_WORDS and line[:1].isupper() and bool(_CLOSING_END.search(line)) \
        and not line.endswith(("...", "…")) \
        and sum(w[:1].islower() for w in words) * 2 >= len(words)


def _closing_sentences(original: list[str], kept: list[str], end: int, ends_article: list[bool]) -> int:
    """The run's end moved past a short last paragraph or two that read as sentences (too short
    to count as prose on their own), up to the first blank-separated line that does not, or that
    a rule removed: the page's furniture begins there."""
    taken = 0
    i = end
    while i < len(kept) and taken < _CLOSING_SENTENCES:
        if not original[i]:
            i += 1
            continue
        if not kept[i] or ends_article[i] or not _is_closing_sentence(kept[i]):
            break
        taken += 1
        i += 1
        end = i
    return end


def _speaker_label_alone(line: str) -> bool:
    """A transcript's speaker label on a line of its own: a name of two to four words in
    capitals, or one with the speaker's role after a comma ("STEVE INSKEEP, HOST:", "SARAH
    CHEN:"; not "TRANSCRIPT:")."""
    label = SPEAKER_LABEL.fullmatch(line)
    return label is not None and (" " in label["name"] or label["role"] is not None)


def _opening_sentence(original: list[str], kept: list[str], start: int) -> int:
    """The run's start moved back over a short first line that reads as a sentence (too short to
    count as prose: "Good morning. Here is what you need to know today.") when furniture a rule
    removed, or the text's start, lies right above it: the article's own opening words; and over
    a transcript's speaker label right above it ("STEVE INSKEEP, HOST:"), whose turn it opens."""
    above = next((i for i in range(start - 1, -1, -1) if original[i]), None)
    if above is not None and kept[above] and _speaker_label_alone(kept[above]):
        return above
    if above is None or not kept[above] or not _is_closing_sentence(kept[above]):
        return start
    before = next((i for i in range(above - 1, -1, -1) if original[i]), None)
    return above if before is None or not kept[before] else start


def select_main_content(original: list[str], kept: list[str], ends_article: list[bool],
                        settings: MainContentSettings, ends_page: list[bool] | None = None) -> tuple[int, int]:
    """The [start, end) line range of the article: the run of lines with the most prose.

    The run with the highest total score (``_line_scores``, ``_score_sentence_chains``) is
    found in one pass (maximum subarray). It stops early at a line that ends articles (a
    comment section, a related list) once ``end_marker_min_share`` of its prose lies behind it,
    unless the line ends a page (``ends_page``) and ``end_marker_max_ratio`` times that prose
    follows: then it restarts after it. It goes on through the rest of a numbered list it has
    begun and over a short last paragraph or two that read as sentences, and it keeps up to
    ``keep_edge_lines`` short lines at either end of the text rather than cutting them (at the
    end, counting the lines rules removed there: a sign-off is kept, the tail of a sidebar whose
    headlines went with their heading is not).
    Text with no prose at all is kept whole.

    >>> lines = ["Home", "News", "A" * 200 + ".", "Contact"]
    >>> select_main_content(lines, lines, [False] * 4, MainContentSettings(keep_edge_lines=0))
    (2, 3)
    """
    scores = _line_scores(original, kept, settings)
    _score_sentence_chains(kept, scores, settings)
    best_start, best_end = _best_run(scores, 0, len(scores))
    best = sum(scores[best_start:best_end])
    if best <= 0:
        return 0, len(original)
    joined = _join_across_items(original, kept, scores, ends_article, best_start, best_end, settings)
    if joined != (best_start, best_end):
        # the short lines between count against no share of the prose: its total is the prose
        best_start, best_end = joined
        best = sum(max(score, 0) for score in scores[best_start:best_end])
    behind = 0
    for i in range(best_start, best_end):
        if ends_article[i] and behind >= settings.end_marker_min_share * best:
            ahead = sum(max(score, 0) for score in scores[i + 1 : best_end])
            if ends_page and ends_page[i] and ahead > settings.end_marker_max_ratio * behind:
                # Far more prose after a page's footer than before it: what came before was
                # furniture the run carried along (a footer's disclaimer above the article in a
                # dump of the markup out of order), not the article. The run restarts after it.
                # (After a comment prompt, more prose is just a long discussion.)
                best_start, best_end = _best_run(scores, i + 1, best_end)
                break
            best_end = i
            break
        behind += max(scores[i], 0)
    best_end = _continue_numbered_list(kept, best_start, best_end, ends_article)
    best_end = _closing_sentences(original, kept, best_end, ends_article)
    best_start = _opening_sentence(original, kept, best_start)
    if sum(1 for line in kept[:best_start] if line) <= settings.keep_edge_lines:
        best_start = 0
    if best_end == max((i + 1 for i, e in enumerate(ends_article) if e), default=0) or \
            sum(1 for line in original[best_end:] if line) <= settings.keep_edge_lines:
        best_end = len(original) if not any(ends_article[best_end:]) else best_end
    return best_start, best_end
