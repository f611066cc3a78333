"""Articles -> stories: the reports of one event or development, across outlets and languages.

``cluster(articles, previous, edits, knowledge=...)`` is pure and deterministic (the same
articles in any order give the same stories).  Two articles are *linked* when they share
enough of what extraction found, and never when their dates are too far apart:

* the date: two dated articles more than ``MAX_GAP_DAYS`` apart never link; an undated
  article links by its other signals only, and needs more of them (two people in
  common, or one quoted in both);
* people (actors of type person in ``knowledge/actors.yml``, one identity across
  Persian, Arabic and English): the strongest signal;
* organisations (parties, ministries, armed groups) and states: weaker, states the
  weakest (most news of a beat names the same few states);
* figures: the same amount or count (66 dead, 10 billion dollars), not durations or
  percentages, which recur from story to story («12-day war», «90 percent»);
* topics: never enough alone;
* shared words: the cosine of the folded words of the two texts (``akhbar.text.fold``:
  Persian and Arabic spellings coincide), each word weighted by how few of the articles
  use it, the grammar and newsroom formulas of ``knowledge/stories.yml`` left out.  A
  text is the title, the kicker and the paragraphs: not the key points, sentences of the
  paragraphs that counted twice would tie two reports by what the ranker chose of them.

A link needs a strong combination (``_link``): a shared person *and* shared words (or a
second anchor across languages), or, without a person, very close wording.  Two events
with the same people a month apart stay apart; so do two speeches by one person a few
days apart, whose words differ.

Stories are built greedily in time order (dated articles by date, then undated ones, each
by slug): an article joins the story holding the member it is most strongly linked to,
or starts one.  A story's slug is its first article's slug.  Given the *previous*
stories, their articles stay where they were and keep the story's slug; only new
articles are placed, each joining one story or starting one.  Editors change the result
with ``seeds/stories.yml`` (``parse_edits``): ``split`` puts the listed articles in a
story of their own that no other article joins, ``merge`` makes the stories holding the
listed articles one.

Each story records why its articles belong together (``Story.why``): for every article
after the first, the member it was linked to and the signals they share.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml

from akhbar.errors import OverrideError
from akhbar.knowledge import Knowledge
from akhbar.model import Article
from akhbar.text import AR_ARTICLE, AR_ARTICLE_PROCLITICS, WORD_CACHE, fold, tokens

STORIES_FILE = Path(__file__).resolve().parent.parent / "knowledge" / "stories.yml"

# -- thresholds, chosen on bench/eval_stories.py (120 real articles and the seeds, 23
# pairs in 11 stories; see bench/README.md) and checked on the 1,000-article corpus ------

# Two dated articles further apart than this are never one story.  The reports of one
# event in the gold follow it within 4 days (the seeds: 2 days; the Russians killed in
# Syria: reported over 4 days); 4 keeps a same-person event a week later apart.
MAX_GAP_DAYS = 4
# A story spans at most this many days from its first dated article to its last, so
# links cannot chain one development into a season.
MAX_SPAN_DAYS = 7
# Cosine of shared words (0-1) needed beside shared people.  In the gold, same-language
# reports of one event sharing two people score 0.23-0.28, different events sharing two
# people at most 0.13 (a minister's visit to Jerusalem and the White House's denial of
# the Israeli prime minister's words, 3 days apart); sharing one person, one event
# 0.16-0.48 and different events up to 0.25 (two of the US president's statements on
# one day), so one person needs the wording of a report of the same event.
# A person quoted in both dated articles counts as two people: one speaker within days
# (the Israeli prime minister in Munich, reported by BBC and CNN: 0.16).  Only the
# persons a report is about count as its speakers (``_speakers``: its first speaker,
# and whoever it quotes twice or more): a statement quoted once in passing, as
# background to another event (the US president's interview on settlements, in the
# report of the White House's denial of the same day: 0.25), is not.  An undated
# article needs two people in common, or one quoted in both, who then counts as one:
# with every item undated, his Munich speech and his warning after the strikes on Syria
# a week before (0.20) were joined.
WORDS_TWO_PERSONS = 0.15
WORDS_ONE_PERSON = 0.30
# Cosine of shared words with a shared figure but no person (66 dead in a plane crash:
# 0.33; 100 killed in one air strike, reported by two outlets: 0.17-0.18).
WORDS_WITH_FIGURE = 0.15
# Cosine of shared words alone: reports of one event with no known person or figure score
# 0.14-0.30 in the gold, different events of one place and week up to 0.28 (an army's
# advance and an alleged chemical attack in one Syrian district, one day): only the
# closest wording links, and never an undated article.
WORDS_ALONE = 0.30
# Across languages shared words are few (names outside the knowledge files): a link then
# needs a shared person and this many anchors in all (people count 2, organisations and
# figures 1): a person and a second person, organisation or figure.
CROSS_LANGUAGE_ANCHORS = 3
# Figures that identify an event: amounts and counts of at least this value (2 killed,
# 3 wounded recur in every conflict's news).
MIN_FIGURE = 10
# Words shorter than this (after Arabic's «ال»/«و» are taken off) never count.
MIN_WORD = 3
# Articles counted as if added to every batch, none using any word: idf = log((N + 100) /
# df).  Without it a batch of five (the seeds) weighs every word by a handful of counts
# and a pair's cosine swings with the batch (000-001: 0.18 alone, 0.38 among the 125 of
# the benchmark); with 100 it is 0.385 and 0.391.
IDF_PRIOR = 100
# Members of one story an article is compared with, those sharing most people first:
# the first link places it.  Bounds the cost in a busy week: on the 10,000-article
# corpus (~9 articles a day, every one sharing paragraphs) comparing every member took
# 145 s; in the gold no story has more than 4 articles, so none is cut short there.
MAX_TRIED = 8
# Arabic clitics taken off the front of a word before it is compared, longest first:
# the article with what is written onto it (``akhbar.text``'s one table), then the
# article alone.
_ARABIC_PREFIXES = (*AR_ARTICLE_PROCLITICS, AR_ARTICLE)


@dataclass(frozen=True, slots=True)
class Link:
    """Why *article* is in its story: the member *via* it was linked to, and what they
    share («person:ali-larijani», «figure:66 persons», «words:0.21», «days:2»).  The
    first article has no *via*; ``signals`` is ("editor",) where an edit put it there."""

    article: str
    via: str = ""
    signals: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Story:
    slug: str
    articles: tuple[str, ...]  # article slugs, dated in date order, then undated ones
    start: str | None  # first and last date of its dated articles (ISO), None if none
    end: str | None
    languages: tuple[str, ...]  # in order of first appearance
    outlets: tuple[str, ...]  # source slugs, in order of first appearance ("" skipped)
    why: tuple[Link, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Edits:
    """``seeds/stories.yml``: article slugs to split off or merge (see ``parse_edits``)."""

    path: str = ""
    merge: tuple[tuple[str, ...], ...] = ()
    split: tuple[tuple[str, ...], ...] = ()


# -- signals ---------------------------------------------------------------------------


@cache
def stories_knowledge() -> dict[str, Any]:
    """``knowledge/stories.yml``, read once a process (the clustering's grammar words, the
    story pages' words of one meaning)."""
    from akhbar import safe_yaml

    data: dict[str, Any] = safe_yaml.load(STORIES_FILE.read_text(encoding="utf-8"))
    return data


@cache
def _stopwords() -> frozenset[str]:
    data = stories_knowledge()
    return frozenset(_word(fold(w)) for words in data["stopwords"].values() for w in words)


def _word(token: str) -> str:
    """A folded token without the Arabic article or conjunction glued to its front."""
    for prefix in _ARABIC_PREFIXES:
        if token.startswith(prefix) and len(token) - len(prefix) >= MIN_WORD:
            return token[len(prefix) :]
    if token.startswith("و") and len(token) > MIN_WORD + 1:
        return token[1:]
    return token


@lru_cache(maxsize=WORD_CACHE)
def counted_word(token: str, lang: str) -> str:
    """The form in which a folded *token* of a text in *lang* is compared, or "" when
    it never counts (a number, a short or a grammar word)."""
    if token.isdigit():
        return ""
    word = word_form(token, lang)
    if len(word) < MIN_WORD or word in _stopwords():
        return ""
    return word


def word_form(token: str, lang: str) -> str:
    """A folded *token* of a text in *lang* as it is compared: an Arabic word without
    the article or conjunction on its front."""
    return _word(token) if lang == "ar" else token


def loaded_word(word: str, lang: str) -> str:
    """A word of ``knowledge/stories.yml`` in *lang*, as ``word_form`` gives it."""
    return word_form(fold(word), lang)


@dataclass(frozen=True, slots=True)
class _Signals:
    slug: str
    lang: str
    day: int | None  # proleptic ordinal of the date
    persons: frozenset[str]
    speakers: frozenset[str]  # persons it is about as a speaker (``_speakers``)
    bodies: frozenset[str]  # organisations
    states: frozenset[str]
    figures: frozenset[str]
    topics: frozenset[str]
    words: dict[str, int]  # emptied once its vector is made (``_Vectors``)


def story_words(article: Article) -> dict[str, int]:
    """The words by which *article* is compared with others (``counted_word``), each with
    how often it occurs in the title, the kicker and the paragraphs (the first without the
    outlet's boilerplate).  They depend on the article alone, so the build keeps them with
    its extraction (``akhbar.build``) rather than reading every text again each build."""
    # Imported here: the site's processes read stories (``Story``, ``STORIES_FILE``) but
    # never cluster, and the key points' and titles' patterns take ~0.3 s to compile.
    from akhbar.keypoints import strip_boilerplate

    paragraphs = article.paragraphs()
    if paragraphs:
        paragraphs[0] = strip_boilerplate(paragraphs[0])
    words: Counter[str] = Counter()
    for part in (article.title, article.kicker, *paragraphs):
        for token in tokens(part):
            word = counted_word(token, article.lang)
            if word:
                words[word] += 1
    return words


def _signals(
    article: Article, types: Mapping[str, str], words: dict[str, int] | None = None
) -> _Signals:
    """*article*'s signals; *words*: its ``story_words`` when they are known."""
    kinds: dict[str, set[str]] = defaultdict(set)
    for slug in article.actors:
        kinds[types.get(slug, "state")].add(slug)
    figures = frozenset(
        f"{f.value:g} {f.unit}"
        for f in article.figures
        if f.kind in ("amount", "count") and f.value >= MIN_FIGURE
    )
    day = dt.date.fromisoformat(article.date).toordinal() if article.date else None
    return _Signals(
        slug=article.slug,
        lang=article.lang,
        day=day,
        persons=frozenset(kinds["person"]),
        speakers=_speakers(article, types),
        bodies=frozenset(kinds["organisation"]),
        states=frozenset(kinds["state"]),
        figures=figures,
        topics=frozenset(t.slug for t in article.topics),
        words=story_words(article) if words is None else words,
    )


def _speakers(article: Article, types: Mapping[str, str]) -> frozenset[str]:
    """The persons *article* is about as a speaker: the first person it quotes, and any
    it quotes twice or more."""
    quoted = [q.speaker for q in article.quotes if types.get(q.speaker) == "person"]
    counts = Counter(quoted)
    return frozenset(p for p in counts if counts[p] > 1 or p == quoted[0])


class _Vectors:
    """Each article's words weighted by log(1 + count) * idf, idf = log((N + IDF_PRIOR) /
    df) over the N articles clustered together.  Each article's counts are emptied once
    its vector is made: the two are not held at once for every article (at 10,000
    articles, ~300 words each)."""

    def __init__(self, signals: Iterable[_Signals]) -> None:
        signals = list(signals)
        df: Counter[str] = Counter()
        for s in signals:
            df.update(s.words.keys())
        n = len(signals)
        self.vectors: dict[str, dict[str, float]] = {}
        for s in signals:
            vector = {
                w: math.log1p(c) * math.log((n + IDF_PRIOR) / df[w]) for w, c in s.words.items()
            }
            norm = math.sqrt(math.fsum(v * v for v in vector.values())) or 1.0
            self.vectors[s.slug] = {w: v / norm for w, v in vector.items() if v > 0}
            s.words.clear()

    def cosine(self, a: str, b: str) -> float:
        va, vb = self.vectors[a], self.vectors[b]
        # The shared words by an intersection of the dicts' keys and their products summed
        # by sumprod, all at C speed (~5x faster than a loop in Python); rounded, so that
        # the order a set yields its words in (it varies between runs) never changes a
        # result.
        shared = va.keys() & vb.keys()
        return round(math.sumprod(map(va.__getitem__, shared), map(vb.__getitem__, shared)), 9)


def _link(a: _Signals, b: _Signals, vectors: _Vectors) -> tuple[float, tuple[str, ...]] | None:
    """How strongly *a* and *b* report one event (higher is stronger) and the signals
    they share, or None when they do not (see the module docstring)."""
    gap = abs(a.day - b.day) if a.day is not None and b.day is not None else None
    if gap is not None and gap > MAX_GAP_DAYS:
        return None
    persons = sorted(a.persons & b.persons)
    bodies = sorted(a.bodies & b.bodies)
    figures = sorted(a.figures & b.figures)
    speakers = sorted(a.speakers & b.speakers)
    dated = gap is not None
    if not dated and len(persons) < 2 and not speakers:
        return None  # undated: two people in common, or one quoted in both
    words = vectors.cosine(a.slug, b.slug)
    anchors = 2 * len(persons) + len(bodies) + len(figures)
    if not (
        ((len(persons) >= 2 or (speakers and dated)) and words >= WORDS_TWO_PERSONS)
        or (persons and words >= WORDS_ONE_PERSON)
        or (a.lang != b.lang and persons and anchors >= CROSS_LANGUAGE_ANCHORS)
        or (dated and figures and words >= WORDS_WITH_FIGURE)
        or (dated and words >= WORDS_ALONE)
    ):
        return None
    states = sorted(a.states & b.states)
    topics = sorted(a.topics & b.topics)
    signals = (
        *(f"speaker:{p}" for p in speakers),
        *(f"person:{p}" for p in persons if p not in speakers),
        *(f"organisation:{o}" for o in bodies),
        *(f"figure:{f}" for f in figures),
        *(f"state:{s}" for s in states),
        *(f"topic:{t}" for t in topics),
        f"words:{words:.2f}",
        *((f"days:{gap}",) if gap is not None else ()),
    )
    return anchors + 2 * len(speakers) + 0.5 * len(states) + 0.25 * len(
        topics
    ) + 10 * words, signals


# -- clustering ------------------------------------------------------------------------


def _time_key(article: Article) -> tuple[bool, str, str]:
    """Dated articles by date, then undated ones; slug breaks ties."""
    return (article.date is None, article.date or "", article.slug)


class _Draft:
    """A story being built: its articles, why each is there, and indexes of its members."""

    def __init__(self, slug: str) -> None:
        self.slug = slug
        self.members: list[str] = []
        self.links: dict[str, Link] = {}
        self.days: list[int] = []

    def add(self, signals: _Signals, link: Link) -> None:
        self.members.append(signals.slug)
        self.links[signals.slug] = link
        if signals.day is not None:
            self.days.append(signals.day)

    def fits(self, day: int | None) -> bool:
        """Whether a member of *day* keeps the story within ``MAX_SPAN_DAYS``."""
        if day is None or not self.days:
            return True
        return max(*self.days, day) - min(*self.days, day) <= MAX_SPAN_DAYS


class _Clustering:
    def __init__(
        self,
        articles: list[Article],
        types: Mapping[str, str],
        words: Mapping[str, dict[str, int]],
    ) -> None:
        self.signals = {a.slug: _signals(a, types, words.get(a.source_file)) for a in articles}
        self.vectors = _Vectors(self.signals[slug] for slug in sorted(self.signals))
        self.drafts: dict[str, _Draft] = {}
        self.closed: set[str] = set()  # the editor's splits: exactly their articles
        self.story_of: dict[str, str] = {}
        self.by_day: dict[int, list[str]] = defaultdict(list)
        self.by_person: dict[str, list[str]] = defaultdict(list)
        self.by_person_undated: dict[str, list[str]] = defaultdict(list)
        self.by_speaker: dict[str, list[str]] = defaultdict(list)
        self.by_speaker_undated: dict[str, list[str]] = defaultdict(list)

    def _free_slug(self, slug: str) -> str:
        candidate, n = slug, 1
        while candidate in self.drafts:
            n += 1
            candidate = f"{slug}-{n}"
        return candidate

    def start(self, slug: str) -> _Draft:
        draft = _Draft(self._free_slug(slug))
        self.drafts[draft.slug] = draft
        return draft

    def place(self, draft: _Draft, article: str, link: Link) -> None:
        signals = self.signals[article]
        draft.add(signals, link)
        self.story_of[article] = draft.slug
        if signals.day is not None:
            self.by_day[signals.day].append(article)
        for person in signals.persons:
            self.by_person[person].append(article)
            if signals.day is None:
                self.by_person_undated[person].append(article)
        for person in signals.speakers:
            self.by_speaker[person].append(article)
            if signals.day is None:
                self.by_speaker_undated[person].append(article)

    def _candidates(self, signals: _Signals) -> set[str]:
        """Members that can link to *signals*: dated ones within ``MAX_GAP_DAYS`` of a dated
        article, and undated ones (or any, for an undated article) sharing two people
        with it or a speaker (``_link``: nothing else links an undated article)."""
        if signals.day is None:
            people, speakers, found = self.by_person, self.by_speaker, set()
        else:
            people, speakers = self.by_person_undated, self.by_speaker_undated
            found = {
                member
                for day in range(signals.day - MAX_GAP_DAYS, signals.day + MAX_GAP_DAYS + 1)
                for member in self.by_day.get(day, ())
            }
        shared: Counter[str] = Counter()
        for person in signals.persons:
            shared.update(people.get(person, ()))
        found.update(member for member, n in shared.items() if n >= 2)
        for person in signals.speakers:
            found.update(speakers.get(person, ()))
        return found

    def join_or_start(self, article: str) -> None:
        signals = self.signals[article]
        by_story: dict[str, list[str]] = defaultdict(list)
        for member in self._candidates(signals):
            by_story[self.story_of[member]].append(member)
        best: tuple[float, str, str, tuple[str, ...]] | None = None
        for slug in sorted(by_story):
            draft = self.drafts[slug]
            if slug in self.closed or not draft.fits(signals.day):
                continue
            # A story's members most like the article first; its first link is its score.
            members = sorted(by_story[slug])
            if len(members) > MAX_TRIED:
                members.sort(key=lambda m: -_overlap(signals, self.signals[m]))
            for member in members[:MAX_TRIED]:
                found = _link(signals, self.signals[member], self.vectors)
                if found is not None:
                    # The strongest story wins; ties go to the first story by slug.
                    if best is None or found[0] > best[0]:
                        best = (found[0], slug, member, found[1])
                    break
        if best is None:
            self.place(self.start(article), article, Link(article))
        else:
            _, slug, member, shared = best
            self.place(self.drafts[slug], article, Link(article, member, shared))


def _overlap(a: _Signals, b: _Signals) -> int:
    """A cheap likeness of two articles (no words): what they share of speakers, people,
    organisations and figures."""
    return (
        4 * len(a.speakers & b.speakers)
        + 2 * len(a.persons & b.persons)
        + len(a.bodies & b.bodies)
        + len(a.figures & b.figures)
    )


def cluster(
    articles: Iterable[Article],
    previous: Iterable[Story] | None = None,
    edits: Edits | None = None,
    *,
    knowledge: Knowledge | None = None,
    words: Mapping[str, dict[str, int]] | None = None,
) -> tuple[Story, ...]:
    """The stories of *articles* (see the module docstring).

    *previous*: the stories of an earlier build; their articles that still exist stay in
    them, under the same slugs, and only the other articles are placed.  *edits*: the
    editor's splits and merges (``parse_edits``), applied on every build.  *knowledge*
    tells people, organisations and states apart (without it every actor counts as a
    state, the weakest signal).  *words*: articles' ``story_words`` by source file, where
    they are known (the others are read from the articles); the clustering empties them.
    Raises ``OverrideError`` naming the edits file when an edit names an article that
    does not exist, ``ValueError`` on two articles of one slug.
    """
    articles = sorted(articles, key=_time_key)
    by_slug = {a.slug: a for a in articles}
    if len(by_slug) != len(articles):
        twice = sorted(slug for slug, n in Counter(a.slug for a in articles).items() if n > 1)
        raise ValueError(f"two articles have the slug {twice[0]!r}")
    edits = edits or Edits()
    for key, groups in (("split", edits.split), ("merge", edits.merge)):
        for group in groups:
            for slug in group:
                if slug not in by_slug:
                    raise OverrideError(edits.path, key, f"no article has the slug {slug!r}")
    types = {a.slug: a.type for a in knowledge.actors} if knowledge else {}
    work = _Clustering(articles, types, words or {})
    pinned = {slug for group in edits.split for slug in group}

    # 1. The previous stories keep their slugs and their articles (less those split off).
    for story in previous or ():
        kept = [slug for slug in story.articles if slug in by_slug and slug not in pinned]
        if kept:
            draft = work.start(story.slug)
            links = {link.article: link for link in story.why}
            for slug in kept:
                work.place(draft, slug, links.get(slug, Link(slug)))
    # 2. The editor's splits: each group a story of its own, which no article joins.
    for group in edits.split:
        members = sorted(group, key=lambda s: _time_key(by_slug[s]))
        existing = {work.story_of.get(s) for s in members} - {None}
        if len(existing) == 1:
            slug = existing.pop()
            if len(work.drafts[slug].members) == len(members):
                work.closed.add(slug)  # split on an earlier build: already this group
                continue
        for slug in members:
            if slug in work.story_of:
                work.drafts[work.story_of[slug]].members.remove(slug)
                del work.story_of[slug]
        draft = work.start(members[0])
        work.closed.add(draft.slug)
        for slug in members:
            work.place(draft, slug, Link(slug, "", ("editor",)))
    # 3. Every other article joins the story it is most strongly linked to, or starts one.
    for article in articles:
        if article.slug not in work.story_of:
            work.join_or_start(article.slug)
    # 4. The editor's merges: the stories holding the listed articles become the first's.
    for group in edits.merge:
        target = work.drafts[work.story_of[group[0]]]
        for slug in group[1:]:
            other = work.drafts[work.story_of[slug]]
            if other is target:
                continue
            for member in other.members:
                link = other.links[member]
                if not link.via:
                    link = Link(member, "", ("editor",))
                target.members.append(member)
                target.links[member] = link
                work.story_of[member] = target.slug
            other.members.clear()
    return tuple(
        sorted(
            (_story(d, by_slug) for d in work.drafts.values() if d.members),
            key=lambda s: (_time_key(by_slug[s.articles[0]]), s.slug),
        )
    )


def _story(draft: _Draft, by_slug: Mapping[str, Article]) -> Story:
    members = sorted((by_slug[s] for s in draft.members), key=_time_key)
    dates = [a.date for a in members if a.date]
    return Story(
        slug=draft.slug,
        articles=tuple(a.slug for a in members),
        start=min(dates) if dates else None,
        end=max(dates) if dates else None,
        languages=tuple(dict.fromkeys(a.lang for a in members)),
        outlets=tuple(dict.fromkeys(a.source for a in members if a.source)),
        why=tuple(draft.links[a.slug] for a in members),
    )


# -- the editor's file -----------------------------------------------------------------

EDIT_KEYS = ("merge", "split")


def parse_edits(data: bytes, path: str) -> Edits:
    """Parse and validate ``seeds/stories.yml``; raise ``OverrideError`` naming the key::

        merge:                    # the stories holding these articles become one,
          - [article-a, article-b]  # under the slug of the first's story
        split:                    # these articles are a story of their own
          - [article-c]

    Entries are article slugs (a story's slug is its first article's).  An article may
    be in one split group only; a merge needs two articles or more."""
    try:
        loaded = yaml.safe_load(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise OverrideError(path, "", f"not UTF-8 (byte {exc.start})") from None
    except yaml.YAMLError as exc:
        raise OverrideError(path, "", f"invalid YAML: {exc}".replace("\n", " ")) from None
    if loaded is None:
        return Edits(path)
    if not isinstance(loaded, dict):
        raise OverrideError(path, "", f"expected a mapping of keys, got {type(loaded).__name__}")
    groups: dict[str, tuple[tuple[str, ...], ...]] = {"merge": (), "split": ()}
    for key, value in loaded.items():
        if key not in EDIT_KEYS:
            raise OverrideError(path, str(key), f"unknown key; known keys: {', '.join(EDIT_KEYS)}")
        groups[key] = _groups(path, key, value)
    seen: set[str] = set()
    for group in groups["split"]:
        for slug in group:
            if slug in seen:
                raise OverrideError(path, "split", f"{slug!r} is in two groups")
            seen.add(slug)
    return Edits(path, merge=groups["merge"], split=groups["split"])


def _groups(path: str, key: str, value: Any) -> tuple[tuple[str, ...], ...]:
    least = 2 if key == "merge" else 1
    if not isinstance(value, list):
        raise OverrideError(path, key, f"expected a list of lists of article slugs, got {value!r}")
    result = []
    for group in value:
        if (
            not isinstance(group, list)
            or not all(isinstance(s, str) and s.strip() for s in group)
            or len(group) < least
        ):
            raise OverrideError(
                path, key, f"expected a list of at least {least} article slugs, got {group!r}"
            )
        result.append(tuple(dict.fromkeys(s.strip() for s in group)))
    return tuple(result)


# -- for scripts and the next build ----------------------------------------------------


def stories_json(stories: Iterable[Story]) -> list[dict[str, Any]]:
    """The stories as JSON-ready records (``json.dumps(..., ensure_ascii=False)``), in
    field order; ``stories_from_json`` reads them back (the *previous* of a next build)."""
    return [
        {
            "slug": s.slug,
            "articles": list(s.articles),
            "start": s.start,
            "end": s.end,
            "languages": list(s.languages),
            "outlets": list(s.outlets),
            "why": [
                {"article": link.article, "via": link.via, "signals": list(link.signals)}
                for link in s.why
            ],
        }
        for s in stories
    ]


def stories_from_json(records: Iterable[Mapping[str, Any]]) -> tuple[Story, ...]:
    """The inverse of ``stories_json``."""
    return tuple(
        Story(
            slug=r["slug"],
            articles=tuple(r["articles"]),
            start=r["start"],
            end=r["end"],
            languages=tuple(r["languages"]),
            outlets=tuple(r["outlets"]),
            why=tuple(Link(w["article"], w["via"], tuple(w["signals"])) for w in r.get("why", ())),
        )
        for r in records
    )
