import json

import pyarrow.parquet as pq
import pytest

from cleanse.pipeline import PipelineConfig, clean_sources, doc_id_for
from cleanse.io.readers import list_sources
from cleanse.runner import run_local
from seed_checks import SEEDS, check_seed_rows


def test_seeds_meet_the_requirements_library_only(tmp_path):
    summary = run_local(SEEDS, tmp_path / "out", PipelineConfig.load())
    assert summary.documents == 3 and not summary.rejects
    check_seed_rows(pq.read_table(tmp_path / "out" / "corpus.parquet").to_pylist())


def test_two_runs_give_identical_rows(tmp_path):
    config = PipelineConfig.load()
    run_local(SEEDS, tmp_path / "a", config)
    run_local(SEEDS, tmp_path / "b", config)
    assert (tmp_path / "a" / "corpus.jsonl").read_bytes() == (tmp_path / "b" / "corpus.jsonl").read_bytes()
    assert pq.read_table(tmp_path / "a" / "corpus.parquet").equals(pq.read_table(tmp_path / "b" / "corpus.parquet"))


def test_a_datelines_line_stays_and_its_date_is_among_the_dates(tmp_path):
    # GUM dates a Wikinews story's dateline like any date in it: the line stays in the text (the
    # article's own) and also gives `published`.
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Team honored at robotics competition\n\nFriday, July 21, 2017\n\n"
                                           "The team arrived on Tuesday. It had been refused visas twice.\n")
    run_local(tmp_path / "in", tmp_path / "out", PipelineConfig.load())
    row = pq.read_table(tmp_path / "out" / "corpus.parquet").to_pylist()[0]
    assert str(row["published"]) == "2017-07-21"
    assert [(d["text"], d["value"], row["text"][d["start"] : d["end"]]) for d in row["dates"]] == [
        ("Friday, July 21, 2017", "2017-07-21", "Friday, July 21, 2017"), ("on Tuesday", "2017-07-18", "on Tuesday")]


def test_relative_dates_count_from_the_update_when_no_publication_date_is_shown(tmp_path):
    # a page that shows only when it was updated ("Updated 0339 GMT November 19, 2019"): its
    # "Tuesday" and "last week" are of that date's week, as the page's own metadata dates them (0.5.173)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Why the Housing Market Is Cooling\n\nUpdated on 5 March 2024\n\n"
                                           "Home prices fell last week, the agency said on Monday, after a long slide.\n")
    doc = clean_sources(tmp_path / "in", ["a.txt"], PipelineConfig.load()).documents[0]
    assert (doc.published, doc.updated.value) == (None, "2024-03-05")
    assert [(d.text, d.value) for d in doc.dates] == [("last week", "2024-02-26/2024-03-03"), ("on Monday", "2024-03-04")]


PARAGRAPH = ("The council voted on Tuesday to extend the program for another year, after a long debate about "
             "its cost and about who should pay for it.")


