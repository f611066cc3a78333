"""UI localisation: gettext catalogs, plural forms, localized dates, numbers and amounts.

The publication has three UI editions, ``LANGUAGES``.  Every UI string is an English
msgid in ``locale/<lang>/LC_MESSAGES/messages.po``; the catalogs are compiled in memory
the first time an edition asks for them (``get_translations``), so a stale or missing
``.mo`` can never be published.  ``compile_catalogs`` writes the ``.mo`` files for tools
that want them on disk.  ``scripts/i18n-update`` re-extracts ``locale/messages.pot`` and
merges it into the three catalogs.

Every msgid the site and the PDF use is in ``MESSAGES`` (single strings) and
``PLURALS`` (singular/plural pairs) below, marked so that pybabel extracts them even
before a template uses them.  Use exactly these msgids.

Template idioms (``jinja_env(lang, templates)``, newstyle gettext, autoescaping):

* a plain string: ``{{ _("Key points") }}``
* a count, with the edition's digits (``num`` is not overridden by Jinja when passed):
  ``{{ ngettext("%(num)s article", "%(num)s articles", n, num=n|number) }}``
  or as a block:
  ``{% trans count=n, num=n|number %}{{ num }} article{% pluralize count %}{{ num }}
  articles{% endtrans %}`` (``pluralize count`` is required: it names the plural choice).
  Without ``num=n|number`` the count is written in ASCII digits in every edition.
  Arabic has six forms; form 1 and 2 carry no number («مقالة واحدة», «مقالتان»).
* filters: ``{{ a.date|date }}``, ``{{ n|number }}``, ``{{ text|digits }}``,
  ``{{ "fa"|lang_name }}``, ``{{ f.value|amount(f.unit) }}``.
* ``{% trans %}`` blocks are trimmed (whitespace collapsed) at extraction and at run time.

Python code: ``gettext(msgid, lang)``, ``plural(kind, n, lang)`` (a ``PLURALS`` key),
``count_articles(n, lang)``, ``format_amount(value, unit, lang)``.  A new UI string is
added to ``MESSAGES`` (or marked with ``_()`` where it is defined), then
``scripts/i18n-update`` is run and the fa and ar entries translated; the tests fail until
the template is up to date and every entry is translated.  Extraction keywords are ``_``,
``ngettext`` and ``_n`` only: a call such as ``tr.gettext(TITLES[name])`` is not
extracted, so its strings must be marked where they are written.

Dates: ``format_date`` writes fa «۶ آذر ۱۴۰۴ (۲۷ نوامبر ۲۰۲۵)» (Solar Hijri by jdatetime,
Gregorian by Babel), ar «٢٧ نوفمبر ٢٠٢٥», en "27 November 2025"; no date -> the
edition's «تاریخ نامعلوم» / «تاريخ غير معروف» / "Date unknown".  Digits: Persian ۰-۹ in
fa, Arabic-Indic ٠-٩ in ar, ASCII in en, everywhere the UI writes a number.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable
from io import BytesIO
from pathlib import Path
from typing import Any

import jdatetime
import jinja2
from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import PoFileError, read_po
from babel.numbers import format_decimal
from babel.support import Translations
from jinja2.filters import make_attrgetter

from akhbar.errors import CatalogError as CatalogError

# The editions and their directions are the model's table (re-exported for the pages).
from akhbar.model import DIRECTIONS as DIRECTIONS
from akhbar.model import LANGUAGES as LANGUAGES

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
DOMAIN = "messages"

# Between the items of a list in running text: the Arabic comma in the RTL editions, the
# Latin one (and its space) in English ("Pakistan, Iran", not "Pakistan، Iran").
LIST_SEPARATORS = {"fa": "، ", "ar": "، ", "en": ", "}

# CLDR numbering systems whose separators Babel uses per edition; Babel keeps ASCII
# digits in every system, so the digits themselves are replaced by ``to_digits``.
NUMBERING_SYSTEMS = {"fa": "arabext", "ar": "arab", "en": "latn"}

# The Gregorian date pattern: day, month name, year, as readers of each language write
# it.  Babel's "long" is "November 27, 2025" for en; the briefing uses the day-first
# British order in all three editions.
GREGORIAN_PATTERN = "d MMMM y"

_DIGITS = {
    "fa": "۰۱۲۳۴۵۶۷۸۹",  # Extended Arabic-Indic (U+06F0..U+06F9)
    "ar": "٠١٢٣٤٥٦٧٨٩",  # Arabic-Indic (U+0660..U+0669)
    "en": "0123456789",
}
_DIGIT_TABLES = {
    lang: {ord(d): digits[i] for other in _DIGITS.values() for i, d in enumerate(other)}
    for lang, digits in _DIGITS.items()
}

# An integer in the CLDR "other" plural class of fa, ar and en alike: fractional counts
# («۲٫۵ میلیارد», «٢٫٥ مليار») take that class, and gettext only accepts integers.
_OTHER_SAMPLE = 100

DURATION_UNITS = ("day", "week", "month", "year")

# Amounts at or above a scale are written with its word: «۱۰ میلیارد», "10 billion".
# Below a million the number is written out in full ("500,000").
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
# Decimal places kept on a scaled amount ("2.75 billion").
_AMOUNT_DECIMALS = 2


# --- the messages -------------------------------------------------------------------------


def _(message: str) -> str:
    """Mark *message* for extraction; translated where it is shown."""
    return message


def _n(singular: str, plural: str) -> tuple[str, str]:
    """Mark a singular/plural pair for extraction (``-k _n:1,2``)."""
    return singular, plural


MESSAGES = (
    # navigation and page titles
    _("Akhbar"),  # the site name: fa «اخبار», ar «أخبار»
    _("Briefings on Iran–Pakistan relations"),  # the tagline
    _("Home"),
    _("Latest briefings"),
    _("Timeline"),
    _("Actors"),
    _("Topics"),
    _("Sources"),
    _("Search"),
    _("Search the briefings"),
    # the search page, while it searches the newest articles only (akhbar.search)
    _("Searching the articles published since {date}."),
    _("Search all articles"),
    _("No results"),
    # lists of articles in numbered pages (akhbar.site_data.Paging)
    _("Pages"),  # the label of the links between them
    _("Newer"),
    _("Older"),
    _("%(title)s, page %(num)s"),  # the title of page 2 and after
    _("Every article, month by month"),  # the home page's link to the timeline
    _("Page not found"),
    _("Back to the home page"),
    _("Feed"),
    # an article
    _("Key points"),
    _("Figures"),
    _("Quotes"),
    _("Full text"),
    _("Read the article"),
    _("Date"),
    _("Source"),
    _("quoting"),  # after the source, the agency it quotes: «Fars (quoting AFP)»
    _("Language"),
    _("Byline"),
    _("Unknown source"),
    _("Date unknown"),
    _("Undated"),  # the books' word for it: translated as "Date unknown", one label
    _("Said by"),
    _("Unattributed"),
    _("score"),
    # actors
    _("People"),
    _("Organisations"),
    _("States"),
    _("Person"),
    _("Organisation"),
    _("State"),
    _("Type"),
    _("Country"),
    _("Roles"),
    _("Names"),
    _("Articles"),
    _("What they said"),
    _("Appears with"),
    _("Most present actors"),
    _("since"),  # a role held since a date
    _("until"),  # a role held until a date
    _("present"),  # the open end of a role: "2019–present"
    # the briefing book
    _("Briefing book (PDF)"),
    _("Download the briefing book"),
    _("Contents"),
    _("Index of actors"),
    _("Index of topics"),
    _("Page"),
    _("Generated from articles up to"),
    _(
        "The newest %(num)s of %(total)s articles; every article is on the site."
    ),  # a book of the newest only
    # editions
    _("Edition"),
    _("Persian"),
    _("Arabic"),
    _("English"),
)

PLURALS = {
    "article": _n("%(num)s article", "%(num)s articles"),
    "mention": _n("%(num)s mention", "%(num)s mentions"),
    "result": _n("%(num)s result", "%(num)s results"),
    "day": _n("%(num)s day", "%(num)s days"),
    "week": _n("%(num)s week", "%(num)s weeks"),
    "month": _n("%(num)s month", "%(num)s months"),
    "year": _n("%(num)s year", "%(num)s years"),
    "persons": _n("%(num)s person", "%(num)s people"),  # a count of people («۵۰ نفر»)
    "megawatt": _n("%(num)s megawatt", "%(num)s megawatts"),  # electric power («۵۰۰ مگاوات»)
    "tonne": _n("%(num)s tonne", "%(num)s tonnes"),  # a weight («60 طناً»)
    "seat": _n("%(num)s seat", "%(num)s seats"),  # seats won or held («57 مقعدا»)
    "family": _n("%(num)s family", "%(num)s families"),  # a count of families («۵۱۷ خانواده»)
    # scale words of amounts; English does not inflect them, Arabic does («مليارات»)
    "million": _n("%(num)s million", "%(num)s million"),
    "billion": _n("%(num)s billion", "%(num)s billion"),
    "trillion": _n("%(num)s trillion", "%(num)s trillion"),
}

# An amount in a currency: ``%(amount)s`` is the number with its scale word.
CURRENCIES = {
    "USD": _("US$%(amount)s"),
    "EUR": _("€%(amount)s"),
    "PKR": _("Rs %(amount)s"),
    "IRR": _("%(amount)s rials"),
    "IRT": _("%(amount)s tomans"),
    "CNY": _("%(amount)s yuan"),
}
_OTHER_CURRENCY = _("%(amount)s %(currency)s")  # any other ISO 4217 code
_PERCENT = _("%(num)s percent")  # en "25%", fa «۲۵ درصد», ar «٢٥٪»
_MAGNITUDE = _("magnitude %(num)s")  # an earthquake's: fa «۵٫۷ ریشتر», ar «٥٫٧ درجات»


# --- catalogs ------------------------------------------------------------------------------


def po_path(lang: str, locale_dir: Path = LOCALE_DIR) -> Path:
    return locale_dir / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def _check_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"Unknown UI language {lang!r}; expected one of {LANGUAGES}")


# A msgid/msgstr/msgctxt line or a continuation line: its quoted string must be closed.
# Babel reads an unclosed string as an empty one (the translation silently vanishes).
_PO_STRING_LINE_RE = re.compile(
    r'^(?:#~\s*)?(?:(?:msgid|msgid_plural|msgctxt|msgstr(?:\[\d+\])?)\s+)?"'
)
_PO_CLOSED_RE = re.compile(r'(?<!\\)(?:\\\\)*"\s*$')


def _unclosed_string_line(text: str) -> int | None:
    """The number of the first line whose quoted string is not closed, if any."""
    for number, line in enumerate(text.splitlines(), start=1):
        body = line.strip()
        if _PO_STRING_LINE_RE.match(body) and (
            len(body) - body.index('"') < 2 or not _PO_CLOSED_RE.search(body)
        ):
            return number
    return None


def load_catalog(path: Path, lang: str) -> Catalog:
    """The catalog in *path*, checked: syntax, placeholders, number of plural forms."""
    try:
        data = path.read_bytes()
        line = _unclosed_string_line(data.decode("utf-8"))
        if line is not None:
            raise CatalogError(path, f"unclosed string on line {line}")
        catalog = read_po(BytesIO(data), locale=lang, domain=DOMAIN, abort_invalid=True)
    except (OSError, PoFileError, ValueError) as e:
        raise CatalogError(path, str(e)) from e
    for message, errors in catalog.check():
        raise CatalogError(path, f"msgid {message.id!r}: {'; '.join(map(str, errors))}")
    return catalog


def _mo_bytes(catalog: Catalog) -> bytes:
    buffer = BytesIO()
    write_mo(buffer, catalog)
    return buffer.getvalue()


def translations_from_po(path: Path, lang: str) -> Translations:
    """Compile the catalog in *path* in memory (no cache)."""
    return Translations(fp=BytesIO(_mo_bytes(load_catalog(path, lang))), domain=DOMAIN)


@functools.cache
def get_translations(lang: str) -> Translations:
    """The compiled catalog of edition *lang*, once per process."""
    _check_language(lang)
    return translations_from_po(po_path(lang), lang)


def compile_catalogs(out_dir: Path, locale_dir: Path = LOCALE_DIR) -> list[Path]:
    """Write ``<out_dir>/<lang>/LC_MESSAGES/messages.mo`` for every edition."""
    written = []
    for lang in LANGUAGES:
        target = out_dir / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(_mo_bytes(load_catalog(po_path(lang, locale_dir), lang)))
        written.append(target)
    return written


def gettext(message: str, lang: str) -> str:
    return get_translations(lang).gettext(message)


def _plural_n(n: float) -> int:
    """The integer gettext chooses the plural form by (fractions take "other")."""
    return int(n) if float(n).is_integer() else _OTHER_SAMPLE


def plural(kind: str, n: float, lang: str) -> str:
    """``PLURALS[kind]`` for *n*, with the number in the edition's digits."""
    singular, plural_ = PLURALS[kind]
    text = get_translations(lang).ngettext(singular, plural_, _plural_n(n))
    return text % {"num": format_number(n, lang)}


