"""The search index in shards (akhbar.search): which page goes where, and a real Pagefind
run over a small edition, indexed again only where its pages changed."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from akhbar.errors import BuildError
from akhbar.search import BUNDLE, MANIFEST, index_edition, plan_shards, shard_pages

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
def test_plan_puts_each_article_in_one_shard(articles: int, per_shard: int, article_shards: int) -> None:
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
    assert shard_of(shards, "articles/a/index.html") == shard_of(shards, "articles/a/print/index.html")


@pytest.mark.parametrize("value", ["0", "-3", "many", "2.5"])
def test_bad_shard_size_is_refused(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("AKHBAR_SEARCH_SHARD_PAGES", value)
    with pytest.raises(BuildError, match="AKHBAR_SEARCH_SHARD_PAGES"):
        shard_pages()


# --- a real Pagefind run ----------------------------------------------------------------


def page_html(title: str, text: str) -> str:
    return (
        f'<!doctype html><html lang="en"><head><title>{title}</title></head><body>'
        f"<main data-pagefind-body><h1>{title}</h1><p>{text}</p></main></body></html>"
    )


def write_edition(folder: Path, articles: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "index.html").write_text(page_html("Home", "the briefing home"), encoding="utf-8")
    for k in range(articles):
        page = folder / "articles" / f"article-{k:03d}" / "index.html"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(page_html(f"Article {k}", f"keyword{k} about Pakistan"), encoding="utf-8")


def indexed_urls(bundle: Path) -> set[str]:
    """The URLs a bundle's fragments hold (Pagefind's gzip'd "pagefind_dcd" + JSON)."""
    urls = set()
    for path in (bundle / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(path.read_bytes())
        urls.add(json.loads(data[data.index(b"{") :])["url"])
    return urls


def snapshot(bundle: Path) -> dict[str, int]:
    return {p.relative_to(bundle).as_posix(): p.stat().st_ino for p in bundle.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def edition(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("site") / "en"
    write_edition(folder, 9)
    return folder


def test_shards_hold_every_page_once(edition: Path) -> None:
    done, total = index_edition("en", edition, per_shard=3)
    bundle = edition / BUNDLE
    manifest = json.loads((bundle / MANIFEST).read_text(encoding="utf-8"))
    folders = [s["folder"] for s in manifest["shards"]]
    assert done == total == len(folders)
    assert folders[0] == ""
    assert len(folders) >= 3
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
    edited.write_text(page_html("Article 4", "keyword4 revised about Iran"), encoding="utf-8")
    done, total = index_edition("en", edition, per_shard=3)
    assert done == 1
    assert total >= 3
    after = snapshot(bundle)
    changed = {name.split("/")[0] for name in after if before.get(name) != after[name]} - {MANIFEST}
    assert len(changed) == 1
    assert changed.pop().startswith("articles-")
    holder = next(f for f in bundle.glob("articles-*") if "/articles/article-004/" in indexed_urls(f))
    fragment = b"".join(gzip.decompress(p.read_bytes()) for p in (holder / "fragment").glob("*"))
    assert b"revised" in fragment


def test_fewer_shards_leave_no_stale_folder(edition: Path) -> None:
    index_edition("en", edition, per_shard=3)
    index_edition("en", edition, per_shard=100)
    bundle = edition / BUNDLE
    assert [p.name for p in bundle.glob("articles-*")] == ["articles-1-of-1"]
    assert len(indexed_urls(bundle / "articles-1-of-1")) == 9
