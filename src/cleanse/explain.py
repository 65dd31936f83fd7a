"""Explain one document: every input line marked kept or cut, with the rule that cut it."""

from __future__ import annotations

from pathlib import Path

from cleanse.document import Reject
from cleanse.io.readers import read_source
from cleanse.pipeline import PipelineConfig, clean_document
from cleanse.steps.html import html_to_text


def explain_file(path: Path, config: PipelineConfig, width: int = 110) -> str:
    """A report of how ``path`` is cleaned: each line of its text marked ``+`` (kept), ``-`` (cut,
    with the rules) or ``~`` (partly cut or repaired), then the metadata, people and dates."""
    raw = read_source(path.parent, path.name, config.limits)
    if isinstance(raw, Reject):
        return f"rejected: {raw.reason}"
    doc = clean_document(raw, config)
    kept = {line.strip() for line in doc.text.split("\n") if line.strip()}
    cut: dict[str, list[str]] = {}
    for item in doc.removed:
        cut.setdefault(item.text.strip(), []).append(item.rule)

    def clip(line: str) -> str:
        return line if not width or len(line) <= width else line[: width - 1] + "…"

    out = [f"# {doc.source_path} ({doc.source_format}, {doc.source_encoding}): {doc.word_count} words kept", ""]
    source_text = html_to_text(raw.content).text if raw.source_format == "html" else raw.content
    for line in source_text.split("\n"):
        stripped = " ".join(line.split())
        if not stripped:
            continue
        rules = cut.get(stripped)
        if rules:
            out.append(f"- [{rules[0]}] {clip(stripped)}")
        elif stripped in kept:
            out.append(f"+ {clip(stripped)}")
        else:
            parts = [(text, rs) for text, rs in cut.items() if text and text in stripped]
            rest = stripped
            for text, _ in parts:
                rest = rest.replace(text, "")
            mark = "-" if parts and not rest.strip() else "~"  # "~": partly cut, partly kept or repaired
            out.append(f"{mark} [{', '.join(rule for _, rs in parts for rule in rs) or 'changed'}] {clip(stripped)}")
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
