"""Figures: money amounts, percentages and durations, with normalised values.

``extract_figures(paragraphs, lang) -> list[Figure]`` returns every figure in reading
order, de-duplicated by ``(value, unit, kind)`` and, for counts, the side counted
(assailants or anyone else: ``ASSAILANT_NOUNS``; the first spelling wins) and what
happened to them (``COUNT_ROLES``: ten hostages and ten killed are two figures).  Five
kinds:

* ``amount``: a number, optional scale words and a currency, e.g. «۱۰ میلیارد دلار»,
  «10 مليارات دولار», «$1.5bn» -> value in units of the currency (10_000_000_000),
  unit an ISO 4217 code.  Toman is kept as ``IRT`` (1 toman = 10 rials), not converted.
  An Arabic riyal with no country written («400 مليار ريال») is the currency of the one
  country its paragraph names (Saudi Arabia, Iran, Qatar, Yemen), else left out; so is a
  pound, «جنيه», with no country written (Egypt, Sudan): «8 ملايين جنيه» beside London
  is no Egyptian pound.
* ``percent``: «۲۰ درصد», «20 بالمئة», «20%», «٪۲۰» -> unit ``percent``.
* ``count``: a count of people, a number and a noun of people («۵۰ نفر», «خمسة أشخاص»,
  «قتل 20 شخصا», «250 من المحتجين», «100 روسي») -> unit ``persons``.  A noun that is
  also a thing («تن»: a person or a tonne; «عنصر»: a member or an element) counts people
  only with words of people around it («۲۴ تن کشته شدند», «۱۶ تن از مرزبانان», «41
  عنصرا من القوات»; never «۱۰۰ تن گندم»).  A number word that is also another word
  («نه»: "not"), a noun of people never counted in the millions after a million («۱۳۰
  میلیون بازیکن»: money) and a count that is no whole number are left out.  A count of two nouns joined by «و» or «أو» («10 قتلى وجرحى»,
  «۱۰ کشته و زخمی»: the killed and the injured together) takes both words, never the
  first alone.  Arabic also writes the number after its people, with the article, as
  their adjective: «قتل جميع المهاجمين التسعة» (nine attackers; ``AR_COUNTS_AFTER``).
  «Others» after a casualty verb are people («وأصيب 13 آخرون بانفجار»); so are a total
  a number of people reached («تعداد کسانی که … به ۳۶ تن رسید») and Arabic thousands
  with no noun whose people the clause named («بلغ عدد الباكستانيين … 31 ألفا», «فر 80
  ألفا»).
* ``duration``: «۱۲ روزه», «دوازده‌روزه», «الـ 12 يوماً», «يومين», «8 سنوات», «two-day»
  -> unit ``day`` / ``week`` / ``month`` / ``year``, value the count.  An age is no
  duration: «البالغ 65 عاما», «يبلغ من العمر 44 عاما», «مرد ۶۵ ساله», «رجل 45 عاماً»,
  «بوغتي (79 عاما)» are left out; nor is a date: «۲۵ ماه می», «25 شهر مايو» (a month's name after the month word).
* ``power``: «۵۰۰ مگاوات», «1000 ميغاواط» -> unit ``megawatt``, value in megawatts.
* ``weight``: «60 طناً», «100 طن» -> unit ``tonne``; ``seats``: «57 مقعدا» -> unit
  ``seat``; ``families``: «۵۱۷ خانواده» -> unit ``family`` (``MEASURE_WORDS``).
* ``magnitude``: an earthquake's, «بلغت شدته 5.7 درجة» -> unit ``magnitude``: degrees
  only with a quake word before them in the clause or «على مقياس ريختر» after them
  (``QUAKE_WORDS``), never «درجة مئوية».

Numbers are written in Persian, Arabic-Indic or ASCII digits, with thousands separators
(«٬» «,») and decimal marks («٫» «.» and «/» as in Persian «۲/۵»; the Egyptian «ر» with
the fraction first: «6ر7» is 7.6), or as number words (1-20, the tens and the hundreds,
joined as «بیست و پنج», «خمسة وعشرين», «twenty-five»; «هفتصد», «هفت صد», Dari «پنجصد»;
a half after them, «یک و نیم»; Persian decimal words, «یک اعشاریه هشت» is 1.8).  A
number word right after another that the tables do not join to it is no number of its
own: «دو سه نفر» (two or three) is no count of three.  A compound number adds its parts,
each smaller than the one before: «۱۲۳ میلیون و ۴۱۷ هزار ریال» is 123,417,000, «مليار
ونصف المليار» 1.5 billion, «۲هزارو۶۲۱» (the «و» glued to the scale) 2,621.  An Arabic scale with no count before it is one («مليار
دولار», «المليار»), unless the word before it is a number the tables do not read (a
misspelt «خمسائة», a fraction «ربع»): then no figure.  The upper end of a range («۳ تا ۴
هزار تومان», «11 إلى 14 في المئة») is no figure of its own: left out; nor are the two
numbers a figure is one of («يومين أو ثلاثة», «۲ یا ۳ روز»).

All rules are data: the tables below, per language, compiled on first use into one
pattern set per language.  Words are matched loosely (hamza forms, ی/ي, ک/ك, ه/ة,
harakat, tatweel, ZWNJ or space or nothing between parts) because seeds arrive with
their ZWNJ stripped: «دوازدهروزه».  The patterns run on the paragraph's plain form
(``akhbar.text.plain_letters``: harakat and tatweel off, one spelling of each letter),
where the words are plain strings: they compile in ~0.03 s a language, where a class
after every letter took ~1 s.  ``Figure.text`` is the span as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from akhbar.model import Figure
from akhbar.text import (
    AR_CONJUNCTIONS,
    AR_PREPOSITIONS,
    UNMARKED_RE,
    fold,
    plain_letters,
    plain_pattern,
    to_ascii_digits,
)

# --- tables ------------------------------------------------------------------------------
# fmt: off

NUMBER_WORDS: dict[str, dict[str, int]] = {
    "fa": {
        "یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8,
        "نه": 9, "ده": 10, "یازده": 11, "دوازده": 12, "سیزده": 13, "چهارده": 14,
        "پانزده": 15, "پونزده": 15, "شانزده": 16, "هفده": 17, "هیفده": 17, "هجده": 18,
        "هیجده": 18, "نوزده": 19, "بیست": 20, "سی": 30, "چهل": 40, "پنجاه": 50,
        "شصت": 60, "هفتاد": 70, "هشتاد": 80, "نود": 90,
        # «یکصد», «یک صد», «یک‌صد» (the loose match takes a space, a ZWNJ or none)
        "صد": 100, "یک صد": 100, "دویست": 200, "سیصد": 300, "پانصد": 500,
        # a unit and «صد», written together or apart: «هفتصد», «هفت صد»; and as Dari
        # writes them: «دوصد» (200), «پنجصد» (500), «چارصد» (400)
        **{
            f"{unit} صد": value * 100
            for unit, value in (
                ("دو", 2), ("سه", 3), ("چهار", 4), ("چار", 4), ("پنج", 5), ("شش", 6),
                ("هفت", 7), ("هشت", 8), ("نه", 9),
            )
        },
    },
    "ar": {
        # 1 and 11 only in the forms that can not be read as "one of" («أحد الأيام»).
        "واحد": 1, "واحدة": 1, "أحد عشر": 11, "إحدى عشرة": 11,
        "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2,
        "اثنا عشر": 12, "اثني عشر": 12, "اثنتا عشرة": 12, "اثنتي عشرة": 12,
        "ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6,
        "ستة": 6, "سبع": 7, "سبعة": 7, "ثمان": 8, "ثماني": 8, "ثمانية": 8, "تسع": 9,
        "تسعة": 9, "عشر": 10, "عشرة": 10,
        **{
            f"{unit} {ten}": value + 10
            for unit, value in (
                ("ثلاثة", 3), ("ثلاث", 3), ("أربعة", 4), ("أربع", 4), ("خمسة", 5),
                ("خمس", 5), ("ستة", 6), ("ست", 6), ("سبعة", 7), ("سبع", 7),
                ("ثمانية", 8), ("ثماني", 8), ("تسعة", 9), ("تسع", 9),
            )
            for ten in ("عشر", "عشرة")
        },
        "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40,
        "أربعين": 40, "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70,
        "سبعين": 70, "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
        "مئة": 100, "مائة": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200,
        # «ثلاثمئة», «ثلاث مئة», «ثلاثمائة» (the loose match takes the space or none)
        **{
            f"{unit} {hundred}": value * 100
            for unit, value in (
                ("ثلاث", 3), ("أربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8),
                ("تسع", 9),
            )
            for hundred in ("مئة", "مائة")
        },
    },
    "en": {
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    },
}

# A half said after a number or a scale: «یک و نیم میلیون», «یکونیم میلیون» (1.5
# million), «مليار ونصف المليار» (1.5 billion), «مليون ونصف» (1.5 million).
HALF_WORDS = {"fa": ("نیم",), "ar": ("نصف",), "en": ()}
# Persian decimal marks said as words: «یک اعشاریه هشت میلیون» is 1.8 million.
DECIMAL_WORDS = {"fa": ("اعشاریه", "ممیز"), "ar": (), "en": ()}
# Fractions before a scale with the article: «ربع المليار» is a quarter of a billion, not
# the billion the scale alone would read.
AR_FRACTIONS = ("نصف", "ربع", "ثلث", "خمس")

# How number words are chained into one number (their values are added):
# «بیست و پنج», «خمسة وعشرين», «twenty-five».
NUMBER_JOINERS = {"fa": r"[\s\u200c]+و[\s\u200c]+", "ar": r"\s+و\s*", "en": r"[\s-]"}

# Scale words: value, and whether the word is an Arabic dual («ملياري دولار» = 2 billion,
# with no number written before it).
SCALES: dict[str, dict[str, tuple[float, bool]]] = {
    "fa": {
        # Dari writes «ملیون» as well
        "هزار": (1e3, False), "میلیون": (1e6, False), "ملیون": (1e6, False),
        "میلیارد": (1e9, False),
        "تریلیون": (1e12, False),
    },
    "ar": {
        "ألف": (1e3, False), "آلاف": (1e3, False), "ألفا": (1e3, False),
        "ألفي": (1e3, True), "ألفين": (1e3, True), "ألفان": (1e3, True),
        "مليون": (1e6, False), "ملايين": (1e6, False), "مليونا": (1e6, False),
        "مليوني": (1e6, True), "مليونين": (1e6, True), "مليونان": (1e6, True),
        "مليار": (1e9, False), "مليارات": (1e9, False), "مليارا": (1e9, False),
        "ملياري": (1e9, True), "مليارين": (1e9, True), "ملياران": (1e9, True),
        "بليون": (1e9, False), "ترليون": (1e12, False), "تريليون": (1e12, False),
        "ترليونات": (1e12, False), "تريليونات": (1e12, False),
    },
    "en": {
        "thousand": (1e3, False), "million": (1e6, False), "mn": (1e6, False),
        "mln": (1e6, False), "billion": (1e9, False), "bn": (1e9, False),
        "bln": (1e9, False), "trillion": (1e12, False), "tn": (1e12, False),
    },
}

# An Arabic riyal whose country the words do not say: read from the paragraph.
RIYAL = "riyal"
# The words of a paragraph that tell whose riyal it is, when they name one country only.
RIYAL_COUNTRIES = {
    "SAR": ("السعودية", "السعودي", "سعودي", "سعودية", "الرياض"),
    "IRR": ("إيران", "الإيراني", "إيراني", "إيرانية", "الإيرانية", "طهران"),
    "QAR": ("قطر", "القطري", "قطري", "قطرية", "القطرية", "الدوحة"),
    "YER": ("اليمن", "اليمني", "يمني", "يمنية", "اليمنية", "صنعاء"),
}
# An Arabic pound, «جنيه», whose country the words do not say: read the same way.
POUND = "pound"
POUND_COUNTRIES = {
    "EGP": ("مصر", "المصري", "مصري", "مصرية", "المصرية", "القاهرة"),
    "SDG": ("السودان", "السوداني", "سوداني", "سودانية", "السودانية", "الخرطوم"),
}

# The currency words that name no country, with the words telling whose they are.
_BY_COUNTRY = {RIYAL: RIYAL_COUNTRIES, POUND: POUND_COUNTRIES}

# Currency words written after the number.  Toman stays IRT (1 toman = 10 rials).
CURRENCY_WORDS: dict[str, dict[str, str]] = {
    "fa": {
        "دلار آمریکا": "USD", "دلار": "USD", "یورو": "EUR", "ریال ایران": "IRR",
        "ریال": "IRR", "تومان": "IRT", "روپیه پاکستان": "PKR", "روپیه هند": "INR",
        "روپیه هندی": "INR", "روپیه": "PKR", "یوان": "CNY", "پوند استرلینگ": "GBP",
        "پوند انگلیس": "GBP", "پوند": "GBP",
    },
    "ar": {
        "شيكل": "ILS", "شواكل": "ILS", "شيكلا": "ILS", "شيقل": "ILS",
        "دولار أمريكي": "USD", "دولار أميركي": "USD", "دولارات": "USD", "دولارا": "USD",
        "دولار": "USD", "يورو": "EUR", "ريال إيراني": "IRR", "ريالات إيرانية": "IRR",
        "ريال سعودي": "SAR", "ريالا سعوديا": "SAR", "ريالات سعودية": "SAR",
        "ريال قطري": "QAR", "ريالا قطريا": "QAR", "ريالات قطرية": "QAR",
        "ريال عماني": "OMR", "ريال يمني": "YER", "ريالا يمنيا": "YER",
        # the riyal alone is Saudi, Qatari, Omani, Yemeni or Iranian: the paragraph
        # tells which (RIYAL_COUNTRIES), else the amount is left out
        "ريالات": RIYAL, "ريالا": RIYAL, "ريال": RIYAL,
        "تومانات": "IRT", "تومان": "IRT", "روبية باكستانية": "PKR",
        "روبيات": "PKR", "روبية": "PKR", "يوان": "CNY",
        # Indian rupees are never Pakistan's
        "روبية هندية": "INR", "روبيات هندية": "INR", "روبية هندي": "INR",
        # «جنيه إسترليني» is sterling; the pound alone is Egyptian or Sudanese: the
        # paragraph tells which (POUND_COUNTRIES), else the amount is left out
        "جنيه إسترليني": "GBP", "جنيها إسترلينيا": "GBP", "جنيهات إسترلينية": "GBP",
        "جنيه مصري": "EGP", "جنيها مصريا": "EGP", "جنيهات مصرية": "EGP",
        "جنيه سوداني": "SDG", "جنيها سودانيا": "SDG", "جنيهات سودانية": "SDG",
        "جنيه": POUND, "جنيها": POUND, "جنيهات": POUND,
    },
    "en": {
        "us dollars": "USD", "dollars": "USD", "dollar": "USD", "usd": "USD",
        "euros": "EUR", "euro": "EUR", "eur": "EUR", "rials": "IRR", "rial": "IRR",
        "irr": "IRR", "tomans": "IRT", "toman": "IRT", "irt": "IRT",
        "indian rupees": "INR", "indian rupee": "INR", "inr": "INR", "rupees": "PKR",
        "rupee": "PKR", "pkr": "PKR", "yuan": "CNY", "cny": "CNY", "rmb": "CNY",
        "pounds sterling": "GBP", "egyptian pounds": "EGP", "gbp": "GBP", "egp": "EGP",
    },
}
# Persian adjectival ending on a currency: «قرارداد ۵ میلیارد دلاری».
_FA_CURRENCY_SUFFIX = r"(?:\u200c?یی|ی)?"

# Currency signs and codes written before the number, in any language: «$10 billion».
CURRENCY_PREFIXES = {
    "US$": "USD", "$": "USD", "USD": "USD", "€": "EUR", "EUR": "EUR", "Rs.": "PKR",
    "Rs": "PKR", "PKR": "PKR", "IRR": "IRR", "CNY": "CNY", "RMB": "CNY", "INR": "INR",
    "₹": "INR", "£": "GBP", "GBP": "GBP", "EGP": "EGP",
}
# Arabic plural scales: «ملايين الدولارات» is "millions of dollars", no value; only a
# singular or dual scale stands for its own count («مليار دولار», «ملياري دولار»).
AR_PLURAL_SCALES = ("آلاف", "ملايين", "مليارات", "ترليونات", "تريليونات")
# Arabic prepositions and «و» written onto a number word: «بعشرة ملايين دولار», «لخمسة
# أيام», «ثلاث نساء واربعة اطفال».
AR_NUMBER_CLITICS = "".join((AR_CONJUNCTIONS[0], *AR_PREPOSITIONS))

PERCENT_WORDS = {
    "fa": ("درصد", "٪", "%"),
    "ar": ("بالمئة", "بالمائة", "في المئة", "في المائة", "٪", "%"),
    "en": ("percent", "per cent", "pct", "%"),
}
PERCENT_PREFIXES = ("٪", "%")  # «٪۲۰», as Persian typesetting sometimes puts it

# Duration unit words written after the count.
DURATION_WORDS: dict[str, dict[str, str]] = {
    # «روزه» / «ساله» / «ماهه»: the adjectival form («دفاع ۱۲ روزه»).
    "fa": {
        "روزه": "day", "روز": "day", "هفته": "week", "ماهه": "month", "ماه": "month",
        "ساله": "year", "سال": "year",
    },
    "ar": {
        "يوما": "day", "يوم": "day", "أيام": "day", "أسبوعا": "week", "أسبوع": "week",
        "أسابيع": "week", "شهرا": "month", "شهر": "month", "أشهر": "month",
        "شهور": "month", "سنة": "year", "سنوات": "year", "سنين": "year", "عاما": "year",
        "عام": "year", "أعوام": "year",
    },
    "en": {
        "days": "day", "day": "day", "weeks": "week", "week": "week", "months": "month",
        "month": "month", "years": "year", "year": "year",
    },
}
# Words saying a figure is one of two numbers, after it: «يومين أو ثلاثة» (two or three
# days): neither number is the value, so the first is left out (and the second, after
# the first and the word, as a range's upper end is: «۲ یا ۳ روز»).
ALTERNATIVE_WORDS = {"fa": ("یا",), "ar": ("أو", "او"), "en": ("or",)}

# Month names: after a month word they make the number a day of that month, not a count
# of months: «۲۵ ماه می» is the 25th of May, «۲۷ ماه مبارک رمضان» the 27th of Ramadan,
# «25 شهر مايو» the 25th of May.  Gregorian, Solar Hijri (Iranian and the Afghan names
# that are no other word) and lunar Hijri months.  «می» is May after «ماه» even where it
# might be the verb prefix written apart («دو ماه می گذرد»): a duration left out there
# is a figure missed, a date read as months a wrong one.
MONTH_NAMES: dict[str, tuple[str, ...]] = {
    "fa": (
        "ژانویه", "فوریه", "مارس", "آوریل", "می", "مه", "ژوئن", "ژوئیه", "ژوییه", "جولای",
        "اوت", "آگوست", "اگوست", "سپتامبر", "اکتبر", "نوامبر", "دسامبر",
        # Dari: «جنوری», «فبروری», «مارچ», «اپریل», «جون», «سپتمبر», «اکتوبر»
        "جنوری", "فبروری", "مارچ", "اپریل", "جون", "سپتمبر", "اکتوبر", "نومبر", "دسمبر",
        "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر",
        "دی", "بهمن", "اسفند",
        "ثور", "جوزا", "سنبله", "عقرب", "حوت",
        # «۱۷ ماه جاری»: the 17th of this month
        "جاری",
        "محرم", "صفر", "ربیع الاول", "ربیع الثانی", "جمادی الاول", "جمادی الاولی",
        "جمادی الثانی", "جمادی الثانیه", "رجب", "شعبان", "رمضان", "شوال", "ذیقعده",
        "ذی القعده", "ذیحجه", "ذی الحجه",
    ),
    "ar": (
        "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
        "أكتوبر", "نوفمبر", "ديسمبر", "كانون الثاني", "شباط", "آذار", "نيسان", "أيار",
        "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
        "محرم", "صفر", "ربيع الأول", "ربيع الثاني", "ربيع الآخر", "جمادى الأولى",
        "جمادى الآخرة", "جمادى الثانية", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة",
        "ذي القعدة", "ذو الحجة", "ذي الحجة",
    ),
    "en": (),
}
# A word between the month word and its name: «ماه مبارک رمضان».
MONTH_EPITHETS = ("مبارک", "المبارک")
# Weekdays: after a number and the day word they make it the day of that date, as a day
# of a month does: «الرحلة الـ14 يوم الخميس», «الـ14 يوم 14 أغسطس» (the 14th flight, on
# Thursday, on 14 August), no span of days.  Not Persian, where «دو روز شنبه و
# یکشنبه» is two days.
WEEKDAYS = {
    "fa": (),
    "ar": (
        "السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة",
    ),
    "en": (),
}

# Arabic duals carry their own count of two: «زيارة تستمر يومين».
DURATION_DUALS = {
    "يومين": "day", "يومان": "day", "أسبوعين": "week", "أسبوعان": "week",
    "شهرين": "month", "شهران": "month", "سنتين": "year", "سنتان": "year",
    "عامين": "year", "عامان": "year",
}

# Nouns of people written after a count: «۵۰ نفر», «خمسة أشخاص», «قتل 20 شخصا», «250 من
# المحتجين».  A count of people is a figure (unit ``persons``); a noun that is also a thing
# is not one of them: Persian «تن» (a person and a tonne), Arabic «عنصر» (a member, an
# element) count people only with words of people around them (``PERSON_OR_THING_NOUNS``).
PERSON_NOUNS: dict[str, tuple[str, ...]] = {
    "fa": (
        "نفر", "شخص", "بازیکن", "هنرمند", "مستمری بگیر", "بازنشسته", "کارگر", "کارمند",
        "دانشجو", "دانش آموز", "زن", "مرد", "کودک", "سرباز", "زائر", "مسافر", "معلم", "پزشک",
        "پرستار", "زندانی", "اسیر", "پناهجو", "مهاجر", "شهید", "کشته", "زخمی", "مجروح",
        "خبرنگار", "نماینده", "تبعه", "شهروند", "مرزبان", "غیرنظامی", "تروریست",
        # fighters and men under arms: «۱۱ جنگجوی را», «۴۵ شبه‌نظامی», «۱۹ نیروی امنیتی»
        "جنگجو", "جنگجوی", "ستیزه جو", "ستیزه جوی", "شبه نظامی", "نظامی", "شورشی",
        "نیروی امنیتی", "مرزدار", "پلیس", "پولیس", "مأمور", "مامور", "پناهنده", "گروگان",
        "سیاستمدار",
        # «پنج فرد مسلح», «۴۵۰۰ پناهجوی افغان» (the ezafe written onto the noun)
        "فرد", "پناهجوی",
        # a crew: «۸ خدمه این هواپیما», «پنج خدمه آن»
        "خدمه",
        # nationalities: «۶۶۲ هزار افغان»
        "افغان", "افغانستانی", "پاکستانی", "ایرانی", "عراقی",
    ),
    # Arabic: the forms after a count (singular genitive, accusative «-ا», broken plurals);
    # the sound plurals «-ين»/«-ون» and the accusative of ``AR_PERSON_STEMS`` are added.
    "ar": (
        "شخص", "شخصا", "أشخاص", "جنود", "ركاب", "عمال", "أطفال", "طفلا", "نساء", "امرأة",
        "رجال", "رجلا", "قتلى", "قتيلا", "جرحى", "جريحا", "أسرى", "سجناء", "طلاب", "أفراد",
        "فردا", "جندي", "جنديا", "قتيل", "جريح", "شرطي", "شرطيا", "شرطيين", "شرطيون",
        # guards, the dead of an attack, pilgrims, hostages, officers: «16 حارس حدود»,
        # «60 شهيدا», «200 حاج», «5 ضباط»
        "حارس", "حارسا", "حراس", "شهيد", "شهيدا", "شهداء", "حاج", "حاجا", "حجاج", "زوار",
        "رهينة", "رهائن", "ضابط", "ضابطا", "ضباط",
        # «اثنان منهم»: "two of them" (of people; things are «منها»)
        "منهم",
    ),
    "en": (
        "people", "persons", "person", "soldiers", "civilians", "journalists", "workers",
        "children", "women", "men", "passengers", "fighters", "refugees", "prisoners",
    ),
}
# Words written onto the noun of a count, with no space: Persian «را», the object marker
# («۷۳ هزار نفررا هلاک کردند»); the figure ends before them.
GLUED_AFTER_NOUN: dict[str, tuple[str, ...]] = {"fa": ("را",), "ar": (), "en": ()}

# Nouns of the assailants of an attack (militants, gunmen, attackers): a count of them
# is never of its victims, nor of the forces that fought them, so «ثلاثة مهاجمين» and
# «ثلاثة أشخاص» are two figures, where counts of one value by other nouns («۱۴ زائر»,
# «۱۴ تن»; «۴ مرزبان», «چهار سرباز») are one unless what happened to them differs
# (``COUNT_ROLES``, ``extract_figures``).  Arabic takes the
# forms of ``ASSAILANT_STEMS_AR`` too.
ASSAILANT_NOUNS: dict[str, tuple[str, ...]] = {
    "fa": (
        "تروریست", "شورشی", "ستیزه جو", "ستیزه جوی", "جنگجو", "جنگجوی", "شبه نظامی",
        "عنصر", "مهاجم",
    ),
    "ar": (),
    "en": ("fighters",),
}
ASSAILANT_STEMS_AR = ("مسلح", "مهاجم", "إرهابي", "متشدد", "متمرد", "انتحاري", "مقاتل")
# Words after another noun that make its count one of assailants: «پنج فرد مسلح», «۲۲
# عنصر تروریستی», «ثلاثة أشخاص مسلحين».
ASSAILANT_ADJECTIVES: dict[str, tuple[str, ...]] = {
    "fa": ("مسلح", "تروریست", "تروریستی"),
    "ar": ("مسلحين", "مسلحون", "مسلحا", "مسلح"),
    "en": ("gunmen",),
}

# Words that share a count with the person noun before them, joined by «و» or by «أو»,
# «یا» (``ALTERNATIVE_WORDS``): «10 قتلى وجرحى», «۱۰ کشته و زخمی», «10 قتلى أو جرحى»
# count the killed and the injured together.  The figure takes both words (its text says
# what is counted), never the first alone.  Every person noun, and these, which are never
# counted on their own here.
SHARED_COUNT_NOUNS: dict[str, tuple[str, ...]] = {
    "fa": ("مفقود", "مفقودالاثر", "مصدوم", "ناپدید"),
    "ar": ("مفقود", "مفقودين", "مفقودا", "مصابين", "مصابا"),
    "en": (),
}

# A verbal noun after the shared word makes it another phrase, not the count's noun:
# «قربانی شدن هشت نفر و زخمی شدن ده‌ها تن دیگر», «شهادت 2 نفر و مجروح شدن 42 نفر» count
# the killed alone.
SHARED_NOT_BEFORE = ("شدن", "گردیدن", "کردن")

# What happened to the people a count counts, said by its noun, by the words after it in
# its clause (``PEOPLE_CONTEXT_WORDS`` of them) or by the words right before its number
# (``ROLE_LOOKBACK_WORDS``): «مقتل عشرة أشخاص» are killed, «عشرة رهائن» held.  Counts
# of one value and side are one figure when they say one thing happened to them, or
# when either says nothing («۱۴ زائر کشته شدند», «۱۴ تن جان باختند»: one figure), and
# two when the things differ (``extract_figures``).  The first role named wins.
COUNT_ROLES: dict[str, dict[str, tuple[str, ...]]] = {
    "killed": {
        "fa": (
            "کشته", "جان باخت", "جان داد", "جان خود را از دست", "هلاک", "شهید", "قتل",
            "کشتار", "مرگ", "شهادت",
        ),
        "ar": (
            "مقتل", "قتل", "قتلى", "قتيل", "قتيلا", "قتلوا", "مصرع", "استشهاد", "استشهد",
            "شهيد", "شهيدا", "شهداء", "لقوا حتفهم",
        ),
        "en": ("killed", "dead"),
    },
    "injured": {
        "fa": ("زخمی", "مجروح", "مصدوم"),
        "ar": (
            "إصابة", "اصابة", "جرح", "جرحى", "جريح", "جريحا", "أصيب", "أصيبت", "أصيبوا",
            "بجروح", "بجراح", "مصاب", "مصابين", "مصابا",
        ),
        "en": ("injured", "wounded"),
    },
    "held": {
        "fa": (
            "گروگان", "ربوده", "ربودن", "اسیر", "اسارت", "بازداشت", "دستگیر", "زندانی",
        ),
        "ar": (
            "رهينة", "رهائن", "أسرى", "اختطاف", "خطف", "اختطف", "اعتقال", "اعتقل",
            "اعتقلوا", "محتجز", "محتجزين", "يحتجز", "يحتجزون", "سجناء", "معتقل", "معتقلين",
        ),
        "en": ("hostages", "held", "detained", "arrested"),
    },
}
ROLE_LOOKBACK_WORDS = 5

# Nouns of people that are also a thing: Persian «تن» is a person and a tonne, Arabic
# «عنصر» a member and an element, «آخرين» other people or other things.  A count
# with one is of people only when the words around it say so, within its clause (up to
# ``PEOPLE_CONTEXT_WORDS`` words after the noun):
# * a casualty word right after it, or as the verb after a link word: «۲۴ تن کشته
#   شدند», «۴۰ تن دیگر زخمی شدند», «۱۰ تن در این حادثه جان باختند», «۲۰۰ تن دیگر در جنوب
#   غرب کشور زخمی شده‌اند» (not a plural, which
#   may be whom a thing went to: «۲۰۰ تن در اختیار زخمیان»);
# * «از» («از جمله», «به شمول») and a group of people: «۱۶ تن از مرزبانان», «۲۰ تن از
#   جمله یک سرباز», «۲۴ تن به شمول تروریست‌ها»;
# * in Persian, a word of people right after it: «پنج عنصر تروریست»
#   (``PEOPLE_RIGHT_AFTER``);
# * a casualty word right before the number, and nothing but a link word or the
#   clause's end after the noun: «اعدام ۱۶ تن در زندان», «وإصابة 22 آخرين في الهجوم».
# «۱۰۰ تن گندم», «۶۳ هزار تن رسید», «۵۰۰ تن در سال» are tonnes, «أربعة عناصر أساسية»
# elements: left out.
PERSON_OR_THING_NOUNS: dict[str, tuple[str, ...]] = {
    # «عنصر»: a member of an armed group or an element («۱۱ عنصر وابسته به …»); «عضو»: a
    # member of a group of people or of states («۲۷ عضو اتحادیه»)
    "fa": ("تن", "عنصر", "عضو"),
    # members are people or states («15 من أعضاء مجلس الأمن»); after «من» with the
    # possessive: «200 من أعضائها السجناء»
    "ar": (
        "عنصر", "عنصرا", "عناصر", "آخرين", "آخرون", "عضو", "عضوا", "أعضاء", "أعضائها",
        "أعضائه", "أعضائهم",
    ),
    "en": (),
}
CASUALTY_WORDS: dict[str, tuple[str, ...]] = {
    "fa": (
        "کشته", "زخمی", "مجروح", "مصدوم", "جان باختند", "جان باخته", "جان دادند",
        "جان داده", "جان خود را از دست", "هلاک", "بازداشت", "دستگیر", "اعدام", "شهید",
        "ربوده", "ناپدید", "مفقود", "اسیر", "زندانی", "گروگان",
    ),
    # «آخرين بجروح» (others wounded), «من أعضائها السجناء» (of its members in prison)
    "ar": (
        "قتلوا", "قتلى", "جرحى", "أصيبوا", "اعتقلوا", "لقوا حتفهم", "بجروح", "بجراح",
        "السجناء", "المعتقلين", "المعتقلون", "المسجونين",
    ),
    "en": (),
}
PEOPLE_WORDS: dict[str, tuple[str, ...]] = {
    "fa": (
        "مرزبان", "نیرو", "سرباز", "نظامی", "غیرنظامی", "غیر نظامی", "شبه نظامی", "پلیس",
        "مامور", "مأمور", "تروریست", "شورشی", "ستیزه جو", "جنگجو", "شهروند", "عضو", "اعضای",
        "فرد", "افراد", "زائر", "مسافر", "کارگر", "کودک", "زن", "مرد", "معترض",
        "تظاهرکننده", "سرنشین", "دانشجو", "نمازگزار", "عابر", "سرکرده", "فرمانده",
        # «چهار تن از آنان» (the pronoun of persons only), «۸۰۰ هزار تن دیگر از
        # افغانستانی‌ها»; never «از آنها», which may be goods
        "آنان", "ایشان", "افغان", "افغانستانی", "پاکستانی", "ایرانی", "مهاجر", "پناهجو",
        "تبعه", "اتباع",
    ),
    # after «من», with the article or not: «41 عنصرا من القوات الهندية»
    "ar": (
        "القوات", "قوات", "الجيش", "الشرطة", "الأمن", "حرس الحدود", "الحرس", "الجنود",
        "المسلحين", "المدنيين", "الحركة", "حركة", "التنظيم", "تنظيم", "الجماعة", "جماعة",
        "طالبان", "الميليشيا", "الميليشيات", "المعارضة",
    ),
    "en": (),
}
# The endings these words take, written onto them or apart: the plurals («مرزبانان»,
# «تروریست ها», «نیروهای», «غیرنظامیان», and the Arabic plural of Dari «مهاجرین») and the
# «ی» of «نیروی», «یک سرباز مرزبانی».
PEOPLE_ENDINGS = ("هایی", "های", "ها", "یان", "ان", "ین", "ی")
# The languages where a word of people right after the noun says it counts people
# («پنج عنصر تروریست»); Arabic puts a group there in the genitive («عناصر الخطة»).
PEOPLE_RIGHT_AFTER = ("fa",)
# Words opening the words between the noun and a casualty verb: «دیگر», «در این حادثه»,
# «۱۱ عنصر وابسته به تحریک طالبان کشته شدند».
PEOPLE_LINKS: dict[str, tuple[str, ...]] = {
    "fa": ("دیگر", "در", "نیز", "هم", "را", "وابسته"),
    "ar": ("في", "خلال", "جراء", "إثر", "اثر", "على"),
    "en": (),
}
# Verbs only people do, after the noun as the casualty words are: «نزدیک به ۵۰ تن در
# محل حضور داشتند» (were present), never tonnes.
PEOPLE_VERBS_AFTER: dict[str, tuple[str, ...]] = {
    "fa": ("حضور داشت", "حضور داشتند", "حضور داشته", "حضور یافت", "حضور یافتند", "حضور یافته"),
    "ar": (),
    "en": (),
}
# The links after which a group of people follows at once: «از مرزبانان».
PEOPLE_OF: dict[str, tuple[str, ...]] = {
    "fa": ("از", "از جمله", "به شمول", "شامل"),
    "ar": ("من", "بينهم", "بينهم من"),
    "en": (),
}
# A word that may stand between the noun and those links: «۸۰۰ هزار تن دیگر از
# افغانستانی‌ها».
PEOPLE_OF_AFTER: dict[str, tuple[str, ...]] = {"fa": ("دیگر",), "ar": (), "en": ()}
PEOPLE_CONTEXT_WORDS = 7
# Casualty words right before the number: «اعدام ۱۶ تن», «کشته شدن ۱۷ تن».
CASUALTY_BEFORE: dict[str, tuple[str, ...]] = {
    "fa": (
        "اعدام", "کشته شدن", "زخمی شدن", "مجروح شدن", "جان باختن", "بازداشت", "دستگیری",
        "قتل", "کشتار", "مرگ", "شهادت", "ربودن", "ربوده شدن", "اسارت",
    ),
    # «و» may be written onto them: «وإصابة 22 آخرين»; the passive verbs too: «وأصيب 13
    # آخرون» («قتل», «جرح», «أسر» are both)
    "ar": (
        "مقتل", "قتل", "إصابة", "اصابة", "جرح", "اعتقال", "أسر", "مصرع", "استشهاد",
        "إعدام", "اختطاف", "خطف", "أصيب", "أصيبت", "اعتقل", "اختطف", "استشهد",
    ),
    "en": (),
}
# «Others» after a casualty word are other people, whatever words follow them: «وأصيب 13
# آخرون بانفجار قنبلة» (the casualty word alone says so; ``PERSON_OR_THING_NOUNS``).
# Persian «عضو» as well: members killed or held are people, whatever group follows («کشته
# شدن شش عضو تحریک طالبان»), where «۲۷ عضو اتحادیه» alone may be states.
OTHERS_NOUNS: dict[str, tuple[str, ...]] = {
    "fa": ("عضو",),
    "ar": ("آخرين", "آخرون"),
    "en": (),
}
# The number of people named before a count of a noun that is also a thing, in its
# clause: «تعداد کسانی که … اعدام شده‌اند به ۳۶ تن رسید» (persons, where «… به ۶۳ هزار
# تن رسید» alone may be tonnes).  The number must come after «به» and before a verb of
# reaching (``PEOPLE_TOTAL_REACHED``).
PEOPLE_TOTAL_BEFORE: dict[str, tuple[str, ...]] = {
    "fa": (
        "تعداد کسانی", "شمار کسانی", "تعداد افرادی", "شمار افرادی", "تعداد کشته شدگان",
        "شمار کشته شدگان", "آمار کشته شدگان", "تعداد جان باختگان", "شمار جان باختگان",
        "آمار جان باختگان", "تعداد قربانیان", "شمار قربانیان", "آمار قربانیان",
        "تعداد زخمی ها", "شمار زخمی ها", "تعداد مجروحان", "شمار مجروحان",
    ),
    "ar": (),
    "en": (),
}
PEOPLE_TOTAL_REACHED = ("رسید", "رسیده", "می رسد", "میرسد")
# A killing said around the count, its noun the object: «جان او و ۱۰ تن دیگر را گرفت»
# (took the lives of him and ten others).  The first word in the clause before the
# number, the second right after the noun (after «دیگر» at most); a count of «تن» in it
# is of people.
KILLING_FRAMES: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "fa": (("جان", ("را گرفت", "را گرفتند", "را گرفته")),),
    "ar": (),
    "en": (),
}
# Arabic thousands with no noun after them count people when the people are named before
# them: «بلغ عدد الباكستانيين الذين دخلوا مشاة أكثر من 31 ألفا» (``AR_NUMBER_OF``, and a
# noun of people with the article, in the clause), or a verb only people do is right
# before the number: «فر 80 ألفا من منازلهم».  Nothing but a link word or the clause's
# end after the scale («5 آلاف من الأغنام» is no count of people).
AR_NUMBER_OF = ("عدد",)
AR_PEOPLE_VERBS = ("فر", "فروا", "نزح", "نزحوا", "هرب", "هربوا")
AR_PEOPLE_SCALES = ("ألف", "ألفا", "آلاف")

# Words right before a number of years that make it an age, not a duration: «البالغ 65
# عاما», «يبلغ 44 عاما», «عمره 30 عاما», «يبلغ من العمر 44 عاما», «عن عمر ناهز 70 عاما»,
# Persian «در سن ۶۵ سال»; and after it: «44 عاما من العمر», «30 عاما من عمره».  Left out.
AGE_BEFORE: dict[str, tuple[str, ...]] = {
    "fa": ("سن", "سنین"),
    "ar": (
        "البالغ", "البالغة", "يبلغ", "تبلغ", "عمره", "عمرها", "عمري", "العمر", "عمر",
        "ناهز", "يناهز", "تناهز",
    ),
    "en": ("aged", "age of", "age"),
}
AGE_AFTER: dict[str, tuple[str, ...]] = {
    "fa": (),
    "ar": ("من العمر", "من عمره", "من عمرها"),
    "en": ("old", "of age"),
}
# A person right before a Persian «N ساله» is that old («مرد ۶۵ ساله», «کودکی ۵ ساله»);
# after anything else «ساله» lasts («جنگ ۸ ساله»), and «سال» after a person may too
# («زن ۳۰ سال در زندان بود»).
AGE_PERSONS = ("مرد", "زن", "کودک", "پسر", "دختر", "جوان", "نوجوان", "پیرمرد", "پیرزن")
AGE_ADJECTIVE = "ساله"
# A person (indefinite) right before an Arabic number of years is that old («رجل 45
# عاماً», «طفلة 7 سنوات»); «الرجل 30 عاما» may be how long the man did something.
AGE_PERSONS_AR = (
    "رجل", "امرأة", "امراة", "سيدة", "طفل", "طفلة", "شاب", "شابة", "فتى", "فتاة", "صبي",
    "مسن", "مسنة", "عجوز",
)
# A number of years alone in brackets is an age: «نواب أكبر بوغتي (79 عاما)», «القاضي
# شودري (61 عاما)», «علی (۶۵ ساله)».
AGE_BRACKETS = ("(", ")")

# Electric power written after a number, in megawatts: «نیروگاه ۵۰۰ مگاواتی», «بقدرة
# 1000 ميغاواط» (unit ``megawatt``, kind ``power``); a gigawatt is a thousand.
POWER_WORDS: dict[str, dict[str, float]] = {
    "fa": {"مگاوات": 1.0, "گیگاوات": 1e3},
    "ar": {
        "ميغاواط": 1.0, "ميغاوات": 1.0, "ميجاوات": 1.0, "ميجاواط": 1.0, "ميغاواطات": 1.0,
        "ميجاواتات": 1.0, "غيغاواط": 1e3, "جيجاوات": 1e3, "جيجاواط": 1e3,
    },
    "en": {"megawatts": 1.0, "megawatt": 1.0, "mw": 1.0, "gigawatts": 1e3, "gigawatt": 1e3, "gw": 1e3},
}
POWER_UNIT = "megawatt"

# Things counted or measured after a number: (unit, kind).  Tonnes, parliament seats and
# families.
MEASURE_WORDS: dict[str, dict[str, tuple[str, str]]] = {
    # families (returning, displaced, helped): «۵۱۷ خانواده»; «یک خانواده» is "a family"
    "fa": {"خانواده": ("family", "families")},
    "ar": {
        "طن": ("tonne", "weight"), "طنا": ("tonne", "weight"), "أطنان": ("tonne", "weight"),
        "مقعد": ("seat", "seats"), "مقعدا": ("seat", "seats"), "مقاعد": ("seat", "seats"),
    },
    "en": {},
}
# An earthquake's magnitude: degrees after a number, read as one only with a quake word
# before them in their clause («زلزال … بلغت شدته 5.7 درجة») or the scale named after them
# («بقوة 5.7 درجات على مقياس ريختر»); a magnitude is below ``MAGNITUDE_MAX``.
MAGNITUDE_WORDS = {"fa": (), "ar": ("درجة", "درجات"), "en": ()}
QUAKE_WORDS = {
    "fa": (),
    "ar": ("زلزال", "الزلزال", "زلزالا", "هزة", "الهزة", "هزة أرضية", "الهزة الأرضية", "ريختر"),
    "en": (),
}
MAGNITUDE_SCALE = {"fa": (), "ar": ("على مقياس ريختر", "بمقياس ريختر", "ريختر"), "en": ()}
# Not a magnitude after the degrees: «درجة مئوية» (temperature).
MAGNITUDE_NOT_AFTER = {"fa": (), "ar": ("مئوية", "مئويه", "فهرنهايت"), "en": ()}
MAGNITUDE_MAX = 10
MAGNITUDE_UNIT = "magnitude"
# How many words before the number a quake word is looked for, within its clause.
QUAKE_CONTEXT_WORDS = 8

# Arabic nouns and nationalities of people whose sound forms are regular: «صحفي» ->
# «صحفيا», «صحفيين», «صحفيون»; «فلسطيني» -> «فلسطينيا», «فلسطينيين».
AR_PERSON_STEMS = (
    "صحفي", "صحافي", "مقاتل", "مسلح", "مهاجم", "متطوع", "عامل", "محتج", "متظاهر", "مدني", "معتقل",
    "مواطن",
    "مصاب", "لاجئ", "مهاجر", "مسافر", "راكب", "متعاقد", "موظف", "ناشط", "مشارك",
    "مستوطن", "عسكري", "إرهابي", "متشدد", "متمرد", "انتحاري", "زائر", "مجند", "فلسطيني", "إسرائيلي", "سوري", "عراقي", "إيراني", "أفغاني", "باكستاني",
    "هندي", "روسي", "أمريكي", "أميركي", "تركي", "كردي", "يمني", "سعودي", "مصري", "لبناني",
    "فلبيني", "فيليبيني", "بريطاني", "فرنسي", "ألماني", "صيني", "أردني", "ليبي", "سوداني",
)
# Nouns of people counted in the hundreds or thousands, never in the millions: with a
# scale of a million or more before one, the number is money whose currency is left out
# («۱۳۰ میلیون بازیکن فروخته‌اند»: players sold for 130 million), not a count.
FEW_PERSON_NOUNS = ("بازیکن", "نماینده")
# The scale from which a count of ``FEW_PERSON_NOUNS`` is left out.
FEW_PERSONS_SCALE = 1e6
# Number words that are another word before a person noun: Persian «نه» is also "not"
# («نه زن و نه مرد»), «یک» the article "a" («یک زن»).
NOT_COUNTS = ("نه", "یک", "one")
# Arabic words that read as a number word but are another word: «لست» is "I am not" as
# well as «لـ» + «ست» (for six): «لست سنوات» is left out; «المئة» is the «في المئة» of a
# percentage («14 في المئة منهم» is no count of a hundred people).
AR_NOT_NUMBERS = ("لست", "المئة", "المائة")
# Number words with the article that name an occasion after a word of it: «زوار
# الأربعين», «زيارة الأربعين» (the Arbaeen pilgrimage), no forty of anyone.  (Persian
# «اربعین» is no number word: «زائران اربعین» reads no figure.)
OCCASION_NUMBERS = {
    "الأربعين": (
        "زوار", "زائري", "زائرو", "زيارة", "ذكرى", "مراسم", "مراسيم", "موسم", "مسيرة",
        "إحياء", "أيام", "حجاج", "قوافل", "شعائر",
    ),
}
# Arabic cardinals written after the people they count, with the article, as their
# adjective: «المهاجمين التسعة», ««الإرهابيين» الثمانية», «الجنود الأربعة».  Three to
# ten only, and not a part of a larger number after them («الخمسة عشر»): «الاثنين» is
# also Monday, «الست» a lady and «السبع» a lion (ordinals, «الخامس», are other words).
AR_COUNTS_AFTER = (
    "ثلاثة", "ثلاث", "أربعة", "أربع", "خمسة", "خمس", "ستة", "سبعة", "ثمانية", "ثماني",
    "تسعة", "تسع", "عشرة",
)

# fmt: on

# --- compiling the tables ----------------------------------------------------------------


def _alternation(words: Iterable[str]) -> str:
    """The words' plain patterns (see the module docstring), longest first so «دوازده»
    wins over «دو»."""
    return "|".join(plain_pattern(w) for w in sorted(words, key=len, reverse=True))


def _words(table: dict[str, tuple[str, ...]], langs: tuple[str, ...], after: str) -> str:
    """A group matching one of the words of *table* in *langs*, then *after*; one that
    matches nothing when the languages have none."""
    words = [w for lang in langs for w in table[lang]]
    return rf"(?:(?:{_alternation(words)}){after})" if words else "(?!)"


_DIGIT = "[0-9\u06f0-\u06f9\u0660-\u0669]"
# The Persian/Arabic comma «،» between two digits with no space: a decimal mark before a
# scale word, as Dari copy writes «۱،۴ میلیون» (1.4 million); in any other shape
# («۱،۲۰۰», «۳،۴») a list or a thousands group cannot be told apart, so neither side is
# a number of its own.
_SCALE_AFTER = rf"(?=[\s\u200c]*(?:{_alternation(w for lang in SCALES.values() for w in lang)}))"
_NOT_COMMA = rf"(?!،{_DIGIT})"
# Grouped thousands («10,000» «۱۰٬۰۰۰») or plain digits, then an optional decimal part;
# «/» is a decimal mark only when not followed by another «/digit» (so not a date).
_NOT_AFTER = rf"(?<![0-9\u06f0-\u06f9\u0660-\u0669.,٫٬/])(?<!{_DIGIT}ر)(?<!{_DIGIT}،)"
_DIGITS = (
    rf"{_NOT_AFTER}{_DIGIT}{{1,3}}(?:[,٬]{_DIGIT}{{3}})+"
    rf"(?:[.٫]{_DIGIT}+)?(?![0-9\u06f0-\u06f9\u0660-\u0669]){_NOT_COMMA}"
    # a decimal comma, as some Arabic outlets write it: «2,7 مليار» (one or two digits
    # after it: three are a group of thousands)
    rf"|{_NOT_AFTER}{_DIGIT}+,{_DIGIT}{{1,2}}(?![0-9\u06f0-\u06f9\u0660-\u0669,٬]){_NOT_COMMA}"
    rf"|{_NOT_AFTER}{_DIGIT}+،{_DIGIT}{{1,2}}(?![0-9\u06f0-\u06f9\u0660-\u0669،]){_SCALE_AFTER}"
    rf"|{_NOT_AFTER}{_DIGIT}+"
    rf"(?:(?:[.٫]|/(?!{_DIGIT}+/)){_DIGIT}+)?(?![0-9\u06f0-\u06f9\u0660-\u0669]){_NOT_COMMA}"
)
# Egyptian outlets write a decimal with «ر» for its mark and the fraction first, as the
# digits show right to left: «6ر7 مليار» is 7.6 billion, «25ر1» is 1.25.  Read in Arabic
# only; the «7» of «6ر7» is never a number of its own (``_DIGITS``).
_AR_DECIMAL = (
    rf"(?<![0-9\u06f0-\u06f9\u0660-\u0669.,٫٬/]){_DIGIT}+ر{_DIGIT}+"
    rf"(?![0-9\u06f0-\u06f9\u0660-\u0669])"
)
_AR_DECIMAL_RE = re.compile(r"(\d+)ر(\d+)")
_BOUNDARY_END = r"(?!\w)"
_ARTICLE = "ال\u0640?\\s?"  # Arabic «الـ 12 يوماً», «الاثني عشر»
_ARTICLE_CLITIC = "[وبلفك]"
_ARTICLE_OPENS = (
    rf"(?:(?<!\w)|(?<=(?<!\w){_ARTICLE_CLITIC})|(?<=(?<!\w){_ARTICLE_CLITIC}{_ARTICLE_CLITIC}))"
)


@dataclass(frozen=True, slots=True)
class _Rules:
    """The compiled patterns and look-up tables of one language."""

    amount: re.Pattern[str]
    amount_prefix: re.Pattern[str]
    percent: re.Pattern[str]
    duration: re.Pattern[str]
    count: re.Pattern[str]
    count_after: re.Pattern[str]  # people, then their number: «المهاجمين التسعة»
    dual: re.Pattern[str] | None
    power: re.Pattern[str]
    measure: re.Pattern[str]  # tonnes, seats: «60 طناً»
    magnitude: re.Pattern[str]  # degrees, a quake's magnitude if the words around say so
    quake_before: re.Pattern[str]  # a quake word in the words before the number
    magnitude_after: re.Pattern[str]  # «على مقياس ريختر» after the degrees
    magnitude_not_after: re.Pattern[str]  # «مئوية» after the degrees
    age_before: re.Pattern[str]
    age_after: re.Pattern[str]
    age_person: re.Pattern[str]
    age_person_ar: re.Pattern[str]
    person_or_thing: re.Pattern[str]  # a count whose noun is also a thing: «۲۴ تن»
    people_after: re.Pattern[str]  # words of people after its noun: «کشته», «از مرزبانان»
    people_before: re.Pattern[str]  # a casualty word before its number: «اعدام »
    others: frozenset[str]  # «آخرين»: people after a casualty word (``OTHERS_NOUNS``)
    total_before: re.Pattern[str]  # «تعداد کسانی» in the clause before the number
    total_reached: re.Pattern[str]  # «به » before the number, « رسید» after the noun
    people_scale: re.Pattern[str]  # Arabic thousands with no noun: «31 ألفا»
    number_of: re.Pattern[str]  # «عدد الباكستانيين», its last match in the clause
    people_verb: re.Pattern[str]  # «فر » right before the number
    link_after: re.Pattern[str]  # a link word or the clause's end after its noun
    killing_frames: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]  # before, after
    month_after: re.Pattern[str]  # a month's name after a month word: « می», « رمضان»
    date_after: re.Pattern[str]  # a date after a day word: « 14 أغسطس», « الخميس»
    alternative: re.Pattern[str]  # «أو» and the next word, after a figure
    part: re.Pattern[str]  # one more part of a compound number: «و ۴۱۷ هزار»
    words: dict[str, int]
    long_words: frozenset[str]  # the number words misspellings are told of
    half: re.Pattern[str]  # a half after a number: «و نیم», «ونصف»
    decimal: re.Pattern[str] | None  # a decimal word: «اعشاریه»
    joiner: re.Pattern[str]
    scales: dict[str, tuple[float, bool]]
    currencies: dict[str, str]
    durations: dict[str, str]
    powers: dict[str, float]
    measures: dict[str, tuple[str, str]]
    assailants: frozenset[str]  # nouns of assailants (``ASSAILANT_NOUNS``), folded
    roles: tuple[tuple[str, re.Pattern[str]], ...]  # ``COUNT_ROLES``, «وبـ» on them or not
    roles_after: tuple[tuple[str, re.Pattern[str]], ...]  # the same, nothing written on
    assailant_after: re.Pattern[str]  # «مسلح» after another noun
    # A word each match of a pattern holds (its currency, percent word or unit; a count's
    # noun after a space): a paragraph without one is not searched with the pattern
    # (~10x slower to run).
    needles: dict[str, re.Pattern[str]]


def _compile(langs: tuple[str, ...]) -> _Rules:
    words = {fold(w): v for lang in langs for w, v in NUMBER_WORDS[lang].items()}
    # «ثلاث مئة» is also written «ثلاثمئة»
    words |= {key.replace(" ", ""): v for key, v in words.items() if " " in key}
    scales = {fold(w): v for lang in langs for w, v in SCALES[lang].items()}
    currencies: dict[str, str] = {}
    for lang in langs:  # a language's own currency wins over another's riyal
        for w, v in CURRENCY_WORDS[lang].items():
            if v not in _BY_COUNTRY or fold(w) not in currencies:
                currencies[fold(w)] = v
    durations = {fold(w): v for lang in langs for w, v in DURATION_WORDS[lang].items()}
    joiner = "|".join(NUMBER_JOINERS[lang] for lang in langs)
    word = _alternation(w for lang in langs for w in NUMBER_WORDS[lang])
    # the article opens its word, after «و», «ب», «ل» at most: not the «ال» ending «لإرسال»
    article = rf"{_ARTICLE_OPENS}{_ARTICLE}" if "ar" in langs else ""
    # Persian writes a count glued to its unit once ZWNJ is lost: «دوازدهروزه».
    word_end = "" if "fa" in langs else r"(?!\w)"
    clitic = f"[{AR_NUMBER_CLITICS}]?" if "ar" in langs else ""
    halves = [w for lang in langs for w in HALF_WORDS[lang]]
    half = rf"(?:{_alternation(halves)})(?!\w)" if halves else "(?!)"
    # «… و نیم», «…ونیم», «… ونصف» after a number: its half
    half_after = rf"(?:[\s\u200c]*و[\s\u200c]*{half})?"
    decimal_words = [w for lang in langs for w in DECIMAL_WORDS[lang]]
    chain = rf"(?:{word})(?:(?:{joiner})(?:{word})){{0,2}}"
    # «یک اعشاریه هشت»: the words after the decimal word are the fraction's digits
    decimal_after = (
        rf"(?:[\s\u200c]+(?:{_alternation(decimal_words)})[\s\u200c]+{chain})?"
        if decimal_words
        else ""
    )
    words_body = rf"(?:{article})?{chain}{decimal_after}{half_after}{word_end}"
    decimal = rf"{_AR_DECIMAL}|" if "ar" in langs else ""
    # A number word opens a word: not after a letter or a ZWNJ («صد» of «یک‌صد» is no 100
    # of its own).
    number_body = (
        rf"(?:{article})?(?:{decimal}{_DIGITS}){half_after}"
        rf"|(?<![\w\u200c]){clitic}{words_body}"
    )
    # after «و» written onto it («وسبعمئة»), or a half alone («مليار ونصف المليار»)
    part_body = rf"(?:{_DIGITS})|{words_body}|{half}"
    number = rf"(?P<num>{number_body})"
    scale = _alternation(w for lang in langs for w in SCALES[lang])
    scales_seq = rf"(?:{scale})(?:[\s\u200c]*(?:{scale}))*"
    gap = r"[\s\u200c]*"
    # A compound number goes on with «و» and a smaller part: «۱۲۳ میلیون و ۴۱۷ هزار»,
    # «مليونا وسبعمئة ألف» (the space before «و» is taken by the gap before it); the
    # «و» may be glued to the scale before it as well: «۲هزارو۶۲۱» (not to a digit).
    and_ = r"(?<![^\s\u200c\w])(?<![\d_])و[\s\u200c]*"
    # a part's scale may take the article: «ونصف المليار»
    the = "(?:ال)?" if "ar" in langs else ""
    part = rf"{and_}(?P<num>{part_body}){gap}(?:{the}(?P<scales>{scales_seq}){gap})?"
    more = rf"(?P<more>(?:{and_}(?:{part_body}){gap}(?:{the}{scales_seq}{gap})?)*)"
    # Only Arabic writes a scale with no count before it: «مليار دولار» is one billion,
    # and so is «المليار» («عند المليار و200 مليون دولار» is 1.2 billion).
    singular = (w for w in SCALES["ar"] if w not in AR_PLURAL_SCALES)
    bare = rf"|(?<!\w)(?:ال)?(?P<bare>{_alternation(singular)}){gap}" if "ar" in langs else ""
    currency = _alternation(w for lang in langs for w in CURRENCY_WORDS[lang])
    suffix = _FA_CURRENCY_SUFFIX if "fa" in langs else ""
    amount = (
        rf"(?:{number}{gap}(?:(?P<scales>{scales_seq}){gap})?{bare}){more}"
        rf"(?P<cur>{currency}){suffix}{_BOUNDARY_END}"
    )
    prefix = "|".join(re.escape(p) for p in sorted(CURRENCY_PREFIXES, key=len, reverse=True))
    amount_prefix = (
        rf"(?<!\w)(?P<cur>{prefix})\s?(?P<num>{_DIGITS})"
        rf"(?:{gap}(?P<scales>{scales_seq}){_BOUNDARY_END})?"
    )
    percent_words = _alternation(w for lang in langs for w in PERCENT_WORDS[lang])
    percent_prefix = "|".join(re.escape(p) for p in PERCENT_PREFIXES)
    percent = (
        rf"{number}{gap}(?:{percent_words})(?!\w)"
        rf"|(?:{percent_prefix})(?P<pnum>{_DIGITS})"
    )
    units = _alternation(w for lang in langs for w in DURATION_WORDS[lang])
    unit_gap = r"[\s\u200c-]*"
    # «یک ماه و نیم», «سنتين ونصف» after the unit: the number and a half of it
    duration = (
        rf"{number}{unit_gap}(?P<unit>{units}){_BOUNDARY_END}"
        rf"(?P<unit_half>[\s\u200c]*و[\s\u200c]*{half})?"
    )
    persons = [w for lang in langs for w in PERSON_NOUNS[lang]]
    if "ar" in langs:
        persons += [stem + end for stem in AR_PERSON_STEMS for end in ("", "ا", "ين", "ون")]
    # A count needs a space before its noun: a number word glued to a word is another
    # word («سهم», «دهقان»); «250 من المحتجين» puts «من» and the article between.
    of = r"(?:من[\s\u200c]+)?(?:ال)?" if "ar" in langs else ""
    # a noun sharing the count: «قتلى وجرحى», «کشته و زخمی» (SHARED_COUNT_NOUNS)
    shared = _alternation([*persons, *(w for lang in langs for w in SHARED_COUNT_NOUNS[lang])])
    the_shared = "(?:ال)?" if "ar" in langs else ""
    either = _words(ALTERNATIVE_WORDS, langs, "")
    # Persian writes the object marker onto the noun at times: «۷۳ هزار نفررا»
    glued = [w for lang in langs for w in GLUED_AFTER_NOUN[lang]]
    noun_end = (
        rf"(?:{_BOUNDARY_END}|(?=(?:{_alternation(glued)}){_BOUNDARY_END}))"
        if glued
        else _BOUNDARY_END
    )
    # a compound count goes on as an amount does: «دو هزار و ۵۰۰ نفر»
    count = (
        rf"(?:{number}{gap}(?:(?P<scales>{scales_seq}){gap})?{bare}){more}"
        rf"(?<=[\s\u200c]){of}(?P<noun>{_alternation(persons)}){noun_end}"
        rf"(?:{gap}(?:و|{either}[\s\u200c]){gap}{the_shared}(?:{shared}){_BOUNDARY_END}"
        rf"(?!{gap}(?:{_alternation(SHARED_NOT_BEFORE)})(?![\w\u200c])))?"
    )
    # what every count holds: its noun after a space, as the count reads it
    count_noun = rf"(?<=[\s\u200c]){of}(?:{_alternation(persons)}){noun_end}"
    # «المهاجمين التسعة», the article on both, a closing quote mark after the noun at most;
    # no «عشر» or «و» and a number word after it (part of a larger number)
    after_words = _alternation(AR_COUNTS_AFTER) if "ar" in langs else ""
    count_after = (
        rf"(?:(?<!\w)|(?<=(?<!\w)[وبل]))(?:[«\"“']ال(?P<quoted>{_alternation(persons)})"
        rf"[»\"”']|ال(?P<noun>{_alternation(persons)})(?!\w))"
        rf"[\s\u200c]+ال(?P<num>{after_words})(?!\w)"
        rf"(?![\s\u200c]+(?:{_alternation(('عشر', 'عشرة'))}|{scale})(?!\w))"
        rf"(?![\s\u200c]*و[\s\u200c]*(?:ال)?(?:{word})(?!\w))"
        if "ar" in langs
        else "(?!)"
    )
    # a count whose noun is also a thing («۲۴ تن»): read with the words around it
    ambiguous = [w for lang in langs for w in PERSON_OR_THING_NOUNS[lang]]
    of_ambiguous = r"(?:من[\s\u200c]+)?" if "ar" in langs else ""
    person_or_thing = (
        rf"(?:{number}{gap}(?:(?P<scales>{scales_seq}){gap})?{bare}){more}"
        rf"(?<=[\s\u200c]){of_ambiguous}(?P<noun>{_alternation(ambiguous)})(?![\w\u200c])"
    )
    ending = rf"(?:[\s\u200c]*(?:{_alternation(PEOPLE_ENDINGS)}))?(?![\w\u200c])"
    casualty = _words(CASUALTY_WORDS, langs, ending)
    casualty_verb = _words(CASUALTY_WORDS, langs, r"(?![\w\u200c])")
    people = _words(PEOPLE_WORDS, langs, ending)
    links = _words(PEOPLE_LINKS, langs, r"(?![\w\u200c])")
    of = _words(PEOPLE_OF, langs, rf"\s+(?:{plain_pattern('یک')}\s+)?")
    # the words after the noun, one space between them (``_people_named``)
    right_after = _words(PEOPLE_WORDS, tuple(x for x in langs if x in PEOPLE_RIGHT_AFTER), ending)
    other = _words(PEOPLE_OF_AFTER, langs, r"\s+")
    present = _words(PEOPLE_VERBS_AFTER, langs, r"(?![\w\u200c])")
    people_after = (
        rf"{casualty}|{present}|{right_after}|(?:{other})?{of}(?:{people}|{casualty})"
        rf"|{links}(?:\s+\S+)*?\s+(?:{casualty_verb}|{present})"
    )
    totals = [w for lang in langs for w in PEOPLE_TOTAL_BEFORE[lang]]
    total_before = rf"(?<![\w\u200c])(?:{_alternation(totals)})(?![\w\u200c])" if totals else "(?!)"
    total_reached = (
        rf"^[\s\u200c]*(?:{_alternation(PEOPLE_TOTAL_REACHED)})(?![\w\u200c])" if totals else "(?!)"
    )
    ar_people = rf"(?:{_alternation(persons)})" if "ar" in langs else "(?!)"
    people_scale = (
        rf"{number}{gap}(?P<scales>{_alternation(AR_PEOPLE_SCALES)})(?!\w)"
        if "ar" in langs
        else "(?!)"
    )
    number_of = (
        rf"(?<!\w)[وب]?(?:{_alternation(AR_NUMBER_OF)})[\s\u200c]+(?P<people>ال{ar_people}(?!\w))?"
        if "ar" in langs
        else "(?!)"
    )
    people_verb = (
        rf"(?<!\w)(?:{_alternation(AR_PEOPLE_VERBS)})[\s\u200c]+$" if "ar" in langs else "(?!)"
    )
    months = [w for lang in langs for w in MONTH_NAMES[lang]]
    epithets = rf"(?:(?:{_alternation(MONTH_EPITHETS)})[\s\u200c]+)?"
    month_after = (
        rf"[\s\u200c]+{epithets}(?:{_alternation(months)})(?![\w\u200c])" if months else "(?!)"
    )
    weekdays = [w for lang in langs for w in WEEKDAYS[lang]]
    dates = [
        *([rf"(?:{_DIGITS})[\s\u200c]*(?:{_alternation(months)})"] if months else []),
        *([_alternation(weekdays)] if weekdays else []),
    ]
    date_after = rf"[\s\u200c]+(?:{'|'.join(dates)})(?![\w\u200c])" if dates else "(?!)"
    powers = {fold(w): v for lang in langs for w, v in POWER_WORDS[lang].items()}
    power_words = _alternation(w for lang in langs for w in POWER_WORDS[lang])
    power = (
        rf"(?:{number}{gap}(?:(?P<scales>{scales_seq}){gap})?){more}"
        rf"(?P<unit>{power_words}){suffix}{_BOUNDARY_END}"
    )
    measures = {fold(w): v for lang in langs for w, v in MEASURE_WORDS[lang].items()}
    measure_words = _words({k: tuple(v) for k, v in MEASURE_WORDS.items()}, langs, "")
    measure = rf"{number}{gap}(?P<unit>{measure_words}){_BOUNDARY_END}"
    degrees = _words(MAGNITUDE_WORDS, langs, "")
    magnitude = rf"(?:{_DIGITS}){gap}(?P<unit>{degrees}){_BOUNDARY_END}"
    quake = _words(QUAKE_WORDS, langs, "")
    age_before = _alternation(w for lang in langs for w in AGE_BEFORE[lang])
    age_after = [w for lang in langs for w in AGE_AFTER[lang]]
    dual = (
        re.compile(
            rf"(?<!\w)(?:{_ARTICLE})?(?P<unit>{_alternation(DURATION_DUALS)}){_BOUNDARY_END}"
            rf"(?P<unit_half>[\s\u200c]*و[\s\u200c]*{half})?"
        )
        if "ar" in langs
        else None
    )
    needles = {
        "amount": currency,
        "amount_prefix": prefix,
        "percent": f"{percent_words}|{percent_prefix}",
        "duration": rf"(?:{units}){_BOUNDARY_END}",
        "count": count_noun,
        "count_after": after_words or "(?!)",
        "person_or_thing": _alternation(ambiguous) if ambiguous else "(?!)",
        "people_scale": _alternation(AR_PEOPLE_SCALES) if "ar" in langs else "(?!)",
        "power": power_words,
        "measure": measure_words,
        "magnitude": degrees,
    }
    return _Rules(
        amount=re.compile(amount, re.IGNORECASE),
        amount_prefix=re.compile(amount_prefix, re.IGNORECASE),
        percent=re.compile(percent, re.IGNORECASE),
        duration=re.compile(duration, re.IGNORECASE),
        count=re.compile(count, re.IGNORECASE),
        count_after=re.compile(count_after),
        dual=dual,
        power=re.compile(power, re.IGNORECASE),
        measure=re.compile(measure, re.IGNORECASE),
        magnitude=re.compile(magnitude),
        quake_before=re.compile(rf"(?<![\w\u200c])[وبل]?{quake}(?![\w\u200c])"),
        magnitude_after=re.compile(rf"[\s\u200c]*{_words(MAGNITUDE_SCALE, langs, '')}(?!\w)"),
        magnitude_not_after=re.compile(
            rf"[\s\u200c]*{_words(MAGNITUDE_NOT_AFTER, langs, '')}(?!\w)"
        ),
        # the word before the number («البالغ », «من العمر »), «و» or «ال» written onto it
        age_before=re.compile(rf"(?<!\w)و?(?:{age_before})[\s\u200c]*$", re.IGNORECASE),
        age_after=re.compile(
            rf"^[\s\u200c]*(?:{_alternation(age_after)})(?!\w)" if age_after else "(?!)",
            re.IGNORECASE,
        ),
        # a person, with the indefinite «ی» or not: «مردی ۶۵ ساله»
        age_person=re.compile(
            rf"(?<!\w)(?:{_alternation(AGE_PERSONS)})ی?[\s\u200c]*$" if "fa" in langs else "(?!)"
        ),
        # a person, with «و» or not, not with «ال»: «ورجل 45 عاماً», «قضى الرجل 30 عاما»
        age_person_ar=re.compile(
            rf"(?<!\w)و?(?:{_alternation(AGE_PERSONS_AR)})[\s\u200c]*$" if "ar" in langs else "(?!)"
        ),
        person_or_thing=re.compile(person_or_thing if ambiguous else "(?!)"),
        people_after=re.compile(people_after),
        # the word before the number: «اعدام », «کشته شدن »
        people_before=re.compile(rf"(?<!\w)و?{_words(CASUALTY_BEFORE, langs, '')}[\s\u200c]*$"),
        others=frozenset(fold(w) for lang in langs for w in OTHERS_NOUNS[lang]),
        total_before=re.compile(total_before),
        total_reached=re.compile(total_reached),
        people_scale=re.compile(people_scale),
        number_of=re.compile(number_of),
        people_verb=re.compile(people_verb),
        link_after=re.compile(rf"[\s\u200c]*(?:$|[.،,؛;:!?؟)»]|{links})"),
        killing_frames=tuple(
            (
                re.compile(rf"(?<![\w\u200c]){plain_pattern(opening)}(?![\w\u200c])"),
                re.compile(
                    rf"(?:[\s\u200c]+{_words(PEOPLE_OF_AFTER, langs, '')})?[\s\u200c]+"
                    rf"(?:{_alternation(closings)})(?![\w\u200c])"
                ),
            )
            for lang in langs
            for opening, closings in KILLING_FRAMES[lang]
        ),
        month_after=re.compile(month_after),
        date_after=re.compile(date_after),
        alternative=re.compile(
            rf"[\s\u200c]+{_words(ALTERNATIVE_WORDS, langs, '')}[\s\u200c]+(?P<next>[^\s\u200c]+)",
            re.IGNORECASE,
        ),
        part=re.compile(part),
        words=words,
        long_words=frozenset(w for w in words if len(w) >= _MISSPELT_LENGTH),
        half=re.compile(rf"(?:^|[\s\u200c]*و[\s\u200c]*){half}$"),
        decimal=(
            re.compile(rf"[\s\u200c]+(?:{_alternation(decimal_words)})[\s\u200c]+")
            if decimal_words
            else None
        ),
        joiner=re.compile(joiner),
        scales=scales,
        assailant_after=re.compile(
            rf"[\s\u200c]+{_words(ASSAILANT_ADJECTIVES, langs, '')}(?![\w\u200c])"
        ),
        assailants=frozenset(
            _SPACE_RE.sub("", fold(plain_letters(w)))
            for w in (
                *(w for lang in langs for w in ASSAILANT_NOUNS[lang]),
                *(
                    stem + end
                    for stem in (ASSAILANT_STEMS_AR if "ar" in langs else ())
                    for end in ("", "ا", "ين", "ون")
                ),
            )
        ),
        roles=tuple(
            (role, re.compile(rf"(?<![\w\u200c])[وف]?[بل]?{_words(table, langs, '')}", re.I))
            for role, table in COUNT_ROLES.items()
        ),
        roles_after=tuple(
            (role, re.compile(rf"(?<![\w\u200c]){_words(table, langs, '')}", re.IGNORECASE))
            for role, table in COUNT_ROLES.items()
        ),
        currencies=currencies,
        durations=durations,
        powers=powers,
        measures=measures,
        needles={name: re.compile(needle, re.IGNORECASE) for name, needle in needles.items()},
    )


@cache
def _rules(lang: str) -> _Rules:
    """One language's rules, or every table at once when the language is not known.
    Compiled on first use (~0.03 s a language): a build that extracts only Persian
    articles never compiles the others."""
    return _compile((lang,) if lang in NUMBER_WORDS else tuple(NUMBER_WORDS))


_CURRENCY_PREFIXES = {fold(k): v for k, v in CURRENCY_PREFIXES.items()}
_NOT_NUMBERS = frozenset(fold(w) for w in AR_NOT_NUMBERS)
_NOT_COUNTS = frozenset(fold(w) for w in NOT_COUNTS)
_FEW_PERSON_NOUNS = frozenset(fold(w) for w in FEW_PERSON_NOUNS)
_FRACTIONS = frozenset(fold(w) for w in AR_FRACTIONS)
_OCCASIONS = {
    fold(name): frozenset(fold(w) for w in words) for name, words in OCCASION_NUMBERS.items()
}
# The end of a range's first number («۳ تا ۴ هزار تومان», «11 إلى 14 في المئة», «2-3
# days»): the figure after it is the range's upper end, not a figure of its own.
# The same for two numbers a figure is one of («۲ یا ۳ روز», «يومين أو ثلاثة أيام»): the
# value is neither.
_RANGE_BEFORE_RE = re.compile(
    rf"(?:{_DIGIT}|\w)[\s\u200c]*(?:تا|الی|إلی|الی|إلى|الى|و|to|یا|أو|او|or|-|–)[\s\u200c]*$",
    re.IGNORECASE,
)
# Marks that may open the words of a range's first number: «"3 أو 4 أشخاص».
_OPENING_MARKS = "\"'«“(["
# How much text before a figure is read for a range's first number.
_RANGE_LOOKBACK = 12
_DUALS = {fold(k): v for k, v in DURATION_DUALS.items()}
_ARTICLE_RE = re.compile(rf"^{_ARTICLE}")
_SPACE_RE = re.compile(r"[\s\u200c]+")
# Dots grouping thousands, as Arabic outlets write them: «72.000», «1.500.000» is not.
_THOUSANDS_DOTS_RE = re.compile(r"\d{1,3}(?:\.000)+")

# --- reading values ----------------------------------------------------------------------


_DECIMAL_COMMA_RE = re.compile(r"\d+[,،]\d{1,2}")


def parse_number(text: str, rules: _Rules | None = None) -> float | None:
    """Value of a number written in digits (any script) or in number words."""
    rules = rules or _rules("")
    if fold(text.strip()) in _NOT_NUMBERS:
        return None
    text = _ARTICLE_RE.sub("", text.strip())
    half = rules.half.search(plain_letters(text))
    if half:  # «یک و نیم»: the number and a half; «نصف» alone: a half
        whole = parse_number(plain_letters(text)[: half.start()], rules) if half.start() else 0.0
        return None if whole is None else whole + 0.5
    if rules.decimal is not None and rules.decimal.search(text):
        return _decimal_words(text, rules)
    digits = to_ascii_digits(text)
    decimal = _AR_DECIMAL_RE.fullmatch(digits)
    if decimal:  # «6ر7»: 7.6, the fraction written first
        return float(f"{decimal.group(2)}.{decimal.group(1)}")
    if digits[:1].isdigit():
        if _THOUSANDS_DOTS_RE.fullmatch(digits):
            digits = digits.replace(".", "")  # «100.000 دولار»: a decimal never ends «.000»
        if _DECIMAL_COMMA_RE.fullmatch(digits):
            digits = digits.replace(",", ".").replace("،", ".")  # «2,7», «۱،۴»: decimal
        digits = digits.replace(",", "").replace("٬", "").replace("٫", ".").replace("/", ".")
        try:
            return float(digits)
        except ValueError:
            return None
    whole = rules.words.get(fold(text))
    if whole is not None:
        return float(whole)
    total = 0
    for i, part in enumerate(rules.joiner.split(text)):
        value = rules.words.get(fold(part))
        if value is None and i == 0 and part[:1] in AR_NUMBER_CLITICS:
            value = rules.words.get(fold(_ARTICLE_RE.sub("", part[1:])))  # «بعشرة»
        if value is None:
            return None
        total += value
    return float(total)


def _decimal_words(text: str, rules: _Rules) -> float | None:
    """«یک اعشاریه هشت» -> 1.8, «دو ممیز بیست و پنج» -> 2.25: the words after the
    decimal word are the fraction's digits."""
    assert rules.decimal is not None
    whole, fraction = rules.decimal.split(text, maxsplit=1)
    left, right = parse_number(whole, rules), parse_number(fraction, rules)
    if left is None or right is None or not right.is_integer():
        return None
    return float(f"{int(left)}.{int(right)}") if left.is_integer() else None


