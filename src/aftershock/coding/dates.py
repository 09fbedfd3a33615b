"""Event dates: find "on Saturday", "yesterday", "last week", "January 3" in a sentence and resolve
them against the article's date.

Rules (news convention: an article reports what already happened):
- a weekday is its most recent occurrence on or before the article date
  ("on Saturday" in a Saturday article is that day; in a Tuesday article, three
  days before); "last Saturday" is strictly before;
- "today"/"tonight"/"this morning" is the article date, "yesterday" and "last
  night" the day before, "last week" seven days before, "last month" the same
  day a month before (clamped to the month's length);
- a month and day ("January 3", "3 Jan.") takes the year, of the article's year
  and the years either side, that puts it closest to the article date;
  "January 3, 2026" is exact;
- a month and a year of the past ("in August 1990") is the first of that month, and a past
  year alone ("in 1990") its first day: the event is history, not the article's news;
- a resolved date after the article date ("next Monday", "will meet on
  January 20") is not yet an event date: the event (a plan, a threat) is dated
  by the article.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {name: index for index, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name: index for index, name in enumerate(calendar.month_abbr) if name})
_MONTHS.update({"Sept": 9})
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(day.capitalize() for day in WEEKDAYS)

_MENTION = re.compile(
    rf"\b(?P<weekday>(?:(?:last|this|next|on|early|late)\s+)?(?:{_WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?)\b"
    rf"|\b(?P<month_day>(?:{_MONTH})\.?\s+(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year1>\d{{4}}))?)\b"
    rf"|\b(?P<day_month>(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:{_MONTH})\.?(?:,?\s+(?P<year2>\d{{4}}))?)\b"
    rf"|\b(?P<month_year>(?:{_MONTH})\.?\s+(?P<year3>(?:19|20)\d\d))\b"
    r"|\b(?:in|during)\s+(?P<year_only>(?:19|20)\d\d)\b(?!\s*(?:-|–|%|per|people|troops|km))"
    r"|\b(?P<relative>yesterday|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening)"
    r"|last\s+week|last\s+month)\b",
    re.IGNORECASE)
_MONTH_LOOKUP = {name.lower(): index for name, index in _MONTHS.items()}


@dataclass(frozen=True)
class DateMention:
    """A date phrase of a sentence, with character offsets into that sentence."""
    text: str
    start: int
    end: int


def find_date_mentions(sentence: str) -> list[DateMention]:
    """Date phrases in a sentence, in order."""
    mentions = []
    for match in _MENTION.finditer(sentence):
        if match.group("month_day") or match.group("day_month") or match.group("weekday") \
                or match.group("month_year"):
            name = re.search(rf"{_MONTH}|{_WEEKDAY}", match.group(0), re.IGNORECASE).group(0)
            if not name[0].isupper():  # "may 5", "march 3 miles": not dates
                continue
        mentions.append(DateMention(match.group(0), match.start(), match.end()))
    return mentions


def resolve_date_mention(text: str, article_day: dt.date | None) -> dt.date | None:
    """The date a phrase names, relative to the article date (None when it cannot be resolved,
    or when it lies after the article date)."""
    match = _MENTION.fullmatch(text.strip())
    if match is None:
        return None
    try:
        day = _resolve(match, article_day)
    except OverflowError:  # "yesterday" on 0001-01-01, "next Monday" on 9999-12-31
        return None
    if day is None or article_day is None:
        return day
    return day if day <= article_day else None


def _resolve(match: re.Match, article_day: dt.date | None) -> dt.date | None:
    """The date of a matched phrase, by its kind: month and year, month and day, weekday, or a
    relative phrase (the last two only with an article date)."""
    if match.group("month_year") or match.group("year_only"):
        return _month_of_year(match, article_day)
    if match.group("month_day") or match.group("day_month"):
        return _day_of_month(match, article_day)
    if article_day is None:
        return None
    if match.group("weekday"):
        return _weekday(match.group("weekday"), article_day)
    return _relative_day(match.group("relative"), article_day)


def _month_of_year(match: re.Match, article_day: dt.date | None) -> dt.date | None:
    """"in March 2025", "in 2024": the month's (or year's) first day, if before the article's
    month (this month or later is the article's own news, dated by the article)."""
    year = int(match.group("year3") or match.group("year_only"))
    month = 1
    if match.group("month_year"):
        name = re.search(_MONTH, match.group(0), re.IGNORECASE).group(0).casefold()
        month = _MONTH_LOOKUP.get(name) or 1
    if article_day is not None and (year, month) >= (article_day.year, article_day.month):
        return None  # this month or later: the article's own news, dated by the article
    return _safe_date(year, month, 1)


def _day_of_month(match: re.Match, article_day: dt.date | None) -> dt.date | None:
    """"January 4, 2026", "12 March": with its year, or the nearest such day to the article."""
    month_name = re.search(_MONTH, match.group(0), re.IGNORECASE).group(0).casefold()
    month = _MONTH_LOOKUP.get(month_name)  # casefold: "ſept" (long s) matched as "Sept"
    if month is None:
        return None
    day = int(match.group("day1") or match.group("day2"))
    year = match.group("year1") or match.group("year2")
    if year:
        return _safe_date(int(year), month, day)
    if article_day is None:
        return None
    options = [_safe_date(article_day.year + shift, month, day) for shift in (-1, 0, 1)]
    options = [option for option in options if option is not None]
    return min(options, key=lambda option: abs((option - article_day).days), default=None)


def _weekday(phrase: str, article_day: dt.date) -> dt.date | None:
    """"on Monday", "last Monday" (a week back on the same weekday), "next Monday"."""
    words = phrase.casefold().split()
    weekday = next((WEEKDAYS.index(word) for word in words if word in WEEKDAYS), None)
    if weekday is None:  # a case-insensitive match that is no weekday once folded
        return None
    back = (article_day.weekday() - weekday) % 7
    if words[0] == "last" and back == 0:
        back = 7
    if words[0] == "next":
        return article_day + dt.timedelta(days=(weekday - article_day.weekday()) % 7 or 7)
    return article_day - dt.timedelta(days=back)


def _relative_day(relative: str, article_day: dt.date) -> dt.date:
    """"yesterday", "last night", "last week", "last month"; today for the rest."""
    phrase = " ".join(relative.casefold().split())
    if phrase in ("yesterday", "last night"):
        return article_day - dt.timedelta(days=1)
    if phrase == "last week":
        return article_day - dt.timedelta(days=7)
    if phrase == "last month":
        year, month = (article_day.year, article_day.month - 1) if article_day.month > 1 \
            else (article_day.year - 1, 12)
        return dt.date(year, month, min(article_day.day, calendar.monthrange(year, month)[1]))
    return article_day  # today, tonight, this morning/afternoon/evening


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