def count_articles(n: int, lang: str) -> str:
    """«۳ مقاله», «٣ مقالات», "3 articles"."""
    return plural("article", n, lang)


# --- digits, numbers, amounts --------------------------------------------------------------


def to_digits(text: str, lang: str) -> str:
    """Every digit in *text* (ASCII, Persian or Arabic-Indic) in the edition's digits."""
    _check_language(lang)
    return text.translate(_DIGIT_TABLES[lang])


# Pure, and asked for the same counts over and over by the lists and their charts (~30,000
# times an edition at 1,000 articles, ~0.05 ms each through Babel).
@functools.lru_cache(maxsize=1 << 14)
def format_number(n: float, lang: str) -> str:
    """«۱٬۲۳۴٫۵», «١٬٢٣٤٫٥», "1,234.5": Babel's separators, the edition's digits."""
    _check_language(lang)
    if isinstance(n, float) and n.is_integer():
        n = int(n)
    text = format_decimal(n, locale=lang, numbering_system=NUMBERING_SYSTEMS[lang])
    return to_digits(text, lang)


def _scaled(value: float, lang: str) -> str:
    """«۱۰ میلیارد», «١٠ مليارات», "10 billion", or the whole number below a million."""
    for size, kind in _SCALES:
        if abs(value) >= size:
            return plural(kind, round(value / size, _AMOUNT_DECIMALS), lang)
    return format_number(round(value, _AMOUNT_DECIMALS), lang)


