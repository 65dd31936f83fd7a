"""Explain one document: every input line marked kept or cut, with the rule that cut it."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

from cleanse.document import RawDocument, Reject
from cleanse.io.readers import read_source
from cleanse.pipeline import PipelineConfig, clean_document
from cleanse.steps.html import html_to_text
from cleanse.steps.markdown import markdown_page


@dataclass(frozen=True)
class MarkedLine:
    """One line of a source's text: ``+`` kept, ``-`` cut (with rules), ``~`` partly cut or repaired."""

    mark: str
    rules: tuple[str, ...]
    text: str


def source_lines(raw: RawDocument) -> list[str]:
    """The source's visible lines as cleaning saw them (an HTML page's blocks, a Markdown text's
    rendered blocks, a text's lines)."""
    if raw.source_format == "markdown":
        source = html_to_text(markdown_page(raw.content), 10**9).text
    elif raw.source_format == "html":
        source = html_to_text(raw.content, 10**9).text
    else:
        source = raw.content
    return [" ".join(line.split()) for line in source.split("\n") if line.strip()]


def mark_lines(lines: list[str], clean_text: str, removed: list[tuple[str, str]]) -> list[MarkedLine]:
    """Mark each source line kept or cut by comparing it with the clean text and the removals
    (``(rule, text)`` pairs, as in the corpus' ``removed`` column).

    Source lines are matched to the clean text's lines in order (cleaning never reorders
    lines), so a line that is cut in one place and kept in another (a teaser repeating the
    article's subheading, a headline in a menu) is marked at each place as it was treated.

    >>> [m.mark for m in mark_lines(["News", "Intro.", "News", "Body."], "Intro.\\nNews\\nBody.", [("navigation", "News")])]
    ['-', '+', '+', '+']
    """
    kept = [" ".join(line.split()) for line in clean_text.split("\n") if line.strip()]
    kept_at: set[int] = set()
    for block in SequenceMatcher(None, lines, kept, autojunk=False).get_matching_blocks():
        kept_at.update(range(block.a, block.a + block.size))
    cut: dict[str, list[str]] = {}
    for rule, text in removed:
        cut.setdefault(" ".join(text.split()), []).append(rule)
    marked = []
    for i, line in enumerate(lines):
        if i in kept_at:
            marked.append(MarkedLine("+", (), line))
        elif line in cut:
            marked.append(MarkedLine("-", tuple(cut[line]), line))
        else:
            parts = [(text, rules) for text, rules in cut.items() if text and text in line]
            rest = line
            for text, _ in parts:
                rest = rest.replace(text, "")
            mark = "-" if parts and not rest.strip() else "~"
            marked.append(MarkedLine(mark, tuple(rule for _, rules in parts for rule in rules) or ("changed",), line))
    return marked


def explain_file(path: Path, config: PipelineConfig, width: int = 110) -> str:
    """A report of how ``path`` is cleaned: each line of its text marked ``+`` (kept), ``-`` (cut,
    with the rules) or ``~`` (partly cut or repaired), then the metadata, people and dates."""
    raw = read_source(path.parent, path.name, config.limits)
    if isinstance(raw, Reject):
        return f"rejected: {raw.reason}"
    doc = clean_document(raw, config)

    def clip(line: str) -> str:
        return line if not width or len(line) <= width else line[: width - 1] + "…"

    out = [f"# {doc.source_path} ({doc.source_format}, {doc.source_encoding}): {doc.word_count} words kept", ""]
    for line in mark_lines(source_lines(raw), doc.text, [(r.rule, r.text) for r in doc.removed]):
        label = f"[{', '.join(line.rules)}] " if line.rules else ""
        out.append(f"{line.mark} {label}{clip(line.text)}")
    out += [
        "",
        f"title:     {doc.title}",
        f"subtitle:  {doc.subtitle}",
        f"authors:   {', '.join(doc.authors)}",
        f"site_name: {doc.site_name}",
        f"published: {doc.published.value if doc.published else None}",
        f"updated:   {doc.updated.value if doc.updated else None}",
        f"people:    {', '.join(doc.people)}",
        "dates:     " + ", ".join(f"{d.text!r}={d.value}" for d in doc.dates),
    ]
    return "\n".join(out)
