"""Long lists of articles in numbered pages: the model (``akhbar.site_data.Paging``) and
the session's real build, with four articles a page (``site_fixtures.LIST_PAGE_SIZE``):
the home page shows the newest four, the timeline and the lists of actors and topics
that every article names take two pages."""

from __future__ import annotations

import re
import urllib.parse
from pathlib import Path
from typing import Any

import pytest

pytest.register_assert_rewrite("site_fixtures")
from site_fixtures import EDITIONS, LIST_PAGE_SIZE, Server, newest_first, slug_of  # noqa: E402

from akhbar.site_data import Paging, by_month_in_order, pagings  # noqa: E402

pytest_plugins = ["site_fixtures"]

# --- the model ------------------------------------------------------------------------


def test_pages_hold_every_item_once_in_order() -> None:
    items = [{"slug": f"a{k:02d}"} for k in range(23)]
    pages = pagings("actors/iran.md", len(items), 10)
    assert [p.number for p in pages] == [1, 2, 3]
    assert [r for p in pages for r in p.slice(items)] == items
    assert [len(p.slice(items)) for p in pages] == [10, 10, 3]
    assert [p.src(p.number) for p in pages] == [
        "actors/iran.md",
        "actors/iran/page/2.md",
        "actors/iran/page/3.md",
    ]
    # An empty list still has its page; a full last page adds none.
    assert pagings("timeline.md", 0, 10) == [Paging(1, 1, 10, "timeline.md")]
    assert len(pagings("timeline.md", 20, 10)) == 2
    assert pagings("timeline.md", 21, 10)[2].src(3) == "timeline/page/3.md"


@pytest.mark.parametrize(
    ("number", "count", "links"),
    [
        (1, 1, [1]),
        (1, 3, [1, 2, 3]),
        (1, 9, [1, 2, 3, None, 9]),
        (5, 9, [1, 2, 3, 4, 5, 6, 7, 8, 9]),
        (6, 12, [1, None, 4, 5, 6, 7, 8, None, 12]),
        (12, 12, [1, None, 10, 11, 12]),
    ],
)
def test_pager_links_the_ends_and_the_neighbours(
    number: int, count: int, links: list[int | None]
) -> None:
    assert Paging(number, count, 10, "timeline.md").window() == links


def test_months_in_the_order_of_the_list() -> None:
    records = [
        {"slug": "a", "date": "2025-11-30"},
        {"slug": "b", "date": "2025-11-02"},
        {"slug": "c", "date": "2025-09-14"},
        {"slug": "d", "date": None},
    ]
    runs = by_month_in_order(records)
    assert [(month, [r["slug"] for r in rs]) for month, rs in runs] == [
        ("2025-11", ["a", "b"]),
        ("2025-09", ["c"]),
        ("undated", ["d"]),
    ]


# --- the built site -------------------------------------------------------------------

LINK_RE = re.compile(r'<a href="([^"]*)"[^>]*rel="(prev|next)"')
ITEM_RE = re.compile(r'<li lang="\w+" dir="\w+">\s*<a href="([^"]*)"')


def _read(site_dir: Path, edition: str, path: str) -> str:
    return (site_dir / edition / path / "index.html").read_text(encoding="utf-8")


def _list_pages(site_dir: Path, edition: str, first: str) -> list[tuple[str, str]]:
    """(path, html) of every page of a list, following its «older» links from page 1."""
    pages, path = [], first
    while path is not None and len(pages) < 50:
        html = _read(site_dir, edition, path)
        pages.append((path, html))
        older = [href for href, rel in LINK_RE.findall(html) if rel == "next"]
        path = posixpath_join(path, older[0]) if older else None
    return pages


def posixpath_join(path: str, href: str) -> str:
    """The site path a relative link on the page at *path* (``timeline/``) leads to."""
    return urllib.parse.urljoin("/" + path.rstrip("/") + "/", href).strip("/")


def _listed(path: str, html: str) -> list[str]:
    """The articles a page at *path* lists, in order."""
    return [slug_of("/" + posixpath_join(path, href)) for href in ITEM_RE.findall(html)]


