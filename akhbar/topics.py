"""Topic scoring: cue terms from knowledge/topics.yml counted on word forms, not substrings.

Each language has its own way of bringing a text word and a cue word together (all on the
folded form, ``akhbar.text.fold``):

* ``fa``: the cue is written in its base form; a text word matches when the word itself,
  its hazm lemma (verbs excluded: hazm marks them with ``#``) or its hazm stem equals the
  cue.  So the cue امنیت matches امنیتی, تحریم matches تحریمها, همکاری matches همکاریهای.
  The cue itself is not stemmed, which keeps هسته‌ای from matching the verb هست.
* ``ar``: ``arabic_stem`` on both sides (hazm is never run on Arabic).
* ``en``: ``english_stem`` on both sides.

A cue of several words matches a run of consecutive words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache, lru_cache

from akhbar.model import Topic, TopicScore
from akhbar.text import WORD_CACHE, fold, tokens

# Hits are counted per 100 words of body text, so a long article needs more hits than a
# brief to be "about" a topic.  A hit in the title counts TITLE_WEIGHT times.
TITLE_WEIGHT = 2
# Chosen on the five seed articles: topics an editor would tag scored >= 0.59 hits per 100
# words (000 defence, 001 terrorism-borders at 0.74), passing mentions scored <= 0.49
# (000 nuclear 0.15 for one paragraph, 001 culture 0.49 for «فرهنگی» twice in a list).
THRESHOLD = 0.5
# A single hit is never a topic, however short the text.
MIN_HITS = 2
MAX_TOPICS = 5

# -- Arabic light stemmer ----------------------------------------------------------------

# Prefixes, tried in this order; the first that leaves >= _AR_MIN letters is removed.
# Compound forms first (conjunction/preposition + article); "لل" is ل + ال.
_AR_PREFIXES = ("وبال", "وال", "بال", "فال", "کال", "ولل", "لل", "ال")
# Single-letter proclitics: removed only when >= _AR_MIN_AFTER_CLITIC letters remain, so
# that وزیر or بحث keep their first letter.
_AR_CLITICS = ("و", "ب", "ل", "ف")
# Suffixes on the folded form (ة has become ه, ي has become ی) with the letters that must
# remain; up to two are removed, so -ية (یه) goes in two steps.  Plural endings need four
# letters left, or تعاون, قوات would lose letters of the word itself.
_AR_SUFFIXES = (("ات", 4), ("ون", 4), ("ین", 4), ("ها", 3), ("ه", 3), ("ی", 3))
_AR_MIN = 3
_AR_MIN_AFTER_CLITIC = 4


def arabic_stem(word: str) -> str:
    """Light stem of an Arabic word: see the prefix and suffix tables above.

    >>> arabic_stem("والاقتصادية")
    'اقتصاد'
    """
    word = fold(word)
    for prefix in _AR_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= _AR_MIN:
            word = word[len(prefix) :]
            break
    else:
        for clitic in _AR_CLITICS:
            if word.startswith(clitic) and len(word) - 1 >= _AR_MIN_AFTER_CLITIC:
                word = word[1:]
                break
    for _ in range(2):
        for suffix, keep in _AR_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= keep:
                word = word[: -len(suffix)]
                break
        else:
            break
    return word


# -- English ------------------------------------------------------------------------------

_EN_RULES = (
    (re.compile(r"(?<=\w{3})ies$"), "y"),
    (re.compile(r"(?<=\w{4})ing$"), ""),
    (re.compile(r"(?<=\w{3})ed$"), ""),
    (re.compile(r"(?<=\w{3})(?<!s)s$"), ""),
)


def english_stem(word: str) -> str:
    """Lower case, then the first matching rule of -ies -> -y, -ing, -ed, -s (not -ss)."""
    word = word.lower()
    for pattern, replacement in _EN_RULES:
        if pattern.search(word):
            return pattern.sub(replacement, word)
    return word


# -- Persian ------------------------------------------------------------------------------


@cache
def _hazm() -> tuple[Callable[[str], str], Callable[[str], str]]:
    from hazm import Stemmer  # heavy import, only when Persian is scored

    from akhbar.text import persian_lemmatizer

    return persian_lemmatizer().lemmatize, Stemmer().stem


@cache
def persian_forms(word: str) -> frozenset[str]:
    """The folded word, its hazm lemma (not for verbs) and its hazm stem."""
    lemmatize, stem = _hazm()
    forms = {word, stem(word)}
    lemma = lemmatize(word)
    if "#" not in lemma:
        forms.add(fold(lemma))
    return frozenset(forms)


@lru_cache(maxsize=WORD_CACHE)
def _arabic_forms(word: str) -> frozenset[str]:
    return frozenset((arabic_stem(word),))


@lru_cache(maxsize=WORD_CACHE)
def _english_forms(word: str) -> frozenset[str]:
    return frozenset((english_stem(word),))


def _word_forms(lang: str) -> Callable[[str], frozenset[str]]:
    if lang == "fa":
        return persian_forms
    if lang == "ar":
        return _arabic_forms
    return _english_forms


def _cue_key(lang: str, word: str) -> str:
    if lang == "fa":
        return word
    if lang == "ar":
        return arabic_stem(word)
    return english_stem(word)


# -- scoring ------------------------------------------------------------------------------


def _positions(words: list[frozenset[str]]) -> dict[str, list[int]]:
    """Where each form occurs in *words* (in order): built once per article and text."""
    where: dict[str, list[int]] = {}
    for i, forms in enumerate(words):
        for form in forms:
            where.setdefault(form, []).append(i)
    return where


def _count(
    words: list[frozenset[str]], cues: dict[str, list[tuple[str, ...]]], where: dict[str, list[int]] | None = None
) -> int:
    """Non-overlapping cue hits, longest cue first at each position.

    *cues* is indexed by first term, and only the positions holding a first term are
    tried (*where*, from :func:`_positions`): a topic costs its cues' occurrences, not
    the article's length.
    """
    where = _positions(words) if where is None else where
    starts = sorted({i for first in cues for i in where.get(first, ())})
    hits, i, n = 0, 0, len(words)
    for start in starts:
        if start < i:
            continue  # inside the previous hit
        found = [
            cue
            for form in words[start]
            for cue in cues.get(form, ())
            if start + len(cue) <= n and all(c in words[start + k] for k, c in enumerate(cue))
        ]
        if found:
            hits += 1
            i = start + len(min(found, key=lambda c: (-len(c), c)))
    return hits


def _prepare(topic: Topic, lang: str) -> dict[str, list[tuple[str, ...]]]:
    return _prepare_cues(lang, tuple(topic.cues.get(lang, ())))


@lru_cache(maxsize=1024)
def _prepare_cues(lang: str, terms: tuple[str, ...]) -> dict[str, list[tuple[str, ...]]]:
    """A topic's cues in *lang*, indexed by first term (the same for every article; the
    result is only read)."""
    cues = [tuple(_cue_key(lang, w) for w in tokens(cue)) for cue in terms]
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for cue in sorted({c for c in cues if c}, key=lambda c: (-len(c), c)):
        by_first.setdefault(cue[0], []).append(cue)
    return by_first


def score_topics(
    paragraphs: list[str], lang: str, title: str, topics: Iterable[Topic]
) -> list[TopicScore]:
    """Main topics of an article, highest score first (ties by slug), at most MAX_TOPICS.

    score = (hits in body + TITLE_WEIGHT * hits in title) * 100 / words in body,
    rounded to 3 decimals; kept when score >= THRESHOLD and hits >= MIN_HITS.
    """
    lang = lang if lang in ("fa", "ar") else "en"
    forms = _word_forms(lang)
    body = [forms(w) for p in paragraphs for w in tokens(p)]
    head = [forms(w) for w in tokens(title)]
    if not body:
        return []
    scores = []
    in_body, in_head = _positions(body), _positions(head)
    for topic in topics:
        cues = _prepare(topic, lang)
        hits = _count(body, cues, in_body) + TITLE_WEIGHT * _count(head, cues, in_head)
        score = round(hits * 100 / len(body), 3)
        if hits >= MIN_HITS and score >= THRESHOLD:
            scores.append(TopicScore(topic.slug, score))
    scores.sort(key=lambda s: (-s.score, s.slug))
    return scores[:MAX_TOPICS]
