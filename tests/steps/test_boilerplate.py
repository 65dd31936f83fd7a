import json
from pathlib import Path

import pytest

from cleanse.steps.boilerplate import classify_line, is_long_code_line, load_rules, remove_boilerplate, strip_markup_residue

CASES = json.loads((Path(__file__).parent / "cases" / "boilerplate.json").read_text("utf-8"))
RULES = load_rules()


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_boilerplate_cases(case):
    result = remove_boilerplate(case["original"], RULES)
    assert [r.rule for r in result.removed] == case["rules"]
    if case["rules"]:
        assert result.text.strip() == ""
    else:
        assert result.text == case["original"]


def test_removed_lines_keep_paragraphs_apart_and_record_text():
    text = "First paragraph.\nShare your love\nSecond paragraph."
    result = remove_boilerplate(text, RULES)
    assert result.text == "First paragraph.\n\nSecond paragraph."
    assert result.removed[0].text == "Share your love"
    assert result.removed[0].reason


def test_residue_prefix_is_cut_and_rest_kept_when_it_is_text():
    line = 'a:hover]:text-gray-63 [&>a]:shadow-underline dark:[&>a]:text-gray-bd">The board met on Friday to discuss the plan.'
    result = remove_boilerplate(line, RULES)
    assert result.text == "The board met on Friday to discuss the plan."
    assert [r.rule for r in result.removed] == ["markup_residue"]


def test_max_words_protects_long_paragraphs():
    long_line = "Image credit: " + "word " * 40
    assert classify_line(long_line.strip(), RULES) is None


def test_user_rules_extend_and_override(tmp_path):
    extra = tmp_path / "rules.toml"
    extra.write_text(
        '[[rule]]\nid = "sponsor"\nreason = "sponsor line"\nmatch = "start"\npatterns = ["brought to you by"]\n'
        '[[rule]]\nid = "share"\nreason = "only this"\nmatch = "full"\npatterns = ["share now"]\n',
        "utf-8",
    )
    rules = load_rules(extra)
    assert classify_line("Brought to you by Acme", rules)[0].id == "sponsor"
    assert classify_line("Share now", rules)[0].reason == "only this"
    assert classify_line("Share your love", rules) is None
    assert rules.sources[-1] == str(extra)


def test_user_rules_set_the_list_headings(tmp_path):
    # a user's [main_content] list_headings replaces the packaged list; any case is read as lower case
    extra = tmp_path / "rules.toml"
    extra.write_text('[main_content]\nlist_headings = ["Was wir mögen", "Nachteile"]\n', "utf-8")
    headings = load_rules(extra).main_content.list_headings
    assert headings == frozenset({"was wir mögen", "nachteile"})
    assert "pros" in RULES.main_content.list_headings


def test_strip_markup_residue_leaves_plain_lines():
    assert strip_markup_residue("Plain words here.", RULES) == ("", "Plain words here.")


PROSE = ("The council voted on Tuesday to extend the program for another year, after a long debate about "
         "its cost and about who should pay for it.")


