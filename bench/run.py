"""Scale benchmark: our build by stage, a rebuild after an edit, sizes, and the anchors.

``python bench/run.py [N ...] [--no-pdf] [--anchors hugo,mkdocs | --no-anchors] [--json FILE]``

For each N: ``bench/corpus.py`` writes N articles into a temporary folder, then every
stage of the build runs as its own process (so each is cold: interpreter, imports and
knowledge files included, as in ``build_site.py``) and is timed and sampled for memory:

1. extract: ``akhbar.build.build_docs`` (seeds -> extraction -> docs/articles/*.md), the
   stories' clustering in it (``akhbar.build.cluster_stories``) timed and measured apart;
2. mkdocs: ``akhbar.site.plan_site`` (the publication of the extracted articles and
   their stories, as ``build_site.py`` makes it), ``akhbar.site.build_editions`` (one ``mkdocs build`` per edition, in
   parallel) and ``akhbar.site.write_root``;
3. search: ``akhbar.search.index_search`` (the shared article index from the articles'
   records, and each edition's index of its generated pages, from the publication);
4. pdf: ``akhbar.site.build_books`` (one WeasyPrint book per edition) of the book the
   build's plan makes (``book``: the newest articles grouped by story), skipped by
   ``--no-pdf``.

The same pages are then built by the anchors (``bench/anchors.py``): Hugo + Pagefind, and
MkDocs + Material + mkdocs-static-i18n.  Then one seed's text is edited and every stage
runs again on the same folders (the rebuild), twice: the seed of median date (an old
article, in no book), then the newest Persian article (in the home page, the newest
search shard and the briefing books).  A table per N goes to stdout, progress to stderr;
``bench/README.md`` describes the columns.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import math
import os
import pickle
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
EDITIONS = ("fa", "ar", "en")
SAMPLE_SECONDS = 0.05  # memory sampling period: short enough for a 1 s stage
# How long a query in the browser may take to show its results (at 20,000 articles the
# first query reads 20 article shards, ~10 s on a loaded machine).
QUERY_TIMEOUT_MS = 60_000
# A first search shows Pagefind UI's first page of results: 5 fragments are fetched.
FIRST_RESULTS = 5
# Article pages measured for page weight (spread evenly over the edition's articles).
PAGE_SAMPLE = 50


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


# What the stages run from the checkout: a change to any of it during a run (a checkout,
# a merge) makes the later stages build with other code, and the build's own digest of its
# code then rebuilds everything: the rebuild figures would be void.
CODE_PARTS = ("akhbar", "templates", "knowledge", "locale")


def code_digest(root: Path = ROOT) -> str:
    """sha256 over the files of ``CODE_PARTS`` under *root* and ``build_site.py``: their
    paths and bytes, in path order."""
    digest = hashlib.sha256()
    files = [
        root / "build_site.py",
        *sorted(p for part in CODE_PARTS for p in (root / part).rglob("*") if p.is_file()),
    ]
    for path in files:
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


def check_code(start: str, root: Path = ROOT) -> None:
    """Stop the run when the code under *root* is no longer the code it started with."""
    if code_digest(root) != start:
        raise SystemExit(
            f"bench: the code under {root} changed during the run; its figures mix two"
            " versions of it. Run it again from a checkout nothing writes to (a worktree)."
        )


# --- memory: the resident set of a process tree, sampled from /proc ------------------------


def _pss(pid: int) -> int:
    """Proportional set size of *pid* in bytes: its private memory plus its share of
    pages it shares (forked workers share the parent's pages; RSS would count them once
    per process)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as fh:
            for line in fh:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def _tree_rss(root: int) -> int:
    """Memory of *root* and all its descendants (sum of PSS), in bytes (0 if gone)."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2 :].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += _pss(pid)
        stack.extend(children.get(pid, ()))
    return total


@dataclass
class Measure:
    seconds: float = 0.0
    peak_tree_rss: int = 0  # sampled sum of PSS over the process tree (parallel children add up)
    max_process_rss: int = 0  # ru_maxrss of the largest single process (wait4, exact)
    cpu_seconds: float = 0.0  # user + system time of the tree: robust on a busy machine
    # The stage's steps, as the stage measured them: in the extract stage, extract and
    # render (the Markdown) in wall seconds, and the clustering of the stories within
    # extract (``STORY_STEPS``); each edition in the mkdocs stage; in the pdf stage,
    # the book's plan and the books.
    steps: dict[str, float] = field(default_factory=dict)


def run_measured(
    cmd: list[str], env: dict[str, str] | None = None, cwd: Path | None = None
) -> Measure:
    """Run *cmd*, time it and sample its process tree's memory; raise on failure."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            done.wait(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out_chunks: list[bytes] = []
    err_chunks: list[bytes] = []
    readers = [
        threading.Thread(target=lambda: out_chunks.append(proc.stdout.read()), daemon=True),  # type: ignore[union-attr]
        threading.Thread(target=lambda: err_chunks.append(proc.stderr.read()), daemon=True),  # type: ignore[union-attr]
    ]
    for reader in readers:
        reader.start()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    for reader in readers:
        reader.join()
    if proc.returncode != 0:
        raise RuntimeError(
            f"{' '.join(cmd[:4])}... failed ({proc.returncode}):\n{b''.join(err_chunks).decode()[-3000:]}"
        )
    return Measure(seconds, peak, usage.ru_maxrss * 1024, usage.ru_utime + usage.ru_stime)


# --- stages: each runs in a fresh interpreter (``run.py --stage NAME WORK``) ---------------


