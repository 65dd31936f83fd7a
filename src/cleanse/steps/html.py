"""HTML: find the article's main content and its metadata in a raw page.

Parsed with lxml, never rendered: no script runs and no URL is fetched. Page furniture
(navigation, headers, footers, asides, share and comment widgets, figure captions) is dropped
by tag and by class/id words; the content root is the element marked as the article that holds
most of the paragraph text. The body is walked on lxml's tree (its C code is several times
faster than building a BeautifulSoup tree of the whole page); BeautifulSoup reads the metadata
elements lxml picks out: OpenGraph and other meta tags, JSON-LD, ``<title>``, ``<h1>`` and
``<time>``.
"""

from __future__ import annotations

import json
import re
import warnings
from dataclasses import dataclass, field
from functools import lru_cache

import lxml.etree
from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning

from cleanse.document import Removal
from cleanse.steps.language import prose_length

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
    r"byline|tags|taglist|recommended|more-stories|read-more|signup|paywall|outbrain|taboola|sponsored|promoted|caption|credits?|gallery|slideshow|carousel|"
    r"navigation|next-prev|prev-next|pagination|pager|next-post|prev-post|previous-post|"
    # a wiki's section edit links and reference lists (MediaWiki's "mw-editsection", "reflist")
    r"editsection|reflist|mw-references-wrap|"
    # text for screen readers only, which no sighted reader sees ("Image caption", "Share to Facebook")
    r"sr-only|visually-?hidden|screen-reader-text|screen-reader-only|element-invisible|a11y-hidden|assistive-text)(?:$|[\s_-])",
    re.I,
)
_CAMEL_CASE_JOINT = re.compile(r"(?<=[a-z])(?=[A-Z])")  # "imageEmbedCaption": image, Embed, Caption
_FURNITURE_MAX_SHARE = 0.8  # of the page's text: a "widget" holding more is the page itself
_BLOCK_TAGS = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
               "pre", "ul", "ol", "dl", "table", "address", "hr", "center", "details", "summary", "li", "tr",
               "dt", "dd", "td", "th", "br", "form", "fieldset", "body", "html", "caption", "tbody", "thead"}
# A short line that is mostly link text is a menu, a list of other articles or a tag cloud.
_LINK_LIST_MIN_SHARE = 0.5
_LINK_LIST_MAX_CHARS = 300
# ... or a line of any length that is links and nothing else, ending in no sentence's stop: a
# list of other stories set in one paragraph (a Markdown scrape's card links, one a line).
_ALL_LINKS_SHARE = 0.95
# ... unless it is a sentence with words of its own between the links ("James Van Der Beek has
# been eliminated from “Dancing with the Stars.”"): a full stop and this many characters outside links.
_LINK_SENTENCE_MIN_OWN_CHARS = 20
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*$")
# ... nor a web address with a path printed as the link's text ("http://amzn.to/2iJFhRj" under each
# item of a list of offers): the author wrote it out for the reader; menus name their links. (A
# bare site, "www.jeongdongtheater.com", is a source's label: the boilerplate step reads it.)
_PRINTED_URL = re.compile(r"(?:https?://|www\.)[^/\s]+/\S+")
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
    headlines: list[str] = field(default_factory=list)  # the headline's other spellings (h1, JSON-LD)
    # The headline as the page's metadata spells it (meta tags, JSON-LD, <title>), not its first <h1>
    metadata_headlines: list[str] = field(default_factory=list)
    preformatted: frozenset[str] = frozenset()  # the lines the root sets in <pre>, kept as written
    # The texts of the elements the page calls its byline (dropped as furniture), for authors
    # when the metadata names none: "By Jane Porter · March 4, 2024".
    bylines: list[str] = field(default_factory=list)


def _meta_tags(soup: BeautifulSoup) -> dict[str, str]:
    """Every ``<meta>`` content by its property, name or itemprop (lower-cased), first one wins;
    an itemprop or property may hold several names ("datePublished dateCreated")."""
    found: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        content = tag.get("content")
        if not isinstance(content, str) or not content.strip():
            continue
        for key in _meta_keys(tag.get):
            found.setdefault(key, _SPACE.sub(" ", content).strip())
    return found


def _meta_keys(get) -> list[str]:
    """The lower-cased names a meta tag's property, name and itemprop give (``get`` reads an attribute)."""
    keys = []
    for attr in ("property", "name", "itemprop"):
        value = get(attr)
        if isinstance(value, str):
            keys += value.lower().split() if attr != "name" else [value.strip().lower()]
    return keys