@pytest.mark.parametrize(
    "label, lines, kept",
    [
        ("navigation before and after the article is cut",
         ["Home", "News", "Sports", "Weather", "Contact", PROSE, PROSE.upper().capitalize(), "About us", "Careers",
          "Press", "Jobs", "Events"],
         [5, 6]),
        ("a heading between paragraphs stays",
         ["Menu one", "Menu two", "Menu three", "Menu four", PROSE, "What happens next", PROSE + " Again.", "Footer a",
          "Footer b", "Footer c", "Footer d"],
         [4, 5, 6]),
        ("a clean text with a short title and sign-off keeps everything",
         ["A Short Title", PROSE, PROSE + " More.", "Thanks for reading"],
         [0, 1, 2, 3]),
        # a Chinese paragraph is short in characters: a character counts three (prose_length)
        ("the short paragraphs of a Chinese article are its prose",
         ["首页", "新闻", "财经", "科技", "体育", "市议会周二投票决定将公交试点项目再延长一年，此前议员们就项目成本进行了辩论。",
          "反对者认为，这笔钱最好用于道路维修，有两名议员投了反对票。", "延期费用为420万美元，其中大部分来自州政府拨款。",
          "地铁新线路明年开通", "油价再次上涨", "市长出席开工仪式", "关于我们", "联系我们"],
         [5, 6, 7]),
        # a short opening sentence right under furniture a rule removed is the article's first line
        ("a short first sentence under removed furniture is the article's",
         ["Nav", "Nav two", "Nav three", "Nav four", "View this email in your browser",
          "Good morning. Here is what you need to know today.", PROSE, PROSE + " Two.",
          "Unsubscribe", "Our mailing address is: 100 Main Street"],
         [5, 6, 7]),
        # a "###" divider between a blog's sections neither closes the article nor takes the heading under it
        ("a divider between sections is no press release's end",
         ["Nav", "Nav two", "Nav three", "Nav four", PROSE, PROSE + " Two.", PROSE + " Three.", "###", "Part two",
          PROSE + " Four.", PROSE + " Five.", "About us", "Careers", "Contact", "Jobs"],
         [4, 5, 6, 8, 9, 10]),
        # a "See also" box inside a news article does not close it (a wiki's "References" does)
        ("a see-also box between paragraphs is no end of the article",
         ["Nav", "Nav two", "Nav three", "Nav four", PROSE, PROSE + " Two.", PROSE + " Three.", "See also",
          PROSE + " Four.", PROSE + " Five.", "About us", "Careers", "Contact", "Jobs"],
         [4, 5, 6, 8, 9]),
        # a share bar with a like button between the paragraphs does not close the article
        ("a like button between paragraphs is no end of the article",
         ["Nav", "Nav two", "Nav three", "Nav four", PROSE, PROSE + " Two.", "Facebook", "Like", "Tweet",
          PROSE + " Three.", PROSE + " Four.", "About us", "Careers", "Contact", "Jobs"],
         [4, 5, 9, 10]),
        # (the first comment, above its button, stays: what only its button tells is not read back)
        ("a comment section without a heading is cut at the first reply button",
         ["Nav", "Nav two", "Nav three", "Nav four", PROSE, PROSE + " Two.", PROSE + " Three.", "Mary Jones", "2 hours ago",
          "I ride the express bus every day and it has changed my commute completely, an hour in traffic is now twenty minutes.",
          "Reply", "Bob Lee", "1 hour ago",
          "Both of you have a point but the real question is what happens when the state grant runs out next year.",
          "Reply"],
         [4, 5, 6, 7, 9]),
        # a list article: numbered items, short sentences and bullets between its paragraphs
        ("a listicle's short items between its paragraphs are the article's",
         ["Nav", "Nav two", "Nav three", "Nav four", PROSE, "1. Sintra", "Palaces, gardens and a Moorish castle.",
          "Allow a full day.", "2. Cascais", "A fishing town turned resort with fine beaches.", "3. Óbidos",
          "A walled medieval town.", "What to pack:", "• Comfortable shoes", "• A rain jacket", "• Cash for small cafés",
          PROSE + " Two, and a longer closing paragraph than the first one was.", "Share", "Facebook", "About us",
          "Careers", "Contact"],
         list(range(4, 17))),
        ("a recipe's ingredients and steps between its paragraphs are the article's",
         ["Nav", "Nav two", "Nav three", "Nav four", PROSE, "Ingredients", "3 ripe bananas", "2 cups flour",
          "½ tsp salt", "75 g butter, melted", "1 egg", "Method", "Heat the oven to 180C.", "Mash the bananas in a bowl.",
          "Bake for 60 minutes.", PROSE + " Two, and a longer closing paragraph than the first one was.", "Pin it",
          "Print recipe", "About us", "Careers", "Contact"],
         list(range(4, 16))),
        # a data table between paragraphs, one cell a line as a dump prints it (the paragraphs after
        # it were cut with it)
        ("a data table's cells between its paragraphs are the article's",
         ["Nav", "Nav two", "Nav three", "Nav four", PROSE, PROSE + " Two.", "Region", "Rate", "Change", "North", "4.1%",
          "-0.3", "North East", "4.9%", "-0.2", "London", "5.3%", "-0.6", "South West", "3.2%", "-0.3",
          PROSE + " Three.", PROSE + " Four.", "About us", "Careers", "Contact", "Jobs"],
         list(range(4, 23))),
        # a review's pros and cons under their headings, printed without bullets, before the verdict
        ("a review's pros and cons between its paragraphs are the article's",
         ["Nav", "Nav two", "Nav three", "Nav four", PROSE, PROSE + " Two.", "Pros", "Two-day battery", "Bright, sharp screen",
          "Four years of updates", "Cons", "Weak low-light camera", "No charger in the box", "Verdict",
          "If battery life matters most to you, this is the phone to get, and it is easy to recommend at its price.",
          "About us", "Careers", "Contact", "Jobs"],
         list(range(4, 15))),
        # ... the same short lines under no listed heading: no evidence they are the article's
        ("short phrases under no list heading between two runs of prose do not join them",
         ["Nav", "Nav two", "Nav three", "Nav four", PROSE, PROSE + " Two.", PROSE + " Three.", "Highlights",
          "Two-day battery", "Bright, sharp screen", "Four years of updates", "Weak low-light camera", "No charger in the box",
          "Slow to charge", "Plain design", "Loud speakers", PROSE.replace("council", "board")],
         [4, 5, 6]),
        # a timeline whose bold years a dump split from their items: each label and what it introduces
        ("a timeline's labels and items between its paragraphs are the article's",
         ["Nav", "Nav two", "Nav three", "Nav four", PROSE, "1978:", "Two brothers start repairing radios in a garage",
          "1985:", "The first factory opens on the edge of town", "1993:", "Exports to Europe begin", "2004:",
          "The company lists its shares", "2011:", "A plant opens in Vietnam", PROSE + " Two.", "About us", "Careers",
          "Contact", "Jobs"],
         list(range(4, 16))),
        # a list the sentence above it introduces, its items printed without bullets
        ("the items a sentence ending in a colon introduces are the article's",
         ["Nav", "Nav two", "Nav three", "Nav four", PROSE,
          "The new budget, which the council published on its website on Tuesday, makes these changes to the program:",
          "Longer opening hours at the main library", "A second mobile library for the villages",
          "Free bus passes for pensioners", "More staff at the job centre", "A new skate park by the river",
          "Repairs to the swimming pool roof", "The changes take effect in April, and the council will report on them.",
          "About us", "Careers", "Contact", "Jobs", "Events"],
         list(range(4, 13))),
        # ... but a page's date labels and their values above the article are no lead-ins of it
        ("a dateline's labels between a long headline and the article do not join them",
         ["Nav", "Nav two", "Nav three", "Nav four",
          "Bubonic plague: Third case of plague in China as panic begins – ‘The plague is coming’",
          "PUBLISHED:", "00:01, Tue, Nov 19, 2019", "| UPDATED:", "10:43, Tue, Nov 19, 2019", "0",
          PROSE, PROSE + " Two.", PROSE + " Three.", "About us", "Careers", "Contact", "Jobs"],
         [10, 11, 12]),
        # a fact check's list of its sources closes it, as a paper's references do
        ("a 'Sources:' heading closes the article with its list",
         ["Nav", "Nav two", "Nav three", "Nav four", PROSE, PROSE + " Two.", "Sources:",
          'Customs and Border Protection, "U.S. Border Patrol Nationwide Drug Seizures," accessed Nov. 13, 2019',
          "Email interview with Jonathan P. Caulkins, professor of operations research and public policy at Carnegie-Mellon "
          "University, Nov. 14, 2019, who studies drug markets and their prices.", PROSE + " Three, a footer's."],
         [4, 5]),
        # ... not a menu's words between two runs of prose (no figures)
        ("a menu's short words between two runs of prose do not join them",
         ["Nav", "Nav two", "Nav three", "Nav four", PROSE, PROSE + " Two.", PROSE + " Three.", "World", "Business",
          "Tech", "Culture", "Sports", "Opinion", "Podcasts", PROSE.replace("council", "board")],
         [4, 5, 6]),
        # ... but not a list of other stories, headline and one-sentence dek in turn, before more prose
        ("other stories' headlines and deks between two runs of prose do not join them",
         ["Nav", "Nav two", "Nav three", "Nav four", PROSE, PROSE + " Two.", PROSE + " Three.",
          "Storm Brings Floods To The Coast", "Rivers burst their banks overnight.",
          "Why The Price Of Eggs Keeps Rising", "Farmers blame feed costs.",
          "The Ten Best Films Of The Year", "Critics pick their favourites.",
          "A New Bridge For The Old Town", "Work starts in the spring.",
          PROSE.replace("council", "board")],
         [4, 5, 6]),
        ("the cards of other posts under a blog platform's sign-up box are cut with it",
         ["Nav", "Nav two", "Nav three", "Nav four", PROSE, PROSE + " Two.", PROSE + " Three.", "Sign up for more like this.",
          "Enter your email", "Subscribe", "Why trams came back", "Cities are laying track again, twenty years after tearing it up.",
          "Jan 1, 2024"],
         [4, 5, 6]),
        ("a comment section after the article is cut at its heading",
         ["Nav", "Nav two", "Nav three", "Nav four", PROSE, PROSE + " Two.", PROSE + " Three.", "12 Comments",
          "I disagree with every word of this article and I will say so at great length here, again and again.",
          "Reply"],
         [4, 5, 6]),
        ("the site's list of its other articles is cut at its heading",
         ["Nav", "Nav two", "Nav three", "Nav four", PROSE, PROSE + " Two.", PROSE + " Three.", "More From the Daily Bugle",
          "Diversity among Hollywood directors improves, but insiders still get a fast track to the chair, the report says.",
          "Company Town"],
         [4, 5, 6]),
        ("a feed of other sites' stories is cut at the first card's source site",
         ["Nav", "Nav two", "Nav three", "Nav four", PROSE, PROSE + " Two.", PROSE + " Three.", "LOVE IS LOVE",
          "What Being Asexual Tells Us", "aeon.co", "What is it like to feel love and share intimacy yet feel no attraction "
          "to the person you are with, the essay asks, at length?", "cnn.com", "Sex"],
         [4, 5, 6, 7, 8]),
        ("an author box under a bare 'About' heading is cut with its name and bio",
         ["Nav", "Nav two", "Nav three", "Nav four", PROSE, PROSE + " Two.", PROSE + " Three.", "Über", "Moritz Bachmann",
          "Als Inbound Sales Manager bildet Moritz Bachmann die Schnittstelle zwischen dem Marketing und dem Vertrieb."],
         [4, 5, 6]),
        ("the headlines under a 'Related articles' heading go with it; the prose after it stays",
         ["Nav", "Nav two", "Nav three", "Nav four", PROSE, "Related articles",
          "Plague outbreak: China hit by highly contagious pneumonic plague", "[WARNING]",
          "Horror as plague of killer mosquitos are headed to Britain", PROSE + " Two.", PROSE + " Three."],
         [4, 9, 10]),
        ("a headline that exclaims is one of the list under a 'Trending News' heading",
         ["Nav", "Nav two", "Nav three", "Nav four", PROSE, "Trending News",
          'Video shows dramatic rescue of kidnapped girl: "We got her!"',
          "Man arrested after 7 trafficking victims found in car: Police",
          "Safety officials urge Boeing to redesign part on 737s", PROSE + " Two.", PROSE + " Three."],
         [4, 9, 10]),
        ("the headline under a singular 'Related article' label goes with it",
         ["Nav", "Nav two", "Nav three", "Nav four", PROSE, "Related article",
          "Cities are laying track again, twenty years after tearing it up", PROSE + " Two.", PROSE + " Three."],
         [4, 7, 8]),
        ("a teaser cut short is one of the list under a 'Related articles' heading",
         ["Nav", "Nav two", "Nav three", "Nav four", PROSE, "Related articles",
          "UK weather alert: Plague of mosquitos to devastate Britain as Hurri...",
          "Bible bombshell: Scientists claim discovery of root of all evil", PROSE + " Two.", PROSE + " Three."],
         [4, 8, 9]),
        ("a kicker in capitals over each headline does not count against the list's length",
         ["Nav", "Nav two", "Nav three", "Nav four", PROSE, "Most read in world news\nRANDY ANDY\nAndrew parties in "
          "unearthed pics\nTIME TRAVELLER\nTheorists say they've spotted Greta in old pic\nNAIVE AND TRUSTING\nGrace "
          "gave man list of fetishes\nEYE POPPING\nRussian Popeye has tricep removed\nDRIVEN TO SUICIDE\nPregnant "
          "girl jumps to her death", PROSE + " Two.", PROSE + " Three."],
         [4, 6, 7]),
        ("a sentence broken at a link's text right after the list is the article's",
         ["Nav", "Nav two", "Nav three", "Nav four", PROSE, "Most read in world news", "RANDY ANDY",
          "Andrew parties in unearthed pics", "Authorities in western", "Mongolia",
          ", which is close to the Russian frontier, set up a quarantine for all of the region's visitors.",
          PROSE + " Two.", PROSE + " Three."],
         [4, 8, 9, 10, 11, 12]),
        ("a question right above the article's prose is no headline of the list",
         ["Nav", "Nav two", "Nav three", "Nav four", PROSE, "Read more", "Why does the council want to extend it?",
          PROSE + " Two.", PROSE + " Three."],
         [4, 6, 7, 8]),
        ("headlines broken at their links under a 'Related Stories' heading go whole",
         ["Nav", "Nav two", "Nav three", "Nav four", PROSE, "Related Stories\n\nDangers of\nVaping\n: Facts and Statistics "
          "on Health Risks of E-Cigarettes\n\nCannabis Could Ease Symptoms of Depression in\nPTSD\nPatients",
          PROSE + " Two.", PROSE + " Three."],
         [4, 6, 7]),
        ("a paragraph broken at its links after a 'Read more' label is no list of headlines",
         ["Nav", "Nav two", "Nav three", "Nav four", PROSE, "Read more", "HP, as Gizmodo very", "recently",
          "explained", ", is a complex and rare condition.", PROSE + " Two.", PROSE + " Three."],
         [4, 6, 7, 8, 9, 10, 11]),
        ("a sidebar's last lines after its headlines went with their heading are cut, not kept as a sign-off",
         ["Nav", "Nav two", "Nav three", "Nav four", PROSE, PROSE + " Two.", "Popular Posts", "Followers",
          "Follow by Email", "Thanks for visiting.", "Relationship", "3/Relationship/post-list"],
         [4, 5]),
        ("a paragraph broken at its links into short lines, after a list of headlines, is prose",
         ["Nav", "Nav two", "How the port changed the city", "Why the ferries stopped", "What you need to know about tolls",
          "The bridge that never opened", "A", "muddled view", "of the budget talks, which have run since the spring without an agreement on the "
          "tolls, once again seems to be weighing on the council.",
          "The members were divided in early voting on Tuesday after", "the mayor's office", "said that the mood was grim.",
          "The city's", "Harbour Fund", "(", "HF", "fell 0.3% in the morning, while the region's", "Rail Fund",
          "rose 0.5% and was last trading up about 1% after the vote.",
          PROSE, PROSE + " Two."],
         list(range(6, 21))),
        ("a headline in title case is not prose, though it asks a question",
         ["Nav", "Nav two", "Nav three", "Nav four", "Fact Check: Is An 'Oxygen Bar' In Delhi Offering Fresh Air For Rs 300?",
          "The brain behind this well-timed startup is said to be two young founders from the city.",
          "New Delhi", ",", "News Desk", "| Updated :", "19 November 2019, 09:01 AM", PROSE, PROSE + " Two."],
         [11, 12]),
        ("a question in prose of the same length is",
         ["Nav", "Nav two", "Nav three", "Nav four", "Is there an oxygen bar in Delhi that offers fresh air for Rs 300?",
          PROSE, PROSE + " Two."],
         [4, 5, 6]),
        ("a short last paragraph that reads as a sentence ends the article, not the furniture after it",
         ["Nav", "Nav two", "Nav three", "Nav four", PROSE, PROSE + " Two.",
          "Authorities say that the cases appear to be unrelated.", "With Post wires", "Share this:", "Facebook",
          "Copy", "Read Next", "Nav five"],
         [4, 5, 6]),
        ("a teaser cut short or asking after the article is no last paragraph",
         ["Nav", "Nav two", "Nav three", "Nav four", PROSE, PROSE + " Two.",
          "Best gifts for co-workers under $50 on A...", "Electric cars need to make noise, but what kind?",
          "Nav five", "Nav six", "Nav seven", "Nav eight"],
         [4, 5]),
        ("text without any prose is kept whole", ["Short", "Lines", "Only"], [0, 1, 2]),
        # a transcript's first speaker label on its own line above the first turn (0.5.257)
        ("a speaker label above the article's first line opens it",
         ["Nav", "Nav two", "Nav three", "Nav four", "STEVE INSKEEP, HOST:", PROSE, PROSE + " Two."], [4, 5, 6]),
        ("a heading in capitals above it does not",
         ["Nav", "Nav two", "Nav three", "Nav four", "TRANSCRIPT", PROSE, PROSE + " Two."], [5, 6]),
    ],
)
def test_main_content_selection(label, lines, kept):
    text = "\n\n".join(lines)
    result = remove_boilerplate(text, RULES)
    kept_lines = [line for line in result.text.split("\n") if line]
    assert kept_lines == [lines[i] for i in kept], label
    cut = {r.text for r in result.removed if r.rule == "outside_main_content"}
    assert all(lines[i] not in cut for i in kept)


