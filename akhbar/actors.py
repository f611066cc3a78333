"""Actor matching: names, aliases and role phrases found in article text.

Everything matches on the folded form (``akhbar.text.fold``), so Persian and Arabic
spellings of a name coincide (لاریجانی = لاريجاني).  Rules, in the order they apply:

* **Index.**  Every actor name (fa/ar/en) and alias, and every role title and alias, is
  folded, split into tokens and stored under the tokens *joined without spaces*.  At
  match time runs of text tokens are joined the same way, so a word glued after its
  ZWNJ was stripped (اسلامآباد, رئیسجمهور, محمدعلی) and the spaced form (اسلام آباد,
  رئیس جمهور, محمد علی) find the same entry.
* **Longest match wins, no overlaps.**  Scanning left to right, the longest run of tokens
  naming something is taken and its tokens are consumed, so «رئیس مجلس ملی پاکستان» is one
  role mention, not a role plus «مجلس ملی پاکستان» plus «پاکستان».  On equal length an
  actor beats a role.
* **Arabic proclitics.**  When the first token of a run is in Arabic script and the word as
  written names nothing, و / ف / ب / ل / ك (and وال, بال, لل...) are tried off its front:
  «وباكستان», «لإيران», «بوزير الداخلية».  The word as written is always tried first, so
  لبنان stays Lebanon.
* **Adjectives are not states.**  The nisba forms ایرانی, پاکستانی, الإيراني, الباكستاني do
  not count as mentions of the state: they mostly qualify an office («وزير الداخلية
  الباكستاني») whose holder is already counted, or a people («مردم ایران» is written with
  the noun when the state is meant).  Only the noun and the listed aliases count.
* **Roles.**  A role phrase right before or after a person's name (only spaces, commas,
  quotes, dashes or honorifics such as سید / سردار / السيد in between) is that person's
  title and adds nothing, provided the person held that office at some time or is of
  the office's country.  A role phrase on its own is resolved to whoever held the office
  on the article's date (no date: the holder with no end date).  An office after a
  deputy's, an adviser's or a spokesman's word («مساعد وزير الداخلية», «معاون وزیر کشور»)
  is the office they serve: it resolves to nobody and titles nobody.

The matcher is built once from ``Knowledge`` and is pure afterwards.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, field
from functools import lru_cache

from akhbar.knowledge import Knowledge
from akhbar.model import Actor, Candidate
from akhbar.text import (
    AR_ARTICLE,
    AR_ARTICLE_PROCLITICS,
    AR_LIKE,
    AR_PROCLITICS,
    TEXT_CACHE,
    WORD_CACHE,
    detect_language,
    fold,
    persian_adjectives,
)

# A word as written: letters/digits plus the marks fold() removes from inside a word
# (harakat, superscript alef, Quranic marks, ZWNJ, tatweel).
_WORD_RE = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u200c\u0640]+")
_PIECE_RE = re.compile(r"\w+")

# Arabic proclitics tried off the first word of a run (``akhbar.text``'s table), longest
# first; after one with the article the word takes «ال» back: للسعودية -> السعودیه.
_PROCLITICS = (
    *((prefix, AR_ARTICLE) for prefix in AR_ARTICLE_PROCLITICS),
    *((prefix, "") for prefix in (*AR_PROCLITICS, AR_LIKE)),
)
# A stripped word must keep this many letters: shorter remainders are not names.
_MIN_STEM = 3


def _folded_words(text: str) -> frozenset[str]:
    return frozenset(fold(w) for w in text.split())


# Honorifics allowed between a role phrase and a name (folded), and inside a candidate.
HONORIFICS = _folded_words(
    "آقای سید سردار دکتر مهندس حجت‌الاسلام آیت‌الله سرلشکر سرتیپ ژنرال "
    "السيد سيد الدكتور اللواء الجنرال المشير الشيخ سماحة mr dr general syed"
)
# Religious titles that open a name («حجة الإسلام نواب», «المرجع مكارم الشيرازي»,
# «آية الله العظمى ناصر مكارم الشيرازي»).
AR_TITLES = (
    "حجة الإسلام والمسلمين",
    "حجة الإسلام",
    "آية الله العظمى",
    "آية الله",
    "المرجع الديني",
    "المرجع",
)
_TITLE_WORDS = tuple(
    tuple(fold(w) for w in t.split()) for t in sorted(AR_TITLES, key=len, reverse=True)
)
# Given names of the region's press, besides the first words of the knowledge's own
# names, and the words that end a Pakistani or Afghan given name before a tribe's or a
# family's name («خان», «الله», «الدین»: «عبدالولی خان کاکر»): a one-word surname alias
# right after one of them («طارق باجوا», «حسن لاریجانی») names someone else of that
# surname, not the person on file (folded; each spelling fold() does not merge is listed).
GIVEN_NAMES = _folded_words(
    "طارق عاصم سلیم جاوید ندیم وسیم نعیم کریم رحیم حلیم عظیم حکیم سلمان عثمان عمر علی "
    "حسن حسین محمد احمد محمود مصطفی مرتضی مجتبی رضا جواد جمال کمال جلال بلال فیصل خالد "
    "ولید سعید مجید حمید وحید فرید رشید سعد اسعد ناصر منصور یاسر عامر عمار زبیر طلحه "
    "انس بشیر نذیر منیر شبیر شکیل جمیل عقیل نبیل خلیل اسماعیل یعقوب یوسف یونس موسی "
    "عیسی ادریس الیاس اکرم اعظم افضل اسلم اشرف اکبر اصغر انور اقبال ارشد امجد اسد "
    "اسامه ایمن طاهر ظاهر باقر صادق کاظم هادی مهدی جعفر عباس قاسم هاشم ابراهیم داود "
    "سلیمان زکریا نوید شاهد زاهد راشد مسعود محسن احسان عرفان عمران فرحان ریحان شهباز "
    "شهریار بهرام بهزاد فرهاد فرشید علیرضا محمدرضا حمیدرضا امیر امین عادل فاروق شفیق "
    "رفیق توفیق نواز آصف عارف عاطف ثاقب راحیل ساجد ماجد خورشید جهانگیر جهانزیب قمر "
    "ذوالفقار حمزه مریم فاطمه زینب عایشه خدیجه آمنه زهرا صدیق ضیا فضل "
    "اسفندیار مهرداد کامران سهیل شعیب معین مختار حکمت نعمت عزت شوکت حبیب نجیب "
    "مهران نصیر "
    "خان شاه جان گل الله اللہ الدین الدين الحق"
)
# Of these, the words that end a given name and never open one (a king, a life, a flower:
# «شاه», «جان», «گل» are also nouns).
NAME_ENDS = _folded_words("خان شاه جان گل الله اللہ الدین الدين الحق")
# Characters allowed between a role phrase and the name it introduces (after fold()).
_APPOSITION_RE = re.compile(r"[\s,،\"'«»“”‘’()\-–—]*")

# Weekdays follow a name in datelines and reports («إحسان إقبال الأحد»): never part of it.
_WEEKDAYS_FA = "شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه پنج‌شنبه جمعه"
AR_WEEKDAYS = ("السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة")
_WEEKDAYS_AR = " ".join(AR_WEEKDAYS)
# Qualifiers between an office and its holder's name («قائد الجيش الحالي الجنرال باجوا»,
# «وزير الخارجية السابق»): they keep the name apposed to the office (folded).
QUALIFIERS = _folded_words(
    "الحالي السابق الأسبق سابق اسبق پیشین فعلی کنونی وقت former current "
    "الجديد الجديدة المنتخب المنتخبة المكلف المكلفة جدید منتخب elect new "
    "الشهيد الراحل المرحوم الفقيد شهید فقید مرحوم late"
)
# Of these, the ones saying the office is no longer held (its late holder: «الرئيس
# الإيراني الشهيد»), or not yet («رئيس الوزراء الجديد», elected and not sworn in: on
# the article's date the office may still be another's): never resolved to a holder.
FORMER = _folded_words(
    "السابق الأسبق سابق اسبق پیشین وقت former "
    "الجديد الجديدة المنتخب المنتخبة المكلف المكلفة جدید منتخب elect "
    "الشهيد الراحل المرحوم الفقيد شهید فقید مرحوم late"
)

# Words naming someone who serves an office, not its holder: «مساعد وزير الداخلية»,
# «نائب رئيس الوزراء», «المتحدث باسم الرئيس», «مدیر دفتر رئیس‌جمهور», "Deputy Foreign
# Minister".  An office right after one of these names its holder's deputy, adviser or
# spokesman, never the holder (folded, each phrase as its words; ``subordinate``).
SUBORDINATES = (
    *sorted(
        (word,)
        for word in _folded_words(
            "مساعد مساعدة المساعد نائب نائبة معاون معاونة وكيل وكيلة مستشار مستشارة المستشار "
            "النائب النائبة المعاون الوكيل مبعوث المبعوث ممثل الممثل مندوب المندوب "
            "deputy vice assistant adviser advisor aide spokesman spokeswoman spokesperson"
        )
    ),
    *(
        tuple(fold(w) for w in phrase.split())
        for phrase in (
            *("مدير مكتب", "مديرة مكتب", "رئيس مكتب", "رئيس ديوان", "مدير عام مكتب"),
            *("المتحدث باسم", "المتحدثة باسم", "متحدث باسم", "الناطق باسم", "الناطقة باسم"),
            *("ناطق باسم", "المتحدث الرسمي باسم", "الناطق الرسمي باسم", "chief of staff to"),
        )
    ),
)
# Persian ones: the words qualifying the post may stand between (ezafe: «معاون امنیتی و
# انتظامی وزیر کشور», «مشاور ارشد رئیس‌جمهور»), up to ``_SUBORDINATE_GAP`` of them.
SUBORDINATES_FA = tuple(
    tuple(fold(w) for w in phrase.split())
    for phrase in (
        *("معاون", "مشاور", "دستیار", "سخنگوی", "سخنگو", "نماینده", "فرستاده"),
        *("مدیر دفتر", "رئیس دفتر"),
    )
)
_SUBORDINATE_GAP = 3


def _by_last_word(
    phrases: Sequence[tuple[str, ...]],
) -> tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]:
    """*phrases* of one word (as a set), and the longer ones by their last word: a
    phrase can end a run of tokens only with that token (``subordinate``)."""
    singles = frozenset(p[0] for p in phrases if len(p) == 1)
    longer: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        if len(p) > 1:
            longer.setdefault(p[-1], []).append(p)
    return singles, {word: tuple(ps) for word, ps in longer.items()}


_SUBORDINATE_INDEX_ANY = _by_last_word((*SUBORDINATES, *SUBORDINATES_FA))
_SUBORDINATE_INDEX_FA = _by_last_word(SUBORDINATES_FA)
# Arabic qualifies the post after the deputy word with these only («النائب الأول للرئيس»,
# «المساعد الخاص لرئيس الوزراء»); Persian with any word but these, which go on with a
# clause («معاون او گفت وزیر ...») (folded).
_SUBORDINATE_QUALIFIERS = _folded_words(
    "الأول الأولى الثاني الخاص الخاصة الأعلى السابق السابقة الأسبق"
)
_SUBORDINATE_STOPS = _folded_words(
    "در با از به که را برای تا این آن هم نیز گفت کرد است بود شد وی او " + _WEEKDAYS_FA
)

# Offices held at a post abroad (an ambassador's) -> the country of the post, and the
# prepositions that name a post after the office («سفیر پاکستان در کابل», «سفير باكستان
# لدى أفغانستان», "in Kabul").
POSTED_ROLES = {"pk-ambassador-iran": "ir", "ir-ambassador-pakistan": "pk"}
POST_PREPOSITIONS = _folded_words("در في لدى فى بـ in to at")
# A post's capital, which names the post as its state's name does («سفیر پاکستان در
# تهران»).
CAPITALS = {
    "ir": ("تهران", "طهران", "Tehran"),
    "pk": ("اسلام‌آباد", "اسلام آباد", "إسلام آباد", "Islamabad"),
}

# Bodies not on file whose names hold a shorter name that is («مجلس الأمن القومي» is a
# state's national security council, not the UN's «مجلس الأمن»): read as one span that
# names no actor, as a source's name is.
OTHER_BODIES = (
    "مجلس الأمن القومي",
    "مجلس الأمن الوطني",
    "شورای امنیت ملی",
    "شورای امنیت داخلی",
    "National Security Council",
    "National Security Committee",
)

# Offices named by their adjective alone («الخارجية الإيرانية»: the foreign ministry), and
# the nouns such an adjective qualifies instead: right after one of them the words are
# the noun's («أولوية السياسة الخارجية الإيرانية», Iran's foreign policy), no office
# (folded; a proclitic before the noun is tried off: «والسياسة»).
OFFICE_ADJECTIVES = _folded_words("الخارجية الداخلية")
QUALIFIED_NOUNS = _folded_words(
    "السياسة السياسات العلاقات الشؤون الشئون التجارة الديون الاستثمارات التدخلات "
    "الضغوط التهديدات الأوضاع المخاطر الحدود الجبهة الساحة المساعدات الاتصالات"
)

# A Persian paragraph opening with the publisher's formula «به گزارش X،» / «به گزارش X
# به نقل از Y:»: X is an outlet's name («ملت ایران», «پاکستان تودی»), and a state named
# in it is no actor of the story (the part after «به نقل از», quoted, is read).
_REPORT_OPENING_RE = re.compile(
    r"^\s*به[\s\u200c]+گزارش\s+(?P<name>[^،٬,:؛\n]{2,60}?)\s*(?:به\s+نقل\s+از\s|[،٬,:؛])"
)
OUTLET_NAME_WORDS = 6  # a longer run before the comma is a sentence, not a name

# A state named right after an outlet that is told something or spoken with («یک منبع به
# اسپوتنیک روسیه گفت», «در گفتگو با الجزیره قطر»: the outlet and its country) is the
# outlet's, no actor.  The outlet: a source's name, or one of ``OUTLET_WORDS`` (outlets
# copy names with their country that are no source of the beat); the words before it:
# ``TOLD_WORDS`` (folded).
OUTLET_WORDS = _folded_words("اسپوتنیک اسپوتنيك سبوتنيك")
TOLD_WORDS = _folded_words("به با")

# Arabic duals of a body's noun and the singular they stand for: with two adjectives
# after them they name two bodies, «الجيشان الهندي والباكستاني» the Indian army and the
# Pakistani army (each read as the singular and its adjective; both or neither).
DUAL_BODIES = {
    fold(dual): fold(singular) for dual, singular in (("الجيشان", "الجيش"), ("الجيشين", "الجيش"))
}

# Places named after a person («سالن امام خمینی», «فرودگاه بین‌المللی امام خمینی», «زائرسرای
# «امام خمینی(ره)»», «مطار الإمام الخميني», «شارع الملك فهد»): a name right after one of these nouns (past one of
# the adjectives below) is the place's, not a mention of the person (folded).
PLACE_NOUNS = _folded_words(
    "سالن ورزشگاه فرودگاه بندر خیابان بزرگراه اتوبان میدان بلوار کوی شهرک بیمارستان "
    "دانشگاه مدرسه حسینیه مصلی مسجد حرم آرامگاه مرقد بنیاد مجموعه پایگاه اردوگاه پل سد "
    "زائرسرا زائرسرای مهمانسرا مهمانسرای هتل کتابخانه موزه ترمینال ایستگاه نیروگاه "
    "پالایشگاه اسکله درمانگاه تالار "
    "مطار ميناء شارع ميدان جامعة مستشفى مسجد قاعدة جسر سد مدينة ملعب قاعة صالة مرفأ "
    "فندق مكتبة متحف محطة "
    "airport port street avenue square hall stadium university hospital mosque"
)
PLACE_ADJECTIVES = _folded_words("بین‌المللی بین المللی الدولي الدولی international")

# Function words that end a candidate name, by language (folded).
_STOPWORDS = {
    "fa": _folded_words(
        "در با از به و که را برای تا این آن هم نیز گفت کرد است بود شد اعلام افزود ضمن "
        "طی پس پیش روز امروز دیروز وی او " + _WEEKDAYS_FA
    ),
    "ar": _folded_words(
        "في مع من إلى الى على عن أن إن أنه بأن و ثم خلال حيث الذي التي قال أكد اليوم "
        "يوم امس أمس لدى عند كما بعد قبل حول هو هي عبر قد لقد كبار جميع بعض كل أيضا " + _WEEKDAYS_AR
    ),
    "en": _folded_words(
        "in with from to on at of and that the said told who which for by during after"
    ),
}
CANDIDATE_MIN_WORDS = 2  # a single word after a title is more often a noun than a name
CANDIDATE_MAX_WORDS = 4  # longer runs are clauses («برفع العوائق القائمة وتسهيل...»)

# Title nouns of offices and posts not on file (a consul general, a director, a police
# officer) that follow a name after a comma, a quote or a dash: «"احمد محمدی" سرکنسول
# ایران», «X، مدیر عملیاتی پرواز» (folded).
TITLE_NOUNS = _folded_words(
    "سرکنسول کنسول سفیر وزیر معاون مدیر مدیرکل رئیس سخنگوی سخنگو فرمانده استاندار "
    "فرماندار نماینده دبیر کارشناس "
    "مسؤول مسئول المسؤول المسئول وزير الوزير سفير السفير قنصل القنصل مدير المدير رئيس "
    "نائب المتحدث متحدث قائد محافظ خبير الخبير"
)
# Words saying that a person's name follows («ويدعى نصير أحمد», «فردی به نام ...»), as
# folded token runs.  Persian «به نام» alone also names things and opens formulas («به
# نام خدا»): only after a word for a person.
CALLED = tuple(
    tuple(fold(w) for w in phrase.split())
    for phrase in (
        *["يدعى", "ويدعى", "تدعى", "وتدعى"],
        *(
            f"{person} {called}"
            for person in ["فردی", "شخصی", "مردی", "زنی", "جوانی"]
            for called in ("به نام", "بنام")
        ),
    )
)
_CALLED_LAST = frozenset(phrase[-1] for phrase in CALLED)
# The phrases of ``CALLED`` by their first word, in their order there: a token opens
# one only when it is that word.
_CALLED_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {
    first: tuple(phrase for phrase in CALLED if phrase[0] == first)
    for first in dict.fromkeys(phrase[0] for phrase in CALLED)
}
TITLED_NAME_WORDS = 3  # a name before a title noun or after «يدعى»: two or three words
# Separators between a name and the title noun after it: one of them must be there, a
# bare space is not enough («علی کریمی مدیر» may run one phrase into the next).
_TITLE_SEPARATORS = frozenset("،,\"'«»“”‘’-–—")


@dataclass(frozen=True, slots=True)
class Token:
    """A folded word and its span in the original text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Hit:
    """A run of tokens naming an actor (kind "actor"), an office (kind "role") or a
    source (kind "source", never kept: ``ActorMatcher.scan``)."""

    kind: str
    ident: str
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    key: str = ""  # the index key matched (folded words joined)
    bare: bool = True  # False when an Arabic proclitic was taken off the first word


