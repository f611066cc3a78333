"""The agency an article comes from, the agency it quotes, and the attribution
boilerplate removed from its lead.

Fallback chain of ``find_attribution`` for the publisher (first that names a known
source wins):

1. a known outlet and a colon or a dash opening one of the first three paragraphs
   («رادیوفردا: محمد مرزیه …», «آفتاب‌نیوز :», «فرارو- نخست وزیر …»), a line of a place
   and a known outlet («إسلام آباد- سكاي نيوز عربية») or of a known outlet and its desk
   («ملفات سوريا (متابعات)»), or an attribution formula at the start of one of them (a
   headline or summary lead often comes before it; the earliest paragraph wins, and a
   label line of the page, «سیاست», «کد خبر: ۵۶۶۵۵۶», is not counted among the three):
   «به گزارش خبرگزاری مهر،», «به گزارش سرویس بین الملل خبرگزاری صدا و سیما، از اسلام
   آباد،», a dateline «إيران برس - إيران:», «ذكرت وكالة X،» («وأفادت وكالة X،» in the
   first paragraph), «ISLAMABAD (Reuters) -», «دبي، الإمارات العربية المتحدة (CNN)—»,
   «تهران - ایرنا -», «كابول - (د ب أ)», «اسلام اباد/ 23 حزيران/ يونيو/ ارنا -»,
   «طهران - أ ش أ أدان …» (spaced initials), «إسلام أباد 9 يوليو 2015 (شينخوا) وصفت …»,
   «OUTLET- PLACE- …»; a dateline's place before the formula, «کویته: به گزارش X،»;
   «به گزارش افغان نیوز:» (a colon after a name ending with a press word).  A
   one-word alias that is a month's name, beside a day, a year or a weekday, is the
   month («جمعه ۳۰ مهر ۱۳۹۵»: not Mehr News);
   then «به گزارش X» without its comma («به گزارش خبرگزاری فارس دستور جلسات ... اعلام
   شد.»), the outlet starting within its first three words;
2. an agency the page credits outside the text (a closing «المصدر:» line, a byline «…
   │خبرگزاری رویترز»), or a source line among the last two paragraphs: «المصدر:
   الوفاق/وكالات», «منبع: ایرنا», «Source: Dawn», «منبع تسنیم» (a known name, whole);
   when the opening names a publisher, known or not («به گزارش شهرآرانیوز؛ …»), that
   agency is the one quoted instead (``via``), as after «به نقل از»;
3. the outlet's own interview in one of the first three paragraphs: «در گفت‌وگو با
   خبرنگار فارس», «به خبرنگار ایرنا گفت» (not when a formula named an outlet not in
   sources.yml: the interview is one it retells).  An agency named as the one spoken to,
   «در گفت‌وگو با خبرگزاری فارس اظهار داشت», «في حديث لوكالة …», «told Reuters», is
   not the publisher: another outlet retells that interview as often as the agency
   reports its own;
4. a short credit line as the last paragraph («این گزارش را خبرگزاری تسنیم منتشر
   کرد») naming a source of two words or more (single-word aliases such as مهر, فارس,
   العربية are ordinary words too, so only the formulas above may use them), and not
   as the one spoken to («… در گفت‌وگو با خبرگزاری فارس گفت: …»); not when a formula
   named an outlet not in sources.yml (the publisher is that outlet), nor when the line
   opens with a formula itself («به گزارش بی.بی.سی اردو، شخصی …», a page cut after it:
   another outlet the text quotes);
5. a formula naming an outlet that is not in sources.yml, or an outlet's credit line
   «NAME – متابعة» over the text: ("", name as written); a name opening with a
   quantifier or a plural common noun («به گزارش رسانه‌های ایران،») is no outlet;
6. ("", "").

The paragraphs are the text's, from the first after the headline and the page chrome
(``fields.structure``): a formula opening the last paragraph of a longer text retells
another outlet («به گزارش الجزیره، …» closing a reprinted analysis) and is not read.

An agency merely named in the text («حسب مراسل وكالة فرانس برس», «به گزارش خبرگزاری
رویترز» in mid-sentence) is never the publisher: the formulas are anchored at the start
of a paragraph, and steps 3 and 4 need the outlet's own reporter or a credit line.

A known agency credited for a claim of the first paragraphs («…، وفق ما ذكرته وكالة
الأناضول.», «… حسب وكالة خاما برس …», «، حسب "رويترز".», «بر اساس گزارش شین‌هوا،»)
is the agency quoted (``via``) when no other is, and so is a known agency speaking in
mid-paragraph («وقالت وكالة إرنا … إن …») or spoken to («… لوكالة فرانس برس»): the
publisher retells it, and whether it reprints the agency's copy or quotes it the text
does not say.  A publisher found keeps none of these for its quoted agency.

The quoted agency (``via``): in a formula «به گزارش فارس به نقل از خبرگزاری فرانسه،» or
«ذكرت وكالة تسنيم نقلا عن وكالة رويترز،» the publisher is the part before «به نقل از» /
«نقلا عن» and the quoted agency the known source the part after starts with (a ministry
or anything not in sources.yml is not recorded).  The quoted agency is never taken for
the publisher.

Formulas are a regex table compiled once; each rule is commented.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import NamedTuple

from akhbar.actors import AR_WEEKDAYS, GIVEN_NAMES, Token, longest_name, name_prefixes, tokenize
from akhbar.model import Source
from akhbar.text import fold, loose_any, loose_pattern

_DASH = r"[ـ\-–—]"  # tatweel is used as a dash in «اهلبیت(ع) ـ ابنا ـ»
_COMMAS = "،,٬"
# Every class of commas below holds «،», «,» and «٬» (U+066C, the Arabic thousands
# separator, typed for a comma: «به گزارش رادیو فردا٬ واسی خان، سخنگوی …»).

# «أفاد مراسل وكالة X،»: the agency's own correspondent reports, as «به گزارش خبرنگار X».
_AR_REPORTED = (
    r"(?:ذكرت|أفادت|افادت|أوردت|اوردت|نقلت|وفقا\s+ل|وفقاً\s+ل|بحسب"
    r"|(?:أفاد|افاد|ذكر)\s+مراسل\s+)\s*"
    r"(?P<name>(?:وكالة|وکالة|صحيفة|قناة|موقع)\s+[^،٬,:\n]{2,40}?)"
)
_AR_REPORTED_COMMA = _AR_REPORTED + r"\s*[،٬,]\s*"
LEAD_FORMULAS: tuple[re.Pattern[str], ...] = (
    # Persian «به گزارش <desk> <agency>،» («به‌گزارش» with a ZWNJ too) with an optional
    # «ـ abbreviation ـ» and an optional «از <place>،» dateline of one or two words («از
    # سوی/جمله/این» open a sentence instead); «؛» closes them as a comma does.
    re.compile(
        rf"^\s*به[\s\u200c]+گزارش\s+(?P<name>[^،٬,؛:\n]+?)\s*(?:{_DASH}\s*(?P<abbr>[^ـ\-–—،٬,\s][^ـ\-–—،٬,\n]{{0,30}}?)\s*{_DASH}|[،٬,؛])\s*"
        r"(?:از\s+(?!سوی|جمله|این|آن)[^\s،٬,؛]+(?:\s+[^\s،٬,؛]+)?\s*[،٬,؛]\s*)?"
    ),
    # Arabic «ذكرت/أفادت/أوردت/نقلت وكالة X،» and «وفقا لوكالة X،» (comma-closed);
    # with «و» before the verb («وأفادت وكالة مهر للأنباء، أنه …») only in the text's
    # first paragraph (``find_attribution``): further on it retells another outlet.
    # The same with «أن» and no comma after the name («وأفادت وكالة مهر للانباء ان …»):
    # the name is its words before the «أن».
    re.compile(
        r"^\s*(?:و(?=ذكرت|أفادت|افادت|أوردت|اوردت|نقلت))?"
        + _AR_REPORTED
        + r"(?:\s*[،٬,]\s*|\s+(?=(?:أن|ان|إن|بأن|بان)\s))"
    ),
    # The same with the name in quotation marks, which close it: no comma needed
    # («ونقلت وكالة “فرانس برس” عن محامي الدفاع …»).
    re.compile(
        r"^\s*(?:و(?=ذكرت|أفادت|افادت|أوردت|اوردت|نقلت))?"
        r"(?:ذكرت|أفادت|افادت|أوردت|اوردت|نقلت|وفقا\s+ل|وفقاً\s+ل|بحسب)\s*"
        r"(?P<name>(?:وكالة|وکالة|صحيفة|قناة|موقع)\s+[“\"«][^“”\"«»\n]{2,40}[”\"»])\s*[،٬,]?\s*"
    ),
    # Wire dateline «ISLAMABAD (Reuters) -», «(CNN)--».
    re.compile(r"^\s*(?:[A-Z][A-Za-z .,'-]{0,40})?\((?P<name>[^)\n]{2,40})\)\s*[-–—]+\s*"),
    # The same dateline after a place in another script: «دبي، الإمارات العربية المتحدة
    # (CNN)—», «طهران، إيران (CNN) --» (place up to six words).  «الأمم المتحدة (يونيسف) -»
    # has the same shape, so the name must be a known source or carry a press word.
    re.compile(
        r"^\s*(?P<place>[^\s()\-–—:.]+(?:[\s،٬,]+[^\s()\-–—:.،٬,]+){0,5})[\s،٬,]*"
        r"\((?P<name>[^)\n]{2,40})\)\s*[-–—]+\s*"
    ),
    # Dateline «<agency> - <place>:» (agency up to four words, place up to three).  A
    # headline «ایران - پاکستان: ...» has the same shape, so this rule only applies when the
    # agency is a known source or carries a press word (see _PRESS_WORD_RE).
    re.compile(
        r"^\s*(?P<name>[^\s:\-–—()]+(?:\s+[^\s:\-–—()]+){0,3})\s+[-–—]\s+"
        r"(?P<place>[^\s:\-–—()]+(?:\s+[^\s:\-–—()]+){0,2})\s*:\s*"
    ),
)
# Datelines that name the agency between the place and the text, guarded as the two
# above: «تهران - ایرنا - » («دهلی نو-ایرنا-» unspaced), «كابول - (د ب أ)» (a line of
# its own, or before the text), «فيينا – أ ب، رويترز - » (two agencies, the first named
# the publisher),
# «اسلام اباد/ 23 حزيران/ يونيو/ ارنا - » (place, day and month in one to four «/» parts,
# spaces allowed after the slashes).
DATELINE_FORMULAS: tuple[re.Pattern[str], ...] = (
    re.compile(
        r"^\s*[^\s\-–—:،٬,/()]+(?:\s+[^\s\-–—:،٬,/()]+)?\s*[-–—]\s*"
        r"(?P<name>[^\-–—\n:،٬,()]{2,50}?(?:\s*[،٬,]\s*[^\-–—\n:،٬,()]{2,30}?)?)\s*[-–—]+\s*(?=\S)"
    ),
    re.compile(
        r"^\s*[^\s\-–—:،٬,/()]+(?:\s+[^\s\-–—:،٬,/()]+)?\s*[-–—]\s*"
        r"\((?P<name>[^()\n]{2,40})\)\s*(?:[-–—]+\s*|$)"
    ),
    re.compile(
        r"^\s*[^\s/\d:،٬,]+(?:\s+[^\s/\d:،٬,]+)?\s*/\s*\d{1,2}\s*[^/\n\-–—]{2,25}"
        r"(?:\s*/\s*[^/\n\-–—]{2,25}){0,3}?\s*/\s*(?P<name>[^/\n\-–—]{2,30}?)\s*[-–—]+\s*"
    ),
    # A place, the agency in brackets and the republishing outlet's name (one or two
    # words, glued to the bracket or not) before a colon: «اسلام اباد (ا ف ب)الفجرنيوز:».
    re.compile(
        r"^\s*[^\s()\-–—:.،٬,]+(?:\s+[^\s()\-–—:.،٬,]+){0,2}\s*"
        r"\((?P<name>[^()\n]{2,40})\)\s*[^\W\d_]{2,30}(?:\s+[^\W\d_]{2,30})?\s*:\s*(?=\S)"
    ),
    # A place (one to three words), a dash (a spaced tatweel too) and the agency before a
    # colon (a dash may follow it): «اسلام اباد ـ ا.ف.ب: قُتل …», «طهران-فارس:- هنأ …»;
    # on a line of its own too, a known source's name alone (``lead_formula``):
    # «إسلام أباد - أ ف ب:».
    re.compile(
        r"^\s*[^\s\-–—ـ:.،٬,/()]+(?:\s+[^\s\-–—ـ:.،٬,/()]+){0,2}\s*(?:[-–—]|(?<=\s)ـ+)\s*"
        r"(?P<name>[^\-–—ـ\n:،٬,()]{2,30}?)\s*:\s*(?:[-–—]+\s*)?(?=\S|$)"
    ),
)
# The same Arabic formula as the lead is stripped of it (``strip_attribution``), without
# the «و»: the title drops «وأفادت وكالة X، أنه» with its «أنه» as it drops «وقالت
# وكالة X إن» (``fields.ATTRIBUTION_OPENINGS``).
_AR_REPORTED_RE = re.compile(r"^\s*" + _AR_REPORTED_COMMA)
# Formulas that take a name only when it is an agency (see _is_agency).
_GUARDED = frozenset({LEAD_FORMULAS[4], LEAD_FORMULAS[5], *DATELINE_FORMULAS})
# «به گزارش «نود اقتصادی» مزیت …»: the outlet in guillemets, no comma needed after it
# (the marks close the name).
REPORT_QUOTED_RE = re.compile(r"^\s*به[\s\u200c]+گزارش\s+«(?P<name>[^«»\n]{2,40})»\s*[،٬,؛]?\s*")
# «به گزارش افغان نیوز: بر اساس …»: the formula closed by a colon, when the name (one to
# three words) ends with a press word; any other colon may close a speaker's words
# («به گزارش ایسنا وزیر نیرو اظهار داشت:», where a known name is read by its words).
REPORT_PRESS_COLON_RE = re.compile(
    r"^\s*به[\s\u200c]+گزارش\s+(?P<name>(?:[^\s،٬,؛:«»]+\s+){0,2}[^\s،٬,؛:«»]*"
    r"(?:نیوز|نيوز|پرس|برس|آنلاین|news|press))\s*:\s*(?=\S)",
    re.IGNORECASE,
)
LEAD_FORMULAS = (REPORT_QUOTED_RE, *LEAD_FORMULAS, *DATELINE_FORMULAS, REPORT_PRESS_COLON_RE)
# «به نقل از» / «نقلا عن» inside a formula's name: the publisher before, the quoted after.
_FA_VIA = r"(?:به[\s\u200c]*نقل[\s\u200c]*از|بنقل[\s\u200c]*از)"
_VIA_RE = re.compile(rf"\s*(?:{_FA_VIA}|نقلا\s*عن|نقلاً\s*عن|citing)\s*")
# The outlet's own interview: «در گفت‌وگو با خبرنگار (سیاسی) فارس», «به خبرنگار ایرنا
# گفت».  «با/به» + reporter (a desk may be glued to it: «خبرنگارسیاسی»); the outlet is
# looked for in the next words.  An agency itself named as the one spoken to («در
# گفت‌وگو با خبرگزاری فارس اظهار داشت») may be another outlet's interview retold: it is
# not the publisher.
_INTERVIEW_RE = re.compile(r"(?:^|\s)(?:با|به)\s+خبرنگار(?P<rest>[^،٬,:.؛\n]{1,80})")
# «به گزارش خبرگزاری فارس دستور جلسات ... اعلام شد.»: the formula without its comma.  Its
# end is unknown, so it is not stripped; the outlet must start within the first words.
_OPENING_RE = re.compile(r"^\s*به[\s\u200c]+گزارش\s+")
# «خبرگزاری برنا از کرمانشاه», «ایرنا از منابع خبری پاکستان»: the place or the sources
# after a known outlet («از» and what follows) are not part of its name.
_PLACE_RE = re.compile(r"\s+از\s")
OPENING_WORDS = 3  # «خبرنگار جامعه فارس»: a desk of up to two words before the outlet
INTERVIEW_WORDS = 3  # the outlet starts within the first three words after «خبرنگار»
# A last paragraph of at most this many words may be a credit line («این گزارش را
# خبرگزاری تسنیم منتشر کرد» is 6); a longer one is text that may name any agency.
CREDIT_LINE_WORDS = 10
# An agency named as the one spoken to: «در گفت‌وگو با خبرگزاری فارس», «به خبرگزاری
# فرانسه گفت», «في حديث لوكالة …», «told Reuters».  A short last paragraph naming one so
# is a statement, no credit.
_INTERVIEWED_RE = re.compile(
    r"گفت[\s\u200c]*و?[\s\u200c]*گو\s+با|مصاحبه\s+با|(?:^|\s)به\s+خبرگزار[یي]"
    r"|(?:حديث|حوار|مقابلة|تصريحات?)\s+(?:مع\s+|ل)"
    r"|\b(?:told|interview\s+with|speaking\s+to)\b",
    re.IGNORECASE,
)
# A formula's name longer than this (a formula closed by the first comma of its sentence)
# is replaced by the known name found in it, and dropped when none is found.
MAX_WRITTEN_WORDS = 6
# «الإخباري», «الإخبارية»: a news site's or channel's name («الوكيل الإخباري -»).
_PRESS_WORD_RE = re.compile(
    r"برس|پرس|نيوز|نیوز|خبرگزاری|وكالة|وکالة|أنباء|انباء|إخبارية?|اخبارية?"
    r"|آنلاین|أونلاين|press|news|agency|\btv\b",
    re.IGNORECASE,
)
# A formula's name opening with a quantifier names no outlet: «به گزارش یکی از
# خبرگزاری‌های معتبر،» ("one of the reputable agencies"), «به گزارش برخی رسانه‌ها،»; nor
# one opening with a plural common noun, «به گزارش رسانه‌های ایران،» ("Iran's media"),
# «به گزارش منابع محلی،», «به گزارش خبرگزاری‌ها،» (the ZWNJ often lost: «رسانههای»),
# a demonstrative before it too: «به گزارش این رسانه‌های پاکستان،» (the ones just named).
_GENERIC_PLURALS = (
    r"(?:(?:رسانه|خبرگزار[یي]|روزنامه|سا[یي]ت|پا[یي]گاه|نشر[یي]ه)[\s\u200c]*ها(?:[یي])?"
    r"|منابع|مطبوعات)"
)
_GENERIC_NAME_RE = re.compile(
    r"^(?:"
    + "|".join(
        loose_pattern(w)
        for w in ("یکی از", "برخی از", "برخی", "بعضی از", "بعضی", "تعدادی از", "چند", "یک")
    )
    + r")\s|^(?:(?:این|آن|همین|همان)\s+)?"
    + _GENERIC_PLURALS
    + r"(?:\s|$)"
)
# Desk words before the agency name: «سرویس بین الملل خبرگزاری X» -> «خبرگزاری X».
_DESK_RE = re.compile(
    r"^(?:سرویس|گروه|خبرنگار|دبیرخانه|بخش|حوزه)\b.*?\s+(?=خبرگزاری|روزنامه|پایگاه|شبکه|سایت|باشگاه)"
)
# A source line «المصدر: الوفاق/وكالات», «منبع: ایرنا», «Source: Dawn» (a full-width colon
# too), a credit line «برگرفته شده از: سایت بی بی سی» ("taken from"): the one pattern for
# the structure (a closing source line is evidence, not text), the publisher (step 2) and
# the key points (never a point).
SOURCE_LABEL = (
    r"(?:المصدر|المصادر|مصدر|منبع|منابع|Source|"
    + loose_pattern("برگرفته شده از")
    + "|"
    + loose_pattern("برگرفته از")
    + ")"
)
SOURCE_LINE_RE = re.compile(rf"^\s*{SOURCE_LABEL}\s*[:：]\s*(?P<name>.+?)\s*$", re.IGNORECASE)
# «منبع تسنیم», «المصدر الأناضول»: the same line with no colon; the rest of the line
# must be a known source's name, whole (``source_line_name``).
_BARE_SOURCE_LINE_RE = re.compile(r"^\s*(?:المصدر|منبع)\s+(?P<name>[^\s:：][^:：\n]{1,40}?)\s*$")
_END_SPLIT_RE = re.compile(r"\s*[/،٬,+|]\s*")
LEAD_WINDOW = 3  # paragraphs searched for a lead formula
# A line of at most this many words of letters is a label of the page, not one of the
# ``LEAD_WINDOW`` paragraphs («سیاست», «پخش زنده», «کد خبر: ۵۶۶۵۵۶», «تاریخ انتشار:
# ۱۵:۳۸ - ۱۷ مرداد ۱۴۰۱», a dateline line «تهران - ایرنا -»): it is read, and the window
# goes on past it to the text's own paragraphs.
LABEL_WORDS = 3
_LETTER_WORD_RE = re.compile(r"[^\W\d_]+")
END_WINDOW = 2  # paragraphs searched for a source line
MAX_NAME_WORDS = 8  # longest source name, in words («خبرگزاری جمهوری اسلامی (ایرنا)» is 4)


# Months named as an outlet is («مهر»: Mehr News; «میزان»: Mizan, and a month of
# Afghanistan's calendar): the one word beside a day, a year, a weekday or «ماه» is the
# month («جمعه ۳۰ مهر ۱۳۹۵ - ۱۰:۳۷», «مهر ماه»), never the outlet.  Solar Hijri months,
# Iranian and Afghan.
MONTHS = (
    "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی",
    "بهمن", "اسفند", "حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس",
    "جدی", "دلو", "حوت",
)  # fmt: skip
WEEKDAYS = ("شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه")
_MONTH_WORDS = frozenset(t.text for m in MONTHS for t in tokenize(m))
# «به گزارش روز پنجشنبه ایرنا،»: the day the outlet reported on, no part of its name.
_DAY_RE = re.compile(
    r"^(?:(?:امروز|روز)\s+)?" + loose_any(WEEKDAYS) + r"(?:\s+(?:شب|صبح|عصر|ظهر))?\s+(?=\S)"
)
# «به گزارش روزنامه «بزنس ریکاردر» روز شنبه،», «ذكرت وكالة X يوم السبت،»: the day
# after the name ends it, no part of it: a weekday after «روز», «يوم» and the like (a
# weekday alone or «امروز» alone may close a name: «… امروز»).
_DAY_AFTER_RE = re.compile(
    r"\s+(?:(?:امروز|روز|دیروز|صبح|عصر|ظهر|بامداد|شامگاه)\s+"
    + loose_any(("پنج شنبه", "سه شنبه", *WEEKDAYS))
    + r"(?:\s+(?:شب|صبح|عصر|ظهر|گذشته))?"
    + r"|(?:روز|شب)\s+گذشته|دیروز"
    + r"|(?:يوم|اليوم|مساء|صباح)\s+"
    + loose_any(AR_WEEKDAYS)
    + r"(?:\s+(?:الماضي|الماضية))?)\s*$"
)
_WEEKDAY_WORDS = frozenset(t.text for d in (*WEEKDAYS, "ماه") for t in tokenize(d))


def _is_month(toks: Sequence[Token], start: int, end: int) -> bool:
    """Is the name found at tokens *start*..*end* a month's (``MONTHS``): one word, a
    number, a weekday or «ماه» beside it?"""
    if end - start != 1 or toks[start].text not in _MONTH_WORDS:
        return False
    near = (toks[k].text for k in (start - 1, end) if 0 <= k < len(toks))
    return any(word.isdigit() or word in _WEEKDAY_WORDS for word in near)


class _Index(NamedTuple):
    names: dict[str, tuple[str, int]]  # joined folded name -> (slug, number of words)
    prefixes: frozenset[str]  # every start of a joined name


@cache
def _index(sources: tuple[tuple[str, tuple[str, ...]], ...]) -> _Index:
    names: dict[str, tuple[str, int]] = {}
    for slug, written in sources:
        for name in written:
            words = tokenize(name)
            if words:
                names["".join(w.text for w in words)] = (slug, len(words))
    return _Index(names, name_prefixes(names))


def _source_index(sources: Iterable[Source]) -> _Index:
    key = tuple(
        (s.slug, tuple(n for n in (s.names.fa, s.names.ar, s.names.en, *s.aliases) if n))
        for s in sources
    )
    return _index(key)


def _lookup(
    text: str, index: _Index, min_words: int = 1, starts: int | None = None
) -> tuple[str, str]:
    """The longest source name in *text* (the first of the longest) starting at one of
    the first *starts* tokens (all when None): (slug, as written), or ("", "")."""
    toks = tokenize(text)
    best: tuple[int, str, str] = (0, "", "")
    for i in range(len(toks) if starts is None else min(len(toks), starts)):
        last = min(len(toks), i + MAX_NAME_WORDS)
        found = longest_name(
            toks[i].text, toks, i, last, index.names, index.prefixes, lambda e: e[1] >= min_words
        )
        if found and found[0] - i > best[0] and not _is_month(toks, i, found[0]):
            end, (slug, _words) = found
            best = (end - i, slug, text[toks[i].start : toks[end - 1].end])
    return best[1], best[2]


def _is_agency(name: str, sources: Iterable[Source] | None) -> bool:
    if _PRESS_WORD_RE.search(name):
        return True
    return sources is not None and bool(_lookup(name, _source_index(sources))[0])


_QUOTE_MARKS_RE = re.compile(r"[“”\"]")


def lead_formula(
    paragraph: str, sources: Iterable[Source] | None = None
) -> tuple[re.Match[str] | None, str]:
    """The attribution formula opening *paragraph* and the agency as written."""
    for pattern in LEAD_FORMULAS:
        m = pattern.match(paragraph)
        if not m:
            continue
        # «وكالة “فرانس برس”»: the marks around a part of the name are no part of it
        name = _QUOTE_MARKS_RE.sub("", m.group("name")).strip()
        name = _DESK_RE.sub("", _DAY_AFTER_RE.sub("", _DAY_RE.sub("", name)))
        if pattern in _GUARDED and not _is_agency(name, sources):
            continue
        # on a line of its own («إسلام أباد - أ ف ب:») only a known source's name: a
        # site's address and name over the text («SHIA-NEWS.COM شیعه نیوز:») is none
        if (
            pattern is DATELINE_FORMULAS[-1]
            and not paragraph[m.end() :].strip()
            and (sources is None or not _is_name(name, _source_index(sources)))
        ):
            continue
        abbr = m.groupdict().get("abbr")
        return m, f"{name} ـ {abbr.strip()}" if abbr else name
    return None, ""


class Attribution(NamedTuple):
    source: str  # slug of the publisher, "" when unknown
    name: str  # the publisher as written ("" when none is named)
    via: str  # slug of the agency the publisher quotes, "" when none


def _first_name(text: str, index: _Index, starts: int) -> tuple[str, str]:
    """The source name starting earliest among the first *starts* tokens of *text* (the
    longest there): (slug, as written), or ("", "")."""
    toks = tokenize(text)
    for i in range(min(len(toks), starts)):
        last = min(len(toks), i + MAX_NAME_WORDS)
        found = longest_name(toks[i].text, toks, i, last, index.names, index.prefixes)
        if found and not _is_month(toks, i, found[0]):
            end, (slug, _words) = found
            return slug, text[toks[i].start : toks[end - 1].end]
    return "", ""


def _split_via(name: str, index: _Index) -> tuple[str, str]:
    """(publisher part, slug of the quoted agency) of a formula's name.  «به نقل از»
    counts only within the formula's first words (MAX_WRITTEN_WORDS): further on it
    belongs to the sentence («... دستور جلسات را به نقل از رئیس کمیسیون ...»)."""
    m = _VIA_RE.search(name)
    if not m or len(tokenize(name[: m.start()])) > MAX_WRITTEN_WORDS:
        return name, ""
    return name[: m.start()].strip(), _first_name(name[m.end() :], index, 1)[0]


_VIA_AFTER_RE = re.compile(rf"^\s*{_FA_VIA}\s+")


def _quoted_via(rest: str, index: _Index) -> str:
    """The known agency «به نقل از X» names at the start of *rest* (the words after a
    formula whose name is in guillemets, «به گزارش «تابناک» به نقل از ایرنا،»), or ""."""
    m = _VIA_AFTER_RE.match(rest)
    return _first_name(rest[m.end() :], index, 1)[0] if m else ""


def _publisher(name: str, index: _Index) -> tuple[str, str]:
    """(slug, as written) of a formula's publisher part: the name as the formula wrote
    it when it is short, else the known name found in it.  The name that starts first
    wins: «ایرنا خبرگزاری فرانسه اعلام کرد» is IRNA's, whatever it goes on to name."""
    slug, written = _first_name(name, index, MAX_NAME_WORDS)
    end = name.find(written) + len(written) if slug else -1
    if end > 0 and written.count("(") > written.count(")") and name.startswith(")", end):
        # «خبرگزاری دانشجویان ایران(ایسنا)-منطقه خراسان»: the bracket closes the name
        end += 1
        written = name[name.find(written) : end]
    if end > 0 and _PLACE_RE.match(name, end):
        name = name[:end]
    if len(tokenize(name)) <= MAX_WRITTEN_WORDS:
        return slug, name
    return slug, written


