"""Stories (``akhbar.stories``) -> what their pages, the front page and the books print.

Pure functions, called by the plan (``akhbar.plan``).  A :class:`StoryRecord` holds a
story of two articles or more as its page shows it: its articles' records in time order,
its headline in each edition, the key points across its articles with cross-article
duplicates merged (:func:`merge_points`), its actors, what each said, its figures.  A story
of one article has no page: its article is the story.

* the **headline** in an edition: the title of the story's best article in the edition's
  language, else of its best article (``_best_first``: the one naming most of the actors
  its articles share, then the one with most key points, then the earliest);
* the **points**: every article's key points, best article first; two points are one
  fact only when clearly so (``same_fact``), shown once with every article stating it;
* the **weight** on the front page (``weight``): articles, outlets and languages, less
  one for each week its last report is older than the publication's newest.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from akhbar.errors import KnowledgeError
from akhbar.knowledge import Knowledge
from akhbar.model import LANGUAGES
from akhbar.site_data import runs_by_sources
from akhbar.stories import Story, counted_word, loaded_word, stories_knowledge, word_form
from akhbar.text import AR_CONJUNCTIONS, detect_language, fold, tokens

Record = dict[str, Any]

# Two points in different words are one fact only when they name the same actors and the
# same figures (at least one of either) and share this much of their words (Jaccard): the
# same fact reworded by another outlet, or in another language.  Words are compared folded
# (Persian and Arabic spellings coincide), without the grammar words of
# ``knowledge/stories.yml`` (``stopwords``), a word of one of its ``same_words`` groups
# counting as its group in any language («وارد» and «وصل»: arrived).  A looser match merged
# different statements by one person on one day; a point kept twice costs a line, two
# facts merged into one misreport both.
SAME_FACT_OVERLAP = 0.6
# Across languages, words the table does not hold are compared by their letters only, so
# one word that differs may be a verb the table lacks («وارد» and «غادر»: arrived, left):
# points in two languages are one fact only when nearly all their words are shared.
SAME_FACT_OVERLAP_ACROSS = 0.8
# Persian endings after which a word is looked up again in ``same_words``: plurals and
# the adjective/indefinite «ی» («همکاری‌های» -> «همکاری», «مرزهای» -> «مرز»).
FA_ENDINGS = ("های", "ها", "ی")
# The points a story shows on the front page.
HOME_POINTS = 3
# Weeks a story without a dated article counts as old, on the front page.
UNDATED_WEEKS = 52


@dataclass(frozen=True, slots=True)
class Point:
    """A key point, as the first (best) article states it, and every article stating it."""

    text: str
    lang: str
    sources: tuple[str, ...]  # article slugs, best first


@dataclass(frozen=True, slots=True)
class StoryRecord:
    """A story as its pages print it: made of its articles' records alone (not of why
    they were linked, which depends on the build that placed each), so that a story's
    pages and their keys are the same after an incremental build as after a cold one."""

    slug: str
    records: tuple[Record, ...]  # its articles' records: dated in date order, then undated
    start: str | None
    end: str | None
    languages: tuple[str, ...]
    outlets: tuple[str, ...]  # source slugs, in order of first appearance
    headlines: dict[str, str]  # edition -> the slug of the article whose title heads it
    points: tuple[Point, ...]
    actors: tuple[tuple[str, int], ...]  # actor slug and its articles, most first
    # What each speaker said: (actor slug or "", name as written, [(texts, article
    # slugs)]): each quote once with every article reporting it, the quotes that the
    # same articles report side by side in one group
    said: tuple[tuple[str, str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]], ...]
    # Each figure once: (its record in the first article stating it, the article slugs)
    figures: tuple[tuple[Record, tuple[str, ...]], ...]

    @property
    def count(self) -> int:
        return len(self.records)

    def record(self, slug: str) -> Record:
        return next(r for r in self.records if r["slug"] == slug)

    def headline(self, edition: str) -> Record:
        """The record whose title heads the story in *edition*."""
        return self.record(self.headlines[edition])

    def best_points(self, edition: str, n: int = HOME_POINTS) -> list[Point]:
        """The *n* points stated by most articles, those in the *edition*'s language first
        among equals, then in the story's order."""
        ranked = sorted(
            enumerate(self.points),
            key=lambda ip: (-len(ip[1].sources), ip[1].lang != edition, ip[0]),
        )
        return [p for _i, p in ranked[:n]]


@dataclass(frozen=True, slots=True)
class StoryLink:
    """What a link to a story prints (an actor's or a topic's page): its headline in each
    edition, its dates, its number of articles.  A page's key holds the headline of its
    own edition only (``edition_plan.PageKey.of``), so that a new headline in one edition
    does not render the others' pages again."""

    slug: str
    headlines: dict[str, Record]  # edition -> the record whose title heads the story
    start: str | None
    end: str | None
    count: int

    def headline(self, edition: str) -> Record:
        return self.headlines[edition]


