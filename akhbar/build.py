"""The build, one stage a line: read seeds > extract > deduplicate > slugs > write docs/.

Disk I/O happens only here and in the site/PDF stages.  Per-article problems are
collected in the :class:`Report` and the build goes on; a failed build leaves the previous
``docs/articles`` in place (it is written to a temporary folder, then swapped in).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import asdict, dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from akhbar.errors import InputError, OutputCollisionError, OverrideError
from akhbar.model import Article
from akhbar.overrides import parse_override
from akhbar.parallel import Forked, apart, process_pool
from akhbar.render import render_article
from akhbar.settings import Settings
from akhbar.stories import Story, story_words
from akhbar.text import fold

if TYPE_CHECKING:
    from akhbar.knowledge import Knowledge

ARTICLES_DIR = "articles"
# The editor's splits and merges of stories, in the seeds folder (``stories.parse_edits``).
STORY_EDITS = "stories.yml"
# The stories of the last build, beside the articles' Markdown (kept with it between
# deploys; a dot file, which MkDocs does not publish): the next build keeps their slugs.
STORIES_FILE = ".stories.json"


@dataclass
class Report:
    """Accounts for every input file: published + skipped = read."""

    read: list[str] = field(default_factory=list)
    published: list[dict[str, str]] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)
    candidates: list[dict[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    # How many stories, how many of each size, the largest (``story_summary``).
    stories: dict[str, Any] = field(default_factory=dict)
    # The published site's size and how many articles fit (``site.check_published_size``).
    site_size: dict[str, Any] = field(default_factory=dict)

    def skip(self, path: str, reason: str) -> None:
        self.skipped.append({"file": path, "reason": reason})

    def as_json(self) -> dict[str, Any]:
        return {
            "read": len(self.read),
            "published_count": len(self.published),
            "skipped_count": len(self.skipped),
            **asdict(self),
        }

    def summary(self) -> str:
        lines = [
            f"{len(self.read)} read, {len(self.published)} published, {len(self.skipped)} skipped, "
            f"{len(self.warnings)} warnings, {len(self.candidates)} candidate actors"
        ]
        if self.stories:
            largest = self.stories["largest"]
            lines.append(
                f"{self.stories['count']} stories, {self.stories['reported_more_than_once']} "
                f"reported more than once; the largest: {largest['slug']} "
                f"({largest['articles']} articles)"
            )
        lines += [f"  skipped {s['file']}: {s['reason']}" for s in self.skipped]
        lines += [f"  warning: {w}" for w in self.warnings]
        lines += [
            f"  candidate actor: {c['name']} ({c['role']}) in {c['source_file']}"
            for c in self.candidates
        ]
        return "\n".join(lines)


Progress = Callable[[str], None]


def stderr_progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def discover(seeds: Path) -> tuple[list[Path], dict[str, Path]]:
    """Seed files (everything but overrides and hidden files) and overrides by stem.
    ``STORY_EDITS`` is the editor's file of stories, neither."""
    inputs, overrides = [], {}
    for path in sorted(seeds.iterdir(), key=lambda p: p.name):
        if path.name.startswith(".") or not path.is_file() or path.name == STORY_EDITS:
            continue
        if path.suffix in (".yml", ".yaml"):
            overrides[path.stem] = path
        else:
            inputs.append(path)
    return inputs, overrides


# Below this many articles to extract or render, processes (set up before they are
# forked, their results sent back) cost more than they save.
PARALLEL_MIN = 40


def _in_parallel(count: int) -> bool:
    """Whether *count* articles are worth spreading over processes."""
    return count >= PARALLEL_MIN and (os.cpu_count() or 1) >= 2


_worker_extractor: Any = None
_warmed: set[str] = set()


# One short article in each language, extracted once before the workers start: it builds
# everything extraction caches per process (hazm's normalizer, lemmatizer, lexicon,
# stemmer and stopwords, the knowledge and its matcher), so that forked workers inherit
# it instead of each paying for it again (~5 s of CPU per process).
_WARM_UP = {
    "fa": "به گزارش خبرگزاری مهر، همکاریهای ایران و پاکستان در نشست تهران بررسی شد.\n\n"
    "وزیر امور خارجه گفت: روابط دو کشور گسترش می‌یابد.",
    "ar": "أكد وزير الخارجية أن التعاون بين إيران وباكستان يتطور.\n\nالمصدر: وكالات",
}