def format_amount(value: float, unit: str, lang: str) -> str:
    """A figure as a reader of *lang* writes it.

    *unit* is an ISO 4217 code (money), ``day`` / ``week`` / ``month`` / ``year``
    (durations), ``persons`` (a count of people: «۵۰ نفر», «٥ أشخاص», "5 people"),
    ``percent``, ``megawatt`` (electric power: «۵۰۰ مگاوات», «٥٠٠ ميغاواط», "500
    megawatts"), ``tonne``, ``seat``, ``family`` or ``magnitude`` (an earthquake's, "magnitude 5.7"): 1e10 USD -> «۱۰ میلیارد دلار», «١٠ مليارات دولار»,
    "US$10 billion"; 12 day -> «۱۲ روز», «١٢ يومًا», "12 days"; 25 percent -> «۲۵ درصد»,
    «٢٥٪», "25%".
    """
    t = get_translations(lang)
    if unit in DURATION_UNITS:
        return plural(unit, value, lang)
    if unit == "percent":
        return t.gettext(_PERCENT) % {"num": format_number(value, lang)}
    if unit == "magnitude":
        return t.gettext(_MAGNITUDE) % {"num": format_number(value, lang)}
    if unit in ("persons", "megawatt", "tonne", "seat", "family"):
        return plural(unit, value, lang)
    amount = _scaled(value, lang)
    if unit in CURRENCIES:
        return t.gettext(CURRENCIES[unit]) % {"amount": amount}
    return t.gettext(_OTHER_CURRENCY) % {"amount": amount, "currency": unit}


