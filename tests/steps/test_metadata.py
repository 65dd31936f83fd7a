import pytest

from cleanse.document import Removal
from cleanse.steps.boilerplate import load_rules
from cleanse.steps.metadata import authors_from_bylines, authors_from_removed, dates_from_notes, site_from_removed, split_header, title_cut_first


def test_title_dateline_and_body():
    header = split_header("Andrej Karpathy Departs from OpenAI (again)\n\nFeb 15, 2024\n\nHe left. Nobody knows why.")
    assert header.title == "Andrej Karpathy Departs from OpenAI (again)"
    assert header.published.value == "2024-02-15" and header.published.precision == "day"
    # The dateline stays in the text: the article's own line, and a date GUM counts among its dates.
    assert header.text.split("\n\n")[:2] == ["Andrej Karpathy Departs from OpenAI (again)", "Feb 15, 2024"]
    assert header.removed == []


def test_an_html_pages_dateline_moves_to_its_column():
    # On a page the headline (marked up) and the date line under it are furniture around the article.
    header = split_header("Andrej Karpathy Departs\n\nFeb 15, 2024\n\nHe left. Nobody knows why.",
                          known_title="Andrej Karpathy Departs", keep_dateline=False)
    assert header.published.value == "2024-02-15"
    assert header.text.strip() == "He left. Nobody knows why."
    assert [r.rule for r in header.removed] == ["headline", "dateline"]


@pytest.mark.parametrize(
    ("headlines", "removed"),
    [
        # the page's <h1> words the headline otherwise than its og:title: either spelling marks it
        (("Two federal prison officers charged with falsifying records",), ["headline"]),
        # ... not a spelling of under three words (a logo's <h1>)
        (("Two",), []),
    ],
)
def test_another_spelling_of_the_headline_marks_it(headlines, removed):
    text = "Two federal prison officers charged with falsifying records\n\nWASHINGTON - Two officers were charged."
    header = split_header(text, known_title="Prison guards charged in Epstein's death", keep_dateline=False,
                          headlines=headlines)
    assert header.title == ("Prison guards charged in Epstein's death" if removed else None)
    assert [r.rule for r in header.removed] == removed


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        # the headline line, alone or with the site's name after it
        ("Margaret Ellen Hayes\n\nShe taught for 35 years.", ["headline"]),
        ("Margaret Ellen Hayes - Springfield Obituaries\n\nShe taught for 35 years.", ["headline"]),
        # a paragraph that opens with the headline's words is the article's (an obituary's first line)
        ("Margaret Ellen Hayes, 87, of Springfield, passed away on May 10, 2024.\n\nShe taught for 35 years.", []),
        ("Margaret Ellen Hayes was born in Dayton in 1936.\n\nShe taught for 35 years.", []),
    ],
)
def test_a_paragraph_opening_with_the_headline_is_no_headline(text, removed):
    header = split_header(text, known_title="Margaret Ellen Hayes", keep_dateline=False)
    assert [r.rule for r in header.removed] == removed
    assert "She taught" in header.text


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        # kicker and breadcrumb lines above the headline leave with it
        ("BREAKING\n\nHome > Food\n\nLemon olive oil cake\n\nIt keeps for days.", ["above_headline", "above_headline", "headline"]),
        ("November 19, 2019 / 12:21 AM / Updated 14 hours ago\n\nLemon olive oil cake\n\nIt keeps.", ["above_headline", "headline"]),
        # the headline spelled again under the article's first paragraph is the article's own (a
        # recipe card's name; a checking round sees it once the headline on top has gone)
        ("This lemon olive oil cake is the one I bake for every birthday in our family, and it keeps for days.\n\n"
         "Lemon olive oil cake\n\n200 g plain flour", []),
    ],
)
def test_lines_above_the_headline_are_a_kicker_not_the_article(text, removed):
    header = split_header(text, known_title="Lemon olive oil cake", keep_dateline=False)
    assert [r.rule for r in header.removed] == removed
    assert text.rsplit("\n\n", 1)[1] in header.text


