"""Metadata: title, dek, dateline and byline from the head of a text; site and authors from
what boilerplate removal cut (syndication notes, promo suffixes, author boxes).

In a text, the title, dek and dateline stay (they are the article's first lines; GUM dates a
news story's dateline as any date in it, so its date is in ``dates`` too) and are copied to
their columns, except a dek right above the byline: the byline closes the page's header, and
the dek moves to the subtitle column. On an HTML page the headline, marked up, and the kicker
and dateline around it move to their columns, as page furniture. A byline moves to the authors
column either way. What moves is reported as a ``Removal`` (rules ``headline``,
``above_headline``, ``dateline``, ``byline``, ``dek``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from nameparser import HumanName

from cleanse.document import PartialDate, Removal
from cleanse.steps.boilerplate import Rules
from cleanse.steps.dates import find_dates, parse_date_string, parse_in_languages
from cleanse.steps.language import word_count
from cleanse.steps.line_cache import line_cache
from cleanse.steps.names import known_first_name
from cleanse.steps.whitespace import is_list_item

# ... and the labels of Korean, Japanese and Chinese sites ("기사입력 :[ 2018-08-25 15:24 ]", "公開日：",
# "发布时间：")
_CJK_DATE_LABELS = "기사입력|입력|등록|승인|작성일?|수정|업데이트|公開日?|更新日?|投稿日?|配信日?|掲載日?|发布时间|发布日期|发表时间|更新时间|發佈時間|發表時間|更新時間|时间|日期"
_CJK_UPDATE_LABELS = ("수정", "업데이트", "更新")
_DATELINE_PREFIX = re.compile(r"^(?:(?P<kind>(?:first )?published|posted|updated|last updated|date|(?:last )?modified|"
                              rf"{_CJK_DATE_LABELS})(?: on| at)?\s*[:：]?\s*)?", re.I)
_UPDATE_NOTE = re.compile(r"^(?:update|updated|last updated)\b[:,]?\s*(?:on\s+)?", re.I)
# The words a byline opens with; a byline, and the outlet, role or reading time a bar or a dot may
# set after it ("By Jane Doe | Reuters").
_BYLINE_OPENER = r"(?:by:?|(?:written|words|posted|reported|story) by|author:?|(?P<foreign>par|von|por|di|door|oleh))"
_BYLINE = re.compile(rf"^{_BYLINE_OPENER}\s+(?P<names>[^\W\d_][^|•·]{{1,80}}?)\s*(?:[|•·][^\n]{{0,60}})?$", re.I)
# names in a byline are set apart by commas, semicolons, "&", "and" ("AND" in capitals) or "with"
_NAME_SPLIT = re.compile(r"\s*(?:[,;]\s*(?:and\s+)?|\s+(?:and|AND|with|WITH)\s+|\s*&\s*)\s*")
_SENTENCE_BREAK = re.compile(r"[.!?…][\"'”’)]?\s+[\"'“‘(]?[A-Z]")
_PROMO_SITE = re.compile(r"\s[–—|-]\s(?P<site>[^–—|,]{2,40})$")  # a site's name has no comma
_LONE_LABEL = re.compile(rf"[|\s]*(?:{_BYLINE_OPENER}|published|posted|updated|last updated)(?: on)?\s*:?\s*", re.I)
_HEAD_LINES = 6
_CUT_HEAD_LINES = 10  # above the article: a byline, a dateline and the share bar between them
_DATELINE_MAX_WORDS = 14
# What may stand beside the date on a dateline: a time, and the same time in another zone ("0339 GMT (1139 HKT)").
# a zone's letters, or its offset from GMT or UTC as a site writes the reader's zone ("GMT+9")
_ZONE = r"(?:[A-Z]{2,4}|(?:GMT|UTC)[+\-−](?:1[0-4]|0?\d)(?::?[0-5]\d)?)"
_TIME_LEFT = re.compile(rf"(?:at\s+)?[\d:apmAPM .]+{_ZONE}?(?:\s*\([\d:apmAPM .]+[A-Z]{{2,4}}\))?")
_TIME_ALONE = re.compile(rf"(?:[01]?\d|2[0-3]):[0-5]\d\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+{_ZONE})?")
_TITLE_SEARCH_LINES = 8
_DEK_MAX_WORDS = 40


# Degrees, honours and suffixes after a name and a comma, written without dots: part of the
# name, no author of their own. An acronym not here is an outlet's ("Jane Doe, CNN") and goes
# with the role after a comma.
_CREDENTIALS = frozenset("""
    md do phd dphil ms msc ma mba mph mpa mfa med edd ba bs bsc rn bsn msn np aprn pa-c rd rdn ld ldn
    cde cdces dds dmd dvm pharmd psyd lcsw lmft lpc cpa cfa cfp jd llm esq facs facp faap frcp frs
    obe mbe cbe kbe dbe qc kc mp cscs cpt ibclc atc dpt msw rph jr sr ii iii iv
""".split())


def _is_credential(part: str) -> bool:
    """ "M.D.", "Ph. D.", "RDN", "Jr.": a degree or suffix of the list above."""
    return len(part) <= 8 and part.replace(".", "").replace(" ", "").lower() in _CREDENTIALS


_PLACE_AFTER_NAME = re.compile(r"\s+in\s+[A-Z][\w .'’-]*$")  # "Jane Doe in New York": where she wrote from


def split_names(names: str) -> list[str]:
    """The names of a byline, a degree or suffix kept with its name, without the place each
    reporter wrote from.

    >>> split_names("Danica Kirka in London and Jill Lawless"), split_names("Ilana Muhlstein, MS, RDN")
    (['Danica Kirka', 'Jill Lawless'], ['Ilana Muhlstein, MS, RDN'])
    """
    out: list[str] = []
    for name in (_PLACE_AFTER_NAME.sub("", n.strip()) for n in _NAME_SPLIT.split(names)):
        if name and out and _is_credential(name):
            out[-1] = f"{out[-1]}, {name}"
        elif name:
            out.append(name)
    return out


# Two or more words in capitals, then words that are not ("JANE DOE Associated Press")
_CAPS_NAME_THEN_OUTLET = re.compile(r"((?:[A-Z][A-Z.'’-]+\s+){1,3}[A-Z][A-Z.'’-]+)\s+(?=[A-Z][a-z])[^,;&]*$")


def _without_outlet(name: str) -> str:
    """A name in capitals without the outlet after it, as agencies set bylines: "JANE DOE
    Associated Press" -> "JANE DOE"."""
    caps = _CAPS_NAME_THEN_OUTLET.match(name)
    return caps.group(1) if caps else name


def clean_author(author: str) -> list[str]:
    """The people an author field names, without a leading "By" and the role or outlet after a
    comma ("By STEVE PEOPLES, AP National Political Writer", "Jill Disis, CNN Business"): the parts
    that start with a known first name, when one does; else the field as it is ("Practical
    Horseman Editorial Staff").

    >>> clean_author("By STEVE PEOPLES, AP National Political Writer"), clean_author("Jill Disis, CNN Business")
    (['STEVE PEOPLES'], ['Jill Disis'])
    >>> clean_author("Ilana Muhlstein, MS, RDN"), clean_author("Science X staff")
    (['Ilana Muhlstein, MS, RDN'], ['Science X staff'])
    >>> clean_author("Jane Doe and John Roe, The Washington Post"), clean_author("By JANE DOE Associated Press")
    (['Jane Doe', 'John Roe'], ['JANE DOE'])
    """
    author = re.sub(r"^by\s+", "", author.strip(), flags=re.I)
    author = _without_outlet(author)
    if not _NAME_SPLIT.search(author):
        return [author] if author else []
    # "AP" and "The" are first names in the list: not there; a name has a surname ("Simon &
    # Schuster Staff" is a firm's staff)
    people = [name for name in map(_without_outlet, split_names(author))
              if len(first := name.split()[0]) > 2 and known_first_name(first.title()) and first.lower() not in _LABEL_WORDS
              and len(name.split(",")[0].split()) >= 2]
    return people or [author]


