"""What a reader sees on a phone, on a page that is not there, and in a feed reader.

The session's build (``site_fixtures``) is served under ``/akhbar/``; the build without a
site URL is made here, once, without PDFs.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import urllib.parse
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import partial
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

pytest.register_assert_rewrite("site_fixtures")
from site_fixtures import EDITIONS, ROOT, Server, _SubPathHandler, fetch  # noqa: E402  (after the line above)

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
    links = phone.locator("a.md-select__link")
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


@pytest.mark.parametrize("edition", EDITIONS)
def test_language_list_opens_on_hover_on_a_desktop(
    page: Any, site_server: Server, edition: str
) -> None:
    page.goto(site_server.url(f"{edition}/"))
    inner = page.locator(".md-select__inner")
    assert not inner.is_visible()
    page.locator(".md-select > button").hover()
    page.wait_for_timeout(400)
    assert inner.is_visible()
    left, right = page.evaluate(
        "() => { const r = document.querySelector('.md-select__inner').getBoundingClientRect();"
        " return [r.left, r.right]; }"
    )
    assert left >= 0, (left, right)
    assert right <= page.viewport_size["width"], (left, right)


def test_site_404_page_fits_a_phone(phone: Any, site_server: Server) -> None:
    serve_missing(phone, site_server, "ar/no/such/page/", "404.html")
    scroll_width, inner_width, _ = phone.evaluate(OVERFLOW_JS)
    assert scroll_width <= inner_width


# 2. a page that is not there ---------------------------------------------------------------


@pytest.fixture(scope="session")
def plain_server(tmp_path_factory: pytest.TempPathFactory, site_dir: Path) -> Iterator[Server]:
    """A build with no ``AKHBAR_SITE_URL`` (and no PDFs), served under the same sub-path:
    what a reader gets from a site published without telling the build where."""
    root = tmp_path_factory.mktemp("plain") / "site"
    env = {k: v for k, v in os.environ.items() if k != "AKHBAR_SITE_URL"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "build_site.py"), "site", "--site", str(root), "--no-pdf"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, f"build failed:\n{result.stderr}"
    handler = partial(_SubPathHandler, directory=str(root))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield Server(root=root, host=f"127.0.0.1:{httpd.server_address[1]}")
    finally:
        httpd.shutdown()
        httpd.server_close()


SERVERS = ("site-url", "no-site-url")


@pytest.fixture(params=SERVERS)
def any_server(request: pytest.FixtureRequest, site_server: Server, site_dir: Path) -> Server:
    """Each build in turn: with a site URL (the session's), and without one."""
    if request.param == "site-url":
        return site_server
    return request.getfixturevalue("plain_server")


def serve_missing(
    page: Any, server: Server, path: str, not_found_page: str
) -> tuple[list[str], list[str]]:
    """Open *path*, which is not on the site, as a host that answers a miss with the
    site's *not_found_page* (GitHub Pages: the root's ``404.html``) would.  The requests
    that failed and those the page made, as lists of URLs."""
    body = (server.root / not_found_page).read_bytes()
    missing = server.url(path)
    page.route(
        missing, lambda route: route.fulfill(status=404, body=body, content_type="text/html")
    )
    failed: list[str] = []
    requested: list[str] = []
    page.on("requestfailed", lambda request: failed.append(request.url))
    page.on("request", lambda request: requested.append(request.url))
    page.on(
        "response", lambda r: failed.append(r.url) if r.status >= 400 and r.url != missing else None
    )
    page.goto(missing)
    page.wait_for_load_state("networkidle")
    return failed, requested


def followed(page: Any, selector: str) -> list[tuple[str, int]]:
    """(URL, status) of every link in *selector*, each fetched as the page resolves it."""
    hrefs = page.eval_on_selector_all(selector, "els => els.map(a => a.href)")
    assert hrefs
    return [(href, page.request.get(href).status) for href in hrefs]


# An edition's 404 page, at a depth of its own.
MISSING = {"fa": "fa/actors/nobody/", "ar": "ar/no/such/page/", "en": "en/nothing/"}


@pytest.mark.parametrize("edition", EDITIONS)
def test_edition_404_page_is_styled_and_in_the_edition_language(
    page: Any, any_server: Server, edition: str
) -> None:
    failed, requested = serve_missing(page, any_server, MISSING[edition], f"{edition}/404.html")
    assert not failed, failed
    base = any_server.base + edition + "/"
    # The stylesheets are stored once, at the site's root (akhbar.assets).
    assert any(url.startswith(any_server.base + "assets/stylesheets/") for url in requested), (
        requested
    )
    assert (
        page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
    )
    assert page.evaluate("document.documentElement.lang") == edition
    assert page.locator("h1").inner_text() == NOT_FOUND[edition]
    assert page.title().startswith(NOT_FOUND[edition])
    for href, status in followed(page, ".akhbar-404 a"):
        assert href.startswith(base), href
        assert status == 200, href


# The site's own 404 page, for a miss anywhere: the language the address names, else the
# browser's (the context's locale, fa-IR).
ROOT_MISSING = {
    "fa/actors/nobody/": "fa",  # a miss inside an edition: its language
    "ar/no/such/page/": "ar",  # the same, deeper
    "en/nothing": "en",  # without the final slash
}


@pytest.mark.parametrize(("path", "lang"), ROOT_MISSING.items())
def test_site_404_page_speaks_the_language_of_the_address(
    page: Any, any_server: Server, path: str, lang: str
) -> None:
    assert (any_server.root / "404.html").is_file()
    failed, _ = serve_missing(page, any_server, path, "404.html")
    assert not failed, failed
    assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == [
        lang,
        "ltr" if lang == "en" else "rtl",
    ]
    heading = page.locator("h1:visible")
    assert heading.count() == 1
    assert heading.inner_text() == NOT_FOUND[lang]
    for href, status in followed(page, f"section[lang='{lang}'] a.akhbar-home"):
        assert href == any_server.base + f"{lang}/"
        assert status == 200


def test_site_404_page_outside_an_edition(page: Any, site_server: Server) -> None:
    """A miss outside the editions, on a build that knows its URL: the browser's language
    (the context's, fa), with links to the three editions."""
    serve_missing(page, site_server, "no-such-thing", "404.html")
    assert page.evaluate("document.documentElement.lang") == "fa"
    assert page.locator("h1:visible").inner_text() == NOT_FOUND["fa"]
    links = dict(followed(page, "a.akhbar-edition"))
    assert links == {site_server.base + f"{e}/": 200 for e in EDITIONS}


@pytest.mark.parametrize("edition", EDITIONS)
def test_404_screenshot(page: Any, site_server: Server, edition: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    serve_missing(page, site_server, MISSING[edition], "404.html")
    page.evaluate("document.fonts.ready")
    path = ARTIFACTS / f"404-{edition}.png"
    page.screenshot(path=str(path))
    assert path.stat().st_size > 5_000


# 3. feeds and links without a site URL ----------------------------------------------------


def feed_entries(site: Path, edition: str) -> list[dict[str, str]]:
    tree = ET.parse(site / edition / "feed.xml")
    return [
        {
            "id": entry.findtext(f"{ATOM}id"),
            "href": entry.find(f"{ATOM}link").get("href"),
            "updated": entry.findtext(f"{ATOM}updated"),
        }
        for entry in tree.getroot().iter(f"{ATOM}entry")
    ]


@pytest.mark.parametrize("edition", EDITIONS)
def test_feed_gives_every_entry_its_own_date(site_dir: Path, articles: dict, edition: str) -> None:
    """Undated articles are not dated by the feed (they got the newest date and came
    first in feed readers): every entry's date is its article's, newest first."""
    entries = feed_entries(site_dir, edition)
    dates = {record["slug"]: record.get("date") for record in articles.values()}
    assert entries
    assert len(entries) == sum(1 for d in dates.values() if d)
    for entry in entries:
        slug = urllib.parse.unquote(entry["href"].rstrip("/").rsplit("/", 1)[1])
        assert dates[slug], slug
        assert entry["updated"] == f"{dates[slug]}T00:00:00Z"
    updated = [e["updated"] for e in entries]
    assert updated == sorted(updated, reverse=True)


def site_files(site: Path) -> dict[str, str]:
    return {
        p.relative_to(site).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(site.rglob("*"))
        if p.suffix in (".html", ".xml") and p.is_file()
    }


def test_no_site_url_gives_no_made_up_address(plain_server: Server) -> None:
    """Built without AKHBAR_SITE_URL, no page, feed or sitemap names a host (it was
    http://localhost:8000/); canonical links are left out, the build report says why."""
    files = site_files(plain_server.root)
    assert not [name for name, text in files.items() if "localhost" in text]
    assert not [name for name, text in files.items() if 'rel="canonical"' in text]
    assert not (plain_server.root / "sitemap.xml").exists()  # a sitemap index needs absolute URLs
    report = (plain_server.root / "build-report.json").read_text(encoding="utf-8")
    assert "AKHBAR_SITE_URL" in report


@pytest.mark.parametrize("edition", EDITIONS)
def test_feed_links_work_without_a_site_url(plain_server: Server, edition: str) -> None:
    """The feed's links are relative to the feed's address, and lead to the articles;
    each entry still has an absolute id, the same on every build."""
    feed_url = plain_server.url(f"{edition}/feed.xml")
    entries = feed_entries(plain_server.root, edition)
    assert entries
    for entry in entries:
        assert not urllib.parse.urlsplit(entry["href"]).scheme, entry
        status, content_type, _ = fetch(urllib.parse.urljoin(feed_url, entry["href"]))
        assert (status, content_type) == (200, "text/html"), entry
        assert entry["id"].startswith("urn:uuid:"), entry
    assert len({e["id"] for e in entries}) == len(entries)
