"""What an edition makes of the :class:`~akhbar.plan.Publication`, decided without MkDocs.

The MkDocs hook (``akhbar.mkdocs_hook``) renders; this module gives it plain data:

* ``read_article_files``: which article's Markdown body is the whole page the shell
  takes (``akhbar.page_shell``), and each article file's digest;
* ``page_keys``: what each generated page and feed is made of, as a digest, computed
  once for the three editions (``akhbar.editions`` does it before it forks them);
  ``PageKey.of`` folds one edition's own words (title, story headlines) in;
* ``title``, ``feed_title``: a page's and a feed's title in an edition;
* ``shell_candidates``: the article pages that can be filled into the shell.

A page whose key is unchanged since the last build is not rendered again: its key holds
everything it prints, the records it lists (each by its file's digest), its paging, the
counts it shows, the actor, topic or source it is about (by slug: the knowledge files are
in the edition's fingerprint, whose change rebuilds everything).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from akhbar import front_matter, page_shell
from akhbar.i18n import format_number, get_translations
from akhbar.knowledge import Knowledge
from akhbar.plan import FEED_ENTRIES, Publication
from akhbar.site_data import Paging, Record
from akhbar.story_pages import Point, StoryLink, StoryRecord

CARD_MARKER = "<!-- akhbar:card -->"
# A page whose whole body is one HTML element (an article as build_site.py writes it, a
# generated page) skips Python-Markdown (``mkdocs_hook``).
WHOLE_HTML_RE = re.compile(r"\s*<(article|div) class=\"akhbar-[^>]*>.*</\1>\s*", re.S)


def whole_body(body: str) -> bool:
    """Whether an article's Markdown *body* is the whole HTML page the shell takes."""
    return (
        CARD_MARKER in body
        and "<h1" in body  # else the theme adds one
        and WHOLE_HTML_RE.fullmatch(body) is not None
    )


def fillable(record: Record) -> bool:
    """Whether the article of *record*, whose body is whole (``whole_body``), can be
    filled into the shell: it has a title and none of the keys the theme reads."""
    return isinstance(record.get("title"), str) and not page_shell.THEME_KEYS & record.keys()


@dataclass(frozen=True, slots=True)
class ArticleFiles:
    """The docs folder's article files as the editions need them: the slugs whose body is
    whole (``whole_body``) and each slug's file digest (sha256)."""

    whole: frozenset[str]
    digests: dict[str, str]


def read_article_files(folder: Path, slugs: Iterable[str]) -> ArticleFiles:
    """``ArticleFiles`` of ``<folder>/<slug>.md`` for each of *slugs*, one file at a time
    (no body kept: ~11 KB an article)."""
    whole, digests = set(), {}
    for slug in slugs:
        body, digest = front_matter.read_bodies(folder, [slug])[slug]
        if whole_body(body):
            whole.add(slug)
        digests[slug] = digest
    return ArticleFiles(frozenset(whole), digests)


def read_docs_articles(folder: Path, store: Any) -> tuple[list[Record], ArticleFiles]:
    """Every article of a docs folder's ``articles/`` (*folder*) by its front matter
    (parsed once, through *store*: ``front_matter.store_for``) and its ``ArticleFiles``,
    each file read once.  ValueError names a file without a slug in its front matter."""
    records, whole, digests = [], set(), {}
    for path, meta, body, digest in front_matter.iter_articles(folder, store):
        if not isinstance(meta.get("slug"), str):
            raise ValueError(f"{path}: no front matter with a slug (written by build_site.py?)")
        records.append(meta)
        if whole_body(body):
            whole.add(path.stem)
        digests[meta["slug"]] = digest
    return records, ArticleFiles(frozenset(whole), digests)


def article_files_of(publication: Publication, folder: Path) -> ArticleFiles:
    """``read_article_files`` for the articles of *publication*."""
    return read_article_files(folder, (r["slug"] for r in publication.data.articles))


