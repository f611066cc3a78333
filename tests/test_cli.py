"""The command line, run as a real process."""

import json
import subprocess
import sys

from conftest import ROOT, SEEDS


def run(*args, cwd=ROOT):
    return subprocess.run(
        [sys.executable, str(ROOT / "build_site.py"), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


def test_extract_json_prints_every_field_for_each_file():
    files = sorted(str(p) for p in SEEDS.glob("00[23]_*.txt"))
    result = run("extract", *files, "--json")
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert [r["source_file"] for r in records] == files
    for record in records:
        for key in (
            "lang",
            "title",
            "date",
            "source",
            "key_points",
            "actors",
            "topics",
            "figures",
            "quotes",
            "candidates",
        ):
            assert key in record
    assert records[0]["date"] is None


def test_strict_turns_warnings_into_failure():
    undated = str(next(SEEDS.glob("002_*.txt")))
    assert run("extract", undated).returncode == 0
    strict = run("extract", undated, "--strict")
    assert strict.returncode == 1
    assert "date unknown" in strict.stderr


def test_bad_file_is_named_and_the_others_still_extracted(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"%PDF-1.7 binary")
    good = str(next(SEEDS.glob("004_*.txt")))
    result = run("extract", str(bad), good, "--json")
    assert result.returncode == 0
    assert "bad.txt" in result.stderr
    assert "PDF" in result.stderr
    assert len(json.loads(result.stdout)) == 1


def test_docs_build_reports_on_stderr(tmp_path):
    result = run("docs", "--docs", str(tmp_path / "docs"))
    assert result.returncode == 0, result.stderr
    assert "5 read, 5 published, 0 skipped" in result.stderr
    assert "extract: 5 files" in result.stderr  # progress
    assert len(list((tmp_path / "docs" / "articles").glob("*.md"))) == 5