def test_article_after_a_page_footer_in_a_dump_out_of_order():
    # A regex dump may put a page's footer (a disclaimer, then the copyright line) above the
    # article: the run that carried the footer along restarts after the copyright line. After
    # a comment prompt the same shape is a long discussion and is cut (see the table above).
    footer = [f"Quotes delayed at least 15 minutes, market data provided by a vendor, part {n} of the notice." * 2
              for n in range(3)]
    part_one = [PROSE + f" One {n}." for n in range(3)]
    table = [f"Cell {n}" for n in range(12)]
    part_two = [PROSE + f" Two {n}." for n in range(10)]
    lines = [*footer, "© 2019 Example Network, LLC. All rights reserved.", *[f"Link {n}" for n in range(5)],
             *part_one, *table, *part_two]
    result = remove_boilerplate("\n".join(lines), RULES)
    kept = [line for line in result.text.split("\n") if line]
    assert kept == [*part_one, *table, *part_two]


def test_the_rest_of_a_numbered_list_the_article_began_is_kept():
    # (the run takes in the list's third item, long enough to read as prose, and stopped there)
    items = [line for n in range(1, 23) for line in (f"{n}) Product number {n} on offer" + (" at a price" * 12 if n == 3 else ""),
                                                     f"http://amzn.to/x{n}")]
    lines = ["Home", "Film", PROSE, PROSE + " Again.", "Here are the offers:", *items, "Search", "Cookie notice here"]
    kept = [line for line in remove_boilerplate("\n".join(lines), RULES).text.split("\n") if line]
    assert [line for line in kept if line[0].isdigit()][-1] == "22) Product number 22 on offer"
    # another list, numbered from 1 again, is not the article's
    most_read = ["Most read", "1. A headline elsewhere", "2. Another headline", "3. A third one", "4. And a fourth"]
    lines = ["Home", PROSE, PROSE + " Again.", "1. First point of the article", "2. Second point", *most_read, *["x y"] * 6]
    kept = [line for line in remove_boilerplate("\n".join(lines), RULES).text.split("\n") if line]
    assert "2. Another headline" not in kept