@pytest.mark.parametrize(
    ("header", "authors", "published"),
    [
        # a dump's byline and dateline above the article, cut with the page's menus
        (["Home", "News", "Sports", "Weather", "Markets", "Opinion", "By Natasha Turak", "Published Wed, Nov 20 2019"],
         ["Natasha Turak"], "2019-11-20"),
        # a byline without "By": a person's name next to the dateline, or above the author's handle
        (["Home", "News", "Sports", "Weather", "Markets", "Chris Davies", "-", "Nov 19, 2019, 8:15 pm CST"],
         ["Chris Davies"], "2019-11-19T20:15-06:00"),
        (["Home", "News", "Sports", "Weather", "Markets", "Natasha Turak", "@NatashaTurak"], ["Natasha Turak"], None),
        # ... or above a follow button ("Jane Doe" / "Follow", a blog platform's header)
        (["Home", "News", "Member-only story", "Jane Doe", "Follow", "Published in", "Better Cities", "5 min read", "·",
          "Jan 3, 2024", "Listen"], ["Jane Doe"], "2024-01-03"),
        # ... or with a journalist's role on the line below
        (["Home", "News", "Sports", "Weather", "Markets", "Bruce Y. Lee", "Senior Contributor", "Healthcare"],
         ["Bruce Y. Lee"], None),
        # a share bar between the byline and the article does not count against the lines read
        (["Home", "News", "By", "Meg James", "Staff Writer", "Nov. 19, 2019", "5:50 PM", "Show more sharing options",
          "Share", "Facebook", "Twitter", "LinkedIn", "Email", "Copy Link URL", "Copied!", "Print"],
         ["Meg James"], "2019-11-19T17:50"),
        # one day written twice, in full and without its year: the fuller spelling
        (["Home", "News", "November 18", "Amazon discounts MacBooks from $700, AirPods 2 with wireless case $150",
          "Trevor Daugherty", "- Nov. 18th 2019 8:54 am PT", "@trevorjd14", "0", "Facebook", "Twitter", "Pinterest",
          "LinkedIn", "Reddit"], ["Trevor Daugherty"], "2019-11-18T08:54-08:00"),
        # ... not the dates of a list of other articles, nor a form's "By checking this box"
        (["Home", "By checking this box, I agree to the", "News", "Sports", "Other story one", "September 12, 2018",
          "Other story two", "October 19, 2018"], [], None),
        (["Home", "News", "Sports", "Weather", "Markets", "Opinion", "Top Stories", "By Jane Doe", "Nov 14, 2019", "A Story About Something Else",
          "By John Roe", "Nov 13, 2019"], [], None),
        (["Home", "News", "Sports", "Weather", "Markets", "Opinion", "By checking this box, I agree to the",
          "Terms of Use", "Privacy Policy"], [], None),
    ],
)
def test_the_byline_and_dateline_cut_above_the_article_fill_their_columns(tmp_path, header, authors, published):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("\n".join([*header, "", PARAGRAPH, "", PARAGRAPH + " Again.", ""]))
    doc = clean_sources(tmp_path / "in", ["a.txt"], PipelineConfig.load()).documents[0]
    assert doc.text.startswith("The council voted")  # the header is cut ...
    assert doc.authors == authors  # ... and read
    assert (doc.published.value if doc.published else None) == published


@pytest.mark.parametrize(
    ("footer", "authors"),
    [
        # a byline's label cut from its name, under the post (Blogger's "Posted by" / name / "at" / time)
        (["Posted by", "Jane Doe", "at", "10:15 AM", "Email This", "Share to X"], ["Jane Doe"]),
        # ... not when such labels name different people (a list of other posts or comments)
        (["Posted by", "Jane Doe", "at", "10:15 AM", "Older Post", "Posted by", "John Roe", "at", "9:00 AM"], []),
    ],
)
def test_a_byline_label_cut_from_its_name_below_the_article_fills_authors(tmp_path, footer, authors):
    (tmp_path / "in").mkdir()
    lines = ["Home", "News", "Sports", "Weather", "Markets", "", PARAGRAPH, "", PARAGRAPH + " Again.", "", *footer,
             "Labels:", "cities", "No comments:", "Post a Comment", "Newer Post", "Older Post", "Home", "Powered by Blogger."]
    (tmp_path / "in" / "a.txt").write_text("\n".join(lines))
    doc = clean_sources(tmp_path / "in", ["a.txt"], PipelineConfig.load()).documents[0]
    assert doc.text.startswith("The council voted") and "Posted by" not in doc.text
    assert doc.authors == authors


