"""Story pages found by search: each edition's index of its generated pages holds its
story pages (their headline and merged points), so a query for a word of a story's
headline lists its page, which opens in the reader's edition.

The session's real build of the seeds (``site_fixtures``: one story of four articles,
000-003), served under a sub-path, queried in Chromium at a desktop's and a phone's width.
"""

from __future__ import annotations

import gzip
import html as htmllib
import json
import re
import urllib.parse
from pathlib import Path
from typing import Any

import pytest

pytest.register_assert_rewrite("site_fixtures")
from site_fixtures import DIRS, SEARCH_TIMEOUT_MS, Server  # noqa: E402

pytest_plugins = ["site_fixtures"]

WIDTHS = (1366, 390)  # a desktop's and a phone's

# A word of the story's headline in each edition: as typed, as the headline writes it.
HEADLINE_WORDS = [
    # fa: the headline is the Persian article's title (Ayaz Sadiq on shared challenges).
    ("fa", "مشترکی", "مشترکی"),
    # ar: the headline is the best Arabic article's title (Iran-Pakistan cooperation).
    ("ar", "يسهم", "يسهم"),
    # ar: the same word typed in Persian letters (ی for ي) finds it too.
    ("ar", "یسهم", "يسهم"),
]


# The heading of the pages a query lists names the stories, in the edition's words.
STORIES = {"fa": "رویدادها", "ar": "الأحداث"}


@pytest.fixture(scope="module")
def story_slug(site_dir: Path) -> str:
    (folder,) = (site_dir / "fa" / "stories").iterdir()
    return folder.name


def headline(site_dir: Path, edition: str, slug: str) -> str:
    html = (site_dir / edition / "stories" / slug / "index.html").read_text(encoding="utf-8")
    return re.sub(r"<[^>]+>", "", re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)[1])


def pages_listed(page: Any) -> list[str]:
    return [
        urllib.parse.unquote(h)
        for h in page.eval_on_selector_all(
            ".akhbar-search-pages:not([hidden]) a", "els => els.map(a => a.href)"
        )
    ]


@pytest.mark.browser
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("edition", "query", "written"), HEADLINE_WORDS)
def test_a_word_of_a_storys_headline_lists_its_page_which_opens_in_the_edition(
    page: Any,
    site_server: Server,
    site_dir: Path,
    story_slug: str,
    edition: str,
    query: str,
    written: str,
    width: int,
) -> None:
    assert written in headline(site_dir, edition, story_slug)
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(site_server.url(f"{edition}/search/"))
    page.locator("#akhbar-search-input").fill(query)
    page.wait_for_function(
        "q => document.getElementById('akhbar-search').dataset.done"
        " && document.getElementById('akhbar-search-input').value === q",
        arg=query,
        timeout=SEARCH_TIMEOUT_MS,
    )
    story_url = site_server.base + f"{edition}/stories/{story_slug}/"
    assert story_url in pages_listed(page), pages_listed(page)
    assert STORIES[edition] in page.inner_text(".akhbar-search-pages h2")
    link = page.locator(".akhbar-search-pages a").nth(pages_listed(page).index(story_url))
    # Listed under its headline, in the headline's language.
    assert written in link.inner_text()
    with page.expect_navigation() as navigation:
        link.click()
    assert navigation.value.status == 200
    assert urllib.parse.unquote(page.url) == story_url
    assert page.evaluate("document.documentElement.lang") == edition
    assert page.evaluate("document.documentElement.dir") == DIRS[edition]
    assert (
        page.locator("h1").first.inner_text().strip()
        == headline(site_dir, edition, story_slug).strip()
    )
    if width == 390:
        assert page.evaluate("document.documentElement.scrollWidth <= innerWidth")


def _fragments(bundle: Path) -> dict[str, dict[str, Any]]:
    """The pages of an index, by URL: Pagefind's fragments (gzip'd JSON after a header)."""
    found = {}
    for path in (bundle / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(path.read_bytes())
        fragment = json.loads(data[data.index(b"{") :])
        found[urllib.parse.unquote(fragment["url"])] = fragment
    return found


@pytest.mark.parametrize("edition", ["fa", "ar", "en"])
def test_each_editions_page_index_holds_its_story_page_headline_and_points_only(
    site_dir: Path, story_slug: str, edition: str
) -> None:
    """The story page is indexed by its headline and points: not by its card's labels,
    the outlets after each point, its quotes, figures or list of articles (the articles'
    own text, indexed with the articles)."""
    fragment = _fragments(site_dir / edition / "pagefind")[f"/stories/{story_slug}/"]
    html = (site_dir / edition / "stories" / story_slug / "index.html").read_text(encoding="utf-8")
    points = [
        htmllib.unescape(p)
        for p in re.findall(r'<li lang="\w\w" dir="\w+"><span>(.*?)</span>', html)
    ]
    assert points
    content = fragment["content"]
    assert fragment["meta"]["title"].strip() == headline(site_dir, edition, story_slug).strip()
    for point in points:
        assert point in content, point
    quotes = [
        htmllib.unescape(q)
        for q in re.findall(r'<blockquote class="akhbar-quote"><p[^>]*>(.*?)</p>', html)
    ]
    assert quotes
    for quote in quotes:
        if not any(
            quote in p for p in [*points, fragment["meta"]["title"]]
        ):  # a point may quote one
            assert quote not in content, quote