# --- dates -------------------------------------------------------------------------------


def _parse_iso(iso: str) -> dt.date:
    try:
        return dt.date.fromisoformat(iso[:10])
    except ValueError as e:
        raise ValueError(f"Not an ISO date (YYYY-MM-DD): {iso!r}") from e


def _gregorian(day: dt.date, lang: str) -> str:
    return to_digits(babel_format_date(day, format=GREGORIAN_PATTERN, locale=lang), lang)


def _solar_hijri(day: dt.date) -> str:
    jalali = jdatetime.date.fromgregorian(date=day)
    month = jdatetime.date.j_months_fa[jalali.month - 1]
    return to_digits(f"{jalali.day} {month} {jalali.year}", "fa")


@functools.cache  # pure, and the same dates recur on every index page
def format_date(iso: str | None, lang: str) -> str:
    """The date *iso* (YYYY-MM-DD) for edition *lang*; None -> "Date unknown".

    fa: Solar Hijri with the Gregorian beside it, «۶ آذر ۱۴۰۴ (۲۷ نوامبر ۲۰۲۵)»;
    ar: «٢٧ نوفمبر ٢٠٢٥»; en: "27 November 2025".
    """
    _check_language(lang)
    if not iso:
        return gettext("Date unknown", lang)
    day = _parse_iso(iso)
    if lang == "fa":
        return f"{_solar_hijri(day)} ({_gregorian(day, lang)})"
    return _gregorian(day, lang)