def test_a_publication_note_cut_below_the_article_fills_published(tmp_path):
    # No date in the dump's header; the page prints its dates in notes below the article.
    (tmp_path / "in").mkdir()
    lines = ["Home", "News", "Sports", "Weather", "Markets", "", PARAGRAPH, "", PARAGRAPH + " Again.", "",
             "First published on November 19, 2019 / 8:16 AM", "Share", "Tweet", "Email", "Terms of Use", "Privacy Policy"]
    (tmp_path / "in" / "a.txt").write_text("\n".join(lines))
    doc = clean_sources(tmp_path / "in", ["a.txt"], PipelineConfig.load()).documents[0]
    assert "First published" not in doc.text
    assert doc.published.value == "2019-11-19T08:16" and doc.published.precision == "minute"


_HTML_HEADER = ('<header class="entry-header"><h1>Council extends the program</h1><div class="entry-meta">'
                '<span class="byline">By <a>Jane Doe</a></span> <time>January 3, 2024</time></div></header>')


@pytest.mark.parametrize(
    ("head", "authors", "published"),
    [
        # no date in the metadata: the page's header (furniture to the html step) gives it, with the byline
        ("", ["Jane Doe"], "2024-01-03"),
        # the metadata's date and authors come first
        ('<meta property="article:published_time" content="2023-12-30T10:00:00Z"><meta name="author" content="John Roe">',
         ["John Roe"], "2023-12-30T10:00+00:00"),
        # a date but no author in the metadata: the page's byline element names the author
        ('<meta property="article:published_time" content="2023-12-30T10:00:00Z">', ["Jane Doe"], "2023-12-30T10:00+00:00"),
    ],
)
def test_an_html_page_without_a_date_in_its_metadata_takes_the_one_its_text_shows(tmp_path, head, authors, published):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.html").write_text(
        f"<html><head><title>Council extends the program</title>{head}</head><body><nav><a>Home</a> <a>News</a></nav>"
        f"<article>{_HTML_HEADER}<div class='entry-content'><p>{PARAGRAPH}</p><p>{PARAGRAPH} Again.</p></div></article>"
        "<footer>Blog at WordPress.com.</footer></body></html>")
    doc = clean_sources(tmp_path / "in", ["a.html"], PipelineConfig.load()).documents[0]
    assert doc.text.startswith("The council voted") and "January 3" not in doc.text
    assert doc.authors == authors
    assert doc.published.value == published


@pytest.mark.parametrize(
    ("first_lines", "title", "site"),
    [
        # a dump's first line is the page's <title>, cut with the menus under it; the site's name
        # it ends with is the site
        (["Emirates inks order for 30 Boeing 787 jets - CNBC", "Home", "Markets", "Tech", "Politics", "Video"],
         "Emirates inks order for 30 Boeing 787 jets", "CNBC"),
        (["Emirates inks order for 30 Boeing 787 jets", "Home", "Markets", "Tech", "Politics", "Video"],
         "Emirates inks order for 30 Boeing 787 jets", None),
        # ... not a link a rule removes
        (["Skip to content", "Home", "Markets", "Tech", "Politics", "Video"], None, None),
        # a regex dump prints the head's styles and scripts first, some too short for the code rule
        (["@charset \"UTF-8\";.video-js .vjs-big-play-button:before{content:\"\"}", "var abTestCompositeId;",
          "if (allCookies) {", "e.async = 1;", "})(window,document,'script','ga');", "-->", "if ( screen.width",
          "Emirates inks order for 30 Boeing 787 jets | CNBC", "Home", "Markets", "Tech", "Politics", "Video"],
         "Emirates inks order for 30 Boeing 787 jets", "CNBC"),
        # ... and what follows them is the title only if it is shaped as one
        (["var abTestCompositeId;", "if (allCookies) {", "Home", "Markets", "Tech", "Politics", "Video"], None, None),
        # nor a press release's "FOR IMMEDIATE RELEASE" (0.5.169)
        (["FOR IMMEDIATE RELEASE", "Acme Robotics Raises $40 Million to Expand Warehouse Automation"],
         "Acme Robotics Raises $40 Million to Expand Warehouse Automation", None),
        # a breadcrumb trail is no title: the headline under it is (0.5.168)
        (["Home » Recipes » Dinner", "Easy Lemon Garlic Salmon", "Jump to Recipe", "Print Recipe"], "Easy Lemon Garlic Salmon", None),
        # with no title line (the visible text alone), the headline above the byline cut with the
        # header (0.5.158); not a call a rule removes, nor above a "By" naming nobody
        (["Skip to main content", "World", "Politics", "Business", "Climate deal reached after marathon talks in Bonn",
          "By Jane Okafor, Climate Correspondent", "Published 14 June 2025"], "Climate deal reached after marathon talks in Bonn", None),
        (["Skip to main content", "World", "Politics", "Business", "Subscribe to Inexhibit’s newsletter", "By",
          "FEDERICA LUSIARDI", "- 2019-04-10"], None, None),
        (["Skip to main content", "World", "Politics", "Business", "Big storm hits the coast tonight",
          "By subscribing you agree to our terms"], None, None),
    ],
)
def test_a_dumps_first_line_is_its_title(tmp_path, first_lines, title, site):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("\n".join([*first_lines, "", "MADRID —", PARAGRAPH, "", PARAGRAPH + " Again.", ""]))
    doc = clean_sources(tmp_path / "in", ["a.txt"], PipelineConfig.load()).documents[0]
    assert (doc.title, doc.site_name) == (title, site)
    assert first_lines[0] not in doc.text  # the title column only: the text is as it was


