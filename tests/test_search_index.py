"""The search indexes (``akhbar.search``): the articles' records, indexed once, with real
Pagefind; each edition's generated pages; what a rebuild keeps."""

from __future__ import annotations

import gzip
import json
from dataclasses import replace
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


def pages_of(knowledge, *articles: Article, size: int = 1) -> list:
    """The generated pages the plan makes of *articles* (lists *size* articles a page)."""
    from akhbar.plan import plan

    return list(plan(articles, (), knowledge, Settings(list_page_size=size)).pages)


def test_an_editions_page_records_are_the_first_pages_of_actors_topics_and_sources(
    knowledge,
) -> None:
    pages = pages_of(knowledge, article("a"), article("b"))  # two pages of each list
    records = {r.url: r for r in search.page_records(pages, "fa")}
    actor = records["/actors/ali-larijani/"]
    # titled in the edition; found by every name and, for an actor, by its offices
    assert actor.meta == {"title": "علی لاریجانی"}
    assert {"علی لاریجانی", "علي لاريجاني", "Ali Larijani"} <= set(actor.content.split("\n"))
    assert any("مجلس" in line for line in actor.content.split("\n"))
    # second pages, articles, the home page, the timeline and the stories are not in it
    assert all(url.count("/") == 3 for url in records), sorted(records)
    assert not [u for u in records if u.startswith(("/articles/", "/stories/", "/timeline"))]
    # the Arabic edition titles the same page in Arabic
    arabic = {r.url: r for r in search.page_records(pages, "ar")}
    assert arabic["/actors/ali-larijani/"].meta == {"title": "علي لاريجاني"}


def test_page_records_do_not_change_with_the_articles_listed(knowledge) -> None:
    one = search.page_records(pages_of(knowledge, article("a")), "en")
    two = search.page_records(pages_of(knowledge, article("a"), article("b")), "en")
    assert one == two  # a new article changes the lists and counts, not what is indexed


def test_an_editions_page_index_is_written_and_kept_while_its_records_are(
    tmp_path: Path, knowledge
) -> None:
    edition = tmp_path / "fa"
    edition.mkdir()
    records = search.page_records(pages_of(knowledge, article("a")), "fa")
    assert search.index_pages(edition, records)
    bundle = edition / "pagefind"
    stored = fragments(bundle)
    assert "/actors/ali-larijani/" in {f["url"] for f in stored}
    assert not (bundle / "pagefind.js").exists()  # the shared bundle's script serves it
    entry = (bundle / search.ENTRY).stat().st_ino
    assert not search.index_pages(edition, records)  # unchanged: kept
    assert (bundle / search.ENTRY).stat().st_ino == entry
    renamed = [replace(records[0], meta={"title": "لاریجانی"}), *records[1:]]
    assert search.index_pages(edition, renamed)  # a page's title changed: indexed again


def test_an_unreadable_entry_file_is_written_again(tmp_path, monkeypatch) -> None:
    """Pagefind's service can end before its entry file is whole (under load): the shard
    is written again (not the shards already whole), and a build never keeps an
    unreadable one.  Each shard is written by a service of its own."""

    from akhbar import search
    from akhbar.errors import BuildError

    written: list[list[str]] = []

    def once(shards, texts):
        turn = texts[len(written)]
        for output in shards:
            output.mkdir(parents=True, exist_ok=True)
            (output / "pagefind-entry.json").write_text(turn[output.name], encoding="utf-8")
        written.append(sorted(o.name for o in shards))

    texts = [{"a": ""}, {"a": "{}"}, {"b": "{}"}]
    monkeypatch.setattr(search, "_write_records_once", lambda shards: once(shards, texts))
    search._write_shards({tmp_path / "a": [], tmp_path / "b": []})
    assert written == [["a"], ["a"], ["b"]]
    written.clear()
    monkeypatch.setattr(search, "_write_records_once", lambda shards: once(shards, [{"c": ""}] * 3))
    with pytest.raises(BuildError, match="unreadable"):
        search._write_shards({tmp_path / "c": []})
    assert len(written) == search.INDEX_ATTEMPTS


@pytest.mark.parametrize(
    "cut",
    [
        lambda whole: whole[:-9],  # cut short
        lambda whole: b"",  # empty: seen under load (an empty stream decompresses to nothing)
    ],
)
def test_a_module_cut_short_is_written_again(tmp_path, monkeypatch, cut) -> None:
    """A WebAssembly module or metadata file that is not a whole gzip stream (a service
    ended before writing it whole) makes the shard written again, as an unreadable entry
    does."""
    import gzip

    from akhbar import search

    whole = gzip.compress(b"\0asm" * 100)
    turns = [cut(whole), whole]
    written = []

    def once(shards):
        for output in shards:
            output.mkdir(parents=True, exist_ok=True)
            (output / "pagefind-entry.json").write_text("{}", encoding="utf-8")
            (output / "wasm.unknown.pagefind").write_bytes(turns[len(written)])
            (output / "pagefind.x.pf_meta").write_bytes(whole)
        written.append(1)

    monkeypatch.setattr(search, "_write_records_once", once)
    search._write_shards({tmp_path / "a": []})
    assert len(written) == 2
    assert (tmp_path / "a" / "wasm.unknown.pagefind").read_bytes() == whole