@pytest.mark.parametrize(
    ("lead", "published"),
    [
        # a press wire's dateline opens the first paragraph: place in capitals, date, wire, dash
        ("NEW YORK, May 14, 2024 /PRNewswire/ -- Acme Robotics today announced a partnership.", "2024-05-14"),
        ("SAN FRANCISCO, March 3, 2021 (GLOBE NEWSWIRE) -- Foo Inc. announced results.", "2021-03-03"),
        ("BOSTON--(BUSINESS WIRE)--Jan. 5, 2022--Acme said it would expand.", "2022-01-05"),
        ("TORONTO, Jan. 10, 2023 /CNW/ - Acme opened a plant.", "2023-01-10"),
        # a newspaper's dated lead
        ("WASHINGTON, May 14, 2024 — The Senate passed the bill on Tuesday.", "2024-05-14"),
        # no year, or no place in capitals before the date: no publication date
        ("WASHINGTON, Nov 19 (Reuters) - The U.S. said it would act.", None),
        ("On May 14, 2024 -- the day of the vote -- nobody came.", None),
        ("NASA, in a statement released on May 14, 2024 — said the launch would slip.", None),
    ],
)
def test_a_wire_dateline_opening_the_first_paragraph_dates_the_text(lead, published):
    header = split_header(f"Acme news of the day\n\n{lead}\n\nMore text follows here.")
    assert (header.published.value if header.published else None) == published
    assert lead in header.text  # the article's own line


@pytest.mark.parametrize("first", [
    # a sentence with its footnote marks is no headline, though no period ends the line (0.5.117)
    "The Old Mill is a former watermill on the River Wey, built in 1720.[1]",
    "The mill ground corn until 1921, when the last miller retired. [2][a]",
])
def test_a_sentence_ending_in_footnote_marks_is_no_title(first):
    assert split_header(f"{first}\n\nIt stood empty until 1979.").title is None


@pytest.mark.parametrize(("head", "authors", "kept"), [
    # in a page's article element, a name alone right above the dateline is the byline without
    # its "By" (a blog platform's header: "Jane Porter" / "May 14, 2024"; 0.5.119), moved to the
    # authors column
    ("Jane Porter\n\nMay 14, 2024", ["Jane Porter"], []),
    # ... not a place, a section or a phrase in capitals above it
    ("Bus Station\n\nMay 14, 2024", [], ["Bus Station"]),
    ("Local News\n\nMay 14, 2024", [], ["Local News"]),
])
def test_a_name_alone_above_the_dateline_is_the_byline(head, authors, kept):
    # (a dump's head holds captions and credits above dates: "Brent Co" / "November 20, 2019")
    dump = split_header("Brent Co\n\nNovember 20, 2019\n\nThe LC 500 looks good even with the roof off, a reviewer said.", has_title=False)
    assert dump.authors == []
    body = "When I started this newsletter three years ago, I promised myself one thing."
    header = split_header(f"{head}\n\n{body}", has_title=False, keep_dateline=False)
    assert header.authors == authors
    assert [line for line in header.text.split("\n") if line] == [*kept, body]


def test_a_first_line_a_wrapped_sentence_goes_on_from_is_no_title():
    # a dump of hard-wrapped markup: "Photos" / "which were released online ..." (0.5.123)
    header = split_header("Photos\nwhich were released online show the actress at an event.\n\nShe smiled.")
    assert header.title is None
    # ... while a byline in lower case under a headline leaves it the title
    assert split_header("Big News Today\nby Jane Doe\n\nIt happened. Then more.").title == "Big News Today"


@pytest.mark.parametrize("label", ["By", "Posted on:", "Published"])
def test_a_byline_or_dateline_label_alone_is_no_title(label):
    # a dump's head cut at its byline's label ("By" / "Enable Ads on Slate" / ...)
    assert split_header(f"{label}\n\nNews & Politics\n\nIt happened. Then more.").title is None


def test_a_text_that_opens_with_its_date_has_no_title_line():
    header = split_header("Friday, January 3, 2014\n\nPreston, Victoria On Saturday, Wikinews interviewed her. More.")
    assert header.title is None
    assert header.published.value == "2014-01-03"
    assert header.text.startswith("Friday, January 3, 2014")


