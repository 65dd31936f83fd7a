"""Dates: find date expressions in clean text and normalise them to ISO 8601 with a precision.

Finding is done by patterns that know which parts (year, month, day, time) were written;
the written string is then parsed by dateparser. Parts that were not written are never
filled in: a year-less "May 14" takes the year of the last date its paragraph wrote out ("In
1832 ... on 30 May"), else the document's own publication date's, else (no publication date)
that of a full date ending the paragraph before, else stays ``--05-14``; and
relative expressions ("last year", "Tuesday") resolve only against
the document's publication date, else their value is left empty.

A date is written within one line: patterns never run across a line break.

Precisions: ``century``, ``decade``, ``year``, ``season``, ``quarter``, ``month``, ``week``,
``day``, ``minute``, ``second``. Spans of time are ISO 8601 intervals ("2023-07/2023-09" for
Q3 2023); a range of years ("2011–2015") is two year dates, as annotators mark them. Years
BC are negative ("-0508").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from zoneinfo import ZoneInfo

import regex
from dateparser.date import DateDataParser

from cleanse.document import DateMention, PartialDate

_MONTH_NAMES = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
# Month names of the languages a scraped corpus has most after English (Spanish, Portuguese,
# French, German, Italian, Dutch, Indonesian) and their abbreviations: read only in a full date,
# day month year ("4 de febrero de 2025", "1er mars 2025", "4. Februar 2025", "04 feb 2025"). Of the
# abbreviations, those that are English words ("out", "set", "ago", "gen") are left out.
_FOREIGN_MONTH_NAMES = {
    **dict.fromkeys(["enero", "ene", "janeiro", "janvier", "janv", "januar", "jänner", "gennaio", "januari"], 1),
    **dict.fromkeys(["febrero", "feb", "fevereiro", "fev", "février", "févr", "fevrier", "februar", "febbraio", "februari"], 2),
    **dict.fromkeys(["marzo", "mar", "março", "mars", "märz", "mär", "maart", "mrt", "maret"], 3),
    **dict.fromkeys(["abril", "abr", "avril", "avr", "april", "apr", "aprile"], 4),
    **dict.fromkeys(["mayo", "may", "maio", "mai", "maggio", "mag", "mei"], 5),
    **dict.fromkeys(["junio", "jun", "junho", "juin", "juni", "giugno", "giu"], 6),
    **dict.fromkeys(["julio", "jul", "julho", "juillet", "juil", "juli", "luglio", "lug"], 7),
    **dict.fromkeys(["agosto", "août", "aout", "august", "aug", "augustus", "agustus"], 8),
    **dict.fromkeys(["septiembre", "setiembre", "sep", "sept", "setembro", "septembre", "september", "settembre"], 9),
    **dict.fromkeys(["octubre", "oct", "outubro", "octobre", "oktober", "okt", "ottobre", "ott"], 10),
    **dict.fromkeys(["noviembre", "nov", "novembro", "novembre", "november"], 11),
    **dict.fromkeys(["diciembre", "dic", "dezembro", "dez", "décembre", "déc", "decembre", "dezember", "dicembre",
                     "december", "dec", "desember"], 12),
}
_FOREIGN_MONTH = "(?i:" + "|".join(sorted(_FOREIGN_MONTH_NAMES, key=len, reverse=True)) + ")"
# ... and written month first, as an English site template prints a translated month ("Maret 30,
# 2015"): only the names no English month is spelt as
_FOREIGN_ONLY_MONTH = "(?i:" + "|".join(sorted((name for name in _FOREIGN_MONTH_NAMES if not regex.fullmatch(
    r"(?i:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)", name)), key=len, reverse=True)) + ")"
# Capitalised only: "may" and "march" in running text are verbs.
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
          r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[0-9]\d\d|20\d\d)"
# A date in the calendar of its time, set in brackets beside the modern one, as Wikipedia writes
# Russian and older English lives ("22 April [O.S. 10 April] 1899"): read around.
_OLD_STYLE = r"(?P<os>\s*[\[(](?:O\.\s?S\.|N\.\s?S\.|Old Style|New Style):?\s[^\])\n]{1,30}[\])])?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAY_ABBR = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
_ANY_WEEKDAY = rf"(?:{_WEEKDAY}|{_WEEKDAY_ABBR}\.?)"  # before a date: "Tuesday, March 3", "Tue March 3", "Wed., 4 March"
# a zone's name, or its offset from GMT or UTC as sites write the reader's zone ("GMT+9", "UTC+5:30")
_TZ = r"(?:(?:UTC|GMT)(?:[+\-−](?:1[0-4]|0?\d)(?::?[0-5]\d)?(?![\d:]))?|[ECMP][SD]?T|[A-Z]{2,4}T)"
# after a date: ", 8:16 AM", " at 8 pm", " @ 8 pm", or set off by a bar or a slash as datelines print it
# ("November 19, 2019 / 8:16 AM", "Nov 19, 2019 | 10:07 AM")
_TIME = (rf"(?:(?:,?\s+(?:at\s+|@\s?)?|\s+[/|·•]\s+)(?:(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s*[AaPp]\.?[Mm]\.?)?"
         rf"|(?:1[0-2]|0?[1-9])\s*[AaPp]\.?[Mm]\.?)(?:\s+{_TZ}\b|\s*[+-](?:0\d|1[0-4]):?[0-5]\d\b)?"
         # a 24-hour time with a period, as some papers print it, with its zone ("14.30 GMT")
         rf"|,?\s+(?:at\s+)?(?:[01]?\d|2[0-3])\.[0-5]\d\s+{_TZ}\b)")
# A time right before a weekday, with its "a.m." / "p.m." or its zone ("8 p.m. ET on Tuesday",
# "20:00 GMT Friday"; not a score, "won 21:17 on Saturday")
_TIME_BEFORE_WEEKDAY = (rf"(?P<btime>(?:(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s*[AaPp]\.?[Mm]\.?(?:\s+{_TZ}\b)?"
                        rf"|(?:[01]?\d|2[0-3]):[0-5]\d\s+{_TZ}\b))\s+")
# ... and before a date ("at 6:15 p.m. EDT on July 4"), looked for only where a date was found
_TIME_BEFORE_DATE = regex.compile((_TIME_BEFORE_WEEKDAY + r"(?:on\s+)?$").replace(r"\s", r"[^\S\n]"))
_TIME_FIRST_KINDS = {"mdy", "dmy", "md", "dm"}
# A weekday and the word before it that says which ("on Tuesday", "last Friday")
_WEEKDAY_WITH_WORD = rf"(?:[Ll]ast |[Oo]n |[Tt]his |[Nn]ext )?(?P<wd>{_WEEKDAY})"
_NOT_NUMBER_BEFORE = r"(?<![\d.,$€£#/:-])"
_NUMBER_WORDS = ("(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|"
                 "[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty)")
_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
             "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
             "twentieth", "twenty-first"]
_ORDINAL_WORDS = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_CLAUSE_WORDS = "(?:in|at|and|or|when|while|as|to|by|on|he|she|they|it|the|a|an|after|before|with|from|where|until|following)"
_SEASONS = {"spring": (3, 6), "summer": (6, 9), "autumn": (9, 12), "fall": (9, 12), "winter": (12, 3)}
_MONTH_PARTS = {"early": (1, 15), "mid": (10, 20), "late": (15, None)}
_NOT_NUMBER_AFTER = r"(?![\d%]|[.,]\d|-\d)"
# A count in digits, its thousands separated or not ("1,700 years ago"), never the end of a
# longer number ("700 years" of "1,700 years")
_COUNT_DIGITS = r"(?<!\d[,.])(?:\d{1,3}(?:,\d{3})+|\d+)"


@dataclass(frozen=True)
class _Pattern:
    kind: str
    regex: regex.Pattern[str]


_SPACE = r"[^\S\n]"


def _p(kind: str, pattern: str) -> _Pattern:
    # A date never runs across a line break ("... in May" ending a heading, "2023" opening the
    # next line): every \s of a pattern is a space within the line. So lines are scanned one by
    # one, and only for the patterns whose words they have (see _patterns_for).
    # The regex module scans these ~1.4x faster than re (same matches on the dates eval).
    pattern = pattern.replace(r"[\s-]", rf"(?:{_SPACE}|-)").replace(r"\s", _SPACE)
    return _Pattern(kind, regex.compile(pattern, regex.V0))


# The part of a period named before it: "the end of 2023", "the end of the year", "the end of January".
_PART_OF = r"(?:end|beginning|start|middle|(?:first|second)\s+half)\s+of"
# The part of a period a relative expression names ("later this year", "at the end of last month").
_PERIOD_PART = rf"(?:[Tt]he\s+)?{_PART_OF}|[Ee]arly|[Ll]ate|[Ll]ater|[Ee]arlier|[Mm]id"


def _period_part(words: str | None) -> str | None:
    """The qualifier of "the end of" (``end of``), "Early" (``early``), "later" (``later``: after
    the time of writing, not late in the period)."""
    if not words:
        return None
    return " ".join(words.lower().split()).removeprefix("the ")


# Before a century or a decade, the part of it written, its qualifier as for a year: "the late
# 20th century", "the end of the 1990s", "the mid-1980s".
_PART_OF_A_PERIOD = rf"\b(?:(?P<part>(?:[Tt]he\s+)?{_PART_OF})\s+)?(?:the\s+)?(?:(?P<qual>[Ee]arly|[Mm]id|[Ll]ate)[\s-]+)?"


# Longer, more specific patterns first: an earlier pattern wins an overlap of equal length.
_PATTERNS = [
    _p("iso", rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
              rf"(?:[T ](?P<time>[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:Z|[+-]\d\d:?\d\d|\s{_TZ})?)?\b"),
    # Chinese, Japanese and Korean dates in digits: "2020年3月3日 17:00", "2020년 3월 3일", "2018年"
    # (a year, a month or a day; no word boundary: 年 is a word character)
    _p("cjk", rf"(?<!\d)(?P<y>{_YEAR})\s*[年년]\s*(?:(?P<m>1[0-2]|0?[1-9])\s*[月월]\s*(?:(?P<d>3[01]|[12]\d|0?[1-9])\s*[日일]"
              rf"(?:\s*(?P<time>(?:[01]?\d|2[0-3]):[0-5]\d))?)?)?"),
    # Year first with dots or slashes, as East Asian and some European sites write it: "2019.11.19
    # 09:01", "2019/11/19" (no one writes the day before the month after the year)
    _p("ymd", rf"(?<![\d.,/:-])\b(?P<y>{_YEAR})(?P<sep>[./])(?P<m>1[0-2]|0?[1-9])(?P=sep)(?P<d>3[01]|[12]\d|0?[1-9])\b(?![.,/-]?\d)"
              rf"(?:\s+(?P<time>(?:[01]?\d|2[0-3]):[0-5]\d)\b)?"),
    # "27/09/2018", "29.02.2020", "11.14.2019": day and month told apart by a number over 12, or
    # by the dots of a day-first date; "03/04/2019" could be either and is no date. A two-digit
    # year only between slashes, as US sites date their articles ("11/13/19"): with dots or
    # dashes it is a version or a score as often.
    _p("numeric", rf"(?<![\d.,/:-])\b(?P<a>0?[1-9]|[12]\d|3[01])(?P<sep>[./-])(?P<b>0?[1-9]|[12]\d|3[01])(?P=sep)"
                  rf"(?P<y>{_YEAR})\b(?![.,/-]?\d)(?P<time>{_TIME})?"
                  rf"|(?<![\d.,/:-])\b(?P<a>0?[1-9]|[12]\d|3[01])(?P<sep>/)(?P<b>0?[1-9]|[12]\d|3[01])/(?P<y>\d\d)\b(?![.,/-]?\d)"),
    _p("mdy", rf"\b(?:{_ANY_WEEKDAY},?\s+)?(?P<m>{_MONTH})\s+(?P<d>{_DAY}){_OLD_STYLE},?\s+(?P<y>{_YEAR})\b(?P<time>{_TIME})?"
              # the time before the year, as C's asctime writes it: "Wed Aug 05 12:00:00 2015"
              rf"|\b(?:{_WEEKDAY_ABBR}\s+)?(?P<m>{_MONTH})\s+(?P<d>{_DAY})(?P<time>\s+(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)\s+(?P<y>{_YEAR})\b"),
    _p("dmy", rf"\b(?:{_ANY_WEEKDAY},?\s+)?(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTH}){_OLD_STYLE},?\s+(?P<y>{_YEAR})\b(?P<time>{_TIME})?"
              # "died on 30 September 420.": a three-digit year only where the sentence or clause
              # ends, or a range goes on ("2 April 748 – 28 January 814")
              rf"|\b(?P<d>{_DAY})\s+(?P<m>{_MONTH})\s+(?P<y>[1-9]\d{{2}})(?=[.,;:)](?!\d)|$|\s*[–—]\s*\d)"),
    # ... and in another language, day month year ("4 de febrero de 2025", "4. Februar 2025")
    _p("foreign_dmy", rf"\b(?P<d>3[01]|[12]\d|0?[1-9])(?:\.|er|º|°)?\s+(?:de\s+)?(?P<m>{_FOREIGN_MONTH})\.?,?\s+(?:de\s+)?(?P<y>{_YEAR})\b"),
    _p("foreign_mdy", rf"\b(?P<m>{_FOREIGN_ONLY_MONTH})\.?\s+(?P<d>3[01]|[12]\d|0?[1-9]),\s+(?P<y>{_YEAR})\b"),
    # A range of days is two dates, as annotators mark ranges of years: "Oct. 5–7", "5-7 October 2018".
    # ... and written with words ("from 4 to 8 March", "between March 4 and 8"; not "on March 4
    # and 8 people")
    _p("day_pair", rf"\b(?P<m>{_MONTH})\s+(?P<d>{_DAY})\s*[–—-]\s*(?P<d2>{_DAY})\b(?!\s*[–—-]?\s*(?:{_MONTH}|\d))(?:,?\s+(?P<y>{_YEAR})\b)?"
                   rf"|(?=[A-Z])(?<=\b(?:[Bb]etween|[Ff]rom)\s)(?P<m>{_MONTH})\s+(?P<d>{_DAY})\s+(?:and|to|through|until)\s+(?P<d2>{_DAY})\b"
                   rf"(?!\s*(?:{_MONTH}|\d|:|[ap]\.?m\b))(?:,?\s+(?P<y>{_YEAR})\b)?"
                   rf"|\b(?P<d>{_DAY})(?:\s*[–—-]\s*|\s+(?:to|and|through|until)\s+)(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTH})\b(?:,?\s+(?P<y>{_YEAR})\b)?"),
    _p("md", rf"\b(?P<m>{_MONTH})\s+(?P<d>{_DAY})\b(?!,?\s*\d{{4}}\b)(?P<time>{_TIME})?"),
    _p("dm", rf"\b(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTH})\b(?!,?\s*\d{{4}}\b)"),
    # "December of 384": a three-digit year after "of", and not before a noun; "in December 771."
    # without it only where the clause ends ("in June 300 people died" is a count).
    _p("my", rf"\b(?P<m>{_MONTH}),?\s+(?:of\s+)?(?P<y>{_YEAR})\b"
             rf"|\b(?P<m>{_MONTH})\s+of\s+(?P<y>[1-9]\d{{2}})\b(?![.,]\d|\s+(?!{_CLAUSE_WORDS}\b)[a-z])"
             rf"|\b(?P<m>{_MONTH})\s+(?P<y>[1-9]\d{{2}})(?=[.,;:)](?!\d)|$|\s+{_CLAUSE_WORDS}\b)"),
    # "the second Sunday in May 2025", "the last Friday of March 2024": one day, counted in the
    # month (without a year the weekday is no day: see _recurring_weekday)
    _p("nth_weekday", rf"\b(?:[Tt]he\s+)?(?P<nth>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ll]ast|1st|2nd|3rd|4th|5th)\s+(?P<nwd>{_WEEKDAY})"
                        rf"\s+(?:in|of)\s+(?P<m>{_MONTH}),?\s+(?P<y>{_YEAR})\b"),
    _p("quarter", rf"\b(?:Q(?P<q>[1-4])|(?P<qw>first|second|third|fourth) quarter(?: of)?),?\s+(?P<y>{_YEAR})\b"),
    _p("century", rf"{_PART_OF_A_PERIOD}(?:(?P<c>[12]?\d)(?:st|nd|rd|th)|(?P<cw>{_ORDINAL_WORDS}))[\s-]century\b"
                  rf"(?:\s+(?P<cera>BCE?\b|B\.C\.(?:E\.)?|AD\b|A\.D\.|CE\b|C\.E\.))?"),
    # "the 1980s"; "the '80s", "mid-’90s" with the century left out ('00s and '10s are this one's)
    _p("decade", rf"{_PART_OF_A_PERIOD}(?P<dec>1\d\d0|20\d0)s\b|(?:{_PART_OF_A_PERIOD}|(?<![\w'’‘]))['’‘](?P<dec2>\d0)s\b"
                 # ... or right after a decade written whole, in its century: "the 1950s and 60s"
                 rf"|(?=\d0s\b)(?<=\b(?P<dec_century>1\d|20)\d0s,?\s(?:and|or|to|through|into)\s)(?P<dec3>\d0)s\b"),
    _p("season", rf"\b(?:(?:[Ii]n|[Dd]uring)(?:\s+the)?\s+)?(?:(?P<qual>early|mid|late)[\s-]+)?(?P<season>spring|summer|autumn|fall|winter)(?:\s+of)?\s+(?P<y>{_YEAR})\b"
                 rf"|\b(?:(?P<prep>[Ii]n|[Dd]uring|[Tt]his|[Ll]ast|[Nn]ext|[Ii]n the|[Dd]uring the)\s+)(?P<season2>spring|summer|autumn|fall|winter)\b"
                 # without a preposition where nothing else can be meant: "late autumn", "the summer
                 # months", and a season opening a sentence as its subject ("Winter is low season")
                 rf"|\b(?P<qual>early|mid|late)[\s-]+(?P<season>spring|summer|autumn|fall|winter)\b"
                 rf"|\bthe\s+(?P<season>spring|summer|autumn|fall|winter)\s+months\b"
                 rf"|(?:(?<![^\n])|(?<=[.!?][\"”’]?\s))(?P<season>Spring|Summer|Autumn|Winter)(?=\s+(?:is|are|was|were|can|brings|and)\b)"),
    # ... with its day and month before it: "7 December 43 BC", "December 43 BC", "March 15, 44 BC"
    # (the engine tries the day and the month only where a digit or a capital starts a word)
    _p("era_year", rf"\b(?=[\dA-Z])(?:(?P<ed>{_DAY})\s+(?:of\s+)?(?P<em>{_MONTH})\.?,?\s+|(?P<em>{_MONTH})\.?\s+(?:(?P<ed>{_DAY}),?\s+)?)?"
                   r"(?P<ey>\d{1,4})\s*(?P<era>BCE?|B\.C\.(?:E\.)?|AD|A\.D\.|CE|C\.E\.)(?!\w|\.\w)|\b(?:AD|A\.D\.)\s*(?P<ey2>\d{1,4})\b"),
    # A bare three-digit year only after a preposition, and not before a noun ("in 347 cases").
    # "about 360 - 366" is two dates, as annotators mark them; "the year 71" may have two digits.
    _p("early_year", rf"(?:\b(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Aa]round|[Aa]bout|[Cc]irca|c\.|[Yy]ear)\s+(?P<ey>[1-9]\d{{2}})|\bthe year (?P<ey>[1-9]\d?))"
                     rf"(?:\s*[–—-]\s*(?P<ey_end>[1-9]\d{{2}}))?\b"
                     rf"(?!\s*(?:BCE?|B\.C|AD|A\.D|CE|C\.E)\b|[.,]\d|\s*[%$€£]|\s+(?!{_CLAUSE_WORDS}\b)[a-z])"),
    # A range of years is two dates, as annotators mark them: "1704 – 1787", "1890 – 91".
    # ("2019/20": a season or a financial year; ``_year_pair`` takes it only of two years running)
    _p("year_pair", rf"{_NOT_NUMBER_BEFORE}\b(?P<y>{_YEAR})(?P<sep>\s*[–—-]\s*|/)(?P<y2>{_YEAR}|\d\d)\b{_NOT_NUMBER_AFTER}(?!/\d)"),
    # ... and a half written as a report writes it: "H1 2024" (the first half of 2024)
    _p("qualified_year", rf"\b(?:(?P<qual>early|mid|late|{_PART_OF})[\s-]+|(?P<half>H[12])\s+)(?P<y>{_YEAR})\b{_NOT_NUMBER_AFTER}"),
    # A fiscal year as reports abbreviate it: "FY2025", "FY 2024", "FY25" (the year its name says,
    # the qualifier saying it is a fiscal one: where it starts is the organisation's own)
    _p("fiscal_year", r"\bFY\s?['’]?(?P<fy>20\d\d|\d\d)\b(?![.,]\d)"),
    # "a 2000 year old tradition", "a 1500-year history": a length of time, no year.
    _p("year", rf"{_NOT_NUMBER_BEFORE}\b(?P<y>{_YEAR})\b{_NOT_NUMBER_AFTER}(?![\s-]+years?\b)"),
    _p("qualified_month", rf"\b(?P<qual>[Ee]arly|[Mm]id|[Ll]ate)[\s-]+(?P<m>{_MONTH})\b(?:,?\s+(?P<y>{_YEAR})\b)?"),
    # Relative to the date the text last gave ("Two years later", "the following month").
    _p("anaphoric", rf"\b(?:(?P<an>{_COUNT_DIGITS}|[Aa]n?|{_NUMBER_WORDS}|[Ss]everal|[Ff]ew)\s+(?P<aunit>days?|weeks?|months?|years?|decades?)"
                    rf"\s+(?P<dir>later|earlier|after(?:wards)?|before|afterwards)\b"
                    rf"|(?P<the>[Tt]he\s+(?P<dir2>following|next|previous)|[Tt]hat)\s+(?P<aunit2>day|morning|evening|night|week|month|year"
                    rf"|spring|summer|autumn|fall|winter)\b"
                    # "the year before", "the day after" (not "the day before he died": counted from the death)
                    rf"|[Tt]he\s+(?P<aunit3>day|morning|evening|night|week|month|year)\s+(?P<dir3>before|after)\b)"),
    # A month on its own, after a preposition or as the second month of a range ("between June
    # and November", "from May to September").
    _p("rel_month", rf"(?:\b(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Dd]uring|[Tt]hrough|[Ff]rom|[Bb]etween)[\s-]+"
                    rf"|(?<=\b{_MONTH}\s+(?:and|to|till|until|through)\s+)"
                    # "the end of January", "the month of June": the month, its part unsaid in the value
                    rf"|(?<=\b(?:{_PART_OF}|month\s+of)\s+))(?P<m>{_MONTH})\b(?!\.?,?\s*(?:of\s+)?\d)"),  # not "by Sept" of "by Sept. 30"
    # "today's world" is no date: a possessive relative word is skipped.
    # A part of the period is its qualifier: "later this year", "the end of the year" (2024, "end of").
    _p("relative", rf"\b(?:(?P<twodays>[Tt]he\s+day\s+(?:before\s+yesterday|after\s+tomorrow))"
                   rf"|(?P<word>[Yy]esterday|[Tt]oday|[Tt]omorrow)(?!['’]s)"
                   # a part of the publication's day, or of the day before: "this morning", "last night"
                   rf"|(?P<daypart>[Tt]onight|[Tt]his (?:morning|afternoon|evening)|[Ll]ast (?:night|evening))"
                   rf"|(?:(?P<rqual>{_PERIOD_PART})\s+)?(?P<unit_rel>[Ll]ast|[Tt]his|[Nn]ext) (?P<unit>[Yy]ear|[Mm]onth|[Ww]eek)"
                   rf"|(?P<rqual>(?:[Tt]he\s+)?{_PART_OF})\s+the\s+(?P<the_year>year)"
                   rf"|(?P<n>{_COUNT_DIGITS}|[Aa]n?|{_NUMBER_WORDS}|[Ss]everal|[Ff]ew) "
                   rf"(?P<ago_unit>days?|weeks?|months?|years?|decades?) ago|(?:{_TIME_BEFORE_WEEKDAY})?{_WEEKDAY_WITH_WORD}"
                   # ... and the time written right after it: "Thursday at 5:30 p.m. ET", "Tuesday, 14:30 GMT"
                   rf"(?P<wtime>{_TIME})?"
                   # the weekend the publication's week has, or had: "this weekend", "over the weekend"
                   rf"|(?P<weekend>[Tt]his\s+past|[Tt]he\s+past|[Tt]his|[Ll]ast|[Oo]ver\s+the)\s+weekend)(?:\b|(?<=\.))"),
    # The world wars, named as periods: "World War II", "WWII", "the Second World War", "the Great War"
    _p("war", r"\b(?:World\s+War\s+(?P<wn>II|I|2|1|One|Two)(?![\w-])|WW\s?(?P<wa>II|I|2|1)\b"
              r"|(?:[Tt]he\s+)?(?P<wo>First|Second)\s+World\s+War\b|(?:[Tt]he\s+)(?P<great>Great\s+War)\b)"),
    # A holiday on a fixed day: "on Christmas Day", "New Year's Eve 2018", "Halloween"
    # ("Christmas" alone only after a preposition: "by Christmas", not "A Christmas Carol",
    # "Christmas Island"; no "Independence Day": each country has its own)
    _p("holiday", rf"\b(?P<holiday>Christmas\s+(?:Day|Eve)|New\s+Year['’]s\s+(?:Day|Eve)|Valentine['’]s\s+Day|Halloween|"
                  rf"Boxing\s+Day|Fourth\s+of\s+July|Bastille\s+Day|(?<=\b(?:[Aa]t|[Oo]n|[Bb]y|[Ff]or|[Bb]efore|[Aa]fter|[Uu]ntil|"
                  rf"[Ss]ince|[Oo]ver|[Dd]uring|[Aa]round)\s+)Christmas(?!\s+[A-Z]))(?:,?\s+(?P<y>{_YEAR})\b)?"),
]

_PARSER_SETTINGS = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}


class _NoDate:
    date_obj = None
    period = None


@lru_cache(maxsize=1024)
def parse_in_languages(text: str, languages: tuple[str, ...]) -> dt.datetime | None:
    """dateparser's reading of a day written in one of ``languages`` (a dateline whose label
    says its language), None when it names no day: 2-3 ms a line once a language's tables are
    loaded (50-270 ms, once).

    >>> parse_in_languages("3 mars 2020 à 17h00", ("fr",))
    datetime.datetime(2020, 3, 3, 17, 0)
    """
    try:
        found = DateDataParser(languages=list(languages), settings=_PARSER_SETTINGS).get_date_data(text)
    except (OverflowError, ValueError):
        return None
    # a month or a year alone ("mars 2020") comes back with today's day filled in: no day then
    return found.date_obj if found.period in ("day", "time") else None


@lru_cache(maxsize=4096)  # a site repeats its expressions; dateparser takes 1-3 ms each
def parse_expression(text: str, base: dt.datetime | None, tz_aware: bool = False):
    """dateparser's reading of a found expression; an expression it cannot place reads as no date."""
    settings = dict(_PARSER_SETTINGS, RELATIVE_BASE=base or dt.datetime(2000, 1, 1))
    if tz_aware:
        settings["RETURN_AS_TIMEZONE_AWARE"] = True
    try:
        return DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    except (OverflowError, ValueError):  # e.g. a weekday relative to a date near datetime's limits
        return _NoDate()


