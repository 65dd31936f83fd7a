"""A run's summary: counts for the terminal, the Prefect artifact and tests."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from cleanse.pipeline import BatchResult


@dataclass
class RunSummary:
    """What a run did: documents cleaned, rejects with reasons, removals per rule, people named,
    and for an incremental run which sources were added, changed, removed or kept as they were."""

    input_dir: str
    out_dir: str
    pipeline_version: str
    sources: int = 0
    documents: int = 0  # cleaned in this run
    words_kept: int = 0
    rejects: list[tuple[str, str]] = field(default_factory=list)  # rejected in this run
    removed_by_rule: Counter = field(default_factory=Counter)
    people: Counter = field(default_factory=Counter)  # canonical name -> documents naming it (this run)
    files: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    kept: int = 0  # sources whose rows were kept from the previous run
    kept_documents: int = 0
    full: bool = True  # everything was (re)cleaned
    unchanged: bool = False  # nothing to do: no output was rewritten

    def add(self, batch: BatchResult) -> None:
        self.documents += len(batch.documents)
        self.words_kept += sum(doc.word_count for doc in batch.documents)
        self.rejects.extend((r.source_path, r.reason) for r in batch.rejects)
        self.removed_by_rule.update(batch.removed_by_rule)
        for doc in batch.documents:
            self.people.update(set(doc.people))

    @property
    def total_documents(self) -> int:
        return self.documents + self.kept_documents

    @property
    def exit_code(self) -> int:
        """0 unless there were sources and not one document is in the outputs."""
        return 1 if self.sources and self.total_documents == 0 else 0

    def changes_line(self) -> str:
        if self.unchanged:
            return f"nothing changed since the last run: {self.kept} sources kept, no output rewritten"
        mode = "full run" if self.full else "incremental run"
        return (f"{mode}: {len(self.added)} added, {len(self.changed)} changed, {len(self.deleted)} deleted, "
                f"{self.kept} kept as they were")

    def as_text(self) -> str:
        """A short plain-text summary for the terminal."""
        lines = [
            f"cleaned {self.sources} source files from {self.input_dir} into {self.out_dir} (pipeline {self.pipeline_version})",
            f"  {self.changes_line()}",
            f"  documents written: {self.documents} ({self.words_kept} words)" + (f", {self.kept_documents} kept" if self.kept_documents else ""),
            f"  rejected:          {len(self.rejects)}",
        ]
        lines += [f"    {path}: {reason}" for path, reason in self.rejects[:20]]
        if len(self.rejects) > 20:
            lines.append(f"    ... and {len(self.rejects) - 20} more (see rejects.parquet)")
        lines.append("  lines removed by rule:")
        lines += [f"    {rule:<22} {count}" for rule, count in sorted(self.removed_by_rule.items(), key=lambda kv: (-kv[1], kv[0]))]
        return "\n".join(lines)

    def as_markdown(self) -> str:
        """The same summary as Markdown, for the Prefect artifact."""
        out = [
            f"# clean-corpus: {self.documents} documents, {len(self.rejects)} rejects",
            "",
            f"Input `{self.input_dir}` ({self.sources} files) -> `{self.out_dir}`; pipeline {self.pipeline_version}; {self.words_kept} words kept.",
            "",
            self.changes_line() + ".",
            "",
            "## Removed by rule",
            "",
            "| rule | lines |",
            "|---|---|",
            *[f"| {rule} | {count} |" for rule, count in sorted(self.removed_by_rule.items(), key=lambda kv: (-kv[1], kv[0]))],
            "",
            "## People (documents naming them)",
            "",
            "| person | documents |",
            "|---|---|",
            *[f"| {name} | {count} |" for name, count in self.people.most_common(25)],
        ]
        if self.rejects:
            out += ["", "## Rejects", "", "| file | reason |", "|---|---|"]
            out += [f"| {path.replace('|', '/')} | {reason.replace('|', '/')} |" for path, reason in self.rejects[:100]]
        return "\n".join(out) + "\n"

