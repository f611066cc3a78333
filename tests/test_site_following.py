"""Following the beat: what a reader's browser loads and sees on each kind of page.

The session's build (``site_fixtures``), served under ``/akhbar/``, in Chromium, in the
three editions, on a desktop and a phone.  Each page is loaded once (``loaded``):

1. every request a page makes succeeds and nothing is logged as an error (Material's
   language selector fetched ``<page>/sitemap.xml`` beside each ``<link rel=alternate>``:
   three 404s a page); each page's editions are named in the sitemap instead;
2. the timeline groups by the months of the edition's calendar (the Solar Hijri in fa),
   in its digits, and names an unknown date as an undated article's date reads;
3. an actor's and a topic's pages link their Atom feed (in the head and visibly); the
   feed parses back as Atom, holds the dated articles newest first, and its links work
   with a site URL and without one (``plain_server``, ``test_site_reader``);
4. an actor's, a topic's and the timeline's first page show their coverage as a static
   SVG chart: articles a month by language, time running from the start side, the
   edition's calendar and digits, its figures as its text alternative;
5. no empty table-of-contents column beside a page without headings on a desktop.
"""

from __future__ import annotations

import urllib.parse
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

pytest.register_assert_rewrite("site_fixtures")
from site_fixtures import EDITIONS, ROOT, Server, fetch, newest_first  # noqa: E402
from test_site_reader import plain_server  # noqa: E402, F401  (a fixture, shared)

pytest_plugins = ["site_fixtures"]

pytestmark = pytest.mark.browser

ARTIFACTS = ROOT / "test-artifacts"
LARIJANI = "ali-larijani"
# A desktop (Material shows both sidebars from 1220 px) and a phone.
WIDTHS = {"desktop": 1366, "phone": 390}
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def _first(site: Path, folder: str) -> str:
    return sorted(p.parent.name for p in (site / "fa" / folder).glob("*/index.html"))[0]


def _second_page(site: Path, folder: str) -> str:
    """The second page of the first list of *folder* long enough to have one."""
    found = sorted((site / "fa" / folder).glob("*/page/2/index.html"))[0]
    return found.parent.relative_to(site / "fa").as_posix() + "/"


# Every kind of page, as a path below the edition.
PAGE_KINDS = {
    "home": lambda site: "",
    "timeline": lambda site: "timeline/",
    "timeline-2": lambda site: "timeline/page/2/",
    "actors": lambda site: "actors/",
    "actor": lambda site: f"actors/{LARIJANI}/",
    "actor-2": lambda site: _second_page(site, "actors"),
    "topics": lambda site: "topics/",
    "topic": lambda site: f"topics/{_first(site, 'topics')}/",
    "sources": lambda site: "sources/",
    "source": lambda site: f"sources/{_first(site, 'sources')}/",
    "article": lambda site: f"articles/{_first(site, 'articles')}/",
    "search": lambda site: "search/",
    "404": lambda site: "404.html",
}

# What a reader sees of the page, from the DOM and computed styles.
MEASURE_JS = """() => {
  const shown = (el) => !!el && el.getClientRects().length > 0
    && getComputedStyle(el).visibility !== 'hidden';
  const toc = document.querySelector('.md-sidebar--secondary');
  return {
    feeds: [...document.head.querySelectorAll('link[rel=alternate][type="application/atom+xml"]')]
      .map((l) => l.href),
    feedLinks: [...document.querySelectorAll('.md-content a[type="application/atom+xml"]')]
      .filter(shown).map((a) => a.href),
    headings: [...document.querySelectorAll('.akhbar-timeline h2')].map((h) => h.innerText.trim()),
    dates: [...document.querySelectorAll('.akhbar-timeline .akhbar-list > li > span')]
      .map((m) => m.innerText.split(' · ')[0].trim()),
    charts: [...document.querySelectorAll('.md-content figure.akhbar-coverage')].map((f) => {
      const svg = f.querySelector('svg');
      const box = svg.getBoundingClientRect();
      return {
        role: svg.getAttribute('role'),
        label: [...svg.getAttribute('aria-labelledby').split(' ')]
          .map((id) => document.getElementById(id).textContent).join(' | '),
        scripts: f.querySelectorAll('script').length,
        left: box.left, right: box.right, height: box.height,
        // each bar (a <g> of stacked rects): its month's tooltip and its centre on screen
        bars: [...svg.querySelectorAll('g')].map((g) => {
          const r = g.getBoundingClientRect();
          return {title: g.querySelector('title').textContent, x: r.left + r.width / 2};
        }),
        legend: [...f.querySelectorAll('.akhbar-legend li')].map((li) => li.innerText.trim()),
      };
    }),
    toc: shown(toc) ? {width: toc.getBoundingClientRect().width,
                       links: toc.querySelectorAll('.md-nav__link').length} : null,
  };
}"""

