"""Incremental site builds: after an edit, only what changed is rebuilt, and the result
is the site a cold build of the same seeds gives.

Real builds (``build_site.py --no-pdf``, real ``mkdocs build``, real Pagefind) in two
folders: ``inc`` is built, edited (one article changed, one removed, one added) and
rebuilt; ``cold`` is built once from the edited seeds.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import urllib.parse
from pathlib import Path

import pytest
from safety_fixtures import copy_assets
from site_fixtures import EDITIONS, normalised_site

ROOT = Path(__file__).resolve().parent.parent
NOTES = "# Notes\n\nA page written **by hand**, in Markdown.\n"


def _project(folder: Path) -> Path:
    (folder / "docs").mkdir(parents=True)
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    copy_assets(folder / "docs")
    (folder / "docs" / "notes.md").write_text(NOTES, encoding="utf-8")
    return folder


def _build(folder: Path, **env: str) -> str:
    result = subprocess.run(
        [sys.executable, str(ROOT / "build_site.py"), "--no-pdf"]
        + [f"--{name}={folder / name}" for name in ("seeds", "docs", "site")],
        # Search shards of up to three articles: two shards before and after the edit;
        # lists of two articles a page, so that lists grow and shrink by whole pages.
        env=dict(
            os.environ,
            AKHBAR_CACHE_DIR=str(folder / "cache"),
            AKHBAR_SEARCH_SHARD_PAGES="3",
            AKHBAR_LIST_PAGE_SIZE="2",
            **env,
        ),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stderr


def _edit(seeds: Path) -> None:
    first = next(seeds.glob("001*.txt"))
    text = first.read_text(encoding="utf-8")
    first.write_text(text.replace("ایران", "جمهوری اسلامی ایران", 1), encoding="utf-8")
    next(seeds.glob("004*.txt")).unlink()
    added = (ROOT / "seeds" / next(p.name for p in seeds.glob("003*.txt"))).read_text(
        encoding="utf-8"
    )
    (seeds / "005-added.txt").write_text(
        added.replace("Pakistan", "Pakistan and Iran", 3), encoding="utf-8"
    )


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    inc = _project(tmp_path_factory.mktemp("inc"))
    first_log = _build(inc)
    before = {p: p.stat().st_mtime_ns for p in (inc / "site").rglob("index.html")}
    shards = _shards(inc / "site" / "pagefind")
    _edit(inc / "seeds")
    second_log = _build(inc)
    cold = _project(tmp_path_factory.mktemp("cold"))
    shutil.rmtree(cold / "seeds")
    shutil.copytree(inc / "seeds", cold / "seeds")
    _build(cold)
    return {
        "inc": inc,
        "cold": cold,
        "logs": (first_log, second_log),
        "before": before,
        "shards": shards,
    }


def _shards(bundle: Path) -> dict[str, tuple[int, list[str]]]:
    """Each article shard's folder ("" the primary, in the bundle itself), its entry
    file's inode (a shard written again has a new one) and the article URLs it holds."""
    made = json.loads((bundle / "akhbar-search.json").read_text(encoding="utf-8"))
    out = {}
    for i, digest in enumerate(made["shards"]):
        if digest is None:
            continue
        folder = bundle if i == made["primary"] else bundle / str(i)
        urls = sorted(
            json.loads(gzip.decompress(f.read_bytes())[len("pagefind_dcd") :])["url"]
            for f in (folder / "fragment").glob("*.pf_fragment")
        )
        out["" if folder == bundle else str(i)] = (
            (folder / "pagefind-entry.json").stat().st_ino,
            urls,
        )
    return out


def test_second_build_is_incremental(builds: dict) -> None:
    first, second = builds["logs"]
    for edition in EDITIONS:
        assert f"site: {edition} edition built" in first
        assert f"site: {edition} edition changed pages rebuilt" in second
        assert not (builds["inc"] / "site" / edition / "briefing.pdf").exists()  # --no-pdf