def test_doc_id_is_stable_for_the_same_path():
    assert doc_id_for("a/b.txt") == doc_id_for("a/b.txt") != doc_id_for("a/c.txt")


def test_clean_text_has_no_invented_characters():
    config = PipelineConfig.load()
    result = clean_sources(SEEDS, list_sources(SEEDS), config)
    for doc in result.documents:
        raw = (SEEDS / doc.source_path).read_text("utf-8")
        assert set(doc.text) - set(raw) <= {"\n", " "}


def test_jsonl_matches_parquet(tmp_path):
    run_local(SEEDS, tmp_path, PipelineConfig.load())
    parquet_rows = pq.read_table(tmp_path / "corpus.parquet").to_pylist()
    jsonl_rows = [json.loads(line) for line in (tmp_path / "corpus.jsonl").read_text("utf-8").splitlines()]
    for p_row, j_row in zip(parquet_rows, jsonl_rows, strict=True):
        p_row["published_date"] = p_row["published_date"].isoformat() if p_row["published_date"] else None
        assert p_row == j_row


def test_one_bad_file_does_not_cost_the_rest(tmp_path, seeds_copy):
    (seeds_copy / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00garbage")
    (seeds_copy / "empty.txt").write_bytes(b"")
    (seeds_copy / "only_script.html").write_text("<html><body><script>var a = 1;</script></body></html>")
    summary = run_local(seeds_copy, tmp_path / "out", PipelineConfig.load())
    assert summary.documents == 3
    reasons = dict(summary.rejects)
    assert set(reasons) == {"broken.txt", "empty.txt", "only_script.html"}
    rejects = pq.read_table(tmp_path / "out" / "rejects.parquet").to_pylist()
    assert {r["source_path"] for r in rejects} == set(reasons)


def test_names_are_not_read_in_a_language_that_capitalises_nouns(tmp_path):
    german = ("Die Interoperabilität der Systeme ist im Bereich der Gesundheitsversorgung ein wichtiges Thema. "
              "Im Gegensatz zu früheren Jahren sagte Anna Schmidt, die Daten der Akte seien sicher.\n")
    english = "The minister Anna Schmidt said the records were safe, and Schmidt repeated it on Tuesday.\n"
    (tmp_path / "de.txt").write_text(german, encoding="utf-8")
    (tmp_path / "en.txt").write_text(english, encoding="utf-8")
    result = clean_sources(tmp_path, ["de.txt", "en.txt"], PipelineConfig.load())
    de, en = result.documents
    assert (de.language, de.people, de.mentions) == ("de", [], [])
    assert (en.language, en.people) == ("en", ["Anna Schmidt"])


@pytest.mark.parametrize(
    ("author", "authors"),
    [
        # an author field's "By" and the role or outlet after a comma are no names; a name in
        # capitals, as wire services set bylines, is written as names are (0.5.65; before, as printed)
        ("By STEVE PEOPLES, AP National Political Writer", ["Steve Peoples"]),
        ("By SEAN MCDONALD and JANE DOE, Associated Press", ["Sean McDonald", "Jane Doe"]),
        # ... an outlet in capitals is no name
        ("ASSOCIATED PRESS", ["ASSOCIATED PRESS"]),
        ("Jill Disis, CNN Business", ["Jill Disis"]),
        # ... a degree is part of the name, and a staff byline stays as it is
        ("Ilana Muhlstein, MS, RDN", ["Ilana Muhlstein, MS, RDN"]),
        ("Practical Horseman Editorial Staff", ["Practical Horseman Editorial Staff"]),
    ],
)
def test_an_author_field_names_people(tmp_path, author, authors):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.html").write_text(f'<html><head><meta name="author" content="{author}"></head>'
                                             f"<body><article><p>{PARAGRAPH}</p></article></body></html>")
    assert clean_sources(tmp_path / "in", ["a.html"], PipelineConfig.load()).documents[0].authors == authors