def test_a_site_name_inside_a_paragraph_cut_at_its_links_stays():
    lines = [PROSE, "Cheer on the riders at the finals in Gladstone, NJ;", "www.usef.org", ".", PROSE + " More."]
    text = "\n".join(lines)  # one block: the link text is part of the sentence
    assert "www.usef.org" in remove_boilerplate(text, RULES).text


def test_wrapped_paragraph_lines_count_as_one_paragraph():
    wrapped = ["Photos which were released online and are making", "the rounds on social media show the actress",
               "looking absolutely stunning in new photos."]
    text = "\n\n".join(["World", "Business", "Sports", "Latest", "Local"]) + "\n\n" + "\n".join(wrapped) + "\n\n" + "\n\n".join(["Popular", "Recent", "Archive", "Events"])
    kept = [line for line in remove_boilerplate(text, RULES).text.split("\n") if line]
    assert kept == wrapped


def test_headline_lists_are_not_wrapped_paragraphs():
    headlines = ["Investors weigh the latest trade talk signals", "China censors a lot, from cartoons to sports",
                 "The trade war's latest victim: manufacturing", "Airline warns staff about protests"]
    article = [PROSE, PROSE + " Second.", PROSE + " Third."]
    text = "\n".join(headlines) + "\n\n" + "\n\n".join(article)
    kept = [line for line in remove_boilerplate(text, RULES).text.split("\n") if line]
    assert kept == article


