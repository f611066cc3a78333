"""Search: each edition's Pagefind index, in shards by period, newest searched first.

Pagefind holds everything it indexes in memory, ~0.4 MB a page whatever the page's
size (measured: 423 MB for 1,000 article pages, 610 MB for 2,069), so one run over an
edition of 10,000 articles would need ~4 GB.  An edition is therefore indexed in shards,
one Pagefind run each, one after the other (editions side by side while their runs
together hold at most a shard's pages); the search page merges them (Pagefind UI's
``mergeIndex``: a merged index shares the primary's wasm and adds its entry, meta and
the chunks a query needs).

Articles are sharded by when they were published (``data-akhbar-date`` on the article,
written by the site hook), newest first, undated articles last: a shard per year, or,
for a year of more than ``Settings.search_shard_pages`` articles, per half, quarter or month (split by a
hash of the article's folder name only if a month is still too full).  Periods are
calendar ones, so an edit or a new article changes one shard (new articles land in the
newest), and a shard whose pages are byte-identical to the previous build's (same digest,
its folder kept from the previous site) is not indexed again.

A reader's first query searches the generated pages and the newest shards only, enough
of them to hold ``Settings.search_first_pages`` articles; the search page says since when, and searches
every article on request (``docs/assets/search.js``).  Every index merged costs a query
its metadata and a chunk per word, so a first query stays near the bytes of two indexes
however large the archive.

Layout of ``<edition>/pagefind/``:

* the primary bundle: Pagefind's UI, its wasm, and the index of the generated pages
  (home, actors, topics, sources, timeline), which change on almost every build;
* ``articles-<period>/`` (``articles-2025``, ``articles-2026h1``, ``articles-2026q3``,
  ``articles-2026-07``, ``articles-undated``; split by hash: ``articles-undated-1-of-2``):
  one shard's index (entry, meta, chunks, fragments; no UI);
* ``shards.json``: the shards in search order, the digest of the pages each was made
  from, the day its period starts (and that day as the edition writes it), and how many
  article shards the first query searches (``first``).
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from akhbar.cache import read_store, stamp, write_store
from akhbar.errors import BuildError
from akhbar.i18n import format_date
from akhbar.settings import FIRST_PAGES, Settings

BUNDLE = "pagefind"
MANIFEST = "shards.json"
ARTICLES = "articles"
SHARD_PREFIX = "articles-"
ENTRY = "pagefind-entry.json"  # every bundle has one: the mark of an index written whole
# What a merged shard keeps: the primary bundle serves the UI, its script and the wasm.
SHARD_FILES = (ENTRY,)
SHARD_SUFFIXES = (".pf_meta",)
SHARD_FOLDERS = ("index", "fragment", "filter")

UNDATED = "undated"
_DATE_RE = re.compile(
    rb'<article class="akhbar-article"[^>]*? data-akhbar-date="(\d{4})-(\d{2})-\d{2}"'
)
_BODY_RE = re.compile(rb"<[^>]*\sdata-pagefind-body[\s>=]")


@dataclass(frozen=True, slots=True)
class Shard:
    """One Pagefind run: its bundle folder (relative to the primary's, "" for the
    primary), the pages it indexes (relative to the edition's folder, sorted), and the
    first day of its articles' period (None for the primary and undated articles)."""

    folder: str
    pages: tuple[str, ...]
    since: str | None = None


def _bucket(name: str, count: int) -> int:
    return int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:8], "big") % count


# A period of more articles than a shard takes is divided: a year in halves, a half in
# quarters, a quarter in months; a month still too full is split by hash.
_DIVISIONS = {12: 2, 6: 2, 3: 3}


def period_name(year: str, start: int, months: int) -> str:
    """A period's name: ``2025``, ``2025h2``, ``2025q3``, ``2025-07``."""
    if months == 12:
        return year
    if months == 6:
        return f"{year}h{start // 6 + 1}"
    if months == 3:
        return f"{year}q{start // 3 + 1}"
    return f"{year}-{start + 1:02d}"


def _periods(
    year: str, start: int, months: int, articles: dict[str, tuple[str, list[str]]], per_shard: int
) -> list[tuple[str, str, dict[str, list[str]]]]:
    """(name, first day, {article: pages}) of the periods *articles* of *year* fall in,
    from month *start* (0-11) for *months*, divided while a period holds too many."""
    if len(articles) <= per_shard or months == 1:
        pages = {name: files for name, (_, files) in articles.items()}
        return [(period_name(year, start, months), f"{year}-{start + 1:02d}-01", pages)]
    step = months // _DIVISIONS[months]
    periods = []
    for part in range(start, start + months, step):
        inside = {n: v for n, v in articles.items() if part <= int(v[0]) - 1 < part + step}
        if inside:
            periods += _periods(year, part, step, inside, per_shard)
    return periods


