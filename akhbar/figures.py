"""Figures: money amounts, percentages and durations, with normalised values.

``extract_figures(paragraphs, lang) -> list[Figure]`` returns every figure in reading
order, de-duplicated by ``(value, unit, kind)`` (the first spelling wins).  Three kinds:

* ``amount``: a number, optional scale words and a currency, e.g. «۱۰ میلیارد دلار»,
  «10 مليارات دولار», «$1.5bn» -> value in units of the currency (10_000_000_000),
  unit an ISO 4217 code.  Toman is kept as ``IRT`` (1 toman = 10 rials), not converted.
* ``percent``: «۲۰ درصد», «20 بالمئة», «20%», «٪۲۰» -> unit ``percent``.
* ``duration``: «۱۲ روزه», «دوازده‌روزه», «الـ 12 يوماً», «يومين», «8 سنوات», «two-day»
  -> unit ``day`` / ``week`` / ``month`` / ``year``, value the count.

Numbers are written in Persian, Arabic-Indic or ASCII digits, with thousands separators
(«٬» «,») and decimal marks («٫» «.» and «/» as in Persian «۲/۵»), or as number words
(1-20 and the tens, joined as «بیست و پنج», «خمسة وعشرين», «twenty-five»).

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
from akhbar.text import UNMARKED_RE, fold, plain_letters, plain_pattern, to_ascii_digits

# --- tables ------------------------------------------------------------------------------
# fmt: off

NUMBER_WORDS: dict[str, dict[str, int]] = {
    "fa": {
        "یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8,
        "نه": 9, "ده": 10, "یازده": 11, "دوازده": 12, "سیزده": 13, "چهارده": 14,
        "پانزده": 15, "پونزده": 15, "شانزده": 16, "هفده": 17, "هیفده": 17, "هجده": 18,
        "هیجده": 18, "نوزده": 19, "بیست": 20, "سی": 30, "چهل": 40, "پنجاه": 50,
        "شصت": 60, "هفتاد": 70, "هشتاد": 80, "نود": 90,
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
    },
    "en": {
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    },
}

# How number words are chained into one number (their values are added):
# «بیست و پنج», «خمسة وعشرين», «twenty-five».
NUMBER_JOINERS = {"fa": r"[\s\u200c]+و[\s\u200c]+", "ar": r"\s+و\s*", "en": r"[\s-]"}

# Scale words: value, and whether the word is an Arabic dual («ملياري دولار» = 2 billion,
# with no number written before it).
SCALES: dict[str, dict[str, tuple[float, bool]]] = {
    "fa": {
        "هزار": (1e3, False), "میلیون": (1e6, False), "میلیارد": (1e9, False),
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

# Currency words written after the number.  Toman stays IRT (1 toman = 10 rials).
CURRENCY_WORDS: dict[str, dict[str, str]] = {
    "fa": {
        "دلار آمریکا": "USD", "دلار": "USD", "یورو": "EUR", "ریال ایران": "IRR",
        "ریال": "IRR", "تومان": "IRT", "روپیه پاکستان": "PKR", "روپیه هند": "INR",
        "روپیه هندی": "INR", "روپیه": "PKR", "یوان": "CNY", "پوند استرلینگ": "GBP",
        "پوند انگلیس": "GBP", "پوند": "GBP",
    },
    "ar": {
        "دولار أمريكي": "USD", "دولار أميركي": "USD", "دولارات": "USD", "دولارا": "USD",
        "دولار": "USD", "يورو": "EUR", "ريال إيراني": "IRR", "ريالات": "IRR",
        "ريال": "IRR", "تومانات": "IRT", "تومان": "IRT", "روبية باكستانية": "PKR",
        "روبيات": "PKR", "روبية": "PKR", "يوان": "CNY",
        # Indian rupees are never Pakistan's
        "روبية هندية": "INR", "روبيات هندية": "INR", "روبية هندي": "INR",
        # «جنيه» alone is the Egyptian pound, «جنيه إسترليني» sterling
        "جنيه إسترليني": "GBP", "جنيها إسترلينيا": "GBP", "جنيهات إسترلينية": "GBP",
        "جنيه مصري": "EGP", "جنيها مصريا": "EGP", "جنيهات مصرية": "EGP",
        "جنيه": "EGP", "جنيها": "EGP", "جنيهات": "EGP",
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
# Arabic prepositions written onto a number word: «بعشرة ملايين دولار», «لخمسة أيام».
AR_NUMBER_CLITICS = "بل"

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
# Arabic duals carry their own count of two: «زيارة تستمر يومين».
DURATION_DUALS = {
    "يومين": "day", "يومان": "day", "أسبوعين": "week", "أسبوعان": "week",
    "شهرين": "month", "شهران": "month", "سنتين": "year", "سنتان": "year",
    "عامين": "year", "عامان": "year",
}

# fmt: on

# --- compiling the tables ----------------------------------------------------------------


def _alternation(words: Iterable[str]) -> str:
    """The words' plain patterns (see the module docstring), longest first so «دوازده»
    wins over «دو»."""
    return "|".join(plain_pattern(w) for w in sorted(words, key=len, reverse=True))


_DIGIT = "[0-9\u06f0-\u06f9\u0660-\u0669]"
# Grouped thousands («10,000» «۱۰٬۰۰۰») or plain digits, then an optional decimal part;
# «/» is a decimal mark only when not followed by another «/digit» (so not a date).
_DIGITS = (
    rf"(?<![0-9\u06f0-\u06f9\u0660-\u0669.,٫٬/]){_DIGIT}{{1,3}}(?:[,٬]{_DIGIT}{{3}})+"
    rf"(?:[.٫]{_DIGIT}+)?(?![0-9\u06f0-\u06f9\u0660-\u0669])"
    rf"|(?<![0-9\u06f0-\u06f9\u0660-\u0669.,٫٬/]){_DIGIT}+"
    rf"(?:(?:[.٫]|/(?!{_DIGIT}+/)){_DIGIT}+)?(?![0-9\u06f0-\u06f9\u0660-\u0669])"
)
_BOUNDARY_END = r"(?!\w)"
_ARTICLE = "ال\u0640?\\s?"  # Arabic «الـ 12 يوماً», «الاثني عشر»


@dataclass(frozen=True, slots=True)
class _Rules:
    """The compiled patterns and look-up tables of one language."""

    amount: re.Pattern[str]
    amount_prefix: re.Pattern[str]
    percent: re.Pattern[str]
    duration: re.Pattern[str]
    dual: re.Pattern[str] | None
    words: dict[str, int]
    joiner: re.Pattern[str]
    scales: dict[str, tuple[float, bool]]
    currencies: dict[str, str]
    durations: dict[str, str]
    # A word each match of a pattern holds (its currency, percent word or unit): a
    # paragraph without one is not searched with the pattern (~10x slower to run).
    needles: dict[str, re.Pattern[str]]


def _compile(langs: tuple[str, ...]) -> _Rules:
    words = {fold(w): v for lang in langs for w, v in NUMBER_WORDS[lang].items()}
    scales = {fold(w): v for lang in langs for w, v in SCALES[lang].items()}
    currencies = {fold(w): v for lang in langs for w, v in CURRENCY_WORDS[lang].items()}
    durations = {fold(w): v for lang in langs for w, v in DURATION_WORDS[lang].items()}
    joiner = "|".join(NUMBER_JOINERS[lang] for lang in langs)
    word = _alternation(w for lang in langs for w in NUMBER_WORDS[lang])
    article = _ARTICLE if "ar" in langs else ""
    # Persian writes a count glued to its unit once ZWNJ is lost: «دوازدهروزه».
    word_end = "" if "fa" in langs else r"(?!\w)"
    clitic = f"[{AR_NUMBER_CLITICS}]?" if "ar" in langs else ""
    number = (
        rf"(?P<num>(?:{article})?(?:{_DIGITS})"
        rf"|(?<!\w){clitic}(?:{article})?(?:{word})(?:(?:{joiner})(?:{word})){{0,2}}{word_end})"
    )
    scale = _alternation(w for lang in langs for w in SCALES[lang])
    scales_seq = rf"(?:{scale})(?:[\s\u200c]*(?:{scale}))*"
    gap = r"[\s\u200c]*"
    # Only Arabic writes a scale with no count before it: «مليار دولار» is one billion.
    singular = (w for w in SCALES["ar"] if w not in AR_PLURAL_SCALES)
    bare = rf"|(?<!\w)(?P<bare>{_alternation(singular)}){gap}" if "ar" in langs else ""
    currency = _alternation(w for lang in langs for w in CURRENCY_WORDS[lang])
    suffix = _FA_CURRENCY_SUFFIX if "fa" in langs else ""
    amount = (
        rf"(?:{number}{gap}(?:(?P<scales>{scales_seq}){gap})?{bare})"
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
    duration = rf"{number}{unit_gap}(?P<unit>{units}){_BOUNDARY_END}"
    dual = (
        re.compile(
            rf"(?<!\w)(?:{_ARTICLE})?(?P<unit>{_alternation(DURATION_DUALS)}){_BOUNDARY_END}"
        )
        if "ar" in langs
        else None
    )
    needles = {
        "amount": currency,
        "amount_prefix": prefix,
        "percent": f"{percent_words}|{percent_prefix}",
        "duration": units,
    }
    return _Rules(
        amount=re.compile(amount, re.IGNORECASE),
        amount_prefix=re.compile(amount_prefix, re.IGNORECASE),
        percent=re.compile(percent, re.IGNORECASE),
        duration=re.compile(duration, re.IGNORECASE),
        dual=dual,
        words=words,
        joiner=re.compile(joiner),
        scales=scales,
        currencies=currencies,
        durations=durations,
        needles={name: re.compile(needle, re.IGNORECASE) for name, needle in needles.items()},
    )


@cache
def _rules(lang: str) -> _Rules:
    """One language's rules, or every table at once when the language is not known.
    Compiled on first use (~0.03 s a language): a build that extracts only Persian
    articles never compiles the others."""
    return _compile((lang,) if lang in NUMBER_WORDS else tuple(NUMBER_WORDS))


_CURRENCY_PREFIXES = {fold(k): v for k, v in CURRENCY_PREFIXES.items()}
_DUALS = {fold(k): v for k, v in DURATION_DUALS.items()}
_ARTICLE_RE = re.compile(rf"^{_ARTICLE}")
_SPACE_RE = re.compile(r"[\s\u200c]+")
# Dots grouping thousands, as Arabic outlets write them: «72.000», «1.500.000» is not.
_THOUSANDS_DOTS_RE = re.compile(r"\d{1,3}(?:\.000)+")

# --- reading values ----------------------------------------------------------------------


def parse_number(text: str, rules: _Rules | None = None) -> float | None:
    """Value of a number written in digits (any script) or in number words."""
    rules = rules or _rules("")
    text = _ARTICLE_RE.sub("", text.strip())
    digits = to_ascii_digits(text)
    if digits[:1].isdigit():
        if _THOUSANDS_DOTS_RE.fullmatch(digits):
            digits = digits.replace(".", "")  # «100.000 دولار»: a decimal never ends «.000»
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
    factor, dual = _scale(groups.get("scales") or groups.get("bare"), rules)
    num = groups["num"]
    if num is None:
        # A bare scale: Arabic «مليار دولار» (one billion) or dual «ملياري دولار».
        count: float | None = 2.0 if dual else 1.0
    else:
        count = parse_number(num, rules)
    if unit is None or count is None:
        return None
    return count * factor, unit, "amount"


def _percent(match: re.Match[str], rules: _Rules) -> Reading | None:
    value = parse_number(match.group("num") or match.group("pnum"), rules)
    return None if value is None else (value, "percent", "percent")


def _duration(match: re.Match[str], rules: _Rules) -> Reading | None:
    value = parse_number(match.group("num"), rules)
    unit = _lookup(rules.durations, match.group("unit"))
    if value is None or unit is None:
        return None
    return value, unit, "duration"


def _dual(match: re.Match[str], rules: _Rules) -> Reading | None:
    unit = _lookup(_DUALS, match.group("unit"))
    return None if unit is None else (2.0, unit, "duration")


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


def _find(paragraph: str, rules: _Rules) -> list[tuple[int, int, Figure]]:
    """Every figure in *paragraph*, overlapping spans resolved (earliest, then longest)."""
    plain = plain_letters(paragraph)
    dropped = (
        [mark.start() for mark in UNMARKED_RE.finditer(paragraph)]
        if len(plain) < len(paragraph)
        else []
    )
    found: list[tuple[int, int, Figure]] = []
    passes = [
        ("amount", rules.amount, _amount),
        ("amount_prefix", rules.amount_prefix, _amount),
        ("percent", rules.percent, _percent),
        ("duration", rules.duration, _duration),
    ]
    if rules.dual is not None:
        passes.append(("dual", rules.dual, _dual))
    for name, pattern, read in passes:
        needle = rules.needles.get(name)
        if needle is not None and needle.search(plain) is None:
            continue
        for match in pattern.finditer(plain):
            reading = read(match, rules)
            if reading is not None:
                start, end = _as_written(paragraph, match.start(), match.end(), dropped)
                found.append((start, end, Figure(paragraph[start:end], *reading)))
    found.sort(key=lambda item: (item[0], -(item[1] - item[0])))
    kept: list[tuple[int, int, Figure]] = []
    for start, end, figure in found:
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end, figure))
    return kept


def extract_figures(paragraphs: list[str], lang: str) -> list[Figure]:
    """Amounts, percentages and durations in reading order, one per (value, unit, kind)."""
    rules = _rules(lang)
    seen: set[tuple[float, str, str]] = set()
    figures: list[Figure] = []
    for paragraph in paragraphs:
        for _start, _end, figure in _find(paragraph, rules):
            key = (figure.value, figure.unit, figure.kind)
            if key not in seen:
                seen.add(key)
                figures.append(figure)
    return figures
