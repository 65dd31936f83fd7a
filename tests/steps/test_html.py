import pytest

from cleanse.steps.html import TooDeep, dek_words, furniture_words, html_to_text, json_ld_in_dump

PAGE = """<!doctype html><html lang="en"><head>
<title>Ignored | Site</title>
<meta property="og:title" content="The Real Title">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-02-15T09:30:00+00:00">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "The Real Title",
 "author": [{"@type": "Person", "name": "Jane Doe"}], "dateModified": "2024-02-16"}</script>
<style>.x{color:red}</style></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<header><h1>Site header</h1></header>
<article><h1>The Real Title</h1>
<p>First paragraph with <a href="#">a link</a> and
 a line break in the source.</p>
<figure><img src="a.jpg"><figcaption>Photo: Someone</figcaption></figure>
<div class="share-buttons">Share on Facebook</div>
<h2>A subheading</h2>
<p>Second paragraph.<br>With a break.</p>
<ul><li>item one</li><li>item two</li></ul>
</article>
<aside>Related stories</aside><footer>© 2024 Example</footer>
<script>var x = "not text";</script>
</body></html>"""


def test_main_content_and_metadata():
    result = html_to_text(PAGE)
    text = " ".join(result.text.split())
    assert "First paragraph with a link and a line break in the source." in text
    assert "A subheading" in text and "item one" in text and "Second paragraph." in text
    for junk in ("Home", "Site header", "Photo: Someone", "Share on Facebook", "Related stories", "© 2024", "not text", "color:red"):
        assert junk not in result.text
    assert result.title == "The Real Title"
    assert result.site_name == "Example News"
    assert result.authors == ["Jane Doe"]
    assert result.published == "2024-02-15T09:30:00+00:00"
    assert result.updated == "2024-02-16"
    assert {r.rule for r in result.removed} >= {"html.nav", "html.footer", "html.figure"}


def test_blocks_become_lines():
    result = html_to_text("<html><body><p>One.</p><p>Two.</p><ul><li>a</li><li>b</li></ul></body></html>")
    lines = [line.strip() for line in result.text.split("\n") if line.strip()]
    assert lines == ["One.", "Two.", "a", "b"]


def test_malformed_html_does_not_crash():
    result = html_to_text("<html><body><p>Unclosed <b>bold <div>mixed</p></span>text & more")
    assert "Unclosed" in result.text and "text & more" in result.text


def test_time_tag_gives_published_when_meta_is_missing():
    result = html_to_text('<html><body><article><time datetime="2023-11-17">Nov 17</time><p>Body text.</p></article></body></html>')
    assert result.published == "2023-11-17"


def test_teaser_cards_are_dropped_but_paragraph_blocks_with_links_are_kept():
    cards = "".join(f'<div class="card"><h3><a href="/s{i}">Other story number {i}</a></h3><p>Short dek {i}.</p></div>' for i in range(4))
    paragraphs = "".join(
        f'<div class="para">Paragraph {i} of the article runs long enough to read as prose, with '
        f'<a href="/x">one link</a> inside it and many more words after the link to make it a real paragraph of running text.</div>'
        for i in range(4)
    )
    page = f"<html><body><article>{paragraphs}</article><section>{cards}</section></body></html>"
    result = html_to_text(page)
    assert "Other story number" not in result.text
    assert result.text.count("Paragraph") == 4
    assert any(r.rule == "html.card_list" for r in result.removed)


def test_links_inside_a_paragraph_are_no_card_list():
    # look-alike <span><a> siblings with the paragraph's own words between them
    spans = [f'<span><a class="js_link" href="/l{i}">link text {i}</a></span>' for i in range(3)]
    paragraph = f"<p>I {spans[0]} about this last year, then {spans[1]} and {spans[2]} since.</p>"
    page = f"<html><body><article>{paragraph * 3}</article></body></html>"
    result = html_to_text(page)
    assert result.text.count("I link text 0 about this last year, then link text 1 and link text 2 since.") == 3
    assert not any(r.rule == "html.card_list" for r in result.removed)


