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

import warnings

import lxml.etree
import lxml.html
from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, NavigableString, Tag

from cleanse.document import Removal

# Elements whose content is never article text.
# Elements whose content is never article text.
_DROP_TAGS = ["script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas",
              "button", "select", "input", "textarea", "option", "nav", "footer", "aside", "header",
              "figure", "figcaption", "menu", "dialog", "head"]
# Class or id words of page furniture, matched as whole words of the attribute value. Such an
# element is dropped only while it holds a small share of the page's text: a wrapper that holds
# the article (class "has-sidebar", an ASP.NET <form>) stays.
_FURNITURE = re.compile(
    r"(?:^|[\s_-])(share|sharing|social|comments?|related|promo|newsletter|subscribe|subscription|cookie|consent|"
    r"sidebar|breadcrumbs?|footer|navbar|nav|menu|advert|advertisement|ads?|banner|popup|modal|author-?bio|"
    r"byline|tags|taglist|recommended|more-stories|read-more|signup|paywall|outbrain|taboola|caption|credits?|gallery|slideshow|carousel)(?:$|[\s_-])",
    re.I,
)
_FURNITURE_MAX_SHARE = 0.8  # of the page's text: a "widget" holding more is the page itself
_BLOCK_TAGS = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
               "pre", "ul", "ol", "dl", "table", "address", "hr", "center", "details", "summary", "li", "tr",
               "dt", "dd", "td", "th", "br", "form", "fieldset", "body", "html", "caption", "tbody", "thead"}
# A short line that is mostly link text is a menu, a list of other articles or a tag cloud.
_LINK_LIST_MIN_SHARE = 0.5
_LINK_LIST_MAX_CHARS = 300
_SPACE = re.compile(r"\s+")


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
    marked_root: bool = False  # the text comes from an element marked as the article


def _meta_tags(soup: BeautifulSoup) -> dict[str, str]:
    """Every ``<meta>`` content by its property, name or itemprop (lower-cased), first one wins."""
    found: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        content = tag.get("content")
        if not isinstance(content, str) or not content.strip():
            continue
        for attr in ("property", "name", "itemprop"):
            key = tag.get(attr)
            if isinstance(key, str):
                found.setdefault(key.strip().lower(), _SPACE.sub(" ", content).strip())
    return found


def _meta(metas: dict[str, str], *keys: str) -> str | None:
    for key in keys:
        if key.lower() in metas:
            return metas[key.lower()]
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
    metas = _meta_tags(soup)
    articles = [o for o in _json_ld_objects(soup) if "headline" in o or "datePublished" in o or "articleBody" in o]
    ld = articles[0] if articles else {}
    title_tag = soup.find("title")
    h1 = soup.find("h1")
    meta.title = (
        _meta(metas, "og:title", "twitter:title")
        or (ld.get("headline") if isinstance(ld.get("headline"), str) else None)
        or (h1.get_text(" ", strip=True) if h1 else None)
        or (title_tag.get_text(" ", strip=True) if title_tag else None)
    )
    meta.subtitle = _meta(metas, "og:description", "description", "twitter:description")
    meta.site_name = _meta(metas, "og:site_name", "application-name")
    if not meta.site_name and isinstance(ld.get("publisher"), dict):
        meta.site_name = ld["publisher"].get("name")
    authors = _names(ld.get("author"))
    if not authors:
        author = _meta(metas, "author", "article:author", "dc.creator", "parsely-author")
        if author and "://" not in author:
            authors = [author]
    meta.authors = list(dict.fromkeys(a for a in authors if a))
    time_tag = soup.find("time", attrs={"datetime": True})
    meta.published = _plausible_date(
        _meta(metas, "article:published_time", "datePublished", "pubdate", "publishdate", "date", "dc.date",
              "parsely-pub-date", "sailthru.date"),
        ld.get("datePublished"),
        time_tag["datetime"] if time_tag else None,
    )
    meta.updated = _plausible_date(_meta(metas, "article:modified_time", "dateModified", "og:updated_time"), ld.get("dateModified"))
    return meta


def _plausible_date(*candidates) -> str | None:
    """The first candidate that is a string and, when it starts with a year, a year of the web era
    (CMS placeholders such as "0001-01-01T00:00:00Z" are skipped)."""
    for value in candidates:
        if not isinstance(value, str) or not value.strip():
            continue
        value = value.strip()
        year = re.match(r"(\d{4})-", value)
        if year and not 1900 <= int(year.group(1)) <= 2100:
            continue
        return value
    return None


def _marked_as_content(tag: Tag) -> bool:
    """Does the page mark this element as the article (tag, itemprop or a content class)?"""
    return (
        tag.name in ("article", "main")
        or tag.get("itemprop") == "articleBody"
        or bool(_CONTENT_CLASS.search(" ".join([*(tag.get("class") or []), tag.get("id") or ""])))
    )


