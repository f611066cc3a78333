"""The plan of the publication: read -> extract -> **plan** -> render.

``plan(articles, stories, knowledge, settings)`` is pure: from the published articles and
their stories (``akhbar.stories``) it makes a
:class:`Publication`, every page the editions and books render, with nothing read or
written.  The editions (``akhbar.editions``, through the MkDocs hook) and the books
(``akhbar.site.build_pdfs``) render it; none of them parses the articles' front matter
again.

* ``records``: each article as its pages print it (its front matter, in the site's
  order: newest first, undated last, then slug), with the indexes by actor, topic,
  source and month (``akhbar.site_data``);
* ``pages``: the generated pages (home, timeline, actor, topic and source lists, their
  numbered pages, the index pages and search), each with its template and what it shows;
* ``stories``: the stories of two articles or more (``akhbar.story_pages.StoryRecord``),
  newest first, each with a page; ``story_of`` tells an article's story;
* ``book``: the articles of the briefing books (the newest ``Settings.book_articles``),
  grouped by story (a story's articles together, in time order, the stories by their
  newest article in the book), and how many were published.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from akhbar.knowledge import Knowledge
from akhbar.model import Article
from akhbar.settings import Settings
from akhbar.site_data import Record, SiteData, by_month_in_order, pagings, site_data
from akhbar.stories import Story
from akhbar.story_pages import StoryRecord, index_stories, ranked, story_records

# Stories the front page briefs, heaviest first (``story_pages.weight``).
HOME_STORIES = 12
# Stories an actor's or a topic's page lists, the newest (older ones are linked from
# their articles' cards, which the page's list links): a state named in most articles is
# in most stories, and the whole list grew with them (5.5 KB an article in the three
# editions at N = 2,000, one page of 0.6 MB for such a state at 20,000).
IN_STORIES = 10


@dataclass(frozen=True, slots=True)
class GeneratedPage:
    """A page made from the articles: its source path (``actors/x/page/2.md``), its
    template and the values it is rendered with (the same in every edition; its title
    is the edition's, ``edition_plan.title``)."""

    src: str
    template: str
    context: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Book:
    """What a briefing book holds: the newest articles, grouped by story, and how many
    were published; the stories of two of its articles or more, each a chapter before
    its first article's."""

    articles: tuple[Article, ...]
    total: int
    stories: tuple[StoryRecord, ...] = ()


@dataclass(frozen=True, slots=True)
class Feed:
    """An Atom feed of one actor's or topic's articles: its path (``actors/<slug>.xml``,
    beside the page ``actors/<slug>/``), whose they are (*kind* ``actor`` or ``topic``,
    *slug*) and its entries, the newest dated articles first.  Feed readers order
    entries by their date: an undated article has none to give, so it is left out."""

    path: str
    page: str
    kind: str
    slug: str
    records: tuple[Record, ...]


@dataclass(frozen=True, slots=True)
class Publication:
    data: SiteData
    pages: tuple[GeneratedPage, ...]
    book: Book
    stories: tuple[StoryRecord, ...] = ()
    story_of: dict[str, StoryRecord] = field(default_factory=dict)  # article slug -> story
    feeds: tuple[Feed, ...] = ()


def record(article: Article) -> Record:
    """*article* as its pages print it: its front matter (``render.front_matter``), in
    the plain types it is written and read back in (lists, not tuples)."""
    from akhbar.render import front_matter

    return json.loads(json.dumps(front_matter(article), ensure_ascii=False))


def plan(
    articles: Iterable[Article],
    stories: Iterable[Story],
    knowledge: Knowledge,
    settings: Settings,
) -> Publication:
    """The publication of *articles* and their *stories*."""
    articles = list(articles)
    publication = plan_records([record(a) for a in articles], knowledge, settings, stories=stories)
    book = book_of(articles, publication.story_of, settings.book_articles)
    return replace(publication, book=book)


def book_of(articles: list[Article], story_of: dict[str, StoryRecord], size: int) -> Book:
    """The newest *size* articles (``pdf.book_order``), grouped by story: the groups in
    the order of their newest article, each group's articles in time order (dated by
    date, then undated, by slug)."""
    from akhbar.pdf import book_order

    newest = book_order(articles)[:size]
    groups: dict[str, list[Article]] = {}
    for article in newest:
        story = story_of.get(article.slug)
        groups.setdefault(story.slug if story else f"article:{article.slug}", []).append(article)
    ordered: list[Article] = []
    stories = []
    for members in groups.values():
        members.sort(key=lambda a: (a.date is None, a.date or "", a.slug))
        ordered.extend(members)
        if len(members) > 1:
            stories.append(story_of[members[0].slug])
    return Book(tuple(ordered), len(articles), tuple(stories))


def plan_records(
    records: list[Record],
    knowledge: Knowledge,
    settings: Settings,
    book: Book | None = None,
    stories: Iterable[Story] = (),
) -> Publication:
    """The publication of articles known by their front matter only (an edition built
    from a docs folder): no book unless *book*."""
    data = site_data(records)
    told = story_records(stories, data.by_slug, knowledge)
    story_of = {r["slug"]: story for story in told for r in story.records}
    pages = generated_pages(data, knowledge, settings.list_page_size, told, story_of)
    return Publication(
        data,
        tuple(pages),
        book or Book((), len(records)),
        told,
        story_of,
        tuple(feeds(data, knowledge)),
    )


# Entries of a feed: the newest; older articles stay on the lists.
FEED_ENTRIES = 50


def feed_path(kind: str, slug: str) -> str:
    """Where the feed of an actor's (*kind* ``actor``) or a topic's articles is."""
    return f"{kind}s/{slug}.xml"


def feeds(data: SiteData, kn: Knowledge) -> list[Feed]:
    """A feed for each actor and topic that has a page (``generated_pages``)."""
    found = []
    for kind, index, known in (
        ("actor", data.by_actor, lambda slug: kn.actor(slug) is not None),
        ("topic", data.by_topic, lambda slug: any(t.slug == slug for t in kn.topics)),
    ):
        for slug, records in index.items():
            if known(slug):
                dated = tuple(r for r in records if r.get("date"))[:FEED_ENTRIES]
                path = feed_path(kind, slug)
                found.append(Feed(path, f"{kind}s/{slug}/", kind, slug, dated))
    return found


def month_counts(records: Iterable[Record]) -> dict[str, Counter[str]]:
    """Articles a month (``i18n.month_key``; undated ones under ``UNDATED``) in each
    calendar of the editions (``i18n.CALENDARS``)."""
    from akhbar.i18n import CALENDARS

    records = list(records)
    return {
        calendar: Counter(_month(r.get("date"), calendar) for r in records)
        for calendar in sorted(set(CALENDARS.values()))
    }


@cache
def _month(iso: str | None, calendar: str) -> str:
    """``i18n.month_key``, once a date: an article is counted in its actors', topics'
    and the timeline's charts (~40,000 look-ups at 1,000 articles)."""
    from akhbar.i18n import month_key

    return month_key(iso, calendar)


@cache
def _next_month(key: str) -> str:
    from akhbar.i18n import next_month

    return next_month(key)


# Months a coverage chart shows at most: the newest three years (a bar stays wider than
# ten units of the 360 the chart spans).
CHART_MONTHS = 36


def coverage(records: Iterable[Record]) -> dict[str, Any]:
    """What a coverage chart shows of *records*: in each calendar of the editions, every
    month from the first to the last dated article (the newest ``CHART_MONTHS``), oldest
    first, with its articles by language (``model.LANGUAGES``: a month without any shows
    as such); and how many are undated."""
    from akhbar.i18n import CALENDARS, UNDATED
    from akhbar.model import LANGUAGES

    records = list(records)
    charts: dict[str, Any] = {"undated": sum(1 for r in records if not r.get("date"))}
    column = {lang: i for i, lang in enumerate(LANGUAGES)}
    for calendar in sorted(set(CALENDARS.values())):
        counts: dict[str, list[int]] = {}  # month -> articles in each of LANGUAGES
        for r in records:
            if (month := _month(r.get("date"), calendar)) != UNDATED:
                row = counts.get(month)
                if row is None:
                    row = counts[month] = [0] * len(LANGUAGES)
                if (at := column.get(r.get("lang") or "")) is not None:
                    row[at] += 1
        months = []
        if counts:
            month, last = min(counts), max(counts)
            while month <= last:
                months.append(month)
                month = _next_month(month)
        none = [0] * len(LANGUAGES)
        charts[calendar] = [[m, list(counts.get(m, none))] for m in months[-CHART_MONTHS:]]
    return charts


def generated_pages(
    data: SiteData,
    kn: Knowledge,
    size: int,
    stories: tuple[StoryRecord, ...] = (),
    story_of: dict[str, StoryRecord] | None = None,
) -> list[GeneratedPage]:
    """Every generated page, in the order MkDocs is given them."""
    story_of = story_of or {}
    # The front page: the heaviest stories, then the newest articles that are stories of one.
    newest = next((r["date"] for r in data.articles if r.get("date")), None)
    alone = [r for r in data.articles if r["slug"] not in story_of]
    pages: dict[str, tuple[str, dict[str, Any]]] = {
        "index.md": (
            "home.html.j2",
            {"stories": ranked(stories, newest)[:HOME_STORIES], "shown": alone[:size]},
        ),
        "actors/index.md": ("actors_index.html.j2", {}),
        "topics/index.md": ("topics_index.html.j2", {}),
        "sources/index.md": ("sources_index.html.j2", {}),
        "search.md": ("search.html.j2", {}),
    }

    def paged(
        first: str,
        template: str,
        items: list[Record],
        summary: dict[str, Any] | None = None,
        **context: Any,
    ) -> None:
        """A list's pages, each given its slice of *items* and their number (``total``);
        the first page also the *summary* of the whole list (empty on the others).  A page
        is given only what it shows: that is what its key (``edition_plan.key_of``) is
        made of."""
        for paging in pagings(first, len(items), size):
            extra = {
                key: value if paging.number == 1 else [] for key, value in (summary or {}).items()
            }
            page = {
                **context,
                **extra,
                "paging": paging,
                "shown": paging.slice(items),
                "total": len(items),
            }
            pages[paging.src(paging.number)] = (template, page)

    paged("timeline.md", "timeline.html.j2", data.articles, {"coverage": coverage(data.articles)})
    counts = month_counts(data.articles)
    for template, context in pages.values():
        if template == "timeline.html.j2":  # each month's count, for the months shown
            context["month_counts"] = {
                calendar: {m: of[m] for m, _ in by_month_in_order(context["shown"], calendar)}
                for calendar, of in counts.items()
            }
    for story in stories:
        pages[f"stories/{story.slug}.md"] = ("story.html.j2", {"story": story})
    # Actor and topic pages list the newest stories they are in, on their first page.
    by_actor = index_stories(stories, lambda r: r.get("actors") or ())
    by_topic = index_stories(stories, lambda r: [t["slug"] for t in r.get("topics") or ()])
    for slug, records in data.by_actor.items():
        if actor := kn.actor(slug):
            summary = {
                "co": data.co_actors(slug),
                "tops": data.topics_of(records),
                "coverage": coverage(records),
                "stories": by_actor.get(slug, [])[:IN_STORIES],
                "stories_total": len(by_actor.get(slug, [])),
            }
            paged(
                f"actors/{slug}.md",
                "actor.html.j2",
                records,
                summary,
                actor=actor,
                feed=feed_path("actor", slug),
            )
    for slug, records in data.by_topic.items():
        if topic := next((t for t in kn.topics if t.slug == slug), None):
            paged(
                f"topics/{slug}.md",
                "topic.html.j2",
                records,
                {
                    "present": data.actors_of(records),
                    "coverage": coverage(records),
                    "stories": by_topic.get(slug, [])[:IN_STORIES],
                    "stories_total": len(by_topic.get(slug, [])),
                },
                topic=topic,
                feed=feed_path("topic", slug),
            )
    for slug, records in data.by_source.items():
        if source := kn.source(slug):
            paged(f"sources/{slug}.md", "source.html.j2", records, source=source)
    return [GeneratedPage(src, template, context) for src, (template, context) in pages.items()]
