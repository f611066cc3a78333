"""Structure, date and title of an article: small functions, one fallback chain each.

structure (lines -> kicker, headline, sections, byline)
    page chrome first: in the page's head (its short lines before the first paragraph),
    a date or a publication stamp alone («تاريخ النشر: …», «دلو 25, 1397 12:53»,
    «(last modified …)», «منذ ساعة», «به روز شده در: … - ۱۴:۳۵», «آخر تحديث 23:43:41»,
    «به روز شده: 00:13 گرينويچ - …», the page's clock «جمعه ۳۱ فروردین ۱۴۰۳ تهران
    ۱۱:۳۱»), the masthead and calls to follow the outlet, the headline printed again, a
    line printed twice in a row (a photo's description and caption), a source line
    «منبع: …» and a byline line with its agency («… │خبرگزاری رویترز»: the reporter is
    the byline, the agency a credit for the source); anywhere, a photo's caption with its
    credit («… /عکس از ایرنا», «… (NAME/فرانس برس)», in the head «… (الفرنسية)»), the
    page's tools («اين صفحه را برای دوستان خود بفرستيد», «نسخه قابل چاپ») and an
    aggregator's link to the source («خبرگزاری فارس مشاهده در مرجع», its agency a
    credit); and at its end a run of related-story links (``_related_links``) are left
    out of the text; the build warns of each.
    kicker + headline: a first line ending in ':' followed by a short line without final
    punctuation (002) > a kicker that only says who reports («رسانه‌های پاکستانی خبر
    دادند»), and the short line after it if any > a short first line without final
    punctuation > none.  Label lines first (``_is_label``: «وكالات», «العالم - إیران», a
    dateline line) are no headline: they stay in the text and the line after them is
    looked at.
    byline: a short last line in another script than the article that names no section
    («أهم أخبار مصر»), or «By …» / «نویسنده:» / «بقلم …».
    source line: a last line «المصدر: …» / «منبع: …» / «منبع تسنیم» (a known name, whole) is
    evidence for the source, not text.
    sections: a line starting with a label that ends in ')' (003: «الصورة العامة) …»),
    possibly after an agency dateline («إيران برس - إيران: »), opens a section; a short
    line without final punctuation between paragraphs (001, 002 «*شراكة …») is a heading.

date
    ``date`` header > the page's stamps (``date_from_text``: ISO, Gregorian in
    English/Arabic/Persian month names, Solar Hijri in Persian converted with jdatetime,
    numeric dates on a publication stamp): a stamp labelled as the publication
    («تاریخ انتشار: …», «تاريخ النشر: …») > a stamp alone or the dateline opening a
    lead, in the first or last two lines, when the stamps agree > unknown.  The page's
    own clock is no date of the article: its «updated» or «today» line («به روز شده در:
    …», «آخر تحديث …»), a clock with its place, a stamp of the same day, a stamp on
    another weekday than the lead's «today», any bare stamp of a page reprinting a story
    from the source it links to; nor is a date inside running prose.  An editor override replaces
    whatever was found (overrides win).  Never the build's clock.

title
    editor override > the article's own headline > a headline built from the lead's first
    usable sentence (a bulleted line only when nothing else is there) that does not point
    back (``points_back``: «في السياق،», «بهذا التصريح», «مسئولیت این حملات را …»; the
    sentence «این تعداد» stands for, when it is the one before; the first when all of
    the first few do) and states the news, not its background (``is_background``: «ويعد …»,
    «ويذكر أن …», «وكان …», when a later one of them does; agency formulas, datelines and disclaimers skipped; an outlet's attribution
    opening «این روزنامه … افزود:», «قالت وكالة X إن» dropped, and an agency glued by a
    dash to the first word, «موج-مدیر …», as the speakers' dateline is): for
    «X … اظهار داشت: Y» / «X … اعلام کرد، Y» / «X می گوید، Y» / «قال X إن Y» give
    «X: Y» (X the speaker's name from the knowledge, else the subject as written, two
    to six words; never for a pronoun nor «نفى»), else the sentence.  Longer than ``TITLE_MAX``, it is compressed: whole
    removable constituents are deleted (``COMPRESSIONS``: parentheticals, times, the
    title after a name, adjuncts «ضمن …،» / «با بیان اینکه …،» / «في تصريح لـ…»,
    Persian relative clauses «که …،» after a noun, Arabic trailing «، مشيرا …» /
    «، وذلك …» / «، بحسب …»), each only while what remains is a whole clause and the
    word before it does not wait for it (a preposition, «حضور | در …», «أمله | في …»),
    never inside a quotation («…», "…"), never before a demonstrative pointing back at
    it («…، با این موضوع مخالفت کردند»), never «که …،» after «زمانی», «وقتی» (a clause
    of time), never a «، ROLE …،» or an adjunct that ends on a verb (of saying);
    still longer, its longest whole first clause up to ``TITLE_MAX`` > the compressed sentence
    up to ``TITLE_MAX`` + ``CLAUSE_SLACK`` > the longest whole first clause up to that >
    the compressed sentence up to ``TITLE_LONG`` > its first whole clause, however short
    > the compressed sentence whole.  A clause ends (``_clause_ends``): Persian on a
    verb before «،», «و», «اما», «زیرا» or a subordinator «که», «تا» the verb does not
    govern («اعلام کرد که», «باعث شد تا», «این … است که» do; a past «بود که» tells what
    happened then), never on a verb of saying
    («X می گوید | ، Y»: a frame without its statement); Arabic before a clause
    opener («، مشيرا», «، وقال», «، وانتقدوا», «، إلا أن»), a relative pronoun after a
    definite noun, or an adjunct of time, place or source once verb, subject and object
    are there; never after a preposition, never with a subject still waiting for its
    predicate, never a negation cut from its exception («لم … إلا أن»), never on an
    auxiliary («، وكان»), never on an indefinite place the adjunct names («من بلدة | في
    جنوب …»), never before an adjunct that may complete the clause
    (``_ar_adjunct_may_complete``: «التقى X | في طهران، بنظيره …»).  A Persian time phrase after a quantity («طی یک روز
    گذشته») is a duration and stays; «که» goes only with its whole clause.  Never «…».
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from akhbar.model import Section, Source
from akhbar.quotes import FA_GLUED_DATELINE_RE
from akhbar.sources import (
    DATELINE_PLACES,
    MONTHS,
    SOURCE_LINE_RE,
    byline_credit,
    is_dateline_line,
    is_source_name,
    source_line_name,
    strip_attribution,
)
from akhbar.text import (
    AR_DEFINITE_STARTS,
    detect_language,
    fold,
    loose_any,
    loose_pattern,
    split_sentences,
    to_ascii_digits,
    tokens,
)

# A headline, kicker or sub-heading line is short: the seeds' longest is 62 characters
# and their shortest body paragraph 150.
HEADING_MAX = 110
HEADING_MAX_WORDS = 14
# A byline is a name or two: "manouchehr mahdavi".
BYLINE_MAX_WORDS = 5

_FINAL_PUNCT = tuple(".!?؟…»\"”'")
_LABEL_RE = re.compile(
    r"^(?:(?P<dateline>[^\s:()][^:()\n]{1,40}?\s+[-ـ–]\s+[^:()\n]{2,25}):\s*)?"
    r"(?P<label>[^()\n.:،,؛]{2,40}?)\s*\)\s*(?P<rest>.*)$"
)
_BYLINE_PREFIX_RE = re.compile(r"^(?:By\s+|نویسنده\s*:\s*|گزارش\s*:\s*|بقلم\s*:?\s*)", re.I)


@dataclass(frozen=True, slots=True)
class Structure:
    kicker: str
    headline: str
    sections: tuple[Section, ...]
    byline: str
    source_line: str  # the agency as named on a closing «المصدر:» line
    credit: str = ""  # the agency of a byline line at the head («… │خبرگزاری رویترز»)
    chrome: tuple[str, ...] = ()  # page chrome left out of the text (``_page_chrome``)
    # The text's lines as written (labels and datelines whole), without the chrome, the
    # kicker, the headline, a closing source line or byline: the publisher's evidence.
    lines: tuple[str, ...] = ()


def _is_short_line(line: str) -> bool:
    return len(line) <= HEADING_MAX and len(line.split()) <= HEADING_MAX_WORDS


def _ends_sentence(line: str) -> bool:
    return line.rstrip().endswith(_FINAL_PUNCT) or line.rstrip().endswith((":", "؛", ";"))


# Words of a section's or a menu's name, never of a person's: «أهم أخبار مصر», "Top News".
_NOT_IN_A_NAME = frozenset(
    tokens(
        "أخبار اخبار الأخبار الاخبار أهم اهم المزيد اقرأ أيضا ذات صلة الأكثر قراءة مقالات "
        "خبرهای اخبار مطالب مرتبط بیشتر پربازدید news top latest more related read also home"
    )
)


def _is_latin(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return sum(ch.isascii() for ch in letters) * 2 > len(letters)


def _is_byline(line: str, article_lang: str) -> bool:
    """Is *line* a byline: «By …», «نویسنده: …», «بقلم …», or a person's name of a few
    words written in another script than the article («manouchehr mahdavi» under an
    Arabic text; a short Arabic-script line is no Persian nor Arabic name by its letters
    alone), none of its words a section's or a menu's («أهم أخبار مصر»)?"""
    if _BYLINE_PREFIX_RE.match(line):
        return True
    words = line.split()
    if not words or len(words) > BYLINE_MAX_WORDS or _ends_sentence(line):
        return False
    if any(ch.isdigit() for ch in line) or any(w in _NOT_IN_A_NAME for w in tokens(line)):
        return False
    return _is_latin(line) != (article_lang == "en")


# A line of this many words or fewer is a label, never a headline: a credit («وكالات»),
# a section and a country («العالم - إیران»).  The beat's shortest headline has four
# («شهباز شریف در راه تهران» has five, «سفری در راستای میانجیگری» four).
LABEL_MAX_WORDS = 3


# A dateline line of a place and a name in brackets, agency known or not: «كابول - (د
# ب أ)», «طهران (وكالات)».
_DATELINE_LINE_RE = re.compile(
    r"^[^\s()\d:،,.]+(?:\s+[^\s()\d:،,.]+){0,2}\s*[-–—]?\s*\([^()\n]{1,30}\)\s*[-–—]?$"
)


# A dateline line of parts set off by «/» or by bare commas: the place, the outlets, a
# day and its month (a year or none), the agency: «اسلام آباد/ جیونیوزو دویچوله / 12
# عقرب/ باختر», «بيشاور,باكستان,23 سبتمبر,وكالات، أخبار الآن».  Each part a name of a
# few words; commas set off a list as well, so a comma dateline needs one part more.
SLASH_DATELINE_PARTS = 3
COMMA_DATELINE_PARTS = 4
SLASH_DATELINE_PART_WORDS = 3
_DATELINE_SEPARATOR_RES = (
    (re.compile("/"), SLASH_DATELINE_PARTS),
    (re.compile("[,،]"), COMMA_DATELINE_PARTS),
)


def _is_slash_dateline(line: str) -> bool:
    """Is *line* a dateline of at least ``SLASH_DATELINE_PARTS`` parts set off by «/» (or
    ``COMMA_DATELINE_PARTS`` by commas), none of more than ``SLASH_DATELINE_PART_WORDS``
    words or with a stop, one of them a date alone (``_is_date_part``)?"""
    for separator, least in _DATELINE_SEPARATOR_RES:
        parts = [p.strip() for p in separator.split(line.strip())]
        if (
            len(parts) >= least
            and all(
                p
                and len(p.split()) <= SLASH_DATELINE_PART_WORDS
                and not re.search(r"[.!?؟:،,؛;«»/]", p)
                for p in parts
            )
            and any(_is_date_part(p) for p in parts)
        ):
            return True
    return False


def _is_label(line: str) -> bool:
    """Is *line* a label or a dateline line rather than a headline: at most
    ``LABEL_MAX_WORDS`` words, a place and a name in brackets, parts set off by «/»
    with a date among them (``_is_slash_dateline``), or nothing left once the agency's
    dateline is stripped («إسلام آباد: 18 – يناير 2024م (وكالة …)»)?"""
    words = [w for w in line.split() if any(ch.isalnum() and ch != "ـ" for ch in w)]
    return (
        len(words) <= LABEL_MAX_WORDS
        or bool(_DATELINE_LINE_RE.match(line.strip()))
        or _is_slash_dateline(line)
        or len(strip_attribution(line).split()) <= LABEL_MAX_WORDS
    )


# A kicker that only says who reports, with nothing reported: a few words, the reporters
# («رسانه‌های پاکستانی», «مصادر», "sources") and a verb of reporting («خبر دادند»,
# «تكشف», "say").  No headline: the title then comes from the lead.
REPORTING_KICKER_MAX_WORDS = 6
_REPORTERS = (
    "رسانه", "رسانه ها", "رسانه های", "منابع", "منبع", "مقام ها", "مقامات", "مقام های", "خبرگزاری",
    "خبرگزاری ها", "خبرگزاری های", "روزنامه", "روزنامه ها", "روزنامه های", "گزارش ها", "شاهدان",
    "مصادر", "مصدر", "وسائل", "مسؤولون", "مسؤول", "مسئولون", "مسئول", "تقارير", "تقرير", "صحف",
    "صحيفة", "وكالات", "وكالة", "شهود", "sources", "source", "media", "reports", "officials",
    "witnesses",
)  # fmt: skip
_REPORTING_VERBS = (
    "خبر داد", "خبر دادند", "خبر می دهند", "خبر می دهد", "گزارش داد", "گزارش دادند",
    "گزارش می دهند", "گزارش می دهد", "گفت", "گفتند", "می گویند", "می گوید", "نوشت", "نوشتند",
    "فاش کرد", "فاش کردند", "مدعی شد", "مدعی شدند", "ادعا کرد", "ادعا کردند",
    "تكشف", "يكشف", "كشف", "كشفت", "تؤكد", "يؤكد", "أكد", "أكدت", "تقول", "يقول", "قال", "قالت",
    "تفيد", "يفيد", "أفاد", "أفادت", "تعلن", "يعلن", "أعلن", "أعلنت", "تنشر", "ينشر", "تروي",
    "يروي", "تزعم", "يزعم", "تنقل", "ينقل", "ذكرت", "ذكر", "تتحدث", "يتحدث",
    "say", "says", "said", "report", "reports", "reported", "reveal", "reveals", "claim",
    "claims",
)  # fmt: skip
_REPORTING_KICKER_RE = re.compile(
    r"^\W*"
    + loose_any(sorted(_REPORTERS, key=len, reverse=True))
    + r"(?![\w\u200c])(?:\s+[^\s:،,«»\"]+){0,3}?\s+"
    + loose_any(sorted(_REPORTING_VERBS, key=len, reverse=True))
    + r"\W*$",
    re.IGNORECASE,
)


def _is_reporting_kicker(line: str) -> bool:
    """Is *line* a kicker that says who reports and nothing more (``_REPORTING_KICKER_RE``)?"""
    return len(line.split()) <= REPORTING_KICKER_MAX_WORDS and bool(
        _REPORTING_KICKER_RE.match(line.strip())
    )


# --- page chrome ------------------------------------------------------------------------
#
# Lines the outlet's page prints around the article, not the article: a «last modified»
# stamp, a date or time alone («دلو 25, 1397 12:53 Asia/Kabul», «تاريخ النشر: ٢٣ يونيو
# ٢٠٢٣ - ١٧:٣٦», «08/05/2017», «منذ ساعة»), a label and a date or time («به روز شده در:
# ۰۲ آذر ۱۴۰۳ - ۱۴:۳۵», «آخر تحديث 23:43:41 بتوقيت أبوظبي»), a CMS stamp («migrate
# reporter 1 شعبان 1438 / 27 أبريل 2017»), a stamp and the story's number («یکشنبه ۰۵ دی
# ۱۳۸۹ - ۰۹:۳۸ | کد خبر: 59070»), a photo's caption with its credit (``is_caption``),
# the headline printed again («• محکومیت …»).  Only the head of the page is read for
# them (the short lines before the first paragraph): a date line inside the text may
# head a part of a timeline.
_CHROME_WORDS_TEXT = """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday
    mon tue tues wed thu thur thurs fri sat sun
    last modified updated update published posted migrate reporter am pm gmt utc asia kabul
    tehran گرینویچ غرینتش جرینتش جرینیتش
    يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر
    ديسمبر كانون الثاني شباط آذار اذار نيسان أيار ايار حزيران تموز آب اب أيلول ايلول تشرين الأول
    محرم صفر ربيع الآخر جمادى الأولى الآخرة رجب شعبان رمضان شوال ذو القعدة الحجة
    الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت
    تاريخ النشر نشر في آخر اخر تحديث محدث منذ قبل ساعة الساعة ساعتين ساعات دقيقة دقيقتين
    دقائق يوم يومين أيام ايام م ص هـ صباحا صباحاً مساء مساءً الموافق
    ژانویه فوریه آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر
    فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند
    حمل ثور جوزا سرطان اسد سنبله میزان عقرب قوس جدی دلو حوت
    شنبه یکشنبه دوشنبه سه سهشنبه چهارشنبه پنجشنبه جمعه
    تاریخ انتشار به روز رسانی بروزرسانی ساعت دقیقه پیش روز
"""
_CHROME_WORDS = frozenset(tokens(_CHROME_WORDS_TEXT))
# «25», «25t08» (ISO «…-25T08:23»), «18pm» (a clock «3:18pm»), «1st» («1st, July 2025»),
# «2004م», «1425هـ» (a year of the Common Era or of the Hijra)
_CHROME_NUMBER_RE = re.compile(r"^\d+(?:t\d+|am|pm|st|nd|rd|th|م|ه)?$")
_RELATIVE_TIME = frozenset(tokens("منذ قبل پیش"))
_BY_LENGTH = functools.partial(sorted, key=lambda w: (-len(w), w))
# A section's name: at most this many words («سرویس سیاسی», «عرب وعالم5-8-2021»).
SECTION_NAME_WORDS = 3
_NAME_WORD = "[^\\W\\d_](?:[^\\W\\d_]|\u200c)*"

# Labels a page prints before a date (``stamp_label``): the article's publication, or
# the page's own clock, its last update or its today, which is never the article's date.
# A today label is one only with its colon («امروز:»): «اليوم الثلاثاء …» may be a
# dateline.
STAMP_LABELS: dict[str, tuple[str, ...]] = {
    "published": (
        "تاریخ انتشار", "زمان انتشار", "منتشر شده در", "انتشار", "تاريخ النشر", "نشر بتاريخ",
        "نشر في", "نشر", "تاريخ الإضافة", "أضيف بتاريخ", "اضيف بتاريخ", "published on",
        "published", "posted on", "posted",
    ),
    "updated": (
        "آخرین به روز رسانی", "آخرین بروزرسانی", "به روز شده در", "به روز شده", "بروز شده در",
        "بروز شده", "به روز رسانی", "بروزرسانی", "آخر تحديث", "اخر تحديث", "تاريخ التحديث",
        "تم التحديث في", "تم التحديث", "آخر تعديل", "محدث في", "تحديث", "last updated",
        "last modified", "updated on", "updated", "modified",
    ),
    "today": ("امروز", "اليوم", "today"),
}  # fmt: skip
_STAMP_LABEL_RE = {
    kind: re.compile(
        r"^[\W_]{0,3}(?:"
        + "|".join(loose_pattern(label) for label in labels)
        # a label may be glued to the date's first digit: «تاریخ انتشار۲۹ دی ۱۳۸۹»
        + (r")\s*[:：]\s*" if kind == "today" else r")(?![^\W\d_]|\u200c)\s*[:：]?\s*"),
        re.IGNORECASE,
    )
    for kind, labels in STAMP_LABELS.items()
}
# The time zone after a clock time: «بتوقيت أبوظبي», «به وقت تهران», or the zone's
# database name, any region's («Asia/Dushanbe», «Europe/London», «America/New_York»).
_TIME_ZONE_RE = re.compile(
    r"\s*(?:ب?توقيت|به\s+وقت|بوقت)\s+[^\d\s]+(?:\s+[^\d\s]+)?\s*$"
    r"|(?:^|\s)(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian"
    r"|Pacific|Etc)/[A-Za-z_]+(?:/[A-Za-z_]+)?(?:[+-]\d{1,2})?(?=\s|$)",
    re.IGNORECASE,
)
# The labels of a story's number («کد خبر: 59070», «شناسهٔ خبر: 32345974»): on a line
# of its own (``is_page_label``) or beside a stamp (``is_date_chrome``).
PAGE_NUMBER_LABELS = (
    "کد خبر", "کد مطلب", "شناسه خبر", "شناسه مطلب", "شماره خبر", "رمز الخبر", "رقم الخبر", "رقم المادة",
    "news id", "news code",
)  # fmt: skip
_STORY_NUMBER_RE = re.compile(
    r"^\W*"
    + loose_any(_BY_LENGTH((*PAGE_NUMBER_LABELS, "کد", "شناسه", "id")))
    + r"\s*[:：]?\s*[\d۰-۹٠-٩]+\W*$",
    re.IGNORECASE,
)
# The desk that filed the story, a part of its stamp: «سرویس سیاسی», «سرویس: بین الملل».
STAMP_DESK_LABELS = ("سرویس",)
_STAMP_DESK_RE = re.compile(
    r"^\W*"
    + loose_any(STAMP_DESK_LABELS)
    + r"\s*[:：]?\s*"
    + rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,{SECTION_NAME_WORDS - 1}}}\W*$"
)
# The parts of a stamp line: «الساعة 02:03 م|10 يوليو 2015»; within a part, the pieces
# set off by a spaced dash («شناسهٔ خبر: 32345974 - سرویس سیاسی»).
_STAMP_PARTS_RE = re.compile(r"\s*[|│•·]\s*")
_STAMP_PIECES_RE = re.compile(r"\s+[-–—]\s+")
# The label of an advertisement slot, alone on its line or glued to the stamp before it
# («۱۳۹۱ شهریور ۲۶, یکشنبهتبلیغات»).
AD_LABELS = ("تبلیغات", "آگهی", "advertisement")
_GLUED_AD_RE = re.compile(r"\s*" + loose_any(AD_LABELS) + r"\W*$", re.IGNORECASE)
# A print issue's number before its date: «العدد 704 - الإثنين 09 أغسطس 2004م …».
_ISSUE_NUMBER_RE = re.compile(
    r"^\W*" + loose_any(("العدد", "شماره")) + r"\s*[:：]?\s*"
    r"[\d۰-۹٠-٩]+\s*[-–—|]\s*"
)


def stamp_label(line: str) -> tuple[str, str]:
    """(kind, the rest) of a line that opens with a stamp's label and holds nothing but a
    date or a time after it (``STAMP_LABELS``: "published", "updated" or "today");
    ("", *line*) for any other line («انتشار گزارش …» is no label)."""
    for kind, pattern in _STAMP_LABEL_RE.items():
        if not (m := pattern.match(line)):
            continue
        rest = _TIME_ZONE_RE.sub("", line[m.end() :])
        # a Persian clock's half of the day: «منتشر شده در 4:27 ب.ظ»
        words = tokens(_FA_CLOCK_HALF_RE.sub(" pm", rest))
        if all(w in _CHROME_WORDS or _CHROME_NUMBER_RE.match(w) for w in words) and (
            words or ":" in line[: m.end()] or "：" in line[: m.end()]
        ):
            return kind, rest
    return "", line


# The page's clock with the place it keeps time for between the date and the time, one
# word: «پنجشنبه ۱۳ مهر ۱۴۰۲ ایران ۰۳:۴۱», «جمعه ۳۱ فروردین ۱۴۰۳ تهران ۱۱:۳۱».
_PLACE_CLOCK_RE = re.compile(r"^(?P<date>.*\d{4})\s+[^\W\d_]+\s+\d{1,2}:\d{2}(?::\d{2})?$")


def _place_clock(part: str) -> str:
    """The date of a stamp *part* that is a date, a place and a clock time, or ""."""
    m = _PLACE_CLOCK_RE.match(to_ascii_digits(part.strip()))
    if not m or not _is_date_part(m["date"]):
        return ""
    found = _written_date(m["date"])
    return found[0] if found else ""


# A Persian clock's half of the day glued to it: «۱۲:۴۶ب.ظ» (بعد از ظهر), «۹:۱۰ ق.ظ».
_FA_CLOCK_HALF_RE = re.compile(r"(?<=[\d۰-۹])\s*(?:ب|ق)\s*\.\s*ظ\b\.?")


def _is_date_part(part: str) -> bool:
    if _place_clock(part):
        return True
    part = _FA_CLOCK_HALF_RE.sub(" pm", part)
    words = tokens(_TIME_ZONE_RE.sub("", part))
    if not words or not all(w in _CHROME_WORDS or _CHROME_NUMBER_RE.match(w) for w in words):
        return False
    return any(_CHROME_NUMBER_RE.match(w) or w in _RELATIVE_TIME for w in words)


# A section's name glued to the stamp after it, a few words and no space before the
# date's first digit: «عرب وعالم5-8-2021 | 10:12».  Only a whole date follows it: day,
# month and year in digits.
_GLUED_SECTION_RE = re.compile(
    rf"^[^\W\d_]+(?:\s+[^\W\d_]+){{0,{SECTION_NAME_WORDS - 1}}}"
    r"(?=\d{1,2}[-/.]\d{1,2}[-/.]\d{4}(?!\d))"
)


# A section's name as the part before a stamp's bar, then a whole date in digits.
_SECTION_PART_RE = re.compile(rf"^[^\W\d_]+(?:\s+[^\W\d_]+){{0,{SECTION_NAME_WORDS - 1}}}$")
_FULL_DATE_RE = re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}(?!\d)")


def _stamp_part(part: str) -> str:
    """What a stamp's *part* is: "date" (a date, a time, a labelled stamp), "number" (the
    story's number), "desk" (``STAMP_DESK_LABELS``), or "" (no part of a stamp)."""
    if _STORY_NUMBER_RE.match(part):
        return "number"
    if _STAMP_DESK_RE.match(part):
        return "desk"
    return "date" if _is_date_part(part) or stamp_label(part)[0] else ""


# A clock time, the story's number and the section's name in one part of a stamp, no
# dash between them: «۰۰:۲۶ کد : ۱۹۴۹۶۸۶ سرخط اخبار».
_STAMP_NUMBER_SECTION_RE = re.compile(
    r"^\s*(?P<time>[\d۰-۹]{1,2}:[\d۰-۹]{2})\s+"
    r"(?P<number>"
    + loose_any(_BY_LENGTH((*PAGE_NUMBER_LABELS, "کد", "شناسه")))
    + r"\s*[:：]?\s*[\d۰-۹]+)"
    + rf"(?:\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,{SECTION_NAME_WORDS - 1}}})?\s*$"
)