@pytest.mark.parametrize(
    "line, is_code",
    [
        ("googletag.pubads().enableSingleRequest();", True),
        ('{"id":"ci02349288c00026cb","isDetailPage":true,"objectType":"ContentArticle"}', True),
        ("var x = document.getElementById('main');", True),
        (".article-body p { margin: 0 0 1em; }", True),
        ("// Leaderboard", True),
        ("4) Blade Runner The Final Cut (4K Ultra HD + Blu-Ray)", False),
        ("Japan's Nikkei 225 (N225) declined 0.3%, while South Korea's Kospi Index (KOSPI) fell 0.5%.", False),
        ('He said: "we will be back" and left.', False),
        # a style sheet's lines, one a line, in a dump that kept the styles
        ("display: inline !important;", True),
        ("margin: 0 .07em !important;", True),
        ("color: #fff;", True),
        ("img.wp-smiley,", True),
        ("#main .post a:hover,", True),
        ("including: apples, pears;", False),
        ("score: 3-1 at half time, 5% of the vote;", False),
        ("example.com,", False),
        # a statement's or block's end with no word in it; a bracket and a stop end prose's sentence
        ('");', True),
        ("});", True),
        (").", False),
    ],
)
def test_code_residue(line, is_code):
    hit = classify_line(line, RULES)
    assert (hit is not None and hit[0].id == "code") is is_code


_OTHER_ARTICLE = [
    '{"id":1913361,"date":"2019-11-19","content":{"rendered":"',  # the script's JSON, its tags stripped
    "\\n\\t\\t",
    "Whether you\\u2019re a founder, an early employee or an executive, the possibility of an exit offers "
    "extraordinary financial possibilities, and most people plan for it far too late in the day.",
    "\\n",
    "However, I see plenty of founders having liquidity events only to find themselves making hurried decisions "
    "with their newfound wealth, ultimately feeling frustrated when the dust settles on the deal.",
    "\\n",
    "Typically, I recommend breaking your planning into two separate phases to reduce overwhelm and to keep "
    "your options open: planning before an exit and planning after it, each with its own advisers.",
    '\\n","protected":false},"excerpt":{"rendered":"x"},"author":133574325}',
]


@pytest.mark.parametrize(
    ("label", "lines", "kept"),
    [
        ("another article kept in a script's JSON string (a regex dump of an endless page) is cut",
         ["Home", PROSE, PROSE + " Again.", *_OTHER_ARTICLE, "Footer"], [1, 2]),
        ("so is it where the line opening the string was eaten with a tag",
         ["Home", PROSE, PROSE + " Again.", "/*", *_OTHER_ARTICLE[1:], "Footer"], [1, 2]),
        ("a page whose article is only in a script's string keeps it (the line with a \\u escape goes as code)",
         ["Home", *_OTHER_ARTICLE, "Footer"], [5, 7, 9]),
        ("a quotation broken at its link is no script string",
         ["Home", PROSE, 'The minister told the crowd: "', "We will win", '", she added, and the crowd cheered her on '
          "for a long time after she had finished speaking to them.", PROSE + " Again."], [1, 2, 3, 4, 5]),
    ],
)
def test_text_inside_a_scripts_strings(label, lines, kept):
    result = remove_boilerplate("\n".join(lines), RULES)
    assert [line for line in result.text.split("\n") if line] == [lines[i] for i in kept], label


def test_a_paragraph_broken_at_its_links_mid_sentence_is_prose():
    # A dump puts each link on a line of its own: a link's text after a line that stops without
    # punctuation and before one that goes on in lower case ("singer" / "Ally Brooke" / "after
    # ..."), or after an opening quotation mark, is inside the sentence.
    headlines = ["How the port changed the city", "Why the ferries stopped", "What you need to know about tolls",
                 "The bridge that never opened"]
    lead = ["The former “", "Dawson’s Creek", "” star, 42, was voted off the popular dance competition on Monday "
            "in a tight race against singer", "Ally Brooke", "after performing two dances for judges Len Goodman, "
            "Bruno Tonioli and", "Carrie Ann Inaba", "."]
    text = "\n\n".join(["Nav", "Nav two", *headlines, "\n".join(lead), PROSE, PROSE + " Two.", PROSE + " Three."])
    kept = [line for line in remove_boilerplate(text, RULES).text.split("\n") if line]
    assert kept == [*lead, PROSE, PROSE + " Two.", PROSE + " Three."]


