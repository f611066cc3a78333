"""Front matter and body of every ``docs/articles/*.md``, each file parsed once.

Every edition's ``mkdocs build`` needs every article's front matter, and YAML costs ~1 ms
an article.  The parsed form is kept in a JSON store beside the extraction cache, keyed
by the sha256 of each file's bytes: the build reads the articles once before the
editions start (parsing only new and changed files), and each edition then finds every
file in the store.  A file's entry is stored only when JSON gives back exactly what YAML
parsed (a hand-written ``date: 2025-11-27`` is a date object and is parsed every time);
a store that cannot be read is ignored and written again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from mkdocs.utils.meta import YAML_RE, get_data

from akhbar.cache import read_store, write_store
from akhbar.settings import Settings

Entry = tuple[dict[str, Any], str | None]  # (front matter, Markdown body; None: _body_of)


def store_for(folder: Path, settings: Settings) -> Path | None:
    """Where the parsed articles of *folder* are kept (None when caching is off)."""
    return settings.cache_store("front-matter", folder)


def _load(store: Path | None) -> dict[str, Entry]:
    try:
        return {key: (meta, body) for key, (meta, body) in read_store(store).items()}
    except (ValueError, TypeError):
        return {}


def _save(store: Path, entries: dict[str, Entry]) -> None:
    write_store(store, entries)  # editions may read or write it at the same time


def _storable(entry: Entry) -> bool:
    try:
        return json.loads(json.dumps(entry)) == list(entry)
    except (TypeError, ValueError):
        return False


def read_articles(folder: Path, store: Path | None) -> list[tuple[Path, dict[str, Any], str, str]]:
    """(path, front matter, body, sha256 of the file) of every ``*.md`` in *folder*, in
    name order."""
    return list(iter_articles(folder, store))


def iter_articles(
    folder: Path, store: Path | None
) -> Iterator[tuple[Path, dict[str, Any], str, str]]:
    """``read_articles`` one file at a time: a body is not held once the next file is
    read (the store is written when the last file has been read)."""
    known = _load(store)  # the entries not yet seen: those left are of removed files
    kept: dict[str, Entry] = {}
    added = False
    for path in sorted(folder.glob("*.md")):
        data = path.read_bytes()
        key = hashlib.sha256(data).hexdigest()
        entry = known.pop(key, None)
        text = data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")  # as read_text
        if entry is None:
            markdown, meta = get_data(text)
            # The body is stored only when it is not the text after the front matter
            # (``_body_of``), as every file the build writes has it: the store holds the
            # parsed front matter, not a second copy of the articles.
            entry = (meta, None if markdown == _body_of(text) else markdown)
            if _storable(entry):
                kept[key], added = entry, True
        else:
            kept[key] = entry
        meta, markdown = entry
        yield path, meta, _body_of(text) if markdown is None else markdown, key
    if store is not None and (added or known):
        _save(store, kept)


def _body_of(text: str) -> str:
    """What ``get_data`` leaves of *text* whose front matter is a mapping: the text after
    it, its blank lines first cut off."""
    if match := YAML_RE.match(text):
        return text[match.end() :].lstrip("\n")
    return text


def read_bodies(folder: Path, slugs: list[str]) -> dict[str, tuple[str, str]]:
    """``{slug: (Markdown body, sha256 of the file)}`` of ``<folder>/<slug>.md``, front
    matter cut off unparsed (the records come from the plan, ``akhbar.plan``): the body
    is what ``mkdocs.utils.meta.get_data`` leaves of a file whose front matter is a
    mapping, as every file ``akhbar.build.write_docs`` writes has."""
    out = {}
    for slug in slugs:
        data = (folder / f"{slug}.md").read_bytes()
        text = data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")  # as read_text
        out[slug] = (_body_of(text), hashlib.sha256(data).hexdigest())
    return out