def test_furniture_named_widget_goes_unless_it_holds_the_article():
    long_p = "<p>" + "Real article words that read as prose. " * 10 + "</p>"
    page = (
        '<html><body><div class="page has-sidebar">'
        f'<div class="entry-content entry-content-read-more">{long_p}{long_p}</div>'
        f'<section class="related-stories">{long_p}{long_p}{long_p}</section>'
        "</div></body></html>"
    )
    result = html_to_text(page)
    assert result.text.count("Real article words") == 20
    assert any(r.rule == "html.furniture" for r in result.removed)


@pytest.mark.parametrize(
    ("words", "dek"),
    [
        ("m-detail--abstract", True),
        ("article__dek", True),
        ("standfirst", True),
        ("ArticleDek", True),
        ("teaser__subdeck", True),
        ("deck-of-cards", False),  # a word that starts like one is not that word
        ("abstractions", False),
    ],
)
def test_dek_words(words, dek):
    assert dek_words(words) is dek


def test_a_dek_inside_the_article_goes_but_a_papers_abstract_stays():
    long_p = "<p>" + "Real article words that read as prose. " * 10 + "</p>"
    dek = '<div class="m-detail--abstract">Our top picks for events, competition and fun this month.</div>'
    abstract = '<div class="abstract"><p>' + "Findings of the study in a long summary. " * 12 + "</p></div>"
    result = html_to_text(f"<html><body><article>{dek}{long_p}{long_p}</article></body></html>")
    assert "top picks" not in result.text and result.text.count("Real article words") == 20
    assert [r.rule for r in result.removed if "top picks" in r.text] == ["html.dek"]
    result = html_to_text(f"<html><body><article>{abstract}{long_p}{long_p}</article></body></html>")
    assert result.text.count("Findings of the study") == 12  # more than a dek's 60 words: text


def test_a_blog_sidebars_text_widget_goes():
    # an appeal for donations in a WordPress text widget below the article, outside <aside>
    long_p = "<p>" + "Real article words that read as prose. " * 10 + "</p>"
    appeal = '<li id="text-3" class="widget widget_text"><div class="textwidget"><p>Support our work: bank account 0061947069</p></div></li>'
    page = f'<html><body><div class="post">{long_p}{long_p}</div><ul class="xoxo">{appeal}</ul></body></html>'
    result = html_to_text(page)
    assert result.text.count("Real article words") == 20 and "bank account" not in result.text


@pytest.mark.parametrize("widget", ["grid-container next-prev", "pagination", "post-navigation", "nav-previous"])
def test_next_and_previous_article_widgets_go(widget):
    # "- Next Auto News" with the next story's headline and dek, inside the marked article
    long_p = "<p>" + "Real article words that read as prose. " * 10 + "</p>"
    teaser = "<p>The most powerful hot hatch to come out of Oxford has 306 HP and a huge rear wing</p>"
    page = f'<html><body><article>{long_p}{long_p}<div class="{widget}">{teaser}</div></article></body></html>'
    result = html_to_text(page)
    assert result.text.count("Real article words") == 20 and "hot hatch" not in result.text


def test_link_lists_are_dropped():
    page = '<html><body><ul><li><a href="/a">Home</a></li><li><a href="/b">World</a></li></ul><p>' + "Body text here. " * 20 + "</p></body></html>"
    result = html_to_text(page)
    assert "Home" not in result.text and "World" not in result.text
    assert {r.rule for r in result.removed} >= {"html.link_list"}