_NAME_IN_CAPITALS = re.compile(r"[A-Z][A-Z'’-]*(?: [A-Z][A-Z'’-]*){1,3}")


def author_in_name_case(name: str) -> str:
    """A person's name a byline sets in capitals ("By JANE DOE", as wire services print it), in
    the case a name is written, by nameparser's rules ("SEAN MCDONALD" -> "Sean McDonald"), so one
    author is one value across sites; a name with a known first name only. Anything else as it is
    (an outlet, "AP", a name with a degree after a comma).

    >>> author_in_name_case("STEVE PEOPLES"), author_in_name_case("JUAN DE LA CRUZ"), author_in_name_case("CNN STAFF")
    ('Steve Peoples', 'Juan de la Cruz', 'CNN STAFF')
    """
    if not _NAME_IN_CAPITALS.fullmatch(name) or not known_first_name(name.split()[0].title()) \
            or name.split()[0].lower() in _LABEL_WORDS:
        return name
    parsed = HumanName(name)
    parsed.capitalize(force=True)
    return str(parsed)


def byline_names(line: str) -> str | None:
    """The names of a byline line, without its "By" and what a bar sets after them; None when the
    line is no byline, or is a sentence that starts with "By": its first name is not capitalised,
    or is a date ("By Monday, prices had doubled").

    >>> byline_names("By Jane Doe | Reuters"), byline_names("By the end of the year, prices had doubled")
    ('Jane Doe', None)
    >>> byline_names("Par Jeanne Dupont"), byline_names("Por Qué Votar")
    ('Jeanne Dupont', None)
    """
    byline = _BYLINE.match(line)
    if not byline:
        return None
    first = split_names(byline.group("names"))[0]
    words = first.split()
    capitalised = sum(w[:1].isupper() or w in _NAME_PARTICLES for w in words)
    if not words[0][:1].isupper() or capitalised < 0.7 * len(words) or find_dates(first):
        return None
    if byline.group("foreign") and not (_reads_as_name(first) and known_first_name(words[0])):
        # "Par", "Von", "Por", "Di", "Door", "Oleh" also open a sentence or a heading ("Por Qué
        # Votar", "Von Berlin nach Paris"): a person's name must follow
        return None
    return byline.group("names")


def _looks_like_label(words: str) -> bool:
    """Names, places and labels rather than a sentence: most words capitalised or not words."""
    tokens = re.findall(r"[^\W\d_][\w'’.-]*", words)
    return not tokens or sum(1 for t in tokens if t[0].isupper() or t.lower() in ("by", "and", "on", "at", "updated", "published")) >= 0.7 * len(tokens)


def _same_headline(line: str, title: str) -> bool:
    """The page's headline line: equal to the title from metadata, or to it without a " - Site"
    suffix, or to it with one; not a sentence that opens with the title's words ("Margaret Ellen
    Hayes, 87, of Springfield, passed away ..." under the headline "Margaret Ellen Hayes").

    >>> _same_headline("Margaret Ellen Hayes - Obituaries", "Margaret Ellen Hayes"), _same_headline("Margaret Ellen Hayes, 87, died.", "Margaret Ellen Hayes")
    (True, False)
    """
    a, b = line.casefold().strip(), title.casefold().strip()
    if a == b or (len(a) >= 20 and b.startswith(a)):
        return True
    return len(b) >= 20 and a.startswith(b) and not a[len(b) :].lstrip().startswith(",") and not a.endswith(".")


_DIGIT = re.compile(r"\d")


@dataclass
class Header:
    """What the head of a text yields, and the text without the lines that moved."""

    text: str
    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    published: PartialDate | None = None
    updated: PartialDate | None = None
    removed: list[Removal] = field(default_factory=list)

    def fill_gaps(self, other: Header) -> None:
        """Take ``other``'s dates and authors where this header has none (a fallback's finds)."""
        self.published = self.published or other.published
        self.updated = self.updated or other.updated
        self.authors = self.authors or other.authors


# A dateline in parts: "November 19, 2019 / 12:21 AM / Updated 14 hours ago", "Nov 15, 2019 | 5:45 AM | 5 min read".
# A middle dot or bullet may touch its parts where the markup set them in spans side by side
# ("5 min read·Jan 3, 2024"), not between two lower-case letters (Catalan's "col·legi").
# A semicolon sets an update note apart too ("Published March 14, 2023; updated March 16, 2023"),
# as does a space alone before a capitalised one, where spans side by side were dumped as one line
# ("March 5, 2024 9:41 AM GMT+9 Updated 2 hours ago").
_DATELINE_SEPARATOR = re.compile(r"\s+[|/·•]\s+|\s*(?:(?<![a-z])[·•]|[·•](?![a-z]))\s*|;\s+|\s+(?=(?:Last )?Updated\b)")
_READING_TIME = re.compile(r"\d+\s*(?:min|minute)s?\.?\s+read", re.I)


# A dateline under a label in another language ("Publié le 3 mars 2020 à 17h00", "Veröffentlicht
# am 03.03.2020 um 17:00 Uhr", "Publicado el 3 de marzo de 2020"): the label says the language,
# so dateparser reads the date in that one only; the English patterns read no month of it.
_FOREIGN_DATELINE = re.compile(
    r"(?P<label>publiée?|mise? à jour|veröffentlicht|publiziert|erschienen|(?:zuletzt )?aktualisiert|publicad[oa]|actualizad[oa]|atualizad[oa]|"
    r"pubblicat[oa]|aggiornat[oa]|diterbitkan|diperbarui|gepubliceerd|bijgewerkt)"
    r"(?:\s+(?P<prep>le|am|el|em|en|il|op|pada))?\s*:?\s+(?P<rest>[^\n]{0,60}\d[^\n]{0,40})", re.I)
_FOREIGN_LABEL_LANGUAGES = {"publi": ("fr",), "mis": ("fr",), "ver": ("de",), "publiz": ("de",), "ers": ("de",), "akt": ("de",), "zul": ("de",),
                            "act": ("es",), "atu": ("pt",), "pub": ("it",), "agg": ("it",), "dit": ("id",),
                            "dip": ("id",), "gep": ("nl",), "bij": ("nl",)}
_FOREIGN_LABEL_KEYS = sorted(_FOREIGN_LABEL_LANGUAGES, key=len, reverse=True)  # "publiziert" is German, "publié" French
_FOREIGN_UPDATE = ("mis", "aktualisiert", "zuletzt", "actualiz", "atualiz", "aggiorn", "diperbarui", "bijgewerkt")
_TIME_IN_WORDS = re.compile(r"\b(?:[01]?\d|2[0-3])\s*[:h]\s*[0-5]\d\b")


def _foreign_dateline(line: str) -> tuple[str | None, PartialDate | None]:
    """(kind, date) of a dateline under a French, German, Spanish, Portuguese, Italian,
    Indonesian or Dutch label; (None, None) for any other line.

    >>> _foreign_dateline("Mis à jour le 3 mars 2020 à 19h00")
    ('updated', PartialDate(value='2020-03-03T19:00', precision='minute'))
    """
    found = _FOREIGN_DATELINE.fullmatch(line.strip())
    if found is None:
        return None, None
    label, prep = found["label"].lower(), (found["prep"] or "").lower()
    if label.startswith("publicad"):  # Spanish or Portuguese: "el" is Spanish, "em" Portuguese
        languages = ("pt",) if prep == "em" else ("es",) if prep in ("el", "en") else ("es", "pt")
    else:
        languages = next(_FOREIGN_LABEL_LANGUAGES[key] for key in _FOREIGN_LABEL_KEYS if label.startswith(key))
    rest = found["rest"]
    moment = parse_in_languages(rest, languages)
    time = _TIME_IN_WORDS.search(rest)
    if moment is None and time:  # "3 de março de 2020, 17h00": the day without the time, then the time
        moment = parse_in_languages(rest[: time.start()].strip(" ,-–—"), languages)
        if moment is not None:
            hour, minute = re.split(r"\s*[:h]\s*", time.group(0))
            moment = moment.replace(hour=int(hour), minute=int(minute))
    if moment is None:
        return None, None
    kind = "updated" if label.startswith(_FOREIGN_UPDATE) else "published"
    if time:
        return kind, PartialDate(moment.strftime("%Y-%m-%dT%H:%M"), "minute")
    return kind, PartialDate(moment.strftime("%Y-%m-%d"), "day")