def stage(name: str, work: Path) -> None:
    """One stage of the build on the benchmark folder *work* (seeds/, docs/, site/)."""
    sys.path.insert(0, str(ROOT))

    def quiet(message: str) -> None:
        pass

    # Each stage imports what build_site.py's step imports, no more.
    docs, out = work / "docs", work / "site"
    if name == "extract":
        import akhbar.build as build

        steps: dict[str, float] = {}
        largest: list[dict[str, Any]] = []
        build.cluster_stories = measure_clustering(build.cluster_stories, steps, largest)
        articles, report, _stories = build.build_docs(work / "seeds", docs, quiet, steps)
        _write_steps(work, name, steps)
        # For the search and pdf stages, which take them as objects (the build hands them on).
        (work / "articles.pickle").write_bytes(pickle.dumps(articles))
        (work / "report.json").write_text(
            json.dumps(
                {
                    "published": len(articles),
                    "skipped": len(report.skipped),
                    "warnings": len(report.warnings),
                    # The report's account of the stories, and the largest with their spans.
                    "stories": {**report.stories, "largest_stories": largest},
                },
                ensure_ascii=False,
            ),
            encoding="utf-8",
        )
    elif name == "mkdocs":
        import akhbar.site as site
        from akhbar.knowledge import load_knowledge
        from akhbar.settings import Settings

        # As build_site plans the publication of the extracted articles and their stories
        # (``site.plan_site``), and hands its pages' search records on (to the search
        # stage, here by a file) and the plan to the editions.
        settings = Settings.from_environment()
        articles = pickle.loads((work / "articles.pickle").read_bytes())
        knowledge = load_knowledge(settings.knowledge_dir)
        stories = site.stories_of(articles, docs, knowledge)
        pages, _book, publication = site.plan_site(articles, stories, knowledge, settings)
        del articles, stories
        (work / "pages.pickle").write_bytes(pickle.dumps(pages, protocol=5))
        out.mkdir(parents=True, exist_ok=True)
        # incremental when out holds a previous build
        steps = site.build_editions(docs, out, quiet, settings, publication, None, knowledge)
        del publication
        _write_steps(work, name, steps)
        site.write_root(out, "http://localhost:8000/", docs)
    elif name == "search":
        import akhbar.search as search
        from akhbar.knowledge import load_knowledge
        from akhbar.settings import Settings

        articles = pickle.loads((work / "articles.pickle").read_bytes())
        knowledge = load_knowledge(Settings.from_environment().knowledge_dir)
        records = search.search_records(articles, knowledge)
        pages = pickle.loads((work / "pages.pickle").read_bytes())
        search.index_search(out, records, pages, quiet)
    elif name == "pdf":
        import akhbar.site as site
        from akhbar.settings import Settings

        articles = pickle.loads((work / "articles.pickle").read_bytes())
        settings = Settings.from_environment()
        start = time.perf_counter()
        planned = book(articles, docs, settings)
        laying_out = time.perf_counter()
        site.build_books(planned, out, quiet, settings)
        _write_steps(
            work,
            name,
            {
                "plan": laying_out - start,
                "books": time.perf_counter() - laying_out,
                "book_articles": len(planned.articles),
                "book_stories": len(planned.stories),
            },
        )
    else:
        raise SystemExit(f"unknown stage {name}")


# The clustering's measures among the extract stage's steps: wall and CPU seconds, the
# resident memory it added to the stage's process at its peak, and that peak.
STORY_STEPS = ("stories", "stories_cpu", "stories_mib", "stories_peak_mib")
# The stories listed in report.json (the largest first), to read their spans by eye.
LARGEST_STORIES = 5
RSS_SAMPLE_SECONDS = 0.01


def _rss() -> int:
    """This process's resident set, in bytes."""
    with open("/proc/self/statm", "rb") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def measure_clustering(
    cluster_stories: Any, steps: dict[str, float], largest: list[dict[str, Any]]
) -> Any:
    """*cluster_stories* (``akhbar.build``'s), measured: its wall and CPU seconds and the
    resident memory it adds (sampled every ``RSS_SAMPLE_SECONDS`` by a thread: the
    clustering runs in the build's process) go into *steps* (``STORY_STEPS``); the
    ``LARGEST_STORIES`` largest stories, with their dates, languages and outlets, into
    *largest*.  Memory freed by extraction and reused is not counted: the figure is
    what the clustering adds to the stage's process."""

    def measured(*args: Any, **kwargs: Any) -> Any:
        before = peak = _rss()
        done = threading.Event()

        def sample() -> None:
            nonlocal peak
            while not done.is_set():
                peak = max(peak, _rss())
                done.wait(RSS_SAMPLE_SECONDS)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        start, cpu = time.perf_counter(), time.process_time()
        try:
            stories = cluster_stories(*args, **kwargs)
        finally:
            wall, cpu = time.perf_counter() - start, time.process_time() - cpu
            done.set()
            sampler.join()
        peak = max(peak, _rss())
        steps.update(
            stories=wall,
            stories_cpu=cpu,
            stories_mib=(peak - before) / 2**20,
            stories_peak_mib=peak / 2**20,
        )
        for story in sorted(stories, key=lambda s: (-len(s.articles), s.slug))[:LARGEST_STORIES]:
            largest.append(
                {
                    "slug": story.slug,
                    "articles": len(story.articles),
                    "start": story.start,
                    "end": story.end,
                    "languages": list(story.languages),
                    "outlets": len(story.outlets),
                }
            )
        return stories

    return measured


def book(articles: list[Any], docs: Path, settings: Any) -> Any:
    """The briefing books' contents as ``build_site.py`` makes them (``plan.plan``'s
    ``book``): the newest ``Settings.book_articles`` articles grouped by story, with the
    stories of two of them or more, from the stories the extract stage wrote beside
    *docs*.  Only the stories of the book's articles are made into records (the plan
    makes every story's, for the editions, which the mkdocs stage pays)."""
    from akhbar.knowledge import load_knowledge
    from akhbar.pdf import book_order
    from akhbar.plan import book_of, record
    from akhbar.site import stories_of
    from akhbar.story_pages import story_records

    knowledge = load_knowledge(settings.knowledge_dir)
    newest = {a.slug for a in book_order(articles)[: settings.book_articles]}
    held = [s for s in stories_of(articles, docs, knowledge) if newest & set(s.articles)]
    wanted = {slug for s in held for slug in s.articles}
    by_slug = {a.slug: record(a) for a in articles if a.slug in wanted}
    told = story_records(held, by_slug, knowledge)
    story_of = {r["slug"]: story for story in told for r in story.records}
    return book_of(articles, story_of, settings.book_articles)