def _meta(metas: dict[str, str], *keys: str) -> str | None:
    for key in keys:
        if key.lower() in metas:
            return metas[key.lower()]
    return None


def _json_ld_objects(soup: BeautifulSoup) -> list[dict]:
    found: list[dict] = []
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            found += json_ld_items(json.loads(script.string or ""))
        except (ValueError, TypeError):
            continue
    return found


def json_ld_items(data) -> list[dict]:
    """Every object of parsed JSON-LD: a list's members and a ``@graph``'s too.

    >>> sorted(o["@type"] for o in json_ld_items({"@context": "https://schema.org", "@graph": [{"@type": "WebSite"}, [{"@type": "NewsArticle"}]]}))
    ['NewsArticle', 'WebSite']
    """
    found: list[dict] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            if "@graph" in item:
                stack.append(item["@graph"])
            if set(item) != {"@context", "@graph"}:
                found.append(item)
    return found


def _article_item(objects: list[dict]) -> dict:
    """The JSON-LD object that describes the article: the first with a headline, a publication
    date or the article's body (not the site, its logo or a breadcrumb list)."""
    return next((o for o in objects if "headline" in o or "datePublished" in o or "articleBody" in o), {})


def json_ld_in_dump(text: str) -> HtmlExtract | None:
    """The headline, authors, dates and site of the schema.org JSON-LD a text dump kept of its
    page's scripts (a tag strip prints each script's body as lines of their own), or None.

    >>> dump = 'Home\\n\\n{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Trees",\\n"datePublished": "2024-05-14T08:00:00Z", "author": {"@type": "Person", "name": "Jane Doe"}}\\n\\nText.'
    >>> meta = json_ld_in_dump(dump); meta.title, meta.authors, meta.published
    ('Trees', ['Jane Doe'], '2024-05-14T08:00:00Z')
    """
    if '"@context"' not in text:
        return None
    lines = text.split("\n")
    objects: list[dict] = []
    block_end = -1
    for i, line in enumerate(lines):
        if i <= block_end or '"@context"' not in line:
            continue
        start, block_end = i, i  # the script's body: the lines around it up to a blank one
        while start and lines[start - 1].strip():
            start -= 1
        while block_end + 1 < len(lines) and lines[block_end + 1].strip():
            block_end += 1
        block = "\n".join(lines[start : block_end + 1])
        opening = [at for at in (block.find("{"), block.find("[")) if at >= 0]
        if not opening:
            continue
        try:
            objects += json_ld_items(json.loads(block[min(opening) : max(block.rfind("}"), block.rfind("]")) + 1]))
        except (ValueError, RecursionError):
            continue
    ld = _article_item(objects)
    if not ld:
        return None
    meta = HtmlExtract(text="")
    meta.title = ld["headline"].strip() if isinstance(ld.get("headline"), str) and ld["headline"].strip() else None
    meta.authors = list(dict.fromkeys(a for a in _names(ld.get("author")) if a))
    meta.published = _plausible_date(ld.get("datePublished"))
    meta.updated = _plausible_date(ld.get("dateModified"))
    if isinstance(ld.get("publisher"), dict) and isinstance(ld["publisher"].get("name"), str) \
            and ld["publisher"]["name"].strip().casefold() not in _PLATFORM_PUBLISHERS:
        meta.site_name = ld["publisher"]["name"].strip() or None
    return meta


# Publishers a blog platform's template writes into every blog's JSON-LD: the platform, not the site.
_PLATFORM_PUBLISHERS = frozenset({"blogger", "wordpress", "wordpress.com"})


def _names(value) -> list[str]:
    """Author names from a JSON-LD author value (a string, an object or a list of them)."""
    if isinstance(value, str):
        return [value.strip()] if value.strip() and "://" not in value else []
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    return []


# The meta tags read, by field, best first.
_TITLE_KEYS = ("og:title", "twitter:title")
_DEK_KEYS = ("og:description", "description", "twitter:description")
_SITE_KEYS = ("og:site_name", "application-name")
_AUTHOR_KEYS = ("author", "article:author", "dc.creator", "parsely-author")
_PUBLISHED_KEYS = ("article:published_time", "og:article:published_time", "article:published", "datePublished",
                   "pubdate", "publishdate", "publish-date", "published", "dc.date.issued", "dcterms.issued",
                   "citation_publication_date", "date", "dc.date", "parsely-pub-date", "sailthru.date")
_UPDATED_KEYS = ("article:modified_time", "og:article:modified_time", "article:modified", "dateModified",
                 "og:updated_time", "updated-date", "dcterms.modified")