def _scale(text: str | None, rules: _Rules) -> tuple[float, bool]:
    """Product of the scale words in *text*, and whether the first one is a dual."""
    if not text:
        return 1.0, False
    factor, dual = 1.0, None
    remaining = fold(text)
    # Longest scale word first at each step (the words may be written together).
    keys = sorted(rules.scales, key=len, reverse=True)
    while remaining:
        remaining = remaining.lstrip()
        key = next((k for k in keys if remaining.startswith(k)), None)
        if key is None:
            break
        value, is_dual = rules.scales[key]
        factor *= value
        dual = is_dual if dual is None else dual
        remaining = remaining[len(key) :]
    return factor, bool(dual)


def _lookup(table: dict[str, str], text: str) -> str | None:
    key = fold(_SPACE_RE.sub(" ", text))
    if key in table:
        return table[key]
    return table.get(key.replace(" ", ""))


# A reader turns a match (in the plain form) into (value, unit, kind), or None.
Reading = tuple[float, str, str]


def _amount(match: re.Match[str], rules: _Rules) -> Reading | None:
    cur = match.group("cur")
    unit = _lookup(rules.currencies, cur) or _CURRENCY_PREFIXES.get(fold(cur))
    groups = match.groupdict()
    if groups.get("bare") and _unread_number_before(match, rules):
        return None
    factor, dual = _scale(groups.get("scales") or groups.get("bare"), rules)
    value = _scaled_number(groups["num"], factor, dual, rules)
    if unit is None or value is None:
        return None
    more = groups.get("more")
    if more:
        value = _add_parts(value, factor, more, rules)
    return None if value is None else (value, unit, "amount")