def _prune(root: Tag, drop) -> None:
    """Walk ``root`` in document order and detach every element for which ``drop(tag)`` is true,
    without descending into what was dropped."""
    stack = [child for child in reversed(root.contents) if isinstance(child, Tag)]
    while stack:
        tag = stack.pop()
        if drop(tag):
            tag.extract()
        else:
            stack.extend(child for child in reversed(tag.contents) if isinstance(child, Tag))


def _drop_furniture(body: Tag, removed: list[Removal]) -> None:
    """Drop elements that never hold article text, then class/id-named widgets ("related",
    "share", "comments", ...) unless they are, or hold, an element marked as the article, or
    hold most of the page's text (a page wrapper named "has-sidebar")."""
    drop_tags = set(_DROP_TAGS)

    def furniture_tag(tag: Tag) -> bool:
        if tag.name not in drop_tags:
            return False
        text = tag.get_text(" ", strip=True) if tag.name not in ("script", "style", "svg", "head") else ""
        if text:
            removed.append(Removal(f"html.{tag.name}", _SPACE.sub(" ", text)[:500], f"<{tag.name}> is page furniture"))
        return True

    _prune(body, furniture_tag)
    total = len(body.get_text(" ", strip=True)) or 1
    holds_article: set[int] = set()
    for tag in body.find_all(True):
        if _marked_as_content(tag):
            for ancestor in [tag, *tag.parents]:
                if id(ancestor) in holds_article:
                    break
                holds_article.add(id(ancestor))

    def furniture_widget(tag: Tag) -> bool:
        words = " ".join([*(tag.get("class") or []), tag.get("id") or ""])
        if not words.strip() or id(tag) in holds_article or not _FURNITURE.search(words):
            return False
        text = tag.get_text(" ", strip=True)
        if len(text) > _FURNITURE_MAX_SHARE * total:
            return False
        if text:
            removed.append(Removal("html.furniture", _SPACE.sub(" ", text)[:500], f"element class/id {words.strip()[:60]!r}"))
        return True

    _prune(body, furniture_widget)


# Elements that say they hold the article body.
_CONTENT_CLASS = re.compile(
    r"(?:^|[\s_-])(article-?body|articlebody|entry-content|post-content|post-body|story-body|story-content|"
    r"article-content|article-text|content-body|body-text|main-content|article__body|rich-text)(?:$|[\s_-])",
    re.I,
)
_ROOT_MIN_SHARE = 0.7  # of the page's prose that a content element must hold to be the root


def find_content_root(body: Tag) -> tuple[Tag, bool]:
    """The element that holds the article, and whether the page marked it as such.

    The smallest element marked as the article (``<article>``, ``<main>``, itemprop
    articleBody, a content class) that holds ``_ROOT_MIN_SHARE`` of the page's prose, else the
    body. Lines outside the root are not even candidates: sidebars and teaser lists full of
    prose go with them. (Inferring an unmarked root the same way cost recall on the dev pages.)
    """
    prose: dict[int, int] = {}
    for p in body.find_all("p"):
        length = len(p.get_text(" ", strip=True))
        if length < 100 or p.find_parent("a") is not None:  # a teaser's dek inside its link is no article prose
            continue
        for ancestor in [p, *p.parents]:
            prose[id(ancestor)] = prose.get(id(ancestor), 0) + length
            if ancestor is body:
                break
    total = prose.get(id(body), 0)
    if not total:
        return body, False
    best = None
    for tag in body.find_all(True):
        if prose.get(id(tag), 0) < _ROOT_MIN_SHARE * total:
            continue
        if _marked_as_content(tag):
            size = len(tag.get_text())
            if best is None or size < best[0]:
                best = (size, tag)
    return (best[1], True) if best else (body, False)


_CARD_MIN_REPEATS = 3
_CARD_MAX_CHARS = 400


def _is_paragraph_like(tag: Tag, text: str) -> bool:
    """A block of running text with a link in it, rather than a link with a line under it."""
    if len(text) < 150:
        return False
    return sum(len(a.get_text(" ", strip=True)) for a in tag.find_all("a")) < 0.2 * len(text)


def _drop_card_lists(root: Tag, removed: list[Removal]) -> None:
    """Drop runs of look-alike sibling "cards" (same tag and class, three or more, each short and
    holding a link): teaser lists of other articles, galleries, product grids. Plain paragraphs
    (<p> without class) are never cards, nor are blocks most of which read as paragraphs."""

    def drop_cards_below(parent: Tag) -> bool:
        groups: dict[tuple[str, str], list[Tag]] = {}
        for child in parent.contents:
            if not isinstance(child, Tag) or (child.name == "p" and not child.get("class")):
                continue
            groups.setdefault((child.name, " ".join(child.get("class") or [])), []).append(child)
        for members in groups.values():
            if len(members) < _CARD_MIN_REPEATS:
                continue
            texts = [m.get_text(" ", strip=True) for m in members]
            if all(len(t) <= _CARD_MAX_CHARS and m.find("a") is not None for m, t in zip(members, texts)) \
                    and sum(_is_paragraph_like(m, t) for m, t in zip(members, texts)) * 2 < len(members):
                for member, text in zip(members, texts):
                    if text:
                        removed.append(Removal("html.card_list", _SPACE.sub(" ", text)[:500], "one of a list of look-alike teaser cards"))
                    member.extract()
        return False  # the parent stays; _prune then walks into what is left of it

    drop_cards_below(root)
    _prune(root, drop_cards_below)