def _before_person(name: str) -> str:
    """An unknown outlet's *name* as written, up to the given name (``GIVEN_NAMES``) it
    runs on into: «به گزارش راهبرد معاصر منیر اکرم، نماینده …» (no comma after the
    outlet) names «راهبرد معاصر»; "" when the name opens with one.  Not before a press
    word: «حسن نیوز» may be the outlet's own name."""
    for tok in tokenize(name):
        if fold(tok.text) in GIVEN_NAMES and not _PRESS_WORD_RE.search(name, tok.start):
            return name[: tok.start].strip()
    return name


# «به نقل از خبرگزاری رویترز، …» opening a paragraph, no «به گزارش» before it: the
# text retells that agency; the publisher is not named.
_VIA_OPENING_RE = re.compile(
    r"^\s*(?:به[\s\u200c]*نقل[\s\u200c]*از|بنقل[\s\u200c]*از)\s+(?P<name>[^،٬,؛:\n]{2,40}?)\s*[،٬,؛]"
)


# «أنه», «ان» opening the words after an Arabic formula.
_THAT_WORDS = frozenset(fold(w) for w in ("أن", "أنه", "ان", "انه", "إن", "إنه", "بأن", "بانه"))
RESTATED_WORDS = 3


def _restates(lead: str, rest: str) -> bool:
    """Whether *rest* (the words after a formula, past an «أنه») opens with the first
    ``RESTATED_WORDS`` words of *lead*: the text's summary lead said again after its own
    formula («أدان المتحدث باسم الخارجية …» / «وأفادت وكالة مهر للأنباء، انه أدان
    المتحدث باسم الخارجية …»)."""
    words = [t.text for t in tokenize(rest)]
    if words and fold(words[0]) in _THAT_WORDS:
        words = words[1:]
    opening = [t.text for t in tokenize(lead)][:RESTATED_WORDS]
    return len(opening) == RESTATED_WORDS and words[:RESTATED_WORDS] == opening