def _unread_number_before(match: re.Match[str], rules: _Rules) -> bool:
    """Whether the word before *match* (a bare scale: «مليون دولار») is a number the
    tables do not read: a number word misspelt («خمسائة مليون», for «خمسمائة»: one
    letter added, dropped or changed from a number word of ``_MISSPELT_LENGTH`` letters
    or more), or a fraction («ربع المليار»), «و» or a preposition written onto it or
    not.  The scale then counts what that word says, not one: the figure is left out."""
    before = _SPACE_RE.split(match.string[: match.start()].rstrip())[-1]
    word = fold(before)
    candidates = {word, word[1:] if word[:1] in AR_NUMBER_CLITICS else word}
    return any(
        candidate in _FRACTIONS
        or (
            len(candidate) >= _MISSPELT_LENGTH
            and any(_one_edit(candidate, number) for number in rules.long_words)
        )
        for candidate in candidates
    )


# Number words this long are told from their misspellings; shorter ones («ست», «تسع») are
# one letter from too many other words («سنة», «تسعى»).
_MISSPELT_LENGTH = 4


def _one_edit(a: str, b: str) -> bool:
    """*a* and *b* differ by one letter added, dropped or changed (not by none)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k, (x, y) in enumerate(zip(short, long_, strict=False)) if x != y), len(short))
    return short[i:] == long_[i + 1 :]


def _scaled_number(num: str | None, factor: float, dual: bool, rules: _Rules) -> float | None:
    """A number times its scale; a bare scale («مليار دولار») is one, a dual («ملياري») two."""
    if num is None:
        return (2.0 if dual else 1.0) * factor
    count = parse_number(num, rules)
    return None if count is None else count * factor


def _add_parts(value: float, factor: float, more: str, rules: _Rules) -> float | None:
    """*value* (of scale *factor*) plus the parts of a compound number («و ۴۱۷ هزار»),
    each smaller than the one before (else it is no compound: None, left out).  A half
    with no scale of its own is half the scale before it: «مليون ونصف» is 1.5 million."""
    last = value
    for match in rules.part.finditer(more):
        num, scales = match.group("num"), match.group("scales")
        own, dual = _scale(scales, rules)
        if not scales and rules.half.search(plain_letters(num)):
            own = factor
        part = _scaled_number(num, own, dual, rules)
        if part is None or part >= last:
            return None
        value, last, factor = value + part, part, own
    return value


def _count(match: re.Match[str], rules: _Rules) -> Reading | None:
    num = match.group("num")
    groups = match.groupdict()
    # «یک زن» is "a woman"; «یکهزار و ۷۰۰ زائر» is a count
    if num is not None and fold(num.strip()) in _NOT_COUNTS and not groups.get("scales"):
        return None
    if groups.get("bare") and _unread_number_before(match, rules):
        return None
    factor, dual = _scale(groups.get("scales") or groups.get("bare"), rules)
    if factor >= FEW_PERSONS_SCALE and fold(match.group("noun")) in _FEW_PERSON_NOUNS:
        return None
    value = _scaled_number(num, factor, dual, rules)
    more = groups.get("more")
    if value is not None and more:
        value = _add_parts(value, factor, more, rules)
    if value is None or not value.is_integer():
        return None  # «یک و نیم نفر» is no count of people
    return value, "persons", "count"


def _count_after(match: re.Match[str], rules: _Rules) -> Reading | None:
    """People, then their number as an adjective («المهاجمين التسعة»)."""
    value = rules.words.get(fold(match.group("num")))
    return None if value is None else (float(value), "persons", "count")


def _person_or_thing(match: re.Match[str], rules: _Rules) -> Reading | None:
    """A count whose noun is also a thing («۲۴ تن»): of people only when the words around
    it say so (``PERSON_OR_THING_NOUNS``)."""
    return _count(match, rules) if _people_named(match, rules) else None


# Where a clause ends: the words of people must be in the count's own clause.
_CLAUSE_END_RE = re.compile(r"[.،,؛;:!?؟«»()\"]")
# How much text before a number is read for a casualty word (the longest, with spaces).
_CASUALTY_LOOKBACK = 24


def _people_named(match: re.Match[str], rules: _Rules) -> bool:
    """Whether the words after *match*'s noun (in its clause, ``PEOPLE_CONTEXT_WORDS`` of
    them) say it counts people, or a casualty word goes before its number with nothing
    but a link word or the clause's end after the noun, or a killing is said around it
    (``KILLING_FRAMES``)."""
    plain = match.string
    after = plain[match.end() :]
    end = _CLAUSE_END_RE.search(after)
    clause = after[: end.start()] if end else after
    window = " ".join(_SPACE_RE.split(clause.strip())[:PEOPLE_CONTEXT_WORDS])
    if rules.people_after.match(window):
        return True
    before = plain[max(0, match.start() - _CASUALTY_LOOKBACK) : match.start()]
    if rules.people_before.search(before):
        others = fold(_SPACE_RE.sub("", match.group("noun"))) in rules.others
        if others or rules.link_after.match(after):
            return True
    if any(
        closing.match(plain, match.end()) and opening.search(_clause_before(match))
        for opening, closing in rules.killing_frames
    ):
        return True
    return _people_total(match, rules)


# Words between a number of people and its total that make it another clause's: a
# number, «و», «است».
_TOTAL_GAP_RE = re.compile(rf"{_DIGIT}|(?<![\w\u200c])(?:و|است)(?![\w\u200c])")
# «به » right before a number, as a total reached is written: «… به ۳۶ تن رسید».
_TO_BEFORE_RE = re.compile(r"(?<![\w\u200c])به[\s\u200c]+$")


def _clause_before(match: re.Match[str]) -> str:
    """The words of *match*'s clause before it."""
    before = match.string[: match.start()]
    end = _CLAUSE_END_RE.search(before[::-1])
    return before[len(before) - end.start() :] if end else before


