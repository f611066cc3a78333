"""The search page in a real browser: one article index shared by the three editions.

The session's build (``site_fixtures``) is served under a sub-path; every query is typed
on an edition's search page in Chromium, at a desktop and a phone width.
"""

from __future__ import annotations

import gzip
import re
import urllib.parse
from pathlib import Path
from typing import Any

import pytest

pytest.register_assert_rewrite("site_fixtures")
from site_fixtures import EDITIONS, SEARCH_TIMEOUT_MS, Server  # noqa: E402  (after the line above)

pytest_plugins = ["site_fixtures"]

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
LARIJANI = "ali-larijani"
WIDTHS = (1366, 390)
DIGITS = {"fa": "۰۱۲۳۴۵۶۷۸۹", "ar": "٠١٢٣٤٥٦٧٨٩", "en": "0123456789"}
# The font an excerpt is set in, by the article's language (docs/assets/akhbar.css).
FONTS = {"fa": "Vazirmatn", "ar": "Noto Naskh Arabic", "en": "system-ui"}

# A name typed in Persian letters, in Arabic letters and in Latin: each finds every
# article naming Ali Larijani, whatever its language.
LARIJANI_QUERIES = {
    "persian": "لاریجانی",
    "arabic": "لاريجاني",
    "latin": "Larijani",
}

RESULTS_JS = """() => [...document.querySelectorAll('.akhbar-result')].map(li => {
  const a = li.querySelector('a'), p = li.querySelector('.akhbar-result-excerpt');
  return {href: a.href, title: a.textContent, lang: a.lang, date: li.querySelector('.akhbar-result-date').textContent,
          excerpt: p.textContent, marks: [...p.querySelectorAll('mark')].map(m => m.textContent),
          font: getComputedStyle(p).fontFamily, titleEdges: [a.getBoundingClientRect().left - li.getBoundingClientRect().left,
                                                     li.getBoundingClientRect().right - a.getBoundingClientRect().right]};
})"""


def type_query(page: Any, site_server: Server, edition: str, query: str) -> None:
    page.goto(site_server.url(f"{edition}/search/"))
    page.locator("#akhbar-search-input").fill(query)
    page.wait_for_function(
        "q => document.getElementById('akhbar-search').dataset.done"
        " && document.getElementById('akhbar-search-input').value === q",
        arg=query,
        timeout=SEARCH_TIMEOUT_MS,
    )


def articles_shown(page: Any) -> list[dict[str, Any]]:
    return [{**r, "href": urllib.parse.unquote(r["href"])} for r in page.evaluate(RESULTS_JS)]


def pages_shown(page: Any) -> list[str]:
    return [
        urllib.parse.unquote(h)
        for h in page.eval_on_selector_all(
            ".akhbar-search-pages:not([hidden]) a", "els => els.map(a => a.href)"
        )
    ]


def naming(articles: dict[str, dict[str, Any]], actor: str) -> list[dict[str, Any]]:
    """The articles naming *actor*, newest first, undated last."""
    found = [r for r in articles.values() if actor in r.get("actors", ())]
    dated = sorted((r for r in found if r.get("date")), key=lambda r: str(r["date"]), reverse=True)
    return dated + [r for r in found if not r.get("date")]


def in_order(hrefs: list[str], records: list[dict[str, Any]], base: str) -> bool:
    """Whether *hrefs* are the pages of *records*, the dated in their order (undated
    articles, last, are equal matches in any order)."""
    urls = [base + r["slug"] + "/" for r in records]
    dated = sum(1 for r in records if r.get("date"))
    return hrefs[:dated] == urls[:dated] and sorted(hrefs[dated:]) == sorted(urls[dated:])