@pytest.mark.parametrize(
    ("lines", "kept"),
    [
        # a link's lower-case text inside a sentence is the sentence's, whatever rule it matches
        (["Today that mission scope may well have", "expand", "ed to the moons of Jupiter and Saturn."], [0, 1, 2]),
        # ... and a capitalised one of a few words after a preposition, the sentence going on below
        (["The mayor announced the decision in a post on", "Facebook", "on Tuesday evening, hours after the vote."], [0, 1, 2]),
        # a menu's labels stay labels: capitalised, or after a short line
        (["You agree to the site's", "Privacy Policy", "and its terms."], [0, 2]),
        (["sunday review", "video: opinion", "arts and living"], [0, 2]),
    ],
)
def test_a_rule_spares_a_link_inside_a_sentence(lines, kept):
    result = remove_boilerplate("\n".join(lines), RULES, select_main=False)
    assert [line for line in result.text.split("\n") if line] == [lines[i] for i in kept]


def test_a_caption_shown_again_a_few_lines_down_goes_but_far_repeats_stay():
    caption = "Democratic presidential candidate Mayor Pete Buttigieg speaks during a forum in Iowa on Friday"
    paragraphs = [PROSE + f" Part {n}." for n in range(12)]
    near = [paragraphs[0], caption, paragraphs[1], paragraphs[2], caption, paragraphs[3], caption, *paragraphs[4:]]
    kept = [line for line in remove_boilerplate("\n\n".join(near), RULES).text.split("\n") if line]
    assert kept.count(caption) == 1 and kept.count(paragraphs[3]) == 1
    plan = "Portion Fix Containers: 1 Green, 1 Red, 1 Yellow, 1 tsp. of oil for each meal"
    far = [plan, *paragraphs[:9], plan, *paragraphs[9:]]
    kept = [line for line in remove_boilerplate("\n\n".join(far), RULES).text.split("\n") if line]
    assert kept.count(plan) == 2


@pytest.mark.parametrize(
    ("label", "short", "goes"),
    [
        ("a collapsed caption cut mid-sentence", "Brock Nelson (29) puts the game-winning overtime goal behind goaltender Matt Murray (30) in Pittsburgh. The Islanders", True),
        ("a teaser cut at a word", "The committee published its findings on Monday after a review that lasted", True),
        ("a finished sentence another line goes on from (a pull quote)", "Brock Nelson (29) puts the game-winning overtime goal behind goaltender Matt Murray (30) in Pittsburgh.", False),
        ("a short heading the next line goes on from", "How the vote works", False),
        ("a line that stops inside a word of the longer one", "Brock Nelson (29) puts the game-winning overtime goal behind goaltender Matt", False),
    ],
)
def test_a_line_cut_short_that_repeats_a_longer_one_nearby_goes(label, short, goes):
    full = {
        "B": "Brock Nelson (29) puts the game-winning overtime goal behind goaltender Matt Murray (30) in Pittsburgh. The Islanders won 5-4.",
        "T": "The committee published its findings on Monday after a review that lasted most of the year.",
        "H": "How the vote works in the committee: each member has one vote and the chair breaks a tie.",
    }[short[0]]
    if label.startswith("a line that stops"):
        full = full.replace("Matt Murray", "Mattias Murray")  # "...goaltender Matt" does not end at a word of it
    lines = [PROSE, short, "... more", full, PROSE + " Two."]
    kept = [line for line in remove_boilerplate("\n\n".join(lines), RULES).text.split("\n") if line]
    assert (short not in kept) == goes
    assert full in kept and PROSE in kept


@pytest.mark.parametrize("separator", [" - ", " | ", " – ", " : "])
def test_a_headline_under_the_page_title_that_adds_the_site_is_no_shortened_copy(separator):
    headline = "The city finally opens its new waterfront park after years of delay"
    lines = [headline + separator + "City Herald", "", headline, "", PROSE, PROSE + " Two."]
    kept = [line for line in remove_boilerplate("\n".join(lines), RULES).text.split("\n") if line]
    assert headline in kept


@pytest.mark.parametrize(
    ("quote", "goes"),
    [
        # a pull quote: a quotation of the paragraph set again on a line of its own, above or below it
        ('"A town without a cinema is a town that has stopped telling itself stories"', True),
        ("“A town without a cinema is a town that has stopped telling itself stories.”", True),
        # a quotation no other line holds is the article's own
        ('"A town with a cinema is a town that still tells itself stories," the mayor replied.', False),
        # ... and a short one is too little to tell (three words: "told me last")
        ('"Told me last"', False),
    ],
)
def test_a_pull_quote_goes_and_the_paragraph_quoting_it_stays(quote, goes):
    paragraph = ('Its owner, a retired teacher, says she never minded. "A town without a cinema is a town that has '
                 'stopped telling itself stories," she told me last week.')
    for lines in ([PROSE, paragraph, quote, PROSE + " Two."], [PROSE, quote, paragraph, PROSE + " Two."]):
        result = remove_boilerplate("\n\n".join(lines), RULES)
        kept = [line for line in result.text.split("\n") if line]
        assert (quote not in kept) == goes
        assert paragraph in kept and PROSE in kept
        assert [r.rule for r in result.removed if r.text == quote] == (["pull_quote"] if goes else [])


@pytest.mark.parametrize(
    ("lines", "closer_kept"),
    [
        # a parenthesis a dump broke at its link: its lone ")" closes the "(" above
        (["Japan's", "Nikkei 225", "(", "N225", ")", "declined 0.3%, while the Kospi rose."], True),
        (["(Graphic: Global assets in 2019 -", "here", ")"], True),
        # a script's lone ")" with nothing open above is its residue
        (["window.dataLayer.push({", "event: 'pageview'", "});", ")"], False),
    ],
)
def test_a_lone_closing_parenthesis_is_kept_when_it_closes_one_above(lines, closer_kept):
    text = "\n\n".join([PROSE, "\n".join(lines), PROSE + " Two."])
    kept = remove_boilerplate(text, RULES).text.split("\n")
    assert (")" in kept) == closer_kept