def _offset(value: dt.datetime) -> str:
    if value.tzinfo is None:
        return ""
    delta = value.utcoffset()
    if delta is None:
        return ""
    minutes = int(delta.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


# Zone names that do not say whether summer time applies: the zone's rules decide for the date
# ("7:55 PM ET" in May is -04:00, in January -05:00).
_GENERIC_ZONES = {"ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver",
                  "PT": "America/Los_Angeles", "AKT": "America/Anchorage", "HT": "Pacific/Honolulu"}


def _localise(value: dt.datetime, written: str, year: int | None) -> dt.datetime:
    """Give a generic zone ("ET") the offset its rules have on that date. A year-less date is
    placed in ``year`` (the document's) or a recent year only to look the rules up."""
    zone = re.search(r"\b(ET|CT|MT|PT|AKT|HT)\b", written)
    if not zone:
        return value
    local = value.replace(tzinfo=None)
    probe = local.replace(year=year or 2024) if local.month != 2 or local.day != 29 else local
    offset = probe.replace(tzinfo=ZoneInfo(_GENERIC_ZONES[zone.group(1)])).utcoffset()
    return local.replace(tzinfo=dt.timezone(offset))


def _format(value: dt.datetime, has_year: bool, precision: str) -> str:
    head = f"{value.year:04d}-" if has_year else "--"
    if precision == "year":
        return f"{value.year:04d}"
    if precision == "month":
        return f"{head}{value.month:02d}"
    day = f"{head}{value.month:02d}-{value.day:02d}"
    if precision == "day":
        return day
    clock = f"T{value.hour:02d}:{value.minute:02d}" + (f":{value.second:02d}" if precision == "second" else "")
    return day + clock + _offset(value)


def _reference(published: PartialDate | None) -> dt.datetime | None:
    """The publication date as a datetime, when it is known to the day."""
    if published is None or published.value.startswith("--") or len(published.value) < 10:
        return None
    try:
        return dt.datetime.fromisoformat(published.value[:10])
    except ValueError:
        return None


def _published_year(published: PartialDate | None) -> int | None:
    if published is None or published.value.startswith("--"):
        return None
    return int(published.value[:4])


def _full_year(year: str) -> int:
    """A year as written, two digits read as C's and Python's ``%y`` read them (69-99 in the
    1900s, 00-68 in the 2000s). ``"19"`` -> 2019, ``"98"`` -> 1998, ``"2018"`` -> 2018."""
    if len(year) != 2:
        return int(year)
    return int(year) + (1900 if int(year) >= 69 else 2000)


def _ymd_date(year: int, month: str | None, day: str | None, time: str | None) -> tuple[str | None, str | None, str | None]:
    """(value, precision, qualifier) of a date written year first: with 年 / 月 / 日 (or 년 / 월 /
    일), or with dots or slashes ("2019.11.19").

    >>> _ymd_date(2020, "3", "3", "17:00"), _ymd_date(2018, None, None, None), _ymd_date(2019, "2", "30", None)
    (('2020-03-03T17:00', 'minute', None), ('2018', 'year', None), (None, None, None))
    """
    if month is None:
        return f"{year:04d}", "year", None
    if day is None:
        return f"{year:04d}-{int(month):02d}", "month", None
    if int(day) > calendar.monthrange(year, int(month))[1]:
        return None, None, None
    value = f"{year:04d}-{int(month):02d}-{int(day):02d}"
    if time:
        hour, minute = time.split(":")
        return f"{value}T{int(hour):02d}:{minute}", "minute", None
    return value, "day", None


def _numeric_date(a: int, b: int, year: int, separator: str) -> tuple[str | None, str | None, str | None]:
    """A date written in numbers: the day is the number over 12; with two under 13, the first
    when the date is written with dots (day first, as in Europe), else neither can be told.

    >>> _numeric_date(27, 9, 2018, "/"), _numeric_date(11, 14, 2019, "."), _numeric_date(3, 4, 2019, "/")
    (('2018-09-27', 'day', None), ('2019-11-14', 'day', None), (None, None, None))
    """
    if a > 12 >= b or (a == b) or (separator == "." and b <= 12):
        day, month = a, b
    elif b > 12 >= a:
        day, month = b, a
    else:
        return None, None, None
    if day > calendar.monthrange(year, month)[1]:
        return None, None, None
    return f"{year:04d}-{month:02d}-{day:02d}", "day", None


# The kinds of expression that may take the paragraph's year (the others write theirs or need none).
_PARAGRAPH_YEAR_KINDS = frozenset({"holiday", "md", "dm", "season", "qualified_month", "rel_month", "relative"})


def _normalise(kind: str, m: regex.Match[str], published: PartialDate | None,
               paragraph_year: int | None = None, narrative: bool = False) -> tuple[str | None, str | None, str | None]:
    """(value, precision, qualifier) for one match. ``paragraph_year`` is the year of the last
    date written out earlier in the same paragraph: a year-less "30 May" takes it. ``narrative``:
    the text is set long before its publication (``_tells_the_past``)."""
    g = m.groupdict()
    text = m.group(0)
    base = _reference(published)
    if paragraph_year is not None and base is not None and not narrative and paragraph_year < base.year \
            and kind in _PARAGRAPH_YEAR_KINDS and _tense(m) == "ahead":
        # what a report's sentence puts ahead is in no year before the report's: "Berg, who
        # joined in mid-2019, will step down at the end of the year" (2019 is the paragraph's)
        paragraph_year = None
    if kind == "dmy" and len(g["y"]) == 3:  # dateparser reads no three-digit year
        month = _MONTH_NAMES[g["m"].rstrip(".").lower()]
        day = int(g["d"].rstrip("stndrh"))
        if day > calendar.monthrange(int(g["y"]), month)[1]:
            return None, None, None
        return f"{int(g['y']):04d}-{month:02d}-{day:02d}", "day", None
    if kind == "numeric":
        value, precision, qualifier = _numeric_date(int(g["a"]), int(g["b"]), _full_year(g["y"]), g["sep"])
        if precision == "day" and g.get("time"):  # "19/11/2019 17:50"
            return _at_time(value, g["time"])
        return value, precision, qualifier
    if kind in ("cjk", "ymd"):
        return _ymd_date(int(g["y"]), g["m"], g["d"], g["time"])
    if kind in ("foreign_dmy", "foreign_mdy"):
        year, month, day = int(g["y"]), _FOREIGN_MONTH_NAMES[g["m"].lower()], int(g["d"])
        if day > calendar.monthrange(year, month)[1]:
            return None, None, None
        return f"{year:04d}-{month:02d}-{day:02d}", "day", None
    if kind in ("iso", "mdy", "dmy"):
        if g.get("os"):  # the day in the calendar of its time, in brackets: read the date around it
            text = text[: m.start("os") - m.start()] + text[m.end("os") - m.start() :]
        tz = bool(re.search(rf"\b{_TZ}\b|Z\b|[+-]\d\d:?\d\d$", text))
        parsed = parse_expression(text, None, tz)
        if parsed.date_obj is None:
            return None, None, None
        precision = "minute" if g.get("time") else "day"
        value = _localise(parsed.date_obj, text, parsed.date_obj.year) if tz else parsed.date_obj
        return _format(value, True, precision), precision, None
    if kind == "war":
        second = (g.get("wn") or g.get("wa") or g.get("wo") or "").lower() in ("ii", "2", "two", "second")
        return ("1939-09-01/1945-09-02" if second else "1914-07-28/1918-11-11"), "day", None
    if kind == "holiday":
        month, day = _HOLIDAYS[" ".join(g["holiday"].replace("’", "'").split()).lower()]
        if g.get("y"):
            year = int(g["y"])
        elif base is not None and not narrative and paragraph_year in (None, base.year):
            year = _day_year_by_tense(m, month, day, base)  # "delays over Christmas" in a January report: the one before
        else:
            year = paragraph_year if paragraph_year is not None else _published_year(published)
        return (f"{year:04d}-{month:02d}-{day:02d}", "day", None) if year is not None else (f"--{month:02d}-{day:02d}", "day", None)
    if kind in ("md", "dm"):
        # The year comes from the paragraph ("In 1832 ... On 30 May he ..."), else from the
        # document's own date, or stays unwritten ("--05-14").
        year = paragraph_year if paragraph_year is not None else _published_year(published)
        tz = bool(g.get("time") and re.search(rf"\b{_TZ}\b", g["time"]))
        parsed = parse_expression(text, None, tz)
        if parsed.date_obj is None:
            return None, None, None
        value = parsed.date_obj
        if paragraph_year in (None, base and base.year) and base is not None and not narrative:
            # (a paragraph's year that is the report's says nothing more: "the first of 2025, after
            # talks broke down on December 30", in a January report, is the December before)
            year = _day_year_by_tense(m, value.month, value.day, base)
        if year is not None:
            try:
                value = value.replace(year=year)
            except ValueError:  # 29 February in a common year
                return None, None, None
        if tz:
            value = _localise(value, g["time"], year)
        precision = "minute" if g.get("time") else "day"
        return _format(value, year is not None, precision), precision, None
    if kind == "my":
        month = _MONTH_NAMES[g["m"].rstrip(".").lower()]
        return f"{int(g['y']):04d}-{month:02d}", "month", None
    if kind == "nth_weekday":
        year, month = int(g["y"]), _MONTH_NAMES[g["m"].rstrip(".").lower()]
        days = [week[_WEEKDAY_NUMBERS[g["nwd"].lower()]] for week in calendar.monthcalendar(year, month)]
        days = [day for day in days if day]
        nth = g["nth"].lower()
        index = -1 if nth == "last" else int(nth[0]) - 1 if nth[0].isdigit() else _ORDINALS.index(nth)
        if index >= len(days):  # no fifth Monday that month
            return None, None, None
        return f"{year:04d}-{month:02d}-{days[index]:02d}", "day", None
    if kind == "quarter":
        q = int(g["q"]) if g.get("q") else ["first", "second", "third", "fourth"].index(g["qw"].lower()) + 1
        y = int(g["y"])
        return f"{y:04d}-{3 * q - 2:02d}/{y:04d}-{3 * q:02d}", "quarter", None
    if kind == "century":
        c = int(g["c"]) if g.get("c") else _ORDINALS.index(g["cw"].lower()) + 1
        if (g.get("cera") or "").startswith("B"):
            # "the 6th century BC": 600 to 501 BC, years BC written as the era_year kind writes them
            return f"{_iso_year(-c * 100)}/{_iso_year(-(c - 1) * 100 - 1)}", "century", _period_part(g.get("qual") or g.get("part"))
        return f"{(c - 1) * 100:04d}/{(c - 1) * 100 + 99:04d}", "century", _period_part(g.get("qual") or g.get("part"))
    if kind == "decade":
        if g.get("dec3"):  # the decade before it was written whole: its century
            d = int(g["dec_century"]) * 100 + int(g["dec3"])
        else:
            d = int(g["dec"]) if g.get("dec") else (2000 if g["dec2"] in ("00", "10") else 1900) + int(g["dec2"])
        qualifier = _period_part(g.get("qual") or g.get("part"))
        if d % 100 == 0 and d < 2000:
            # "the 1800s", "the early 1900s": a century; "the 2000s" is mostly the decade
            return f"{d:04d}/{d + 99:04d}", "century", qualifier
        return f"{d:04d}/{d + 9:04d}", "decade", qualifier
    if kind == "season":
        season = (g.get("season") or g.get("season2")).lower()
        first, last = _SEASONS[season]
        year = int(g["y"]) if g.get("y") else None
        prep = (g.get("prep") or "").lower()
        if year is None and base is not None and prep in ("this", "last", "next"):
            year = base.year + {"this": 0, "last": -1, "next": 1}[prep]
        elif year is None and prep:
            # "in the spring" as a month alone: the paragraph's year, else the sentence's tense
            # ("plan to return in the spring", written in February: that spring)
            year = paragraph_year if paragraph_year is not None else None if narrative else _year_by_tense(m, first, base)
        if year is None:
            return f"--{first:02d}/--{last:02d}", "season", g.get("qual")
        end_year = year + 1 if last < first else year
        return f"{year:04d}-{first:02d}/{end_year:04d}-{last:02d}", "season", g.get("qual")
    if kind in ("era_year", "early_year"):
        year = int(g.get("ey") or g.get("ey2"))
        bc = (g.get("era") or "").upper().startswith("B")
        head = _iso_year(-year if bc else year)
        if g.get("em"):
            month = _MONTH_NAMES[g["em"].rstrip(".").lower()]
            if g.get("ed"):
                day = int(g["ed"].rstrip("stndrh"))
                if day > (29 if month == 2 else calendar.monthrange(2001, month)[1]):
                    return None, None, None  # no such day: "31 February 44 BC"
                return f"{head}-{month:02d}-{day:02d}", "day", None
            return f"{head}-{month:02d}", "month", None
        return head, "year", None
    if kind == "qualified_month":
        month = _MONTH_NAMES[g["m"].rstrip(".").lower()]
        first, last = _MONTH_PARTS[g["qual"].lower()]
        # The year as written, else the paragraph's or the document's own (as for "May 14"), else none.
        year = int(g["y"]) if g.get("y") else paragraph_year if paragraph_year is not None else _published_year(published)
        last = last or calendar.monthrange(year or 2001, month)[1]
        head = f"{year:04d}-" if year else "--"
        return f"{head}{month:02d}-{first:02d}/{head}{month:02d}-{last:02d}", "day", g["qual"].lower()
    if kind == "qualified_year":
        qualifier = ("first half of" if g["half"] == "H1" else "second half of") if g.get("half") else _period_part(g["qual"])
        return f"{int(g['y']):04d}", "year", qualifier
    if kind == "year":
        return f"{int(g['y']):04d}", "year", None
    if kind == "fiscal_year":
        year = int(g["fy"]) + (2000 if len(g["fy"]) == 2 else 0)
        return f"{year:04d}", "year", "fiscal year"
    if kind == "rel_month":
        rel = (g["rel"] or "").lower()
        month = _MONTH_NAMES[g["m"].rstrip(".").lower()]
        qualifier = rel if rel in ("since", "until", "by") else None
        if rel not in ("last", "next", "this"):
            if paragraph_year is not None:
                year = paragraph_year
            else:  # a narrative's tense says nothing of the year it is set in
                year = None if narrative else _year_by_tense(m, month, base)
            if year is None:
                return f"--{month:02d}", "month", qualifier  # "in January, it is 24°C": no year said, none invented
            return f"{year:04d}-{month:02d}", "month", qualifier
        if base is None:
            return None, None, None
        year = base.year
        if rel == "last" and month >= base.month:
            year -= 1
        elif rel == "next" and month <= base.month:
            year += 1
        return f"{year:04d}-{month:02d}", "month", qualifier
    # relative expressions: only against the document's own date (or, for "the end of the year",
    # the year its paragraph wrote)
    qualifier = _period_part(g.get("rqual"))
    if g.get("the_year"):
        year = paragraph_year if paragraph_year is not None else base.year if base is not None else None
        return (_iso_year(year), "year", qualifier) if year is not None else (None, None, None)
    if base is None:
        return None, None, None
    if g.get("twodays"):  # "the day before yesterday", "the day after tomorrow"
        return (base.date() + dt.timedelta(days=2 if g["twodays"].endswith("tomorrow") else -2)).isoformat(), "day", None
    if g.get("weekend"):
        words = g["weekend"].lower().split()
        which = "over" if words[-1] == "past" else words[0]  # "this past weekend": the last one begun
        # "officers would patrol over the weekend": the one ahead, as "this weekend"
        return _weekend(base.date(), "this" if words[0] == "over" and _told_as_ahead(m) else which), "day", None
    if g.get("daypart"):
        day = base.date() - dt.timedelta(days=1 if g["daypart"].lower().startswith("last") else 0)
        return day.isoformat(), "day", None
    if g.get("wtime") or g.get("btime"):
        day, precision, qualifier = _normalise(kind, _without_time(m), published, paragraph_year)
        return _at_time(day, g["wtime"] or g["btime"]) if day else (day, precision, qualifier)
    if g.get("wd") and not text.lower().startswith(("last", "next")) \
            and _WEEKDAY_NUMBERS[g["wd"].lower()] == base.weekday():
        # "The competition ended on Tuesday" in a Tuesday's paper is that day; a week earlier
        # would be written "last Tuesday" (dateparser, preferring the past, reads it so).
        return base.date().isoformat(), "day", None
    if g.get("wd") and not text.lower().startswith(("last", "next", "this")) and (
            _told_as_ahead(m) or _DEADLINE_BEFORE.search(m.string, max(0, m.start() - 24), m.start()) and not _deadline_in_past(m)
            or _told_as_scheduled(m)):
        # "The vote will be held Friday": the next Friday, where dateparser (preferring the past,
        # as reports mostly tell of it) reads the last; so is a deadline no past verb puts behind
        # ("rain could fall by Tuesday"; not "had fixed it by Tuesday")
        days = (_WEEKDAY_NUMBERS[g["wd"].lower()] - base.weekday()) % 7 or 7
        return (base.date() + dt.timedelta(days=days)).isoformat(), "day", None
    ago = (g.get("ago_unit") or "").lower()
    count = _count(g.get("n") or "")
    if ago.startswith(("year", "decade")) and count is not None:
        # Counted here: dateparser stops at year 1 ("3000 years ago" was no date).
        return _iso_year(base.year - count * (10 if ago.startswith("decade") else 1)), "year", None
    parsed = parse_expression(f"{g['unit_rel']} {g['unit']}" if g.get("unit_rel") else text, base)
    if parsed.date_obj is None:
        return None, None, None
    if (g.get("unit") or "").lower() == "week":
        monday = parsed.date_obj.date() - dt.timedelta(days=parsed.date_obj.weekday())
        return f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}", "week", qualifier
    period = {"year": "year", "month": "month", "week": "day", "day": "day"}.get(parsed.period or "day", "day")
    if g.get("ago_unit", "") and g["ago_unit"].startswith("decade"):
        period = "year"
    return _format(parsed.date_obj, True, period), period, qualifier


