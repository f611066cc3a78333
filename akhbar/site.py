"""docs/ -> site/: the three editions, the root page, search index, feeds and PDFs.

Stages, one a line: build every edition with MkDocs (a process each, in parallel: MkDocs
is single-threaded) > root page and sitemap index > search index
(``akhbar.search``) > PDF briefing books.  Everything is written to ``site.tmp`` and
swapped in at the end, so a failed build leaves the previous ``site/`` intact.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2

from akhbar import assets, front_matter
from akhbar.build import Progress, Report
from akhbar.errors import BuildError
from akhbar.i18n import LANGUAGES
from akhbar.model import Article
from akhbar.parallel import apart, can_fork, each_forked
from akhbar.plan import Book, Publication
from akhbar.plan import plan as plan_publication
from akhbar.search import BUNDLE, SearchRecord, index_search, page_records, search_records
from akhbar.settings import Settings

if TYPE_CHECKING:
    from akhbar.knowledge import Knowledge
    from akhbar.stories import Story

ROOT = Path(__file__).resolve().parent.parent
# Parallel processes (editions, books), one per core (2 on the reference machine).
WORKERS = max(1, min(len(LANGUAGES), os.cpu_count() or 1))
# MkDocs builds an edition on one core.  Three editions two at a time leave a core idle
# while the third builds alone; all three at once end sooner with the same work (a
# rebuild at 1,000 articles, ~0.3 s of ~2.5 s): all at once up to this many articles.
ALL_EDITIONS_MAX_ARTICLES = 4000
# An edition's build holds about this many MiB, and this many more an article (measured:
# 164 MiB at 5,000 articles); the editions built at the same time hold at most
# EDITIONS_MEMORY_MIB together, the build's 1 GiB less its other processes: at 20,000
# articles (~540 MiB an edition) they are built one after another.
EDITION_MIB, EDITION_MIB_PER_ARTICLE = 40, 0.025
EDITIONS_MEMORY_MIB = 900


def editions_at_once(articles: int) -> int:
    """How many editions MkDocs builds at the same time for *articles* articles."""
    at_once = len(LANGUAGES) if WORKERS >= 2 and articles <= ALL_EDITIONS_MAX_ARTICLES else WORKERS
    edition = EDITION_MIB + EDITION_MIB_PER_ARTICLE * articles
    return max(1, min(at_once, int(EDITIONS_MEMORY_MIB // edition)))


def editions_share_plan(articles: int) -> bool:
    """Whether the editions of *articles* articles are handed the build's plan: when all
    are built at once, they share it.  Built fewer at a time (a large site), each plans
    its own from the articles' front matter, so that no process holds a plan beside the
    edition being built (at 20,000 articles the plan handed on took the stage from ~630
    to ~1,300 MiB)."""
    return editions_at_once(articles) >= len(LANGUAGES)


def _run_mkdocs(
    docs: Path, out: Path, config: Path, settings: Settings, plan: Path | None = None
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every edition's ``mkdocs build``, by one command (``akhbar.editions``: MkDocs
    imported once, an edition a forked process, ``editions_at_once`` at a time, each
    given *settings* and the publication pickled in *plan*): each edition and its outcome
    as it is done; BuildError naming the first edition that failed."""
    at_once = editions_at_once(sum(1 for _ in (docs / "articles").glob("*.md")))
    command = [
        sys.executable, "-m", "akhbar.editions", json.dumps(settings.as_dict()), str(plan or "-"),
        str(config), str(docs), str(out), str(at_once), *LANGUAGES,
    ]  # fmt: skip
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    failures = []
    with (
        subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        ) as process,
        ThreadPoolExecutor(1) as reader,
    ):
        # stderr drained beside stdout, so that neither pipe fills while the other is read
        errors = reader.submit(process.stderr.read)  # type: ignore[union-attr]
        for line in process.stdout:  # type: ignore[union-attr]
            try:
                outcome = json.loads(line)
                edition = outcome.pop("edition")
            except (ValueError, KeyError, AttributeError, TypeError):
                continue  # not one of its reports (something the build printed)
            if "error" in outcome:
                failures.append(
                    f"mkdocs build of the {edition} edition failed:\n{outcome['error']}"
                )
            else:
                yield edition, outcome
        stderr = errors.result()
    if failures:
        raise BuildError(failures[0])
    if process.returncode != 0:
        raise BuildError(f"mkdocs build of the editions failed:\n{stderr.strip()}")