@line_cache  # the head's lines are asked about in every checking round, and a site repeats its datelines
def dateline(line: str) -> tuple[str | None, PartialDate | None]:
    """(kind, date) if the whole line is a date, optionally after "Published:"-style words, or
    a date set apart from a time, an update note, a reading time and a byline by bars or slashes.

    >>> dateline("Published: Feb 15, 2024"), dateline("November 19, 2019 /  12:21 AM / Updated 14 hours ago")
    (('published', PartialDate(value='2024-02-15', precision='day')), ('published', PartialDate(value='2019-11-19T00:21', precision='minute')))

    An update note's own date beside the date is ``update_beside_date``'s.
    """
    kind, date = _whole_dateline(line)
    if date is None and len(line) <= 160 and _FOREIGN_DATELINE.match(line.strip()):
        return _foreign_dateline(line)
    if date is not None or not _DATELINE_SEPARATOR.search(line) or len(line) > 160:
        return kind, date
    parts = _DATELINE_SEPARATOR.split(line.strip())
    dated = [i for i, part in enumerate(parts) if _whole_dateline(part)[1] is not None]
    if len(dated) > 1:  # "Published March 14, 2023 | Updated March 16, 2023": the date is the one no update note gives
        dated = [i for i in dated if not _UPDATE_NOTE.match(parts[i])]
    if len(dated) != 1:
        return None, None
    i = dated[0]
    timed = i + 1 < len(parts) and _TIME_ALONE.fullmatch(parts[i + 1]) is not None
    dated_parts = {i, i + 1} if timed else {i}
    if not all(k in dated_parts or _UPDATE_NOTE.match(part) or _READING_TIME.fullmatch(part) or byline_names(part)
               for k, part in enumerate(parts)):
        return None, None
    kind, date = _whole_dateline(parts[i])
    if timed and date.precision == "day":
        date = _whole_dateline(f"{parts[i]}, {parts[i + 1]}")[1] or date
    return kind, date


def update_beside_date(line: str) -> PartialDate | None:
    """The date of an update note set apart on a dateline after the date (``dateline`` reads the
    date itself); None when there is none.

    >>> update_beside_date("Published March 14, 2023; updated March 16, 2023")
    PartialDate(value='2023-03-16', precision='day')
    >>> update_beside_date("March 14, 2023 | 5 min read") is None
    True
    """
    for part in _DATELINE_SEPARATOR.split(line.strip())[1:]:
        if _UPDATE_NOTE.match(part):
            kind, date = _whole_dateline(part)
            if date is not None:
                return date
    return None


def _whole_dateline(line: str) -> tuple[str | None, PartialDate | None]:
    """(kind, date) if the whole line is a date, optionally after "Published:"-style words."""
    prefix = _DATELINE_PREFIX.match(line)
    rest = line[prefix.end() :].strip(" |·•-–—")
    if not rest or len(rest) > 100 or not _DIGIT.search(rest):  # a day is written with digits
        return None, None
    found = find_dates(rest)
    dates = [date for date in found if date.value is not None and date.precision in ("day", "minute", "second")]
    if len(dates) != 1:
        return None, None
    leftover = (rest[: dates[0].start] + rest[dates[0].end :]).strip(" ,|·•-–—")
    a_time = _TIME_LEFT.fullmatch(leftover) is not None
    if len(found) > 1 and not a_time:  # "1139" of "0339 GMT (1139 HKT)" is no year
        return None, None
    if re.search(r"\w{3,}", leftover) and not a_time:
        # A byline-and-date line ("LinkNaija August 08, 2018", "New Delhi | Updated: 19 November
        # 2019") is a dateline too when it is short and not a sentence.
        if len(line.split()) > _DATELINE_MAX_WORDS or line.endswith(".") or not _looks_like_label(leftover):
            return None, None
    kind = (prefix.group("kind") or ("updated" if re.search(r"\bupdated\b", line, re.I) else "published")).lower()
    date = PartialDate(dates[0].value, dates[0].precision)
    if a_time and date.precision == "day":
        date = _with_time(rest[dates[0].start : dates[0].end], date.value, leftover) or date
    updated = kind in ("updated", "last updated", "modified", "last modified") or kind.startswith(_CJK_UPDATE_LABELS)
    return ("updated" if updated else "published"), date


_TIME_SECOND_ZONE = re.compile(r"\s*\([^()]*\)$")  # "(1139 HKT)" after "0339 GMT": the same moment again


_DOTTED_TIME = re.compile(r"^([01]?\d|2[0-3])\.([0-5]\d)(?=\s*(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,4})?$)")


def _with_time(day: str, day_value: str, time: str) -> PartialDate | None:
    """The day (written ``day``, read ``day_value``) read with the time set apart from it on its
    line, written before it ("11:26 pm EST, Tuesday, November 19, 2019") or after a dash
    ("November 18, 2019 -- 19:14 GMT (19:14 GMT)"); None when the two do not read as one moment
    of that day.

    >>> _with_time("Tuesday, November 19, 2019", "2019-11-19", "11:26 pm EST")
    PartialDate(value='2019-11-19T23:26-05:00', precision='minute')
    """
    time = _TIME_SECOND_ZONE.sub("", re.sub(r"^at\s+", "", time))
    # "17.00 GMT", "5.00pm": a time with a dot, as British papers print it, read as with a colon
    time = _DOTTED_TIME.sub(r"\1:\2", time)
    found = find_dates(f"{day}, {time}")
    if len(found) != 1 or found[0].precision not in ("minute", "second") or not found[0].value.startswith(day_value):
        return None
    return PartialDate(found[0].value, found[0].precision)


# What stands between a byline and the date on its line: separators, "on", "at", a note's label.
_BESIDE_DATE = re.compile(r"^[\s|•·/,–—-]+|(?:[\s|•·/,–—-]|\b(?:on|at|updated|published|posted)\b)+$", re.I)


def byline_beside_date(line: str) -> list[str]:
    """The authors of a byline written on the dateline's line, before or after its date, or its
    date and an update's ("By Jane Doe | March 3, 2020", "Written by Jane Doe on March 3, 2020",
    "March 3, 2020 • By Jane Doe"), read as an author field is; none when no part outside the
    dates is a byline.

    >>> byline_beside_date("By Jane Doe and John Roe | March 3, 2020"), byline_beside_date("Published March 3, 2020")
    (['Jane Doe', 'John Roe'], [])
    """
    dates = [date for date in find_dates(line) if date.value]
    if not 1 <= len(dates) <= 2:
        return []
    for part in (line[: dates[0].start], line[dates[-1].end :]):
        names = byline_names(_BESIDE_DATE.sub("", part))
        if names:
            authors = clean_author(names)
            return authors if authors and all(map(_reads_as_name, authors)) else []
    return []


# A line ending so ends a sentence or a clause: no headline (a Chinese or Japanese full stop too).
_CLAUSE_ENDS = (".", ",", ";", ":", "。", "，", "；", "：", "、")


# Footnote marks after a sentence's end ("... in 1986.[1]", "retired. [2][a]"): the sentence ends before them.
_FOOTNOTE_MARKS = re.compile(r"(?:\s*\[(?:\d{1,3}|[a-z]|note \d{1,3}|citation needed)\])+$")