def _interview(paragraph: str, index: _Index) -> tuple[str, str]:
    for m in _INTERVIEW_RE.finditer(paragraph):
        slug, written = _first_name(m.group("rest"), index, INTERVIEW_WORDS)
        if slug:
            return slug, written
    return "", ""


def _lead_window(paragraphs: list[str]) -> list[str]:
    """The first paragraphs, up to the ``LEAD_WINDOW``-th that is no label line."""
    window: list[str] = []
    counted = 0
    for paragraph in paragraphs:
        if counted == LEAD_WINDOW:
            break
        window.append(paragraph)
        counted += len(_LETTER_WORD_RE.findall(paragraph)) > LABEL_WORDS
    return window


# «عصرايران - اعلن …», «فرارو- نخست وزیر …»: a known outlet and a dash opening the text
# (more than a label's words after it: «العالم ـ إيران» may be a section and a country);
# «إسلام آباد- سكاي نيوز عربية», «أنقرة/ الأناضول»: a line of a place (one to three
# words), a dash or a slash and a known outlet, nothing else; «ملفات سوريا (متابعات)»: a line of a known outlet and its
# desk in brackets (one or two words), nothing else.
_OUTLET_DESK_LINE_RE = re.compile(
    r"^(?P<name>[^()\n]{2,40}?)\s*\(\s*[^\s()]+(?:\s+[^\s()]+)?\s*\)$"
)
_OUTLET_DASH_RE = re.compile(
    r"^(?P<name>[^\s\-–—ـ:؛،٬,]+(?:\s+[^\s\-–—ـ:؛،٬,]+){0,2})(?:\s*[-–—]+|\s+ـ+)\s*(?P<rest>\S.*)$"
)
_PLACE_OUTLET_RE = re.compile(
    r"^(?P<place>[^\s\-–—:؛،٬,/]+(?:\s+[^\s\-–—:؛،٬,/]+){0,2})\s*(?:[-–—]+|/)\s*"
    r"(?P<name>[^\-–—:؛/\n]{2,40}?)\s*$"
)
# «العالم - إيران», «العالم ـ آسیا»: the text's first line of a known outlet (one word
# will do), a dash and its desk, a country or a region (``OUTLET_LINE_PLACES``), nothing
# else: the outlet's own dateline.  Not further on, nor before any other word
# («العالم - رياضة» may be a page's section).
OUTLET_LINE_PLACES = (
    "إيران", "ايران", "ایران", "باكستان", "پاکستان", "أفغانستان", "افغانستان", "العراق",
    "عراق", "سوريا", "سوریه", "لبنان", "فلسطين", "فلسطین", "اليمن", "یمن", "الهند", "هند",
    "الصين", "چین", "روسيا", "روسیه", "تركيا", "ترکیه", "آسيا", "آسیا", "أوروبا", "اروپا",
    "أمريكا", "آمریکا", "أفريقيا", "آفریقا", "الخليج", "خاص", "خاص بالعالم", "متابعة",
    "مراسلون", "وكالات", "عربستان", "عربستان سعودی", "السعودية",
)  # fmt: skip
_OUTLET_PLACE_LINE_RE = re.compile(
    r"^(?P<name>[^\s\-–—ـ:؛،٬,]+(?:\s+[^\s\-–—ـ:؛،٬,]+){0,2})\s*(?:[-–—]+|(?<=\s)ـ+)\s*"
    + loose_any(OUTLET_LINE_PLACES)
    + r"\s*$"
)