# What every page depends on besides its own Markdown file.  An edition built under the
# same fingerprint is rebuilt incrementally: only the articles whose file changed since
# (by modification time; ``build.write_docs`` keeps the times of unchanged files), the
# generated pages whose key changed (what they print, ``edition_plan.key_of``) and those
# of the nav.  Any other change rebuilds it all.
STATE_FILE = ".akhbar-build"


def fingerprint(docs: Path, config: Path, settings: Settings) -> str:
    from importlib.metadata import version

    from akhbar.cache import code_version, files_digest
    from akhbar.knowledge import knowledge_version

    digest = hashlib.sha256()
    for part in (
        code_version(),
        knowledge_version(settings.knowledge_dir),
        settings.site_url or "",
        version("mkdocs"),
        version("mkdocs-material"),
        hashlib.sha256(config.read_bytes()).hexdigest(),
        *(
            files_digest(folder, "**/*")
            for folder in (ROOT / "templates", ROOT / "locale", *assets.folders(docs))
        ),
    ):
        digest.update(hashlib.sha256(part.encode()).digest())
    return digest.hexdigest()


def _parse_front_matter(folder: Path, settings: Settings) -> None:
    front_matter.read_articles(folder, front_matter.store_for(folder, settings))


def build_editions(
    docs: Path,
    out: Path,
    progress: Progress,
    settings: Settings | None = None,
    publication: Publication | Path | None = None,
    warnings: list[str] | None = None,
    knowledge: Knowledge | None = None,
) -> dict[str, float]:
    """Run one ``mkdocs build`` per edition into ``out/<edition>``; seconds per edition.

    An edition already in *out* from a build with the same :func:`fingerprint` is
    rebuilt incrementally (its folder kept); any other is emptied and built whole.
    *settings*: the environment's when None.  *publication*: the plan of the articles in
    *docs*, or the file ``pickle_plan`` wrote it to (so that the caller need not hold it
    while the editions, which read it from there, are built); without it, each edition
    plans it from the articles' front matter.  Given the plan itself, and all the
    editions built at once, they are forked from this process (``_forked_editions``),
    with *knowledge* when given.  MkDocs' warnings are printed, and added to *warnings*
    when given (the build report's, so that ``--strict`` sees them).
    """
    settings = settings or Settings.from_environment()
    if isinstance(publication, Publication) and _editions_forked_here(docs):
        built = _forked_editions(docs, out, settings, publication, knowledge)
        return _build_editions(docs, out, progress, settings, built, warnings)
    with tempfile.TemporaryDirectory(prefix="akhbar-plan-") as folder:
        plan = None
        if isinstance(publication, Path):
            plan = publication
        elif publication is not None:
            plan = pickle_plan(publication, Path(folder))
        else:
            # Each article's front matter parsed once, not once per edition: in a process
            # of its own, whose memory (the parsed articles) goes with it before the
            # editions start.
            apart(partial(_parse_front_matter, docs / "articles", settings))
        built = _run_mkdocs(docs, out, ROOT / "mkdocs.yml", settings, plan)
        return _build_editions(docs, out, progress, settings, built, warnings)


def _editions_forked_here(docs: Path) -> bool:
    """Whether the editions of *docs* are all built at once, forked from this process."""
    articles = sum(1 for _ in (docs / "articles").glob("*.md"))
    return can_fork() and editions_at_once(articles) >= len(LANGUAGES)