def is_date_chrome(line: str) -> bool:
    """Is *line* a date, a time or a publication stamp alone (page chrome): every word a
    number or a word of dates (``_CHROME_WORDS``), and a number or «منذ/قبل/پیش» there;
    or a stamp's label and a date or a time (``stamp_label``); or its parts, split at
    «|» (each whole or in pieces split at a spaced dash), such stamps, the story's number
    and the desk that filed it («شناسهٔ خبر: 32345974 - سرویس سیاسی»), a date or a number
    among them; a print issue's number may open it («العدد 704 - …»), a section's name
    glued to its date («عرب وعالم5-8-2021 | …») or before its bar («سياسة | 26-02-2019,
    08:48 |»), an advertisement's label close it
    («… یکشنبهتبلیغات»)?"""
    line = _ISSUE_NUMBER_RE.sub("", line.strip())
    if (bare := _GLUED_AD_RE.sub("", line)) != line and bare:
        line = bare
    parts = [p for p in _STAMP_PARTS_RE.split(line) if p]
    if parts and (m := _GLUED_SECTION_RE.match(to_ascii_digits(parts[0]))):
        parts[0] = parts[0][m.end() :]
    elif (
        len(parts) > 1
        and _SECTION_PART_RE.match(parts[0])
        and _FULL_DATE_RE.search(to_ascii_digits(parts[1]))
    ):
        parts = parts[1:]  # «سياسة | 26-02-2019, 08:48 |»: the section, then its stamp
    kinds: set[str] = set()
    for part in parts:
        if kind := _stamp_part(part):
            kinds.add(kind)
            continue
        pieces = [p for p in _STAMP_PIECES_RE.split(part) if p]
        if len(pieces) == 1 and (m := _STAMP_NUMBER_SECTION_RE.match(part)):
            pieces = [m["time"], m["number"]]  # «۰۰:۲۶ کد : ۱۹۴۹۶۸۶ سرخط اخبار»
        found = [_stamp_part(p) for p in pieces]
        if len(found) < 2 or not all(found):
            return False
        kinds.update(found)
    return bool(kinds & {"date", "number"})


# A photo's caption with its credit: «مصطفی محمد نجار، وزیر کشور /عکس از ایرنا», «عکس:
# …», «صورة: …», «… (أرشيفية)», «جنود … (باناراس خان/فرانس برس)», "Photo: …".  Page
# chrome, never a headline nor text.  A headline's media tag, «(+عکس)», «(عکس)»,
# «(فيديو)», is no credit: the headline keeps it.
_CAPTION_CREDITS = (
    "عکس از", "عکس", "عکاس", "تصویر از", "تصویر", "منبع تصویر", "صورة", "الصورة", "تصوير",
    "photo", "photo by", "image", "credit", "photograph",
)  # fmt: skip
_CAPTION_RE = re.compile(
    r"(?:^|[\s/|(])"
    + loose_any(sorted(_CAPTION_CREDITS, key=len, reverse=True))
    + r"\s*[:：]"
    + r"|/\s*(?:"
    + loose_pattern("عکس از")
    + "|"
    + loose_pattern("تصویر از")
    + r")\s"
    + r"|\((?:"
    + "|".join(loose_pattern(w) for w in ("صورة أرشيفية", "أرشيفية", "أرشيف", "آرشیو"))
    + r"|file|file photo|archive)\)"
    + r"|\b(?:file photo|photo by)\b",
    re.IGNORECASE,
)
# In the page's head, a description closed by a photographer and an agency: «جنود … في
# إقليم بلوشستان (باناراس خان/فرانس برس)».  (A line of the credit alone, «(رويترز/أ ف
# ب)», names the source, and inside the text a short paragraph may close with it.)
_HEAD_CAPTION_RE = re.compile(r"^\s*\S+\s+\S+.*\([^()/\d]{2,40}/[^()/\d]{2,40}\)\s*$")
# In the page's head too, a description closed by the photo agency alone, as captions
# credit it («توالي الاعترافات على عبد القدير خان … (الفرنسية)»: AFP; «(الأوروبية)»: EPA).
PHOTO_AGENCIES = (
    "الفرنسية", "الأوروبية", "الألمانية", "رويترز", "أسوشيتد برس", "غيتي", "غيتي إيميجز",
    "الأناضول", "أ ف ب", "AFP", "EPA", "Reuters", "AP", "Getty", "Getty Images",
)  # fmt: skip
_HEAD_CREDIT_RE = re.compile(
    r"^\s*\S+\s+\S+.*\(" + loose_any(sorted(PHOTO_AGENCIES, key=len, reverse=True)) + r"\)\s*$",
    re.IGNORECASE,
)
# Anywhere, a line closed by such a credit that a paragraph of the text repeats word for
# word («يشار إلى أن هذه ليست المرة الأولى … (ا ف ب)»): a photo's caption quoting the
# text, however long (``_repeated_captions``).
_CREDIT_CLOSE_RE = re.compile(
    r"\s*\((?:"
    + loose_any(sorted(PHOTO_AGENCIES, key=len, reverse=True))
    + r"|[^()/\d]{2,40}/[^()/\d]{2,40})\)\s*$",
    re.IGNORECASE,
)


# The outlet's masthead («رئيس مجلسي الإدارة والتحرير», «مدیر مسئول: …») and its calls
# to follow it on a platform («تابع أحدث الأخبار عبر تطبيق google news», «… را در تویتر
# دنبال کنید»): page chrome in the page's head, never a headline.  «تابع» alone opens
# sentences too («تابع الوزير جولته»): only with a platform named it is a call.
_MASTHEAD_OPENINGS = (
    "رئيس التحرير", "رئيس مجلس الإدارة", "رئيس مجلسي الإدارة والتحرير", "مدير التحرير",
    "صاحب الامتياز", "مدیر مسئول", "مدیرمسئول", "سردبیر", "صاحب امتیاز", "editor in chief",
    "editor-in-chief",
)  # fmt: skip
_FOLLOW_OPENINGS = (
    "تابع", "تابعوا", "تابعونا", "اشترك", "اشتركوا", "follow", "subscribe",
    "قراؤنا من مستخدمي", "قراءنا من مستخدمي", "يمكنكم الآن متابعة", "يمكنكم متابعة",
)  # fmt: skip
_PLATFORMS = (
    "تطبيق", "تطبيقنا", "قناة", "قناتنا", "صفحة", "صفحتنا", "حساب", "google", "twitter",
    "facebook", "telegram", "whatsapp", "instagram", "youtube", "تويتر", "فيسبوك", "فيس بوك",
    "تلغرام", "تليجرام", "واتساب", "إنستغرام", "انستغرام", "إنستجرام", "انستجرام", "يوتيوب", "تویتر", "فیس بوک", "تلگرام",
    "اینستاگرام", "ایتا", "روبیکا",
)  # fmt: skip
_MASTHEAD_RE = re.compile(
    r"^\W*" + loose_any(sorted(_MASTHEAD_OPENINGS, key=len, reverse=True)) + r"(?![\w\u200c])",
    re.IGNORECASE,
)
_FOLLOW_RE = re.compile(
    r"^\W*"
    + loose_any(_FOLLOW_OPENINGS)
    + r"(?![\w\u200c])|"
    + loose_pattern("دنبال کنید")
    + r"\W*$",
    re.IGNORECASE,
)
_PLATFORM_RE = re.compile(
    r"(?<![\w\u200c])" + loose_any(_PLATFORMS) + r"(?![\w\u200c])",
    re.IGNORECASE,
)


# The page's tools and links around the text: its calls to send or print the page
# («اين صفحه را برای دوستان خود بفرستيد», «صفحه بدون عکس», «نسخه قابل چاپ», «أرسل
# لصديق», "Printable version"), a line of nothing else (they may be glued: «…بفرستيدصفحه
# بدون عکس»); and an aggregator's link to the story's source, the agency and «مشاهده در
# مرجع» ("view at the source"); a link to more of the site's videos or news («فیلم
# بیشتر »»»); a call to subscribe («إضغط هنا للإشتراك»).  Page chrome wherever they stand,
# never a headline.
# A call to join the outlet's channel or to click: a page's tool, and glued after the
# text's last stop its end (``split_end_mark``).
CLOSING_CALLS = ("برای ورود به کانال تلگرام ما کلیک کنید", "برای عضویت کلیک کنید")
PAGE_TOOLS = (
    "این صفحه را برای دوستان خود بفرستید", "این صفحه را برای دوستان خود ارسال کنید",
    "این صفحه را برای دوستانتان بفرستید", "ارسال به دوستان", "ارسال برای دوستان",
    "صفحه بدون عکس", "نسخه قابل چاپ", "نسخه چاپی", "نسخه مناسب چاپ", "أرسل هذه الصفحة",
    "أرسل لصديق", "ارسل لصديق", "أرسل إلى صديق", "نسخة للطباعة", "نسخة قابلة للطباعة",
    "e-mail this to a friend", "email this to a friend", "printable version", "لینک خبر",
    "فیلم بیشتر", "عکس بیشتر", "اخبار بیشتر",
    # a call to subscribe or click: «إضغط هنا للإشتراك»
    "اضغط هنا للاشتراك", "اضغط هنا", "انقر هنا للاشتراك", "انقر هنا", "اشترك الآن",
    "click here to subscribe", *CLOSING_CALLS,
    # the copy button's notice, the reader's vote, a link to skip the menu and a list of
    # the latest news headed by its name
    "لینک کپی شد", "آیا این خبر مفید بود",
    "skip to main content", "skip to content", "تازه ترین خبرها", "تازه ترین اخبار",
)  # fmt: skip
_PAGE_TOOL_RE = re.compile(
    "|".join(loose_pattern(t) for t in sorted(PAGE_TOOLS, key=len, reverse=True)), re.IGNORECASE
)
_SOURCE_LINK_RE = re.compile(
    r"^(?P<name>[^:\n]{0,40}?)\s*"
    + loose_any(("مشاهده", "دیدن", "ادامه"))
    + r"\s+(?:(?:خبر|مطلب)\s+)?(?:"
    + loose_pattern("در")
    + r")\s+"
    + loose_any(("سایت مرجع", "مرجع", "منبع"))
    + r"\W*$"
)


# The page's notice that it keeps cookies («هذا الموقع يستخدم ملف تعريف الارتباط Cookie»,
# "This site uses cookies", «این سایت از کوکی استفاده می‌کند»): a short line naming
# cookies and the site or its use of them.
_COOKIE_RE = re.compile(
    r"(?<![\w\u200c])(?:cookies?|"
    + "|".join(
        loose_pattern(w)
        for w in ("ملفات تعريف الارتباط", "ملف تعريف الارتباط", "الكوكيز", "كوكيز", "کوکی")
    )
    + r")",
    re.IGNORECASE,
)
_COOKIE_USE_RE = re.compile(
    r"(?<![\w\u200c])(?:site|website|we use|uses|"
    + "|".join(
        loose_pattern(w)
        for w in ("الموقع", "موقعنا", "يستخدم", "نستخدم", "سایت", "وبسایت", "استفاده")
    )
    + r")(?![\w\u200c])",
    re.IGNORECASE,
)


# Labels the page prints around the text, each alone on its line (``is_page_label``):
# the agency's end mark («انتهای پیام», «انتهى»), the readers' comments («نظر شما»,
# «تعليقات», «أرسل تعليقك»), the share buttons' label («شارك :», «شارک :»), skip links
# («لینک‌های دسترسی», «المحتوى الرئيسي», «أنت هنا»), a breaking-news
# flag; the story's number after its label («کد خبر: 96122715016», «رمز الخبر: 25716»);
# its tags after theirs, the list or nothing («برچسب ها : …», «کلیدواژه»); and the
# notices of a page's forms and players, which open their line ("Your browser doesn't
# support HTML5 video", «پخش این فایل در دستگاه شما پشتیبانی نمی شود», «تم إضافة تعليقك …»); a comment counter («نظرات(۰ دیدگاه)»), a
# live player's button («پخش زنده»), the head of related links («در همین زمینه :»,
# «موضوعات مرتبط»), a
# section's name after its label («سرویس: بین الملل»).  A line of the text is never only
# one of these.
PAGE_LABELS = (
    *AD_LABELS, "انتهای پیام", "پایان پیام", "انتهى", "نظر شما", "نظرات", "ارسال نظر", "نظرات کاربران",
    "بحث و گفتگو", "بحث و گفت و گو", "پخش زنده", "در همین زمینه", "موضوعات مرتبط",
    "لینک های دسترسی", "لینک های قابل دسترسی", "پرش به محتوا", "لینک کوتاه", "خبر فوری",
    "تعليقات", "التعليقات", "أضف تعليقا", "أضف تعليق", "المحتوى الرئيسي", "أنت هنا",
    "انتقل إلى المحتوى", "عاجل", "أرسل تعليقك", "ارسل تعليقك", "شارك", "شارک", "شاركنا",
    "rate this item", "skip to content", "comments", "share",
    # a blog's comment box under the post: its count when none and its button
    "هیچ نظری موجود نیست", "نظری موجود نیست", "ارسال یک نظر", "ليست هناك تعليقات",
    "لا توجد تعليقات", "إرسال تعليق", "no comments", "post a comment",
)  # fmt: skip
PAGE_TAG_LABELS = (
    "برچسب ها", "برچسب", "کلیدواژه ها", "کلیدواژه", "کلید واژه ها", "کلید واژه",
    "واژه های کلیدی", "کلمات کلیدی", "الكلمات المفتاحية", "كلمات مفتاحية", "الكلمات الدالة",
    "الكلمات الدلالية", "كلمات دلالية", "الوسوم", "وسوم", "tags", "keywords", "سرویس",
    "دسته بندی", "التصنيف", "category", "categories",
)  # fmt: skip
PAGE_COUNTERS = ("نظرات", "دیدگاه ها", "نظر", "comments")
PAGE_NOTICES = (
    "your browser does not support", "your browser doesn't support",
    "your browser doesn’t support", "مرورگر شما از", "متصفحك لا يدعم", "تم إضافة تعليقك",
    "تم أضافة تعليقك", "در زمینه انتشار نظرات مخاطبان",
    "پخش این فایل در دستگاه شما پشتیبانی نمی شود",
)  # fmt: skip
# The end of the agency's message, with the desk's code after it: «انتهای پیام/392/».
END_LABELS = ("انتهای پیام", "پایان پیام", "انتهى")
_PAGE_LABEL_RE = re.compile(
    r"^[\W_]*(?:"
    + loose_any(_BY_LENGTH(END_LABELS))
    + r"(?:[\W_]*[\d۰-۹٠-٩]+)+"
    + r"|"
    + loose_any(_BY_LENGTH(PAGE_LABELS))
    + r"|"
    + loose_any(_BY_LENGTH(PAGE_NUMBER_LABELS))
    + r"[\s:：#.\-–]*\d+"
    + r"|"
    + loose_any(_BY_LENGTH(PAGE_TAG_LABELS))
    + r"|"
    + loose_any(_BY_LENGTH(PAGE_COUNTERS))
    + r"\s*[(\[]?\s*\d+\s*"
    + loose_any(("دیدگاه", "نظر", "comments", "comment"))
    + r"?"
    + r")[\W_]*$",
    re.IGNORECASE,
)
# A breadcrumb: the site's sections down to the story, at least three short parts
# between «>», «›» or «»» («رادیو زمانه > خارج از سیاست > پاکستان > …», «خانه » اخبار »
# …»), a trail of «|» after it.
BREADCRUMB_MIN_PARTS = 3
BREADCRUMB_PART_WORDS = 8
_BREADCRUMB_SPLIT_RE = re.compile(r"\s+[>›»]\s+")
# An embedded post's link line («… pic.twitter.com/ZMyfEfMUay») and an ad slot's name
# left as a line («bato-adv», "ad-banner-top").
_EMBED_RE = re.compile(r"(?:^|\s)pic\.twitter\.com/\w+", re.IGNORECASE)
_AD_SLOT_RE = re.compile(
    r"^[a-z0-9]*(?:[-_][a-z0-9]+)*[-_](?:adv|ads?|advert|banner)(?:[-_][a-z0-9]+)*$"
    r"|^(?:adv|ads?|advert|banner)[-_][a-z0-9]+(?:[-_][a-z0-9]+)*$",
    re.IGNORECASE,
)


# An image left as its tag on a line of its own («<image>…</image>», «<img src="…">») or
# as its alternative text («Site icon IMLebanon»), and a web archive's label over the
# page it keeps, the archive's name and the page's site each closed by a colon («واضح
# آرشیو وب فارسی:خبرگزاری موج:»), the page's date and time may follow («…:ایسنا: دوشنبه
# ۴ خرداد ۱۳۹۴ - ۱۲:۳۲»; nothing else: ``is_date_chrome``).
_IMAGE_TAG_RE = re.compile(
    r"^\s*(?:<image\b[^>]*>.*</image>|<img\b[^>]*>|site (?:icon|logo)\b[^.!?:،؛]{0,60})\s*$",
    re.IGNORECASE | re.DOTALL,
)
WEB_ARCHIVE_LABELS = ("آرشیو وب فارسی",)
_WEB_ARCHIVE_RE = re.compile(
    rf"^\s*(?:{_NAME_WORD}\s+){{0,2}}"
    + loose_any(WEB_ARCHIVE_LABELS)
    + r"\s*[:：]\s*(?:[^:：\n]{2,40}?\s*[:：]\s*)?(?P<date>.*)$"
)


def _is_web_archive_label(line: str) -> bool:
    m = _WEB_ARCHIVE_RE.match(line)
    return bool(m) and (not m["date"].strip() or is_date_chrome(m["date"]))


def _is_breadcrumb(line: str) -> bool:
    parts = [p for p in _BREADCRUMB_SPLIT_RE.split(line.strip().rstrip("| ")) if p]
    return len(parts) >= BREADCRUMB_MIN_PARTS and all(
        len(p.split()) <= BREADCRUMB_PART_WORDS and not _ends_sentence(p) for p in parts
    )


_PAGE_TAGS_RE = re.compile(
    r"^[\W_]*" + loose_any(_BY_LENGTH(PAGE_TAG_LABELS)) + r"\s*[:：]", re.IGNORECASE
)
_PAGE_NOTICE_RE = re.compile(r"^[\W_]*" + loose_any(_BY_LENGTH(PAGE_NOTICES)), re.IGNORECASE)


# The agency's end mark closing the last paragraph, set off by slashes, and the desk's
# code after it, numbers and letters alone or in pairs: «… في مجال الأمن. // انتهى //
# 1950 ت م», «… تلك المشاكل./انتهى/».  From the mark to the line's end is chrome.
_END_MARK_RE = re.compile(
    r"\s*/{1,2}\s*"
    + loose_pattern("انتهى")
    + r"\s*/{1,2}(?:\s*(?:\d+|[^\W\d_]{1,2})(?:\s+(?:\d+|[^\W\d_]{1,2}))*)?\s*$"
)


# A lone Latin letter after the full stop closing a line in Arabic script («… به ٣۶ تن
# رسيد. R»): a page's icon or button left in the text, no word of it.
_STRAY_LETTER_RE = re.compile(r"(?<=[.!?؟])\s+[A-Za-z]\s*$")
_ARABIC_SCRIPT_RE = re.compile(r"[\u0600-\u06ff]")


# A call to join the outlet's channel (``CLOSING_CALLS``) glued after the last
# sentence's stop, with or without a space («… ارائه می دهد.برای ورود به کانال تلگرام ما
# کلیک کنید.»).
_CLOSING_CALL_RE = re.compile(
    r"(?<=[.!?؟])\s*" + loose_any(_BY_LENGTH(CLOSING_CALLS)) + r"\s*[.!]?\s*$"
)


def split_end_mark(line: str) -> tuple[str, str]:
    """(*line* without the agency's end mark and its code at its end, the mark and the
    code; ``_END_MARK_RE``), or (*line*, "") when it closes on no such mark.  A stray
    Latin letter closing a line in Arabic script is such a mark (``_STRAY_LETTER_RE``),
    and so is a call to join the outlet's channel after the last stop
    (``CLOSING_CALLS``)."""
    m = _END_MARK_RE.search(line) or _CLOSING_CALL_RE.search(line)
    if not m and _ARABIC_SCRIPT_RE.search(line):
        m = _STRAY_LETTER_RE.search(line)
    if not m:
        return line, ""
    return line[: m.start()].rstrip(), line[m.start() :].strip()


def is_empty_stamp(line: str) -> bool:
    """Is *line* nothing but the labels of a publication or an update stamp, each with
    its colon and no date («نشر في: آخر تحديث:»): the page's empty stamps, wherever
    they stand.  A today label alone («اليوم:») may head a part of the text."""
    rest = line.strip()
    while rest:
        m = _STAMP_LABEL_RE["published"].match(rest) or _STAMP_LABEL_RE["updated"].match(rest)
        if not m or not re.search("[:：]", m.group()) or not stamp_label(rest)[0]:
            return False
        rest = rest[m.end() :].strip()
    return True


# The site's disclaimer under the text, whatever its length: its label, then a colon or
# the statement it opens («إخلاء مسؤولية إن موقع … يعمل بطريقة آلية …», «سلب مسئولیت:
# …», "Disclaimer: …").  «إخلاء» alone is no label: «إخلاء سبيل» (release) opens news.
DISCLAIMER_LABELS = (
    "إخلاء مسؤولية", "إخلاء المسؤولية", "إخلاء للمسؤولية", "سلب مسئولیت", "سلب مسؤولیت",
    "disclaimer",
)  # fmt: skip
_DISCLAIMER_RE = re.compile(
    r"^\W*" + loose_any(DISCLAIMER_LABELS) + r"\s*(?:[:：\-–—]|(?:إن|ان|إنّ)\s)",
    re.IGNORECASE,
)


# The page's short link to the story after its label, the address or nothing after it
# («لینک کوتاه: https://…/?p=55441», «الرابط المختصر: …», "Short link: …").
LINK_LABELS = (
    "لینک کوتاه", "لینک کوتاه خبر", "لینک کوتاه مطلب", "لینک خبر", "نشانی کوتاه",
    "آدرس کوتاه", "کوتاه نوشت", "الرابط المختصر", "رابط مختصر", "رابط الخبر",
    "رابط مختصر للخبر", "short link", "short url", "shortlink", "permalink",
)  # fmt: skip
_LINK_LINE_RE = re.compile(
    r"^[\W_]*"
    + loose_any(_BY_LENGTH(LINK_LABELS))
    + r"\s*[:：]?\s*(?:(?:https?://|www\.)\S+|[a-z0-9-]+(?:\.[a-z0-9-]+)+/\S*)?\s*$",
    re.IGNORECASE,
)
# The page's links to skip its menus, numbered or not: «1. رفتن به محتوا», «2. رفتن به
# مطالب اصلی», «3. رفتن به دیگر صفحات دویچه وله», «تخطي إلى المحتوى», "Skip to main
# menu"; a target of other pages may name the site after it, in a few words.
SKIP_OPENINGS = (
    "رفتن به", "پرش به", "برو به", "انتقل إلى", "الانتقال إلى", "تخطي إلى", "تخط إلى",
    "انتقل الى", "skip to", "jump to",
)  # fmt: skip
SKIP_TARGETS = (
    "محتوا", "محتوای اصلی", "مطالب اصلی", "منو", "منوی اصلی", "جستجو", "المحتوى",
    "المحتوى الرئيسي", "القائمة", "القائمة الرئيسية", "البحث", "content", "main content",
    "main menu", "menu", "navigation", "search",
)  # fmt: skip
SKIP_SITE_TARGETS = (
    "دیگر صفحات", "صفحات دیگر", "دیگر بخش های", "المزيد من صفحات", "المزيد من مواقع",
    "صفحات أخرى", "more", "other",
)  # fmt: skip
SKIP_SITE_WORDS = 3
_SKIP_LINK_RE = re.compile(
    r"^\s*(?:[\d۰-۹٠-٩]{1,2}\s*[.)\-]\s*)?"
    + loose_any(_BY_LENGTH(SKIP_OPENINGS))
    + r"\s+(?:"
    + loose_any(_BY_LENGTH(SKIP_TARGETS))
    + "|"
    + loose_any(_BY_LENGTH(SKIP_SITE_TARGETS))
    + rf"(?:\s+[^\s.!?؟:،,؛]+){{0,{SKIP_SITE_WORDS}}}"
    + r")\s*$",
    re.IGNORECASE,
)


def is_page_label(line: str) -> bool:
    """Is *line* a label of the page (``PAGE_LABELS``, a story's number after
    ``PAGE_NUMBER_LABELS``, tags after ``PAGE_TAG_LABELS``, a count after
    ``PAGE_COUNTERS``), a form's or a player's notice (``PAGE_NOTICES``), a breadcrumb,
    an embedded post's link line or an ad slot's name, an image's tag or a web archive's
    label (``WEB_ARCHIVE_LABELS``), the site's disclaimer (``DISCLAIMER_LABELS``), the
    story's short link (``LINK_LABELS``) or a link to skip the menus (``SKIP_OPENINGS``),
    not a line of the text?  A list of tags and a disclaimer may be long."""
    line = line.strip()
    if _PAGE_TAGS_RE.match(line) or _IMAGE_TAG_RE.match(line) or _is_web_archive_label(line):
        return True
    if _DISCLAIMER_RE.match(line) or _LINK_LINE_RE.match(line) or _SKIP_LINK_RE.match(line):
        return True
    if len(line) <= HEADING_MAX and _is_breadcrumb(line):
        return True
    if _is_short_line(line) and (_EMBED_RE.search(line) or _AD_SLOT_RE.match(line)):
        return True
    if len(tokens(line)) <= HANDLE_LINE_WORDS and _HANDLE_RE.search(line):
        return True  # the outlet's credit with its account: «عكاظ» (الرياض) okaz_online@
    return _is_short_line(line) and bool(_PAGE_LABEL_RE.match(line) or _PAGE_NOTICE_RE.match(line))


# A platform account written on its own («okaz_online@», «@dawn_com»); a line of a few
# words that holds one is the outlet's credit line, not a sentence that names an account.
_HANDLE_RE = re.compile(r"(?<!\S)(?:@[A-Za-z0-9_]{3,}|[A-Za-z0-9_]{3,}@)(?!\S)")
HANDLE_LINE_WORDS = 5


# The font-size buttons: «+A -A», «A+ A A-» (a sign by one of them at least).
_FONT_TOOLS_RE = re.compile(r"^(?=.*[+\-])(?:\s*[+\-]?\s*[Aa]\s*[+\-]?\s*){2,3}$")
# The same buttons as two or three «T»s («T T»).
_FONT_LETTERS_RE = re.compile(r"^(?:\s*[+\-]?\s*T\s*[+\-]?\s*){2,3}$")


# The reporter's or the desk's code set off by slashes on a line of its own, a letter or
# a few after the last paragraph: «/س/», «/ح.م/».
_DESK_CODE_RE = re.compile(r"^\s*/\s*[^\W\d_]{1,3}(?:\s*[./]\s*[^\W\d_]{1,3}){0,2}\s*/\s*$")


# The outlet's call to get its news on its channel, a line of its own wherever it stands
# («به‌روزترین اخبار … را از طریق تلویزیون رُژن دریافت کنید», «آخرین خبرها را در
# تلگرام دنبال کنید»): the news named, then «را از طریق/در …» and the call.
NEWS_CALL_WORDS = ("اخبار", "خبرها", "خبرهای", "اخبارها")
NEWS_CALL_VERBS = ("دریافت کنید", "دنبال کنید", "ببینید", "بشنوید")
NEWS_CALL_CHANNEL_WORDS = 4
_NEWS_CALL_RE = re.compile(
    r"(?<![\w\u200c])"
    + loose_any(_BY_LENGTH(NEWS_CALL_WORDS))
    + r"(?![\w\u200c]).*\s"
    + loose_pattern("را")
    + r"\s+(?:"
    + loose_any(("از طریق", "در"))
    + rf")\s+(?:[^\s.!?؟:،,؛]+\s+){{1,{NEWS_CALL_CHANNEL_WORDS}}}"
    + loose_any(NEWS_CALL_VERBS)
    + r"[\s.!]*$"
)


def is_page_tool(line: str) -> bool:
    """Is *line* nothing but the page's tools (``PAGE_TOOLS``, the font-size buttons
    «+A -A», «T T»), a counter of readers («۰ نفر»), its cookie notice (``_COOKIE_RE``), a
    desk's code between slashes (``_DESK_CODE_RE``), a call to get the outlet's news on
    its channel (``_NEWS_CALL_RE``), or no word at all (a lone «>», «***»)?"""
    if not any(ch.isalnum() for ch in line) or _FONT_TOOLS_RE.match(line):
        return True
    if _DESK_CODE_RE.match(line):
        return True
    if _FONT_LETTERS_RE.match(line) or _PEOPLE_COUNTER_RE.match(line):
        return True
    if _is_short_line(line) and _COOKIE_RE.search(line) and _COOKIE_USE_RE.search(line):
        return True
    if _is_short_line(line) and _NEWS_CALL_RE.search(line):
        return True
    return _tools_only(line)


