"""The search indexes (``akhbar.search``): the articles' records, indexed once, with real
Pagefind; each edition's generated pages; what a rebuild keeps."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from akhbar import search
from akhbar.knowledge import load_knowledge
from akhbar.model import Article, Section
from akhbar.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge(ROOT / "knowledge")


def article(slug: str, date: str | None = "2025-11-27", lang: str = "ar", **kw) -> Article:
    return Article(
        slug=slug,
        source_file=f"seeds/{slug}.txt",
        lang=lang,
        title=kw.pop("title", "علي لاريجاني في إسلام آباد"),
        date=date,
        actors=kw.pop("actors", ("ali-larijani",)),
        sections=(Section("", ("وصل علي لاريجاني إلى إسلام آباد.", "وقال إن التعاون مهم.")),),
        **kw,
    )


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        # Persian letters: each word also in Arabic letters
        (["علی لاریجانی"], "علی علي لاریجانی لاريجاني"),
        # Arabic letters (ي, ى, ك): each word also in Persian letters
        (["مصطفى"], "مصطفى مصطفی"),
        # Latin, and a word already given: once
        (["Ali Larijani", "علي"], "Ali Larijani علي علی"),
    ],
)
def test_name_words_hold_each_word_in_both_scripts_once(names, expected) -> None:
    assert search.name_words(names) == expected


def test_a_record_holds_the_display_text_and_the_names_in_every_script(knowledge) -> None:
    record = search.article_record(article("a", kicker="لاريجاني يصل"), knowledge)
    assert record.url == "/articles/a/"
    # the display text only: kicker, then paragraphs; no folded copy, no metadata
    assert record.content == "لاريجاني يصل\nوصل علي لاريجاني إلى إسلام آباد.\nوقال إن التعاون مهم."
    names = record.meta["names"].split()
    assert {"Larijani", "لاریجانی", "لاريجاني"} <= set(names)
    assert record.meta["date"] == "2025-11-27"
    assert record.meta["date_fa"].startswith("۶ آذر ۱۴۰۴")
    assert record.meta["date_ar"] == "٢٧ نوفمبر ٢٠٢٥"
    assert record.sort == {"date": "2025-11-27"}


def test_an_undated_article_sorts_last(knowledge) -> None:
    record = search.article_record(article("u", date=None), knowledge)
    assert record.sort == {"date": search.UNDATED}
    assert record.meta["date_en"] == "Date unknown"


def test_a_slug_is_percent_encoded_in_the_url(knowledge) -> None:
    record = search.article_record(article("علي-لاريجاني"), knowledge)
    assert record.url.startswith("/articles/%D8%B9")


def fragments(bundle: Path) -> list[dict]:
    return [
        json.loads(gzip.decompress(p.read_bytes())[len("pagefind_dcd") :])
        for p in sorted((bundle / "fragment").glob("*.pf_fragment"))
    ]


def test_the_article_index_is_written_once_and_kept_while_its_records_are(
    tmp_path: Path, knowledge
) -> None:
    records = search.search_records([article("a"), article("b", date="2025-10-01")], knowledge)
    assert search.index_articles(tmp_path, records)
    bundle = tmp_path / "pagefind"
    assert sorted(p.name for p in bundle.iterdir() if p.suffix == ".js") == [
        "pagefind-worker.js",
        "pagefind.js",
    ]
    assert not list(bundle.glob("pagefind-ui*"))
    stored = fragments(bundle)
    assert sorted(f["url"] for f in stored) == ["/articles/a/", "/articles/b/"]
    # the excerpt's source is the display text alone: the names are meta
    assert all("Larijani" not in f["content"] for f in stored)
    entry = (bundle / search.ENTRY).stat().st_ino
    assert not search.index_articles(tmp_path, records)  # unchanged: kept
    assert (bundle / search.ENTRY).stat().st_ino == entry
    edited = search.search_records([article("a", title="عنوان آخر"), article("b")], knowledge)
    assert search.index_articles(tmp_path, edited)


def page(body: str, marked: bool = True) -> str:
    mark = " data-pagefind-body" if marked else ""
    return f'<!doctype html><html lang="fa"><head><title>t</title></head><body><div{mark}>{body}</div></body></html>'


def test_an_editions_page_index_holds_its_marked_pages_not_its_articles(tmp_path: Path) -> None:
    edition = tmp_path / "fa"
    for path, html in {
        "actors/ali-larijani/index.html": page("علی لاریجانی"),
        "actors/ali-larijani/page/2/index.html": page("علی لاریجانی", marked=False),
        "articles/a/index.html": page("مقاله"),
        "index.html": page("خانه", marked=False),
    }.items():
        (edition / path).parent.mkdir(parents=True, exist_ok=True)
        (edition / path).write_text(html, encoding="utf-8")
    settings = Settings(cache_dir=tmp_path / "cache")
    assert search.index_pages("fa", edition, settings)
    assert [f["url"] for f in fragments(edition / "pagefind")] == ["/actors/ali-larijani/"]
    assert not (edition / "pagefind" / "pagefind.js").exists()
    assert not search.index_pages("fa", edition, settings)  # unchanged: kept
    (edition / "actors/ali-larijani/index.html").write_text(page("علی لاریجانی، دبیر"))
    assert search.index_pages("fa", edition, settings)


@pytest.mark.parametrize(
    "parts",
    [
        ["<div data-pagefind-body>", "x"],  # a tag that carries it
        ["<p>data-pagefind-body is text</p>", "<div class=a data-pagefind-body>"],  # text first
    ],
)
def test_body_mark_found_in_a_tag(parts: list[str]) -> None:
    assert search._has_body_mark("".join(parts).encode())


def test_body_mark_not_found_in_text() -> None:
    assert not search._has_body_mark(b"<p>data-pagefind-body is text</p>")


def test_an_unreadable_entry_file_is_written_again(tmp_path, monkeypatch) -> None:
    """Pagefind's service can end before its entry file is whole (under load): the index
    is written again, and a build never keeps an unreadable one."""

    from akhbar import search
    from akhbar.errors import BuildError

    written: list[str] = []

    def once(records, output, texts):
        output.mkdir(parents=True, exist_ok=True)
        (output / "pagefind-entry.json").write_text(texts[len(written)], encoding="utf-8")
        written.append(texts[len(written)])

    monkeypatch.setattr(search, "_write_records_once", lambda r, o: once(r, o, ["", "{}"]))
    search._write_records([], tmp_path / "a")
    assert written == ["", "{}"]
    written.clear()
    monkeypatch.setattr(search, "_write_records_once", lambda r, o: once(r, o, [""] * 3))
    with pytest.raises(BuildError, match="unreadable"):
        search._write_records([], tmp_path / "b")
    assert len(written) == search.INDEX_ATTEMPTS