@dataclass(frozen=True, slots=True)
class RoleMention:
    """A role phrase standing alone, resolved to the holder ("" when nobody is known)."""

    role: str
    text: str
    slug: str
    # Where the phrase stands (its paragraph's index, its first character there): for a
    # reader to find it, not part of what the mention is.
    paragraph: int = field(default=0, compare=False)
    offset: int = field(default=0, compare=False)


@lru_cache(maxsize=WORD_CACHE)
def _pieces(word: str) -> tuple[str, ...]:
    return tuple(_PIECE_RE.findall(fold(word)))


# An article's paragraphs are read several times (its actors, the candidates, the
# speakers of its quotes): the last texts' tokens and hits are kept.
@lru_cache(maxsize=TEXT_CACHE)
def tokenize(text: str) -> tuple[Token, ...]:
    """Folded tokens of *text* with their character spans (the same tokens as ``tokens()``)."""
    return tuple(
        Token(piece, m.start(), m.end())
        for m in _WORD_RE.finditer(text)
        for piece in _pieces(m.group())
    )


def _key(words: Iterable[str]) -> str:
    return "".join(words)


def _is_arabic_script(word: str) -> bool:
    return "\u0600" <= word[0] <= "\u06ff"


@lru_cache(maxsize=WORD_CACHE)
def _variants(word: str) -> tuple[str, ...]:
    """*word* as written, then with Arabic proclitics off (see module docstring)."""
    out = [word]
    if _is_arabic_script(word):
        for prefix, replacement in _PROCLITICS:
            rest = word[len(prefix) :]
            if word.startswith(prefix) and len(rest) >= _MIN_STEM:
                out.append(replacement + rest)
    return tuple(out)