_loaded: dict[tuple[str, str, str], dict[str, Any]] = {}


@pytest.fixture
def loaded(browser: Any, site_server: Server, site_dir: Path) -> Any:
    """``loaded(edition, width, kind)``: the requests that failed, the errors logged and
    what ``MEASURE_JS`` finds, each page loaded once for all the tests of this module."""

    def load(edition: str, width: str, kind: str) -> dict[str, Any]:
        key = (edition, width, kind)
        if key in _loaded:
            return _loaded[key]
        url = site_server.url(f"{edition}/{PAGE_KINDS[kind](site_dir)}")
        context = browser.new_context(viewport={"width": WIDTHS[width], "height": 900})
        failed: list[str] = []
        errors: list[str] = []
        try:
            page = context.new_page()
            page.set_default_timeout(10_000)
            page.on("requestfailed", lambda r: failed.append(f"{r.url} ({r.failure})"))
            page.on(
                "response",
                lambda r: (
                    failed.append(f"{r.url} ({r.status})")
                    if r.status >= 400 and r.url != url
                    else None
                ),
            )
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(url)
            page.wait_for_load_state("networkidle")
            seen = page.evaluate(MEASURE_JS)
            if kind == "404":  # the page itself answers 404, which Chromium logs
                errors = [e for e in errors if "404" not in e] if len(errors) == 1 else errors
            _loaded[key] = {"url": url, "failed": failed, "errors": errors, **seen}
        finally:
            context.close()
        return _loaded[key]

    return load


# 1. every request succeeds ------------------------------------------------------------------


@pytest.mark.parametrize("kind", PAGE_KINDS)
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("edition", EDITIONS)
def test_every_request_succeeds(loaded: Any, edition: str, width: str, kind: str) -> None:
    seen = loaded(edition, width, kind)
    assert seen["failed"] == []
    assert seen["errors"] == []


@pytest.mark.parametrize("edition", EDITIONS)
def test_sitemap_names_each_pages_editions(
    site_server: Server, site_dir: Path, edition: str
) -> None:
    """Each page of the sitemap lists the same page in every edition (hreflang), as the
    head of every page did."""
    status, _, body = fetch(site_server.url(f"{edition}/sitemap.xml"))
    assert status == 200
    urls = ET.fromstring(body).findall(f"{SITEMAP}url")
    assert len(urls) > 20
    for url in urls:
        loc = url.find(f"{SITEMAP}loc").text
        path = urllib.parse.urlsplit(loc).path.removeprefix(f"/akhbar/{edition}/")
        found = {
            link.get("hreflang"): link.get("href")
            for link in url.findall(f"{XHTML}link")
            if link.get("rel") == "alternate"
        }
        assert found == {e: site_server.base + f"{e}/{path}" for e in EDITIONS}, loc
    status, _, _ = fetch(site_server.url(f"ar/actors/{LARIJANI}/"))  # one of them answers
    assert status == 200


# 2. the timeline in the edition's calendar ----------------------------------------------

# The months of the first timeline page (four articles a page: two of 27 and 25 November
# 2025, one of 22 August 2025, one undated), as each edition heads them.
TIMELINE_MONTHS = {
    # Solar Hijri months first (Azar starts on 22 November, Mordad ends on 22 August),
    # the Gregorian months they span beside them; not «نوامبر ۲۰۲۵», «اوت ۲۰۲۵».
    "fa": ["آذر ۱۴۰۴ (نوامبر–دسامبر ۲۰۲۵)", "مرداد ۱۴۰۴ (ژوئیه–اوت ۲۰۲۵)", "تاریخ نامعلوم"],
    "ar": ["نوفمبر ٢٠٢٥", "أغسطس ٢٠٢٥", "تاريخ غير معروف"],
    "en": ["November 2025", "August 2025", "Date unknown"],
}
# Digits a heading may hold: the edition's own.
FOREIGN_DIGITS = {
    "fa": "0123456789٠١٢٣٤٥٦٧٨٩",
    "ar": "0123456789۰۱۲۳۴۵۶۷۸۹",
    "en": "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩",
}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("edition", EDITIONS)
def test_timeline_months_of_the_editions_calendar(loaded: Any, edition: str, width: str) -> None:
    headings = loaded(edition, width, "timeline")["headings"]
    months = [h.rpartition(" (")[0] for h in headings]  # less the count, «(۲ مقاله)»
    assert months == TIMELINE_MONTHS[edition]
    for heading in headings:
        assert not set(heading) & set(FOREIGN_DIGITS[edition]), heading