def test_a_dumps_title_repeated_in_a_list_of_stories_is_still_its_title(tmp_path):
    (tmp_path / "in").mkdir()
    headline = "Nollywood Actress Is Looking Stunning In New Photos"
    lines = [headline, "Home", "Markets", "Tech", "Politics", "Video", "", "MADRID —", PARAGRAPH, "", PARAGRAPH + " Again.", "",
             "Related Posts", headline, "Another Story Of The Week Here", "A Third Headline About Something"]
    (tmp_path / "in" / "a.txt").write_text("\n".join(lines))
    doc = clean_sources(tmp_path / "in", ["a.txt"], PipelineConfig.load()).documents[0]
    assert doc.title == headline and headline not in doc.text


@pytest.mark.parametrize(
    ("header", "authors", "published"),
    [
        # the on-page headline is worded apart from the title line, and a caption and a list of
        # stories stand between the byline and the article: the byline with a date under it
        (["The Disappearance of John M. Ford", "By", "Isaac Butler", "Nov 15, 2019", "5:45 AM", "Tweet",
          "Photo illustration by Slate.", "More on", "How to Turn a Punishment Bureaucracy Into a Justice System",
          "The 50 Best Nonfiction Books of the Past 25 Years", "Jenny Slate on Refusing to Tidy Up Your Feelings",
          "The Dark Enchantment of a Memoir", "Another Story About Books", "Yet Another Story About Books",
          "A Story About Poems", "A Story About Plays", "A Story About Essays"],
         ["Isaac Butler"], "2019-11-15T05:45"),
        # ... with the other words a byline opens with
        (["The Disappearance of John M. Ford", "Posted by", "Isaac Butler", "Nov 15, 2019", "5:45 AM", "Tweet",
          "Photo illustration by Slate.", "More on", "How to Turn a Punishment Bureaucracy Into a Justice System",
          "The 50 Best Nonfiction Books of the Past 25 Years", "Jenny Slate on Refusing to Tidy Up Your Feelings",
          "The Dark Enchantment of a Memoir", "Another Story About Books", "Yet Another Story About Books",
          "A Story About Poems", "A Story About Plays", "A Story About Essays"],
         ["Isaac Butler"], "2019-11-15T05:45"),
        # ... its author too when only an update note dated the article
        (["Investors don't seem to know what to make of the trade war", "By Jill Disis,", "CNN Business",
          "Updated 0339 GMT (1139 HKT) November 19, 2019", "Chat with us in Facebook Messenger.", "More on",
          "How to Turn a Punishment Bureaucracy Into a Justice System", "The 50 Best Nonfiction Books of the Past 25 Years",
          "Jenny Slate on Refusing to Tidy Up Your Feelings", "The Dark Enchantment of a Memoir",
          "Another Story About Books", "Yet Another Story About Books", "A Story About Poems", "A Story About Plays",
          "A Story About Essays"], ["Jill Disis"], None),
        # two bylines with a date each are teasers of other stories: neither is taken
        (["Top Stories", "By Jane Doe", "Nov 14, 2019", "A Story About Something Else", "By John Roe", "Nov 13, 2019",
          "A Third Story Here", "More Stories", "One More Story Here", "And One More Here", "Last Story Here",
          "The Final Story Here", "Really The Last Story", "Photo illustration by Slate.", "More on",
          "How to Turn a Punishment Bureaucracy Into a Justice System", "The 50 Best Nonfiction Books of the Past 25 Years",
          "Jenny Slate on Refusing to Tidy Up Your Feelings", "The Dark Enchantment of a Memoir",
          "Another Story About Books", "Yet Another Story About Books", "A Story About Poems", "A Story About Plays"],
         [], None),
    ],
)
def test_a_byline_with_its_date_anywhere_above_the_article(tmp_path, header, authors, published):
    (tmp_path / "in").mkdir()
    lines = ["Why did a beloved writer fall into obscurity? - Slate", "Home", "News", "Sports", "Weather", "Markets",
             "Opinion", "", *header, "",
             PARAGRAPH, "", PARAGRAPH + " Again.", ""]
    (tmp_path / "in" / "a.txt").write_text("\n".join(lines))
    doc = clean_sources(tmp_path / "in", ["a.txt"], PipelineConfig.load()).documents[0]
    assert doc.text.startswith("The council voted")
    assert doc.authors == authors
    assert (doc.published.value if doc.published else None) == published


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # a byline without "By" whose role after a comma says it is one; the page prints the
        # headline again over a photo gallery, with nothing under it
        (["Steve Peoples, AP National Political Writer", "Updated", "3:27 am PST, Wednesday, November 20, 2019"],
         ["Steve Peoples"]),
        # a name beside the date under the headline may be the photographer's
        (["Jane Doe", "View More Articles", "A dek about the car", "Brent Co", "November 20, 2019 12:32"], []),
    ],
)
def test_a_dumps_byline_with_a_role_under_its_headline(tmp_path, header, authors):
    (tmp_path / "in").mkdir()
    headline = "Seven key questions heading into the debate"
    gallery = ["Image", "1", "of", "13", "Caption", "Close", "Back to Gallery", "More Photos", "Most Popular",
               "Other story one", "Other story two", "Other story three"]
    lines = [f"{headline} - Example News", "Home", "News", "Sports", "", headline, *header, "Photo: Someone",
             *gallery, headline, *gallery, "", PARAGRAPH, "", PARAGRAPH + " Again.", ""]
    (tmp_path / "in" / "a.txt").write_text("\n".join(lines))
    doc = clean_sources(tmp_path / "in", ["a.txt"], PipelineConfig.load()).documents[0]
    assert doc.title == headline and doc.text.startswith("The council voted")
    assert doc.authors == authors


