"""An actor's «What they said»: each distinct quote once, with every article of the page
that reports it, and the quotes one set of articles reports under one line of sources:
the model (``akhbar.site_data.SiteData.quotes_by``) and the session's real build."""

from __future__ import annotations

import html as html_lib
import re
import urllib.parse
from pathlib import Path

import pytest

pytest.register_assert_rewrite("site_fixtures")
from site_fixtures import EDITIONS  # noqa: E402

from akhbar.site_data import SiteData  # noqa: E402

pytest_plugins = ["site_fixtures"]


def _record(slug: str, *quotes: tuple[str, str]) -> dict:
    return {"slug": slug, "quotes": [{"speaker": s, "text": t} for s, t in quotes]}


def _data() -> SiteData:
    return SiteData(articles=[], by_actor={}, by_topic={}, by_source={}, by_month={})


def test_one_article_quoting_a_speaker_twice_is_one_group() -> None:
    a = _record("a", ("x", "one"), ("y", "not x"), ("x", "two"))
    assert _data().quotes_by("x", [a]) == [(["one", "two"], [a])]


def test_the_same_words_in_two_articles_are_shown_once_with_both() -> None:
    a = _record("a", ("x", "shared"), ("x", "only a"))
    b = _record("b", ("x", "shared"))
    c = _record("c", ("x", "only c"), ("x", "shared"))
    groups = _data().quotes_by("x", [a, b, c])
    assert groups == [(["shared"], [a, b, c]), (["only a"], [a]), (["only c"], [c])]
    # Every quote of every article is still there, each once.
    texts = [t for texts, _ in groups for t in texts]
    assert sorted(texts) == sorted(set(texts)) == ["only a", "only c", "shared"]


def test_an_article_listed_twice_counts_once() -> None:
    a = _record("a", ("x", "said"), ("x", "said"))
    assert _data().quotes_by("x", [a, a]) == [(["said"], [a])]


def test_nothing_said_is_no_group() -> None:
    assert _data().quotes_by("x", [_record("a", ("y", "z")), {"slug": "b"}]) == []


# --- the built site -------------------------------------------------------------------

SAID_RE = re.compile(r'<section class="akhbar-said">(.*?)</section>', re.S)
BLOCK_RE = re.compile(r"<blockquote[^>]*>(.*?)</blockquote>", re.S)
TEXT_RE = re.compile(r"<p [^>]*>(.*?)</p>", re.S)
LINK_RE = re.compile(r'<a href="([^"]*)"')


@pytest.mark.parametrize("edition", EDITIONS)
def test_said_sections_show_each_quote_once_and_lead_to_its_articles(
    site_dir: Path, articles: dict, edition: str
) -> None:
    # What each actor said, by the articles' front matter: (speaker, text) -> slugs.
    said: dict[tuple[str, str], set[str]] = {}
    for record in articles.values():
        for quote in record.get("quotes") or ():
            if quote.get("speaker"):
                said.setdefault((quote["speaker"], quote["text"]), set()).add(record["slug"])
    seen = 0
    for page in sorted((site_dir / edition / "actors").glob("*/index.html")):
        actor = page.parent.name
        section = SAID_RE.search(page.read_text(encoding="utf-8"))
        if section is None:
            continue
        texts = []
        for block in BLOCK_RE.findall(section.group(1)):
            quoted = [html_lib.unescape(t) for t in TEXT_RE.findall(block)]
            footer = block[block.index("<footer>") :]
            slugs = {
                urllib.parse.unquote(href).rstrip("/").rsplit("/", 1)[-1]
                for href in LINK_RE.findall(footer)
            }
            assert quoted
            assert slugs
            for text in quoted:
                # The sources shown are the articles that report these words.
                assert slugs <= said[(actor, text)], (actor, text)
            texts += quoted
        assert len(texts) == len(set(texts)), f"a quote shown twice on {page}"
        seen += len(texts)
    assert seen, "no actor page of the seeds shows what they said"