@pytest.mark.parametrize("kind", ["timeline", "timeline-2"])
@pytest.mark.parametrize("edition", EDITIONS)
def test_one_label_for_an_unknown_date(loaded: Any, edition: str, kind: str) -> None:
    """The heading over undated articles says what their dates say (it said «بدون تاریخ»
    over articles dated «تاریخ نامعلوم»)."""
    seen = loaded(edition, "desktop", kind)
    unknown = TIMELINE_MONTHS[edition][-1]
    assert unknown in seen["dates"]  # each page has undated articles
    assert [h for h in seen["headings"] if h.startswith(unknown)]
    labels = {d for d in seen["dates"] if not any(c.isdigit() for c in d)}
    assert labels == {unknown}


# 3. a feed per actor and topic ------------------------------------------------------------

ATOM = "{http://www.w3.org/2005/Atom}"
FOLLOWED = ["actor", "actor-2", "topic"]


def atom(body: bytes) -> dict[str, Any]:
    """An Atom feed parsed back, with what RFC 4287 requires checked on the way."""
    root = ET.fromstring(body)
    assert root.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert root.find(f"{ATOM}{required}") is not None, required
    links = {link.get("rel"): link.get("href") for link in root.findall(f"{ATOM}link")}
    entries = []
    for entry in root.findall(f"{ATOM}entry"):
        for required in ("id", "title", "updated"):
            assert (entry.findtext(f"{ATOM}{required}") or "").strip(), required
        entries.append(
            {
                "id": entry.findtext(f"{ATOM}id"),
                "href": entry.find(f"{ATOM}link").get("href"),
                "updated": entry.findtext(f"{ATOM}updated"),
            }
        )
    return {"title": root.findtext(f"{ATOM}title"), "links": links, "entries": entries}


@pytest.mark.parametrize("kind", FOLLOWED)
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("edition", EDITIONS)
def test_pages_link_their_feed(loaded: Any, edition: str, width: str, kind: str) -> None:
    """One feed in the head (how browsers and feed readers find it), the same one shown on
    the page; both answer with the feed."""
    seen = loaded(edition, width, kind)
    assert len(seen["feeds"]) == 1, seen["feeds"]
    assert seen["feedLinks"] == seen["feeds"]
    status, _, body = fetch(seen["feeds"][0])
    assert status == 200
    assert atom(body)["links"]["alternate"].endswith(
        urllib.parse.urlsplit(seen["url"]).path.split("/page/")[0].removesuffix("/") + "/"
    )


@pytest.mark.parametrize("kind", ["home", "timeline", "article", "actors", "search"])
def test_other_pages_link_no_feed_of_their_own(loaded: Any, kind: str) -> None:
    assert loaded("fa", "desktop", kind)["feeds"] == []


@pytest.mark.parametrize(("folder", "slug"), [("actors", LARIJANI), ("topics", None)])
@pytest.mark.parametrize("edition", EDITIONS)
def test_feed_holds_the_dated_articles_newest_first(
    site_server: Server,
    site_dir: Path,
    articles: dict[str, dict[str, Any]],
    edition: str,
    folder: str,
    slug: str | None,
) -> None:
    slug = slug or _first(site_dir, folder)

    def names(record: dict[str, Any]) -> list[str]:
        if folder == "actors":
            return list(record.get("actors") or ())
        return [t["slug"] for t in record.get("topics") or ()]

    named = [r for r in articles.values() if slug in names(r)]
    assert named
    feed_url = site_server.url(f"{edition}/{folder}/{slug}.xml")
    status, _, body = fetch(feed_url)
    assert status == 200
    feed = atom(body)
    assert feed["links"]["self"] == feed_url
    assert feed["links"]["alternate"] == site_server.url(f"{edition}/{folder}/{slug}/")
    expected = [
        s for s in newest_first(named) if any(r["slug"] == s and r.get("date") for r in named)
    ]
    assert [e["href"] for e in feed["entries"]] == [
        site_server.url(f"{edition}/articles/{s}/") for s in expected
    ]
    assert len(expected) < len(named) or folder == "topics"  # undated ones left out
    for entry in feed["entries"]:
        assert fetch(entry["href"])[0] == 200
        assert entry["id"] == entry["href"]


