"""Extraction cache and parallel extraction: the output never depends on either."""

import os
import shutil
import time
from pathlib import Path

import pytest
from conftest import SEEDS

from akhbar import build, parallel
from akhbar.build import build_docs


def _quiet(_message: str) -> None:
    pass


def _snapshot(docs: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((docs / "articles").glob("*.md"))}


@pytest.fixture
def seeds(tmp_path):
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder


def test_cached_rebuild_equals_a_cold_build(seeds, tmp_path, monkeypatch):
    monkeypatch.setenv("AKHBAR_CACHE_DIR", str(tmp_path / "cache"))
    messages: list[str] = []
    build_docs(seeds, tmp_path / "warm1", messages.append)
    assert any("0 unchanged, 5 to extract" in m for m in messages)
    messages.clear()
    build_docs(seeds, tmp_path / "warm2", messages.append)
    assert any("5 unchanged, 0 to extract" in m for m in messages)
    monkeypatch.setenv("AKHBAR_NO_CACHE", "1")
    build_docs(seeds, tmp_path / "cold", _quiet)
    assert _snapshot(tmp_path / "warm2") == _snapshot(tmp_path / "cold")


def test_editing_one_article_extracts_only_that_one(seeds, tmp_path, monkeypatch):
    monkeypatch.setenv("AKHBAR_CACHE_DIR", str(tmp_path / "cache"))
    build_docs(seeds, tmp_path / "docs", _quiet)
    edited = next(seeds.glob("004_*.txt"))
    edited.write_text(
        edited.read_text(encoding="utf-8")
        + "\nپاراگراف تازه‌ای درباره روابط ایران و پاکستان افزوده شد.\n",
        encoding="utf-8",
    )
    messages: list[str] = []
    build_docs(seeds, tmp_path / "docs", messages.append)
    assert any("4 unchanged, 1 to extract" in m for m in messages)
    monkeypatch.setenv("AKHBAR_NO_CACHE", "1")
    build_docs(seeds, tmp_path / "cold", _quiet)
    assert _snapshot(tmp_path / "docs") == _snapshot(tmp_path / "cold")


def test_a_rebuild_reads_the_knowledge_once_and_folds_only_what_it_extracts(
    seeds, tmp_path, monkeypatch
):
    import akhbar.knowledge

    monkeypatch.setenv("AKHBAR_CACHE_DIR", str(tmp_path / "cache"))
    build_docs(seeds, tmp_path / "docs", _quiet)
    edited = next(seeds.glob("004_*.txt"))
    edited.write_text(
        edited.read_text(encoding="utf-8") + "\nپاراگراف تازه‌ای درباره همکاری دو کشور.\n",
        encoding="utf-8",
    )
    loads, folds = [], []
    load_knowledge, folded_digest = akhbar.knowledge.load_knowledge, build.folded_digest
    monkeypatch.setattr(
        akhbar.knowledge, "load_knowledge", lambda f: loads.append(f) or load_knowledge(f)
    )
    monkeypatch.setattr(build, "folded_digest", lambda a: folds.append(a) or folded_digest(a))
    monkeypatch.setattr(build, "_worker_extractor", None)  # as in a new process
    build_docs(seeds, tmp_path / "docs", _quiet)
    assert len(loads) == 1  # the build's, handed to the extraction too
    assert [a.source_file for a in folds] == [f"seeds/{edited.name}"]  # its extraction's
    monkeypatch.setenv("AKHBAR_NO_CACHE", "1")
    build_docs(seeds, tmp_path / "cold", _quiet)
    assert _snapshot(tmp_path / "docs") == _snapshot(tmp_path / "cold")


def test_a_cached_rebuild_still_publishes_one_of_two_articles_equal_after_folding(
    seeds, tmp_path, monkeypatch
):
    monkeypatch.setenv("AKHBAR_CACHE_DIR", str(tmp_path / "cache"))
    original = next(seeds.glob("004_*.txt"))
    text = original.read_text(encoding="utf-8")
    # the same text, another spelling of its letters: the same after folding
    (seeds / "zz_copy.txt").write_text(text.replace("ی", "ي").replace("ک", "ك"), encoding="utf-8")
    for docs in ("docs", "docs"):  # cold, then from the cache
        articles, report, _stories = build_docs(seeds, tmp_path / docs, _quiet)
        assert len(articles) == 5
        assert [s["file"] for s in report.skipped] == ["seeds/zz_copy.txt"]
        assert "same text after folding" in report.skipped[0]["reason"]