def _outlet_place_line(paragraph: str, index: _Index) -> tuple[str, str]:
    """(slug, as written) of a first line «OUTLET - PLACE» (``_OUTLET_PLACE_LINE_RE``)."""
    m = _OUTLET_PLACE_LINE_RE.match(paragraph.strip())
    name = m.group("name").strip() if m else ""
    if not name or _name_end(name, 0, index) != len(name):
        return "", ""
    return _first_name(name, index, 1)[0], name


# «د ب أ- الأمة برس»: a line of the agency credited, a dash and the republishing
# outlet's name (one to three words, nothing else).
_AGENCY_OUTLET_RE = re.compile(
    r"^(?P<name>[^\-–—:؛،٬,\n]{2,40}?)\s*[-–—]+\s*[^\s\-–—:؛،٬,]+(?:\s+[^\s\-–—:؛،٬,]+){0,2}\s*$"
)


def _outlet_opening(paragraph: str, index: _Index) -> tuple[str, str]:
    """(slug, as written) of a known outlet opening *paragraph* with a colon
    («رادیوفردا: محمد مرزیه …», «آفتاب‌نیوز :») or a dash before the text
    (``_OUTLET_DASH_RE``), or on a line of its own after a place or before its desk
    (``_PLACE_OUTLET_RE``, ``_OUTLET_DESK_LINE_RE``: a name of two words or more, or
    with a press word; a one-word alias may be an ordinary word, «العالم ـ إيران»; any
    known name after a dateline's place, ``DATELINE_PLACES``: «إسلام آباد-سانا»), or
    on a line of its own before a dash and the outlet that republishes it
    (``_AGENCY_OUTLET_RE``: «د ب أ- الأمة برس»); else ("", "")."""
    m = _OUTLET_COLON_RE.match(paragraph)
    if not m and (m := _OUTLET_DASH_RE.match(paragraph)):
        m = m if len(_LETTER_WORD_RE.findall(m["rest"])) > LABEL_WORDS else None
    if m:
        lines = [m]
    else:
        line = paragraph.strip()
        found = (
            _PLACE_OUTLET_RE.match(line),
            _OUTLET_DESK_LINE_RE.match(line),
            _AGENCY_OUTLET_RE.match(line),
        )
        lines = [f for f in found if f]
    for match in lines:
        name = match.group("name").strip()
        if not name or _name_end(name, 0, index) != len(name):
            continue
        if (
            match is not m
            and len(tokenize(name)) < 2
            and not _PRESS_WORD_RE.search(name)
            and not (match.re is _PLACE_OUTLET_RE and _DATELINE_PLACE_RE.match(match["place"]))
        ):
            continue
        return _first_name(name, index, 1)[0], name
    return "", ""


def _via_of(slug: str, window: list[str], sources: Sequence[Source], index: _Index) -> str:
    """The agency a formula of *window* says publisher *slug* quotes («به گزارش پایگاه
    خبری «عصربازار» به نقل از ایرنا،» after «عصر بازار- …»), or ""."""
    for paragraph in window:
        m, name = lead_formula(paragraph, sources)
        if m:
            publisher, via = _split_via(name, index)
            if via and _publisher(publisher, index)[0] == slug:
                return via
    return ""


# «… باز میگردد.به گزارش ایلنا، …»: a formula glued to the full stop before it opens a
# paragraph whose break the page lost.
_GLUED_REPORT_RE = re.compile(r"(?<=[.!?؟])(?=به[\s\u200c]+گزارش\s)")


# «سفیر پاکستان … دیدار کرد. به گزارش خبرگزاری X، …»: the text's first paragraph, a
# summary sentence and the formula opening the next one (a paragraph break the page
# lost).  Only its second sentence: further on the formula retells another outlet; not
# after a dash opening the sentence (another outlet's or a place's dateline).
_LEAD_REPORT_RE = re.compile(r"^([^.!?؟\n]{2,400}[.!?؟])\s+(?=به[\s\u200c]+گزارش\s)")


def _split_lead_report(paragraphs: list[str]) -> list[str]:
    """*paragraphs* with the text's first one (the first of more than ``LABEL_WORDS``
    words) split before a formula opening its second sentence (``_LEAD_REPORT_RE``)."""
    for i, paragraph in enumerate(paragraphs):
        if len(_LETTER_WORD_RE.findall(paragraph)) > LABEL_WORDS:
            # «پیام خراسان - وزیر … گفت. به گزارش خبرگزاری X، …»: an outlet's or a
            # place's dash opening the sentence, the formula names whom it quotes
            if (m := _LEAD_REPORT_RE.match(paragraph)) and not _OUTLET_DASH_RE.match(m[1]):
                return [*paragraphs[:i], m[1], paragraph[m.end() :], *paragraphs[i + 1 :]]
            break
    return paragraphs


def source_line_name(line: str, sources: Sequence[Source] | None = None) -> str | None:
    """The name a source line gives («منبع: ایرنا» -> «ایرنا»; «منبع تسنیم» -> «تسنیم»
    when the rest of the line is a known source's name, whole: *sources*, default the
    shipped ones), else None."""
    if m := SOURCE_LINE_RE.match(line):
        return m["name"]
    if (m := _BARE_SOURCE_LINE_RE.match(line)) and _is_name(m["name"], _index_of(sources)):
        return m["name"]
    return None


def _credited(credits: Iterable[str], index: _Index) -> tuple[str, str]:
    """(slug, part as written) of the first known source *credits* name («الوفاق/وكالات»
    is read part by part), or ("", "")."""
    for credit in credits:
        for part in _END_SPLIT_RE.split(credit):
            slug, _ = _lookup(part, index)
            if slug:
                return slug, part
    return "", ""


def find_attribution(
    paragraphs: list[str], sources: Iterable[Source], credits: Sequence[str] = ()
) -> Attribution:
    """The publisher (slug, as written) and the quoted agency: see the module docstring.
    *paragraphs*: the text's paragraphs in order (from the first after the headline);
    *credits*: the agencies the page credits outside them (a closing «المصدر: …» line's
    name, a byline's agency).

    A publisher the text's opening names («به گزارش شهرآرانیوز؛ …», known or not) and a
    known agency a closing source line or the page credits («منبع تسنیم») are both
    shown, as «به گزارش X به نقل از Y» is: the agency credited is the one quoted, the
    report the publisher took (unless a formula named that already)."""
    sources = tuple(sources)
    index = _index_of(sources)
    named = [
        name
        for p in reversed(paragraphs[-END_WINDOW:])
        if (name := source_line_name(p, sources)) is not None
    ]
    credited = _credited((*credits, *named), index)
    found = _find_attribution(paragraphs, sources, index, credited)
    slug = credited[0]
    if slug and not found.via and (found.source or found.name) and found.source != slug:
        return Attribution(found.source, found.name, slug)
    return found


def _find_attribution(
    paragraphs: list[str],
    sources: tuple[Source, ...],
    index: _Index,
    credited: tuple[str, str],
) -> Attribution:
    """``find_attribution`` before the agency credited is taken for the one quoted:
    *credited* is (slug, part as written) of the first known source the page credits
    or a closing source line names (``_credited``), or ("", "")."""
    paragraphs = [part for p in paragraphs for part in _GLUED_REPORT_RE.split(p)]
    paragraphs = _split_lead_report(paragraphs)
    unknown = ("", "")
    window = _lead_window(paragraphs)
    first = next((p for p in window if len(_LETTER_WORD_RE.findall(p)) > LABEL_WORDS), "")
    slug, written = _outlet_place_line(paragraphs[0], index) if paragraphs else ("", "")
    if slug:
        return Attribution(slug, written, _via_of(slug, window, sources, index))
    if paragraphs and (written := _followup_outlet(paragraphs[0])):
        unknown = (written, "")
    for paragraph in window:
        slug, written = _outlet_opening(paragraph, index)
        if not slug:
            slug, written = _dateline_opening(paragraph, index)
        if slug:
            return Attribution(slug, written, _via_of(slug, window, sources, index))
        # «کویته: به گزارش …»: a dateline's place before the formula
        if place := _PLACE_REPORT_RE.match(paragraph):
            paragraph = paragraph[place.end() :]
        m, name = lead_formula(paragraph, sources)
        if (
            m
            and paragraph is not first
            and m.group(0).lstrip().startswith("و")
            and not _restates(first, paragraph[m.end() :])
        ):
            # «ونقلت وكالة X عن …» after the lead: another outlet retold, the agency quoted
            slug = _first_name(name, index, 1)[0]
            if slug and not unknown[1]:
                unknown = (unknown[0], slug)
            m = None
        if m:
            publisher, via = _split_via(name, index)
            if not via and m.re is REPORT_QUOTED_RE:
                # «به گزارش «تابناک» به نقل از ایرنا از …،»: the quoted agency after the marks
                via = _quoted_via(paragraph[m.end() :], index)
            slug, written = _publisher(publisher, index)
            if slug:
                return Attribution(slug, written, via)
            written = _before_person(written)
            if not unknown[0] and written and not _GENERIC_NAME_RE.match(written):
                unknown = (written, via)
            elif not unknown[1] and via:
                unknown = (unknown[0], via)
        elif not unknown[1] and (v := _VIA_OPENING_RE.match(paragraph)):
            slug, written = _first_name(v.group("name"), index, 1)
            if slug and written == v.group("name").strip():
                unknown = (unknown[0], slug)
    for paragraph in window:
        if place := _PLACE_REPORT_RE.match(paragraph):
            paragraph = paragraph[place.end() :]
        m = _OPENING_RE.match(paragraph)
        if m and not unknown[0]:
            publisher, via = _split_via(paragraph[m.end() :], index)
            slug, written = _first_name(publisher, index, OPENING_WORDS)
            if slug:
                return Attribution(slug, written, via)
            # «به گزارش راز نیوز به نقل از ایرنا سید عباس …»: an unknown outlet quoting
            # a known one, no comma after either
            publisher = _before_person(publisher) if via else ""
            if publisher and not _GENERIC_NAME_RE.match(publisher):
                unknown = (publisher, via)
    if credited[0] and not unknown[0]:
        return Attribution(*credited, "")
    for paragraph in window:
        # Another agency's interview reported by a publisher already named is not the
        # publisher's («به گزارش رادیو فردا، X به خبرگزاری فرانسه گفته که …»).
        slug, written = _interview(paragraph, index) if not unknown[0] else ("", "")
        if slug:
            return Attribution(slug, written, "")
    last = paragraphs[-1] if paragraphs and not unknown[0] else ""
    if last and (_OPENING_RE.match(last) or lead_formula(last, sources)[0]):
        last = ""  # a later formula names whom the text quotes, not its publisher
    if last and len(tokenize(last)) <= CREDIT_LINE_WORDS and not _INTERVIEWED_RE.search(last):
        slug, written = _lookup(last, index, min_words=2)
        if slug:
            return Attribution(slug, written, "")
    if not unknown[1]:
        unknown = (unknown[0], _credited_agency(window, index))
    return Attribution("", *unknown)


def find_source(paragraphs: list[str], sources: Iterable[Source]) -> tuple[str, str]:
    """(source slug, agency name as written): see the module docstring for the chain."""
    found = find_attribution(paragraphs, sources)
    return found.source, found.name


# --- Attribution stripped from a sentence ------------------------------------------------
#
# ``strip_attribution`` removes what the publisher wrote around the news, not the news: the
# agency formula opening a lead, a wire dateline, an agency tail.  Unlike ``lead_formula``
# (which finds the publisher and may take a whole clause for its name), it keeps a subject
# written before the formula's comma («به گزارش خبرگزاری فارس دومین نمایشگاه …، …»), so
# an agency is recognised by its names in sources.yml, not by its position.

_ANY_DASH = r"[ـ\-–—]"  # a tatweel, or in display form «–», is a dash too
_DASHES = "-–—"
_NAME_SPAN = 64  # characters searched for a source name (the longest is 40)