@pytest.mark.parametrize("edition", EDITIONS)
def test_feed_links_work_without_a_site_url(plain_server: Server, edition: str) -> None:  # noqa: F811
    """Without a site URL, an actor's feed names no host (not localhost either): its
    links are relative to the feed's address and lead to the page and the articles."""
    feed_url = plain_server.url(f"{edition}/actors/{LARIJANI}.xml")
    status, _, body = fetch(feed_url)
    assert status == 200
    assert b"localhost" not in body
    feed = atom(body)
    assert feed["entries"]
    hrefs = [feed["links"]["alternate"], feed["links"]["self"]] + [
        e["href"] for e in feed["entries"]
    ]
    for href in hrefs:
        assert not urllib.parse.urlsplit(href).scheme, href
        assert fetch(urllib.parse.urljoin(feed_url, href))[0] == 200, href
    assert urllib.parse.urljoin(feed_url, feed["links"]["alternate"]) == plain_server.url(
        f"{edition}/actors/{LARIJANI}/"
    )
    assert all(e["id"].startswith("urn:uuid:") for e in feed["entries"])


# 4. coverage charts -------------------------------------------------------------------------

# The newest and the oldest month the timeline's chart shows (22 August to 27 November
# 2025), in each edition's calendar and digits, and how its figures read.
CHART_MONTHS = {
    "fa": ("آذر ۱۴۰۴: ۲", "مرداد ۱۴۰۴: ۱"),
    "ar": ("نوفمبر ٢٠٢٥: ٢", "أغسطس ٢٠٢٥: ١"),
    "en": ("November 2025: 2", "August 2025: 1"),
}
# Direction of time on screen: from the start side.
OLDEST_ON = {"fa": "right", "ar": "right", "en": "left"}


@pytest.mark.parametrize("kind", ["timeline", "actor", "topic"])
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("edition", EDITIONS)
def test_first_pages_show_a_coverage_chart(
    loaded: Any, edition: str, width: str, kind: str
) -> None:
    (chart,) = loaded(edition, width, kind)["charts"]
    assert chart["role"] == "img"
    assert chart["scripts"] == 0
    assert chart["bars"]
    assert 0 <= chart["left"] < chart["right"] <= WIDTHS[width]  # on the screen
    assert 60 < chart["height"] < 320
    assert not set(chart["label"]) & set(FOREIGN_DIGITS[edition]), chart["label"]
    assert chart["legend"]  # the languages, named in the edition


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("edition", EDITIONS)
def test_timeline_chart_runs_from_the_start_side(loaded: Any, edition: str, width: str) -> None:
    (chart,) = loaded(edition, width, "timeline")["charts"]
    bars = {bar["title"]: bar["x"] for bar in chart["bars"]}
    newest, oldest = CHART_MONTHS[edition]
    assert newest in bars, bars
    assert oldest in bars, bars
    assert (bars[oldest] > bars[newest]) == (OLDEST_ON[edition] == "right")
    # its text alternative holds the figures, and says how many articles have no date
    assert newest.split(":")[0] in chart["label"]
    assert TIMELINE_MONTHS[edition][-1] in chart["label"]


@pytest.mark.parametrize("kind", ["timeline-2", "actor-2", "home", "article"])
def test_other_pages_show_no_chart(loaded: Any, kind: str) -> None:
    assert loaded("fa", "desktop", kind)["charts"] == []


# 5. no empty table of contents -------------------------------------------------------------


@pytest.mark.parametrize("kind", PAGE_KINDS)
@pytest.mark.parametrize("edition", EDITIONS)
def test_no_empty_toc_column(loaded: Any, edition: str, kind: str) -> None:
    """Material keeps the table of contents' column on a desktop even when a page has no
    headings to list: a blank strip beside the text.  Shown, it lists something."""
    toc = loaded(edition, "desktop", kind)["toc"]
    assert toc is None or toc["links"] > 0, toc


# Screenshots, to read by eye -----------------------------------------------------------------


@pytest.mark.parametrize("kind", ["timeline", "actor", "topic"])
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("edition", EDITIONS)
def test_following_screenshot(
    browser: Any, site_server: Server, site_dir: Path, edition: str, width: str, kind: str
) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": WIDTHS[width], "height": 900})
    try:
        page = context.new_page()
        page.goto(site_server.url(f"{edition}/{PAGE_KINDS[kind](site_dir)}"))
        page.wait_for_load_state("networkidle")
        page.evaluate("document.fonts.ready")
        path = ARTIFACTS / f"following-{edition}-{kind}-{WIDTHS[width]}.png"
        page.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 10_000
    finally:
        context.close()
