"""The search index in shards (akhbar.search): which page goes where (by period, newest
first), what a first query searches, a real Pagefind run over a small edition, indexed
again only where its pages changed, and the shards of the real build."""

from __future__ import annotations

import gzip
import html
import json
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from akhbar.errors import BuildError
from akhbar.search import (
    _BODY_RE,
    BUNDLE,
    MANIFEST,
    PageBudget,
    Shard,
    _has_body_mark,
    _html_pages,
    _marked_only,
    _pagefind_command,
    _run_pagefind,
    _stage_page,
    article_dates,
    first_shards,
    index_edition,
    plan_shards,
    read_pages,
)

pytest.register_assert_rewrite("site_fixtures")
from site_fixtures import EDITIONS  # noqa: E402  (after the line above)

pytest_plugins = ["site_fixtures"]

GENERATED = ["index.html", "actors/ali-larijani/index.html", "topics/energy/index.html", "404.html"]


def article_pages(count: int) -> list[str]:
    return [f"articles/article-{k:03d}/index.html" for k in range(count)]


def shard_of(shards, page: str) -> str:
    (folder,) = [s.folder for s in shards if page in s.pages]
    return folder


@pytest.mark.parametrize(
    ("articles", "per_shard", "article_shards"),
    [
        (0, 2, 0),  # no article: the generated pages alone
        (10, 10, 1),  # up to the limit: one shard
        (11, 10, 2),  # one over: two
        (10, 3, 4),  # ceil(10 / 3)
    ],
)
def test_plan_puts_each_article_in_one_shard(
    articles: int, per_shard: int, article_shards: int
) -> None:
    pages = GENERATED + article_pages(articles)
    shards = plan_shards(pages, per_shard)
    assert shards[0].folder == ""
    assert sorted(shards[0].pages) == sorted(GENERATED)
    assert len(shards) - 1 <= article_shards  # a hash bucket may stay empty
    assert sorted(p for s in shards for p in s.pages) == sorted(pages)  # each page once
    assert all(s.folder.startswith("articles-") and s.pages for s in shards[1:])
    if articles:
        sizes = [len(s.pages) for s in shards[1:]]
        assert max(sizes) <= 2 * per_shard  # about even


def test_an_article_keeps_its_shard_when_others_come_and_go() -> None:
    before = plan_shards(GENERATED + article_pages(40), 10)
    after = plan_shards(GENERATED + article_pages(40)[1:] + ["articles/new/index.html"], 10)
    for page in article_pages(40)[1:]:
        assert shard_of(before, page) == shard_of(after, page)


def test_every_file_of_an_article_folder_goes_together() -> None:
    pages = ["articles/a/index.html", "articles/a/print/index.html", *article_pages(30)]
    shards = plan_shards(pages, 5)
    assert shard_of(shards, "articles/a/index.html") == shard_of(
        shards, "articles/a/print/index.html"
    )


DATES = {
    "article-000": "2025-11",
    "article-001": "2025-12",
    "article-002": "2025-08",
    "article-003": "2024-02",
    "article-004": None,
    "article-005": "2025-10",
}


def test_plan_orders_periods_newest_first_and_undated_last() -> None:
    shards = plan_shards(GENERATED + article_pages(6), 10, DATES)
    assert [s.folder for s in shards] == ["", "articles-2025", "articles-2024", "articles-undated"]
    assert [s.since for s in shards] == [None, "2025-01-01", "2024-01-01", None]
    assert shard_of(shards, "articles/article-005/index.html") == "articles-2025"
    assert shard_of(shards, "articles/article-004/index.html") == "articles-undated"


def month_pages(counts: dict[str, int]) -> tuple[list[str], dict[str, str | None]]:
    """Article pages and dates: *counts* articles per month (``YYYY-MM``)."""
    pages, dates = [], {}
    for month, count in counts.items():
        for k in range(count):
            name = f"a-{month}-{k}"
            pages.append(f"articles/{name}/index.html")
            dates[name] = month
    return pages, dates