def _without_time(m: regex.Match[str]) -> regex.Match[str]:
    """The match of a weekday with its time ("on Monday at 10 a.m.", "8 p.m. ET on Tuesday") as
    the weekday alone."""
    return _WEEKDAY_ALONE.search(m.string, m.end("btime") if m["btime"] else m.start(), m.end("wd"))


_WEEKDAY_ALONE = regex.compile(_WEEKDAY_WITH_WORD)
_WEEKDAY_AND_TIME = regex.compile(rf"{_WEEKDAY_WITH_WORD}(?:{_TIME})?")


_DOTTED_TIME = re.compile(r"^(\d\d?)\.(\d\d)(?= )")
_NUMERIC_OFFSET = re.compile(r"\s*([+-])(\d\d):?(\d\d)$")


def _at_time(day: str, written: str) -> tuple[str | None, str | None, str | None]:
    """A day ("2024-05-16") at the time written after its weekday (", at 5:30 p.m. ET"): minute
    precision, the zone's offset as its rules have it that day; the day alone if the time does
    not read.

    >>> _at_time("2024-05-16", " at 5:30 p.m. ET")
    ('2024-05-16T17:30-04:00', 'minute', None)
    """
    when = written.strip(" ,/|·•")
    when = when[3:] if when.lower().startswith("at ") else when
    when = _DOTTED_TIME.sub(r"\1:\2", when)  # "14.30 GMT"
    if offset := _NUMERIC_OFFSET.search(when):
        # "10:00:00 +0000", as feeds and mail headers write it: the offset as written
        day_time, precision, _ = _at_time(day, when[: offset.start()])
        if precision != "minute":
            return day_time, precision, None
        return f"{day_time}{offset[1]}{offset[2]}:{offset[3]}", "minute", None
    tz = bool(re.search(rf"\b{_TZ}\b", when))
    parsed = parse_expression(f"{day} {when}", None, tz)
    if parsed.date_obj is None or parsed.date_obj.date().isoformat() != day:
        return day, "day", None
    value = _localise(parsed.date_obj, when, int(day[:4])) if tz else parsed.date_obj
    return _format(value, True, "minute"), "minute", None


