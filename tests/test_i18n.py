"""UI localisation: catalogs, plural forms, dates, numbers and amounts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from akhbar import i18n

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "locale"
_PLACEHOLDER_RE = re.compile(r"%\((\w+)\)s")


def _pot_messages():
    with (LOCALE / "messages.pot").open("rb") as f:
        return [m for m in read_po(f) if m.id]


def _catalog(lang: str):
    return i18n.load_catalog(i18n.po_path(lang), lang)


def _render(tmp_path: Path, lang: str, source: str, **context) -> str:
    (tmp_path / "t.html.j2").write_text(source, encoding="utf-8")
    return i18n.jinja_env(lang, tmp_path).get_template("t.html.j2").render(**context)


# --- plural forms --------------------------------------------------------------------------

ARABIC_ARTICLES = [
    (0, "لا توجد مقالات"),  # zero: its own sentence
    (1, "مقالة واحدة"),  # one: no number, «واحدة» after the noun
    (2, "مقالتان"),  # two: the dual, no number
    (3, "٣ مقالات"),  # few (3-10): plural noun
    (10, "١٠ مقالات"),  # few, upper end
    (11, "١١ مقالة"),  # many (11-99): singular noun
    (99, "٩٩ مقالة"),  # many, upper end
    (100, "١٠٠ مقالة"),  # other: hundreds take the singular
    (103, "١٠٣ مقالات"),  # few again: n % 100 = 3
    (111, "١١١ مقالة"),  # many again: n % 100 = 11
]


@pytest.mark.parametrize(("n", "expected"), ARABIC_ARTICLES)
def test_arabic_article_counts_through_the_catalog(n, expected):
    assert i18n.count_articles(n, "ar") == expected


@pytest.mark.parametrize(("n", "expected"), ARABIC_ARTICLES)
def test_arabic_article_counts_through_a_template(tmp_path, n, expected):
    source = '{{ ngettext("%(num)s article", "%(num)s articles", n, num=n|number) }}'
    assert _render(tmp_path, "ar", source, n=n) == expected


@pytest.mark.parametrize(
    ("n", "expected"), [(1, "مقالة واحدة"), (2, "مقالتان"), (3, "٣ مقالات"), (11, "١١ مقالة")]
)
def test_arabic_article_counts_through_a_trans_block(tmp_path, n, expected):
    source = (
        "{% trans count=n, num=n|number %}{{ num }} article"
        "{% pluralize count %}{{ num }} articles{% endtrans %}"
    )
    assert _render(tmp_path, "ar", source, n=n) == expected


@pytest.mark.parametrize(
    ("lang", "n", "expected"),
    [
        ("fa", 0, "۰ مقاله"),  # Persian counts a singular noun, whatever the number
        ("fa", 1, "۱ مقاله"),  # one
        ("fa", 3, "۳ مقاله"),  # other: still «مقاله», never «مقاله‌ها»
        ("fa", 1234, "۱٬۲۳۴ مقاله"),  # Persian thousands separator
        ("en", 0, "0 articles"),  # English zero is plural
        ("en", 1, "1 article"),  # one
        ("en", 3, "3 articles"),  # other
        ("en", 1234, "1,234 articles"),  # ASCII digits, comma separator
    ],
)
def test_persian_and_english_article_counts(lang, n, expected):
    assert i18n.count_articles(n, lang) == expected


def test_template_without_num_keeps_ascii_digits(tmp_path):
    # The documented pitfall: Jinja binds num=n itself when the template does not.
    source = '{{ ngettext("%(num)s article", "%(num)s articles", n) }}'
    assert _render(tmp_path, "fa", source, n=3) == "3 مقاله"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fa", "۳ مقاله"),  # Persian digits
        ("ar", "٣ مقالات"),  # Arabic-Indic digits
        ("en", "3 articles"),  # ASCII
    ],
)
def test_templates_translate_with_the_edition_digits(tmp_path, lang, expected):
    source = '{{ ngettext("%(num)s article", "%(num)s articles", n, num=n|number) }}'
    assert _render(tmp_path, lang, source, n=3) == expected


@pytest.mark.parametrize(
    ("lang", "header"),
    [
        ("fa", "nplurals=2; plural=(n > 1);"),  # CLDR: 0 and 1 are "one"
        (
            "ar",
            "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);",
        ),  # six forms
        ("en", "nplurals=2; plural=(n != 1);"),  # singular for 1 only
    ],
)
def test_plural_forms_headers(lang, header):
    assert _catalog(lang).plural_forms == header


# --- the catalogs --------------------------------------------------------------------------


def test_template_is_up_to_date():
    # Extracted as scripts/i18n-update does: every message the code and the templates use is
    # in messages.pot, and nothing else.  On failure, run scripts/i18n-update and translate.
    from babel.messages.extract import extract_from_dir
    from babel.messages.frontend import parse_mapping_cfg

    with (ROOT / "babel.cfg").open() as f:
        method_map, options_map = parse_mapping_cfg(f)
    keywords = {"_": None, "ngettext": (1, 2), "_n": (1, 2)}
    used = {
        message if isinstance(message, str) else message[0]
        for _, _, message, _, _ in extract_from_dir(ROOT, method_map, options_map, keywords)
    }
    pot = {m.id[0] if isinstance(m.id, tuple) else m.id for m in _pot_messages()}
    assert sorted(used ^ pot) == []


def test_every_marked_message_is_extracted():
    marked = {*i18n.MESSAGES, *i18n.CURRENCIES.values(), i18n._OTHER_CURRENCY, i18n._PERCENT}
    marked |= {singular for singular, _ in i18n.PLURALS.values()}
    pot = {m.id[0] if isinstance(m.id, tuple) else m.id for m in _pot_messages()}
    assert sorted(marked - pot) == []


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_every_message_is_translated(lang):
    catalog = _catalog(lang)
    missing = []
    for message in _pot_messages():
        translated = catalog.get(message.id)
        strings = translated.string if translated else ""
        strings = strings if isinstance(strings, tuple) else (strings,)
        if not all(strings) or len(strings) != (catalog.num_plurals if message.pluralizable else 1):
            missing.append(message.id)
    assert missing == []


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_catalogs_have_no_stale_or_fuzzy_messages(lang):
    catalog = _catalog(lang)
    assert [m.id for m in catalog if m.id and m.fuzzy] == []
    assert list(catalog.obsolete) == []


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_translations_keep_their_placeholders(lang):
    for message in _catalog(lang):
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = set(_PLACEHOLDER_RE.findall(ids[0]))
        used = [set(_PLACEHOLDER_RE.findall(s)) for s in strings if s]
        assert all(u <= wanted for u in used), message.id  # no unknown placeholder
        if used and not message.pluralizable:
            assert used[0] == wanted, message.id  # a plain message keeps them all
        if used and message.pluralizable:
            assert used[-1] == wanted, message.id  # the "other" form shows the number


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('msgid "Home"\nmsgstr "خانه\n', "line 2"),  # unclosed: Babel would read it as ""
        ('msgid "Home"\nmsgstr "\\"\n', "line 2"),  # the closing quote is escaped
        ('msgid "Home"\nmsgstr "خانه"\nخانه\n', "misformatted"),  # a stray line
        ('msgid "Home"\n', "missing msgstr"),  # a msgid alone
        (b"\xff\xfe", "utf-8"),  # not UTF-8
    ],
)
def test_malformed_catalog_names_its_file(tmp_path, text, reason):
    po = tmp_path / "messages.po"
    if isinstance(text, bytes):
        po.write_bytes(text)
    else:
        po.write_text(text, encoding="utf-8")
    with pytest.raises(i18n.CatalogError, match=re.escape(str(po))) as error:
        i18n.translations_from_po(po, "fa")
    assert reason in str(error.value)


def test_escaped_quotes_are_closed_strings(tmp_path):
    po = tmp_path / "messages.po"
    po.write_text('msgid "Home"\nmsgstr ""\n"\\"خانه\\""\n', encoding="utf-8")
    assert i18n.translations_from_po(po, "fa").gettext("Home") == '"خانه"'


def test_unknown_placeholder_is_refused(tmp_path):
    po = tmp_path / "messages.po"
    po.write_text(
        '#, python-format\nmsgid "%(num)s percent"\nmsgstr "%(number)s درصد"\n', encoding="utf-8"
    )
    with pytest.raises(i18n.CatalogError, match="percent"):
        i18n.translations_from_po(po, "fa")


def test_compile_catalogs_writes_one_mo_per_edition(tmp_path):
    written = i18n.compile_catalogs(tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in written] == [
        f"{lang}/LC_MESSAGES/messages.mo" for lang in i18n.LANGUAGES
    ]
    again = i18n.compile_catalogs(tmp_path / "again")
    assert [p.read_bytes() for p in written] == [p.read_bytes() for p in again]  # deterministic


@pytest.mark.parametrize(
    ("lang", "msgid", "expected"),
    [
        ("fa", "Akhbar", "اخبار"),  # the site name
        ("ar", "Akhbar", "أخبار"),
        ("en", "Akhbar", "Akhbar"),  # English falls back to the msgid
        ("fa", "Key points", "نکات کلیدی"),
        ("ar", "Timeline", "التسلسل الزمني"),
        ("fa", "Articles", "مقاله‌ها"),  # with ZWNJ, not «مقالهها» or «مقاله ها»
    ],
)
def test_translated_strings(tmp_path, lang, msgid, expected):
    assert i18n.get_translations(lang).gettext(msgid) == expected
    assert _render(tmp_path, lang, "{{ _(m) }}", m=msgid) == expected


def test_trans_blocks_are_trimmed(tmp_path):
    source = "{% trans %}\n  Key\n  points\n{% endtrans %}"
    assert _render(tmp_path, "ar", source) == "النقاط الرئيسية"


def test_translations_are_autoescaped(tmp_path):
    source = '{{ ngettext("%(num)s article", "%(num)s articles", 3, num=x) }}'
    assert _render(tmp_path, "en", source, x="<b>") == "&lt;b&gt; articles"


# --- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("iso", "lang", "expected"),
    [
        ("2025-11-27", "fa", "۶ آذر ۱۴۰۴ (۲۷ نوامبر ۲۰۲۵)"),  # Solar Hijri, Gregorian beside it
        ("2025-03-21", "fa", "۱ فروردین ۱۴۰۴ (۲۱ مارس ۲۰۲۵)"),  # Nowruz: first day of the year
        ("2025-03-20", "fa", "۳۰ اسفند ۱۴۰۳ (۲۰ مارس ۲۰۲۵)"),  # 1403 is a leap year: 30 Esfand
        ("2025-11-27", "ar", "٢٧ نوفمبر ٢٠٢٥"),  # Arabic-Indic digits
        ("2025-11-27", "en", "27 November 2025"),  # day first
        ("2025-11-27T08:30:00+03:30", "en", "27 November 2025"),  # a timestamp: its date
        (None, "fa", "تاریخ نامعلوم"),  # unknown, never today
        (None, "ar", "تاريخ غير معروف"),
        (None, "en", "Date unknown"),
        ("", "en", "Date unknown"),  # an empty field is unknown too
    ],
)
def test_format_date(iso, lang, expected):
    assert i18n.format_date(iso, lang) == expected


def test_format_date_refuses_what_is_not_a_date():
    with pytest.raises(ValueError, match="27/11/2025"):
        i18n.format_date("27/11/2025", "en")


def test_date_filter(tmp_path):
    assert _render(tmp_path, "fa", "{{ d|date }}", d="2025-11-27").startswith("۶ آذر ۱۴۰۴")


# --- numbers and amounts -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "lang", "expected"),
    [
        (1234567, "fa", "۱٬۲۳۴٬۵۶۷"),  # Persian digits, Arabic thousands separator
        (1234567, "ar", "١٬٢٣٤٬٥٦٧"),  # Arabic-Indic digits
        (1234567, "en", "1,234,567"),  # ASCII
        (2.5, "fa", "۲٫۵"),  # Arabic decimal separator
        (2.5, "en", "2.5"),
        (12.0, "ar", "١٢"),  # a whole float has no decimals
    ],
)
def test_format_number(n, lang, expected):
    assert i18n.format_number(n, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("2025-11", "fa", "۲۰۲۵-۱۱"),  # ASCII to Persian
        ("٢٠٢٥", "fa", "۲۰۲۵"),  # Arabic-Indic to Persian (4, 5, 6 differ in shape)
        ("۴۵۶", "ar", "٤٥٦"),  # Persian to Arabic-Indic
        ("۱۲ and ١٢", "en", "12 and 12"),  # both to ASCII
        ("no digits", "ar", "no digits"),  # nothing else changes
    ],
)
def test_to_digits(text, lang, expected):
    assert i18n.to_digits(text, lang) == expected


@pytest.mark.parametrize(
    ("value", "unit", "lang", "expected"),
    [
        (1e10, "USD", "fa", "۱۰ میلیارد دلار"),
        (1e10, "USD", "ar", "١٠ مليارات دولار"),  # 3-10: plural scale word
        (1e10, "USD", "en", "US$10 billion"),
        (2.5e9, "USD", "ar", "٢٫٥ مليار دولار"),  # a fraction takes "other"
        (11e9, "USD", "ar", "١١ مليار دولار"),  # 11-99: singular
        (3e6, "EUR", "en", "€3 million"),
        (1.2e12, "IRT", "fa", "۱٫۲ هزار میلیارد تومان"),  # Persian writes a trillion so
        (500_000, "PKR", "en", "Rs 500,000"),  # below a million: the full number
        (7e6, "GBP", "en", "7 million GBP"),  # no wording for the code: the code itself
        (12, "day", "fa", "۱۲ روز"),
        (12, "day", "ar", "١٢ يومًا"),  # 11-99: accusative singular
        (12, "day", "en", "12 days"),
        (2, "year", "ar", "سنتان"),  # the dual
        (1, "week", "en", "1 week"),
        (8, "month", "ar", "٨ أشهر"),
        (25, "percent", "fa", "۲۵ درصد"),
        (25, "percent", "ar", "٢٥٪"),
        (25, "percent", "en", "25%"),
        (517, "family", "fa", "۵۱۷ خانواده"),
        (517, "family", "ar", "٥١٧ عائلةً"),  # 11-99 after the hundreds: accusative
        (2, "family", "ar", "عائلتان"),
        (517, "family", "en", "517 families"),
    ],
)
def test_format_amount(value, unit, lang, expected):
    assert i18n.format_amount(value, unit, lang) == expected


def test_amount_filter(tmp_path):
    source = "{{ f.value|amount(f.unit) }}"
    assert _render(tmp_path, "ar", source, f={"value": 1e10, "unit": "USD"}) == "١٠ مليارات دولار"


@pytest.mark.parametrize(
    ("code", "in_lang", "expected"),
    [
        ("fa", "fa", "فارسی"),
        ("ar", "fa", "عربی"),
        ("en", "fa", "انگلیسی"),
        ("fa", "ar", "الفارسية"),
        ("en", "ar", "الإنجليزية"),
        ("fa", "en", "Persian"),
    ],
)
def test_lang_name(tmp_path, code, in_lang, expected):
    assert i18n.lang_name(code, in_lang) == expected
    assert _render(tmp_path, in_lang, "{{ c|lang_name }}", c=code) == expected


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="'de'"):
        i18n.format_number(1, "de")


def test_directions():
    assert {lang: i18n.DIRECTIONS[lang] for lang in i18n.LANGUAGES} == {
        "fa": "rtl",
        "ar": "rtl",
        "en": "ltr",
    }