def _init_worker(knowledge: Knowledge | Path, warm_up: tuple[str, ...]) -> None:
    """The process's extractor (of *knowledge*, or of the knowledge folder it names), set
    up for the languages *warm_up* before workers are forked from this process.  A language not warmed up is set up on its first article:
    a rebuild that extracts one Persian article never sets Arabic up, nor hazm for an
    Arabic one."""
    global _worker_extractor
    if _worker_extractor is None:
        from akhbar.cache import share_charsets

        share_charsets()  # before the extraction's patterns are compiled
        from akhbar.extract import Extractor
        from akhbar.knowledge import load_knowledge

        if isinstance(knowledge, Path):
            knowledge = load_knowledge(knowledge)
        _worker_extractor = Extractor(knowledge)
    for lang in warm_up:
        if lang not in _warmed:
            _worker_extractor.extract(_WARM_UP[lang].encode("utf-8"), f"warm-up-{lang}.txt")
            _warmed.add(lang)


# One seed to extract: its bytes, its name, its override, its key in the extraction cache
# ("" when the cache is off) and the settings it is extracted with.
# A seed to extract: its file (read by the process that extracts it: the build does not
# hold every seed's bytes while they are extracted, ~120 MB at 20,000 articles), its
# name, override, cache key and the settings.
Job = tuple[Path, str, dict[str, Any] | None, str, Settings]


def _extract_entry(job: Job) -> dict[str, Any]:
    """Extract one seed into a cacheable entry (the article, or why it was skipped),
    kept in the extraction cache by the process that extracted it."""
    path, name, override, key, settings = job
    data = path.read_bytes()
    if _worker_extractor is None:
        _init_worker(settings.knowledge_dir, warm_up=())
    try:
        extraction = _worker_extractor.extract(data, name, override)
        entry: dict[str, Any] = {
            "article": asdict(extraction.article),
            "candidates": [asdict(c) for c in extraction.candidates],
            "encoding": extraction.encoding,
            "folded": folded_digest(extraction.article),
        }
    except InputError as exc:
        entry = {"skip": exc.reason}
    if key and settings.cache_dir is not None:
        from akhbar.cache import ExtractionCache

        if "article" in entry:
            words = story_words(extraction.article)
            _words_store(settings.cache_dir).put(key, words)
        ExtractionCache(settings.cache_dir).put(key, entry)
    return entry


# Each article's ``akhbar.stories.story_words``, kept in this folder of the cache under
# its extraction's key: a build clusters every article, and the words of one are as
# costly to count again as a tenth of its extraction.
STORY_WORDS = "story-words"


def _words_store(cache_dir: Path) -> Any:
    """The ``ExtractionCache`` of the story words in the cache folder *cache_dir*."""
    from akhbar.cache import ExtractionCache

    return ExtractionCache(cache_dir / STORY_WORDS)


class KeptWords(Mapping[str, dict[str, int]]):
    """The articles' ``story_words`` kept in the cache folder *folder*, by source file
    (*keys*: each article's extraction key), each read when the clustering asks for
    it: never all held at once beside the articles (~10 MB for 1,000 articles)."""

    def __init__(self, folder: Path, keys: dict[str, str]) -> None:
        self._store = _words_store(folder)
        self._keys = keys

    def __getitem__(self, source_file: str) -> dict[str, int]:
        words = self._store.get(self._keys[source_file])
        if not isinstance(words, dict):
            raise KeyError(source_file)
        # One string a word for every article, as counting them gives (the forms are kept
        # by a cache): read from JSON, each article's would be a copy of its own, ~50 MB
        # more at 20,000 articles while they are clustered.
        return {sys.intern(word): count for word, count in words.items()}

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


# Persian needs hazm, set up once in this process before the workers are forked from it:
# ~1.5 s, as long as extracting SETUP_ARTICLES articles.  Meanwhile one process, forked
# before that set-up, extracts articles in the other languages (set up in ~0.03 s), so
# that no core waits for hazm.  It runs alone beside the set-up, then shares the cores
# with the workers: it ends when they do if it takes (n + 2 * SETUP_ARTICLES) /
# (workers + 1) of the n articles (500 of 1,000 on two cores).
SETUP_ARTICLES = 250