# What puts a weekday ahead of the report, earlier in its sentence ("will", "is scheduled for",
# "'ll", a report's "would": "said she would visit on Wednesday"; not "would have"), and what
# tells of the past after it ("the firm, which will report, said Friday"; not a
# participle after "be", "remain" or "stay": "will be held Friday", "will remain closed on Monday").
_FUTURE_CUE = regex.compile(r"\b(?:will|shall|won['’]t|would(?! have)|(?:is|are|['’]s|['’]re) (?:set|scheduled|slated|due|expected|poised|going)"
                            r"|plans? to|upcoming)\b|['’]ll\b", regex.I)
_PAST_CUE = regex.compile(r"(?<!\b(?:be|been|is|are|remain|remains|stay|stays|get|gets|being) )\b(?:said|told|announced|reported|confirmed|added|wrote|was|were|had|did|ended"
                          r"|began|started|happened|occurred|died|went|came|took|made|met|held|won|lost|became|left|joined"
                          r"|moved|revealed|unveiled|launched|released|updated|resigned|signed|elected|appointed|arrested"
                          r"|killed|filed|approved|rejected|rose|fell|dropped|opened|closed|saw|showed|decided"
                          r"|found|ruled|sued|argued|gave|got|sent|brought|bought|sold|paid|fought|built|spoke|kept|heard|knew"
                          r"|fled|struck|chose|grew|threw|flew|scored|voted|earned)\b", regex.I)