@pytest.mark.parametrize(
    "text, published, updated",
    [
        ("A Headline Here\n\n27/09/2018\n\nBody text. More.", "2018-09-27", None),
        # (with its time since 0.5.260: the day alone before)
        ("A Headline Here\n\nUpdated: 19.11.2019 09:01\n\nBody text. More.", None, "2019-11-19T09:01"),
        # March or April: no date, so no dateline
        ("A Headline Here\n\n03/04/2019\n\nBody text. More.", None, None),
    ],
)
def test_a_dateline_in_numbers(text, published, updated):
    header = split_header(text)
    assert (header.published and header.published.value) == published
    assert (header.updated and header.updated.value) == updated


@pytest.mark.parametrize(
    "text, published, updated",
    [
        # a date set apart from its time, an update note and a reading time by slashes or bars
        ("A Headline Here\n\nNovember 19, 2019 /  12:21 AM / Updated 14 hours ago\n\nBody text. More.", "2019-11-19T00:21", None),
        ("A Headline Here\n\nNov 15, 2019 | 5:45 AM | 5 min read\n\nBody text. More.", "2019-11-15T05:45", None),
        # ... or by a middle dot touching its parts (spans side by side), not inside a word ("Col·legi")
        ("A Headline Here\n\n5 min read·Jan 3, 2024\n\nBody text. More.", "2024-01-03", None),
        ("A Headline Here\n\nJan 3, 2024•5 min read\n\nBody text. More.", "2024-01-03", None),
        ("A Headline Here\n\nCol·legi, Jan 3, 2024\n\nBody text. More.", None, None),
        # a dateline under a label in another language: the label says which (dateparser reads it)
        ("A Headline Here\n\nPublié le 3 mars 2020 à 17h00\n\nBody text. More.", "2020-03-03T17:00", None),
        ("A Headline Here\n\nMis à jour le 3 mars 2020 à 19h00\n\nBody text. More.", None, "2020-03-03T19:00"),
        ("A Headline Here\n\nVeröffentlicht am 03.03.2020 um 17:00 Uhr\n\nBody text. More.", "2020-03-03T17:00", None),
        ("A Headline Here\n\npubliziert am 25. September 2018\n\nBody text. More.", "2018-09-25", None),
        ("A Headline Here\n\nPublicado el 3 de marzo de 2020\n\nBody text. More.", "2020-03-03", None),
        ("A Headline Here\n\nPublicado em 3 de março de 2020, 17h00\n\nBody text. More.", "2020-03-03T17:00", None),
        ("A Headline Here\n\nPubblicato il 3 marzo 2020 ore 17:00\n\nBody text. More.", "2020-03-03T17:00", None),
        # Korean, Japanese and Chinese sites' labels before a date in digits
        ("A Headline Here\n\n기사입력 :[ 2018-08-25 15:24 ]\n\nBody text. More.", "2018-08-25T15:24", None),
        ("A Headline Here\n\n수정 2019.11.19 10:00\n\nBody text. More.", None, "2019-11-19T10:00"),
        ("A Headline Here\n\n公開日：2020年3月3日\n\nBody text. More.", "2020-03-03", None),
        ("A Headline Here\n\n发布时间：2020-03-03 17:00\n\nBody text. More.", "2020-03-03T17:00", None),
        # ... a month alone, or no date after the label, is none
        ("A Headline Here\n\nPublié en mars 2020\n\nBody text. More.", None, None),
        ("A Headline Here\n\nPublicado en 2019 por la empresa\n\nBody text. More.", None, None),
        # a time before the day, or after a dash, is read with it
        ("A Headline Here\n\n11:26 pm EST, Tuesday, November 19, 2019\n\nBody text. More.", "2019-11-19T23:26-05:00", None),
        ("A Headline Here\n\nPublished 7:07 PM EST Nov 19, 2019\n\nBody text. More.", "2019-11-19T19:07-05:00", None),
        ("A Headline Here\n\nOn 11/13/19 at 4:00 PM EST\n\nBody text. More.", "2019-11-13", None),
        ("A Headline Here\n\nNovember 18, 2019 -- 19:14 GMT (19:14 GMT)\n\nBody text. More.", "2019-11-18T19:14+00:00", None),
        # a time with a dot, as British papers print it; "Last modified" is an update
        ("A Headline Here\n\nTue 3 Mar 2020 17.00 GMT\n\nBody text. More.", "2020-03-03T17:00+00:00", None),
        ("A Headline Here\n\nMarch 5, 2024 9:41 AM GMT+9\n\nBody text. More.", "2024-03-05T09:41+09:00", None),
        # ... and an update note after the time with a space alone, as a page's spans side by side dump
        ("A Headline Here\n\nMarch 5, 2024 9:41 AM GMT+9 Updated 2 hours ago\n\nBody text. More.", "2024-03-05T09:41+09:00", None),
        ("A Headline Here\n\nPublished March 14, 2023 Updated March 16, 2023\n\nBody text. More.", "2023-03-14", "2023-03-16"),
        ("A Headline Here\n\nLast modified on Tue 3 Mar 2020 17.00 GMT\n\nBody text. More.", None, "2020-03-03T17:00+00:00"),
        ("A Headline Here\n\nFirst published on Tue 3 Mar 2020 5.00pm\n\nBody text. More.", "2020-03-03T17:00", None),
        # the time in two zones ("1139" is no year)
        ("A Headline Here\n\nUpdated 0339 GMT (1139 HKT) November 19, 2019\n\nBody text. More.", None, "2019-11-19"),
        # the date and an update's on one line, set apart by a semicolon or bars: both are read
        ("A Headline Here\n\nPublished March 14, 2023; updated March 16, 2023\n\nBody text. More.", "2023-03-14", "2023-03-16"),
        ("A Headline Here\n\nBy Lucy Hart | Published March 14, 2023 | Updated March 16, 2023\n\nBody text. More.",
         "2023-03-14", "2023-03-16"),
        ("A Headline Here\n\nMarch 14, 2023 | Updated: March 16, 2023 10:02 AM\n\nBody text. More.", "2023-03-14", "2023-03-16T10:02"),
        # two dates, or a date among other words, are no dateline
        ("A Headline Here\n\nNovember 19, 2019 / December 1, 2019\n\nBody text. More.", None, None),
        ("A Headline Here\n\nNovember 19, 2019; December 1, 2019\n\nBody text. More.", None, None),
        ("A Headline Here\n\nNovember 19, 2019 / Our reporters went to Paris to see it\n\nBody text. More.", None, None),
        ("A Headline Here\n\n2019 Honda Civic review, November 19, 2019\n\nBody text. More.", None, None),
    ],
)
def test_a_dateline_in_parts(text, published, updated):
    header = split_header(text)
    assert (header.published and header.published.value) == published
    assert (header.updated and header.updated.value) == updated


