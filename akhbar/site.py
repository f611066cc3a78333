"""docs/ -> site/: the three editions, the root page, search index, feeds and PDFs.

Stages, one a line: build every edition with ``mkdocs build`` (separate processes, in
parallel: MkDocs is single-threaded) > root page and sitemap index > Pagefind index >
PDF briefing books.  Everything is written to ``site.tmp`` and swapped in at the end, so
a failed build leaves the previous ``site/`` intact.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import jinja2

from akhbar.build import Progress, Report
from akhbar.errors import BuildError
from akhbar.i18n import LANGUAGES
from akhbar.model import Article

ROOT = Path(__file__).resolve().parent.parent
# Editions build in parallel processes, one per core (2 on the reference machine).
WORKERS = max(1, min(len(LANGUAGES), os.cpu_count() or 1))


def _run_mkdocs(edition: str, docs: Path, out: Path, config: Path) -> tuple[str, float]:
    env = dict(os.environ, AKHBAR_EDITION=edition, AKHBAR_SITE_DIR=str(out), NO_MKDOCS_2_WARNING="1")
    env["AKHBAR_DOCS_DIR"] = str(docs)
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--quiet", "--config-file", str(config)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise BuildError(f"mkdocs build of the {edition} edition failed:\n{result.stderr.strip()}")
    return result.stderr, time.perf_counter() - start


def build_editions(docs: Path, out: Path, progress: Progress) -> dict[str, float]:
    """Run one ``mkdocs build`` per edition into ``out/<edition>``; seconds per edition."""
    config = ROOT / "mkdocs.yml"
    timings = {}
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        futures = {ed: pool.submit(_run_mkdocs, ed, docs, out, config) for ed in LANGUAGES}
        for edition, future in futures.items():
            log, seconds = future.result()
            timings[edition] = seconds
            progress(f"site: {edition} edition built in {seconds:.1f} s")
            for line in log.splitlines():
                if "WARNING" in line:
                    progress(f"  {edition}: {line.strip()}")
    return timings


def write_root(out: Path, site_url: str) -> None:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(ROOT / "templates" / "site"), autoescape=True
    )
    (out / "index.html").write_text(
        env.get_template("root.html.j2").render(languages=LANGUAGES), encoding="utf-8"
    )
    (out / "sitemap.xml").write_text(
        env.get_template("sitemap_index.xml.j2").render(
            base=site_url.rstrip("/") + "/", languages=LANGUAGES
        ),
        encoding="utf-8",
    )
    (out / ".nojekyll").write_text("", encoding="utf-8")


def index_search(out: Path, progress: Progress) -> None:
    """Pagefind over every edition; one index per ``<html lang>`` in ``out/pagefind``."""
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(out), "--quiet"],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise BuildError(f"pagefind failed:\n{result.stdout}\n{result.stderr}".strip())
    progress(f"search: indexed in {time.perf_counter() - start:.1f} s")


def build_site(
    articles: list[Article], docs: Path, site: Path, report: Report, progress: Progress
) -> None:
    """docs/ -> site/, swapped in whole at the end."""
    tmp = site.with_name(site.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        build_editions(docs, tmp, progress)
        write_root(tmp, os.environ.get("AKHBAR_SITE_URL", "http://localhost:8000/"))
        index_search(tmp, progress)
        build_pdfs(articles, tmp, progress)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    old = site.with_name(site.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if site.exists():
        os.replace(site, old)
    os.replace(tmp, site)
    shutil.rmtree(old, ignore_errors=True)
    progress(f"site: {site}")


def build_pdfs(articles: list[Article], out: Path, progress: Progress) -> None:
    """One briefing book per edition (``<edition>/briefing.pdf``), if the PDF stage exists."""
    try:
        from akhbar.pdf import build_pdf
    except ImportError:
        return
    for edition in LANGUAGES:
        start = time.perf_counter()
        build_pdf(articles, edition, out / edition / "briefing.pdf")
        progress(f"pdf: {edition} briefing book in {time.perf_counter() - start:.1f} s")