_SENTENCE_BREAK = regex.compile(r"(?<!\b[AaPp]\.[Mm])[.!?]\s|\n")  # not a time's "a.m.": "will be held at 10 a.m. Saturday"
_CUE_REACH = 200  # characters back from the weekday
# A plan's date ("the unveiling, planned for 8 August, would move", "the vote, expected in
# March, was delayed"): the report's tense is not the date's, so the one nearest the report is meant.
# (A month's match holds its "in"; "set" only with "for": "the record set in May" is a past day's.)
_PLAN_BEFORE = regex.compile(r"\b(?:(?:planned|scheduled|slated|due|expected|pencil?led in)\s+(?:(?:for|on|in)\s+)?|set\s+for\s+)"
                             r"(?:early\s+|late\s+|mid-)?$")
# A deadline's or an earliest day's words: "by Tuesday", "until at least Friday", "as early as Friday".
_DEADLINE_BEFORE = regex.compile(r"\b(?:[Bb]y|[Uu]ntil|[Tt]ill|as (?:early|soon) as|no later than)(?: at least)?\s$")
# After a past verb, what puts a deadline ahead of the report again: an infinitive or a modal
# ("told residents to stay home until Friday", "a motion, which could be put to a vote as early
# as Friday"; not "had to leave by Friday").
_AHEAD_OF_PAST = regex.compile(r"(?<!\bhad )\bto [a-z]+|\b(?:would|could|might|may|should|must|can)\b")


def _told_as_ahead(m: regex.Match[str], would: bool = True) -> bool:
    """Whether the sentence puts the weekday of ``m`` ahead of the report: a future word before
    it, no past verb between them. A report's "would" counts only when ``would``: for a
    weekday, the next days ("said she would visit on Wednesday"); a month or a date it may put
    in the past ("his vow that Britain would leave the EU on Oct. 31", written in November).

    >>> _told_as_ahead(regex.search("Friday", "Talks will resume Friday."))
    True
    """
    before = _sentence_before(m)
    future = [f.end() for f in _FUTURE_CUE.finditer(before) if would or not f.group().lower().startswith("would")]
    return bool(future) and not _PAST_CUE.search(before, future[-1])


# A schedule told in the present tense ("The Games close on Sunday", "Chelsea travel to Newcastle
# on Wednesday", "The road race is on Saturday"): a report tells what is past in the past tense.
# (A finite verb: not after "to"; and no past verb in the sentence, listed or in -ed: "NASA on
# Monday enlisted what are ...", "a storm on Sunday caused people to head for the station".)
_SCHEDULE_VERB = regex.compile(r"(?<!\bto )\b(?:is|are|opens?|closes?|starts?|begins?|resumes?|takes? place|kicks? off|meets?"
                               r"|faces?|plays?|hosts?|travels?|returns?|arrives?|airs?|premieres?)\b")
_ED_WORD = regex.compile(r"\b[a-z]{3,}ed\b")
_POSSESSIVE_AFTER_DAY = regex.compile(r"['’]s?\b")


def _told_as_scheduled(m: regex.Match[str]) -> bool:
    """Is the weekday of ``m`` in a sentence that tells a schedule in the present tense, with no
    past verb (``_PAST_CUE``)? Not a weekday's event ("investigating Friday's shooting").

    >>> [_told_as_scheduled(regex.search("Sunday", t)) for t in ("The Games close on Sunday.", "The Games closed on Sunday.")]
    [True, False]
    """
    return not _POSSESSIVE_AFTER_DAY.match(m.string, m.end()) and _told_in_present(m)


def _deadline_in_past(m: regex.Match[str]) -> bool:
    """Does a past verb put the deadline ``m`` behind the report ("had fixed it by Tuesday")?
    Not one that an infinitive or a modal follows (``_AHEAD_OF_PAST``).

    >>> [_deadline_in_past(regex.search("Friday", t)) for t in ("They had fixed it by Friday.", "He told them to stay until Friday.")]
    [True, False]
    """
    before = _sentence_before(m)
    past = [cue.end() for cue in _PAST_CUE.finditer(before)]
    if past:
        return not _AHEAD_OF_PAST.search(before, past[-1])
    return _tense(m) == "past"


def _sentence_before(m: regex.Match[str]) -> str:
    """The text of ``m``'s sentence before it (at most ``_CUE_REACH`` characters)."""
    before = m.string[max(0, m.start() - _CUE_REACH) : m.start()]
    breaks = [b.end() for b in _SENTENCE_BREAK.finditer(before)]
    return before[breaks[-1] :] if breaks else before


def _tense(m: regex.Match[str]) -> str | None:
    """The tense ``m``'s sentence tells it in: "ahead" when a future word puts it ahead of the
    report (``_told_as_ahead``, "would" aside), "past" when the sentence has a past verb
    (``_PAST_CUE``), else None.

    >>> _tense(regex.search("June", "Lee took office in June.")), _tense(regex.search("June", "It is hot in June."))
    ('past', None)
    """
    if _told_as_ahead(m, would=False):
        return "ahead"
    after = _SENTENCE_BREAK.search(m.string, m.end(), m.end() + _CUE_REACH)
    sentence = _sentence_before(m) + m.string[m.end() : after.start() if after else m.end() + _CUE_REACH]
    return "past" if _PAST_CUE.search(sentence) else None


def _year_by_tense(m: regex.Match[str], month: int, base: dt.datetime | None) -> int | None:
    """The year of a month written alone in a dated report, by its sentence's tense: the last
    such month up to the report's if the sentence tells of the past ("took office in June"),
    the next from it if it puts the month ahead ("will open in June"); else none ("in January,
    it is about 24°C").

    >>> m = regex.search("June", "Lee took office in June.")
    >>> _year_by_tense(m, 6, dt.datetime(2025, 11, 2)), _year_by_tense(m, 6, dt.datetime(2025, 3, 2))
    (2025, 2024)
    """
    if base is None:
        return None
    if _nearest_meant(m):
        return _nearest_year(base, month)
    tense = _tense(m)
    if tense == "ahead":
        return base.year + (month < base.month)
    if tense == "past":
        return base.year - (month > base.month)
    return None