def test_a_script_cut_short_is_written_again(tmp_path, monkeypatch) -> None:
    """A search script cut short (seen: ``pagefind.js`` cut at 32 KiB, its service ended
    before the file was whole) makes the shard written again."""
    import gzip

    from akhbar import search

    whole = b'const pagefind_version="1.5.2";let a=(function(){return 1})();export{a};'
    turns = [whole[:32], whole]
    written = []

    def once(shards):
        for output in shards:
            output.mkdir(parents=True, exist_ok=True)
            (output / "pagefind-entry.json").write_text("{}", encoding="utf-8")
            (output / "wasm.unknown.pagefind").write_bytes(gzip.compress(b"\0asm"))
            (output / "pagefind.js").write_bytes(turns[len(written)])
        written.append(1)

    monkeypatch.setattr(search, "_write_records_once", once)
    search._write_shards({tmp_path / "a": []})
    assert len(written) == 2
    assert (tmp_path / "a" / "pagefind.js").read_bytes() == whole


@pytest.mark.parametrize(
    ("articles", "per_shard", "count"),
    [
        (0, 125, 1),  # no article: one (empty) index
        (125, 125, 1),  # up to a shard's size: one
        (126, 125, 2),  # past it: two
        (300, 125, search.MAX_SHARDS),  # at most MAX_SHARDS...
        (search.SHARD_RECORDS_MAX * 3, 125, search.MAX_SHARDS),
        # ... unless each would hold more than SHARD_RECORDS_MAX (a service's memory)
        (search.SHARD_RECORDS_MAX * 3 + 1, 125, search.MAX_SHARDS + 1),
        (20000, 125, 20),  # 1,000 a shard at most
        (5, 2, 3),  # the browser tests' session build
    ],
)
def test_shard_count(articles: int, per_shard: int, count: int) -> None:
    assert search.shard_count(articles, per_shard) == count


def shard_urls(bundle: Path) -> dict[str, list[str]]:
    """The article URLs each shard's index holds, by folder ("" the primary)."""
    made = json.loads((bundle / search.MANIFEST).read_text(encoding="utf-8"))
    out = {}
    for i, digest in enumerate(made["shards"]):
        if digest is None:
            assert not (bundle / str(i)).exists()
            continue
        folder = bundle if i == made["primary"] else bundle / str(i)
        assert (folder / search.ENTRY).is_file()
        out["" if folder == bundle else str(i)] = sorted(f["url"] for f in fragments(folder))
    return out


def test_only_the_shard_of_a_changed_article_is_written_again(tmp_path: Path, knowledge) -> None:
    slugs = [f"a{i}" for i in range(12)]
    records = search.search_records([article(s) for s in slugs], knowledge)
    assert search.index_articles(tmp_path, records, per_shard=3) == 3
    bundle = tmp_path / "pagefind"
    held = shard_urls(bundle)
    assert len(held) == 3  # 12 articles, 3 a shard: the most shards, none empty here
    assert sorted(u for urls in held.values() for u in urls) == sorted(r.url for r in records)
    assert not list(bundle.glob("[0-9]/pagefind.js"))  # the scripts once, beside the primary
    entries = {f: (bundle / f / search.ENTRY).stat().st_ino for f in held}
    assert search.index_articles(tmp_path, records, per_shard=3) == 0  # unchanged: kept
    # One article edited: its shard alone is written again.
    edited = [article(s, title="عنوان آخر") if s == "a5" else article(s) for s in slugs]
    assert search.index_articles(tmp_path, search.search_records(edited, knowledge), 3) == 1
    again = {f: (bundle / f / search.ENTRY).stat().st_ino for f in held}
    (moved,) = [f for f in held if again[f] != entries[f]]
    assert "/articles/a5/" in held[moved]
    assert shard_urls(bundle) == held
    # Fewer articles, fewer shards: the folders of the others go.
    search.index_articles(tmp_path, search.search_records([article("a0")], knowledge), 3)
    assert shard_urls(bundle) == {"": ["/articles/a0/"]}
    assert not [p for p in bundle.iterdir() if p.is_dir() and p.name not in search.INDEX_FOLDERS]


def test_the_primary_shard_is_the_first_that_holds_an_article(tmp_path: Path, knowledge) -> None:
    """In a site of a few articles a shard can be empty: it has no index, and when it is
    shard 0 the next one is the bundle's own index (the search page's primary)."""
    count = search.shard_count(2, 1)
    slugs = [s for s in (f"b{i}" for i in range(50)) if search.shard_of(f"/articles/{s}/", count)]
    records = search.search_records([article(s) for s in slugs[:2]], knowledge)
    search.index_articles(tmp_path, records, per_shard=1)
    bundle = tmp_path / "pagefind"
    made = json.loads((bundle / search.MANIFEST).read_text(encoding="utf-8"))
    assert made["shards"][0] is None
    assert made["primary"] > 0
    assert (bundle / "pagefind.js").is_file()
    assert sorted(u for urls in shard_urls(bundle).values() for u in urls) == sorted(
        r.url for r in records
    )
