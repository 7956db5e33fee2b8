"""Dates, months, numbers and money as each locale writes them, from Babel's CLDR data.

No table of month names or separators lives here: "25 tháng 3, 2023", "25 March 2023",
"25 марта 2023 г.", "2023년 3월 25일" and "2.500,5" / "2 500,5" all come from CLDR.
"""
from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_interval, format_skeleton, format_time
from babel.numbers import format_compact_currency, format_decimal


@lru_cache(maxsize=None)
def locale_of(code: str) -> Locale:
    """A Babel locale for a language code ("vi", "en_GB", "pt-BR"); ValueError if CLDR has none."""
    try:
        return Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        raise ValueError(f"{code!r} is not a locale Babel knows: use a code such as \"fr\" or \"en_GB\"") from None


def format_day(day: date, locale: str) -> str:
    return format_date(day, "long", locale=locale_of(locale))


def format_clock(moment: datetime, locale: str) -> str:
    return format_time(moment, "short", locale=locale_of(locale))


def format_moment(moment: datetime, locale: str) -> str:
    """A day and a time of day: "25 March 2023, 19:30" (the separator is CLDR's)."""
    loc = locale_of(locale)
    pattern = loc.datetime_formats["long"] if "long" in loc.datetime_formats else "{1} {0}"
    return pattern.replace("'", "").format(format_clock(moment, locale), format_day(moment.date(), locale))


def format_hours(start: datetime, end: datetime, locale: str) -> str:
    """A day and two times of it: "12 July 2027, 20:30–23:00", "2027년 7월 12일 오후 8:30~11:00"."""
    loc = locale_of(locale)
    skeleton = "hm" if "h" in loc.time_formats["short"].pattern else "Hm"  # the locale's clock
    hours = format_interval(start.time(), end.time(), skeleton, locale=loc)
    pattern = loc.datetime_formats["long"] if "long" in loc.datetime_formats else "{1} {0}"
    return pattern.replace("'", "").format(hours, format_day(start.date(), locale))


def format_day_span(start: date, end: date, locale: str) -> str:
    """"25 – 27 March 2023": CLDR's interval format, which writes the shared month and year once."""
    return format_interval(start, end, "yMMMMd", locale=locale_of(locale))


def month_label(day: date, locale: str) -> str:
    """A heading for a month of events: "March 2023", "Tháng 3 năm 2023", "Март 2023 г."."""
    text = format_skeleton("yMMMM", day, locale=locale_of(locale))
    return text[:1].upper() + text[1:]


def format_number(value: float | int, locale: str) -> str:
    return format_decimal(value, locale=locale_of(locale))


def format_money(amount: float, currency: str, locale: str) -> str:
    """A large amount as readers say it: "1,5 NT ₫", "₫1.5tn", "1,5 трлн ₫"."""
    return format_compact_currency(amount, currency, locale=locale_of(locale), fraction_digits=1)


def language_name(code: str, locale: str) -> str:
    """A language's name as readers of ``locale`` write it ("английский" for en in Russian)."""
    return locale_of(locale).languages.get(code.split("_")[0], code)
