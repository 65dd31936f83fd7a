import pytest

from cleanse.document import PartialDate
from cleanse.steps.dates import find_dates, parse_date_string

PUBLISHED = PartialDate("2024-05-15", "day")


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("It was Feb 15, 2024 then.", None, [("Feb 15, 2024", "2024-02-15", "day")]),
        # Chinese, Japanese and Korean dates in digits (年 is a word character: no boundary after the year)
        ("2020年03月03日 17:00", None, [("2020年03月03日 17:00", "2020-03-03T17:00", "minute")]),
        ("该项目于2018年作为试点启动", None, [("2018年", "2018", "year")]),
        ("2020年3月には", None, [("2020年3月", "2020-03", "month")]),
        ("2020년 3월 3일 오후", None, [("2020년 3월 3일", "2020-03-03", "day")]),
        ("2019年2月30日", None, []),
        # year first with dots or slashes; no month 13, no date inside a longer number
        ("입력 2019.11.19 09:01", None, [("2019.11.19 09:01", "2019-11-19T09:01", "minute")]),
        ("2019/11/19", None, [("2019/11/19", "2019-11-19", "day")]),
        ("2019.13.01 and 1.2019.11.19", None, []),
        ("on 15 March 2011", None, [("15 March 2011", "2011-03-15", "day")]),
        ("in November 2023 the board", None, [("November 2023", "2023-11", "month")]),
        ("Our Aug 2021 event", None, [("Aug 2021", "2021-08", "month")]),
        ("back in 2011", None, [("2011", "2011", "year")]),
        ("from 2011–2015 he", None, [("2011", "2011", "year"), ("2015", "2015", "year")]),
        ("in 2018-19 there", None, [("2018", "2018", "year"), ("19", "2019", "year")]),
        # ... or with a slash, as a season or a financial year is written ("2019/20"), only of
        # two years running; not a date written year first with slashes
        ("the 2019/20 season", None, [("2019", "2019", "year"), ("20", "2020", "year")]),
        ("spending in 2019/2020 fell", None, [("2019", "2019", "year"), ("2020", "2020", "year")]),
        ("a ratio of 2019/25 there", None, [("2019", "2019", "year")]),
        ("dated 2010/11/12 there", None, [("2010/11/12", "2010-11-12", "day")]),
        ("in the summer of 2012", None, [("in the summer of 2012", "2012-06/2012-09", "season")]),
        # ... opening a sentence (it was "In the spring" and "2019" apart)
        ("In the spring of 2019 he left.", None, [("In the spring of 2019", "2019-03/2019-06", "season")]),
        ("During the winter of 2010 it froze.", None, [("During the winter of 2010", "2010-12/2011-03", "season")]),
        ("came in the spring", None, [("in the spring", "--03/--06", "season")]),
        # a season without a preposition: qualified, "the ... months", or a sentence's subject
        ("Spring and late autumn are the best times to visit.", None,
         [("Spring", "--03/--06", "season"), ("late autumn", "--09/--12", "season")]),
        ("It rains. Winter is low season; the summer months are hot.", None,
         [("Winter", "--12/--03", "season"), ("the summer months", "--06/--09", "season")]),
        ("Summer Smith wrote on the fall of Rome. Fall is near. Donna Summer sang.", None, []),
        # "the end of January": the month (the part of it is not in the value)
        ("Viewing is best from the end of January through May.", None,
         [("January", "--01", "month"), ("through May", "--05", "month")]),
        ("Events for the month of September. The government of May fell.", None, [("September", "--09", "month")]),
        ("in late September 2013", None, [("late September 2013", "2013-09-15/2013-09-30", "day")]),
        ("founded around 508 BC", None, [("508 BC", "-0508", "year")]),
        ("born at Stridon around 347 AD.", None, [("347 AD", "0347", "year")]),
        ("he died in December of 384, and", None, [("December of 384", "0384-12", "month")]),
        ("the March of 300 soldiers", None, []),
        ("Jerome died on 30 September 420.", None, [("30 September 420", "0420-09-30", "day")]),
        # a full date in Spanish, Portuguese, French, German, Italian, Dutch or Indonesian (0.5.140)
        ("martes, 4 de febrero de 2025", None, [("4 de febrero de 2025", "2025-02-04", "day")]),
        ("Publié le 1er mars 2025", None, [("1er mars 2025", "2025-03-01", "day")]),
        ("Stand: 4. Februar 2025", None, [("4. Februar 2025", "2025-02-04", "day")]),
        ("Lucía Fernández · Madrid · 04 feb 2025 - 13:45 CET", None, [("04 feb 2025", "2025-02-04", "day")]),
        ("4 febbraio 2025, 4 de fevereiro de 2025, 15 Agustus 2024", None,
         [("4 febbraio 2025", "2025-02-04", "day"), ("4 de fevereiro de 2025", "2025-02-04", "day"),
          ("15 Agustus 2024", "2024-08-15", "day")]),
        # ... not a day the month has, nor an abbreviation that is an English word
        ("31 juin 2025", None, [("2025", "2025", "year")]),
        ("I saw 3 out 2020 cars", None, [("2020", "2020", "year")]),
        # ... or month first, as a template in English prints a translated month (0.5.165)
        ("Posted on Maret 30, 2015 by Admin", None, [("Maret 30, 2015", "2015-03-30", "day")]),
        ("Publicado: febrero 4, 2025", None, [("febrero 4, 2025", "2025-02-04", "day")]),
        ("Set 3, 2020 was the last one; Juni 31, 2019", None, [("2020", "2020", "year"), ("2019", "2019", "year")]),
        # ... or before a range's dash; a month and three digits where the clause ends (0.5.134)
        ("Charlemagne (2 April 748 – 28 January 814) was king.", None,
         [("2 April 748", "0748-04-02", "day"), ("28 January 814", "0814-01-28", "day")]),
        ("His brother died in December 771. Then", None, [("December 771", "0771-12", "month")]),
        ("In June 300 people died.", None, []),
        ("He became king in 768 following his father's death.", None, [("in 768", "0768", "year")]),
        ("On 5 June 300 soldiers died.", None, [("5 June", "--06-05", "day")]),
        # a year-less day takes the year its paragraph last wrote, before the paper's own
        ("Released on 29 April 1832, he fought a duel on 30 May.", PUBLISHED,
         [("29 April 1832", "1832-04-29", "day"), ("30 May", "1832-05-30", "day")]),
        # A text set long before its publication (no year near it written) is a narrative: the
        # last full date or month written, in any paragraph before, gives the year. In a text of
        # its own time, and after a bare year, the publication's year holds.
        ("Released on 29 April 1832.\n\nThe duel was on 30 May.", PUBLISHED,
         [("29 April 1832", "1832-04-29", "day"), ("30 May", "1832-05-30", "day")]),
        ("Released on 29 April 1832.\n\nHe wrote.\n\nHe fought on 30 May.\n\nBuried on 2 June.", PUBLISHED,
         [("29 April 1832", "1832-04-29", "day"), ("30 May", "1832-05-30", "day"), ("2 June", "1832-06-02", "day")]),
        ("Sales fell in March 2023.\n\nOn May 3 the firm said so.", PUBLISHED,
         [("March 2023", "2023-03", "month"), ("May 3", "2024-05-03", "day")]),
        ("Signed on 3 June 2001. Renewed in 2024.\n\nOn May 3 the firm said so.", PUBLISHED,
         [("3 June 2001", "2001-06-03", "day"), ("2024", "2024", "year"), ("May 3", "2024-05-03", "day")]),
        ("Started in 1990.\n\nA storm on Sunday night (March 4) sent people home.", PUBLISHED,
         [("1990", "1990", "year"), ("on Sunday", "2024-05-12", "day"), ("March 4", "2024-03-04", "day")]),
        # No publication date: a full date ending the paragraph just before gives the year;
        # one further back, or a bare year, gives none.
        ("Released on 29 April 1832.\n\nThe duel was on 30 May.", None,
         [("29 April 1832", "1832-04-29", "day"), ("30 May", "1832-05-30", "day")]),
        ("Released on 29 April 1832.\n\nHe wrote.\n\nThe duel was on 30 May.", None,
         [("29 April 1832", "1832-04-29", "day"), ("30 May", "--05-30", "day")]),
        ("Founded in 1990.\nOn March 4 it closed.", None,
         [("1990", "1990", "year"), ("March 4", "--03-04", "day")]),
        ("born in 347 in Stridon", None, [("in 347", "0347", "year")]),
        ("in 347 cases", None, []),
        # After "about" or "around", a number before a capitalised word is a count.
        ("Apple employs about 450 Dreamers, he said.", None, []),
        ("In 348 Pachomius died; the community at Tabennese grew around 328.", None,
         [("In 348", "0348", "year"), ("around 328", "0328", "year")]),
        ("He set out around 373 when he was young.", None, [("around 373", "0373", "year")]),
        # A capitalised word right before a capitalised "Today" makes it a name or a title.
        ("He told USA Today; it was \"No Jennifer Lopez News Today\". Mars. Today it ends.", PUBLISHED,
         [("Today", "2024-05-15", "day")]),
        # The time before the year, as C's asctime writes it.
        ("Wed Aug 05 12:00:00 2015", None, [("Wed Aug 05 12:00:00 2015", "2015-08-05T12:00", "minute")]),
        # An abbreviated weekday is the date's, with or without a comma or a dot.
        ("Tue March 3, 2020; Wed., 4 March 2020; Thu, Mar 5 2020 12:00 PM", None,
         [("Tue March 3, 2020", "2020-03-03", "day"), ("Wed., 4 March 2020", "2020-03-04", "day"),
          ("Thu, Mar 5 2020 12:00 PM", "2020-03-05T12:00", "minute")]),
        # Dates in numbers: the day is the number over 12, or the first of a dotted date.
        ("Published 27/09/2018 and 11.14.2019, Bis zum 01.02.2019 sollen", None,
         [("27/09/2018", "2018-09-27", "day"), ("11.14.2019", "2019-11-14", "day"), ("01.02.2019", "2019-02-01", "day")]),
        # ... with a time after it, read with it (0.5.260); a month-first date the same way
        ("Posted 19/11/2019 17:50 by the desk", None, [("19/11/2019 17:50", "2019-11-19T17:50", "minute")]),
        ("Updated 11/19/2019 at 5:50 PM EST", None, [("11/19/2019 at 5:50 PM EST", "2019-11-19T17:50-05:00", "minute")]),
        ("On 19/11/2019 17 people came", None, [("19/11/2019", "2019-11-19", "day")]),
        ("on 03/04/2019 or 3-4-2019; version 1.2.2020.3; 31/02/2019", None, []),
        # A two-digit year between slashes, read as %y reads it; with dots or dashes it is no date.
        ("On 11/13/19 at 4:00 PM EST; 12/31/99; 3/4/19; v1.13.19; 11-13-19; 1/2/3", None,
         [("11/13/19", "2019-11-13", "day"), ("12/31/99", "1999-12-31", "day")]),
        # A date written right after "... later" says when, to the unit counted.
        ("His book appeared in 1738. About 170 years later, in 1896, a doctor did it.", None,
         [("1738", "1738", "year"), ("170 years later", "1896", "year"), ("1896", "1896", "year")]),
        ("He left Paris. The following year, on 3 May 1841, he died.", None,
         [("The following year", "1841", "year"), ("3 May 1841", "1841-05-03", "day")]),
        ("He left Paris. A week later, on 3 May 1841, he died.", None,
         [("A week later", "1841-05-03", "day"), ("3 May 1841", "1841-05-03", "day")]),
        # A four-digit number after a word of quantity and before a counted word, or before "+", counts.
        ("We have just under 50000 articles and over 1000 featured articles.", None, []),
        ("compared to the 1000 + on English Wikipedia, and 2000+ admins", None, []),
        ("nearly 2000 people came; around 1900 when the war began; over 1990 and 1991", None,
         [("1900", "1900", "year"), ("1990", "1990", "year"), ("1991", "1991", "year")]),
        ("emissions rose 10% over 1990 levels", None, [("1990", "1990", "year")]),
        ("a 2000 year old tradition, a 1500-year history", None, []),
        # A date never runs across a line break: a heading's last word is no day of the next line.
        ("Published 5\n\nNovember came", None, []),
        ("Nov 15, 2019\n5:45 AM", None, [("Nov 15, 2019", "2019-11-15", "day")]),
        ("the twentieth century", None, [("the twentieth century", "1900/1999", "century")]),
        ("met last week", PUBLISHED, [("last week", "2024-05-06/2024-05-12", "week")]),
        ("Seventeen years ago", PUBLISHED, [("Seventeen years ago", "2007", "year")]),
        ("built 3000 years ago", PUBLISHED, [("3000 years ago", "-0976", "year")]),
        ("two decades ago", PUBLISHED, [("two decades ago", "2004", "year")]),
        ("arrived in November", PUBLISHED, [("in November", "--11", "month")]),
        # a month alone takes the year its sentence's tense says in a dated report (0.5.132)
        ("Lee took office in June.", PUBLISHED, [("in June", "2023-06", "month")]),
        ("She joined the board in March.", PUBLISHED, [("in March", "2024-03", "month")]),
        ("The store will open in June.", PUBLISHED, [("in June", "2024-06", "month")]),
        ("The plant will open in March.", PUBLISHED, [("in March", "2025-03", "month")]),
        ("In January, it is about 24°C.", PUBLISHED, [("In January", "--01", "month")]),
        # across the turn of the year, with no tense to say, the day nearest the report; a
        # paragraph's year that is the report's says nothing more; a season's inferred year anchors
        # no other (0.5.228)
        ("Rail workers struck, the first strike of 2025, after talks broke down on December 30.",
         PartialDate("2025-01-02", "day"), [("2025", "2025", "year"), ("December 30", "2024-12-30", "day")]),
        ("Passengers faced delays over Christmas.", PartialDate("2025-01-02", "day"), [("Christmas", "2024-12-25", "day")]),
        # ... and a year-less day's year, taken from the report's date, gives no later day its year,
        # though it anchors "the following morning" (0.5.234)
        ("Talks broke down on December 30. The union said a walkout would follow on January 14.",
         PartialDate("2025-01-02", "day"), [("December 30", "2024-12-30", "day"), ("January 14", "2025-01-14", "day")]),
        ("The shot was heard at 10:30 p.m. Aug. 9, and he was found the following morning.", PartialDate("2019-11-19", "day"),
         [("10:30 p.m. Aug. 9", "2019-08-09T22:30", "minute"), ("the following morning", "2019-08-10", "day")]),
        ("The deadline is December 20.", PartialDate("2025-01-05", "day"), [("December 20", "2025-12-20", "day")]),
        ("Sales rose in 2024. Last winter was mild, but snow fell in January.", PartialDate("2024-12-12", "day"),
         [("2024", "2024", "year"), ("Last winter", "2023-12/2024-03", "season"), ("in January", "2024-01", "month")]),
        # the day in the calendar of its time, in brackets beside the modern one, is read around (0.5.228)
        ("Nabokov (22 April [O.S. 10 April] 1899 – 2 July 1977) was a novelist.", None,
         [("22 April [O.S. 10 April] 1899", "1899-04-22", "day"), ("2 July 1977", "1977-07-02", "day")]),
        ("Peter the Great was born on June 9 (O.S. May 30), 1672.", None, [("June 9 (O.S. May 30), 1672", "1672-06-09", "day")]),
        # more past verbs tell the past (0.5.220)
        ("The court ruled in February that such copies are fair use.", PartialDate("2025-06-24", "day"),
         [("in February", "2025-02", "month")]),
        ("Thousands fled in March as the floods struck.", PUBLISHED, [("in March", "2024-03", "month")]),
        ("Lee took office in June.", None, [("in June", "--06", "month")]),
        # a year-less day across the turn of the year from the report's, by the same tense
        ("On December 20 he said no.", PartialDate("2025-01-05", "day"), [("December 20", "2024-12-20", "day")]),
        ("They will vote on January 8.", PartialDate("2024-12-20", "day"), [("January 8", "2025-01-08", "day")]),
        ("The deadline is December 20.", PartialDate("2025-01-05", "day"), [("December 20", "2025-12-20", "day")]),
        ("The storm hit on May 17.", PUBLISHED, [("May 17", "2024-05-17", "day")]),
        # ... but a report's "would" puts no month or date ahead: it may be a past plan's
        ("He failed on his vow that Britain would leave the EU on Oct. 31.", PartialDate("2019-11-20", "day"),
         [("Oct. 31", "2019-10-31", "day")]),
        ("He said Britain would leave the EU in October.", PartialDate("2019-11-20", "day"), [("in October", "2019-10", "month")]),
        # what someone said would happen: the month nearest the report (0.5.221)
        ("Earlier this month the firm said it would buy back stock between October and December.",
         PartialDate("2024-09-05", "day"), [("Earlier this month", "2024-09", "month"), ("between October", "2024-10", "month"),
                                            ("December", "2024-12", "month")]),
        # ... and what a sentence puts ahead is in no paragraph's year before the report's
        ("Sales rose in 2024. Berg, who joined in mid-2019, will step down at the end of the year.", PartialDate("2024-09-05", "day"),
         [("2024", "2024", "year"), ("mid-2019", "2019", "year"), ("the end of the year", "2024", "year")]),
        ("Sales rose in 2024. In 2019 the firm was founded. On 3 March it hired Ann.", PartialDate("2024-09-05", "day"),
         [("2024", "2024", "year"), ("2019", "2019", "year"), ("3 March", "2019-03-03", "day")]),
        # a plan's date is the report's year whatever the report's tense ("said ... planned for")
        ("Musk said the unveiling, planned for 8 August, would move.", PartialDate("2024-07-26", "day"),
         [("8 August", "2024-08-08", "day")]),
        ("He said the rally, scheduled for January 8, is off.", PartialDate("2024-12-20", "day"),
         [("January 8", "2025-01-08", "day")]),
        ("The rally, planned for 8 August, was cancelled.", PartialDate("2024-09-15", "day"), [("8 August", "2024-08-08", "day")]),
        ("Officials said the vote, expected in March, will be late.", PartialDate("2024-12-20", "day"), [("in March", "2025-03", "month")]),
        # ... and a decade's first year or an inferred year is no paragraph's year for it
        ("Sales fell in 2024.\nGrowth resumes in the early 2030s. Clark in October revealed plans.", PUBLISHED,
         [("2024", "2024", "year"), ("the early 2030s", "2030/2039", "decade"), ("in October", "2023-10", "month")]),
        ("Rain falls in July till mid-August (during July it is wet).", PUBLISHED,
         [("in July", "--07", "month"), ("mid-August", "2024-08-10/2024-08-20", "day"), ("during July", "--07", "month")]),
        ("He moved in 1724. Two years later he left.", None, [("1724", "1724", "year"), ("Two years later", "1726", "year")]),
        ("Two years later he left.", None, [("Two years later", None, None)]),
        ("He was shot on 30 May 1832 and died the following morning.", None,
         [("30 May 1832", "1832-05-30", "day"), ("the following morning", "1832-05-31", "day")]),
        ("The duel was on 30 May 1832; five days before, he wrote.", None,
         [("30 May 1832", "1832-05-30", "day"), ("five days before", "1832-05-25", "day")]),
        # "before" with an object of its own counts from that, not from the last date.
        ("Released on 29 April 1832. Five days before his death, he wrote.", None,
         [("29 April 1832", "1832-04-29", "day"), ("Five days before", None, None)]),
        ("It opened in 1990. Two years after the fire it closed.", None,
         [("1990", "1990", "year"), ("Two years after", None, None)]),
        ("He moved in 1724. The next day he left.", None, [("1724", "1724", "year"), ("The next day", None, None)]),
        ("It opened in March 1860 and closed the following month.", None,
         [("March 1860", "1860-03", "month"), ("the following month", "1860-04", "month")]),
        ("the drama in late 2023?", None, [("late 2023", "2023", "year")]),
        ("music of the 1950s", None, [("the 1950s", "1950/1959", "decade")]),
        ("mills of the 1800s", None, [("the 1800s", "1800/1899", "century")]),
        ("music of the 2000s", None, [("the 2000s", "2000/2009", "decade")]),
        # a part of the publication's day, or of the day before
        ("Chelsea have this morning paid the fee; last night's game was close, and tonight they play.",
         PartialDate("2019-11-20", "day"),
         [("this morning", "2019-11-20", "day"), ("last night", "2019-11-19", "day"), ("tonight", "2019-11-20", "day")]),
        # a range of weekdays runs forwards (each day alone is the last before publication)
        ("The summit runs Tuesday through Thursday.", PartialDate("2019-11-20", "day"),
         [("Tuesday", "2019-11-19", "day"), ("Thursday", "2019-11-21", "day")]),
        # a decade without its century: the 1900s', but for '00s and '10s
        ("born in the '80s, raised in the ’90s", None, [("the '80s", "1980/1989", "decade"), ("the ’90s", "1990/1999", "decade")]),
        ("the 1920s and '30s, then the '10s", None, [("the 1920s", "1920/1929", "decade"), ("'30s", "1930/1939", "decade"),
                                                     ("the '10s", "2010/2019", "decade")]),
        # ... and one right after a decade written whole, in its century (0.5.196); not an age
        ("In the 1950s and 60s large areas were restored.", None,
         [("the 1950s", "1950/1959", "decade"), ("60s", "1960/1969", "decade")]),
        ("from the 1880s to 90s", None, [("the 1880s", "1880/1889", "decade"), ("90s", "1890/1899", "decade")]),
        ("people in their 20s and 30s", None, []),
        # a range of days written with words is two days, as one with a dash (0.5.204); not a count after "and"
        ("from 4 to 8 March", PUBLISHED, [("4", "2024-03-04", "day"), ("8 March", "2024-03-08", "day")]),
        ("between March 4 and 8", PUBLISHED, [("March 4", "2024-03-04", "day"), ("8", "2024-03-08", "day")]),
        ("On March 4 and 8 people were hurt.", PUBLISHED, [("March 4", "2024-03-04", "day")]),
        # a time's numeric offset, as feeds and mail headers write it (0.5.205)
        ("Mon, 04 Mar 2024 10:00:00 +0000", None, [("Mon, 04 Mar 2024 10:00:00 +0000", "2024-03-04T10:00+00:00", "minute")]),
        # ... and an ISO day and time with its zone's name or offset after a space (0.5.256; it was dropped)
        ("Posted 2024-03-05 09:41 UTC", None, [("2024-03-05 09:41 UTC", "2024-03-05T09:41+00:00", "minute")]),
        ("Posted 2024-03-05 09:41 GMT+9", None, [("2024-03-05 09:41 GMT+9", "2024-03-05T09:41+09:00", "minute")]),
        ("Posted 2024-03-05 09:41 EST", None, [("2024-03-05 09:41 EST", "2024-03-05T09:41-05:00", "minute")]),
        # a time after "@", as blog themes print a post's (0.5.259)
        ("Last Updated: Nov 19, 2019 @ 5:50 pm", None, [("Nov 19, 2019 @ 5:50 pm", "2019-11-19T17:50", "minute")]),
        ("Posted March 4, 2024 at 8:15 pm -05:00 by admin", None,
         [("March 4, 2024 at 8:15 pm -05:00", "2024-03-04T20:15-05:00", "minute")]),
        # ... and a 24-hour time with a period and a zone (0.5.206); not a number after a date
        ("Tue 5 Mar 2024 14.30 GMT", None, [("Tue 5 Mar 2024 14.30 GMT", "2024-03-05T14:30+00:00", "minute")]),
        ("on 5 March 2024 at 9.15 CET", None, [("5 March 2024 at 9.15 CET", "2024-03-05T09:15+01:00", "minute")]),
        ("Tue 5 Mar 2024 14.30 people came", None, [("Tue 5 Mar 2024", "2024-03-05", "day")]),
        # a zone written as an offset from GMT or UTC ("GMT+9" was read as GMT, nine hours off)
        ("March 5, 2024 9:41 AM GMT+9", None, [("March 5, 2024 9:41 AM GMT+9", "2024-03-05T09:41+09:00", "minute")]),
        ("on 5 March 2024, 10:00 UTC+5:30", None, [("5 March 2024, 10:00 UTC+5:30", "2024-03-05T10:00+05:30", "minute")]),
        ("on 5 March 2024 at 10:00 GMT-4 sharp", None, [("5 March 2024 at 10:00 GMT-4", "2024-03-05T10:00-04:00", "minute")]),
        ("on 5 March 2024 at 10:00 UTC+02:00", None, [("5 March 2024 at 10:00 UTC+02:00", "2024-03-05T10:00+02:00", "minute")]),
        # ... a sign only: a slash or a letter after the zone is no offset (the sign's class was a range)
        ("at March 5, 2024 9:41 AM GMT/5 pm", None, [("March 5, 2024 9:41 AM GMT", "2024-03-05T09:41+00:00", "minute")]),
        ("on 6 March 2024 at 10:00 GMTZ3 ok", None, [("6 March 2024 at 10:00", "2024-03-06T10:00", "minute")]),
        # a day and a month before a year of an era (0.5.208; "3 January" was year-less, "7
        # December" lost)
        ("Cicero (3 January 106 BC – 7 December 43 BC) was a statesman.", None,
         [("3 January 106 BC", "-0106-01-03", "day"), ("7 December 43 BC", "-0043-12-07", "day")]),
        ("He was killed in December 43 BC, on March 15, 44 BC or in AD 79.", None,
         [("December 43 BC", "-0043-12", "month"), ("March 15, 44 BC", "-0044-03-15", "day"), ("AD 79", "0079", "year")]),
        ("revenue in Q3 2023 rose", None, [("Q3 2023", "2023-07/2023-09", "quarter")]),
        ("the 17th century", None, [("the 17th century", "1600/1699", "century")]),
        # a century BC (0.5.186; it was read as one AD), and a count with its thousands separated
        # (not its last three digits: "700 years" of "1,700 years")
        ("founded in the 7th or 6th century BC by the Osci", None, [("6th century BC", "-0600/-0501", "century")]),
        ("under Rome in the 4th century B.C. and later", None, [("the 4th century B.C.", "-0400/-0301", "century")]),
        ("in the 2nd century AD", None, [("the 2nd century AD", "0100/0199", "century")]),
        ("lost for nearly 1,700 years before its rediscovery", None, [("1,700 years before", None, None)]),
        ("It was built 1,200 years ago.", PUBLISHED, [("1,200 years ago", "0824", "year")]),
        ("Update May 14 7:55 PM EST: more", None, [("May 14 7:55 PM EST", "--05-14T19:55-05:00", "minute")]),
        ("Update May 14 7:55 PM EST: more", PUBLISHED, [("May 14 7:55 PM EST", "2024-05-14T19:55-05:00", "minute")]),
        ("at 2024-02-15T09:30:00Z sharp", None, [("2024-02-15T09:30:00Z", "2024-02-15T09:30+00:00", "minute")]),
        ("the ouster last November", None, [("last November", None, None)]),
        ("the ouster last November", PUBLISHED, [("last November", "2023-11", "month")]),
        ("a coup from last year", PUBLISHED, [("last year", "2023", "year")]),
        ("Last year, the company", PUBLISHED, [("Last year", "2023", "year")]),
        ("we met on Tuesday", PUBLISHED, [("on Tuesday", "2024-05-14", "day")]),
        # the paper's own weekday is that day; "last" is the week before
        ("it ended on Wednesday", PUBLISHED, [("on Wednesday", "2024-05-15", "day")]),
        ("Wednesday, the board met", PUBLISHED, [("Wednesday", "2024-05-15", "day")]),
        ("it ended last Wednesday", PUBLISHED, [("last Wednesday", "2024-05-08", "day")]),
        # a weekday the sentence puts ahead ("will", "is scheduled for") is the next one; a
        # reporting verb after the future word tells of the past again
        ("He will speak Friday.", PUBLISHED, [("Friday", "2024-05-17", "day")]),
        ("The vote is scheduled for Thursday.", PUBLISHED, [("Thursday", "2024-05-16", "day")]),
        ("Officials said the bridge will reopen on Monday.", PUBLISHED, [("on Monday", "2024-05-20", "day")]),
        ("He'll sign it Monday.", PUBLISHED, [("Monday", "2024-05-20", "day")]),
        ("It rained on Sunday. It will clear by Friday.", PUBLISHED, [("on Sunday", "2024-05-12", "day"), ("Friday", "2024-05-17", "day")]),
        ("The firm, which will report soon, said Friday it would cut jobs.", PUBLISHED, [("Friday", "2024-05-10", "day")]),
        ("Talks will be held Friday.", PUBLISHED, [("Friday", "2024-05-17", "day")]),
        # ... "will remain closed" puts it ahead too, and so does a deadline no past verb puts
        # behind (0.5.197; PUBLISHED is a Wednesday)
        ("Schools in the region will remain closed on Monday.", PUBLISHED, [("on Monday", "2024-05-20", "day")]),
        ("Up to 400 mm of rain could fall in some areas by Tuesday.", PUBLISHED, [("Tuesday", "2024-05-21", "day")]),
        ("Voters have until Friday to register.", PUBLISHED, [("Friday", "2024-05-17", "day")]),
        ("The firm had fixed it by Tuesday.", PUBLISHED, [("Tuesday", "2024-05-14", "day")]),
        # ... and a schedule told in the present, no past verb in its sentence (0.5.225; a
        # Wednesday's report): not a weekday's event, an infinitive, or a sentence with a verb in -ed
        ("The Games close on Sunday evening with a ceremony.", PUBLISHED, [("on Sunday", "2024-05-19", "day")]),
        ("Chelsea travel to Newcastle on Wednesday, while Arsenal host Inter.", PUBLISHED, [("on Wednesday", "2024-05-15", "day")]),
        ("Chelsea travel to Newcastle on Thursday.", PUBLISHED, [("on Thursday", "2024-05-16", "day")]),
        ("The launch day is Tuesday.", PUBLISHED, [("Tuesday", "2024-05-21", "day")]),
        ("Police are investigating Friday's shooting.", PUBLISHED, [("Friday", "2024-05-10", "day")]),
        ("A storm on Sunday night caused crowds to head for the station.", PUBLISHED, [("on Sunday", "2024-05-12", "day")]),
        ("NASA on Monday enlisted what are the industry's upstarts.", PUBLISHED, [("on Monday", "2024-05-13", "day")]),
        # ... an earliest day, or a deadline a past verb's infinitive or modal puts ahead again
        ("The mayor told residents to stay home until at least Friday.", PUBLISHED, [("Friday", "2024-05-17", "day")]),
        ("They filed a motion, which could be put to a vote as early as Friday.", PUBLISHED, [("Friday", "2024-05-17", "day")]),
        ("Bids are due no later than Monday.", PUBLISHED, [("Monday", "2024-05-20", "day")]),
        ("He had to leave by Friday.", PUBLISHED, [("Friday", "2024-05-10", "day")]),
        ("Police knew as early as Friday that he had fled.", PUBLISHED, [("Friday", "2024-05-10", "day")]),
        ("He will speak Wednesday.", PUBLISHED, [("Wednesday", "2024-05-15", "day")]),
        ("Who will win? On Monday the polls closed.", PUBLISHED, [("On Monday", "2024-05-13", "day")]),
        # a report's "would" puts it ahead too, not "would have" (0.5.131)
        ("The premier said the minister would visit Lismore on Thursday.", PUBLISHED, [("on Thursday", "2024-05-16", "day")]),
        ("He would have played on Sunday.", PUBLISHED, [("on Sunday", "2024-05-12", "day")]),
        # a time written right after the weekday is read with it, its zone by the day's rules (0.5.124)
        ("The vote is set for Thursday at 5:30 p.m. ET.", PUBLISHED, [("Thursday at 5:30 p.m. ET", "2024-05-16T17:30-04:00", "minute")]),
        ("It began on Monday at 10 a.m. and ended late.", PUBLISHED, [("on Monday at 10 a.m.", "2024-05-13T10:00", "minute")]),
        ("They met Tuesday, 14:30 GMT, in Rome.", PUBLISHED, [("Tuesday, 14:30 GMT", "2024-05-14T14:30+00:00", "minute")]),
        # ... not a count after the weekday, nor without the document's date
        ("On Monday, 10 people were hurt.", PUBLISHED, [("On Monday", "2024-05-13", "day")]),
        ("On Monday at 10 a.m. it began.", None, [("On Monday at 10 a.m.", None, None)]),
        ("Open Monday to Friday, 9 a.m. to 5 p.m.", PUBLISHED, [("Monday", "2024-05-13", "day"), ("Friday, 9 a.m.", "2024-05-17T09:00", "minute")]),
        # ... and one written right before it, with its "a.m." / "p.m." or its zone (not a score: "won 21:17 on Saturday")
        # (told in the present, the days ahead since 0.5.225)
        ("Polls close at 8 p.m. ET on Tuesday.", PUBLISHED, [("8 p.m. ET on Tuesday", "2024-05-21T20:00-04:00", "minute")]),
        ("The match starts 20:00 GMT Friday.", PUBLISHED, [("20:00 GMT Friday", "2024-05-17T20:00+00:00", "minute")]),
        ("Polls closed at 8 p.m. ET on Tuesday.", PUBLISHED, [("8 p.m. ET on Tuesday", "2024-05-14T20:00-04:00", "minute")]),
        ("They won 21:17 on Saturday.", PUBLISHED, [("on Saturday", "2024-05-11", "day")]),
        ("Update May 14 7:55 PM ET: more", PUBLISHED, [("May 14 7:55 PM ET", "2024-05-14T19:55-04:00", "minute")]),
        ("Update Jan 14 7:55 PM ET: more", PUBLISHED, [("Jan 14 7:55 PM ET", "2024-01-14T19:55-05:00", "minute")]),
        # ... and before the date (0.5.155; the date alone before)
        ("at 9:00 AM PT on March 20, 2024", None, [("9:00 AM PT on March 20, 2024", "2024-03-20T09:00-07:00", "minute")]),
        ("The window opens at 6:15 p.m. EDT on July 4.", PUBLISHED, [("6:15 p.m. EDT on July 4", "2024-07-04T18:15-04:00", "minute")]),
        ("The vote is at 10 a.m. 5 June, at 8 pm on 3 March 2023 it rained.", PUBLISHED,
         [("10 a.m. 5 June", "2024-06-05T10:00", "minute"), ("8 pm on 3 March 2023", "2023-03-03T20:00", "minute")]),
        ("They won 21:17 on July 4.", PUBLISHED, [("July 4", "2023-07-04", "day")]),
        ("on March 20, 2024 at 9:00 AM PT", None, [("March 20, 2024 at 9:00 AM PT", "2024-03-20T09:00-07:00", "minute")]),
        # a dateline's time set off by a slash or a bar; a number after a slash in prose is none
        ("First published on November 19, 2019 / 8:16 AM", None,
         [("November 19, 2019 / 8:16 AM", "2019-11-19T08:16", "minute")]),
        ("Nov 19, 2019 | 10:07 AM EST", None, [("Nov 19, 2019 | 10:07 AM EST", "2019-11-19T10:07-05:00", "minute")]),
        ("on May 3, 2020 / 7 of them died", None, [("May 3, 2020", "2020-05-03", "day")]),
        ("whales come between June and November", None, [("between June", "--06", "month"), ("November", "--11", "month")]),
        ("From May to September the winds turn", None, [("From May", "--05", "month"), ("September", "--09", "month")]),
        ("best from early October to late April", None,
         [("early October", "--10-01/--10-15", "day"), ("late April", "--04-15/--04-30", "day")]),
        ("baptized until about 360 - 366, when", None, [("360", "0360", "year"), ("366", "0366", "year")]),
        ("founded the fortress in the year 71.", None, [("the year 71", "0071", "year")]),
        # traps: no date here
        ("we will go; may I ask? march on", None, []),
        ("GPT-4 and 35 Innovators Under 35", None, []),
        ("it cost $2000 and 1,999 units, 2000.5 kg", None, []),
        ("in today's world", PUBLISHED, []),
        # "today" as "nowadays" is no date; the day the text was written is.
        ("The method is still in use today.", PUBLISHED, []),
        ("the plan known today as the L'Enfant Plan", PUBLISHED, []),
        ("a revival that continues today", PUBLISHED, []),
        ("Athens today is ever evolving", PUBLISHED, []),
        ("Someone emailed me earlier today.", PUBLISHED, [("today", "2024-05-15", "day")]),
        ("The deadline is today.", PUBLISHED, [("today", "2024-05-15", "day")]),
        ("Today is the last day to register.", PUBLISHED, [("Today", "2024-05-15", "day")]),
        # two days off the publication's, written as one expression (0.5.159)
        ("The day before yesterday, protesters gathered.", PUBLISHED, [("The day before yesterday", "2024-05-13", "day")]),
        ("We leave the day after tomorrow.", PUBLISHED, [("the day after tomorrow", "2024-05-17", "day")]),
        # a weekday inside a named day is no weekday near the publication date
        ("Deals start on Black Friday and end on Cyber-Monday.", PUBLISHED, []),
        ("Good Friday is a holiday there.", PUBLISHED, []),
        # ... and so is one that recurs; the nth weekday of a month with its year is one day (0.5.150)
        ("The market opens every Monday and each Friday.", PUBLISHED, []),
        ("Thanksgiving is the fourth Thursday of November; payday is the last Friday of each month.", PUBLISHED, []),
        ("It is held on the first Tuesday after the first Monday in November.", PUBLISHED, [("in November", "--11", "month")]),
        ("We met on the second Sunday in May 2025.", PUBLISHED, [("the second Sunday in May 2025", "2025-05-11", "day")]),
        ("on the last Friday of March 2024", None, [("the last Friday of March 2024", "2024-03-29", "day")]),
        ("on the fifth Monday of February 2024", None, [("February 2024", "2024-02", "month")]),
        ("We met last Friday and will meet on Monday in Paris.", PUBLISHED,
         [("last Friday", "2024-05-10", "day"), ("on Monday", "2024-05-20", "day")]),
        # a weekday before its date is that date's, not one counted from the publication date
        ("in Dubai, on Monday, Nov. 13, 2017.", PUBLISHED, [("Monday, Nov. 13, 2017", "2017-11-13", "day")]),
        ("at 6:38 p.m. on Saturday, May 18.", PUBLISHED, [("May 18", "2024-05-18", "day")]),
        ("On Tuesday, 5 people died.", PUBLISHED, [("On Tuesday", "2024-05-14", "day")]),
        # an abbreviated month with its day is the day, not the month after "by" (0.5.154)
        ("Congress must pass a bill by Sept. 30 to avoid a shutdown.", PUBLISHED, [("Sept. 30", "2024-09-30", "day")]),
        ("The store is closed until Dec. It rained.", PUBLISHED, [("until Dec", "--12", "month")]),
        # a year labelling a thing in a report gives a later day no year (0.5.154); a life's story's does
        ("The agency's fiscal 2025 budget request, released March 11, asks for more.", PUBLISHED,
         [("2025", "2025", "year"), ("March 11", "2024-03-11", "day")]),
        ("In 2025 the budget was cut. It was released March 11.", PUBLISHED,
         [("2025", "2025", "year"), ("March 11", "2025-03-11", "day")]),
        ("Einstein's 1905 paper changed physics. On 30 June he submitted it.", None,
         [("1905", "1905", "year"), ("30 June", "1905-06-30", "day")]),
        # a time's "a.m." before the weekday ends no sentence: "will" still puts it ahead (0.5.152)
        ("A funeral Mass will be celebrated at 10 a.m. Saturday.", PUBLISHED, [("10 a.m. Saturday", "2024-05-18T10:00", "minute")]),
        ("It will open at 9 a.m. The fire began Saturday.", PUBLISHED, [("Saturday", "2024-05-11", "day")]),
        # a range of days is two dates, as a range of years is
        ("Finals East, Oct. 5–7, in Gladstone", PUBLISHED, [("Oct. 5", "2024-10-05", "day"), ("7", "2024-10-07", "day")]),
        ("held 5-7 October 2018 in Rome", None, [("5", "2018-10-05", "day"), ("7 October 2018", "2018-10-07", "day")]),
        ("from October 5-7, 2019.", None, [("October 5", "2019-10-05", "day"), ("7, 2019", "2019-10-07", "day")]),
        ("June 30-31 is no range", None, [("June 30", "--06-30", "day")]),
        # the weekend of the publication's week (PUBLISHED is a Wednesday), or the last one begun
        ("The storm hit over the weekend.", PUBLISHED, [("over the weekend", "2024-05-11/2024-05-12", "day")]),
        ("We meet this weekend.", PUBLISHED, [("this weekend", "2024-05-18/2024-05-19", "day")]),
        # ... "this past weekend", "the past weekend": the last one begun
        ("This past weekend was calm.", PUBLISHED, [("This past weekend", "2024-05-11/2024-05-12", "day")]),
        ("Riots broke out over the past weekend.", PUBLISHED, [("the past weekend", "2024-05-11/2024-05-12", "day")]),
        # ... the one ahead when the sentence puts it ahead (0.5.191)
        ("She said extra officers would patrol the area over the weekend.", PUBLISHED,
         [("over the weekend", "2024-05-18/2024-05-19", "day")]),
        ("He said he had rested over the weekend and will return.", PUBLISHED,
         [("over the weekend", "2024-05-11/2024-05-12", "day")]),
        # a number before a unit or what is counted, or after a label, is no year (0.5.179); after
        # a preposition, or a determiner before a count, it is
        ("US Airways Flight 1549 landed; they met in room 2024. The 1500 meters final; he scored 2019 points.", None, []),
        ("In 2019 people moved. By 2030 members will vote. In the 2019 points race, 2020 dollars bought less.", None,
         [("2019", "2019", "year"), ("2030", "2030", "year"), ("2019", "2019", "year"), ("2020", "2020", "year")]),
        # a fiscal year is its year, and anchors no day after it (0.5.177)
        ("In FY25 sales fell; on March 11 the board met.", None, [("FY25", "2025", "year"), ("March 11", "--03-11", "day")]),
        ("version FY1.5 and FY25.5", None, []),
        # the world wars, named as periods (0.5.167)
        ("During WWII the city was bombed.", None, [("WWII", "1939-09-01/1945-09-02", "day")]),
        ("He fought in World War I and the Second World War.", None,
         [("World War I", "1914-07-28/1918-11-11", "day"), ("the Second World War", "1939-09-01/1945-09-02", "day")]),
        ("They feared a world war, even World War III.", None, []),
        # a holiday on a fixed day; "Christmas" alone only after a preposition
        ("on Christmas Day", PUBLISHED, [("Christmas Day", "2024-12-25", "day")]),
        ("on New Year's Eve 2018", None, [("New Year's Eve 2018", "2018-12-31", "day")]),
        ("back home by Christmas", None, [("Christmas", "--12-25", "day")]),
        ("A Christmas Carol on Christmas Island", PUBLISHED, []),
        # "the year before", "the day after": from the last date written (not with an object of their own)
        ("He married in 1850. The year before, he had moved to Paris.", None,
         [("1850", "1850", "year"), ("The year before", "1849", "year")]),
        ("On 3 May 1850 he left. The day after, he wrote.", None,
         [("3 May 1850", "1850-05-03", "day"), ("The day after", "1850-05-04", "day")]),
        ("On 3 May 1850 he left, the day before he died.", None, [("3 May 1850", "1850-05-03", "day"), ("the day before", None, None)]),
        # ... and "that summer", "the following spring": a season counted from the last date written (0.5.171)
        ("In 1850 they moved. That summer it rained. The following winter was cold.", None,
         [("1850", "1850", "year"), ("That summer", "1850-06/1850-09", "season"),
          ("The following winter", "1850-12/1851-03", "season")]),
        ("In May 1850 they moved. The following spring they left.", None,
         [("May 1850", "1850-05", "month"), ("The following spring", "1851-03/1851-06", "season")]),
        ("That summer was hot.", None, [("That summer", None, None)]),
        # a season after "in": the paragraph's year, else the tense's, else none; opening a
        # sentence too (0.5.195)
        ("They plan to return to the site in the spring.", PUBLISHED, [("in the spring", "2025-03/2025-06", "season")]),
        ("The site was flooded in the spring.", PUBLISHED, [("in the spring", "2024-03/2024-06", "season")]),
        ("In 1850 they moved. In the summer they left.", PUBLISHED,
         [("1850", "1850", "year"), ("In the summer", "1850-06/1850-09", "season")]),
        ("In the spring, the hills are green.", PUBLISHED, [("In the spring", "--03/--06", "season")]),
    ],
)
def test_find_dates(text, published, expected):
    found = find_dates(text, published)
    assert [(d.text, d.value, d.precision) for d in found] == expected
    for d in found:
        assert text[d.start : d.end] == d.text