def _steps_file(work: Path, name: str) -> Path:
    return work / f"steps-{name}.json"


def _write_steps(work: Path, name: str, steps: dict[str, float]) -> None:
    _steps_file(work, name).write_text(json.dumps(steps), encoding="utf-8")


def build_env(work: Path) -> dict[str, str]:
    """The environment a build on *work* runs in: the extraction cache in the work folder
    (empty for the cold build, warm for the rebuild; the checkout's .cache left alone)."""
    return dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        NO_MKDOCS_2_WARNING="1",
        AKHBAR_CACHE_DIR=str(work / ".cache" / "extract"),
    )


def run_stage(name: str, work: Path, pdf: bool = False) -> Measure:
    env = build_env(work)
    steps = _steps_file(work, name)
    steps.unlink(missing_ok=True)
    measure = run_measured(
        [sys.executable, str(Path(__file__)), "--stage", name, str(work)], env=env
    )
    if steps.is_file():
        measure.steps = json.loads(steps.read_text(encoding="utf-8"))
    log(
        f"  {name}: {measure.seconds:.1f} s ({measure.cpu_seconds:.1f} s CPU), peak {measure.peak_tree_rss / 2**20:.0f} MiB"
    )
    return measure


def run_whole(work: Path) -> Measure:
    """``build_site.py --no-pdf`` on the benchmark folder *work*, as a user runs it."""
    env = build_env(work)
    folders = [f"--{name}={work / name}" for name in ("seeds", "docs", "site")]
    measure = run_measured(
        [sys.executable, str(ROOT / "build_site.py"), *folders, "--no-pdf"], env=env
    )
    log(
        f"  build_site.py: {measure.seconds:.1f} s ({measure.cpu_seconds:.1f} s CPU), peak {measure.peak_tree_rss / 2**20:.0f} MiB"
    )
    return measure


# --- sizes -----------------------------------------------------------------------------------


def dir_size(path: Path) -> int:
    """Bytes of the files under *path*, as the build's report counts them."""
    sys.path.insert(0, str(ROOT))
    from akhbar.site import site_size

    return site_size(path)


# The folders of an edition whose size is reported apart (the rest: home, search, feed).
SIZE_PARTS = ("articles", "actors", "topics", "sources", "timeline", "pagefind")


def size_breakdown(site: Path, articles: int) -> dict[str, Any]:
    """The site's bytes by part (each edition's folders, the assets stored once) and the
    report's projection (``akhbar.site.SiteSize``): bytes an article adds, the size at
    ``PROJECTED_ARTICLES`` articles and how many fit in GitHub Pages' limit."""
    sys.path.insert(0, str(ROOT))
    from akhbar.site import PROJECTED_ARTICLES, PUBLISHED_SITE_MAX_BYTES, measure_site

    parts: dict[str, Any] = {}
    for edition in EDITIONS:
        folder = site / edition
        sizes = {part: dir_size(folder / part) for part in SIZE_PARTS}
        sizes["other"] = dir_size(folder) - sum(sizes.values())
        parts[edition] = sizes
    measured = measure_site(site, articles)
    return {
        "editions": parts,
        **measured.as_json(PUBLISHED_SITE_MAX_BYTES),
        "projected_articles": PROJECTED_ARTICLES,
        "projected_bytes": measured.projected(PROJECTED_ARTICLES),
    }


def gzip_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), 6))


# Served compressed (GitHub Pages gzips text); Pagefind's pf_* files and wasm are gzip already.
TEXT_SUFFIXES = (".js", ".json", ".css", ".html")


def transfer_size(path: Path) -> int:
    """Bytes a file costs a reader: gzip'd if it is text, else as stored."""
    return gzip_size(path) if path.suffix in TEXT_SUFFIXES else path.stat().st_size


_ASSET_RE = re.compile(r'<(?:link rel="stylesheet" href|script src)="([^"]+)"')