def _people_total(match: re.Match[str], rules: _Rules) -> bool:
    """Whether *match* (a count whose noun is also a thing) is the total a number of
    people reached: «تعداد کسانی که … به ۳۶ تن رسید» (``PEOPLE_TOTAL_BEFORE``)."""
    if not _TO_BEFORE_RE.search(match.string, 0, match.start()):
        return False
    if not rules.total_reached.match(match.string[match.end() :]):
        return False
    clause = _clause_before(match)
    named = list(rules.total_before.finditer(clause))
    # the words between are the people's own («… که … شده‌اند»): no other number, no
    # second clause joined by «و» or closed by «است»
    return bool(named) and _TOTAL_GAP_RE.search(clause[named[-1].end() :]) is None


def _people_scale(match: re.Match[str], rules: _Rules) -> Reading | None:
    """Arabic thousands with no noun after them («أكثر من 31 ألفا»): people when the
    clause named them as what is counted, the last «عدد» before the number being of
    people with no other number after it («بلغ عدد الباكستانيين … 31 ألفا»), or a verb
    only people do is right before it («فر 80 ألفا», ``AR_PEOPLE_VERBS``)."""
    if not rules.link_after.match(match.string, match.end()):
        return None
    clause = _clause_before(match)
    named = list(rules.number_of.finditer(clause))
    if named:
        last = named[-1]
        if not last.group("people") or re.search(_DIGIT, clause[last.end() :]):
            named = []
    if not named and not rules.people_verb.search(clause):
        return None
    return _count(match, rules)


