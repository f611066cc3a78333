"""Quotes: who said what.

``extract_quotes(paragraphs, lang, resolve) -> list[Quote]`` finds statements opened by an
introducer («گفت:», «وأضاف:», «said:» ...) and attributes each to a speaker.
``resolve(name_text) -> slug or ""`` is the caller's actor matcher.

Quote text: what follows the colon, up to the closing quotation mark when the quote opens
with one, else up to the next introducer's sentence or the end of the paragraph («said
that»: the end of the sentence); surrounding quotation marks stripped, display text kept
as written.  A quote needs ``MIN_QUOTE_WORDS`` words.

Speaker, one fallback chain:

1. the subject of the clause: Persian/English, the sentence text before the verb (after
   a «... کرد و» joiner, first «،» segment that is not an adverbial, cut at «با», «در»,
   «ضمن» ...); Arabic, the words after the verb («وصرّح لاريجاني حول ...:»), or before
   it when the verb comes last («لاريجاني قال:»);
2. the shortest prefix of that subject that ``resolve`` maps to a slug;
3. a pronoun («وی», «او», «he») or no subject at all («وأضاف:»): Arabic first tries the
   subject of an earlier verb in the same sentence («كتب أمين المجلس ...، وأضاف:») if it
   resolves, then every language takes the last named speaker of the article, with
   the name as written at that mention;
4. a plural verb («تاکید کردند:», «قالوا:»): a group, speaker "" and the subject phrase
   cut to ``GROUP_NAME_WORDS`` words;
5. otherwise speaker "" and the first ``SPEAKER_NAME_WORDS`` words of the subject.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from akhbar.model import Quote
from akhbar.text import detect_language, fold, fold_word, loose_pattern

# Shortest statement worth keeping; shorter "quotes" are headings or labels («گفت: بله»).
MIN_QUOTE_WORDS = 3
# An unresolved speaker keeps this many words: a name is one to three words long.
SPEAKER_NAME_WORDS = 3
# A group subject («علما، رهبران مذهبی و سیاسی پاکستان ...») is cut here.
GROUP_NAME_WORDS = 5
# Prefixes tried against resolve(): titles with a name run to about eight words.
MAX_SUBJECT_WORDS = 8

# --- tables ------------------------------------------------------------------------------

# Verbs that open a statement with a colon; the plural ending is added by the pattern.
INTRODUCERS = {
    "fa": (
        "گفت",
        "افزود",
        "تاکید کرد",
        "اظهار داشت",
        "اظهار کرد",
        "اعلام کرد",
        "اعلام نمود",
        "تصریح کرد",
        "خاطرنشان کرد",
        "خاطرنشان ساخت",
        "خاطر نشان کرد",
        "خاطر نشان ساخت",
        "یادآور شد",
        "یاد آور شد",
        "ادامه داد",
        "بیان کرد",
        "بیان داشت",
        "عنوان کرد",
        "تاکید نمود",
        "نوشت",
        "می گوید",
        "می افزاید",
    ),
    "ar": (
        "قال",
        "أضاف",
        "صرح",
        "أكد",
        "تابع",
        "أوضح",
        "شدد",
        "أشار",
        "لفت",
        "أعلن",
        "ذكر",
        "اعتبر",
        "كتب",
        "أعرب",
        "تساءل",
    ),
    "en": ("said", "added", "stated", "told", "noted", "stressed", "declared", "wrote"),
}
PLURAL_ENDINGS = {"fa": "ند", "ar": "وا", "en": ""}
FEMININE_ENDINGS = {"ar": "ت"}

# Words that open an adverbial «،» segment, never the subject.
ADVERBIAL_STARTS = {
    "fa": ("در", "با", "به", "از", "ضمن", "طی", "پس", "پیش", "برای", "بنابر", "بر"),
    "ar": ("في", "خلال", "على", "من", "بعد", "قبل", "لدى", "ولدى", "عند", "وفي", "وقبل"),
    "en": ("in", "on", "at", "during", "after", "before", "speaking", "according", "while"),
}
# Where the subject ends inside its segment.
SUBJECT_CUTS = {
    "fa": ("با", "در", "ضمن", "از", "بر", "طی", "همچنین", "نیز", "هم"),
    "ar": (
        "حول",
        "أمام",
        "في",
        "خلال",
        "عبر",
        "قائلا",
        "قائلة",
        "لدى",
        "بعد",
        "مع",
        "على",
        "إلى",
        "عن",
        "مجددا",
        "أن",
        "إن",
        "أنه",
    ),
    "en": ("in", "on", "at", "during", "after", "before", "to", "that", "while", "also"),
}
# Words dropped before the subject («همچنین وی ...», «كما ...»).
LEADING_FILLERS = {
    "fa": ("همچنین", "سپس", "نیز", "ضمنا", "و"),
    "ar": ("كما", "ثم"),
    "en": ("also", "then", "and"),
}
PRONOUNS = {"fa": ("وی", "او", "ایشان"), "ar": ("هو", "هي"), "en": ("he", "she")}


def _folded(table: dict[str, tuple[str, ...]]) -> dict[str, frozenset[str]]:
    return {lang: frozenset(fold(w) for w in words) for lang, words in table.items()}


# The word lists above as they are compared (folded), once.
_ADVERBIALS, _CUTS, _FILLERS, _PRONOUNS = map(_folded, (ADVERBIAL_STARTS, SUBJECT_CUTS, LEADING_FILLERS, PRONOUNS))

# «... خبر داد و گفت:» - a finished verb and «و» start a new clause with the same subject.
_FA_JOINER_RE = re.compile(r"(?:کرد|کردند|شد|شدند|داد|دادند|دانست|است|بود|نمود|خواند)\s+و\s+")

OPEN_MARKS = {"«": "»", "“": "”", '"': '"', "„": "“"}
_STRIP_MARKS = "«»“”„\"' \t"

# --- compiling ---------------------------------------------------------------------------

_loose = loose_pattern


def _verbs(lang: str) -> str:
    return "|".join(_loose(v) for v in sorted(INTRODUCERS[lang], key=len, reverse=True))


# Persian: the subject comes before the verb, the colon right after it.
_FA_RE = re.compile(rf"(?<!\w)(?P<verb>{_verbs('fa')})(?P<plural>ند)?\s*:")
# Arabic: optional «و»/«كما», the verb, its subject and complements, then the colon.
_AR_RE = re.compile(
    rf"(?<!\w)(?P<verb>(?:و|ف)?(?:{_verbs('ar')}))(?P<plural>وا)?(?:ت)?(?!\w)"
    r"(?P<rest>[^:.!?؟\n]{0,160}?)\s*:"
)
# English: subject before the verb; «said:», «told reporters:», «said on Monday that».
_EN_RE = re.compile(
    rf"(?<!\w)(?P<verb>{_verbs('en')})(?!\w)(?P<rest>[^:.!?\n]{{0,80}}?)\s*(?::|\bthat\b)",
    re.IGNORECASE,
)
_PATTERNS = {"fa": _FA_RE, "ar": _AR_RE, "en": _EN_RE}
# Arabic verbs anywhere, to find the subject of an earlier verb in the sentence.
_AR_VERB_RE = re.compile(rf"(?<!\w)(?:و|ف)?(?:{_verbs('ar')})(?:ت)?(?!\w)")
_SENTENCE_END_RE = re.compile(r"[.!?؟۔]\s+")
_SEGMENT_RE = re.compile(r"\s*[،,]\s*")
_WORD_RE = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class _Found:
    """One introducer in a paragraph."""

    clause_start: int  # where the sentence holding the introducer starts
    verb_start: int
    colon_end: int
    subject: str  # Arabic/English words between the verb and the colon
    plural: bool
    conjoined: bool  # Arabic verb written with «و»: the subject comes after it
    that: bool  # English «said that»: indirect speech to the end of the sentence


# --- subjects ----------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(text)


def _first_word(text: str) -> str:
    words = _words(text)
    return fold_word(words[0]).strip(".,،:") if words else ""


def _drop_fillers(text: str, lang: str) -> str:
    fillers = _FILLERS.get(lang, frozenset())
    words = _words(text)
    while words and fold_word(words[0]) in fillers:
        words.pop(0)
    return " ".join(words)


def _cut(text: str, lang: str) -> str:
    """The subject phrase: *text* up to the first cut word."""
    cuts = _CUTS.get(lang, frozenset())
    words = []
    for word in _words(text):
        if fold_word(word).strip(".,،") in cuts:
            break
        words.append(word)
    return " ".join(words).strip(" ،,:")


def _subject_before(clause: str, lang: str, plural: bool = False) -> str:
    """Subject of a sentence whose verb comes last (Persian, English, some Arabic).

    A plural subject is a list and keeps its «،» («علما، رهبران مذهبی و ...»).
    """
    if lang == "fa":
        parts = [p for p in _FA_JOINER_RE.split(clause) if p.strip()]
        clause = parts[-1] if parts else ""
    adverbials = _ADVERBIALS.get(lang, frozenset())
    segments = _SEGMENT_RE.split(clause)
    for i, segment in enumerate(segments):
        segment = _drop_fillers(segment, lang)
        if segment and _first_word(segment) not in adverbials:
            return _cut("، ".join([segment, *segments[i + 1 :]]) if plural else segment, lang)
    return ""


def _is_pronoun(subject: str, lang: str) -> bool:
    return _first_word(subject) in _PRONOUNS.get(lang, frozenset())


def _resolve_prefix(subject: str, resolve: Callable[[str], str]) -> tuple[str, str]:
    """Shortest prefix of *subject* that resolves, as (slug, name); ("", "") if none."""
    words = _words(subject)[:MAX_SUBJECT_WORDS]
    for n in range(1, len(words) + 1):
        name = " ".join(words[:n]).strip(' ،,:«»“”"')
        slug = resolve(name) if name else ""
        if slug:
            return slug, name
    return "", ""


# --- finding introducers and quote text --------------------------------------------------


def _sentence_start(paragraph: str, pos: int, floor: int) -> int:
    start = floor
    for match in _SENTENCE_END_RE.finditer(paragraph, floor, pos):
        start = match.end()
    return start


def _introducers(paragraph: str, lang: str) -> list[_Found]:
    pattern = _PATTERNS[lang]
    found: list[_Found] = []
    floor = 0
    for match in pattern.finditer(paragraph):
        groups = match.groupdict()
        verb, verb_start, rest = match.group("verb"), match.start(), groups.get("rest") or ""
        if lang == "ar":
            # «كتب ... أنه سيزور ...، وأضاف:»: the colon belongs to the last verb.
            later = list(_AR_VERB_RE.finditer(rest))
            if later:
                verb = later[-1].group(0)
                verb_start = match.start("rest") + later[-1].start()
                rest = rest[later[-1].end() :]
        found.append(
            _Found(
                clause_start=_sentence_start(paragraph, verb_start, floor),
                verb_start=verb_start,
                colon_end=match.end(),
                subject=rest.strip(),
                plural=bool(groups.get("plural")),
                conjoined=lang == "ar" and verb[:1] in "وف",
                that=not match.group(0).rstrip().endswith(":"),
            )
        )
        floor = match.end()
    return found


def _quote_text(paragraph: str, start: int, end: int, that: bool) -> str:
    text = paragraph[start:end].strip()
    if that:
        stop = _SENTENCE_END_RE.search(text)
        text = text[: stop.start() + 1] if stop else text
    elif text[:1] in OPEN_MARKS:
        close = text.find(OPEN_MARKS[text[0]], 1)
        if close > 0:
            text = text[1:close]
    return text.strip(_STRIP_MARKS)


# --- speakers ----------------------------------------------------------------------------


@dataclass(slots=True)
class _Speakers:
    """The last named speaker of the article, for pronouns and bare verbs."""

    slug: str = ""
    name: str = ""

    def remember(self, slug: str, name: str) -> None:
        self.slug, self.name = slug, name


def _earlier_subject(sentence: str) -> str:
    """Arabic: the subject of the last verb in *sentence* («كتب أمين المجلس ...، وأضاف»)."""
    matches = list(_AR_VERB_RE.finditer(sentence))
    return _cut(sentence[matches[-1].end() :], "ar") if matches else ""


def _speaker(
    found: _Found,
    clause: str,
    lang: str,
    resolve: Callable[[str], str],
    last: _Speakers,
) -> tuple[str, str]:
    if lang == "ar" and (found.subject or found.conjoined or not clause.strip()):
        subject = _cut(_drop_fillers(found.subject, lang), lang)
    else:
        subject = _subject_before(clause, lang, found.plural)
        if not subject and lang == "en":
            subject = _cut(found.subject, lang)
    if found.plural:
        return "", " ".join(_words(subject)[:GROUP_NAME_WORDS]).strip(" ،,و")
    if not subject and lang == "ar":
        slug, name = _resolve_prefix(_earlier_subject(clause), resolve)
        if slug:
            return slug, name
    if not subject or _is_pronoun(subject, lang):
        return last.slug, last.name
    slug, name = _resolve_prefix(subject, resolve)
    if not slug:
        name = " ".join(_words(subject)[:SPEAKER_NAME_WORDS])
    last.remember(slug, name)
    return slug, name


def extract_quotes(paragraphs: list[str], lang: str, resolve: Callable[[str], str]) -> list[Quote]:
    """Every attributed statement in *paragraphs*, in reading order.

    An unknown *lang* is told from the paragraphs' letters (``detect_language``).
    """
    if lang not in _PATTERNS:
        lang = detect_language(" ".join(paragraphs))
    quotes: list[Quote] = []
    last = _Speakers()
    for paragraph in paragraphs:
        found = _introducers(paragraph, lang)
        for i, intro in enumerate(found):
            end = found[i + 1].clause_start if i + 1 < len(found) else len(paragraph)
            end = max(end, intro.colon_end)
            text = _quote_text(paragraph, intro.colon_end, end, intro.that)
            clause = paragraph[intro.clause_start : intro.verb_start]
            speaker, name = _speaker(intro, clause, lang, resolve, last)
            if len(_words(text)) >= MIN_QUOTE_WORDS:
                quotes.append(Quote(speaker, name, text))
    return quotes