def page_weight(site: Path) -> dict[str, Any]:
    """Bytes an article page transfers before fonts, gzip-compressed (as a static host serves).

    HTML + every stylesheet and script the page links (Material's CSS and JS bundle,
    akhbar.css); fonts, the favicon and images are left out.  Measured on an even sample
    of article pages per edition; the maximum is reported against the target.
    """
    result: dict[str, Any] = {}
    for edition in EDITIONS:
        pages = sorted((site / edition / "articles").glob("*/index.html"))
        step = max(1, len(pages) // PAGE_SAMPLE)
        weights, html_sizes = [], []
        for page in pages[::step]:
            html = page.read_text(encoding="utf-8")
            total = html_gz = gzip_size(page)
            for href in _ASSET_RE.findall(html):
                asset = (page.parent / href.split("?")[0]).resolve()
                if asset.is_file():
                    total += gzip_size(asset)
            weights.append(total)
            html_sizes.append(html_gz)
        fonts = site / "assets" / "fonts"  # stored once for the editions (akhbar.assets)
        result[edition] = {
            "article_page_max": max(weights, default=0),
            "article_page_mean": int(statistics.fmean(weights)) if weights else 0,
            "article_html_gz_max": max(html_sizes, default=0),
            "fonts": sum(p.stat().st_size for p in fonts.glob("*.woff2")) if fonts.is_dir() else 0,
        }
    return result


def first_query(site: Path) -> dict[str, Any]:
    """Bytes the first search in an edition fetches from its Pagefind bundles (as stored).

    Model, per edition: the shared article bundle's (``site/pagefind/``) pagefind.js,
    worker and wasm, its list of shards (``akhbar-search.json``), and for each article
    shard (the primary in the bundle, the others in its numbered folders) and the
    edition's page bundle (``<edition>/pagefind/``), all merged, its entry, its pf_meta
    and its largest index chunk (one query word loads one chunk per index; the largest is
    the worst case, a word found on every page) + ``FIRST_RESULTS`` fragments (the mean
    fragment).  ``browser_queries`` measures real
    queries, with everything the browser fetches.  Sizes as transferred
    (``transfer_size``)."""
    result: dict[str, Any] = {"index_total": dir_size(site / "pagefind")}
    shared = site / "pagefind"
    made = json.loads((shared / "akhbar-search.json").read_text(encoding="utf-8"))
    shards = [
        shared if i == made.get("primary", 0) else shared / str(i)
        for i, digest in enumerate(made.get("shards") or [True])
        if digest
    ]
    for lang in EDITIONS:
        bundle = site / lang / "pagefind"
        result["index_total"] += dir_size(bundle)
        parts = {
            "entry_and_js": sum(
                transfer_size(shared / n)
                for n in ("pagefind.js", "pagefind-worker.js", "akhbar-search.json")
            ),
            "meta": 0,
            "wasm": sum(p.stat().st_size for p in shared.glob("wasm.*.pagefind")),
            "largest_chunk": 0,
        }
        chunk_count, fragments = 0, []
        for index in (*shards, bundle):
            entry = index / "pagefind-entry.json"
            languages = json.loads(entry.read_text(encoding="utf-8"))["languages"]
            code, info = next(iter(languages.items()))
            chunks = [p.stat().st_size for p in (index / "index").glob(f"{code}_*.pf_index")]
            parts["entry_and_js"] += transfer_size(entry)
            parts["meta"] += (index / f"pagefind.{info['hash']}.pf_meta").stat().st_size
            parts["largest_chunk"] += max(chunks, default=0)
            chunk_count += len(chunks)
            if index is not bundle:
                fragments += [p.stat().st_size for p in (index / "fragment").glob("*.pf_fragment")]
        parts["fragments"] = int(FIRST_RESULTS * statistics.fmean(fragments)) if fragments else 0
        total = sum(parts.values())
        result[lang] = {
            **parts,
            "total": total,
            "chunks": chunk_count,
            "ui": (site / "assets" / "search.js").stat().st_size,  # stored once (akhbar.assets)
            "indexes": len(shards) + 1,
            "shards": len(shards),
            "all": total,
        }
    return result


# Queries a reader of the beat types, per edition: a person, a place, a word of the beat.
QUERIES = {
    "fa": ("لاریجانی", "اسلام آباد", "همکاری"),
    "ar": ("لاريجاني", "إسلام آباد", "التعاون"),
    "en": ("Larijani", "پاکستان", "همکاری"),
}


def browser_queries(site: Path) -> dict[str, Any]:
    """The first query, measured in Chromium: the search page of each edition is opened,
    a query typed, and the bytes of every file fetched from the bundles are summed (as
    transferred: ``transfer_size``).  One fresh page per query, so nothing is cached."""
    from functools import partial
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
    from urllib.parse import unquote, urlsplit

    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}/"
    result: dict[str, Any] = {}
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
            for lang, queries in QUERIES.items():
                for query in queries:
                    page = browser.new_page()
                    fetched: list[str] = []
                    page.on(
                        "requestfinished",
                        lambda request, fetched=fetched: fetched.append(request.url),
                    )
                    page.goto(f"{base}{lang}/search/")
                    page.wait_for_load_state("networkidle")
                    before = len(fetched)
                    page.locator("#akhbar-search-input").fill(query)
                    try:
                        page.locator("#akhbar-search[data-done]").wait_for(timeout=QUERY_TIMEOUT_MS)
                    except PlaywrightTimeout:
                        # Reported as a query without results (results -1), not a
                        # crash that loses the run's other figures.
                        log(f"  browser {lang}:{query}: no results in {QUERY_TIMEOUT_MS} ms")
                        result[f"{lang}:{query}"] = {
                            "bytes": 0, "after_typing": 0, "requests": 0, "results": -1,
                        }  # fmt: skip
                        page.close()
                        continue
                    page.wait_for_load_state("networkidle")
                    results = page.locator(".akhbar-result").count()
                    files = [site / unquote(urlsplit(u).path).lstrip("/") for u in fetched]
                    bundle = [f for f in files if "/pagefind/" in f.as_posix() and f.is_file()]
                    size = sum(transfer_size(f) for f in bundle)
                    typed = sum(transfer_size(f) for f in files[before:] if f.is_file())
                    result[f"{lang}:{query}"] = {
                        "bytes": size,
                        "after_typing": typed,
                        "requests": len(bundle),
                        "results": results,
                    }
                    page.close()
            browser.close()
    finally:
        httpd.shutdown()
    return result


# --- one N -----------------------------------------------------------------------------------


@dataclass
class Result:
    n: int
    published: int = 0
    cold: dict[str, dict[str, Any]] = field(default_factory=dict)
    rebuild: dict[str, dict[str, Any]] = field(default_factory=dict)
    rebuild_newest: dict[str, dict[str, Any]] = field(default_factory=dict)
    # The rebuilds by build_site.py --no-pdf, one process: "old" and "newest" (``bench_one``).
    whole: dict[str, dict[str, Any]] = field(default_factory=dict)
    pages: dict[str, int] = field(default_factory=dict)
    site_size: int = 0
    size: dict[str, Any] = field(default_factory=dict)
    search: dict[str, Any] = field(default_factory=dict)
    queries: dict[str, Any] = field(default_factory=dict)
    weight: dict[str, Any] = field(default_factory=dict)
    # The anchors' builds of the same pages, by name (``ANCHORS``).
    anchors: dict[str, dict[str, Any]] = field(default_factory=dict)
    # The cold build's stories, as its report gives them (``akhbar.build.story_summary``:
    # count, sizes, the largest), and the largest few with their spans.
    stories: dict[str, Any] = field(default_factory=dict)


def _dated_seeds(seeds: Path) -> list[tuple[str, str, Path, str]]:
    """(date, name, path, language) of every seed with a ``date`` header."""
    sys.path.insert(0, str(ROOT))
    from akhbar.ingest import read
    from akhbar.text import detect_language

    dated = []
    for path in sorted(seeds.glob("*.txt")):
        _decoded, parsed = read(path.read_bytes(), path.name)
        if parsed.header_date:
            lang = detect_language("\n".join(parsed.lines))
            dated.append((parsed.header_date, path.name, path, lang))
    return sorted(dated)