def _name_end(text: str, pos: int, index: _Index) -> int:
    """Where the longest source name starting at *pos* of *text* ends, or -1.  Names are
    matched on folded tokens, as ``find_attribution`` matches them: whole words, any
    spelling of ی/ک, with or without the spaces of «صدا و سیما»."""
    toks = tokenize(text[pos : pos + _NAME_SPAN])
    if not toks or toks[0].start:
        return -1
    last = min(len(toks), MAX_NAME_WORDS)
    found = longest_name(toks[0].text, toks, 0, last, index.names, index.prefixes)
    return pos + toks[found[0] - 1].end if found and not _is_month(toks, 0, found[0]) else -1


def _is_name(text: str, index: _Index) -> bool:
    """Is *text*, whole, a source name?"""
    return "".join(t.text for t in tokenize(text)) in index.names


def is_source_name(text: str, sources: Sequence[Source] | None = None) -> bool:
    """Is *text*, whole, the name of a known source (*sources*, default the shipped ones)?"""
    return _is_name(text, _index_of(sources))


_REPORT_RE = re.compile(rf"^{loose_pattern('به گزارش')}\s+", re.IGNORECASE)
_WORD = r"[^\s،٬,:.؛|]+"  # one word: no space and no clause punctuation
# Desk words before the agency, tried in this order: «سرویس بین الملل خبرگزاری X»,
# «خبرنگار حج و زیارت خبرگزاری X» (a desk of up to three words), «خبرنگار اقتصادی X»,
# «خبرنگار X», «پایگاه خبری X»; then none.
_REPORTER = rf"(?:{loose_pattern('خبرنگار')}|{loose_pattern('پایگاه خبری')})\s+"
_REPORT_DESK_RES = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"(?:(?:{loose_pattern('سرویس')}|{loose_pattern('خبرنگار')})\s+(?:{_WORD}\s+){{0,3}})?"
        rf"{loose_pattern('خبرگزاری')}\s+",
        rf"{_REPORTER}{_WORD}\s+",
        _REPORTER,
    )
)
# The provincial centres of IRIB, as its datelines name them («خبرگزاری صداوسیما مرکز
# خراسان رضوی،»): the provinces, and the centres named after a city or a region.
# Only these: after the formula's comma «مرکز آمار ایران …» is the sentence's subject.
PROVINCIAL_CENTRES = (
    "آذربایجان شرقی", "آذربایجان غربی", "اردبیل", "اصفهان", "البرز", "ایلام", "بوشهر",
    "تهران", "چهارمحال و بختیاری", "خراسان جنوبی", "خراسان رضوی", "خراسان شمالی",
    "خوزستان", "زنجان", "سمنان", "سیستان و بلوچستان", "فارس", "قزوین", "قم", "کردستان",
    "کرمانشاه", "کرمان", "کهگیلویه و بویراحمد", "گلستان", "گیلان", "لرستان", "مازندران",
    "مرکزی", "هرمزگان", "همدان", "یزد", "خلیج فارس", "کیش", "مهاباد", "آبادان", "سهند",
    "اراک",
)  # fmt: skip
_CENTRE = (
    rf"{loose_pattern('مرکز')}\s+(?:{loose_pattern('استان')}\s+)?"
    + loose_any(sorted(PROVINCIAL_CENTRES, key=len, reverse=True))
    + r"(?![\w\u200c])"
)
# After the agency: its abbreviation in brackets not part of the known name
# («خبرگزاری صداوسیما (ایریب)»); at most eight words of place or second source («از
# قزوین به نقل از روابط عمومی اداره کل …»; never the article's subject) or a provincial
# centre or the desk's province (below); the comma (or the end of a text cut at it);
# then a provincial centre after it («صدا و سیما ، مرکز خراسان رضوی، »), or «از <place>، » («از سوی دیگر،», «از جمله …» open the sentence instead).
# The desk's province: «به گزارش خبرنگار تابناک استان خراسان رضوی، »: «استان»,
# «شهرستان» or «منطقه» and at most ``DESK_PLACE_WORDS`` words, before the formula's comma
# (after it the place is the sentence's subject).  Only after a reporter's or a desk's
# word or «خبرگزاری» (``_REPORT_DESK_RES``), and not when what follows the comma opens on
# a word of the predicate (``PREDICATE_OPENINGS``: «به گزارش خبرنگار X استان Y، امروز
# شاهد …» has no subject but the province): then the place is left in the sentence.
DESK_PLACE_WORDS = 3
_DESK_PLACE = "|".join(loose_pattern(w) for w in ("استان", "شهرستان", "منطقه"))
PREDICATE_OPENINGS = (
    "امروز", "دیروز", "امشب", "دیشب", "فردا", "روز", "شب", "صبح", "بامداد", "عصر", "ظهر",
    "شاهد", "نیز", "هم", "همچنین", "اکنون", "هم اکنون", "در", "با", "به", "از", "برای",
)  # fmt: skip
_PREDICATE_OPENING_RE = re.compile(
    loose_any(sorted(PREDICATE_OPENINGS, key=len, reverse=True)) + r"(?![\w\u200c])"
)
_REPORT_CLOSE_RE = re.compile(
    r"(?:\s*\([^()\n]{1,30}\))?"
    rf"(?:\s*$|\s+{_CENTRE}(?:\s*$|\s*[،٬,:؛]\s*)|(?:\s+(?:{loose_pattern('از')}|{loose_pattern('به نقل از')}|{loose_pattern('در')})"
    rf"(?:\s+{_WORD}){{1,8}}?|(?P<place>\s+(?:{_DESK_PLACE})(?:\s+{_WORD}){{1,{DESK_PLACE_WORDS}}}))?\s*[،٬,:؛]\s*"
    rf"(?:{_CENTRE}\s*[،٬,]\s*"
    rf"|از\s+(?!سوی|جمله|این|آن){_WORD}(?:\s+{_WORD})?\s*[،٬,]\s*)?)"
)
# A provincial centre standing alone, the formula's comma before it: what is left of
# «به گزارش خبرگزاری صدا و سیما ، مرکز خراسان رضوی، …» cut at its commas.
CENTRE_RE = re.compile(rf"^\s*{_CENTRE}\s*$")
_BARE_CLOSE_RE = re.compile(r"\s*[،٬,:؛]?\s*")
_CLOSING_BRACKET_RE = re.compile(r"\s*\)")
# «به گزارش خبرگزاری اهلبیت(ع) ـ ابنا ـ »: up to the first dash, then a known name.
_ABBREVIATION_OPEN_RE = re.compile(
    rf"^{loose_pattern('به گزارش')}\s+[^ـ\-–—،٬,\n]{{1,40}}?\s*{_ANY_DASH}\s*"
)
_ABBREVIATION_CLOSE_RE = re.compile(rf"\s*{_ANY_DASH}?\s*")
# «به گزارش خبرنگار ما، »: any other short attribution closed by a comma (not a colon:
# «به گزارش ایسنا وزیر نیرو اظهار داشت:» keeps its speaker).
_REPORT_GENERIC_RE = re.compile(rf"^{loose_pattern('به گزارش')}(?:\s+{_WORD}){{1,4}}\s*[،٬,؛|]\s*")
# «خبرگزاری فارس: » (Fars standfirsts).
_AGENCY_COLON_RE = re.compile(rf"^{loose_pattern('خبرگزاری')}\s+{_WORD}(?:\s+{_WORD})?\s*:\s*")
# «ذكرت وكالة الأنباء الإيرانية، », «وفقا لوكالة X، »: the agency, closed by a comma (the
# publisher's formula of ``LEAD_FORMULAS``): ``_AR_REPORTED_RE``.
# «إيران برس - إيران: », «ایرنا - تهران: »: after a known agency, a place.
_PLACE_CLOSE_RE = re.compile(r"\s*[-–—]\s*[^:\n]{1,20}:\s*")
# «دبي، الإمارات العربية المتحدة (CNN) -- », «Tehran (IRNA) - »: a known agency in
# parentheses, or a Latin acronym followed by a dash («(CNC) --», a misprint).
_DATELINE_RE = re.compile(
    r"^[^()\n]{0,60}\((?:[A-Z]{2,5}\)\s*[-–—]+|(?P<name>[^()\n]{1,60})\)\s*[-–—]*)\s*"
)
_LATIN_NAME_RE = re.compile(r"^[A-Za-z0-9 .&'-]+$")
# «به گزارش خبرنگار تابناک استان خراسان رضوی، », «به گزارش اسپوتنیک به نقل از خبرگزاری
# تسنیم، »: an outlet not in sources.yml, known by its shape up to the first comma: a
# reporter's or a desk's word, the outlet's one word and at most a province or a place
# («استان …», «از …», «در …»); or «به نقل از» within its first words.  A subject written
# before the comma («به گزارش خبرنگار X دومین نمایشگاه …،») has neither shape: kept.
_OUTLET_WORD = "|".join(
    loose_pattern(w)
    for w in ("خبرنگار", "سرویس", "گروه", "پایگاه", "خبرگزاری", "روزنامه", "سایت", "شبکه")
)
_PLACE_WORD = "|".join(loose_pattern(w) for w in ("استان", "شهرستان", "از", "در"))
# A desk before the outlet word lets the outlet's name run to three words: «به گزارش بخش
# بین الملل خبرگزاری خاورمیانه، », «به گزارش گروه بین الملل از روزنامه اردو زبان اوصاف، ».
_DESK_WORD = "|".join(loose_pattern(w) for w in ("بخش", "سرویس", "گروه", "حوزه"))
_REPORT_OUTLET = (
    rf"(?:{_DESK_WORD})(?:\s+{_WORD}){{1,2}}\s+(?:{loose_pattern('از')}\s+)?"
    rf"(?:{_OUTLET_WORD})(?:\s+{_WORD}){{1,3}}"
    rf"|(?:{_OUTLET_WORD})\s+{_WORD}(?:\s+(?:{_PLACE_WORD})(?:\s+{_WORD}){{1,3}})?"
)
# The second source after the first: «… به نقل از پایگاه خبری شبکه العالم، », closed by a
# colon too when it is short («به گزارش ملت ایران به نقل از پرداد: »); a longer run
# before a colon may hold the speaker («… به نقل از رویترز ظریف گفت: »).
VIA_COLON_WORDS = 2
_VIA = rf"\s+{loose_pattern('به نقل از')}"
_REPORT_OUTLET_RE = re.compile(
    rf"^{loose_pattern('به گزارش')}\s+(?:"
    rf"(?:{_REPORT_OUTLET})\s*[،٬,؛|]"
    rf"|(?:{_REPORT_OUTLET}|(?:{_DESK_WORD})(?:\s+{_WORD}){{1,5}}?|(?:{_WORD}\s+){{0,2}}{_WORD})"
    rf"{_VIA}(?:(?:\s+{_WORD}){{1,6}}?\s*[،٬,؛|]|(?:\s+{_WORD}){{1,{VIA_COLON_WORDS}}}\s*:)"
    r")\s*"
)
# «به گزارش ايرنا، به نقل از اين تارنما، »: a second source chained to a report formula
# just removed (``strip_attribution`` removes it only then: opening a sentence of its own,
# «به نقل از X،» says whose claim the sentence is).
_VIA_CHAIN_RE = re.compile(rf"^{loose_pattern('به نقل از')}(?:\s+{_WORD}){{1,4}}\s*[،٬,؛]\s*")
# «به گزارش ایرنا خبرگزاری جمهوری اسلامی، »: the agency's full name right after its short
# one (no comma between), to the comma: part of the credit.  Removed only when the words
# are a known source's name; «به گزارش ایرنا، خبرگزاری فارس، …» names the subject.
APPOSED_NAME_WORDS = 5
_APPOSED_NAME_RE = re.compile(
    rf"^(?P<name>{_WORD}(?:\s+{_WORD}){{0,{APPOSED_NAME_WORDS - 1}}})\s*[،٬,]\s*"
)
# «بازار؛ گروه بین الملل: »: an outlet, «؛», its desk, a colon.
_OUTLET_DESK_RE = re.compile(
    rf"^[^؛:\n]{{2,40}}?\s*؛\s*(?:{loose_pattern('گروه')}|{loose_pattern('سرویس')})\s+[^:؛\n]{{2,30}}?\s*:\s*"
)
# «باشگاه خبرنگاران جوان؛ اعظم پورکند - »: an agency, «؛», the reporter's name, a dash.
_OUTLET_REPORTER_RE = re.compile(
    r"^(?P<name>[^؛:\n\-–—]{2,40}?)\s*؛\s*[^\s؛:\-–—]+(?:\s+[^\s؛:\-–—]+){1,3}\s*[-–—]+\s+"
)
# «ایران آنلاین: »: an agency of one to three words and a colon (a speaker's «ظریف: »
# has the same shape: the name must be an agency).
_OUTLET_COLON_RE = re.compile(r"^(?P<name>[^\s:؛،٬,]+(?:\s+[^\s:؛،٬,]+){0,2})\s*:\s*")
# Arabic wire datelines (``_wire_dateline``): «طهران/21 كانون الأول/ديسمبر/إرنا- »
# (place, day and month in one to four «/» parts, the agency, a dash: the shape alone
# tells it); «طهران- وكالة نادي المراسلين الشباب للأنباء - » (place, dash, agency,
# dash); «صدى نيوز - » (agency, dash); «إسلام آباد: 18 – يناير 2024م (وكالة الأنباء
# الباكستانية الرسمية)» (place, colon, date, agency in parentheses).  The last three
# only for an agency (``_is_agency``): «ایران - پاکستان» is a headline.
_SLASH_DATELINE_RE = re.compile(
    r"^[^\s/\d:،٬,]+(?:\s+[^\s/\d:،٬,]+)?\s*/\s*\d{1,2}\s*[^/\n\-–—]{2,25}"
    r"(?:\s*/\s*[^/\n\-–—]{2,25}){0,3}?\s*/\s*[^/\n\-–—]{2,30}?\s*[-–—]+\s*"
)
_PLACE_AGENCY_COLON_RE = DATELINE_FORMULAS[-1]
# «طهران 28 يونيو 2018 / استدعت …»: a place (one or two words), the day, the month (one
# or two words) and the year, then a slash: a dateline with no agency.
_PLACE_DATE_SLASH_RE = re.compile(
    r"^[^\W\d_]+(?:\s+[^\W\d_]+)?\s+[0-9\u0660-\u0669]{1,2}\s+[^\W\d_]+(?:\s+[^\W\d_]+)?"
    r"\s+[0-9\u0660-\u0669]{4}\s*م?\s*/\s*(?=\S)"
)
_PLACE_AGENCY_RE = re.compile(
    r"^[^\s\-–—:،٬,/]+(?:\s+[^\s\-–—:،٬,/]+)?\s*[-–—]\s*(?P<name>[^\-–—\n:،٬,]{2,50}?)\s*[-–—]+\s*(?=\S)"
)
# «فيينا – أ ب، رويترز - »: a place, a dash, agencies set off by «،», a dash; every one
# of them a known source (``_place_agencies``).
_PLACE_AGENCIES_RE = re.compile(
    r"^[^\s\-–—:،٬,/]+(?:\s+[^\s\-–—:،٬,/]+)?\s*[-–—]\s*"
    r"(?P<names>[^\-–—\n:،٬,]{2,50}?(?:\s*[،٬,]\s*[^\-–—\n:،٬,]{2,50}?)+)\s*[-–—]+\s*(?=\S)"
)