def _tools_only(line: str) -> bool:
    """Whether *line* holds a page tool (``_PAGE_TOOL_RE``) and no letter or digit
    outside its tools: the positions a substitution would try, in its order, given up at
    the first letter no tool covers (a paragraph is given up at once)."""
    pos, found = 0, False
    while pos < len(line):
        m = _PAGE_TOOL_RE.match(line, pos)
        if m is not None and m.end() > pos:
            pos, found = m.end(), True
        elif m is not None:  # an empty match: read as the substitution reads it
            rest = _PAGE_TOOL_RE.sub(" ", line)
            return rest != line and not any(ch.isalnum() for ch in rest)
        elif line[pos].isalnum():
            return False
        else:
            pos += 1
    return found


def source_link(line: str) -> str | None:
    """The agency an aggregator's link line credits («خبرگزاری فارس مشاهده در مرجع» ->
    «خبرگزاری فارس», "" when it names none), or None for any other line."""
    m = _SOURCE_LINK_RE.match(line.strip())
    return m["name"].strip(" -–—|•·") if m else None


def tools_source(line: str) -> str | None:
    """The agency a line of the page's tools credits among them, in a source line
    between «|» («نسخه قابل چاپ منبع: صدا و سیما | لینک خبر» -> «صدا و سیما»), or None
    for any other line."""
    if not _is_short_line(line):
        return None
    rest = _PAGE_TOOL_RE.sub("|", line)
    if rest == line:
        return None
    parts = [p for p in _STAMP_PARTS_RE.split(rest.strip(" |")) if p.strip()]
    matches = [SOURCE_LINE_RE.match(p) for p in parts]
    if len(matches) != 1 or not matches[0]:
        return None
    return matches[0]["name"]


# The site's banner: its name and its address, between dashes or bars and nothing else
# («- خبرگزاری آریانا نیوز - https://ariananews.co -», "Dawn | www.dawn.com").  Page
# chrome in the page's head, never a headline; the name is the publisher's.
_URL = r"(?:https?://|www\.)[^\s|]+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}/?"
_BANNER_NAME = r"[^\-–—|:/.،\n]{2,40}?"
_SITE_BANNER_RE = re.compile(
    rf"^[\s\-–—|]*(?:(?P<name>{_BANNER_NAME})\s*[\-–—|]+\s*(?:{_URL})"
    rf"|(?:{_URL})\s*[\-–—|]+\s*(?P<after>{_BANNER_NAME}))[\s\-–—|]*$",
    re.IGNORECASE,
)
BANNER_NAME_WORDS = 5


def site_banner(line: str) -> str | None:
    """The site's name on its banner line (``_SITE_BANNER_RE``), or None for any other
    line."""
    m = _SITE_BANNER_RE.match(line.strip())
    if not m:
        return None
    name = (m["name"] or m["after"]).strip()
    return name if len(name.split()) <= BANNER_NAME_WORDS else None


# The site's list of its channels in the page's head, the outlet's name over each of them
# («قناة صدى البلد البلد سبورت صدى البلد جامعات صدى البلد عقارات …»): a pair of words
# printed this many times in one line.  No headline says the same two words three times.
CHANNEL_MENU_REPEATS = 3


def _is_channel_menu(line: str) -> bool:
    words = tokens(line)
    pairs = list(itertools.pairwise(words))
    return any(pairs.count(pair) >= CHANNEL_MENU_REPEATS for pair in set(pairs))


def _is_masthead(line: str) -> bool:
    """Is *line* the outlet's masthead (``_MASTHEAD_OPENINGS``) or a call to follow it on
    a platform (``_FOLLOW_OPENINGS``, ``_PLATFORMS``)?"""
    line = line.strip()
    if _MASTHEAD_RE.match(line):
        return True
    return bool(_FOLLOW_RE.search(line)) and bool(_PLATFORM_RE.search(line))


# A line closed by a photo's credit in parentheses, «(Photo by NAME / AFP)», «(عکس: …)»,
# or set after the caption's last stop, a few words with no stop of their own («… درج
# می کند. عکس: سازمان ملل متحد»):
# a wire photo's caption, however long (an agency's stock caption may run to three
# sentences on another story; an article's own paragraph closes on no such credit).
_CLOSING_PHOTO_CREDIT_RE = re.compile(
    r"\((?:photo|photograph|image|picture)\s*(?:by\b|:)[^()]{2,80}\)\s*$"
    r"|[.!?؟]\s*(?:"
    + "|".join(loose_pattern(w) for w in ("عکس", "تصویر", "صورة", "الصورة", "photo", "image"))
    + r")\s*[:：]\s*[^\s.!?؟:：،,()][^.!?؟:：،,()\n]{1,50}$"
    r"|\((?:"
    + "|".join(loose_pattern(w) for w in ("عکس", "عکس از", "تصویر", "صورة", "تصوير", "الصورة"))
    + r")\s*[:：][^()]{2,80}\)\s*$",
    re.IGNORECASE,
)


def is_caption(line: str, head: bool = False) -> bool:
    """Is *line* a photo's caption: a short line with a photo credit (``_CAPTION_RE``),
    a line of any length closed by a photo credit in parentheses
    (``_CLOSING_PHOTO_CREDIT_RE``), or in the page's *head* one closed by a photographer
    and an agency or by the photo agency alone (``PHOTO_AGENCIES``)?"""
    if _CLOSING_PHOTO_CREDIT_RE.search(line):
        return True
    if not _is_short_line(line):
        return False
    if _CAPTION_RE.search(line):
        return True
    return head and bool(_HEAD_CAPTION_RE.match(line) or _HEAD_CREDIT_RE.match(line))


def _bare_headline(line: str) -> str:
    return " ".join(tokens(line))


CAPTION_REPEAT_MIN_WORDS = 4  # fewer words repeated may be a name or a phrase


def _repeated_captions(lines: list[str], bares: list[str]) -> set[int]:
    """Indexes of the lines closed by a photo credit (``_CREDIT_CLOSE_RE``) whose words
    another line of *lines* holds whole: a caption repeating the text."""
    out = set()
    for i, line in enumerate(lines):
        m = _CREDIT_CLOSE_RE.search(line)
        bare = _bare_headline(line[: m.start()]) if m else ""
        if len(bare.split()) < CAPTION_REPEAT_MIN_WORDS:
            continue
        if any(f" {bare} " in f" {other} " for j, other in enumerate(bares) if j != i):
            out.add(i)
    return out


# A wire service's header opening a line of the text: its name, the date in two-digit
# figures and its categories joined by dots, the place of the dateline and a dash
# («خبرگزاری جمهوری اسلامی 88/09/10 سیاسی.ایران.پرونده هسته ای.آمریکا اسلام آباد-مقام
# …»).  The agency is credited and the header is chrome: a category («آمریکا») is no
# subject of the lead's verb.  The last category is one word, so the place after it is
# not taken for one; the header needs three categories at least.
_WIRE_WORD = r"[^\W\d_]+"
_WIRE_CATEGORY = rf"{_WIRE_WORD}(?:\s+{_WIRE_WORD}){{0,2}}"
_WIRE_HEADER_RE = re.compile(
    rf"^[#\s]*(?P<name>{_WIRE_WORD}(?:\s+{_WIRE_WORD}){{0,3}})\s+"
    r"[\d۰-۹]{2}/[\d۰-۹]{2}/[\d۰-۹]{2}\s+"
    rf"(?:{_WIRE_CATEGORY}\.){{2,}}{_WIRE_WORD}"
    rf"(?:\s+{_WIRE_WORD}(?:\s+{_WIRE_WORD})?\s*[-–—])?\s*(?=\S)"
)


def wire_header(line: str) -> tuple[str, str] | None:
    """(agency as written, the rest of *line*) of a line opened by a wire service's
    header (``_WIRE_HEADER_RE``) whose name is a known source, else None."""
    m = _WIRE_HEADER_RE.match(line)
    if not m or not is_source_name(m["name"]):
        return None
    return m["name"], line[m.end() :]


# The page's counter of readers or votes, a number and «نفر» on a line of its own
# («۰ نفر»): never a line of the text.
_PEOPLE_COUNTER_RE = re.compile(r"^\s*[\d۰-۹٠-٩]+\s*" + loose_pattern("نفر") + r"\s*$")


def _repeats_first(kept: list[str], line: str) -> bool:
    """Is *line* the page's first line printed again right after the date stamps under it
    (every line before it kept, all but the first ``is_date_chrome`` with a number: a
    label alone, «اليوم:», may head a part)?  Further on, the
    same paragraph after a date may be a part of a timeline."""
    if len(kept) < 2:
        return False
    if _bare_headline(line.lstrip("*•·-#▪● ")) != _bare_headline(kept[0].lstrip("*•·-#▪● ")):
        return False
    return all(is_date_chrome(k) and any(ch.isdigit() for ch in k) for k in kept[1:])


def _page_chrome(lines: list[str]) -> tuple[list[str], list[str], str, str]:
    """(*lines* without the chrome of the page's head, the chrome lines left out, the
    reporter and the agency of a byline line «NAME │ AGENCY» / «NAME AGENCY، AGENCY»
    among them, or of a line crediting the story's source).  The head is the short lines
    before the first that ends a sentence; its chrome: date stamps (``is_date_chrome``),
    the masthead (``_is_masthead``), the site's channels (``_is_channel_menu``), a source line «منبع: …» and the site's banner
    (``site_banner``; their agency credited), a line printed again, and a line printed twice in a row (a photo's description and its
    caption: «بی نظیر بوتو، ساعتی پیش از مرگ …» twice).  A photo's caption
    (``is_caption``), the page's tools and an aggregator's link to the source
    (``is_page_tool``, ``source_link``: its agency credited) are chrome wherever they
    stand (the head goes on after them), and so are a short line printed twice in a row
    that ends no sentence or opens the page, a
    date stamp closing the page, the page's first line printed again after the stamp under
    it, and a line closed by a photo credit that the text
    repeats (``_repeated_captions``)."""
    kept: list[str] = []
    chrome: list[str] = []
    marks = [split_end_mark(line) for line in lines]
    chrome.extend(mark for _, mark in marks if mark)
    lines = [line for line, _ in marks if line]
    reporter = agency = ""
    for i, line in enumerate(lines):
        if header := wire_header(line):
            agency = agency or header[0]
            chrome.append(line[: len(line) - len(header[1])].strip())
            lines[i] = header[1]
    head_words: set[str] = set()
    head = True
    bares = [_bare_headline(line.lstrip("*•·-#▪● ")) for line in lines]
    twice = {
        k
        for j in range(len(lines) - 1)
        if bares[j] and bares[j] == bares[j + 1]
        for k in (j, j + 1)
    }
    captions = _repeated_captions(lines, bares)
    for i, line in enumerate(lines):
        # chrome that may stand anywhere ends no head: the head's lines after it are read
        in_head = head and i < len(lines) - 1 and _is_short_line(line) and not _ends_sentence(line)
        if len(lines) > 1 and (
            i in captions
            or is_caption(line, in_head)
            or is_page_tool(line)
            or is_page_label(line)
            or is_empty_stamp(line)
        ):
            chrome.append(line)
            continue
        if i in twice and _is_short_line(line) and (not _ends_sentence(line) or not kept):
            # a photo's description and caption below a credit line, or opening the page
            # before any line of the text («رئيس مجلس الشيوخ مرحبا بآل الشيخ.» twice)
            chrome.append(line)
            continue
        if 0 < i == len(lines) - 1 and is_date_chrome(line):
            chrome.append(line)  # the page's date closing it: no part of a timeline follows
            continue
        if bares[i] and len(kept) == i and _repeats_first(kept, line):
            # the page's first paragraph printed again after the stamp under it (the
            # standfirst above the stamp and again as the text's first paragraph)
            chrome.append(line)
            continue
        if len(lines) > 1 and (
            (credited := source_link(line)) is not None
            or (credited := tools_source(line)) is not None
        ):
            agency = agency or credited
            chrome.append(line)
            continue
        head = in_head
        if not head:
            kept.append(line)
            continue
        bare = bares[i]
        if (
            is_date_chrome(line)
            or _is_masthead(line)
            or _is_channel_menu(line)
            or (bare and bare in head_words)
            or i in twice
        ):
            chrome.append(line)
            continue
        if m := SOURCE_LINE_RE.match(line):
            agency = agency or m["name"]
            chrome.append(line)
            continue
        if (site := site_banner(line)) is not None:
            agency = agency or site
            chrome.append(line)
            continue
        if i > 0 and not agency and (credit := byline_credit(line)):
            reporter, agency = credit
            chrome.append(line)
            continue
        head_words.add(bare)
        kept.append(line)
    return kept, chrome, reporter, agency


# Related-story links printed after the text: a run of at least two short lines closing
# the page, the last and at least two of them without a final stop (headlines: «کنعانی:
# حق‌آبه‌ی ایران … است»), after a line that ends a sentence.  A link headline is at most
# this many words (one of 15 in the beat's pages).
RELATED_LINK_WORDS = 16
RELATED_LINKS_MIN = 2


# One related-story link alone closing an Arabic page, after the text's last sentence:
# a headline of at least this many words with no final stop («إسرائيل تغلق 28 مقراً
# دبلوماسياً خوفاً من “انتقام إيراني”»: a quoted phrase of a few words closing it is no
# stop).  An Arabic paragraph of the text ends on its stop; a Persian one often does
# not, and ends on its verb as a headline does, so a Persian line alone stays text.  Not
# a line the stored copy cut inside a sentence: one with a comma, a clause of report
# (``_TIED_TO_TEXT``: «… أن …»), one opening on «و»/«ف» or pointing back (``points_back``),
# one ending on a word no sentence ends on.
TRAILING_LINK_MIN_WORDS = 5
QUOTED_PHRASE_MAX_WORDS = 3
_CLOSING_PHRASE_RE = re.compile(r"\S\s+[“\"«]([^“”\"«».!?؟]+)[”\"»]$")
_TIED_TO_TEXT = frozenset(tokens("أن إن بأن وأن لأن"))


def _ends_on_quoted_phrase(line: str) -> bool:
    """Does *line* end on a quoted phrase of a few words, no quoted sentence?"""
    m = _CLOSING_PHRASE_RE.search(line.rstrip())
    return bool(m) and len(m.group(1).split()) <= QUOTED_PHRASE_MAX_WORDS


def _trailing_link(lines: list[str]) -> bool:
    """Is the last of *lines* one Arabic related-story link (``TRAILING_LINK_MIN_WORDS``)?"""
    if len(lines) < 3 or not _ends_sentence(lines[-2]):
        return False
    line = lines[-1].strip()
    words = tokens(line)
    if not TRAILING_LINK_MIN_WORDS <= len(line.split()) <= RELATED_LINK_WORDS:
        return False
    if len(line) > HEADING_MAX or (_ends_sentence(line) and not _ends_on_quoted_phrase(line)):
        return False
    if SOURCE_LINE_RE.match(line) or re.search(r"[،,؛;]", line):
        return False
    if detect_language(line) != "ar" or line[0] in "وف" or _is_byline(line, "ar"):
        return False
    if any(w in _TIED_TO_TEXT for w in words) or words[-1] in _NO_SENTENCE_END:
        return False
    return not points_back(line, "ar")


def _related_links(lines: list[str]) -> int:
    """How many of *lines*' last lines are related-story links (0 when they are not): a
    run of them (``RELATED_LINKS_MIN``) or one alone (``_trailing_link``)."""
    n = 0
    while n < len(lines) - 1:
        line = lines[-1 - n]
        if len(line) > HEADING_MAX or len(line.split()) > RELATED_LINK_WORDS:
            break
        if SOURCE_LINE_RE.match(line) or _is_byline(line, detect_language(line)):
            break
        n += 1
    run = lines[len(lines) - n :]
    while run and _ends_sentence(run[0]) and sum(not _ends_sentence(r) for r in run[1:]) >= 2:
        run = run[1:]  # a short closing sentence of the text before the links
    bare = sum(not _ends_sentence(r) for r in run)
    before = lines[len(lines) - len(run) - 1] if len(run) < len(lines) else ""
    if len(run) < RELATED_LINKS_MIN or bare < RELATED_LINKS_MIN or _ends_sentence(run[-1]):
        return 1 if _trailing_link(lines) else 0
    return len(run) if _ends_sentence(before) else 0


# Related-story links set into the text: a run of at least ``RELATED_LINKS_MIN`` lines
# bulleted with a dash, each a headline (``_link_headline``: «- السعودية تدين الهجومين
# الإرهابيين في باكستان والصومال»), after a line that ends a sentence; or headlines
# after a label that announces them (``RELATED_LABELS``: «اقرأ أيضا:», on its own line or
# opening the headline's).  An article's own list of points follows its label or a
# colon, or ends its items with stops: it stays.
RELATED_LABELS = (
    "اقرأ أيضا", "اقرأ ايضا", "إقرأ أيضا", "إقرأ ايضا", "اقرا ايضا", "اقرأ المزيد",
    "اقرأوا المزيد", "إقرأوا المزيد", "اقرأوا أيضا", "إقرأوا أيضا",
    "بیشتر بخوانید", "بخوانید", "read also", "read more", "related",
)  # fmt: skip
LINK_HEADLINE_MIN_WORDS = 4
LABELLED_LINKS_MAX = 5
_LINK_BULLET_RE = re.compile(r"^\s*[-–]\s+(?=\S)")
_RELATED_LABEL_RE = re.compile(
    r"^\s*(?:" + loose_any(_BY_LENGTH(RELATED_LABELS)) + r")\s*(?:[:：]|\.{2,}|…)?\s*",
    re.IGNORECASE,
)
_SENTENCE_STOPS = (".", "!", "?", "؟", "…")


# A teaser for another story of the site: a short line tagged with its media («… + فیلم»,
# «… + فيديو») that shares no word with the rest of the page.  The story's own headline
# with such a tag shares the words of its text.
MEDIA_TAGS = ("فیلم", "فيلم", "عکس", "تصاویر", "ویدئو", "ویدیو", "فيديو", "صور", "اینفوگرافیک")
_MEDIA_TAG_RE = re.compile(r"\+\s*(?:" + loose_any(MEDIA_TAGS) + r")\s*$")
TEASER_WORD_MIN = 3  # letters of a word that counts as shared (no «از», «في»)


def _media_teaser(line: str, rest: str) -> bool:
    """Is *line* a media-tagged teaser (``_MEDIA_TAG_RE``) whose words are none of *rest*?"""
    if not _is_short_line(line) or not (tag := _MEDIA_TAG_RE.search(line)):
        return False
    words = {w for w in tokens(line[: tag.start()]) if len(w) >= TEASER_WORD_MIN}
    return bool(words) and not words & set(tokens(rest))


def _link_headline(text: str) -> bool:
    """Is *text* (its bullet off) shaped as a link's headline: a few words, short, no
    stop at its end (a quoted phrase closing it is none), no comma?"""
    text = text.strip()
    if not text or not _is_short_line(text) or len(text.split()) < LINK_HEADLINE_MIN_WORDS:
        return False
    if re.search(r"[،,؛;]", text) or text.endswith(":"):
        return False
    return not _ends_sentence(text) or _ends_on_quoted_phrase(text)


def _set_in_links(lines: list[str]) -> set[int]:
    """The indices of *lines* that are related-story links set into the text, with the
    label announcing them (``RELATED_LABELS``)."""
    found: set[int] = set()
    i = 0
    while i < len(lines):
        line = lines[i]
        label = _RELATED_LABEL_RE.match(line)
        if label and label.end() == len(line):  # the label alone: the headlines follow
            run = i + 1
            while (
                run < len(lines)
                and run - i <= LABELLED_LINKS_MAX
                and _link_headline(_LINK_BULLET_RE.sub("", lines[run]))
            ):
                run += 1
            if run > i + 1:
                found.update(range(i, run))
                i = run
                continue
        elif (
            label
            and label.group(0).rstrip().endswith((":", "：", "..", "…"))
            and _link_headline(line[label.end() :])
        ):
            found.add(i)
        run = i
        while (
            run < len(lines)
            and _LINK_BULLET_RE.match(lines[run])
            and _link_headline(_LINK_BULLET_RE.sub("", lines[run]))
        ):
            run += 1
        after_text = i > 0 and lines[i - 1].rstrip().endswith(_SENTENCE_STOPS)
        if run - i >= RELATED_LINKS_MIN and after_text:
            found.update(range(i, run))
        i = max(run, i + 1)
    return found


# Words no sentence ends on: a preposition, a relative pronoun, a conjunction waiting
# for what it joins.  A line ending on one, with no final stop, was broken inside its
# sentence by a hard line break («… هيچ گزارشي از» / «بروز خسارات …»).  Not the words
# that, folded, are words of the other language too: «على» is the name «علي», «من» is
# Persian "I", «به» Arabic "with it".
_NO_SENTENCE_END_TEXT = """
    في إلى الى عن مع بين لدى حول ضد منذ عبر نحو الذي التي الذين اللذين اللتين
    اللواتي أن بأن لأن
    از با در برای بر تا که را درباره
    the of to in on at with from for by and
"""
_NO_SENTENCE_END = frozenset(tokens(_NO_SENTENCE_END_TEXT))


def _open_quotation(line: str) -> bool:
    """Does *line* leave a quotation open: an odd number of «"», more «« » than «» »?"""
    return line.count('"') % 2 == 1 or line.count("«") > line.count("»")


# A quotation broken by hard line breaks closes within this many lines after its first.
QUOTATION_LINES = 4


# An Arabic adjective of relation (nisba) that opens a line, as definite as the noun that
# ends the line before it: the adjective of that noun, carried over by a hard line break
# («القائم بالأعمال» / «الباكستاني …», «وسائل إعلام» / «إيرانية، …»).  No sentence opens
# on one.  Indefinite, only its feminine and plural forms: «ي» alone ends verbs too
# («تأتي»); not after «ا» («بداية», «حماية»), nor the plural «يات» («الولايات»), nor
# the nouns of the same shape (``_AR_NISBA_SHAPED_NOUNS``: «العملية»).
_AR_DEFINITE_RE = re.compile(r"^(?:[وفبلك]?ال|لل)")
_AR_NISBA_RE = re.compile(
    r"^(?:(?P<definite>(?:[وفبلك]?ال|لل)[^\W\d_]{3,}(?<!ا)(?:ي|ية|يين|يون))"
    r"|[^\W\d_]{3,}(?<!ا)(?:ية|يين|يون))[،,]?$"
)
_AR_NISBA_SHAPED_NOUNS = frozenset(
    ["العملية", "القضية", "الأغلبية", "الغالبية", "الأولوية", "الهوية", "الشخصية", "الضحية",
     # bodies and a state that open a lead after a headline («الخارجية الإيرانية تستدعي …»)
     "الخارجية", "الداخلية", "الجمهورية", "السعودية", "العربية"]
)  # fmt: skip


def _carries_adjective(line: str, after: str) -> bool:
    """Does the Arabic line *after* open on the adjective (``_AR_NISBA_RE``) of the noun
    that ends *line*, as definite as it is?"""
    words, next_words = line.split(), after.split()
    if not words or not next_words:
        return False
    first = next_words[0]
    match = _AR_NISBA_RE.match(first)
    if not match or first.rstrip("،,") in _AR_NISBA_SHAPED_NOUNS or not words[-1].isalpha():
        return False
    return bool(match.group("definite")) == bool(_AR_DEFINITE_RE.match(words[-1]))


# A Persian sentence broken by a hard line break before its last words: the next line
# opens with a few words that close a sentence on a verb («… ترور افراطگرایان وهابی –
# سلفی» / «قرار می گیرند.»).  No paragraph opens on so short a sentence; a line of a
# word or two above it is a label, and one that opens on «وی گفت:» goes on.
FA_SENTENCE_TAIL_WORDS = 4
FA_BROKEN_LINE_MIN_WORDS = 4
_FIRST_CLAUSE_RE = re.compile(r"^[^.!?؟…:؛;،,«»\"]+[.!?؟]")


def _fa_sentence_tail(line: str, after: str) -> bool:
    """Does *after* open with the last words of the Persian sentence *line* leaves open
    (``FA_SENTENCE_TAIL_WORDS`` at most, the last a verb, then a stop)?"""
    if len(line.split()) < FA_BROKEN_LINE_MIN_WORDS or is_chrome(line):
        return False
    clause = _FIRST_CLAUSE_RE.match(after.strip())
    return bool(
        clause
        and len(clause[0].split()) <= FA_SENTENCE_TAIL_WORDS
        and _fa_ends_with_verb(clause[0])
    )


# An Arabic sentence broken by a hard line break before its last words: the next line
# opens on a preposition, bare or with its pronoun («… في منطقة كوهستان» / «على سفوح
# جبال الهيمالايا في الشمال.», «… ثم أطلقوا النار» / «عليهم.»), and closes that sentence
# within a few words.  A paragraph opening on a preposition sets a scene and goes on
# («على صعيد آخر، …», «من جانبه، …»): its first clause is long or cut by a comma.  The
# bare «علي» is the name Ali: only with a pronoun is it «على».
AR_SENTENCE_TAIL_WORDS = 6
AR_BROKEN_LINE_MIN_WORDS = 8
_AR_PREPOSITION_RE = re.compile(
    r"^(?:على|في|من|إلى|الى|عن|مع|لدى|حول|ضد|منذ|عبر"
    r"|(?:علي|في|من|إلي|الي|عن|مع|لدي|ل|ب)(?:ه|ها|هم|هما|هن|نا|كم))$"
)
_AR_FIRST_CLAUSE_RE = re.compile(r"^[^.!?؟…:؛;،,]+[.!?؟]")


def _ar_sentence_tail(line: str, after: str) -> bool:
    """Does the Arabic line *after* open on a preposition (``_AR_PREPOSITION_RE``) and
    close within ``AR_SENTENCE_TAIL_WORDS`` words the sentence *line* leaves open?"""
    words = line.split()
    if len(words) < AR_BROKEN_LINE_MIN_WORDS or not words[-1].isalpha() or is_chrome(line):
        return False
    after = after.strip()
    first = re.match(r"[^\W\d_]*", after)
    if not first or not _AR_PREPOSITION_RE.match(first[0]):
        return False
    clause = _AR_FIRST_CLAUSE_RE.match(after)
    return bool(clause) and len(clause[0].split()) <= AR_SENTENCE_TAIL_WORDS


