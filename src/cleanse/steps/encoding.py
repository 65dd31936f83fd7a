"""Encoding repair: mojibake, HTML entities, invisible and control characters.

Each fix is a small pure ``str -> str`` function; ``repair_line`` runs them in order on a line,
and ``repair_encoding`` on every line of a text, returning a ``StepResult`` naming what it
applied and what it dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

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
# What any fix here can change: the same without NBSPs, which become spaces.
_NEEDS_WORK = re.compile(r"[^\x09\x0a\x20-\x7e‘’“”–—…]|&")
# ftfy's line breaks but U+0085: in mojibake that is the "…" of Windows-1252, which ftfy decodes
# on its line; a lone one ftfy turns into a line break there.
_LINE_BREAKS = re.compile("\r\n?|[\u2028\u2029]")


def fix_mojibake(line: str, unescape_html: bool = True) -> tuple[str, tuple[str, ...]]:
    """One line through ftfy: mojibake, entities (when ``unescape_html``), C1 controls it can
    decode, Unicode NFC; the fixed line and the names of the fixes applied.

    Leaves alone: curly quotes; lines of printable ASCII without "&", with at most curly quotes,
    dashes, ellipses and NBSPs (returned as they are, without calling ftfy: nothing there can
    change). A line is judged on its own, as ``ftfy.fix_text`` does: one line's mojibake is not
    blamed on, or hidden by, the rest of the page.

    >>> fix_mojibake("donâ€™t &amp; stop")
    ('don’t & stop', ('ftfy.unescape_html', 'ftfy.sloppy-windows-1252', 'ftfy.utf-8'))
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


class LineRepair(NamedTuple):
    text: str
    applied: tuple[str, ...]  # rule ids and ftfy fix names, in order
    zero_width: str  # the zero-width characters dropped
    controls: str  # the control characters dropped


@line_cache
def repair_line(line: str, unescape_html: bool, mojibake: bool = True) -> LineRepair:
    """One line's encoding repair: ftfy first, on the line as it came (an NBSP, a soft hyphen
    or a C1 control is often a byte of the mojibake: "GÃ\\xa0idhlig" is "Gàidhlig"), then the
    zero-width, control and non-breaking space fixes; if those changed a line ftfy can change,
    ftfy looks again (it reads "Â€" differently after a space than after an NBSP), so that
    repairing a repaired line changes nothing. With ``mojibake=False`` only the small fixes run.

    >>> repair_line("caf\\u00c3\\u00a9\\u00a0au\\u200b lait", True)
    LineRepair(text='café au lait', applied=('ftfy.decode_inconsistent_utf8', 'encoding.zero_width', 'encoding.nbsp'), zero_width='\\u200b', controls='')
    """
    applied: list[str] = []
    zero_width = controls = ""
    for look in range(3):
        if mojibake:
            line, steps = fix_mojibake(line, unescape_html and look == 0)  # entities are decoded once
            applied += [step for step in steps if step not in applied]
        if not _ANY_SMALL_FIX.search(line):
            break
        for rule, pattern, fix in (("encoding.zero_width", _ZERO_WIDTH, remove_zero_width),
                                   ("encoding.control", _CONTROL, remove_control_characters),
                                   ("encoding.nbsp", _SPACES, replace_nonbreaking_spaces)):
            found = "".join(pattern.findall(line))
            if found:
                line = fix(line)
                applied += [rule] if rule not in applied else []
                if rule == "encoding.zero_width":
                    zero_width += found
                elif rule == "encoding.control":
                    controls += found
        if not mojibake:
            break
    return LineRepair(line, tuple(applied), zero_width, controls)


def repair_encoding(text: str, unescape_html: bool = True, skip_ftfy: Callable[[str], bool] | None = None) -> StepResult:
    """Repair a text line by line (``repair_line``); report each applied fix and the invisible
    characters dropped. Line breaks ("\\r\\n", "\\r", U+2028, U+2029) become "\\n" first.
    Lines ``skip_ftfy`` names get only the zero-width, control and NBSP fixes (the pipeline names
    the long script and style lines the boilerplate step removes whole: ftfy is their cost).

    >>> repair_encoding("caf\\u00c3\\u00a9\\r\\nau\\u200b lait").text
    'café\\nau lait'
    """
    if not _NEEDS_WORK.search(text):
        return StepResult(text)
    applied: list[str] = []
    broken = _LINE_BREAKS.sub("\n", text)
    if broken != text:
        text = broken
        applied.append("encoding.line_breaks")
    lines = text.split("\n")
    zero_width, controls = [], []
    for number, line in enumerate(lines):
        if not _NEEDS_WORK.search(line):
            continue  # most lines: no call, no cache lookup
        repair = repair_line(line, unescape_html, skip_ftfy is None or not skip_ftfy(line))
        lines[number] = repair.text
        applied += [step for step in repair.applied if step not in applied]
        zero_width.append(repair.zero_width)
        controls.append(repair.controls)
    removed = [Removal(rule, "".join(found), reason) for rule, found, reason in (
        ("encoding.zero_width", zero_width, "invisible zero-width characters"),
        ("encoding.control", controls, "control characters")) if "".join(found)]
    return StepResult("\n".join(lines), tuple(removed), tuple(applied))