def _place_agencies(text: str, index: _Index) -> str | None:
    """*text* without a dateline «PLACE – AGENCY، AGENCY -» (``_PLACE_AGENCIES_RE``)
    whose agencies are all known sources, else None."""
    m = _PLACE_AGENCIES_RE.match(text)
    if not m:
        return None
    names = [n.strip() for n in re.split(r"[،٬,]", m["names"])]
    return text[m.end() :] if all(_is_name(n, index) for n in names) else None


_AGENCY_DASH_RE = re.compile(
    r"^(?P<name>[^\s\-–—:،٬,/]+(?:\s+[^\s\-–—:،٬,/]+){0,3})\s*[-–—]+\s+(?![^:\n]{1,20}:)"
)
_DATE_AGENCY_RE = re.compile(
    r"^[^:\n()\d]{2,30}:\s*\d{1,2}\s*[-–—]?\s*[^()\n\d]{2,20}\s*\d{4}\s*م?\s*"
    r"\((?P<name>[^()\n]{2,60})\)\s*"
)
# An outlet's name of one word, not known, closed by a press word glued to it and a
# dash, opening the lead: «جاهدخبر -در درگیری …», «نمونه‌نیوز - …».  Only the lead's
# opening (``LEAD_ONLY_RULES``), and three letters or more before the press word
# («باخبر» is a word of the language).
_GLUED_OUTLET_DASH_RE = re.compile(
    r"^[^\W\d_]{3,}\u200c?"
    + loose_any(("خبر", "نیوز", "پرس", "برس", "آنلاین", "أونلاين"))
    + r"\s*[-–—]+\s*(?=\S)"
)
# The outlet's desk opening the lead with a dash or a colon: «گروه استان‌ها- جانشین
# فرمانده … گفت: …», «سرویس بین الملل: …».  Only a desk's name (``DESK_NAMES``): «گروه»
# is a group too («گروه طالبان: …» speaks).
DESK_NAMES = (
    "استان ها", "استانها", "بین الملل", "بین المللی", "سیاسی", "سیاست", "اقتصادی", "اقتصاد",
    "اجتماعی", "جامعه", "فرهنگی", "فرهنگ", "ورزشی", "ورزش", "خارجی", "جهان", "علمی",
    "حوادث", "دفاعی", "امنیتی", "انرژی", "دیپلماسی", "مجلس", "استانی", "خبر", "اخبار",
    "سیاسی و بین الملل", "دیپلماسی و سیاست خارجی",
)  # fmt: skip
_DESK_OPENING_RE = re.compile(
    rf"^(?:{loose_pattern('گروه')}|{loose_pattern('سرویس')})\s+"
    + loose_any(sorted(DESK_NAMES, key=len, reverse=True))
    + r"\s*[-–—:]+\s*(?=\S)"
)
# A date opening the lead with a colon or «؛», an outlet's name that is a day and a
# month, or a month («19 دی: شمار کشته شدگان …», «خرداد؛نخست وزیر …»; ``MONTHS``): read
# as the date, it misdates the story; it is no part of the statement.  A month alone
# only before «؛» («اسد: …» speaks).
_DATE_OPENING_RE = re.compile(
    r"^(?:[0-9۰-۹٠-٩]{1,2}\s*"
    + loose_any(MONTHS)
    + r"(?:\s*[0-9۰-۹٠-٩]{4})?\s*[:؛]|"
    + loose_any(MONTHS)
    + r"\s*؛)\s*(?=\S)"
)
_TAIL_WINDOW = 40  # «- Fars News Agency» at the end of a sentence: the name's characters


def _report(text: str, index: _Index) -> str | None:
    """«به گزارش [desk] <agency> [place/second source]، [از <place>، ]»."""
    m = _REPORT_RE.match(text)
    if not m:
        return None
    desks = (d.end() for r in _REPORT_DESK_RES if (d := r.match(text, m.end())))
    for start in dict.fromkeys((*desks, m.end())):
        end = _name_end(text, start, index)
        if end >= 0:
            # a name whose bracket is left open («خبرگزاری جمهوری اسلامی (ایرنا)»: the
            # name's last word is inside it) ends after the bracket
            if text.count("(", start, end) > text.count(")", start, end):
                end = b.end() if (b := _CLOSING_BRACKET_RE.match(text, end)) else end
            close = _REPORT_CLOSE_RE.match(text, end)
            if (
                close
                and close["place"]
                and (start == m.end() or _PREDICATE_OPENING_RE.match(text, close.end()))
            ):
                close = None  # the province is the sentence's subject
            close = close or _BARE_CLOSE_RE.match(text, end)
            return text[close.end() :]
    return None


def _abbreviation(text: str, index: _Index) -> str | None:
    """«به گزارش خبرگزاری اهلبیت(ع) ـ ابنا ـ »: a known name between dashes."""
    m = _ABBREVIATION_OPEN_RE.match(text)
    end = _name_end(text, m.end(), index) if m else -1
    return text[_ABBREVIATION_CLOSE_RE.match(text, end).end() :] if end >= 0 else None


def _agency_place(text: str, index: _Index) -> str | None:
    end = _name_end(text, 0, index)
    close = _PLACE_CLOSE_RE.match(text, end) if end >= 0 else None
    return text[close.end() :] if close else None


# Without a dash after it, an agency in parentheses closes a dateline only after a place
# of at most this many words («دبي، الإمارات العربية المتحدة (CNN)»): after more it is
# named inside the sentence («وقال X في مقابلة مع مراسل (إرنا) اليوم، إن …», «ووفقا لما
# أوردته وكالة الأنباء السعودية (واس)، تأتي …»).
DATELINE_PLACE_WORDS = 5


# «ووفقًا لوكالة الأنباء الرسمية (إرنا)، فقد بدأ …»: an agency in parentheses after «وفقا
# لـ»/«بحسب» is the source of the sentence's claim, no dateline's.
_ACCORDING_OPENING_RE = re.compile(
    r"^\s*و?" + loose_any(("وفقا", "طبقا", "بحسب", "حسب", "نقلا")) + ""
)


def _dateline(text: str, index: _Index) -> str | None:
    m = _DATELINE_RE.match(text)
    if not m or (m.group("name") is not None and not _is_name(m.group("name"), index)):
        return None
    if _ACCORDING_OPENING_RE.match(text):
        return None
    dashed = m.group(0).rstrip()[-1:] in _DASHES
    if not dashed and len(text[: text.index("(")].split()) > DATELINE_PLACE_WORDS:
        return None
    return text[m.end() :]


# An outlet not in sources.yml closes a dateline only in its full shape: a place of at
# most this many words, the outlet in brackets, a dash («أربيل (كوردستان24)- وقعت …»).
UNKNOWN_DATELINE_PLACE_WORDS = 2
_UNKNOWN_DATELINE_RE = re.compile(
    r"^(?P<place>[^\s()\d:،٬,.]+(?:\s+[^\s()\d:،٬,.]+)*)\s*\((?P<name>[^()\n]{2,30})\)\s*[-–—]+\s*"
)


def _unknown_dateline(text: str, _index: _Index) -> str | None:
    m = _UNKNOWN_DATELINE_RE.match(text)
    if not m or len(m.group("place").split()) > UNKNOWN_DATELINE_PLACE_WORDS:
        return None
    return text[m.end() :]


def _tail(text: str, index: _Index) -> str | None:
    """«… - Fars News»: a Latin source name after the last dash that leaves one; or any
    known source's name after a dateline's place («إسلام آباد- سكاي نيوز عربية»)."""
    for i in range(len(text) - 1, max(-1, len(text) - _TAIL_WINDOW - 2), -1):
        if text[i] in _DASHES:
            name = text[i + 1 :].strip()
            place = len(text[:i].split()) <= _TAIL_PLACE_WORDS
            if name and (_LATIN_NAME_RE.match(name) or place) and _is_name(name, index):
                return text[:i]
    return None


