"""The ordered cleaning steps: one ``RawDocument`` in, one ``Document`` out.

decode (io.readers) -> html -> encoding -> whitespace (lines) -> boilerplate -> metadata
-> whitespace (paragraphs) -> language -> names (not in languages that capitalise nouns) -> dates

Runs without Prefect; ``flows/`` only schedules batches of it.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from cleanse import PIPELINE_VERSION
from cleanse.document import Document, RawDocument, Reject, StepResult
from cleanse.io.readers import ReadLimits, read_source
from cleanse.steps import boilerplate, dates, encoding, html, metadata
from cleanse.steps.boilerplate import Rules, is_long_code_line, load_rules, remove_boilerplate
from cleanse.steps.dates import find_dates
from cleanse.steps.encoding import repair_encoding
from cleanse.steps.html import TooDeep, html_to_text
from cleanse.steps.language import detect_language
from cleanse.steps.markdown import markdown_page
from cleanse.steps.metadata import (Header, author_in_name_case, authors_from_bylines, authors_from_removed, clean_author, dates_from_notes, dump_title_and_site,
                                    header_at_byline, header_cut_above, header_under_headline, title_above_byline,
                                    metadata_date, site_from_removed, split_header)
from cleanse.steps.names import NameRules, find_people, load_name_rules
from cleanse.steps.whitespace import layout_paragraphs, tidy_lines

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class PipelineConfig:
    """Everything a run's output depends on besides the sources themselves."""

    rules: Rules
    name_rules: NameRules
    limits: ReadLimits = ReadLimits()
    version: str = PIPELINE_VERSION
    rules_file: Path | None = None
    aliases_file: Path | None = None

    @classmethod
    def load(cls, rules_file: Path | None = None, aliases_file: Path | None = None, limits: ReadLimits = ReadLimits()) -> "PipelineConfig":
        return cls(load_rules(rules_file), load_name_rules(aliases_file), limits, PIPELINE_VERSION,
                   Path(rules_file) if rules_file else None, Path(aliases_file) if aliases_file else None)


def doc_id_for(source_path: str) -> str:
    """A stable id from the source path relative to the input folder.

    >>> doc_id_for("000_6e9da8660d8b4b36.txt")
    'f314515ff4989551'
    """
    return hashlib.sha256(source_path.encode("utf-8")).hexdigest()[:16]


