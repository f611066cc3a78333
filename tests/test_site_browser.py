"""What a reader sees: the built site in a real browser, served below a sub-path.

The site is built once per session (``site_fixtures``) and served at
``http://127.0.0.1:PORT/akhbar/``.  Chromium is Debian's, driven by Playwright.
"""

from __future__ import annotations

import re
import urllib.parse
from pathlib import Path
from typing import Any

import pytest

pytest.register_assert_rewrite("site_fixtures")
from site_fixtures import (  # noqa: E402  (after the line above)
    DIRS,
    EDITIONS,
    SEARCH_TIMEOUT_MS,
    SUB_PATH,
    Server,
    crawl,
    fetch,
    newest_first,
    slug_of,
)

# The session's build, server and browser fixtures.
pytest_plugins = ["site_fixtures"]

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
LARIJANI = "ali-larijani"
LARIJANI_ARTICLES = ("000", "001", "002", "003")  # the seeds that name him
PERSIAN_ARTICLE, ARABIC_ARTICLE = "000", "003"
RESULT_LINK = ".akhbar-search-results a, .akhbar-search-pages a"
SEARCH_INPUT = "#akhbar-search-input"


def article_path(edition: str, record: dict[str, Any]) -> str:
    return f"{edition}/articles/{record['slug']}/"


# 1. <html lang dir> per edition -------------------------------------------------------


@pytest.mark.parametrize("edition", EDITIONS)
def test_edition_lang_and_dir(page: Any, site_server: Server, edition: str) -> None:
    page.goto(site_server.url(f"{edition}/"))
    got = page.evaluate(
        "() => [document.documentElement.lang, document.documentElement.dir, document.body.dir,"
        " getComputedStyle(document.body).direction]"
    )
    lang, html_dir, body_dir, computed = got
    assert lang == edition
    assert html_dir == DIRS[edition]
    # <body> carries Material's dir too (or inherits it): what the reader gets is `computed`.
    assert body_dir in (DIRS[edition], "")
    assert computed == DIRS[edition]


# 2. article blocks keep their own language ----------------------------------------------

BLOCK_JS = """() => { const a = document.querySelector('article.akhbar-article');
  return a && [a.lang, a.dir, getComputedStyle(a).direction,
               getComputedStyle(document.querySelector('.md-header')).direction]; }"""


@pytest.mark.parametrize(
    ("edition", "prefix", "lang", "chrome_dir"),
    [
        ("fa", ARABIC_ARTICLE, "ar", "rtl"),  # Arabic article in the Persian edition
        ("en", ARABIC_ARTICLE, "ar", "ltr"),  # Arabic article in LTR chrome
        ("en", PERSIAN_ARTICLE, "fa", "ltr"),  # Persian article in LTR chrome
        ("ar", PERSIAN_ARTICLE, "fa", "rtl"),  # Persian article in the Arabic edition
    ],
)
def test_article_block_keeps_its_language(
    page: Any,
    site_server: Server,
    articles: dict,
    edition: str,
    prefix: str,
    lang: str,
    chrome_dir: str,
) -> None:
    page.goto(site_server.url(article_path(edition, articles[prefix])))
    block = page.evaluate(BLOCK_JS)
    assert block == [lang, "rtl", "rtl", chrome_dir]


# 3. the actor page ----------------------------------------------------------------------


@pytest.mark.parametrize("edition", EDITIONS)
def test_larijani_page_lists_his_four_articles_newest_first(
    page: Any, site_server: Server, articles: dict, edition: str
) -> None:
    page.goto(site_server.url(f"{edition}/actors/{LARIJANI}/"))
    hrefs = page.eval_on_selector_all(
        ".akhbar-actor > ul.akhbar-list > li > a", "els => els.map(a => a.href)"
    )
    expected = newest_first([articles[p] for p in LARIJANI_ARTICLES])
    assert [slug_of(h) for h in hrefs] == expected
    for href in hrefs:  # every entry leads to the article in the same edition
        assert urllib.parse.unquote(href).startswith(site_server.base + f"{edition}/articles/")