def test_incremental_build_equals_cold_build(builds: dict) -> None:
    incremental = normalised_site(builds["inc"] / "site")
    cold = normalised_site(builds["cold"] / "site")
    assert sorted(incremental) == sorted(cold)
    assert [name for name in cold if incremental[name] != cold[name]] == []


def test_the_story_is_rebuilt_as_a_cold_build_makes_it(builds: dict) -> None:
    """After the edit (001 changed, 004 removed, 003's text added again, a duplicate)
    the incremental build has the seeds' story of four, as the cold build has; its feed,
    built without a site URL, links relatively (no made-up host)."""
    for edition in EDITIONS:
        inc, cold = (builds[b] / "site" / edition for b in ("inc", "cold"))
        (page,) = (inc / "stories").iterdir()
        assert [p.name for p in (cold / "stories").iterdir()] == [page.name]
        html = (page / "index.html").read_text(encoding="utf-8")
        assert len(re.findall(r'<li lang="\w+" dir="\w+"><a href="', html)) == 4
        feed = (inc / "stories.xml").read_text(encoding="utf-8")
        assert f'href="stories/{urllib.parse.quote(page.name)}/"' in feed
        assert "http://" not in feed.replace("http://www.w3.org/2005/Atom", "")


def test_unchanged_article_pages_are_not_rewritten(builds: dict) -> None:
    site = builds["inc"] / "site"
    article_pages = [p for p in builds["before"] if "/articles/" in p.as_posix() and p.exists()]
    kept = [p for p in article_pages if p.stat().st_mtime_ns == builds["before"][p]]
    # Three of the five articles are untouched, in each edition.
    assert len(kept) == 3 * len(EDITIONS)
    # The removed article's pages go, with those of the actors and source only it named.
    removed = [p.relative_to(site).parts for p in builds["before"] if not p.exists()]
    assert sum(parts[1] == "articles" for parts in removed) == len(EDITIONS)
    assert {parts[1] for parts in removed} <= {
        "articles",
        "actors",
        "topics",
        "sources",
        "timeline",
    }
    # Lists one article shorter lose their last numbered page (two articles a page).
    assert ("fa", "timeline", "page", "3", "index.html") in removed
    assert not (site / "fa" / "timeline" / "page" / "3").exists()
    assert ("fa", "sources", "mehr", "index.html") in removed


def test_pages_of_untouched_lists_are_kept_when_other_counts_change(builds: dict) -> None:
    # One article removed and one added: the edition's counts changed, yet the pages of
    # an actor named only in untouched articles print nothing that did.
    site = builds["inc"] / "site"
    for edition in EDITIONS:
        kept = [
            p
            for p, mtime in builds["before"].items()
            if p.relative_to(site).parts[1:2] == ("actors",)
            and p.exists()
            and p.stat().st_mtime_ns == mtime
        ]
        assert len(kept) >= 2, edition  # beside actors/index.html, in the nav and rendered anyway


def test_search_indexes_follow_the_edit(builds: dict) -> None:
    """The edited, removed and added articles change the shared article index, made
    again from the records (an index whose records are unchanged is kept:
    ``test_search_index``); the site then equals a cold build's (below)."""
    first, second = builds["logs"]
    for log in (first, second):
        assert re.search(r"search: \d+ articles indexed", log), log
        for edition in EDITIONS:
            assert re.search(rf"search: {edition} edition's pages (indexed|unchanged, kept)", log)


def test_only_the_article_shards_that_changed_are_written_again(builds: dict) -> None:
    """The shards holding the edited, removed and added articles are indexed again; a
    shard whose articles are the same is kept, its files those of the first build; every
    shard is made from the records a cold build makes it from."""
    _first, second = builds["logs"]
    inc, cold = (builds[b] / "site" / "pagefind" for b in ("inc", "cold"))
    before, after = builds["shards"], _shards(inc)
    written = sorted(f for f in after if f not in before or after[f][0] != before[f][0])
    made = json.loads((inc / "akhbar-search.json").read_text(encoding="utf-8"))
    assert f"({len(written)} of {len(made['shards'])} shards written)" in second, second
    assert written  # an article was edited, one removed, one added
    for folder in set(after) - set(written):
        assert before[folder][1] == after[folder][1], folder  # kept: the same articles
    assert made == json.loads((cold / "akhbar-search.json").read_text(encoding="utf-8"))
    assert {f: urls for f, (_i, urls) in after.items()} == {
        f: urls for f, (_i, urls) in _shards(cold).items()
    }