def _split(
    prefix: str, articles: dict[str, list[str]], per_shard: int, since: str | None
) -> list[Shard]:
    """A period's shard, or ``ceil(k / per_shard)`` of them by hash of the article name."""
    count = math.ceil(len(articles) / per_shard)
    buckets: list[list[str]] = [[] for _ in range(count)]
    for name, files in articles.items():
        buckets[_bucket(name, count) if count > 1 else 0].extend(files)
    return [
        Shard(f"{prefix}-{k + 1}-of-{count}" if count > 1 else prefix, tuple(sorted(bucket)), since)
        for k, bucket in enumerate(buckets)
        if bucket
    ]


def plan_shards(
    pages: list[str], per_shard: int, dates: dict[str, str | None] | None = None
) -> list[Shard]:
    """Pages (``a/b/index.html`` paths) -> the primary shard, then the article shards,
    newest period first, undated last.

    Pages under ``articles/<name>/`` go to the shard of the period of ``dates[name]``
    (``YYYY-MM``; none: undated): its year, or, for a year of more than *per_shard*
    articles, its half, quarter or month; a month or the undated articles, if still more
    than *per_shard*, are split by ``hash(name)``.  Every other page goes to the primary."""
    dates = dates or {}
    years: dict[str, dict[str, tuple[str, list[str]]]] = {}
    undated: dict[str, list[str]] = {}
    primary = []
    for page in sorted(pages):
        parts = page.split("/")
        if len(parts) > 2 and parts[0] == ARTICLES:
            date = dates.get(parts[1])
            if date:
                year, month = date.split("-")[:2]
                years.setdefault(year, {}).setdefault(parts[1], (month, []))[1].append(page)
            else:
                undated.setdefault(parts[1], []).append(page)
        else:
            primary.append(page)
    shards = [Shard("", tuple(primary))]
    periods = [
        p for year, articles in years.items() for p in _periods(year, 0, 12, articles, per_shard)
    ]
    for name, since, articles in sorted(periods, key=lambda p: p[1], reverse=True):
        shards += _split(f"{SHARD_PREFIX}{name}", articles, per_shard, since)
    if undated:
        shards += _split(f"{SHARD_PREFIX}{UNDATED}", undated, per_shard, None)
    return shards


def first_shards(shards: list[Shard], pages: int) -> int:
    """How many article shards (after the primary) a first query searches: the newest,
    until they hold at least *pages* pages, with every shard of the last period taken."""
    total, count = 0, 0
    for k, shard in enumerate(shards[1:], 1):
        if total >= pages and shard.since != shards[k - 1].since:
            break
        total += len(shard.pages)
        count = k
    return count


@dataclass(frozen=True, slots=True)
class PageFacts:
    """What the search stage needs of a page, read once a build."""

    stamp: list[int]  # its size and time when read (akhbar.cache.stamp)
    digest: bytes  # sha256 of its bytes
    date: str | None  # an article page's publication month, from its data-akhbar-date
    marked: bool  # it has a data-pagefind-body element


def read_pages(
    edition_dir: Path, pages: list[str], known: dict[str, list[Any]] | None = None
) -> dict[str, PageFacts]:
    """Each page's facts, read from it, or taken from *known* (``remember``'s record of
    an earlier build) for a page of the same size and time: the pages a rebuild did not
    write are not read again."""
    facts, known = {}, known or {}
    for page in pages:
        path = edition_dir / page
        now, before = stamp(path), known.get(page)
        if isinstance(before, list) and len(before) == 5 and now == before[:2]:
            facts[page] = PageFacts(now, bytes.fromhex(before[2]), before[3], before[4])
            continue
        with open(path, "rb") as handle:
            data = handle.read()
        match = _DATE_RE.search(data)
        date = f"{match[1].decode()}-{match[2].decode()}" if match else None
        facts[page] = PageFacts(now, hashlib.sha256(data).digest(), date, _has_body_mark(data))
    return facts


def remember(store: Path | None, facts: dict[str, PageFacts]) -> None:
    """Keep each page's size, time and facts for the next build (``read_pages``)."""
    if store is None:
        return
    record = {
        page: [*fact.stamp, fact.digest.hex(), fact.date, fact.marked]
        for page, fact in facts.items()
    }
    write_store(store, record)


def _has_body_mark(data: bytes) -> bool:
    """Whether a tag of *data* carries ``data-pagefind-body``: the pattern tried from the
    tag around the attribute's first mention, not from every tag of the page."""
    mention = data.find(b"data-pagefind-body")
    return mention != -1 and _BODY_RE.search(data, max(data.rfind(b"<", 0, mention), 0)) is not None


def _is_article(page: str) -> bool:
    parts = page.split("/")
    return len(parts) == 3 and parts[0] == ARTICLES


