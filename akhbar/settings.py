"""The build's settings: one frozen record, made once and passed down to every stage.

The command line makes it from the environment and its flags (``Settings.from_environment``);
the editions' MkDocs builds get it in their config (``extra.akhbar``, see
``akhbar.editions``).  This is the one module that reads ``AKHBAR_*`` variables:

=============================  ===========================================================
``AKHBAR_SITE_URL``            the published address (None: the site works where it is put)
``AKHBAR_KNOWLEDGE``           the knowledge folder (``knowledge/``)
``AKHBAR_CACHE_DIR``           the cache folder (``.cache/extract``)
``AKHBAR_NO_CACHE``            any value: no cache folder at all
``AKHBAR_LIST_PAGE_SIZE``      articles a list page shows
``AKHBAR_SEARCH_SHARD_PAGES``  articles a search shard holds, about
``AKHBAR_BOOK_ARTICLES``       articles a briefing book holds
=============================  ===========================================================
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from akhbar.errors import BuildError

ROOT = Path(__file__).resolve().parent.parent

# Lists of articles (the home page, the timeline, each actor, topic and source) show this
# many a page, newest first: the home page the newest, the others in numbered pages.
LIST_PAGE_SIZE = 100
# Articles a shard of the search index holds, about (``akhbar.search.shard_count``: at
# most 3 shards up to 3,000 articles): a rebuild indexes again only the shards whose
# articles changed.
SHARD_PAGES = 125
# Chapters of a briefing book: the newest articles (WeasyPrint takes ~0.25 s of CPU a
# chapter and edition).
BOOK_ARTICLES = 100


@dataclass(frozen=True, slots=True)
class Settings:
    """What a build may be told.  Fields in the order of the table above."""

    site_url: str | None = None
    knowledge_dir: Path = ROOT / "knowledge"
    cache_dir: Path | None = ROOT / ".cache" / "extract"
    list_page_size: int = LIST_PAGE_SIZE
    search_shard_pages: int = SHARD_PAGES
    book_articles: int = BOOK_ARTICLES

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None, **flags: Any) -> Settings:
        """The settings of the ``AKHBAR_*`` variables of *environ* (the process's when
        None), then *flags* (the command line's, by field name; None is no flag).  A
        count that is not a whole number > 0 is a BuildError naming its variable."""
        env = os.environ if environ is None else environ
        default = cls()
        cache_dir = (
            None
            if env.get("AKHBAR_NO_CACHE")
            else Path(env.get("AKHBAR_CACHE_DIR") or default.cache_dir)
        )
        settings = cls(
            site_url=env.get("AKHBAR_SITE_URL") or None,
            knowledge_dir=Path(env.get("AKHBAR_KNOWLEDGE") or default.knowledge_dir),
            cache_dir=cache_dir,
            list_page_size=_count(env, "AKHBAR_LIST_PAGE_SIZE", LIST_PAGE_SIZE, "articles"),
            search_shard_pages=_count(env, "AKHBAR_SEARCH_SHARD_PAGES", SHARD_PAGES, "pages"),
            book_articles=_count(env, "AKHBAR_BOOK_ARTICLES", BOOK_ARTICLES, "articles"),
        )
        return replace(
            settings, **{key: value for key, value in flags.items() if value is not None}
        )

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form (paths as strings), read back by ``from_dict``."""
        return {
            key: str(value) if isinstance(value, Path) else value
            for key, value in asdict(self).items()
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Settings:
        paths = {f.name for f in fields(cls) if f.name.endswith("_dir")}
        return cls(**{k: Path(v) if k in paths and v is not None else v for k, v in data.items()})

    def cache_store(self, kind: str, folder: Path) -> Path | None:
        """The cache folder's JSON store of *kind* for *folder* (None when caching is off)."""
        if self.cache_dir is None:
            return None
        name = hashlib.sha256(str(folder.resolve()).encode("utf-8")).hexdigest()[:16]
        return self.cache_dir / kind / f"{name}.json"


def _count(env: Mapping[str, str], name: str, default: int, unit: str) -> int:
    """A whole number > 0 from the variable *name*, else *default*."""
    raw = env.get(name, "")
    if not raw:
        return default
    if not raw.isdigit() or int(raw) < 1:
        raise BuildError(f"{name} must be a whole number of {unit}, not {raw!r}")
    return int(raw)