@pytest.mark.parametrize(
    ("line", "probe", "kept"),
    [
        ('<a href="/p">James Van Der Beek</a> has been eliminated from “<a href="/s">Dancing with the Stars</a>.”',
         "has been eliminated", True),
        ('<a href="/a">Politics</a> | <a href="/b">Business</a> | <a href="/c">Entertainment news</a> | <a href="/d">Sport</a>.',
         "Entertainment", False),
        ('<a href="/x">Read the whole interview with the minister here</a>.', "whole interview", False),
        # a web address with a path written out as the link's text is the author's; a bare site is a label
        ('<a href="http://amzn.to/2iJFhRj">http://amzn.to/2iJFhRj</a>', "amzn.to/2iJFhRj", True),
        ('<a href="https://example.com/">www.example.com</a>', "example.com", False),
    ],
)
def test_a_sentence_with_words_of_its_own_between_links_is_no_link_list(line, probe, kept):
    long_p = "<p>" + "Real article words that read as prose. " * 10 + "</p>"
    result = html_to_text(f"<html><body><article><p>{line}</p>{long_p}</article></body></html>")
    assert (probe in result.text) is kept


def test_placeholder_dates_in_metadata_are_skipped():
    page = ('<html><head><meta property="article:published_time" content="0001-01-01T00:00:00Z"></head>'
            '<body><time datetime="2019-11-19T10:00:00Z">today</time><p>Body.</p></body></html>')
    assert html_to_text(page).published == "2019-11-19T10:00:00Z"


def test_deep_nesting_does_not_overflow_and_has_a_limit():
    page = "<html><body>" + "<div>" * 1500 + "<p>Deep text.</p>" + "</div>" * 1500 + "</body></html>"
    assert "Deep text." in html_to_text(page, max_depth=2000).text
    with pytest.raises(TooDeep, match="deeper than 1000"):
        html_to_text(page, max_depth=1000)


@pytest.mark.parametrize("limit, refused", [(12, False), (11, True)])
def test_the_depth_limit_counts_every_element_from_the_root(limit, refused):
    page = "<html><body>" + "<div>" * 9 + "<p>Deep text.</p>" + "</div>" * 9 + "</body></html>"  # 12 deep
    if refused:
        with pytest.raises(TooDeep):
            html_to_text(page, max_depth=limit)
    else:
        assert html_to_text(page, max_depth=limit).text == "Deep text."


def test_nesting_past_the_parsers_own_limit_is_refused_whatever_the_setting():
    page = "<html><body>" + "<div>" * 20000 + "<p>Deep text.</p>" + "</div>" * 20000 + "</body></html>"
    with pytest.raises(TooDeep, match="parser's own limit"):
        html_to_text(page, max_depth=50_000)


@pytest.mark.parametrize("page, text", [
    ("", ""),
    ("   ", ""),
    ('<?xml version="1.0" encoding="utf-8"?><html><body><p>Declared.</p></body></html>', "Declared."),
    ("<p>a\x00b</p>", "ab"),  # NUL is dropped, not turned into U+FFFD
    ("<p>keep <script>x</script>\x01tail\x0b</p>", "keep tail"),  # found by benchmarks/fuzz.py
])
def test_pages_lxml_reads_only_with_help(page, text):
    assert html_to_text(page).text == text


@pytest.mark.parametrize(
    ("page", "controls"),
    [
        ("<p>a\x00b</p><p>c\x0bd\x1fe</p>", "\x00\x0b\x1f"),
        ("<p>a\ufffeb\uffffc</p>", "\ufffe\uffff"),
        ("<p>tab\tand\r\nnewline stay</p>", None),
        ("<p>only \u0100 and \U0001f600, no control</p>", None),
    ],
)
def test_control_characters_are_dropped_and_recorded(page, controls):
    result = html_to_text(page)
    recorded = [r.text for r in result.removed if r.rule == "encoding.control"]
    assert recorded == ([controls] if controls else [])
    assert not any(c in result.text for c in "\x00\x0b\x1f\ufffe\uffff")