_META_KEYS = {key.lower() for keys in (_TITLE_KEYS, _DEK_KEYS, _SITE_KEYS, _AUTHOR_KEYS, _PUBLISHED_KEYS, _UPDATED_KEYS)
              for key in keys}


def extract_metadata(soup: BeautifulSoup) -> HtmlExtract:
    """Title, dek, authors, site, dates from meta tags, JSON-LD and ``<time>``; text left empty."""
    meta = HtmlExtract(text="")
    metas = _meta_tags(soup)
    ld = _article_item(_json_ld_objects(soup))
    title_tag = soup.find("title")
    h1 = soup.find("h1")
    h1_text = h1.get_text(" ", strip=True) if h1 else None
    ld_headline = ld.get("headline") if isinstance(ld.get("headline"), str) else None
    meta.title = (
        _meta(metas, *_TITLE_KEYS)
        or ld_headline
        or h1_text
        or (title_tag.get_text(" ", strip=True) if title_tag else None)
    )
    # A page may word its headline differently in its metadata and on the page ("Prison guards
    # charged ..." / <h1>"Two federal prison officers charged ..."): each spelling marks it.
    meta.headlines = [h for h in dict.fromkeys([h1_text, ld_headline]) if h and h != meta.title]
    meta.metadata_headlines = [h for h in dict.fromkeys([_meta(metas, *_TITLE_KEYS), ld_headline,
                                                          title_tag.get_text(" ", strip=True) if title_tag else None]) if h]
    meta.subtitle = _meta(metas, *_DEK_KEYS)
    meta.site_name = _meta(metas, *_SITE_KEYS)
    if not meta.site_name and isinstance(ld.get("publisher"), dict):
        meta.site_name = ld["publisher"].get("name")
    authors = _names(ld.get("author"))
    if not authors:
        author = _meta(metas, *_AUTHOR_KEYS)
        if author and "://" not in author:
            authors = [author]
    meta.authors = list(dict.fromkeys(a for a in authors if a))
    time_tag = soup.find("time", attrs={"datetime": True})
    meta.published = _plausible_date(
        _meta(metas, *_PUBLISHED_KEYS),
        ld.get("datePublished"),
        time_tag["datetime"] if time_tag else None,
    )
    meta.updated = _plausible_date(_meta(metas, *_UPDATED_KEYS), ld.get("dateModified"))
    return meta


# Elements that may name an author: one walk of the tree in C, the attribute's words read in Python.
_ITEMPROP_OR_REL = lxml.etree.XPath("//*[@itemprop or @rel]")
_ITEM_SCOPE = lxml.etree.XPath("ancestor::*[@itemscope][1]")
# The items whose author is the article's: an article or a post, not a comment or a review.
_ARTICLE_ITEM = re.compile(r"(?:Article|Posting|Report)$")
_LABEL_BEFORE_NAME = re.compile(r"^.*\bby:?\s+", re.I | re.S)  # "By", "| BY:", "View all posts by"
_MAX_MARKED_AUTHORS = 3


def marked_authors(root: Element) -> list[str]:
    """The authors the page's markup names outside meta tags and JSON-LD: schema.org microdata's
    ``itemprop="author"`` of the article (not of a comment or a review: ``itemtype`` is an
    Article, a Posting or a Report, or there is none), else HTML's ``rel="author"`` links. A
    name is the author item's ``itemprop="name"`` or the element's text after any "By"; a name
    in lower case only (a user name, "jdadmin") or with digits or "@" is none, and so are more
    than three names (a list of other posts' authors).

    >>> marked_authors(lxml.etree.HTML('<p><a rel="author" href="/a/jane">View all posts by Jane Doe</a></p>'))
    ['Jane Doe']
    """
    marked = _ITEMPROP_OR_REL(root)
    names: list[str] = []
    for element in marked:
        if "author" not in (element.get("itemprop") or "").split():
            continue
        scope = _ITEM_SCOPE(element)
        if scope and not _ARTICLE_ITEM.search((scope[0].get("itemtype") or "").strip()):
            continue
        named = [e for e in element.iterdescendants() if "name" in (e.get("itemprop") or "").split()] \
            if element.get("itemscope") is not None else []
        source = named[0] if named else element
        names.append(source.get("content") or _text(source))
    if not names:
        names = [_text(element) for element in marked if "author" in (element.get("rel") or "").lower().split()]
    found = list(dict.fromkeys(
        name for name in (_LABEL_BEFORE_NAME.sub("", n).strip(" |:·•-–—") for n in names)
        if name and len(name.split()) <= 6 and not name.islower() and not any(ch.isdigit() or ch in "@/" for ch in name)
    ))
    return found if len(found) <= _MAX_MARKED_AUTHORS else []