def test_hand_written_markdown_page_is_rendered(builds: dict) -> None:
    page = (builds["inc"] / "site" / "en" / "notes" / "index.html").read_text(encoding="utf-8")
    assert "<strong>by hand</strong>" in page
    article = next((builds["inc"] / "site" / "en" / "articles").glob("*/index.html")).read_text(
        encoding="utf-8"
    )
    assert '<article class="akhbar-article"' in article
    assert "akhbar:body" not in article


def test_other_settings_rebuild_everything(builds: dict) -> None:
    log = _build(builds["cold"], AKHBAR_SITE_URL="https://example.org/akhbar/")
    for edition in EDITIONS:
        assert f"site: {edition} edition built" in log
    home = (builds["cold"] / "site" / "fa" / "index.html").read_text(encoding="utf-8")
    assert "https://example.org/akhbar/fa/" in home


@pytest.fixture(scope="module")
def retitled(builds: dict, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The incremental folder again, after one article's headline was lengthened past the
    words its slug takes (the lists naming it change, no count, no link does), and a cold
    build of the same seeds."""
    inc = builds["inc"]
    before = {p: p.stat().st_mtime_ns for p in (inc / "site").rglob("index.html")}
    seed = next((inc / "seeds").glob("002*.txt"))
    text = seed.read_text(encoding="utf-8")
    assert "السلام الإقليمي\n" in text
    seed.write_text(
        text.replace("السلام الإقليمي\n", "السلام الإقليمي الدائم\n", 1), encoding="utf-8"
    )
    log = _build(inc)
    cold = _project(tmp_path_factory.mktemp("cold-retitled"))
    shutil.rmtree(cold / "seeds")
    shutil.copytree(inc / "seeds", cold / "seeds")
    _build(cold)
    return {"inc": inc, "cold": cold, "before": before, "log": log}


def test_generated_pages_are_rendered_again_only_when_what_they_show_changed(
    retitled: dict,
) -> None:
    site = retitled["inc"] / "site"
    assert normalised_site(site) == normalised_site(retitled["cold"] / "site")
    rewritten, kept = [], []
    for path, mtime in retitled["before"].items():
        parts = path.relative_to(site).parts
        if len(parts) < 4 or parts[1] not in ("actors", "topics", "sources", "timeline"):
            continue  # article pages, and the index pages of the nav (always rendered)
        (kept if path.stat().st_mtime_ns == mtime else rewritten).append(path)
        # Rendered again: exactly the pages that show the new headline.  A page that only
        # counts the article (an actor's or topic's first page, for its summary of the
        # whole list) is not, since no count, co-actor or topic changed.
        assert ("السلام الإقليمي الدائم" in path.read_text(encoding="utf-8")) == (
            path in rewritten
        ), path
    assert kept
    assert rewritten
    # The theme still renders the pages of the nav, whose titles every page's tabs show.
    for edition in EDITIONS:
        assert (site / edition / "index.html").stat().st_mtime_ns != retitled["before"][
            site / edition / "index.html"
        ]


def test_compiled_templates_are_kept_for_the_next_build(retitled: dict) -> None:
    # The rebuild above loaded them (Jinja's bytecode cache, one folder per environment)
    # and gave the cold build's site.
    for kind in ("site", "theme"):
        folder = retitled["inc"] / "cache" / "templates" / kind
        assert len(list(folder.glob("__jinja2_*.cache"))) >= 5, kind