def _nearest_meant(m: regex.Match[str]) -> bool:
    """Is ``m`` a plan's date ("planned for 8 August": ``_PLAN_BEFORE``) or what someone said
    would happen ("said it would buy back stock between October and December": only a report's
    "would" puts it ahead)? Either is the one nearest the report, whatever the report's tense."""
    return _PLAN_BEFORE.search(m.string, max(0, m.start() - 30), m.start()) is not None \
        or _told_as_ahead(m) and not _told_as_ahead(m, would=False)


def _nearest_year(base: dt.datetime, month: int, day: int = 15) -> int:
    """The year whose ``day`` of ``month`` (a month's middle, without a day) lies nearest ``base``.

    >>> _nearest_year(dt.datetime(2025, 1, 5), 12, 20), _nearest_year(dt.datetime(2024, 7, 26), 8, 8)
    (2024, 2024)
    """
    return min((base.year - 1, base.year, base.year + 1),
               key=lambda year: abs((dt.datetime(year, month, min(day, 28)) - base).days))


_YEAR_TURN_MARGIN = dt.timedelta(days=7)  # a day this near the report's is of its year whatever the tense


def _day_year_by_tense(m: regex.Match[str], month: int, day: int, base: dt.datetime) -> int:
    """The year of a year-less day in a dated report: the report's, unless the sentence's tense
    puts it across the turn of the year ("On December 20 he said ..." in a January report is the
    December before; "will vote on January 8" in a December one the January after).

    >>> m = regex.search("December 20", "On December 20 he said no.")
    >>> _day_year_by_tense(m, 12, 20, dt.datetime(2025, 1, 5)), _day_year_by_tense(m, 12, 20, dt.datetime(2025, 12, 22))
    (2024, 2025)
    """
    try:
        day_in_year = dt.datetime(base.year, month, day)
    except ValueError:  # 29 February in a common year
        return base.year
    if _nearest_meant(m):
        return _nearest_year(base, month, day)
    tense = _tense(m)
    if day_in_year > base + _YEAR_TURN_MARGIN and tense == "past":
        return base.year - 1
    if day_in_year < base - _YEAR_TURN_MARGIN and tense == "ahead":
        return base.year + 1
    if tense is None and not _told_in_present(m):
        # no tense says: across the turn of the year, the day nearest the report ("talks broke
        # down on December 30", "delays over Christmas", in a January report)
        nearest = _nearest_year(base, month, day)
        if nearest != base.year and abs((dt.datetime(nearest, month, min(day, 28)) - base).days) <= _NEAREST_ACROSS_YEAR_DAYS:
            return nearest
    return base.year


_NEAREST_ACROSS_YEAR_DAYS = 90


def _told_in_present(m: regex.Match[str]) -> bool:
    """Is ``m``'s sentence told in the present ("The deadline is December 20"), no past verb in it?"""
    after = _SENTENCE_BREAK.search(m.string, m.end(), m.end() + _CUE_REACH)
    sentence = _sentence_before(m) + " " + m.string[m.end() : after.start() if after else m.end() + _CUE_REACH]
    return _SCHEDULE_VERB.search(sentence) is not None and not _PAST_CUE.search(sentence) and not _ED_WORD.search(sentence)


# Holidays on a fixed day of the year (the movable ones, Easter or Thanksgiving, are left out).
_HOLIDAYS = {"christmas day": (12, 25), "christmas": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
             "new year's eve": (12, 31), "valentine's day": (2, 14), "halloween": (10, 31), "boxing day": (12, 26),
             "fourth of july": (7, 4), "bastille day": (7, 14)}


def _weekend(day: dt.date, which: str) -> str:
    """The Saturday and Sunday "this" weekend (of ``day``'s week), "last" weekend (the one before)
    or the weekend "over" which something happened (the last one begun by ``day``) name.

    >>> _weekend(dt.date(2019, 11, 20), "this"), _weekend(dt.date(2019, 11, 20), "over")
    ('2019-11-23/2019-11-24', '2019-11-16/2019-11-17')
    """
    saturday = day + dt.timedelta(days=5 - day.weekday())
    if which == "last" or which == "over" and day.weekday() < 5:
        saturday -= dt.timedelta(days=7)
    return f"{saturday.isoformat()}/{(saturday + dt.timedelta(days=1)).isoformat()}"


_WORD_NUMBERS = {w: i for i, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
     "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"])}
_WORD_NUMBERS.update({"a": 1, "an": 1, "thirty": 30, "forty": 40, "fifty": 50})


def _count(word: str) -> int | None:
    """A count written in digits or words: "3000" -> 3000, "1,700" -> 1700, "Seventeen" -> 17, "a" -> 1; else None."""
    word = word.lower().replace(",", "")
    return int(word) if word.isdigit() else _WORD_NUMBERS.get(word)


def _iso_year(year: int) -> str:
    """A year as ISO 8601 writes it, years before 1 AD negative (astronomical): 2006 -> "2006", -994 -> "-0994"."""
    return f"{year:04d}" if year >= 0 else f"-{-year:04d}"


_ISO_YEAR = re.compile(r"(-?\d{4})(?:-(\d\d))?")  # the year (and month) a value starts with: "-0594", "1832-05-30"


_OBJECT_AFTER = re.compile(r" +[^\W\d_]")


def _from_anchor(m: regex.Match[str], anchor: tuple[str, str] | None) -> tuple[str | None, str | None, str | None]:
    """Resolve "two years later", "the following month", "the next morning" or "that summer"
    against the last date the text gave (a day offset only from a date given to the day). None
    if it can't, or if "before" or "after" has an object of its own: "five days before his
    death" counts from the death, not from the last date written."""
    g = m.groupdict()
    if anchor is None or (g.get("dir") or g.get("dir3")) in ("before", "after") and _OBJECT_AFTER.match(m.string, m.end()):
        return None, None, None
    value, _ = anchor
    unit = (g.get("aunit") or g.get("aunit2") or g.get("aunit3") or "").lower().rstrip("s")
    direction = (g.get("dir") or g.get("dir2") or g.get("dir3") or "").lower()
    sign = -1 if direction in ("earlier", "before", "previous") else (0 if g.get("the") and g["the"].lower() == "that" else 1)
    count = _count(g.get("an") or "1")
    if count is None:
        return None, None, None
    year_match = _ISO_YEAR.match(value)
    if not year_match:
        return None, None, None
    year = int(year_match.group(1))
    if unit in ("year", "decade"):
        years = count * (10 if unit == "decade" else 1)
        return _iso_year(year + sign * years), "year", None
    if unit in _SEASONS and year >= 1:
        # "that summer": the anchor's year's; "the following spring": the first to begin after the
        # anchor's month ("In May 1850 ... the following spring": 1851), or after its year's
        # spring to autumn ("In 1850 ... the following winter": 1850-51)
        first, last = _SEASONS[unit]
        month = int(year_match.group(2)) if year_match.group(2) else 6
        if sign > 0:
            year += first <= month
        elif sign < 0:
            year -= first >= month
        return f"{year:04d}-{first:02d}/{year + (last < first):04d}-{last:02d}", "season", None
    if unit == "month" and year_match.group(2):
        months = year * 12 + int(year_match.group(2)) - 1 + sign * count
        return f"{months // 12:04d}-{months % 12 + 1:02d}", "month", None
    if unit in ("day", "morning", "evening", "night", "week") and re.fullmatch(r"\d{4}-\d\d-\d\d", value[:10]) and year >= 1:
        days = sign * count * (7 if unit == "week" else 1)
        try:
            return (dt.date.fromisoformat(value[:10]) + dt.timedelta(days=days)).isoformat(), "day", None
        except (ValueError, OverflowError):
            return None, None, None
    return None, None, None


_WORDS = re.compile(r"[a-z]+")
_ANY_YEAR = re.compile(r"\d\d")  # every year pattern needs two digits in a row ("the year 71")
_MONTH_WORDS = {name for name in _MONTH_NAMES}
_WEEKDAY_NUMBERS = {day: number for number, day in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_WEEKDAYS = set(_WEEKDAY_NUMBERS)
_UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades",
          "morning", "evening", "night", "spring", "summer", "autumn", "fall", "winter"}
# The words a pattern cannot match without: a text that has none of them is not scanned for it.
_NEEDS = {
    "mdy": _MONTH_WORDS, "dmy": _MONTH_WORDS, "day_pair": _MONTH_WORDS, "md": _MONTH_WORDS, "dm": _MONTH_WORDS, "my": _MONTH_WORDS,
    "qualified_month": _MONTH_WORDS, "rel_month": _MONTH_WORDS,
    "nth_weekday": _WEEKDAYS, "quarter": {"q", "quarter"}, "century": {"century"}, "season": {"spring", "summer", "autumn", "fall", "winter"},
    "era_year": {"bc", "bce", "ad", "ce", "b", "a", "c"},
    "relative": {"yesterday", "today", "tomorrow", "tonight", "morning", "afternoon", "evening", "night", "ago", "year",
                 "month", "week", "weekend"} | _WEEKDAYS,
    "anaphoric": _UNITS,
    "holiday": {"christmas", "year", "valentine", "halloween", "boxing", "fourth", "bastille"},
    "war": {"war", "wwii", "wwi", "ww"},
    "fiscal_year": {"fy"},
    "qualified_year": {"early", "mid", "late", "end", "beginning", "start", "middle", "half", "h"},  # "h": "H1 2024"
}
_NEEDS_YEAR = {"iso", "cjk", "ymd", "numeric", "mdy", "dmy", "foreign_dmy", "foreign_mdy", "my", "nth_weekday", "quarter", "decade", "year_pair", "qualified_year", "year", "early_year",
               "era_year"}


_NEEDS_DIGIT = {"md", "dm", "day_pair", "era_year", "foreign_dmy", "foreign_mdy", "fiscal_year"}  # a day of the month, a year of an era: one digit at least
_NEEDED_WORDS = frozenset().union(*_NEEDS.values())
_DIGIT = re.compile(r"\d")


_NUMERIC_DATE_PART = re.compile(r"\d[./-]\d")  # what every date in numbers has: "27/09/2018"
_NEEDS_SEPARATOR = {"numeric", "ymd", "iso"}


def _patterns_for(line: str) -> list[tuple[int, _Pattern]]:
    """The patterns (with their order) worth scanning ``line`` for: those whose words it has."""
    has_year = bool(_ANY_YEAR.search(line))
    return _patterns_given(frozenset(_NEEDED_WORDS.intersection(_WORDS.findall(line.lower()))), has_year,
                           has_year or bool(_DIGIT.search(line)), has_year and ("年" in line or "년" in line),
                           has_year and "0s" in line, has_year and bool(_NUMERIC_DATE_PART.search(line)))


@lru_cache(maxsize=4096)
def _patterns_given(words: frozenset[str], has_year: bool, has_digit: bool, has_cjk_year: bool = False,
                    has_decade: bool = True, has_numeric: bool = True) -> list[tuple[int, _Pattern]]:
    """Patterns whose needed words are among ``words`` (and that find a year or a day in a line
    with the digits for one; a date with 年 or 년 in a line with one of them; a decade in a line
    with "0s", a date in numbers in one with a digit, a separator and a digit: "2019-11-19")."""
    return [(order, pattern) for order, pattern in enumerate(_PATTERNS)
            if (has_year or pattern.kind not in _NEEDS_YEAR or pattern.kind == "era_year")
            and (has_cjk_year or pattern.kind != "cjk")
            and (has_decade or pattern.kind != "decade") and (has_numeric or pattern.kind not in _NEEDS_SEPARATOR)
            and (has_digit or pattern.kind not in _NEEDS_DIGIT)
            and (pattern.kind not in _NEEDS or not _NEEDS[pattern.kind].isdisjoint(words))]


