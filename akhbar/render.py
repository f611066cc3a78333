"""Article -> front-mattered Markdown.

Front matter is written with ``yaml.safe_dump`` (never by concatenation) and read back
with ``yaml.safe_load``; the body comes from ``templates/article.md.j2`` rendered with
autoescaping, so article text is always shown as literal text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
import yaml

from akhbar import safe_yaml
from akhbar.model import DIRECTIONS, Article
from akhbar.text import BIDI_CONTROLS, ZERO_WIDTH, ZWNJ

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

# Front-matter keys in order; everything extracted is kept.
_FRONT_MATTER_DROP = frozenset({"sections"})


def direction(lang: str) -> str:
    return DIRECTIONS.get(lang, "ltr")


@cache
def _environment(folder: str) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder),
        autoescape=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )


def front_matter(article: Article) -> dict[str, Any]:
    """The front-matter mapping of *article* (plain types only)."""
    data = asdict(article)
    for key in _FRONT_MATTER_DROP:
        data.pop(key)
    data["sections"] = [s.heading for s in article.sections if s.heading]
    return data


def dump_front_matter(data: dict[str, Any]) -> str:
    return yaml.dump(
        data, Dumper=safe_yaml.SafeDumper, allow_unicode=True, sort_keys=False, width=1000
    )


def render_article(article: Article, templates: Path = TEMPLATES) -> str:
    """The full Markdown file for *article*."""
    body = (
        _environment(str(templates))
        .get_template("article.md.j2")
        .render(a=article, direction=direction(article.lang))
    )
    return f"---\n{dump_front_matter(front_matter(article))}---\n\n{body}"


def read_front_matter(markdown: str) -> dict[str, Any]:
    """Parse the front matter back (the tests check what was written with it)."""
    if not markdown.startswith("---\n"):
        raise ValueError("no front matter")
    end = markdown.index("\n---\n", 4)
    data = safe_yaml.load(markdown[4 : end + 1])
    if not isinstance(data, dict):
        raise ValueError("front matter is not a mapping")
    return data


_SLUG_DROP_RE = re.compile(f"[{BIDI_CONTROLS}{ZERO_WIDTH}]")
_SLUG_JOIN_RE = re.compile(r"[^\w]+")
# Eight words make a readable, recognisable URL without carrying the whole headline.
SLUG_WORDS = 8


_SLUG_MARKS = str.maketrans({ZWNJ: "-", "\u0640": ""})


def slugify(text: str, max_words: int = SLUG_WORDS) -> str:
    """A readable Unicode slug: NFKC; ZWNJ -> '-'; tatweel, harakat and other marks
    dropped.  Letters stay as written: an Arabic title keeps ي/ك/ى («في», «باكستان»),
    a Persian one its ی/ک (legacy ي/ك Persian is displayed, so titled, with ی/ک)."""
    text = unicodedata.normalize("NFKC", _SLUG_DROP_RE.sub("", text))
    text = text.translate(_SLUG_MARKS)
    text = re.sub("[\u064b-\u065f\u0670]", "", text).casefold()
    words = [w for w in _SLUG_JOIN_RE.split(text.replace("_", " ")) if w]
    return "-".join(words[:max_words])