def test_a_name_over_a_journalists_role_is_the_byline():
    header = split_header("A Headline Here\n\nBruce Y. Lee\n\nSenior Contributor\n\nBody text. More text.")
    assert header.authors == ["Bruce Y. Lee"]
    assert header.text.split() == ["A", "Headline", "Here", "Body", "text.", "More", "text."]


def test_a_byline_beside_a_date_and_an_update_gives_the_authors():
    assert split_header("A Headline Here\n\nBy Lucy Hart | Published March 14, 2023 | Updated March 16, 2023\n\n"
                        "Body text. More.").authors == ["Lucy Hart"]


def test_byline_moves_to_authors():
    header = split_header("A Headline Here\n\nBy Jane Doe and John Roe\n\nBody text. More text.")
    assert header.authors == ["Jane Doe", "John Roe"]
    assert "By Jane Doe" not in header.text


@pytest.mark.parametrize("byline, authors", [
    # the role or the outlet after a comma is nobody's name
    ("By JOSH BOAK, AP Economics Writer", ["JOSH BOAK"]),
    ("By Jane Doe, Staff Writer", ["Jane Doe"]),
    ("By Jane Doe and John Roe, The Washington Post", ["Jane Doe", "John Roe"]),
    # an outlet's acronym is no degree
    ("By Jane Doe, CNN", ["Jane Doe"]),
    ("By JANE DOE, AP", ["JANE DOE"]),
    # an agency's byline without the comma: the name in capitals, the outlet not
    ("By JANE DOE Associated Press", ["JANE DOE"]),
    ("By JANE DOE and JOHN ROE Associated Press", ["JANE DOE", "JOHN ROE"]),
    # no "By", but a journalist's role after the comma; a clause after it is no role
    ("Jane Doe, Staff Writer", ["Jane Doe"]),
    ("Jane Doe, who is a writer", []),
    # ... or after a space, as an HTML byline sets name and role side by side; no role, no byline
    ("Jane Doe Transport correspondent", ["Jane Doe"]),
    ("Jane Doe Award winner", []),
    # "By:" and the other words a byline starts with
    ("By: Jane Doe", ["Jane Doe"]),
    ("Posted by Jane Doe", ["Jane Doe"]),
    ("Reported by Jane Doe", ["Jane Doe"]),
    ("Story by Jane Doe", ["Jane Doe"]),
    # the outlet, role or reading time after a bar or a dot
    ("By Jane Doe | Reuters", ["Jane Doe"]),
    ("By Jane Doe | Staff Writer", ["Jane Doe"]),
    ("By Jane Doe, special to CNN", ["Jane Doe"]),
    # where each reporter wrote from
    ("By Jane Doe in Kyiv and John Roe in London", ["Jane Doe", "John Roe"]),
    # names set apart by "&" or ";", but not a firm's name with one
    ("By Jane Doe & John Roe", ["Jane Doe", "John Roe"]),
    ("By Jane Doe; John Roe", ["Jane Doe", "John Roe"]),
    # ... or by "with", or by "AND" in a byline in capitals
    ("By Jane Doe with John Roe", ["Jane Doe", "John Roe"]),
    ("BY JANE DOE AND JOHN ROE", ["JANE DOE", "JOHN ROE"]),
    ("By Simon & Schuster Staff", ["Simon & Schuster Staff"]),
    ("By Jane Doe · 5 min read", ["Jane Doe"]),
    # a degree stays with its name; a byline of no known first name stays whole
    ("By Ilana Muhlstein, MS, RDN", ["Ilana Muhlstein, MS, RDN"]),
    ("By Jane Doe, M.D., and John Roe, Ph.D.", ["Jane Doe, M.D.", "John Roe, Ph.D."]),
    ("By Jane Doe, MD", ["Jane Doe, MD"]),
    ("By Practical Horseman Editorial Staff", ["Practical Horseman Editorial Staff"]),
    # the word a byline opens with in French, German, Spanish, Italian, Dutch, Indonesian, before a person's name
    ("Par Jeanne Dupont", ["Jeanne Dupont"]),
    ("Von Hans Müller", ["Hans Müller"]),
    ("Por María García", ["María García"]),
    ("Door Jan de Vries", ["Jan de Vries"]),
])
def test_a_bylines_role_or_outlet_is_no_author(byline, authors):
    assert split_header(f"A Headline Here\n\n{byline}\n\nBody text. More text.").authors == authors