def name_prefixes(keys: Iterable[str]) -> frozenset[str]:
    """Every start of every key: a scan extends a match only while it can still grow
    into a name (``longest_name``)."""
    return frozenset(key[:n] for key in keys for n in range(1, len(key) + 1))


def longest_name[Entry](
    key: str,
    toks: Sequence[Token],
    start: int,
    last: int,
    names: Mapping[str, Entry],
    prefixes: Set[str],
    accept: Callable[[Entry], bool] | None = None,
) -> tuple[int, Entry] | None:
    """The longest name of *names* that *key* (token *start*, as looked up) and the
    tokens after it, up to token *last*, spell: (its end token, its entry), or None;
    *accept*: which entries count.  Tokens are added one at a time while the joined key
    is still one of *prefixes* (``name_prefixes``), so a word no name starts with costs
    one set lookup."""
    found, j = None, start + 1
    while key in prefixes:
        entry = names.get(key)
        if entry is not None and (accept is None or accept(entry)):
            found = (j, entry)
        if j >= last:
            break
        key += toks[j].text
        j += 1
    return found


def _names_a_place(toks: Sequence[Token], start: int) -> bool:
    """Whether the words before token *start* are a place noun, with perhaps one
    adjective such as «بین‌المللی» between («فرودگاه بین‌المللی امام خمینی»)."""
    j = start - 1
    while j >= 0 and toks[j].text in PLACE_ADJECTIVES and start - j <= 2:
        j -= 1
    return j >= 0 and any(v in PLACE_NOUNS for v in _variants(toks[j].text))


def _persian_letters(word: str) -> str:
    """*word* with the Arabic ي/ك as Persian ی/ک: how hazm's lexicon spells it."""
    return word.replace("ي", "ی").replace("ك", "ک").replace("ى", "ی")


# A name's last word ending in one of these letters is also written with the other
# (باجوا/باجوه, the same final vowel): the matcher indexes both.
_FINAL_VOWELS = {"ا": "ه", "ه": "ا"}
_MIN_VOWEL_SWAP = 4  # letters a word needs before its final letter is taken as a vowel


@dataclass(frozen=True, slots=True)
class _Term:
    """One dated term of an office (``Role`` with a known start)."""

    start: str
    end: str
    slug: str