def _percent(match: re.Match[str], rules: _Rules) -> Reading | None:
    value = parse_number(match.group("num") or match.group("pnum"), rules)
    return None if value is None else (value, "percent", "percent")


def _duration(match: re.Match[str], rules: _Rules) -> Reading | None:
    value = parse_number(match.group("num"), rules)
    unit = _lookup(rules.durations, match.group("unit"))
    if value is None or unit is None:
        return None
    return value + (0.5 if match.group("unit_half") else 0), unit, "duration"


def _power(match: re.Match[str], rules: _Rules) -> Reading | None:
    factor, dual = _scale(match.group("scales"), rules)
    value = _scaled_number(match.group("num"), factor, dual, rules)
    key = fold(_SPACE_RE.sub(" ", match.group("unit")))
    unit = rules.powers.get(key, rules.powers.get(key.replace(" ", "")))
    more = match.group("more")
    if value is not None and more:
        value = _add_parts(value, factor, more, rules)
    if value is None or unit is None:
        return None
    return value * unit, POWER_UNIT, "power"


def _measure(match: re.Match[str], rules: _Rules) -> Reading | None:
    value = parse_number(match.group("num"), rules)
    measure = _lookup(rules.measures, match.group("unit"))
    if value is None or measure is None:
        return None
    unit, kind = measure
    if kind in ("seats", "families") and not value.is_integer():
        return None
    if kind == "families" and fold(match.group("num").strip()) in _NOT_COUNTS:
        return None  # «یک خانواده»: "a family"
    return value, unit, kind