def test_a_dumps_byline_and_dateline_under_its_headline_above_a_widget(tmp_path):
    (tmp_path / "in").mkdir()
    headline = "Chinese hunter catches bubonic plague after eating wild rabbit"
    widget = ["Most Popular Today", "1", "Photo sparks conspiracy theories", "2", "Aides allegedly left notes",
              "3", "Congressman denies he supplied it", "4", "Two guards soon to be arrested", "5", "Video shows setup",
              "More On:", "plague", "Two patients diagnosed with plague", "Origin of Black Death traced"]
    lines = [f"{headline} | New York Post", "Home", "News", "Sports", "", headline, "By", "Natalie Musumeci",
             "November 18, 2019 | 4:10pm", "View author archive", *widget, "", PARAGRAPH, "", PARAGRAPH + " Again.", ""]
    (tmp_path / "in" / "a.txt").write_text("\n".join(lines))
    doc = clean_sources(tmp_path / "in", ["a.txt"], PipelineConfig.load()).documents[0]
    assert doc.title == headline and doc.site_name == "New York Post"
    assert doc.authors == ["Natalie Musumeci"] and doc.published.value == "2019-11-18T16:10"
    assert "Natalie Musumeci" not in doc.text and PARAGRAPH in doc.text


@pytest.mark.parametrize("footer, title, site", [
    # a short title loses its site's name when the page's furniture names the site too
    (["Privacy policy", "About Wikipedia", "Disclaimers", "Contact Wikipedia", "Developers", "Statistics", "Mobile view"],
     "Marie Curie", "Wikipedia"),
    # ... not on its shape alone
    (["Privacy policy", "About us", "Disclaimers", "Contact us", "Developers", "Statistics", "Mobile view"],
     "Marie Curie - Wikipedia", None),
])
def test_a_short_dump_titles_site_name(tmp_path, footer, title, site):
    (tmp_path / "in").mkdir()
    lines = ["Marie Curie - Wikipedia", "Jump to content", "Main menu", "Create account", "Log in", "Contents", "hide",
             "(Top)", "Early life", "Career", "", PARAGRAPH, "", PARAGRAPH + " Again.", "", *footer, ""]
    (tmp_path / "in" / "a.txt").write_text("\n".join(lines))
    doc = clean_sources(tmp_path / "in", ["a.txt"], PipelineConfig.load()).documents[0]
    assert (doc.title, doc.site_name) == (title, site)