# Elements whose class or id says "byline": found in C, their words checked in Python.
_BYLINE_CANDIDATES = lxml.etree.XPath(
    "//*[contains(@class, 'yline') or contains(@id, 'yline') or contains(@class, 'yLine') or contains(@id, 'yLine')]")
_BYLINE_CLASS = re.compile(r"(?:^|[\s_-])by-?line(?:$|[\s_-])", re.I)
# Lists of other articles and comments carry bylines of their own.
_OTHER_ITEMS = re.compile(r"(?:^|[\s_-])(?:related|recommended|more-stories|popular|trending|comments?|teasers?|promo)(?:$|[\s_-])", re.I)
_MAX_BYLINES = 3


def _all_links(line: str, link_chars: int) -> bool:
    """Is a line links and nothing else, ending in no sentence's stop (``_ALL_LINKS_SHARE``)?"""
    return link_chars >= _ALL_LINKS_SHARE * len(line) and not _SENTENCE_END.search(line)


def byline_texts(root: Element) -> list[str]:
    """The texts of the first elements the page calls a byline (class or id "byline"), outside
    menus, asides, footers, lists of other articles and comments: "By Jane Porter · March 4,
    2024". The metadata step reads names from them when nothing else names an author.

    >>> byline_texts(lxml.etree.HTML('<div class="post-byline">By <a>Jane Doe</a></div>'))
    ['By Jane Doe']
    """
    found = []
    for element in _BYLINE_CANDIDATES(root):
        if not _BYLINE_CLASS.search(_class_words(element)) or any(
                ancestor.tag in ("nav", "aside", "footer")
                or ancestor.tag not in ("body", "html") and _OTHER_ITEMS.search(_class_words(ancestor))
                for ancestor in element.iterancestors()):
            continue
        text = _SPACE.sub(" ", _text(element)).strip()
        if text:
            found.append(text)
            if len(found) == _MAX_BYLINES:
                break
    return found


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


Element = lxml.etree._Element  # plain elements: lxml.html's class lookup per node costs more than it gives


def _is_element(node) -> bool:
    """An element, not a comment or processing instruction (their ``tag`` is not a string)."""
    return isinstance(node.tag, str)


def _text(element: Element) -> str:
    """The element's text, its pieces stripped and joined by one space (bs4's
    ``get_text(" ", strip=True)``)."""
    return " ".join([stripped for piece in element.itertext() if (stripped := piece.strip())])


def _class_words(element: Element) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}".strip()


def _marked_as_content(element: Element) -> bool:
    """Does the page mark this element as the article (tag, itemprop or a content class)?"""
    return (
        element.tag in ("article", "main")
        or element.get("itemprop") == "articleBody"
        or content_words(_class_words(element))
    )


def _detach(element: Element) -> None:
    """Remove ``element`` from the tree, keeping the text that follows it (its tail)."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _inside(element: Element, dropped: set[Element]) -> bool:
    return any(ancestor in dropped for ancestor in element.iterancestors())


def _drop_tags(root: Element, tags, removed: list[Removal], keep=None) -> set[Element]:
    """Detach every element of ``root`` with one of ``tags`` (outermost first; ``keep`` spares
    some), recording the text of those that show any; returns what was dropped."""
    dropped: set[Element] = set()
    for element in list(root.iter(*tags)):  # document order: outer elements first
        if (keep and keep(element)) or _inside(element, dropped):
            continue
        text = _text(element) if element.tag not in _SILENT else ""
        if text:
            removed.append(Removal(f"html.{element.tag}", _SPACE.sub(" ", text)[:500], f"<{element.tag}> is page furniture"))
        dropped.add(element)
        _detach(element)
    return dropped


def _drop_furniture(body: Element, removed: list[Removal]) -> None:
    """Drop elements that never hold article text, then class/id-named widgets ("related",
    "share", "comments", ...) unless they are, or hold, an element marked as the article, or
    hold most of the page's text (a page wrapper named "has-sidebar")."""
    dropped = _drop_tags(body, _DROP_TAGS, removed)

    total = len(_text(body)) or 1
    named = [(element, _class_words(element)) for element in body.xpath(".//*[@class or @id]")]
    marked = [*body.iter("article", "main"), *body.xpath(".//*[@itemprop='articleBody']"),
              *(element for element, words in named if content_words(words))]
    holds_article: set[Element] = set()
    for element in marked:
        for ancestor in [element, *element.iterancestors()]:
            if ancestor in holds_article:
                break
            holds_article.add(ancestor)

    for element, words in named:  # document order: outer widgets first
        furniture = furniture_words(words)
        # The cached word tests first: most named elements are neither, and need no walk up the tree.
        if not furniture and not dek_words(words) or element in holds_article or _inside(element, dropped):
            continue
        text = _text(element)
        if len(text) > _FURNITURE_MAX_SHARE * total or not furniture and len(text.split()) > _DEK_MAX_WORDS:
            continue
        if text:
            removed.append(Removal("html.furniture", _SPACE.sub(" ", text)[:500], f"element class/id {words[:60]!r}")
                           if furniture else Removal("html.dek", _SPACE.sub(" ", text)[:500],
                                                     f"a dek, the article's summary (class/id {words[:60]!r}); "
                                                     "the page's description is in the subtitle column"))
        dropped.add(element)
        _detach(element)


