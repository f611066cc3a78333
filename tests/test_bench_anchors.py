"""The benchmark's anchors (``bench/anchors.py``) build the seeds' pages: Hugo + Pagefind,
and MkDocs + Material (+ mkdocs-static-i18n when its venv is there).  No timing is
asserted: the builds are real and their output is read back."""

from __future__ import annotations

import html
import json
import re
import shutil
import sys
from pathlib import Path

import pytest
import yaml
from bench_scripts import bench

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"  # the seeds' docs/articles/*.md as the build writes them


anchors = bench("anchors")
run = bench("run")


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A work folder whose docs/articles holds the five seeds' Markdown."""
    work = tmp_path_factory.mktemp("anchors")
    (work / "docs" / "articles").mkdir(parents=True)
    for path in sorted(GOLDEN.glob("*.md")):
        shutil.copy(path, work / "docs" / "articles" / path.name)
    return work


def _meta_and_body(path: Path) -> tuple[dict, str]:
    _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
    return yaml.safe_load(front), body


def _plain(markup: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


@pytest.mark.parametrize(
    "seed",
    [
        "000",  # Persian, title from the lead, dated by its header, five topics
        "001",  # Persian, with its own headline
        "002",  # Persian, a kicker before the headline, sub-headings in the text
        "003",  # Arabic, a Latin byline line
        "004",  # Arabic, undated
    ],
)
def test_each_seed_converts_to_markdown_with_every_paragraph(docs: Path, seed: str) -> None:
    (page,) = [p for p in anchors.read_pages(docs / "docs") if p.slug == seed]
    meta, body = _meta_and_body(docs / "docs" / "articles" / f"{seed}.md")
    assert page.meta["title"] == meta["title"]
    assert page.meta.get("date") == (meta["date"] or None)
    assert page.meta["actors"] == meta["actors"]
    assert page.meta["topics"] == [t["slug"] for t in meta["topics"]]
    assert page.meta["key_points"] == meta["key_points"]
    assert "<" not in page.markdown.replace("\\<", "")  # no HTML left
    paragraphs = re.findall(r"<p\b[^>]*>(.*?)</p>", body, re.DOTALL)
    headings = re.findall(r"<h[2-6]\b[^>]*>(.*?)</h[2-6]>", body, re.DOTALL)
    blocks = page.markdown.strip().split("\n\n")
    assert len(blocks) == len(paragraphs) + len(headings)
    # Every paragraph's words, in order, once Markdown's escapes are taken off.
    unescaped = re.sub(r"\\(.)", r"\1", page.markdown)
    for paragraph in paragraphs:
        assert _plain(paragraph) in " ".join(unescaped.split())


def test_markdown_characters_in_a_paragraph_are_escaped() -> None:
    body = '<h1>T</h1><p dir="auto">a *b* [c] &amp; &lt;d&gt; #e</p><h2 dir="auto">S_1</h2>'
    assert anchors.body_markdown(body) == "a \\*b\\* \\[c\\] & \\<d\\> \\#e\n\n## S\\_1\n"


def test_hugo_and_pagefind_build_every_seed_in_three_languages(docs: Path) -> None:
    measured = anchors.hugo_pagefind(docs, run.run_measured)
    out = docs / "hugo-public"
    for lang, _name in anchors.LANGUAGES:
        pages = sorted((out / lang / "articles").glob("*/index.html"))
        assert [p.parent.name for p in pages] == ["000", "001", "002", "003", "004"]
        html_000 = (out / lang / "articles" / "000" / "index.html").read_text(encoding="utf-8")
        meta, _ = _meta_and_body(docs / "docs" / "articles" / "000.md")
        assert html.escape(meta["title"], quote=False) in html_000
        assert "data-pagefind-body" in html_000
        assert (out / lang / "actors" / "ali-larijani" / "index.html").is_file()
    # Pagefind indexed the five articles in each language, not the lists.
    assert measured["search_pages"] == {"ar": 5, "en": 5, "fa": 5}
    assert measured["cpu_seconds"] > 0
    assert measured["hugo_cpu_seconds"] > 0


def _build_mkdocs(python: Path, config: Path) -> None:
    import subprocess

    subprocess.run(
        [str(python), "-m", "mkdocs", "build", "--quiet", "-f", str(config)],
        check=True,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"},
    )


def test_material_builds_the_converted_pages_with_search_and_tags(docs: Path) -> None:
    """The MkDocs anchor's pages and config, built by the project's own MkDocs and
    Material (without the i18n plugin, which only its venv has)."""
    pages = anchors.read_pages(docs / "docs")
    root, site = docs / "mkdocs-plain", docs / "mkdocs-plain-site"
    anchors.mkdocs_content(pages, root / "docs")
    (root / "mkdocs.yml").write_text(
        anchors.mkdocs_config(root / "docs", site, i18n=False), encoding="utf-8"
    )
    _build_mkdocs(Path(sys.executable), root / "mkdocs.yml")
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    titles = {d["title"] for d in index["docs"] if d["location"].startswith("articles/")}
    assert {p.meta["title"] for p in pages} <= titles
    page_004 = (site / "articles" / "004" / "index.html").read_text(encoding="utf-8")
    assert "md-tag" in page_004  # actors and topics shown as Material's tags
    tags = (site / "tags" / "index.html").read_text(encoding="utf-8")
    assert "ali-larijani" in tags


@pytest.mark.skipif(
    not anchors.anchor_python().is_file(), reason="bench/.venv-anchor not made (make bench-deps)"
)
def test_mkdocs_static_i18n_builds_three_languages_and_one_search_index(docs: Path) -> None:
    measured = anchors.mkdocs_i18n(docs, run.run_measured)
    out = docs / "mkdocs-anchor-site"
    assert measured["pages"] == {"fa": 5, "ar": 5, "en": 5}
    for home, lang in ((out, "fa"), (out / "ar", "ar"), (out / "en", "en")):
        page = (home / "articles" / "003" / "index.html").read_text(encoding="utf-8")
        assert f'<html lang="{lang}"' in page
    # One index for the three languages, at the root: every language's search loads it.
    assert not (out / "ar" / "search").exists()
    assert not (out / "en" / "search").exists()
    index = json.loads((out / "search" / "search_index.json").read_text(encoding="utf-8"))
    found = {
        d["location"].split("articles/")[1].strip("/")
        for d in index["docs"]
        if "articles/" in d["location"] and "#" not in d["location"]
    }
    assert found == {"000", "001", "002", "003", "004"}