@pytest.mark.parametrize("line", [
    # a sentence that starts with "By" is the article's, however short
    "By the end of the year, prices had doubled",
    "By then it was too late",
    "By checking this box March 3, 2020",
    "by far the largest",
    # ... or a date ("By Monday", "By Friday afternoon")
    "By Monday, prices had doubled",
    "By Friday afternoon, the fire was out",
    # ... nor one that opens with the word in another language but names no person
    "Por Qué Votar",
    "Von Berlin Nach Paris",
    "Par Avion",
])
def test_a_sentence_that_starts_with_by_is_no_byline(line):
    header = split_header(f"A Headline Here\n\n{line}\n\nBody text. More text.")
    assert header.authors == [] and line in header.text


@pytest.mark.parametrize("line, authors, published", [
    # a byline on the dateline's line, before or after the date
    ("By Jane Doe • March 3, 2020", ["Jane Doe"], "2020-03-03"),
    ("Written by Jane Doe on March 3, 2020", ["Jane Doe"], "2020-03-03"),
    ("By Jane Doe and John Roe | March 3, 2020", ["Jane Doe", "John Roe"], "2020-03-03"),
    ("March 3, 2020 | By Jane Doe", ["Jane Doe"], "2020-03-03"),
    ("by Jane Doe on 3 March 2020 at 10:00", ["Jane Doe"], "2020-03-03T10:00"),
    # ... its outlet left out; a site's name beside a date is no byline
    ("By Jane Doe, Reuters | Published March 3, 2020", ["Jane Doe"], "2020-03-03"),
    ("LinkNaija August 08, 2018", [], "2018-08-08"),
    # a blog's "Posted by"; a long byline set apart from its date by a bar
    ("Posted by Jane Doe on March 3, 2020", ["Jane Doe"], "2020-03-03"),
    ("By Jane Doe and John Roe | Published 5:00 PM ET, Tue March 3, 2020", ["Jane Doe", "John Roe"],
     "2020-03-03T17:00-05:00"),
])
def test_a_byline_on_the_datelines_line(line, authors, published):
    header = split_header(f"A Headline Here\n\n{line}\n\nBody text. More text.")
    assert header.authors == authors
    assert header.published.value == published