def test_the_run_goes_on_over_a_gallery_the_rules_removed():
    # a gallery's labels and counters between two parts of the article: lines a rule removed
    # cost the run less than short lines nobody knows, so the last paragraph stays
    gallery = ["Photo: Gene J. Puskar", "Image", "Caption", "Close", "... more", "less"] * 2
    last = "Note: " + PROSE
    lines = ["Home", PROSE, PROSE + " Two.", *gallery, last]
    kept = [line for line in remove_boilerplate("\n".join(lines), RULES).text.split("\n") if line]
    assert kept == [PROSE, PROSE + " Two.", last]


@pytest.mark.parametrize(
    ("lines", "kept"),
    [
        # a headline-shaped line right above a credit alone is the image's caption
        (["The plague wiped out half of Europe in the 14th century", "(Image: GETTY)"], []),
        (["Beijing Chaoyang Hospital, where the patients sought treatment", "Credit: EPA"], []),
        # a line that ends as a sentence may be the paragraph above the image: it stays
        (["Alibaba's listing ceremony is due to be held next Tuesday.", "Main image credit: Getty"], [0]),
        # not right above the credit (a blank line between), or above a caption with its credit
        (["The plague wiped out half of Europe in the 14th century", "", "(Image: GETTY)"], [0]),
        (["Plague doctors in the 14th century",
          "A reference habitation module for a crewed Mars mission, drawn for the study (Photo: ESA)"], [0]),
        # a one-sentence statement above a credit that names who made the image, right above or
        # over one blank line
        (["Vicente Aguiar loads garage door trims into his pickup truck outside a Home Depot in Hialeah, Fla.",
          "(AP Photo/Alan Diaz, File)"], []),
        (["Sheikh Mohammed, center, passes a Boeing Co. 787-10 at the Dubai Air Show on Monday, Nov. 13, 2017.",
          "Natalie Naccache | Bloomberg | Getty Images"], []),
        (["Neil Gaiman and John M. Ford in 2002.", "", "Photo by David Dyer-Bennet"], []),
        # ... not a dek asking a question, a bare label, two sentences, or a credit for another image
        (["Who didn’t see this coming after he tried to get Sam Altman fired?", "Illustration: The Verge"], [0]),
        (["“There are the big established players around the table,” he said.", "SOURCE:"], [0]),
        (["Sasse said the charges are overdue. He called for a review.", "Photo: Gene J. Puskar"], [0]),
        (["Alibaba's listing ceremony is due to be held next Tuesday.", "", "Featured image: Getty"], [0]),
        # a credit a dump broke at its link ("Photo" / ":" / "Getty Images") is read as one line
        (["Duck fluff and feathers in the middle of a drying process, to be used in duvets and jackets.",
          "Photo", ":", "Getty Images"], []),
        # ... but a label and a colon before a line no rule knows stay
        (["The council met on Tuesday.", "Agenda", ":", "Budget and roads"], [0, 1, 2, 3]),
    ],
)
def test_a_credit_alone_takes_the_caption_above_it(lines, kept):
    result = remove_boilerplate("\n".join(lines), RULES, select_main=False)
    assert [line for line in result.text.split("\n") if line] == [lines[i] for i in kept]


def test_user_rules_set_what_a_credit_captions(tmp_path):
    # [captions] in a user's rules file: a site whose credits follow article paragraphs turns the
    # sentence captions off (no sentence is that short)
    extra = tmp_path / "rules.toml"
    extra.write_text("[captions]\nsentence_max_words = 0\n", "utf-8")
    lines = ["Neil Gaiman and John M. Ford in 2002.", "Photo by David Dyer-Bennet"]
    assert remove_boilerplate("\n".join(lines), RULES, select_main=False).text.strip() == ""
    kept = remove_boilerplate("\n".join(lines), load_rules(extra), select_main=False).text
    assert kept.strip() == lines[0]


@pytest.mark.parametrize(
    ("lines", "kept"),
    [
        # another article's headline in capitals between the article's paragraphs
        ([PROSE, "SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'", PROSE + " Two."], [0, 2]),
        ([PROSE, "LAUREN ALAINA SAYS 'DWTS' HAS HELPED HER LOSE 25 POUNDS", PROSE + " Two."], [0, 2]),
        # above the first paragraph it may be the article's own headline
        (["SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS' ON MONDAY", PROSE, PROSE + " Two."], [0, 1, 2]),
    ],
)
def test_a_headline_in_capitals_goes_once_the_article_has_begun(lines, kept):
    result = remove_boilerplate("\n".join(lines), RULES, select_main=False)
    assert [line for line in result.text.split("\n") if line] == [lines[i] for i in kept]


def test_a_dialogue_with_its_speakers_labels_on_lines_of_their_own_is_prose():
    # "Prof. Carlos:" / "Estou aqui ao lado do Eugênio Tadeu, que já é de casa.": each pair reads
    # as the one line it stands for, so the interview's opening stays with the rest of it
    opening = ["Nunca ouviu as brinquedorias musicais do grupo Serelepe, de Belo Horizonte? Assista!", "",
               "Prof. Carlos:", "Estou aqui ao lado do Eugênio Tadeu, que já é de casa.", "",
               "Eugênio:", "Por sua causa, Carlos, que divulgou tanto o nosso trabalho.", "",
               "Prof. Carlos:", "Daquele famoso vídeo em que apresentei o Rodapião.", ""]
    text = "\n".join(["Menu", "", "Home", "", *opening, PROSE, "", PROSE + " Two."])
    kept = [line for line in remove_boilerplate(text, RULES).text.split("\n") if line]
    assert kept == [line for line in opening if line] + [PROSE, PROSE + " Two."]