def _goes_on_below(lines: list[str], i: int) -> bool:
    """Does the line under line ``i`` (no blank line between) carry on its sentence in lower case,
    as a dump of hard-wrapped markup breaks a paragraph ("Photos" / "which were released ...")?
    A byline in lower case ("by Jane Doe") does not."""
    below = lines[i + 1] if i + 1 < len(lines) else ""
    return below[:1].islower() and not _BYLINE_START.match(below)


def _is_title(line: str) -> bool:
    # (not a byline's or a dateline's label alone: "By", "Posted on:")
    return 0 < word_count(line) <= 25 and not is_list_item(line) and not _LONE_LABEL.fullmatch(line) \
        and not (line.endswith(_CLAUSE_ENDS) or "[" in line and _FOOTNOTE_MARKS.sub("", line).endswith(_CLAUSE_ENDS))


_PROSE_MIN_WORDS = 12
_PROSE_END = re.compile(r"[.!?][\"”’')\]]*$")


def _reads_as_prose(line: str) -> bool:
    """A sentence of the article, not a kicker, breadcrumb or dateline above a headline: twelve
    words or more, most in lower case, a sentence's end last.

    >>> _reads_as_prose("The secret is good olive oil: use one you would happily dip bread in, because you will taste it.")
    True
    >>> _reads_as_prose("November 19, 2019 / 12:21 AM / Updated 14 hours ago"), _reads_as_prose("Home > News > World")
    (False, False)
    """
    words = line.split()
    return len(words) >= _PROSE_MIN_WORDS and bool(_PROSE_END.search(line)) \
        and 2 * sum(w[:1].islower() for w in words) > len(words)


def _is_single_sentence(line: str) -> bool:
    return 0 < len(line.split()) <= 40 and not _SENTENCE_BREAK.search(line) and not is_list_item(line)


def split_header(text: str, known_title: str | None = None, keep_dateline: bool = True,
                 headlines: tuple[str, ...] = (), has_title: bool = True, head_items: int = _HEAD_LINES) -> Header:
    """Read title, dek and dateline from the head of tidy, line-broken text; move the byline out.

    The first line is the title when it is headline-shaped (at most 25 words, no final
    period), or when it equals ``known_title`` (from HTML metadata) or another spelling of the
    headline the page gives (``headlines``: its <h1>, of three words or more). A dek is a single
    sentence right under the title that the layout sets apart: followed by two or more
    empty lines (or a removed caption) in a text that otherwise uses one, or repeated in
    the body; a dek that is the one line of text between the title and the byline leaves the
    text for the subtitle column. The dateline stays in the text unless ``keep_dateline`` is
    False (an HTML page, whose headline and the lines around it move to their columns). With
    ``has_title=False`` the first line is read as any other line of the head.

    >>> h = split_header("Big News Today\\n\\nFeb 15, 2024\\n\\nIt happened. Then more.")
    >>> h.title, h.published.value, h.text.split()
    ('Big News Today', '2024-02-15', ['Big', 'News', 'Today', 'Feb', '15,', '2024', 'It', 'happened.', 'Then', 'more.'])
    """
    lines = text.split("\n")
    header = Header(text)
    nonblank = [i for i, line in enumerate(lines) if line]
    if not nonblank:
        return header
    head = nonblank[:_HEAD_LINES]
    first = head[0]
    if known_title:
        # HTML: the headline is marked up and kept in the title column; it and the kicker or
        # breadcrumb lines above it leave the text.
        spellings = [known_title, *(h for h in headlines if len(h.split()) >= 3)]
        found = None
        for k, i in enumerate(nonblank[:_TITLE_SEARCH_LINES]):
            if any(_same_headline(lines[i], title) for title in spellings):
                found = k
                break
            if _reads_as_prose(lines[i]):
                # The article has begun: a headline spelled again below is the article's own (a
                # recipe card's name under the introduction, found again by a checking round).
                break
        if found is not None:
            header.title = known_title
            for i in nonblank[:found]:
                header.removed.append(Removal("above_headline", lines[i], "kicker or breadcrumb above the headline"))
                lines[i] = ""
            headline = nonblank[found]
            header.removed.append(Removal("headline", lines[headline], "the headline: in the title column"))
            lines[headline] = ""
            head = nonblank[found + 1 : found + 1 + _HEAD_LINES]
    elif has_title and _is_title(lines[first]) and len(nonblank) > 1 and dateline(lines[first])[1] is None \
            and not _goes_on_below(lines, first):
        # A text that opens with its date ("Friday, January 3, 2014") has no title line.
        header.title = lines[first]
        head = head[1:]
    dek_candidate = True
    text_lines: list[int] = []  # lines of the head that are neither dateline nor byline
    # The head is counted in items, not lines: a text dump splits "By <a>Jane Doe</a>" and
    # "Published: <time>...</time>" into a label line and its value's line, one item.
    rest = nonblank[nonblank.index(head[0]) :] if head else []
    k = items = 0
    while k < len(rest) and items < head_items:
        i, k, items = rest[k], k + 1, items + 1
        line, label, label_at = lines[i], None, i
        if _LONE_LABEL.fullmatch(line) and k < len(rest):
            value = rest[k]
            joined = f"{line.strip(' |:')} {lines[value]}"
            if (byline_names(joined) and len(lines[value].split()) <= 6) or dateline(joined)[1] is not None:
                label, line = line, joined  # read as one line; each is reported as it was
                lines[i] = ""
                i, k = value, k + 1
        kind, date = dateline(line)
        if date is not None and date.precision == "day" and keep_dateline and k < len(rest) \
                and _TIME_ALONE.fullmatch(lines[rest[k]].strip()):
            # The time on the line below ("Nov. 19, 2019" / "5:50 PM"): read with the date; both
            # lines stay in the text.
            date = dateline(f"{line}, {lines[rest[k]].strip()}")[1] or date
        if date is not None:
            setattr(header, kind, getattr(header, kind) or date)
            header.updated = header.updated or update_beside_date(line)
            header.authors = header.authors or byline_beside_date(line)
            before_at = k - 2 if label is None else k - 3  # the item before this one, in ``rest``
            above = text_lines[-1] if text_lines and before_at >= 0 and text_lines[-1] == rest[before_at] else None
            if not keep_dateline and not header.authors and above is not None and "," not in lines[above] \
                    and _reads_as_name(lines[above]) and known_first_name(lines[above].split()[0]):
                # a name alone right above the dateline in a page's article element: the byline
                # without its "By" ("Jane Porter" / "May 14, 2024", as blog platforms print a
                # post's header). Not in a dump, whose head holds captions and credits too ("Ben
                # Patton Trinity" / "Posted:" / a date, "Brent Co" / a date): ``header_cut_above``
                # reads those with more care.
                header.authors = [lines[above].strip()]
                header.removed.append(Removal("byline", lines[above], "byline: moved to the authors column"))
                if header.subtitle == lines[above]:
                    header.subtitle = None
                lines[above] = ""
                text_lines.pop()
            if keep_dateline:  # the article's own line, and its date one of the document's dates
                if label:
                    lines[label_at] = label
                continue
            if label:
                header.removed.append(Removal("dateline", label, "label of the dateline below"))
            header.removed.append(Removal("dateline", lines[i], f"dateline: moved to the {kind} column"))
            lines[i] = ""
            continue
        names = byline_names(line)
        role_at = None
        if names is None:
            # A byline without "By" that a journalist's role names as one, after the comma ("Jane
            # Doe, Staff Writer") or on the line below ("Bruce Y. Lee" / "Senior Contributor")
            below = lines[rest[k]] if "," not in line and k < len(rest) else ""
            names = _name_with_role(line, below)
            if names and below:
                role_at, k = rest[k], k + 1
        if names and len(line.split()) <= 12:
            header.authors = clean_author(names)  # not its role or outlet after a comma
            if label:
                header.removed.append(Removal("byline", label, "label of the byline below"))
            header.removed.append(Removal("byline", lines[i], "byline: moved to the authors column"))
            lines[i] = ""
            if role_at is not None:
                header.removed.append(Removal("byline", lines[role_at], "the byline's role"))
                lines[role_at] = ""
            if len(text_lines) == 1 and len(lines[text_lines[0]].split()) <= _DEK_MAX_WORDS \
                    and not is_list_item(lines[text_lines[0]]):
                # The only line of text between the title and the byline is the dek: the byline
                # closes the page's header, and the article begins under it.
                header.subtitle = lines[text_lines[0]]
                header.removed.append(Removal("dek", header.subtitle, "the dek above the byline: in the subtitle column"))
                lines[text_lines[0]] = ""
            continue
        text_lines.append(i)
        if dek_candidate and header.title and _is_single_sentence(line) and _set_apart(lines, i, text):
            header.subtitle = line
        dek_candidate = False  # only the first line of text under the title can be the dek
    for line in lines:
        note = _UPDATE_NOTE.match(line)
        if note and header.updated is None:
            dates = find_dates(line[note.end() : note.end() + 60])
            if dates and dates[0].start == 0 and dates[0].value:
                header.updated = PartialDate(dates[0].value, dates[0].precision or "day")
    if header.published is None and text_lines:
        header.published = lead_dateline(lines[text_lines[0]])
    header.text = "\n".join(lines)
    return header