@pytest.mark.parametrize(
    ("words", "furniture"),
    [
        ("share-bar", True),
        # camel case names its words too (React and CSS-module class names)
        ("InlineImage-imageEmbedCaption", True),
        ("SocialBar-items", True),
        ("relatedLink", True),
        ("PromoSmall-title", True),
        # ... and the article's own names stay names of content
        ("ArticleBody-articleBody", False),
        ("storyBodyText", False),
        ("shareholders-letter", False),  # a word that starts like one is not that word
        # a blog sidebar's widget (WordPress, Blogger): the class word "widget" on its own
        ("widget widget_text", True),
        ("widget LinkList", True),
        # ... but a page builder wraps the article's own text in its widgets
        ("elementor-widget-container", False),
        ("elementor-element elementor-widget elementor-widget-text-editor", False),
        # text for screen readers only, which no sighted reader sees
        ("sr-only", True),
        ("screen-reader-text", True),
        ("bbc-14gqcmb VisuallyHidden", True),
        ("hidden-xs", False),  # hidden on small screens only: shown on others
        ("mw-editsection", True),  # a wiki's "[edit]" links and its reference list
        ("reflist columns", True),
        ("sponsored-links", True),  # paid teasers beside or inside the article
        ("promoted-stories", True),
    ],
)
def test_furniture_words(words, furniture):
    assert furniture_words(words) is furniture


def test_the_headlines_other_spellings_are_kept_for_the_metadata_step():
    page = ('<html><head><meta property="og:title" content="Prison guards charged"></head><body>'
            '<h1>Two federal prison officers charged</h1><p>Body.</p></body></html>')
    result = html_to_text(page)
    assert result.title == "Prison guards charged" and result.headlines == ["Two federal prison officers charged"]


def test_text_for_screen_readers_only_is_dropped():
    page = ('<html><body><article><p>The bridge reopened on Tuesday after a year of repairs, the city said.'
            '<span class="sr-only"> (opens in a new tab)</span></p>'
            '<figure><span class="VisuallyHidden">Image caption, </span>Crews at work</figure>'
            '<p>Traffic was light.</p></article></body></html>')
    result = html_to_text(page)
    assert result.text == "The bridge reopened on Tuesday after a year of repairs, the city said.\n\nTraffic was light."
    assert "(opens in a new tab)" in [r.text for r in result.removed]


ARTICLE_BODY = "<p>" + "Body text of the article, long enough to be its prose. " * 4 + "</p>"


@pytest.mark.parametrize("markup, authors", [
    # schema.org microdata: the article's author, by its name
    ('<article itemscope itemtype="https://schema.org/NewsArticle"><p itemprop="author" itemscope '
     'itemtype="https://schema.org/Person">By <a href="/by/jane"><span itemprop="name">Jane Doe</span></a></p>'
     f'{ARTICLE_BODY}</article>', ["Jane Doe"]),
    ('<article itemscope itemtype="https://schema.org/BlogPosting"><span itemprop="author">Jane Doe</span>'
     f'{ARTICLE_BODY}</article>', ["Jane Doe"]),
    # ... not a comment's
    (f'<article>{ARTICLE_BODY}</article><div itemscope itemtype="https://schema.org/Comment">'
     '<span itemprop="author">John Roe</span><p>Nice post!</p></div>', []),
    # HTML's rel="author" link, without what its text says around the name
    (f'<article><a rel="author" href="/author/jane">Jane Doe</a>{ARTICLE_BODY}</article>', ["Jane Doe"]),
    (f'<article>{ARTICLE_BODY}<a rel="author" href="/author/jane">View all posts by Jane Doe</a></article>', ["Jane Doe"]),
    # a user name, an empty avatar link, and a list of other posts' authors are none
    (f'<article><a rel="author" href="/author/jd">jdadmin</a><a rel="author" href="/a"><img src="a.png"></a>{ARTICLE_BODY}</article>', []),
    (f'<article>{ARTICLE_BODY}</article><ul>' + "".join(f'<li><a rel="author" href="/a/{n}">{n} Doe</a></li>'
                                                        for n in ("Ann", "Bob", "Cid", "Dan")) + "</ul>", []),
])
def test_authors_from_microdata_and_author_links(markup, authors):
    assert html_to_text(f"<html><body>{markup}</body></html>").authors == authors


