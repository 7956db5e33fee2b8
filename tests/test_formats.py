"""Dates, months, numbers and money in five locales, from Babel's CLDR data (no tables of ours)."""
from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from campaignsite.collections.dates import format_span, parse_when
from campaignsite.i18n.formats import (format_day, format_day_span, format_money, format_moment, format_number,
                                       language_name, locale_of, month_label)

DAY, LAST = date(2023, 3, 25), date(2023, 4, 2)
EVENING = datetime(2023, 3, 25, 19, 30)
NBSP, NNBSP, THIN = "\u00a0", "\u202f", "\u2009"

CASES = {
    # locale: (day, month heading, span over two months, number, money)
    "vi": ("25 tháng 3, 2023", "Tháng 3 năm 2023", f"25 thg 3{THIN}–{THIN}2 thg 4, 2023", "2.500,5", f"1,5{NBSP}NT{NBSP}₫"),
    "en_GB": ("25 March 2023", "March 2023", f"25 Mar{THIN}–{THIN}2 Apr 2023", "2,500.5", "₫1.5tn"),
    "ru": (f"25 марта 2023{NNBSP}г.", f"Март 2023{NNBSP}г.", f"25 мар. — 2 апр. 2023{NNBSP}г.", f"2{NBSP}500,5", f"1,5{NBSP}трлн{NBSP}₫"),
    "fr": ("25 mars 2023", "Mars 2023", f"25 mars{THIN}–{THIN}2 avr. 2023", f"2{NNBSP}500,5", f"1,5{NBSP}Bn{NBSP}₫"),
    "ko": ("2023년 3월 25일", "2023년 3월", "2023년 3월 25일~4월 2일", "2,500.5", "₫1.5조"),
}


@pytest.mark.parametrize("locale", CASES)
def test_each_locale_writes_dates_months_numbers_and_money_its_own_way(locale):
    day, month, span, number, money = CASES[locale]
    assert format_day(DAY, locale) == day
    assert month_label(DAY, locale) == month
    assert format_day_span(DAY, LAST, locale) == span
    assert format_number(2500.5, locale) == number
    assert format_money(1.5e12, "VND", locale) == money


def test_a_moment_has_the_time_in_the_locales_clock():
    assert format_moment(EVENING, "en_GB") == "25 March 2023, 19:30"
    assert format_moment(EVENING, "en") == f"March 25, 2023, 7:30{NNBSP}PM"
    assert "19:30" in format_moment(EVENING, "ru") and "марта" in format_moment(EVENING, "ru")
    assert "오후 7:30" in format_moment(EVENING, "ko")


def test_hours_of_one_day_name_the_day_once():
    zone = ZoneInfo("Europe/London")
    start, end = parse_when("2027-07-12T20:30", zone), parse_when("2027-07-12T23:00", zone)
    assert format_span(start, end, "en_GB", zone) == "12 July 2027, 20:30–23:00"
    assert format_span(start, end, "fr", zone) == f"12 juillet 2027, 20:30{THIN}–{THIN}23:00"
    assert format_span(start, end, "ko", zone) == "2027년 7월 12일 오후 8:30~11:00"
    late = parse_when("2027-07-13T01:00", zone)  # past midnight: both days written
    assert format_span(start, late, "en_GB", zone) == "12 July 2027, 20:30 – 13 July 2027, 01:00"


def test_an_event_in_the_campaigns_zone_is_shown_in_that_zone():
    zone = ZoneInfo("Asia/Ho_Chi_Minh")
    start = parse_when("2023-03-25T19:30", zone)
    assert start.value.utcoffset().total_seconds() == 7 * 3600
    assert format_span(start, None, "en_GB", zone) == "25 March 2023, 19:30"
    utc = parse_when("2023-03-25T12:30Z", zone)  # an offset written by the editor wins
    assert format_span(utc, None, "en_GB", zone) == "25 March 2023, 19:30"


def test_language_names_in_the_readers_language():
    assert language_name("en", "ru") == "английский" and language_name("en", "vi") == "Tiếng Anh"
    assert language_name("ru", "fr") == "russe"


def test_an_unknown_locale_is_one_clear_error():
    with pytest.raises(ValueError, match="not a locale Babel knows"):
        locale_of("xx_YY")
