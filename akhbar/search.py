"""Search: each edition's Pagefind index, in shards, redone only where pages changed.

Pagefind holds everything it indexes in memory, ~0.4 MB a page whatever the page's
size (measured: 423 MB for 1,000 article pages, 610 MB for 2,069), so one run over an
edition of 10,000 articles would need ~4 GB.  An edition is therefore indexed in shards,
one Pagefind run each, one after the other; the search page merges them (Pagefind UI's
``mergeIndex``: a merged index shares the primary's wasm and adds its entry, meta and
the chunks a query needs).

Layout of ``<edition>/pagefind/``:

* the primary bundle: Pagefind's UI, its wasm, and the index of the generated pages
  (home, actors, topics, sources, timeline), which change on almost every build;
* ``articles-<k>-of-<n>/``: the index of the k-th of n shards of article pages (entry,
  meta, chunks, fragments; no UI of its own);
* ``shards.json``: the shards to merge, and the digest of the pages each was made from.

An article's shard is a hash of its folder name, modulo the number of shards
(``ceil(articles / SHARD_PAGES)``), so editing one article changes one shard.  A shard
whose pages are byte-identical to the previous build's (same digest, its folder kept
from the previous site) is not indexed again.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from akhbar.cache import paths_digest
from akhbar.errors import BuildError

BUNDLE = "pagefind"
MANIFEST = "shards.json"
ARTICLES = "articles"
SHARD_PREFIX = "articles-"
ENTRY = "pagefind-entry.json"  # every bundle has one: the mark of an index written whole
# Article pages per Pagefind run: ~700 MB at 2,000 pages (measured above), under the
# 1 GiB a build may take with its parent process.  Set AKHBAR_SEARCH_SHARD_PAGES for a
# smaller machine.
SHARD_PAGES = 2000
# What a merged shard keeps: the primary bundle serves the UI, its script and the wasm.
SHARD_FILES = (ENTRY,)
SHARD_SUFFIXES = (".pf_meta",)
SHARD_FOLDERS = ("index", "fragment", "filter")


@dataclass(frozen=True, slots=True)
class Shard:
    """One Pagefind run: its bundle folder (relative to the primary's, "" for the
    primary) and the pages it indexes (relative to the edition's folder, sorted)."""

    folder: str
    pages: tuple[str, ...]


def shard_pages() -> int:
    raw = os.environ.get("AKHBAR_SEARCH_SHARD_PAGES", "")
    if not raw:
        return SHARD_PAGES
    if not raw.isdigit() or int(raw) < 1:
        raise BuildError(f"AKHBAR_SEARCH_SHARD_PAGES must be a whole number of pages, not {raw!r}")
    return int(raw)


def _bucket(name: str, count: int) -> int:
    return int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:8], "big") % count


def plan_shards(pages: list[str], per_shard: int) -> list[Shard]:
    """Pages (``a/b/index.html`` paths) -> the primary shard, then the article shards.

    Pages under ``articles/<name>/`` go to shard ``hash(name) % k`` with
    ``k = ceil(articles / per_shard)``; every other page to the primary."""
    articles: dict[str, list[str]] = {}
    primary = []
    for page in sorted(pages):
        parts = page.split("/")
        if len(parts) > 2 and parts[0] == ARTICLES:
            articles.setdefault(parts[1], []).append(page)
        else:
            primary.append(page)
    count = math.ceil(len(articles) / per_shard)
    buckets: list[list[str]] = [[] for _ in range(count)]
    for name, files in articles.items():
        buckets[_bucket(name, count)].extend(files)
    shards = [Shard("", tuple(primary))]
    shards += [Shard(f"{SHARD_PREFIX}{k + 1}-of-{count}", tuple(sorted(b))) for k, b in enumerate(buckets) if b]
    return shards


def _pagefind_version() -> str:
    from importlib.metadata import version

    return version("pagefind")


def shard_digest(edition_dir: Path, shard: Shard, salt: str) -> str:
    """What a shard's index is made from: the pages' paths and bytes, and *salt*
    (Pagefind's version)."""
    pages = paths_digest(edition_dir, shard.pages)
    return hashlib.sha256(f"{salt}\0{pages}".encode()).hexdigest()


def _html_pages(edition_dir: Path) -> list[str]:
    return sorted(
        p.relative_to(edition_dir).as_posix()
        for p in edition_dir.rglob("*.html")
        if p.relative_to(edition_dir).parts[0] != BUNDLE
    )


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


def _run_pagefind(edition: str, edition_dir: Path, shard: Shard, output: Path, stage: Path) -> None:
    """Index *shard*'s pages, seen through a folder of hard links to them (same
    relative paths, so the same URLs), into *output*."""
    shutil.rmtree(stage, ignore_errors=True)
    for page in shard.pages:
        target = stage / page
        target.parent.mkdir(parents=True, exist_ok=True)
        os.link(edition_dir / page, target)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "pagefind", "--site", str(stage), "--output-path", str(output), "--quiet"],
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


def index_edition(edition: str, edition_dir: Path, per_shard: int) -> tuple[int, int]:
    """Index one edition's pages into ``<edition>/pagefind``; (shards indexed, shards)."""
    bundle = edition_dir / BUNDLE
    shards = plan_shards(_html_pages(edition_dir), per_shard)
    salt = f"pagefind {_pagefind_version()}"
    previous = _read_manifest(bundle / MANIFEST)
    digests = {s.folder: shard_digest(edition_dir, s, salt) for s in shards}
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
        _run_pagefind(edition, edition_dir, shard, output.resolve(), edition_dir.parent / f".search-{edition}")
        if shard.folder:
            _strip_ui(output)
        done += 1
    manifest = {
        "shards": [{"folder": s.folder, "pages": len(s.pages), "digest": digests[s.folder]} for s in shards],
    }
    (bundle / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return done, len(shards)


def index_search(out: Path, editions: tuple[str, ...], progress: Callable[[str], None]) -> None:
    """Every edition's index, one Pagefind run at a time (the peak is one shard's)."""
    per_shard = shard_pages()
    for edition in editions:
        start = time.perf_counter()
        done, total = index_edition(edition, out / edition, per_shard)
        kept = f", {total - done} unchanged" if done < total else ""
        progress(f"search: {edition} edition, {done} of {total} shards indexed{kept}, in {time.perf_counter() - start:.1f} s")