def _magnitude(match: re.Match[str], rules: _Rules) -> Reading | None:
    """An earthquake's magnitude: the scale named after the degrees, or a quake word in
    the words before the number within its clause (``QUAKE_WORDS``); never degrees of
    temperature («درجة مئوية»)."""
    plain = match.string
    if rules.magnitude_not_after.match(plain, match.end()):
        return None
    value = parse_number(match.group(0)[: match.start("unit") - match.start()], rules)
    if value is None or not 0 < value < MAGNITUDE_MAX:
        return None
    if not rules.magnitude_after.match(plain, match.end()):
        before = plain[: match.start()]
        end = _CLAUSE_END_RE.search(before[::-1])
        clause = before[len(before) - end.start() :] if end else before
        words = " ".join(_SPACE_RE.split(clause.strip())[-QUAKE_CONTEXT_WORDS:])
        if not rules.quake_before.search(words):
            return None
    return value, MAGNITUDE_UNIT, "magnitude"


# «یک روز در میان», «دو هفته در میان»: how often, not how long.
_EVERY_OTHER_RE = re.compile(r"\s*در\s*میان(?![\w\u200c])")


def _is_date(plain: str, match: re.Match[str], rules: _Rules) -> bool:
    """Whether the months of *match* (a duration in *plain*) are a date: a month's name
    after the month word («۲۵ ماه می», ``MONTH_NAMES``); or its day the day word of a date
    after it («الـ14 يوم 14 أغسطس», «الـ14 يوم الخميس», ``WEEKDAYS``): the number before
    it is another's (an ordinal)."""
    unit = fold(match.group("unit"))
    if unit in _DAY_WORDS:
        return rules.date_after.match(plain, match.end()) is not None
    if _lookup(rules.durations, match.group("unit")) != "month":
        return False
    return rules.month_after.match(plain, match.end()) is not None


