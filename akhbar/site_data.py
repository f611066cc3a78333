"""Published articles' front matter -> the indexes the site and the PDF are built from.

Pure functions only.  One generic :func:`build_index` serves every taxonomy (actors,
topics, sources, dates), as Pelican's three near-identical generators should have.
Orders are total and stable: newest first, undated last, then by slug.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from typing import Any

Record = dict[str, Any]  # an article's front matter


def sort_key(record: Record) -> tuple[int, str, str]:
    date = record.get("date") or ""
    # Dated before undated; among dated, newest first (inverted ordinal); then slug.
    return (0 if date else 1, _inverted(date), record["slug"])


@lru_cache(maxsize=1 << 14)
def _inverted(date: str) -> str:
    return "".join(chr(0x10FFFF - ord(c)) for c in date)


def sort_newest_first(records: Iterable[Record]) -> list[Record]:
    return sorted(records, key=sort_key)


def build_index(
    records: Iterable[Record], keys: Callable[[Record], Iterable[str]]
) -> dict[str, list[Record]]:
    """Group *records* under every key *keys* gives them; each group newest first."""
    groups: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        for key in dict.fromkeys(keys(record)):  # a record counts once per key
            if key:
                groups[key].append(record)
    return {key: sort_newest_first(groups[key]) for key in sorted(groups)}


def actor_keys(record: Record) -> list[str]:
    return list(record.get("actors") or ())


def topic_keys(record: Record) -> list[str]:
    return [t["slug"] for t in record.get("topics") or ()]


def source_keys(record: Record) -> list[str]:
    return [record.get("source") or ""]


def month_keys(record: Record) -> list[str]:
    """``YYYY-MM`` of a dated article, ``undated`` otherwise."""
    return [(record.get("date") or "")[:7] or "undated"]


def _most_common(
    records: Iterable[Record],
    keys: Callable[[Record], Iterable[str]],
    limit: int,
    leave_out: str | None = None,
) -> list[tuple[str, int]]:
    """The *limit* keys in the most records (each record counted once a key), most first,
    then by key; *leave_out* not among them."""
    counts = Counter(chain.from_iterable(set(keys(r)) for r in records))
    if leave_out is not None:
        counts.pop(leave_out, None)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]


@dataclass(frozen=True, slots=True)
class SiteData:
    articles: list[Record]
    by_actor: dict[str, list[Record]]
    by_topic: dict[str, list[Record]]
    by_source: dict[str, list[Record]]
    by_month: dict[str, list[Record]]
    by_slug: dict[str, Record] = field(default_factory=dict)

    def co_actors(self, actor: str, limit: int = 12) -> list[tuple[str, int]]:
        """Actors named in the same articles as *actor*: most shared first, then slug."""
        return _most_common(self.by_actor.get(actor, ()), actor_keys, limit, leave_out=actor)

    def topics_of(self, records: Iterable[Record], limit: int = 8) -> list[tuple[str, int]]:
        return _most_common(records, topic_keys, limit)

    def actors_of(self, records: Iterable[Record], limit: int = 10) -> list[tuple[str, int]]:
        return _most_common(records, actor_keys, limit)

    def quotes_by(
        self, actor: str, records: Iterable[Record]
    ) -> list[tuple[list[str], list[Record]]]:
        """What *actor* said in *records* (a page of the articles naming them, newest
        first): each distinct quote once, with every article of *records* that reports
        it, and the quotes that the same articles report side by side in one group,
        ``[(texts, articles), ...]``, in the order the articles first report them.

        A page prints a group's articles once for all its quotes: an article quoting
        one speaker four times, or two outlets carrying the same words, were four and
        two copies of the article's title and link."""
        reported: dict[str, list[Record]] = {}
        for record in records:
            for quote in record.get("quotes") or ():
                if quote.get("speaker") != actor:
                    continue
                articles = reported.setdefault(quote["text"], [])
                if not any(seen is record for seen in articles):
                    articles.append(record)
        return runs_by_sources(reported.items())


def runs_by_sources[S](quotes: Iterable[tuple[str, S]]) -> list[tuple[list[str], S]]:
    """Quotes as ``(text, sources)`` in order -> runs of the ones next to each other
    that have equal sources, ``[(texts, sources), ...]``: one line of sources for them
    all (actor pages, ``SiteData.quotes_by``; story pages, ``story_pages.story_record``)."""
    runs: list[tuple[list[str], S]] = []
    for text, sources in quotes:
        if runs and runs[-1][1] == sources:
            runs[-1][0].append(text)
        else:
            runs.append(([text], sources))
    return runs


def by_month_in_order(
    records: Iterable[Record], calendar: str = "gregorian"
) -> list[tuple[str, list[Record]]]:
    """Runs of *records* (newest first) that share a month of *calendar* (``i18n.CALENDARS``):
    ``[("2025-11", [...]), ...]``, Solar Hijri ``[("1404-09", [...]), ...]``."""
    from akhbar.i18n import month_key

    runs: list[tuple[str, list[Record]]] = []
    for record in records:
        month = month_key(record.get("date"), calendar)
        if not runs or runs[-1][0] != month:
            runs.append((month, []))
        runs[-1][1].append(record)
    return runs


@dataclass(frozen=True, slots=True)
class Paging:
    """Page *number* (from 1) of *count* pages of a list of articles, *size* a page.

    Page 1 is the list's own page (``actors/x.md``); page n is ``actors/x/page/n.md``, as
    Material's blog numbers its pages."""

    number: int
    count: int
    size: int
    first: str  # the source path of page 1

    def src(self, number: int) -> str:
        if number == 1:
            return self.first
        return (
            f"{self.first.removesuffix('.md').removesuffix('index').rstrip('/')}/page/{number}.md"
        )

    def slice(self, records: list[Record]) -> list[Record]:
        return records[(self.number - 1) * self.size : self.number * self.size]

    def window(self, around: int = 2) -> list[int | None]:
        """Page numbers to link: the first, the last and *around* each side of this one;
        None where two or more numbers are left out (one is shown rather than a gap)."""
        shown = {1, self.count, *range(self.number - around, self.number + around + 1)}
        numbers: list[int | None] = []
        last = 0
        for n in sorted(n for n in shown if 1 <= n <= self.count):
            if n == last + 2:
                numbers.append(last + 1)
            elif n > last + 2 and last:
                numbers.append(None)
            numbers.append(n)
            last = n
        return numbers


def pagings(first: str, items: int, size: int) -> list[Paging]:
    """The pages a list of *items* articles takes, *size* a page (one when it is empty)."""
    count = max(1, -(-items // size))
    return [Paging(number, count, size, first) for number in range(1, count + 1)]


def site_data(records: list[Record]) -> SiteData:
    records = sort_newest_first(records)
    return SiteData(
        articles=records,
        by_actor=build_index(records, actor_keys),
        by_topic=build_index(records, topic_keys),
        by_source=build_index(records, source_keys),
        by_month=build_index(records, month_keys),
        by_slug={r["slug"]: r for r in records},
    )