def join_broken_lines(lines: Sequence[str], lang: str = "") -> list[str]:
    """*lines* with a sentence broken by hard line breaks made one line again: a line
    that ends no sentence and ends on a word no sentence ends on (``_NO_SENTENCE_END``),
    or (in Arabic) whose noun's adjective opens the next line (``_carries_adjective``),
    or (in Persian) whose last words and verb open the next line (``_fa_sentence_tail``),
    or (in Arabic) whose last words open the next line on a preposition
    (``_ar_sentence_tail``), is joined with the next line, and one that leaves a quotation open with the lines up
    to the one that closes it (``QUOTATION_LINES`` at most).  A heading or a label ends on
    neither: it stays a line of its own."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        while i < len(lines) and not _ends_sentence(line):
            words = tokens(line)
            if (
                (words and words[-1] in _NO_SENTENCE_END)
                or (lang == "ar" and _carries_adjective(line, lines[i]))
                or (lang == "ar" and _ar_sentence_tail(line, lines[i]))
                or (lang == "fa" and _fa_sentence_tail(line, lines[i]))
            ):
                line, i = f"{line} {lines[i]}", i + 1
                continue
            if not _open_quotation(line):
                break
            joined = line
            for k in range(i, min(len(lines), i + QUOTATION_LINES)):
                joined = f"{joined} {lines[k]}"
                if not _open_quotation(joined):
                    line, i = joined, k + 1
                    break
            else:
                break
        out.append(line)
    return out


# The site's menu before the text: a run of at least this many label lines, each a
# section's name in letters alone («صفحه نخست», «سیاسی», «بین‌الملل», «اقتصادی»).  A
# credit, a section and its country, a dateline are one or two lines, with a mark.
MENU_MIN_ITEMS = 4
_MENU_ITEM_RE = re.compile(rf"^\s*{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,{LABEL_MAX_WORDS - 1}}}\s*$")
# Inside the menu (menu items before and after it), an item may be a little longer and
# join its words by a dash: a person's page («اخبار غلامحسین محسنی اژه‌ای»), a section and
# its part («بین‌الملل- جهان»).
MENU_LONG_ITEM_WORDS = 5
_MENU_LONG_ITEM_RE = re.compile(
    rf"^\s*{_NAME_WORD}(?:\s*-?\s*{_NAME_WORD}){{0,{MENU_LONG_ITEM_WORDS - 1}}}\s*$"
)


def _menu(lines: Sequence[str]) -> int:
    """How many lines at the head of *lines* are the site's menu: at least
    ``MENU_MIN_ITEMS`` items, each a section's name in letters alone (``_MENU_ITEM_RE``),
    or a longer one (``_MENU_LONG_ITEM_RE``) between two of them; 0 when they are none."""
    n = 0
    while n < len(lines) - 1 and (
        _MENU_ITEM_RE.match(lines[n])
        or (n > 0 and _MENU_LONG_ITEM_RE.match(lines[n]) and _MENU_ITEM_RE.match(lines[n + 1]))
    ):
        n += 1
    return n if n >= MENU_MIN_ITEMS else 0


def is_chrome(line: str) -> bool:
    """Is *line* the page's chrome wherever it stands: a date stamp (``is_date_chrome``),
    a label (``is_page_label``, ``is_empty_stamp``), its tools (``is_page_tool``)?"""
    return is_date_chrome(line) or is_page_label(line) or is_empty_stamp(line) or is_page_tool(line)


def _may_head(line: str, lang: str) -> bool:
    """May *line* be the headline: short, ending no sentence, no chrome, and in the
    article's script (a Latin line over a Persian or Arabic text is the site's tagline:
    "The Swiss voice in the world since 1935")?"""
    if lang in ("fa", "ar") and _is_latin(line):
        return False
    return _is_short_line(line) and not _ends_sentence(line) and not is_chrome(line)


# A headline's kicker left without its headline, the one who speaks in it («سفیر
# پاکستان:»): a few words, each of them among the first words of the lead that names him
# («سفیر پاکستان در تهران … گفت: …»).
LONE_KICKER_WORDS = 4
LONE_KICKER_LEAD_WORDS = 8


def _lone_kicker(line: str, lead: str) -> bool:
    words = tokens(line)
    opening = set(tokens(lead)[:LONE_KICKER_LEAD_WORDS])
    return 0 < len(words) <= LONE_KICKER_WORDS and all(w in opening for w in words)


# A section's name or a photo's caption over the text, one line of a word or two in
# letters alone («جهان اسلام», «افغانستان», «نظامیان پاکستانی»), with no headline and
# the lead's paragraph after it: chrome of the page, not a line of the text.  Not the
# agencies' credit («وكالات», ``CREDIT_LINES``), nor a line among other labels (a menu,
# a dateline and its desk).
_SECTION_NAME_LINE_RE = re.compile(rf"^\s*{_NAME_WORD}(?:\s+{_NAME_WORD})?\s*$")
CREDIT_LINES = ("وكالات", "agencies")
_CREDIT_LINE_RE = re.compile(r"^\s*" + loose_any(CREDIT_LINES) + r"\s*$", re.IGNORECASE)
# The agencies' credit alone on its line with the dash that sets it off from the lead
# («وكالات-», «(وكالات) -», «وكالات –»): a dateline with no place, never the text (a
# paragraph that opens on «وكالات الأنباء …» says more than the credit).
_DASH_CREDIT_LINE_RE = re.compile(
    r"^\s*(?:\(\s*" + loose_any(CREDIT_LINES) + r"\s*\)|" + loose_any(CREDIT_LINES) + r")"
    r"\s*[-–—ـ]+\s*$",
    re.IGNORECASE,
)


# A dateline line of short parts each closed by a dash, a tatweel written as one too:
# the place, the section, the outlet («طهران ـ سياسة ـ الرأي ـ»).  Chrome above the
# text, never its headline (its tatweels are no words: ``_is_label``).
DASH_DATELINE_PART_WORDS = 2
_DASH_DATELINE_RE = re.compile(
    rf"^\s*(?:{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,{DASH_DATELINE_PART_WORDS - 1}}}\s+[-–—ـ]+\s*){{2,}}$"
)


# A line that is only an attribution formula's opening, «به گزارش» or «به نقل از» (the
# page broke the line before the outlet's name: «به گزارش⏎خبرگزاری تسنیم به نقل از …»):
# one line with the next, never chrome (the outlet credited is in the next line).
_FORMULA_OPENING_LINE_RE = re.compile(
    rf"^\s*(?:{loose_pattern('به گزارش')}|{loose_pattern('به نقل از')})\s*$"
)


def _join_formula_openings(lines: list[str]) -> list[str]:
    """*lines* with a line that is only a formula's opening joined to the next."""
    joined: list[str] = []
    carried = ""
    for line in lines:
        if carried:
            line = f"{carried} {line.strip()}"
            carried = ""
        if _FORMULA_OPENING_LINE_RE.match(line):
            carried = line.strip()
            continue
        joined.append(line)
    if carried:
        joined.append(carried)
    return joined


def structure(lines: list[str], lang: str) -> Structure:
    """Find kicker, headline, byline, the source line and the sections (chain above)."""
    lines, chrome, reporter, agency = _page_chrome(_join_formula_openings(lines))
    if links := _related_links(lines):
        lines, chrome = lines[:-links], [*chrome, *lines[-links:]]
    teasers = {
        k
        for k, line in enumerate(lines)
        if _media_teaser(line, " ".join(lines[:k] + lines[k + 1 :]))
    }
    if set_in := _set_in_links(lines) | teasers:
        chrome = [*chrome, *(line for k, line in enumerate(lines) if k in set_in)]
        lines = [line for k, line in enumerate(lines) if k not in set_in]
    labels = 0
    # a dateline line closed by a colon («إسلام أباد - أ ف ب:») ends no sentence either
    while labels < len(lines) - 1 and (
        not _ends_sentence(lines[labels]) or is_dateline_line(lines[labels])
    ):
        if not _is_label(lines[labels]):
            break
        labels += 1
    if labels >= MENU_MIN_ITEMS and all(_MENU_ITEM_RE.match(line) for line in lines[:labels]):
        chrome, lines, labels = [*chrome, *lines[:labels]], lines[labels:], 0
    elif (menu := _menu(lines)) > labels:
        chrome, lines, labels = [*chrome, *lines[:menu]], lines[menu:], 0
    head, body = list(lines[:labels]), list(lines[labels:])
    if datelines := [line for line in head if _DASH_DATELINE_RE.match(line)]:
        head, chrome = [line for line in head if line not in datelines], [*chrome, *datelines]
    # «إسلام آباد-سانا», «بيشاور/وكالات», «بغداد اليوم – متابعة»: a dateline or credit
    # line over the text, the publisher's evidence (kept in ``lines``), never its text
    credits = [line for line in head if is_dateline_line(line) or _DASH_CREDIT_LINE_RE.match(line)]
    kicker = headline = byline = source_line = ""
    if len(body) > 2 and body[0].endswith(":") and _is_short_line(body[0]):
        if _may_head(body[1], lang):
            kicker, headline, body = body[0].rstrip(":").strip(), body[1], body[2:]
        elif _lone_kicker(body[0], body[1]):
            kicker, body = body[0].rstrip(":").strip(), body[1:]
    elif len(body) > 1 and _is_reporting_kicker(body[0]):
        # «رسانه‌های پاکستانی خبر دادند»: a kicker; the headline is the line after it, if any
        if len(body) > 2 and _may_head(body[1], lang):
            kicker, headline, body = body[0], body[1], body[2:]
        else:
            kicker, body = body[0], body[1:]
    elif len(body) > 1 and _may_head(body[0], lang):
        headline, body = body[0], body[1:]
    if len(body) > 1 and _DASH_CREDIT_LINE_RE.match(body[0]):
        chrome, body = [*chrome, body[0]], body[1:]  # under the headline: «وكالات-»
    if body and (name := source_line_name(body[-1])) is not None:
        source_line, body = name, body[:-1]
    if len(body) > 1 and _is_byline(body[-1], lang):
        byline, body = _BYLINE_PREFIX_RE.sub("", body[-1]).strip(), body[:-1]
    shown = [line for line in head if line not in credits]
    chrome = [*chrome, *credits]
    if (
        not (kicker or headline)
        and len(shown) == 1
        and body
        and not _is_short_line(body[0])
        and _SECTION_NAME_LINE_RE.match(shown[0])
        and not _CREDIT_LINE_RE.match(shown[0])
    ):
        shown, chrome = [], [*chrome, shown[0]]
    return Structure(
        kicker,
        headline,
        tuple(_sections([*shown, *body])),
        byline or reporter,
        source_line,
        agency,
        tuple(chrome),
        (*head, *body),  # a masthead's name among them: the publisher's evidence
    )


# A paragraph mark inside a running paragraph («… خارج السفارة. * أما التلفزيون …»): a
# lone «*» between a sentence's stop (a closing quotation mark may follow it) and the
# next sentence's first letter starts a new paragraph.  Not a «*» inside a sentence or
# between numbers («5 * 3»), nor a footnote marker glued to its word («الضحايا*»).
_PARAGRAPH_MARK_RE = re.compile(r"(?:(?<=[.!?؟۔])|(?<=[.!?؟۔][\"»”)]))\s+\*\s+(?=[^\W\d_])")


def split_paragraph_marks(line: str) -> list[str]:
    """*line* split into the paragraphs its « * » marks open (``_PARAGRAPH_MARK_RE``)."""
    return _PARAGRAPH_MARK_RE.split(line)


def _sections(lines: list[str]) -> list[Section]:
    sections: list[Section] = []
    heading, paragraphs = "", []
    labelled = False  # inside a «label)» section: its short lines are items, not headings

    def close() -> None:
        if heading or paragraphs:
            sections.append(Section(heading, tuple(paragraphs)))

    for i, line in enumerate(lines):
        label = _LABEL_RE.match(line)
        if label:
            close()
            heading, paragraphs, labelled = label.group("label").strip(), [], True
            if label.group("rest").strip():
                paragraphs.append(label.group("rest").strip())
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        is_subheading = (
            not labelled
            and i > 0
            and nxt
            and _is_short_line(line)
            and not _ends_sentence(line)
            and not _is_short_line(nxt)
            and not _LABEL_RE.match(nxt)
        )
        if is_subheading:
            close()
            heading, paragraphs = line.lstrip("*•-# ").strip(), []
            continue
        paragraphs.extend(split_paragraph_marks(line))
    close()
    return sections


# --- date ---------------------------------------------------------------------------

# The month names a date is read in, each with its number: Gregorian (English, Arabic,
# Persian spellings) and Jalali; the key points know a month's name by these tables too.
MONTH_NAMES = {
    # English
    **{
        m: i
        for i, m in enumerate(
            [
                "january",
                "february",
                "march",
                "april",
                "may",
                "june",
                "july",
                "august",
                "september",
                "october",
                "november",
                "december",
            ],
            1,
        )
    },
    # English, abbreviated ("Mar 29, 2024")
    **{
        m: i
        for i, m in enumerate(
            ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
            1,
        )
    },
    "sept": 9,
    # Arabic (Egyptian/Gulf usage) and Levantine month names
    **{
        m: i
        for i, m in enumerate(
            [
                "يناير",
                "فبراير",
                "مارس",
                "أبريل",
                "مايو",
                "يونيو",
                "يوليو",
                "أغسطس",
                "سبتمبر",
                "أكتوبر",
                "نوفمبر",
                "ديسمبر",
            ],
            1,
        )
    },
    **{
        m: i
        for i, m in enumerate(
            [
                "كانون الثاني",
                "شباط",
                "آذار",
                "نيسان",
                "أيار",
                "حزيران",
                "تموز",
                "آب",
                "أيلول",
                "تشرين الأول",
                "تشرين الثاني",
                "كانون الأول",
            ],
            1,
        )
    },
    # Persian renderings of Gregorian months
    **{
        m: i
        for i, m in enumerate(
            [
                "ژانویه",
                "فوریه",
                "مارس",
                "آوریل",
                "مه",
                "ژوئن",
                "ژوئیه",
                "اوت",
                "سپتامبر",
                "اکتبر",
                "نوامبر",
                "دسامبر",
            ],
            1,
        )
    },
}
JALALI_MONTH_NAMES = {
    m: i
    for i, m in enumerate(
        [
            "فروردین",
            "اردیبهشت",
            "خرداد",
            "تیر",
            "مرداد",
            "شهریور",
            "مهر",
            "آبان",
            "آذر",
            "دی",
            "بهمن",
            "اسفند",
        ],
        1,
    )
}
_ISO_RE = re.compile(r"\b(20\d\d)-(\d\d)-(\d\d)\b")
# an English ordinal day may be followed by a comma: «1st, July 2025»
_DMY_RE = re.compile(
    r"\b(\d{1,2})(?:(?:st|nd|rd|th),?)?\s+([^\d\s،,]+(?:\s[^\d\s،,]+)?)\s*،?,?\s+(\d{4})\b"
)
_MDY_RE = re.compile(r"\b([A-Za-z]+)\s+(\d{1,2}),?\s+(\d{4})\b")
# Numeric dates, read on a publication stamp only: «۱۷-۰۲-۱۳۹۶», «2017/09/11».
_NUMERIC_YMD_RE = re.compile(r"(?<![\d/.-])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d/.-])")
_NUMERIC_DMY_RE = re.compile(r"(?<![\d/.-])(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?![\d/.-])")
# Month names as folded (``fold``): «فروردين», «اغسطس», «ابريل» are read as written.
_MONTHS_FOLDED = {fold(m).casefold(): i for m, i in MONTH_NAMES.items()}
_JALALI_FOLDED = {fold(m): i for m, i in JALALI_MONTH_NAMES.items()}
# The beat's archive starts in 2000; anything earlier in a dateline is a misreading.
_EARLIEST_YEAR = 2000
# Solar Hijri years of the same span (and of older pages' stamps).
_JALALI_YEARS = range(1300, 1501)


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return date.isoformat() if date.year >= _EARLIEST_YEAR else None


def _jalali(year: int, month: int, day: int) -> str | None:
    import jdatetime

    try:
        return jdatetime.date(year, month, day).togregorian().isoformat()
    except ValueError:
        return None


def _numeric_date(text: str) -> str | None:
    """A numeric date of *text*: year first («1396/02/17», «2017/09/11») or last, the
    day before the month («۱۷-۰۲-۱۳۹۶»); a Gregorian day and month that could be either
    («08/05/2017») is no date."""
    for m in _NUMERIC_YMD_RE.finditer(text):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
        if found := (_jalali if year in _JALALI_YEARS else _valid)(year, month, day):
            return found
    for m in _NUMERIC_DMY_RE.finditer(text):
        first, second, year = int(m[1]), int(m[2]), int(m[3])
        if year in _JALALI_YEARS:
            if found := _jalali(year, second, first):
                return found
            continue
        if first <= 12 and second <= 12 and first != second:
            continue  # «08/05/2017»: 8 May or August 5
        day, month = (second, first) if second > 12 else (first, second)
        if found := _valid(year, month, day):
            return found
    return None


def _written_date(text: str) -> tuple[str, int] | None:
    """The first date of *text* in ISO form or with its month written (Gregorian in
    English, Arabic or Persian, Solar Hijri in Persian), and where it starts."""
    text = to_ascii_digits(text)
    if (m := _ISO_RE.search(text)) and (found := _valid(int(m[1]), int(m[2]), int(m[3]))):
        return found, m.start()
    for m in _DMY_RE.finditer(text):
        day, month_name, year = int(m[1]), fold(m[2].strip()), int(m[3])
        if month_name in _JALALI_FOLDED and year in _JALALI_YEARS:
            if found := _jalali(year, _JALALI_FOLDED[month_name], day):
                return found, m.start()
            continue
        if (month := _MONTHS_FOLDED.get(month_name.casefold())) and (
            found := _valid(year, month, day)
        ):
            return found, m.start()
    for m in _MDY_RE.finditer(text):
        if (month := _MONTHS_FOLDED.get(m[1].casefold())) and (
            found := _valid(int(m[3]), month, int(m[2]))
        ):
            return found, m.start()
    return None


# The months of the lunar Hijri calendar, as Arabic and Persian pages write them.
HIJRI_MONTHS = (
    "محرم", "صفر", "ربيع الأول", "ربيع الثاني", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
    "جمادى الثانية", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذي القعدة", "ذو الحجة",
    "ذي الحجة", "ربیع الاول", "ربیع الثانی", "جمادی الاولی", "جمادی الثانیه", "ذیقعده",
    "ذی القعده", "ذیحجه", "ذی الحجه",
)  # fmt: skip
_HIJRI_DATE_RE = re.compile(
    r"^\W*\d{1,2}\s+" + loose_any(_BY_LENGTH(HIJRI_MONTHS)) + r"\s+\d{4}\W*$"
)
_CALENDAR_BAR_SPLIT_RE = re.compile(r"\s*[|│•·]\s*|\s+[-–—]\s+")


def _calendar_bar(line: str) -> str | None:
    """The day of a site's calendar bar, *line* of the same day in three calendars and
    nothing else (``۱۰ فروردین ۱۴۰۳ | ۱۹ رمضان ۱۴۴۵ | Mar 29, 2024``): a solar Hijri
    and a Gregorian date of one day, and a lunar Hijri date.  The page's today, never
    the article's date.  None for any other line."""
    parts = [p for p in _CALENDAR_BAR_SPLIT_RE.split(to_ascii_digits(line.strip())) if p]
    if len(parts) != 3:
        return None
    hijri = [p for p in parts if _HIJRI_DATE_RE.match(p)]
    dates = [found for p in parts if p not in hijri and (found := _written_date(p))]
    if len(hijri) != 1 or len(dates) != 2 or dates[0][0] != dates[1][0]:
        return None
    solar = [p for p in parts if any(fold(w) in _JALALI_FOLDED for w in p.split())]
    return dates[0][0] if len(solar) == 1 else None


# A dateline opening a lead: a place of at most this many words before the date
# («تهران، ۶ آذر ۱۴۰۴ - …», «Islamabad, November 25, 2025 - …»), and after the date
# (and a clock time) a dash, a colon, a bracket or the line's end.  A date further in is
# running prose («… از روز ۱۵ اسفند ۱۴۰۱ با هدف …»): an event's date, not the page's.
DATELINE_PLACE_WORDS = 4
_AFTER_DATELINE_RE = re.compile(
    r"^[^\s\d]*\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]m|ص|م)?\s*)?(?:[-–—ـ:|(/]|$)", re.I
)
_DATE_END_RE = re.compile(r"\d{4}")


def _opening_dateline(line: str) -> str | None:
    """The date of a dateline opening *line* (``DATELINE_PLACE_WORDS``), or None."""
    found = _written_date(line)
    if found is None:
        return None
    date, start = found
    ascii_line = to_ascii_digits(line)
    if len(ascii_line[:start].split()) > DATELINE_PLACE_WORDS:
        return None
    year = _DATE_END_RE.search(ascii_line, start)
    rest = ascii_line[year.end() :] if year else ""
    return date if _AFTER_DATELINE_RE.match(rest) else None


# Words naming the day of the week after «today» in a lead («اليوم الثلاثاء», «امروز
# سه‌شنبه»), by ``date.weekday()``.
_WEEKDAYS = {
    "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4,
    "السبت": 5, "الأحد": 6, "دوشنبه": 0, "سه شنبه": 1, "چهارشنبه": 2, "پنجشنبه": 3,
    "پنج شنبه": 3, "جمعه": 4, "شنبه": 5, "یکشنبه": 6,
}  # fmt: skip
_TODAY_WEEKDAY_RE = re.compile(
    r"(?:^|[\s(،,])(?:"
    + loose_pattern("اليوم")
    + "|"
    + loose_pattern("امروز")
    + r")\s*[(،,]?\s*(?P<day>"
    + "|".join(loose_pattern(d) for d in sorted(_WEEKDAYS, key=len, reverse=True))
    + r")(?![\w\u200c])"
)
_WEEKDAYS_FOLDED = {fold(d).replace(" ", ""): n for d, n in _WEEKDAYS.items()}


def _lead_weekday(lines: Sequence[str]) -> int | None:
    """The weekday the lead (the first line that is no short line) calls today, or None."""
    lead = next((line for line in lines if not _is_short_line(line)), "")
    days = {
        _WEEKDAYS_FOLDED.get(fold(m["day"]).replace(" ", ""))
        for m in _TODAY_WEEKDAY_RE.finditer(lead)
    }
    return days.pop() if len(days) == 1 else None


def _stamp(line: str, edge: bool) -> tuple[str, str] | None:
    """(kind, date) of a stamp *line*: labelled ("published", "updated", "today":
    ``stamp_label``, numeric dates read on a publication stamp), or, at the text's *edge*
    (its first or last two lines), bare (kind ""): a short line of its own that ends no
    sentence, or a dateline opening the line (``_opening_dateline``).  None when *line*
    holds no stamp."""
    for part in _STAMP_PARTS_RE.split(line.strip()):
        kind, rest = stamp_label(part)
        if kind:
            found = _written_date(rest)
            date = found[0] if found else None
            if date is None and kind == "published":
                date = _numeric_date(to_ascii_digits(rest))
            if date:
                return kind, date
    if date := _place_clock(line) or _calendar_bar(line):
        return "today", date  # a clock and where it keeps time, a calendar bar: today
    if not edge:
        return None
    if _is_short_line(line) and not _ends_sentence(line):
        found = _written_date(line)
        return ("", found[0]) if found else None
    return ("", date) if (date := _opening_dateline(line)) else None


def date_from_text(lines: list[str]) -> str | None:
    """The article's date as the page states it, as ISO, or None.

    Labelled stamps are read in the page's head (the lines before its second paragraph,
    a line that is no short line) and in its last two lines, bare ones in its first two
    and last two lines only (``_stamp``: a date line inside the text may head a part of a
    timeline).  A stamp labelled as the publication («تاریخ انتشار: ۱۸:۰۱ -
    ۱۷-۰۲-۱۳۹۶», «تاريخ النشر: …», "Published: …") wins.  A stamp labelled as the page's
    last update or its today («به روز شده در: …», «آخر تحديث …», «امروز: …»), a clock
    with the place it keeps time for («جمعه ۳۱ فروردین ۱۴۰۳ تهران ۱۱:۳۱»), or a bar of
    the day in three calendars (``_calendar_bar``), is the page's
    clock, never the article's date, and so is a bare stamp of the same day (the clock
    printed again).  Else the bare stamps name the date when they agree, and when the
    lead calls today no other weekday («اليوم الثلاثاء» under a Monday's stamp: the
    page's today).  Stamps that disagree: unknown.  A page that reprints a story and
    links to its source (``source_link``: «خبرگزاری فارس مشاهده در مرجع») dates its own
    copy: its bare stamps are none of the story's."""
    long_lines = [i for i, line in enumerate(lines) if not _is_short_line(line)]
    head_end = long_lines[1] if len(long_lines) > 1 else len(lines)
    edges = {*range(min(2, len(lines))), *range(max(0, len(lines) - 2), len(lines))}
    stamps = [
        stamp for i in sorted({*range(head_end), *edges}) if (stamp := _stamp(lines[i], i in edges))
    ]
    published = {date for kind, date in stamps if kind == "published"}
    if published:
        return published.pop() if len(published) == 1 else None
    if any(source_link(line) is not None for line in lines):
        return None
    clock = {date for kind, date in stamps if kind in ("updated", "today")}
    bare = {date for kind, date in stamps if not kind and date not in clock}
    if len(bare) != 1:
        return None
    date = bare.pop()
    weekday = _lead_weekday(lines)
    if weekday is not None and dt.date.fromisoformat(date).weekday() != weekday:
        return None
    return date


# --- title --------------------------------------------------------------------------
#
# The tables below are the rules an editor would change; each is compiled once, here.

# Persian speech verbs that close an attribution «X … اظهار داشت: Y» (a light verb with
# its noun: a space, a ZWNJ or nothing between them; «ند» for the plural).
_FA_SPEECH_VERBS = (
    "اظهار داشت", "اظهار کرد", "تاکید کرد", "تأکید کرد", "اعلام کرد", "تصریح کرد",
    "خاطرنشان کرد", "خاطرنشان ساخت", "بیان کرد", "بیان داشت", "عنوان کرد", "اضافه کرد",
    "ادامه داد", "توضیح داد", "یادآور شد", "یادآوری کرد", "متذکر شد", "ابراز کرد",
    "ابراز داشت", "گفت", "افزود", "نوشت",
)  # fmt: skip
# Arabic speech verbs opening «قال X إن Y» (with «و»/«ف» before, «ت» for the feminine).
_AR_SPEECH_VERBS = (
    "قال", "أكد", "شدد", "صرح", "أعلن", "اعتبر", "أوضح", "أضاف", "رأى", "حذر", "ذكر",
    "أفاد", "تابع",
)  # fmt: skip
# A headline never opens with «و» (and), as running text does: «و» written apart, or
# glued to a verb that cannot be a word of its own with it: one opening with «أ/إ»
# («وأثار»), a verb of saying («وقال»), or a verb whose own first letter is «و» («ووصل»).
# A word whose «و» is its own («وصل», «وزير», «واشنطن») keeps it.
_AR_WAW_VERBS = ("وصل", "وصف", "وقع", "وجه", "وعد", "وافق", "وضع", "ورد", "وقف")
_AR_LEADING_AND_RE = re.compile(
    r"^و(?:\s+(?=\S)|(?=[أإ])|(?=(?:"
    + "|".join((*_AR_SPEECH_VERBS, *_AR_WAW_VERBS))
    + r")(?:ت|وا)?(?!\w))"
    # a verb opening with «ت», «ي» or «ن» before its definite subject («وتناول اللقاء»,
    # «ويزور اللواء», «ونفذت القوات»): no word of its own starts «وت/وي/ون» and is
    # followed by «الـ» as a headline's first words, but «وتيرة» (pace)
    r"|(?=(?!تيرة)[تين]\w{3,}\s+ال)"
    # «ونقلت وكالة X عن …»: a reporter's verb
    r"|(?=نقل(?:ت|وا)?(?!\w))"
    # «وفي اجتماع …»: a preposition opening a fronted adjunct
    r"|(?=(?:في|مع|خلال|على|عن|بعد)\s))"
)
# Never «نفى X أن Y» (denied): «X: Y» would state what X denies.
_NOT_IN_WORD = r"(?![\w\u200c])"
FA_SPEECH = (
    "(?:" + "|".join(loose_pattern(v) for v in _FA_SPEECH_VERBS) + rf")(?:ند)?{_NOT_IN_WORD}"
)
AR_SPEECH = "(?:[وف])?" + loose_any(_AR_SPEECH_VERBS) + "ت?"
_AR_THAT = loose_any(("بأن", "أن", "إن")) + r"(?:ه|ها|هم)?"
# The same, with the pronoun named: a bare «أن» opens a nominal sentence («أن ثبات حجم
# التبادل … غير كاف»), «أنه» a verbal one («أنه سيزور …»).
_AR_THAT_PRONOUN = loose_any(("بأن", "أن", "إن")) + r"(?P<pronoun>ه|ها|هم)?"