def link_to(story: StoryRecord) -> StoryLink:
    return StoryLink(
        story.slug,
        {edition: story.headline(edition) for edition in story.headlines},
        story.start,
        story.end,
        len(story.records),
    )


def _day(date: str | None) -> int | None:
    return dt.date.fromisoformat(date).toordinal() if date else None


def weight(story: StoryRecord, newest: str | None) -> float:
    """A story's rank on the front page (see the module docstring)."""
    end, last = _day(story.end), _day(newest)
    weeks = (last - end) / 7 if end is not None and last is not None else UNDATED_WEEKS
    return len(story.records) + len(story.outlets) + len(story.languages) - weeks


def ranked(stories: Iterable[StoryRecord], newest: str | None) -> list[StoryRecord]:
    """*stories* heaviest first, then the most recent, then by slug."""
    return sorted(
        stories,
        key=lambda s: (-weight(s, newest), -(_day(s.end) or 0), s.slug),
    )


# -- facts -----------------------------------------------------------------------------


# A story's points are compared with one another, each many times: folded once.
_folded = lru_cache(maxsize=8192)(fold)


@cache
def _same_words() -> dict[tuple[str, str], str]:
    """(language, word as compared) -> its group in ``knowledge/stories.yml``."""
    return same_words_table(stories_knowledge())


def same_words_table(data: Mapping[str, Any]) -> dict[tuple[str, str], str]:
    """``same_words`` of *data* as a lookup; a word in two groups of one language is
    refused (``KnowledgeError``), as it would make two meanings one."""
    table: dict[tuple[str, str], str] = {}
    for group, languages in (data.get("same_words") or {}).items():
        for lang, words in languages.items():
            if lang not in LANGUAGES:
                raise KnowledgeError(
                    f"knowledge/stories.yml: same_words.{group}: unknown language {lang!r}"
                )
            for word in words:
                key = (lang, loaded_word(str(word), lang))
                if table.setdefault(key, group) != group:
                    raise KnowledgeError(
                        f"knowledge/stories.yml: same_words: {word!r} ({lang}) is in both "
                        f"{table[key]!r} and {group!r}"
                    )
    return table


def _group(word: str, lang: str) -> str | None:
    table = _same_words()
    found = table.get((lang, word))
    if found is None and lang == "ar" and word[:1] in AR_CONJUNCTIONS and len(word) > 3:
        found = table.get((lang, word[1:]))  # «وأكد»: short words keep their «و»
    if found is None and lang == "fa":
        for ending in FA_ENDINGS:
            if word.endswith(ending) and len(word) > len(ending) + 1:
                found = table.get((lang, word[: -len(ending)]))
                if found is not None:
                    break
    return found


@lru_cache(maxsize=4096)
def _words(text: str, lang: str) -> frozenset[str]:
    """The words of a point in *lang* as two points are compared: each folded word not
    a grammar word, or its ``same_words`` group (marked «=»)."""
    words = set()
    for token in tokens(text):
        group = _group(word_form(token, lang), lang)
        if group is not None:
            words.add("=" + group)
        elif word := counted_word(token, lang):
            words.add(word)
    return frozenset(words)


@lru_cache(maxsize=8192)
def _padded(text: str) -> str:
    return f" {' '.join(tokens(text))} "


class _Facts:
    """What a point names: the actors of its article whose name or alias it holds, and
    the figures of its article written in it."""

    def __init__(self, kn: Knowledge) -> None:
        self.names: dict[str, tuple[str, ...]] = {}
        for actor in kn.actors:
            written = (actor.names.fa, actor.names.ar, actor.names.en, *actor.aliases)
            self.names[actor.slug] = tuple(_padded(n) for n in written if n and tokens(n))

    def of(self, point: str, record: Record) -> tuple[frozenset[str], frozenset[str]]:
        text = _padded(point)
        actors = frozenset(
            slug
            for slug in record.get("actors") or ()
            if any(name in text for name in self.names.get(slug, ()))
        )
        figures = frozenset(
            f"{f['value']:g} {f['unit']}"
            for f in record.get("figures") or ()
            if tokens(f["text"]) and _padded(f["text"]) in text
        )
        return actors, figures


def same_fact(
    a: str,
    b: str,
    a_named: tuple[frozenset[str], frozenset[str]],
    b_named: tuple[frozenset[str], frozenset[str]],
    langs: tuple[str | None, str | None] = (None, None),
) -> bool:
    """Whether points *a* and *b* (in *langs*, found from their letters if not given)
    state one fact: the same words once folded, or the same actors and figures (some)
    and ``SAME_FACT_OVERLAP`` of their words (``_words``)."""
    if _folded(a) == _folded(b):
        return True
    if a_named != b_named or not (a_named[0] or a_named[1]):
        return False
    la, lb = langs[0] or detect_language(a), langs[1] or detect_language(b)
    wa, wb = _words(a, la), _words(b, lb)
    needed = SAME_FACT_OVERLAP if la == lb else SAME_FACT_OVERLAP_ACROSS
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= needed


