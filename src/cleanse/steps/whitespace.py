"""Whitespace: tidy lines, then lay text out as paragraphs separated by one blank line.

Only whitespace changes here; no visible character is added or dropped.
"""

from __future__ import annotations

import re

from cleanse.document import StepResult

_SPACE_CHARS = r"[ \t\f\v\u2000-\u200a\u205f\u3000]"
# A run to fold: two or more space characters, or one that is not a plain space. A lone space
# (between any two words) is left unmatched: replacing it with itself was most of this step's time.
_INLINE_SPACE = re.compile(rf"(?: {_SPACE_CHARS}|[\t\f\v\u2000-\u200a\u205f\u3000]){_SPACE_CHARS}*")
_BULLET = re.compile(r"^(?:[•●▪◦‣∙·*\-–—]\s|\d{1,3}[.)]\s)")


def tidy_lines(text: str) -> str:
    """Unify line breaks, fold runs of spaces and tabs to one space, strip each line.

    Leaves blank lines where they are (paragraph breaks are decided by ``layout_paragraphs``).

    >>> tidy_lines("  a \\t b  \\r\\nc\\u2028d ")
    'a b\\nc\\nd'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _INLINE_SPACE.sub(" ", text)  # no line break in the class: one pass over the text
    return "\n".join(line.strip() for line in text.split("\n"))


def is_list_item(line: str) -> bool:
    """A bulleted or numbered list item ("• Item", "- Item", "3) Item").

    >>> is_list_item("• Disagreement over safety")
    True
    """
    return bool(_BULLET.match(line))


def layout_paragraphs(text: str) -> str:
    """Blocks separated by exactly one blank line; consecutive list items form one block.

    Lines inside a block keep their single line breaks. No leading or trailing blank lines.

    >>> layout_paragraphs("A\\n\\n\\n\\nB\\n• x\\n\\n• y")
    'A\\n\\nB\\n\\n• x\\n• y'
    """
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in text.split("\n"):
        if not line.strip():
            if current:
                blocks.append(current)
                current = []
            continue
        line = line.strip()
        if is_list_item(line) != (bool(current) and is_list_item(current[-1])) and current:
            # A list starts or ends: it is its own block.
            blocks.append(current)
            current = []
        elif not current and blocks and is_list_item(line) and is_list_item(blocks[-1][-1]):
            # List items separated by blank lines still make one list.
            current = blocks.pop()
        current.append(line)
    if current:
        blocks.append(current)
    return "\n\n".join("\n".join(block) for block in blocks)


def normalize_whitespace(text: str) -> StepResult:
    """``tidy_lines`` then ``layout_paragraphs``; reports whether anything changed."""
    new = layout_paragraphs(tidy_lines(text))
    return StepResult(new, (), ("whitespace.layout",) if new != text else ())
