"""Months in each edition's calendar: the keys lists and charts group by, and their labels."""

from __future__ import annotations

import pytest

from akhbar.i18n import UNDATED, format_month, month_key, next_month


@pytest.mark.parametrize(
    ("iso", "calendar", "expected"),
    [
        ("2025-11-27", "solar", "1404-09"),  # 6 Azar 1404
        ("2025-11-21", "solar", "1404-08"),  # the last day of Aban
        ("2025-03-20", "solar", "1403-12"),  # the last day of Esfand 1403
        ("2025-03-21", "solar", "1404-01"),  # Nowruz: 1 Farvardin 1404
        ("2025-11-27", "gregorian", "2025-11"),  # the Gregorian month as in the ISO date
        (None, "solar", UNDATED),  # no date: one key, whatever the calendar
        ("", "gregorian", UNDATED),  # an empty date is no date
    ],
)
def test_month_key(iso: str | None, calendar: str, expected: str) -> None:
    assert month_key(iso, calendar) == expected


@pytest.mark.parametrize(
    ("key", "lang", "brief", "expected"),
    [
        # The Solar Hijri month first, the Gregorian months it spans beside it.
        ("1404-09", "fa", False, "آذر ۱۴۰۴ (نوامبر–دسامبر ۲۰۲۵)"),
        # Dey runs over the Gregorian new year: both years are named.
        ("1404-10", "fa", False, "دی ۱۴۰۴ (دسامبر ۲۰۲۵–ژانویه ۲۰۲۶)"),
        # Brief (a chart's axis): the Solar Hijri month alone.
        ("1404-05", "fa", True, "مرداد ۱۴۰۴"),
        # Arabic: the Gregorian month, Arabic-Indic digits.
        ("2025-11", "ar", False, "نوفمبر ٢٠٢٥"),
        ("2025-08", "en", False, "August 2025"),
        # No date: the label an undated article's date has, one label in each edition.
        (UNDATED, "fa", False, "تاریخ نامعلوم"),
        (UNDATED, "ar", False, "تاريخ غير معروف"),
        (UNDATED, "en", False, "Date unknown"),
    ],
)
def test_format_month(key: str, lang: str, brief: bool, expected: str) -> None:
    assert format_month(key, lang, brief) == expected


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("1404-09", "1404-10"),  # within a year
        ("1404-12", "1405-01"),  # over the year's end
    ],
)
def test_next_month(key: str, expected: str) -> None:
    assert next_month(key) == expected
