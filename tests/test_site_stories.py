"""Stories on the built site and in the books: the seeds' one story of four (000-003,
Larijani in Islamabad) and 004 alone.

The session's real build (``site_fixtures``: ``build_site.py`` with its PDF books, served
under ``/akhbar/``), read over HTTP, in Debian's Chromium at a desktop's and a phone's
width, and its books read back with ``pdftotext`` and pypdf.
"""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import unicodedata
import urllib.parse
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

pytest.register_assert_rewrite("site_fixtures")
from site_fixtures import DIRS, EDITIONS, Server, fetch, slug_of  # noqa: E402

pytest_plugins = ["site_fixtures"]

ROOT = Path(__file__).resolve().parent.parent
STORY = ("000", "001", "002", "003")
WIDTHS = (1366, 390)  # a desktop's and a phone's
OVERFLOW_JS = "() => [document.documentElement.scrollWidth, window.innerWidth]"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def story_slug(site_dir: Path) -> str:
    (folder,) = (site_dir / "fa" / "stories").iterdir()
    return folder.name


def _time_order(records: list[dict[str, Any]]) -> list[str]:
    """Slugs dated by date, then undated by slug: a story's order."""
    return [
        r["slug"]
        for r in sorted(
            records, key=lambda r: (r.get("date") is None, r.get("date") or "", r["slug"])
        )
    ]


def _norm(text: str) -> str:
    """Letters and digits of text, as in tests/test_pdf.py (pdftotext's bidi reordering
    moves punctuation, and a lam-alef ligature reads back as alef-lam)."""
    from akhbar.text import fold

    text = re.sub(r"[\W_]+", "", fold(unicodedata.normalize("NFKC", text)))
    return re.sub("[لا]+", lambda m: "".join(sorted(m.group())), text)


# -- the pages, over HTTP --------------------------------------------------------------


def test_one_story_page_per_edition(site_dir: Path, story_slug: str, articles) -> None:
    for edition in EDITIONS:
        assert [p.name for p in (site_dir / edition / "stories").iterdir()] == [story_slug]
    # Its slug is its first article's: 001, the earliest dated.
    assert story_slug == articles["001"]["slug"]