# --- page keys ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PageKey:
    """What a page or feed is made of, the same in every edition: the digest of its
    template and values (``encode``), and the story links it prints, whose headline is
    the edition's own (a new headline in one edition renders only that edition's pages)."""

    digest: str
    links: tuple[StoryLink, ...] = ()

    def of(self, edition: str, title: str, digests: dict[str, str], extra: str = "") -> str:
        """The page's key in *edition*, whose title there is *title* (*extra*: anything
        else the edition prints of it, as the site's URL in a feed)."""
        headlines = [digests[link.headline(edition)["slug"]] for link in self.links]
        parts = [self.digest, title, headlines, extra]
        return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode("utf-8")).hexdigest()


# The types ``encode`` passes through or walks as they are, by exact type: a page's
# context is mostly strings, records and lists of them (~200,000 values at 1,000 articles).
_PLAIN = frozenset({str, int, float, bool, type(None)})
_SEQUENCES = frozenset({list, tuple})


def encode(value: Any, digests: dict[str, str], links: list[StoryLink]) -> Any:
    """*value* as JSON-able data for a page's key: records by their file's digest (from
    *digests*, by slug), knowledge by slug; story links by what they print in every
    edition but their headline, collected in *links*."""
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is dict:
        if "slug" in value and "source_file" in value:  # an article's front matter
            return ["record", digests[value["slug"]]]
        return {str(k): encode(v, digests, links) for k, v in value.items()}
    if kind in _SEQUENCES:
        return [v if type(v) in _PLAIN else encode(v, digests, links) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, dict):
        if "slug" in value and "source_file" in value:
            return ["record", digests[value["slug"]]]
        return {str(k): encode(v, digests, links) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [encode(v, digests, links) for v in value]
    if isinstance(value, Paging):
        return ["paging", value.number, value.count, value.size, value.first]
    if isinstance(value, StoryLink):  # its headline is the edition's: see PageKey.of
        links.append(value)
        return ["StoryLink", value.slug, value.start, value.end, value.count]
    if isinstance(value, StoryRecord | Point):  # a story by all it prints, not its slug
        return [
            type(value).__name__,
            *(encode(getattr(value, f), digests, links) for f in value.__slots__),
        ]
    slug = getattr(value, "slug", None)
    if isinstance(slug, str):  # an actor, topic or source of the knowledge files
        return [type(value).__name__, slug]
    raise TypeError(
        f"akhbar: no page key for a {type(value).__name__} in a generated page's context"
    )


def key_of(template: str, context: dict[str, Any], digests: dict[str, str]) -> PageKey:
    """The ``PageKey`` of a page made of *template* and *context*."""
    links: list[StoryLink] = []
    encoded = json.dumps(
        [template, encode(context, digests, links)], sort_keys=True, ensure_ascii=False
    )
    return PageKey(hashlib.sha256(encoded.encode("utf-8")).hexdigest(), tuple(links))


def feed_records(records: Sequence[Record]) -> tuple[list[Record], str]:
    """The entries of a feed of *records* (the newest dated, ``FEED_ENTRIES`` at most) and
    its ``<updated>``: the newest date, never the clock."""
    dated = [r for r in records if r.get("date")]
    return dated[:FEED_ENTRIES], max((r["date"] for r in dated), default="1970-01-01")


# The edition's feed of every article, beside the plan's feeds of actors and topics.
MAIN_FEED = "feed.xml"


def page_keys(publication: Publication, digests: dict[str, str]) -> dict[str, PageKey]:
    """The ``PageKey`` of each generated page (by source path) and feed (``feed:<path>``)
    of *publication*."""
    keys = {page.src: key_of(page.template, page.context, digests) for page in publication.pages}
    feeds = [(MAIN_FEED, "", publication.data.articles)]
    feeds += [(feed.path, feed.page, feed.records) for feed in publication.feeds]
    for path, page, records in feeds:
        shown, updated = feed_records(records)
        context = {"page": page, "records": shown, "updated": updated}
        keys[f"feed:{path}"] = key_of("feed.xml.j2", context, digests)
    return keys


@dataclass(frozen=True, slots=True)
class Prepared:
    """What the editions share of a build, made once before they fork: the article files
    and every page's key."""

    files: ArticleFiles
    keys: dict[str, PageKey]


def prepare(publication: Publication, docs: Path, files: ArticleFiles | None = None) -> Prepared:
    """The ``Prepared`` of *publication*, whose articles are in ``docs/articles`` (their
    *files* when already read)."""
    files = files or article_files_of(publication, docs / "articles")
    return Prepared(files, page_keys(publication, files.digests))


# --- titles ------------------------------------------------------------------------------

_LIST_TITLES = {
    "home.html.j2": "Latest briefings",
    "timeline.html.j2": "Timeline",
    "actors_index.html.j2": "Actors",
    "topics_index.html.j2": "Topics",
    "sources_index.html.j2": "Sources",
    "search.html.j2": "Search",
}


def list_title(template: str, context: dict[str, Any], edition: str) -> str:
    """The title of a generated page's list (without its page number) in *edition*."""
    if "story" in context:
        return context["story"].headline(edition)["title"]
    if "actor" in context:
        return context["actor"].names.get(edition)
    if "topic" in context:
        return context["topic"].labels.get(edition)
    if "source" in context:
        return context["source"].names.get(edition)
    return get_translations(edition).gettext(_LIST_TITLES[template])


def title(template: str, context: dict[str, Any], edition: str) -> str:
    """A generated page's title in *edition*: its list's, and its number after the first."""
    paging = context.get("paging")
    name = list_title(template, context, edition)
    if paging is None or paging.number == 1:
        return name
    return get_translations(edition).gettext("%(title)s, page %(num)s") % {
        "title": name,
        "num": format_number(paging.number, edition),
    }


def feed_title(kind: str, slug: str, edition: str, knowledge: Knowledge) -> str:
    """The name of the actor (*kind* ``actor``) or topic *slug* in *edition*, as its feed
    is titled (its slug when the knowledge files no longer know it)."""
    if kind == "actor":
        actor = knowledge.actor(slug)
        return actor.names.get(edition) if actor else slug
    topic = next((t for t in knowledge.topics if t.slug == slug), None)
    return topic.labels.get(edition) if topic else slug


# --- pages -------------------------------------------------------------------------------


def nav_sources(nav: Any) -> set[str]:
    """The source paths named in a config's nav (a list of paths and titled entries)."""
    found: set[str] = set()
    for entry in nav or ():
        if isinstance(entry, str):
            found.add(entry)
        elif isinstance(entry, dict):
            for value in entry.values():
                found |= nav_sources(value if isinstance(value, list) else [value])
    return found


def article_slug(src_uri: str) -> str:
    """``articles/<slug>.md`` -> ``<slug>``."""
    return src_uri.rsplit("/", 1)[-1].removesuffix(".md")


def shell_candidates(
    src_uris: Iterable[str], publication: Publication, files: ArticleFiles
) -> list[str]:
    """The article pages among *src_uris* (``articles/<slug>.md``) that can be filled into
    the shell, in path order: an article of the plan whose body is whole and whose
    record is ``fillable``."""
    found = []
    for src in sorted(src_uris):
        if src.count("/") != 1 or not src.startswith("articles/"):
            continue
        slug = article_slug(src)
        record = publication.data.by_slug.get(slug)
        if record is not None and slug in files.whole and fillable(record):
            found.append(src)
    return found


def dest_url(src_uri: str) -> str:
    """The URL of the page built from *src_uri* (directory URLs)."""
    stem = src_uri.removesuffix(".md")
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def dated_stories(stories: Iterable[StoryRecord]) -> list[StoryRecord]:
    """The stories of the stories' feed: those with a dated article, the one last
    reported first (then by slug), ``FEED_ENTRIES`` at most."""
    dated = sorted(
        (s for s in stories if s.end),
        key=lambda s: (tuple(-ord(c) for c in s.end or ""), s.slug),
    )
    return dated[:FEED_ENTRIES]