def test_a_code_sample_in_an_html_article_is_kept_whole(tmp_path):
    (tmp_path / "in").mkdir()
    code = 'from django.conf import settings\nif settings.DEBUG:\n    urlpatterns += [path("media/", serve)]\n}\n}\nSTATIC_URL = "/static/";'
    page = (f"<html><head><title>Testing client-side applications | Blog</title></head><body><article>"
            f"<h1>Testing client-side applications</h1><p>{PARAGRAPH}</p><p>Here is the settings file we used:</p>"
            f"<pre><code>{code}</code></pre><p>{PARAGRAPH} Again.</p></article></body></html>")
    (tmp_path / "in" / "a.html").write_text(page)
    doc = clean_sources(tmp_path / "in", ["a.html"], PipelineConfig.load()).documents[0]
    lines = [line for line in doc.text.split("\n") if line]
    assert [line.strip() for line in code.split("\n")] == [line for line in lines if line in {l.strip() for l in code.split("\n")}]
    assert not [r for r in doc.removed if r.rule in ("code", "repeated_line", "script_string")]


def test_the_headline_spelled_again_in_the_article_keeps_the_paragraphs_above_it(tmp_path):
    # A recipe card named as the page under the introduction: once the headline on top has left
    # the text, the checking round must not read the card's name as the headline and cut the
    # introduction above it as a kicker.
    (tmp_path / "in").mkdir()
    page = (f"<html><head><title>Lemon olive oil cake</title></head><body><article><h1>Lemon olive oil cake</h1>"
            f"<p>{PARAGRAPH}</p><div class='recipe-card'><h2>Lemon olive oil cake</h2><ul><li>200 g plain flour</li>"
            "<li>3 large eggs</li></ul></div></article></body></html>")
    (tmp_path / "in" / "a.html").write_text(page)
    doc = clean_sources(tmp_path / "in", ["a.html"], PipelineConfig.load()).documents[0]
    assert doc.text.startswith(PARAGRAPH[:40]) and "200 g plain flour" in doc.text
    assert doc.title == "Lemon olive oil cake"