@pytest.mark.parametrize("edition", EDITIONS)
@pytest.mark.parametrize("first", ["timeline", "actors/iran", "topics/diplomacy"])
def test_a_long_list_is_paged_and_loses_no_article(
    site_dir: Path, articles: dict, edition: str, first: str
) -> None:
    pages = _list_pages(site_dir, edition, first)
    listed = [slug for path, html in pages for slug in _listed(path, html)]
    everything = newest_first(list(articles.values()))
    if first == "timeline":
        assert listed == everything
    else:
        assert sorted(listed) == sorted(set(listed))
        assert listed == [s for s in everything if s in listed]
        assert len(listed) > LIST_PAGE_SIZE
    assert [path for path, _ in pages] == [first, f"{first}/page/2"]
    assert [len(_listed(path, html)) for path, html in pages] == [
        LIST_PAGE_SIZE,
        len(listed) - LIST_PAGE_SIZE,
    ]
    # Page 2 links back to page 1, and names itself in its title.
    newer = [href for href, rel in LINK_RE.findall(pages[1][1]) if rel == "prev"]
    assert [posixpath_join(pages[1][0], href) for href in newer] == [first]
    title = re.search(r"<title>([^<]*)</title>", pages[1][1]).group(1)
    page_2 = {"fa": "صفحهٔ ۲", "ar": "الصفحة ٢", "en": "page 2"}[edition]
    assert page_2 in title
    assert "aria-current" in pages[1][1]


@pytest.mark.parametrize("edition", EDITIONS)
@pytest.mark.parametrize(
    "path", ["", "timeline", "timeline/page/2", "actors/iran", "actors/iran/page/2"]
)
def test_list_entries_lead_to_the_article_from_every_depth(
    site_dir: Path, edition: str, path: str
) -> None:
    html = _read(site_dir, edition, path)
    targets = [posixpath_join(path, href) for href in ITEM_RE.findall(html)]
    assert targets
    for target in targets:
        assert target.startswith("articles/")
        assert (site_dir / edition / urllib.parse.unquote(target) / "index.html").is_file(), target


@pytest.mark.parametrize("edition", EDITIONS)
def test_only_the_first_page_of_an_actor_carries_the_card(site_dir: Path, edition: str) -> None:
    first, second = (
        _read(site_dir, edition, "actors/iran"),
        _read(site_dir, edition, "actors/iran/page/2"),
    )
    assert "akhbar-card" in first
    assert "akhbar-card" not in second


@pytest.mark.parametrize("edition", EDITIONS)
def test_home_shows_the_newest_and_leads_to_the_timeline(
    site_dir: Path, articles: dict, edition: str
) -> None:
    home = _read(site_dir, edition, "")
    # After the stories, the newest articles that are stories of their own: 004 alone
    # (000-003 are one story, linked as a story).
    alone = [r for prefix, r in articles.items() if prefix not in ("000", "001", "002", "003")]
    assert _listed("", home) == newest_first(alone)[:LIST_PAGE_SIZE]
    more = re.search(r'<p class="akhbar-more"><a href="([^"]*)">([^<]*)</a>', home)
    assert more
    assert posixpath_join("", more.group(1)) == "timeline"


@pytest.mark.browser
@pytest.mark.parametrize("edition", EDITIONS)
def test_older_link_leads_on_and_sits_at_the_end_of_the_line(
    page: Any, site_server: Server, edition: str
) -> None:
    page.goto(site_server.url(f"{edition}/timeline/"))
    older = page.locator('.akhbar-pager a[rel="next"]')
    current = page.locator('.akhbar-pager [aria-current="page"]')
    older_x, current_x = older.bounding_box()["x"], current.bounding_box()["x"]
    # The line reads in the edition's direction: «older» comes after the page numbers.
    assert (older_x < current_x) if edition in ("fa", "ar") else (older_x > current_x)
    older.click()
    page.wait_for_load_state()
    assert page.url == site_server.url(f"{edition}/timeline/page/2/")
    assert page.locator(".akhbar-list > li").count() >= 1


@pytest.mark.parametrize("value", ["0", "-1", "ten", "2.5"])
def test_a_bad_page_size_stops_the_build_before_any_edition(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, value: str
) -> None:
    from akhbar.errors import BuildError
    from akhbar.site import build_editions

    monkeypatch.setenv("AKHBAR_LIST_PAGE_SIZE", value)
    with pytest.raises(
        BuildError, match=f"AKHBAR_LIST_PAGE_SIZE must be a whole number of articles, not '{value}'"
    ):
        build_editions(tmp_path / "docs", tmp_path / "site", print)
    assert not (tmp_path / "site").exists()