def clean_document(raw: RawDocument, config: PipelineConfig) -> Document:
    """Run every step on one decoded source."""
    doc = Document(
        doc_id=doc_id_for(raw.source_path),
        source_path=raw.source_path,
        source_sha256=raw.source_sha256,
        source_format=raw.source_format,
        source_encoding=raw.encoding,
        pipeline_version=config.version,
    )
    text = raw.content
    html_meta = None
    # A scraper's Markdown is a page written otherwise: rendered, the html step reads it.
    page = markdown_page(raw.content) if raw.source_format == "markdown" else raw.content
    if raw.source_format in ("html", "markdown"):
        html_meta = html_to_text(page, config.limits.max_html_depth)
        text = html_meta.text
        doc.removed.extend(html_meta.removed)

    trusted = html_meta is not None and html_meta.marked_root
    known_title = None
    headlines: tuple[str, ...] = ()
    if html_meta is not None and html_meta.title:
        known_title = repair_encoding(html_meta.title, unescape_html=False).text.strip()
        headlines = tuple(repair_encoding(h, unescape_html=False).text.strip() for h in html_meta.headlines)

    # Cleaning clean text must change nothing, but each step looks at the text as a whole: with
    # the boilerplate gone, ftfy may read the rest differently and the paragraph layout may
    # regroup lines. So the text goes round the steps again until it is stable (three rounds at
    # most); metadata comes from the first round, which saw the page as it was.
    first_round = None
    long_code_line = partial(is_long_code_line, settings=config.rules.code)
    verbatim = html_meta.preformatted if html_meta is not None else frozenset()
    for round_number in range(3):
        repaired = repair_encoding(text, unescape_html=html_meta is None and round_number == 0, skip_ftfy=long_code_line)
        tidy = tidy_lines(repaired.text)
        boiler = remove_boilerplate(tidy, config.rules, select_main=not trusted, verbatim=verbatim)
        header = split_header(boiler.text, known_title, keep_dateline=html_meta is None, headlines=headlines)
        laid_out = layout_paragraphs(header.text)
        if round_number and laid_out == text:
            break
        doc.repairs.extend(step for step in repaired.applied if step not in doc.repairs)
        doc.removed.extend([*repaired.removed, *boiler.removed, *header.removed])
        first_round = first_round or (tidy, boiler, header)
        text = laid_out
    doc.text = text
    tidy, boiler, header = first_round
    title_site = _fill_header(tidy, boiler, header, is_dump=html_meta is None)
    # A dump that kept its page's scripts (a tag strip) holds the page's JSON-LD: its metadata,
    # read before the dump's own lines as a page's is.
    dump_meta = html.json_ld_in_dump(raw.content) if html_meta is None else None
    page_meta = html_meta or dump_meta
    doc.title = known_title or _structured_headline(dump_meta, header.title) or header.title
    doc.subtitle = header.subtitle or (html_meta.subtitle if html_meta else None)
    authors = (page_meta.authors if page_meta else []) or header.authors \
        or (authors_from_bylines(html_meta.bylines) if html_meta else []) or authors_from_removed(boiler.removed)
    doc.site_name = (html_meta.site_name if html_meta else None) or title_site \
        or (_repaired(dump_meta.site_name) if dump_meta else None) or site_from_removed(boiler.removed, config.rules)
    doc.published = (metadata_date(page_meta.published) if page_meta else None) or header.published
    doc.updated = (metadata_date(page_meta.updated) if page_meta else None) or header.updated
    if html_meta is not None and doc.published is None:
        # The metadata names no date and the article's own lines hold none (a page's header is
        # furniture to the html step): read the page's text as a dump of it is read.
        from_text = dump_header(html.page_dump(page), config)
        doc.published, doc.updated = from_text.published, doc.updated or from_text.updated
        authors = authors or from_text.authors
    doc.authors = list(dict.fromkeys(author_in_name_case(name) for author in authors for name in clean_author(author)))

    doc.language = detect_language(doc.text)
    if doc.language not in config.name_rules.noun_capitalising_languages:
        doc.mentions, doc.people = find_people(doc.text, config.name_rules)
    # relative dates count from the publication date, else from the update the page shows
    doc.dates = find_dates(doc.text, doc.published or doc.updated)
    doc.word_count = len(_WORD.findall(doc.text))
    return doc


def _structured_headline(dump_meta: html.HtmlExtract | None, own_title: str | None) -> str | None:
    """The headline a dump's JSON-LD gives, before the dump's own title line (its ``<title>``, an
    SEO wording as often, or a caption's first line), as a page's metadata comes before its text;
    not when it is the dump's title cut short (JSON-LD headlines are often cut at 110 characters).

    >>> from cleanse.steps.html import HtmlExtract
    >>> _structured_headline(HtmlExtract(text="", title="Hunter diagnosed with plague after eating"), "Hunter diagnosed with plague after eating a rabbit")
    """
    headline = _repaired(dump_meta.title) if dump_meta is not None else None
    if headline and own_title and own_title != headline and own_title.startswith(headline):
        return None
    return headline


def _repaired(value: str | None) -> str | None:
    """A metadata string with the encoding step's repairs (as a page's title gets them)."""
    return repair_encoding(value, unescape_html=False).text.strip() or None if value else None


