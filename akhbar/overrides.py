"""Editor overrides: ``seeds/<name>.yml`` beside ``seeds/<name>.txt``.

An override wins over extraction and survives every rebuild because it lives beside the
seed, not in the generated output.  Keys and their types:

=================  ==========================  ===============================
key                type                        effect
=================  ==========================  ===============================
title              string                      replaces the title
kicker             string                      replaces the kicker
date               YYYY-MM-DD                  replaces the date
source             source slug                 replaces the source
byline             string                      replaces the byline
slug               [\\w-]+ (no / or ..)        replaces the page slug
key_points         list of 1-7 strings         replaces the key points
actors_add         list of actor slugs         added to the actors
actors_remove      list of actor slugs         removed from the actors
topics             list of topic slugs         replaces the topics (score 1.0)
=================  ==========================  ===============================

Anything else is an error naming the file and the key; the article is then published
without the override and the build report says so.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

import yaml

from akhbar.errors import OverrideError
from akhbar.model import Article, TopicScore
from akhbar.text import strip_invisible


class _Loader(yaml.SafeLoader):
    """SafeLoader that keeps dates as strings, so «2025-13-45» is a clear error, not a crash."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

_SLUG_RE = re.compile(r"^[\w][\w-]{0,99}$")
_STRING_KEYS = ("title", "kicker", "source", "byline", "slug")
_LIST_KEYS = ("key_points", "actors_add", "actors_remove", "topics")
KEYS = frozenset((*_STRING_KEYS, "date", *_LIST_KEYS))
MAX_KEY_POINTS = 7


def parse_override(data: bytes, path: str) -> dict[str, Any]:
    """Parse and validate an override file; raise :class:`OverrideError` naming the key."""
    try:
        loaded = yaml.load(data.decode("utf-8-sig"), Loader=_Loader)
    except UnicodeDecodeError as exc:
        raise OverrideError(path, "", f"not UTF-8 (byte {exc.start})") from None
    except yaml.YAMLError as exc:
        raise OverrideError(path, "", f"invalid YAML: {exc}".replace("\n", " ")) from None
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        raise OverrideError(path, "", f"expected a mapping of keys, got {type(loaded).__name__}")
    result: dict[str, Any] = {}
    for key, value in loaded.items():
        if key not in KEYS:
            raise OverrideError(
                path, str(key), f"unknown key; known keys: {', '.join(sorted(KEYS))}"
            )
        result[key] = _check(path, key, value)
    return result


def _check(path: str, key: str, value: Any) -> Any:
    if key == "date":
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value.strip()).isoformat()
            except ValueError:
                pass
        raise OverrideError(path, key, f"expected a date YYYY-MM-DD, got {value!r}")
    if key in _STRING_KEYS:
        if not isinstance(value, str) or not value.strip():
            raise OverrideError(path, key, f"expected a non-empty string, got {value!r}")
        value = strip_invisible(value).strip() if key == "slug" else value.strip()
        if key == "slug" and (not _SLUG_RE.match(value) or ".." in value):
            raise OverrideError(
                path, key, f"{value!r} is not a slug (letters, digits and '-', no '/' or '..')"
            )
        return value
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise OverrideError(path, key, f"expected a list of strings, got {value!r}")
    if key == "key_points" and not 1 <= len(value) <= MAX_KEY_POINTS:
        raise OverrideError(
            path, key, f"expected 1 to {MAX_KEY_POINTS} key points, got {len(value)}"
        )
    return [v.strip() for v in value]


def apply_override(article: Article, override: dict[str, Any]) -> Article:
    """Return *article* with the override's fields applied (overrides win)."""
    changes: dict[str, Any] = {}
    for key in ("title", "kicker", "source", "byline", "slug"):
        if key in override:
            changes[key] = override[key]
    if "title" in override:
        changes["title_origin"] = "override"
    if "date" in override:
        changes["date"], changes["date_origin"] = override["date"], "override"
    if "key_points" in override:
        changes["key_points"] = tuple(override["key_points"])
        changes["key_points_origin"] = "override"
    if "actors_add" in override or "actors_remove" in override:
        remove = set(override.get("actors_remove", ()))
        actors = [a for a in article.actors if a not in remove]
        actors += [a for a in override.get("actors_add", ()) if a not in actors and a not in remove]
        changes["actors"] = tuple(actors)
    if "topics" in override:
        changes["topics"] = tuple(TopicScore(t, 1.0) for t in override["topics"])
    return replace(article, **changes)