@pytest.mark.parametrize(
    "text, authors, published, updated",
    [
        # A text dump puts "By <a>name</a>" and "Published: <time>" on two lines each.
        ("A Headline Here\nBy\nSean Martin\n\nPUBLISHED:\n\n00:01, Tue, Nov 19, 2019\n\n| UPDATED:\n10:43, Tue, Nov 19, 2019\n\nBody. More.",
         ["Sean Martin"], "2019-11-19T00:01", "2019-11-19T10:43"),  # each time before its day read with it
        ("A Headline Here\nby\nLaura Winter\nBody. More.", ["Laura Winter"], None, None),
        ("A Headline Here\nPosted by\nLaura Winter\nBody. More.", ["Laura Winter"], None, None),
        ("A Headline Here\nBy:\nLaura Winter\nBody. More.", ["Laura Winter"], None, None),
        # "By" before a sentence is no byline.
        ("A Headline Here\nBy\nthe time the rescuers arrived, the river had risen two metres overnight.\nBody.", [], None, None),
    ],
)
def test_label_and_value_on_two_lines(text, authors, published, updated):
    header = split_header(text)
    assert header.authors == authors
    assert (header.published and header.published.value) == published
    assert (header.updated and header.updated.value) == updated
    assert all(r.text in text for r in header.removed)  # removed records quote the input's lines
    if authors:
        assert "By" not in header.text.split() and authors[0] not in header.text


@pytest.mark.parametrize(
    "text, dek",
    [
        ("Big Headline\n\n\nA single sentence set apart?\n\n\n\nBody one. Body two.\n\nMore body.\n\nEnd.", "A single sentence set apart?"),
        ("Big Headline\n\nThe lede sentence is repeated.\n\nThe lede sentence is repeated. And more.", "The lede sentence is repeated."),
        ("Big Headline\n\nOne sentence lede in an ordinary layout.\n\nBody one. Body two.", None),
    ],
)
def test_dek(text, dek):
    header = split_header(text)
    assert header.subtitle == dek
    if dek:
        assert dek in header.text  # the dek stays in the text; the column is a copy


def test_update_note_gives_updated():
    header = split_header("Headline\n\nBody. More.\n\nUpdate May 14 7:55 PM EST: Added more details.")
    assert header.updated.value == "--05-14T19:55-05:00"


def test_site_from_syndication_and_promo_suffix():
    rules = load_rules()
    assert site_from_removed([Removal("syndication", "This post was originally published on The Verge")], rules) == "The Verge"
    promos = [Removal("promo", "Read More: A story – techovedas"), Removal("promo", "Read More: Another – techovedas")]
    assert site_from_removed(promos, rules) == "techovedas"
    # one teaser's suffix is no site's name, nor is a list with commas
    assert site_from_removed([Removal("promo_heading", "How I Slept with a Dog - Lagos Girl Talks Bad Romance (Images)")], rules) is None
    listed = [Removal("promo_heading", f"Venice Art Biennale {year} | info, program, exhibitions, and events") for year in (2017, 2019)]
    assert site_from_removed(listed, rules) is None