# The dateline a press wire or a newspaper opens its first paragraph with: the place in capitals,
# the date with its year, the wire's name, a dash ("NEW YORK, May 14, 2024 /PRNewswire/ --",
# "BOSTON--(BUSINESS WIRE)--Jan. 5, 2022--", "WASHINGTON, May 14, 2024 — The Senate ...").
_LEAD_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'’ -]{1,40}?(?:, [A-Z][\w.'’ ]{1,20}?)?)(?:,\s*|\s*--\s*(?:\([A-Z][\w .]{1,30}\)\s*--\s*)?)"
    r"(?P<date>[^-—–/()\n]{6,40}?\d{4})\s*(?:/[^/\n]{2,50}/|\([A-Z][^()\n]{1,40}\))?\s*(?:--|—|–| - )")


def lead_dateline(line: str) -> PartialDate | None:
    """The publication day a first paragraph's wire dateline gives; the line stays the article's.

    >>> lead_dateline("NEW YORK, May 14, 2024 /PRNewswire/ -- Acme Robotics today announced ...")
    PartialDate(value='2024-05-14', precision='day')
    """
    lead = _LEAD_DATELINE.match(line)
    if not lead:
        return None
    written = lead.group("date").strip(" ,")
    found = find_dates(written)
    # the date and nothing else there ("NASA, in a statement on May 14, 2024 — ..." is a sentence)
    if len(found) != 1 or found[0].precision != "day" or not found[0].value or found[0].end - found[0].start < len(written) - 12:
        return None
    return PartialDate(found[0].value, "day")


def header_cut_above(before: str, after: str, share_bar: frozenset[str] = frozenset()) -> Header:
    r"""The dateline and byline among the lines cut right above the article: a dump's header
    ("Published Wed, Nov 20 2019" / "4:29 AM EST" / "Natasha Turak") that main-content
    selection left out with the navigation above it. ``before`` and ``after`` are the text
    before and after boilerplate removal (a removed line leaves an empty one: line numbers
    agree). Read as ``split_header`` reads a head, in the last ``_CUT_HEAD_LINES`` lines cut above
    the first line kept, not counting the lines of a share bar (``share_bar``: the lines the
    `share` rule removed, "Facebook" / "Twitter" / "Email" between a byline and the article); only
    dates and authors are taken, the text is ``after`` unchanged; of one day written twice, the
    fuller spelling. Two different days there are a list of other articles with theirs ("This
    topless Hyundai ..." / "September 12, 2018" / "2018 Lexus ES 350" / "October 19, 2018"): no
    date is taken.

    >>> h = header_cut_above("Home\nNews\nBy Jane Doe\nFeb 15, 2024\nIt happened.", "\n\n\n\nIt happened.")
    >>> h.authors, h.published.value
    (['Jane Doe'], '2024-02-15')
    """
    before_lines, after_lines = before.split("\n"), after.split("\n")
    first = next((i for i, line in enumerate(after_lines) if line.strip()), 0)
    cut = [line for line in before_lines[:first] if line.strip() and line not in share_bar][-_CUT_HEAD_LINES:]
    if not cut:
        return Header(after)
    found = split_header("\n".join(cut), has_title=False, head_items=_CUT_HEAD_LINES)
    published = found.published
    dated = [date for kind, date in map(dateline, cut) if kind == "published"]
    days = {_day_of(date.value) for date in dated}
    if published is not None and (len({day for _, day in days}) > 1 or len({year for year, _ in days} - {None}) > 1):
        # ... nor its bylines: "By John Roe" / "Nov 13, 2019" under another story's headline.
        return Header(after)
    elif published is not None and dated:
        # One day written twice ("November 18" / "- Nov. 18th 2019 8:54 am PT"): the fuller spelling.
        published = max([published, *dated], key=lambda date: (not date.value.startswith("--"), _PRECISION_RANK[date.precision]))
    # Forms and promos up there start with "By" too ("By checking this box, I agree to the"):
    # only names are taken.
    authors = found.authors if all(map(_reads_as_name, found.authors)) else []
    if not authors:
        authors = _byline_without_by(cut)
    return Header(after, authors=authors, published=published, updated=found.updated)


def title_above_byline(before: str, after: str, removed: list[Removal]) -> str | None:
    r"""The headline of a text with no title line of its own: the line right above the byline
    among the lines cut above the article ("Skip to main content" / "Menu" / "Climate deal reached
    after marathon talks" / "By Jane Okafor" / "Published 14 June 2025" / the article). Only one
    byline naming people up there, among the last ``_CUT_HEAD_LINES`` cut lines (a share bar's
    not counted), and a line of a headline's shape (3 to 20 words, no sentence's or clause's end)
    that no rule took as furniture (main-content selection cut it with the header); else None.

    >>> title_above_byline("Menu\nBig Storm Hits the Coast Tonight\nBy Jane Doe\nIt happened.", "\n\n\nIt happened.", [])
    'Big Storm Hits the Coast Tonight'
    """
    before_lines, after_lines = before.split("\n"), after.split("\n")
    first = next((i for i, line in enumerate(after_lines) if line.strip()), 0)
    furniture = {r.text for r in removed if r.rule != "outside_main_content"}
    share_bar = {r.text for r in removed if r.rule == "share"}
    cut = [line.strip() for line in before_lines[:first] if line.strip() and line not in share_bar][-_CUT_HEAD_LINES:]
    # a byline names people ("By subscribing you agree" is a form's)
    bylines = [i for i, line in enumerate(cut) if _BYLINE_START.match(line)
               for header in [split_header("\n".join(cut[i : i + _HEAD_LINES]), has_title=False)]
               if header.authors and all(map(_reads_as_name, header.authors))]
    if len(bylines) != 1 or bylines[0] == 0:
        return None
    line = cut[bylines[0] - 1]
    if line in furniture or not 3 <= len(line.split()) <= 20 or line[-1] in ".!?:;,":
        return None
    return line


_PRECISION_RANK = {"day": 0, "minute": 1, "second": 2}