# Elements that say they hold the article body.
_CONTENT_CLASS = re.compile(
    r"(?:^|[\s_-])(article-?body|articlebody|entry-content|post-content|post-body|story-body|story-content|"
    r"article-content|article-text|content-body|body-text|main-content|article__body|rich-text)(?:$|[\s_-])",
    re.I,
)
_ROOT_MIN_SHARE = 0.7  # of the page's prose that a content element must hold to be the root


# A dek: the summary set under a headline, or under a teaser's headline in a list of stories
# ("article__dek", "standfirst", "m-detail--abstract"). At most this many words: a paper's
# abstract, also so named, is longer and is text.
_DEK_CLASS = re.compile(r"(?:^|[\s_-])(dek|subdeck|standfirst|abstract)(?:$|[\s_-])", re.I)
_DEK_MAX_WORDS = 60


@lru_cache(maxsize=8192)
def dek_words(words: str) -> bool:
    """Do an element's class and id words name a dek? ``"m-detail--abstract"`` -> True."""
    return bool(_DEK_CLASS.search(_CAMEL_CASE_JOINT.sub("-", words)))


# A sidebar's or footer's widget in blog software's markup (WordPress, Blogger): the class word
# "widget" on its own ("widget widget_text", "widget LinkList"); page builders' "elementor-widget"
# wraps article text too.
_WIDGET_CLASS = re.compile(r"(?:^|\s)widget(?:\s|$)")


# Class strings repeat within a page (cards, list items) and across a site's pages.
@lru_cache(maxsize=8192)
def furniture_words(words: str) -> bool:
    """Do an element's class and id words name page furniture? ``"share-bar"`` -> True; in
    camel case too, ``"InlineImage-imageEmbedCaption"`` -> True (its words: image, embed, caption)."""
    return bool(_FURNITURE.search(_CAMEL_CASE_JOINT.sub("-", words)) or _WIDGET_CLASS.search(words))


@lru_cache(maxsize=8192)
def content_words(words: str) -> bool:
    """Do an element's class and id words name the article body? ``"entry-content"`` -> True."""
    return bool(_CONTENT_CLASS.search(words))


def find_content_root(body: Element) -> tuple[Element, bool]:
    """The element that holds the article, and whether the page marked it as such.

    The smallest element marked as the article (``<article>``, ``<main>``, itemprop
    articleBody, a content class) that holds ``_ROOT_MIN_SHARE`` of the page's prose, else the
    body. Lines outside the root are not even candidates: sidebars and teaser lists full of
    prose go with them. (Inferring an unmarked root the same way cost recall on the dev pages.)
    """
    prose: dict[Element, int] = {}
    for p in body.iterdescendants("p"):
        length = prose_length(_text(p))  # a Chinese or Japanese character counts three
        if length < 100 or next(p.iterancestors("a"), None) is not None:  # a teaser's dek inside its link is no article prose
            continue
        for ancestor in [p, *p.iterancestors()]:
            prose[ancestor] = prose.get(ancestor, 0) + length
            if ancestor is body:
                break
    total = prose.get(body, 0)
    if not total:
        return body, False
    # Elements holding that share of the prose all lie on one line of descent: of two equally
    # large, the outer (fewer ancestors) wins, as the first in document order.
    candidates = [(sum(map(len, element.itertext())), sum(1 for _ in element.iterancestors()), element)
                  for element, length in prose.items()
                  if element is not body and length >= _ROOT_MIN_SHARE * total and _marked_as_content(element)]
    if not candidates:
        return body, False
    return min(candidates, key=lambda candidate: candidate[:2])[2], True


_HEADLINE_NOISE = re.compile(r"[\W_]+")
_OTHER_ARTICLE_MIN_PROSE = 300  # characters of paragraphs: a whole article, not a teaser card


def _headline_key(text: str) -> str:
    return _HEADLINE_NOISE.sub(" ", text).strip().casefold()