# The calendar each edition's dates lead with, and by whose months its lists and charts
# are grouped: the Solar Hijri in fa (the Iranian civil calendar), the Gregorian in ar and en.
CALENDARS = {"fa": "solar", "ar": "gregorian", "en": "gregorian"}
UNDATED = "undated"  # the month key of an article without a date
MONTH_PATTERN = "LLLL y"  # Babel's stand-alone month name and year: "November 2025"


# Every list's coverage chart asks for the month of each of its articles' dates (~37,000
# times an edition at 1,000 articles, ~0.8 s of Solar Hijri conversions): each date once.
@functools.lru_cache(maxsize=1 << 16)
def month_key(iso: str | None, calendar: str) -> str:
    """The month of date *iso* in *calendar* as ``YYYY-MM`` (Solar Hijri «1404-09» for
    2025-11-27), ``UNDATED`` without a date."""
    if not iso:
        return UNDATED
    if calendar == "gregorian":
        return _parse_iso(iso).isoformat()[:7]
    jalali = jdatetime.date.fromgregorian(date=_parse_iso(iso))
    return f"{jalali.year:04d}-{jalali.month:02d}"


def next_month(key: str) -> str:
    """The month after *key* (``YYYY-MM``, in any calendar of twelve months)."""
    year, month = map(int, key.split("-"))
    return f"{year + month // 12:04d}-{month % 12 + 1:02d}"


def _gregorian_month(day: dt.date, lang: str, year: bool = True) -> str:
    return babel_format_date(day, MONTH_PATTERN if year else "LLLL", locale=lang)


