"""`make test`, which CI runs (`.ci/run`), also runs the linters: what `make lint` checks
stays checked.  `make -n` prints the commands without running them; ``-o`` takes the
virtual environment as made, so nothing is installed."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _commands(target: str) -> list[str]:
    if shutil.which("make") is None:
        pytest.skip("no make")
    result = subprocess.run(
        ["make", "-n", "-o", ".venv/.installed", target, f"PY={sys.executable}"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return result.stdout.splitlines()


def test_ci_runs_make_test() -> None:
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert "make test" in run


@pytest.mark.parametrize(
    "command",
    [
        "-m ruff check akhbar tests bench build_site.py",  # the linter
        "-m ruff format --check akhbar tests bench build_site.py",  # the formatter, checking
    ],
)
def test_make_test_lints_before_the_tests(command: str) -> None:
    commands = _commands("test")
    pytest_at = next(i for i, c in enumerate(commands) if c.endswith("-m pytest"))
    lint_at = next((i for i, c in enumerate(commands) if c.endswith(command)), None)
    assert lint_at is not None, f"make test does not run {command!r}: {commands}"
    assert lint_at < pytest_at  # a lint failure stops it before the long tests
