"""Editorial knowledge: actors, roles, sources and topics, loaded and validated once.

The four YAML files in ``knowledge/`` are data an editor changes without touching code.
``load_knowledge`` reads them with YAML's safe loader, checks every entry (unknown keys,
wrong types, bad slugs and dates, duplicates, references to unknown roles, one alias
naming two actors) and returns one frozen ``Knowledge``.  Every problem raises
``KnowledgeError`` naming the file, the entry and the key::

    knowledge/actors.yml: entry 'ali-larijani': 'type' must be one of person, organisation, state

``Knowledge.version`` is the sha256 of the four files' bytes, a cache key for later stages.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from akhbar import safe_yaml
from akhbar.errors import KnowledgeError as KnowledgeError
from akhbar.model import LANGUAGES, Actor, Names, Role, Source, Topic
from akhbar.text import fold

FILES = ("actors.yml", "roles.yml", "sources.yml", "topics.yml")
# Knowledge read by other stages, in the version too (an edit of how indexes order names,
# read by akhbar.collation, rebuilds the index pages); a folder may lack them.
VERSIONED_TOO = ("filing.yml", "stories.yml")
ACTOR_TYPES = ("person", "organisation", "state")

_SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_COUNTRY_RE = re.compile(r"[a-z]{2}")
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class Office:
    """An office as defined in roles.yml; ``Role`` records who held it when."""

    key: str
    country: str
    titles: Names
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Knowledge:
    actors: tuple[Actor, ...]
    roles: tuple[Office, ...]
    sources: tuple[Source, ...]
    topics: tuple[Topic, ...]
    version: str = ""

    def actor(self, slug: str) -> Actor | None:
        return next((a for a in self.actors if a.slug == slug), None)

    def role(self, key: str) -> Office | None:
        return next((r for r in self.roles if r.key == key), None)

    def source(self, slug: str) -> Source | None:
        return next((s for s in self.sources if s.slug == slug), None)

    def holders(self, key: str, date: str | None) -> list[Actor]:
        """Actors holding office *key* on *date* (None: those still holding it)."""
        return [a for a in self.actors if any(r.key == key and r.held_on(date) for r in a.roles)]


# -- validation helpers ----------------------------------------------------------------


class _Entry:
    """Error context for one entry of one file."""

    def __init__(self, file: str, ident: str) -> None:
        self.file = file
        self.ident = ident

    def error(self, key: str, problem: str) -> KnowledgeError:
        return KnowledgeError(f"{self.file}: entry '{self.ident}': '{key}' {problem}")

    def check_keys(self, data: dict[str, Any], required: set[str], optional: set[str]) -> None:
        for key in data:
            if key not in required | optional:
                raise self.error(str(key), "is not a known key")
        for key in sorted(required):
            if key not in data:
                raise self.error(key, "is required")

    def string(self, data: dict[str, Any], key: str, default: str | None = None) -> str:
        value = data.get(key, default)
        if not isinstance(value, str):
            raise self.error(key, "must be a string")
        return value.strip()

    def slug(self, data: dict[str, Any], key: str) -> str:
        value = self.string(data, key)
        if not _SLUG_RE.fullmatch(value):
            raise self.error(key, "must match [a-z0-9-]+")
        return value

    def country(self, data: dict[str, Any], key: str = "country") -> str:
        value = self.string(data, key, "")
        if value and not _COUNTRY_RE.fullmatch(value):
            raise self.error(key, "must be an ISO alpha-2 code in lower case, or empty")
        return value

    def date(self, data: dict[str, Any], key: str, label: str = "") -> str:
        value = data.get(key, "")
        key = label or key
        if isinstance(value, dt.date):  # YAML reads an unquoted 2025-08-05 as a date
            return value.isoformat()
        if value is None or value == "":
            return ""
        if not isinstance(value, str) or not _DATE_RE.fullmatch(value):
            raise self.error(key, "must be an ISO date YYYY-MM-DD")
        try:
            dt.date.fromisoformat(value)
        except ValueError as exc:
            raise self.error(key, "must be an ISO date YYYY-MM-DD") from exc
        return value

    def names(self, data: dict[str, Any], key: str) -> Names:
        value = data.get(key)
        if not isinstance(value, dict):
            raise self.error(key, "must be a mapping of fa, ar, en")
        for lang, name in value.items():
            if lang not in LANGUAGES:
                raise self.error(f"{key}.{lang}", "is not one of fa, ar, en")
            if not isinstance(name, str):
                raise self.error(f"{key}.{lang}", "must be a string")
        if not any(str(v).strip() for v in value.values()):
            raise self.error(key, "needs at least one name")
        return Names(**{lang: value.get(lang, "").strip() for lang in LANGUAGES})

    def strings(self, data: dict[str, Any], key: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.error(key, "must be a list of non-empty strings")
        return tuple(v.strip() for v in value)


def _entries(path: Path, label: str, id_key: str) -> list[tuple[_Entry, dict[str, Any]]]:
    try:
        data = safe_yaml.load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise KnowledgeError(f"{label}: cannot be read ({exc.strerror})") from exc
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{label}: is not valid YAML ({exc})") from exc
    if data is None:
        data = []
    if not isinstance(data, list):
        raise KnowledgeError(f"{label}: must be a list of entries")
    out: list[tuple[_Entry, dict[str, Any]]] = []
    seen: set[str] = set()
    for index, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            raise KnowledgeError(f"{label}: entry #{index}: must be a mapping")
        ident = item.get(id_key)
        entry = _Entry(label, ident if isinstance(ident, str) else f"#{index}")
        if ident in seen:
            raise entry.error(id_key, "is a duplicate")
        seen.add(str(ident))
        out.append((entry, item))
    return out


# -- one reader per file ---------------------------------------------------------------


def _read_roles(path: Path, label: str) -> tuple[Office, ...]:
    roles = []
    for entry, item in _entries(path, label, "key"):
        entry.check_keys(item, {"key", "titles"}, {"country", "aliases"})
        roles.append(
            Office(
                key=entry.slug(item, "key"),
                country=entry.country(item),
                titles=entry.names(item, "titles"),
                aliases=entry.strings(item, "aliases"),
            )
        )
    return tuple(roles)


def _read_role_terms(
    entry: _Entry, item: dict[str, Any], offices: dict[str, Office]
) -> tuple[Role, ...]:
    value = item.get("roles", [])
    if value is None:
        return ()
    if not isinstance(value, list):
        raise entry.error("roles", "must be a list")
    roles = []
    for term in value:
        if not isinstance(term, dict):
            raise entry.error("roles", "items must be mappings of key, start, end")
        for key in term:
            if key not in {"key", "start", "end"}:
                raise entry.error(f"roles.{key}", "is not a known key")
        key = term.get("key")
        if not isinstance(key, str) or key not in offices:
            raise entry.error("roles.key", f"{key!r} is not a role in roles.yml")
        start = entry.date(term, "start", "roles.start")
        end = entry.date(term, "end", "roles.end")
        if start and end and end < start:
            raise entry.error("roles.end", f"{end} is before start {start}")
        roles.append(Role(key=key, title=offices[key].titles, start=start, end=end))
    return tuple(roles)


def _read_actors(path: Path, label: str, offices: dict[str, Office]) -> tuple[Actor, ...]:
    actors = []
    for entry, item in _entries(path, label, "slug"):
        entry.check_keys(item, {"slug", "type", "names"}, {"country", "aliases", "roles"})
        kind = entry.string(item, "type")
        if kind not in ACTOR_TYPES:
            raise entry.error("type", f"must be one of {', '.join(ACTOR_TYPES)}")
        actors.append(
            Actor(
                slug=entry.slug(item, "slug"),
                type=kind,
                country=entry.country(item),
                names=entry.names(item, "names"),
                aliases=entry.strings(item, "aliases"),
                roles=_read_role_terms(entry, item, offices),
            )
        )
    return tuple(actors)


def _read_sources(path: Path, label: str) -> tuple[Source, ...]:
    sources = []
    for entry, item in _entries(path, label, "slug"):
        entry.check_keys(item, {"slug", "names"}, {"aliases", "url"})
        sources.append(
            Source(
                slug=entry.slug(item, "slug"),
                names=entry.names(item, "names"),
                aliases=entry.strings(item, "aliases"),
                url=entry.string(item, "url", ""),
            )
        )
    return tuple(sources)


def _read_topics(path: Path, label: str) -> tuple[Topic, ...]:
    topics = []
    for entry, item in _entries(path, label, "slug"):
        entry.check_keys(item, {"slug", "labels", "cues"}, {"generic"})
        by_lang = {}
        for key in ("cues", "generic"):
            cues = item.get(key, {})
            if not isinstance(cues, dict):
                raise entry.error(key, "must be a mapping of fa, ar, en to lists")
            for lang in cues:
                if lang not in LANGUAGES:
                    raise entry.error(f"{key}.{lang}", "is not one of fa, ar, en")
            by_lang[key] = {lang: entry.strings(cues, lang) for lang in LANGUAGES if lang in cues}
        topics.append(
            Topic(
                slug=entry.slug(item, "slug"),
                labels=entry.names(item, "labels"),
                cues=by_lang["cues"],
                generic=by_lang["generic"],
            )
        )
    return tuple(topics)


def _check_unique_aliases(label: str, owners: list[tuple[str, tuple[str, ...]]]) -> None:
    """One folded alias may name only one entry, or matching would be a coin toss."""
    seen: dict[str, str] = {}
    for ident, names in owners:
        for name in names:
            key = "".join(fold(name).split())
            if not key:
                continue
            if key in seen and seen[key] != ident:
                raise KnowledgeError(
                    f"{label}: entry '{ident}': 'aliases' {name!r} already names '{seen[key]}'"
                )
            seen[key] = ident


# The knowledge this process read last: another reading of the same files (by their
# version) takes it instead of parsing them again (the extraction's default sources,
# ``sources._shipped_sources``, are those of the build's knowledge).
_last_read: Knowledge | None = None


def knowledge_of(folder: Path) -> Knowledge:
    """The knowledge of *folder*: the one this process read last when the files are the
    same (``knowledge_version``), else read (``load_knowledge``)."""
    last = _last_read
    if last is not None and last.version == knowledge_version(Path(folder)):
        return last
    return load_knowledge(folder)


def load_knowledge(folder: Path) -> Knowledge:
    """Read and validate the four knowledge files in *folder*."""
    global _last_read
    folder = Path(folder)
    labels = {name: f"{folder.name}/{name}" for name in FILES}
    roles = _read_roles(folder / "roles.yml", labels["roles.yml"])
    offices = {r.key: r for r in roles}
    actors = _read_actors(folder / "actors.yml", labels["actors.yml"], offices)
    sources = _read_sources(folder / "sources.yml", labels["sources.yml"])
    topics = _read_topics(folder / "topics.yml", labels["topics.yml"])
    _check_unique_aliases(
        labels["actors.yml"],
        [(a.slug, (a.names.fa, a.names.ar, a.names.en, *a.aliases)) for a in actors],
    )
    _check_unique_aliases(
        labels["roles.yml"],
        [(r.key, (r.titles.fa, r.titles.ar, r.titles.en, *r.aliases)) for r in roles],
    )
    _check_unique_aliases(
        labels["sources.yml"],
        [(s.slug, (s.names.fa, s.names.ar, s.names.en, *s.aliases)) for s in sources],
    )
    _last_read = Knowledge(
        actors=actors,
        roles=roles,
        sources=sources,
        topics=topics,
        version=knowledge_version(folder),
    )
    return _last_read


def knowledge_version(folder: Path) -> str:
    """The sha256 of the knowledge files' names and bytes (``Knowledge.version``), without
    parsing them: what a cache key or a build fingerprint needs."""
    digest = hashlib.sha256()
    for name in FILES + VERSIONED_TOO:
        if name in VERSIONED_TOO and not (folder / name).is_file():
            continue
        digest.update(name.encode())
        digest.update((folder / name).read_bytes())
    # Persian display's spelling rules (read by akhbar.text, not by load_knowledge).
    spelling = folder / "spelling.yml"
    if spelling.is_file():
        digest.update(spelling.read_bytes())
    return digest.hexdigest()