@pytest.mark.parametrize("edition", EDITIONS)
def test_story_pages_are_not_in_the_search_index(site_dir: Path, edition: str) -> None:
    """A story's text is its articles' (found by the article index, each article page
    linking to its story): its page is not in the edition's index of pages."""
    urls = []
    for path in (site_dir / edition / "pagefind" / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(path.read_bytes())
        urls.append(json.loads(data[data.index(b"{") :])["url"])
    assert urls  # the actor, topic and source pages are indexed
    assert not [u for u in urls if "/stories/" in u]


@pytest.mark.parametrize("edition", EDITIONS)
def test_each_article_page_links_to_its_story(
    site_server: Server, story_slug: str, articles, edition: str
) -> None:
    for prefix, record in articles.items():
        _status, _type, body = fetch(site_server.url(f"{edition}/articles/{record['slug']}/"))
        linked = 'class="akhbar-story-link"' in body.decode("utf-8")
        assert linked is (prefix in STORY), prefix
        if linked:
            assert f"stories/{story_slug}/" in body.decode("utf-8")


@pytest.mark.parametrize("edition", EDITIONS)
def test_the_stories_feed(site_server: Server, story_slug: str, articles, edition: str) -> None:
    status, _type, body = fetch(site_server.url(f"{edition}/stories.xml"))
    assert status == 200
    feed = ET.fromstring(body)
    (entry,) = feed.findall(f"{ATOM}entry")
    link = entry.find(f"{ATOM}link").get("href")
    assert link == site_server.url(f"{edition}/stories/{story_slug}/")
    # Updated on its newest article's date (000, 27 November), never the clock.
    assert entry.find(f"{ATOM}updated").text == f"{articles['000']['date']}T00:00:00Z"
    assert len(entry.findall(f"{ATOM}author")) == 4


# -- what a reader sees ----------------------------------------------------------------


@pytest.fixture
def window(browser: Any, site_dir: Path, request: pytest.FixtureRequest) -> Any:
    context = browser.new_context(viewport={"width": request.param, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("window", WIDTHS, indirect=True)
@pytest.mark.parametrize("edition", EDITIONS)
def test_the_story_page(
    window: Any, site_server: Server, story_slug: str, articles, edition: str
) -> None:
    window.goto(site_server.url(f"{edition}/stories/{story_slug}/"))
    assert window.get_attribute("html", "dir") == DIRS[edition]
    scroll_width, inner_width = window.evaluate(OVERFLOW_JS)
    assert scroll_width <= inner_width, (scroll_width, inner_width)
    # The four articles, in time order: 001 (25 Nov), 000 (27 Nov), then 002, 003 (undated).
    hrefs = window.eval_on_selector_all(
        ".akhbar-story > ul.akhbar-list a", "links => links.map(a => a.href)"
    )
    assert [slug_of(h) for h in hrefs] == _time_order([articles[p] for p in STORY])
    # Its headline: an article's title in the edition's language, else the best's (Persian).
    h1 = window.locator(".md-content h1")
    assert h1.count() == 1
    assert h1.get_attribute("lang") == {"fa": "fa", "ar": "ar", "en": "fa"}[edition]
    assert h1.inner_text().strip() in {articles[p]["title"] for p in STORY}
    # Every point once; the outlets; what Larijani said, under his name.
    points = window.locator(".akhbar-story-points li")
    texts = [points.nth(i).locator("span").first.inner_text() for i in range(points.count())]
    assert len(texts) == len(set(texts)) >= 4
    assert window.locator(".akhbar-said h3").count() >= 1


@pytest.mark.browser
@pytest.mark.parametrize("window", WIDTHS, indirect=True)
@pytest.mark.parametrize("edition", EDITIONS)
def test_the_front_page_briefs_the_story_first(
    window: Any, site_server: Server, story_slug: str, articles, edition: str
) -> None:
    window.goto(site_server.url(f"{edition}/"))
    assert window.get_attribute("html", "dir") == DIRS[edition]
    scroll_width, inner_width = window.evaluate(OVERFLOW_JS)
    assert scroll_width <= inner_width, (scroll_width, inner_width)
    items = window.locator(".akhbar-story-item")
    assert items.count() == 1
    first = window.locator(".akhbar-home .akhbar-item").first
    href = first.locator("a").first.get_attribute("href")
    assert urllib.parse.unquote(href).rstrip("/").endswith(f"stories/{story_slug}")
    assert first.locator(".akhbar-points li").count() == 3
    # Then the article that is a story of its own, with its points; no story member.
    others = window.eval_on_selector_all(
        ".akhbar-home > ul.akhbar-list > li > a", "links => links.map(a => a.href)"
    )
    assert [slug_of(h) for h in others] == [articles["004"]["slug"]]


@pytest.mark.browser
@pytest.mark.parametrize("edition", EDITIONS)
def test_the_actor_page_lists_the_story(
    page: Any, site_server: Server, story_slug: str, edition: str
) -> None:
    page.goto(site_server.url(f"{edition}/actors/ali-larijani/"))
    links = page.eval_on_selector_all(
        ".akhbar-in-stories a", "links => links.map(a => a.getAttribute('href'))"
    )
    assert [urllib.parse.unquote(h).rstrip("/").rsplit("/", 1)[-1] for h in links] == [story_slug]


# -- the books -------------------------------------------------------------------------


@pytest.mark.parametrize("edition", EDITIONS)
def test_the_book_has_the_story_chapter_before_its_articles(
    site_dir: Path, articles, edition: str
) -> None:
    from pypdf import PdfReader

    pdf = site_dir / edition / "briefing.pdf"
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    body = _norm(text.split("\f", 2)[2])  # after the cover and the contents
    heading = {"fa": "رویداد", "ar": "الحدث", "en": "Story"}[edition]
    story_at = body.find(_norm(heading))
    assert story_at >= 0
    firsts = {p: body.find(_norm(articles[p]["title"])[:40], story_at + 1) for p in articles}
    assert all(at > story_at for p, at in firsts.items() if p in STORY), firsts
    # The story's chapters in time order, then 004 (older than any dated one of the story).
    order = sorted(firsts, key=firsts.get)
    assert order[-1] == "004"
    # The outline: the story (its headline), its four articles below it, then 004.
    outline = PdfReader(pdf).outline
    assert len(outline) == 3  # the story, its articles (a nested list), 004
    assert isinstance(outline[1], list)
    assert len(outline[1]) == 4