def test_parallel_extraction_equals_serial(seeds, tmp_path, monkeypatch):
    monkeypatch.setenv("AKHBAR_NO_CACHE", "1")
    build_docs(seeds, tmp_path / "serial", _quiet)
    monkeypatch.setattr(build, "PARALLEL_MIN", 1)
    monkeypatch.delenv("AKHBAR_NO_CACHE")
    monkeypatch.setenv("AKHBAR_CACHE_DIR", str(tmp_path / "cache"))
    messages: list[str] = []
    build_docs(seeds, tmp_path / "parallel", messages.append)
    assert _snapshot(tmp_path / "serial") == _snapshot(tmp_path / "parallel")
    # The two Arabic seeds went to the process forked before
    # hazm's set-up; the Persian ones to the workers forked after it.
    assert "extract: 2 more articles, extracted while Persian was set up" in messages
    # Every process kept what it extracted in the cache.
    messages.clear()
    build_docs(seeds, tmp_path / "again", messages.append)
    assert any("5 unchanged, 0 to extract" in m for m in messages)
    assert _snapshot(tmp_path / "again") == _snapshot(tmp_path / "serial")


def test_forked_work_runs_in_another_process():
    here = os.getpid()
    forked = parallel.Forked(os.getpid)
    try:
        assert forked.result() != here
    finally:
        forked.close()


def test_forked_work_that_failed_there_runs_here():
    here = os.getpid()

    def work() -> int:
        if os.getpid() != here:
            raise RuntimeError("failed in the forked process")
        return here

    forked = parallel.Forked(work)
    try:
        assert forked.result() == here
    finally:
        forked.close()


def test_forked_work_that_fails_here_raises_its_error():
    def work() -> None:
        raise ValueError("bad article")

    forked = parallel.Forked(work)
    try:
        with pytest.raises(ValueError, match="bad article"):
            forked.result()
    finally:
        forked.close()


def test_closing_a_forked_work_stops_it():
    forked = parallel.Forked(lambda: time.sleep(60))
    process, folder = forked._process, Path(forked._folder.name)
    assert process.is_alive()
    assert folder.is_dir()
    forked.close()
    assert not process.is_alive()
    assert not folder.exists()


def _compiled(pattern: str, flags: int = 0) -> list[int]:
    """The program CPython's compiler makes of *pattern*."""
    import re._compiler
    import re._parser

    return re._compiler._code(re._parser.parse(pattern, flags), flags)


def test_shared_charsets_compile_each_class_once_into_the_same_program(monkeypatch):
    import re
    import re._compiler

    from akhbar.cache import _shared_charsets
    from akhbar.text import loose_pattern

    patterns = [
        (loose_pattern("وزیر امور خارجه"), 0),
        (loose_pattern("رئيس الجمهورية") + "|" + loose_pattern("رئیس جمهور"), 0),
        (r"[a-z\u0600-\u06ff]+\s[^\W\d]", re.IGNORECASE),
        (r"[\u064b-\u0652\u0670\u0640]*x[^ab]", 0),
    ]
    before = [_compiled(p, f) for p, f in patterns]
    calls = []
    optimise = re._compiler._optimize_charset

    def counted(charset, *args):
        calls.append(tuple(charset))
        return optimise(charset, *args)

    monkeypatch.setattr(re._compiler, "_optimize_charset", _shared_charsets(counted))
    after = [_compiled(p, f) for p, f in patterns]
    again = [_compiled(p, f) for p, f in patterns]
    assert after == before
    assert again == before
    assert len(calls) == len(set(calls))  # each class optimised once, however often written
    assert calls  # guard: the classes did go through the shared optimiser


def test_sharing_charsets_twice_wraps_the_compiler_once(monkeypatch):
    import re._compiler

    from akhbar.cache import share_charsets

    monkeypatch.setattr(re._compiler, "_optimize_charset", re._compiler._optimize_charset)
    share_charsets()
    shared = re._compiler._optimize_charset
    share_charsets()
    assert re._compiler._optimize_charset is shared
    assert shared.shared