# The day words a date goes after: «يوم 14 أغسطس», «روز ۱۴ مرداد».
_DAY_WORDS = frozenset(fold(w) for w in ("يوم", "روز"))


def _is_occasion(plain: str, match: re.Match[str]) -> bool:
    """Whether *match*'s number is the name of an occasion after a word of it («زوار
    الأربعين», ``OCCASION_NUMBERS``), «و» or a preposition written onto that word or not."""
    num = match.groupdict().get("num")
    words = _OCCASIONS.get(fold(_SPACE_RE.sub("", num or "")))
    if not words or match.start("num") != match.start():
        return False
    before = _SPACE_RE.split(plain[: match.start()].rstrip())[-1]
    word = fold(before)
    return word in words or (word[:1] in AR_NUMBER_CLITICS and word[1:] in words)


def _after_number_word(plain: str, match: re.Match[str], rules: _Rules) -> bool:
    """Whether *match*'s number is a word right after another number word the tables do
    not join to it («دو سه نفر», two or three; a hundred not in the tables after its
    unit): the two say one number, or a range, that is not the second word's."""
    num = match.groupdict().get("num")
    if not num or match.start("num") != match.start() or not num[:1].isalpha():
        return False
    before = _SPACE_RE.split(plain[: match.start()].rstrip())[-1]
    return fold(before) in rules.words