def article_dates(pages: list[str], facts: dict[str, PageFacts]) -> dict[str, str | None]:
    """Each article folder's publication month (``YYYY-MM``), from its page's
    ``data-akhbar-date`` (``read_pages``); None when the article is undated."""
    return {page.split("/")[1]: facts[page].date for page in pages if _is_article(page)}


def _pagefind_version() -> str:
    from importlib.metadata import version

    return version("pagefind")


def shard_digest(shard: Shard, facts: dict[str, PageFacts], salt: str) -> str:
    """What a shard's index is made from: its pages' paths and bytes (by digest), and
    *salt* (Pagefind's version)."""
    digest = hashlib.sha256(salt.encode())
    for page in shard.pages:
        digest.update(b"\0" + page.encode() + b"\0" + facts[page].digest)
    return digest.hexdigest()


def _marked_only(shard: Shard, facts: dict[str, PageFacts]) -> Shard:
    """*shard* without its pages that lack ``data-pagefind-body``, when some have it: then
    Pagefind leaves the others out of the index anyway (the numbered pages of long lists,
    the 404 page), and need not read them, nor be run again when only they changed."""
    marked = tuple(p for p in shard.pages if facts[p].marked)
    return Shard(shard.folder, marked, shard.since) if marked else shard


def _html_pages(edition_dir: Path) -> list[str]:
    """The edition's HTML pages (``a/b/index.html``), its search bundle left out."""
    root, found = str(edition_dir), []
    for folder, subfolders, files in os.walk(root):
        if folder == root:
            subfolders[:] = [name for name in subfolders if name != BUNDLE]
            prefix = ""
        else:
            prefix = os.path.relpath(folder, root).replace(os.sep, "/") + "/"
        found += [prefix + name for name in files if name.endswith(".html")]
    return sorted(found)


def _clear(bundle: Path, shard: Shard) -> None:
    """Remove a shard's previous index (files may be hard links into the last site: they
    are unlinked, never written over)."""
    if shard.folder:
        shutil.rmtree(bundle / shard.folder, ignore_errors=True)
        return
    if bundle.is_dir():
        for entry in bundle.iterdir():
            if entry.is_dir() and entry.name.startswith(SHARD_PREFIX):
                continue
            shutil.rmtree(entry) if entry.is_dir() else entry.unlink()


_ARTICLE_RE = re.compile(rb'<article class="akhbar-article".*?</article>', re.S)
_HTML_TAG_RE = re.compile(rb"<html[^>]*>")
_TITLE_RE = re.compile(rb"<title>.*?</title>", re.S)


def _stage_page(source: Path, target: Path) -> None:
    """Put *source* where Pagefind reads it: an article page as its ``<html>`` tag (the
    language), title and article, without the theme's header, navigation and footer
    (Pagefind indexes only the article, marked ``data-pagefind-body``, but reads the whole
    page: a quarter of its time).  Any other page, or an article page with anything for
    Pagefind outside its article, is linked whole."""
    data = source.read_bytes()
    article, html_tag = _ARTICLE_RE.search(data), _HTML_TAG_RE.search(data)
    whole = (
        article is None
        or html_tag is None
        or b"<article" in article[0][1:]
        or data.count(b"data-pagefind") != article[0].count(b"data-pagefind")
    )
    if whole:
        os.link(source, target)
        return
    title = _TITLE_RE.search(data)
    head = b'<head><meta charset="utf-8">' + (title[0] if title else b"") + b"</head>"
    target.write_bytes(
        b"<!doctype html>" + html_tag[0] + head + b"<body>" + article[0] + b"</body></html>"
    )


@cache
def _pagefind_command() -> tuple[str, ...]:
    """Pagefind's binary, found as ``python -m pagefind`` finds it, run without starting
    Python first (~0.1 s a run)."""
    from pagefind.service import get_executable

    binary = get_executable()
    return (str(binary),) if binary is not None else (sys.executable, "-m", "pagefind")


def _run_pagefind(edition: str, edition_dir: Path, shard: Shard, output: Path, stage: Path) -> None:
    """Index *shard*'s pages, seen through a folder of them as Pagefind needs them (same
    relative paths, so the same URLs; see ``_stage_page``), into *output*."""
    shutil.rmtree(stage, ignore_errors=True)
    for page in shard.pages:
        target = stage / page
        target.parent.mkdir(parents=True, exist_ok=True)
        _stage_page(edition_dir / page, target)
    try:
        result = subprocess.run(
            [*_pagefind_command(), "--site", str(stage), "--output-path", str(output), "--quiet"],
            capture_output=True,
            text=True,
            check=False,
        )
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    if result.returncode != 0:
        where = f"shard {shard.folder}" if shard.folder else "generated pages"
        raise BuildError(
            f"pagefind failed on the {edition} edition ({where}):\n{result.stdout}\n{result.stderr}".strip()
        )