def test_a_speakers_label_set_apart_by_a_blank_line_is_read_with_what_they_said():
    # a regex dump sets every line apart: "Prof. Carlos:" / "" / "Estou aqui ao lado ..."
    opening = ["Nunca ouviu as brinquedorias musicais do grupo Serelepe, de Belo Horizonte? Assista!",
               "Prof. Carlos:", "Estou aqui ao lado do Eugênio Tadeu, que já é de casa.",
               "Eugênio:", "Por sua causa, Carlos, que divulgou tanto o nosso trabalho.",
               "Prof. Carlos:", "Daquele famoso vídeo em que apresentei o Rodapião."]
    text = "\n\n".join(["Menu", "Home", *opening, PROSE, PROSE + " Two."])
    kept = [line for line in remove_boilerplate(text, RULES).text.split("\n") if line]
    assert kept == [*opening, PROSE, PROSE + " Two."]


@pytest.mark.parametrize(
    ("lines", "kept"),
    [
        # a summary box's points, up to the lead image's credit under them
        (["Key Points", "Emirates finalized a deal for 30 Boeing 787-9 jets.", "The deal cuts a prior 777x order.",
          "Natalie Naccache | Bloomberg | Getty Images", PROSE, PROSE + " Two."], [4, 5]),
        # ... with no furniture near under them, where the box ends is not known: only the heading goes
        (["Key Points", "Emirates finalized a deal for 30 Boeing 787-9 jets.", "The deal cuts a prior 777x order.",
          PROSE, PROSE + " Two.", PROSE + " Three.", PROSE + " Four."], [1, 2, 3, 4, 5, 6]),
        # ... nor when the furniture under them is no image's credit: a "Related:" link below the
        # article's first paragraphs took them with the points (0.5.116)
        (["Key points:", "The river peaked at 9.2 metres", "About 400 homes were flooded", PROSE, PROSE + " Two.",
          "Related:", "Levee to be raised", PROSE + " Three."], [1, 2, 3, 4, 7]),
    ],
)
def test_a_summary_box_goes_up_to_the_furniture_under_it(lines, kept):
    result = remove_boilerplate("\n".join(lines), RULES, select_main=False)
    assert [line for line in result.text.split("\n") if line] == [lines[i] for i in kept]


@pytest.mark.parametrize(
    ("lines", "kept"),
    [
        # a table of contents: its entries are the headings below, numbered or not, and go with it
        ([PROSE, "Table of Contents", "Why compost at home", "What you need", "Common mistakes", "Why compost at home",
          PROSE + " Two.", "What you need", PROSE + " Three.", "Common mistakes", PROSE + " Four."],
         [0, 5, 6, 7, 8, 9, 10]),
        ([PROSE, "Contents", "[hide]", "1", "History", "2", "Design", "History", PROSE + " Two.", "Design", PROSE + " Three."],
         [0, 7, 8, 9, 10]),
        # ... up to the first line that is no heading of the text: the article's own lines stay
        ([PROSE, "Contents", "History", "The tower was built in 1872 of local granite.", "History", PROSE + " Two."],
         [0, 3, 4, 5]),
    ],
)
def test_a_table_of_contents_goes_with_its_entries(lines, kept):
    result = remove_boilerplate("\n".join(lines), RULES, select_main=False)
    assert [line for line in result.text.split("\n") if line] == [lines[i] for i in kept]


@pytest.mark.parametrize(
    ("heading", "closes"),
    [
        # the site's list of more stories only ever follows the article
        ("More Great WIRED Stories", True),
        ("More Blog Stories", True),
        # ... other promo headings may stand between its paragraphs
        ("Related Articles", False),
    ],
)
def test_some_promo_headings_close_the_article(heading, closes):
    lines = [PROSE, PROSE + " Two.", heading, PROSE + " Three."]
    result = remove_boilerplate("\n\n".join(lines), RULES)
    kept = [line for line in result.text.split("\n") if line]
    assert kept == ([PROSE, PROSE + " Two."] if closes else [PROSE, PROSE + " Two.", PROSE + " Three."])
    assert [r.rule for r in result.removed][0] == "promo_heading"


def test_a_removed_line_takes_the_rest_of_its_sentence_only_when_a_rule_takes_the_whole():
    broken_call = remove_boilerplate("Sign up\nfor the free daily newsletter.", RULES)
    assert [(r.rule, r.text) for r in broken_call.removed] == [
        ("newsletter", "Sign up"), ("newsletter", "for the free daily newsletter.")]
    not_a_call = remove_boilerplate("Subscribe\nto the idea that prices will fall, and you will wait.", RULES)
    assert [r.rule for r in not_a_call.removed] == ["newsletter"]
    assert not_a_call.text == "\nto the idea that prices will fall, and you will wait."


@pytest.mark.parametrize("line, is_long_code", [
    ('.a:after{content:"x"}' * 60, True),  # a minified stylesheet, over 1,000 characters
    ('.a:after{content:"x"}' * 3, False),  # short: repaired as any line
    ("A long paragraph of prose, with commas; and one colon: here. " * 30, False),
])
def test_long_code_line(line, is_long_code):
    assert is_long_code_line(line, load_rules().code) == is_long_code


def test_verbatim_lines_meet_no_rule():
    # an HTML page's <pre>: code whose lines look like script residue, repeat, or hold JSON
    code = ['if settings.DEBUG:', 'urlpatterns += [path("media/", serve)]', "}", "}", 'config = {"key":"value"}']
    text = "\n\n".join([PROSE, PROSE + " Again.", *code, PROSE + " More."])
    assert [r.rule for r in remove_boilerplate(text, RULES).removed]  # as lines of a dump, some go
    result = remove_boilerplate(text, RULES, verbatim=frozenset(code))
    assert result.removed == () and result.text == text