class ActorMatcher:
    """Index of every actor and role name of a ``Knowledge``, built once.

    Besides the name index, four indexes derived from the knowledge (no name listed by
    hand): each office's dated terms; the persons' *short keys* (one-word names and
    aliases, mostly surnames) with the *families* of persons whose full names end with
    the same word (the Larijani brothers); the short keys that are also adjectives of
    the language (hazm's lexicon: ظریف, روحانی; or an office word with the nisba «ی»:
    رئیسی) and need the context of a full name, a title or an honorific; and the *given
    names* (the first word of every person's full name), which open a candidate name.
    """

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self._index: dict[str, tuple[str, str]] = {}
        self._max_tokens = 1
        self._office_words: set[str] = set()
        # Sources first, then roles, so that a role sharing a key with a source, and an
        # actor sharing one with either, overwrites it.  A source's name is read as one
        # span and names no actor (``scan``): «خبرگزاری فرانسه» is AFP, not France.
        for source in knowledge.sources:
            for name in (source.names.fa, source.names.ar, source.names.en, *source.aliases):
                if name:
                    self._add(name, ("source", source.slug))
        for name in OTHER_BODIES:
            self._add(name, ("source", ""))
        for office in knowledge.roles:
            for name in (office.titles.fa, office.titles.ar, office.titles.en, *office.aliases):
                words = self._add(name, ("role", office.key))
                self._office_words.update(words)
        persons = [a for a in knowledge.actors if a.type == "person"]
        self._persons = {a.slug for a in persons}
        # ``Knowledge.actor`` by its slug (the first actor of a slug, as it gives)
        self._actors: dict[str, Actor] = {}
        for actor in knowledge.actors:
            self._actors.setdefault(actor.slug, actor)
        # Each country's names as index keys, to tell an office alias that names its
        # country («سخنگوی وزارت امور خارجه ایران», «الخارجية الإيرانية») from one that
        # does not («سخنگوی وزارت خارجه»): a key holding one of them names it.
        self._state_keys: dict[str, tuple[str, ...]] = {}
        for actor in knowledge.actors:
            if actor.type == "state" and actor.country:
                names = (actor.names.fa, actor.names.ar, actor.names.en, *actor.aliases)
                keys = [_key(_PIECE_RE.findall(fold(n))) for n in names if n]
                self._state_keys[actor.country] = (
                    *self._state_keys.get(actor.country, ()),
                    *(k for k in keys if k),
                )
        short: dict[str, str] = {}  # one-word person key -> its person
        last_words: dict[str, set[str]] = {}  # last word of a full name -> its persons
        self._given: set[str] = set()
        self._full: set[str] = set()  # keys of persons' names of two words or more
        self._own: dict[str, set[str]] = {}  # person -> every word of its names
        multi: list[tuple[list[str], tuple[str, ...]]] = []  # names of two words or more
        for actor in knowledge.actors:
            for name in (actor.names.fa, actor.names.ar, actor.names.en, *actor.aliases):
                words = self._add(name, ("actor", actor.slug))
                if actor.type != "person" or not words:
                    continue
                self._own.setdefault(actor.slug, set()).update(words)
                variant = self._add_vowel_variant(words, actor.slug)
                if len(words) == 1:
                    short[words[0]] = actor.slug
                    if variant:
                        short[variant] = actor.slug
                    continue
                names = [w for w in words if w not in HONORIFICS]
                multi.append((names, tuple(filter(None, (_key(words), variant)))))
                if len(names) >= 2:
                    last_words.setdefault(names[-1], set()).add(actor.slug)
        # A one-word key is a family name when several persons' full names end with it.
        self._family = {
            key: frozenset(last_words.get(key, set()) | {slug})
            for key, slug in short.items()
            if len(last_words.get(key, set()) | {slug}) > 1
        }
        # A name made only of family names that ends in a shared one («بوتو زرداری»:
        # Bilawal) names its person, but neither opens a name nor counts as naming him in
        # full: it does not tell whose a bare «زرداری» is (his father's, in an article
        # that calls the father so).
        openers = GIVEN_NAMES | _first_words(persons)
        for names, keys in multi:
            if (
                len(names) >= 2
                and names[-1] in self._family
                and all(w in last_words and w not in openers for w in names[:-1])
            ):
                continue
            self._full.update(keys)
            if len(names) >= 2:
                self._given.add(names[0])
        adjectives = persian_adjectives() if short else frozenset()
        self._weak = {key for key, slug in short.items() if self._is_word(key, slug, adjectives)}
        self._short = set(short)
        # the last word of a person's full name -> the persons it ends (``_surname_of``)
        self._surnames = {key: frozenset(slugs) for key, slugs in last_words.items()}
        self._given_names = self._given | GIVEN_NAMES
        self._terms: dict[str, list[_Term]] = {}
        for actor in persons:
            for role in actor.roles:
                if role.start:  # a term without a start cannot be placed on a date
                    self._terms.setdefault(role.key, []).append(
                        _Term(role.start, role.end, actor.slug)
                    )
        self._prefixes = name_prefixes(self._index)
        # Words a hit can start at: a name's start, or a dual of ``DUAL_BODIES``.
        self._openers = self._prefixes | DUAL_BODIES.keys()
        self._read = lru_cache(maxsize=TEXT_CACHE)(self._read_text)
        self._short_for = _short_names(knowledge)
        self._capital_keys = {
            country: tuple(_key(_PIECE_RE.findall(fold(n))) for n in names)
            for country, names in CAPITALS.items()
        }

    def _add(self, name: str, entry: tuple[str, str]) -> list[str]:
        words = _PIECE_RE.findall(fold(name))
        if words:
            self._index[_key(words)] = entry
            self._max_tokens = max(self._max_tokens, len(words) + 2)  # +2: glued vs spaced
        return words

    def _add_vowel_variant(self, words: list[str], slug: str) -> str:
        """Index a person's name again with its last word's final ا/ه swapped (باجوا,
        باجوه), unless that spelling already names something; the key added, or ""."""
        last = words[-1]
        if len(last) < _MIN_VOWEL_SWAP or not _is_arabic_script(last):
            return ""
        if last[-1] not in _FINAL_VOWELS:
            return ""
        key = _key([*words[:-1], last[:-1] + _FINAL_VOWELS[last[-1]]])
        if key in self._index:
            return ""
        self._index[key] = ("actor", slug)
        return key

    def _is_word(self, key: str, slug: str, adjectives: frozenset[str]) -> bool:
        """Whether the one-word name *key* of *slug* is also a word of the language: an
        adjective of hazm's lexicon, or an office word with the nisba «ی» (رئیسی)."""
        if key.endswith("ی") and key[:-1] in self._office_words:
            return True
        actor = self._actors.get(slug)
        spellings = (actor.names.fa, actor.names.ar, *actor.aliases) if actor else ()
        return any(_persian_letters(name) in adjectives and fold(name) == key for name in spellings)

    # -- scanning ---------------------------------------------------------------------

    def _match_at(self, toks: Sequence[Token], i: int) -> Hit | None:
        """The longest name starting at token *i* (the first of its spellings on a tie)."""
        variants = _variants(toks[i].text)
        if self._prefixes.isdisjoint(variants):
            return None  # no name starts with the word
        last = min(len(toks), i + self._max_tokens)
        best: tuple[int, tuple[str, str]] | None = None
        best_variant = 0
        for n, key in enumerate(variants):
            found = longest_name(key, toks, i, last, self._index, self._prefixes)
            if found and (best is None or found[0] > best[0]):
                best, best_variant = found, n
        if best is None:
            return None
        key = variants[best_variant] + _key(t.text for t in toks[i + 1 : best[0]])
        return Hit(best[1][0], best[1][1], i, best[0], key, best_variant == 0)

    def scan(self, toks: Sequence[Token]) -> list[Hit]:
        """All actor and role hits in *toks*, longest first, without overlaps.  A
        source's name longer than any actor or role name at its start is passed over
        («وكالة الأناضول» names the agency, not Anatolia; «خبرگزاری فرانسه», not France)."""
        hits, i = [], 0
        openers = self._openers
        while i < len(toks):
            if openers.isdisjoint(_variants(toks[i].text)):
                i += 1  # no name and no dual starts here
                continue
            pair = self._dual_bodies(toks, i)
            if pair:
                hits.extend(pair)
                i = pair[-1].end
                continue
            hit = self._match_at(toks, i)
            if hit:
                if (
                    hit.kind != "source"
                    and not self._posted_elsewhere(toks, hit)
                    and not self._qualifies_noun(toks, hit)
                ):
                    hits.append(hit)
                i = hit.end
            else:
                i += 1
        return hits

    def _dual_bodies(self, toks: Sequence[Token], i: int) -> tuple[Hit, ...]:
        """The two bodies a dual at token *i* and its two adjectives name («الجيشان الهندي
        والباكستاني», ``DUAL_BODIES``), or none when either is not an actor's name."""
        if i + 2 >= len(toks):
            return ()
        singular = next((DUAL_BODIES[v] for v in _variants(toks[i].text) if v in DUAL_BODIES), "")
        second = toks[i + 2].text
        if not singular or not second.startswith(fold("و")):
            return ()
        first = self._index.get(singular + toks[i + 1].text)
        other = self._index.get(singular + second[1:])
        if first is None or other is None or first[0] != "actor" or other[0] != "actor":
            return ()
        return (
            Hit("actor", first[1], i, i + 2, singular + toks[i + 1].text),
            Hit("actor", other[1], i + 2, i + 3, singular + second[1:], bare=False),
        )

    @staticmethod
    def _posted_elsewhere(toks: Sequence[Token], hit: Hit) -> bool:
        """Is role *hit* an envoy's office named with another post after it («سفیر پاکستان
        | در کابل»)?  The office's own post is in its longer names («سفیر پاکستان در
        تهران»), read first as the longest match: a post left after a bare name is
        another country's, not this office."""
        return (
            hit.kind == "role"
            and hit.ident in POSTED_ROLES
            and hit.end < len(toks)
            and toks[hit.end].text in POST_PREPOSITIONS
        )

    @staticmethod
    def _qualifies_noun(toks: Sequence[Token], hit: Hit) -> bool:
        """Is *hit* a name opening with an office's adjective («الخارجية الإيرانية») that
        qualifies the noun before it («السياسة الخارجية الإيرانية»: foreign policy)?"""
        return (
            hit.start > 0
            and toks[hit.start].text in OFFICE_ADJECTIVES
            and any(v in QUALIFIED_NOUNS for v in _variants(toks[hit.start - 1].text))
        )

    def in_outlet_name(self, text: str, toks: Sequence[Token], hit: Hit) -> bool:
        """Is *hit* a state named inside the outlet of the formula opening *text* («به
        گزارش ملت ایران به نقل از پرداد:»: the outlet, not Iran)?"""
        m = _REPORT_OPENING_RE.match(text)
        if not m or toks[hit.end - 1].end > m.end("name"):
            return False
        if len(tokenize(m.group("name"))) > OUTLET_NAME_WORDS:
            return False
        return self._state(hit) is not None

    def after_outlet(self, toks: Sequence[Token], hit: Hit) -> bool:
        """Is *hit* a state named right after an outlet told something («به اسپوتنیک
        روسیه گفت»: Sputnik's country, ``OUTLET_WORDS``, ``TOLD_WORDS``)?"""
        if hit.start < 2 or self._state(hit) is None:
            return False
        if toks[hit.start - 1].text in OUTLET_WORDS:
            return toks[hit.start - 2].text in TOLD_WORDS
        for start in range(hit.start - 1, max(0, hit.start - self._max_tokens) - 1, -1):
            outlet = self._match_at(toks, start)
            if outlet is not None and outlet.kind == "source" and outlet.end == hit.start:
                return start > 0 and toks[start - 1].text in TOLD_WORDS
        return False

    def read(self, text: str) -> tuple[tuple[Token, ...], tuple[Hit, ...]]:
        """*text*'s tokens and hits (the last ``TEXT_CACHE`` texts' are kept)."""
        return self._read(text)

    def _read_text(self, text: str) -> tuple[tuple[Token, ...], tuple[Hit, ...]]:
        toks = tokenize(text)
        return toks, tuple(self.scan(toks))

    def find(self, text: str) -> list[tuple[str, int, int]]:
        """Actors named in *text* as (slug, start_token, end_token); role phrases excluded."""
        return [(h.ident, h.start, h.end) for h in self.read(text)[1] if h.kind == "actor"]

    # -- roles ------------------------------------------------------------------------

    def holder(self, role: str, date: str | None) -> str:
        """Slug of the one person the knowledge has in office *role* on *date*; "" when
        the date is unknown, nobody is known, or several are.

        Only dated terms count (a term without a start cannot be placed on a date).  On
        a hand-over day (one term ends on *date*, the next starts on it) the incoming
        holder is the one.
        """
        if not date:
            return ""
        terms = [
            t for t in self._terms.get(role, ()) if t.start <= date and (not t.end or date <= t.end)
        ]
        if len({t.slug for t in terms}) > 1:
            terms = [t for t in terms if t.end != date]
        slugs = {t.slug for t in terms}
        return slugs.pop() if len(slugs) == 1 else ""

    def attached(self, text: str, toks: Sequence[Token], hits: Sequence[Hit], k: int) -> str:
        """The person a role hit *k* is the title of ("" if none is apposed to it).

        A person's name right after the role, or right before it, is the title's holder
        («رئيس البرلمان علي لاريجاني» is Larijani's title, whatever office the bare words
        name).  Before the role only when the role's first word is as written: «لاريجاني
        بوزير الداخلية الباكستاني» is "with the minister", not his title.  Both apposed: a
        neighbour who held that office, else one of its country, else the one after.
        """
        role = hits[k]
        neighbours = []
        if (
            k + 1 < len(hits)
            and self._is_person(hits[k + 1])
            and hits[k + 1].bare
            and self._apposed(text, toks, role.end, hits[k + 1].start)
        ):
            neighbours.append(hits[k + 1].ident)
        if (
            k > 0
            and role.bare
            and self._is_person(hits[k - 1])
            and self._apposed(text, toks, hits[k - 1].end, role.start)
        ):
            neighbours.append(hits[k - 1].ident)
        office = self.knowledge.role(role.ident)
        country = office.country if office else ""
        actors = [a for a in map(self.knowledge.actor, neighbours) if a]
        for actor in actors:  # first choice: a neighbour who held that office at some time
            if any(r.key == role.ident for r in actor.roles):
                return actor.slug
        for actor in actors:  # else one of the office's country
            if not country or actor.country == country:
                return actor.slug
        return neighbours[0] if neighbours else ""

    def former(self, toks: Sequence[Token], hit: Hit) -> bool:
        """Whether a qualifier right after role *hit* says the office is no longer held
        («وزير الخارجية السابق»): such a mention is never resolved to a holder."""
        return hit.end < len(toks) and toks[hit.end].text in FORMER

    def subordinate(self, text: str, toks: Sequence[Token], hits: Sequence[Hit], k: int) -> bool:
        """Whether role hit *k* is the office a deputy, an adviser or a spokesman serves
        («مساعد وزير الداخلية الإيراني», «معاون امنیتی وزیر کشور», «المتحدث باسم
        الرئيس»): a ``SUBORDINATES`` phrase right before it, past the words qualifying the
        post (``_SUBORDINATE_QUALIFIERS``; Persian: up to ``_SUBORDINATE_GAP`` words),
        spaces only between.  Such a mention is never the office's holder, nor a title
        its name's bearer holds."""
        floor = hits[k - 1].end if k > 0 else 0
        end = hits[k].start  # the phrase, then the gap, are toks[...:end]
        gap, qualifiers_only = 0, True
        while end > floor:
            if text[toks[end - 1].end : toks[end].start].strip():
                return False
            singles, longer = _SUBORDINATE_INDEX_ANY if qualifiers_only else _SUBORDINATE_INDEX_FA
            last = toks[end - 1].text
            if any(v in singles for v in _variants(last)) or any(
                self._ends_with(text, toks, floor, end, p) for p in longer.get(last, ())
            ):
                return True
            word = toks[end - 1].text
            qualifiers_only = qualifiers_only and word in _SUBORDINATE_QUALIFIERS
            if gap >= _SUBORDINATE_GAP or word in _SUBORDINATE_STOPS or word.isdigit():
                return False
            gap, end = gap + 1, end - 1
        return False

    @staticmethod
    def _ends_with(
        text: str, toks: Sequence[Token], floor: int, end: int, phrase: Sequence[str]
    ) -> bool:
        """Whether toks[floor:end] end with the words *phrase*, spaces only between (the
        first word may carry a proclitic: «ومساعد»)."""
        start = end - len(phrase)
        if start < floor:
            return False
        if any(toks[start + j].text != w for j, w in enumerate(phrase) if j):
            return False
        if phrase[0] not in _variants(toks[start].text):
            return False
        return not any(text[toks[j - 1].end : toks[j].start].strip() for j in range(start + 1, end))

    def _is_person(self, hit: Hit) -> bool:
        return hit.kind == "actor" and hit.ident in self._persons

    @staticmethod
    def _apposed(text: str, toks: Sequence[Token], end: int, start: int) -> bool:
        """Only punctuation of apposition, honorifics and qualifiers (الحالي, السابق)
        between token *end*-1 and *start*."""
        if start < end or end == 0 or start >= len(toks):
            return False
        between = fold(text[toks[end - 1].end : toks[start].start])
        if any(w not in HONORIFICS and w not in QUALIFIERS for w in _PIECE_RE.findall(between)):
            return False
        return bool(_APPOSITION_RE.fullmatch(_PIECE_RE.sub("", between)))

    # -- persons in context -----------------------------------------------------------

    def named_in_full(self, paragraphs: Iterable[str]) -> frozenset[str]:
        """Persons named in *paragraphs* by a name of two words or more."""
        return frozenset(
            h.ident
            for text in paragraphs
            for h in self.read(text)[1]
            if h.kind == "actor" and h.key in self._full
        )

    def titled_in(self, paragraphs: Sequence[str]) -> dict[str, str]:
        """Offices the article itself gives a holder: role key -> the one person named
        beside that title in *paragraphs* («محمد مدثر تیپو، سفیر پاکستان»); an office
        given to several persons is left out.  An office named by an alias without its
        country («وزیر کشور») in an article that names the same office of another
        country («وزیر کشور پاکستان») -> "": nobody (not its holder on the date); so is
        an envoy's office named without a post the article does not bear out
        (``unposted``)."""
        seen: dict[str, set[str]] = {}
        bare: set[str] = set()  # offices named by an alias without their country
        countries: dict[str, set[str]] = {}  # an office's kind -> the countries named with it
        for text in paragraphs:
            toks, hits = self.read(text)
            for k, hit in enumerate(hits):
                if hit.kind != "role":
                    ministry = self._ministry_before(text, toks, hit)
                    if ministry:
                        country, kinds = ministry
                        for kind in kinds:
                            countries.setdefault(kind, set()).add(country)
                    continue
                office = self.knowledge.role(hit.ident)
                if office and office.country:
                    if self._names_its_country(hit, office.country):
                        countries.setdefault(_office_kind(hit.ident), set()).add(office.country)
                    else:
                        bare.add(hit.ident)
                if not self.former(toks, hit) and not self.subordinate(text, toks, hits, k):
                    slug = self.attached(text, toks, hits, k)
                    if slug:
                        seen.setdefault(hit.ident, set()).add(slug)
        titled = {key: slugs.pop() for key, slugs in seen.items() if len(slugs) == 1}
        for key in self.unposted(paragraphs) - titled.keys():
            titled[key] = ""
        # «وزیر کشور پاکستان- چودری نسار علی - … وزیر کشور که …»: the bare title after
        # another country's is that one's as likely as ours: nobody.
        for key in bare - titled.keys():
            office = self.knowledge.role(key)
            if office and countries.get(_office_kind(key), set()) - {office.country}:
                titled[key] = ""
        return titled

    def unposted(self, paragraphs: Sequence[str]) -> frozenset[str]:
        """Envoys' offices named in *paragraphs* without their post («سفیر پاکستان», the
        ambassador to Iran by the knowledge) where the article does not bear the post
        out: it names the envoy at another post («سفیر پاکستان در کابل»), or names a
        third state and not the post's (a report from Kabul on «ابرار حسین، سفیر
        پاکستان» that names Afghanistan, never Iran).  Such a bare title is nobody's:
        the state has an envoy in every capital."""
        reads = [self.read(text) for text in paragraphs]
        bare = {
            hit.ident
            for _, hits in reads
            for hit in hits
            if hit.kind == "role"
            and hit.ident in POSTED_ROLES
            and not self._names_post(hit.key, POSTED_ROLES[hit.ident])
        }
        if not bare:
            return frozenset()
        states = {state.country for _, hits in reads for h in hits if (state := self._state(h))}
        out = set()
        for role in bare:
            office = self.knowledge.role(role)
            post = POSTED_ROLES[role]
            named = post in states or self._capital_named(reads, post)
            third = states - {post, office.country if office else ""}
            if self._posted_away(reads, role) or (third and not named):
                out.add(role)
        return frozenset(out)

    def _names_post(self, key: str, country: str) -> bool:
        """Whether the index *key* names the state *country* or its capital."""
        names = (*self._state_keys.get(country, ()), *self._capital_keys.get(country, ()))
        return any(name in key for name in names)

    def _posted_away(
        self, reads: Sequence[tuple[Sequence[Token], Sequence[Hit]]], role: str
    ) -> bool:
        """Whether *role* is named with another post after it in one of *reads*."""
        for toks, _ in reads:
            for i in range(len(toks)):
                hit = self._match_at(toks, i)
                if hit and hit.ident == role and self._posted_elsewhere(toks, hit):
                    return True
        return False

    def _capital_named(
        self, reads: Sequence[tuple[Sequence[Token], Sequence[Hit]]], country: str
    ) -> bool:
        """Whether one of *reads* names the capital of *country* (``CAPITALS``)."""
        capitals = self._capital_keys.get(country, ())
        for toks, _ in reads:
            words = [t.text for t in toks]
            pairs = {a + b for a, b in itertools.pairwise(words)}
            if any(c in words or c in pairs for c in capitals):
                return True
        return False

    def _ministry_before(
        self, text: str, toks: Sequence[Token], hit: Hit
    ) -> tuple[str, tuple[str, ...]] | None:
        """The state *hit* names and the office kinds of the ministry named right before
        it («وزارت امور خارجه افغانستان»: Afghanistan's minister's and spokesman's), else
        None."""
        state = self._state(hit)
        if state is None or not state.country or not hit.start:
            return None
        start = toks[hit.start].start
        before = fold(text[max(0, start - _MINISTRY_CHARS) : start]).split()
        if before and before[-1] in _EZAFE_WORDS:
            before.pop()  # «وزارت خارجه یی افغانستان»: the ezafe written as a word
        for words, kinds in _MINISTRY_WORDS:
            if before[-len(words) :] == list(words):
                return state.country, kinds
        return None

    def _state(self, hit: Hit) -> Actor | None:
        """The state actor *hit* names, else None."""
        actor = self._actors.get(hit.ident) if hit.kind == "actor" else None
        return actor if actor is not None and actor.type == "state" else None

    def _names_its_country(self, hit: Hit, country: str) -> bool:
        """Whether role *hit*'s words name its office's *country* («وزیر کشور پاکستان»,
        not «وزیر کشور»)."""
        return any(name in hit.key for name in self._state_keys.get(country, ()))

    def titled_or_holder(self, role: str, titled: Mapping[str, str], date: str | None) -> str:
        """Who office *role* names alone: the one the article titles with it
        (``titled_in``; "" when it cannot tell), else its holder on *date*."""
        if role in titled:
            return titled[role]
        return self.holder(role, date)

    def short_for_another(self, hit: Hit, named: Set[str]) -> bool:
        """Is *hit*, an organisation's name, the beginning of a longer name of an
        organisation of another country that the article names (*named*)?  In Arabic it
        is then as likely that one's short form: «حركة "طالبان"» in an article on «حركة
        طالبان الباكستانية» is the Pakistani Taliban as much as the Afghan, and is read
        as neither (``match_actors``).  Persian news name the Pakistani group by its own
        name («تحریک طالبان پاکستان») and the Afghan one «طالبان» («سخنگوی طالبان» in
        an article on both).  A body's short name beside one of its own branches
        («الحرس الثوري», «فيلق القدس التابع للحرس الثوري») is the body: same country."""
        return bool(self._short_for.get(hit.key, frozenset()) & named)

    def person_at(
        self, text: str, toks: Sequence[Token], hits: Sequence[Hit], k: int, in_full: Set[str]
    ) -> str:
        """The actor hit *k* names, given the persons *in_full* named in full in the
        article; "" when a one-word name is not enough to tell.

        * A person's name right after a place noun («سالن امام خمینی»): the place's
          name, nobody.
        * A full name, an organisation or a state: that actor.
        * A one-word name right after a given name (the knowledge's, or ``GIVEN_NAMES``)
          that none of its family has («طارق باجوا», «صادق لاريجاني» when only Ali is
          known) is someone else: ""; right after a word of one of them's own names
          («سلیم باجوا», «الأدميرال شمخاني»), that one.
        * A family name (several persons' full names end with it): the one of them named
          in full in the article; when none is, the person whose alias it is (the
          knowledge's «لاریجانی» is Ali Larijani unless the article names Sadegh); "" when
          several are.
        * A word that is also an adjective (رئيسي, "main"): the person only when named
          in full in the article, or with a title or honorific right before or after.
        """
        hit = hits[k]
        if hit.ident in self._persons and _names_a_place(toks, hit.start):
            return ""
        if hit.ident not in self._persons or hit.key not in self._short:
            return hit.ident
        if not (k > 0 and hits[k - 1].end == hit.start):
            by_given = self._by_given_name(toks, hit)
            if by_given is not None:
                return by_given
        family = self._family.get(hit.key)
        if family:
            return _of_family(family & in_full, hit.ident)
        if hit.key in self._weak and hit.ident not in in_full:
            return hit.ident if self._titled(text, toks, hits, k) else ""
        return hit.ident

    def _by_given_name(self, toks: Sequence[Token], hit: Hit) -> str | None:
        """Who the one-word name *hit* is when a given name stands right before it: the
        one person of its family whose own names hold that word («جاوید باجوا»: Qamar
        Javed Bajwa), nobody when it is a given name none of them has («طارق باجوا»,
        «صادق لاریجانی» when only Ali is known); None otherwise (no given name before it,
        or one several of them share)."""
        if hit.start == 0:
            return None
        word = toks[hit.start - 1].text
        members = self._family.get(hit.key, frozenset({hit.ident}))
        owners = [slug for slug in sorted(members) if word in self._own.get(slug, ())]
        if len(owners) == 1:
            return owners[0]
        if not owners and word in self._given_names:
            return ""
        return None

    def _titled(self, text: str, toks: Sequence[Token], hits: Sequence[Hit], k: int) -> bool:
        """An honorific, or a role phrase in apposition, right before or after hit *k*."""
        hit = hits[k]
        if hit.start > 0 and toks[hit.start - 1].text in HONORIFICS:
            return True
        before = k > 0 and hits[k - 1].kind == "role"
        if before and self._apposed(text, toks, hits[k - 1].end, hit.start):
            return True
        after = k + 1 < len(hits) and hits[k + 1].kind == "role"
        return after and self._apposed(text, toks, hit.end, hits[k + 1].start)

    # -- names ------------------------------------------------------------------------

    def resolve_name(
        self,
        name: str,
        date: str | None = None,
        titled: Mapping[str, str] | None = None,
        in_full: Set[str] = frozenset(),
    ) -> str:
        """Slug of the actor *name* refers to, "" if none.

        Chain: the first person named > the first actor named > the holder of the first
        role phrase (the person *titled* with it in the article, else its holder on
        *date*; no date: none).  Used to attribute quotes to speakers, so
        without the rest of the article but the persons *in_full* named in full in it: a
        family name resolves as in ``person_at``, and a one-word name that is also a word only as the first word of *name*.
        """
        toks = tokenize(name)
        hits = self.scan(toks)
        for k, hit in enumerate(hits):
            if not self._is_person(hit):
                continue
            if hit.key in self._short:
                by_given = self._by_given_name(toks, hit)
                if by_given is not None:
                    if by_given:
                        return by_given
                    continue
                family = self._family.get(hit.key)
                if family:
                    slug = _of_family(family & in_full, hit.ident)
                    if slug:
                        return slug
                    continue
                if (
                    hit.key in self._weak
                    and hit.start > 0
                    and not self._titled(name, toks, hits, k)
                ):
                    continue
            return hit.ident
        qualifiers = {k + 1 for k in range(len(hits) - 1) if self._qualifies(hits[k], hits[k + 1])}
        for k, hit in enumerate(hits):
            if hit.kind == "actor" and hit.ident not in self._persons and k not in qualifiers:
                return hit.ident
        for k, hit in enumerate(hits):
            if hit.kind == "role" and not self.attached(name, toks, hits, k):
                if (
                    self.former(toks, hit)
                    or self.subordinate(name, toks, hits, k)
                    or self.of_another_state(hit, hits[k + 1 : k + 2])
                ):
                    return ""
                return (titled or {}).get(hit.ident) or self.holder(hit.ident, date)
        return "" if hits else self._surname_of(toks, in_full)

    def _surname_of(self, toks: Sequence[Token], in_full: Set[str]) -> str:
        """The one person *in_full* (named in full in the article) whose full name ends
        with the bare word *toks* name, honorifics aside («شریف» after «نواز شریف»): a
        surname that is no alias of its own (a common word too) names him there; two
        persons of that name in the article (Nawaz and Shehbaz Sharif) -> nobody, and so
        does a word that is a given name or ends one too («خان», «آصف», «شاه»: many
        people of the region carry it, the article may name one not on file)."""
        words = [t.text for t in toks if t.text not in HONORIFICS]
        if len(words) != 1 or words[0] in self._given_names:
            return ""
        owners = self._surnames.get(words[0], frozenset()) & in_full
        return next(iter(owners)) if len(owners) == 1 else ""

    def body_of_office(self, toks: Sequence[Token], hit: Hit) -> tuple[str, int]:
        """The international body (an organisation of no country) named inside office
        *hit*'s phrase as written («دبیرکل سازمان ملل», «مدیرکل آژانس بین‌المللی انرژی
        اتمی», «الأمين العام للأمم المتحدة», «IAEA chief») and the index of its first
        token, or ("", -1): the text names the body too.  Only a name the phrase holds:
        an office of a state or of a national body («وزیر خارجه پاکستان», «سخنگوی وزارت
        خارجه») adds nothing."""
        if hit.kind != "role":
            return "", -1
        phrase = toks[hit.start : hit.end]
        for skip, part in ((1, phrase[1:]), (0, phrase[:-1])):
            for inner in self.scan(part):
                actor = self._actors.get(inner.ident) if inner.kind == "actor" else None
                if actor is not None and actor.type == "organisation" and not actor.country:
                    return actor.slug, hit.start + skip + inner.start
        return "", -1

    def _qualifies(self, role: Hit, hit: Hit) -> bool:
        """Whether *hit* is a state or a body named right after the office *role*, as its
        qualifier («سخنگوی وزارت خارجه عربستان», «سخنگوی وزارت خارجه طالبان»: the office of
        that state or body, not the state or body)."""
        actor = self._actors.get(hit.ident) if hit.kind == "actor" else None
        return (
            role.kind == "role"
            and hit.start == role.end
            and actor is not None
            and actor.type in ("state", "organisation")
        )

    def of_another_state(self, role: Hit, after: Sequence[Hit]) -> bool:
        """Whether office *role* is qualified by a state or body other than its own: an
        office alias written without its country («سخنگوی وزارت خارجه») and a foreign
        state or body right after it («... عربستان», «... طالبان») name that one's office,
        never ours.  An alias that names its country («وزیر خارجه پاکستان») is qualified
        by nothing after it («... طالبان را محکوم کرد»: the object)."""
        if not after or not self._qualifies(role, after[0]):
            return False
        office, other = self.knowledge.role(role.ident), self._actors.get(after[0].ident)
        if not (office and other) or office.country == other.country:
            return False
        return not any(name in role.key for name in self._state_keys.get(office.country, ()))

    def speaker(
        self,
        clause: str,
        date: str | None,
        titled: Mapping[str, str],
        in_full: Set[str],
        lang: str = "",
    ) -> str:
        """Slug of the person *clause* (the subject of a speech verb in the article) names
        first, "" if it names nobody the knowledge can tell.

        Read as the article's own mentions are (``match_actors``): the first person or
        office named decides.  A one-word name through ``person_at`` with the persons
        *in_full* named in full in the article (families, adjectives); an office beside a
        name is that name's, known or not, and names nobody when qualified as former; an
        office alone is the person the article *titled* with it, else its holder on
        *date* (no date: nobody).
        """
        toks, hits = self.read(clause)
        for k, hit in enumerate(hits):
            if hit.kind == "role":
                if self.subordinate(clause, toks, hits, k):
                    return self.attached(clause, toks, hits, k)  # a deputy named, or nobody
                if self.role_stands_alone(clause, toks, hits, k, lang):
                    return self.titled_or_holder(hit.ident, titled, date)
                return self.attached(clause, toks, hits, k)
            if self._is_person(hit):
                slug = self.person_at(clause, toks, hits, k, in_full)
                if not slug and hit.start == 0 and hit.key in self._weak:
                    # A word that is also a name opening the subject of a speech verb
                    # («رئيسي قال») is the person, as for a quote's speaker.
                    slug = "" if hit.key in self._family else hit.ident
                return slug
        return ""

    def _name_run(self, toks: Sequence[Token], words: Sequence[Token]) -> bool:
        """Whether *words* (a run between a role and punctuation) look like a person's
        name: an honorific then a name word, or a given name then one more word."""
        names = [t for t in words if t.text not in HONORIFICS]
        if not names or len(names) > CANDIDATE_MAX_WORDS:
            return False
        if words[0].text in HONORIFICS:
            return True
        return len(names) >= CANDIDATE_MIN_WORDS and names[0].text in self._given

    def candidate_after(
        self, text: str, toks: Sequence[Token], hits: Sequence[Hit], k: int, lang: str = ""
    ) -> str:
        """An unknown name introduced by role hit *k*, as written; "" if none.

        The words after the role (past qualifiers such as الحالي), up to punctuation, a
        function word or a weekday, are a name when they open with an honorific
        («الجنرال باجوا») or a given name of the knowledge and run two to four words.
        *lang* is the paragraph's language (told from *text* when not given)."""
        role = hits[k]
        lang = lang or detect_language(text)
        stop = _STOPWORDS.get(lang, _STOPWORDS["en"])
        next_hit = hits[k + 1].start if k + 1 < len(hits) else len(toks)
        first = role.end
        while first < len(toks) and first < next_hit and toks[first].text in QUALIFIERS:
            first += 1
        i = first
        while i < len(toks):
            before = text[toks[i - 1].end : toks[i].start]
            if i > first and not before.isspace():
                break  # punctuation inside the run ends it
            if i == first and not _APPOSITION_RE.fullmatch(before):
                return ""
            word = toks[i].text
            if i >= next_hit or any(v in stop for v in _variants(word)):
                break  # a function word, also behind a proclitic («وكبار»)
            if i == first and lang == "ar" and word.startswith("ال") and word not in HONORIFICS:
                return ""  # Arabic names do not start with the article; nouns do
            if word.isdigit() or any(v in self._office_words for v in _variants(word)):
                return ""
            i += 1
            if i - first > CANDIDATE_MAX_WORDS + 1:
                return ""
        if i == first or (i < len(toks) and i >= next_hit):
            return ""  # nothing, or the run runs into a known name
        if not self._name_run(toks, toks[first:i]):
            return ""
        return text[toks[first].start : toks[i - 1].end]

    def candidate_before(
        self, text: str, toks: Sequence[Token], hits: Sequence[Hit], k: int, lang: str = ""
    ) -> str:
        """An unknown name right before role hit *k* («حسن روحانی رئیس جمهوری اسلامی
        ایران», «X، سفیر پاکستان»), as written; "" if none.

        The words before the role back to punctuation, a function word or a known name
        are taken from the first given name or honorific among them; the rest must be a
        name as for ``candidate_after``.  Not when a proclitic is glued to the role
        («وبوزير»): then the role starts a new phrase."""
        role = hits[k]
        if not role.bare or role.start == 0:
            return ""
        lang = lang or detect_language(text)
        stop = _STOPWORDS.get(lang, _STOPWORDS["en"])
        prev_hit = hits[k - 1].end if k > 0 else 0
        if not _APPOSITION_RE.fullmatch(text[toks[role.start - 1].end : toks[role.start].start]):
            return ""
        i = role.start  # the run is toks[i:role.start]
        while i > prev_hit:
            word = toks[i - 1].text
            if i < role.start and not text[toks[i - 1].end : toks[i].start].isspace():
                break
            if any(v in stop for v in _variants(word)) or word.isdigit():
                break
            if any(v in self._office_words for v in _variants(word)):
                break
            i -= 1
            if role.start - i > CANDIDATE_MAX_WORDS + 2:
                return ""  # a clause, not a name
        if k > 0 and i == prev_hit and self._continues_person(text, toks, hits[k - 1]):
            return ""  # «محمد بن سلمان بن عبدالعزيز آل سعود»: the rest of a known name
        run = list(range(i, role.start))
        opens = [j for j in run if toks[j].text in HONORIFICS or toks[j].text in self._given]
        if not opens:
            return ""
        words = toks[opens[0] : role.start]
        if not self._name_run(toks, words):
            return ""
        return text[words[0].start : words[-1].end]

    def _opens_name(self, word: str) -> bool:
        """Whether *word* (folded) opens a person's name without a title before it: a
        word of ``GIVEN_NAMES`` that does not only end a name.  The first words of the
        knowledge's names are not read: some are titles («ملا», «شیخ», «مولانا»)."""
        return word in GIVEN_NAMES and word not in NAME_ENDS

    def _titled_name(self, toks: Sequence[Token], stop: Set[str], lang: str) -> bool:
        """Whether *toks* are an unknown person's name: honorifics, then two or three
        words opening with a given name (``_opens_name``), none a function word, an
        office word, a place noun or a number; in Arabic not opening with the article."""
        names = [t.text for t in toks if t.text not in HONORIFICS]
        if not CANDIDATE_MIN_WORDS <= len(names) <= TITLED_NAME_WORDS:
            return False
        if any(t.text in HONORIFICS for t in toks[len(toks) - len(names) :]):
            return False  # an honorific inside the name: two phrases
        if not self._opens_name(names[0]):
            return False
        if lang == "ar" and names[0].startswith("ال"):
            return False
        return not any(
            w.isdigit()
            or w in stop
            or w in PLACE_NOUNS
            or w in TITLE_NOUNS
            or any(v in self._office_words for v in _variants(w))
            for w in names
        )

    def candidates_titled(
        self, text: str, toks: Sequence[Token], hits: Sequence[Hit], lang: str
    ) -> list[tuple[str, str]]:
        """Unknown names introduced by a title not on file: (name as written, title
        word as written).

        * A name, then a comma, a quote or a dash, then a title noun (``TITLE_NOUNS``):
          «"احمد محمدی" سرکنسول ایران در کراچی», «محمدرضا شیرخانی، مدیر عملیاتی».  The
          name must fill the words back to punctuation, the paragraph's start or a
          function word: a word before it that is none of these may be the start of a
          longer name («عبد الرحمن محمد علي»), whose end alone is no name.
        * A word saying that a name follows, then the name up to punctuation or the
          paragraph's end (a word after it may be a verb: «به نام X Y دستگیر شد»):
          «مسؤول الشرطة، ويدعى X Y،» (title "").

        The name is two or three words opening with a given name (``_titled_name``), and
        no known actor, office or source (a run touching one is no candidate)."""
        stop = _STOPWORDS.get(lang, _STOPWORDS["en"])
        named = {i for h in hits for i in range(h.start, h.end)}
        out: list[tuple[str, str]] = []

        def gap(i: int) -> str:  # the text between token i - 1 and token i
            return text[toks[i - 1].end : toks[i].start] if i > 0 else ""

        for t, tok in enumerate(toks):
            if t in named or t == 0 or tok.text not in TITLE_NOUNS:
                continue
            sep = gap(t)
            if not _APPOSITION_RE.fullmatch(sep) or not _TITLE_SEPARATORS & set(sep):
                continue
            j = t
            while j > 0 and t - j <= TITLED_NAME_WORDS + 2:
                if j < t and not gap(j).isspace():
                    break  # punctuation: the run starts at j
                if j - 1 in named or any(v in stop for v in _variants(toks[j - 1].text)):
                    break
                j -= 1
            if j == t:
                continue
            before = toks[j - 1].text if j > 0 else ""
            starts_clean = (
                j == 0
                or not gap(j).isspace()
                or (
                    j - 1 not in named
                    and any(v in stop for v in _variants(before))
                    and before not in GIVEN_NAMES
                )
            )  # «علي» folds as «على» (on): before a name it may be the name's first word
            if starts_clean and self._titled_name(toks[j:t], stop, lang):
                out.append((text[toks[j].start : toks[t - 1].end], text[tok.start : tok.end]))
        texts = tuple(x.text for x in toks)
        for t, word in enumerate(texts):
            phrases = _CALLED_BY_FIRST.get(word)
            if phrases is None:
                continue
            called = next((c for c in phrases if texts[t : t + len(c)] == c), ())
            if not called or t in named:
                continue
            first = t + len(called)
            if first >= len(toks) or not _APPOSITION_RE.fullmatch(gap(first)):
                continue
            i = first
            while i < len(toks) and i - first <= TITLED_NAME_WORDS:
                if i > first and not gap(i).isspace():
                    break
                if i in named:
                    i = -1  # a known name or office: not an unknown person
                    break
                i += 1
            ends = i == len(toks) or (i > first and not gap(i).isspace())
            if (
                ends
                and i - first <= TITLED_NAME_WORDS
                and self._titled_name(toks[first:i], stop, lang)
            ):
                out.append((text[toks[first].start : toks[i - 1].end], ""))
        return out

    def part_of_longer_name(self, name: str, paragraphs: Iterable[str], lang: str) -> bool:
        """Whether *name* is written elsewhere in *paragraphs* with one more word before
        or after it (a space between; the word no function word, honorific, title noun,
        word saying a name follows or known name): then it is part of a longer name
        («'كمال خان' رئيس» beside «جام كمال خان», «سهيل أنور، نائب» beside «سهيل أنور
        هاشمي»).  Not after it in Persian, where the object follows the subject's name
        («نصیر بھوتا توسعه ... را»)."""
        words = tuple(t.text for t in tokenize(name))
        stop = _STOPWORDS.get(lang, _STOPWORDS["en"])

        def more(text: str, toks: Sequence[Token], named: Set[int], i: int, gap: str) -> bool:
            word = toks[i].text
            return (
                gap.isspace()
                and i not in named
                and not any(v in stop for v in _variants(word))
                and word not in HONORIFICS
                and word not in TITLE_NOUNS
                and word not in QUALIFIERS
                and word not in _CALLED_LAST
            )

        for text in paragraphs:
            toks, hits = self.read(text)
            named = {i for h in hits for i in range(h.start, h.end)}
            for i in range(len(toks) - len(words) + 1):
                if tuple(t.text for t in toks[i : i + len(words)]) != words:
                    continue
                end = i + len(words)
                if i > 0 and more(text, toks, named, i - 1, text[toks[i - 1].end : toks[i].start]):
                    return True
                if (
                    lang != "fa"
                    and end < len(toks)
                    and more(text, toks, named, end, text[toks[end - 1].end : toks[end].start])
                ):
                    return True
        return False

    def _continues_person(self, text: str, toks: Sequence[Token], hit: Hit) -> bool:
        """Whether the words right after *hit* (a space between) go on with its name: it
        names a person the knowledge knows, whose name runs on beyond what it holds
        (his father's and family's names: «بن عبدالعزيز آل سعود»)."""
        return (
            hit.kind == "actor"
            and hit.ident in self._persons
            and hit.end < len(toks)
            and text[toks[hit.end - 1].end : toks[hit.end].start].isspace()
        )

    def role_stands_alone(
        self, text: str, toks: Sequence[Token], hits: Sequence[Hit], k: int, lang: str = ""
    ) -> bool:
        """Whether role hit *k* names nobody beside it: no known person apposed, no
        unknown name after or before it, and not qualified as former."""
        return not (
            self.attached(text, toks, hits, k)
            or self.former(toks, hits[k])
            or self.candidate_after(text, toks, hits, k, lang)
            or self.candidate_before(text, toks, hits, k, lang)
        )

    def names_only(self, text: str) -> bool:
        """Whether *text* names persons and offices and nothing else, «و» between them
        and a name's honorifics and titles before it (``HONORIFICS``, ``AR_TITLES``)
        («الرئيس الصيني وولي العهد السعودي», «رئيس وزراء باكستان أنوار الحق كاكر»,
        «قائد الثورة الإسلامية آية الله العظمى السيد علي خامنئي»): a photo's caption
        saying who is pictured, or a site's menu item, which states nothing."""
        toks, hits = self.read(text)
        if not hits or any(h.kind != "role" and not self._is_person(h) for h in hits):
            return False
        named = {i for h in hits for i in range(h.start, h.end)}
        for hit in hits:
            if hit.kind == "role":
                continue
            i = hit.start
            while i > 0 and i - 1 not in named:
                words = [t.text for t in toks[:i]]
                if words[-1] in HONORIFICS:
                    i -= 1
                elif title := next((t for t in _TITLE_WORDS if tuple(words[-len(t) :]) == t), ()):
                    i -= len(title)
                else:
                    break
            named.update(range(i, hit.start))
        return all(i in named or t.text in _JOINERS for i, t in enumerate(toks))