# 4. the language switcher ---------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(lambda arts: f"actors/{LARIJANI}/", id="actor"),
        pytest.param(lambda arts: f"articles/{arts[PERSIAN_ARTICLE]['slug']}/", id="article"),
        pytest.param(lambda arts: "", id="home"),
    ],
)
def test_switcher_leads_to_the_same_page(
    page: Any, site_server: Server, articles: dict, path: Any
) -> None:
    target = path(articles)
    page.goto(site_server.url(f"fa/{target}"))
    link = page.locator("a.md-select__link[hreflang='ar']")
    response = None
    with page.expect_navigation() as nav:
        # The switcher is a hover menu: follow its link as a reader's click would.
        link.dispatch_event("click")
    response = nav.value
    assert response is not None
    assert response.status == 200
    assert urllib.parse.unquote(page.url) == site_server.base + f"ar/{target}"
    assert page.evaluate("document.documentElement.lang") == "ar"


# 5. search --------------------------------------------------------------------------------


def search(page: Any, site_server: Server, edition: str, query: str) -> list[str]:
    """Type *query* on the edition's search page; the result links' hrefs (unquoted):
    the articles, then the actor, topic and source pages."""
    page.goto(site_server.url(f"{edition}/search/"))
    page.locator(SEARCH_INPUT).fill(query)
    return result_hrefs(page, query)


def result_hrefs(page: Any, query: str) -> list[str]:
    """The result links' hrefs (unquoted), once the search of *query* is done."""
    page.wait_for_function(
        "q => { const r = document.getElementById('akhbar-search');"
        " return r.dataset.done && document.getElementById('akhbar-search-input').value === q; }",
        arg=query,
        timeout=SEARCH_TIMEOUT_MS,
    )
    page.wait_for_timeout(100)
    return [
        urllib.parse.unquote(h)
        for h in page.eval_on_selector_all(RESULT_LINK, "els => els.map(a => a.href)")
    ]


def arabic_letters(text: str) -> str:
    return text.replace("ی", "ي").replace("ک", "ك")


def persian_letters(text: str) -> str:
    return text.replace("ي", "ی").replace("ك", "ک")


def a_word(record: dict[str, Any], letters: str, others: Any = ()) -> str:
    """A word of the article's title or key points with one of *letters* in it, the one
    found in the fewest *other* articles (so the article ranks among the first results)."""
    text = " ".join([record["title"], *record.get("key_points", ())])
    words = [w for w in re.findall(r"[\u0600-\u06ff]{5,}", text) if any(c in w for c in letters)]
    if not words:
        raise AssertionError(f"no word with {letters} in {record['slug']}")
    texts = [" ".join([o["title"], *o.get("key_points", ())]) for o in others if o is not record]
    return min(words, key=lambda w: (sum(w in t for t in texts), words.index(w)))


# A Persian article found by its word typed with Arabic ي/ك, and the other way round.
CROSS_SCRIPT = {
    "persian-article-arabic-letters": (PERSIAN_ARTICLE, "یک", arabic_letters),
    "arabic-article-persian-letters": (ARABIC_ARTICLE, "يك", persian_letters),
}


@pytest.mark.parametrize("case", CROSS_SCRIPT)
@pytest.mark.parametrize("edition", EDITIONS)
def test_query_in_the_other_script_finds_the_article(
    page: Any, site_server: Server, articles: dict, edition: str, case: str
) -> None:
    prefix, letters, respell = CROSS_SCRIPT[case]
    record = articles[prefix]
    word = a_word(record, letters, articles.values())
    query = respell(word)
    assert query != word
    hrefs = search(page, site_server, edition, query)
    assert any(record["slug"] in h for h in hrefs), (query, hrefs)
    assert all(h.startswith(site_server.base + f"{edition}/") for h in hrefs), hrefs


@pytest.mark.parametrize("edition", EDITIONS)
def test_latin_query_finds_the_actor_page(page: Any, site_server: Server, edition: str) -> None:
    hrefs = search(page, site_server, edition, "Larijani")
    assert site_server.base + f"{edition}/actors/{LARIJANI}/" in hrefs, hrefs


# 6. nothing leaves the local server --------------------------------------------------------


