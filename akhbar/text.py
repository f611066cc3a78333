"""Text primitives shared by every stage: folding, display forms, language, sentences.

Two forms of every piece of text exist:

* the **display form**, what a reader sees.  Persian is tidied with hazm's
  ``Normalizer`` (spacing, ZWNJ before verbal and plural affixes); Arabic keeps its
  letters exactly, losing only tatweel and stray direction/zero-width marks.  hazm is
  never run on Arabic: it rewrites ي/ك to the Persian letters.
* the **folded form**, used for every lookup (actors, topics, duplicates, search), in
  which Persian and Arabic spellings of one word coincide:
  diacritics off; ي/ى -> ی, ك -> ک, أ/إ/آ/ٱ -> ا, ؤ -> و, ئ -> ی, ة -> ه; ZWNJ and other
  invisible marks off; Persian/Arabic-Indic digits -> ASCII; case folded; runs of
  whitespace -> one space.

Language is told from letter statistics alone (never from a file name).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

ZWNJ = "\u200c"


# Bidi controls and zero-width characters that may hide inside names: never part of a
# match or a slug.  ZWNJ is listed separately because Persian display text keeps it.
BIDI_CONTROLS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
ZERO_WIDTH = "\u200b\u200d\u2060\ufeff"
_INVISIBLE_RE = re.compile(f"[{BIDI_CONTROLS}{ZERO_WIDTH}]")

TATWEEL = "\u0640"
# Tatweel stretches a word ("مـــرحبا"); standing alone between spaces it is a dash, as
# in «اهلبیت(ع) ـ ابنا ـ», and display keeps it (as an en dash in Persian, because
# hazm's Normalizer deletes every tatweel).
_TATWEEL_IN_WORD_RE = re.compile(r"(?<=\w)\u0640+|\u0640+(?=\w)")
_TATWEEL_DASH_RE = re.compile(r"(?<=\s)\u0640+(?=\s)")
# A ZWNJ beside a space joins nothing: hazm spaces a number from the word glued to it
# («۶۰‌بازی» -> «۶۰ ‌بازی») and keeps the ZWNJ, which its next pass would drop.
_STRAY_ZWNJ_RE = re.compile(r"(?<=\s)\u200c+|\u200c+(?=\s)")
# Arabic harakat, Quranic marks and superscript alef: dropped when folding.
_DIACRITICS_RE = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")

_FOLD_TABLE = str.maketrans(
    {
        "ي": "ی",
        "ى": "ی",
        "ئ": "ی",
        "ك": "ک",
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ؤ": "و",
        "ة": "ه",
        "ۀ": "ه",
        "ھ": "ه",
        ZWNJ: "",
        TATWEEL: "",
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Persian digits
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
    }
)
# str.translate looks every character of a non-ASCII text up in the table (~2 ms for a
# 6,000-character article); one str.replace a pair scans at C speed (~30 us for all 34).
# The same result, because no replacement is itself a key of the table.
_FOLD_PAIRS = tuple((chr(k), v) for k, v in _FOLD_TABLE.items())
_ASCII_DIGIT_PAIRS = tuple((chr(base + i), str(i)) for base in (0x06F0, 0x0660) for i in range(10))


def replace_each(text: str, pairs: tuple[tuple[str, str], ...]) -> str:
    """``text.translate`` for a table none of whose replacements is one of its keys."""
    for old, new in pairs:
        text = text.replace(old, new)
    return text


_SPACES_RE = re.compile(r"\s+")


def strip_invisible(text: str) -> str:
    """Remove bidi controls and zero-width marks (ZWNJ excepted)."""
    return _INVISIBLE_RE.sub("", text)


# Entries of a per-process cache of what is computed from one word (its folded pieces,
# variants, stems): a news article's vocabulary is small beside its length, and words
# recur from article to article.
WORD_CACHE = 1 << 17
# Entries of a per-process cache of what is computed from one text (a paragraph's or a
# sentence's tokens, its actor hits): the stages of one article read its texts again.
TEXT_CACHE = 1024


def fold(text: str) -> str:
    """Return the matching form of *text* (see module docstring)."""
    text = unicodedata.normalize("NFKC", strip_invisible(text))
    text = replace_each(_DIACRITICS_RE.sub("", text), _FOLD_PAIRS).casefold()
    return _SPACES_RE.sub(" ", text).strip()


@lru_cache(maxsize=WORD_CACHE)
def fold_word(word: str) -> str:
    """``fold`` of one word, kept: the words of a language's news recur, within an
    article and from one to the next (~250 distinct among 50,000 folded in 300 articles)."""
    return fold(word)


def to_ascii_digits(text: str) -> str:
    """Persian and Arabic-Indic digits to ASCII, nothing else changed."""
    return replace_each(text, _ASCII_DIGIT_PAIRS)


# Letters no Arabic text uses (پ چ ژ گ) and letters no Persian text uses (ة, and ى as a
# final alef) are strong evidence; ي/ك and ی/ک are weak, because legacy Persian text and
# Windows-1256 files write Persian with the Arabic ي/ك.  Weights: a strong letter counts
# as ten weak ones (پچژگ make 1.5-3% of Persian letters, ة ~2.5% of Arabic letters, ي/ك or
# ی/ک ~8% of either), so Persian typed with ي/ك still scores Persian.
_STRONG_PERSIAN = frozenset("پچژگ")
_STRONG_ARABIC = frozenset("ةى")
_WEAK_PERSIAN = frozenset("یک")
_WEAK_ARABIC = frozenset("يك")
STRONG_LETTER_WEIGHT = 10


# In UTF-8 a character of U+0600-U+06FF starts with a byte D8-DB, which no other character
# has, and an ASCII letter is a byte no other character has: each is counted by deleting
# every other byte (str and regex scans took ~0.5 ms for a 7,000-character article).
_ALL_BUT_ARABIC_LEADS = bytes(b for b in range(256) if not 0xD8 <= b <= 0xDB)
_ALL_BUT_LATIN = bytes(b for b in range(256) if not (0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A))


def _count(text: str, letters: frozenset[str]) -> int:
    return sum(text.count(letter) for letter in letters)


def detect_language(text: str) -> str:
    """Return ``fa``, ``ar`` or ``en`` from letter statistics.

    Chain: Arabic-script letters outnumber Latin ones -> compare the weighted counts of
    Persian and Arabic evidence (see the weights above); Persian wins ties.  Otherwise
    ``en``.
    """
    data = text.encode("utf-8", "surrogatepass")
    arabic_script = len(data.translate(None, _ALL_BUT_ARABIC_LEADS))
    latin = len(data.translate(None, _ALL_BUT_LATIN))
    persian = STRONG_LETTER_WEIGHT * _count(text, _STRONG_PERSIAN) + _count(text, _WEAK_PERSIAN)
    arabic = STRONG_LETTER_WEIGHT * _count(text, _STRONG_ARABIC) + _count(text, _WEAK_ARABIC)
    if arabic_script <= latin:
        return "en"
    return "fa" if persian >= arabic else "ar"


@cache
def _persian_tools():  # type: ignore[no-untyped-def]
    """hazm's Normalizer and Lemmatizer, built together once per process, when Persian is
    first displayed or scored (heavy imports; the word lists ship with hazm, no model is
    downloaded).  Between them they build three word tokenizers, each reading hazm's
    190,000-word list (~0.3 s a time), and two lemmatizers, each conjugating every verb
    (~0.2 s a time): while they are built, the list is read once and each verb
    conjugated once."""
    import hazm.normalizer
    import hazm.word_tokenizer as word_tokenizer
    from hazm import Lemmatizer, Normalizer
    from hazm.lemmatizer import Conjugation

    # normalize() builds a translation table from two constant strings on every call
    # (~6 % of a Persian article's extraction): given a cache, it gets the same table,
    # which str.translate only reads.
    if not hasattr(hazm.normalizer.maketrans, "cache_info"):
        hazm.normalizer.maketrans = cache(hazm.normalizer.maketrans)
    read = word_tokenizer.words_list
    word_tokenizer.words_list = cache(read)  # each tokenizer builds its own dict from it
    conjugate = Conjugation.get_all
    forms: dict[str, list[str]] = {}

    def get_all(self: Conjugation, verb: str) -> list[str]:  # a lemmatizer only reads them
        if verb not in forms:
            forms[verb] = conjugate(self, verb)
        return forms[verb]

    Conjugation.get_all = get_all  # type: ignore[method-assign]
    try:
        normalizer = Normalizer(correct_spacing=True, remove_diacritics=False, persian_numbers=False)
        return normalizer, Lemmatizer()
    finally:
        word_tokenizer.words_list = read
        Conjugation.get_all = conjugate  # type: ignore[method-assign]


def _persian_normalizer():  # type: ignore[no-untyped-def]
    return _persian_tools()[0]


def persian_lemmatizer():  # type: ignore[no-untyped-def]
    """hazm's Lemmatizer (see ``_persian_tools``)."""
    return _persian_tools()[1]