# «X … اظهار داشت: Y», and with a comma after the verb, the present «می‌گوید» too: «X …
# اعلام کرد، Y», «وزیر امورخارجه هند می گوید، Y».
_FA_SAYS = "(?:" + "|".join(loose_pattern(v) for v in ("می گوید", "می گویند")) + rf"){_NOT_IN_WORD}"
_FA_SAID_RE = re.compile(
    rf"^(?P<x>.{{2,300}}?)[\s،,]+(?:{FA_SPEECH}\s*:|(?:{FA_SPEECH}|{_FA_SAYS})\s*[،,])\s*(?P<y>.+)$"
)
_AR_SAID_RE = re.compile(
    rf"^{AR_SPEECH}\s+(?P<x>.{{3,200}}?)[\s،,]+(?:من\s+)?{_AR_THAT_PRONOUN}\s+(?P<y>.+)$"
)

# Attribution openings a headline drops: the outlet or the agency speaking is the news
# itself, not a speaker to name.  «این روزنامه در ادامه افزود: », «بنا بر این گزارش، »,
# «قالت وكالة الأنباء الإيرانية إن », «ذكرت صحيفة X أن ».  (Agency datelines and «به
# گزارش …» are already gone: ``sources.strip_attribution``.)
_FA_OUTLET = (
    loose_pattern("این")
    + r"\s+(?:روزنامه|خبرگزاری|رسانه|پایگاه|شبکه|نشریه|هفته\s*نامه|سایت|تارنما)"
)
_AR_OUTLET = r"(?:وكالة|وكالات|صحيفة|صحف|قناة|موقع|شبكة|التلفزيون|تلفزيون|الإذاعة|إذاعة|وسائل\s+إعلام|وسائل\s+الإعلام)"
AR_FRONTED_ATTRIBUTION_WORDS = 24  # «بحسب …» up to its «فقد»: longer runs are clauses
ATTRIBUTION_OPENINGS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern)
    for pattern in (
        # «این روزنامه در ادامه افزود: », «این خبرگزاری نوشت: »
        rf"^{_FA_OUTLET}(?:\s+[^\s:،]+){{0,5}}?\s+{FA_SPEECH}\s*:\s*",
        # «بنا بر این گزارش، », «بنابراین گزارش، », «به نقل از رویترز، »
        rf"^(?:{loose_pattern('بنا بر')}|{loose_pattern('بنابر')}|{loose_pattern('بنابراین')})"
        r"(?:\s+[^\s:،]+){0,5}?\s*[،,]\s*",
        rf"^{loose_pattern('به نقل از')}(?:\s+[^\s:،]+){{1,6}}?\s*[،,]\s*",
        # «از قزوین به نقل از روابط عمومی اداره کل …، »: what an agency formula leaves
        rf"^از(?:\s+[^\s:،]+){{1,4}}?\s+{loose_pattern('به نقل از')}(?:\s+[^\s:،]+){{1,12}}?\s*[،,]\s*",
        # «قالت وكالة X إن », «ذكرت صحيفة X أن », «أفادت وسائل إعلام X بأن »
        rf"^{AR_SPEECH}\s+{_AR_OUTLET}(?:\s+[^\s،,:]+){{0,6}}?[\s،,]+{_AR_THAT}\s+",
        # «وفقا لوكالة X، », «بحسب صحيفة X، »
        rf"^(?:وفقا|وفقاً|طبقا|طبقاً)?\s*(?:ل|بحسب\s+|حسب\s+){_AR_OUTLET}(?:\s+[^\s،,:]+){{0,6}}?\s*[،,]\s*",
        # «وبحسب التقرير الصادر … فقد غادر …», «ووفقا للبيان، فإن الوزير …»: a fronted
        # attribution; what it reports is the clause after «فقد» / «فإن»
        rf"^و?(?:(?:وفقا|وفقاً|طبقا|طبقاً)\s*ل\S+|بحسب|حسب)(?:[\s،,]+[^\s،,:.؛]+){{0,{AR_FRONTED_ATTRIBUTION_WORDS}}}?[\s،,]+(?:فقد|فإن)\s+",
    )
)

# A subject named before a speech verb ends at the first of these words (time, place,
# manner): «حجت‌الاسلام علی‌محمد لروند | امروز در گفت‌وگو با …».
_FA_SUBJECT_STOPS = frozenset(
    [
        "امروز",
        "امشب",
        "دیروز",
        "روز",
        "صبح",
        "ظهر",
        "عصر",
        "شب",
        "شامگاه",
        "بامداد",
        "در",
        "با",
        "ضمن",
        "که",
        "به",
        "طی",
        "پس",
        "پیش",
        "هنگام",
        "حین",
        "درباره",
        "درخصوص",
        "از",
        "بر",
        "برای",
        "تا",
        "ضمن",
    ]
)
# A role word after a name starts the name's title: «رسول منتجب‌نیاز | عضو مجمع …».
_FA_ROLE_WORDS = frozenset(
    [
        "رئیس",
        "رییس",
        "عضو",
        "معاون",
        "مدیر",
        "مدیرکل",
        "مدیرعامل",
        "دبیر",
        "دبیرکل",
        "وزیر",
        "سخنگوی",
        "نماینده",
        "فرمانده",
        "استاندار",
        "فرماندار",
        "امام",
        "سفیر",
        "مشاور",
        "نایب",
        "قائم\u200cمقام",
        "مسئول",
        "سرپرست",
        "شهردار",
        "دادستان",
    ]
)
# Words that never open a subject: a pronoun or a demonstrative names nobody.
_FA_NOT_SUBJECT = frozenset(["وی", "او", "ایشان", "این", "آن", "اینها", "آنها", "همچنین", "سپس"])
_AR_SUBJECT_STOPS = frozenset(
    [
        "في",
        "خلال",
        "أمام",
        "عبر",
        "على",
        "عن",
        "لدى",
        "يوم",
        "اليوم",
        "أمس",
        "مساء",
        "صباح",
        "الليلة",
        "الأحد",
        "الاثنين",
        "الإثنين",
        "الثلاثاء",
        "الأربعاء",
        "الخميس",
        "الجمعة",
        "السبت",
    ]
)
_AR_NOT_SUBJECT = frozenset(["هو", "هي", "هم", "إنه", "أنه", "إنها", "أنها"])
# A speaker's label is short: a name, a name and a title, or a title; one word alone
# («مصادر», «رويترز», a surname) says too little of who speaks.
SUBJECT_MIN_WORDS, SUBJECT_MAX_WORDS = 2, 6

# Clause boundaries: clause punctuation, and in Persian a coordinating conjunction after
# a verb.  Not «که» nor «تا»: what follows them completes the clause before («این در
# حالی است که …», «قادر است تا …»).
_PUNCT_BOUNDARY_RE = re.compile(r"\s*[،,؛;]\s+")
_FA_CONJUNCTION_RE = re.compile(r"\s+(?=(?:و|اما|ولی|زیرا|بلکه)\s)")
# A Persian clause may also end on its verb before a subordinator («… آغاز شد تا …»,
# «… نصب خواهد شد که …», «… تعطیل شد زیرا …»), unless that verb takes what follows as
# its complement: then the clause before is a stub («اعلام کرد که …», «باعث شد تا …»,
# «قرار است تا …», «بر این باور است که …»): ``_FA_COMPLEMENT_*``.
_FA_SUBORDINATOR_RE = re.compile(r"\s+(?=(?:که|تا|زیرا|چون|چرا\s*که)\s)")
# Verbs (the last word) that always take a clause: saying, wanting, knowing, having
# («قصد دارد که», «فرصت دارد تا»).
_FA_COMPLEMENT_VERBS = frozenset(
    [
        "دارد", "دارند", "داشت", "داشتند", "گفت", "گفتند", "افزود", "افزودند", "نوشت", "نوشتند", "خواست", "خواستند", "دانست",
        "دانستند", "داند", "دانند", "پرسید", "پرسیدند", "می‌گوید", "می‌گویند",
        "می‌خواهد", "می‌خواهند", "می‌داند", "می‌دانند", "معتقدند", "معتقد",
    ]
)  # fmt: skip
# The noun of a light verb («کرد», «شد», «داد» …) that takes a clause: «اعلام کرد که»,
# «باعث شد تا», «نشان داد که», «مقرر شد که», «گفته شد که».
_FA_COMPLEMENT_NOUNS = frozenset(
    [
        "اعلام", "تاکید", "تأکید", "تصریح", "اظهار", "بیان", "عنوان", "اشاره", "اضافه",
        "توضیح", "ادامه", "تلاش", "سعی", "دستور", "اجازه", "خواستار", "امیدواری", "ابراز",
        "باعث", "موجب", "سبب", "منجر", "مقرر", "قرار", "پیشنهاد", "درخواست", "توصیه",
        "یادآوری", "یادآور", "خاطرنشان", "متذکر", "هشدار", "نشان", "اقرار", "اعتراف",
        "ادعا", "تهدید", "وادار", "مجبور", "ملزم", "موظف", "گزارش", "تأیید", "تایید", "تائید",
        "تکذیب", "انکار", "فکر", "تصور", "تصمیم", "توافق", "قول", "وعده", "اصرار", "مطرح",
        "روشن", "معلوم", "مشخص", "ثابت", "متوجه", "گفته", "نوشته", "اعلان", "تصویب",
        "استدلال", "ابلاغ", "تشریح", "اذعان", "اعتقاد", "باور", "امید", "آرزو", "یادداشت",
        "اطمینان", "تضمین", "ذکر", "تذکر", "شرط", "فرصت", "مهلت", "قصد", "نیاز", "انتظار",
        "امکان", "توان", "حق", "وقت", "قادر", "آماده", "مایل", "مصمم", "لازم", "ضروری",
        "مهم", "بهتر", "ممکن", "حالی", "مدعی", "امیدوار", "خواهان", "معتقد", "حاکی", "خبر",
    ]
)  # fmt: skip
# The copula takes a clause after such a word, or after «این»/«آن» («مهم این است که»,
# «بر این باور است که»); else «که» opens a relative clause («نقطه تلاقی … است که در آن …»).
_FA_COPULAS = frozenset(
    ["است", "نیست", "هست", "هستند", "بود", "بودند", "نبود", "باشد", "باشند", "می‌باشد"]
)
_FA_CATAPHORIC = frozenset(["این", "آن", "چنین", "چنان"])
# A past «بود» before «که» ends no clause: what follows tells what happened then («در
# اتوبوس مدرسه بود که هدف حمله قرار گرفت», «تازه رسیده بود که …») or who the predicate
# is («نخستین کسی بود که …»).
_FA_PAST_COPULAS = frozenset(["بود", "بودند", "نبود", "نبودند"])
# «نه‌تنها X نکرد بلکه Y»: the clause before «بلکه» is half of the statement.
_FA_NOT_ONLY_RE = re.compile(r"نه[\s\u200c]*تنها|نه[\s\u200c]*فقط")
# A Persian clause holding «که» may end on the verb of its relative clause («از میان
# افرادی که … تست دادند»): never a headline.  Unless «که» follows a past «بود»
# (``_FA_PAST_COPULAS``): then the clause after it is the news, and its verb ends the
# sentence's first clause («در اتوبوس بود که هدف حمله قرار گرفت | و …»).
_FA_SUBCLAUSE_RE = re.compile(r"(?:^|\s)(?:که|اینکه|آنکه|این‌که|آن‌که)(?:\s|$)")
# An Arabic clause may end at a comma when what follows opens another clause or an
# adjunct («، مشيرا إلى», «، وذلك», «، في حين»); a comma before an appositive name
# («قال الرئيس التركي، رجب طيب أردوغان،») is no boundary.
_AR_OPENER_RE = re.compile(
    r"^(?:[وف]?(?:مشير|مؤكد|مضيف|موضح|لافت|داعي|واصف|قائل|معتبر|محذر|منوه|معرب|مشدد|متهم)"
    r"(?:ا|ً|اً|ًا|ة|ةً)?\s"
    r"|وذلك|في\s+حين|فيما|بينما|حيث|بعد|إثر|اثر|وسط|عقب|وفق|بحسب|حسب|لكن|ولكن|غير\s+أن|كما"
    r"|في\s+إشارة|في\s+إطار|في\s+ظل|في\s+وقت|وهو\s|وهي\s|مما\s"
    # «فاز X بالجائزة، مناصفة مع Y»: with whom it is shared, after the fact
    r"|مناصفة\s)"
)
# An Arabic clause (verb first) is whole without a trailing adjunct of time, place or
# source: it may end before «في سوريا», «خلال …», «بعد …», «وفقا لـ…».  Not before «في
# حال» (a condition), «إلا», «دون», «سوى» (an exception or a negation changes the fact).
# An Arabic clause also ends before «، و» + a verb («، وانتقدوا», «، وقال», «، ويعد»),
# before «و» + a speech verb («… مؤخرا وقال إنه …»), before «، إلا أن», «، غير أن» (only
# after a comma: «لم يكن أمامه إلا أن يستقيل» is one clause, "he could but resign"),
# «بعد أن», «حيث» (a second clause).  After «، و» a word with «ت» first may be a name («وتركيا»):
# only the third person «ي» imperfect, a plural perfect «…وا», «أن/إن» and speech verbs.
_AR_SPEECH_WAW = "و" + loose_any(_AR_SPEECH_VERBS) + "ت?"
_AR_CLAUSE_RE = re.compile(
    r"\s*[،,]\s*(?=و(?:ي[^\s،,]{2,}|[^\s،,]{2,}وا|أن|إن)\s)"
    rf"|\s*[،,]?\s+(?={_AR_SPEECH_WAW}[\s:])"
    r"|\s*[،,]\s*(?=(?:إلا\s+أن|إلا\s+ان|غير\s+أن)\s)"
    r"|\s*[،,]?\s+(?=(?:بعد\s+أن|حيث)\s)"
    # «… بالمدينة المنورة | وكان في استقبالهم …»: «وكان» opens a clause of its own (after
    # a comma the clause was set off to stay: «وصل X إلى طهران، وكان في استقباله Y»)
    r"|(?<=[^\s،,])\s+(?=وكانت?\s)"
)
# A relative pronoun after a definite noun opens a clause about it («قوات سوريا
# الديمقراطية | التي تدعمها …»): the clause before is whole without it.
_AR_RELATIVE_RE = re.compile(
    r"(?P<noun>[^\s،,]+)(?P<gap>\s+)(?=(?:التي|الذي|الذين|اللذين|اللتين|اللذان|اللتان)\s)"
)
# An Arabic clause whose verb needs what was said («قال», «أضاف» …) never ends before
# its «أن/إن» or colon.
_AR_NEEDS_CONTENT_RE = re.compile(r"(?:^|\s)[وف]?(?:قال|أضاف|تابع|أوضح|صرح|ذكر|أفاد)ت?(?:\s|$)")
_AR_CONTENT_RE = re.compile(r"(?:^|\s)(?:إن|أن|بأن|إنه|أنه|إنها|أنها)(?:\s|$)|:")
_FA_SPEECH_END_RE = re.compile(FA_SPEECH + "$")
# Verbs of saying that take what was said, and nothing else, as their complement: a
# clause ending on one before more text is the frame of a statement, no headline («وزیر
# امورخارجه هند می گوید | ، سازمان …»).
_FA_SAYING_VERBS = (
    "گفت", "گفتند", "می گوید", "می گویند", "افزود", "افزودند", "اظهار داشت", "اظهار داشتند",
    "تصریح کرد", "خاطرنشان کرد", "خاطرنشان ساخت", "اضافه کرد", "یادآور شد", "متذکر شد",
)  # fmt: skip
_FA_SAYING_END_RE = re.compile(r"(?:^|\s)" + loose_any(_FA_SAYING_VERBS) + r"\W*$")


_AR_RELATIVES = frozenset(
    w + r
    for w in ("", "و")
    for r in ("التي", "الذي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان")
)
# (with the forms written without hamza: «ان باكستان تقول انها ماضية قدما في …»)
_AR_THAT_WORDS = frozenset(
    ["إن", "أن", "بأن", "وأن", "وإن", "إنه", "أنه", "إنها", "أنها", "بأنه", "بأنها", "أنهم", "إنهم",
     "ان", "بان", "وان", "انه", "انها", "بانه", "بانها", "انهم",
     # «…، فإن التعاون الثنائي سيشهد …»: the «إن» after a fronted adjunct
     "فإن", "فان", "فإنه", "فانه", "فإنها", "فانها"]
)  # fmt: skip
# A clause cut before an adjunct keeps at least verb, subject and object: six words
# («أعلن الجيش الباكستاني مقتل عشرة مسلحين»; «أصدرت نيابة أمن الدولة العليا» has five
# and lacks its object «قرارا»).
AR_ADJUNCT_MIN_WORDS = 6
# Verbs whose complement opens with a preposition: without it the clause is a stub.
_AR_VERB_PREPOSITIONS = {
    "عبر": "عن", "أعرب": "عن", "أشار": "إلى", "دعا": "إلى", "دعت": "إلى", "حث": "على",
    "حض": "على", "شدد": "على", "حذر": "من", "قام": "ب", "ألقى": "القبض", "ألقت": "القبض",
    "تحدث": "عن", "كشف": "عن", "أسفر": "عن", "طالب": "ب", "اتهم": "ب", "ندد": "ب",
    "رحب": "ب", "أشاد": "ب", "اعترف": "ب", "لفت": "إلى",
}  # fmt: skip
_AR_NEGATION_RE = re.compile(r"(?:^|\s)(?:[وف]?(?:لم|لن|لا|ما|ليس|ليست|لسنا))(?:\s|$)")
# A clause of restriction after the main clause («…، بعد 20 يوما، لكن فقط لتسهيل
# ترحيل …», «…، غير أن التجارة لا تزال معلقة»): it says what the fact is not, so a
# title never ends before it.
AR_RESTRICTIONS = ("لكن", "ولكن", "لكنه", "لكنها", "لكنهم", "إلا أن", "الا ان", "إلا أنه",
                   "غير أن", "غير ان", "بيد أن", "بيد ان")  # fmt: skip
_AR_RESTRICTION_RE = re.compile(r"(?:^|[\s،,])" + loose_any(AR_RESTRICTIONS) + r"(?=[\s،,])")
# An Arabic statement opening on a fronted adjunct («وفي اجتماع اللجنة …، تم بحث …»,
# «في ضوء العلاقات …، فإن التعاون …»): its main clause comes after the adjunct's comma,
# so a title never ends before that comma.  Also after a speaker's colon («قال X: في
# ضوء …»), up to ``AR_FRONTED_SPEAKER_WORDS`` words in.
AR_FRONTED_OPENERS = ("في", "وفي", "ففي", "مع", "ومع", "خلال", "وخلال", "لدى", "ولدى", "عن", "وعن",
                      "على", "وعلى", "وسط", "ووسط", "عقب", "وعقب", "إثر", "وإثر", "اثر", "واثر",
                      "بعد", "وبعد", "منذ", "ومنذ", "ضمن", "وضمن", "نظرا", "ونظرا")  # fmt: skip
AR_FRONTED_SPEAKER_WORDS = 6
_AR_FRONTED_RE = re.compile(
    rf"^(?:[^:،,؛]*?:\s*)?(?:{'|'.join(AR_FRONTED_OPENERS)})\s+[^،,؛]*?(?P<close>[،,؛])"
)
_AR_FRONTED_OPEN_RE = re.compile(rf"^(?:[^:،,؛]*?:\s*)?(?:{'|'.join(AR_FRONTED_OPENERS)})\s")


def _ar_fronted_close(text: str) -> int:
    """Where the fronted adjunct opening *text* (or the statement after its speaker's
    colon) closes, at its first comma: a clause ends only after it; 0 when *text* opens
    on no fronted adjunct, its length when no comma closes it."""
    opening = _AR_FRONTED_OPEN_RE.match(text)
    if opening is None:
        return 0
    colon = text.find(":", 0, opening.end())
    if colon >= 0 and len(text[:colon].split()) > AR_FRONTED_SPEAKER_WORDS:
        return 0
    m = _AR_FRONTED_RE.match(text)
    return m.start("close") + 1 if m else len(text)


# Who a figure is according to («بلغت قوته 8,1 درجات | حسب دائرة الأرصاد»): a figure is
# never left in a title without the source that gives it.
AR_ATTRIBUTIONS = ("حسب", "بحسب", "حسبما", "وفق", "وفقا", "وفقاً", "طبقا", "طبقاً", "نقلا",
                   "نقلاً")  # fmt: skip
_AR_ATTRIBUTION_AFTER_RE = re.compile(r"^[\s،,]*" + loose_any(AR_ATTRIBUTIONS) + r"(?=[\s،,]|ل)")
# How many last words of a clause cut before an attribution are looked at for a figure.
AR_ATTRIBUTED_FIGURE_WORDS = 3
_FIGURE_DIGIT_RE = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]")
_AR_EXCEPTION_RE = re.compile(r"(?:^|\s)(?:إلا|الا|سوى)(?:\s|$)")


def _ar_open_subject(words: list[str], before_relative: bool) -> bool:
    """Does the clause end while a nominal subject still waits for its predicate: the
    subject after «إن/أن» (or a statement's first, definite, noun) followed by a relative
    clause, or cut *before_relative* right after that subject?"""
    bare = [_bare(w) for w in words]
    start = max((i + 1 for i, w in enumerate(bare) if w in _AR_THAT_WORDS), default=0)
    if start == 0 and not bare[0].startswith("ال"):
        return False
    if before_relative and len(bare) - start <= 3:
        return True
    return any(w in _AR_RELATIVES for w in bare[start : start + 4])


# A name in apposition after the subject's comma («وزير الخارجية، حسين أمير عبد اللهيان»)
# is at most this many words: a clause ending on it has its subject and no object yet.
AR_APPOSITION_WORDS = 4
# ... after a head of at most this many words: the verb and its subject
# («واستعرض وزير خارجية جمهورية إيران الإسلامية» is six).
AR_VERB_SUBJECT_WORDS = 8


def _ar_ends_on_apposition(prefix: str) -> bool:
    """Is *prefix* a verb and its subject, a comma and a short apposed name («واستعرض
    وزير الخارجية، حسين أمير عبد اللهيان»; one comma, no «أن/إن»): the clause's object
    or content is still to come?  With an earlier comma the name may close another
    clause («ووصل X إلى إسلام آباد، وكان في استقباله Y، NAME»)."""
    parts = re.split(r"[،,]", prefix)
    if len(parts) != 2:
        return False
    head, tail = parts[0].split(), [_bare(w) for w in parts[1].split()]
    return (
        0 < len(head) <= AR_VERB_SUBJECT_WORDS
        and 0 < len(tail) <= AR_APPOSITION_WORDS
        and not _AR_THAT_WORDS.intersection(tail)
    )


# Words opening with a verb's preposition that belong to a name, not to the verb: «المتحدث
# باسم حرس الحدود» (the spokesman *for* the border guard).
_AR_NOT_THE_PREPOSITION = frozenset(["باسم"])


def _ar_verb_lacks_preposition(words: list[str]) -> bool:
    """Does the clause's verb (its first word, or the word after a fronted subject's
    comma: «القائد العام للجيش ، لفت …», or after a subject with no comma: «القائد
    العام للجيش لفت …») take a preposition (``_AR_VERB_PREPOSITIONS``) that no
    later word opens with?"""
    at = [0]
    for i, word in enumerate(words[: AR_VERB_SUBJECT_WORDS - 1]):
        if word.endswith(("،", ",")):
            at.append(i + 1)
            break
    else:
        at.extend(
            i
            for i, w in enumerate(words[1 : AR_VERB_SUBJECT_WORDS - 1], 1)
            if _bare(w) in _AR_VERB_PREPOSITIONS
        )
    for i in at:
        verb = _bare(words[i]) if i < len(words) else ""
        for form in (verb, verb.removeprefix("و"), verb.removesuffix("ت")):
            if (needed := _AR_VERB_PREPOSITIONS.get(form)) is not None:
                return not any(
                    _bare(w).startswith(needed) and _bare(w) not in _AR_NOT_THE_PREPOSITION
                    for w in words[i + 1 :]
                )
    return False


# Verbs whose complement may open with a preposition or take a direct object («أكد على
# عمق العلاقات», «أكد دعم باكستان», «التقى بنظيره», «التقى الرئيس»): cut before an
# adjunct while the preposition is still to come in the same clause, or right after the
# comma that closes the adjunct («التقى X اليوم في طهران، بالأمين العام …»), the
# complement is lost.
_AR_VERB_OPTIONAL_PREPOSITIONS = {
    "أكد": "على", "أكدت": "على", "شدد": "على", "شددت": "على", "التقى": "ب", "التقت": "ب",
    "التقوا": "ب", "اجتمع": "ب", "اجتمعت": "ب",
}  # fmt: skip
# Verbs of arriving: where is their complement («حط X في لاهور», «وصل X إلى طهران»), and
# a clause holding one never ends before its place.  (Not «حل», «قدم»: "solved",
# "presented" are written alike.)
_AR_ARRIVAL_VERBS = frozenset(["حط", "حطت", "وصل", "وصلت", "وصلوا", "هبط", "هبطت"])
_AR_PLACE_PREPOSITIONS = frozenset(["في", "إلى", "الى"])


def _last_comma(words: Sequence[str]) -> int:
    """The index of the last of *words* closed by a comma (a quotation mark may follow
    it), or -1: the words after it are the last clause."""
    return max(
        (i for i, w in enumerate(words) if w.rstrip("\"»”'").endswith(("،", ","))), default=-1
    )


def _ar_arrival_without_place(words: list[str], rest: str) -> bool:
    """Does the last clause of *words* open on a verb of arriving (``_AR_ARRIVAL_VERBS``,
    «و»/«ف» glued or not) with no place said yet, while *rest* opens with one (``في``,
    ``إلى``)?"""
    last_comma = _last_comma(words)
    clause = [_bare(w) for w in words[last_comma + 1 :]]
    ahead = rest.split()[:1]
    if not clause or not ahead or _bare(ahead[0]) not in _AR_PLACE_PREPOSITIONS:
        return False
    verb = (
        clause[0][1:] if clause[0][:1] in "وف" and clause[0][1:] in _AR_ARRIVAL_VERBS else clause[0]
    )
    return verb in _AR_ARRIVAL_VERBS and not _AR_PLACE_PREPOSITIONS.intersection(clause[1:])


# Prepositions written glued to their noun («بنظيره»): the word opens with them.
_AR_GLUED_PREPOSITIONS = frozenset(["ب", "ل"])
# A clause cut before an adjunct is whole only when the adjunct cannot be what the
# clause still needs (``_ar_adjunct_may_complete``): that many words at most after a
# «أن/إن» leave its predicate open («بأنها روحان | في جسد واحد», «أن الوزير | في طهران»).
AR_THAT_PREDICATE_WORDS = 2
# A relative pronoun among a clause's first words qualifies its subject (verb, noun,
# adjective, pronoun: «أعادت الضربات الصاروخية التي …»); the object is still to come.
AR_SUBJECT_RELATIVE_AT = 5
# Particles that come with a verb: a nominal sentence holding one has its predicate
# («الوقت قد حان»).
_AR_VERBAL_WORDS = frozenset(
    ["قد", "لقد", "سوف", "لن", "لم", "كان", "كانت", "يكون", "تكون", "ليس", "ليست"]
)