def _forked_editions(
    docs: Path,
    out: Path,
    settings: Settings,
    publication: Publication,
    knowledge: Knowledge | None,
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every edition's ``mkdocs build``, all at once, each in a process forked from this
    one (``editions.build_each``), which holds the plan and the knowledge already: the
    editions' command would start an interpreter, import the build's modules again and
    unpickle the plan (~0.35 s of CPU at 1,000 articles).  Each edition and its outcome as
    it is done; BuildError naming the first edition that failed."""
    from akhbar.editions import build_each

    failures = []
    editions = list(LANGUAGES)
    config = ROOT / "mkdocs.yml"
    for edition, outcome in build_each(
        editions, config, docs, out, len(editions), settings, publication, knowledge
    ):
        if "error" in outcome:
            failures.append(f"mkdocs build of the {edition} edition failed:\n{outcome['error']}")
        else:
            yield edition, outcome
    if failures:
        raise BuildError(failures[0])


PageRecords = dict[str, list[SearchRecord]]  # each edition's search records of its pages


def plan_site(
    articles: list[Article],
    stories: tuple[Story, ...],
    knowledge: Knowledge,
    settings: Settings,
) -> tuple[PageRecords, Book, Publication | None]:
    """What a build takes of the plan of *articles*: each edition's search records of its
    pages, the briefing book, and the plan for the editions when they share it
    (``editions_share_plan``; ``build_editions`` takes it).  A large site's editions plan
    their own: its plan is then made in a process of its own, which hands back the
    records and the book only, so that this one never holds it (~0.5 GB at 20,000
    articles) beside them."""
    if editions_share_plan(len(articles)):
        publication = plan_publication(articles, stories, knowledge, settings)
        return (*_search_pages_and_book(publication), publication)
    pages, book = apart(partial(_planned_pages_and_book, articles, stories, knowledge, settings))
    return pages, book, None


def _search_pages_and_book(publication: Publication) -> tuple[PageRecords, Book]:
    return {ed: page_records(publication.pages, ed) for ed in LANGUAGES}, publication.book


def _planned_pages_and_book(
    articles: list[Article], stories: tuple[Story, ...], knowledge: Knowledge, settings: Settings
) -> tuple[PageRecords, Book]:
    return _search_pages_and_book(plan_publication(articles, stories, knowledge, settings))


def pickle_plan(publication: Publication, folder: Path) -> Path:
    """*publication* pickled into *folder*, as ``build_editions`` hands it to the editions."""
    plan = folder / "publication.pickle"
    plan.write_bytes(pickle.dumps(publication, protocol=pickle.HIGHEST_PROTOCOL))
    return plan


def _build_editions(
    docs: Path,
    out: Path,
    progress: Progress,
    settings: Settings,
    built: Iterator[tuple[str, dict[str, Any]]],
    warnings: list[str] | None,
) -> dict[str, float]:
    """The editions *built* (each and its outcome, as it is done; none is built before
    the first is asked for), each incremental or emptied first by its fingerprint."""
    stamp = fingerprint(docs, ROOT / "mkdocs.yml", settings)
    incremental = {}
    for edition in LANGUAGES:
        state = out / edition / STATE_FILE
        incremental[edition] = state.is_file() and state.read_text(encoding="utf-8") == stamp
        if not incremental[edition]:
            shutil.rmtree(out / edition, ignore_errors=True)
    timings = {}
    for edition, outcome in built:
        timings[edition] = outcome["seconds"]
        (out / edition / STATE_FILE).write_text(stamp, encoding="utf-8")
        how = "changed pages rebuilt" if incremental[edition] else "built"
        progress(f"site: {edition} edition {how} in {outcome['seconds']:.1f} s")
        for line in outcome["log"].splitlines():
            if "WARNING" in line and "'dirty' build" not in line:  # --dirty is ours
                progress(f"  {edition}: {line.strip()}")
                if warnings is not None:
                    warnings.append(f"{edition} edition: {line.strip()}")
    return timings


def write_root(out: Path, site_url: str | None, docs: Path | None = None) -> None:
    """The site's root: the page that sends a reader to an edition, the 404 page (in the
    language of the missing address), the assets of every edition (Material's and the
    publication's own, stored once: ``akhbar.assets``) and, with a site URL, the index of the
    editions' sitemaps (a sitemap holds absolute URLs only: without one there is none)."""
    from urllib.parse import urlsplit

    from akhbar.i18n import DIRECTIONS, get_translations, lang_name

    assets.write_shared(out, docs)

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(ROOT / "templates" / "site"), autoescape=True
    )
    (out / "index.html").write_text(
        env.get_template("root.html.j2").render(languages=LANGUAGES), encoding="utf-8"
    )
    strings = {
        lang: {
            "name": get_translations(lang).gettext("Akhbar"),
            "title": get_translations(lang).gettext("Page not found"),
            "home": get_translations(lang).gettext("Back to the home page"),
            "edition_name": lang_name(lang, lang),
        }
        for lang in LANGUAGES
    }
    base = urlsplit(site_url).path.rstrip("/") + "/" if site_url else None
    (out / "404.html").write_text(
        env.get_template("root_404.html.j2").render(
            languages=LANGUAGES, dirs=DIRECTIONS, strings=strings, base=base
        ),
        encoding="utf-8",
    )
    sitemap = out / "sitemap.xml"
    if site_url:
        sitemap.write_text(
            env.get_template("sitemap_index.xml.j2").render(
                base=site_url.rstrip("/") + "/", languages=LANGUAGES
            ),
            encoding="utf-8",
        )
    else:
        sitemap.unlink(missing_ok=True)
    (out / ".nojekyll").write_text("", encoding="utf-8")


