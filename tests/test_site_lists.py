"""What a reader sees of the site's lists: index pages in the edition's alphabetical
order (people by family name), neutral labels, the edition's comma, and headlines in
another direction set in their own.  The built site in Chromium, below a sub-path
(``site_fixtures``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.register_assert_rewrite("site_fixtures")
from site_fixtures import EDITIONS, Server  # noqa: E402  (after the line above)

pytestmark = pytest.mark.browser
pytest_plugins = ["site_fixtures"]

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


def group(page: Any, site_server: Server, edition: str, type_: str) -> list[str]:
    page.goto(site_server.url(f"{edition}/actors/"))
    return page.eval_on_selector_all(
        f'ul.akhbar-actor-group[data-type="{type_}"] > li bdi', "els => els.map(e => e.textContent)"
    )


@pytest.mark.parametrize(
    ("edition", "expected"),
    [
        # Persian order (آ and ا first, پ after ب, ع ف ل), not the English slugs' that gave
        # افغانستان، ایران، اسرائیل، لبنان، پاکستان.
        (
            "fa",
            [
                "آمریکا",
                "اسرائیل",
                "افغانستان",
                "ایران",
                "پاکستان",
                "عربستان سعودی",
                "فلسطین",
                "لبنان",
            ],
        ),
        # Arabic order; the article ال not sorted on (المملكة under م, الولايات under و).
        (
            "ar",
            [
                "إسرائيل",
                "أفغانستان",
                "إيران",
                "باكستان",
                "فلسطين",
                "لبنان",
                "المملكة العربية السعودية",
                "الولايات المتحدة",
            ],
        ),
        # English: alphabetical (the slugs' order happened to be it).
        (
            "en",
            [
                "Afghanistan",
                "Iran",
                "Israel",
                "Lebanon",
                "Pakistan",
                "Palestine",
                "Saudi Arabia",
                "United States",
            ],
        ),
    ],
)
def test_states_in_the_editions_alphabet(
    page: Any, site_server: Server, edition: str, expected: list[str]
) -> None:
    assert group(page, site_server, edition, "state") == expected


@pytest.mark.parametrize(
    ("edition", "expected"),
    [
        # By family name (امانی، پزشکیان، تیپو، خامنه‌ای، دار، شریف، صادق، لاریجانی،
        # نتانیاهو، نقوی); «سید» is passed over.
        (
            "fa",
            [
                "محمدعلی امانی",
                "مسعود پزشکیان",
                "محمد مدثر تیپو",
                "سید علی خامنه‌ای",
                "محمد اسحاق دار",
                "شهباز شریف",
                "ایاز صادق",
                "علی لاریجانی",
                "بنیامین نتانیاهو",
                "سید محسن نقوی",
            ],
        ),
        # «السيد» and the article of «الخامنئي» passed over: under خ.
        (
            "ar",
            [
                "محمد علي أماني",
                "مسعود بزشكيان",
                "محمد مدثر تيبو",
                "السيد علي الخامنئي",
                "محمد إسحاق دار",
                "شهباز شريف",
                "أياز صادق",
                "علي لاريجاني",
                "بنيامين نتنياهو",
                "سيد محسن نقوي",
            ],
        ),
        (
            "en",
            [
                "Mohammad Ali Amani",
                "Ishaq Dar",
                "Ali Khamenei",
                "Ali Larijani",
                "Mohsin Naqvi",
                "Benjamin Netanyahu",
                "Masoud Pezeshkian",
                "Ayaz Sadiq",
                "Shehbaz Sharif",
                "Muhammad Mudassir Tipu",
            ],
        ),
    ],
)
def test_people_by_family_name(
    page: Any, site_server: Server, edition: str, expected: list[str]
) -> None:
    assert group(page, site_server, edition, "person") == expected


@pytest.mark.parametrize(
    ("edition", "first", "last"),
    [
        # Topics: the edition's order, not the slugs' (culture-religion first, trade last).
        ("fa", "اسرائیل و جنگ ژوئن ۲۰۲۵ با ایران", "وحدت اسلامی"),
        ("ar", "إسرائيل وحرب يونيو ٢٠٢٥ مع إيران", "الوحدة الإسلامية"),
        ("en", "Culture and religion", "Trade and economy"),
    ],
)
def test_topics_in_the_editions_alphabet(
    page: Any, site_server: Server, edition: str, first: str, last: str
) -> None:
    page.goto(site_server.url(f"{edition}/topics/"))
    labels = page.eval_on_selector_all(
        ".akhbar-topics-index li > a", "els => els.map(e => e.textContent)"
    )
    assert (labels[0], labels[-1]) == (first, last)


@pytest.mark.parametrize(
    ("edition", "label"),
    [
        # The publication's label of the war of June 2025 says what it was, plainly.
        ("fa", "اسرائیل و جنگ ژوئن ۲۰۲۵ با ایران"),
        ("ar", "إسرائيل وحرب يونيو ٢٠٢٥ مع إيران"),
        ("en", "Israel and the June 2025 war with Iran"),
    ],
)
def test_war_topic_label_is_neutral(
    page: Any, site_server: Server, edition: str, label: str
) -> None:
    page.goto(site_server.url(f"{edition}/topics/israel-conflict/"))
    title = page.text_content("h1") or ""
    assert title.strip() == label
    body = page.text_content(".akhbar-topic") or ""
    for loaded in ("رژیم صهیونیستی", "الكيان الصهيوني"):
        assert loaded not in body


@pytest.mark.parametrize(
    ("edition", "separator", "other"),
    [
        # English lists take the Latin comma; the RTL editions the Arabic one.
        ("en", ", ", "،"),
        ("fa", "، ", ","),
        ("ar", "، ", ","),
    ],
)
def test_card_lists_use_the_editions_comma(
    page: Any, site_server: Server, articles: dict, edition: str, separator: str, other: str
) -> None:
    page.goto(site_server.url(f"{edition}/articles/{articles['000']['slug']}/"))
    for selector in (".akhbar-card .akhbar-actors", ".akhbar-card .akhbar-topics"):
        text = page.text_content(selector) or ""
        assert separator in text
        assert other not in text


ALIGNMENT_JS = """() => [...document.querySelectorAll('ul.akhbar-list > li')].map(li => {
  const list = li.parentElement.getBoundingClientRect();
  const title = li.querySelector(':scope > a').getBoundingClientRect();
  const meta = li.querySelector(':scope > span bdi').getBoundingClientRect();
  return {
    lang: li.querySelector(':scope > a').closest('[lang]').lang,
    dir: getComputedStyle(li).direction,
    titleGap: [Math.round(title.left - list.left), Math.round(list.right - title.right)],
    metaGap: [Math.round(meta.left - list.left), Math.round(list.right - meta.right)],
  };
})"""


@pytest.mark.parametrize("width", [1366, 390])
def test_rtl_headlines_in_the_english_edition_start_at_the_right(
    page: Any, site_server: Server, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(site_server.url("en/timeline/"))
    items = page.evaluate(ALIGNMENT_JS)
    assert {item["lang"] for item in items} >= {"fa", "ar"}
    for item in items:
        # Each entry in its article's direction: a Persian or Arabic headline starts at the
        # right edge of the list, and the line under it (in English) on the same side.
        assert item["dir"] == "rtl", item
        assert item["titleGap"][1] <= 2, item
        assert item["metaGap"][1] <= 2, item
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"lists-en-timeline-{width}.png"), full_page=True)


@pytest.mark.parametrize("edition", EDITIONS)
def test_index_pages_screenshot(page: Any, site_server: Server, edition: str) -> None:
    page.goto(site_server.url(f"{edition}/actors/"))
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"lists-{edition}-actors.png"), full_page=True)


@pytest.mark.parametrize(
    ("edition", "expected"),
    [
        # Most named first; among as many, the edition's alphabet, not the slugs'
        # (iran, israel, pakistan gave ایران، اسرائیل، پاکستان).
        ("fa", ["اسرائیل (۳)", "ایران (۳)", "پاکستان (۳)"]),
        ("ar", ["إسرائيل (٣)", "إيران (٣)", "باكستان (٣)"]),
        ("en", ["Iran (3)", "Israel (3)", "Pakistan (3)"]),
    ],
)
def test_most_present_actors_tie_in_alphabetical_order(
    page: Any, site_server: Server, edition: str, expected: list[str]
) -> None:
    page.goto(site_server.url(f"{edition}/topics/israel-conflict/"))
    items = page.eval_on_selector_all(
        ".akhbar-topic > ul:last-of-type > li", "els => els.map(e => e.textContent.trim())"
    )
    assert items[:3] == expected