def middle_seed(seeds: Path) -> Path:
    """The dated seed of median date (by name among equals): an old article, on no first
    page and in no book, whatever the corpus draws; the middle seed by name in a corpus
    without a dated seed."""
    dated = _dated_seeds(seeds)
    if dated:
        return dated[len(dated) // 2][2]
    paths = sorted(seeds.glob("*.txt"))
    return paths[len(paths) // 2]


def newest_persian_seed(seeds: Path) -> Path:
    """The Persian seed with the latest ``date`` header (the last by name among equals);
    the last seed by name in a corpus without a dated Persian seed."""
    persian = [d for d in _dated_seeds(seeds) if d[3] == "fa"]
    return persian[-1][2] if persian else sorted(seeds.glob("*.txt"))[-1]


def edit_one_seed(path: Path) -> Path:
    """Change one sentence of the seed *path*, as an editor fixing a typo would."""
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    index = max(range(len(lines)), key=lambda i: len(lines[i]))
    lines[index] = lines[index].replace(" ", " و ", 1) + " " + lines[index].split()[0]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def run_anchors(work: Path, names: list[str]) -> dict[str, dict[str, Any]]:
    """Build the pages of ``work/docs`` with each anchor of *names* (``ANCHORS``)."""
    sys.path.insert(0, str(BENCH))
    import anchors

    pages = anchors.read_pages(work / "docs")
    builds = {"hugo": anchors.hugo_pagefind, "mkdocs": anchors.mkdocs_i18n}
    measured = {}
    for name in names:
        measured[name] = m = builds[name](work, run_measured, pages)
        log(
            f"  {ANCHORS[name]}: {m['seconds']:.1f} s ({m['cpu_seconds']:.1f} s CPU), "
            f"peak {m['peak_tree_rss'] / 2**20:.0f} MiB"
        )
    return measured


# The seeds a rebuild edits: an old article, then the newest Persian one.
EDITS = (
    ("the seed of median date", middle_seed),
    ("the newest Persian seed", newest_persian_seed),
)


def bench_one(n: int, stages: list[str], anchors: list[str], keep: Path | None) -> Result:
    sys.path.insert(0, str(BENCH))
    from corpus import generate

    result = Result(n)
    start = code_digest()
    work = Path(tempfile.mkdtemp(prefix=f"akhbar-bench-{n}-", dir=keep))
    try:
        log(f"N={n}: corpus in {work}")
        generate(n, work)
        shutil.copytree(ROOT / "docs" / "assets", work / "docs" / "assets")
        log(f"N={n}: cold build")
        for name in stages:
            result.cold[name] = asdict(run_stage(name, work, pdf="pdf" in stages))
        if anchors:  # right after the cold build, so that both see the same load
            log(f"N={n}: anchors")
            result.anchors = run_anchors(work, anchors)
        report = json.loads((work / "report.json").read_text(encoding="utf-8"))
        result.published = report["published"]
        result.stories = report.get("stories", {})
        site = work / "site"
        result.pages = {ed: sum(1 for _ in (site / ed).rglob("*.html")) for ed in EDITIONS}
        result.site_size = dir_size(site)
        result.size = size_breakdown(site, result.published)
        result.search = first_query(site)
        result.queries = browser_queries(site)
        result.weight = page_weight(site)
        for (label, chosen), measures in zip(
            EDITS, (result.rebuild, result.rebuild_newest), strict=True
        ):
            edited = edit_one_seed(chosen(work / "seeds"))
            log(f"N={n}: rebuild after editing {label}, {edited.name}")
            for name in stages:
                measures[name] = asdict(run_stage(name, work, pdf="pdf" in stages))
        # The same two edits again, each rebuilt as a user rebuilds: build_site.py, one
        # process for the three stages (one interpreter start, not three; the copy of the
        # last site it builds beside, not paid by the stages).
        for key, (label, chosen) in zip(("old", "newest"), EDITS, strict=True):
            edited = edit_one_seed(chosen(work / "seeds"))
            log(f"N={n}: build_site.py --no-pdf after editing {label} again, {edited.name}")
            result.whole[key] = asdict(run_whole(work))
        check_code(start)
    finally:
        if keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return result


# --- report ----------------------------------------------------------------------------------

ANCHORS = {"hugo": "Hugo + Pagefind", "mkdocs": "MkDocs + Material + static-i18n"}

TARGETS = {
    # The site's stages at most 1.5x Hugo + Pagefind, at most 0.5x MkDocs + Material +
    # mkdocs-static-i18n (the design card's generator), both at N = 1,000.
    "vs_hugo": 1.5,
    "vs_mkdocs": 0.5,
    "rebuild_share": 0.15,
    "extract_share": 0.20,
    "first_query_kb": 300,
    "peak_mib": 1024,
    "page_kb": 150,
    "fonts_kb": 150,
    # GitHub Pages publishes at most 1 GB (akhbar.site): 20,000 articles fit in it at
    # 50 KB an article, the three editions and their share of the fixed files counted.
    "site_kb_article": 50,
}


# The site: every stage but the books.  The shares are given over the site (as the
# anchors' ratios are) and, when the books were built, over the whole build.
SITE_STAGES = ("extract", "mkdocs", "search")


def _total(
    measures: dict[str, dict[str, Any]], stages: tuple[str, ...] | None = None, key: str = "seconds"
) -> float:
    return sum(m[key] for name, m in measures.items() if stages is None or name in stages)


def _share(part: float, whole: float) -> float:
    return part / whole if whole else 0


def summary(r: Result) -> dict[str, Any]:
    cold = _total(r.cold)
    cold_site = _total(r.cold, SITE_STAGES)
    cold_site_cpu = _total(r.cold, SITE_STAGES, "cpu_seconds")
    rebuild = _total(r.rebuild)
    newest = _total(r.rebuild_newest)
    extract = r.cold["extract"]["seconds"]
    # The issue's stages list extraction and the Markdown's rendering apart: the extract
    # stage less its render step (its process's start and imports stay in extraction).
    extraction = extract - r.cold["extract"].get("steps", {}).get("render", 0.0)
    peak = max((s["peak_tree_rss"] for s in r.cold.values()), default=0)
    # The memory target holds for every build, the rebuilds' too (one lays the books out).
    peak_all = max(
        (
            s["peak_tree_rss"]
            for m in (r.cold, r.rebuild, r.rebuild_newest, r.whole)
            for s in m.values()
        ),
        default=0,
    )
    first = max((v["total"] for k, v in r.search.items() if k in EDITIONS), default=0)
    page = max((v["article_page_max"] for v in r.weight.values()), default=0)
    fonts = max((v["fonts"] for v in r.weight.values()), default=0)
    clustering = r.cold["extract"].get("steps", {})
    out = {
        "stories_s": clustering.get("stories", 0.0),
        "stories_cpu_s": clustering.get("stories_cpu", 0.0),
        "stories_mib": clustering.get("stories_mib", 0.0),
        "stories_count": r.stories.get("count", 0),
        "stories_largest": r.stories.get("largest", {}).get("articles", 0),
        "stories_rebuild_s": r.rebuild.get("extract", {}).get("steps", {}).get("stories", 0.0),
        "stories_rebuild_newest_s": r.rebuild_newest.get("extract", {})
        .get("steps", {})
        .get("stories", 0.0),
        "cold_s": cold,
        "cold_cpu_s": _total(r.cold, key="cpu_seconds"),
        "cold_site_s": cold_site,
        "cold_site_cpu_s": cold_site_cpu,
        "rebuild_s": rebuild,
        "rebuild_cpu_s": _total(r.rebuild, key="cpu_seconds"),
        "rebuild_share": _share(rebuild, cold),
        "rebuild_newest_s": newest,
        "rebuild_newest_cpu_s": _total(r.rebuild_newest, key="cpu_seconds"),
        "rebuild_newest_share": _share(newest, cold),
        "extract_share": _share(extract, cold),
        "rebuild_site_share": _share(_total(r.rebuild, SITE_STAGES), cold_site),
        "rebuild_site_share_cpu": _share(
            _total(r.rebuild, SITE_STAGES, "cpu_seconds"), cold_site_cpu
        ),
        "rebuild_newest_site_share": _share(_total(r.rebuild_newest, SITE_STAGES), cold_site),
        "rebuild_newest_site_share_cpu": _share(
            _total(r.rebuild_newest, SITE_STAGES, "cpu_seconds"), cold_site_cpu
        ),
        **{
            f"whole_{key}_share{suffix}": _share(m[field], whole_cold)
            for key, m in r.whole.items()
            for suffix, field, whole_cold in (
                ("", "seconds", cold_site),
                ("_cpu", "cpu_seconds", cold_site_cpu),
            )
        },
        "extract_site_share": _share(extract, cold_site),
        "extract_site_share_cpu": _share(r.cold["extract"]["cpu_seconds"], cold_site_cpu),
        "extraction_s": extraction,
        "extraction_site_share": _share(extraction, cold_site),
        "peak_mib": peak / 2**20,
        "peak_all_mib": peak_all / 2**20,
        "site_kb_article": _share(r.site_size / 1000, r.n),
        "first_query_kb": first / 1000,
        # A query that gave no results in time (``QUERY_TIMEOUT_MS``) misses the target.
        "query_kb": max(
            (math.inf if q["results"] < 0 else q["bytes"] for q in r.queries.values()),
            default=0,
        )
        / 1000,
        "page_kb": page / 1000,
        "fonts_kb": fonts / 1000,
    }
    for name, anchor in r.anchors.items():
        out[f"vs_{name}"] = _share(cold_site, anchor["seconds"])
        out[f"vs_{name}_cpu"] = _share(cold_site_cpu, anchor["cpu_seconds"])
    if "hugo" in r.anchors:
        hugo = r.anchors["hugo"]
        out["vs_hugo_alone"] = _share(cold_site, hugo["hugo_seconds"])
        out["vs_hugo_alone_cpu"] = _share(cold_site_cpu, hugo["hugo_cpu_seconds"])
    return out


def _verdict(value: float, target: float) -> str:
    return "ok" if value <= target else "MISSED"


def check(label: str, value: float, target: float, fmt: str, cpu: float | None = None) -> str:
    """A target's line: the wall-time figure, the CPU-time one when given, the target
    and whether each is met."""
    cpu_text = format(cpu, fmt) if cpu is not None else ""
    verdict = _verdict(value, target)
    if cpu is not None:
        verdict += f" / {_verdict(cpu, target)}"
    return f"{label:<44}{format(value, fmt):>9}{cpu_text:>9}  <= {format(target, fmt):<7} {verdict}"


def story_row(cold: dict[str, Any], rebuild: dict[str, Any], newest: dict[str, Any]) -> str:
    """The stage table's row of the clustering, within the extract stage (not added to
    the total): wall and CPU seconds, the memory it adds to the stage's process (in the
    peak column, with a +) and that process's resident set at its peak."""
    s, rb, nw = cold["steps"], rebuild.get("steps", {}), newest.get("steps", {})
    return (
        f"{'  stories':<10}{s['stories']:>9.1f}{s['stories_cpu']:>12.1f}"
        f"{'+' + format(s['stories_mib'], '.0f'):>10}{s['stories_peak_mib']:>14.0f}"
        f"{rb.get('stories', 0):>11.1f}{rb.get('stories_cpu', 0):>15.1f}"
        f"{nw.get('stories', 0):>13.1f}{nw.get('stories_cpu', 0):>14.1f}"
    )


def story_lines(stories: dict[str, Any]) -> list[str]:
    """How many stories, their sizes, and the largest with their dates and languages."""
    sizes = ", ".join(f"{size}: {count:,}" for size, count in stories.get("sizes", {}).items())
    lines = [
        f"stories: {stories.get('count', 0):,}, {stories.get('reported_more_than_once', 0):,} "
        f"of two articles or more; articles: stories {sizes}"
    ]
    for story in stories.get("largest_stories", ()):
        span = " to ".join(dict.fromkeys(d for d in (story["start"], story["end"]) if d))
        lines.append(
            f"  {story['articles']} articles, {span or 'undated'}, "
            f"{'+'.join(story['languages'])}, {story['outlets']} outlets: {story['slug']}"
        )
    return lines


def table(r: Result) -> str:
    s = summary(r)
    rows = [
        f"## N = {r.n} ({r.published} published; pages fa/ar/en "
        f"{'/'.join(str(r.pages.get(e, 0)) for e in EDITIONS)}; site {r.site_size / 1e6:.1f} MB)",
        "",
    ]
    rows.append(
        f"{'stage':<10}{'cold s':>9}{'cold CPU s':>12}{'peak MiB':>10}{'max proc MiB':>14}"
        f"{'rebuild s':>11}{'rebuild CPU s':>15}{'newest fa s':>13}{'newest CPU s':>14}"
    )
    for name, m in r.cold.items():
        rb, nw = r.rebuild.get(name, {}), r.rebuild_newest.get(name, {})
        rows.append(
            f"{name:<10}{m['seconds']:>9.1f}{m['cpu_seconds']:>12.1f}{m['peak_tree_rss'] / 2**20:>10.0f}"
            f"{m['max_process_rss'] / 2**20:>14.0f}{rb.get('seconds', 0):>11.1f}{rb.get('cpu_seconds', 0):>15.1f}"
            f"{nw.get('seconds', 0):>13.1f}{nw.get('cpu_seconds', 0):>14.1f}"
        )
        if name == "extract" and "stories" in m.get("steps", {}):
            rows.append(story_row(m, rb, nw))
    rows.append(
        f"{'total':<10}{s['cold_s']:>9.1f}{s['cold_cpu_s']:>12.1f}{s['peak_mib']:>10.0f}{'':>14}"
        f"{s['rebuild_s']:>11.1f}{s['rebuild_cpu_s']:>15.1f}"
        f"{s['rebuild_newest_s']:>13.1f}{s['rebuild_newest_cpu_s']:>14.1f}"
    )
    extract_steps, editions = (
        r.cold["extract"].get("steps", {}),
        r.cold.get("mkdocs", {}).get("steps", {}),
    )
    if extract_steps:
        rows.append(
            f"extract stage: extraction {s['extraction_s']:.1f} s (from the process's start), "
            f"render Markdown {extract_steps.get('render', 0):.1f} s"
        )
    if r.stories:
        rows += story_lines(r.stories)
    books = r.cold.get("pdf", {}).get("steps", {})
    if books:
        rows.append(
            f"pdf stage: the book's plan {books.get('plan', 0):.1f} s, the books "
            f"{books.get('books', 0):.1f} s; {books.get('book_articles', 0):.0f} articles an "
            f"edition, {books.get('book_stories', 0):.0f} stories of two or more"
        )
    if editions:
        rows.append(
            "mkdocs per edition (built side by side): "
            + ", ".join(f"{ed} {sec:.1f} s" for ed, sec in sorted(editions.items()))
        )
    if r.size:
        z = r.size
        rows.append(
            f"size: {z['bytes'] / 1e6:,.1f} MB ({z['fixed_bytes'] / 1e6:,.2f} MB assets stored "
            f"once), {z['bytes_per_article'] / 1e3:,.1f} KB an article; projected to "
            f"{z['projected_articles']:,} articles {z['projected_bytes'] / 1e6:,.0f} MB; "
            f"{z['articles_within_limit']:,} articles fit in {z['limit_bytes'] / 1e6:,.0f} MB"
        )
        for edition, sizes in z["editions"].items():
            rows.append(
                f"  {edition}: "
                + ", ".join(f"{part} {b / 1e6:,.1f} MB" for part, b in sizes.items())
            )
    rows += ["", f"{'build of the same pages':<44}{'wall s':>9}{'CPU s':>9}{'peak MiB':>10}"]

    def build_row(label: str, wall: float, cpu: float, peak: float, note: str = "") -> str:
        return f"{label:<44}{wall:>9.1f}{cpu:>9.1f}{peak / 2**20:>10.0f}  {note}".rstrip()

    site_peak = max((r.cold[n]["peak_tree_rss"] for n in SITE_STAGES if n in r.cold), default=0)
    rows.append(
        build_row(
            "ours: site (extract + mkdocs + search)",
            s["cold_site_s"],
            s["cold_site_cpu_s"],
            site_peak,
        )
    )
    for key, label in (("old", "old article"), ("newest", "newest fa seed")):
        if key in r.whole:
            m = r.whole[key]
            rows.append(
                build_row(
                    f"ours: build_site.py rebuild ({label})",
                    m["seconds"],
                    m["cpu_seconds"],
                    m["peak_tree_rss"],
                    "one process, --no-pdf",
                )
            )
    if "pdf" in r.cold:
        pdf = r.cold["pdf"]
        rows.append(
            build_row("ours: books", pdf["seconds"], pdf["cpu_seconds"], pdf["peak_tree_rss"])
        )
    if "hugo" in r.anchors:
        a = r.anchors["hugo"]
        rows.append(
            build_row(
                ANCHORS["hugo"],
                a["seconds"],
                a["cpu_seconds"],
                a["peak_tree_rss"],
                f"{a['pages']['fa']} pages a language, {a['search_pages']['fa']} indexed; {a['version']}",
            )
        )
        rows.append(
            build_row(
                "  Hugo alone",
                a["hugo_seconds"],
                a["hugo_cpu_seconds"],
                a["hugo_peak_tree_rss"],
                "(no target)",
            )
        )
        rows.append(
            build_row(
                "  Pagefind alone",
                a["pagefind_seconds"],
                a["pagefind_cpu_seconds"],
                a["pagefind_peak_tree_rss"],
            )
        )
    if "mkdocs" in r.anchors:
        a = r.anchors["mkdocs"]
        rows.append(
            build_row(
                ANCHORS["mkdocs"],
                a["seconds"],
                a["cpu_seconds"],
                a["peak_tree_rss"],
                f"{a['pages']['fa']} articles a language; one search index of "
                f"{a['search_index'] / 1e6:.1f} MB, loaded whole",
            )
        )
    rows += ["", f"{'target':<44}{'wall':>9}{'CPU':>9}  target"]
    if "hugo" in r.anchors:
        rows.append(
            check(
                "site / (Hugo + Pagefind)",
                s["vs_hugo"],
                TARGETS["vs_hugo"],
                ".2f",
                s["vs_hugo_cpu"],
            )
        )
    if "mkdocs" in r.anchors:
        rows.append(
            check(
                "site / (MkDocs + Material + static-i18n)",
                s["vs_mkdocs"],
                TARGETS["vs_mkdocs"],
                ".2f",
                s["vs_mkdocs_cpu"],
            )
        )
    if "hugo" in r.anchors:
        rows.append(
            f"{'site / Hugo alone (no target)':<44}{s['vs_hugo_alone']:>9.2f}{s['vs_hugo_alone_cpu']:>9.2f}"
        )
    rows.append(
        check(
            "site: rebuild / cold (old article)",
            s["rebuild_site_share"],
            TARGETS["rebuild_share"],
            ".2f",
            s["rebuild_site_share_cpu"],
        )
    )
    rows.append(
        check(
            "site: rebuild / cold (newest fa seed)",
            s["rebuild_newest_site_share"],
            TARGETS["rebuild_share"],
            ".2f",
            s["rebuild_newest_site_share_cpu"],
        )
    )
    for key, label in (("old", "old"), ("newest", "newest fa")):
        if key in r.whole:
            rows.append(
                check(
                    f"site: build_site.py rebuild / cold ({label})",
                    s[f"whole_{key}_share"],
                    TARGETS["rebuild_share"],
                    ".2f",
                    s[f"whole_{key}_share_cpu"],
                )
            )
    rows.append(
        check(
            "site: extract stage / cold",
            s["extract_site_share"],
            TARGETS["extract_share"],
            ".2f",
            s["extract_site_share_cpu"],
        )
    )
    rows.append(
        check(
            "site: extraction (no Markdown) / cold",
            s["extraction_site_share"],
            TARGETS["extract_share"],
            ".2f",
        )
    )
    if "pdf" in r.cold:
        rows.append(
            check(
                "with books: rebuild / cold (old article)",
                s["rebuild_share"],
                TARGETS["rebuild_share"],
                ".2f",
            )
        )
        rows.append(
            check(
                "with books: rebuild / cold (newest fa)",
                s["rebuild_newest_share"],
                TARGETS["rebuild_share"],
                ".2f",
            )
        )
        rows.append(
            check("with books: extract / cold", s["extract_share"], TARGETS["extract_share"], ".2f")
        )
    rows.append(
        check("peak memory MiB (cold and rebuilds)", s["peak_all_mib"], TARGETS["peak_mib"], ".0f")
    )
    rows.append(
        check(
            "site KB an article (1 GB at 20,000: 50)",
            s["site_kb_article"],
            TARGETS["site_kb_article"],
            ".0f",
        )
    )
    rows.append(
        check(
            "first query KB, browser (worst query)", s["query_kb"], TARGETS["first_query_kb"], ".0f"
        )
    )
    rows.append(
        check(
            "first query KB, model (largest chunks)",
            s["first_query_kb"],
            TARGETS["first_query_kb"],
            ".0f",
        )
    )
    rows.append(
        check("article page KB gz, before fonts (max)", s["page_kb"], TARGETS["page_kb"], ".0f")
    )
    rows.append(check("fonts KB per edition (max)", s["fonts_kb"], TARGETS["fonts_kb"], ".0f"))
    rows.append(f"{'pagefind index total MB':<44}{r.search.get('index_total', 0) / 1e6:>9.1f}")
    for lang in EDITIONS:
        if lang in r.search:
            q = r.search[lang]
            rows.append(
                f"  first query {lang}: entry+js {q['entry_and_js'] / 1000:.0f} + meta {q['meta'] / 1000:.0f}"
                f" + wasm {q['wasm'] / 1000:.0f} + chunks {q['largest_chunk'] / 1000:.0f}"
                f" + {FIRST_RESULTS} fragments {q['fragments'] / 1000:.0f} KB"
                f" ({q['indexes']} indexes: {q['shards']} article shards and the pages';"
                f" {q['chunks']} chunks)"
            )
    for query, q in r.queries.items():
        rows.append(
            f"  browser {query}: {q['bytes'] / 1000:.0f} KB in {q['requests']} requests"
            f" ({q['after_typing'] / 1000:.0f} KB after typing), {q['results']} results"
        )
    return "\n".join(rows) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, help="corpus sizes (default 100 1000)")
    parser.add_argument("--with-10000", action="store_true", help="also N=10,000 (long)")
    parser.add_argument("--no-pdf", action="store_true", help="skip the PDF stage")
    parser.add_argument(
        "--anchors",
        default="hugo,mkdocs",
        help="the anchors to build, comma-separated: hugo (Hugo + Pagefind), mkdocs "
        "(MkDocs + Material + mkdocs-static-i18n); default both",
    )
    parser.add_argument("--no-anchors", action="store_true", help="build no anchor")
    parser.add_argument("--json", type=Path, help="write every measure to this file")
    parser.add_argument("--keep", type=Path, help="keep the work folders under this folder")
    parser.add_argument("--stage", nargs=2, metavar=("NAME", "WORK"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.stage:
        stage(args.stage[0], Path(args.stage[1]))
        return 0
    anchors = [] if args.no_anchors else [a for a in args.anchors.split(",") if a]
    unknown = set(anchors) - set(ANCHORS)
    if unknown:
        parser.error(
            f"unknown anchor {', '.join(sorted(unknown))}: choose from {', '.join(ANCHORS)}"
        )
    sizes = args.sizes or [100, 1000]
    if args.with_10000 and 10000 not in sizes:
        sizes.append(10000)
    stages = ["extract", "mkdocs", "search"] + ([] if args.no_pdf else ["pdf"])
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    if "mkdocs" in anchors:  # installed before any timing
        sys.path.insert(0, str(BENCH))
        from anchors import ensure_venv

        ensure_venv(log)
    results = []
    for n in sizes:
        result = bench_one(n, stages, anchors, args.keep)
        results.append(result)
        print(table(result), flush=True)
        if args.json:
            args.json.write_text(
                json.dumps([{**asdict(r), "summary": summary(r)} for r in results], indent=2)
                + "\n",
                encoding="utf-8",
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