@pytest.mark.parametrize("edition", EDITIONS)
def test_no_request_leaves_the_site(
    page: Any, site_server: Server, articles: dict, edition: str
) -> None:
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    for path in (
        f"{edition}/",
        article_path(edition, articles[PERSIAN_ARTICLE]),
        f"{edition}/actors/{LARIJANI}/",
    ):
        page.goto(site_server.url(path), wait_until="load")  # fonts and styles are in
    search(page, site_server, edition, "Larijani")
    page.wait_for_load_state("networkidle")
    outside = [
        url
        for url in requests
        if urllib.parse.urlsplit(url).scheme not in ("data", "blob")
        and urllib.parse.urlsplit(url).netloc != site_server.host
    ]
    assert not outside
    fonts = [url for url in requests if url.endswith(".woff2")]
    assert fonts, "no web font was loaded on a Persian page"


# 7. no broken internal link ----------------------------------------------------------------


def test_no_broken_internal_link(site_server: Server, site_dir: Path) -> None:
    found = crawl(site_server)
    assert not found.broken, "\n".join(found.broken[:20])
    print(f"crawled {len(found.pages)} pages, checked {len(found.checked)} URLs")
    # home, indexes, 5 articles, actors, topics, sources per edition
    assert len(found.pages) > 3 * 40


# 8. the root page --------------------------------------------------------------------------


def test_root_sends_the_reader_to_an_edition(page: Any, site_server: Server) -> None:
    status, _, body = fetch(site_server.base)
    assert status == 200
    assert re.search(rb'http-equiv="refresh" content="0; url=(fa|ar|en)/"', body)
    page.goto(site_server.base)
    page.wait_for_url(re.compile(re.escape(site_server.base) + r"(fa|ar|en)/$"))
    assert page.evaluate("document.documentElement.lang") == "fa"  # the context's locale


# 9 and 10. the home pages: no console error, and a screenshot -----------------------------


@pytest.mark.parametrize("edition", EDITIONS)
def test_home_page_has_no_console_error(page: Any, site_server: Server, edition: str) -> None:
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(site_server.url(f"{edition}/"))
    page.wait_for_load_state("networkidle")
    assert not errors


@pytest.mark.parametrize("edition", EDITIONS)
def test_home_page_screenshot(page: Any, site_server: Server, edition: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(site_server.url(f"{edition}/"))
    page.wait_for_load_state("networkidle")
    page.evaluate("document.fonts.ready")
    path = ARTIFACTS / f"home-{edition}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 10_000


@pytest.mark.parametrize(
    ("edition", "prefix", "name"),
    [("en", PERSIAN_ARTICLE, "article-fa-in-en"), ("fa", ARABIC_ARTICLE, "article-ar-in-fa")],
)
def test_article_screenshot(
    page: Any, site_server: Server, articles: dict, edition: str, prefix: str, name: str
) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(site_server.url(article_path(edition, articles[prefix])))
    page.wait_for_load_state("networkidle")
    page.evaluate("document.fonts.ready")
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 10_000


def test_sub_path_is_the_only_thing_served(site_server: Server, site_dir: Path) -> None:
    """The server is strict about the sub-path, so a link that escapes it shows up."""
    assert fetch(f"http://{site_server.host}/fa/")[0] == 404
    assert SUB_PATH == "/akhbar/"


@pytest.mark.parametrize("edition", EDITIONS)
def test_hreflang_alternates_name_the_same_page(site_server: Server, edition: str) -> None:
    """In the edition's sitemap (not the page's head: Material's language selector would
    fetch a sitemap.xml beside each, tests/test_site_following.py)."""
    url = site_server.url(f"fa/actors/{LARIJANI}/")
    _, _, sitemap = fetch(site_server.url("fa/sitemap.xml"))
    entry = re.search(rf"<loc>{re.escape(url)}</loc>(.*?)</url>", sitemap.decode(), flags=re.S)
    assert entry is not None
    pairs = re.findall(r'hreflang="(\w+)" href="([^"]*)"', entry.group(1))
    found = dict(pairs)
    assert found[edition] == site_server.url(f"{edition}/actors/{LARIJANI}/")