def _year_pair(m: regex.Match[str]) -> list[DateMention] | None:
    """ "1704 – 1787", "1890 – 91" and "about 360 - 366" as two year dates (the second written in full);
    "2019/20" only of two years running."""
    first, second = ("y", "y2") if m.groupdict().get("y") else ("ey", "ey_end")
    y1, y2 = int(m.group(first)), m.group(second)
    end = int(y2) if len(y2) >= 3 else (y1 // 100) * 100 + int(y2)
    if end <= y1 or m.groupdict().get("sep") == "/" and end != y1 + 1:
        return None
    return [
        DateMention(m.group(first), f"{y1:04d}", "year", m.start(first), m.end(first)),
        DateMention(y2, f"{end:04d}", "year", m.start(second), m.end(second)),
    ]


def _day_pair(m: regex.Match[str], year: int | None) -> list[DateMention] | None:
    """ "Oct. 5–7" and "5-7 October 2018" as two day dates, the first ending before the dash, the
    second taking the month and the year (as written, else ``year``, else none: "--10-07")."""
    month = _MONTH_NAMES[m["m"].rstrip(".").lower()]
    d1, d2 = (int(re.match(r"\d+", m[g])[0]) for g in ("d", "d2"))
    year = int(m["y"]) if m["y"] else year
    if not d1 < d2 <= calendar.monthrange(year or 2000, month)[1]:
        return None
    head = f"{year:04d}-" if year else "--"
    return [
        DateMention(m.string[m.start() : m.end("d")], f"{head}{month:02d}-{d1:02d}", "day", m.start(), m.end("d")),
        DateMention(m.string[m.start("d2") : m.end()], f"{head}{month:02d}-{d2:02d}", "day", m.start("d2"), m.end()),
    ]


# A year written out as a number: "1832", "in 2006," (not "1,832" nor "18320").
_WRITTEN_YEAR = re.compile(r"(?<![\d,.])(1\d{3}|20\d\d)(?!\d|[.,]\d)")


def _tells_the_past(text: str, published: PartialDate | None) -> bool:
    """Whether ``text`` is a narrative set well before its publication: it writes out years, and
    none within two years of the publication's ("a biography of Galois, 1811-1832, published in
    2004"). News and interviews write their own year or the one before.

    >>> _tells_the_past("Born in 1811, he died in 1832.", PartialDate("2004-05-01", "day"))
    True
    """
    year = _published_year(published)
    if year is None:
        return False
    years = [int(y) for y in _WRITTEN_YEAR.findall(text)]
    return bool(years) and all(not year - 2 <= y <= year + 1 for y in years)


def _year_for_yearless(anchor: tuple[str, str] | None, anchor_line: int, line: int, previous_line: int,
                       published: PartialDate | None, narrative: bool = False) -> int | None:
    """The year a year-less "30 May" takes from the text: that of the last date its paragraph
    wrote out; in a text with no publication date, also that of a full date (to the day) ending
    the paragraph just before, as a biography's narrative goes on ("... released on 29 April
    1832." / "The duel took place on 30 May."); in a ``narrative`` (a text set long before its
    publication), that of the last full date or month written, however far back. Otherwise
    dates further back give none: a news story's background "April 26, 2016" says nothing of
    its "today (Nov. 18)", nor a bare year of its "March 4"."""
    if anchor is None or not (anchor_line == line or narrative and anchor[1] in ("day", "month")
                              or published is None and anchor[1] == "day" and anchor_line == previous_line):
        return None
    return int(_ISO_YEAR.match(anchor[0])[1])


# "today" as "nowadays": "still in use today", "known today as", "continues today", "Athens
# today is" (but "The deadline is today", "Today is the last day" are the day).
_STILL_BEFORE = re.compile(r"\bstill\b[^.!?\n]*$")
_NOWADAYS_BEFORE = re.compile(r"\b(?:continues?|remains?|exists?|survives?)\s+$")
_NOWADAYS_AFTER = re.compile(r"\s+(?:as|known)\b")
_NOWADAYS_AFTER_NOUN = re.compile(r"\s+(?:is|are)\b")


def _means_nowadays(text: str, m: regex.Match[str]) -> bool:
    """Whether "today" means the present age rather than the day the text was written: no date.

    >>> text = "It is still used today."
    >>> _means_nowadays(text, regex.search("(?P<word>today)", text))
    True
    """
    if m["word"].lower() != "today":
        return False
    before = text[max(0, m.start() - 80) : m.start()]
    return bool(_STILL_BEFORE.search(before) or _NOWADAYS_BEFORE.search(before) or _NOWADAYS_AFTER.match(text, m.end())
                or m["word"] == "today" and _NOWADAYS_AFTER_NOUN.match(text, m.end()))


# A weekday inside a named day ("Black Friday", "Good Friday", "Super Tuesday", "Cyber Monday")
# is no weekday near the publication date: counting it as one gave a wrong day.
_NAMED_DAY_BEFORE = re.compile(r"\b(?:black|cyber|good|super|ash|holy|maundy|giving|easter|shrove|fat|palm|bloody|blue|"
                               r"throwback|casual|manic)[\s-]+$", re.IGNORECASE)


# A weekday that recurs is no day near the publication date: "every Monday", "each Friday",
# "the third Monday in January", "the last Friday of each month", "the first Tuesday after".
_RECURRING_BEFORE = re.compile(r"\b(?:[Ee]very|[Ee]ach|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|1st|2nd|3rd|4th|5th)(?:\s+other)?\s+$")
_RECURRING_AFTER = regex.compile(rf"\s+(?:in|of)\s+(?:each|every|the\s+month|{_MONTH}\b)")


def _recurring_weekday(text: str, m: regex.Match[str]) -> bool:
    """Does the weekday of ``m`` recur ("every Monday", "the fourth Thursday of November")?

    >>> text = "Thanksgiving is the fourth Thursday of November; we meet every Monday, and met last Friday."
    >>> [_recurring_weekday(text, m) for m in regex.finditer(_WEEKDAY_WITH_WORD, text)]
    [True, True, False]
    """
    return bool(_RECURRING_BEFORE.search(text, max(0, m.start("wd") - 14), m.start("wd"))
                or _RECURRING_AFTER.match(text, m.end("wd")))


# A weekday written before its date ("on Monday, Nov. 13, 2017", "Saturday, May 18"): the date
# says which day it is; counted from the publication date, the weekday alone gave another.
_DATE_AFTER_WEEKDAY = regex.compile(rf",?\s+(?:the\s+)?(?:{_DAY}\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+{_DAY})\b")


def _to_unit(date: DateMention, unit: str) -> tuple[str, str, str | None]:
    """The value of ``date`` to the precision of a counted unit: "the following year, on 3 May
    1851" is 1851; "three days later" or "a week later, on 3 May 1851" is the day."""
    unit = unit.rstrip("s")
    if unit in ("year", "decade") and date.precision in ("month", "day", "minute", "second") and _ISO_YEAR.match(date.value):
        return date.value[:4] if date.value[0] != "-" else date.value[:5], "year", None
    if unit == "month" and date.precision in ("day", "minute", "second") and _ISO_YEAR.match(date.value):
        return date.value[:7], "month", None
    return date.value, date.precision, date.qualifier


# "Two years later, in 1990", "the following year, on 3 May 1851": a date restates when that is.
_DATE_RESTATED_AFTER = regex.compile(rf",?\s+(?:in|on)\s+(?=(?:the\s+)?(?:{_DAY}\s+(?:of\s+)?)?(?:{_MONTH}\b|\d))")


# "about 450 Dreamers", "around 300 Americans": after "about" or "around" a number before a
# capitalised word counts people or things; a year after them ends its clause ("around 328.",
# "about 373, he set out"). After "in" it may not ("In 348 Pachomius died").
_COUNT_WORD_BEFORE = re.compile(r"(?:[Aa]bout|[Aa]round)\s")
_CAPITALISED_WORD_AFTER = regex.compile(r"\s+\p{Lu}")


# "over 1000 featured articles", "the 1000+ admins", "nearly 2000 people": a number after a word of
# quantity and before a word that is not a function word, or before "+", counts; "around 1900
# when", "about 1900 in", "emissions over 1990 levels" are years.
_QUANTITY_BEFORE = re.compile(r"\b(?:over|under|nearly|almost|about|around|approximately|roughly|some|than|least)\s+$", re.I)
_COUNTED_WORD_AFTER = re.compile(r"\s+(?!(?:and|or|to|in|on|at|by|for|of|from|with|when|as|the|a|an|after|before|until|"
                                 r"while|but|that|which|where|there|then|is|was|were|he|she|it|they|we|i|you|his|her|its|"
                                 r"their|this|these|onwards?|ad|bc|bce|ce|"
                                 r"levels?|prices?|figures?|rates?|values?|standards?|numbers?|terms|dollars|baselines?)\b)[a-z]")
_PLUS_AFTER = re.compile(r"\s?\+")
# "1500 meters", "2019 points", "2019 visitors": a number before a unit or what is counted; "Flight
# 1549", "room 2024", "Route 1776": a number a label names a thing by
_UNIT_AFTER = re.compile(r"\s+(?:m|meters?|metres?|km|kilometers?|kilometres?|miles?|feet|foot|ft|yards?|"
                         r"calories|kcal|kg|kilograms?|pounds?|lbs?|tons?|tonnes?|litres?|liters?|gallons?)\b")
_COUNTED_AFTER = re.compile(r"\s+(?:points?|goals?|people|persons|residents|students|employees|workers|jobs|units|homes|"
                            r"pages|words|members|troops|soldiers|patients|deaths|visitors|participants|runners|"
                            r"signatures|copies|tickets)\b")
# ... unless a preposition puts it in time: "In 2019 people moved", "By 2030 members will vote"
_TIME_PREPOSITION_BEFORE = re.compile(r"\b(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Ff]rom|[Dd]uring|[Bb]efore|[Aa]fter|[Oo]f|[Tt]o|[Tt]hrough)\s+$")
_LABEL_BEFORE = re.compile(r"\b(?:[Ff]light|[Rr]oom|[Rr]oute|[Gg]ate|[Hh]ighway|[Ii]nterstate|[Pp]latform|[Ss]uite|"
                           r"[Aa]partment|[Uu]nit|[Pp]age|[Cc]hapter|[Ss]ection|[Nn]o\.|[Nn]umber|[Ee]xit|"
                           r"[Bb]uilding|[Pp]ier|[Ss]eat|[Bb]us|[Tt]rain)\s+$")


def _is_a_count(text: str, m: regex.Match[str]) -> bool:
    """Whether a four-digit number that could be a year counts something, or a label names a thing
    by it.

    >>> text = "We have over 1000 featured articles, and 1000+ admins."
    >>> [_is_a_count(text, m) for m in regex.finditer(r"1000", text)]
    [True, True]
    """
    before = (text, max(0, m.start() - 20), m.start())
    return bool(_PLUS_AFTER.match(text, m.end()) or _LABEL_BEFORE.search(*before)
                or _UNIT_AFTER.match(text, m.end()) and not _TIME_PREPOSITION_BEFORE.search(*before)
                # ... a count of people or points, unless a determiner makes it a label: "the 2019 points race"
                or _COUNTED_AFTER.match(text, m.end()) and not _TIME_PREPOSITION_BEFORE.search(*before)
                and not _DETERMINER_BEFORE.search(*before)) or bool(
        _QUANTITY_BEFORE.search(text, max(0, m.start() - 16), m.start()) and _COUNTED_WORD_AFTER.match(text, m.end()))


def _counts_something(text: str, m: regex.Match[str]) -> bool:
    """Whether an early year after "about" or "around" is a count of what follows it.

    >>> text = "Apple employs about 450 Dreamers."
    >>> _counts_something(text, regex.search(r"about (?P<ey>450)", text))
    True
    """
    return bool(_COUNT_WORD_BEFORE.match(m.group())) and bool(_CAPITALISED_WORD_AFTER.match(text, m.end()))


# "USA Today", "CMO Today", "No Jennifer Lopez News Today": a capitalised word right before a
# capitalised "Today" makes it part of a name or a title ("Mars. Today ..." begins a sentence).
_CAPITALISED_WORD_BEFORE = regex.compile(r"\p{Lu}[\w'’&-]* $")


def _names_a_day(text: str, m: regex.Match[str]) -> bool:
    """Whether the weekday of ``m`` is part of a named day such as "Black Friday", or its
    "Today" part of a name such as "USA Today".

    >>> text = "Deals for Black Friday are here, says USA Today."
    >>> _names_a_day(text, regex.search("(?P<wd>Friday)", text)), _names_a_day(text, regex.search("(?P<word>Today)", text))
    (True, True)
    """
    groups = m.groupdict()
    if groups.get("word"):
        return groups["word"][0].isupper() and bool(_CAPITALISED_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()))
    return bool(groups.get("wd")) and m.start("wd") == m.start() and bool(_NAMED_DAY_BEFORE.search(text, max(0, m.start() - 20), m.start()))