def header_under_headline(before: str, after: str, title: str | None) -> Header:
    r"""The byline and dateline right under the page's headline, where a dump prints the
    article's header, when main-content selection cut them with a widget that stands between
    them and the article (a video player, "Most Popular", "More on ..."): the lines cut above
    the first line kept are searched, last first, for the headline (``title``, or it without
    a site's name), and the ``_HEAD_LINES`` lines under it are read as ``split_header`` reads a
    head. Only authors and dates are taken; the text is ``after`` unchanged.

    >>> before = "A Big Story Happened Here Today\nBy Jane Doe\nFeb 15, 2024\nMOST POPULAR\nOther story\nIt happened. Then more."
    >>> h = header_under_headline(before, "\n\n\n\n\nIt happened. Then more.", "A Big Story Happened Here Today - Site")
    >>> h.authors, h.published.value
    (['Jane Doe'], '2024-02-15')
    """
    if not title:
        return Header(after)
    before_lines, after_lines = before.split("\n"), after.split("\n")
    first = next((i for i, line in enumerate(after_lines) if line.strip()), 0)
    # The page may print its headline again lower down, over a photo gallery: the header is
    # under the last of its copies that has one.
    for at in (i for i in range(first - 1, -1, -1) if before_lines[i].strip() and _same_headline(before_lines[i], title)):
        under = [line for line in before_lines[at + 1 : first] if line.strip()][:_HEAD_LINES]
        found = split_header("\n".join(under), has_title=False)
        authors = (found.authors if all(map(_reads_as_name, found.authors)) else []) or byline_with_role(under)
        if authors or found.published or found.updated:
            return Header(after, authors=authors, published=found.published, updated=found.updated)
    return Header(after)


_BYLINE_START = re.compile(rf"^{_BYLINE_OPENER}(?:\s|$)", re.I)


def header_at_byline(before: str, after: str) -> Header:
    r"""The byline and the dateline under it anywhere among the lines cut above the article, when
    the dump's headline (under which ``header_under_headline`` reads) is worded apart from its
    title line and a widget stands between the header and the article ("By" / "Isaac Butler" /
    "Nov 15, 2019" / "5:45 AM" / "Tweet" / a caption / "More on" and its list). Only a byline
    that names people, with a date in the ``_HEAD_LINES`` lines under it, counts, and only when
    it is the one such above the article: teasers with a byline and a date each are a list of
    other articles. Only authors and dates are taken; the text is ``after`` unchanged.

    >>> before = "A Title Line\nThe Headline Worded Apart\nBy\nJane Doe\nFeb 15, 2024\nMORE ON\nOther story\nIt happened."
    >>> h = header_at_byline(before, "\n\n\n\n\n\n\nIt happened.")
    >>> h.authors, h.published.value
    (['Jane Doe'], '2024-02-15')
    """
    before_lines, after_lines = before.split("\n"), after.split("\n")
    first = next((i for i, line in enumerate(after_lines) if line.strip()), 0)
    cut = [line.strip() for line in before_lines[:first] if line.strip()]
    # Forms start with "By" too ("By checking this box, I agree to the"): a byline names people.
    found = [header for i, line in enumerate(cut) if _BYLINE_START.match(line)
             for header in [split_header("\n".join(cut[i : i + _HEAD_LINES]), has_title=False)]
             if (header.published is not None or header.updated is not None)
             and header.authors and all(map(_reads_as_name, header.authors))]
    if len(found) != 1:
        return Header(after)
    return Header(after, authors=found[0].authors, published=found[0].published, updated=found[0].updated)


def _day_of(value: str) -> tuple[str | None, str]:
    """(year or None, "MM-DD") of an ISO date: "--11-18" is the day of "2019-11-18T08:54-08:00"."""
    year, _, rest = value.partition("-") if not value.startswith("--") else (None, "", value[2:])
    return year, rest[:5]


# A note's label: "First Published:", "Updated on:", "| Updated :" (its date may be on the next line).
_NOTE = re.compile(r"[|\s]*(?:(?:first|originally)\s+)?(?P<kind>published|posted|updated|last updated)(?:\s+on|\s+at)?\s*:?\s*", re.I)


_FOREIGN_NOTES_READ = 5
_BYLINE_LABEL = re.compile(rf"\s*{_BYLINE_OPENER}\s*", re.I)


def dates_from_notes(removed: list[Removal]) -> Header:
    """The publication and update dates of the notes that boilerplate removal cut anywhere in a
    page ("First published on November 19, 2019 / 8:16 AM", "Updated on: November 19, 2019 /
    10:07 AM", a label and its value on two lines: "First Published:" / "Tuesday, November 19,
    2019 08:38 AM"): a fallback for a text dump whose header gave none. A note counts only with
    its label and one date to the day; of each kind, only when all such notes agree (a list of
    other stories, each with its "Updated" time, gives none). The byline a note holds ("Posted by
    Jane Doe on March 3, 2020"), or a byline's label cut with the name on the line below it
    ("Posted by" / "Jane Doe" / "at" / "10:15 AM"), gives the authors, when all such name the same.

    >>> h = dates_from_notes([Removal("navigation", "First Published:"), Removal("navigation", "Tuesday, November 19, 2019 08:38 AM")])
    >>> h.published.value, h.updated
    ('2019-11-19T08:38', None)
    """
    found: dict[str, set[PartialDate]] = {"published": set(), "updated": set()}
    bylines: set[tuple[str, ...]] = set()
    foreign_notes = 0
    for i, item in enumerate(removed):
        if _BYLINE_LABEL.fullmatch(item.text) and i + 1 < len(removed):
            # a byline's label alone, the name cut on the line below ("Posted by" / "Jane Doe" / "at" / "10:15 AM")
            name = removed[i + 1].text.strip()
            if _reads_as_name(name) and known_first_name(name.split()[0]):
                bylines.add((name,))
            continue
        label = _NOTE.match(item.text)
        if label is None:
            # "Publié le 3 mars 2020 à 17h00" cut below the article; dateparser reads each (2-3 ms), so
            # no more than a few: a page with many is a list of other stories, whose dates disagree
            if foreign_notes < _FOREIGN_NOTES_READ and _FOREIGN_DATELINE.match(item.text.strip()):
                foreign_notes += 1
                kind, date = _foreign_dateline(item.text)
                if date is not None:
                    found[kind].add(date)
            continue
        value = item.text[label.end() :]
        if not value.strip(" |:") and i + 1 < len(removed):
            value = removed[i + 1].text  # the label's value, cut on the line below it
        kind, date = dateline(value)
        if date is not None:
            found["updated" if "updated" in label.group("kind").lower() else "published"].add(date)
            if (update := update_beside_date(value)) is not None:  # "Published March 14, 2023; updated March 16, 2023"
                found["updated"].add(update)
            if authors := byline_beside_date(item.text):
                bylines.add(tuple(authors))
    published, updated = (next(iter(dates)) if len(dates) == 1 else None for dates in found.values())
    return Header("", published=published, updated=updated, authors=list(next(iter(bylines))) if len(bylines) == 1 else [])


_SEPARATOR = re.compile(r"[\s\-–—|/•·]*")
# A journalist's role, as a byline sets it after the name: "Staff Writer", "Senior Contributor",
# "AP National Political Writer" (at most four words before the role's noun, none a sentence's:
# "Jane Doe, who is a writer" is none).
_JOURNALIST_ROLE = re.compile(r"(?:(?!(?-i:who|is|was|a|an|the|and|of|to|for|in|as)\s)[\w.'’&-]+\s+){0,4}"
                              r"(?:writer|reporter|editor|correspondent|contributor|columnist|journalist)", re.I)


# What a header sets under its author's name: the handle ("@NatashaTurak") or a follow button.
_HANDLE_OR_FOLLOW = re.compile(r"@\w+|(?i:follow)")


