"""Safe output: markup payloads in an article, in a real build, in a real browser.

A seeds folder holds one article made of markup payloads (``safety_fixtures``) and two
real seeds; ``build_site.py --seeds S --docs D --site T`` builds it twice.

Two builds of the same input are byte-identical except for what the tools stamp:

* ``<edition>/sitemap.xml``: MkDocs writes the build date as every page's ``<lastmod>``
  (the day, not the time: ``mkdocs.utils.get_build_date``, overridden by
  ``SOURCE_DATE_EPOCH``);
* ``<edition>/sitemap.xml.gz``: the same sitemap gzipped, whose header carries an mtime of
  midnight of that date (``get_build_timestamp``);
* ``<edition>/pagefind/pagefind-entry.json`` (and each shard's, ``pagefind/articles-*/``):
  Pagefind lists its languages in hash-map order, which changes from run to run; the
  content (index hashes, page counts) is the same.

Builds on the same day differ only in the last; the test compares the sitemaps without
their ``<lastmod>`` and the Pagefind entry as parsed JSON, and everything else byte for
byte (the index fragments, the wasm, the PDFs, every page).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from functools import partial
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from safety_fixtures import PAYLOADS, ROOT, copy_assets, visit, write_payload_seeds
from site_fixtures import EDITIONS, SUB_PATH, _SubPathHandler, normalised_site

from akhbar.errors import BuildError
from akhbar.render import read_front_matter

pytestmark = [
    pytest.mark.browser,
    # The tests that call the build in this process fork its editions from a process that
    # serves the pages from a thread; ``build_site.py`` itself forks from none
    # (``test_builds_succeed``).
    pytest.mark.filterwarnings(
        "ignore:This process .* is multi-threaded, use of fork:DeprecationWarning"
    ),
]

JAVASCRIPT_HREF_RE = re.compile(r"""(?:href|src|action)\s*=\s*["']?\s*javascript:""", re.IGNORECASE)


class Build:
    """Two builds of the payload seeds, the first one served over HTTP."""

    def __init__(self, tmp: Path, base: str) -> None:
        self.tmp, self.base = tmp, base
        self.seeds = tmp / "seeds"
        write_payload_seeds(self.seeds)
        # Deprecation warnings shown: Python's warning of a fork() in a process that runs
        # threads must never come from the build (``test_builds_succeed``).
        self.env = dict(
            os.environ,
            AKHBAR_SITE_URL=base,
            AKHBAR_CACHE_DIR=str(tmp / "cache"),
            PYTHONWARNINGS="default::DeprecationWarning",
        )
        self.results = [self._build(tmp / f"docs{n}", tmp / f"site{n}") for n in (1, 2)]
        self.site, self.docs = tmp / "site1", tmp / "docs1"
        self.payload = next(
            read_front_matter(p.read_text(encoding="utf-8"))
            for p in (self.docs / "articles").glob("*.md")
            if "payload.txt" in p.read_text(encoding="utf-8").split("\n---\n", 1)[0]
        )

    def _build(self, docs: Path, site: Path) -> subprocess.CompletedProcess[str]:
        copy_assets(docs)
        return subprocess.run(
            [sys.executable, str(ROOT / "build_site.py"), "--seeds", str(self.seeds),
             "--docs", str(docs), "--site", str(site)],
            cwd=self.tmp, env=self.env, capture_output=True, text=True, check=False, timeout=600,
        )  # fmt: skip


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Build]:
    tmp = tmp_path_factory.mktemp("safety")
    (tmp / "site1").mkdir()
    httpd = ThreadingHTTPServer(
        ("127.0.0.1", 0), partial(_SubPathHandler, directory=str(tmp / "site1"))
    )
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield Build(tmp, f"http://127.0.0.1:{httpd.server_address[1]}{SUB_PATH}")
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_builds_succeed(built: Build) -> None:
    for result in built.results:
        assert result.returncode == 0, result.stderr
        # The editions and the extraction are forked from a process that runs no thread.
        assert "multi-threaded" not in result.stderr, result.stderr


@pytest.fixture(scope="module")
def visits(built: Build) -> dict[str, dict[str, Any]]:
    """What a reader's browser saw on the payload article page of each edition."""
    urls = [f"{built.base}{edition}/articles/{built.payload['slug']}/" for edition in EDITIONS]
    return dict(zip(EDITIONS, visit(urls), strict=True))


@pytest.mark.parametrize("edition", EDITIONS)
def test_payloads_are_shown_as_literal_text(
    visits: dict[str, dict[str, Any]], edition: str
) -> None:
    seen = visits[edition]
    for payload in PAYLOADS:
        assert payload in seen["text"], f"{payload!r} not shown as text"
    for line in ("# not a heading", "* not a list item", "| not | a | table |", "> not a quote"):
        assert line in seen["text"]
    assert not [h for h in seen["links"] if h.lower().startswith("javascript:")]
    assert seen["errors"] == []
    assert seen["failed"] == []