# A dateline's place before an outlet's name: one to three words.
_TAIL_PLACE_WORDS = 3


_ACRONYM_RE = re.compile(r"[A-Z]{2,}")
# A press word ending a word of the name («للأنباء», «صدى نيوز»; not «وی پرسید»).
_PRESS_WORD_END_RE = re.compile(rf"(?:{_PRESS_WORD_RE.pattern})(?![\w\u200c])", re.IGNORECASE)


def _agency_shape(pattern: re.Pattern[str]) -> Callable[[str, _Index], str | None]:
    """*pattern*'s match removed when its ``name`` group is an agency: a known source or
    a press word («نيوز», «وكالة», «آنلاین»)."""

    def rule(text: str, index: _Index) -> str | None:
        m = pattern.match(text)
        if not m:
            return None
        name = m.group("name").strip()
        known = _PRESS_WORD_END_RE.search(name) or _name_end(name, 0, index) == len(name)
        # «راسکRASC : »: an outlet's name with its Latin acronym before a colon (a
        # speaker's name has none)
        known = known or (pattern is _OUTLET_COLON_RE and _ACRONYM_RE.search(name))
        return text[m.end() :] if known else None

    return rule


def _pattern(pattern: re.Pattern[str]) -> Callable[[str, _Index], str | None]:
    return lambda text, _index: text[m.end() :] if (m := pattern.match(text)) else None


# The beat's datelines written as a place and a colon opening a lead («طهران: زار الرئيس
# …»): a place, not a speaker.  Only the lead's opening (``LEAD_ONLY_RULES``): further
# on, «طهران:» may be the state speaking.
DATELINE_PLACES = (
    "طهران", "تهران", "إسلام آباد", "اسلام آباد", "إسلام أباد", "كراتشي", "کراچی", "لاهور",
    "كويتا", "کویته", "بيشاور", "پیشاور", "كابل", "کابل", "كابول", "قندهار", "الرياض", "ریاض", "نيودلهي",
    "دهلی نو", "بكين", "پکن", "واشنطن", "واشنگتن", "موسكو", "مسکو", "لندن", "باريس", "پاریس",
    "جنيف", "ژنو", "فيينا", "وین", "دبي", "دبی", "الدوحة", "دوحه", "بغداد", "دمشق", "بيروت",
    "القاهرة", "قاهره", "أنقرة", "آنکارا", "زاهدان", "مشهد", "الأمم المتحدة", "نيويورك",
    "نیویورک",
)  # fmt: skip
_PLACE_COLON_RE = re.compile(r"^" + loose_any(DATELINE_PLACES) + r"\s*:\s*(?=\S)")
# Any place of one to three words before the report formula: «بلوچستان: به گزارش X | ».
_PLACE_REPORT_RE = re.compile(
    rf"^[^\W\d_]+(?:\s+[^\W\d_]+){{0,2}}\s*[:|]\s*(?={loose_pattern('به گزارش')}\s)"
)
_PLACES = loose_any(DATELINE_PLACES)
_DATELINE_PLACE_RE = re.compile(rf"^\s*{_PLACES}\s*$")
# «طهران - أ ش أ أدان وزير …»: a place, a dash and an agency written as its spaced
# initials (two to four letters each standing alone), no dash after them: no word of a
# sentence is a lone letter, so the initials end the dateline.  A known name only.
_PLACE_INITIALS_RE = re.compile(
    r"^(?P<place>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s*[-–—]\s*"
    r"(?P<name>[^\W\d_](?:[.\s]\s*[^\W\d_]){1,3})(?=[.\s])\.?\s*(?=\S)"
)
# «إندس- إسلام آباد- أعلن وزير …»: an outlet's short name, a dash, a dateline's place
# (``DATELINE_PLACES``) and a dash: the outlet's dateline, known or not
# (``_outlet_place_dash``); its name is never a speaker nor the title's first word.
_OUTLET_PLACE_DASH_RE = re.compile(
    rf"^(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s*[-–—]\s*{_PLACES}\s*[-–—]+\s*(?=\S)"
)
# «إسلام أباد 9 يوليو 2015 (شينخوا) وصفت …»: a place (one to three words), a date and
# the agency in brackets, no dash after it (``_dateline`` strips it; this names it).
_PLACE_DATE_AGENCY_RE = re.compile(
    r"^[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s+[0-9٠-٩]{1,2}\s+[^\W\d_]+(?:\s*/\s*[^\W\d_]+)?"
    r"\s+[0-9٠-٩]{4}\s*م?\s*[،٬,]?\s*\((?P<name>[^()\n]{2,40})\)\s*(?=\S)"
)


def _known_name(pattern: re.Pattern[str]) -> Callable[[str, _Index], str | None]:
    """*pattern*'s match removed when its ``name`` group is, whole, a known source."""

    def rule(text: str, index: _Index) -> str | None:
        m = pattern.match(text)
        return text[m.end() :] if m and _is_name(m["name"], index) else None

    return rule


def _outlet_place_dash(text: str, index: _Index) -> str | None:
    """*text* without a dateline «OUTLET- PLACE-» (``_OUTLET_PLACE_DASH_RE``) whose outlet
    is one word or a known source: two other words may be a sentence's subject and a
    place set off by dashes («وقال الوزير - إسلام آباد - إن …»)."""
    m = _OUTLET_PLACE_DASH_RE.match(text)
    if not m or (len(m["name"].split()) > 1 and not _is_name(m["name"], index)):
        return None
    return text[m.end() :]


def _dateline_opening(paragraph: str, index: _Index) -> tuple[str, str]:
    """(slug, as written) of a known agency named by a dateline opening *paragraph* with
    no dash after it: «طهران - أ ش أ …» (``_PLACE_INITIALS_RE``), «إسلام أباد 9 يوليو
    2015 (شينخوا) …» (``_PLACE_DATE_AGENCY_RE``), «OUTLET- PLACE- …»
    (``_OUTLET_PLACE_DASH_RE``); else ("", "")."""
    for pattern in (_PLACE_INITIALS_RE, _PLACE_DATE_AGENCY_RE, _OUTLET_PLACE_DASH_RE):
        m = pattern.match(paragraph)
        if m and _is_name(m["name"], index):
            return _first_name(m["name"], index, 1)[0], m["name"].strip()
    return "", ""


# A line that is a dateline and nothing else: a dateline's place, a dash or a slash and
# a known source or the agencies' credit («إسلام آباد-سانا», «بيشاور/وكالات», a colon
# may close it: «إسلام أباد - أ ف ب:»); or an
# outlet's name (one to three words) and its follow-up desk («بغداد اليوم – متابعة»).
CREDIT_DESKS = ("متابعة", "متابعات")
_PLACE_CREDIT_LINE_RE = re.compile(
    rf"^\s*{_PLACES}\s*[-–—/]\s*(?P<name>[^\-–—/:\n]{{2,40}}?)\s*:?\s*$"
)
_AGENCIES_RE = re.compile(r"^\s*" + loose_pattern("وكالات") + r"\s*$")
_OUTLET_FOLLOWUP_RE = re.compile(
    r"^\s*(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s*[-–—]+\s*" + loose_any(CREDIT_DESKS) + r"\s*$"
)


def is_dateline_line(line: str, sources: Sequence[Source] | None = None) -> bool:
    """Is *line*, whole, a dateline or a credit line with no text of the article
    (``_PLACE_CREDIT_LINE_RE``, ``_OUTLET_FOLLOWUP_RE``)?  Agencies are known by the names
    of *sources* (default the shipped ones)."""
    if m := _PLACE_CREDIT_LINE_RE.match(line):
        return _AGENCIES_RE.match(m["name"]) is not None or _is_name(m["name"], _index_of(sources))
    m = _OUTLET_FOLLOWUP_RE.match(line)
    return m is not None and not _DATELINE_PLACE_RE.match(m["name"])


def _followup_outlet(line: str) -> str:
    """The outlet as written of a credit line «NAME – متابعة», or "" (not a place)."""
    m = _OUTLET_FOLLOWUP_RE.match(line)
    return m["name"].strip() if m and not _DATELINE_PLACE_RE.match(m["name"]) else ""


# «…، وفق ما ذكرته وكالة الأناضول.», «…، حسب وكالة خاما برس الأفغانية للأنباء، اليوم
# الأحد.»: an agency credited for a claim of the text's first paragraphs, closing its
# clause («وبحسب ما ذكرته وكالة …، فقد …» opening one).  The publisher retells it: the
# agency quoted, never the publisher.  The name may stand in quotation marks, «وكالة»
# inside them or before them («بحسب "وكالة الأنباء الفرنسية"», «وكالة أنباء
# “رويترز”»); a quoted name without «وكالة» («، حسب "رويترز".») must be a known name
# whole (``_credited_agency``).
_OPEN_MARK = '[“"«]'
_CLOSE_MARK = '[”"»]'
_MARKS_RE = re.compile('[“”"«»]')
_NAME_CHARS = '[^،٬,.:؛()“”"«»\n]'
# «وكالة X», «وكالة أنباء “X”», «وكالة "X" الإيرانية»
_AGENCY_NAME = (
    rf"وكالة\s+(?:{_NAME_CHARS}{{2,60}}?|{_NAME_CHARS}{{0,60}}?{_OPEN_MARK}{_NAME_CHARS}{{2,40}}"
    rf"{_CLOSE_MARK}{_NAME_CHARS}{{0,40}}?)"
)
_AR_CREDITED_RE = re.compile(
    r"(?:^|[\s،٬,(]|^و|\sو)"
    r"(?:وفق\s+ما\s+|وفقا\s+لما\s+|وفقاً\s+لما\s+|حسبما\s+|حسب\s+ما\s+|بحسب\s+ما\s+)"
    r"(?:ذكرته|ذكرت|أوردته|أوردت|اوردته|نقلته|نقلت|أفادت\s+به|أفادت)\s+"
    rf"{_OPEN_MARK}?(?P<name>{_AGENCY_NAME}){_CLOSE_MARK}?\s*(?=[،٬,.)]|$)"
    r"|(?:^|[\s،٬,(])و?(?:بحسب|حسب|وفقا\s+ل|وفقاً\s+ل)\s*"
    rf"{_OPEN_MARK}?(?P<name2>{_AGENCY_NAME}){_CLOSE_MARK}?\s*(?=[،٬,.)]|$)"
    r"|(?:^|[\s،٬,(])و?(?:بحسب|حسب|وفقا\s+ل|وفقاً\s+ل)\s*"
    rf"{_OPEN_MARK}(?P<quoted>{_NAME_CHARS}{{2,40}}){_CLOSE_MARK}\s*(?=[،٬,.)]|$)"
)


# «بر اساس گزارش شین‌هوا، سیل …», «بر اساس گزارش آژانس خبری رویترز، آمریکا …»: the
# Persian credit of the same kind, the agency's name (a known one, whole) closed by a
# comma.
# «… بوده است.» به گزارش رویترز، در جریان …»: «به گزارش X،» after another sentence of
# the paragraph credits that claim alone, the same (opening a paragraph, it is the
# publisher's formula).
_FA_CREDITED_RE = re.compile(
    r"(?:(?:^|(?<=[\s.،٬,(]))"
    + loose_pattern("بر اساس گزارش")
    + r"|(?<=[.!?؟»])\s+"
    + loose_pattern("به گزارش")
    + r")\s+(?P<name>[^،٬,؛:.()\n]{2,40}?)\s*[،٬,]"
)