def _byline_without_by(lines: list[str]) -> list[str]:
    """A byline without its "By", in a page's header: a person's name (a known first name, two to
    four capitalised words) next to the dateline ("Chris Davies" / "-" / "Nov 19, 2019, 8:15 pm
    CST"), after a dateline ending in "by" ("Monday November 18, 2019 7:45 am PST by" / "Joe
    Rossignol"), above the author's handle ("Natasha Turak" / "@NatashaTurak") or a follow
    button ("Jane Doe" / "Follow"), or with a journalist's role (``byline_with_role``).

    >>> _byline_without_by(["Markets", "Chris Davies", "-", "Nov 19, 2019, 8:15 pm CST"])
    ['Chris Davies']
    >>> _byline_without_by(["Markets", "Apple Watch Series", "Nov 19, 2019"])
    []
    """
    items = [line.strip() for line in lines if not _SEPARATOR.fullmatch(line)]
    for k, line in enumerate(items):
        dated = dateline(line)[1] is not None
        neighbours = []
        if dated and k + 1 < len(items):
            neighbours.append(items[k + 1])
        if dated and k:
            neighbours.append(items[k - 1])
        if k + 1 < len(items) and _HANDLE_OR_FOLLOW.fullmatch(items[k + 1]):
            neighbours.append(line)
        for name in neighbours:
            if "," not in name and _reads_as_name(name) and known_first_name(name.split()[0]):
                return [name]
    return byline_with_role(items)


def byline_with_role(lines: list[str]) -> list[str]:
    """A byline without its "By" that a journalist's role names as one: the role after a comma or
    on the line below the name (a known first name, two to four capitalised words). A credit
    next to a date ("Brent Co" / "November 20, 2019", a photographer's) says no such thing.

    >>> byline_with_role(["Health", "Bruce Y. Lee", "Senior Contributor"])
    ['Bruce Y. Lee']
    >>> byline_with_role(["Steve Peoples, AP National Political Writer"]), byline_with_role(["Jane Doe", "Nov 19, 2019"])
    (['Steve Peoples'], [])
    """
    items = [line.strip() for line in lines if not _SEPARATOR.fullmatch(line)]
    for k, line in enumerate(items):
        if name := _name_with_role(line, items[k + 1] if k + 1 < len(items) else ""):
            return [name]
    return []


def _name_with_role(line: str, below: str) -> str | None:
    """The name of ``line`` when a journalist's role follows it, after a comma, on the line
    ``below`` or after a space (an HTML byline's name and role side by side: "Jane Doe Transport
    correspondent"; the name two to four words).

    >>> _name_with_role("Jane Doe Transport correspondent", ""), _name_with_role("Jane Doe", "Staff Writer")
    ('Jane Doe', 'Jane Doe')
    """
    name, comma, role = line.partition(",")
    candidates = [(name, role)] if comma else [(name, below)]
    if not comma:
        words = line.split()
        candidates += [(" ".join(words[:k]), " ".join(words[k:])) for k in range(2, min(4, len(words) - 1) + 1)]
    for name, role in candidates:
        if _JOURNALIST_ROLE.fullmatch(role.strip()) and _reads_as_name(name) and known_first_name(name.split()[0]):
            return name.strip()
    return None


_DUMP_TITLE_MAX_WORDS = 30
_TITLE_CUT_BY = {"outside_main_content", "repeated_line"}  # the page repeats its title: still its title
_CODE_RULES = {"code", "script_string"}  # a page's styles and scripts, as a regex dump prints them
# ... and their lines too short for the code rule to tell: "return true;", "e.async = 1;", "if (x) {", "-->"
_CODE_SHAPED = re.compile(r"[;{}(\[=&|\\]\s*$|^\s*(?:[})\]]|//|/\*|\*|<!--|-->)|&&|\|\||\w\(\)|^[\w.$]+\s*[+-]?=[^=]"
                          r"|^\s*(?:if|for|while|switch|else|var|let|const|function|return)\b ?[({\w]")  # "if ( screen.width" cut at its "<"


def title_cut_first(before: str, after: str, removed: list[Removal]) -> str | None:
    r"""The page's title a dump prints on its first line (scrapers write the page's <title>
    first), when main-content selection cut it with the menus: a headline-shaped line of 3 to
    30 words that no line rule removed (a "Skip to content" link is navigation) and that is no
    dateline or byline. None when the first line is kept (the text's own title) or is none.
    A dump that stripped the tags but kept the text of the page's head (a regex dump) prints
    its styles and scripts first: lines cut as code, or shaped as code, before it do not count.

    >>> title_cut_first("Emirates inks order for 30 Boeing jets\nMarkets\nThe deal was signed.", "\n\nThe deal was signed.", [])
    'Emirates inks order for 30 Boeing jets'
    >>> code = [Removal("code", "var ads = [];", "script")]
    >>> title_cut_first("var ads = [];\nEmirates inks order for 30 Boeing jets\nThe deal was signed.", "\n\nThe deal was signed.", code)
    'Emirates inks order for 30 Boeing jets'
    """
    before_lines, after_lines = before.split("\n"), after.split("\n")
    code = {item.text for item in removed if item.rule in _CODE_RULES}
    first = next((i for i, line in enumerate(before_lines) if line.strip() and (
        after_lines[i].strip() or line not in code and not _CODE_SHAPED.search(line))), None)
    if first is None or after_lines[first].strip():
        return None
    line = before_lines[first].strip()
    # Removals carry no line number: the first line went by a rule only if every copy of it did
    # (a headline repeated in a list of stories under "Related" goes with that list).
    by_rule = sum(item.rule not in _TITLE_CUT_BY and " ".join(item.text.split()) == line for item in removed) \
        >= sum(other.strip() == line for other in before_lines)
    # (words counted so that a headline written without spaces has some; "all lower case" only of
    # a script with cases)
    if by_rule or not 3 <= word_count(line) <= _DUMP_TITLE_MAX_WORDS or line.endswith(_CLAUSE_ENDS) \
            or dateline(line)[1] is not None or byline_names(line) or line == line.lower() != line.upper():
        return None
    return line


def dump_title_and_site(before: str, after: str, removed: list[Removal], own_title: str | None) -> tuple[str | None, str | None]:
    """A text's title and the site its dump's first line names ("... - Los Angeles Times").

    A dump's first line is mostly the page's <title> (``title_cut_first``); the text's own first
    line (``own_title``, from ``split_header``) stays the title only when it spells the same
    headline: else it is a caption, a fragment or a dateline ("MADRID —").
    """
    dump_title = title_cut_first(before, after, removed)
    if not dump_title:
        return own_title, None
    dump_title, site = split_site_suffix(dump_title, [item.text for item in removed])
    return (own_title if own_title and _same_title(own_title, dump_title) else dump_title), site


def _same_title(a: str, b: str) -> bool:
    """Two spellings of one headline: one holds the other's first 40 characters ("Title" / "Title -
    Site", "Opinion | Title"; ``_same_headline`` compares a line with a page's title from its start).

    >>> _same_title("Big News Today", "Big News Today - Example Times"), _same_title("Il", "Memorabilia anni 80/90")
    (True, False)
    """
    a, b = a.casefold(), b.casefold()
    return min(len(a), len(b)) >= 10 and (a[:40] in b or b[:40] in a)


# The separator before a site's name at the end of a page's <title> ("... - Los Angeles Times",
# "... | WIRED", "... – TechCrunch", "... : NPR"), and the words a site's name is made of.
_TITLE_SITE = re.compile(r"\s+[–—|:-]\s+(?P<site>[^–—|:]{2,40})$")  # (" : NPR": a colon with a space before it)
_SITE_WORD = re.compile(r"(?:[A-Z0-9@][\w.&'’-]*|of|the|and|for|on|de|da|do)")