@pytest.mark.parametrize("markup, bylines", [
    # the page's byline element, wherever it is (in a <header> the html step drops)
    (f'<header><span class="byline">By <a>Jane Doe</a></span> <time>Jan 3</time></header><article>{ARTICLE_BODY}</article>',
     ["By Jane Doe"]),
    (f'<article><div class="article-ByLine">Jane Doe</div>{ARTICLE_BODY}</article>', ["Jane Doe"]),
    # not a list of other articles' or a comment's, nor a class that only holds the letters
    (f'<article>{ARTICLE_BODY}</article><div class="related-posts"><p class="byline">By John Roe</p></div>'
     '<ol class="comment-list"><li><span class="byline">Ann</span></li></ol><p class="bylines-disabled">x</p>', []),
])
def test_byline_elements_for_authors_when_the_metadata_names_none(markup, bylines):
    assert html_to_text(f'<html><body class="single comments-open">{markup}</body></html>').bylines == bylines


def test_a_meta_tags_itemprop_is_a_list_of_names():
    page = ('<html><head><meta itemprop="datePublished dateCreated" content="2019-11-19T11:00:09.000Z"></head>'
            f"<body><article>{ARTICLE_BODY}</article></body></html>")
    assert html_to_text(page).published == "2019-11-19T11:00:09.000Z"


def test_an_author_link_in_a_script_without_capitals_counts():
    page = f'<html><body><article><a rel="author" href="/a/1">김민정</a>{ARTICLE_BODY}</article></body></html>'
    assert html_to_text(page).authors == ["김민정"]


@pytest.mark.parametrize("meta, field", [
    # the other names Open Graph, Dublin Core and publishing systems give a page's dates
    ('<meta property="og:article:published_time" content="2019-11-19T10:00:00Z">', "published"),
    ('<meta property="article:published" content="2019-11-19T10:00:00Z">', "published"),
    ('<meta name="publish-date" content="2019-11-19T10:00:00Z">', "published"),
    ('<meta name="DC.date.issued" content="2019-11-19T10:00:00Z">', "published"),
    ('<meta name="citation_publication_date" content="2019-11-19T10:00:00Z">', "published"),
    ('<meta property="article:modified" content="2019-11-19T10:00:00Z">', "updated"),
    ('<meta name="updated-date" content="2019-11-19T10:00:00Z">', "updated"),
])
def test_other_names_of_the_date_meta_tags(meta, field):
    page = f"<html><head>{meta}</head><body><article>{ARTICLE_BODY}</article></body></html>"
    assert getattr(html_to_text(page), field) == "2019-11-19T10:00:00Z"


def _story(headline: str, word: str, heading: str = "h1") -> str:
    paragraphs = "".join(f"<p>{word} paragraph {i}: the council voted on Tuesday to extend the program for another "
                         f"year, after a long debate about its cost.</p>" for i in range(4))
    return f"<article><{heading}>{headline}</{heading}>{paragraphs}</article>"


@pytest.mark.parametrize("stories, kept", [
    # an endless page: the next stories, each a whole article, follow the page's own
    ([_story("First Story Headline Here", "FIRST"), _story("Second Story About Else", "SECOND"),
      _story("Third Story About More", "THIRD")], ["FIRST"]),
    # no article's headline is the page's: nothing to choose by, all stay
    ([_story("Another Headline Entirely", "FIRST"), _story("Second Story About Else", "SECOND")], ["FIRST", "SECOND"]),
    # a live blog's updates under h2 headings are no other articles
    ([_story("First Story Headline Here", "FIRST"), _story("Update at noon today", "NOON", "h2")], ["FIRST", "NOON"]),
])
def test_an_endless_page_keeps_the_article_its_headline_names(stories, kept):
    page = (f"<html><head><title>First Story Headline Here | Site</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<main>{''.join(stories)}</main></body></html>")
    result = html_to_text(page)
    assert [word for word in ("FIRST", "SECOND", "THIRD", "NOON") if f"{word} paragraph" in result.text] == kept
    assert len([r for r in result.removed if r.rule == "html.other_article"]) == (2 if kept == ["FIRST"] else 0)


