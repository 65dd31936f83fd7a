"""HTML: find the article's main content and its metadata in a raw page.

Parsed with BeautifulSoup and lxml, never rendered: no script runs and no URL is fetched.
Page furniture (navigation, headers, footers, asides, share and comment widgets, figure
captions) is dropped by tag and by class/id words; the content root is the element holding
the most paragraph text. Metadata comes from OpenGraph and other meta tags, JSON-LD and
``<time>``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, NavigableString, Tag

from cleanse.document import Removal

# Elements whose content is never article text.
_DROP_TAGS = ["script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas",
              "form", "button", "select", "input", "textarea", "nav", "footer", "aside", "header",
              "figure", "figcaption", "menu", "dialog"]
# Class or id words of page furniture. Matched as whole words of the attribute value.
_FURNITURE = re.compile(
    r"(?:^|[\s_-])(share|sharing|social|comments?|related|promo|newsletter|subscribe|subscription|cookie|consent|"
    r"sidebar|breadcrumbs?|footer|navbar|nav|menu|advert|advertisement|ads?|banner|popup|modal|author-?bio|"
    r"byline|tags|taglist|recommended|more-stories|read-more|signup|paywall|outbrain|taboola)(?:$|[\s_-])",
    re.I,
)
_BLOCK_TAGS = ["p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
               "pre", "ul", "ol", "dl", "table", "address", "hr", "center", "details", "summary"]
_LINE_TAGS = ["li", "tr", "dt", "dd", "br", "td", "th"]
_SPACE = re.compile(r"\s+")


class _Break(NavigableString):
    """A line or paragraph break inserted around block elements before text is collected."""


@dataclass
class HtmlExtract:
    """What a page yields: body text, metadata candidates, and what was dropped."""

    text: str
    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    site_name: str | None = None
    published: str | None = None
    updated: str | None = None
    removed: list[Removal] = field(default_factory=list)


def _meta(soup: BeautifulSoup, *keys: str) -> str | None:
    for key in keys:
        tag = soup.find("meta", attrs={"property": key}) or soup.find("meta", attrs={"name": key}) \
            or soup.find("meta", attrs={"itemprop": key})
        if tag and tag.get("content", "").strip():
            return _SPACE.sub(" ", tag["content"]).strip()
    return None


def _json_ld_objects(soup: BeautifulSoup) -> list[dict]:
    found: list[dict] = []
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(script.string or "")
        except (ValueError, TypeError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                found.append(item)
                if "@graph" in item:
                    stack.append(item["@graph"])
    return found


def _names(value) -> list[str]:
    """Author names from a JSON-LD author value (a string, an object or a list of them)."""
    if isinstance(value, str):
        return [value.strip()] if value.strip() and "://" not in value else []
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    return []


def extract_metadata(soup: BeautifulSoup) -> HtmlExtract:
    """Title, dek, authors, site, dates from meta tags, JSON-LD and ``<time>``; text left empty."""
    meta = HtmlExtract(text="")
    articles = [o for o in _json_ld_objects(soup) if "headline" in o or "datePublished" in o or "articleBody" in o]
    ld = articles[0] if articles else {}
    title_tag = soup.find("title")
    h1 = soup.find("h1")
    meta.title = (
        _meta(soup, "og:title", "twitter:title")
        or (ld.get("headline") if isinstance(ld.get("headline"), str) else None)
        or (h1.get_text(" ", strip=True) if h1 else None)
        or (title_tag.get_text(" ", strip=True) if title_tag else None)
    )
    meta.subtitle = _meta(soup, "og:description", "description", "twitter:description")
    meta.site_name = _meta(soup, "og:site_name", "application-name")
    if not meta.site_name and isinstance(ld.get("publisher"), dict):
        meta.site_name = ld["publisher"].get("name")
    authors = _names(ld.get("author"))
    if not authors:
        author = _meta(soup, "author", "article:author", "dc.creator", "parsely-author")
        if author and "://" not in author:
            authors = [author]
    meta.authors = list(dict.fromkeys(a for a in authors if a))
    meta.published = (
        _meta(soup, "article:published_time", "datePublished", "pubdate", "publishdate", "date", "dc.date",
              "parsely-pub-date", "sailthru.date")
        or (ld.get("datePublished") if isinstance(ld.get("datePublished"), str) else None)
    )
    meta.updated = _meta(soup, "article:modified_time", "dateModified", "og:updated_time") or (
        ld.get("dateModified") if isinstance(ld.get("dateModified"), str) else None
    )
    if not meta.published:
        time_tag = soup.find("time", attrs={"datetime": True})
        if time_tag:
            meta.published = time_tag["datetime"].strip()
    return meta


def _paragraph_text_length(tag: Tag) -> int:
    return sum(len(p.get_text(strip=True)) for p in tag.find_all("p", recursive=False))


def find_content_root(soup: BeautifulSoup) -> Tag:
    """The element that holds the article: the one whose direct ``<p>`` children hold the most text,
    widened to an enclosing ``<article>`` or articleBody element when there is one."""
    body = soup.body or soup
    best, best_score = body, 0
    for parent in {p.parent for p in body.find_all("p") if p.parent is not None}:
        score = _paragraph_text_length(parent)
        if score > best_score:
            best, best_score = parent, score
    for ancestor in [best, *best.parents]:
        if isinstance(ancestor, Tag) and (ancestor.name == "article" or ancestor.get("itemprop") == "articleBody"):
            return ancestor
    return best


def _drop_furniture(root: Tag, removed: list[Removal]) -> None:
    for tag in root.find_all(_DROP_TAGS):
        if tag.decomposed:
            continue
        text = tag.get_text(" ", strip=True) if tag.name not in ("script", "style", "svg") else ""
        if text:
            removed.append(Removal(f"html.{tag.name}", _SPACE.sub(" ", text)[:500], f"<{tag.name}> is page furniture"))
        tag.decompose()
    for tag in root.find_all(True):
        if tag.decomposed or tag is root:
            continue
        words = " ".join([*(tag.get("class") or []), tag.get("id") or ""])
        if words.strip() and _FURNITURE.search(words) and tag.name not in ("body", "html", "article", "main"):
            text = tag.get_text(" ", strip=True)
            if text:
                removed.append(Removal("html.furniture", _SPACE.sub(" ", text)[:500], f"element class/id {words.strip()[:60]!r}"))
            tag.decompose()


def content_text(root: Tag) -> str:
    """The visible text of ``root``: blocks on their own lines, inline whitespace collapsed as a browser does."""
    for tag in root.find_all(_BLOCK_TAGS):
        tag.insert_before(_Break("\n\n"))
        tag.insert_after(_Break("\n\n"))
    for tag in root.find_all(_LINE_TAGS):
        if tag.name == "br":
            tag.replace_with(_Break("\n"))
        else:
            tag.insert_before(_Break("\n"))
    parts: list[str] = []
    for node in root.descendants:
        if isinstance(node, _Break):
            parts.append(str(node))
        elif type(node) is NavigableString:
            in_pre = node.find_parent("pre") is not None
            parts.append(str(node) if in_pre else _SPACE.sub(" ", str(node)))
    return "".join(parts)


def html_to_text(html: str) -> HtmlExtract:
    """Main content text and metadata of an HTML page.

    >>> html_to_text("<html><head><title>T</title></head><body><nav>Home</nav><article><p>Body.</p></article></body></html>").text.strip()
    'Body.'
    """
    soup = BeautifulSoup(html, "lxml")
    result = extract_metadata(soup)
    removed: list[Removal] = []
    body = soup.body or soup
    _drop_furniture(body, removed)
    root = find_content_root(soup)
    result.text = content_text(root)
    result.removed = removed
    return result