def _ar_adjunct_may_complete(words: list[str], rest: str, nominal: bool) -> bool:
    """May the adjunct after *words* complete their clause rather than add to it: the
    cut falls inside a relative clause on the subject of the clause after the last comma
    (the main clause's object may still come: «أعادت الضربات التي شنتها إيران على مواقع | في عمق …
    تسليط الضوء»), shortly after a «أن/إن», in a nominal sentence (its predicate may
    follow: «ثبات حجم التبادل … عند المليار | في الوقت الراهن غير كاف»), or before the
    preposition its verb takes («أكد كل من A و B | خلال لقائهما على عمق العلاقات»)?"""
    bare = [_bare(w) for w in words]
    last_comma = _last_comma(words)
    clause = bare[last_comma + 1 :]
    if any(w in _AR_RELATIVES for w in clause[:AR_SUBJECT_RELATIVE_AT]):
        return True
    that = max((i for i, w in enumerate(bare) if w in _AR_THAT_WORDS), default=-1)
    if that >= 0 and len(bare) - that - 1 <= AR_THAT_PREDICATE_WORDS:
        return True
    if nominal and that < 0 and last_comma < 0 and not _AR_VERBAL_WORDS.intersection(bare):
        return True  # no comma, no verbal particle yet: the predicate may still come
    verb = clause[0].removeprefix("و") if clause else ""
    needed = _AR_VERB_OPTIONAL_PREPOSITIONS.get(verb)
    if needed and not any(w.startswith(needed) for w in bare[1:]):
        rest_clause, *after_comma = re.split(r"[،,.]", rest, maxsplit=1)
        following = after_comma[0].split()[:1] if after_comma else []
        return any(_opens_with(_bare(w), needed) for w in rest_clause.split() + following)
    return False


def _opens_with(word: str, preposition: str) -> bool:
    """Is *word* the Arabic *preposition*, or a noun it is glued to («بنظيره»)?"""
    if preposition in _AR_GLUED_PREPOSITIONS:
        return word.startswith(preposition) and len(word) > len(preposition) + 2
    return word == preposition


def _ar_speech_without_content(prefix: str) -> bool:
    """Does *prefix* end in a clause whose verb needs what was said and lacks it?"""
    verbs = list(_AR_NEEDS_CONTENT_RE.finditer(prefix))
    return bool(verbs) and not _AR_CONTENT_RE.search(prefix, verbs[-1].end())


_AR_ADJUNCT_RE = re.compile(
    r"\s+(?=(?:في(?!\s+حال)|خلال|بعد|قبل|منذ|عقب|إثر|اثر|وسط|ضمن|حسب|بحسب|وفقا|وفقاً|نقلا|نقلاً"
    r"|أثناء|اثناء|عبر|قرب|شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي)\s)"
)
# Between an Arabic speech verb and its «أن» there is a subject, not another clause.
_AR_INNER_CLAUSE_RE = re.compile(r"[،,]\s*" + _AR_OPENER_RE.pattern.removeprefix("^"))
# A clause that opens with a subordinator is a condition or a cause, not a statement.
_SUBORDINATE_RE = re.compile(
    r"^(?:اگر|اگرچه|گرچه|هرچند|چنانچه|چون|وقتی|زمانی\s+که|درصورتی|در\s+صورتی|با\s+توجه|با\s+وجود"
    r"|پس\s+از\s+آنکه|از\s+آنجا|إذا|لو|لئن|رغم|برغم|بالرغم|مع\s+أن|لأن|بعد\s+أن|قبل\s+أن)"
)
# Persian verb forms hazm's lemmatizer leaves unmarked (past stems that are nouns too).
_FA_VERB_WORDS = frozenset(
    [
        "است",
        "نیست",
        "هست",
        "هستند",
        "بود",
        "بودند",
        "نبود",
        "شد",
        "شدند",
        "نشد",
        "داد",
        "دادند",
        "نداد",
        "رسید",
        "رسیدند",
        "نمود",
        "نمودند",
        "گردید",
        "گردیدند",
        "یافت",
        "یافتند",
        "ماند",
        "ماندند",
        "شده\u200cاست",
        "شده\u200cاند",
    ]
)
_FA_COPULA_RE = re.compile("\u200c(?:است|اند|ایم|اید|ام)$")
# A verb never directly follows a preposition or a demonstrative: «در این نشست» is a noun.
_FA_BEFORE_NOUN = frozenset(
    [
        "این",
        "آن",
        "در",
        "از",
        "با",
        "به",
        "برای",
        "هر",
        "یک",
        "همین",
        "همان",
        "اولین",
        "نخستین",
        "بر",
    ]
)
# --- headline compression (``compress``) ----------------------------------------------
#
# Constituents a headline can lose without changing what the sentence states: each
# pattern matches one whole constituent; ``compress`` deletes it only when what remains
# is still a whole clause (``_whole``) and the comma that closed it was not inside a list.
_FA_WEEKDAYS = "|".join(
    loose_pattern(d) for d in ("شنبه", "یکشنبه", "دوشنبه", "سه شنبه", "چهارشنبه", "پنجشنبه", "جمعه")
)
# The solar months, as Iran and Afghanistan name them (``sources.MONTHS``, and the
# spellings dates are read in): «سه‌شنبه، 18 میزان» is a time phrase.
_FA_SOLAR_MONTHS = "|".join(_BY_LENGTH({*JALALI_MONTH_NAMES, *MONTHS}))
# A day of a solar month, its year after it or not: «18 میزان», «۲۹ قوس ۱۴۰۴».
_FA_SOLAR_DATE = rf"[\d۰-۹]{{1,2}}\s+(?:{_FA_SOLAR_MONTHS})(?:\s+[\d۰-۹]{{4}})?"
# Persian openers of an adjunct closed by a comma: «ضمن …،», «با بیان اینکه …،», «در حالی
# که …،», «در دیدار با …،», «در آیین …،» (manner, circumstance, occasion; never the subject).
_FA_ADJUNCT_OPENERS = "|".join(
    loose_pattern(w)
    for w in (
        "ضمن", "با بیان", "با اشاره به", "با تاکید بر", "با تأکید بر", "در حالی که",
        "در حاشیه", "در جریان", "در پاسخ به", "در گفت و گو با", "در گفتگو با", "در نشست",
        "در جلسه", "در دیدار", "در آیین", "در مراسم", "در همایش", "در این دیدار",
        "در این جلسه", "در این نشست", "در این مراسم", "همزمان با", "به مناسبت", "با هدف",
        "در راستای", "بر اساس", "با توجه به", "به منظور", "در پی",
    )
)  # fmt: skip
_FA_ROLES = "|".join(sorted(_FA_ROLE_WORDS, key=lambda w: (-len(w), w)))
# A role word opening what follows a comma: an apposition to the name before the comma.
_FA_APPOSED_ROLE_RE = re.compile(rf"(?:{_FA_ROLES})(?=[\s\u200c،]|$)")
_AR_ROLES = (
    "وزير|وزيرة|رئيس|رئيسة|الرئيس|نائب|نائبة|النائب|المتحدث|الناطق|سفير|السفير|قائد|زعيم"
    "|مدير|مديرة|الأمين|أمين|مستشار|المرشد|عضو|الداعية|المبعوث|مبعوث|ممثل"
)
_AR_PARTICIPLE = (
    r"[وف]?(?:مشير|مؤكد|مضيف|موضح|لافت|داعي|واصف|قائل|معتبر|محذر|منوه|معرب|مشدد|متهم|ناف)"
    r"(?:ا|ً|اً|ًا|ة|ةً|يا|ياً)?"
)
# The day and month that may follow a weekday («اليوم السبت 09 نوفمبر»): they go with it.
_AR_MONTH_NAMES = (
    "يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يوليو", "أغسطس",
    "اغسطس", "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر", "كانون الثاني", "شباط",
    "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
    "تشرين الثاني", "كانون الأول",
)  # fmt: skip
_AR_TIME = (
    r"(?:(?:مساء|صباح|ظهر|فجر|ليلة|ليل|عصر)\s+)?(?:(?:يوم|اليوم)\s+)?"
    r"(?:اليوم|أمس|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)"
    r"(?:\s+(?:الماضي|الماضية|المقبل|المقبلة|القادم|القادمة))?"
    r"(?:\s+[0-9\u0660-\u0669]{1,2}\s+(?:" + "|".join(_AR_MONTH_NAMES) + r")"
    # the month in both calendars' names: «9 مايو/أيار»
    r"(?:\s*/\s*(?:" + "|".join(_AR_MONTH_NAMES) + r"))?"
    r"(?:\s+[0-9\u0660-\u0669]{4})?)?"
)
COMPRESSIONS: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    lang: tuple((name, re.compile(pattern)) for name, pattern in table)
    for lang, table in {
        "fa": (
            # «(…)»: a parenthetical, not an honorific «(ره)», «(ع)»
            ("parenthetical", r"\s*\((?!(?:ره|ع|ص|عج|س)\))[^()]{2,80}\)"),
            # «X، رئیس …، Y»: the title after a name (the name stays)
            # (at most 12 words, none opening an adjunct or a clause: «، رئیس … ضمن …،»
            # is a title and an adjunct, and the comma closes the adjunct)
            (
                "fa-apposition",
                rf"،\s*(?:{_FA_ROLES})(?:\s+(?!(?:ضمن|با|که|در|طی)\s)[^\s،:«»]+){{1,12}}\s*،\s*",
            ),
            # «عصر امروز», «روز سه‌شنبه», «روز گذشته», with the day of a solar month after
            # its weekday and the comma closing it («روز دوشنبه، ۶ حوت،»); «امروز» before
            # a preposition
            (
                "fa-time",
                # (never after a preposition: «از صبح امروز» is one adjunct)
                r"(?<!طی\s)(?<!در\s)(?<!از\s)(?<!تا\s)(?<!به\s)(?<!برای\s)(?<!\u200c)"
                rf"(?:(?:^|(?<=\s))(?:صبح|ظهر|عصر|شب|شامگاه|بامداد|روز)\s+"
                rf"(?:امروز|دیروز|گذشته|{_FA_WEEKDAYS})(?:\s*،\s*{_FA_SOLAR_DATE}(?:\s*،(?=\s))?)?(?=[\s،])"
                r"|(?<=\s)(?<!صبح\s)(?<!عصر\s)(?<!ظهر\s)(?<!شب\s)(?<!روز\s)"
                r"(?:امروز|دیروز|امشب)(?=\s+(?:در|با|به|از|طی|برای)\s))",
            ),
            # «ضمن …،», «با بیان اینکه …،», «در دیدار با …،»
            ("fa-adjunct", rf"(?:^|(?<=\s))(?:{_FA_ADJUNCT_OPENERS})\s[^،:«»]{{2,160}}?،\s*"),
            # «که … <verb>،» after a noun (``_fa_relative_clauses``)
            ("fa-relative", r"$^"),
        ),
        "ar": (
            ("parenthetical", r"\s*\((?!(?:ص|ع|رض)\))[^()]{2,80}\)"),
            # «يوم الأحد», «مساء اليوم», «أمس»
            # (at the start too, «و» glued: «ويوم الاثنين، استضافت …»)
            ("ar-time", rf"(?:(?<=\s)|^و?){_AR_TIME}(?=[\s،,.؛]|$)"),
            # «في تصريح لـ…», «خلال مؤتمر صحفي …» before a comma or «إن/أن»
            (
                "ar-speech-setting",
                r"[\s،,]*(?:في|خلال)\s+(?:تصريح|تصريحات|بيان|مؤتمر|مقابلة|حديث|كلمة|لقاء"
                r"|اتصال|تغريدة|رسالة)\S*(?:\s+[^\s،,:]+){0,8}?(?=\s*[،,]|\s+(?:إن|أن|بأن)\s)",
            ),
            # «، مشيرا إلى أن …» to the end: a second statement, not the news
            (
                "ar-participle",
                rf"\s*[،,]\s*{_AR_PARTICIPLE}\s.*$|\s+{_AR_PARTICIPLE}\s+(?:إلى|الى|أن|بأن|على)\s.*$",
            ),
            # «، وذلك …», «، في حين …» to the end
            (
                "ar-trailing-clause",
                r"\s*[،,]\s*(?:وذلك|في\s+حين|فيما|بينما|حيث|وسط|في\s+إشارة|في\s+ظل|في\s+وقت"
                r"|بحسب|حسب|وفقا|وفقاً|نقلا|نقلاً"
                r"|وهو\s|وهي\s|مما\s).*$",
            ),
            # «X، رئيس حزب …،» the title after a name (the name stays)
            ("ar-apposition", rf"[،,]\s*(?:{_AR_ROLES})\s[^،,:«»\"]{{2,100}}?(?:[،,]\s*|$)"),
            # «، اللتان توترت علاقاتهما …،»
            (
                "ar-relative",
                r"[،,]\s*(?:الذي|التي|اللذان|اللتان|الذين|اللواتي|اللاتي)\s[^،,:]{2,120}?[،,]\s*",
            ),
            # «فازت الناشطة … التي أصيبت … في التعليم، | بجائزة نوبل»: a relative clause
            # closed by the comma before the main verb's complement
            (
                "ar-relative-complement",
                r"\s+(?:الذي|التي|الذين)\s[^،,:«»\"]{2,150}?[،,]\s*(?=[بل][^\W\d_]{3,})",
            ),
        ),
    }.items()
}
_FA_RELATIVE_RE = re.compile(r"\s+که\s+(?P<clause>[^،:«»]{2,150}?)\s*،\s*")
# A Persian adjunct runs at most this many characters (its pattern's bound) and, when its
# first comma is inside a list, on to a later comma with no quote or colon between.
FA_ADJUNCT_MAX = 160
# A role in apposition after a Persian adjunct's object: «وزیر امور خارجه جمهوری اسلامی
# ایران» is seven words; a longer run holds a verb.
FA_APPOSED_ROLE_WORDS = 8
_FA_ADJUNCT_COMMA_RE = re.compile(r"،\s*")
_FA_ADJUNCT_STOP_RE = re.compile("[:«»]")

# A short list item after a comma: a word before the next «،» or «و» («B، C و D»), or
# up to this many words before «و» that open with no preposition («آمادگی، همکاری
# بین‌بخشی و جلب …»; «در روزهای ۱۲ و ۱۳» is an adjunct): the comma before it was
# inside a list.  Two commas meeting where a span was deleted between them («الجيش
# التركي، الأحد، عن») both go.
LIST_ITEM_WORDS = 3
_LIST_ITEM_PREPOSITIONS = (
    "در",
    "با",
    "به",
    "از",
    "برای",
    "تا",
    "طی",
    "بر",
    "في",
    "على",
    "من",
    "إلى",
    "عن",
)
_LIST_ITEM_RE = re.compile(
    r"^\s*[^\s،,]+(?:\s*[،,]|\s+و\s)"
    rf"|^\s*(?!(?:{'|'.join(_LIST_ITEM_PREPOSITIONS)})\s)"
    rf"(?:[^\s،,]+\s+){{1,{LIST_ITEM_WORDS - 1}}}[^\s،,]+\s+و\s"
)
_DOUBLE_COMMA_RE = re.compile(r"\s*[،,]\s*[،,]\s*")
# An Arabic clause never ends on a preposition, a particle or a relative pronoun.
_AR_DANGLING = frozenset(
    [
        # a direction waits for its place («جنوب | غربي باكستان»)
        "جنوب",
        "شمال",
        "شرق",
        "غرب",
        "وسط",
        "في",
        "من",
        "إلى",
        "الى",
        "على",
        "عن",
        "مع",
        "و",
        "أن",
        "إن",
        "بأن",
        "التي",
        "الذي",
        "الذين",
        "والتي",
        "والذي",
        # «ما» glued to a preposition waits for its clause: «الأعضاء، بما | في ذلك الهند»
        "بما",
        "مما",
        "عما",
        "فيما",
        "وذلك",
        "ذلك",
        "حيث",
        "بعد",
        "قبل",
        "خلال",
        "عبر",
        "لدى",
        "نحو",
        "حول",
        "ضد",
        "بين",
        # an auxiliary or a particle waiting for its clause: «…، وكان | في استقباله»
        "كان",
        "وكان",
        "كانت",
        "وكانت",
        "قد",
        "وقد",
        "لقد",
        # «بأنها | روحان»: a that-word with a pronoun waits for its predicate
        "بأنه",
        "بأنها",
        "أنه",
        "أنها",
        "إنه",
        "إنها",
        # «إقليم بلوشستان الواقع | جنوب غربي البلاد»: "lying" waits for where
        "الواقع",
        "الواقعة",
        "الواقعين",
        # «لا سيما | في المجال التجاري»: "especially" waits for what it singles out
        "سيما",
        "لاسيما",
        "ولاسيما",
    ]
)
# Headlines in the beat's outlets run 40-90 characters (the dev sets' mean is 58): a
# longer title is compressed to this, else cut to its longest whole first clause; up to
# ``CLAUSE_SLACK`` characters more are allowed when no clause fits (``_short``).  (On the
# dev sets 60, 70, 80 or 90 give the same key points within 0.003 RL: where a title
# ends is decided by its clause boundaries, not by this number.)
TITLE_MAX = 90
CLAUSE_SLACK = 10
# A title longer than this is no headline: its first whole clause is taken instead, even
# a short one (a headline may be short).
TITLE_LONG = 120

# A clause as a headline has at least this many words (shorter is a stub: «وی گفت»).
CLAUSE_MIN_WORDS = 4
_CLOSE_PUNCT = ".؛;:،, "
_PAIRS = (("«", "»"), ("(", ")"), ("“", "”"), ("[", "]"))


def _balanced(text: str) -> bool:
    return all(text.count(o) == text.count(c) for o, c in _PAIRS) and text.count('"') % 2 == 0


def _bare(word: str) -> str:
    return word.strip("«»\"'“”()[].،,:؛!?؟")


# Arabic verbs of beginning and going on («بدأ X يتخلى عن …», «ظل X يطالب …»): the
# clause is whole only with the verb in the present that says what began.
AR_ASPECT_VERBS = ("بدأ", "بدأت", "بدأوا", "أخذ", "أخذت", "ظل", "ظلت", "راح", "راحت", "عاد", "عادت")
_AR_ASPECT_VERBS = frozenset(_bare(v) for v in AR_ASPECT_VERBS)


def _ar_aspect_without_verb(words: list[str]) -> bool:
    """Does an Arabic clause open with a verb of beginning or going on and hold no verb in
    the present after it (a word of four letters or more opening with «ي» or «ت»)?"""
    first = _bare(words[0]).removeprefix("و") if words else ""
    if first not in _AR_ASPECT_VERBS:
        return False
    return not any(len(w) >= 4 and _bare(w)[:1] in ("ي", "ت") for w in words[2:])


# «كان» with a preposition right after it fronts its predicate («وكان في استقبالهم …»):
# its subject comes after the phrase, and a cut before a comma or a stop leaves it out.
AR_FRONTED_PREDICATE_VERBS = ("كان", "كانت", "وكان", "وكانت")
_AR_FRONTED_PREDICATE_VERBS = frozenset(AR_FRONTED_PREDICATE_VERBS)


def _ar_fronted_predicate(words: list[str]) -> bool:
    """Do *words* end inside a clause of «كان» + preposition, no comma since?"""
    bare = [_bare(w) for w in words]
    at = max((i for i, w in enumerate(bare) if w in _AR_FRONTED_PREDICATE_VERBS), default=-1)
    if at < 0 or at + 1 >= len(bare) or bare[at + 1] not in _PREPOSITIONS["ar"]:
        return False
    return not any(w.rstrip("\"»”'").endswith(("،", ",")) for w in words[at:])


def _fa_ends_with_verb(clause: str) -> bool:
    words = clause.split()
    if not words:
        return False
    last = _bare(words[-1])
    if len(words) > 1 and _bare(words[-2]) in _FA_BEFORE_NOUN:
        return False
    if (
        last in _FA_VERB_WORDS
        or _FA_COPULA_RE.search(last)
        or last.startswith(("می\u200c", "نمی\u200c"))
    ):
        return True
    from akhbar.text import persian_lemmatizer  # hazm, loaded once Persian is displayed

    return "#" in persian_lemmatizer().lemmatize(last)


# A perfect written as one word, the auxiliary after a ZWNJ or glued: «گفته‌اند»,
# «گفتهاند», «کرده‌است».
_FA_PERFECT_RE = re.compile("^(?P<participle>.+ه)\u200c?(?P<auxiliary>اند|است|ایم|اید)$")


def _fa_takes_clause(prefix: str) -> bool:
    """Does the verb ending *prefix* take the clause that follows as its complement
    («اعلام کرد | که …», «باعث شد | تا …», «بر این باور است | که …»), or the copula a
    clause that says which thing its noun is, a preposition's object marked by «ی»
    («بدتر از تخریبی است | که …»)?"""
    words = [_bare(w) for w in prefix.split()]
    if perfect := _FA_PERFECT_RE.match(words[-1]):
        # «گفته‌اند», «گفته‌است», «اعلام کرده‌اند»: the participle and its auxiliary
        words[-1:] = [perfect["participle"], perfect["auxiliary"]]
    if words[-1] in _FA_COMPLEMENT_VERBS or _FA_SPEECH_END_RE.search(prefix):
        return True
    if words[-1] in _FA_COPULAS and any(w in _FA_CATAPHORIC for w in words[-4:-1]):
        return True
    if (
        words[-1] in _FA_COPULAS
        and len(words) > 2
        and words[-2].endswith("ی")
        and words[-3] in _PREPOSITIONS["fa"]
    ):
        return True  # «بدتر از تخریبی است | که سیل … گذاشته است»: which destruction?
    return any(w in _FA_COMPLEMENT_NOUNS for w in words[-3:-1])


# Persian frames answered by a later «که» («در حالی … که …», "while"; «به حدی … که»,
# "so much … that"): a clause holding one is whole only with its «که» clause.
FA_CORRELATIVES = ("در حالی", "به حدی", "به قدری", "به اندازه‌ای")
_FA_CORRELATIVE_RE = re.compile(r"(?:^|\s)" + loose_any(FA_CORRELATIVES) + r"(?![\w\u200c])")


def _fa_open_correlative(prefix: str) -> bool:
    """Does *prefix* hold a frame answered by a later «که» (``FA_CORRELATIVES``) with no
    «که» after it?"""
    frames = list(_FA_CORRELATIVE_RE.finditer(prefix))
    return bool(frames) and not _FA_SUBCLAUSE_RE.search(prefix, frames[-1].end())


def _fa_open_subclause(prefix: str) -> bool:
    """Does *prefix* hold a «که» (``_FA_SUBCLAUSE_RE``) not after a past «بود»?"""
    for m in _FA_SUBCLAUSE_RE.finditer(prefix):
        before = prefix[: m.start()].split()
        if not before or _bare(before[-1]) not in _FA_PAST_COPULAS or m.group().strip() != "که":
            return True
    return False


def _clause_ends(text: str, lang: str) -> dict[int, str]:
    """Where a clause of *text* may end, each with its kind: "clause" (punctuation, a
    conjunction, a clause opener), "subordinator" (before a Persian «که», «تا» …: the
    verb before must not govern what follows), "adjunct" (before an Arabic adjunct of
    time, place or source) or "relative" (before an Arabic relative pronoun)."""
    ends: dict[int, str] = {}

    def add(kind: str, positions: Iterable[int]) -> None:
        for position in positions:
            ends.setdefault(position, kind)

    add(
        "clause",
        (
            m.start()
            for m in _PUNCT_BOUNDARY_RE.finditer(text)
            if lang != "ar" or _AR_OPENER_RE.match(text[m.end() :])
        ),
    )
    if lang == "fa":
        add("clause", (m.start() for m in _FA_CONJUNCTION_RE.finditer(text)))
        add("subordinator", (m.start() for m in _FA_SUBORDINATOR_RE.finditer(text)))
    elif lang == "ar":
        add("clause", (m.start() for m in _AR_CLAUSE_RE.finditer(text)))
        add(
            "relative",
            (
                m.start("gap")
                for m in _AR_RELATIVE_RE.finditer(text)
                if m.group("noun").startswith(AR_DEFINITE_STARTS)
            ),
        )
        add("adjunct", (m.start() for m in _AR_ADJUNCT_RE.finditer(text)))
    return dict(sorted(ends.items()))


def _clause_end_ok(text: str, end: int, kind: str, lang: str, nominal: bool = False) -> str:
    """The clause *text* holds before *end*, when it is a whole clause; else "".
    *nominal*: an Arabic *text* is a nominal sentence (what follows a bare «أن»)."""
    prefix = text[:end].strip(_CLOSE_PUNCT)
    words = prefix.split()
    if len(words) < CLAUSE_MIN_WORDS or not _balanced(prefix):
        return ""
    if text[:end].rstrip().endswith((":", "：")) or _SUBORDINATE_RE.match(prefix):
        return ""  # «X … افزود:» announces a statement, «اگر …» is a condition
    if _needs_what_follows(text[:end], text[end:], lang):
        return ""  # «أعرب … عن أمله | في استكمال المفاوضات»: the hope is in what follows
    if lang == "fa":
        if _fa_open_subclause(prefix) or not _fa_ends_with_verb(prefix):
            return ""
        if _FA_SAYING_END_RE.search(prefix) and text[end:].strip(_CLOSE_PUNCT):
            return ""  # «X می گوید | ، Y»: the frame without its statement
        if re.match(r"\s*،", text[end:]) and _list_follows(text[end:].lstrip(" ،")):
            return ""  # «… قرابت‌های فرهنگی | ، تاریخی، مذهبی و …»: inside a list
        if kind == "subordinator" and _fa_takes_clause(prefix):
            return ""  # «اعلام کرد | که …»: the clause after is what was announced
        if _bare(words[-1]) in _FA_PAST_COPULAS and re.match(r"\s*که\s", text[end:]):
            return ""  # «در اتوبوس بود | که هدف حمله قرار گرفت»: the news is after «که»
        if (
            kind == "subordinator"
            and _fa_open_correlative(prefix)
            and text[end:].split()[:1] == ["که"]
        ):
            return ""  # «در حالی از سفر … خبر می‌دهند | که …»: the frame's «که» is to come
        if _FA_NOT_ONLY_RE.search(prefix):
            return ""  # «نه‌تنها X نکرد | بلکه Y»
    if lang == "ar":
        if _bare(words[-1]) in _AR_DANGLING:
            return ""  # «… تصعيدا من» | «قبل الفلبين»: «من قبل» is one phrase
        if _ar_speech_without_content(prefix):
            return ""  # «… وقال في خطاب | بعد …»: what he said is cut off
        if (
            kind == "adjunct"
            and _AR_ROLE_AFTER_ADJUNCT_RE.match(text[end:])
            and _ar_awaits_person_object(prefix)
        ):
            return ""  # «التقى وزير الخارجية | في طهران، سفير هذا البلد»: met whom?
        if any(_bare(w) in _AR_RELATIVES for w in words[-3:]):
            return ""  # «العملية العسكرية التي بدأها | في …»: inside a relative clause
        if _ar_open_subject(words, kind == "relative"):
            return ""  # «إن الكلمة التي ألقاها … | في …»: the predicate follows
        if _ar_aspect_without_verb(words):
            return ""  # «بدأ مهربو المخدرات في بلوشستان | … يتخلون عن»: began what?
        if _ar_fronted_predicate(words):
            return ""  # «وكان في استقبال ضيوف الرحمن | في المطار كل من …»: who was?
        if _ar_verb_lacks_preposition(words):
            return ""  # «عبر عدد من الأحزاب | في مصر عن تضامنهم»: «عبر» needs «عن»
        if kind in ("adjunct", "relative") and len(words) < AR_ADJUNCT_MIN_WORDS:
            # «أصدرت نيابة أمن الدولة العليا | في مصر قرارا», «اختار نواب حزب الشعب |
            # الذي … زوجها مرشحا»: a verb and its subject, the object not yet said
            return ""
        if kind == "adjunct" and _ar_ends_on_apposition(prefix):
            return ""  # «واستعرض وزير الخارجية، حسين أمير عبد اللهيان | في تصريح … اهداف زيارته»
        if kind == "adjunct" and _ar_ends_on_place_noun(words[-1]):
            return ""  # «اختطفهم مسلحون من بلدة | في جنوب شرق البلاد»: which town?
        if kind == "adjunct" and _bare(words[-1]).startswith("لل"):
            return ""  # «للمساعدة | في صد الهجوم»: a purpose without its object
        if kind == "adjunct" and _ar_arrival_without_place(words, text[end:]):
            return ""  # «حط رئيس الوزراء الهندي | في لاهور»: landed where?
        if kind == "adjunct" and _ar_adjunct_may_complete(words, text[end:], nominal):
            return ""  # «أعادت الضربات التي شنتها إيران على مواقع | في …»
        if _ar_complement_ahead(prefix, text[end:]):
            return ""  # «عند تعرض الحافلة | التي كانت تقلهم لهجوم»: exposed to what?
        if _ar_complement_after_relative(words, text[end:]):
            return ""  # «فازت الناشطة التي أصيبت … | قبل عامين، بجائزة نوبل»: won what?
        if kind == "adjunct" and _ar_witness_without_event(prefix):
            return ""  # «شهدت مدينة تفتان بمحافظة … | جنوب شرقي إيران هجوما»: saw what?
        if _ar_death_without_cause(prefix, text[end:]):
            return ""  # «لقي العشرات مصرعهم | بعد أن ضرب زلزال …»: killed by what?
        if _AR_NEGATION_RE.search(prefix) and _AR_EXCEPTION_RE.search(text[end:]):
            return ""  # «لم يكن أمامه … | إلا أن يستقيل»: the exception is the fact
        if end < _ar_fronted_close(text):
            return ""  # «في ضوء العلاقات المعمقة | التي …، فإن …»: the main clause is after
        if _AR_RESTRICTION_RE.search(text[end:]):
            return ""  # «أعيد فتح المعبر | ، لكن فقط لترحيل …»: the restriction is lost
        if _AR_ATTRIBUTION_AFTER_RE.match(text[end:]) and any(
            _FIGURE_DIGIT_RE.search(w) for w in words[-AR_ATTRIBUTED_FIGURE_WORDS:]
        ):
            return ""  # «بلغت قوته 8,1 درجات | حسب …»: the figure is the source's
    return prefix


