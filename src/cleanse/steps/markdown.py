"""Markdown inputs: what scrapers that save Markdown write (Firecrawl, Jina Reader, crawl4ai,
trafilatura's Markdown output), rendered to HTML so that the html step reads it as a page.

A scraper's Markdown keeps the page's furniture as Markdown: the menu a list of links, the share
bar a line of links, the related stories another list. Rendered by markdown-it-py (CommonMark,
with tables and strikethrough), these are the lists and lines of links the html step already
drops, the headline is an ``<h1>``, and the link syntax, emphasis marks and image addresses are
markup, gone with the tags. Nothing is added: the text is the Markdown's own words (entities and
backslash escapes read as CommonMark reads them; no typographic quotes).

A YAML front matter block ("---" lines around it, at the very top), or Jina Reader's labelled
header ("Title:", "Published Time:", ... then "Markdown Content:"), becomes the page's metadata,
as JSON-LD the html step reads: ``title``, ``author`` / ``authors``, ``date`` / ``published``,
``updated`` / ``lastmod``, ``description``, ``site_name``.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re

import yaml
from markdown_it import MarkdownIt

# CommonMark's preset stops at 20 levels of nesting and drops what lies deeper, and often the
# text after it: no limit here, so a text nested past Python's recursion limit (some 400 levels)
# raises, and the batch rejects it with its reason instead of losing part of it unsaid.
_RENDERER = MarkdownIt("commonmark", {"html": True, "maxNesting": 100_000}).enable(["table", "strikethrough"])

# "---" alone on the first line, the YAML, then "---" (or "...") alone on a line.
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?P<yaml>.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_FRONT_MATTER_MAX_CHARS = 20_000
_VALUE_MAX_CHARS = 500
_MAX_AUTHORS = 10

# Front matter keys -> JSON-LD keys (the first key present wins).
_FIELDS = {
    "headline": ("title",),
    "author": ("authors", "author"),
    "datePublished": ("date", "published", "publishdate", "pubdate", "published_time", "published time"),
    "dateModified": ("updated", "lastmod", "modified", "last_modified"),
    "description": ("description", "summary", "subtitle"),
}
_SITE_KEYS = ("site_name", "site", "sitename")


# A link around blocks, as HTML-to-Markdown converters write a card's link ("[\n\n### Title\n\n
# Its dek\n\n2H ago](https://...)"): CommonMark ends a paragraph at a blank line, so the brackets
# would stay as text. Its text (images inside allowed) is joined onto one line before rendering.
_DESTINATION = r'[^()\s]{0,2000}(?:\s+"[^"\n]{0,500}")?'  # an address and an optional "title"
_IMAGE = rf"!\[[^\[\]]{{0,500}}\]\({_DESTINATION}\)"
# Every link is matched (its text taken whole, possessively: no backtracking, linear in the
# text), and only those whose text holds a blank line are joined.
_LINK = re.compile(rf"\[(?P<inner>(?:{_IMAGE}|[^\[\]]){{0,3000}}+)\]\((?P<url>{_DESTINATION})\)")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_BLOCK_MARK = re.compile(r"^\s*(?:#{1,6}\s+|[*+-]\s+|>\s*)", re.M)


def join_block_links(text: str) -> str:
    r"""Put the text of a link that wraps blocks on one line, without the blocks' own marks
    (heading hashes, bullets): only whitespace and those marks go.

    >>> join_block_links("[\n\n### Storm hits coast\n\nRivers burst.\n\n](https://example.com/a)")
    '[Storm hits coast Rivers burst.](https://example.com/a)'
    """
    if "\n\n" not in text or "](" not in text:
        return text

    def joined(link: re.Match[str]) -> str:
        if not _BLANK_LINE.search(link["inner"]):
            return link[0]
        return f"[{' '.join(_BLOCK_MARK.sub('', link['inner']).split())}]({link['url']})"

    return _LINK.sub(joined, text)


# A cell boundary: a pipe no backslash escapes (GFM's own split; a pipe in a code span counts
# too, which can only over-count: an empty column more, no text less).
_CELL_PIPE = re.compile(r"(?<!\\)\|")


def _cells_at_most(row: str) -> int:
    """How many cells a table row can have: one more than its pipes, less the outer ones."""
    row = row.strip()
    return len(_CELL_PIPE.findall(row)) + 1 - row.startswith("|") - (row.endswith("|") and not row.endswith("\\|"))


def widen_tables(text: str, tables: list[tuple[int, int]]) -> str | None:
    r"""The text with each table's header and delimiter rows widened to its widest row, or None
    when no row is wider than its header. ``tables`` are the tables' line spans ([first, end),
    header first, as markdown-it maps them).

    GFM drops a row's cells past the header's count: a layout table that an HTML-to-Markdown
    converter flattened (the article in one long row of cells) would lose the article. Only
    empty header cells and "---" are added, past the last; no cell's text changes.

    >>> widen_tables("| a |\n| --- |\n| b | c |", [(0, 3)])
    '| a | |\n| --- | --- |\n| b | c |'
    """
    lines = text.split("\n")
    widened = False
    for first, end in tables:
        missing = max((_cells_at_most(row) for row in lines[first + 2 : end]), default=0) - _cells_at_most(lines[first])
        if missing <= 0:
            continue
        for number, cell in ((first, " |"), (first + 1, " --- |")):
            row = lines[number].rstrip()
            lines[number] = (row if row.endswith("|") else row + " |") + cell * missing
        widened = True
    return "\n".join(lines) if widened else None


# Jina Reader's header: "Title: ...", "URL Source: ...", "Published Time: ..." lines, then
# "Markdown Content:" alone on its line.
_LABELLED_HEADER = re.compile(r"\A\ufeff?(?P<lines>(?:[A-Z][A-Za-z ]{1,30}: [^\n]{0,2000}\n+){1,10})Markdown Content:[ \t]*\r?\n")
_LABELLED_LINE = re.compile(r"(?P<key>[A-Z][A-Za-z ]{1,30}): (?P<value>[^\n]*)")


def split_front_matter(text: str) -> tuple[dict, str]:
    """The front matter's mapping and the Markdown after it; ``({}, text)`` when the text opens
    with no front matter, or with one that is no YAML mapping (it is then the text's own). Jina
    Reader's labelled header ("Title: ...", ..., "Markdown Content:") counts as one, its labels
    lower-cased.

    >>> split_front_matter("---\\ntitle: Hello\\n---\\nBody.")
    ({'title': 'Hello'}, 'Body.')
    """
    labelled = _LABELLED_HEADER.match(text)
    if labelled:
        fields = (_LABELLED_LINE.fullmatch(line.strip()) for line in labelled["lines"].split("\n") if line.strip())
        return {field["key"].lower(): field["value"].strip() for field in fields if field}, text[labelled.end() :]
    found = _FRONT_MATTER.match(text)
    if not found or found.end() > _FRONT_MATTER_MAX_CHARS:
        return {}, text
    try:
        data = yaml.safe_load(found.group("yaml") or "")
    except Exception:  # noqa: BLE001 - not YAML after all: a thematic break and text
        return {}, text
    if not isinstance(data, dict):
        return {}, text
    return data, text[found.end() :]


def _scalar(value) -> str | None:
    """A front matter value as text: a string, a number or a date; None for anything else (a
    list, a mapping: what aliases may expand without end)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, (str, int, float)):
        text = " ".join(str(value).split())
        return text[:_VALUE_MAX_CHARS] or None
    return None