def _run_jobs(
    jobs: list[Job], knowledge: Knowledge | Path, progress: Progress
) -> list[dict[str, Any]]:
    if not _in_parallel(len(jobs)):
        if jobs:
            _init_worker(knowledge, warm_up=())
        results = []
        for i, job in enumerate(jobs, 1):
            results.append(_extract_entry(job))
            if i % 100 == 0:
                progress(f"extract: {i}/{len(jobs)} articles")
        return results
    from akhbar.text import detect_language

    # The language each article will be extracted in, guessed from its bytes as UTF-8:
    # a wrong guess costs time (that language set up where the article lands), never output.
    langs = [detect_language(path.read_bytes().decode("utf-8", "replace")) for path, *_ in jobs]
    others = [i for i, lang in enumerate(langs) if lang != "fa"]
    workers = os.cpu_count() or 1
    early: Forked | None = None
    if "fa" in langs and others:
        share = others[: (len(jobs) + 2 * SETUP_ARTICLES) // (workers + 1)]
        _init_worker(knowledge, warm_up=tuple(sorted({langs[i] for i in share} & set(_WARM_UP))))
        early = Forked(lambda: [_extract_entry(jobs[i]) for i in share])
    else:
        share = []
    # Set up once here; forked workers start with it (no re-import, no re-load).
    _init_worker(knowledge, warm_up=tuple(sorted(set(langs) & set(_WARM_UP))))
    taken = set(share)
    rest = [i for i in range(len(jobs)) if i not in taken]
    results: dict[int, dict[str, Any]] = {}
    try:
        with process_pool(workers) as pool:  # forked: set up as this process is
            entries = pool.map(_extract_entry, [jobs[i] for i in rest], chunksize=16)
            for done, (i, entry) in enumerate(zip(rest, entries, strict=True), 1):
                results[i] = entry
                if done % 100 == 0:
                    progress(f"extract: {done}/{len(rest)} articles")
        if early is not None:
            for i, entry in zip(share, early.result(), strict=True):
                results[i] = entry
            progress(f"extract: {len(share)} more articles, extracted while Persian was set up")
    finally:
        if early is not None:
            early.close()
    return [results[i] for i in range(len(jobs))]


def extract_all(
    seeds: Path,
    report: Report,
    progress: Progress,
    settings: Settings,
    keys: dict[str, str] | None = None,
    knowledge: Knowledge | None = None,
    folded: dict[str, str] | None = None,
) -> list[Article]:
    """Read and extract every seed; problems go to *report*, never lost silently.

    Unchanged seeds come from the extraction cache; the rest are extracted in parallel
    when there are many.  Results are assembled in file-name order, so the output does
    not depend on which worker finished first.  *keys*, when given, gets each article's
    extraction key in the cache by its source file (none when the cache is off);
    *folded*, each article's ``folded_digest`` by its source file, as its extraction
    kept it.  *knowledge*: that of the settings' folder, when the caller has it read.
    """
    from akhbar.cache import ExtractionCache, article_from_dict, cache_key
    from akhbar.knowledge import knowledge_version
    from akhbar.text import keep_tables_in

    keep_tables_in(settings.cache_dir)  # hazm's tables, read by every process extracting Persian
    version = knowledge_version(settings.knowledge_dir)
    store = ExtractionCache(settings.cache_dir) if settings.cache_dir else None
    inputs, overrides = discover(seeds)
    entries: dict[str, dict[str, Any]] = {}
    key_of: dict[str, str] = {}  # each seed's key in the cache, when there is one
    jobs: list[Job] = []
    for path in inputs:
        name = f"{seeds.name}/{path.name}"
        report.read.append(name)
        if path.suffix != ".txt":
            entries[name] = {"skip": "not a .txt article (seeds are plain-text .txt files)"}
            continue
        override: dict[str, Any] | None = None
        override_bytes = b""
        if path.stem in overrides:
            override_name = f"{seeds.name}/{overrides[path.stem].name}"
            override_bytes = overrides[path.stem].read_bytes()
            try:
                override = parse_override(override_bytes, override_name)
            except OverrideError as exc:
                report.errors.append(str(exc))
                report.warnings.append(f"{name}: published without its override ({exc})")
                override_bytes = b""
        data = path.read_bytes()
        key = cache_key(name, data, override_bytes, version)
        if store:
            key_of[name] = key
        cached = store.get(key) if store else None
        if cached is not None:
            entries[name] = cached
        else:
            jobs.append((path, name, override, key if store else "", settings))
    progress(
        f"extract: {len(inputs)} files, {len(inputs) - len(jobs)} unchanged, {len(jobs)} to extract"
    )
    extracted = _run_jobs(jobs, knowledge or settings.knowledge_dir, progress)
    for job, entry in zip(jobs, extracted, strict=True):
        entries[job[1]] = entry
    articles: list[Article] = []
    for name in report.read:
        entry = entries.pop(name)  # not held beside its article
        if "skip" in entry:
            report.skip(name, entry["skip"])
            continue
        article = article_from_dict(entry["article"])
        articles.append(article)
        if keys is not None and name in key_of:
            keys[article.source_file] = key_of[name]
        if folded is not None and isinstance(entry.get("folded"), str):
            folded[article.source_file] = entry["folded"]
        report.warnings.extend(article.warnings)
        report.candidates.extend(entry["candidates"])
    unused = sorted(set(overrides) - {p.stem for p in inputs})
    report.warnings.extend(
        f"{seeds.name}/{overrides[stem].name}: override has no article {stem}.txt"
        for stem in unused
    )
    return articles


def folded_digest(article: Article) -> str:
    """What deduplication compares of *article*: the sha256 of its text after folding
    (kept with its extraction: folding every article's text again took ~0.1 s of each
    build of 1,000 articles)."""
    return hashlib.sha256(fold(" ".join(article.paragraphs())).encode("utf-8")).hexdigest()


def deduplicate(
    articles: list[Article], report: Report, folded: Mapping[str, str] | None = None
) -> list[Article]:
    """One page per article: identical bytes, or identical text after folding, are one.
    *folded*: the articles' ``folded_digest`` by source file, where they are known."""
    folded = folded or {}
    seen: dict[str, Article] = {}
    kept = []
    for article in articles:
        key = folded.get(article.source_file) or folded_digest(article)
        if key in seen:
            first = seen[key]
            report.skip(
                article.source_file, f"duplicate of {first.source_file} (same text after folding)"
            )
            continue
        seen[key] = article
        kept.append(article)
    return kept


def assign_slugs(articles: list[Article], report: Report) -> list[Article]:
    """Make slugs unique and stable: a clash gets the content hash's first 8 characters."""
    counts: dict[str, int] = {}
    for article in articles:
        counts[article.slug] = counts.get(article.slug, 0) + 1
    result = []
    for article in articles:
        if counts[article.slug] > 1:
            new = f"{article.slug}-{article.content_hash[:8]}"
            report.warnings.append(
                f"{article.source_file}: slug {article.slug!r} is shared by {counts[article.slug]} "
                f"articles; published as {new!r}"
            )
            article = replace(article, slug=new)
        result.append(article)
    return result


def write_docs(articles: list[Article], docs: Path, settings: Settings | None = None) -> None:
    """Render every article into docs/articles, swapped in whole (refusing clashes)."""
    from akhbar.cache import read_store

    settings = settings or Settings.from_environment()

    target = docs / ARTICLES_DIR
    tmp = docs / f".{ARTICLES_DIR}.tmp"
    old = docs / f".{ARTICLES_DIR}.old"
    for stale in (tmp, old):
        shutil.rmtree(stale, ignore_errors=True)
    tmp.mkdir(parents=True)
    written: dict[str, str] = {}
    store = settings.cache_store("rendered", target)
    previous = read_store(store)
    renderer = _renderer_digest()
    digests: dict[str, str] = {}
    pending: list[tuple[Article, Path]] = []
    try:
        for article in sorted(articles, key=lambda a: a.slug):
            name = f"{article.slug}.md"
            if name.casefold() in written:
                raise OutputCollisionError(
                    f"{ARTICLES_DIR}/{name} would be written twice: by {written[name.casefold()]} "
                    f"and by {article.source_file}"
                )
            written[name.casefold()] = article.source_file
            # tmp is new, so holds no link: a name without a separator stays inside it.
            if os.sep in name or (os.altsep and os.altsep in name):
                raise OutputCollisionError(
                    f"{article.source_file}: slug {article.slug!r} escapes {tmp}"
                )
            path = tmp / name
            digests[name] = digest = _article_digest(article, renderer)
            if not _reuse(previous.get(name), digest, target / name, path):
                pending.append((article, path))
        _render_all(pending)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    rendered = [path.name for _article, path in pending]
    _keep_unchanged_mtimes(tmp, target, rendered)
    if target.exists():
        os.replace(target, old)
    os.replace(tmp, target)
    shutil.rmtree(old, ignore_errors=True)
    if store is not None:
        _save_rendered(store, target, digests, previous, set(rendered))


def _render_all(pending: list[tuple[Article, Path]]) -> None:
    """Write each article's Markdown to its path: when there are many, half of them in a
    process forked for it (~1 ms an article, most of it in PyYAML's representer)."""
    here, there = (pending[::2], pending[1::2]) if _in_parallel(len(pending)) else (pending, [])
    other = Forked(lambda: _render(there)) if there else None
    try:
        _render(here)
        if other is not None:
            other.result()
    finally:
        if other is not None:
            other.close()


def _render(pending: list[tuple[Article, Path]]) -> None:
    for article, path in pending:
        path.write_text(render_article(article), encoding="utf-8", newline="\n")


# Rendering an article's Markdown (its front matter dumped as YAML) takes ~1 ms.  Each
# file written is remembered by the digest of the article it was rendered from and of
# what rendered it (the code and the template, read once a build), its size and its
# modification time: the next build links an unchanged article's file into the new
# folder instead of rendering it again, unless the file was changed since.
def _renderer_digest() -> bytes:
    """What every article's Markdown is rendered with: the code and the template."""
    from akhbar.cache import code_version
    from akhbar.render import TEMPLATES

    template = (TEMPLATES / "article.md.j2").read_bytes()
    return hashlib.sha256(
        code_version().encode() + b"\0" + hashlib.sha256(template).digest()
    ).digest()


def _article_digest(article: Article, renderer: bytes) -> str:
    return hashlib.sha256(
        renderer + hashlib.sha256(repr(article).encode("utf-8")).digest()
    ).hexdigest()


def _reuse(known: Any, digest: str, before: Path, path: Path) -> bool:
    """Link *before* (the previous build's file) to *path* if it was rendered from the
    same article and is untouched since."""
    if not (isinstance(known, list) and len(known) == 3 and known[0] == digest):
        return False
    from akhbar.cache import stamp

    try:
        if stamp(before) != known[1:]:
            return False
        os.link(before, path)
    except OSError:
        return False
    return True


def _save_rendered(
    store: Path,
    folder: Path,
    digests: dict[str, str],
    previous: dict[str, list[Any]],
    rendered: set[str],
) -> None:
    """Remember each file's digest, size and time: a linked file's are the previous
    build's (the same file), a rendered one's are read."""
    from akhbar.cache import stamp, write_store

    entries = {}
    for name, digest in digests.items():
        if name in rendered:
            entries[name] = [digest, *stamp(folder / name)]
        else:
            entries[name] = previous[name]
    write_store(store, entries)


def _keep_unchanged_mtimes(new: Path, previous: Path, rendered: list[str]) -> None:
    """Give the *rendered* files identical to the previous build's its modification time,
    so that an incremental site build (which compares times) skips them (the others are
    links to the previous build's files)."""
    if not previous.is_dir():
        return
    for name in rendered:
        path, before = new / name, previous / name
        if not before.is_file():  # a new article
            continue
        if before.read_bytes() == path.read_bytes():
            stat = before.stat()
            os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def read_stories(docs: Path) -> tuple[Story, ...] | None:
    """The stories the last build wrote beside *docs*' articles; None when there are none
    (or the file is not one this code wrote: the stories are then made afresh)."""
    from akhbar.stories import stories_from_json

    try:
        data = json.loads((docs / ARTICLES_DIR / STORIES_FILE).read_text(encoding="utf-8"))
        return stories_from_json(data)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_stories(stories: tuple[Story, ...], docs: Path) -> None:
    from akhbar.cache import write_atomic
    from akhbar.stories import stories_json

    text = json.dumps(stories_json(stories), ensure_ascii=False, indent=0, sort_keys=False)
    write_atomic(docs / ARTICLES_DIR / STORIES_FILE, (text + "\n").encode("utf-8"))


def cluster_stories(
    articles: list[Article],
    seeds: Path,
    docs: Path,
    report: Report,
    settings: Settings,
    knowledge: Knowledge | None = None,
    words: Mapping[str, dict[str, int]] | None = None,
) -> tuple[Story, ...]:
    """The published articles' stories (``akhbar.stories``): the last build's kept under
    their slugs (a new article joins one or starts one), the editor's ``seeds/stories.yml``
    applied.  A bad edits file is an error in *report* naming it, and the stories are made
    without it: no article is lost.  *words*: the articles' ``story_words`` by source file
    where they are kept (``KeptWords``)."""
    from akhbar.knowledge import load_knowledge
    from akhbar.stories import cluster, parse_edits

    knowledge = knowledge or load_knowledge(settings.knowledge_dir)
    previous = read_stories(docs)
    path, name = seeds / STORY_EDITS, f"{seeds.name}/{STORY_EDITS}"
    edits = None
    try:
        if path.is_file():
            edits = parse_edits(path.read_bytes(), name)
        stories = cluster(articles, previous, edits, knowledge=knowledge, words=words)
    except OverrideError as exc:
        report.errors.append(str(exc))
        report.warnings.append(f"{name}: stories made without the editor's edits ({exc})")
        stories = cluster(articles, previous, knowledge=knowledge, words=words)
    report.stories = story_summary(stories)
    return stories


def story_summary(stories: tuple[Story, ...]) -> dict[str, Any]:
    """The report's account of *stories*: how many, how many of each size (articles: stories),
    the largest (the first by slug of those of its size)."""
    sizes = Counter(len(s.articles) for s in stories)
    largest = min(stories, key=lambda s: (-len(s.articles), s.slug), default=None)
    return {
        "count": len(stories),
        "reported_more_than_once": sum(1 for s in stories if len(s.articles) > 1),
        "sizes": {str(size): sizes[size] for size in sorted(sizes)},
        "largest": {
            "slug": largest.slug if largest else "",
            "articles": len(largest.articles) if largest else 0,
        },
    }


def knowledge_dir() -> Path:
    """The knowledge folder of the environment's settings, for scripts and tests that
    extract without a build (a build passes its :class:`Settings` down)."""
    return Settings.from_environment().knowledge_dir


class Docs(NamedTuple):
    """What ``build_docs`` made: the published articles, the build's report, and the
    articles' stories (also written beside them, ``STORIES_FILE``, for the next build)."""

    articles: list[Article]
    report: Report
    stories: tuple[Story, ...]


def build_docs(
    seeds: Path,
    docs: Path,
    progress: Progress = stderr_progress,
    timings: dict[str, float] | None = None,
    settings: Settings | None = None,
    knowledge: Knowledge | None = None,
) -> Docs:
    """Seeds -> docs/articles (and their stories, ``STORIES_FILE``).  *timings*,
    when given, gets the seconds of its two steps: ``extract`` (reading, extraction,
    deduplication) and ``render`` (the Markdown files).  *settings*: the environment's
    when None; *knowledge*: read from the settings' folder when None."""
    from akhbar.knowledge import load_knowledge

    settings = settings or Settings.from_environment()
    start = time.perf_counter()
    report = Report()
    knowledge = knowledge or load_knowledge(settings.knowledge_dir)
    keys: dict[str, str] = {}
    folded: dict[str, str] = {}
    articles = extract_all(seeds, report, progress, settings, keys, knowledge, folded)
    articles = deduplicate(articles, report, folded)
    articles = assign_slugs(articles, report)
    report.published = [
        {"file": a.source_file, "slug": a.slug, "lang": a.lang, "title": a.title} for a in articles
    ]
    words = KeptWords(settings.cache_dir, keys) if settings.cache_dir is not None else None
    stories = cluster_stories(articles, seeds, docs, report, settings, knowledge, words)
    rendering = time.perf_counter()
    write_docs(articles, docs, settings)
    write_stories(stories, docs)
    done = time.perf_counter()
    if timings is not None:
        timings.update(extract=rendering - start, render=done - rendering)
    progress(
        f"docs: wrote {len(articles)} articles to {docs / ARTICLES_DIR} in {done - rendering:.1f} s"
    )
    return Docs(articles, report, stories)


def build_docs_apart(
    seeds: Path,
    docs: Path,
    progress: Progress = stderr_progress,
    settings: Settings | None = None,
    knowledge: Knowledge | None = None,
) -> Docs:
    """``build_docs`` in a process of its own, which hands back only what it made.  The
    memory extraction works in (hazm's tables, each article's text and words, the
    stories' clustering) is given back before the site is built: at 20,000 articles this
    process then holds ~0.3 GB of articles instead of ~0.6 GB, beside each edition's."""
    return apart(
        partial(build_docs, seeds, docs, progress, settings=settings, knowledge=knowledge),
        daemon=False,  # extraction forks its own workers
    )


def write_report(report: Report, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps(report.as_json(), ensure_ascii=False, indent=2, sort_keys=False) + "\n",
        encoding="utf-8",
    )