@pytest.mark.parametrize(
    "text, qualifier",
    [("in late 2023", "late"), ("by the end of 2023.", "end of"), ("in the middle of  2019", "middle of"),
     # a half of the year, as results are reported
     ("in the first half of 2023", "first half of"), ("in the second half of 2024.", "second half of"),
     # ... as a report abbreviates it (0.5.150)
     ("revenue in H1 2024 rose", "first half of"), ("H2 2023 was weak", "second half of"),
     # a fiscal year (0.5.177)
     ("revenue in FY2025 rose", "fiscal year"), ("in FY25 it fell", "fiscal year")],
)
def test_qualifier_is_kept(text, qualifier):
    (found,) = find_dates(text, None)
    assert found.qualifier == qualifier


@pytest.mark.parametrize(
    "text, expected",
    [
        # a part of a century or a decade is its qualifier, as for a year; the value is the whole
        ("It was built in the late 20th century.", ("the late 20th century", "1900/1999", "century", "late")),
        ("in the mid-18th century", ("the mid-18th century", "1700/1799", "century", "mid")),
        ("by the end of the 18th century", ("the end of the 18th century", "1700/1799", "century", "end of")),
        ("At the end of the 1990s it closed.", ("the end of the 1990s", "1990/1999", "decade", "end of")),
        ("Early 1900s houses line the street.", ("Early 1900s", "1900/1999", "century", "early")),
        ("music of the 1950s", ("the 1950s", "1950/1959", "decade", None)),
    ],
)
def test_centuries_and_decades_keep_their_qualifier(text, expected):
    (found,) = find_dates(text, None)
    assert (found.text, found.value, found.precision, found.qualifier) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the part of a relative period is its qualifier; the value is the whole period
        ("They plan to decide by the end of the year.", [("the end of the year", "2024", "year", "end of")]),
        ("at the end of last year", [("the end of last year", "2023", "year", "end of")]),
        ("The shop opens early next year.", [("early next year", "2025", "year", "early")]),
        ("Later this year the law applies.", [("Later this year", "2024", "year", "later")]),
        ("Sales should recover in the second half of the year.", [("the second half of the year", "2024", "year", "second half of")]),
        ("It launched earlier this month.", [("earlier this month", "2024-05", "month", "earlier")]),
        ("This year's theme was water.", [("This year", "2024", "year", None)]),
        # in a narrative, "the end of the year" is the year its paragraph wrote
        ("In 1831 he was jailed. By the end of the year he was free.",
         [("1831", "1831", "year", None), ("the end of the year", "1831", "year", "end of")]),
    ],
)
def test_relative_periods_and_their_parts(text, expected):
    found = find_dates(text, PUBLISHED)
    assert [(d.text, d.value, d.precision, d.qualifier) for d in found] == expected


def test_never_invents_a_year_for_year_less_dates():
    (found,) = find_dates("on May 14 the news broke", None)
    assert found.value == "--05-14"


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-02-15", PartialDate("2024-02-15", "day")),
        ("2024-02-15T09:30:00+0100", PartialDate("2024-02-15T09:30+01:00", "minute")),
        ("Feb 15, 2024", PartialDate("2024-02-15", "day")),
        ("not a date", None),
    ],
)
def test_parse_date_string(value, expected):
    assert parse_date_string(value) == expected