# Words that join the names of a caption: «X و Y», «X and Y».
_JOINERS = _folded_words("و and")


def _office_kind(key: str) -> str:
    """A role key without its country: «ir-interior-minister» -> «interior-minister»;
    one office named otherwise in another country's keys is one kind (``SAME_KIND``)."""
    kind = key.split("-", 1)[-1]
    return SAME_KIND.get(kind, kind)


# Office kinds of another country's keys that are one office with ours.
SAME_KIND = {"foreign-office-spokesperson": "foreign-ministry-spokesperson"}
# A ministry named with its state («وزارت امور خارجه افغانستان», «وزارة الخارجية
# الأفغانية» is the state's adjective: not read) names its minister's and spokesman's
# offices for that state.
MINISTRIES = {
    ("foreign-minister", "foreign-ministry-spokesperson"): (
        "وزارت امور خارجه", "وزارت خارجه", "وزارة الخارجية", "وزارة خارجية",
    ),
    ("interior-minister",): ("وزارت کشور", "وزارت امور داخله", "وزارت داخله", "وزارة الداخلية"),
}  # fmt: skip
_MINISTRY_CHARS = 32  # text read before a state for its ministry: the longest, with room
# The ezafe between a ministry and its state written as a word of its own, as Dari copy
# does («وزارت خارجه یی افغانستان», «وزارت خارجه ی افغانستان»).
_EZAFE_WORDS = frozenset(fold(w) for w in ("یی", "ی"))
_MINISTRY_WORDS = tuple(
    (tuple(fold(phrase).split()), kinds)
    for kinds, phrases in MINISTRIES.items()
    for phrase in phrases
)


