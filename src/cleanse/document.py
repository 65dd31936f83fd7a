"""The records that flow through cleanse: a source file's bytes in, one Document out.

Plain dataclasses (as datatrove's ``Document``): steps read and fill fields, readers and
writers at the edges turn them into and out of files.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Removal:
    """A piece of the input that cleaning cut, and why. ``rule`` is a stable id."""

    rule: str
    text: str
    reason: str = ""


@dataclass(frozen=True)
class StepResult:
    """What a cleaning step returns: the new text, what it cut, and the fixes it applied.

    Modelled on ftfy's ``fix_and_explain``: the caller can always say what changed.
    """

    text: str
    removed: tuple[Removal, ...] = ()
    applied: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mention:
    """A person-name mention in the clean text: ``text[start:end] == surface``."""

    text: str
    canonical: str
    start: int
    end: int


@dataclass(frozen=True)
class DateMention:
    """A date expression in the clean text, normalised to ISO 8601.

    ``value`` is None when the expression is relative and the document gives no date to
    resolve it against. ``precision`` says how much of ``value`` is known.
    """

    text: str
    value: str | None
    precision: str | None
    start: int
    end: int
    qualifier: str | None = None


@dataclass(frozen=True)
class PartialDate:
    """A date known to some precision: ``value`` is ISO 8601 ("2024", "2024-02-15", "--05-14T19:55-05:00")."""

    value: str
    precision: str


@dataclass
class RawDocument:
    """A source file read and decoded, before any cleaning."""

    source_path: str  # relative to the input folder, "/"-separated
    source_sha256: str
    source_format: str  # "text", "html" or "markdown"
    content: str
    encoding: str
    compressed: bool = False


@dataclass
class Reject:
    """A source file that could not be cleaned, with a plain reason."""

    source_path: str
    reason: str
    source_sha256: str | None = None
    size_bytes: int | None = None


@dataclass
class Document:
    """One cleaned document: the row written to ``corpus.parquet``."""

    doc_id: str
    source_path: str
    source_sha256: str
    source_format: str
    source_encoding: str
    text: str = ""
    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    site_name: str | None = None
    language: str | None = None  # of the clean body, when it can be told
    published: PartialDate | None = None
    updated: PartialDate | None = None
    people: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    repairs: list[str] = field(default_factory=list)
    word_count: int = 0
    pipeline_version: str = ""
