"""Published articles -> the offline briefing book of one edition (a PDF).

Stages: order the articles (newest first, undated last) > build the book's indexes
(actors, topics) > render ``templates/pdf/book.html.j2`` (autoescaping Jinja2, the
edition's gettext) > lay it out with WeasyPrint, which shapes Persian and Arabic through
Pango and embeds subsets of the fonts.  ``book_html`` is pure, so the HTML can be checked
without WeasyPrint; ``build_pdf`` is the only function that touches the disk.

The book: a cover (name, tagline, edition, date range of the articles), a table of
contents, one chapter per article (each starting on a new page and the only level-1
bookmark, so the PDF outline lists exactly the articles), an index of actors and an
index of topics, each entry followed by the pages of the chapters it appears in.  It
holds the newest ``Settings.book_articles`` articles: a book of thousands of chapters is no
briefing, and WeasyPrint lays out a chapter in ~0.25 s of CPU.  The cover then says how
many of how many, and every article is on the site.

Deterministic: nothing reads the clock.  The PDF's creation and modification dates are
the newest article's date (``<meta name="dcterms.created">``); with no dated article
the PDF carries no date at all.  Two builds of the same articles are byte-identical.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from akhbar.cache import write_atomic
from akhbar.collation import filing_letter, sort_key
from akhbar.i18n import DIRECTIONS, jinja_env
from akhbar.knowledge import Knowledge
from akhbar.model import Article
from akhbar.settings import Settings
from akhbar.story_pages import StoryRecord

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates" / "pdf"
FONTS = ROOT / "docs" / "assets" / "fonts"
# The Latin subsets: the book sets Latin in Vazirmatn and Noto Naskh; the site leaves it to
# the reader's system font, and does not ship them.
LATIN_FONTS = TEMPLATES / "fonts"
# Noto Naskh Arabic comes from the system's TTF (Debian/Ubuntu fonts-noto-core), not from
# the site's woff2 subset: the subset (version 2.020) draws letter dots as separate mark
# glyphs, and the ToUnicode map WeasyPrint writes for such clusters makes copied or
# extracted Arabic text garbage («لار ي ج ا ذ ي» for «لاريجاني»); the TTF (2.003) has one
# glyph per letter form.  Without the TTF the subset is used.  Neither has Latin letters:
# the Latin subsets in LATIN_FONTS cover those.
SYSTEM_NASKH = Path("/usr/share/fonts/truetype/noto")

# CSS counter styles for page numbers, in the edition's digits (both are predefined in
# WeasyPrint's user-agent stylesheet, as in CSS Counter Styles Level 3).
COUNTER_STYLES = {"fa": "persian", "ar": "arabic-indic", "en": "decimal"}


def naskh_fonts() -> dict[int, str]:
    """The Arabic-script Noto Naskh Arabic files by weight, as file: URIs."""
    return {weight: path.as_uri() for weight, path in _naskh_files().items()}


def _naskh_files() -> dict[int, Path]:
    found = {}
    for weight, style in ((400, "Regular"), (700, "Bold")):
        ttf = SYSTEM_NASKH / f"NotoNaskhArabic-{style}.ttf"
        subset = FONTS / f"noto-naskh-arabic-arabic-{weight}-normal.woff2"
        found[weight] = ttf if ttf.exists() else subset
    return found


def book_order(articles: Iterable[Article]) -> list[Article]:
    """Newest first, undated last, then by slug (a total, stable order)."""
    dated = sorted((a for a in articles if a.date), key=lambda a: a.slug)
    dated.sort(key=lambda a: a.date or "", reverse=True)
    undated = sorted((a for a in articles if not a.date), key=lambda a: a.slug)
    return dated + undated


@dataclass(frozen=True, slots=True)
class Chapter:
    """One article as the book shows it; ``anchor`` is the id its index entries target."""

    anchor: str
    article: Article
    dir: str
    source: str  # the source's name in the edition language, or as written
    actors: tuple[str, ...]  # names in the edition language
    roles: tuple[str, ...]  # titles, in the edition language, of offices named with no holder
    topics: tuple[str, ...]  # labels in the edition language


@dataclass(frozen=True, slots=True)
class IndexEntry:
    name: str
    anchors: tuple[str, ...]  # the chapters it appears in, in book order
    letter: str = ""  # the letter it is filed under (``collation.filing_letter``)


def build_book_index(
    chapters: list[Chapter],
    keys: Callable[[Article], Iterable[str]],
    name: Callable[[str], str],
    lang: str,
    person: Callable[[str], bool] = lambda key: False,
) -> list[IndexEntry]:
    """One index (actors or topics): every key with the chapters naming it, in the
    edition's alphabetical order, a *person* by family name, each with the letter it is
    filed under (the site's index pages use the same key: ``collation.sort_key``)."""
    anchors: dict[str, list[str]] = {}
    for chapter in chapters:
        for key in dict.fromkeys(keys(chapter.article)):  # a chapter counts once per key
            anchors.setdefault(key, []).append(chapter.anchor)
    ordered = sorted(anchors, key=lambda key: sort_key(name(key), lang, person(key), key))
    return [
        IndexEntry(name(key), tuple(anchors[key]), filing_letter(name(key), lang, person(key), key))
        for key in ordered
    ]


def _chapters(articles: list[Article], edition: str, knowledge: Knowledge) -> list[Chapter]:
    """One chapter per article of *articles*, in book order already."""
    topics = {t.slug: t for t in knowledge.topics}
    chapters = []
    for number, article in enumerate(articles, 1):
        source = knowledge.source(article.source) if article.source else None
        chapters.append(
            Chapter(
                anchor=f"article-{number}",
                article=article,
                dir=DIRECTIONS.get(article.lang, "ltr"),
                source=source.names.get(edition) if source else article.source_name,
                actors=tuple(_actor_name(knowledge, slug, edition) for slug in article.actors),
                roles=tuple(_office_title(knowledge, key, edition) for key in article.roles),
                topics=tuple(
                    topics[t.slug].labels.get(edition) if t.slug in topics else t.slug
                    for t in article.topics
                ),
            )
        )
    return chapters


def _actor_name(knowledge: Knowledge, slug: str, lang: str) -> str:
    actor = knowledge.actor(slug)
    return actor.names.get(lang) if actor else slug


def _office_title(knowledge: Knowledge, key: str, lang: str) -> str:
    office = knowledge.role(key)
    return office.titles.get(lang) if office else key


def book_html(
    articles: list[Article],
    edition: str,
    knowledge: Knowledge,
    limit: int | None = None,
    total: int | None = None,
    stories: Sequence[StoryRecord] | None = None,
) -> str:
    """The briefing book of *edition* as one HTML document (pure: no disk but templates):
    the newest *limit* articles (all of them by default).  *total*: how many articles
    were published, when *articles* holds only some of them (the cover says how many of
    how many); ``len(articles)`` by default.  *stories*: the articles are in the plan's
    book order already (``plan.book_of``: grouped by story), and each of these stories
    is a chapter of its merged points before its first article in the book."""
    total = len(articles) if total is None else total
    articles = book_order(articles)[:limit] if stories is None else list(articles)[:limit]
    chapters = _chapters(articles, edition, knowledge)
    story_before = {}  # the anchor of a story's first chapter -> the story
    in_story = set()  # the anchors of chapters in a story (a level lower in the outline)
    for story in stories or ():
        slugs = {r["slug"] for r in story.records}
        members = [c.anchor for c in chapters if c.article.slug in slugs]
        if members:
            story_before[members[0]] = story
            in_story.update(members)
    topics = {t.slug: t for t in knowledge.topics}
    dates = sorted(a.date for a in articles if a.date)
    env = jinja_env(edition, TEMPLATES)
    return env.get_template("book.html.j2").render(
        edition=edition,
        dir=DIRECTIONS[edition],
        counter_style=COUNTER_STYLES[edition],
        fonts=FONTS.as_uri(),
        latin_fonts=LATIN_FONTS.as_uri(),
        naskh=naskh_fonts(),
        chapters=chapters,
        dirs=DIRECTIONS,
        story_before=story_before,
        in_story=in_story,
        source_of=knowledge.source,
        total=total,
        oldest=dates[0] if dates else None,
        newest=dates[-1] if dates else None,
        undated=sum(1 for a in articles if not a.date),
        actor_index=build_book_index(
            chapters,
            lambda a: a.actors,
            lambda s: _actor_name(knowledge, s, edition),
            edition,
            lambda s: (actor := knowledge.actor(s)) is not None and actor.type == "person",
        ),
        topic_index=build_book_index(
            chapters,
            lambda a: (t.slug for t in a.topics),
            lambda s: topics[s].labels.get(edition) if s in topics else s,
            edition,
        ),
    )


def build_pdf(
    articles: list[Article],
    edition: str,
    out: Path,
    total: int | None = None,
    settings: Settings | None = None,
    stories: Sequence[StoryRecord] | None = None,
) -> bool:
    """Write the briefing book of *edition* to *out*; False when the book of the previous
    build was the same (same HTML, stylesheet, fonts and WeasyPrint) and is copied.
    *total* as in ``book_html``; *settings*: the environment's when None."""
    from akhbar.knowledge import load_knowledge

    settings = settings or Settings.from_environment()
    knowledge = load_knowledge(settings.knowledge_dir)
    html = book_html(
        articles, edition, knowledge, limit=settings.book_articles, total=total, stories=stories
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    kept = None if settings.cache_dir is None else settings.cache_dir / "books"
    key = _book_key(html)
    if kept is not None and _read(kept / f"{edition}.key") == key:
        shutil.copyfile(kept / f"{edition}.pdf", out)
        return False
    from weasyprint import HTML  # heavy import: only a book laid out needs it

    HTML(string=html, base_url=str(TEMPLATES)).write_pdf(out)
    if kept is not None:
        write_atomic(kept / f"{edition}.pdf", out.read_bytes())
        write_atomic(
            kept / f"{edition}.key", key.encode()
        )  # after its book: a key names a whole book
    return True


# A book takes WeasyPrint ~0.25 s of CPU a chapter: each edition's last book is kept in the
# cache folder with the digest of what it was laid out from (the HTML, the stylesheet
# and fonts, WeasyPrint's version), and a build whose book is the same copies it (an
# edit of an article the book does not hold, a build with no change).  The system's
# text libraries (Pango, HarfBuzz) are not in the digest: after upgrading them, delete
# the cache folder.
def _book_key(html: str) -> str:
    from importlib.metadata import version

    from akhbar.cache import files_digest

    digest = hashlib.sha256()
    parts = [version("weasyprint"), html, files_digest(TEMPLATES, "**/*"), files_digest(FONTS, "*")]
    for part in parts:
        digest.update(hashlib.sha256(part.encode("utf-8")).digest())
    for path in _naskh_files().values():
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None
