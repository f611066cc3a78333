"""The docs stage as a whole: report accounting, determinism, overrides, safe swaps."""

import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import SEEDS

import akhbar.build
import akhbar.stories
from akhbar.build import build_docs, build_docs_apart, write_docs
from akhbar.errors import OutputCollisionError
from akhbar.render import read_front_matter
from akhbar.settings import Settings


def _quiet(_message: str) -> None:
    pass


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder


def _snapshot(docs: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((docs / "articles").glob("*.md"))}


def test_two_builds_are_byte_identical(seeds, tmp_path):
    build_docs(seeds, tmp_path / "a", _quiet)
    build_docs(seeds, tmp_path / "b", _quiet)
    first, second = _snapshot(tmp_path / "a"), _snapshot(tmp_path / "b")
    assert len(first) == 5
    assert first == second


def test_every_input_is_accounted_for(seeds, tmp_path):
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (seeds / "notes.md").write_text("# not a seed", encoding="utf-8")
    shutil.copy(next(seeds.glob("000_*.txt")), seeds / "000_copy.txt")  # the same article twice
    articles, report, _stories = build_docs(seeds, tmp_path / "docs", _quiet)
    assert len(report.read) == 9
    assert len(report.published) + len(report.skipped) == len(report.read)
    reasons = {s["file"].split("/")[-1]: s["reason"] for s in report.skipped}
    assert "empty article" in reasons["empty.txt"]
    assert "PNG" in reasons["image.txt"]
    assert ".txt" in reasons["notes.md"]
    assert "duplicate of" in reasons["000_copy.txt"]
    assert len(articles) == 5


def test_override_wins_and_survives_rebuilds(seeds, tmp_path):
    (seeds / "002_6122a8a1b83c3358.yml").write_text(
        "date: 2025-11-25\ntitle: 'لاريجاني: «التعاون» يسهم في السلام'\nactors_add: [shehbaz-sharif]\n",
        encoding="utf-8",
    )
    for _ in range(2):
        articles, _report, _stories = build_docs(seeds, tmp_path / "docs", _quiet)
    (article,) = [a for a in articles if a.source_file.endswith("002_6122a8a1b83c3358.txt")]
    assert (article.date, article.date_origin) == ("2025-11-25", "override")
    assert article.title == "لاريجاني: «التعاون» يسهم في السلام"
    assert "shehbaz-sharif" in article.actors
    page = tmp_path / "docs" / "articles" / f"{article.slug}.md"
    assert read_front_matter(page.read_text(encoding="utf-8"))["title"] == article.title


def test_bad_override_is_reported_and_the_article_still_published(seeds, tmp_path):
    (seeds / "004_3b436877025587a2.yml").write_text("slug: ../../etc/passwd\n", encoding="utf-8")
    articles, report, _stories = build_docs(seeds, tmp_path / "docs", _quiet)
    assert len(articles) == 5
    assert any("'slug'" in e and "004_3b436877025587a2.yml" in e for e in report.errors)
    assert not (tmp_path / "etc").exists()
    assert all(p.parent.name == "articles" for p in (tmp_path / "docs").rglob("*.md"))