def _lines_with_links(root: Tag) -> list[tuple[str, int]]:
    """The visible text of ``root`` as (line, characters inside links): one line per block element,
    inline whitespace collapsed as a browser does. Iterative, so deep nesting cannot overflow."""
    lines: list[tuple[str, int]] = []
    parts: list[str] = []
    link_chars = 0

    def flush() -> None:
        nonlocal link_chars
        line = _SPACE.sub(" ", "".join(parts)).strip()
        if line:
            lines.append((line, link_chars))
        parts.clear()
        link_chars = 0

    stack: list[tuple[object, int, bool]] = [(root, 0, False)]  # node, links above, in <pre>
    while stack:
        node, links, in_pre = stack.pop()
        if node is None:  # end of a block element
            flush()
            continue
        if isinstance(node, NavigableString):
            if type(node) is NavigableString:
                text = str(node)
                if in_pre and "\n" in text:
                    for i, piece in enumerate(text.split("\n")):
                        if i:
                            flush()
                        parts.append(piece)
                    continue
                parts.append(text)
                if links:
                    link_chars += len(_SPACE.sub(" ", text).strip())
            continue
        if not isinstance(node, Tag):
            continue
        block = node.name in _BLOCK_TAGS
        if block:
            flush()
            stack.append((None, 0, False))
        child_links = links + (node.name == "a")
        child_pre = in_pre or node.name == "pre"
        stack.extend((child, child_links, child_pre) for child in reversed(node.contents))
    flush()
    return lines


# Dropped before BeautifulSoup builds its tree (lxml does it in C, in a fraction of the time):
# scripts (but JSON-LD, which holds metadata), styles, graphics, frames, comments and the
# page-furniture tags _drop_furniture would drop anyway.
_PRESTRIP = ("//script[not(@type='application/ld+json')]|//style|//svg|//noscript|//template|//iframe"
             "|//nav|//footer|//aside|//figure|//button|//select|//textarea")
_SILENT = {"script", "style", "svg", "noscript", "template", "iframe"}


def _prestrip(html: str, removed: list[Removal]) -> str:
    """The page without the elements that never hold article text, recorded as removals.

    Falls back to the page as it was when lxml cannot read it whole (an encoding declaration
    in a str, nesting past its depth limit): BeautifulSoup then sees everything, as before.
    """
    parser = lxml.html.HTMLParser(huge_tree=True, remove_comments=True)
    try:
        doc = lxml.html.document_fromstring(html, parser=parser)
    except (ValueError, lxml.etree.ParserError):
        return html
    if any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log):
        return html
    for element in doc.xpath(_PRESTRIP):
        if element.tag not in _SILENT:
            text = _SPACE.sub(" ", element.text_content()).strip()
            if text:
                removed.append(Removal(f"html.{element.tag}", text[:500], f"<{element.tag}> is page furniture"))
        element.drop_tree()
    return lxml.html.tostring(doc, encoding="unicode")


class TooDeep(ValueError):
    """The page nests elements deeper than the limit."""


def _check_depth(root: Tag, limit: int) -> None:
    """Refuse pages nested deeper than ``limit`` elements (an iterative walk: no recursion)."""
    stack = [(root, 0)]
    while stack:
        tag, depth = stack.pop()
        if depth > limit:
            raise TooDeep(f"HTML nested deeper than {limit} elements")
        stack.extend((child, depth + 1) for child in tag.contents if isinstance(child, Tag))


def html_to_text(html: str, max_depth: int = 5000) -> HtmlExtract:
    """Visible text of an HTML page (one line per block, furniture and link lists dropped) and its metadata.

    Choosing the article among the remaining lines is left to the boilerplate step, as for text.

    >>> html_to_text("<html><head><title>T</title></head><body><nav>Home</nav><article><p>Body.</p></article></body></html>").text
    'Body.'
    """
    removed: list[Removal] = []
    html = _prestrip(html, removed)
    with warnings.catch_warnings():
        # A short page that looks like a file name or URL is still a page: bs4's hint is noise.
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(html, "lxml")
    _check_depth(soup, max_depth)
    result = extract_metadata(soup)
    body = soup.body or soup
    _drop_furniture(body, removed)
    kept: list[str] = []
    _drop_card_lists(body, removed)
    root, result.marked_root = find_content_root(body)
    for line, link_chars in _lines_with_links(root):
        if link_chars >= _LINK_LIST_MIN_SHARE * len(line) and len(line) <= _LINK_LIST_MAX_CHARS:
            removed.append(Removal("html.link_list", line, "short line made mostly of links (menu, tag or article list)"))
            kept.append("")
        else:
            kept.append(line)
    result.text = "\n\n".join(kept)
    result.removed = removed
    return result