def _short_names(knowledge: Knowledge) -> dict[str, frozenset[str]]:
    """Index key of an organisation's name -> the organisations of another country
    one of whose names begins with that name's words («طالبان», «حركة طالبان» -> the
    Pakistani Taliban, «حركة طالبان باكستان»)."""
    names: list[tuple[str, str, tuple[str, ...]]] = []
    for actor in knowledge.actors:
        if actor.type != "organisation":
            continue
        for name in (actor.names.fa, actor.names.ar, actor.names.en, *actor.aliases):
            words = tuple(_PIECE_RE.findall(fold(name))) if name else ()
            if words:
                names.append((actor.slug, actor.country, words))
    longer: dict[str, set[str]] = {}
    for _slug, country, words in names:
        for other, other_country, other_words in names:
            if (
                other_country != country
                and len(other_words) > len(words)
                and other_words[: len(words)] == words
            ):
                longer.setdefault(_key(words), set()).add(other)
    return {key: frozenset(slugs) for key, slugs in longer.items()}


def _first_words(persons: Iterable[Actor]) -> set[str]:
    """The first words of *persons*' own full names (their given names, folded)."""
    found = set()
    for actor in persons:
        for name in (actor.names.fa, actor.names.ar, actor.names.en):
            words = [w for w in _PIECE_RE.findall(fold(name or "")) if w not in HONORIFICS]
            if len(words) > 1:
                found.add(words[0])
    return found