@cache
def _persian_lexicon() -> frozenset[str]:
    return frozenset(persian_lemmatizer().words)


# Affixes whose ZWNJ sources strip: «همکاریهای» -> «همکاری‌های», «منطقهای» -> «منطقه‌ای».
_PLURAL_RE = re.compile(r"^(?P<stem>.{2,}?)(?P<affix>ها(?:ی|یی|یم|یت|یش|یمان|یتان|یشان)?)$")
_PERSIAN_WORD_RE = re.compile("[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]+")


def _restore_zwnj(match: re.Match[str]) -> str:
    """Put back the ZWNJ of one glued word, when hazm's lexicon vouches for the parts.

    A word the lexicon knows is left alone.  «X+ای» with X a known word ending in ه is
    X‌ای (indefinite/adjectival, «بیانیهای» -> «بیانیه‌ای», not «بیانی‌های»); otherwise
    «X+ها…» with X a known word is X‌ها…; a known word glued before a known word
    starting with آ gets its ZWNJ back.
    """
    word = match.group(0)
    lexicon = _persian_lexicon()
    if word in lexicon:
        return word
    if word.endswith("ای") and word[:-2].endswith("ه") and word[:-2] in lexicon:
        return word[:-2] + ZWNJ + "ای"
    plural = _PLURAL_RE.match(word)
    if plural and plural["stem"] in lexicon:
        return plural["stem"] + ZWNJ + plural["affix"]
    # آ starts a morpheme: inside a glued compound it follows a lost ZWNJ
    # («اسلامآباد» -> «اسلام‌آباد»), when both halves are words.
    cut = word.find("آ", 1)
    if cut > 1 and word[:cut] in lexicon and word[cut:] in lexicon:
        return word[:cut] + ZWNJ + word[cut:]
    return word