# Said in the build's report when the site is built without its address.
NO_SITE_URL = (
    "no AKHBAR_SITE_URL: the site works where it is put (relative links), but it has no "
    "canonical links, its sitemaps are empty and its feeds' links are relative (not every "
    "feed reader resolves them); set AKHBAR_SITE_URL to the published address"
)


# The build's report, written into the site by default (``akhbar.cli``).
REPORT_NAME = "build-report.json"


def build_site(
    articles: list[Article],
    docs: Path,
    site: Path,
    report: Report,
    progress: Progress,
    pdf: bool = True,
    settings: Settings | None = None,
    stories: tuple[Story, ...] | None = None,
    knowledge: Knowledge | None = None,
) -> None:
    """docs/ -> site/, swapped in whole at the end.  Without *pdf*, no briefing book is
    made (and none from an earlier build is kept: it would be out of date).  *settings*:
    the environment's when None (a bad one stops the build before anything is built);
    *stories*: those ``build_docs`` made of *articles* (when None, those it wrote beside
    them); *knowledge*: read from the settings' folder when None."""
    from akhbar.knowledge import load_knowledge

    settings = settings or Settings.from_environment()
    knowledge = knowledge or load_knowledge(settings.knowledge_dir)
    if stories is None:
        stories = stories_of(articles, docs, knowledge)
    tmp = site.with_name(site.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    if site.is_dir():
        # The previous editions are the starting point of an incremental build (times
        # kept: they tell which pages are older than their source); not the previous
        # build's report, which this build writes anew (and would count in its size).
        _link_tree(site, tmp, ())
        (tmp / REPORT_NAME).unlink(missing_ok=True)
    tmp.mkdir(parents=True, exist_ok=True)
    try:
        pages, book, publication = plan_site(articles, stories, knowledge, settings)
        build_editions(docs, tmp, progress, settings, publication, report.warnings, knowledge)
        del publication  # not held beside the search index and the books
        if settings.site_url is None:
            report.warnings.append(NO_SITE_URL)
            progress(f"warning: {NO_SITE_URL}")
        write_root(tmp, settings.site_url, docs)
        index_search(tmp, search_records(articles, knowledge), pages, progress, settings)
        if pdf:
            build_books(book, tmp, progress, settings)
        else:
            for edition in LANGUAGES:
                (tmp / edition / "briefing.pdf").unlink(missing_ok=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    old = site.with_name(site.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if site.exists():
        os.replace(site, old)
    os.replace(tmp, site)
    shutil.rmtree(old, ignore_errors=True)
    progress(f"site: {site}")
    check_published_size(site, report, progress, len(articles))


def _link_tree(source: Path | str, target: Path | str, parts: tuple[str, ...]) -> None:
    """The last site's folder *source* (*parts*: its path in the site) made again at
    *target*: each file hard-linked when no writer writes into it, an edition's page
    below its home (``<edition>/<folder>/.../*.html``), written only by MkDocs' page
    build after the hook's ``on_post_page`` unlinks what is there, and a search index's
    file, removed before it is made again (``akhbar.search``); every other file copied
    (it may be written over in place).  So the last site stays whole while the build
    runs, and its pages (nearly all of a site's bytes) are not copied.  Folders are made
    plainly (their times and modes are the new build's): one pass of ``os.scandir``, as
    a rebuild after one edit pays it for every page of the site."""
    os.mkdir(target)
    with os.scandir(source) as entries:
        for entry in entries:
            into = os.path.join(target, entry.name)
            if entry.is_dir(follow_symlinks=False):
                _link_tree(entry.path, into, (*parts, entry.name))
            elif entry.is_symlink():
                os.symlink(os.readlink(entry.path), into)
            elif (
                len(parts) >= 2 and parts[0] in LANGUAGES and entry.name.endswith(".html")
            ) or BUNDLE in parts:
                os.link(entry.path, into)
            else:
                shutil.copy2(entry.path, into)


def stories_of(articles: list[Article], docs: Path, knowledge: Any) -> tuple[Any, ...]:
    """The stories ``build_docs`` wrote beside *docs*' articles; made again from them (and
    kept where they hold) when they are not those of *articles*."""
    from akhbar.build import read_stories
    from akhbar.stories import cluster

    stories = read_stories(docs)
    held = sorted(slug for story in stories or () for slug in story.articles)
    if stories is not None and held == sorted(a.slug for a in articles):
        return stories
    return cluster(articles, stories, knowledge=knowledge)


# GitHub Pages publishes a site of at most 1 GB (docs.github.com, "GitHub Pages limits");
# counted here as the bytes of the site's files (the artifact a deployment uploads is
# a tar of them, a few per cent more: a 512-byte header a file, padded to 512 bytes).
PUBLISHED_SITE_MAX_BYTES = 1_000_000_000
# Above this share of the limit the build warns ahead, with the articles still to come.
PUBLISHED_SITE_WARN_SHARE = 0.8
# The report projects the site's size to this many articles: the size it is built for.
PROJECTED_ARTICLES = 20_000


def site_size(site: Path) -> int:
    """Bytes of the files under *site*: what a deployment uploads."""
    return sum(
        os.lstat(os.path.join(folder, name)).st_size
        for folder, _subfolders, files in os.walk(site)
        for name in files
    )


@dataclass(frozen=True, slots=True)
class SiteSize:
    """A site's size and where it goes as articles are added: what does not grow with
    them (``akhbar.assets``: stylesheets, scripts, fonts, stored once) and the rest, an
    article's share (its pages in each edition, and its part of the lists and search
    indexes: they grow with the articles).  The projection is linear: a list's pages
    grow with its articles, and the actors and topics are a fixed set."""

    bytes: int
    fixed: int
    articles: int

    @property
    def per_article(self) -> float:
        return (self.bytes - self.fixed) / self.articles if self.articles else 0.0

    def projected(self, articles: int) -> int:
        """The size of the same site with *articles* articles."""
        return self.fixed + round(self.per_article * articles)

    def articles_within(self, limit: int) -> int | None:
        """How many articles fit in *limit* bytes at this rate (None: no article yet)."""
        if not self.per_article:
            return None
        return max(0, int((limit - self.fixed) // self.per_article))

    def as_json(self, limit: int) -> dict[str, Any]:
        return {
            "bytes": self.bytes,
            "fixed_bytes": self.fixed,
            "articles": self.articles,
            "bytes_per_article": round(self.per_article),
            "limit_bytes": limit,
            "articles_within_limit": self.articles_within(limit),
            f"projected_bytes_{PROJECTED_ARTICLES}": self.projected(PROJECTED_ARTICLES),
        }


def measure_site(site: Path, articles: int) -> SiteSize:
    return SiteSize(site_size(site), site_size(site / assets.FOLDER), articles)


def check_published_size(
    site: Path, report: Report, progress: Progress, articles: int = 0
) -> SiteSize:
    """The size of *site*, of *articles* articles, in *report* (``site_size``) and said
    in *progress*, with how many articles fit in what GitHub Pages publishes; a warning
    when the site is larger (a deployment would fail), or nearer than
    ``PUBLISHED_SITE_WARN_SHARE`` to it (with the articles it still holds)."""
    limit = PUBLISHED_SITE_MAX_BYTES
    size = measure_site(site, articles)
    report.site_size = size.as_json(limit)
    room = size.articles_within(limit)
    at_rate = (
        f" ({size.per_article / 1e3:,.1f} KB an article: about {room:,} articles fit)"
        if room is not None
        else ""
    )
    progress(f"site: {size.bytes / 1e6:,.1f} MB for {articles:,} articles{at_rate}")
    if size.bytes > limit:
        message = (
            f"{site} holds {size.bytes / 1e6:,.0f} MB for {articles:,} articles: GitHub Pages "
            f"publishes a site of at most {limit / 1e6:,.0f} MB{at_rate}, so deploying it "
            "there would fail"
        )
    elif size.bytes > PUBLISHED_SITE_WARN_SHARE * limit and room is not None:
        message = (
            f"{site} holds {size.bytes / 1e6:,.0f} MB for {articles:,} articles, "
            f"{size.bytes / limit:.0%} of the {limit / 1e6:,.0f} MB GitHub Pages publishes"
            f"{at_rate}: room for about {max(0, room - articles):,} more"
        )
    else:
        return size
    report.warnings.append(message)
    progress(f"warning: {message}")
    return size


def _build_pdf(
    articles: list[Article],
    total: int,
    edition: str,
    path: Path,
    settings: Settings,
    stories: tuple[Any, ...] | None = None,
) -> tuple[bool, float]:
    from akhbar.pdf import build_pdf

    start = time.perf_counter()
    # A book of no story of two articles is in book order already (``plan.book_of``):
    # it is laid out as before stories were.
    grouped = {"stories": stories} if stories else {}
    laid_out = build_pdf(articles, edition, path, total=total, settings=settings, **grouped)
    return laid_out, time.perf_counter() - start


def build_pdfs(
    articles: list[Article], out: Path, progress: Progress, settings: Settings | None = None
) -> None:
    """One briefing book per edition (``<edition>/briefing.pdf``), in parallel processes
    (WeasyPrint is single-threaded); a book the same as the last build's is copied.

    Each book's process is sent the articles its book holds (the newest
    ``Settings.book_articles``) and how many there are in all, not every article: at 10,000
    articles, each process unpickled them all beside WeasyPrint (the stage's peak was
    1,369 MiB)."""
    from akhbar.pdf import book_order

    settings = settings or Settings.from_environment()
    build_books(
        Book(tuple(book_order(articles)[: settings.book_articles]), len(articles)),
        out,
        progress,
        settings,
    )


def build_books(book: Book, out: Path, progress: Progress, settings: Settings) -> None:
    """The briefing book of each edition, of *book* (the plan's): see ``build_pdfs``."""
    books = {
        ed: partial(
            _build_pdf,
            list(book.articles),
            book.total,
            ed,
            out / ed / "briefing.pdf",
            settings,
            book.stories,
        )
        for ed in LANGUAGES
    }
    for edition, (laid_out, seconds) in each_forked(books, WORKERS):
        how = f"in {seconds:.1f} s" if laid_out else "unchanged, kept"
        progress(f"pdf: {edition} briefing book {how}")