def plain(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture
def phone_or_desktop(page: Any, request: pytest.FixtureRequest) -> Any:
    page.set_viewport_size({"width": request.param, "height": 900})
    return page


@pytest.mark.parametrize("phone_or_desktop", WIDTHS, indirect=True)
@pytest.mark.parametrize("query", LARIJANI_QUERIES)
@pytest.mark.parametrize("edition", EDITIONS)
def test_a_name_finds_its_articles_first_newest_first_then_its_actor_page(
    phone_or_desktop: Any, site_server: Server, articles: dict, edition: str, query: str
) -> None:
    """Every Larijani article (Persian and Arabic ones, from a query in either script or
    in Latin), newest first and undated last; then his actor page, as one result, and no
    topic or source page that merely lists his name."""
    page = phone_or_desktop
    type_query(page, site_server, edition, LARIJANI_QUERIES[query])
    shown = articles_shown(page)
    expected = naming(articles, LARIJANI)
    hrefs = [r["href"] for r in shown]
    assert in_order(hrefs, expected, site_server.base + f"{edition}/articles/"), hrefs
    assert pages_shown(page) == [site_server.base + f"{edition}/actors/{LARIJANI}/"]
    status = page.inner_text(".akhbar-search-status")
    count = str(len(expected) + 1).translate(str.maketrans("0123456789", DIGITS[edition]))
    assert count in status, status
    if edition != "en":
        assert not re.search(r"[0-9]", status), status
    if page.viewport_size["width"] == 390:
        assert page.evaluate("document.documentElement.scrollWidth <= innerWidth")
    ARTIFACTS.mkdir(exist_ok=True)
    width = page.viewport_size["width"]
    page.screenshot(path=str(ARTIFACTS / f"search-{edition}-{query}-{width}.png"))


@pytest.mark.parametrize("phone_or_desktop", WIDTHS, indirect=True)
@pytest.mark.parametrize("edition", EDITIONS)
def test_a_result_opens_the_article_in_the_readers_edition(
    phone_or_desktop: Any, site_server: Server, articles: dict, edition: str
) -> None:
    page = phone_or_desktop
    type_query(page, site_server, edition, "Larijani")
    first = naming(articles, LARIJANI)[0]
    with page.expect_navigation() as navigation:
        page.locator(".akhbar-result a").first.click()
    assert navigation.value.status == 200
    assert urllib.parse.unquote(page.url) == (
        site_server.base + f"{edition}/articles/{first['slug']}/"
    )
    assert page.evaluate("document.documentElement.lang") == edition


@pytest.mark.parametrize("edition", EDITIONS)
def test_excerpts_are_the_articles_display_text_in_its_font(
    page: Any, site_server: Server, site_dir: Path, edition: str
) -> None:
    """An excerpt is a run of the article's own words (no folded copy, no metadata), in
    the article's language and font; the date is written as the edition writes it."""
    type_query(page, site_server, edition, "لاريجاني")
    shown = articles_shown(page)
    assert shown
    for result in shown:
        path = result["href"].removeprefix(site_server.base)
        html = (site_dir / path / "index.html").read_text(encoding="utf-8")
        # The display text: the kicker, then the text's headings and paragraphs.
        kicker = re.search(r'<p class="akhbar-kicker"[^>]*>(.*?)</p>', html)
        body = html.split('<div class="akhbar-text">')[1].split("</div>")[0]
        text = plain(re.sub(r"<[^>]+>", " ", (kicker[1] if kicker else "") + " " + body))
        excerpt = plain(result["excerpt"]).strip("… ")
        assert excerpt in text, (excerpt, path)
        assert FONTS[result["lang"]] in result["font"], result["font"]
        # The title starts on its own start side (a Persian title in the English edition
        # on the right, as its excerpt), not on the list's.
        left, right = result["titleEdges"]
        assert (right if result["lang"] in ("fa", "ar") else left) < 2, (
            result["title"],
            left,
            right,
        )
        if edition != "en":
            assert not re.search(r"[0-9]", result["date"]), result["date"]
    assert any(result["marks"] for result in shown)


# A word of an article typed in the other script's letters (ی/ي, ک/ك).
CROSS_SCRIPT = {
    "persian-word-arabic-letters": ("همكاري", "همکاری"),
    "arabic-word-persian-letters": ("باکستان", "باكستان"),
}


@pytest.mark.parametrize("case", CROSS_SCRIPT)
@pytest.mark.parametrize("edition", EDITIONS)
def test_a_word_typed_in_the_other_scripts_letters_finds_it(
    page: Any, site_server: Server, site_dir: Path, edition: str, case: str
) -> None:
    typed, written = CROSS_SCRIPT[case]
    type_query(page, site_server, edition, typed)
    shown = articles_shown(page)
    assert shown
    assert all(written in "".join(r["marks"]) for r in shown if r["marks"]), shown


def test_the_article_index_is_written_once_for_the_three_editions(site_dir: Path) -> None:
    """One article index at the site's root; each edition's holds only its pages."""
    assert (site_dir / "pagefind" / "pagefind-entry.json").is_file()
    for edition in EDITIONS:
        bundle = site_dir / edition / "pagefind"
        assert (bundle / "pagefind-entry.json").is_file()
        assert not (bundle / "pagefind.js").exists()
        assert not list(bundle.glob("wasm.*"))
        urls = [
            gzip.decompress(p.read_bytes()) for p in (bundle / "fragment").glob("*.pf_fragment")
        ]
        assert urls
        assert not any(b'"url":"/articles/' in u for u in urls)