def _strip_ui(folder: Path) -> None:
    """A merged shard needs only its index: the primary serves the UI and the wasm."""
    for entry in folder.iterdir():
        if entry.is_dir():
            if entry.name not in SHARD_FOLDERS:
                shutil.rmtree(entry)
        elif entry.name not in SHARD_FILES and not entry.name.endswith(SHARD_SUFFIXES):
            entry.unlink()


def _read_manifest(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {s["folder"]: s["digest"] for s in data["shards"]}
    except (OSError, ValueError, KeyError, TypeError):
        return {}  # no previous index (or not ours): everything is indexed


class PageBudget:
    """Pagefind runs at once, as many as fit in *pages* pages together (its memory grows
    with the pages it indexes); a larger run waits until it runs alone."""

    def __init__(self, pages: int) -> None:
        self.total = self.free = pages
        self._changed = threading.Condition()

    @contextmanager
    def hold(self, pages: int) -> Iterator[None]:
        pages = min(pages, self.total)
        with self._changed:
            self._changed.wait_for(lambda: self.free >= pages)
            self.free -= pages
        try:
            yield
        finally:
            with self._changed:
                self.free += pages
                self._changed.notify_all()


def index_edition(
    edition: str,
    edition_dir: Path,
    per_shard: int,
    first: int = FIRST_PAGES,
    budget: PageBudget | None = None,
    settings: Settings | None = None,
) -> tuple[int, int]:
    """Index one edition's pages into ``<edition>/pagefind``; (shards indexed, shards).
    A first query searches the newest shards holding *first* pages.  Each Pagefind run
    waits for its pages in *budget*, shared with the editions indexed at the same time.
    Each page's digest is kept in the cache folder of *settings* (the environment's when
    None)."""
    bundle = edition_dir / BUNDLE
    pages = _html_pages(edition_dir)
    store = (settings or Settings.from_environment()).cache_store("search-pages", edition_dir)
    facts = read_pages(edition_dir, pages, read_store(store))  # each page read once, if at all
    shards = plan_shards(pages, per_shard, article_dates(pages, facts))
    shards[0] = _marked_only(shards[0], facts)
    salt = f"pagefind {_pagefind_version()}"
    previous = _read_manifest(bundle / MANIFEST)
    digests = {s.folder: shard_digest(s, facts, salt) for s in shards}
    # Shard folders of an earlier layout (more shards then) go.
    if bundle.is_dir():
        for entry in bundle.iterdir():
            if entry.name.startswith(SHARD_PREFIX) and entry.name not in digests:
                shutil.rmtree(entry)
    done = 0
    for shard in shards:
        present = (bundle / shard.folder / ENTRY).is_file()
        if present and previous.get(shard.folder) == digests[shard.folder]:
            continue
        _clear(bundle, shard)
        output = bundle / shard.folder if shard.folder else bundle
        with budget.hold(len(shard.pages)) if budget else nullcontext():
            _run_pagefind(
                edition,
                edition_dir,
                shard,
                output.resolve(),
                edition_dir.parent / f".search-{edition}",
            )
        if shard.folder:
            _strip_ui(output)
        done += 1
    manifest = {
        "first": first_shards(shards, first),
        "shards": [
            {
                "folder": s.folder,
                "pages": len(s.pages),
                "digest": digests[s.folder],
                "since": s.since,
                "since_label": format_date(s.since, edition) if s.since else None,
            }
            for s in shards
        ],
    }
    (bundle / MANIFEST).write_text(
        json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    remember(store, facts)
    return done, len(shards)


def index_search(
    out: Path,
    editions: tuple[str, ...],
    progress: Callable[[str], None],
    settings: Settings | None = None,
) -> None:
    """Every edition's index.  Editions are indexed side by side, all of them (Pagefind
    uses more than a core, but not two, and waits on its files: three runs at once end
    ~15 % sooner than two at a time), as long as their Pagefind runs together hold at
    most a shard's worth of pages (the peak stays a full shard's); a full shard runs
    alone."""
    settings = settings or Settings.from_environment()
    per_shard, first = settings.search_shard_pages, settings.search_first_pages
    budget = PageBudget(per_shard)

    def one(edition: str) -> None:
        start = time.perf_counter()
        done, total = index_edition(edition, out / edition, per_shard, first, budget, settings)
        kept = f", {total - done} unchanged" if done < total else ""
        progress(
            f"search: {edition} edition, {done} of {total} shards indexed{kept}, in {time.perf_counter() - start:.1f} s"
        )

    with ThreadPoolExecutor(max_workers=max(1, len(editions))) as pool:
        for future in [pool.submit(one, edition) for edition in editions]:
            future.result()