def test_a_dump_that_kept_its_pages_json_ld_takes_its_metadata(tmp_path):
    # A careless tag strip keeps the page's scripts: its JSON-LD is the page's own metadata, read
    # before the dump's lines (as a page's is); the script's lines stay out of the text.
    (tmp_path / "in").mkdir()
    script = ('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council extends the program",\n'
              '"datePublished": "2024-01-03T10:00:00Z", "author": {"@type": "Person", "name": "JANE DOE"},\n'
              '"publisher": {"@type": "Organization", "name": "The Ledger"}}')
    (tmp_path / "in" / "a.txt").write_text(f"{script}\n\n{PARAGRAPH}\n\n{PARAGRAPH} Again.\n")
    doc = clean_sources(tmp_path / "in", ["a.txt"], PipelineConfig.load()).documents[0]
    assert (doc.published.value, doc.authors, doc.site_name) == ("2024-01-03T10:00+00:00", ["Jane Doe"], "The Ledger")
    assert doc.title == "Council extends the program"
    assert "@context" not in doc.text and doc.text.startswith(PARAGRAPH[:40])


@pytest.mark.parametrize(("headline", "title"), [
    # the JSON-LD's headline before the dump's own <title> line, an SEO wording (0.5.126) ...
    ("Council extends the bus program for a year", "Council extends the bus program for a year"),
    # ... unless it is that title cut short (JSON-LD headlines are often cut at 110 characters)
    ("Council extends the bus", "Council extends the bus program, riders relieved"),
])
def test_a_dumps_json_ld_headline_comes_before_its_title_line(tmp_path, headline, title):
    (tmp_path / "in").mkdir()
    script = f'{{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "{headline}"}}'
    dump = f"var ads = [];\n\n{script}\n\nCouncil extends the bus program, riders relieved\n\nHome\n\nNews\n\n{PARAGRAPH}\n\n{PARAGRAPH} Again.\n"
    (tmp_path / "in" / "a.txt").write_text(dump)
    doc = clean_sources(tmp_path / "in", ["a.txt"], PipelineConfig.load()).documents[0]
    assert doc.title == title


def test_a_markdown_scrape_is_cleaned_as_a_page(tmp_path):
    # What Markdown scrapers save: the menu as a list of links, share links, the article, related links.
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.md").write_text(
        "[Skip to content](#main)\n\n* [Home](https://example.com/)\n* [World](https://example.com/world)\n"
        "* [Business](https://example.com/business)\n\n# Council extends the program\n\n"
        "By [Jane Doe](https://example.com/a/jane) | January 3, 2024\n\n"
        "[Share on Facebook](https://facebook.com/s) [Share on X](https://x.com/s)\n\n"
        f"{PARAGRAPH}\n\n{PARAGRAPH} Again, with a [link](https://example.com/l) and **bold** words.\n\n"
        "### Related stories\n\n* [Storm knocks out power](https://example.com/r1)\n* [Budget approved](https://example.com/r2)\n\n"
        "© 2024 Daily Ledger. All rights reserved.\n")
    result = clean_sources(tmp_path / "in", ["a.md"], PipelineConfig.load())
    doc = result.documents[0]
    assert doc.source_format == "markdown"
    assert doc.title == "Council extends the program" and doc.authors == ["Jane Doe"]
    assert doc.published.value == "2024-01-03"
    assert doc.text == f"{PARAGRAPH}\n\n{PARAGRAPH} Again, with a link and bold words."


def test_a_markdown_file_nested_past_parsing_is_a_reject_and_the_others_are_cleaned(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "deep.md").write_text("> " * 3000 + "deep text\n\nafter text")
    (tmp_path / "in" / "fine.md").write_text(f"# Council extends the program\n\n{PARAGRAPH}\n")
    result = clean_sources(tmp_path / "in", ["deep.md", "fine.md"], PipelineConfig.load())
    assert [(r.source_path, r.reason) for r in result.rejects] == [("deep.md", "document nested too deeply to parse")]
    assert [d.source_path for d in result.documents] == ["fine.md"]