# Arabic verbs of witnessing whose subject is a place or a time and whose object is the
# event («شهدت مدينة X … هجوما»): a clause opening on one, cut before an adjunct, has not
# said what happened yet.
AR_WITNESS_VERBS = ("شهد", "شهدت", "يشهد", "تشهد", "شهدته", "شهدها")
_AR_WITNESS_VERBS = frozenset(AR_WITNESS_VERBS)
# Words telling a death («لقي … مصرعه», «قتل»), and the openings of the cause after them
# («بعد أن ضرب زلزال …», «، إثر اصطدام سيارة مفخخة …»): cut there, the deaths are told
# without what killed.
AR_DEATH_WORDS = ("مصرع", "مصرعه", "مصرعها", "مصرعهم", "حتفه", "حتفها", "حتفهم", "قتل", "قتلوا",
                  "مقتل", "لقي", "لقيت", "لقوا", "توفي", "وفاة")  # fmt: skip
_AR_DEATH_WORDS = frozenset(AR_DEATH_WORDS)
AR_CAUSE_OPENINGS = ("بعد أن", "بعدما", "إثر", "اثر", "عقب", "جراء", "جرّاء", "بسبب", "نتيجة")
_AR_CAUSE_OPENING_RE = re.compile(r"^[\s،,]*" + loose_any(AR_CAUSE_OPENINGS) + r"\s")


def _ar_witness_without_event(prefix: str) -> bool:
    """Does the last clause of *prefix* open on a verb of witnessing (``AR_WITNESS_VERBS``,
    «و» glued or not)?"""
    clause = _AR_CLAUSE_PUNCT_RE.split(prefix)[-1].split()[:1]
    verb = _bare(clause[0]) if clause else ""
    return verb in _AR_WITNESS_VERBS or verb.removeprefix("و") in _AR_WITNESS_VERBS


def _ar_death_without_cause(prefix: str, rest: str) -> bool:
    """Does *prefix* tell a death (``AR_DEATH_WORDS``) and *rest* open on its cause
    (``AR_CAUSE_OPENINGS``)?"""
    words = {_bare(w).removeprefix("و") for w in prefix.split()}
    return bool(words & _AR_DEATH_WORDS) and bool(_AR_CAUSE_OPENING_RE.match(rest))


# Arabic words whose complement opens with a glued preposition that may come several
# words on, after a relative clause or an adjunct («تعرض الحافلة التي كانت تقلهم |
# لهجوم», «تعليق القرار الذي اتخذه … | بتمديد مهمة …»): a clause holding one, its
# preposition not yet said, is cut off from what it is about when the preposition
# follows before the next comma.
_AR_LATER_COMPLEMENTS = {
    "تعرض": "ل", "تعرضت": "ل", "تعرضه": "ل", "تعرضها": "ل", "التعرض": "ل",
    "القرار": "ب", "قرار": "ب", "قراره": "ب", "قرارها": "ب",
}  # fmt: skip
_AR_CLAUSE_PUNCT_RE = re.compile(r"[،,؛;.:]")


def _ar_complement_ahead(prefix: str, rest: str) -> bool:
    """Does the last clause of *prefix* hold a word of ``_AR_LATER_COMPLEMENTS`` with no
    word opening with its preposition after it, while *rest* holds one before its next
    comma?"""
    clause = _AR_CLAUSE_PUNCT_RE.split(prefix)[-1].split()
    ahead = [_bare(w) for w in _AR_CLAUSE_PUNCT_RE.split(rest, maxsplit=1)[0].split()]
    for i, word in enumerate(clause):
        needed = _AR_LATER_COMPLEMENTS.get(_bare(word))
        if (
            needed
            and not any(_bare(w).startswith(needed) for w in clause[i + 1 :])
            and any(w.startswith(needed) and len(w) > len(needed) + 2 for w in ahead)
        ):
            return True
    return False


# Words glued to «ب»/«ل» that open an adjunct or a clause of their own, not a verb's
# complement resumed after a relative clause: «، بحسب …», «، لكن …», «، بسبب …».
_AR_GLUED_OPENERS = frozenset(
    ["بعد", "بين", "بينما", "بحسب", "بسبب", "بفضل", "بدون", "بل", "لكن", "لكنه", "لكنها",
     "لدى", "لأن", "لذلك", "لذا", "لهذا", "ليس", "ليست", "بالإضافة", "بالاضافة", "بما",
     "لما", "بينهم", "بينها"]
)  # fmt: skip


def _ar_complement_after_relative(words: list[str], rest: str) -> bool:
    """Does the cut fall inside a relative clause opened in the last clause of *words*,
    the clause after it (past *rest*'s next comma) resuming the main verb with its
    complement, a noun glued to «ب» or «ل» («فازت الناشطة … التي أصيبت … في رأسها |
    قبل عامين، بجائزة نوبل»)?  The complement comes before the relative clause: the
    cut is no cut."""
    bare = [_bare(w) for w in words]
    last_comma = _last_comma(words)
    if not any(w in _AR_RELATIVES for w in bare[last_comma + 1 :]):
        return False
    parts = re.split(r"[،,]", rest, maxsplit=1)
    if len(parts) < 2 or re.search(r"[.:؛;«»\"]", parts[0]):
        return False
    after = parts[1].split()[:1]
    if not after:
        return False
    return _ar_complement_word(after[0])


def _ar_complement_word(word: str) -> bool:
    """Is *word* a noun glued to «ب»/«ل», a verb's complement, not an opener
    (``_AR_GLUED_OPENERS``, an attribution, a clause opener)?"""
    word = _bare(word)
    return (
        word[:1] in _AR_GLUED_PREPOSITIONS
        and len(word) > 3
        and word not in _AR_GLUED_OPENERS
        and not _AR_ATTRIBUTION_AFTER_RE.match(word)
        and not _AR_OPENER_RE.match(word + " ")
    )


# Nouns of a place that say which place only with what follows them («من بلدة | في جنوب
# شرق البلاد», «بمنطقة | قرب الحدود»): indefinite, they are "a town", "an area"; an
# Arabic clause never ends on one before an adjunct, which names the place.  With a
# preposition glued or not («ببلدة», «في بلدة»).
_AR_PLACE_NOUNS = frozenset(
    ["بلدة", "مدينة", "قرية", "منطقة", "مكان", "موقع", "محافظة", "ولاية", "إقليم", "اقليم",
     "مقاطعة", "بلد", "دولة", "حي", "مخيم", "ناحية", "بقعة"]
)  # fmt: skip


def _ar_ends_on_place_noun(word: str) -> bool:
    """Is *word* an indefinite noun of a place (``_AR_PLACE_NOUNS``), a preposition or
    «و» glued to it or not?"""
    word = _bare(word)
    return word in _AR_PLACE_NOUNS or (word[:1] in "وبل" and word[1:] in _AR_PLACE_NOUNS)


# Before an Arabic adjunct, a first clause is whole when a comma closes it or when it has
# this many words: a verb, its subject and its object («أصدرت نيابة أمن الدولة العليا |
# في مصر قرارا …» is five words and lacks its object).
AR_ADJUNCT_CLAUSE_MIN_WORDS = 8


def _adjunct_cut_safe(text: str, end: int) -> bool:
    before = text[:end].rstrip()
    return before.endswith(("،", ",")) or len(before.split()) >= AR_ADJUNCT_CLAUSE_MIN_WORDS


def _clause_prefix(
    text: str, lang: str, limit: int, shortest: bool = False, nominal: bool = False
) -> str:
    """The longest start of *text* of at most *limit* characters that ends at a clause
    boundary and is a whole clause, preferring the ends of clauses to the ends before an
    Arabic adjunct; *shortest*: the first whole clause, never ended before an adjunct
    unless ``_adjunct_cut_safe`` (a verb may lack its object: «أصدرت نيابة … | في مصر»).
    "" if there is none."""
    best: dict[bool, str] = {}
    for end, kind in _clause_ends(text, lang).items():
        if len(text[:end].strip(_CLOSE_PUNCT)) > limit:
            break
        if shortest and kind == "adjunct" and not _adjunct_cut_safe(text, end):
            continue
        if prefix := _clause_end_ok(text, end, kind, lang, nominal):
            if shortest:
                return prefix
            best[kind == "adjunct"] = prefix
    return best.get(False) or best.get(True, "")


def _whole(text: str, lang: str, verb_last: bool) -> bool:
    """Is *text* still a whole clause after a deletion?  Balanced brackets and quotes,
    at least ``CLAUSE_MIN_WORDS`` words, no dangling punctuation or function word at
    either end, and in Persian the verb still last when it was."""
    words = text.split()
    if len(words) < CLAUSE_MIN_WORDS or not _balanced(text) or text[0] in "،,:؛)»":
        return False
    if lang == "ar" and _bare(words[-1]) in _AR_DANGLING:
        return False
    return not (lang == "fa" and verb_last and not _fa_ends_with_verb(text))


def _list_follows(rest: str) -> bool:
    """Does *rest* (what follows a deleted span's comma) open with a short list item
    («B، C و D»)?  Then the comma was inside a list, not the span's end."""
    return bool(_LIST_ITEM_RE.match(rest))


# A Persian time phrase after a quantity is a duration, not the day of the news: «طی یک
# روز گذشته», «در دو روز گذشته», «۵۰ نفر طی ۳ روز گذشته».
_FA_DURATION_BEFORE_RE = re.compile(
    r"(?:^|\s)(?:\d+|[۰-۹]+|یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|چند|چندین|طی|ظرف|طول)\s*$"
)
# A Persian «که» opens a clause: a deletion inside it would leave «که» without its verb
# («وزیر که به منظور …، به مشهد رفته بود» less «به منظور …،»).  Only the whole clause
# goes (``_fa_relative_clauses``).
_FA_OPEN_KE_RE = re.compile(r"(?:^|\s)که\s[^،]*$")


_FA_COUNT_AFTER_RE = re.compile(
    r"\s*(?:\d|[۰-۹]|(?:یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|صد|هزار|دهها|صدها|هزاران|چند|چندین)"
    r"(?![\w\u200c]))"
)


# Arabic verbs whose object is a person, often named by role after a comma («التقى X في
# طهران، سفير باكستان …», «استدعت الخارجية، سفير …», «برأت محكمة عليا، رئيس الوزراء
# السابق …»): that «، ROLE …» is the object.
AR_PERSON_OBJECT_VERBS = (
    "التقى", "التقت", "يلتقي", "تلتقي", "استقبل", "استقبلت", "يستقبل", "تستقبل", "قابل",
    "قابلت", "يقابل", "تقابل", "استدعى", "استدعت", "يستدعي", "تستدعي", "ودع", "ودعت",
    "هاتف", "هاتفت", "هنأ", "هنأت", "برأ", "برأت", "يبرئ", "تبرئ", "اعتقل", "اعتقلت",
    "أقال", "أقالت", "عين", "عينت",
)  # fmt: skip
_AR_PERSON_OBJECT_VERBS = frozenset(AR_PERSON_OBJECT_VERBS)
# What already is such a verb's object: «نظيره», «مع …», «بالرئيس», «بوزير …».
_AR_PERSON_OBJECT_RE = re.compile(rf"^(?:نظير\S*|مع|ب(?:ال|نظير|{_AR_ROLES})\S*)$")


# An adjunct, its comma and a role word: «| في طهران يوم الأحد، سفير …».
_AR_ROLE_AFTER_ADJUNCT_RE = re.compile(rf"[^،,:«»\"]{{2,60}}[،,]\s*(?:{_AR_ROLES})\s")


def _ar_awaits_person_object(prefix: str) -> bool:
    """Does the last clause of *prefix* (after its last comma) hold a verb whose object is
    a person (``AR_PERSON_OBJECT_VERBS``) and no object after it: the «، ROLE …» that
    follows is that object, not an apposition to the subject?"""
    words = [_bare(w) for w in re.split(r"[،,]", prefix)[-1].split()]
    for i, w in enumerate(words):
        if w in _AR_PERSON_OBJECT_VERBS or (w[:1] in "وف" and w[1:] in _AR_PERSON_OBJECT_VERBS):
            return not any(_AR_PERSON_OBJECT_RE.match(x) for x in words[i + 1 :])
    return False


# Words that name a thing by its number («التعديل رقم (27)», «المادة (63)», «ماده (۱۰)»):
# the brackets after them hold the number, no parenthetical.
NUMBERED_NOUNS = {
    "ar": ("رقم", "برقم", "ورقم", "المادة", "مادة", "البند", "بند", "الفقرة", "فقرة"),
    "fa": ("شماره", "ماده", "بند", "اصل", "تبصره"),
}
_NUMBERED_NOUNS = {lang: frozenset(words) for lang, words in NUMBERED_NOUNS.items()}


def _deletable(name: str, text: str, m: re.Match[str]) -> bool:
    """May the constituent *name* matched by *m* in *text* be deleted: not a Persian
    time phrase that is a duration, not a Persian adjunct inside a «که» clause, not a
    Persian «، ROLE …،» that ends on a verb (a clause: «پرویز رشید، وزیر … اعلام کرد،
    نواز شریف، …» less it would run two names together) or follows one (the next
    clause's subject: «در پی حمله … که به کشته شدن … منجر شد، سخنگوی طالبان، … را
    تهدید کرد» less it leaves nobody threatening)?"""
    if name == "parenthetical":
        before = text[: m.start()].split()[-1:]
        return not (before and any(_bare(before[0]) in w for w in _NUMBERED_NOUNS.values()))
    if name == "fa-time":
        return not _FA_DURATION_BEFORE_RE.search(text[: m.start()])
    if name == "fa-adjunct":
        # «در پی واژگون شدن اتوبوس …، ۲۸ تن جان باختند»: a count after the adjunct
        # counts what the adjunct tells (without it, 28 of whom?)
        return not _FA_OPEN_KE_RE.search(text[: m.start()]) and not _FA_COUNT_AFTER_RE.match(
            text, m.end()
        )
    if name == "fa-apposition":
        return not (
            _fa_ends_with_verb(m.group().strip(" ،"))
            or _fa_ends_with_verb(text[: m.start()].strip(" ،"))
        )
    if name == "ar-apposition" and _ar_awaits_person_object(text[: m.start()]):
        # «التقى X، ROLE …، نظيره …»: the object after the closing comma
        after = text[m.end() :].split()[:1]
        return m.group().rstrip().endswith(("،", ",")) and bool(
            after and _AR_PERSON_OBJECT_RE.match(_bare(after[0]))
        )
    if name == "ar-relative-complement":
        after = text[m.end() :].split()[:1]
        return _ar_complement_word(after[0]) if after else False
    if name == "ar-trailing-clause" and _AR_ATTRIBUTION_AFTER_RE.match(text[m.start() :]):
        # «بلغت قوته 8,1 درجات، حسب …»: a figure keeps the source it is according to
        before = text[: m.start()].split()
        return not any(_FIGURE_DIGIT_RE.search(w) for w in before[-AR_ATTRIBUTED_FIGURE_WORDS:])
    return True


# What a word before a constituent may be waiting for: a preposition its object («پس از
# | …», «منذ | يوم الأحد»), a noun the prepositional phrase it takes («حضور | در مراسم
# …», «أمله | في …»).  Without it the words before say something else: «پس از حضور در
# مراسم امضای هشت سند همکاری، در نشستی …» less «در مراسم …،» is «پس از حضور در نشستی».
_PREPOSITIONS = {
    "fa": frozenset(
        [
            "در", "از", "با", "به", "برای", "بر", "تا", "درباره", "پیرامون", "طی", "ضمن", "جز",
            "بدون", "نزد", "سوی", "علیه", "میان", "بین", "زیر", "روی", "همراه",
        ]
    ),
    "ar": frozenset(
        [
            "في", "من", "إلى", "الى", "على", "عن", "مع", "بعد", "قبل", "خلال", "منذ", "حتى", "نحو",
            "حول", "ضد", "بين", "لدى", "عبر", "عقب", "إثر", "اثر", "أثناء", "اثناء", "بحلول", "قبيل",
            "بعيد", "لغاية", "غداة", "عشية", "طوال", "وفي", "ومن", "وإلى", "وعلى", "وعن", "ومع",
        ]
    ),
}  # fmt: skip
_COMPLEMENT_PREPOSITIONS = {
    "fa": {
        "حضور": "در", "شرکت": "در", "مشارکت": "در", "اقامت": "در", "عضویت": "در",
        "سخنرانی": "در", "استقرار": "در", "ورود": "به", "سفر": "به", "اشاره": "به",
        "توجه": "به", "نسبت": "به", "تاکید": "بر", "تأکید": "بر", "دیدار": "با",
        "ملاقات": "با", "گفتگو": "با", "گفت‌وگو": "با", "گفتوگو": "با", "مذاکره": "با",
        "تماس": "با", "همکاری": "با",
    },
    "ar": {
        "أمل": "في", "أمله": "في", "أملها": "في", "أملهم": "في", "أملنا": "في", "الأمل": "في",
        "رغبة": "في", "رغبته": "في", "رغبتها": "في", "رغبتهم": "في", "مشاركة": "في",
        "مشاركته": "في", "مشاركتها": "في", "مشاركتهم": "في", "المشاركة": "في", "حضوره": "في",
        "مساهمة": "في", "مساهمته": "في", "دوره": "في", "دورها": "في", "الاستمرار": "في",
        "استمرار": "في", "المضي": "في", "تعازيه": "في", "تعازيها": "في", "تعازيهم": "في",
        "التعازي": "في", "تعزيته": "في", "تعزيتها": "في", "التحقيق": "في", "تحقيق": "في",
    },
}  # fmt: skip


# Adverbs that may sit between such a noun and its preposition («المضي قدما في …»).
_COMPLEMENT_ADVERBS = {"ar": frozenset(["قدما", "قدماً"])}
# Nouns that make a preposition of two words with the one before them («في إطار …», «على
# هامش …»): they wait for the noun they govern as the preposition does.
_PREPOSITION_NOUNS = {
    "ar": frozenset(
        ["إطار", "اطار", "هامش", "ظل", "أجل", "اجل", "صعيد", "سياق", "ضوء", "نطاق", "مجال"]
    ),
}


def _needs_what_follows(before: str, after: str, lang: str) -> bool:
    """Does *before* end on a word waiting for *after* (``_PREPOSITIONS``, a preposition's
    noun ``_PREPOSITION_NOUNS``, ``_COMPLEMENT_PREPOSITIONS``)?  Not when a comma closes it: then what follows is set
    off, an adjunct."""
    before = before.rstrip()
    if not before or before.endswith(("،", ",", "؛", ";", ":")):
        return False
    words = [_bare(w) for w in before.split()]
    last = words[-1]
    if last in _PREPOSITIONS.get(lang, ()):
        return True
    if (
        len(words) > 1
        and words[-2] in _PREPOSITIONS.get(lang, ())
        and last in _PREPOSITION_NOUNS.get(lang, ())
    ):
        return True  # «في إطار | (مباريات …)»
    if last in _COMPLEMENT_ADVERBS.get(lang, ()) and len(words) > 1:
        last = words[-2]  # «المضي قدما | في …»: the adverb sits between
    following = after.split()
    needed = _COMPLEMENT_PREPOSITIONS.get(lang, {}).get(last)
    return bool(needed and following and _bare(following[0]) == needed)


# A quotation: the speaker's words, never shortened inside (a phrase that holds a
# whole quotation may go with it).
_QUOTATION_RE = re.compile(r"«[^«»]*»|\"[^\"]*\"|“[^“”]*”")
# What follows a deleted phrase may open by pointing back at it: «در جلسه … بررسی
# درخواست عربستان …، با این موضوع مخالفت کردند» less the phrase leaves «این موضوع»
# pointing at nothing.  A phrase of ``BACK_POINTED_WORDS`` words or more is kept before
# a demonstrative (after a preposition or not) whose noun only stands for what was said
# or done (``_BACK_NOUNS``: «این موضوع», «هذا الأمر»); one that names its thing («این
# نرم‌افزار») still says it.
BACK_POINTED_WORDS = 3
_DEMONSTRATIVES = {
    "fa": frozenset(["این", "آن", "همین", "همان", "چنین"]),
    "ar": frozenset(["هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين"]),
}
_BACK_NOUNS = {
    "fa": frozenset(
        ["موضوع", "مسئله", "مسأله", "امر", "اقدام", "کار", "تصمیم", "درخواست", "پیشنهاد",
         "خبر", "مطلب", "رویداد", "اتفاق", "حادثه", "روند"]
    ),
    "ar": frozenset(
        ["الأمر", "الموضوع", "المسألة", "الخطوة", "القرار", "الإجراء", "الطلب", "الاقتراح",
         "الخبر", "الحادث", "التطور"]
    ),
}  # fmt: skip


# How many words after a deleted Persian phrase its demonstrative may come («…، هدف از
# این اقدام را …»: the third).
BACK_POINTER_REACH = 4


def _points_back(after: str, lang: str) -> bool:
    """Does *after* open with a demonstrative pointing back at what was said before it
    («با این موضوع», «این امر», «على هذا الأمر»: ``_BACK_NOUNS``)?"""
    words = [_bare(w) for w in after.split()[:BACK_POINTER_REACH]]
    if words and words[0] in _PREPOSITIONS.get(lang, ()):
        words = words[1:]
    if lang != "fa":
        words = words[:2]
    return any(
        first in _DEMONSTRATIVES.get(lang, ()) and second in _BACK_NOUNS.get(lang, ())
        for first, second in itertools.pairwise(words)
    )


# A demonstrative standing for a country («این کشور», «هذا البلد»): after a deleted
# phrase of ``BACK_POINTED_WORDS`` words or more it may have pointed at the country the
# phrase named («در پی حمله‌های نظامیان پاکستانی …، وزارت خارجه افغانستان سفیر این کشور
# را احضار کرد» less the phrase says Afghanistan's envoy): the phrase stays.
COUNTRY_POINTERS = {
    "fa": ("این کشور", "آن کشور", "همین کشور", "همان کشور"),
    "ar": ("هذا البلد", "ذلك البلد", "هذه الدولة", "تلك الدولة", "هذه البلاد", "تلك البلاد"),
}
_COUNTRY_POINTER_RE = {
    lang: re.compile(r"(?:^|[\s«(])" + loose_any(words) + r"(?![\w\u200c])")
    for lang, words in COUNTRY_POINTERS.items()
}
# A day or a time of day names no country.
_TIME_CONSTITUENTS = frozenset(["fa-time", "ar-time"])


def _resumes_verb(before: str, after: str) -> bool:
    """Does *after* open with the word that opens the last clause of *before* (after its
    last comma): a verb said again after an aside, which without the aside stands
    twice in one clause?"""
    opening = re.split(r"[،,؛;:]", before)[-1].split()[:1]
    following = after.split()[:1]
    return bool(opening and following) and _bare(opening[0]) == _bare(following[0])


def _delete_span(
    text: str, span: tuple[int, int], lang: str, verb_last: bool, name: str = ""
) -> str | None:
    start, end = span
    if _needs_what_follows(text[:start], text[start:end], lang):
        return None
    if text[:start].split()[-1:] == ["و"]:
        return None  # «به دعوت X و | به منظور …،» less the phrase leaves «و» joining nothing
    pointer = _COUNTRY_POINTER_RE.get(lang)
    if (
        pointer
        and name not in _TIME_CONSTITUENTS
        and len(text[start:end].split()) >= BACK_POINTED_WORDS
        and pointer.search(text, end)
    ):
        return None  # «… سفیر این کشور»: the country may be the one the phrase names
    for q in _QUOTATION_RE.finditer(text):
        if q.start() < end and start < q.end() and not (start <= q.start() and q.end() <= end):
            return None  # inside a quotation, or taking part of one
    if len(text[start:end].split()) >= BACK_POINTED_WORDS and _points_back(text[end:], lang):
        return None  # «…، با این موضوع مخالفت کردند»: «این موضوع» points at the phrase
    after = text[end:].lstrip()
    if lang == "ar" and _resumes_verb(text[:start], after):
        return None  # «أعلن X، ROLE …، أعلن عن …» less the aside is «أعلن X أعلن عن»
    # «نشب صباح السبت، في …» less «صباح السبت» is «نشب، في …», not «نشب ، في …»
    joined = (text[:start].rstrip() + ("" if after[:1] in "،,؛;" else " ") + after).strip()
    joined = _DOUBLE_COMMA_RE.sub(" ", joined).strip(" ،,")
    if _list_follows(text[end:]) or not _whole(joined, lang, verb_last):
        return None
    return joined


# «در حالی که …،» ("while …"): an adjunct that is a whole clause.
_FA_WHILE_RE = re.compile("^" + loose_pattern("در حالی که") + r"\s")


def _fa_list_ahead(text: str, start: int) -> bool:
    """Is a comma after *start* (within ``FA_ADJUNCT_MAX`` characters) followed by a
    short list item (``_list_follows``), no verb, colon, «که» or stop before it?"""
    for comma in _FA_ADJUNCT_COMMA_RE.finditer(text, start, start + FA_ADJUNCT_MAX):
        segment = text[start : comma.start()]
        if re.search(r"[.:؛!؟?]|(?:^|\s)که(?:\s|$)", segment) or _fa_verb_word(segment):
            return False
        if _list_follows(text[comma.end() :]):
            return True
    return False


