"""Less of the theme's chrome stored on every page, what a reader sees kept.

1. the session's build (``site_fixtures``): the theme's icons are drawn from one sprite
   at the site's root (``docs/assets/icons.svg``, Material's own icons), not written
   into every page; no page carries Material's content-tabs script, nor an empty table
   of contents;
2. in Chromium, under the sub-path, at 1366 and 390 px in the three editions: every
   icon of the header (logo, drawer button, edition switcher) and the back-to-top button
   drawn at its size from the sprite; the edition switcher leads to the same page in
   another edition, the search tab to the search page; no request answered 404.
"""

from __future__ import annotations

import re
import urllib.parse
from pathlib import Path
from typing import Any

import pytest

pytest.register_assert_rewrite("site_fixtures")
from site_fixtures import EDITIONS, ROOT, Server  # noqa: E402  (after the line above)

pytest_plugins = ["site_fixtures"]

# The theme's icons every page draws: the id of each in the sprite, Material's file.
ICONS = {
    "library": "material/library",  # the logo (header on a desktop, drawer)
    "menu": "material/menu",  # the drawer's button (a phone)
    "translate": "material/translate",  # the edition switcher
    "arrow-up": "material/arrow-up",  # back to top
}
SPRITE = ROOT / "docs" / "assets" / "icons.svg"
_SYMBOL_RE = re.compile(r'<symbol id="([\w-]+)" viewBox="0 0 24 24">(.*?)</symbol>')
_USE_RE = re.compile(r'<svg viewBox="0 0 24 24"><use href="([^"]+)#([\w-]+)"/></svg>')


def html_pages(site: Path) -> list[Path]:
    return sorted(
        p for e in EDITIONS for p in (site / e).rglob("*.html") if "pagefind" not in p.parts
    )


# 1. the build ----------------------------------------------------------------------------


def test_sprite_holds_materials_icons() -> None:
    """Each symbol is the theme's icon as Material ships it: drawn the same."""
    from akhbar.assets import _theme_dir

    symbols = dict(_SYMBOL_RE.findall(SPRITE.read_text(encoding="utf-8")))
    assert set(symbols) == set(ICONS)
    for name, icon in ICONS.items():
        shipped = (_theme_dir() / ".icons" / f"{icon}.svg").read_text(encoding="utf-8")
        inner = re.fullmatch(r"<svg [^>]*>(.*)</svg>", shipped.strip(), re.S)
        assert inner is not None, icon
        assert symbols[name] == inner[1], name


def test_pages_link_the_sprite_not_inline_icons(site_dir: Path, site_server: Server) -> None:
    """Every page links the theme's icons from the one sprite at the site's root (inlined,
    the four were ~1.1 KB of every page, three editions of every article); the link
    resolves from the page's folder (from the site URL's path on a 404 page)."""
    sub_path = urllib.parse.urlparse(site_server.base).path
    paths = {
        name: re.search(r'<path d="([^"]+)"', body)[1]  # type: ignore[index]
        for name, body in _SYMBOL_RE.findall(SPRITE.read_text(encoding="utf-8"))
    }
    pages = html_pages(site_dir)
    assert len(pages) > 50
    for path in pages:
        html = path.read_text(encoding="utf-8")
        for d in paths.values():
            assert d not in html, path.relative_to(site_dir)
        used = _USE_RE.findall(html)
        assert {name for _, name in used} >= {"library", "menu", "translate"}, path
        for href, _ in used:
            folder = site_dir if href.startswith(sub_path) else path.parent
            href = href.removeprefix(sub_path)
            assert (folder / href).resolve() == (site_dir / "assets" / "icons.svg"), (
                path.relative_to(site_dir),
                href,
            )
    assert (site_dir / "assets" / "icons.svg").read_bytes() == SPRITE.read_bytes()


def test_no_content_tabs_script(site_dir: Path) -> None:
    """Material's script that opens a content tab named by the URL's #fragment: these
    pages have no content tabs."""
    for path in html_pages(site_dir):
        assert "__tabbed_" not in path.read_text(encoding="utf-8"), path.relative_to(site_dir)


def test_no_empty_table_of_contents(site_dir: Path) -> None:
    """A page whose body is generated HTML has no Markdown headings: no table of contents
    (it was an empty, hidden sidebar of ~270 bytes on every article and list page)."""
    for path in html_pages(site_dir):
        html = path.read_text(encoding="utf-8")
        for toc in re.findall(r'data-md-type="toc".*?</nav>', html, re.S):
            assert "md-nav__link" in toc, path.relative_to(site_dir)


_SWITCH_RE = re.compile(r'<a href="([^"]*)" hreflang="(\w+)" lang="\2" class="([^"]*)">')