# «وقالت وكالة إرنا الرسمية إن …», «ونقلت وكالة X عن مسؤول …» in mid-paragraph: the
# agency as the speaker of a claim; «وأفاد قائد الشرطة فلان لوكالة فرانس برس»,
# «وفي تصريح لوكالة "رويترز"، قال …»: the agency the claim was made to.  Either way the
# publisher retells the agency's report: it is the one quoted, as a credit is.  The
# speech verb and «لوكالة» are in one clause (no «إن/أن» nor comma between them); the
# agency's name is looked for in its first words (a known one).
_SPEECH_VERBS = (
    "قال", "قالت", "أفاد", "أفادت", "افاد", "افادت", "صرح", "صرّح", "صرحت", "صرّحت", "أكد",
    "أكّد", "أكدت", "أكّدت", "أوضح", "أوضحت", "ذكر", "ذكرت", "أضاف", "أضافت",
)  # fmt: skip
_CLAUSE_WORD = r"(?!(?:إن|إنّ|أن|أنّ|ان|بأن|إنه|أنه|إنها|أنها)(?:\s|$))[^\s،٬,.:؛\n]+"
_AR_AGENCY_SAID_RE = re.compile(
    r"(?:^|[\s.،٬,(])و?(?:قالت|ذكرت|أفادت|افادت|أوردت|اوردت|نقلت|أعلنت)\s+"
    r"(?P<speaker>وكالة\s+[^،٬,.:؛()\n]{2,60}?)\s+(?:إن|إنّ|أن|أنّ|ان|بأن|عن)\s"
    r"|(?:^|[\s.،٬,(])و?(?:(?:"
    + "|".join(_SPEECH_VERBS)
    + rf")(?:\s+{_CLAUSE_WORD}){{0,7}}?|(?:في\s+)?(?:تصريح(?:ات)?|حديث|حوار|مقابلة))"
    r"\s+ل(?P<addressee>وكالة\s+[^،٬,.:؛()\n]{2,60})"
)
_MARKED_RE = re.compile(f"{_OPEN_MARK}({_NAME_CHARS}{{2,40}}){_CLOSE_MARK}")


def _whole_name(text: str, index: _Index) -> str:
    """The slug of the known source *text* names whole, or ""."""
    slug, written = _first_name(text, index, 1)
    return slug if written == text.strip() else ""


def _credited_agency(window: Sequence[str], index: _Index) -> str:
    """The known agency a claim of *window* is credited to (``_AR_CREDITED_RE``,
    ``_FA_CREDITED_RE``), or ""."""
    for paragraph in window:
        for m in _FA_CREDITED_RE.finditer(paragraph):
            slug, written = _first_name(m["name"], index, 3)
            if slug and m["name"].strip().endswith(written):
                return slug
    for paragraph in window:
        for m in _AR_CREDITED_RE.finditer(paragraph):
            if m["quoted"]:
                slug = _whole_name(m["quoted"], index)
            else:
                # «وكالة أنباء “رويترز”»: the marks set off the name, a word further; a
                # known name whole between them is the agency's wherever the marks stand
                # («وكالة الأنباء الإيرانية الرسمية "إرنا"»)
                name = m["name"] or m["name2"]
                bare = _MARKS_RE.sub("", name)
                slug = _first_name(bare, index, 2 + (bare != name))[0]
                if not slug and (inner := _MARKED_RE.search(name)):
                    slug = _whole_name(inner[1], index)
            if slug:
                return slug
    for paragraph in window:
        for m in _AR_AGENCY_SAID_RE.finditer(paragraph):
            name = m["speaker"] or m["addressee"]
            bare = _MARKS_RE.sub("", name)
            if slug := _first_name(bare, index, 2 + (bare != name))[0]:
                return slug
    return ""


# The rules of ``strip_attribution``, in order: (what it removes, the letters the
# sentence may start with ("": any), the characters one of which it must hold ("": none
# needed), the rule).  The two checks cost a fraction of a microsecond; a rule that looks
# a name up tokenizes the sentence's start (~5 µs).
_STRIP_RULES: tuple[tuple[str, str, str, Callable[[str, _Index], str | None]], ...] = (
    ("fa-report-abbreviation", "ب", "", _abbreviation),
    ("fa-report", "ب", "", _report),
    ("fa-report-quoted", "ب", "«", _pattern(REPORT_QUOTED_RE)),
    ("fa-report-generic", "ب", "", _pattern(_REPORT_GENERIC_RE)),
    ("fa-report-press-colon", "ب", ":", _pattern(REPORT_PRESS_COLON_RE)),
    ("fa-report-outlet", "ب", "،٬,؛:|", _pattern(_REPORT_OUTLET_RE)),
    ("fa-agency-colon", "خ", ":", _pattern(_AGENCY_COLON_RE)),
    ("fa-outlet-desk", "", "؛", _pattern(_OUTLET_DESK_RE)),
    ("fa-outlet-reporter", "", "؛", _agency_shape(_OUTLET_REPORTER_RE)),
    ("outlet-colon", "", ":", _agency_shape(_OUTLET_COLON_RE)),
    ("ar-slash-dateline", "", "/", _pattern(_SLASH_DATELINE_RE)),
    ("place-date-slash", "", "/", _pattern(_PLACE_DATE_SLASH_RE)),
    ("ar-date-agency", "", "(", _agency_shape(_DATE_AGENCY_RE)),
    ("ar-agency-reported", "ذأاونب", "،٬,", _pattern(_AR_REPORTED_RE)),
    ("agency-place", "", _DASHES, _agency_place),
    ("place-agency-dash", "", _DASHES, _agency_shape(_PLACE_AGENCY_RE)),
    ("place-agencies-dash", "", _DASHES, _place_agencies),
    ("place-agency-colon", "", ":", _agency_shape(_PLACE_AGENCY_COLON_RE)),
    ("agency-dash", "", _DASHES, _agency_shape(_AGENCY_DASH_RE)),
    ("place-initials", "", _DASHES, _known_name(_PLACE_INITIALS_RE)),
    ("outlet-place-dash", "", _DASHES, _outlet_place_dash),
    ("glued-outlet-dash", "", _DASHES, _pattern(_GLUED_OUTLET_DASH_RE)),
    ("dateline-agency", "", "(", _dateline),
    ("dateline-outlet", "", "(", _unknown_dateline),
    ("agency-tail", "", _DASHES, _tail),
    ("place-colon", "", ":", _pattern(_PLACE_COLON_RE)),
    ("place-report", "", ":|", _pattern(_PLACE_REPORT_RE)),
    ("fa-desk-opening", "گس", "-–—:", _pattern(_DESK_OPENING_RE)),
    ("date-opening", "", ":؛", _pattern(_DATE_OPENING_RE)),
)


@cache
def _shipped_sources() -> tuple[Source, ...]:
    """The sources of the knowledge folder shipped with the code (the build's, when it
    has read the same files)."""
    from pathlib import Path

    from akhbar.knowledge import knowledge_of

    return knowledge_of(Path(__file__).resolve().parent.parent / "knowledge").sources


# Indexes by the identity of the sources they were built for (a Knowledge keeps its
# tuple): the names are not gathered again for every sentence.  A few are kept.
_INDEX_OF: dict[int, tuple[Sequence[Source], _Index]] = {}
_INDEXES_KEPT = 8


def _index_of(sources: Sequence[Source] | None) -> _Index:
    if sources is None:
        sources = _shipped_sources()
    known = _INDEX_OF.get(id(sources))
    if known is None or known[0] is not sources:
        if len(_INDEX_OF) >= _INDEXES_KEPT:
            _INDEX_OF.clear()
        known = _INDEX_OF[id(sources)] = (sources, _source_index(sources))
    return known[1]


# A byline line at the head of a page: the reporter's name (two to four words) and the
# agency the piece is from, after a bar («پروانه علی زاده │خبرگزاری رویترز») or before
# the other agencies credited («صلاح شرارة رويترز، د ب أ»).  Without a bar or a second
# credit the shape is a headline's too («اعتقال مراسل رويترز»): no byline.
_BYLINE_BAR_RE = re.compile(r"\s*[│|]\s*")
_BYLINE_COMMA_RE = re.compile(r"\s*[،٬,]\s*")
BYLINE_NAME_WORDS = (2, 4)
BYLINE_OTHER_CREDIT_WORDS = 3  # «د ب أ», «وكالات»: a credit after the comma is short
_NOT_IN_BYLINE_RE = re.compile(r"[\d.:؛;!?؟«»\"“”()]")


def byline_credit(line: str, sources: Sequence[Source] | None = None) -> tuple[str, str] | None:
    """(reporter, agency as written) of a byline line «NAME │ AGENCY» or «NAME AGENCY،
    OTHER» whose agency is a known source (*sources*, default the shipped ones), else
    None."""
    if _NOT_IN_BYLINE_RE.search(line):
        return None
    index = _index_of(sources)
    parts = _BYLINE_BAR_RE.split(line.strip())
    if len(parts) == 2:
        name, credits = parts
        first, *others = _BYLINE_COMMA_RE.split(credits)
        words = name.split()
    elif len(parts) == 1:
        first, *others = _BYLINE_COMMA_RE.split(line.strip())
        if not others:
            return None
        words = first.split()
        for k in range(BYLINE_NAME_WORDS[0], BYLINE_NAME_WORDS[1] + 1):
            if k < len(words) and _is_name(" ".join(words[k:]), index):
                words, first = words[:k], " ".join(words[k:])
                break
        else:
            return None
    else:
        return None
    if not BYLINE_NAME_WORDS[0] <= len(words) <= BYLINE_NAME_WORDS[1]:
        return None
    if not _is_name(first, index) or _name_end(" ".join(words), 0, index) >= 0:
        return None
    if any(len(o.split()) > BYLINE_OTHER_CREDIT_WORDS for o in others):
        return None
    return " ".join(words), first.strip()


# Rules that remove what attributes a claim rather than a dateline's boilerplate
# («وفقا لوكالة X، …», «ذكرت وكالة X، …»): the publisher's formula in the lead, a source
# of the claim in any later sentence, kept there.
LEAD_ONLY_RULES = frozenset(
    {
        "ar-agency-reported",
        "place-colon",
        "place-report",
        "glued-outlet-dash",
        "fa-desk-opening",
        "date-opening",
    }
)


def strip_attribution(
    sentence: str, sources: Sequence[Source] | None = None, lead: bool = True
) -> str:
    """*sentence* without the agency formula, wire dateline or agency tail around it (the
    rules of ``_STRIP_RULES``, applied in order until none matches; ``LEAD_ONLY_RULES``
    only when *lead*, the article's first sentence).  Agencies are known by the names of
    *sources* (default: the shipped ``knowledge/sources.yml``).  A removal that leaves
    the sentence opening with a comma took part of a phrase, not a formula: not made."""
    index = _index_of(sources)
    text = sentence.strip()
    changed = True
    while changed and text:
        changed = False
        for label, first, needles, rule in _STRIP_RULES:
            if not text:
                break  # a rule took the whole sentence
            if (first and text[0] not in first) or (
                needles and not any(c in text for c in needles)
            ):
                continue
            if not lead and label in LEAD_ONLY_RULES:
                continue
            new = rule(text, index)
            if new is not None and new.lstrip()[:1] in tuple(_COMMAS):
                continue
            if new is not None and (new := new.strip()) != text:
                # the formula's last word: the short name an apposed full name follows
                apposed = text[: len(text) - len(new)].rstrip()[-1:] not in _COMMAS
                text, changed = new, True
                while label.startswith("fa-report") and (via := _VIA_CHAIN_RE.match(text)):
                    text = text[via.end() :]
                    apposed = False
                if (
                    apposed
                    and label.startswith("fa-report")
                    and (named := _APPOSED_NAME_RE.match(text))
                    and _is_name(named["name"], index)
                ):
                    text = text[named.end() :]
    return text