def _of_family(named: Set[str], owner: str) -> str:
    """Who a family name alone is: the one of the family the article names in full, the
    person whose alias it is when the article names none of them, nobody when it names
    several."""
    if len(named) == 1:
        return next(iter(named))
    return "" if named else owner


def match_actors(
    paragraphs: list[str], date: str | None, matcher: ActorMatcher
) -> tuple[list[str], list[RoleMention]]:
    """Actor slugs most mentioned first (ties: first appearance), and role-only mentions.

    A role phrase next to a person's name, known or not, counts once, for that person
    (or for nobody if unknown).  A role phrase on its own counts for the one person the
    article names beside that title elsewhere, else for the one holder the knowledge has
    on *date* and is listed in the second value (with slug "" when the
    date is unknown or nobody, or several, are known to hold it).  An international
    body a role phrase names («دبیرکل سازمان ملل») counts for that body as well
    (``ActorMatcher.body_of_office``).  A one-word name is read in the article's context
    (``ActorMatcher.person_at``).
    """
    counts: dict[str, int] = {}
    first: dict[str, tuple[int, int]] = {}
    mentions: list[RoleMention] = []
    in_full = matcher.named_in_full(paragraphs)
    titled = matcher.titled_in(paragraphs)

    def count(slug: str, where: tuple[int, int]) -> None:
        counts[slug] = counts.get(slug, 0) + 1
        first.setdefault(slug, where)

    named = {hit.ident for text in paragraphs for hit in matcher.read(text)[1]}
    for p, text in enumerate(paragraphs):
        toks, hits = matcher.read(text)
        lang = ""
        for k, hit in enumerate(hits):
            if hit.kind == "actor":
                if matcher.short_for_another(hit, named):
                    lang = lang or detect_language(text)
                    if lang == "ar":
                        continue  # «حركة "طالبان"» beside «حركة طالبان الباكستانية»
                if matcher.in_outlet_name(text, toks, hit):
                    continue  # «به گزارش ملت ایران،»: an outlet's name
                if matcher.after_outlet(toks, hit):
                    continue  # «به اسپوتنیک روسیه گفت»: the outlet's country
                slug = matcher.person_at(text, toks, hits, k, in_full)
                if slug:
                    count(slug, (p, hit.start))
                continue
            body, at = matcher.body_of_office(toks, hit)
            if body:
                count(body, (p, at))  # «دبیرکل سازمان ملل»: the UN is named too
            lang = lang or detect_language(text)
            if matcher.of_another_state(hit, hits[k + 1 : k + 2]):
                continue  # «سخنگوی وزارت خارجه طالبان»: another's office, not this one
            if matcher.subordinate(text, toks, hits, k):
                continue  # «مساعد وزير الداخلية»: the minister's deputy, not the minister
            if not matcher.role_stands_alone(text, toks, hits, k, lang):
                continue
            if titled.get(hit.ident) == "":
                continue  # the bare title of an office another country's is named beside
            slug = matcher.titled_or_holder(hit.ident, titled, date)
            at = toks[hit.start].start
            phrase = text[at : toks[hit.end - 1].end]
            mentions.append(RoleMention(hit.ident, phrase, slug, p, at))
            if slug:
                count(slug, (p, hit.start))
    slugs = sorted(counts, key=lambda s: (-counts[s], first[s]))
    return slugs, mentions