def test_a_full_year_is_divided_in_halves_quarters_and_months() -> None:
    pages, dates = month_pages(
        {"2025-01": 2, "2025-08": 2, "2025-11": 3, "2025-12": 4, "2024-05": 9}
    )
    shards = plan_shards(pages, 5, dates)
    folders = [s.folder for s in shards]
    # 2025 (11 > 5): H1 (2), H2 (9 > 5): Q3 (2), Q4 (7 > 5): October (none), November,
    # December; 2024 (9 > 5): H1 (9 > 5): Q2 (9 > 5): May (9 > 5), split by hash.
    assert folders[:5] == [
        "",
        "articles-2025-12",
        "articles-2025-11",
        "articles-2025q3",
        "articles-2025h1",
    ]
    assert set(folders[5:]) <= {"articles-2024-05-1-of-2", "articles-2024-05-2-of-2"}
    assert [s.since for s in shards[1:5]] == [
        "2025-12-01",
        "2025-11-01",
        "2025-07-01",
        "2025-01-01",
    ]
    assert sorted(p for s in shards for p in s.pages) == sorted(pages)
    assert all(len(s.pages) <= 5 for s in shards[1:])


def test_a_new_article_changes_the_newest_shard_only() -> None:
    pages, dates = month_pages({"2025-02": 3, "2025-09": 3, "2026-01": 2})
    before = plan_shards(pages, 5, dates)
    after = plan_shards([*pages, "articles/new/index.html"], 5, {**dates, "new": "2026-02"})
    assert [s.folder for s in after] == [s.folder for s in before]
    changed = [b.folder for b, a in zip(before, after, strict=True) if b != a]
    assert changed == ["articles-2026"]


def test_a_first_query_searches_the_newest_shards_holding_enough_pages() -> None:
    pages, dates = month_pages({"2026-01": 3, "2025-06": 4, "2024-03": 2})
    shards = plan_shards(GENERATED + pages, 10, dates)  # 2026: 3, 2025: 4, 2024: 2
    assert first_shards(shards, 1) == 1
    assert first_shards(shards, 3) == 1
    assert first_shards(shards, 4) == 2
    assert first_shards(shards, 1000) == len(shards) - 1  # everything
    assert first_shards(plan_shards(GENERATED, 10), 5) == 0  # no article at all
    # The shards of one period, split by hash, are searched together.
    pages, dates = month_pages({"2026-01": 6, "2025-06": 4})
    shards = plan_shards(pages, 2, dates)
    newest = [s for s in shards if s.since == "2026-01-01"]
    assert len(newest) >= 2
    assert first_shards(shards, 1) == len(newest)


@pytest.mark.parametrize("setting", ["AKHBAR_SEARCH_SHARD_PAGES", "AKHBAR_SEARCH_FIRST_PAGES"])
@pytest.mark.parametrize("value", ["0", "-3", "many", "2.5"])
def test_bad_settings_are_refused(
    monkeypatch: pytest.MonkeyPatch, setting: str, value: str
) -> None:
    from akhbar.settings import Settings

    monkeypatch.setenv(setting, value)
    with pytest.raises(BuildError, match=setting):
        Settings.from_environment()


# --- a real Pagefind run ----------------------------------------------------------------


def page_html(title: str, text: str, date: str | None = None) -> str:
    dated = f' data-akhbar-date="{date}"' if date else ""
    return (
        f'<!doctype html><html lang="en"><head><title>{title}</title></head><body>'
        f'<article class="akhbar-article" data-pagefind-body{dated} lang="en">'
        f"<h1>{title}</h1><p>{text}</p></article></body></html>"
    )


def article_date(k: int) -> str | None:
    """Article k's date: three per quarter of 2025, from the newest; the last two undated."""
    return None if k >= 7 else f"2025-{12 - 3 * (k // 3):02d}-0{k % 3 + 1}"


def write_edition(folder: Path, articles: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "index.html").write_text(page_html("Home", "the briefing home"), encoding="utf-8")
    for k in range(articles):
        page = folder / "articles" / f"article-{k:03d}" / "index.html"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(
            page_html(f"Article {k}", f"keyword{k} about Pakistan", article_date(k)),
            encoding="utf-8",
        )