@pytest.mark.parametrize(
    "build",
    [
        build_docs,
        build_docs_apart,  # as build_site.py runs it: the error is raised in this process
    ],
)
def test_failed_write_keeps_previous_docs(seeds, tmp_path, monkeypatch, build):
    docs = tmp_path / "docs"
    build(seeds, docs, _quiet)
    before = _snapshot(docs)

    def boom(article, *args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("akhbar.build.render_article", boom)
    # One article changed, so it is rendered again (the others are linked as they were).
    seed = sorted(seeds.glob("*.txt"))[0]
    seed.write_text(seed.read_text(encoding="utf-8") + "\n\nیک بند تازه.\n", encoding="utf-8")
    with pytest.raises(RuntimeError, match="disk full"):
        build(seeds, docs, _quiet)
    assert _snapshot(docs) == before
    assert not list(docs.glob(".articles*"))


def test_unchanged_articles_are_not_rendered_again(seeds, tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    build_docs(seeds, docs, _quiet)
    before = {p.name: p.stat() for p in (docs / "articles").glob("*.md")}
    edited = sorted(docs.glob("articles/*.md"))[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nedited by hand\n", encoding="utf-8")
    rendered = []
    real_render = akhbar.build.render_article

    def counting(article, *args, **kwargs):
        rendered.append(article.slug)
        return real_render(article, *args, **kwargs)

    monkeypatch.setattr("akhbar.build.render_article", counting)
    build_docs(seeds, docs, _quiet)
    # Only the file changed since it was written is rendered again, and comes out as the
    # build writes it; the others are the same files (linked), times and all.
    assert rendered == [edited.stem]
    assert "edited by hand" not in edited.read_text(encoding="utf-8")
    for path in (docs / "articles").glob("*.md"):
        if path != edited:
            assert path.stat().st_ino == before[path.name].st_ino
            assert path.stat().st_mtime_ns == before[path.name].st_mtime_ns
    build_docs(seeds, tmp_path / "fresh", _quiet)
    assert _snapshot(docs) == _snapshot(tmp_path / "fresh")
    rendered.clear()
    build_docs(seeds, docs, _quiet)  # what the last build remembered still holds
    assert rendered == []


@pytest.mark.parametrize(
    ("slugs", "message"),
    [(["Tehran-talks", "tehran-talks"], "would be written twice"), (["../outside"], "escapes")],
)
def test_clashing_or_escaping_slugs_are_refused_and_docs_kept(seeds, tmp_path, slugs, message):
    docs = tmp_path / "docs"
    articles, _report, _stories = build_docs(seeds, docs, _quiet)
    before = _snapshot(docs)
    changed = [replace(article, slug=slug) for article, slug in zip(articles, slugs, strict=False)]
    with pytest.raises(OutputCollisionError, match=message):
        write_docs(changed + articles[len(slugs) :], docs)
    assert _snapshot(docs) == before
    assert not list(docs.glob(".articles*"))
    assert not list(tmp_path.rglob("outside.md"))


def test_same_slug_gets_two_distinct_stable_slugs(seeds, tmp_path):
    for name in ("a.txt", "b.txt"):
        (seeds / name).write_text(
            f"عنوان مشترک دو خبر\n\nمتن متفاوت شماره {name} درباره ایران و پاکستان است.",
            encoding="utf-8",
        )
    articles, report, _stories = build_docs(seeds, tmp_path / "docs", _quiet)
    slugs = sorted(a.slug for a in articles if a.source_file.endswith(("a.txt", "b.txt")))
    assert len(set(slugs)) == 2
    assert all(s.startswith("عنوان-مشترک-دو-خبر-") for s in slugs)
    again, _, _stories = build_docs(seeds, tmp_path / "docs2", _quiet)
    assert slugs == sorted(a.slug for a in again if a.source_file.endswith(("a.txt", "b.txt")))
    assert any("is shared by 2 articles" in w for w in report.warnings)


def test_the_steps_are_timed_and_the_markdown_step_reported(seeds, tmp_path, monkeypatch):
    slow = akhbar.build.write_docs

    def write_docs_slowly(
        articles, docs, settings
    ):  # a render step that takes a known time at least
        import time

        time.sleep(0.3)
        slow(articles, docs, settings)

    monkeypatch.setattr(akhbar.build, "write_docs", write_docs_slowly)
    steps: dict[str, float] = {}
    messages: list[str] = []
    build_docs(seeds, tmp_path / "docs", messages.append, steps)
    assert set(steps) == {"extract", "render"}
    assert steps["render"] >= 0.3
    assert steps["extract"] > 0
    assert messages[-1].startswith("docs: wrote 5 articles to ")
    assert messages[-1].endswith(f" in {steps['render']:.1f} s")


def test_docs_made_apart_are_those_made_here(seeds, tmp_path):
    # build_site.py extracts in a process of its own, so that the memory extraction used
    # is given back before the site is built: it hands back the same articles, report and
    # stories, and writes the same files, as build_docs run here.
    pids = tmp_path / "pids"

    def progress(_message: str) -> None:
        with pids.open("a") as out:
            out.write(f"{os.getpid()}\n")

    apart = build_docs_apart(seeds, tmp_path / "apart", progress)
    here = build_docs(seeds, tmp_path / "here", _quiet)
    assert apart.articles == here.articles
    assert apart.stories == here.stories
    assert apart.report.as_json() == here.report.as_json()
    assert _snapshot(tmp_path / "apart") == _snapshot(tmp_path / "here")
    assert {int(pid) for pid in pids.read_text().split()} - {os.getpid()}, "no other process"


def test_a_rebuild_clusters_with_the_words_kept_with_each_extraction(seeds, tmp_path, monkeypatch):
    settings = Settings(cache_dir=tmp_path / "cache")
    cold = build_docs(seeds, tmp_path / "docs", _quiet, settings=settings)
    # Each article's words are kept in the cache, as the clustering reads them.
    keys: dict[str, str] = {}
    akhbar.build.extract_all(seeds, akhbar.build.Report(), _quiet, settings, keys)
    kept = akhbar.build.KeptWords(settings.cache_dir, keys)
    assert set(kept) == {a.source_file for a in cold.articles}
    for article in cold.articles:
        assert kept[article.source_file] == akhbar.stories.story_words(article)
    # A rebuild reads them from there, not from every article's text again; its stories
    # are the cold build's.
    read = []
    monkeypatch.setattr(
        "akhbar.stories.story_words", lambda article: read.append(article.slug) or {}
    )
    rebuilt = build_docs(seeds, tmp_path / "fresh", _quiet, settings=settings)
    assert read == []
    assert rebuilt.stories == cold.stories
    # Words lost from the cache are counted again from the article.
    shutil.rmtree(settings.cache_dir / akhbar.build.STORY_WORDS)
    monkeypatch.undo()
    assert build_docs(seeds, tmp_path / "again", _quiet, settings=settings).stories == cold.stories
