"""Boilerplate removal: cut page furniture line by line, by rules from a TOML file.

The rules (``rules/boilerplate.toml``) name what a reader recognises as boilerplate on any
site: share buttons, comment prompts, promos, follow calls, image credits, author boxes,
syndication notes, cookie and navigation lines, and markup residue. Every cut line is
reported as a ``Removal`` with the rule's id and reason.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from cleanse.document import Removal, StepResult

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

    def matches(self, line: str) -> re.Match[str] | None:
        if self.max_words is not None and len(line.split()) > self.max_words:
            return None
        for pattern in self.patterns:
            found = pattern.search(line)
            if found:
                return found
        return None


@dataclass(frozen=True)
class Rules:
    """The loaded rule set: line rules in file order plus the markup-residue settings."""

    line_rules: tuple[LineRule, ...]
    residue_token: re.Pattern[str]
    residue_min_tokens: int
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
    )


def load_rules(extra: Path | None = None) -> Rules:
    """The packaged rules, extended (or overridden by id) by a user's TOML file."""
    packaged = resources.files("cleanse.rules").joinpath("boilerplate.toml").read_text("utf-8")
    data = tomllib.loads(packaged)
    sources = ["cleanse/rules/boilerplate.toml"]
    rules: dict[str, dict] = {r["id"]: r for r in data.get("rule", [])}
    residue = dict(data.get("residue", {}))
    if extra is not None:
        user = tomllib.loads(Path(extra).read_text("utf-8"))
        for raw in user.get("rule", []):
            rules[raw["id"]] = raw
        residue.update(user.get("residue", {}))
        sources.append(str(extra))
    return Rules(
        line_rules=tuple(_compile_rule(r) for r in rules.values()),
        residue_token=re.compile(residue["token"]),
        residue_min_tokens=int(residue.get("min_tokens", 3)),
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


def classify_line(line: str, rules: Rules) -> tuple[LineRule, re.Match[str]] | None:
    """The first rule that removes ``line``, with its match, or None if the line is kept.

    >>> classify_line("Share your love", load_rules())[0].id
    'share'
    """
    for rule in rules.line_rules:
        found = rule.matches(line)
        if found:
            return rule, found
    return None


def _is_short_label(line: str) -> bool:
    return 0 < len(line.split()) <= 4 and not _SENTENCE_END.search(line)


def remove_boilerplate(text: str, rules: Rules) -> StepResult:
    """Remove boilerplate lines (and leading markup residue) from tidy, line-broken text.

    A removed line leaves an empty line, so the paragraphs around it stay apart. Lines that
    repeat the line just above them (an author's name printed twice in a box) are removed too.

    >>> remove_boilerplate("Real news.\\n\\nShare your love\\nLeave a Reply", load_rules()).text
    'Real news.\\n\\n\\n'
    """
    original = text.split("\n")
    lines = list(original)
    removed: list[tuple[int, Removal]] = []
    previous_kept: int | None = None
    for i, line in enumerate(lines):
        if not line:
            continue
        residue, rest = strip_markup_residue(line, rules)
        if residue:
            removed.append((i, Removal("markup_residue", residue, "CSS class or attribute residue from stripped markup")))
            lines[i] = line = rest
            if not rest:
                continue
        hit = classify_line(line, rules)
        if hit:
            rule, _ = hit
            removed.append((i, Removal(rule.id, line, rule.reason)))
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
            continue
        if previous_kept is not None and lines[previous_kept] == line and len(line.split()) <= 8:
            removed.append((i, Removal("repeated_line", line, "line repeats the line above it")))
            lines[i] = ""
            continue
        previous_kept = i
    removed.sort(key=lambda item: item[0])
    return StepResult("\n".join(lines), tuple(r for _, r in removed), ())