def indexed_urls(bundle: Path) -> set[str]:
    """The URLs a bundle's fragments hold (Pagefind's gzip'd "pagefind_dcd" + JSON)."""
    urls = set()
    for path in (bundle / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(path.read_bytes())
        urls.add(json.loads(data[data.index(b"{") :])["url"])
    return urls


def snapshot(bundle: Path) -> dict[str, int]:
    return {
        p.relative_to(bundle).as_posix(): p.stat().st_ino for p in bundle.rglob("*") if p.is_file()
    }


@pytest.fixture(scope="module")
def edition(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("site") / "en"
    write_edition(folder, 9)
    return folder


def test_article_dates_are_read_from_the_pages(edition: Path) -> None:
    pages = [p.relative_to(edition).as_posix() for p in edition.rglob("*.html")]
    dates = article_dates(pages, read_pages(edition, pages))
    assert dates == {f"article-{k:03d}": (article_date(k) or "")[:7] or None for k in range(9)}


def test_shards_hold_every_page_once(edition: Path) -> None:
    done, total = index_edition("en", edition, per_shard=3, first=4)
    bundle = edition / BUNDLE
    manifest = json.loads((bundle / MANIFEST).read_text(encoding="utf-8"))
    folders = [s["folder"] for s in manifest["shards"]]
    assert done == total == len(folders)
    # 2025 (7 > 3): H2 (6 > 3): Q4 (3), Q3 (3); H1 (1).
    assert folders == [
        "",
        "articles-2025q4",
        "articles-2025q3",
        "articles-2025h1",
        "articles-undated",
    ]
    assert manifest["first"] == 2  # 3 + 3 articles >= 4
    labels = [s["since_label"] for s in manifest["shards"]]
    assert labels == [None, "1 October 2025", "1 July 2025", "1 January 2025", None]
    assert indexed_urls(bundle) == {"/"}  # the primary: the generated pages
    seen: list[str] = []
    for folder in folders[1:]:
        shard = bundle / folder
        assert (shard / "pagefind-entry.json").is_file()
        assert list(shard.glob("*.pf_meta"))
        assert not list(shard.glob("pagefind*.js"))
        assert not list(shard.glob("wasm.*"))
        seen += indexed_urls(shard)
    assert sorted(seen) == sorted(f"/articles/article-{k:03d}/" for k in range(9))
    assert (bundle / "pagefind-ui.js").is_file()
    assert list(bundle.glob("wasm.*"))


def test_unchanged_shards_are_kept_and_an_edit_redoes_one(edition: Path) -> None:
    index_edition("en", edition, per_shard=3)
    bundle = edition / BUNDLE
    before = snapshot(bundle)
    assert index_edition("en", edition, per_shard=3)[0] == 0  # nothing changed: nothing run
    assert snapshot(bundle) == before

    edited = edition / "articles" / "article-004" / "index.html"
    edited.write_text(
        page_html("Article 4", "keyword4 revised about Iran", article_date(4)), encoding="utf-8"
    )
    done, total = index_edition("en", edition, per_shard=3)
    assert done == 1
    assert total >= 3
    after = snapshot(bundle)
    changed = {name.split("/")[0] for name in after if before.get(name) != after[name]} - {MANIFEST}
    assert changed == {"articles-2025q3"}
    holder = next(
        f for f in bundle.glob("articles-*") if "/articles/article-004/" in indexed_urls(f)
    )
    fragment = b"".join(gzip.decompress(p.read_bytes()) for p in (holder / "fragment").glob("*"))
    assert b"revised" in fragment


def test_pages_a_rebuild_did_not_write_are_not_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import akhbar.search

    monkeypatch.setenv("AKHBAR_CACHE_DIR", str(tmp_path / "cache"))
    edition = tmp_path / "en"
    write_edition(edition, 4)
    index_edition("en", edition, per_shard=3)
    manifest = (edition / BUNDLE / MANIFEST).read_text(encoding="utf-8")
    opened: list[str] = []

    def counting(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened.append(Path(path).relative_to(edition).as_posix())
        return open(path, *args, **kwargs)

    monkeypatch.setattr(akhbar.search, "open", counting, raising=False)
    assert index_edition("en", edition, per_shard=3)[0] == 0
    assert opened == []
    assert (edition / BUNDLE / MANIFEST).read_text(encoding="utf-8") == manifest
    edited = edition / "articles" / "article-001" / "index.html"
    edited.write_text(page_html("Article 1", "keyword1 revised", article_date(1)), encoding="utf-8")
    assert index_edition("en", edition, per_shard=3)[0] == 1  # its shard, found changed
    assert opened == ["articles/article-001/index.html"]


def test_generated_pages_outside_the_index_are_not_given_to_pagefind(tmp_path: Path) -> None:
    edition = tmp_path / "en"
    write_edition(edition, 2)
    numbered = edition / "timeline" / "page" / "2" / "index.html"
    numbered.parent.mkdir(parents=True)
    numbered.write_text(
        page_html("Timeline, page 2", "a list").replace(" data-pagefind-body", ""), encoding="utf-8"
    )
    primary = plan_shards(
        sorted(p.relative_to(edition).as_posix() for p in edition.rglob("*.html")), 3
    )[0]
    assert primary.pages == ("index.html", "timeline/page/2/index.html")
    assert _marked_only(primary, read_pages(edition, list(primary.pages))).pages == ("index.html",)
    index_edition("en", edition, per_shard=3)
    assert indexed_urls(edition / BUNDLE) == {"/"}  # what Pagefind indexed with it too
    numbered.write_text(
        numbered.read_text(encoding="utf-8").replace("a list", "a longer list"), encoding="utf-8"
    )
    assert index_edition("en", edition, per_shard=3)[0] == 0  # nothing Pagefind reads changed
    # With no page marked, Pagefind indexes every page: none is left out.
    unmarked = Shard("", ("timeline/page/2/index.html",))
    assert _marked_only(unmarked, read_pages(edition, list(unmarked.pages))) == unmarked


@given(
    st.lists(
        st.sampled_from(["<", ">", " ", "\n", "=", "x", "data-pagefind-body", "<p "]), max_size=12
    )
)
def test_body_mark_found_as_the_pattern_finds_it(parts: list[str]) -> None:
    data = "".join(parts).encode()
    assert _has_body_mark(data) == (_BODY_RE.search(data) is not None)


def test_html_pages_are_every_page_but_the_search_bundle(tmp_path: Path) -> None:
    for name in (
        "index.html",
        "a/b/index.html",
        f"{BUNDLE}/x.html",
        f"a/{BUNDLE}/index.html",
        "a/notes.txt",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("<html></html>", encoding="utf-8")
    assert _html_pages(tmp_path) == ["a/b/index.html", f"a/{BUNDLE}/index.html", "index.html"]


THEMED = (
    '<!doctype html><html lang="fa" dir="rtl" class="no-js"><head><meta charset="utf-8"><title>خبر</title>'
    '<link rel="stylesheet" href="../../assets/x.css"></head><body><header><nav><a href="../../">اخبار</a>'
    '<img src="../../assets/logo.png" alt="نشان"></nav></header><main><article class="md-content__inner">'
    '<article class="akhbar-article" data-pagefind-body lang="fa" dir="rtl"><h1>دیدار لاریجانی</h1>'
    "<p>همکاری ایران و پاکستان</p><dl data-pagefind-ignore><dt>منبع</dt></dl></article>{extra}</article></main>"
    "<footer>حقوق</footer></body></html>"
)


def test_article_pages_reach_pagefind_without_the_theme_and_index_the_same(tmp_path: Path) -> None:
    site, staged, whole = tmp_path / "site", tmp_path / "staged", tmp_path / "whole"
    page = site / "articles" / "a" / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text(THEMED.format(extra=""), encoding="utf-8")
    _stage_page(page, tmp_path / "staged.html")
    text = (tmp_path / "staged.html").read_text(encoding="utf-8")
    assert text.startswith('<!doctype html><html lang="fa" dir="rtl" class="no-js"><head>')
    assert "<title>خبر</title>" in text
    assert "همکاری ایران و پاکستان" in text
    assert "<nav>" not in text
    assert "<footer>" not in text
    # The index is the same as from the whole page.
    shard = Shard("", ("articles/a/index.html",))
    _run_pagefind("fa", site, shard, staged, tmp_path / "stage")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pagefind",
            "--site",
            str(site),
            "--output-path",
            str(whole),
            "--quiet",
        ],
        check=True,
        capture_output=True,
    )
    assert {p.name: p.read_bytes() for p in staged.rglob("*") if p.is_file()} == {
        p.name: p.read_bytes() for p in whole.rglob("*") if p.is_file()
    }
    # Anything for Pagefind outside the article: the page goes whole.
    page.write_text(THEMED.format(extra='<p data-pagefind-meta="author">x</p>'), encoding="utf-8")
    _stage_page(page, tmp_path / "linked.html")
    assert (tmp_path / "linked.html").stat().st_ino == page.stat().st_ino


def test_fewer_shards_leave_no_stale_folder(edition: Path) -> None:
    index_edition("en", edition, per_shard=1)
    bundle = edition / BUNDLE
    assert len(list(bundle.glob("articles-2025-12-*-of-3"))) >= 2
    index_edition("en", edition, per_shard=100)
    assert sorted(p.name for p in bundle.glob("articles-*")) == [
        "articles-2025",
        "articles-undated",
    ]
    assert len(indexed_urls(bundle / "articles-2025")) == 7


# --- the real build's shards -------------------------------------------------------------


def card_labels(site_dir: Path) -> list[str]:
    """The English edition's labels and headings every article page repeats (the texts
    are Persian or Arabic, so an English label in the index can only come from the card;
    "Date" is left out: "Date unknown" is the value of an undated article's date)."""
    page = next((site_dir / "en" / "articles").glob("*/index.html")).read_text(encoding="utf-8")
    labels = re.findall(r"<dt[^>]*>([^<]+)</dt>", page) + re.findall(
        r"<h2 [^>]*lang=\"en\"[^>]*>([^<]+)</h2>", page
    )
    return [label for label in labels if label != "Date"]


@pytest.mark.parametrize("edition", EDITIONS)
def test_the_build_shards_articles_by_their_date(
    site_dir: Path, articles: dict, edition: str
) -> None:
    bundle = site_dir / edition / BUNDLE
    manifest = json.loads((bundle / MANIFEST).read_text(encoding="utf-8"))
    shards = manifest["shards"][1:]
    for record in articles.values():
        page = (site_dir / edition / "articles" / record["slug"] / "index.html").read_text(
            encoding="utf-8"
        )
        date = str(record["date"]) if record.get("date") else None
        assert (f'data-akhbar-date="{date}"' in page) if date else ("data-akhbar-date" not in page)
        (holder,) = [
            s
            for s in shards
            if f"/articles/{record['slug']}/" in indexed_urls(bundle / s["folder"])
        ]
        if date:  # in the newest period that started before it
            assert holder["since"] == max(
                s["since"] for s in shards if s["since"] and s["since"] <= date
            )
        else:
            assert holder["folder"].startswith("articles-undated")


def test_the_card_labels_and_the_repeated_sections_are_not_indexed(site_dir: Path) -> None:
    """Labels on every page, and key points, figures and quotes (copies of sentences of the
    text), are kept out of the index: a word's postings list only the text itself."""
    labels = card_labels(site_dir)
    assert {"Source", "Actors", "Key points", "Full text"} <= set(labels)
    bundle = site_dir / "en" / BUNDLE
    manifest = json.loads((bundle / MANIFEST).read_text(encoding="utf-8"))
    for shard in manifest["shards"][1:]:
        for path in (bundle / shard["folder"] / "fragment").glob("*.pf_fragment"):
            data = gzip.decompress(path.read_bytes())
            content = json.loads(data[data.index(b"{") :])["content"]
            assert [label for label in labels if label in content] == [], content


def fragments(bundle: Path) -> dict[str, str]:
    """URL -> the text Pagefind keeps of the page (for excerpts; what it indexed)."""
    texts = {}
    for path in (bundle / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(path.read_bytes())
        fragment = json.loads(data[data.index(b"{") :])
        texts[fragment["url"]] = fragment["content"]
    return texts


@pytest.mark.parametrize("edition", EDITIONS)
def test_actor_pages_index_their_card_not_their_quotes(
    site_dir: Path, articles: dict, edition: str
) -> None:
    """An actor page lists what the actor said (sentences of articles, indexed with them):
    the list is not indexed again, so a quote's words find the article, and the page's
    index entry stays the size of its card, not of everything the actor ever said."""
    texts = fragments(site_dir / edition / BUNDLE)
    said = [
        (q["speaker"], q["text"])
        for r in articles.values()
        for q in r.get("quotes", ())
        if q.get("speaker")
    ]
    assert said
    checked = 0
    for speaker, text in said:
        page = site_dir / edition / "actors" / speaker / "index.html"
        if page.is_file():
            assert text.split("،")[0][:40] in html.unescape(
                page.read_text(encoding="utf-8")
            )  # shown
            assert text.split("،")[0][:40] not in texts[f"/actors/{speaker}/"]  # not indexed
            checked += 1
    assert checked


def _overlaps(sizes: list[int], budget: int) -> bool:
    """Whether runs of *sizes* pages, started together under a budget, ever overlap."""
    pages = PageBudget(budget)
    running, overlapped, lock = [0], [False], threading.Lock()

    def run(size: int) -> None:
        with pages.hold(size):
            with lock:
                running[0] += 1
                overlapped[0] |= running[0] > 1
            time.sleep(0.2)
            with lock:
                running[0] -= 1

    threads = [threading.Thread(target=run, args=(size,)) for size in sizes]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return overlapped[0]


def test_pagefind_runs_overlap_only_within_the_page_budget() -> None:
    assert _overlaps([400, 600], budget=1000)  # together within the budget
    assert not _overlaps([600, 600], budget=1000)  # one waits for the other
    assert not _overlaps(
        [5000, 10], budget=1000
    )  # a run larger than the budget runs alone, never stuck


def test_pagefind_runs_as_its_own_binary_the_version_installed() -> None:
    from importlib.metadata import version

    command = _pagefind_command()
    assert command == (command[0],)  # no Python started before it
    out = subprocess.run([*command, "--version"], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["pagefind", version("pagefind")]