def _is_age(plain: str, match: re.Match[str], rules: _Rules) -> bool:
    """Whether the years of *match* (a duration in *plain*) are someone's age: an age
    word right before the number or right after the unit (``AGE_BEFORE``,
    ``AGE_AFTER``), a person right before it (``AGE_PERSONS``, ``AGE_PERSONS_AR``), or
    brackets round it alone (``AGE_BRACKETS``)."""
    unit = match.group("unit")
    if _lookup(rules.durations, unit) != "year":
        return False
    before = plain[max(0, match.start() - _AGE_LOOKBACK) : match.start()]
    after = plain[match.end() : match.end() + _AGE_LOOKBACK]
    if fold(unit) == _AGE_ADJECTIVE and rules.age_person.search(before):
        return True
    if rules.age_person_ar.search(before):
        return True
    opening, closing = AGE_BRACKETS
    if before.rstrip().endswith(opening) and after.lstrip().startswith(closing):
        return True
    return bool(rules.age_before.search(before) or rules.age_after.search(after))


_AGE_ADJECTIVE = fold(AGE_ADJECTIVE)
# How much text around a duration is read for an age word (the longest, with its spaces).
_AGE_LOOKBACK = 16


# A year after a dual of years names them: «بين العامين 2008 و2013», no duration.
_NAMED_YEARS_RE = re.compile(r"\s*(?:[12]\d{3}|[١٢][٠-٩]{3}|[۱۲][۰-۹]{3})(?!\d)")
# The dual «عام» with the article, right after a noun with the article and the same
# ending, is the adjective «عام» (general) qualifying it: «المديران العامان», «المدعيين
# العامين» (the directors-, prosecutors-general), no two years.  A noun of another case
# leaves the years: «استمر المسؤولون العامين الماضيين».
_GENERAL_DUALS = {fold(w): fold(w[-2:]) for w in ("عامان", "عامين")}
_QUALIFIED_NOUN_RE = re.compile(r"(?<!\w)[وبلفك]?ال\w+(?P<end>ان|[يی]ن)[\s\u200c]+$")


def _is_general(match: re.Match[str]) -> bool:
    """Whether *match* (a dual of years) is the adjective «العامان/العامين» of the noun
    before it (``_GENERAL_DUALS``)."""
    if not _ARTICLE_RE.match(match.group(0)):
        return False
    end = _GENERAL_DUALS.get(fold(match.group("unit")))
    before = _QUALIFIED_NOUN_RE.search(match.string, max(0, match.start() - 40), match.start())
    return end is not None and before is not None and fold(before.group("end")) == end


def _dual(match: re.Match[str], rules: _Rules) -> Reading | None:
    unit = _lookup(_DUALS, match.group("unit"))
    if unit == "year" and _NAMED_YEARS_RE.match(match.string, match.end()):
        return None
    if unit == "year" and _is_general(match):
        return None
    value = 2.5 if match.group("unit_half") else 2.0
    return None if unit is None else (value, unit, "duration")


def _as_written(paragraph: str, start: int, end: int, dropped: list[int]) -> tuple[int, int]:
    """The span of *paragraph* that the plain form's ``[start, end)`` was made from;
    *dropped*: the positions of the harakat and tatweel the plain form left out.  As a
    loose pattern does, the span takes the marks after its last letter."""
    if not dropped:
        return start, end

    def written(position: int) -> int:
        shift = 0
        for mark in dropped:
            if mark > position + shift:
                break
            shift += 1
        return position + shift

    start, end = written(start), written(end - 1) + 1
    if "\u0600" <= paragraph[end - 1] <= "\u06ff":
        marks = set(dropped)
        while end in marks:
            end += 1
    return start, end


def _clitic_length(match: re.Match[str], rules: _Rules) -> int:
    """1 when the figure opens with a preposition written onto its number word
    («لستة صحفيين»): the figure's text starts after it («ستة صحفيين»)."""
    num = match.groupdict().get("num") or ""
    if not num or match.start("num") != match.start() or num[:1] not in AR_NUMBER_CLITICS:
        return 0
    first = _SPACE_RE.split(num)[0]
    if fold(first) in rules.words or fold(first) in _NOT_NUMBERS:
        return 0  # «بیست»: the letter is the word's own
    return 1


_COUNTRY_WORDS = {
    marker: {
        code: re.compile(rf"(?<!\w)[وبل]?(?:{_alternation(words)})(?!\w)")  # «واليمن»
        for code, words in countries.items()
    }
    for marker, countries in _BY_COUNTRY.items()
}


def _country_currency(marker: str, plain: str) -> str | None:
    """The currency of a riyal or a pound (*marker*) in *plain* (a paragraph's plain
    form): the one country's whose words it holds, None when it names none or several."""
    named = [code for code, words in _COUNTRY_WORDS[marker].items() if words.search(plain)]
    return named[0] if len(named) == 1 else None


def _ends_with_number(text: str, rules: _Rules) -> bool:
    """Whether *text* (before a figure) ends with a number and a range word: «۳ تا »,
    «يومين أو » (an Arabic dual is its own number), «3-» glued to its dash, «"3 أو » after
    an opening quotation mark."""
    joint = _RANGE_BEFORE_RE.search(text)
    if joint is None:
        return False
    words = _SPACE_RE.split(text[: joint.start() + 1].strip())
    first = words[-1].lstrip(_OPENING_MARKS)
    return bool(first) and (parse_number(first, rules) is not None or fold(first) in _DUALS)


def _one_of_two(plain: str, match: re.Match[str], rules: _Rules) -> bool:
    """Whether *match* is the first of two numbers a figure is one of: «يومين أو ثلاثة»,
    «۲ روز یا ۳ روز» (``ALTERNATIVE_WORDS``): the value is neither."""
    after = rules.alternative.match(plain, match.end())
    if after is None:
        return False
    word = after.group("next")
    return parse_number(word, rules) is not None or fold(word) in _DUALS


def _ends_with_scale(text: str, rules: _Rules) -> bool:
    """Whether *text* (before a count) ends with a scale and «و»: «هزار و », a compound
    number whose first part the count's pattern did not read (the count after it is its
    last part, not a count of its own)."""
    words = _SPACE_RE.split(text.strip())
    if len(words) < 2 or fold(words[-1]) != fold("و"):
        return False
    return any(fold(words[-2]).endswith(scale) for scale in rules.scales)


_COUNTS = ("count", "person_or_thing", "people_scale")
# A digit right before a match: the number goes on before it («۸ صد»).
_DIGIT_BEFORE_RE = re.compile(rf"{_DIGIT}[\s\u200c]*$")


def _find(paragraph: str, rules: _Rules) -> list[tuple[int, int, Figure, tuple[str, str]]]:
    """Every figure in *paragraph*, overlapping spans resolved (earliest, then longest),
    each with what it counts (``_counted``)."""
    plain = plain_letters(paragraph)
    dropped = (
        [mark.start() for mark in UNMARKED_RE.finditer(paragraph)]
        if len(plain) < len(paragraph)
        else []
    )
    found: list[tuple[int, int, Figure, tuple[str, str]]] = []
    passes = [
        ("amount", rules.amount, _amount),
        ("amount_prefix", rules.amount_prefix, _amount),
        ("percent", rules.percent, _percent),
        ("duration", rules.duration, _duration),
        ("count", rules.count, _count),
        ("count_after", rules.count_after, _count_after),
        ("person_or_thing", rules.person_or_thing, _person_or_thing),
        ("people_scale", rules.people_scale, _people_scale),
        ("power", rules.power, _power),
        ("measure", rules.measure, _measure),
        ("magnitude", rules.magnitude, _magnitude),
    ]
    if rules.dual is not None:
        passes.append(("dual", rules.dual, _dual))
    for name, pattern, read in passes:
        needle = rules.needles.get(name)
        if needle is not None and needle.search(plain) is None:
            continue
        for match in pattern.finditer(plain):
            before = plain[max(0, match.start() - _RANGE_LOOKBACK) : match.start()]
            if _ends_with_number(before, rules):
                continue  # the upper end of a range
            if name in _COUNTS and _ends_with_scale(before, rules):
                continue  # the last part of a compound number
            if name == "measure" and (
                _ends_with_scale(before, rules) or _DIGIT_BEFORE_RE.search(before)
            ):
                continue  # «۴ هزار و ۸ صد خانواده»: a part of a number it does not read
            if name == "duration" and _is_age(plain, match, rules):
                continue  # «البالغ 65 عاما»: an age, no duration
            if name == "duration" and _is_date(plain, match, rules):
                continue  # «۲۵ ماه می»: a date, no duration
            if name == "duration" and _EVERY_OTHER_RE.match(plain, match.end()):
                continue  # «یک روز در میان»: every other day, no duration
            if _is_occasion(plain, match):
                continue  # «زوار الأربعين»: the occasion's name, no number
            if _after_number_word(plain, match, rules):
                continue  # «دو سه نفر»: the number is not the last word's
            if _one_of_two(plain, match, rules):
                continue  # «يومين أو ثلاثة»: the first of two numbers
            reading = read(match, rules)
            if reading is not None and reading[1] in _BY_COUNTRY:
                unit = _country_currency(reading[1], plain)
                reading = None if unit is None else (reading[0], unit, reading[2])
            if reading is not None:
                start, end = _as_written(
                    paragraph, match.start() + _clitic_length(match, rules), match.end(), dropped
                )
                figure = Figure(paragraph[start:end], *reading)
                found.append((start, end, figure, _counted(match, figure, rules)))
    found.sort(key=lambda item: (item[0], -(item[1] - item[0])))
    kept: list[tuple[int, int, Figure, tuple[str, str]]] = []
    for item in found:
        if kept and item[0] < kept[-1][1]:
            continue
        kept.append(item)
    return kept


def _counted(match: re.Match[str], figure: Figure, rules: _Rules) -> tuple[str, str]:
    """Whom a count counts: "assailants" for a noun of them (``ASSAILANT_NOUNS``), else
    "" (anyone else; and the other kinds, whose unit says what they are); and what
    happened to them (``COUNT_ROLES``; "" when its words do not say)."""
    if figure.kind != "count":
        return "", ""
    groups = match.groupdict()
    noun = _SPACE_RE.sub("", fold(groups.get("noun") or groups.get("quoted") or ""))
    side = ""
    if noun in rules.assailants or rules.assailant_after.match(match.string, match.end()):
        side = "assailants"
    return side, _role(match, noun, rules)


# What cuts the words read for a count's role: another number, or a word «و» opens (the
# next clause: «۱۰ نفر کشته و ۱۰ نفر زخمی شدند», «تسعة أشخاص وإصابة عشرة آخرين»).
_ROLE_CUT_RE = re.compile(rf"(?P<number>{_DIGIT})|(?<![\w\u200c])و")


def _role(match: re.Match[str], noun: str, rules: _Rules) -> str:
    """What happened to the people *match* counts (``COUNT_ROLES``): said by its noun,
    by a word in the few words right before its number («مقتل عشرة أشخاص», «کشته شدن دست
    کم ۱۵ نفر»: the nearest), or by the first word after its noun in its clause («۱۵ نفر
    طی انفجاری کشته شدند»); never across another number or a «و» standing alone, nor in
    a word «و» opens after the noun («أربعة أشخاص وأصيب 13 آخرون»), nor after the noun
    when another number follows in its clause (the words before it are its own)."""
    for role, pattern in rules.roles:
        if noun and pattern.match(noun):
            return role
    plain = match.string
    words = _SPACE_RE.split(_clause_before(match).strip())[-ROLE_LOOKBACK_WORDS:]
    before = " ".join(words)
    cuts = list(_ROLE_CUT_RE.finditer(before))
    before = before[cuts[-1].end() :] if cuts else before
    found = [(m.end(), role) for role, pattern in rules.roles for m in pattern.finditer(before)]
    if found:
        return max(found)[1]
    after = plain[match.end() :]
    end = _CLAUSE_END_RE.search(after)
    after = " ".join(
        _SPACE_RE.split((after[: end.start()] if end else after).strip())[:PEOPLE_CONTEXT_WORDS]
    )
    cut = _ROLE_CUT_RE.search(after)
    if cut and cut.group("number"):
        return ""  # the words before another number are that number's
    after = after[: cut.start()] if cut else after
    found = [
        (m.start(), role) for role, pattern in rules.roles_after for m in pattern.finditer(after)
    ]
    return min(found)[1] if found else ""


def extract_figures(paragraphs: list[str], lang: str) -> list[Figure]:
    """Amounts, percentages and durations in reading order, one per (value, unit, kind)
    and, for counts, whom they count (``ASSAILANT_NOUNS``): «ثلاثة مهاجمين» and «ثلاثة
    أشخاص» are two figures; and what happened to them (``COUNT_ROLES``): «عشر رهائن» and
    «مقتل عشر أشخاص» are two, where a count that says nothing of it is one with any."""
    rules = _rules(lang)
    seen: dict[tuple[float, str, str, str], set[str]] = {}
    figures: list[Figure] = []
    for paragraph in paragraphs:
        for _start, _end, figure, (side, role) in _find(paragraph, rules):
            key = (figure.value, figure.unit, figure.kind, side)
            roles = seen.get(key)
            if roles is not None and (role in roles or not role or "" in roles):
                continue
            seen.setdefault(key, set()).add(role)
            figures.append(figure)
    return figures