def test_switcher_names_the_page_once(site_dir: Path) -> None:
    """The switcher's entry of the page's own edition is ``./``, this very page, without
    its path a third time; the other editions' entries lead to the same page there; none
    carries a class that no style reads.  The 404 page, served at any missing address,
    keeps every entry from its base."""
    seen = 0
    for edition in EDITIONS:
        for path in (site_dir / edition).rglob("index.html"):
            if "pagefind" in path.parts:
                continue
            html = path.read_text(encoding="utf-8")
            links = _SWITCH_RE.findall(html)
            if not links:
                continue
            seen += 1
            here = urllib.parse.urljoin(
                "http://h/" + path.parent.relative_to(site_dir).as_posix() + "/", "."
            )
            hrefs = {lang: href for href, lang, _ in links}
            assert [lang for _, lang, _ in links] == list(EDITIONS), path
            assert {cls for _, _, cls in links} == {"md-select__link"}, path
            assert hrefs[edition] == "./", path
            for other in EDITIONS:
                target = urllib.parse.unquote(urllib.parse.urljoin(here, hrefs[other]))
                assert target == here.replace(f"/{edition}/", f"/{other}/", 1), (path, other)
    assert seen > 100
    for edition in EDITIONS:
        html = (site_dir / edition / "404.html").read_text(encoding="utf-8")
        hrefs = {lang: href for href, lang, _ in _SWITCH_RE.findall(html)}
        assert set(hrefs) == set(EDITIONS)
        assert all(href.endswith(f"../{lang}/") for lang, href in hrefs.items()), hrefs


_ENTRY_RE = re.compile(
    r'<li( class="[^"]*")? lang="(\w+)" dir="\w+"><a href="[^"]*articles/[^"]*">[^<]*</a>'
    r'<span( class="[^"]*")?(?: lang="(\w+)")?><bdi dir="\w+">'
)


def test_list_entries_carry_no_unused_markup(site_dir: Path) -> None:
    """An entry of an article list and its line have no class (its title is bold by
    ``.akhbar-list > li > a``, its line set by ``.akhbar-list > li > span``), and its line
    names the edition's language only where the entry's is another one (``lang`` is
    inherited): a Persian entry in the English edition keeps ``lang="en"`` on its line, a
    Persian one in the Persian edition has none."""
    kept = dropped = 0
    for edition in EDITIONS:
        for path in (site_dir / edition).glob("actors/*/index.html"):
            html = path.read_text(encoding="utf-8")
            for cls, lang, meta_cls, meta in _ENTRY_RE.findall(html):
                assert not cls, path
                assert not meta_cls, path
                if lang == edition:
                    assert not meta, path
                    dropped += 1
                else:
                    assert meta == edition, path
                    kept += 1
    assert kept
    assert dropped


# 2. in Chromium --------------------------------------------------------------------------

LARIJANI = "ali-larijani"
WIDTHS = {"desktop": 1366, "phone": 390}


def an_article(site: Path) -> str:
    return sorted(p.parent.name for p in (site / "fa" / "articles").glob("*/index.html"))[0]


PAGES = {
    "home": lambda site: "",
    "article": lambda site: f"articles/{an_article(site)}/",
    "actor": lambda site: f"actors/{LARIJANI}/",
    "404": lambda site: "404.html",
}
# The icons a reader sees at each width (the logo moves into the drawer on a phone, the
# drawer's button is a phone's), by a selector of the header.
SHOWN = {
    "desktop": {
        "library": ".md-header .md-logo",
        "translate": ".md-header .md-select button",
    },
    "phone": {
        "menu": ".md-header label[for='__drawer']",
        "translate": ".md-header .md-select button",
    },
}
# Each icon's box, and the size of what its <use> drew (0 when the sprite was not loaded).
ICON_JS = """(selector) => {
  const svg = document.querySelector(selector + ' svg');
  const use = svg && svg.querySelector('use');
  if (!use) return null;
  const box = svg.getBoundingClientRect();
  const drawn = use.getBBox();
  return {href: use.getAttribute('href'), width: box.width, height: box.height,
          drawn: [drawn.width, drawn.height]};
}"""