def titled_article(root: Element, headlines: list[str]) -> tuple[Element, list[Element]] | None:
    """The article the page is about, when ``root`` holds several whole ones: an endless page
    appends the next stories below the first, each an ``<article>`` with its own ``<h1>`` and
    paragraphs. The one whose ``<h1>`` is the page's headline (``headlines``: its metadata's
    spellings; a site's name after it is allowed) is kept, with the others to drop; None unless
    exactly one is. Comments and teaser cards, without an ``<h1>`` or with little prose, do not
    count, nor does an article's own nested ``<article>``.

    >>> page = lxml.etree.HTML("<article><h1>Big News Today</h1><p>" + "Body. " * 60 + "</p></article>"
    ...                        "<article><h1>Next Story Here</h1><p>" + "Other. " * 60 + "</p></article>")
    >>> kept, others = titled_article(page, ["Big News Today | Site"])
    >>> kept.findtext("h1"), [a.findtext("h1") for a in others]
    ('Big News Today', ['Next Story Here'])
    """
    tops = [a for a in root.iter("article") if a is not root and next(a.iterancestors("article"), None) is None]
    if len(tops) < 2:
        return None
    whole = []
    for article in tops:
        h1 = next(article.iter("h1"), None)
        prose = sum(length for p in article.iter("p") if (length := len(_text(p))) >= 100)
        if h1 is not None and prose >= _OTHER_ARTICLE_MIN_PROSE:
            whole.append((article, _headline_key(_text(h1))))
    if len(whole) < 2:
        return None
    keys = {_headline_key(h) for h in headlines if h}
    titled = [article for article, key in whole
              if len(key.split()) >= 3 and any(k == key or k.startswith(key + " ") for k in keys)]
    if len(titled) != 1:
        return None
    return titled[0], [article for article, _ in whole if article is not titled[0]]


_CARD_MIN_REPEATS = 3
_CARD_MAX_CHARS = 400


def _is_paragraph_like(element: Element, text: str) -> bool:
    """A block of running text with a link in it, rather than a link with a line under it."""
    if len(text) < 150:
        return False
    return sum(len(_text(a)) for a in element.iterdescendants("a")) < 0.2 * len(text)


def _drop_card_lists(root: Element, removed: list[Removal]) -> None:
    """Drop runs of look-alike sibling "cards" (same tag and class, three or more, each short and
    holding a link): teaser lists of other articles, galleries, product grids. Plain paragraphs
    (<p> without class) are never cards, nor are blocks most of which read as paragraphs, nor
    siblings with text between them (links inside a paragraph)."""

    dropped: set[Element] = set()
    # Only a parent of three or more elements can hold a list; parents come before their
    # descendants, and nothing inside a dropped card is looked at again.
    for parent in [root, *root.xpath(f".//*[count(*) >= {_CARD_MIN_REPEATS}]")]:
        if parent is not root and _inside(parent, dropped):
            continue
        # Siblings with running text between them are links inside a paragraph ("I <span><a>wrote
        # a long rant</a></span> about this ..."), not a list of cards.
        if (parent.text or "").strip() or any((child.tail or "").strip() for child in parent):
            continue
        groups: dict[tuple[str, str], list[Element]] = {}
        for child in parent:
            if not _is_element(child) or (child.tag == "p" and not child.get("class")):
                continue
            groups.setdefault((child.tag, " ".join((child.get("class") or "").split())), []).append(child)
        for members in groups.values():
            if len(members) < _CARD_MIN_REPEATS:
                continue
            texts = [_text(m) for m in members]
            if all(len(t) <= _CARD_MAX_CHARS and next(m.iterdescendants("a"), None) is not None for m, t in zip(members, texts)) \
                    and sum(_is_paragraph_like(m, t) for m, t in zip(members, texts)) * 2 < len(members):
                for member, text in zip(members, texts):
                    if text:
                        removed.append(Removal("html.card_list", _SPACE.sub(" ", text)[:500], "one of a list of look-alike teaser cards"))
                    dropped.add(member)
                    _detach(member)