def _solar_month_days(key: str) -> tuple[dt.date, dt.date]:
    """The first and last Gregorian days of Solar Hijri month *key*."""
    year, month = map(int, key.split("-"))
    first = jdatetime.date(year, month, 1)
    after_year, after_month = map(int, next_month(key).split("-"))
    last = jdatetime.date(after_year, after_month, 1) - jdatetime.timedelta(days=1)
    return first.togregorian(), last.togregorian()


@functools.cache  # pure, and every list page and chart names the same months
def format_month(key: str, lang: str, brief: bool = False) -> str:
    """Month *key* of edition *lang*'s calendar (``month_key``), in its language and digits.

    fa: the Solar Hijri month with the Gregorian months it spans beside it, «آذر ۱۴۰۴
    (نوامبر–دسامبر ۲۰۲۵)», *brief* «آذر ۱۴۰۴»; ar «نوفمبر ٢٠٢٥»; en "November 2025";
    ``UNDATED`` -> the edition's "Date unknown", as an undated article's date reads."""
    _check_language(lang)
    if key == UNDATED:
        return gettext("Date unknown", lang)
    year, month = map(int, key.split("-"))
    if CALENDARS[lang] == "gregorian":
        return to_digits(_gregorian_month(dt.date(year, month, 1), lang), lang)
    solar = f"{jdatetime.date.j_months_fa[month - 1]} {year}"
    if brief:
        return to_digits(solar, lang)
    first, last = _solar_month_days(key)
    if first.year == last.year:
        span = f"{_gregorian_month(first, lang, year=False)}–{_gregorian_month(last, lang)}"
    else:
        span = f"{_gregorian_month(first, lang)}–{_gregorian_month(last, lang)}"
    return to_digits(f"{solar} ({span})", lang)


# --- names and templates -----------------------------------------------------------------


@functools.cache
def lang_name(code: str, in_lang: str) -> str:
    """The name of language *code* in language *in_lang*: ("ar", "fa") -> «عربی»."""
    return Locale.parse(in_lang).languages[code]


def jinja_env(lang: str, templates: Path) -> jinja2.Environment:
    """An autoescaping environment for edition *lang*, with gettext and the filters."""
    _check_language(lang)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        extensions=["jinja2.ext.i18n"],
    )
    # Multi-line {% trans %} blocks are extracted trimmed too (babel.cfg: trimmed = true).
    env.policies["ext.i18n.trimmed"] = True
    env.install_gettext_translations(get_translations(lang), newstyle=True)  # type: ignore[attr-defined]
    env.filters["date"] = functools.partial(format_date, lang=lang)
    env.filters["number"] = functools.partial(format_number, lang=lang)
    env.filters["digits"] = functools.partial(to_digits, lang=lang)
    env.filters["lang_name"] = functools.partial(lang_name, in_lang=lang)
    env.filters["amount"] = lambda value, unit: format_amount(value, unit, lang)
    env.filters["collate"] = functools.partial(_collate, env, lang)
    env.filters["month"] = functools.partial(format_month, lang=lang)
    env.globals["list_sep"] = LIST_SEPARATORS[lang]
    env.globals["calendar"] = CALENDARS[lang]
    return env


def _collate(
    env: jinja2.Environment,
    lang: str,
    items: Iterable[Any],
    attribute: str,
    of: Callable[[str], Any] | None = None,
) -> list[Any]:
    """*items* (actors, topics, sources) in edition *lang*'s alphabetical order of their
    *attribute* (``"names.fa"``), people by family name (``akhbar.collation``): the
    ``collate`` filter of the templates, the order of the book's indexes too.  With *of*,
    items are ``(slug, count)`` pairs and ``of(slug)`` the thing named (unknown: first)."""
    from akhbar.collation import sort_key

    name = make_attrgetter(env, attribute)

    def key(item: Any) -> tuple[bytes, bytes, str, str]:
        thing = item if of is None else of(item[0])
        if thing is None:
            return (b"", b"", "", str(item[0]))
        person = getattr(thing, "type", "") == "person"
        return sort_key(name(thing), lang, person, getattr(thing, "slug", ""))

    return sorted(items, key=key)
