"""Text primitives shared by every stage: folding, display forms, language, sentences.

Two forms of every piece of text exist:

* the **display form**, what a reader sees: the outlet's text word for word.  Persian
  keeps its spaces, digits, punctuation, Latin and Arabic spans; legacy ي/ك become
  ی/ک; stripped ZWNJs are put back where hazm's word and verb lists are sure
  (``display_persian``).  Arabic keeps its letters exactly, losing only the tatweel
  that stretches a word and stray direction/zero-width marks.  hazm's Normalizer is
  run on neither: it re-spaces numbers and rewrites ي/ك to the Persian letters.
* the **folded form**, used for every lookup (actors, topics, duplicates, search), in
  which Persian and Arabic spellings of one word coincide:
  diacritics off; ي/ى -> ی, ك -> ک, أ/إ/آ/ٱ -> ا, ؤ -> و, ئ -> ی, ة -> ه; ZWNJ and other
  invisible marks off; Persian/Arabic-Indic digits -> ASCII; case folded; runs of
  whitespace -> one space.

Language is told from letter statistics and function words (never from a file name).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cache, lru_cache, partial
from pathlib import Path
from typing import Any

ZWNJ = "\u200c"

# -- Arabic proclitics: the one table (folded forms: ك is ک) ------------------------------
# Letters written onto the front of an Arabic word.  Each user tries them longest first
# and keeps a word whole unless enough letters remain (its own minimum).
AR_ARTICLE = "ال"
AR_CONJUNCTIONS = ("و", "ف")  # and, so
AR_PREPOSITIONS = ("ب", "ل")  # with/in, to/for: also written onto a number («بعشرة»)
# «ک» (like) opens many words of its own («كبيرة», «كانت»): only a name lookup, which
# keeps a remainder that names something, takes it off.
AR_LIKE = "ک"
# With the article, longest first; what remains takes «ال» back («لل» is ل + ال with the
# alef dropped: «للسعودية» -> «السعودیه»).
AR_ARTICLE_PROCLITICS = ("وبال", "وال", "بال", "فال", "کال", "ولل", "لل")
# Without the article: a conjunction before a preposition first («وبتنظيم», «ولتنظيم»;
# not ف + ل, which opens «فلسطين»), then one letter.
AR_PROCLITICS = ("وب", "ول", *AR_CONJUNCTIONS, *AR_PREPOSITIONS)
# How a folded word with the article starts: «الجيش», «والجيش».
AR_DEFINITE_STARTS = (AR_ARTICLE, AR_CONJUNCTIONS[0] + AR_ARTICLE)


# Bidi controls and zero-width characters that may hide inside names: never part of a
# match or a slug.  ZWNJ is listed separately because Persian display text keeps it.
BIDI_CONTROLS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
ZERO_WIDTH = "\u200b\u200d\u2060\ufeff"
_INVISIBLE_RE = re.compile(f"[{BIDI_CONTROLS}{ZERO_WIDTH}]")

TATWEEL = "\u0640"
# Tatweel stretches a word ("مـــرحبا"): between two of its Arabic-script letters (or
# harakat, a ZWNJ) display drops it.  Anywhere else it is part of what the outlet wrote
# and is kept: after a proclitic written apart from what follows («بـ 7.5», «الـ 12
# يوما», «لـ"حماس"») or glued to a Latin word or a number («لـCNN», «بـ7.5»), where
# dropping it would leave a stray letter or glue the letter to what it never joins;
# standing alone between spaces it is a dash, as in «اهلبیت(ع) ـ ابنا ـ» (an en dash in
# Persian, because hazm's Normalizer deletes every tatweel).
_IN_WORD = r"\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u064b-\u065f\u0670\u200c"
_TATWEEL_IN_WORD_RE = re.compile(rf"(?<=[{_IN_WORD}])\u0640+(?=[{_IN_WORD}])")
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
        "ہ": "ه",  # Urdu heh goal, in Pakistani names as Persian outlets type them
        "ۃ": "ه",
        ZWNJ: "",
        TATWEEL: "",
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Persian digits
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
    }
)
# str.translate looks every character of a non-ASCII text up in the table (~2 ms for a
# 6,000-character article); one str.replace a pair scans at C speed (~30 us for all 36).
# The same result, because no replacement is itself a key of the table.
_FOLD_PAIRS = tuple((chr(k), v) for k, v in _FOLD_TABLE.items())
_ASCII_DIGIT_PAIRS = tuple((chr(base + i), str(i)) for base in (0x06F0, 0x0660) for i in range(10))


def replace_each(text: str, pairs: tuple[tuple[str, str], ...]) -> str:
    """``text.translate`` for a table none of whose replacements is one of its keys."""
    for old, new in pairs:
        text = text.replace(old, new)
    return text


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


# Entries of the per-process cache of ``fold``: the stages of one article fold the same
# words, phrases and paragraphs again.
FOLD_CACHE = 4 * TEXT_CACHE


@lru_cache(maxsize=FOLD_CACHE)
def fold(text: str) -> str:
    """Return the matching form of *text* (see module docstring)."""
    text = unicodedata.normalize("NFKC", strip_invisible(text))
    text = replace_each(_DIACRITICS_RE.sub("", text), _FOLD_PAIRS).casefold()
    # ``str.split`` splits on the characters ``\s`` matches: runs of them to one space.
    return " ".join(text.split())


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
# Windows-1256 files write Persian with the Arabic ي/ك, and some Arabic outlets write
# Arabic with the Persian ی/ک (and ه for ة).  Weights: a strong letter counts as ten weak
# ones (پچژگ make 1.5-3% of Persian letters, ة ~2.5% of Arabic letters, ي/ك or ی/ک ~8% of
# either), so Persian typed with ي/ك still scores Persian.
_STRONG_PERSIAN = frozenset("پچژگ")
_STRONG_ARABIC = frozenset("ةى")
_WEAK_PERSIAN = frozenset("یک")
_WEAK_ARABIC = frozenset("يك")
STRONG_LETTER_WEIGHT = 10

# Function words only one of the two languages writes as a word of its own, in each
# spelling the letters above allow (``_spellings``).  Each counts as a strong letter:
# they make ~8% of the words of a news text in either language, so they outweigh the
# weak letters (~0.4 a word) of Arabic typed with ی/ک or Persian typed with ي/ك.  Left
# out: words both write («من», «مع», «هم»), and «علی» (the Persian name Ali), «الی»
# (Persian «۱۰ الی ۲۰»).
_PERSIAN_FUNCTION_WORDS = ("است", "را", "که", "می", "این", "از", "با", "برای", "شده", "نیز")
_ARABIC_FUNCTION_WORDS = (
    "فی", "وفی", "إلى", "إلی", "الى", "التی", "الذی", "أن", "إن", "ان", "وأن", "قال", "وقال",
    "هذا", "هذه", "عن", "کان", "وکان",
)  # fmt: skip
FUNCTION_WORD_WEIGHT = STRONG_LETTER_WEIGHT
# A word of Arabic-script letters (ZWNJ, digits and marks end it: «می‌گوید» holds «می»).
_SCRIPT_WORD_RE = re.compile("[\u0621-\u064a\u0671-\u06d3]+")


def _spellings(words: tuple[str, ...]) -> frozenset[str]:
    """*words* in every spelling of ی/ي and ک/ك (a legacy text types ي/ك)."""
    out = set(words)
    for word in words:
        out.add(word.replace("ی", "ي").replace("ک", "ك"))
    return frozenset(out)


_PERSIAN_WORDS = _spellings(_PERSIAN_FUNCTION_WORDS)
_ARABIC_WORDS = _spellings(_ARABIC_FUNCTION_WORDS)


# In UTF-8 a character of U+0600-U+06FF starts with a byte D8-DB, which no other character
# has, and an ASCII letter is a byte no other character has: each is counted by deleting
# every other byte (a str or regex scan costs ~0.5 ms for a 7,000-character article).
_ALL_BUT_ARABIC_LEADS = bytes(b for b in range(256) if not 0xD8 <= b <= 0xDB)
_ALL_BUT_LATIN = bytes(b for b in range(256) if not (0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A))


def _count(text: str, letters: frozenset[str]) -> int:
    return sum(text.count(letter) for letter in letters)


def _function_words(text: str) -> tuple[int, int]:
    """How many Persian and how many Arabic function words *text* has."""
    persian = arabic = 0
    for word in _SCRIPT_WORD_RE.findall(text):
        if word in _PERSIAN_WORDS:
            persian += 1
        elif word in _ARABIC_WORDS:
            arabic += 1
    return persian, arabic


def detect_language(text: str) -> str:
    """Return ``fa``, ``ar`` or ``en`` from letter statistics and function words.

    Chain: Arabic-script letters outnumber Latin ones -> compare the weighted counts of
    Persian and Arabic evidence, letters and function words (see the weights above);
    Persian wins ties.  Otherwise ``en``.
    """
    data = text.encode("utf-8", "surrogatepass")
    arabic_script = len(data.translate(None, _ALL_BUT_ARABIC_LEADS))
    latin = len(data.translate(None, _ALL_BUT_LATIN))
    if arabic_script <= latin:
        return "en"
    persian_words, arabic_words = _function_words(text)
    persian = STRONG_LETTER_WEIGHT * _count(text, _STRONG_PERSIAN) + _count(text, _WEAK_PERSIAN)
    arabic = STRONG_LETTER_WEIGHT * _count(text, _STRONG_ARABIC) + _count(text, _WEAK_ARABIC)
    persian += FUNCTION_WORD_WEIGHT * persian_words
    arabic += FUNCTION_WORD_WEIGHT * arabic_words
    return "fa" if persian >= arabic else "ar"


# -- what extraction uses of hazm, without importing it ------------------------------------
# ``import hazm`` imports all of it, nltk among the rest (~0.2 s of CPU, paid by every
# process that reads Persian, so by a rebuild that extracts one Persian article).  What
# extraction uses of it is small: its stopword list (a data file), its Stemmer (a list of
# suffixes, a literal of its constants module) and its Lemmatizer's lookup over its word
# list and verb forms (``_persian_tables``, kept in the cache folder).  They are read from
# hazm's files; hazm itself is imported only to build the tables.


@cache
def hazm_folder() -> Path | None:
    """hazm's package folder, found without importing hazm (None: hazm is not installed)."""
    import importlib.util

    spec = importlib.util.find_spec("hazm")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(spec.submodule_search_locations[0])