@pytest.mark.parametrize("edition", EDITIONS)
def test_payloads_never_run(visits: dict[str, dict[str, Any]], edition: str) -> None:
    assert visits[edition]["dialogs"] == []


@pytest.mark.parametrize("edition", EDITIONS)
def test_article_page_loads_every_resource(visits: dict[str, dict[str, Any]], edition: str) -> None:
    assert visits[edition]["failed"] == []


def test_no_javascript_url_anywhere(built: Build) -> None:
    for site in (built.site, built.tmp / "site2"):
        for path in site.rglob("*.html"):
            html = path.read_text(encoding="utf-8")
            assert not JAVASCRIPT_HREF_RE.search(html), path


def test_no_raw_payload_in_any_page(built: Build) -> None:
    for path in built.site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert "<script>alert(1)" not in html, path
        assert "<img src=x" not in html, path


def test_two_builds_are_identical_but_for_the_stamps(built: Build) -> None:
    first, second = normalised_site(built.site), normalised_site(built.tmp / "site2")
    assert sorted(first) == sorted(second)
    differing = [name for name in first if first[name] != second[name]]
    assert differing == []


def test_failed_build_leaves_the_previous_site(
    built: Build, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import akhbar.pdf
    from akhbar.build import build_docs
    from akhbar.site import build_site

    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("previous site", encoding="utf-8")
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    monkeypatch.setenv("AKHBAR_CACHE_DIR", built.env["AKHBAR_CACHE_DIR"])
    articles, report, _stories = build_docs(built.seeds, built.docs, lambda _m: None)
    real_build_pdf = akhbar.pdf.build_pdf

    def fail_on_arabic(
        articles: list[Any], edition: str, out: Path, total: int | None = None, settings: Any = None
    ) -> bool:
        if edition == "ar":  # the fa book is written, then the stage fails
            raise BuildError("PDF stage failed: out of memory")
        return real_build_pdf(articles, edition, out, total=total, settings=settings)

    monkeypatch.setattr(akhbar.pdf, "build_pdf", fail_on_arabic)
    with pytest.raises(BuildError, match="PDF stage failed"):
        build_site(articles, built.docs, site, report, lambda _m: None)
    assert {p: p.read_bytes() for p in site.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]  # no site.tmp, no site.old


def test_a_failed_rebuild_leaves_every_byte_of_the_previous_site(
    built: Build, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # The rebuild starts from the last site: its pages are hard links in the one being
    # built, not copies.  Every page the rebuild writes must be a file of its own, so a
    # build that fails leaves the last site as it was, to the byte.
    import shutil

    import akhbar.pdf
    from akhbar.build import build_docs
    from akhbar.site import build_site

    site, seeds, docs = tmp_path / "site", tmp_path / "seeds", tmp_path / "docs"
    shutil.copytree(built.site, site, symlinks=True)
    shutil.copytree(built.docs, docs, symlinks=True)
    shutil.copytree(built.seeds, seeds)
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    edited = next(p for p in sorted(seeds.glob("*.txt")) if p.name != "payload.txt")
    edited.write_text(
        edited.read_text(encoding="utf-8") + "\n\nA new paragraph of this article.\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("AKHBAR_CACHE_DIR", built.env["AKHBAR_CACHE_DIR"])
    monkeypatch.setenv("AKHBAR_SITE_URL", built.env["AKHBAR_SITE_URL"])
    articles, report, _stories = build_docs(seeds, docs, lambda _m: None)
    seen: dict[str, int] = {}

    def fail_at_the_books(*args: Any, **kwargs: Any) -> bool:
        tmp = site.with_name("site.tmp")
        pages = [p for p in tmp.rglob("*.html") if (site / p.relative_to(tmp)).is_file()]
        old = {p: (site / p.relative_to(tmp)) for p in pages}
        seen["linked"] = sum(p.stat().st_ino == old[p].stat().st_ino for p in pages)
        seen["rewritten"] = sum(p.read_bytes() != before[old[p]] for p in pages)
        raise BuildError("PDF stage failed: out of memory")

    monkeypatch.setattr(akhbar.pdf, "build_pdf", fail_at_the_books)
    with pytest.raises(BuildError, match="PDF stage failed"):
        build_site(articles, docs, site, report, lambda _m: None)
    assert seen["linked"] > 0, "the last site's pages were copied, not linked"
    assert seen["rewritten"] > 0, "the edit rewrote no page: nothing was tested"
    assert {p: p.read_bytes() for p in site.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "seeds", "site"]


def test_a_site_larger_than_github_pages_publishes_is_reported(
    built: Build, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import akhbar.site
    from akhbar.build import Report, build_docs

    monkeypatch.setenv("AKHBAR_CACHE_DIR", built.env["AKHBAR_CACHE_DIR"])
    monkeypatch.setenv(
        "AKHBAR_SITE_URL", built.env["AKHBAR_SITE_URL"]
    )  # else that is warned of too
    articles, report, _stories = build_docs(built.seeds, built.docs, lambda _m: None)
    warnings_before = list(report.warnings)
    monkeypatch.setattr(
        akhbar.site, "PUBLISHED_SITE_MAX_BYTES", 1_000_000
    )  # the test site is larger
    messages: list[str] = []
    site = tmp_path / "site"
    akhbar.site.build_site(articles, built.docs, site, report, messages.append, pdf=False)
    size = akhbar.site.site_size(site)
    assert size > 1_000_000
    measured = akhbar.site.measure_site(site, len(articles))
    assert report.site_size == measured.as_json(1_000_000)
    assert 0 < measured.fixed < size  # the assets, stored once
    room = measured.articles_within(1_000_000)
    rate = f"{measured.per_article / 1e3:,.1f} KB an article: about {room:,} articles fit"
    message = (
        f"{site} holds {size / 1e6:,.0f} MB for {len(articles)} articles: GitHub Pages "
        f"publishes a site of at most 1 MB ({rate}), so deploying it there would fail"
    )
    assert report.warnings == [*warnings_before, message]
    assert messages[-1] == f"warning: {message}"
    # Nearer than 80 % to the limit: warned ahead, with the articles still to come.
    limit = int(size / 0.9)
    monkeypatch.setattr(akhbar.site, "PUBLISHED_SITE_MAX_BYTES", limit)
    near = Report()
    akhbar.site.check_published_size(site, near, messages.append, len(articles))
    room = measured.articles_within(limit)
    assert near.warnings == [
        f"{site} holds {size / 1e6:,.0f} MB for {len(articles)} articles, 90% of the "
        f"{limit / 1e6:,.0f} MB GitHub Pages publishes ({measured.per_article / 1e3:,.1f} KB "
        f"an article: about {room:,} articles fit): room for about "
        f"{max(0, room - len(articles)):,} more"
    ]
    # Under GitHub Pages' real limit, nothing is said but the size.
    monkeypatch.undo()
    quiet = Report()
    akhbar.site.check_published_size(site, quiet, messages.append, len(articles))
    assert quiet.warnings == []
    assert messages[-1].startswith(f"site: {size / 1e6:,.1f} MB for {len(articles)} articles (")


def test_failed_edition_is_named_with_the_file_that_broke_it(built: Build, tmp_path: Path) -> None:
    import shutil

    from akhbar.site import build_editions

    docs = tmp_path / "docs"
    shutil.copytree(built.docs, docs)
    (docs / "articles" / "hand-written.md").write_text("# No front matter\n", encoding="utf-8")
    with pytest.raises(
        BuildError, match=r"mkdocs build of the (fa|ar|en) edition failed"
    ) as failure:
        build_editions(docs, tmp_path / "site", lambda _m: None)
    assert "hand-written.md: no front matter with a slug" in str(failure.value)


def test_editions_command_reports_each_failed_edition(tmp_path: Path) -> None:
    from akhbar.settings import Settings
    from akhbar.site import _run_mkdocs

    missing = tmp_path / "missing.yml"
    with pytest.raises(
        BuildError, match=r"mkdocs build of the (fa|ar|en) edition failed:\n.*missing\.yml"
    ):
        list(_run_mkdocs(tmp_path / "docs", tmp_path / "site", missing, Settings()))


def test_all_editions_build_at_once_while_their_memory_allows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from akhbar import site

    monkeypatch.setattr(site, "WORKERS", 2)
    assert site.editions_at_once(5) == 3
    assert site.editions_at_once(site.ALL_EDITIONS_MAX_ARTICLES) == 3
    assert site.editions_at_once(site.ALL_EDITIONS_MAX_ARTICLES + 1) == 2
    # At 20,000 articles two editions at once would pass the build's 1 GiB: one at a time.
    assert site.editions_at_once(10_000) == 2
    assert site.editions_at_once(20_000) == 1
    monkeypatch.setattr(site, "WORKERS", 1)  # one core: nothing to gain, memory to lose
    assert site.editions_at_once(5) == 1


def test_mkdocs_warnings_reach_the_report(built: Build, tmp_path: Path) -> None:
    """MkDocs' own warnings (here a link to a page that does not exist) are printed and
    given to the caller, so that the build report holds them and ``--strict`` fails."""
    import shutil

    from akhbar.site import build_editions

    docs = tmp_path / "docs"
    shutil.copytree(built.docs, docs)
    article = sorted((docs / "articles").glob("*.md"))[0]
    article.write_text(
        article.read_text(encoding="utf-8") + "\n[gone](missing-page.md)\n", encoding="utf-8"
    )
    printed: list[str] = []
    warnings: list[str] = []
    build_editions(docs, tmp_path / "site", printed.append, warnings=warnings)
    for edition in ("fa", "ar", "en"):
        assert any(
            w.startswith(f"{edition} edition: WARNING") and "missing-page.md" in w for w in warnings
        ), warnings
    assert all(any(w.split(": ", 1)[1] in p for p in printed) for w in warnings)