_WEEKDAY_RANGE_BETWEEN = re.compile(r"\s*(?:to|through|thru|until|till|[-–—])\s*", re.I)


def _order_weekday_ranges(text: str, found: list[DateMention]) -> None:
    """A range of weekdays runs forwards: "from Tuesday to Thursday" read each day on its own
    (the last before publication) gave a Thursday before the Tuesday; the second day is the
    first of its name after the first. In place.

    >>> found = [DateMention("Tuesday", "2019-11-19", "day", 5, 12), DateMention("Thursday", "2019-11-14", "day", 16, 24)]
    >>> _order_weekday_ranges("from Tuesday to Thursday", found); found[1].value
    '2019-11-21'
    """
    for k in range(len(found) - 1):
        first, second = found[k], found[k + 1]
        if first.precision not in ("day", "minute") or second.precision not in ("day", "minute") or not first.value \
                or not second.value or not _WEEKDAY_RANGE_BETWEEN.fullmatch(text, first.end, second.start) \
                or not _WEEKDAY_AND_TIME.fullmatch(first.text) or not _WEEKDAY_AND_TIME.fullmatch(second.text):
            continue
        start, end = dt.date.fromisoformat(first.value[:10]), dt.date.fromisoformat(second.value[:10])
        if end <= start:
            # (a time read with the second day stays: "Monday to Friday, 9 a.m.")
            moved = end + dt.timedelta(days=7 * ((start - end).days // 7 + 1))
            found[k + 1] = replace(second, value=moved.isoformat() + second.value[10:])


# A year written as a thing's label, between a determiner and a noun ("the 2015 film", "the
# agency's fiscal 2025 budget"): a dated report is not set in that year (a life's story may be:
# "his 1905 paper ... On 30 June he submitted it"; and without its date a text has no other year).
_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]his|[Tt]hat|[Ff]iscal|\w+['’]s)\s+$")
_NOUN_AFTER = re.compile(rf"\s+(?!{_CLAUSE_WORDS}\b)[a-z]")


def _names_a_thing(text: str, m: regex.Match[str]) -> bool:
    """Is the year of ``m`` a label ("the 2015 film", "fiscal 2025 budget"), no time the text is set in?

    >>> text = "The 2015 film was a hit. In 2015 the rains came."
    >>> [_names_a_thing(text, m) for m in regex.finditer(r"2015", text)]
    [True, False]
    """
    return bool(_NOUN_AFTER.match(text, m.end()) and _DETERMINER_BEFORE.search(text, max(0, m.start() - 20), m.start()))


def find_dates(text: str, published: PartialDate | None = None) -> list[DateMention]:
    """Every date expression in ``text``, in order, without overlaps.

    >>> [(d.text, d.value, d.precision) for d in find_dates("Founded in November 2023, not in 2011.")]
    [('November 2023', '2023-11', 'month'), ('2011', '2011', 'year')]
    """
    candidates: list[tuple[int, int, int, str, regex.Match[str], int]] = []
    previous_line: list[int] = []  # the last line before each with any text: its paragraph before
    last_written = -1
    line_start = 0
    for number, line in enumerate(text.split("\n")):
        previous_line.append(last_written)
        line_end = line_start + len(line)
        if line and not line.isspace():  # blank lines (a third of a laid-out text's) hold no date
            last_written = number
            for order, pattern in _patterns_for(line):
                for m in pattern.regex.finditer(text, line_start, line_end):
                    candidates.append((m.start(), -(m.end() - m.start()), order, pattern.kind, m, number))
        line_start = line_end + 1
    candidates.sort(key=lambda c: (c[0], c[1], c[2]))
    narrative = bool(candidates) and _tells_the_past(text, published)
    found: list[DateMention] = []
    taken_until = -1
    anchor: tuple[str, str] | None = None  # the last date the text wrote out, for "two years later"
    anchor_line = -1
    # ... and the last whose year says more than the report's date: for a year-less day's year
    year_anchor: tuple[str, str] | None = None
    year_anchor_line = -1
    restating: dict[int, tuple[int, str]] = {}  # found index -> (where the date restating it starts, unit)
    for start, _, _, kind, m, line_number in candidates:
        if start < taken_until:
            continue
        if kind == "early_year" and _counts_something(text, m) or kind == "year" and _is_a_count(text, m):
            continue
        if kind == "year_pair" or kind == "early_year" and m.group("ey_end"):
            pair = _year_pair(m)
            if pair:
                found.extend(pair)
                taken_until = m.end()
            continue
        if kind == "day_pair":
            year = _year_for_yearless(year_anchor, year_anchor_line, line_number, previous_line[line_number], published, narrative)
            pair = _day_pair(m, year if year is not None else _published_year(published))
            if pair:
                found.extend(pair)
                taken_until = m.end()
            continue
        if kind == "relative" and (m["word"] and _means_nowadays(text, m) or _names_a_day(text, m)
                                   or m["wd"] and (_DATE_AFTER_WEEKDAY.match(text, m.end()) or _recurring_weekday(text, m))):
            continue
        if kind == "anaphoric":
            value, precision, qualifier = _from_anchor(m, anchor)
            unit = (m["aunit"] or m["aunit2"] or "").lower()
            if unit not in _SEASONS and (restated := _DATE_RESTATED_AFTER.match(text, m.end())):
                restating[len(found)] = (restated.end(), unit)
        else:
            paragraph_year = _year_for_yearless(year_anchor, year_anchor_line, line_number, previous_line[line_number], published,
                                                narrative)
            value, precision, qualifier = _normalise(kind, m, published, paragraph_year, narrative)
        if value is None and kind not in ("relative", "rel_month", "anaphoric"):
            continue
        if kind in _TIME_FIRST_KINDS and precision == "day" and not value.startswith("--") \
                and (before := _TIME_BEFORE_DATE.search(text, max(0, start - 30, taken_until), start)):
            # the time written before the date: "at 6:15 p.m. EDT on July 4"
            value, precision, qualifier = _at_time(value, before["btime"])
            start = before.start()
        end = m.end()
        found.append(DateMention(text[start:end], value, precision, start, end, qualifier))
        # a month whose year was only inferred ("mid-August", "in July") anchors no other, nor a
        # decade's or century's first year ("in the early 2020s ... Clark in October revealed"),
        # nor, in a dated report, a year labelling a thing ("the agency's fiscal 2025 budget"), nor
        # a fiscal year (which months it holds is the organisation's own); in a dated report, a
        # year-less day's year, taken from the report's date, gives no other day a year ("talks
        # broke down on December 30 ... a walkout on January 14", in a January report), though it
        # anchors "the following morning"
        if value and kind not in ("relative", "anaphoric", "fiscal_year") and _ISO_YEAR.match(value) \
                and precision not in ("decade", "century") \
                and not (kind in ("rel_month", "qualified_month", "season") and not m.groupdict().get("y")) \
                and not (kind == "year" and published is not None and not narrative and _names_a_thing(text, m)):
            anchor, anchor_line = (value, precision), line_number
            if not (kind in ("md", "dm", "holiday") and published is not None and not narrative and not m.groupdict().get("y")):
                year_anchor, year_anchor_line = anchor, anchor_line
        taken_until = end
    _order_weekday_ranges(text, found)
    for index, (date_start, unit) in restating.items():
        # "about 170 years later, in 1896": the date written right after says when (as GUM dates it)
        # (the next date found starts there, or after "the ": "on the 3rd of May")
        if index + 1 < len(found) and found[index + 1].start - date_start in (0, 4) and found[index + 1].value:
            found[index] = replace(found[index], **dict(zip(("value", "precision", "qualifier"), _to_unit(found[index + 1], unit))))
    return found


def parse_date_string(value: str, published: PartialDate | None = None) -> PartialDate | None:
    """A metadata date (a dateline, an ISO timestamp from a meta tag) as a ``PartialDate``.

    >>> parse_date_string("2024-02-15T09:30:00+00:00")
    PartialDate(value='2024-02-15T09:30+00:00', precision='minute')
    >>> parse_date_string("Feb 15, 2024")
    PartialDate(value='2024-02-15', precision='day')
    """
    value = value.strip()
    iso = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?\s*(Z|[+-]\d\d:?\d\d)?)?", value)
    if iso:
        y, mo, d, hh, mm, _ss, tz = iso.groups()
        if hh is None:
            return PartialDate(f"{y}-{mo}-{d}", "day")
        offset = "" if tz is None else "+00:00" if tz == "Z" else (tz if ":" in tz else f"{tz[:3]}:{tz[3:]}")
        return PartialDate(f"{y}-{mo}-{d}T{hh}:{mm}{offset}", "minute")
    dates = find_dates(value, published)
    if dates and dates[0].value and dates[0].precision in ("day", "minute", "second", "month", "year"):
        return PartialDate(dates[0].value, dates[0].precision)
    return None