def _hazm_file(name: str) -> Path:
    folder = hazm_folder()
    if folder is None:
        raise ModuleNotFoundError("No module named 'hazm'", name="hazm")
    return folder / name


@cache
def persian_stopwords() -> tuple[str, ...]:
    """hazm's stopword list (``hazm.stopwords_list``), read from its data file."""
    with _hazm_file("data/stopwords.dat").open(encoding="utf-8") as fh:
        return tuple(sorted({w.strip() for w in fh}))


# What hazm's Stemmer adds to the suffixes of its constants module (``Stemmer.__init__``).
_STEMMER_ENDINGS = frozenset({"\u0654", ZWNJ + "ا", ZWNJ})


def _hazm_literal(module: str, name: str) -> Any:
    """The literal value assigned to *name* in hazm's *module* (read, not imported), or
    None when it is not assigned a literal there."""
    import ast

    tree = ast.parse(_hazm_file(module).read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            try:
                return ast.literal_eval(node.value)
            except ValueError:
                return None
    return None


def _hazm_stem(ends: tuple[str, ...], word: str) -> str:
    """hazm's ``Stemmer.stem``: the longest of *ends* the word ends with cut off (a
    one-letter one only from a word of 4 letters or more), «ۀ» written «ه»."""
    for end in ends:
        if word.endswith(end):
            if len(end) == 1 and len(word) - len(end) < 3:
                continue
            word = word[: -len(end)]
            break
    if word.endswith("ۀ"):
        word = word[:-1] + "ه"
    if word.endswith(ZWNJ):
        word = word[:-1]
    return word


@cache
def persian_stemmer() -> Callable[[str], str]:
    """hazm's ``Stemmer().stem``, with the suffixes read from its constants module (hazm's
    own Stemmer when they cannot be read there)."""
    suffixes = _hazm_literal("constants.py", "SUFFIXES")
    if not isinstance(suffixes, set) or not all(isinstance(s, str) for s in suffixes):
        from hazm import Stemmer

        return Stemmer().stem
    ends = tuple(sorted(suffixes | _STEMMER_ENDINGS, key=len, reverse=True))
    return partial(_hazm_stem, ends)


class PersianLemmatizer:
    """hazm's ``Lemmatizer.lemmatize`` of a word without a part of speech, over hazm's
    word list and verb forms (*words*, *verbs*) and its stemmer (*stem*)."""

    def __init__(self, words: Words, verbs: Mapping[str, str], stem: Callable[[str], str]):
        self.words, self.verbs, self.stem = words, verbs, stem

    def lemmatize(self, word: str) -> str:
        """The word when listed, a verb form's verb («می‌روم» -> «رفت#رو»), else its stem
        when that is listed, else the word."""
        if word in self.words:
            return word
        if word in self.verbs:
            return self.verbs[word]
        stem = self.stem(word)
        return stem if stem and stem in self.words else word


@cache
def persian_lemmatizer() -> PersianLemmatizer:
    """hazm's lemmatizer over hazm's word list and conjugated verbs (``_persian_tables``:
    read from the cache folder when they are kept there, else built by hazm, ~1.5 s of
    CPU), once per process when Persian is first displayed or scored."""
    words, verbs, _glued = _persian_tables()
    return PersianLemmatizer(words, verbs, persian_stemmer())


# -- hazm's tables, kept in the cache folder -----------------------------------------------
# hazm's Lemmatizer reads its 193,000-word list and conjugates every verb (502,000 forms)
# when it is made: ~1.5 s of CPU, paid by every process that displays Persian, so by
# every rebuild that extracts one Persian article.  What extraction reads of it (the
# words with their frequency and tags, the verb forms and their verbs, and the glued
# spellings ``_persian_lexicon`` derives) is kept in the build's cache folder as JSON
# (~7.5 MB, read in ~0.1 s).  Only the 48,000 verb forms of one word are read up front:
# the forms of several words («دیده شده است», «گفته_شده_است»: 454,000, 18 MB) are kept
# apart, and read (built and kept, the first time) only when a word whose first part
# opens one of them is looked up: a word of an article never holds a space, and seldom
# an underscore (none of the seeds'), and writing them would cost a cold build ~0.3 s.
_TABLES_FOLDER = "persian"
_WORDS_FILE = "lexicon.json"
_PHRASES_FILE = "verb-phrases.json"
_ADJECTIVES_FILE = "adjectives.json"
# Where the tables are kept (``keep_tables_in``); None: built by hazm in every process.
_tables_folder: Path | None = None


def keep_tables_in(folder: Path | None) -> None:
    """Keep hazm's tables in *folder* (the build's cache folder; None: nowhere), read by
    this process and the ones it forks.  Called before Persian is first read."""
    global _tables_folder
    _tables_folder = folder / _TABLES_FOLDER if folder is not None else None


_PHRASE_PARTS_RE = re.compile("[ _]")


def _is_phrase(form: str) -> bool:
    return " " in form or "_" in form


def _phrase_start(form: str) -> str:
    """The first part of a form of several words («دیده» of «دیده شده است»)."""
    return _PHRASE_PARTS_RE.split(form, maxsplit=1)[0]


class _VerbForms(dict[str, str]):
    """hazm's verb forms of one word -> their verb («رفتم» -> «رفت#رو»); the forms of
    several words are read (``load``) the first time a form of several words whose
    first part is one of *starts* is looked up (no other can be one of them)."""

    def __init__(
        self, forms: dict[str, str], starts: frozenset[str], load: Callable[[], dict[str, str]]
    ) -> None:
        super().__init__(forms)
        self._starts = starts
        self._load: Callable[[], dict[str, str]] | None = load

    def _table(self, form: str) -> bool:
        """Whether *form* may be in the table: a form of one word, or of several whose
        forms are then read."""
        if not _is_phrase(form):
            return True
        if _phrase_start(form) not in self._starts:
            return False
        if self._load is not None:
            load, self._load = self._load, None
            self.update(load())
        return True

    def __contains__(self, form: object) -> bool:
        return isinstance(form, str) and self._table(form) and dict.__contains__(self, form)

    def __getitem__(self, form: str) -> str:
        if not self._table(form):
            raise KeyError(form)
        return dict.__getitem__(self, form)


Words = dict[str, tuple[int, tuple[str, ...]]]


@cache
def _tables_key() -> str:
    """What the kept tables are made from: hazm's code and data files (its version and
    any local change) and this module's code, which derives the glued spellings."""
    import hashlib

    digest = hashlib.sha256(Path(__file__).read_bytes())
    folder = hazm_folder()
    if folder is None:
        return ""  # no hazm: nothing kept is of it (building the tables fails)
    for path in sorted([*folder.glob("*.py"), *(folder / "data").glob("*")]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _read_table(name: str) -> dict[str, Any] | None:
    """A kept table of this key, or None (none kept, another key, or not readable)."""
    import json

    if _tables_folder is None:
        return None
    try:
        data = json.loads((_tables_folder / name).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) and data.get("key") == _tables_key() else None
    except (OSError, ValueError):
        return None


def _write_table(name: str, data: dict[str, Any]) -> None:
    import json

    from akhbar.cache import write_atomic

    if _tables_folder is not None:
        text = json.dumps({"key": _tables_key(), **data}, ensure_ascii=False)
        write_atomic(_tables_folder / name, text.encode("utf-8"))


def _verb_table(forms: dict[str, str]) -> dict[str, list[Any]]:
    """*forms* (form -> verb) as JSON: the forms, each one's verb by its index in the
    list of verbs."""
    verbs = sorted(set(forms.values()))
    index = {verb: i for i, verb in enumerate(verbs)}
    return {"forms": list(forms), "verb_of": [index[v] for v in forms.values()], "verbs": verbs}


def _verb_forms(table: Any) -> dict[str, str]:
    verbs = table["verbs"]
    return dict(zip(table["forms"], [verbs[i] for i in table["verb_of"]], strict=True))


def _build_tables(phrases: bool = False) -> tuple[Words, dict[str, str], dict[str, str]]:
    """hazm's words and verb forms (its Lemmatizer's), and the glued spellings, built by
    hazm and kept (``keep_tables_in``) for the next process; the forms of several words
    too when *phrases*."""
    from hazm import Lemmatizer

    lemmatizer = Lemmatizer()
    words: Words = lemmatizer.words
    verbs: dict[str, str] = lemmatizer.verbs
    glued = _glued_spellings(words, verbs)
    if _tables_folder is not None:
        tags = sorted({entry[1] for entry in words.values()})
        tag_index = {t: i for i, t in enumerate(tags)}
        single = {f: v for f, v in verbs.items() if not _is_phrase(f)}
        several = {f: v for f, v in verbs.items() if _is_phrase(f)}
        if phrases:
            _write_table(_PHRASES_FILE, _verb_table(several))
        _write_table(
            _WORDS_FILE,
            {
                "tags": tags,
                "words": list(words),
                "frequencies": [entry[0] for entry in words.values()],
                "word_tags": [tag_index[entry[1]] for entry in words.values()],
                "verbs": _verb_table(single),
                "phrase_starts": sorted({_phrase_start(f) for f in several}),
                "glued": glued,
            },
        )
    return words, verbs, glued


def _read_phrases() -> dict[str, str]:
    """The verb forms of several words: kept, or built again (and kept) with the rest."""
    table = _read_table(_PHRASES_FILE)
    try:
        if table is not None:
            return _verb_forms(table)
    except (KeyError, IndexError, TypeError, ValueError):
        pass
    _words, verbs, _glued = _build_tables(phrases=True)
    return {f: v for f, v in verbs.items() if _is_phrase(f)}


@cache
def persian_adjectives() -> frozenset[str]:
    """The words hazm's word list tags as adjectives (AJ: ظریف, روحانی, شریف, غنی), read
    from its data file without importing hazm (none without hazm), and kept
    (``keep_tables_in``): the next process reads them instead of the 193,000 words."""
    data = _read_table(_ADJECTIVES_FILE)
    if data is not None and isinstance(data.get("words"), list):
        return frozenset(data["words"])
    try:
        lines = _hazm_file("data/words.dat").read_text(encoding="utf-8").splitlines()
    except (ModuleNotFoundError, OSError):
        return frozenset()
    words = (line.split("\t") for line in lines)
    adjectives = frozenset(w[0] for w in words if len(w) > 2 and "AJ" in w[2].split(","))
    _write_table(_ADJECTIVES_FILE, {"words": sorted(adjectives)})
    return adjectives


@cache
def _persian_tables() -> tuple[Words, dict[str, str], dict[str, str]]:
    """hazm's words with (frequency, tags), its verb forms with their verbs, and the
    glued spellings (``_persian_lexicon``): kept ones when they are of this key, else
    built by hazm (and kept)."""
    data = _read_table(_WORDS_FILE)
    if data is not None:
        try:
            tags = [tuple(t) for t in data["tags"]]
            words: Words = dict(
                zip(
                    data["words"],
                    zip(data["frequencies"], [tags[i] for i in data["word_tags"]], strict=True),
                    strict=True,
                )
            )
            starts = frozenset(data["phrase_starts"])
            verbs = _VerbForms(_verb_forms(data["verbs"]), starts, _read_phrases)
            glued: dict[str, str] = data["glued"]
            return words, verbs, glued
        except (KeyError, IndexError, TypeError, ValueError):
            pass  # not a table this code wrote: built again below
    return _build_tables()


# Letters that never join the next letter: a ZWNJ after one of them shows nothing, and
# outlets write such words either way («کشورها», «روستاها»), so none is ever added there.
_NON_JOINING = frozenset("اآأإدذرزژوؤۀة")
# Endings a stripped ZWNJ stood before.  Plural and plural + possessive, after a noun or
# adjective («همکاری‌های», «تیم‌های»):
_PLURAL_SUFFIXES = (
    "هایشان", "هایتان", "هایمان", "هاست", "هایی", "هایم", "هایت", "هایش", "های", "ها"
)  # fmt: skip
# After a stem ending in ی: the possessive «اش» and the indefinite «ای» («پایبندی‌اش»,
# «بازی‌ای»), which glued would read «یا».
_YE_SUFFIXES = ("اش", "ای")
# Endings written glued to a compound whose own ZWNJ is put back: «علاقه‌مندان»,
# «جابه‌جایی», «بهره‌برداری‌ها» is a plural above.
_COMPOUND_ENDINGS = ("ان", "ی")
# After a stem ending in ه: indefinite or adjectival «ای» («منطقه‌ای»), verbal and
# possessive endings («رسیده‌ایم», «مناقصه‌اش»).
_HE_SUFFIXES = ("ایم", "اید", "اند", "ای", "ام", "ات", "اش")
# Of those, the endings of the first and second person («خسته‌ام», «گفته‌اید»): rare
# after a noun in news, and the last letters of many a name («تورهام», Torkham), they
# are put back only after a stem hazm lists with a frequency.
_PERSON_SUFFIXES = frozenset({"ایم", "اید", "ام", "ات"})
# The copula after an adjective: «مشترک‌اند».
_COPULA_SUFFIXES = ("اند",)
# Part-of-speech tags of hazm's word list a plural can follow; "0" is a word listed
# without a tag (and without a frequency), as «تیم» and «همکاری» are.
_NOMINAL_TAGS = frozenset({"N", "AJ", "0"})
# «X‌های» (plural) and «Xه‌ای» (indefinite) are both possible when hazm lists both X and
# Xه; one is taken only when its stem is this many times as frequent as the other
# («سال» 24,127,285 : «ساله» 1,173 -> «سال‌های»).  Pairs that must stay glued are
# within 30x: «نشان» : «نشانه» 29x, «نام» : «نامه» 3x, «دسته» : «دست» 4x.
_STEM_RATIO = 100
SPELLING = Path(__file__).resolve().parent.parent / "knowledge" / "spelling.yml"


@cache
def _spelling() -> tuple[frozenset[str], dict[str, str], tuple[str, ...]]:
    """``knowledge/spelling.yml``: the words whose glued spelling is standard, the
    glued spelling of each word written with a ZWNJ that hazm's lists lack, and the
    second parts of compound family names and of compounds (longest first)."""
    data = _spelling_data()
    parts = {*data["name_endings"], *data["compound_parts"]}
    endings = tuple(sorted(parts, key=lambda e: (-len(e), e)))
    return frozenset(data["glued"]), {w.replace(ZWNJ, ""): w for w in data["zwnj"]}, endings


@cache
def _spelling_data() -> dict[str, list[str]]:
    from akhbar import safe_yaml

    data: dict[str, list[str]] = safe_yaml.load(SPELLING.read_text(encoding="utf-8"))
    return data


@cache
def _indefinite_context() -> tuple[frozenset[str], frozenset[str]]:
    """``knowledge/spelling.yml``: the words no plural's ezafe is followed by, and the
    words before a singular."""
    data = _spelling_data()
    return frozenset(data["not_after_ezafe"]), frozenset(data["indefinite_after"])


# Preverbs written glued to «می»/«نمی»: «برمیگردد» -> «برمی‌گردد».
_PREVERBS = ("بر", "در", "باز", "فرا", "فرو", "وا")


@cache
def _persian_lexicon() -> tuple[Words, dict[str, str], Mapping[str, str]]:
    """hazm's words with (frequency, tags); the glued spelling of every word and verb
    form hazm writes with a ZWNJ between two letters (``"روبهرو" -> "روبه‌رو"``,
    ``"رسیدهایم" -> "رسیده‌ایم"``), a spelling two forms share left out (it cannot tell
    which the outlet wrote); and the verb forms (looked up with ``in``)."""
    words, verbs, glued = _persian_tables()
    return words, glued, verbs


def _glued_spellings(words: Words, verbs: Mapping[str, str]) -> dict[str, str]:
    """The glued spellings of ``_persian_lexicon``."""
    glued: dict[str, str] = {}
    ambiguous: set[str] = set()
    forms = [w for w in words if ZWNJ in w] + [v for v in verbs if ZWNJ in v]
    for form in forms:
        if " " in form or "_" in form or form[0] == ZWNJ or form[-1] == ZWNJ:
            continue
        key = form.replace(ZWNJ, "")
        if glued.get(key, form) != form:
            ambiguous.add(key)
        glued[key] = form
    for key in ambiguous:
        del glued[key]
    return glued


def _stem(stem: str) -> tuple[str, int | None, tuple[str, ...]] | None:
    """*stem* as hazm writes it, its frequency and tags, when hazm knows it.  The
    frequency is None for a word listed with a part of speech but no frequency («پست»,
    a real word of unknown frequency); 0 for one listed with neither («تیمه»)."""
    words, glued, _verbs = _persian_lexicon()
    form = stem if stem in words else glued.get(stem)
    if form is None or form not in words or (form != stem and not _listed_join(form)):
        return None
    frequency, tags = words[form]
    return form, (frequency if frequency or tags == ("0",) else None), tags


def _listed_join(form: str) -> bool:
    """*form*, a word hazm lists with a ZWNJ, is put back as listed: every compound but
    a comparative or superlative («مهم‌ترین»: written glued as often, left as written),
    and but a form hazm lists with neither a tag nor a frequency one of whose parts is
    no word or ending it knows: such a form is as often a foreign name hazm splits
    where its outlets do not («تیان‌جین», Tianjin: «تیان» is no word).  A form that is
    a word hazm lists with a frequency + «ی» is put back («سانتی‌متری»: «سانتی‌متر»)."""
    if any(form.startswith(("تر", "ترین"), i + 1) for i, ch in enumerate(form) if ch == ZWNJ):
        return False
    if _persian_lexicon()[0].get(form) != _UNKNOWN_ENTRY or _frequent_part(form):
        return True
    return all(_known_part(part) for part in form.split(ZWNJ))


# How hazm lists a word it knows nothing of: no frequency, no tag.
_UNKNOWN_ENTRY = (0, ("0",))


def _known_part(part: str) -> bool:
    """*part* of a compound is a word hazm lists with a frequency (or one + «ی»), or an
    ending a ZWNJ is written before (a plural, «ای», a compound's second part)."""
    return (
        part in _spelling()[2]
        or part in _PLURAL_SUFFIXES
        or part in _HE_SUFFIXES
        or _frequent_part(part)
    )


# Comparative and superlative endings, glued to an adjective («مهمترین» -> «مهم‌ترین»).
_COMPARATIVE_SUFFIXES = ("ترین", "تر")
# Stems of at most this many letters make the comparatives written glued as a rule
# («بهتر», «بدترین», «کمتر», «برتر»), and are left as written.
_SHORT_COMPARATIVE_STEM = 2


def _comparative(word: str) -> tuple[str, int | None] | None:
    """An adjective hazm tags AJ + «تر»/«ترین» («سریعتر» -> «سریع‌تر», «مهمترین» ->
    «مهم‌ترین»), and the stem's frequency.  Left as written: a short stem, one ending in
    a letter that does not join, one whose glued «Xتر» hazm lists with a frequency
    («بیشتر»: the standard spelling, so «بیشترین» too), and a word hazm lists glued
    but never with a ZWNJ («فیلتر»: hazm tags «فیل» AJ too)."""
    words, glued, _verbs = _persian_lexicon()
    if word in words and word not in glued:
        return None
    for suffix in _COMPARATIVE_SUFFIXES:
        base = _stem(word[: -len(suffix)]) if word.endswith(suffix) else None
        if (
            base
            and len(base[0]) > _SHORT_COMPARATIVE_STEM
            and "AJ" in base[2]
            and base[0][-1] not in _NON_JOINING
            and words.get(base[0] + "تر", (0,))[0] == 0
        ):
            return base[0] + ZWNJ + suffix, base[1]
    return None


# A compound's first part: at least this many letters («حبیب», «آماده»; «نیک», «فری»
# are too short to tell from a word's beginning: «نیکپور», «فریمند» stay as written).
_NAME_STEM = 4


def _second_part(word: str) -> tuple[str, int | None] | None:
    """A word hazm lists + the second part of a compound family name or of a compound
    (``knowledge/spelling.yml``: «حیدرینژاد» -> «حیدری‌نژاد», «آمادهسازی» ->
    «آماده‌سازی»), and the word's frequency.  None when a longer beginning of the
    glued word is a word hazm lists with a frequency and never with a ZWNJ: the
    compound is written glued («توانمندی»: «توانمند»), and when hazm lists the glued
    word itself so («علاقمندی», not «علاق» + «مندی»).  The word may be one hazm lists
    with a frequency + «ی», as family names are («قانعیفرد» -> «قانعی‌فرد»: «قانع»)."""
    words, glued, _verbs = _persian_lexicon()
    if word in words and word not in glued:
        return None
    for ending in _spelling()[2]:
        stem = word[: -len(ending)]
        if (
            word.endswith(ending)
            and len(stem) >= _NAME_STEM
            and stem[-1] not in _NON_JOINING
            and (stem in words or _frequent_part(stem))
            and not any(
                words.get(word[:k], (0,))[0] and word[:k] not in glued
                for k in range(len(stem) + 2, len(word))
            )
        ):
            if stem not in words:  # a listed word + «ی»: that word's frequency
                base = _stem(stem[:-1])
                return stem + ZWNJ + ending, base[1] if base else None
            frequency, tags = words[stem]
            return stem + ZWNJ + ending, (frequency if frequency or tags == ("0",) else None)
    return None


def _plural(word: str) -> tuple[str, int | None] | None:
    """A plural of a listed noun or adjective, and the stem's frequency.  After a letter
    that does not join, the word as written.

    None when the «ها» may be inside another word the glued word ends in
    (``_ends_in_a_word``: «درنهایت» is «در» + «نهایت») and the plural is doubtful: its
    stem has no known frequency (hazm lists «درن» as it lists «تیم»), or hazm lists the
    glued word with a ZWNJ elsewhere («بی‌نهایت», not «بین‌هایت»)."""
    words, glued, _verbs = _persian_lexicon()
    for suffix in _PLURAL_SUFFIXES:
        base = _stem(word[: -len(suffix)]) if word.endswith(suffix) else None
        if base and len(base[0]) > 1 and _NOMINAL_TAGS & set(base[2]):
            joiner = "" if base[0][-1] in _NON_JOINING else ZWNJ  # «گفت‌وگوهای»
            form = base[0] + joiner + suffix
            listed = glued.get(word)
            doubtful = not base[1] or (listed in words and listed != form)
            if doubtful and _ends_in_a_word(word, len(word) - len(suffix)):
                return None
            return form, base[1]
    return None


def _ends_in_a_word(word: str, at: int) -> bool:
    """*word* is a word hazm lists with a frequency glued to one that starts before
    *at*, where an ending would be cut off: «درنهایت», «بینهایت» are «در»/«بی» +
    «نهایت», whose «ها» is no plural.  Not when that word is itself a plural of a
    listed word («همکارها»: «کارها» is «کار» + «ها»)."""
    words = _persian_lexicon()[0]
    return any(
        words.get(word[j:], (0,))[0] and word[j:at] not in words and _frequent_part(word[:j])
        for j in range(2, at)
    )


def _compound_ended(word: str) -> tuple[str, int | None] | None:
    """A listed compound with a ZWNJ + a glued ending: «علاقهمندان» -> «علاقه‌مندان»."""
    for suffix in _COMPOUND_ENDINGS:
        base = _stem(word[: -len(suffix)]) if word.endswith(suffix) else None
        if base and ZWNJ in base[0]:
            return base[0] + suffix, base[1]
    return None


def _he_suffixed(word: str) -> tuple[str, int | None] | None:
    """A listed stem in ه + «ای»/«اند»/…, and the stem's frequency (weighted).  A
    person's ending only after a stem with a frequency (``_PERSON_SUFFIXES``: «توره»,
    listed with neither tag nor frequency, leaves «تورهام» as written)."""
    for suffix in _HE_SUFFIXES:
        stem = word[: -len(suffix)]
        base = _stem(stem) if word.endswith(suffix) and stem.endswith("ه") else None
        if base and suffix in _PERSON_SUFFIXES and not base[1]:
            continue
        if base and len(base[0]) > 2:
            form = base[0] + ZWNJ + suffix
            # Listed as a word of its own («منطقه‌ای», «هسته‌ای»): the stem's weight
            # counts _STEM_RATIO times («منطق» : «منطقه» is 1 : 5, and the plural
            # «منطق‌های» is rare beside the adjective).
            listed = base[1] is not None and form in _persian_lexicon()[0]
            return form, (base[1] * _STEM_RATIO if listed else base[1])
    return None


def _ye_suffixed(word: str) -> tuple[str, int | None] | None:
    """A listed noun or adjective in ی + «اش»/«ای», and its frequency."""
    for suffix in _YE_SUFFIXES:
        stem = word[: -len(suffix)]
        base = _stem(stem) if word.endswith(suffix) and stem.endswith("ی") else None
        if base and len(base[0]) > 2 and _NOMINAL_TAGS & set(base[2]):
            return base[0] + ZWNJ + suffix, base[1]
    return None


def _long_vowel_ye(word: str) -> tuple[str, int | None] | None:
    """A listed stem in ا/و + a glued «ی»/«یی» (ezafe, indefinite, abstract noun), written
    without ZWNJ: «انتهای», «تنهایی»; the stem's frequency."""
    for suffix in ("یی", "ی"):
        stem = word[: -len(suffix)]
        base = _stem(stem) if word.endswith(suffix) and stem[-1:] in ("ا", "و") else None
        if base:
            return base[0] + suffix, base[1]
    return None


# The link of a repeated word: «گام‌به‌گام», «دست‌به‌دست», «روزبه‌روز».
_REPEAT_LINK = "به"


def _repeated(word: str) -> tuple[str, int | None] | None:
    """A word hazm lists with a frequency, «به» and the same word again: «گامبهگام» ->
    «گام‌به‌گام», «خانهبهخانه» -> «خانه‌به‌خانه» (after a letter that does not join
    only the ZWNJ after «به»: «روزبه‌روز»); and the word's frequency."""
    size = (len(word) - len(_REPEAT_LINK)) // 2
    part = word[:size]
    if size < 2 or word != part + _REPEAT_LINK + part:
        return None
    base = _stem(part)
    if not base or not base[1]:
        return None
    joiner = "" if part[-1] in _NON_JOINING else ZWNJ
    return part + joiner + _REPEAT_LINK + ZWNJ + part, base[1]


# «آ» opens a word or a compound's part: written inside a glued word after a letter that
# joins, it follows a stripped ZWNJ («روانآب» -> «روان‌آب», «علیآقا» -> «علی‌آقا»).  The
# first part has at least this many letters, and this many more when the second has two
# («آب», «آل»): Arabic loans write «آ» after a few letters («مآخذ», «تآلیف», «امتآق»).
_MADDA_STEM = 3
_MADDA_SHORT_SECOND = 2


def _frequent_part(part: str) -> bool:
    """*part* is a word hazm lists with a frequency, or one + the adjectival or
    family-name «ی» («جوادی», «آملی»)."""
    for candidate in (part, part[:-1] if part.endswith("ی") else ""):
        base = _stem(candidate) if len(candidate) > 1 else None
        if base and base[1]:
            return True
    return False


def _madda_compound(word: str) -> tuple[str, int | None] | None:
    """Two parts glued before a «آ» that can only open the second, each a word hazm lists
    with a frequency (or one + «ی»), the first ending in a letter that joins; the second
    with its own ZWNJs put back («روانآبهای» -> «روان‌آب‌های»): «همشهریآنلاین» -> «همشهری‌آنلاین», «جوادیآملی» ->
    «جوادی‌آملی»; and the frequency of the first part (or of its word before «ی»).  None for a word hazm lists, when a
    longer beginning of the glued word is a word hazm lists with a frequency («قرآنی»:
    «قرآن»), and after the Arabic article «ال» («ذوالآثار», «ابدالآباد»).  «بالآخره»
    stays: «آخره» is no word of its own."""
    words, glued, _verbs = _persian_lexicon()
    if word in words:
        return None
    for i in range(_MADDA_STEM, len(word) - 1):
        left = word[:i]
        if (
            word[i] != "آ"
            or left[-1] in _NON_JOINING
            or left.endswith("ال")
            or not _frequent_part(left)
            or any(
                words.get(word[:k], (0,))[0] and word[:k] not in glued
                for k in range(i + 1, len(word))
            )
        ):
            continue
        right = restore_zwnj(word[i:])
        second = right.split(ZWNJ)[0]
        if (len(second) > _MADDA_SHORT_SECOND or i > _MADDA_STEM) and _frequent_part(second):
            base = _stem(left) or _stem(left[:-1])
            return left + ZWNJ + right, base[1] if base else None
    return None


def _hundreds(word: str) -> bool:
    """Is *word* a number of hundreds written as one word, or its ordinal
    (``knowledge/spelling.yml``: «یکصد», «یکصدمین»)?"""
    return word.removesuffix("مین").removesuffix("م") in _spelling_data()["hundreds"]


def _glued_stem_ye(word: str) -> bool:
    """Is *word* a stem hazm lists glued with a frequency ``_STEM_RATIO`` times that of
    its spelling with a ZWNJ, + «ی» («دستگیری»: «دستگیر» 1,350,868 : «دست‌گیر» 872)?
    The glued spelling is the standard one: as written, though hazm lists «دست‌گیری»."""
    stem = word[:-1] if word.endswith("ی") else ""
    words, glued, _verbs = _persian_lexicon()
    frequency = words.get(stem, (0,))[0]
    spaced = words.get(glued.get(stem, ""), (0,))[0]
    return frequency > 0 and frequency >= _STEM_RATIO * max(spaced, 1)


@lru_cache(maxsize=WORD_CACHE)
def restore_zwnj(word: str) -> str:
    """Put back the ZWNJs of one glued Persian word, when hazm's lists are sure of them.

    Chain, the first that applies:

    1. a standard glued word of ``knowledge/spelling.yml`` («آنها», «اینکه»): as
       written; a word it lists with a ZWNJ: that («بهعنوان» -> «به‌عنوان»); a word
       hazm lists with a frequency («تنها», «انتها», «سفره»), or such a word + «ی»
       whose glued spelling is the standard one (``_glued_stem_ye``: «دستگیری»), or
       a number of hundreds («یکصد», ``_hundreds``): as written;
    2. a verb form hazm conjugates with a ZWNJ, after a preverb or not: «رسیدهایم» ->
       «رسیده‌ایم», «میشود» -> «می‌شود», «برمیگردد» -> «برمی‌گردد» (not a 2nd-person
       «…ه‌ای», which «نشستهای» would wrongly be);
    3. the readings hazm's lists support: a word listed with a ZWNJ, not a comparative
       («روبهرو» -> «روبه‌رو», «پیشبینی» -> «پیش‌بینی»; ``_listed_join``); a plural of
       a listed noun or adjective («بخشهای» -> «بخش‌های», «راهحلها» -> «راه‌حل‌ها»); a
       listed stem in ه + «ای»/«اند»/… («بیانیهای» -> «بیانیه‌ای», «هستهای» ->
       «هسته‌ای»); a listed stem in ی + «اش»/«ای» («زندگیاش» -> «زندگی‌اش»); a listed
       stem in ا/و + a glued «ی» («انتهای»); a listed compound + «ان»/«ی»; an
       adjective + «تر»/«ترین» («مهمترین» -> «مهم‌ترین», ``_comparative``); a listed
       word + the second part of a family name or a compound («حیدرینژاد» ->
       «حیدری‌نژاد», «خدمترسانی» -> «خدمت‌رسانی»; ``_second_part``); two listed words
       glued before a «آ» («روانآب» -> «روان‌آب», ``_madda_compound``); a listed word
       repeated around «به» («گامبهگام» -> «گام‌به‌گام», ``_repeated``).  One reading,
       or one whose word or stem is ``_STEM_RATIO`` times as frequent as each other's:
       that one («سالهای» -> «سال‌های»: 24,127,285 : 1,173); every reading the word
       hazm lists with a ZWNJ, though with no frequency: that one («روزبهروز» ->
       «روزبه‌روز»).  A stem in ه hazm lists with neither tag nor frequency («تیمه», one of
       6,236 such rare forms) is no rival to a plural: «تیمهای» -> «تیم‌های».  A word
       hazm lists with a part of speech is no plural or suffixed form («درنهایت»,
       «امهات»: as written), nor is a word whose «ها» may be inside a word it ends
       in (``_plural``: «بینهایت» -> «بی‌نهایت»).
       Otherwise as written: «نامهای» (names, or a letter: «نام» : «نامه» is 3 : 1),
       «نشستهای»;
    4. an adjective + «اند» that is no verb form: «مشترکاند» -> «مشترک‌اند».

    No ZWNJ is put after a letter that does not join («سفرهای»: nothing to restore).
    """
    words, glued, verbs = _persian_lexicon()
    standard, written, _endings = _spelling()
    if word in standard or word[:-1] in standard or word[:-2] in standard:  # «آنهایی»
        return word
    if word in written:
        return written[word]
    if words.get(word, (0,))[0] > 0 or _glued_stem_ye(word) or _hundreds(word):
        return word
    form = glued.get(word)
    if form is not None and form in verbs and not form.endswith(ZWNJ + "ای"):
        return form
    for preverb in _PREVERBS:
        verb = glued.get(word[len(preverb) :], "") if word.startswith(preverb) else ""
        if verb.startswith(("می" + ZWNJ, "نمی" + ZWNJ)) and verb in verbs and word not in words:
            return preverb + verb
    # A word hazm lists with a part of speech ends in its own letters, not in an ending
    # glued to a stem: «درنهایت» (an adverb) is no «درن‌هایت», «امهات» no «امه‌ات».
    suffixed = words.get(word, _UNKNOWN_ENTRY) == _UNKNOWN_ENTRY
    plural, he = (_plural(word), _he_suffixed(word)) if suffixed else (None, None)
    if plural and he and he[1] == 0:
        # «Xه» listed with neither a tag nor a frequency («تیمه», «بخشه»): hazm's list
        # holds such forms of many nouns; the plural of X is the reading («تیم‌های»).
        he = None
    readings = [
        r
        for r in (
            plural,
            he,
            _long_vowel_ye(word),
            _ye_suffixed(word) if suffixed else None,
            _compound_ended(word),
            _comparative(word),
            _second_part(word),
            _madda_compound(word),
            _repeated(word),
        )
        if r
    ]
    if form is not None and form in words and _listed_join(form):
        readings.append(
            (form, words[form][0] if words[form][0] or words[form][1] == ("0",) else None)
        )
    # The most frequent reading, when it is _STEM_RATIO times any other that differs;
    # a stem listed with a part of speech but no frequency («پست») is outvoted by none.
    readings.sort(key=lambda r: -(r[1] or 0))
    if readings:
        best = readings[0]
        rivals = [r[1] for r in readings[1:] if r[0] != best[0]]
        if best[1] is not None and all(
            score is not None and best[1] >= _STEM_RATIO * max(score, 1) for score in rivals
        ):
            return best[0]
        if not rivals and best[0] == form:
            # Every reading is the word as hazm lists it with a ZWNJ, frequency or not
            # («روزبه‌روز», «هیئت‌امنا»: listed with a part of speech, no frequency).
            return best[0]
        return word
    if word in words or word in verbs:
        return word
    for suffix in _COPULA_SUFFIXES:
        base = _stem(word[: -len(suffix)]) if word.endswith(suffix) else None
        if base and base[1] and "AJ" in base[2] and base[0][-1] not in _NON_JOINING | {"ه"}:
            return base[0] + ZWNJ + suffix
    return word


# Arabic-script letters of a word (no digits, marks or ZWNJ); a word is restored only
# when it stands alone: not beside a ZWNJ, a mark or another letter.
_LETTERS = "\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u06c0"
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
_GLUED_WORD_RE = re.compile(
    f"(?<![{_LETTERS}{_MARKS}\u200c])[{_LETTERS}]{{3,}}(?![{_LETTERS}{_MARKS}\u200c])"
)
# A ZWNJ joins two letters; beside a space, punctuation or the text's edge it joins
# nothing (and a run of them is one).
_EDGE_ZWNJ_RE = re.compile(r"(?<!\w)\u200c+|\u200c+(?!\w)")
_ZWNJ_RUN_RE = re.compile("\u200c{2,}")
_BLANKS_RE = re.compile(r"[^\S\n]+")
_ODD_BLANK_RE = re.compile(r"[^\S\n ]")  # a blank other than a space
# Arabic presentation forms (a legacy encoding's shaped letters and lam-alef), shown as
# their base letters; the word ligatures U+FDF0-U+FDFF («ﷺ», «﷼») stay as written.
_PRESENTATION_RE = re.compile("[\ufb50-\ufdcf\ufe70-\ufefc]")
# Arabic-only evidence: ة and ى are never written in Persian words.
_ARABIC_WORD_RE = re.compile(r"\S*[ةى]\S*")
# A quotation: «…», "…" or “…”.
_QUOTED_RE = re.compile(r"«[^«»]*»|\"[^\"]*\"|“[^“”]*”")
_ARTICLE_RE = re.compile(r"(?<!\S)[«\"“(]?ال")


def _arabic_spans(text: str) -> list[tuple[int, int]]:
    """Spans of *text* in Arabic: a word with ة or ى, or a quotation with such a word or
    with at least two words starting with the article ال («"العربي الجديد"»)."""
    spans = [m.span() for m in _ARABIC_WORD_RE.finditer(text)]
    for m in _QUOTED_RE.finditer(text):
        quoted = m.group(0)
        if _ARABIC_WORD_RE.search(quoted) or len(_ARTICLE_RE.findall(quoted)) >= 2:
            spans.append(m.span())
    return sorted(spans)


def legacy_letters(text: str) -> dict[int, str]:
    """The Arabic letters *text* types Persian with, letter by letter: ي when it has more
    of them than of ی, ك when more than of ک (a legacy text may type ی and ك: «پاكستان
    اجرای»), as a table for ``str.translate``; empty when none.  Read letter by letter,
    the paragraphs of one text come out alike, whichever letter each has more of."""
    return {
        ord(arabic): persian
        for arabic, persian in (("ي", "ی"), ("ك", "ک"))
        if text.count(arabic) > text.count(persian)
    }


def _outside_arabic(text: str, change: Callable[[str], str]) -> str:
    """*text* with *change* applied to what lies outside its Arabic spans."""
    out, at = [], 0
    for start, end in _arabic_spans(text):
        if start >= at:
            out += [change(text[at:start]), text[start:end]]
            at = end
    out.append(change(text[at:]))
    return "".join(out)


def _restore_glued(text: str) -> str:
    return _GLUED_WORD_RE.sub(_restore_in_context, text)


def _restore_in_context(match: re.Match[str]) -> str:
    word = match.group(0)
    shown = restore_zwnj(word)
    if shown != word and _compound_plural(match.string, match.start(), word, shown):
        return word
    if shown != word or not word.endswith("ای"):
        return shown
    indefinite = _indefinite_reading(word)
    if indefinite and _singular_context(match.string, match.start(), match.end()):
        return indefinite
    return word


def _compound_plural(text: str, start: int, word: str, shown: str) -> bool:
    """*word* («آوردهای»), read «Xه‌ای» (*shown*), is the plural of a compound that its
    outlet wrote in two words: the word before it and the word's stem without «های»
    are one noun hazm lists with a frequency («دست آوردهای»: «دستاورد», achievements,
    not «دست آورده‌ای»).  After a letter that does not join, the plural is written
    glued as a rule, so the word stays as written."""
    if not word.endswith("های") or shown != word[:-2] + ZWNJ + "ای":
        return False
    stem = word[:-3]
    if not stem or stem[-1] not in _NON_JOINING:
        return False
    previous = _previous_word(text, start)
    if not previous:
        return False
    words = _persian_lexicon()[0]
    # Glued, a second part's «آ» is written «ا» («دست» + «آورد»: «دستاورد»).
    spellings = {previous + stem, previous + ZWNJ + stem}
    if stem[0] == "آ":
        spellings.add(previous + "ا" + stem[1:])
    return any((words.get(form) or (0,))[0] for form in spellings)


def _previous_word(text: str, start: int) -> str:
    """The whole word before *text*[start:], on the same line, or ""."""
    head = text[max(0, start - _LONGEST_BEFORE) : start]
    before = head.rstrip(" ")
    if before == head or not before or before[-1] == "\n":
        return ""
    cut = max(before.rfind(" "), before.rfind("\n"))
    if cut < 0 and start > _LONGEST_BEFORE:
        return ""  # cut by the slice: not the whole word
    return before[cut + 1 :]


@lru_cache(maxsize=WORD_CACHE)
def _indefinite_reading(word: str) -> str | None:
    """«Xه‌ای» for a glued «Xهای» whose two readings hazm's frequencies cannot tell
    apart (``restore_zwnj`` leaves it as written): a plural of a listed noun X and a
    listed noun Xه, neither stem ``_STEM_RATIO`` times the other («رابطهای», «نامهای»).
    None when one reading is missing or outvoted («کارهای»: «کاره» is rare), and after
    a letter that does not join, where the plural is written glued as a rule («سفرهای»
    is trips, not a tablecloth, even at a sentence's end)."""
    plural, he = _plural(word), _he_suffixed(word)
    if not plural or not he or plural[1] is None or not he[1] or ZWNJ not in plural[0]:
        return None
    if plural[1] >= _STEM_RATIO * he[1] or he[1] >= _STEM_RATIO * max(plural[1], 1):
        return None
    stem = _stem(he[0].split(ZWNJ)[0])
    return he[0] if stem and _NOMINAL_TAGS & set(stem[2]) else None


# What follows a word: a punctuation mark ending a clause or the paragraph's end, or the
# next word (its trailing punctuation off).  "(" and "»" are no evidence: a gloss or a
# quotation's end may follow a plural's ezafe.
_CLAUSE_END = ".،؛:!؟?,;"
_NEXT_RE = re.compile(rf"[^\S\n]*(?:([{_CLAUSE_END}]|\n|$)|([^\s{_CLAUSE_END}]+))")


def _singular_context(text: str, start: int, end: int) -> bool:
    """The word at *text*[start:end] cannot be a plural with its ezafe: nothing it
    links follows (``not_after_ezafe``), or a word taking a singular precedes it
    (``indefinite_after``)."""
    not_after_ezafe, indefinite_after = _indefinite_context()
    after = _NEXT_RE.match(text, end)
    if after and (after.group(2) is None or after.group(2) in not_after_ezafe):
        return True
    head = text[max(0, start - _LONGEST_BEFORE) : start]
    before = head.rstrip()
    if before == head:  # the text's start, or a mark glued to the word
        return False
    previous = before[max(before.rfind(" "), before.rfind("\n")) + 1 :]
    whole = len(previous) < len(before) or start <= _LONGEST_BEFORE  # not cut by the slice
    return whole and previous in indefinite_after


# Characters read before a word for the word that precedes it (the longest of
# ``indefinite_after`` and its space, with room).
_LONGEST_BEFORE = 12


# A ZWNJ between two letters or digits: the outlet writes its ZWNJs.
_JOINING_ZWNJ_RE = re.compile(r"(?<=\w)\u200c(?=\w)")


def display_persian(text: str, restore: bool = True) -> str:
    """Persian display form: the outlet's words, spaces, digits, punctuation, Latin and
    Arabic spans exactly as written, with

    * invisible marks and tatweel inside words dropped (a tatweel standing alone as a
      dash becomes an en dash), Arabic presentation forms as their letters;
    * runs of blanks as one space; ZWNJs that join nothing dropped;
    * legacy Persian typed with ي/ك (``legacy_letters``) in ی/ک, except in its Arabic
      spans (``_arabic_spans``); a text typed with ی/ک keeps every ي/ك: it is Arabic;
    * in a text with no ZWNJ (as one whose ZWNJs were stripped), the ZWNJs of glued
      words put back where hazm's lists are sure (``restore_zwnj``), outside Arabic
      spans.  A text that has ZWNJs spells as its outlet chose: its glued words stay;
      so does every text when *restore* is false (the caller knows the article has
      ZWNJs elsewhere), and a text in Arabic (``detect_language``: an Arabic paragraph
      typed with ی/ک, whose «وجهات» is no «وجه‌ات»).

    hazm's Normalizer is not run: its spacing split numbers («۲/۷» -> «۲ / ۷»), URLs and
    «alert(1)», joined words the outlet spaced, and it rewrote Arabic letters.
    Idempotent: the display of a display is itself.
    """
    text = strip_invisible(text)
    if TATWEEL in text:
        text = _TATWEEL_DASH_RE.sub("–", _TATWEEL_IN_WORD_RE.sub("", text))
    text = _PRESENTATION_RE.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
    if ZWNJ in text:
        text = _EDGE_ZWNJ_RE.sub("", _ZWNJ_RUN_RE.sub(ZWNJ, text))
    if "  " in text or _ODD_BLANK_RE.search(text):  # else each blank is one space already
        text = _BLANKS_RE.sub(" ", text)
    text = text.strip()
    if table := legacy_letters(text):
        text = _outside_arabic(text, lambda part: part.translate(table))
    if not restore or _JOINING_ZWNJ_RE.search(text) or detect_language(text) == "ar":
        return text
    return _outside_arabic(text, _restore_glued)


def display_arabic(text: str) -> str:
    """Arabic display form: tatweel inside words and invisible marks removed, Arabic
    presentation forms (a glyph such as «ﻻ» typed for «لا») as their letters, letters
    otherwise untouched."""
    text = _TATWEEL_IN_WORD_RE.sub("", strip_invisible(text))
    return _PRESENTATION_RE.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)


def display(text: str, lang: str, restore: bool = True) -> str:
    """Display form of *text* in language *lang*; *restore*: Persian ZWNJs may be put
    back (false for a text from an article that writes its own ZWNJs)."""
    if lang == "fa":
        return display_persian(text, restore)
    if lang == "ar":
        return display_arabic(text)
    return strip_invisible(text)


# A full stop glued between two Persian/Arabic words ends a sentence too («… ارائه
# کند.این مقام افزود: …», «126 مقعداً.وما لم …»): two letters on each side (or a letter
# and its tanwin before it), so a number («2.5», «۲.۵»), a URL or Latin initials
# («U.S.») and one-letter abbreviations («ه.ش», «ج.ا.ا») are not split.  Before the stop
# a quotation's closing mark («… والأمن القومي”.وتعد …») or a word written as one sign
# (``_WORD_LIGATURES``: «… النبي محمد ﷺ.وقال …») ends a word as well, and so does an
# aside's closing bracket after a word («… جنيه استرليني).وزيرة …»).
_AR_SCRIPT_LETTERS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06fc"
_AR_SCRIPT_LETTER = f"[{_AR_SCRIPT_LETTERS}]"
_TANWINS = "\u064b-\u064d"
_TANWIN = f"[{_TANWINS}]"
_WORD_LIGATURES = "\ufdf0-\ufdfd"  # «ﷺ», «ﷻ», «ﷲ»: whole words as one sign
_CLOSING_QUOTES = '”»")'
GLUED_FULL_STOP = (
    rf"(?:(?<={_AR_SCRIPT_LETTER}{{2}})|(?<={_AR_SCRIPT_LETTER}{_TANWIN})"
    rf"|(?<=[{_AR_SCRIPT_LETTERS}{_TANWINS}{_WORD_LIGATURES}][{_CLOSING_QUOTES}])"
    rf"|(?<=[{_WORD_LIGATURES}]))\."
    rf"(?={_AR_SCRIPT_LETTER}{{2}})"
)
# Marks that end a sentence when a space or the end of the text follows them: . ! ? ؟ and
# the Urdu-style full stop «۔»; the middle dot «·» and the bullet «•» that some outlets
# write for the full stop («… أمير المؤمنين· وأسفر التفجير …») end one only after a word
# (opening a line they mark a list item).
FULL_STOPS = ".!?؟۔"
DOT_STOPS = "·•"
# Sentence ends: a full stop followed by space or end; a number like 2.5 is not split
# because the period must be followed by whitespace, nor a Persian decimal written «۶/.»
# (the stop is the number's).
_SENTENCE_END_RE = re.compile(
    rf"(?<=[{FULL_STOPS}])(?<!\d/\.)\s+|(?<=[^\s{DOT_STOPS}][{DOT_STOPS}])\s+"
    rf"|(?<={GLUED_FULL_STOP})"
)

# Dotted abbreviations of letter names: «ای. آر. وای نیوز» (ARY News), «بی. بی. سی»,
# «بی.بی.سی», «سی. ان. ان», «أ. ف. ب», «د. محمد».  A «.» after a word of one letter (no
# word of one letter ends a sentence) or of two letters with another such dotted word
# after or before it is the abbreviation's; a sentence ending on a short word alone («او
# گفت نه. من …», «… کشته شد. او …») still ends there.
# A letter after a haraka ends a longer word («شخصًا.»): no letter's name.
_NOT_AFTER_LETTER = r"(?<![\w\u200c\u064b-\u0654\u0670\u0640])"
_DOTTED_LETTERS_RE = re.compile(rf"{_NOT_AFTER_LETTER}({_AR_SCRIPT_LETTER}{{1,2}})\.$")
_NEXT_DOTTED_LETTERS_RE = re.compile(rf"\s*{_NOT_AFTER_LETTER}{_AR_SCRIPT_LETTER}{{1,2}}\.")
# How much text before a stop is read for the dotted words: two of two letters, a space.
_ABBREVIATION_REACH = 8
# The names of the Latin letters as Persian and Arabic write them (folded): a stop glued
# between two of them is an abbreviation's («آی.پی», IP; «ان.پی»), though two short
# words glued by a stop are two sentences («… از ایران شد.به گزارش …»).
LATIN_LETTER_NAMES = frozenset({
    "ای", "بی", "سی", "دی", "اف", "جی", "اچ", "ایچ", "کی", "ال", "ام", "ان",
    "او", "پی", "کیو", "ار", "اس", "تی", "یو", "وی", "دبلیو", "ایکس", "اکس", "وای",
    "زد", "زی",
})  # fmt: skip
_LETTER_NAME_BEFORE_RE = re.compile(rf"{_NOT_AFTER_LETTER}({_AR_SCRIPT_LETTER}{{2,5}})\.$")
_LETTER_NAME_AFTER_RE = re.compile(rf"{_AR_SCRIPT_LETTER}{{2,5}}(?![\w\u200c])")
_LETTER_NAME_REACH = 6  # the longest name and the stop


def abbreviation_stop(text: str, stop: int) -> bool:
    """Whether the «.» at *stop* of *text* is a dotted abbreviation's
    (``_DOTTED_LETTERS_RE``), or glued between two names of Latin letters
    (``LATIN_LETTER_NAMES``), no sentence's end."""
    if text[stop : stop + 1] != ".":
        return False
    before = _LETTER_NAME_BEFORE_RE.search(text[max(0, stop - _LETTER_NAME_REACH) : stop + 1])
    after = _LETTER_NAME_AFTER_RE.match(text, stop + 1)
    if before and after and {fold_word(before[1]), fold_word(after[0])} <= LATIN_LETTER_NAMES:
        return True
    head = text[max(0, stop - _ABBREVIATION_REACH) : stop + 1]
    word = _DOTTED_LETTERS_RE.search(head)
    if word is None:
        return False
    if len(word.group(1)) == 1 or _NEXT_DOTTED_LETTERS_RE.match(text, stop + 1):
        return True
    return _DOTTED_LETTERS_RE.search(head[: word.start()].rstrip()) is not None


# «… مجتهد برازجانی و ... صفحات درخشانی ثبت نمود»: dots after «و» stand for the rest of a
# list ("and so on"), and the sentence goes on after them.
_ETC_RE = re.compile(r"(?<![\w\u200c])و\s*\.{2,}$")
_ETC_REACH = 8


def etc_stop(text: str, stop: int) -> bool:
    """Whether the «.» at *stop* of *text* closes the dots of «و ...» (``_ETC_RE``)."""
    return text[stop : stop + 1] == "." and bool(
        _ETC_RE.search(text[max(0, stop - _ETC_REACH) : stop + 1])
    )


# A word written with dots between its letters to pass a filter («الإر.ها.بیة»,
# «الإرهاب.ي.ة»): a run without spaces holding two or more dots between letters is one
# word, and none of its dots ends a sentence.  A single glued stop («… ارائه کند.این
# مقام …») still ends one.
_INNER_DOT_RE = re.compile(r"(?<=[^\W\d_])\.(?=[^\W\d_])")
_DOTTED_WORD_REACH = 30  # characters read on each side of a glued stop for its word


def dotted_word_stop(text: str, stop: int) -> bool:
    """Whether the «.» at *stop* of *text*, glued between two letters, is one of the
    dots of a word written with dots (``_INNER_DOT_RE``), no sentence's end."""
    if not _INNER_DOT_RE.match(text, stop):
        return False
    head = text[max(0, stop - _DOTTED_WORD_REACH) : stop].split()
    tail = text[stop + 1 : stop + 1 + _DOTTED_WORD_REACH].split()
    word = (
        (head[-1] if head and not text[stop - 1].isspace() else "")
        + "."
        + (tail[0] if tail else "")
    )
    return len(_INNER_DOT_RE.findall(word)) >= 2


def sentence_ends(
    text: str, pattern: re.Pattern[str], pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """The matches of *pattern* (sentence ends: the stop, or the space after it) in
    ``text[pos:endpos]`` whose stop is no dotted abbreviation's (``abbreviation_stop``),
    nor the dots of a list's «و ...» (``etc_stop``), nor a dot inside a word written
    with dots (``dotted_word_stop``)."""
    for match in pattern.finditer(text, pos, len(text) if endpos is None else endpos):
        at = match.start()
        stop = at if text[at : at + 1] == "." else at - 1
        if (
            not abbreviation_stop(text, stop)
            and not etc_stop(text, stop)
            and not dotted_word_stop(text, stop)
        ):
            yield match


def pair_curly_quotes(paragraph: str) -> str:
    """*paragraph* with its quotations opened and closed by the same «“» («گفته است که:
    “مدارک … خارج کند.“») closed by «”»: with no «”» in it, every second «“» closes the
    quotation the one before opened.  One letter for one: offsets stay those of
    *paragraph*."""
    if "“" not in paragraph or "”" in paragraph:
        return paragraph
    parts = paragraph.split("“")
    return "".join(
        part + ("" if i == len(parts) - 1 else "“" if i % 2 == 0 else "”")
        for i, part in enumerate(parts)
    )


def split_sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences on terminal punctuation (``_SENTENCE_END_RE``),
    not on the dots of an abbreviation («بی. بی. سی»)."""
    return list(_split_sentences(paragraph))


@lru_cache(maxsize=TEXT_CACHE)
def _split_sentences(paragraph: str) -> tuple[str, ...]:
    # The last paragraphs' sentences are kept: the stages of one article split the
    # same paragraphs again.
    sentences: list[str] = []
    start = 0
    for end in sentence_ends(paragraph, _SENTENCE_END_RE):
        sentences.append(paragraph[start : end.start()])
        start = end.end()
    sentences.append(paragraph[start:])
    return tuple(s.strip() for s in sentences if s.strip())


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
_HARAKAT_CHARS = "\u064b-\u0654\u0670\u0640"
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


def loose_any(words: Iterable[str]) -> str:
    """A group matching any of *words* (``loose_pattern`` each), tried in the order
    given: callers that need the longest first sort them so."""
    return "(?:" + "|".join(loose_pattern(w) for w in words) + ")"


def truncate_words(text: str, limit: int) -> str:
    """Cut *text* to at most *limit* characters at a word boundary, adding an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ،,؛;:-") + "…"
