"""Work in forked processes (``akhbar.parallel``), the one way the build works in parallel."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from functools import partial
from pathlib import Path

import pytest

from akhbar.parallel import apart, each_forked

ROOT = Path(__file__).resolve().parent.parent
# The extraction's modules whose patterns cost the most to compile.
EXTRACTION = ("akhbar.fields", "akhbar.keypoints", "akhbar.quotes", "akhbar.extract")


def _pid_after(seconds: float) -> int:
    time.sleep(seconds)
    return os.getpid()


@pytest.mark.parametrize(
    ("at_once", "processes"),
    [
        (1, 3),  # one at a time: a process each, all of them run
        (2, 3),  # two at a time
        (5, 3),  # more room than work
    ],
)
def test_each_work_runs_in_a_process_of_its_own(at_once, processes):
    works = {name: partial(_pid_after, 0.05) for name in ("fa", "ar", "en")}
    results = dict(each_forked(works, at_once))
    assert sorted(results) == ["ar", "en", "fa"]
    assert len(set(results.values())) == processes
    assert os.getpid() not in results.values()


def test_results_come_as_each_work_ends():
    works = {"slow": partial(_pid_after, 1.0), "quick": partial(_pid_after, 0.0)}
    assert [key for key, _pid in each_forked(works, 2)] == ["quick", "slow"]


def test_no_more_than_at_once_run_together(tmp_path):
    def mark(name: str) -> tuple[float, float]:
        start = time.monotonic()
        time.sleep(0.3)
        return start, time.monotonic()

    spans = dict(each_forked({n: partial(mark, n) for n in "abcd"}, 2))
    for moment in sorted(start + 0.01 for start, _end in spans.values()):
        assert sum(start <= moment < end for start, end in spans.values()) <= 2


def test_a_work_that_fails_raises_its_error_here():
    def fail() -> None:
        raise ValueError("bad edition")

    with pytest.raises(ValueError, match="bad edition"):
        dict(each_forked({"fa": fail}, 2))


def test_processes_are_forked_in_one_module_only():
    """No other module forks, starts processes for Python work, or builds a pool."""
    pattern = re.compile(r"os\.fork\(|ProcessPoolExecutor|multiprocessing\.")
    forking = [
        path.name
        for path in sorted((ROOT / "akhbar").glob("*.py"))
        if path.name != "parallel.py" and pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert forking == []


@pytest.mark.parametrize(
    "module",
    [
        "akhbar.editions",  # the editions' process, started once a build
        "akhbar.search",  # the search stage
        "akhbar.mkdocs_hook",  # MkDocs' hook, in every edition
        "akhbar.site",  # the site's stages
    ],
)
def test_the_site_processes_do_not_load_the_extraction_patterns(module):
    # The site reads the stories (akhbar.stories) but never clusters, extracts titles or
    # ranks key points: the patterns of akhbar.fields and akhbar.keypoints took ~0.25 s of
    # CPU to compile in each process that started.
    code = f"import sys, {module}; print(sorted(m for m in sys.modules if m in {EXTRACTION!r}))"
    loaded = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == "[]", loaded


def test_apart_returns_what_the_work_returned_in_another_process():
    assert apart(partial(_pid_after, 0.0)) not in (None, os.getpid())
