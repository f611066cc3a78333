"""What a reader sees on a phone, on a page that is not there, and in a feed reader.

The session's build (``site_fixtures``) is served under ``/akhbar/``; the build without a
site URL is made here, once, without PDFs.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.register_assert_rewrite("site_fixtures")
from site_fixtures import EDITIONS, ROOT, Server  # noqa: E402  (after the line above)

pytest_plugins = ["site_fixtures"]

pytestmark = pytest.mark.browser

ARTIFACTS = ROOT / "test-artifacts"
PHONE = {"width": 390, "height": 844}
LARIJANI = "ali-larijani"
ATOM = "{http://www.w3.org/2005/Atom}"
# The heading of each edition's 404 page.
NOT_FOUND = {"fa": "صفحه پیدا نشد", "ar": "الصفحة غير موجودة", "en": "Page not found"}


@pytest.fixture
def phone(browser: Any, site_dir: Path) -> Iterator[Any]:
    """A window 390 px wide, a phone's: the width the layout must fit (a mobile browser
    would zoom out to fit a wider page instead, hiding the fault)."""
    context = browser.new_context(viewport=PHONE, device_scale_factor=2)
    page = context.new_page()
    page.set_default_timeout(10_000)
    try:
        yield page
    finally:
        context.close()


def a_topic(site_dir: Path) -> str:
    return sorted(p.parent.name for p in (site_dir / "fa" / "topics").glob("*/index.html"))[0]


def an_article(site_dir: Path) -> str:
    return sorted(p.parent.name for p in (site_dir / "fa" / "articles").glob("*/index.html"))[0]


# Every kind of page, as a path below the edition.
PAGE_KINDS = {
    "home": lambda site: "",
    "article": lambda site: f"articles/{an_article(site)}/",
    "actor": lambda site: f"actors/{LARIJANI}/",
    "topic": lambda site: f"topics/{a_topic(site)}/",
    "timeline": lambda site: "timeline/",
    "search": lambda site: "search/",
    "404": lambda site: "404.html",
}

OVERFLOW_JS = """() => [document.documentElement.scrollWidth, window.innerWidth,
  document.body.scrollWidth]"""


# 1. a phone: no page scrolls sideways ------------------------------------------------------


@pytest.mark.parametrize("kind", PAGE_KINDS)
@pytest.mark.parametrize("edition", EDITIONS)
def test_no_page_scrolls_sideways_on_a_phone(
    phone: Any, site_server: Server, site_dir: Path, edition: str, kind: str
) -> None:
    phone.goto(site_server.url(f"{edition}/{PAGE_KINDS[kind](site_dir)}"))
    phone.wait_for_load_state("load")
    scroll_width, inner_width, body_width = phone.evaluate(OVERFLOW_JS)
    assert scroll_width <= inner_width, (scroll_width, inner_width)
    assert body_width <= inner_width, (body_width, inner_width)
    # Nothing sticks out at either edge: the heading starts inside the screen on its side.
    left, right = phone.evaluate(
        "() => { const r = document.querySelector('.md-content h1, .md-header').getBoundingClientRect();"
        " return [r.left, r.right]; }"
    )
    assert left >= 0, (left, right)
    assert right <= inner_width, (left, right)


@pytest.mark.parametrize("edition", EDITIONS)
def test_language_list_opens_inside_the_screen(
    phone: Any, site_server: Server, edition: str
) -> None:
    """The list hidden so that it no longer widens the page still opens, on a tap (the
    button takes the focus), within the screen."""
    phone.goto(site_server.url(f"{edition}/"))
    inner = phone.locator(".md-select__inner")
    assert not inner.is_visible()
    phone.locator(".md-select > button").focus()
    phone.wait_for_timeout(400)  # Material fades it in
    assert inner.is_visible()
    left, right = phone.evaluate(
        "() => { const r = document.querySelector('.md-select__inner').getBoundingClientRect();"
        " return [r.left, r.right]; }"
    )
    assert left >= 0, (left, right)
    assert right <= PHONE["width"], (left, right)
    links = phone.locator("a.akhbar-switch")
    assert [links.nth(i).is_visible() for i in range(links.count())] == [True] * 3


@pytest.mark.parametrize("edition", EDITIONS)
def test_phone_screenshot(phone: Any, site_server: Server, site_dir: Path, edition: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    phone.goto(site_server.url(f"{edition}/articles/{an_article(site_dir)}/"))
    phone.wait_for_load_state("networkidle")
    phone.evaluate("document.fonts.ready")
    path = ARTIFACTS / f"phone-article-{edition}.png"
    phone.screenshot(path=str(path))
    assert path.stat().st_size > 10_000