def merge_points(
    records: Sequence[Record], kn: Knowledge, facts: _Facts | None = None
) -> tuple[Point, ...]:
    """The key points of *records* (best first), each fact once (``same_fact``);
    *facts*: the knowledge's names, made once for many stories."""
    facts = facts or _Facts(kn)
    merged: list[tuple[str, str, list[str], tuple[frozenset[str], frozenset[str]]]] = []
    for record in records:
        for text in record.get("key_points") or ():
            named = facts.of(text, record)
            for _text, _lang, sources, other in merged:
                if same_fact(_text, text, other, named, (_lang, record["lang"])):
                    if record["slug"] not in sources:
                        sources.append(record["slug"])
                    break
            else:
                merged.append((text, record["lang"], [record["slug"]], named))
    return tuple(Point(text, lang, tuple(sources)) for text, lang, sources, _n in merged)


# -- records ---------------------------------------------------------------------------


def _best_first(records: Sequence[Record]) -> list[Record]:
    """*records* (in time order) best first: naming most of the actors two or more of them
    name, then with most key points, then the earliest."""
    shared = {
        a
        for a, n in Counter(a for r in records for a in set(r.get("actors") or ())).items()
        if n > 1
    }
    order = {r["slug"]: i for i, r in enumerate(records)}
    return sorted(
        records,
        key=lambda r: (
            -len(shared & set(r.get("actors") or ())),
            -len(r.get("key_points") or ()),
            order[r["slug"]],
        ),
    )


def story_record(
    story: Story, by_slug: Mapping[str, Record], kn: Knowledge, facts: _Facts | None = None
) -> StoryRecord:
    records = tuple(by_slug[slug] for slug in story.articles)
    best = _best_first(records)
    headlines = {
        edition: next((r for r in best if r["lang"] == edition), best[0])["slug"]
        for edition in LANGUAGES
    }
    actors = Counter(a for r in records for a in dict.fromkeys(r.get("actors") or ()))
    # Quotes under their speaker: a known actor by slug, else the name as written
    # (folded), else together as unattributed.  The same words (folded) in several
    # reports are one quote with each report as its source, as a merged point is.
    said: dict[str, tuple[str, str, dict[str, tuple[str, list[str]]]]] = {}
    for r in records:
        for q in r.get("quotes") or ():
            speaker = q.get("speaker") or ""
            key = speaker or "name:" + fold(q.get("speaker_name") or "")
            entry = said.setdefault(key, (speaker, q.get("speaker_name") or "", {}))
            _text, sources = entry[2].setdefault(fold(q["text"]), (q["text"], []))
            if r["slug"] not in sources:
                sources.append(r["slug"])
    figures: dict[tuple[Any, ...], tuple[Record, list[str]]] = {}
    for r in records:
        for f in r.get("figures") or ():
            _first, sources = figures.setdefault((f["value"], f["unit"], f["kind"]), (f, []))
            if r["slug"] not in sources:
                sources.append(r["slug"])
    return StoryRecord(
        slug=story.slug,
        records=records,
        start=story.start,
        end=story.end,
        languages=story.languages,
        outlets=story.outlets,
        headlines=headlines,
        points=merge_points(best, kn, facts),
        actors=tuple(sorted(actors.items(), key=lambda kv: (-kv[1], kv[0]))),
        said=tuple(
            (
                speaker,
                name,
                tuple(
                    (tuple(texts), sources)
                    for texts, sources in runs_by_sources(
                        (text, tuple(slugs)) for text, slugs in quotes.values()
                    )
                ),
            )
            for speaker, name, quotes in said.values()
        ),
        figures=tuple((first, tuple(sources)) for first, sources in figures.values()),
    )


def story_records(
    stories: Iterable[Story], by_slug: Mapping[str, Record], kn: Knowledge
) -> tuple[StoryRecord, ...]:
    """The stories of two published articles or more, as their pages print them, newest
    first (by their last date; undated last), then by slug."""
    kept = [s for s in stories if sum(1 for a in s.articles if a in by_slug) > 1]
    facts = _Facts(kn) if kept else None
    records = []
    for story in kept:
        articles = tuple(a for a in story.articles if a in by_slug)
        records.append(story_record(_only(story, articles), by_slug, kn, facts))
    return tuple(sorted(records, key=lambda s: (s.end is None, _inverted(s.end), s.slug)))


def _only(story: Story, articles: tuple[str, ...]) -> Story:
    from dataclasses import replace

    return replace(story, articles=articles)


def _inverted(date: str | None) -> tuple[int, ...]:
    return tuple(-ord(c) for c in date or "")


def index_stories(stories: Iterable[StoryRecord], keys: Any) -> dict[str, list[StoryLink]]:
    """Links to the stories under every key *keys* gives any of their records (an actor,
    a topic)."""
    found: dict[str, list[StoryLink]] = defaultdict(list)
    for story in stories:
        link = link_to(story)
        for key in dict.fromkeys(k for r in story.records for k in keys(r)):
            found[key].append(link)
    return dict(found)