def display_persian(text: str) -> str:
    """Tidy Persian text for display with hazm's Normalizer (spacing, ZWNJ)."""
    text = _TATWEEL_IN_WORD_RE.sub("", strip_invisible(text))
    text = _persian_normalizer().normalize(_TATWEEL_DASH_RE.sub("–", text))
    return _PERSIAN_WORD_RE.sub(_restore_zwnj, _STRAY_ZWNJ_RE.sub("", text))


def display_arabic(text: str) -> str:
    """Arabic display form: tatweel and invisible marks removed, letters untouched."""
    return _TATWEEL_IN_WORD_RE.sub("", strip_invisible(text))


def display(text: str, lang: str) -> str:
    """Display form of *text* in language *lang*."""
    if lang == "fa":
        return display_persian(text)
    if lang == "ar":
        return display_arabic(text)
    return strip_invisible(text)


# Sentence ends: . ! ? ؟ and the Arabic full stop, followed by space or end; a
# number like 2.5 is not split because the period must be followed by whitespace.
_SENTENCE_END_RE = re.compile(r"(?<=[.!?؟۔])\s+")


def split_sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences on terminal punctuation."""
    return [s.strip() for s in _SENTENCE_END_RE.split(paragraph) if s.strip()]


_TOKEN_RE = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> list[str]:
    """Folded word tokens (letters and digits) of *text*."""
    return list(_tokens(text))


@lru_cache(maxsize=TEXT_CACHE)
def _tokens(text: str) -> tuple[str, ...]:
    # The last texts' tokens are kept: a sentence is read for its words when candidates
    # are chosen and again when they are ranked, a paragraph by topics and key points.
    return tuple(_TOKEN_RE.findall(fold(text)))


# Letters a loose pattern accepts in any of their spellings, and optional harakat and
# tatweel after every Arabic-script letter.
_HARAKAT_CHARS = "\u064b-\u0652\u0670\u0640"
_HARAKAT = f"[{_HARAKAT_CHARS}]*"
_LETTER_CLASSES = {
    "ا": "[اأإآ]",
    "أ": "[اأإآ]",
    "إ": "[اأإآ]",
    "آ": "[اأإآ]",
    "ی": "[یيى]",
    "ي": "[یيى]",
    "ى": "[یيى]",
    "ک": "[کك]",
    "ك": "[کك]",
    "ه": "[هةۀ]",
    "ة": "[هةۀ]",
}


# The plain form: harakat and tatweel off, each letter of a class above written as the
# first of its class (and «ۀ» as «ه»); same length otherwise.
UNMARKED_RE = re.compile(f"[{_HARAKAT_CHARS}]")
_PLAIN_PAIRS = (*((ch, cls[1]) for ch, cls in _LETTER_CLASSES.items() if ch != cls[1]), ("ۀ", "ه"))


def plain_letters(text: str) -> str:
    """*text* in the plain form (matched by ``plain_pattern``): what ``loose_pattern``
    tells apart, it does not, and in one character per letter."""
    return replace_each(UNMARKED_RE.sub("", text), _PLAIN_PAIRS)


def plain_pattern(word: str) -> str:
    """Regex for *word* in text put in the plain form: the same words as
    ``loose_pattern`` finds in the text as written, and the pattern compiles ~30x faster
    (no character class after every letter)."""
    return r"[\s\u200c]*".join(re.escape(part) for part in plain_letters(word).split(" "))


def loose_pattern(word: str) -> str:
    """Regex for *word* tolerant of spelling variants (ی/ي, ک/ك, hamza forms, ه/ة),
    harakat and tatweel, and of a space written as ZWNJ, spaces or nothing."""
    parts = []
    for ch in word:
        if ch == " ":
            parts.append(r"[\s\u200c]*")
        elif ch in _LETTER_CLASSES:
            parts.append(_LETTER_CLASSES[ch] + _HARAKAT)
        elif "\u0600" <= ch <= "\u06ff":
            parts.append(re.escape(ch) + _HARAKAT)
        else:
            parts.append(re.escape(ch))
    return "".join(parts)


def truncate_words(text: str, limit: int) -> str:
    """Cut *text* to at most *limit* characters at a word boundary, adding an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ،,؛;:-") + "…"
