"""Bad input, nothing lost, safe output: every bad input of the issue in one seeds folder.

The real command line runs over it as a subprocess (``build_site.py docs --strict``), in a
temporary working folder, with the extraction cache in the temporary folder too, so that
anything written outside the output folders shows up.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from safety_fixtures import ROOT, Expect, one_megabyte_line, write_bad_seeds

from akhbar.render import read_front_matter

SKIPPED_RE = re.compile(r"^  skipped seeds/(?P<file>[^:]+): (?P<reason>.+)$", re.MULTILINE)
WARNING_RE = re.compile(r"^  warning: seeds/(?P<file>[^:]+): (?P<text>.+)$", re.MULTILINE)
SUMMARY_RE = re.compile(
    r"^(?P<read>\d+) read, (?P<published>\d+) published, (?P<skipped>\d+) skipped", re.MULTILINE
)
INVISIBLE = re.compile("[\u200b\u200d\u2060\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")
# A loose sanity bound for one article on the 2-core reference machine (not a benchmark).
BOUND_SECONDS = 60


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _run(tmp: Path, docs: str, *flags: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, AKHBAR_CACHE_DIR=str(tmp / "cache"))
    return subprocess.run(
        [
            sys.executable,
            str(ROOT / "build_site.py"),
            "docs",
            "--seeds",
            str(tmp / "seeds"),
            "--docs",
            str(tmp / docs),
            *flags,
        ],
        cwd=tmp,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


class Built:
    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.expect: dict[str, Expect] = write_bad_seeds(tmp / "seeds")
        self.before = _tree(tmp)
        self.strict = _run(tmp, "docs", "--strict")
        self.lenient = _run(tmp, "docs2")
        self.after = _tree(tmp)
        self.skipped = {m["file"]: m["reason"] for m in SKIPPED_RE.finditer(self.strict.stderr)}
        self.warnings: dict[str, list[str]] = {}
        for m in WARNING_RE.finditer(self.strict.stderr):
            self.warnings.setdefault(m["file"], []).append(m["text"])
        self.pages: dict[str, tuple[Path, dict[str, Any], str]] = {}
        for path in sorted((tmp / "docs" / "articles").glob("*.md")):
            text = path.read_text(encoding="utf-8")
            record = read_front_matter(text)
            self.pages[record["source_file"].removeprefix("seeds/")] = (path, record, text)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    return Built(tmp_path_factory.mktemp("robust"))


def test_strict_fails_and_lenient_succeeds(built: Built) -> None:
    assert built.strict.returncode == 1, built.strict.stderr
    assert built.lenient.returncode == 0, built.lenient.stderr


def test_every_file_is_accounted_for(built: Built) -> None:
    summary = SUMMARY_RE.search(built.strict.stderr)
    assert summary, built.strict.stderr
    read, published, skipped = (int(summary[k]) for k in ("read", "published", "skipped"))
    assert read == len(built.expect)
    assert published + skipped == read
    assert len(built.pages) == published
    assert set(built.skipped) | set(built.pages) == set(built.expect)


@pytest.mark.parametrize(
    "name",
    [
        "empty.txt",  # zero bytes
        "whitespace.txt",  # spaces, tabs, CRLF only
        "date-only.txt",  # only a date header
        "image.txt",  # a PNG renamed .txt
        "document.txt",  # a PDF renamed .txt
        "latin1.txt",  # neither UTF-8 nor Windows-1256
        "huge-5mb.txt",  # over the size limit
        "zz-copy.txt",  # the same bytes as 000_plain.txt
    ],
)
def test_bad_file_is_named_with_its_reason(built: Built, name: str) -> None:
    assert name in built.skipped, f"{name} not reported as skipped:\n{built.strict.stderr}"
    assert built.expect[name].outcome in built.skipped[name]


def test_size_limit_is_stated(built: Built) -> None:
    assert re.search(r"over the [\d,]+-byte limit", built.skipped["huge-5mb.txt"])


def test_duplicate_after_folding_is_skipped(built: Built) -> None:
    assert "duplicate of seeds/001_bom.txt" in built.skipped.get("zz-folded.txt", "")


@pytest.mark.parametrize(
    ("name", "lang"),
    [
        ("000_plain.txt", "fa"),  # UTF-8
        ("001_bom.txt", "fa"),  # UTF-8 with a byte-order mark
        ("002_utf16le.txt", "ar"),  # UTF-16 little-endian with BOM
        ("003_utf16be.txt", "ar"),  # UTF-16 big-endian with BOM
        ("004_cp1256.txt", "fa"),  # Windows-1256: legacy Persian, with Arabic ي as cp1256 has no ی
        ("markup.txt", "en"),  # markup payloads
        ("breakers.txt", "fa"),  # front-matter breakers
        ("invisible.txt", "fa"),  # U+200B and U+202E inside names
    ],
)
def test_good_files_are_published(built: Built, name: str, lang: str) -> None:
    assert name in built.pages, built.skipped.get(name)
    _path, record, _text = built.pages[name]
    assert record["lang"] == lang


@pytest.mark.parametrize(
    ("name", "warning"),
    [
        ("date-impossible.txt", "'2025-13-45' is not a real date"),  # month 13
        ("date-yesterday.txt", "'yesterday' is not YYYY-MM-DD"),  # a word
    ],
)
def test_bad_date_header_is_a_warning_and_the_date_unknown(
    built: Built, name: str, warning: str
) -> None:
    assert any(warning in w for w in built.warnings.get(name, ())), built.strict.stderr
    assert built.pages[name][1]["date"] is None


def test_nothing_written_outside_the_output_folders(built: Built) -> None:
    outputs = ("docs/", "docs2/", "cache/")
    new = {p for p in built.after if p not in built.before and not p.startswith(outputs)}
    assert new == set()
    assert {p: built.after[p] for p in built.before} == built.before  # seeds untouched
    for docs in ("docs", "docs2"):
        for path in (built.tmp / docs).rglob("*"):
            if path.is_file():
                assert path.parent == built.tmp / docs / "articles", path


def test_pages_are_safe(built: Built) -> None:
    for name, (path, record, text) in built.pages.items():
        assert re.fullmatch(r"[\w-]+", record["slug"]), name
        assert path.stem == record["slug"]
        assert not INVISIBLE.search(text), f"{name}: invisible control character in {path.name}"
        body = text.split("\n---\n", 1)[1]
        assert "<script" not in body, name
        assert "<img" not in body, name
    _path, record, _text = built.pages["breakers.txt"]
    assert record["title"].startswith("ظریف: «گفت‌وگو» --- ادامه دارد: key: value")
    assert set(record) >= {"slug", "title", "lang"}
    assert "other" not in record


def test_invisible_characters_do_not_hide_a_name(built: Built) -> None:
    _path, record, text = built.pages["invisible.txt"]
    assert "ali-larijani" in record["actors"]
    assert "لاریجانی" in text


def test_five_megabyte_article_is_refused_at_once() -> None:
    from akhbar.errors import InputError
    from akhbar.ingest import MAX_BYTES, decode

    data = b"\xd8\xa7 " * (5 * 1024 * 1024 // 3)
    start = time.perf_counter()
    with pytest.raises(InputError, match=f"{MAX_BYTES:,}-byte limit"):
        decode(data, "seeds/huge.txt")
    assert time.perf_counter() - start < 1


_MEASURE = """
import resource, sys, time
from akhbar.build import knowledge_dir
from akhbar.extract import Extractor
from akhbar.knowledge import load_knowledge
extractor = Extractor(load_knowledge(knowledge_dir()))
data = sys.stdin.buffer.read()
start = time.perf_counter()
article = extractor.extract(data, "seeds/one-line.txt").article
print(f"{time.perf_counter() - start:.1f} s, "
      f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MiB, {len(article.title)}")
"""


def test_one_megabyte_line_in_bounded_time() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _MEASURE],
        input=one_megabyte_line(),
        capture_output=True,
        cwd=ROOT,
        timeout=BOUND_SECONDS,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    print(result.stdout.decode())  # seconds, peak memory: shown with pytest -s
