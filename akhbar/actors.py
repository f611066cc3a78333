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
  on the article's date (no date: the holder with no end date).

The matcher is built once from ``Knowledge`` and is pure afterwards.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass
from functools import lru_cache

from akhbar.knowledge import Knowledge
from akhbar.model import Actor, Candidate
from akhbar.text import TEXT_CACHE, WORD_CACHE, detect_language, fold

# A word as written: letters/digits plus the marks fold() removes from inside a word
# (harakat, superscript alef, Quranic marks, ZWNJ, tatweel).
_WORD_RE = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u200c\u0640]+")
_PIECE_RE = re.compile(r"\w+")

# Arabic proclitics tried off the first word of a run, longest first.  "لل" is ل + ال with
# the alef dropped, so it is put back: للسعودية -> السعودیه.
_PROCLITICS = (
    ("وبال", "ال"),
    ("وال", "ال"),
    ("بال", "ال"),
    ("فال", "ال"),
    ("کال", "ال"),
    ("ولل", "ال"),
    ("لل", "ال"),
    ("وب", ""),
    ("ول", ""),
    ("و", ""),
    ("ف", ""),
    ("ب", ""),
    ("ل", ""),
    ("ک", ""),
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
# Characters allowed between a role phrase and the name it introduces (after fold()).
_APPOSITION_RE = re.compile(r"[\s,،\"'«»“”‘’()\-–—]*")

# Function words that end a candidate name, by language (folded).
_STOPWORDS = {
    "fa": _folded_words(
        "در با از به و که را برای تا این آن هم نیز گفت کرد است بود شد اعلام افزود ضمن "
        "طی پس پیش روز امروز دیروز وی او"
    ),
    "ar": _folded_words(
        "في مع من إلى الى على عن أن إن أنه بأن و ثم خلال حيث الذي التي قال أكد اليوم "
        "يوم امس أمس لدى عند كما بعد قبل حول هو هي عبر قد لقد كبار جميع بعض كل"
    ),
    "en": _folded_words(
        "in with from to on at of and that the said told who which for by during after"
    ),
}
CANDIDATE_MIN_WORDS = 2  # a single word after a title is more often a noun than a name
CANDIDATE_MAX_WORDS = 4  # longer runs are clauses («برفع العوائق القائمة وتسهيل...»)


@dataclass(frozen=True, slots=True)
class Token:
    """A folded word and its span in the original text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Hit:
    """A run of tokens naming an actor (kind "actor") or an office (kind "role")."""

    kind: str
    ident: str
    start: int  # token index, inclusive
    end: int  # token index, exclusive


@dataclass(frozen=True, slots=True)
class RoleMention:
    """A role phrase standing alone, resolved to the holder ("" when nobody is known)."""

    role: str
    text: str
    slug: str


@lru_cache(maxsize=WORD_CACHE)
def _pieces(word: str) -> tuple[str, ...]:
    return tuple(_PIECE_RE.findall(fold(word)))


# An article's paragraphs are read several times (its actors, the candidates, the
# speakers of its quotes): the last texts' tokens and hits are kept.
@lru_cache(maxsize=TEXT_CACHE)
def tokenize(text: str) -> tuple[Token, ...]:
    """Folded tokens of *text* with their character spans (the same tokens as ``tokens()``)."""
    return tuple(Token(piece, m.start(), m.end()) for m in _WORD_RE.finditer(text) for piece in _pieces(m.group()))


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


class ActorMatcher:
    """Index of every actor and role name of a ``Knowledge``, built once."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self._index: dict[str, tuple[str, str]] = {}
        self._max_tokens = 1
        self._office_words: set[str] = set()
        # Roles first so that an actor sharing a key with a role overwrites it.
        for office in knowledge.roles:
            for name in (office.titles.fa, office.titles.ar, office.titles.en, *office.aliases):
                words = self._add(name, ("role", office.key))
                self._office_words.update(words)
        for actor in knowledge.actors:
            for name in (actor.names.fa, actor.names.ar, actor.names.en, *actor.aliases):
                self._add(name, ("actor", actor.slug))
        self._persons = {a.slug for a in knowledge.actors if a.type == "person"}
        self._prefixes = name_prefixes(self._index)
        self._read = lru_cache(maxsize=TEXT_CACHE)(self._read_text)

    def _add(self, name: str, entry: tuple[str, str]) -> list[str]:
        words = _PIECE_RE.findall(fold(name))
        if words:
            self._index[_key(words)] = entry
            self._max_tokens = max(self._max_tokens, len(words) + 2)  # +2: glued vs spaced
        return words

    # -- scanning ---------------------------------------------------------------------

    def _match_at(self, toks: Sequence[Token], i: int) -> Hit | None:
        """The longest name starting at token *i* (the first of its spellings on a tie)."""
        last = min(len(toks), i + self._max_tokens)
        best: tuple[int, tuple[str, str]] | None = None
        for key in _variants(toks[i].text):
            found = longest_name(key, toks, i, last, self._index, self._prefixes)
            if found and (best is None or found[0] > best[0]):
                best = found
        return Hit(best[1][0], best[1][1], i, best[0]) if best else None

    def scan(self, toks: Sequence[Token]) -> list[Hit]:
        """All actor and role hits in *toks*, longest first, without overlaps."""
        hits, i = [], 0
        while i < len(toks):
            hit = self._match_at(toks, i)
            if hit:
                hits.append(hit)
                i = hit.end
            else:
                i += 1
        return hits

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
        """Slug of whoever held *role* on *date* ("" if unknown).

        Two holders on one day (the hand-over date ends one term and starts the next):
        the later start wins.
        """
        holders = self.knowledge.holders(role, date)
        if not holders:
            return ""

        def latest_start(actor: Actor) -> str:
            return max(r.start for r in actor.roles if r.key == role and r.held_on(date))

        return max(holders, key=lambda a: (latest_start(a), a.slug)).slug

    def attached(self, text: str, toks: Sequence[Token], hits: Sequence[Hit], k: int) -> str:
        """The person a role hit *k* is the title of ("" if it stands alone)."""
        role = hits[k]
        neighbours = []
        if (
            k > 0
            and self._is_person(hits[k - 1])
            and self._apposed(text, toks, hits[k - 1].end, role.start)
        ):
            neighbours.append(hits[k - 1].ident)
        if (
            k + 1 < len(hits)
            and self._is_person(hits[k + 1])
            and self._apposed(text, toks, role.end, hits[k + 1].start)
        ):
            neighbours.append(hits[k + 1].ident)
        office = self.knowledge.role(role.ident)
        country = office.country if office else ""
        actors = [a for a in map(self.knowledge.actor, neighbours) if a]
        for actor in actors:  # first choice: a neighbour who held that office at some time
            if any(r.key == role.ident for r in actor.roles):
                return actor.slug
        for actor in actors:  # else one of the office's country («لاريجاني بوزير الداخلية
            if not country or actor.country == country:  # الباكستاني» is not his title)
                return actor.slug
        return ""

    def _is_person(self, hit: Hit) -> bool:
        return hit.kind == "actor" and hit.ident in self._persons

    @staticmethod
    def _apposed(text: str, toks: Sequence[Token], end: int, start: int) -> bool:
        """Only punctuation of apposition and honorifics between token *end*-1 and *start*."""
        if start < end or end == 0 or start >= len(toks):
            return False
        between = fold(text[toks[end - 1].end : toks[start].start])
        if any(w not in HONORIFICS for w in _PIECE_RE.findall(between)):
            return False
        return bool(_APPOSITION_RE.fullmatch(_PIECE_RE.sub("", between)))

    # -- names ------------------------------------------------------------------------

    def resolve_name(self, name: str, date: str | None = None) -> str:
        """Slug of the actor *name* refers to, "" if none.

        Chain: the first person named > the first actor named > the holder of the first
        role phrase on *date*.  Used to attribute quotes to speakers.
        """
        hits = self.scan(tokenize(name))
        for hit in hits:
            if self._is_person(hit):
                return hit.ident
        for hit in hits:
            if hit.kind == "actor":
                return hit.ident
        for hit in hits:
            return self.holder(hit.ident, date)
        return ""

    def candidate_after(
        self, text: str, toks: Sequence[Token], hits: Sequence[Hit], k: int, lang: str = ""
    ) -> str:
        """An unknown name introduced by role hit *k*, as written; "" if none.

        *lang* is the paragraph's language (told from *text* when not given)."""
        role = hits[k]
        lang = lang or detect_language(text)
        stop = _STOPWORDS.get(lang, _STOPWORDS["en"])
        next_hit = hits[k + 1].start if k + 1 < len(hits) else len(toks)
        i, words = role.end, 0
        while i < len(toks):
            before = text[toks[i - 1].end : toks[i].start]
            if words and not before.isspace():
                break  # punctuation inside the run ends it
            if not words and not _APPOSITION_RE.fullmatch(before):
                return ""
            word = toks[i].text
            if i >= next_hit or any(v in stop for v in _variants(word)):
                break  # a function word, also behind a proclitic («وكبار»)
            if not words and lang == "ar" and word.startswith("ال") and word not in HONORIFICS:
                return ""  # Arabic names do not start with the article; nouns do
            if word.isdigit() or any(v in self._office_words for v in _variants(word)):
                return ""
            words += 1
            i += 1
            if words > CANDIDATE_MAX_WORDS:
                return ""
        if i < len(toks) and i >= next_hit:
            return ""  # the run runs into a known name
        names = [t for t in toks[role.end : i] if t.text not in HONORIFICS]
        if len(names) < CANDIDATE_MIN_WORDS:
            return ""
        return text[toks[role.end].start : toks[i - 1].end]


def match_actors(
    paragraphs: list[str], date: str | None, matcher: ActorMatcher
) -> tuple[list[str], list[RoleMention]]:
    """Actor slugs most mentioned first (ties: first appearance), and role-only mentions.

    A role phrase next to a person's name counts once, for that person.  A role phrase
    on its own counts for the holder on *date* and is listed in the second value (with
    slug "" when nobody is known to hold it).
    """
    counts: dict[str, int] = {}
    first: dict[str, tuple[int, int]] = {}
    mentions: list[RoleMention] = []

    def count(slug: str, where: tuple[int, int]) -> None:
        counts[slug] = counts.get(slug, 0) + 1
        first.setdefault(slug, where)

    for p, text in enumerate(paragraphs):
        toks, hits = matcher.read(text)
        for k, hit in enumerate(hits):
            if hit.kind == "actor":
                count(hit.ident, (p, hit.start))
                continue
            if matcher.attached(text, toks, hits, k):
                continue
            slug = matcher.holder(hit.ident, date)
            phrase = text[toks[hit.start].start : toks[hit.end - 1].end]
            mentions.append(RoleMention(hit.ident, phrase, slug))
            if slug:
                count(slug, (p, hit.start))
    slugs = sorted(counts, key=lambda s: (-counts[s], first[s]))
    return slugs, mentions


def find_candidates(
    paragraphs: list[str], matcher: ActorMatcher, source_file: str
) -> list[Candidate]:
    """People introduced by a role title but unknown to the knowledge files.

    After a role phrase standing alone, the next 2-4 words (after a comma, quote or
    space, up to punctuation or a function word) that are neither office words nor a
    known actor are taken as a name: «وزير الداخلية الباكستاني، سيد محسن نقوي، ...».
    Each (name, role) pair is listed once, in order of appearance.
    """
    out: list[Candidate] = []
    seen: set[tuple[str, str]] = set()
    for text in paragraphs:
        toks, hits = matcher.read(text)
        lang = ""
        for k, hit in enumerate(hits):
            if hit.kind != "role" or matcher.attached(text, toks, hits, k):
                continue
            lang = lang or detect_language(text)  # once per paragraph, not per role hit
            name = matcher.candidate_after(text, toks, hits, k, lang)
            if name and (fold(name), hit.ident) not in seen:
                seen.add((fold(name), hit.ident))
                out.append(Candidate(name=name, role=hit.ident, source_file=source_file))
    return out