def _fill_header(tidy: str, boiler: StepResult, header: Header, is_dump: bool) -> str | None:
    """Fill the dates and authors ``header`` (read from the top of the kept text) lacks from the
    lines around the article; ``tidy`` and ``boiler`` are the text before and after boilerplate
    removal. Of a text dump (``is_dump``) also the title; returns the site name its title line
    gives, if any."""
    if header.published is None or not header.authors:
        # A dump's dateline and byline may sit just above the article, cut with the page's header.
        header.fill_gaps(header_cut_above(tidy, boiler.text, frozenset(r.text for r in boiler.removed if r.rule == "share")))
    if header.published is None or header.updated is None or not header.authors:
        # ... or in a note cut elsewhere: "First published on November 19, 2019 / 8:16 AM",
        # "Posted by Jane Doe on March 3, 2020".
        header.fill_gaps(dates_from_notes(boiler.removed))
    if not is_dump:
        return None
    header.title, title_site = dump_title_and_site(tidy, boiler.text, boiler.removed, header.title)
    # ... or, with no title line (a scraper that kept the visible text alone), above the byline
    header.title = header.title or title_above_byline(tidy, boiler.text, boiler.removed)
    if header.published is None or not header.authors:
        # ... or under the headline, with a widget between them and the article.
        header.fill_gaps(header_under_headline(tidy, boiler.text, header.title))
    if header.published is None or not header.authors:
        # ... or under an on-page headline worded apart from the title: found by its byline.
        header.fill_gaps(header_at_byline(tidy, boiler.text))
    return title_site


def dump_header(dump: str, config: PipelineConfig) -> Header:
    """The title, dates and authors a text dump gives, read as ``clean_document`` reads a text
    source's (one round of the steps, no cleaning kept).

    >>> h = dump_header("Home\\nNews\\nBy Jane Doe\\nFeb 15, 2024\\n" + "It happened on the quay, as the ferry left. " * 4, PipelineConfig.load())
    >>> h.authors, h.published.value
    (['Jane Doe'], '2024-02-15')
    """
    tidy = tidy_lines(repair_encoding(dump, unescape_html=False).text)
    boiler = remove_boilerplate(tidy, config.rules)
    header = split_header(boiler.text, None, keep_dateline=True)
    _fill_header(tidy, boiler, header, is_dump=True)
    return header


# What the steps remember about lines and expressions already seen. A run keeps them: lines
# repeat across a site's pages and come back in the checking rounds.
_SEEN_CACHES = (boilerplate.line_verdict, encoding.repair_line, metadata.dateline,
                html.furniture_words, html.content_words, dates.parse_expression)


def forget_seen_lines() -> None:
    """Empty the steps' caches of lines and expressions seen, as in a fresh process.

    For benchmarks that time the same pages more than once: the second pass must not be
    faster for having seen those very lines.
    """
    for cached in _SEEN_CACHES:
        cached.cache_clear()


@dataclass
class BatchResult:
    """A batch's documents and rejects, with counts per step for the run summary."""

    documents: list[Document] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    removed_by_rule: Counter = field(default_factory=Counter)


def read_sources(input_dir: Path, paths: list[str], limits: ReadLimits, raise_transient: bool = False) -> list[RawDocument | Reject]:
    """Read and decode a batch of sources (see ``read_source``)."""
    return [read_source(input_dir, rel_path, limits, raise_transient) for rel_path in paths]


def clean_batch(items: list[RawDocument | Reject], config: PipelineConfig) -> BatchResult:
    """Clean a batch of read sources; a failure on one file becomes its reject row."""
    result = BatchResult()
    for raw in items:
        if isinstance(raw, Reject):
            result.rejects.append(raw)
            continue
        try:
            doc = clean_document(raw, config)
        except TooDeep as exc:
            result.rejects.append(Reject(raw.source_path, f"{exc} (limit: --max-html-depth)", raw.source_sha256))
            continue
        except RecursionError:
            result.rejects.append(Reject(raw.source_path, "document nested too deeply to parse", raw.source_sha256))
            continue
        except Exception as exc:  # noqa: BLE001 - one bad file must never stop the run
            result.rejects.append(Reject(raw.source_path, f"cleaning failed: {type(exc).__name__}: {exc}", raw.source_sha256))
            continue
        if not doc.text.strip():
            result.rejects.append(Reject(raw.source_path, "no text left after cleaning (only boilerplate or markup)", raw.source_sha256))
            continue
        result.documents.append(doc)
        result.removed_by_rule.update(item.rule for item in doc.removed)
    return result


def clean_sources(input_dir: Path, paths: list[str], config: PipelineConfig) -> BatchResult:
    """Read and clean a batch of sources."""
    return clean_batch(read_sources(input_dir, paths, config.limits), config)