def test_lines_set_in_pre_are_marked_verbatim():
    page = ("<html><body><article><p>Here is the settings file we used.</p><pre><code>from django.conf import settings\n"
            "STATIC_URL = \"/static/\";\n}</code></pre></article></body></html>")
    result = html_to_text(page)
    assert result.preformatted == {"from django.conf import settings", 'STATIC_URL = "/static/";', "}"}
    assert "Here is the settings file we used." not in result.preformatted


def test_a_long_line_of_links_and_nothing_else_is_a_list():
    # a list of other stories set in one paragraph (a Markdown scrape's cards), however long
    links = " ".join(f'<a href="/s{i}">Other story number {i} about the council and its budget vote</a>' for i in range(8))
    linked_sentence = '<a href="/r">' + "The council said the report, " * 12 + "was clear.</a>"
    page = f"<html><body><article><p>{ARTICLE_BODY}</p><p>{links}</p><p>{linked_sentence}</p></article></body></html>"
    result = html_to_text(page)
    assert "Other story number" not in result.text
    assert "was clear." in result.text  # a sentence, all of it linked, is the article's
    assert [r.reason for r in result.removed if r.rule == "html.link_list"] == ["a line of links and nothing else (a list of other stories)"]


_LD_ARTICLE = ('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "City to plant 20,000 trees", '
               '"datePublished": "2024-05-14T08:00:00Z", "dateModified": "2024-05-15T09:30:00Z", '
               '"author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "Tom Reyes"}], '
               '"publisher": {"@type": "Organization", "name": "The Daily Ledger"}}')


@pytest.mark.parametrize(
    ("script", "title", "authors", "published", "site"),
    [
        # a tag strip prints a script's body as lines of its own: minified ...
        (_LD_ARTICLE, "City to plant 20,000 trees", ["Jane Doe", "Tom Reyes"], "2024-05-14T08:00:00Z", "The Daily Ledger"),
        # ... or as the page wrote it, over several lines
        (_LD_ARTICLE.replace(", ", ",\n  "), "City to plant 20,000 trees", ["Jane Doe", "Tom Reyes"], "2024-05-14T08:00:00Z",
         "The Daily Ledger"),
        # the article among the site's other objects in a @graph
        ('{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Ledger"}, ' + "{" + _LD_ARTICLE[35:] + "]}",
         "City to plant 20,000 trees", ["Jane Doe", "Tom Reyes"], "2024-05-14T08:00:00Z", "The Daily Ledger"),
        # a blog platform's template names the platform as publisher: no site
        (_LD_ARTICLE.replace("The Daily Ledger", "Blogger"), "City to plant 20,000 trees", ["Jane Doe", "Tom Reyes"],
         "2024-05-14T08:00:00Z", None),
        # only the site's objects (no headline, date or body): nothing
        ('{"@context": "https://schema.org", "@type": "WebSite", "name": "Ledger", "url": "https://ledger.example"}',
         None, None, None, None),
        # JSON cut short by the dump: nothing, and no error
        (_LD_ARTICLE[:80], None, None, None, None),
    ],
)
def test_a_dumps_json_ld_gives_the_pages_metadata(script, title, authors, published, site):
    dump = f"City to plant 20,000 trees | The Daily Ledger\n\nvar x = 1;\n\n{script}\n\nHome\n\nThe city will plant trees."
    meta = json_ld_in_dump(dump)
    if title is None:
        assert meta is None
        return
    assert (meta.title, meta.authors, meta.published, meta.site_name) == (title, authors, published, site)
    assert meta.updated == "2024-05-15T09:30:00Z"


def test_a_dump_without_json_ld_has_none():
    assert json_ld_in_dump("Home\n\nThe city will plant trees. It said so in a statement.") is None