def split_site_suffix(title: str, page_lines: Sequence[str] = ()) -> tuple[str, str | None]:
    """A dump's title without the site's name a page's <title> ends with, and that name.

    The name is at most four words, each capitalised (or "of", "the", ...), after a dash or bar;
    at least three words stay as the headline, or one when another of ``page_lines`` (the page's
    furniture) names the site too ("Marie Curie - Wikipedia" above "About Wikipedia"): a short
    title ("Tom - Jerry") is not cut on its shape alone.

    >>> split_site_suffix("Disney+ glitches blamed on heavy demand - Los Angeles Times")
    ('Disney+ glitches blamed on heavy demand', 'Los Angeles Times')
    >>> split_site_suffix("Диета Аткинса (14 дней) - потеря веса до 10 кг. Отзывы")
    ('Диета Аткинса (14 дней) - потеря веса до 10 кг. Отзывы', None)
    >>> split_site_suffix("Marie Curie - Wikipedia", ["About Wikipedia"]), split_site_suffix("Marie Curie - Wikipedia")
    (('Marie Curie', 'Wikipedia'), ('Marie Curie - Wikipedia', None))
    >>> split_site_suffix("Deloitte BrandVoice | Paid Program", ["SAP BrandVoice | Paid Program"])
    ('Deloitte BrandVoice | Paid Program', None)
    >>> split_site_suffix("Senate passes spending bill after late-night vote : NPR")
    ('Senate passes spending bill after late-night vote', 'NPR')
    """
    found = _TITLE_SITE.search(title)
    if not found:
        return title, None
    site, headline = found.group("site").strip(), title[: found.start()].strip()
    words = site.split()
    if len(words) > 4 or not all(_SITE_WORD.fullmatch(w) for w in words) \
            or not words[0][:1].isupper() and not words[0][:1].isdigit() and words[0][:1] != "@":
        return title, None
    if len(headline.split()) < 3:
        named = re.compile(rf"(?<!\w){re.escape(site)}(?!\w)")
        if not headline or not any(line != title and named.search(line) and not _suffixed_by(line, site) for line in page_lines):
            return title, None
    return headline, site


def _suffixed_by(line: str, site: str) -> bool:
    """Whether ``line`` ends with ``site`` after a dash or bar, as a title: teasers sharing a label
    ("Deloitte BrandVoice | Paid Program", "SAP BrandVoice | Paid Program") name no site."""
    found = _TITLE_SITE.search(line)
    return found is not None and found.group("site").strip() == site


# Words of a label in capitals, no name ("ABOUT THE AUTHOR", "VIEW ALL POSTS"); a name may
# start with "The" ("The Water Coolest", a newsletter's byline).
_LABEL_WORDS = {"the", "about", "of", "and", "for", "to", "with", "by", "author", "authors", "more", "posts", "view", "all"}
_NAME_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "la", "le", "bin", "al", "el"}


def _reads_as_name(name: str) -> bool:
    """Two to four words, each capitalised or a name particle, before any degree after a comma.

    >>> _reads_as_name("Ilana Muhlstein, MS, RDN"), _reads_as_name("checking this box"), _reads_as_name("ABOUT THE AUTHOR")
    (True, False, False)
    """
    words = name.split(",")[0].split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() or w in _NAME_PARTICLES for w in words) \
        and not any(w.lower() in _LABEL_WORDS for w in words[1:]) and words[0].lower() not in _LABEL_WORDS - {"the"} \
        and not any(ch.isdigit() or ch in ":|/@" for ch in name)


def _set_apart(lines: list[str], i: int, text: str) -> bool:
    """Is line ``i`` set apart from the body as a dek is (see ``split_header``)?"""
    line = lines[i]
    if text.count(line) > 1:
        return True
    gap = 0
    for following in lines[i + 1 :]:
        if following:
            break
        gap += 1
    wide_gaps = len(re.findall(r"\n\n\n+", text))
    gaps = len(re.findall(r"\n\n+", text))
    return gap >= 2 and wide_gaps * 3 <= max(gaps, 1) + 3


def site_from_removed(removed: list[Removal], rules: Rules) -> str | None:
    """The site a syndication note names ("originally published on The Verge"), else the most
    common " – sitename" suffix of removed promo lines, when two or more share it."""
    # Only rules whose patterns name a site are asked, in file order (a page cuts hundreds of lines).
    for rule in rules.line_rules:
        if any("site" in pattern.groupindex for pattern in rule.patterns):
            for item in removed:
                if item.rule == rule.id:
                    m = rule.matches(item.text)
                    if m and m.groupdict().get("site"):
                        return m.group("site").strip()
    suffixes = Counter(
        m.group("site").strip() for item in removed if item.rule.startswith("promo") and (m := _PROMO_SITE.search(item.text))
    )
    # One promo line's suffix is as likely a teaser's own ("... | info, program, exhibitions")
    # as its site's: the site's name is the suffix its teasers share.
    site, count = suffixes.most_common(1)[0] if suffixes else (None, 0)
    return site if count >= 2 else None


_REPORTING_CREDIT = re.compile(r"^(?:reporting|writing) by (?P<names>[^;]+?)(?:;|\s+editing by\b|$)", re.I)


def authors_from_removed(removed: list[Removal]) -> list[str]:
    """Names printed in an author box (its short label lines, not its counters), else the
    reporters a news agency's credit line names first ("Reporting by Rodrigo Campos in New York;
    additional reporting by ...; Editing by ..." gives Rodrigo Campos).

    >>> authors_from_removed([Removal("reporting_credit", "Reporting by Jane Doe and Ali Khan in Paris; Editing by Tom Li", "")])
    ['Jane Doe', 'Ali Khan']
    >>> authors_from_removed([Removal("author_box", "About the author", ""), Removal("author_box", "Editorial Team", "")])
    ['Editorial Team']
    >>> authors_from_removed([Removal("outside_main_content", "Molly Wood", ""), Removal("author_bio", "(@mollywood) is an Ideas contributor at WIRED", "")])
    ['Molly Wood']
    """
    names = [
        item.text for item in removed
        if item.rule == "author_box" and _reads_as_name(item.text)  # not its heading, "About the author"
    ]
    if not names:
        credits = (_REPORTING_CREDIT.match(item.text) for item in removed if item.rule == "reporting_credit")
        credit = next((match for match in credits if match), None)
        if credit:
            names = split_names(credit.group("names"))
    if not names:
        # The author's bio line ("Jane Green is a gardening writer based in Portland."): the name
        # it opens with, when it reads as a person's.
        bios = (_BIO_SUBJECT.match(item.text) for item in removed if item.rule == "author_bio")
        names = [bio["name"] for bio in bios if bio and _reads_as_name(bio["name"]) and known_first_name(bio["name"].split()[0])][:1]
    if not names:
        # ... or the name on the line above a bio a dump broke at its handle's link: "Molly Wood" /
        # "(@mollywood) is an Ideas contributor at WIRED"
        names = [above.text for above, item in zip(removed, removed[1:])
                 if item.rule == "author_bio" and _BIO_AFTER_NAME.match(item.text)
                 and _reads_as_name(above.text) and known_first_name(above.text.split()[0])][:1]
    return list(dict.fromkeys(names))


_BIO_AFTER_NAME = re.compile(r"\(@\w+\) is (?:a|an|the)\b")
_BIO_SUBJECT = re.compile(r"(?P<name>[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){1,3}) is (?:a|an|the)\b")


def authors_from_bylines(bylines: list[str]) -> list[str]:
    """The names of the first of a page's byline elements that reads as a byline ("By Jane Porter ·
    March 4, 2024") or as a name alone ("Jane Porter": two to four capitalised words, a known
    first name); none from a byline that names no one ("By the numbers", "Staff").

    >>> authors_from_bylines(["By Jane Porter · March 4, 2024"]), authors_from_bylines(["Updated daily"])
    (['Jane Porter'], [])
    """
    for text in bylines:
        names = byline_names(text)
        if names:
            return [names]
        if _reads_as_name(text) and known_first_name(text.split()[0]):
            return [text]
    return []


def metadata_date(value: str | None) -> PartialDate | None:
    """A date from HTML metadata (ISO timestamp or written date) as a ``PartialDate``."""
    return parse_date_string(value) if value else None