def test_authors_from_author_box():
    removed = [Removal("author_box", "Editorial Team"), Removal("repeated_line", "Editorial Team"), Removal("author_box", "Articles: 1955")]
    assert authors_from_removed(removed) == ["Editorial Team"]


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        ("Reporting by Rodrigo Campos; additional reporting by Stephanie Kelly; Editing by Nick Zieminski", ["Rodrigo Campos"]),
        ("Reporting by Jane Doe and Ali Khan in Paris; Editing by Tom Li", ["Jane Doe", "Ali Khan"]),
        # each reporter's place
        ("Reporting by Jane Doe in Paris and Ali Khan in New York; Editing by Tom Li", ["Jane Doe", "Ali Khan"]),
        ("Writing by Sam Holmes Editing by Alex Richardson", ["Sam Holmes"]),
        ("Editing by Nick Zieminski", []),  # an editor is no author
    ],
)
def test_authors_from_a_news_agencys_reporting_credit(credit, authors):
    assert authors_from_removed([Removal("reporting_credit", credit, "")]) == authors


@pytest.mark.parametrize(
    ("bio", "authors"),
    [
        # the author's bio line under the article names its author
        ("Jane Green is a gardening writer based in Portland. She has written for The Garden Journal since 2015.", ["Jane Green"]),
        ("Meg James is a corporate media reporter for the Los Angeles Times.", ["Meg James"]),
        # not a bio after a cut link, nor a name no first-name list knows (a place, a desk)
        (") is the editor and publisher of the Daily Ledger.", []),
        ("Metro Desk is a team of reporters for the Daily Ledger.", []),
    ],
)
def test_an_author_bio_line_names_the_author(bio, authors):
    assert authors_from_removed([Removal("author_bio", bio, "")]) == authors


@pytest.mark.parametrize(
    ("above", "bio", "authors"),
    [
        # a bio a dump broke at the handle's link: the name is the line above (0.5.164)
        ("Molly Wood", "(@mollywood) is an Ideas contributor at WIRED and the host of", ["Molly Wood"]),
        # ... a name, with a known first name
        ("Most Popular", "(@mollywood) is an Ideas contributor at WIRED and the host of", []),
        ("Molly Wood", "is an Ideas contributor at WIRED and the host of", []),
    ],
)
def test_a_bio_broken_at_its_handle_names_the_line_above(above, bio, authors):
    assert authors_from_removed([Removal("outside_main_content", above, ""), Removal("author_bio", bio, "")]) == authors


@pytest.mark.parametrize(
    ("text", "dek"),
    [
        # the one line of text between the title and the byline is the dek: it leaves the text
        ("Big Headline\n\nNFL assaults have led to lawsuits before. But a charge is harder.\n\nBy\nRandy Maniloff\n\nBody one. Body two.",
         "NFL assaults have led to lawsuits before. But a charge is harder."),
        ("NFL assaults have led to lawsuits before. But a charge is harder.\n\nBy Randy Maniloff\n\nNov. 18, 2019\n\nBody one.",
         "NFL assaults have led to lawsuits before. But a charge is harder."),
        # two lines of text before the byline: the article had begun, nothing is a dek
        ("Big Headline\n\nFirst paragraph of the story.\n\nSecond paragraph.\n\nBy Randy Maniloff\n\nBody.", None),
        # a list item above the byline is no dek
        ("Big Headline\n\n• One point of the summary\n\nBy Randy Maniloff\n\nBody.", None),
    ],
)
def test_the_dek_above_the_byline_moves_to_its_column(text, dek):
    header = split_header(text)
    assert header.subtitle == dek
    assert header.authors == ["Randy Maniloff"]
    if dek:
        assert dek not in header.text and [r.rule for r in header.removed if r.text == dek] == ["dek"]
    else:
        assert "First paragraph" in header.text or "One point" in header.text


