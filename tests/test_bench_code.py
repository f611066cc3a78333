"""The benchmark stops when the code it measures changes during a run."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench_scripts import bench


def _checkout(root: Path) -> Path:
    for part in ("akhbar", "templates", "knowledge", "locale"):
        (root / part).mkdir(parents=True)
    (root / "akhbar" / "quotes.py").write_text("RULE = 1\n", encoding="utf-8")
    (root / "knowledge" / "actors.yml").write_text("- slug: a\n", encoding="utf-8")
    (root / "build_site.py").write_text("print('build')\n", encoding="utf-8")
    return root


def test_a_change_during_the_run_stops_it(tmp_path: Path) -> None:
    run = bench("run")
    root = _checkout(tmp_path)
    start = run.code_digest(root)
    run.check_code(start, root)  # unchanged: goes on
    (root / "akhbar" / "quotes.py").write_text("RULE = 2\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="changed during the run"):
        run.check_code(start, root)


def test_the_digest_reads_knowledge_and_ignores_bytecode(tmp_path: Path) -> None:
    run = bench("run")
    root = _checkout(tmp_path)
    start = run.code_digest(root)
    (root / "akhbar" / "__pycache__").mkdir()
    (root / "akhbar" / "__pycache__" / "quotes.cpython-313.pyc").write_bytes(b"\0")
    assert run.code_digest(root) == start
    (root / "knowledge" / "actors.yml").write_text("- slug: b\n", encoding="utf-8")
    assert run.code_digest(root) != start