@pytest.mark.browser
@pytest.mark.parametrize("kind", PAGES)
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("edition", EDITIONS)
def test_icons_drawn_from_the_sprite(
    browser: Any, site_server: Server, site_dir: Path, edition: str, width: str, kind: str
) -> None:
    context = browser.new_context(viewport={"width": WIDTHS[width], "height": 900})
    failed: list[str] = []
    try:
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.on("response", lambda r: r.status >= 400 and failed.append(f"{r.status} {r.url}"))
        page.goto(site_server.url(f"{edition}/{PAGES[kind](site_dir)}"))
        page.wait_for_load_state("load")
        for name, selector in SHOWN[width].items():
            # The sprite is fetched once and drawn where each page links it.
            page.wait_for_function(
                "(s) => document.querySelector(s + ' svg use').getBBox().width > 0", arg=selector
            )
            icon = page.evaluate(ICON_JS, selector)
            assert icon is not None, (name, "no <use>")
            assert icon["href"].endswith(f"assets/icons.svg#{name}"), icon
            assert icon["width"] >= 20, (name, icon)
            assert icon["height"] >= 20, (name, icon)
            assert min(icon["drawn"]) >= 10, (name, icon)
        # Back to top: shown once the reader has scrolled up a long page; drawn all the same.
        top = page.evaluate("() => document.querySelector('.md-top use').getBBox().width")
        assert top > 10
    finally:
        context.close()
    assert not failed, failed


@pytest.mark.browser
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("edition", EDITIONS)
def test_switcher_and_search_tab_work(
    browser: Any, site_server: Server, site_dir: Path, edition: str, width: str
) -> None:
    """The edition switcher (its icon now from the sprite) opens, and its link leads to the
    same article in the next edition; the search is reached from the tabs (desktop) or the
    drawer (phone)."""
    other = EDITIONS[(EDITIONS.index(edition) + 1) % len(EDITIONS)]
    article = f"articles/{an_article(site_dir)}/"
    context = browser.new_context(viewport={"width": WIDTHS[width], "height": 900})
    try:
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.goto(site_server.url(f"{edition}/{article}"))
        page.locator(".md-header .md-select button").click()
        link = page.locator(f".md-select__link[hreflang='{other}']")
        link.wait_for(state="visible")
        link.click()
        page.wait_for_url(f"**/{other}/articles/**")
        assert page.evaluate("document.documentElement.lang") == other
        assert page.url.rstrip("/").endswith(site_server.url(f"{other}/{article}").rstrip("/"))
        if width == "phone":
            page.locator(".md-header label[for='__drawer']").click()
            search = page.locator(".md-sidebar--primary a.md-nav__link[href$='search/']")
        else:
            search = page.locator("a.md-tabs__link[href$='search/']")
        search.click()
        page.wait_for_url(f"**/{other}/search/")
        assert page.locator("#akhbar-search-input").is_visible()
    finally:
        context.close()


# What an entry of a list shows: its title link (bold), and the line about it.
ENTRIES_JS = """() => [...document.querySelectorAll('ul.akhbar-list > li')].map(li => {
  const a = li.querySelector(':scope > a');
  const box = a.getBoundingClientRect();
  return {href: a.href, weight: Number(getComputedStyle(a).fontWeight), width: box.width,
          size: parseFloat(getComputedStyle(a).fontSize),
          right: box.right, strong: li.querySelectorAll('strong').length,
          meta: li.querySelector(':scope > span').innerText.trim(),
          metaStyle: (({color, fontSize, display}) => ({color, fontSize, display}))(
            getComputedStyle(li.querySelector(':scope > span')))};
})"""


@pytest.mark.browser
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("edition", EDITIONS)
def test_actor_page_lists_its_articles_in_time_order(
    browser: Any,
    site_server: Server,
    articles: dict[str, dict[str, Any]],
    edition: str,
    width: str,
) -> None:
    """An actor's page lists its articles newest first, each a line: the title, bold (by
    the stylesheet, without a <strong> in each entry), a link to the article, and its date,
    source and language under it, smaller (by the stylesheet too, without a class); inside
    the screen at 390 px."""
    from site_fixtures import LIST_PAGE_SIZE, newest_first, slug_of

    named = [r for r in articles.values() if LARIJANI in (r.get("actors") or ())]
    context = browser.new_context(viewport={"width": WIDTHS[width], "height": 900})
    try:
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.goto(site_server.url(f"{edition}/actors/{LARIJANI}/"))
        entries = page.evaluate(ENTRIES_JS)
    finally:
        context.close()
    assert [slug_of(e["href"]) for e in entries] == newest_first(named)[:LIST_PAGE_SIZE]
    for entry in entries:
        assert entry["weight"] >= 700, entry
        assert entry["strong"] == 0, entry
        assert entry["meta"], entry
        # The line under the title, set by the stylesheet though it has no class: a block
        # of its own, smaller than the title.
        assert entry["metaStyle"]["display"] == "block", entry
        assert float(entry["metaStyle"]["fontSize"].removesuffix("px")) < entry["size"], entry
        assert entry["width"] > 0, entry
        assert entry["right"] <= WIDTHS[width], entry