@pytest.mark.parametrize(
    ("removed", "published", "updated"),
    [
        # a note cut anywhere in the page, with its label
        ([("publication_note", "First published on November 19, 2019 / 8:16 AM")], "2019-11-19T08:16", None),
        ([("publication_note", "Updated on: November 19, 2019, 10:07 AM")], None, "2019-11-19T10:07"),
        ([("publication_note", "Published March 14, 2023; updated March 16, 2023")], "2023-03-14", "2023-03-16"),
        # a label and its value that a dump put on two lines
        ([("outside_main_content", "First Published:"), ("outside_main_content", "Tuesday, November 19, 2019 08:38 AM")],
         "2019-11-19T08:38", None),
        ([("outside_main_content", "| UPDATED:"), ("outside_main_content", "10:43, Tue, Nov 19, 2019")], None, "2019-11-19T10:43"),
        # a date without a label, or notes that disagree (a list of stories with theirs), give none
        ([("outside_main_content", "November 19, 2019")], None, None),
        ([("publication_note", "Posted November 18, 2019"), ("publication_note", "Posted November 12, 2019")], None, None),
        ([("publication_note", "updated 16M ago")], None, None),
    ],
)
def test_dates_from_notes_cut_anywhere(removed, published, updated):
    found = dates_from_notes([Removal(rule, text) for rule, text in removed])
    assert (found.published.value if found.published else None) == published
    assert (found.updated.value if found.updated else None) == updated


def test_the_time_on_the_line_below_the_dateline_is_read_with_it():
    header = split_header("Big News Today\n\nNov. 19, 2019\n\n5:50 PM\n\nIt happened. Then more.")
    assert (header.published.value, header.published.precision) == ("2019-11-19T17:50", "minute")
    assert "5:50 PM" in header.text  # both lines stay: the article's own
    header = split_header("Big News Today\n\nNov. 19, 2019\n\n5 things to know\n\nIt happened. Then more.")
    assert header.published.value == "2019-11-19"  # no time alone on the next line
    # ... with its zone written as an offset from GMT, as a site prints the reader's zone
    header = split_header("Big News Today\n\nMarch 5, 2024\n\n9:41 AM GMT+9\n\nIt happened. Then more.")
    assert header.published.value == "2024-03-05T09:41+09:00"
    header = split_header("Big News Today\n\nMarch 5, 2024\n\n9:41 AM GMT/5\n\nIt happened. Then more.")
    assert header.published.value == "2024-03-05"  # no time alone on the next line: "/5" is no offset


@pytest.mark.parametrize(("removed", "authors"), [
    # a blog's note names its author: "Posted by" the byline, "on" the date
    ([("publication_note", "Posted by Jane Doe on March 3, 2020")], ["Jane Doe"]),
    # notes of other stories that name other authors give none
    ([("publication_note", "Posted by Jane Doe on March 3, 2020"), ("publication_note", "Posted by John Roe on March 3, 2020")], []),
    ([("publication_note", "Published March 3, 2020")], []),
])
def test_authors_from_notes_cut_anywhere(removed, authors):
    assert dates_from_notes([Removal(rule, text) for rule, text in removed]).authors == authors


def test_a_chinese_dumps_first_line_is_its_title_and_a_paragraph_is_none():
    # a headline written without spaces has words (two characters each); a sentence ending in "。" is no headline
    dump = "市议会投票延长公交项目一年\n首页\n新闻\n财经\n" + "市议会周二投票决定将公交试点项目再延长一年，此前议员们就项目成本进行了长时间的辩论。"
    kept = "\n\n\n\n" + dump.split("\n")[-1]
    assert title_cut_first(dump, kept, []) == "市议会投票延长公交项目一年"
    assert split_header(kept.strip()).title is None


@pytest.mark.parametrize("bylines, authors", [
    (["By Jane Porter · March 4, 2024"], ["Jane Porter"]),
    (["Jane Porter"], ["Jane Porter"]),
    (["By DANICA KIRKA and JILL LAWLESS"], ["DANICA KIRKA and JILL LAWLESS"]),  # split and name-cased later
    # a byline element that names no one, then one that does
    (["Updated March 4, 2024", "By Jane Porter"], ["Jane Porter"]),
    (["By the numbers"], []),
    (["Staff"], []),
])
def test_authors_from_a_pages_byline_elements(bylines, authors):
    assert authors_from_bylines(bylines) == authors