def _fa_verb_word(segment: str) -> bool:
    """Does *segment* hold a word that is surely a verb: a verb of ``_FA_VERB_WORDS``,
    one with «می»/«نمی» before it?  (No guess from the lemmatizer: an adjective in «ی»,
    «فرهنگی», may read as a verb.)"""
    for word in segment.split():
        bare = _bare(word)
        if bare in _FA_VERB_WORDS or bare.startswith(("می\u200c", "نمی\u200c")):
            return True
    return False


def _spans(name: str, m: re.Match[str], text: str) -> list[tuple[int, int]]:
    """The spans a match may delete: the match; for a Persian adjunct also the same
    opening run on to each later comma (``FA_ADJUNCT_MAX`` characters at most), since its
    first comma may be inside a list («با هدف A و B، C و D در استان، …»): the first span
    whose deletion leaves a whole clause not followed by a list item is taken."""
    spans = [m.span()]
    if (
        name == "fa-adjunct"
        and _FA_APPOSED_ROLE_RE.match(text, m.end())
        and not _fa_ends_with_verb(m.group().strip(" ،"))
    ):
        # «در دیدار با X، وزیر امور خارجه، …»: the role after the comma is X's, and goes
        # with it up to its own comma; with no comma before a verb or «که» its end is
        # unknown («… X، وزیر امور خارجه آن کشور پیشنهاد کرده است …»): nothing goes.
        # After a verb («در پی حمله‌ای که … منجر شد، سخنگوی …،») the role opens the
        # main clause: it is the subject.
        after = _FA_ADJUNCT_COMMA_RE.search(text, m.end())
        role = text[m.end() : after.start()].split() if after else []
        if not after or len(role) > FA_APPOSED_ROLE_WORDS or "که" in role:
            return []
        return [(m.start(), after.end())]
    if name == "fa-adjunct":
        for comma in _FA_ADJUNCT_COMMA_RE.finditer(text, m.end(), m.start() + FA_ADJUNCT_MAX):
            if _FA_ADJUNCT_STOP_RE.search(text, m.start(), comma.start()):
                break
            spans.append((m.start(), comma.end()))
        # «در نشست خبری … می گوید،»: a run ending on a verb of saying is the frame of a
        # statement, no adjunct
        spans = [(a, b) for a, b in spans if not _FA_SAYING_END_RE.search(text[a:b].rstrip(" ،"))]
        # «با هدف A، B در …، C، D و E برگزار شد»: a later comma of the same run inside a
        # list, no clause closed before it: the run's commas are the list's
        spans = [(a, b) for a, b in spans if not _fa_list_ahead(text, b)]
        if _FA_WHILE_RE.match(m.group()):
            # «در حالیکه A ادامه دارد و … به دلیل ترس از اخراج، B ندارند، …»: a clause of
            # its own, it runs to a comma after its verb
            spans = [(a, b) for a, b in spans if _fa_ends_with_verb(text[a:b].rstrip(" ،"))]
    return spans


# Nouns that make a conjunction with «که»: «زمانی که تکمیل شود،» ("once it is
# completed") is a clause of time or place, not a relative clause on «زمانی» ("at one
# time"): deleting «که …،» alone changes what the sentence says.
_FA_CONJUNCTION_NOUNS = frozenset(
    ["زمانی", "وقتی", "هنگامی", "موقعی", "روزی", "لحظه‌ای", "لحظهای", "حالی", "جایی", "آنجا"]
)


def _fa_relative_clauses(text: str, verb_last: bool) -> str:
    """Delete «که … <verb>،» after a noun (a relative clause closed by a comma): the
    main clause keeps its subject and its verb.  Not after a verb: «گفت که …» is the
    object clause, what was said; nor after a noun that makes a conjunction with «که»
    (``_FA_CONJUNCTION_NOUNS``)."""
    for m in _FA_RELATIVE_RE.finditer(text):
        before = text[: m.start()].strip()
        clause = m.group("clause")
        if not before or _fa_ends_with_verb(before) or not _fa_ends_with_verb(clause):
            continue
        if _FA_PERFECT_RE.match(_bare(before.split()[-1])) and _fa_takes_clause(before):
            continue  # «گفتهاند که …،»: a verb glued to its auxiliary, what was said
        if _bare(before.split()[-1]) in _FA_CONJUNCTION_NOUNS:
            continue
        if (joined := _delete_span(text, m.span(), "fa", verb_last)) is not None:
            return joined
    return text


def compress(sentence: str, lang: str, target: int = TITLE_MAX) -> str:
    """A shorter headline from *sentence* by deleting whole removable constituents
    (``COMPRESSIONS``, in order, each kept only when what remains is still a whole clause:
    ``_whole``) until it fits *target* characters.  The outlet's words and grammar stay:
    nothing is rewritten, nothing cut inside a constituent."""
    text = sentence.strip().rstrip(".").strip()
    verb_last = lang == "fa" and _fa_ends_with_verb(text)
    for name, pattern in COMPRESSIONS.get(lang, ()):
        if len(text) <= target:
            break
        if name == "fa-relative":
            text = _fa_relative_clauses(text, verb_last)
            continue
        changed = True
        while changed and len(text) > target:
            changed = False
            for m in pattern.finditer(text):
                if not _deletable(name, text, m):
                    continue
                for span in _spans(name, m, text):
                    if (joined := _delete_span(text, span, lang, verb_last, name)) is not None:
                        text, changed = joined, True
                        break
                if changed:
                    break
    return text


def _short(text: str, lang: str, limit: int, nominal: bool = False) -> str:
    """*text* whole when it fits *limit*; else compressed (``compress``), kept when it fits
    ``CLAUSE_SLACK`` more; still too long, the longest whole first clause of the
    compressed sentence up to that; else the compressed sentence when it fits ``TITLE_LONG``; else
    its first whole clause, however short; else the compressed sentence whole: a whole
    sentence is better than a cut one (the verb of a Persian clause is last)."""
    text = text.strip().rstrip(".").strip()
    if len(text) <= limit:
        return text
    short = compress(text, lang, limit)
    if len(short) <= limit:
        return short
    if clause := _clause_prefix(short, lang, limit, nominal=nominal):
        return clause
    if len(short) <= limit + CLAUSE_SLACK:
        return short
    if clause := _clause_prefix(short, lang, limit + CLAUSE_SLACK, nominal=nominal):
        return clause
    if len(short) <= TITLE_LONG:
        return short
    return _clause_prefix(short, lang, len(short), shortest=True, nominal=nominal) or short


# A bare date between the speaker and the verb, a day's number and a month's name with
# no «روز»/«در» before it («روابط عمومی ارتش پاکستان ۴ نوامبر با انتشار بیانیه‌ای
# اعلام کرد:»), says when, and ends the speaker.  Only after a speaker of this many
# words: a short name may be a date's («بنیاد ۱۵ خرداد», «کمیسیون ۱۱ سپتامبر»).
DATE_STOP_SUBJECT_WORDS = 3
_DAY_RE = re.compile(r"^\d{1,2}$")


def _day_and_month(word: str, after: list[str]) -> bool:
    if not after or not _DAY_RE.match(to_ascii_digits(word)):
        return False
    one = fold(after[0]).casefold()
    two = fold(" ".join(after[:2])).casefold()
    return any(w in _MONTHS_FOLDED or w in _JALALI_FOLDED for w in (one, two))


def _subject(clause: str, lang: str) -> tuple[str, str]:
    """(span, label) of who speaks at the start of *clause*: the span runs to the first
    word of time, place or manner (appositives after a comma included: «وزير الخارجية
    الإيراني، محمد جواد ظريف،»); the label is the span's first part, as written, without
    a Persian name's title.  ("", "") when the clause opens with a pronoun."""
    words = clause.replace("،", " ، ").replace(",", " , ").split()
    stops = _FA_SUBJECT_STOPS if lang == "fa" else _AR_SUBJECT_STOPS
    span: list[str] = []
    for i, word in enumerate(words):
        if word in stops:
            break
        if len(span) >= DATE_STOP_SUBJECT_WORDS and _day_and_month(word, words[i + 1 : i + 3]):
            break
        span.append(word)
    not_subject = _FA_NOT_SUBJECT if lang == "fa" else _AR_NOT_SUBJECT
    if not span or span[0] in not_subject:
        return "", ""
    label: list[str] = []
    for word in span:
        if word in "،," or (lang == "fa" and len(label) >= 2 and word in _FA_ROLE_WORDS):
            break
        label.append(word)
    if not SUBJECT_MIN_WORDS <= len(label) <= SUBJECT_MAX_WORDS:
        label = []
    return " ".join(w for w in span if w not in "،,"), " ".join(label)


def strip_attribution_opening(sentence: str) -> str:
    """*sentence* without an outlet's attribution opening (``ATTRIBUTION_OPENINGS``)."""
    for pattern in ATTRIBUTION_OPENINGS:
        sentence = pattern.sub("", sentence, count=1)
    return sentence.strip()


# A sentence that points back to one before it cannot open a page (an excerpt begun
# mid-article): a connective («في السياق،», «من جانبه،», «وبدوره،», «در همین حال،»), or
# in Arabic a demonstrative with a noun in its first words («وأدلى الوزير بهذا
# التصريح», «وفي هذا الاجتماع،»), not one of time («هذا الأسبوع»: today's).  In Persian
# only a demonstrative of an event or a count (``fa_points_back``: «مسئولیت این حملات
# را …»), not any nor «وی»: «با بیان این مطلب، اظهار داشت:» points at what follows, and
# on the Persian dev set the sentences after a lead opening «وی …», «این جلسه …» name
# the story less well than it (titles R2 0.057 -> 0.053).
_AR_BACK_CONNECTIVES = (
    "في السياق", "في هذا السياق", "في سياق متصل", "في سياق آخر", "في المقابل", "إلى ذلك",
    "الى ذلك", "من جهته", "من جهتها", "من جهتهم", "من جانبه", "من جانبها", "من جانبهم",
    "بدوره", "بدورها", "بدورهم",
)  # fmt: skip
_FA_BACK_CONNECTIVES = (
    "در همین حال", "در همین راستا", "در این راستا", "در این میان", "در ادامه", "از سوی دیگر",
)  # fmt: skip
# An Arabic sentence saying when or where the story before it happened: «جاء ذلك لدى
# لقاء …», «يأتي هذا في وقت …» (its «ذلك» is the story, not written in it).
_AR_BACK_OPENINGS = tuple(
    f"{verb} {pointer}"
    for verb in ("جاء", "جاءت", "يأتي", "تأتي", "يجيء")
    for pointer in ("ذلك", "هذا", "هذه", "تلك")
)
_BACK_CONNECTIVE_RE = {
    "ar": re.compile(
        r"^\W*(?:و|ف)?" + loose_any((*_AR_BACK_CONNECTIVES, *_AR_BACK_OPENINGS)) + r"(?=[\s،,])"
    ),
    "fa": re.compile(r"^\W*" + loose_any(_FA_BACK_CONNECTIVES) + r"(?=[\s،,])"),
}
_AR_TIME_NOUNS = (
    "الأسبوع|الاسبوع|العام|الشهر|اليوم|الأيام|الايام|السنة|المساء|الصباح|الليلة|الأثناء|الاثناء"
)
_AR_DEMONSTRATIVE_RE = re.compile(
    r"(?:^|\s)(?:و|ف)?(?:ب|ل|في\s+|وفي\s+)?(?:هذا|هذه|ذلك|تلك|هذين|هاتين|هؤلاء)\s+"
    rf"(?!(?:{_AR_TIME_NOUNS})(?:\s|$|[،,]))ال"
)
# A Persian sentence with an argument that stands for what a sentence before it told
# (``FA_BACK_POINTED_NOUNS`` after a demonstrative: «مسئولیت این حملات را بر عهده گرفت»,
# «از برگشت این تعداد … خبر داده است»), its noun not said earlier in the sentence
# nor another of the table («… برگزاری رویداد … هدف از این اقدام»: the event it stands
# for), and no clause before it in the sentence that may tell it
# (a verb, «که» or «را» before it: «مهاجمان … را کشته‌اند و … مسئولیت این حمله را …»).
# Only nouns of an event or a count: «این کشور» names the country said before it, «این
# هفته» is a time, «با بیان این مطلب» points at what follows.
FA_BACK_POINTED_NOUNS = (
    *("حمله", "حملات", "حمله‌ها", "حملهها", "تعداد", "حادثه", "حوادث", "حادثه‌ها"),
    *("رویداد", "رویدادها", "رویداد‌ها", "اقدام", "اقدامات", "اقدام‌ها", "انفجار"),
    *("انفجارها", "انفجار‌ها", "درگیری", "درگیری‌ها", "درگیریها"),
)
_FA_BACK_POINTED_FORMS = frozenset(FA_BACK_POINTED_NOUNS)
_FA_BACK_POINTER_RE = re.compile(
    r"(?:^|[\s«(])(?:این|آن|همین|همان)\s+(?P<noun>"
    + "|".join(map(re.escape, _BY_LENGTH(_FA_BACK_POINTED_FORMS)))
    + r")(?![\w\u200c])"
)


def fa_points_back(sentence: str) -> bool:
    """Does the Persian *sentence* hold a demonstrative argument pointing back
    (``FA_BACK_POINTED_NOUNS``), with no noun of the table, verb, «که» or «را» before it?"""
    m = _FA_BACK_POINTER_RE.search(sentence)
    if not m:
        return False
    head = sentence[: m.start()]
    before = {_bare(w) for w in head.split()}
    if before & {"که", "را"} or _fa_verb_word(head):
        return False  # the clause before may tell what the demonstrative stands for
    return not before & _FA_BACK_POINTED_FORMS


# How far into a sentence a demonstrative points back: the words before its verb and
# object («وأدلى وزير الخارجية الباكستاني بهذا التصريح» is the fifth).
BACK_REFERENCE_WORDS = 6
# How many of the first candidate sentences are tried for one that does not point back
# (an excerpt begun mid-article: ar 22's fourth); when all do, the first is taken.
TITLE_SENTENCES_TRIED = 5


def points_back(sentence: str, lang: str) -> bool:
    """Does *sentence* point back to an earlier one (see ``_BACK_CONNECTIVE_RE``)?"""
    if (connective := _BACK_CONNECTIVE_RE.get(lang)) and connective.match(sentence):
        return True
    if lang == "fa":
        return fa_points_back(sentence)
    if lang != "ar":
        return False
    first_clause = re.split(r"[،,:؛]", sentence, maxsplit=1)[0]
    head = " ".join(first_clause.split()[:BACK_REFERENCE_WORDS])
    return bool(_AR_DEMONSTRATIVE_RE.search(head))


# An Arabic sentence that gives the story's background, not its news: what something is
# held to be («ويعد افتتاح المعبر …»), a reminder («ويذكر أن …», «والجدير بالذكر أن …»),
# what had happened before («وكان الوزير قد …») or is planned («ومن المقرر أن …»).  The
# headline is made from the first sentence that states the news, when there is one.
# Their «و» goes with them («من المقرر أن …», «كان …» may open the news itself), save for
# a reminder's.
AR_BACKGROUND_OPENINGS = ("ومن المقرر", "ويعد", "وتعد", "وكان", "وكانت")
AR_REMINDER_OPENINGS = ("والجدير بالذكر", "جدير بالذكر", "يذكر أن", "يشار إلى أن")
_BACKGROUND_RE = {
    "ar": re.compile(
        r"^\W*(?:"
        + loose_any(AR_BACKGROUND_OPENINGS)
        + "|(?:و)?"
        + loose_any(AR_REMINDER_OPENINGS)
        + r")(?=[\s،,])"
    ),
}


def is_background(sentence: str, lang: str) -> bool:
    """Does *sentence* open as background (``AR_BACKGROUND_OPENINGS``)?"""
    pattern = _BACKGROUND_RE.get(lang)
    return bool(pattern and pattern.match(sentence))


# A bulleted line is an item of a list or a pull-quote («از میان متن» / «• …»), not the
# lead: a headline is built from it only when no other paragraph is there.
_BULLETED_RE = re.compile(r"^\s*[•·▪●◾■]")
# A paragraph closed by a semicolon is a kicker over the lead («در پی انتشار اخباری مبنی
# بر …؛»): the circumstance, its news in the paragraph after it.  Not the headline's
# sentence while another paragraph is there.
_KICKER_CLOSE_RE = re.compile(r"[؛;]\s*$")


def _first_sentence(lead: str | Sequence[str], lang: str, sources: Sequence[Source] | None) -> str:
    from akhbar.keypoints import candidate_sentences, strip_boilerplate

    paragraphs = [lead] if isinstance(lead, str) else list(lead)
    paragraphs = [p for p in paragraphs if not _BULLETED_RE.match(p)] or paragraphs
    paragraphs = [p for p in paragraphs if not _KICKER_CLOSE_RE.search(p)] or paragraphs
    found = candidate_sentences(paragraphs, lang, sources)
    standing: list[str] = []
    for i, sentence in enumerate(found[:TITLE_SENTENCES_TRIED]):
        if not points_back(sentence, lang):
            standing.append(sentence)
        elif i and lang == "fa" and fa_points_back(sentence):
            # «… ۵ هزار تن … وارد افغانستان شدند. | … از برگشت این تعداد … خبر داده است»:
            # the sentence before states what «این تعداد» stands for
            before = found[i - 1]
            if before not in standing and not fa_points_back(before):
                standing.append(before)
    news = (s for s in standing if not is_background(s, lang))
    if found:
        return next(news, standing[0] if standing else found[0])
    for paragraph in paragraphs:
        for sentence in split_sentences(paragraph):
            if stripped := strip_boilerplate(sentence, sources):
                return stripped
    return ""


# A page's Solar Hijri stamp printed before the lead, its weekday glued to the lead's first
# word («۱۳۹۰ اردیبهشت ۲۴, شنبهنمایندگان پارلمان …»): the date of the page, not the
# headline's first words.
# Its weekdays as a stamp writes them, with their ZWNJ or without.
_FA_GLUED_WEEKDAYS = (
    "سه‌شنبه",
    "سهشنبه",
    "چهارشنبه",
    "پنج‌شنبه",
    "پنجشنبه",
    "یکشنبه",
    "دوشنبه",
    "شنبه",
    "جمعه",
)
LEAD_STAMP_RE = re.compile(
    r"^[\d۰-۹]{4}\s+(?:"
    + "|".join(map(re.escape, JALALI_MONTH_NAMES))
    + r")\s+[\d۰-۹]{1,2}\s*[,،]\s*(?:"
    + "|".join(map(re.escape, _FA_GLUED_WEEKDAYS))
    + r")\s*"
)


# A dateline of one word, its outlet or its place, or a known place of more
# (``DATELINE_PLACES``: «اسلام آباد»), set off by a spaced dash at the lead's start («وطن
# – فاجأ الوزير …», «غزة – …»): never the headline's first words, nor its speaker.  Not
# when another dash follows: «الوزير – في تصريح – يصل …» sets off an aside.
LEAD_DATELINE_RE = re.compile(
    r"^(?:" + loose_any(DATELINE_PLACES) + r"|[^\W\d_]+)\s+[-–—]\s+(?=\S)(?![^.؟!]*\s[-–—]\s)"
)

# A known place (``DATELINE_PLACES``) with the credit of its wire in brackets after it,
# no dash, at the lead's start («إسلام آباد (وكالات) حط …», «كابل (رويترز) …»): the
# dateline, never the headline's first words.
DATELINE_CREDIT_WORDS = 3
LEAD_CREDIT_DATELINE_RE = re.compile(
    r"^(?:"
    + loose_any(DATELINE_PLACES)
    + rf")\s*\((?:\s*[^\W\d_]+){{1,{DATELINE_CREDIT_WORDS}}}\s*\)\s*[-–—:]?\s*(?=\S)"
)

# A Persian date opening the lead, set off by its comma, a weekday before it and the
# other calendar's date in brackets after it («روز دوشنبه، ۲۴ بهمن (۱۳ فوریه)، دیوان
# عالی …»): when the story happened, never the headline's first words.
_FA_MONTH_NAMES = "|".join(
    map(re.escape, _BY_LENGTH(m for m in (*JALALI_MONTH_NAMES, *MONTH_NAMES) if not m.isascii()))
)
_FA_LEAD_DATE_RE = re.compile(
    rf"^(?:(?:روز\s+)?(?:{_FA_WEEKDAYS})\s*،?\s*)?[\d۰-۹]{{1,2}}\s+(?:{_FA_MONTH_NAMES})"
    r"(?:\s+(?:ماه\s+)?[\d۰-۹]{4})?(?:\s*\([^()]{2,30}\))?\s*،\s*(?=\S)"
)


# An outlet's credit opening the lead, set off by a bullet before it: the outlet's name
# and «ووكالات» ("and agencies"), «* العلم الإلكترونية ووكالات أفاد مصدر …».  Who
# reports, never the headline's first words; not agencies of a name after them
# («وكالات الأمم المتحدة»).
_AR_CREDIT_OPENING_RE = re.compile(
    rf"^[*•▪●]\s*(?:{_NAME_WORD}\s+){{1,3}}و\s*" + loose_pattern("وكالات") + r"\s*[-–—:،]?\s+(?!ال)"
)


# A Persian connective setting the sentence against one before it («این در حالی است که
# …», "this while …"): never a headline's first words; the clause after it states the news.
FA_CONTRAST_OPENINGS = ("این در حالی است که", "این در حالی بود که", "این در حالیست که")
_FA_CONTRAST_OPENING_RE = re.compile(r"^\W*" + loose_any(FA_CONTRAST_OPENINGS) + r"\s+(?=\S)")


# The «أن» an agency's formula leaves when it goes with its comma («أفادت وكالة مهر، أن
# الوزير …»): the reported clause is the headline, never a clause opening on «أن».
_AR_LEFT_THAT_RE = re.compile(r"^(?:بأن|أن)\s+(?=\S)")


# A participle of saying ending the words before «أن» («… مشيرة إلى | أن …»): the «أن»
# clause is what the participle adds, not what the sentence's verb reports.
_AR_PARTICIPLE_THAT_RE = re.compile(rf"(?:^|\s){_AR_PARTICIPLE}(?:\s+(?:إلى|الى))?$")


# Quotation marks and the mark that closes each.
_QUOTE_CLOSES = {'"': '"', "«": "»", "“": "”"}


def _unclosed_quotation(text: str) -> int:
    """Where the outermost quotation that *text* opens and never closes starts, or -1."""
    stack: list[tuple[str, int]] = []
    for i, char in enumerate(text):
        if stack and char == _QUOTE_CLOSES[stack[-1][0]]:
            stack.pop()
        elif char in _QUOTE_CLOSES:
            stack.append((char, i))
    return stack[0][1] if stack else -1


def _quotation_closed(first: str, lead: str | Sequence[str]) -> str:
    """*first* when it closes every quotation it opens; else the sentence run on to the
    quotation's closing mark in *lead* when that fits ``TITLE_MAX`` («كتب ترامب: "بعد
    محادثات طويلة.. سعيد بالإعلان …"»: the «..» inside the quotation ended the sentence
    there); else the clause before the quotation when it is one (``CLAUSE_MIN_WORDS``);
    else the sentence with its whole quotation, however long; else *first* (no closing
    mark found).  A title never ends inside an open quotation it could close: the words cut
    there may misstate what was said; an article always has a title."""
    opened = _unclosed_quotation(first)
    if opened < 0:
        return first
    inside = first[opened + 1 :].strip().rstrip(".").strip()
    close = _QUOTE_CLOSES[first[opened]]
    whole = ""
    for paragraph in [lead] if isinstance(lead, str) else lead:
        at = paragraph.find(inside) if inside else -1
        end = paragraph.find(close, at + len(inside)) if at >= 0 else -1
        if end >= 0:
            whole = first[: opened + 1] + paragraph[at : end + 1]
            if _unclosed_quotation(whole) >= 0:
                whole = ""
            elif len(whole) <= TITLE_MAX:
                return whole
            break
    before = first[:opened].rstrip(" :،,").strip()
    if len(before.split()) >= CLAUSE_MIN_WORDS and _unclosed_quotation(before) < 0:
        return before
    return whole or first


def title_from_lead(
    lead: str | Sequence[str],
    lang: str,
    speaker: Callable[[str], str],
    sources: Sequence[Source] | None = None,
) -> str:
    """Build a headline from the lead (chain in the module docstring).

    *lead* is the lead paragraph, or the first paragraphs (a disclaimer or a dateline
    line before the lead is skipped), free of the agency formula; *speaker* maps a
    clause to the display name of the person it names, or ""; *sources*: the agencies
    whose formulas are stripped (default: the shipped knowledge).
    """
    first = strip_attribution_opening(_first_sentence(lead, lang, sources))
    first = _quotation_closed(first, lead)
    first = LEAD_STAMP_RE.sub("", first, count=1)
    first = LEAD_CREDIT_DATELINE_RE.sub("", first, count=1)
    first = LEAD_DATELINE_RE.sub("", first, count=1)
    if lang == "fa":
        first = _FA_LEAD_DATE_RE.sub("", first, count=1)
        first = _FA_CONTRAST_OPENING_RE.sub("", first, count=1)
        # «موج-مدیر راه‌آهن …»: the agency glued to the first word is the dateline
        if glued := FA_GLUED_DATELINE_RE.match(first):
            first = first[glued.end() :]
    if lang == "ar":
        first = _AR_CREDIT_OPENING_RE.sub("", first, count=1)
        first = _AR_LEADING_AND_RE.sub("", first)
        first = _AR_LEFT_THAT_RE.sub("", first, count=1)
    if not first:
        return ""
    match = (_FA_SAID_RE if lang == "fa" else _AR_SAID_RE).match(first)
    if match and lang == "ar" and _AR_INNER_CLAUSE_RE.search(match.group("x")):
        match = None  # «أعلن X …، مشيرا إلى أن Y»: Y is not what the verb reports
    if match and lang == "ar" and _AR_PARTICIPLE_THAT_RE.search(match.group("x")):
        match = None  # «أكدت X عزم … مشيرة إلى أن Y»: Y is the participle's second statement
    if match and lang == "ar" and (":" in match.group("x") or not _balanced(match.group("x"))):
        match = None  # «قال X: "نشكر …، ونؤكد أن Y"»: that «أن» is inside the quotation
    if match:
        span, label = _subject(match.group("x"), lang)
        name = (speaker(span) if span else "") or label
        statement = match.group("y").strip()
        nominal = lang == "ar" and not match.groupdict().get("pronoun")
        if statement and not _SUBORDINATE_RE.match(statement):
            if name:
                return f"{name}: {_short(statement, lang, TITLE_MAX - len(name) - 2, nominal)}"
            title = _short(first, lang, TITLE_MAX)
            whole_x = lang == "ar" and not _AR_CLAUSE_RE.search(match.group("x") + " ")
            if whole_x and _cut_before(title, first[: match.start("y")], statement):
                # «أعلن رئيس الدائرة العامة … | بأن …»: the cut dropped what was said
                if span and len(span.split()) <= SPEAKER_SPAN_MAX_WORDS:
                    limit = TITLE_MAX - len(span) - 2
                    return f"{span}: {_short(statement, lang, limit, nominal)}"
                return compress(first, lang, TITLE_MAX).strip().rstrip(".").strip()
            return title
    return _short(first, lang, TITLE_MAX)


# A speaker's words up to the first of time or place, named in a title when the office is
# too long for a label (``SUBJECT_MAX_WORDS``) and the cut of the sentence drops what he
# said: «رئيس الدائرة العامة لادارة الطرق والنقل البري: …».
SPEAKER_SPAN_MAX_WORDS = 8
CUT_CHECK_WORDS = 3


def _cut_before(title: str, before: str, statement: str) -> bool:
    """Does *title* end among the words before what was said (*before*) and hold none of
    *statement*'s first words?"""
    said = " ".join(statement.split()[:CUT_CHECK_WORDS])
    last = " ".join(title.split()[-CUT_CHECK_WORDS:])
    return bool(last) and last in " ".join(before.split()) and said not in title