def _lines_with_links(root: Element) -> list[tuple[str, int, bool]]:
    """The visible text of ``root`` as (line, characters inside links, set in ``<pre>``): one line
    per block element, inline whitespace collapsed as a browser does. Iterative, so deep nesting
    cannot overflow."""
    lines: list[tuple[str, int, bool]] = []
    parts: list[str] = []
    link_chars = 0
    preformatted = False

    def flush() -> None:
        nonlocal link_chars, preformatted
        line = _SPACE.sub(" ", "".join(parts)).strip()
        if line:
            lines.append((line, link_chars, preformatted))
        parts.clear()
        link_chars = 0
        preformatted = False

    # Items: an element, a piece of text (an element's text or a child's tail) or None, the end
    # of a block; each with the number of links around it and whether it is inside <pre>.
    stack: list[tuple[object, int, bool]] = [(root, 0, False)]
    while stack:
        node, links, in_pre = stack.pop()
        if node is None:
            flush()
        elif isinstance(node, str):
            preformatted = preformatted or in_pre
            if in_pre and "\n" in node:
                for i, piece in enumerate(node.split("\n")):
                    if i:
                        flush()
                        preformatted = True
                    parts.append(piece)
                continue
            parts.append(node)
            if links:
                link_chars += len(_SPACE.sub(" ", node).strip())
        elif _is_element(node):
            if node.tag in _BLOCK_TAGS:
                flush()
                stack.append((None, 0, False))
            child_links = links + (node.tag == "a")
            child_pre = in_pre or node.tag == "pre"
            for child in reversed(node):
                if child.tail:
                    stack.append((child.tail, child_links, child_pre))
                stack.append((child, child_links, child_pre))
            if node.text:
                stack.append((node.text, child_links, child_pre))
    flush()
    return lines


# Dropped before the metadata is read (a heading or date in a sidebar is not the article's):
# scripts but JSON-LD, styles, graphics, frames and furniture; the rest of _DROP_TAGS after.
_DROP_FIRST = ("script", "style", "svg", "noscript", "template", "iframe", "nav", "footer", "aside", "figure",
               "button", "select", "textarea")
_SILENT = {"script", "style", "svg", "noscript", "template", "iframe", "head"}  # their text is code, not prose
# libxml2 refuses to nest elements deeper than this (its own limit, even with huge_tree).
LXML_MAX_DEPTH = 2047


class TooDeep(ValueError):
    """The page nests elements deeper than the limit."""


# Characters lxml keeps from a parsed page but refuses in any text set afterwards (dropping an
# element moves its tail text): control characters, which the encoding step drops anyway.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_CONTROL_BYTES = bytes([*range(0x09), 0x0b, 0x0c, *range(0x0e, 0x20)])  # _NOT_XML's characters below 0x20


def _parse(data: bytes) -> Element | None:
    """The tree of a page given as UTF-8 bytes, comments left out; None for a page with nothing in it.

    The caller drops the control characters first (``_NOT_XML``; libxml2 would also turn a NUL
    into U+FFFD, text the page never had). Bytes, not a str: lxml refuses a str whose page
    declares its encoding in an ``<?xml?>`` line.
    """
    parser = lxml.etree.HTMLParser(huge_tree=True, remove_comments=True, encoding="utf-8")
    try:
        root = lxml.etree.fromstring(data, parser=parser)
    except lxml.etree.XMLSyntaxError:
        return None
    if any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log):
        raise TooDeep(f"HTML nested deeper than {LXML_MAX_DEPTH} elements (the parser's own limit)")
    return root


@lru_cache(maxsize=8)
def _below_depth(limit: int) -> lxml.etree.XPath:
    """The elements ``limit`` levels under the root ("*/*/.../*"): libxml2 steps down one level
    of the tree at a time, in C, twice as fast as walking it from Python."""
    return lxml.etree.XPath("/".join(["*"] * limit))


def _check_depth(root: Element, limit: int) -> None:
    """Refuse pages nested deeper than ``limit`` elements (the root is the first)."""
    if limit >= LXML_MAX_DEPTH:
        return  # the parser has refused anything deeper already
    if _below_depth(limit)(root):
        raise TooDeep(f"HTML nested deeper than {limit} elements")


def _read_meta(element: Element) -> bool:
    return any(key in _META_KEYS for key in _meta_keys(element.get))


def _metadata_elements(root: Element) -> list[Element]:
    """In document order: every ``<meta>`` with a content the metadata reads, ``<title>``, JSON-LD
    scripts, the first ``<h1>`` and the first ``<time>`` with a datetime. One walk of the tree
    (the XPath union of the five walked it five times, twice this function's time)."""
    found: list[Element] = []
    h1 = time_ = False
    for element in root.iter("meta", "title", "script", "h1", "time"):
        tag = element.tag
        if tag == "meta":
            if element.get("content") is not None and _read_meta(element):
                found.append(element)
        elif tag == "script":
            if element.get("type") == "application/ld+json":
                found.append(element)
        elif tag == "h1":
            if not h1:
                found.append(element)
                h1 = True
        elif tag == "time":
            if not time_ and element.get("datetime") is not None:
                found.append(element)
                time_ = True
        else:
            found.append(element)
    return found


