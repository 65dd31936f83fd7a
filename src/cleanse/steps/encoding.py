"""Encoding repair: mojibake, HTML entities, invisible and control characters.

Each fix is a small pure ``str -> str`` function; ``repair_encoding`` runs them in order and
returns a ``StepResult`` naming what it applied and what it dropped.
"""

from __future__ import annotations

import re

import ftfy
from ftfy import TextFixerConfig

from cleanse.document import Removal, StepResult
from cleanse.steps.line_cache import line_cache

# ftfy's defaults, except: curly quotes are the author's and stay; NFC, not NFKC, so
# ligatures and compatibility characters other than the ones ftfy fixes are left alone.
_FTFY = TextFixerConfig(uncurl_quotes=False, unescape_html=True, normalization="NFC", explain=True)
_FTFY_NO_UNESCAPE = TextFixerConfig(uncurl_quotes=False, unescape_html=False, normalization="NFC", explain=True)

_SPACES = re.compile("[\u00a0\u2007\u202f]")
_ZERO_WIDTH = re.compile("[\u200b\u2060\ufeff\u00ad]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Any of the three above: one scan, which usually finds none.
_ANY_SMALL_FIX = re.compile(f"[{_SPACES.pattern[1:-1]}{_ZERO_WIDTH.pattern[1:-1]}{_CONTROL.pattern[1:-1]}]")
# What ftfy (as configured above) can change: a line of printable ASCII without "&", curly
# quotes, dashes, ellipses and non-breaking spaces is left as it is. Those typographic
# characters stand for no lead byte of UTF-8 in any encoding ftfy decodes from, nor for a
# continuation byte after one (Mac Roman's "‘’“”–—" are lead bytes whose continuations are
# letters and signs outside this set), and compose with nothing under NFC; checked on 300,000
# random strings of this alphabet. (The NBSP is made a space after ftfy, on every line.)
_NEEDS_FTFY = re.compile(r"[^\x09\x0a\x20-\x7e‘’“”–—…\xa0]|&")
# ftfy's line breaks but U+0085: in mojibake that is the "…" of Windows-1252, which ftfy decodes
# on its line; a lone one ftfy turns into a line break there.
_LINE_BREAKS = re.compile("\r\n?|[\u2028\u2029]")


def fix_mojibake(text: str, unescape_html: bool = True) -> tuple[str, list[str]]:
    """Repair mojibake, entities, line breaks and control characters with ftfy, line by line.

    Changes: "donâ€™t" -> "don’t", "&amp;" -> "&" (when ``unescape_html``), "\\r\\n" -> "\\n",
    C0/C1 control characters dropped, Unicode NFC. Leaves alone: curly quotes; lines of
    printable ASCII without "&", with at most curly quotes, dashes, ellipses and NBSPs (kept as they
    are, without calling ftfy: nothing there can change).
    Each line is judged on its own, as ``ftfy.fix_text`` does: one line's mojibake is not
    blamed on, or hidden by, the rest of the page.

    >>> fix_mojibake("donâ€™t &amp; stop")
    ('don’t & stop', ['ftfy.unescape_html', 'ftfy.sloppy-windows-1252', 'ftfy.utf-8'])
    """
    if not _NEEDS_FTFY.search(text):
        return text, []
    lines, steps = [], []
    # Line breaks first: the text is then cut at "\n" alone.
    broken = _LINE_BREAKS.sub("\n", text)
    if broken != text:
        text = broken
        steps.append("encoding.line_breaks")
    for line in text.split("\n"):
        if not _NEEDS_FTFY.search(line):
            lines.append(line)  # most lines: no call, no cache lookup
            continue
        fixed, line_steps = fix_line(line, unescape_html)
        lines.append(fixed)
        steps.extend(step for step in line_steps if step not in steps)
    return "\n".join(lines), steps


@line_cache
def fix_line(line: str, unescape_html: bool) -> tuple[str, tuple[str, ...]]:
    """One line through ftfy: the fixed line and the names of the fixes applied.

    >>> fix_line("cafÃ©", True)
    ('café', ('ftfy.latin-1', 'ftfy.utf-8'))
    """
    if not _NEEDS_FTFY.search(line):
        return line, ()
    fixed, steps = ftfy.fix_and_explain(line, config=_FTFY if unescape_html else _FTFY_NO_UNESCAPE)
    return fixed, tuple(f"ftfy.{name}" for _, name in (steps or []))


def replace_nonbreaking_spaces(text: str) -> str:
    """NBSP, figure space and narrow NBSP become a plain space.

    >>> replace_nonbreaking_spaces("10\\u00a0km")
    '10 km'
    """
    return _SPACES.sub(" ", text)


def remove_zero_width(text: str) -> str:
    """Drop zero-width space, word joiner, stray BOMs and soft hyphens.

    Leaves zero-width joiner and non-joiner alone: they shape emoji and Persian or Indic text.

    >>> remove_zero_width("Ope\\u200bnAI")
    'OpenAI'
    """
    return _ZERO_WIDTH.sub("", text)


def remove_control_characters(text: str) -> str:
    """Drop C0 and C1 control characters that ftfy left (it keeps a lone C1 it cannot decode).

    Leaves tab, line feed and carriage return alone (whitespace handles them).

    >>> remove_control_characters("a\x8db\x07c")
    'abc'
    """
    return _CONTROL.sub("", text)


def repair_encoding(text: str, unescape_html: bool = True) -> StepResult:
    """Run the encoding fixes; report each applied fix and the invisible characters dropped.

    ftfy sees the text as it came: C1 controls, non-breaking spaces and soft hyphens are often
    bytes of the mojibake it repairs ("Justinâ\x9d¤" is "Justin❤", "GÃ\xa0idhlig" is
    "Gàidhlig"). The spaces, zero-width and control characters it leaves are fixed after it; if
    that changed anything, ftfy looks again (it reads a lone "Â€" differently after a space than
    after a non-breaking space), so that cleaning clean text changes nothing.

    >>> repair_encoding("caf\\u00c3\\u00a9\\u00a0au\\u200b lait").text
    'café au lait'
    """
    applied: list[str] = []
    removed: list[Removal] = []

    def small_fixes(value: str) -> str:
        if not _ANY_SMALL_FIX.search(value):
            return value
        for rule, pattern, fix, reason in (
            ("encoding.zero_width", _ZERO_WIDTH, remove_zero_width, "invisible zero-width characters"),
            ("encoding.control", _CONTROL, remove_control_characters, "control characters"),
        ):
            found = "".join(pattern.findall(value))
            if found:
                value = fix(value)
                if rule not in applied:
                    applied.append(rule)
                removed.append(Removal(rule, found, reason))
        if _SPACES.search(value):
            value = replace_nonbreaking_spaces(value)
            if "encoding.nbsp" not in applied:
                applied.append("encoding.nbsp")
        return value

    for _ in range(3):
        text, steps = fix_mojibake(text, unescape_html)
        applied += [step for step in steps if step not in applied]
        fixed = small_fixes(text)
        if fixed == text:
            break
        text, unescape_html = fixed, False  # entities were decoded once; "&amp;lt;" stays "&lt;"
    return StepResult(text, tuple(removed), tuple(applied))
