"""Extraction cache: unchanged articles cost nothing on a rebuild.

An entry is keyed by the sha256 of the seed's name and bytes, its override's bytes, the
knowledge files' version and the code's version (every ``akhbar/*.py`` file), so any
change to what extraction depends on misses the cache.  Entries are JSON (never pickle:
a cache folder is no place for executable data) and are written atomically.
"""

from __future__ import annotations

import hashlib
import json
import os
import re._compiler
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any

from akhbar.model import Article, Figure, Quote, Section, TopicScore

PACKAGE = Path(__file__).resolve().parent


@cache
def code_version() -> str:
    return files_digest(PACKAGE, "*.py")


def files_digest(folder: Path, pattern: str) -> str:
    """sha256 over the files of *folder* matching *pattern* (a glob; ``**/*`` for all):
    each file's path below *folder* and its bytes, in path order."""
    paths = sorted(p for p in folder.glob(pattern) if p.is_file())
    return paths_digest(folder, [p.relative_to(folder).as_posix() for p in paths])


def paths_digest(folder: Path, names: Iterable[str]) -> str:
    """sha256 over the files *names* (paths below *folder*, in the order given): each
    one's path and its bytes."""
    digest = hashlib.sha256()
    for name in names:
        digest.update(name.encode() + b"\0" + (folder / name).read_bytes())
    return digest.hexdigest()


def cache_key(name: str, data: bytes, override: bytes, knowledge_version: str) -> str:
    """Key of one seed's extraction (its name is part of it: messages name the file)."""
    digest = hashlib.sha256()
    for part in (
        name.encode(),
        data,
        override,
        knowledge_version.encode(),
        code_version().encode(),
    ):
        digest.update(hashlib.sha256(part).digest())
    return digest.hexdigest()


def article_from_dict(data: dict[str, Any]) -> Article:
    """Inverse of ``dataclasses.asdict`` for :class:`Article`."""
    data = dict(data)
    data["sections"] = tuple(
        Section(s["heading"], tuple(s["paragraphs"])) for s in data["sections"]
    )
    data["figures"] = tuple(Figure(**f) for f in data["figures"])
    data["quotes"] = tuple(Quote(**q) for q in data["quotes"])
    data["topics"] = tuple(TopicScore(**t) for t in data["topics"])
    for key in ("key_points", "actors", "roles", "warnings"):
        data[key] = tuple(data.get(key, ()))
    return Article(**data)


def share_charsets() -> None:
    """From now on in this process, optimise each distinct character class of a regular
    expression once, not once for every time a pattern writes it.

    The extraction's patterns spell Persian and Arabic words loosely
    (``text.loose_pattern``: a class of each letter's forms, then one of harakat), tens
    of thousands of classes in a few hundred patterns, of ~250 distinct ones.  CPython
    optimises every class anew when it compiles, and a class of letters past Latin-1
    costs it a map of 65,536 entries: ~0.65 s of the ~0.9 s the extraction's modules
    took to import, in every process that extracts (a rebuild of one article pays it
    all).  The optimisation is a pure function of the class and the flags' case
    functions, so its result is kept by them; the compiled patterns are the same."""
    optimise = getattr(re._compiler, "_optimize_charset", None)
    if optimise is None or getattr(optimise, "shared", False):
        return  # another Python's compiler, or shared already
    re._compiler._optimize_charset = _shared_charsets(optimise)


def _shared_charsets(optimise: Callable[..., Any]) -> Callable[..., Any]:
    known: dict[Any, tuple[list[Any], bool]] = {}

    def shared(charset: list[Any], *args: Any, **kwargs: Any) -> tuple[list[Any], bool]:
        if kwargs:  # not how this compiler calls it
            return optimise(charset, *args, **kwargs)
        try:
            # The case functions and the table of case fixes are the compiler's own
            # (a table is a dict: by identity).
            key = (tuple(charset), *(id(a) if isinstance(a, dict) else a for a in args))
            found = known.get(key)
        except TypeError:  # something unhashable in a class: optimised as it comes
            return optimise(charset, *args)
        if found is None:
            found = known[key] = optimise(charset, *args)
        return list(found[0]), found[1]  # a list of its own for each pattern

    shared.shared = True  # type: ignore[attr-defined]
    return shared


class ExtractionCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.hits = self.misses = 0

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict[str, Any] | None:
        try:
            entry = json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.misses += 1
            return None
        self.hits += 1
        return entry

    def put(self, key: str, entry: dict[str, Any]) -> None:
        write_atomic(self._path(key), json.dumps(entry, ensure_ascii=False).encode("utf-8"))


def stamp(path: Path) -> list[int]:
    """A file's size and modification time (ns): a file whose stamp is the one recorded
    is taken to be the file recorded, unchanged (the stores below record them)."""
    stat = path.stat()
    return [stat.st_size, stat.st_mtime_ns]


def read_store(path: Path | None) -> dict[str, Any]:
    """A JSON mapping a build keeps for the next (a store of the cache folder,
    ``akhbar.build.cache_store``, or an edition's page keys) as a mapping: empty when
    there is none, or when it cannot be read as one (it is then written again)."""
    if path is None:
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_store(path: Path, mapping: dict[str, Any]) -> None:
    """Keep *mapping* for the next build (``read_store``), as sorted JSON written whole:
    editions and workers may read it while it is written."""
    write_atomic(path, json.dumps(mapping, ensure_ascii=False, sort_keys=True).encode("utf-8"))


def write_atomic(path: Path, data: bytes) -> None:
    """Write *data* to *path* through a temporary file renamed over it: a reader (another
    edition, a worker, the next build after a crash) sees the old file or the new one,
    never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