def _metadata(front: dict) -> dict:
    """The front matter's fields as JSON-LD (an Article)."""
    lowered = {str(key).strip().lower(): value for key, value in front.items()}
    ld: dict = {"@type": "Article"}
    for ld_key, keys in _FIELDS.items():
        value = next((lowered[key] for key in keys if key in lowered), None)
        if ld_key == "author":
            names = value if isinstance(value, list) else [value]
            authors = [name for name in (_scalar(n) for n in names[:_MAX_AUTHORS]) if name]
            if authors:
                ld["author"] = [{"@type": "Person", "name": name} for name in authors]
        elif (text := _scalar(value)) is not None:
            ld[ld_key] = text
    return ld


def markdown_page(text: str) -> str:
    """An HTML page of a Markdown text: its front matter as the head's metadata, the rest rendered.

    >>> markdown_page("# Hi\\n\\nSee [this](https://example.com).")
    '<html><head></head><body><h1>Hi</h1>\\n<p>See <a href="https://example.com">this</a>.</p>\\n</body></html>'
    """
    front, body = split_front_matter(text)
    head = ""
    if front:
        ld = _metadata(front)
        site = next((_scalar(front[key]) for key in front if str(key).strip().lower() in _SITE_KEYS), None)
        if len(ld) > 1:
            data = json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")  # "</" would close the script early
            head += f'<script type="application/ld+json">{data}</script>'
        if "headline" in ld:
            head += f"<title>{html.escape(ld['headline'])}</title>"
        if site:
            head += f'<meta property="og:site_name" content="{html.escape(site)}">'
    # markdown-it reads "\r" as a line break too: one kind of break, so that lines count alike
    body = join_block_links(body.replace("\r\n", "\n").replace("\r", "\n"))
    tokens = _RENDERER.parse(body)
    tables = [tuple(token.map) for token in tokens if token.type == "table_open" and token.map]
    if tables and (widened := widen_tables(body, tables)) is not None:
        tokens = _RENDERER.parse(widened)
    return f"<html><head>{head}</head><body>{_RENDERER.renderer.render(tokens, _RENDERER.options, {})}</body></html>"