def _metadata_soup(root: Element) -> BeautifulSoup:
    """The page's metadata elements (meta, title, JSON-LD, the first h1 and dated <time>) as a small soup."""
    markup = "".join(lxml.etree.tostring(element, encoding="unicode", method="html", with_tail=False)
                     for element in _metadata_elements(root))
    with warnings.catch_warnings():
        # A short page that looks like a file name or URL is still a page: bs4's hint is noise.
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        return BeautifulSoup(markup, "lxml")


# What a naive scraper leaves out of a page's text dump (BeautifulSoup's get_text with these gone).
_NOT_IN_DUMP = ("script", "style", "noscript", "template", "svg")


def page_dump(html: str) -> str:
    """Every text node of a page on its own line, scripts and styles left out: the text a naive
    scraper saves (the page's title first), for the readers of a text dump's dateline and byline
    when the page's metadata names no date. Nothing else is dropped: navigation stays in.

    >>> page_dump("<html><head><title>T</title><style>p{}</style></head><body><p>By <b>Jo Roe</b></p></body></html>")
    'T\\nBy \\nJo Roe'
    """
    root = _parse(_NOT_XML.sub("", html).encode("utf-8", "ignore"))
    if root is None:
        return ""
    lxml.etree.strip_elements(root, *_NOT_IN_DUMP, with_tail=False)
    return "\n".join(root.itertext())


def html_to_text(html: str, max_depth: int = 2000) -> HtmlExtract:
    """Visible text of an HTML page (one line per block, furniture and link lists dropped) and its metadata.

    Choosing the article among the remaining lines is left to the boilerplate step, as for text.

    >>> html_to_text("<html><head><title>T</title></head><body><nav>Home</nav><article><p>Body.</p></article></body></html>").text
    'Body.'
    """
    removed: list[Removal] = []
    data = html.encode("utf-8", "ignore")
    # Control characters are rare: a test in C on the bytes (those below 0x20 stand for themselves
    # in UTF-8) is ~4x cheaper than scanning the text with _NOT_XML, which only a page that has
    # some is given.
    if len(data.translate(None, _CONTROL_BYTES)) != len(data) or "\ufffe" in html or "\uffff" in html:
        controls = "".join(_NOT_XML.findall(html))
        html = _NOT_XML.sub("", html)
        removed.append(Removal("encoding.control", controls, "control characters"))
        data = html.encode("utf-8", "ignore")
    root = _parse(data)
    if root is None:
        return HtmlExtract(text="", removed=removed)
    _check_depth(root, max_depth)
    _drop_tags(root, _DROP_FIRST, removed, keep=lambda element: element.get("type") == "application/ld+json")
    result = extract_metadata(_metadata_soup(root))
    if not result.authors:  # before furniture goes: an author box may be furniture
        result.authors = marked_authors(root)
    if not result.authors:
        result.bylines = byline_texts(root)
    body = root.find("body")
    if body is None:
        body = root
    _drop_furniture(body, removed)
    _drop_card_lists(body, removed)
    root_element, result.marked_root = find_content_root(body)
    # By the metadata's headline only: a page without one may be a blog's front page of whole posts.
    if (titled := titled_article(root_element, result.metadata_headlines)) is not None:
        root_element, others = titled
        result.marked_root = True
        for other in others:
            removed.append(Removal("html.other_article", _SPACE.sub(" ", _text(other))[:500],
                                   "another whole article the page appends below this one (an endless page)"))
    kept: list[str] = []
    preformatted: set[str] = set()
    for line, link_chars, in_pre in _lines_with_links(root_element):
        if in_pre:  # a code sample or a poem the article sets as written: no rule of furniture applies
            preformatted.add(line)
            kept.append(line)
        elif link_chars >= _LINK_LIST_MIN_SHARE * len(line) \
                and (len(line) <= _LINK_LIST_MAX_CHARS or _all_links(line, link_chars)) \
                and not (_SENTENCE_END.search(line) and len(line) - link_chars >= _LINK_SENTENCE_MIN_OWN_CHARS) \
                and not _PRINTED_URL.fullmatch(line):
            reason = "short line made mostly of links (menu, tag or article list)" if len(line) <= _LINK_LIST_MAX_CHARS \
                else "a line of links and nothing else (a list of other stories)"
            removed.append(Removal("html.link_list", line, reason))
            kept.append("")
        else:
            kept.append(line)
    result.text = "\n\n".join(kept)
    result.removed = removed
    result.preformatted = frozenset(preformatted)
    return result