def find_candidates(
    paragraphs: list[str], matcher: ActorMatcher, source_file: str
) -> list[Candidate]:
    """People introduced by a role title but unknown to the knowledge files.

    Right after a role phrase no known person is apposed to (``candidate_after``), or
    right before it (``candidate_before``): two to four words opening with a given name
    of the knowledge, or an honorific and a name: «وزير الداخلية الباكستاني، سيد محسن
    نقوي، ...», «حسن روحانی رئیس جمهوری اسلامی ایران».  Each (name, role) pair is listed
    once, in order of appearance.  Then, in each paragraph, the names a title not on file
    introduces (``ActorMatcher.candidates_titled``; the role is the title word as
    written, or "" after «ويدعى»), unless listed already or part of a longer name the
    article writes (``ActorMatcher.part_of_longer_name``).
    """
    out: list[Candidate] = []
    seen: set[tuple[str, str]] = set()
    unposted = matcher.unposted(paragraphs)
    for text in paragraphs:
        toks, hits = matcher.read(text)
        lang = ""
        for k, hit in enumerate(hits):
            if hit.kind != "role" or matcher.attached(text, toks, hits, k):
                continue
            if matcher.subordinate(text, toks, hits, k):
                continue  # the office's deputy or spokesman: not the office's holder
            if matcher.of_another_state(hit, hits[k + 1 : k + 2]):
                continue  # «سخنگوی وزارت امور خارجه هند»: India's office, not ours
            if hit.ident in unposted:
                continue  # «سفیر پاکستان» in a report from Kabul: not the envoy to Iran
            lang = lang or detect_language(text)  # once per paragraph, not per role hit
            for name in (
                matcher.candidate_after(text, toks, hits, k, lang),
                matcher.candidate_before(text, toks, hits, k, lang),
            ):
                if name and (fold(name), hit.ident) not in seen:
                    seen.add((fold(name), hit.ident))
                    out.append(Candidate(name=name, role=hit.ident, source_file=source_file))
        found = {c for c, _ in seen}
        lang = lang or detect_language(text)
        for name, title in matcher.candidates_titled(text, toks, hits, lang):
            if fold(name) not in found and not matcher.part_of_longer_name(name, paragraphs, lang):
                found.add(fold(name))
                seen.add((fold(name), title))
                out.append(Candidate(name=name, role=title, source_file=source_file))
    return out
