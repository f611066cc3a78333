"""Search: one index of the articles for the three editions, and each edition's index
of its generated pages.

An article's text is the same in every edition, so the articles are indexed once, in
``site/pagefind/``, from the build's own records (Pagefind's Python API,
``add_custom_record``, spoken to as ``_Service``: nothing is read back from HTML), each record holding

* ``url``: the article's page from an edition's root (``/articles/<slug>/``); the search
  page sets the reader's edition as the index's base URL, so a result opens the article
  in that edition;
* ``content``: the article's display text (kicker, headings, paragraphs), what excerpts
  are cut from;
* ``meta``: its title, language, date (ISO, and as each edition writes it) and
  ``names``: every word of the names of its actors in Persian, Arabic and Latin script,
  each Persian or Arabic word also in the other script's letters (ی/ي, ک/ك).  Pagefind
  searches meta as well as content but cuts excerpts from the content only, so
  «Larijani», «لاریجانی» and «لاريجاني» each find every article naming Ali Larijani,
  whatever its language, and its excerpt is still its own text.  Other words are
  matched across scripts by the search page, which searches the query as typed and in
  Persian and Arabic letters (``docs/assets/search.js``): no folded copy of the text
  is indexed;
* ``sort``: its date (undated: ``0000-00-00``), for newest-first results.

The generated pages (actors, topics, sources: the first page of each) differ by edition
and keep an index per edition, ``site/<edition>/pagefind/``, made from the plan's records
as well (``page_records``: each page's title in the edition and the names of what it is
about); the search page merges it into the article index (``mergeIndex``), so one query
searches both.

Every index is made in one language (``LANGUAGE``: no stemming, as Pagefind has no
Persian stemmer), so that the three editions' pages and the articles of three
languages are searched with one WebAssembly module, the shared bundle's.

Each index keeps the digest of the records it was made from (``MANIFEST``): an index
whose records are unchanged is kept as it was (the previous site's files, hard links), so
a rebuild after one edited article writes one article shard again, and no page index
unless an actor, topic or source came or went.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from akhbar.edition_plan import dest_url, list_title
from akhbar.errors import BuildError
from akhbar.i18n import LANGUAGES, format_date
from akhbar.knowledge import Knowledge
from akhbar.model import Actor, Article
from akhbar.settings import SHARD_PAGES, Settings

if TYPE_CHECKING:
    from akhbar.plan import GeneratedPage

BUNDLE = "pagefind"  # site/pagefind/ (the articles) and site/<edition>/pagefind/ (pages)
MANIFEST = "akhbar-search.json"  # in each bundle: the digest it was made from
ENTRY = "pagefind-entry.json"  # every bundle has one: the mark of an index written whole
ARTICLES = "articles"
# Pagefind has no Persian stemmer: "fa" indexes words as written (lower-cased, diacritics
# ignored by the search), the same for every index, so that one WebAssembly module
# searches them all.
LANGUAGE = "fa"
# What the shared bundle keeps besides its index: the search script, its worker and
# the WebAssembly module.  The search page has its own interface (search.js), so
# Pagefind's UI scripts and styles are not published.
SCRIPTS = ("pagefind.js", "pagefind-worker.js")
INDEX_FOLDERS = ("index", "fragment", "filter")
UNDATED = "0000-00-00"  # an undated article's sort key: last, newest first

# Letters written differently in Persian and Arabic: a name's word is indexed in both.
_TO_PERSIAN = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک"})
_TO_ARABIC = str.maketrans({"ی": "ي", "ک": "ك"})


@dataclass(frozen=True, slots=True)
class SearchRecord:
    """One article as the shared index holds it (see the module's docstring)."""

    url: str
    content: str
    meta: dict[str, str] = field(default_factory=dict)
    sort: dict[str, str] = field(default_factory=dict)


def _forms(names: Iterable[str]) -> dict[str, None]:
    """Every word of *names*, each also in Persian and Arabic letters, in order, once."""
    words: dict[str, None] = {}
    for name in names:
        for word in name.split():
            for form in (word, word.translate(_TO_PERSIAN), word.translate(_TO_ARABIC)):
                words.setdefault(form, None)
    return words


def name_words(names: Iterable[str]) -> str:
    """Every word of *names*, once, each also in Persian and Arabic letters."""
    return " ".join(_forms(names))


def _actor_forms(actor: Actor) -> dict[str, None]:
    return _forms(n for n in (actor.names.fa, actor.names.ar, actor.names.en, *actor.aliases) if n)


def article_record(
    article: Article, kn: Knowledge, forms: Callable[[Actor], dict[str, None]] = _actor_forms
) -> SearchRecord:
    """*article*'s record in the shared index (*forms*: an actor's name words, which
    ``search_records`` works out once an actor)."""
    paragraphs = [article.kicker] if article.kicker else []
    for section in article.sections:
        paragraphs += [section.heading] if section.heading else []
        paragraphs += section.paragraphs
    words: dict[str, None] = {}
    for slug in article.actors:
        if actor := kn.actor(slug):
            words |= forms(actor)  # the order of ``name_words`` over all their names
    meta = {
        "title": article.title,
        "lang": article.lang,
        "date": article.date or "",
        **{f"date_{ed}": format_date(article.date, ed) for ed in LANGUAGES},
        "names": " ".join(words),
    }
    return SearchRecord(
        url=quote(f"/{ARTICLES}/{article.slug}/"),
        content="\n".join(paragraphs),
        meta=meta,
        sort={"date": article.date or UNDATED},
    )


def search_records(articles: Iterable[Article], kn: Knowledge) -> list[SearchRecord]:
    """The shared index's records, in slug order (the same input, the same index)."""
    forms = cache(_actor_forms)  # an actor's words, worked out once for all its articles
    return [article_record(a, kn, forms) for a in sorted(articles, key=lambda a: a.slug)]


@cache
def _pagefind_version() -> str:
    from importlib.metadata import version

    return version("pagefind")


def _salt() -> str:
    """What every digest also depends on: Pagefind's version and the index language."""
    return f"pagefind {_pagefind_version()} {LANGUAGE}"


def records_digest(records: list[SearchRecord], where: str = "") -> str:
    """What an index of *records* is made from (*where*: the shard, ``i/count``)."""
    digest = hashlib.sha256(f"{_salt()} {where}".encode())
    for record in records:
        digest.update(json.dumps([record.url, record.content, record.meta, record.sort]).encode())
    return digest.hexdigest()


def _kept(bundle: Path, digest: str) -> bool:
    """Whether *bundle* is whole and was made from *digest*."""
    try:
        made = json.loads((bundle / MANIFEST).read_text(encoding="utf-8"))["digest"]
    except (OSError, ValueError, KeyError, TypeError):
        return False  # no previous index (or not ours): indexed again
    return made == digest and (bundle / ENTRY).is_file()


def _finish(bundle: Path, digest: str, scripts: bool) -> None:
    """Keep only the index of a bundle Pagefind wrote (with *scripts*, also the search
    script and WebAssembly module), and write its digest."""
    for entry in bundle.iterdir():
        if entry.is_dir():
            if entry.name not in INDEX_FOLDERS:
                shutil.rmtree(entry)
            continue
        index = entry.name == ENTRY or entry.suffix == ".pf_meta"
        script = entry.name in SCRIPTS or entry.name.startswith("wasm.")
        if not (index or (scripts and script)):
            entry.unlink()
    (bundle / MANIFEST).write_text(json.dumps({"digest": digest}) + "\n", encoding="utf-8")


@cache
def _pagefind_command() -> tuple[str, ...]:
    """Pagefind's binary, found as ``python -m pagefind`` finds it, run without starting
    Python first (~0.1 s a run)."""
    from pagefind.service import get_executable

    binary = get_executable()
    return (str(binary),) if binary is not None else (sys.executable, "-m", "pagefind")


# How long the service may take to finish writing an index once asked to end (a few
# seconds at 10,000 articles).
SERVICE_EXIT_SECONDS = 120


class _Service:
    """Pagefind's indexing service (``pagefind --service``), spoken to directly: a
    request, then its answer, each a base64 JSON message ended by a comma (the protocol
    of the ``pagefind`` package's client, whose reader waits 0.1 s before each answer:
    100 s for 1,000 records)."""

    def __init__(self) -> None:
        self._process = subprocess.Popen(
            [*_pagefind_command(), "--service"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self._sent = 0

    def ask(self, payload: dict[str, Any]) -> dict[str, Any]:
        assert self._process.stdin is not None
        assert self._process.stdout is not None
        self._sent += 1
        request = {"message_id": self._sent, "payload": payload}
        self._process.stdin.write(base64.b64encode(json.dumps(request).encode()) + b",")
        self._process.stdin.flush()
        answer = bytearray()
        while not answer.endswith(b","):
            chunk = self._process.stdout.read1(65536)
            if not chunk:
                raise BuildError("pagefind's service stopped before it answered")
            answer += chunk
        reply: dict[str, Any] = json.loads(base64.b64decode(bytes(answer[:-1])))["payload"]
        if reply.get("type") == "Error":
            raise BuildError(f"pagefind failed on the article index: {reply.get('message')}")
        return reply

    def close(self) -> None:
        """End the service: it answers WriteFiles before its files are all on disk, and
        ends once they are, at the end of its input (stopped if it has not in
        ``SERVICE_EXIT_SECONDS``)."""
        if self._process.stdin is not None:
            self._process.stdin.close()
        try:
            self._process.wait(timeout=SERVICE_EXIT_SECONDS)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
            raise BuildError("pagefind's service did not end after writing the index") from None


def _write_shards(shards: dict[Path, list[SearchRecord]]) -> None:
    """The article index of each shard's records in its folder, one after another, each
    by a Pagefind service of its own: a service holds its index in memory until it ends
    (one for the three shards of 20,000 articles took the search stage to 3.4 GiB).  A
    service may end at the end of its input before its last file is whole (seen under
    load: an empty ``pagefind-entry.json``): a shard whose entry is unreadable is
    written again, at most ``INDEX_ATTEMPTS`` times, and a build never publishes a
    broken one."""
    for output, records in shards.items():
        for attempt in range(INDEX_ATTEMPTS):
            if attempt:
                shutil.rmtree(output, ignore_errors=True)
            _write_records_once({output: records})
            if _entry_is_whole(output):
                break
        else:
            raise BuildError(f"pagefind wrote an unreadable {output / ENTRY}")


INDEX_ATTEMPTS = 3


def _entry_is_whole(output: Path) -> bool:
    """Whether the index in *output* reads back: its entry as JSON, its metadata and its
    WebAssembly module as whole, non-empty gzip streams, and its scripts ending as a
    script ends (files cut short or left empty under load were seen as a module, and a
    ``pagefind.js`` cut at 32 KiB, differing between two builds of the same pages)."""
    try:
        json.loads((output / ENTRY).read_text(encoding="utf-8"))
        streams = [
            p for p in output.iterdir() if p.suffix == ".pf_meta" or p.name.startswith("wasm.")
        ]
        if not all(gzip.decompress(path.read_bytes()) for path in streams):
            return False  # an empty file, or an empty stream: nothing an index can be
        scripts = [output / name for name in SCRIPTS if (output / name).exists()]
        if not all(_script_is_whole(path.read_bytes()) for path in scripts):
            return False
    except (OSError, ValueError, EOFError, gzip.BadGzipFile):
        return False
    return True


# How a whole script of Pagefind's ends (its last statement or block), once trailing
# space is left out; a script cut short ends inside a token nearly always.
SCRIPT_ENDINGS = (b";", b"}", b")")


def _script_is_whole(data: bytes) -> bool:
    return data.rstrip().endswith(SCRIPT_ENDINGS)


def _write_records_once(shards: dict[Path, list[SearchRecord]]) -> None:
    service = _Service()
    try:
        config = {"force_language": LANGUAGE}
        for output, records in shards.items():
            index = service.ask({"type": "NewIndex", "config": config})["index_id"]
            for record in records:
                service.ask(
                    {
                        "type": "AddRecord",
                        "index_id": index,
                        "url": record.url,
                        "content": record.content,
                        "language": LANGUAGE,
                        "meta": record.meta,
                        "filters": None,
                        "sort": record.sort,
                    }
                )
            service.ask({"type": "WriteFiles", "index_id": index, "output_path": str(output)})
    finally:
        service.close()


# --- the article index in shards -----------------------------------------------------------
#
# The articles are split into shards by a digest of their URL, each a Pagefind index: a
# rebuild writes again only the shards whose records changed (one edited or added article:
# one shard).  The primary shard (the first holding an article) is the bundle's own
# index, beside the search script and the WebAssembly module (what the search page loads
# first); every other shard i is in ``<bundle>/<i>/``, merged by the search page
# (``mergeIndex``), which reads them from the bundle's MANIFEST (``{"shards": [digest of
# shard i, or null when it is empty], "primary": i}``).  Every shard is searched by every
# query: each costs a first query its entry, its metadata and a chunk per word (~30 KB a
# shard at 1,000 articles: a first query fetched 213 KB from one index, 439 KB from
# eight), hence at most ``MAX_SHARDS`` while they hold at most ``SHARD_RECORDS_MAX``
# articles each.  Pagefind's service holds ~360 KB of memory an article it indexes (~600
# bytes a word of its text and metadata) until it writes the index: a larger site has as
# many shards as that bound takes (~360 MB a service), so that indexing 20,000 articles
# fits in 1 GiB beside the build's records.
MAX_SHARDS = 3
SHARD_RECORDS_MAX = 1_000


def shard_count(articles: int, per_shard: int) -> int:
    """How many shards hold *articles* articles: one per *per_shard* articles begun, at
    most ``MAX_SHARDS``, or more when they would hold over ``SHARD_RECORDS_MAX`` each (a
    count that changes moves every article once)."""
    wanted = min(MAX_SHARDS, -(-articles // max(1, per_shard)))
    return max(1, wanted, -(-articles // SHARD_RECORDS_MAX))


def shard_of(url: str, count: int) -> int:
    """The shard of the article at *url* among *count*: fixed by its URL alone, so an
    article stays in its shard as others come and go."""
    return int.from_bytes(hashlib.sha256(url.encode("utf-8")).digest()[:4], "big") % count


def _previous_shards(bundle: Path) -> tuple[list[str | None], int]:
    """Each shard's digest (None: an empty shard, not written) and the primary shard, as
    the bundle's MANIFEST lists them (no shard: no previous index)."""
    try:
        made = json.loads((bundle / MANIFEST).read_text(encoding="utf-8"))
        digests, primary = made["shards"], made["primary"]
    except (OSError, ValueError, KeyError, TypeError):
        return [], -1
    if not isinstance(digests, list) or not isinstance(primary, int):
        return [], -1
    return digests, primary


def _is_index_file(entry: Path) -> bool:
    return entry.name in INDEX_FOLDERS or entry.name == ENTRY or entry.suffix == ".pf_meta"


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)


def _place_shard(written: Path, folder: Path, primary: bool) -> None:
    """Move the index Pagefind *written* into *folder*: the bundle itself for the
    *primary* shard, with the search script and WebAssembly module, removing the index it
    replaces.  Files may be hard links into the last site: they are unlinked, never
    written over."""
    if primary:
        for old in [entry for entry in folder.iterdir() if _is_index_file(entry)]:
            _remove(old)
    else:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
    for entry in list(written.iterdir()):
        script = entry.name in SCRIPTS or entry.name.startswith("wasm.")
        if _is_index_file(entry) or (script and primary):
            _remove(folder / entry.name)
            entry.rename(folder / entry.name)
    shutil.rmtree(written)


def index_articles(out: Path, records: list[SearchRecord], per_shard: int = SHARD_PAGES) -> int:
    """The shared article index, ``<out>/pagefind/``, in shards of about *per_shard*
    articles (``Settings.search_shard_pages``); how many shards were written (0: every
    one kept as it was).  The primary shard is the first that holds an article (shard 0
    but in a site of a few articles); an empty shard has no index."""
    bundle = out / BUNDLE
    count = shard_count(len(records), per_shard)
    shards: list[list[SearchRecord]] = [[] for _ in range(count)]
    for record in records:
        shards[shard_of(record.url, count)].append(record)
    primary = next((i for i, shard in enumerate(shards) if shard), 0)
    digests: list[str | None] = [
        records_digest(shard, f"{i}/{count}") if shard or i == primary else None
        for i, shard in enumerate(shards)
    ]
    before, before_primary = _previous_shards(bundle)

    def folder(shard: int) -> Path:
        return bundle if shard == primary else bundle / str(shard)

    scripts = all((bundle / name).is_file() for name in SCRIPTS)
    changed = [
        i
        for i, digest in enumerate(digests)
        if digest is not None
        and (
            i >= len(before)
            or before[i] != digest
            or (primary != before_primary and i in (primary, before_primary))
            or not (folder(i) / ENTRY).is_file()
            or (i == primary and not scripts)
        )
    ]
    if changed:
        bundle.mkdir(parents=True, exist_ok=True)
        (bundle / MANIFEST).unlink(missing_ok=True)  # until every shard is in place
        staging = {bundle / f".shard-{i}": shards[i] for i in changed}
        for written in staging:
            shutil.rmtree(written, ignore_errors=True)
        _write_shards({written.resolve(): records for written, records in staging.items()})
        for i, written in zip(changed, staging, strict=True):
            _place_shard(written, folder(i), i == primary)
    kept = {str(i) for i, digest in enumerate(digests) if digest is not None and i != primary}
    for entry in bundle.iterdir():  # shards now empty, primary or of another count
        if entry.is_dir() and entry.name not in INDEX_FOLDERS and entry.name not in kept:
            shutil.rmtree(entry)
    if changed or not (bundle / MANIFEST).is_file():
        manifest = json.dumps({"shards": digests, "primary": primary}) + "\n"
        (bundle / MANIFEST).write_text(manifest, encoding="utf-8")
    return len(changed)


# --- the generated pages of an edition ----------------------------------------------------
#
# An edition's actor, topic and source pages are indexed from the plan's records too, by
# what names them: a page is found by the names of what it is about, not by its lists
# (each article is in the article index) nor by its counts, which change with every new
# article.  A rebuild that adds an article therefore keeps every edition's page index.

PAGE_KINDS = {"actor.html.j2": "actor", "topic.html.j2": "topic", "source.html.j2": "source"}


def page_record(page: GeneratedPage, edition: str) -> SearchRecord | None:
    """The record of *page* in *edition*'s page index: the first page of an actor's,
    topic's or source's list, titled in the edition, its text the names it goes by in
    every language (and an actor's offices, in the edition's words); None for any other
    page."""
    kind = PAGE_KINDS.get(page.template)
    paging = page.context.get("paging")
    if kind is None or (paging is not None and paging.number != 1):
        return None
    subject = page.context[kind]
    names = subject.labels if kind == "topic" else subject.names
    words = [names.fa, names.ar, names.en, *getattr(subject, "aliases", ())]
    if kind == "actor":
        words += [role.title.get(edition) for role in subject.roles]
    return SearchRecord(
        url=quote("/" + dest_url(page.src)),
        content="\n".join(dict.fromkeys(w for w in words if w)),
        meta={"title": list_title(page.template, page.context, edition)},
    )


def page_records(pages: Iterable[GeneratedPage], edition: str) -> list[SearchRecord]:
    """*edition*'s page index records (``page_record``), in URL order."""
    records = (page_record(page, edition) for page in pages)
    return sorted((r for r in records if r is not None), key=lambda r: r.url)


def index_pages(edition_dir: Path, records: list[SearchRecord]) -> bool:
    """The index of an edition's pages (*records*: ``page_records``),
    ``<edition>/pagefind/``; False when it was kept as it was."""
    bundle = edition_dir / BUNDLE
    digest = records_digest(records, "pages")
    if _kept(bundle, digest):
        return False
    shutil.rmtree(bundle, ignore_errors=True)
    _write_shards({bundle.resolve(): records})
    _finish(bundle, digest, scripts=False)
    return True


def index_search(
    out: Path,
    records: list[SearchRecord],
    pages: dict[str, list[SearchRecord]],
    progress: Callable[[str], None],
    settings: Settings | None = None,
) -> None:
    """The article index (*records*) and each edition's page index (*pages*, by edition),
    side by side (each Pagefind service uses about a core)."""
    settings = settings or Settings.from_environment()

    def articles() -> None:
        start = time.perf_counter()
        count = shard_count(len(records), settings.search_shard_pages)
        made = index_articles(out, records, settings.search_shard_pages)
        how = f"indexed ({made} of {count} shards written)" if made else "unchanged, kept"
        progress(f"search: {len(records)} articles {how}, in {time.perf_counter() - start:.1f} s")

    def edition_pages() -> None:
        for edition, found in pages.items():
            start = time.perf_counter()
            made = index_pages(out / edition, found)
            how = "indexed" if made else "unchanged, kept"
            seconds = time.perf_counter() - start
            progress(
                f"search: {edition} edition's pages {how} ({len(found)} pages), in {seconds:.1f} s"
            )

    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(articles), pool.submit(edition_pages)]
        for future in futures:
            future.result()
