"""The scale benchmark's stages (``bench/run.py``) on the seeds: the stories' clustering
measured apart within the extract stage, and the books made as ``build_site.py`` makes
them, grouped by story.

Each stage runs as the benchmark runs it (a fresh process on a work folder); the books are
read back with ``pdftotext``.  No timing is asserted."""

from __future__ import annotations

import json
import pickle
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from bench_scripts import bench

ROOT = Path(__file__).resolve().parent.parent
# The seeds' one story of four articles (000-003) and 004 alone.
STORY = ("000", "001", "002", "003")


run = bench("run")


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A benchmark work folder holding the seeds, after the extract stage."""
    work = tmp_path_factory.mktemp("bench-stories")
    shutil.copytree(ROOT / "seeds", work / "seeds")
    run.run_stage("extract", work)
    return work


@pytest.fixture(scope="module")
def extract_steps(work: Path) -> dict[str, float]:
    return json.loads((work / "steps-extract.json").read_text(encoding="utf-8"))


def test_the_extract_stage_measures_the_clustering_apart(extract_steps: dict[str, float]) -> None:
    for step in run.STORY_STEPS:
        assert step in extract_steps, extract_steps
    # Within the extraction step (the clustering runs before the Markdown is written).
    assert 0 < extract_steps["stories"] < extract_steps["extract"]
    assert extract_steps["stories_cpu"] > 0
    assert extract_steps["stories_mib"] >= 0
    assert extract_steps["stories_peak_mib"] > extract_steps["stories_mib"]


def test_the_extract_stage_reports_the_stories(work: Path) -> None:
    stories = json.loads((work / "report.json").read_text(encoding="utf-8"))["stories"]
    assert stories["count"] == 2
    assert stories["reported_more_than_once"] == 1
    assert stories["sizes"] == {"1": 1, "4": 1}
    assert stories["largest"]["articles"] == 4
    largest = stories["largest_stories"]
    assert [s["articles"] for s in largest] == [4, 1]
    assert largest[0]["slug"] == stories["largest"]["slug"]
    assert largest[0]["languages"] == ["fa", "ar"]


@pytest.mark.parametrize(
    "book_articles",
    [
        100,  # every seed in the book: the story of four and 004
        2,  # the newest two: two of the story's articles, grouped, the rest out of the book
    ],
)
def test_the_benchmarks_book_is_the_plans(work: Path, book_articles: int) -> None:
    """The pdf stage's book is the one ``build_site.py`` lays out: ``plan.plan``'s."""
    from dataclasses import replace

    from akhbar.knowledge import load_knowledge
    from akhbar.plan import plan
    from akhbar.settings import Settings
    from akhbar.site import stories_of

    articles = pickle.loads((work / "articles.pickle").read_bytes())
    settings = replace(Settings.from_environment(), book_articles=book_articles)
    knowledge = load_knowledge(settings.knowledge_dir)
    built = plan(articles, stories_of(articles, work / "docs", knowledge), knowledge, settings)
    assert run.book(articles, work / "docs", settings) == built.book
    assert len(built.book.stories) == 1


def _norm(text: str) -> str:
    """Letters and digits of *text*, as tests/test_site_stories.py reads a book back."""
    from akhbar.text import fold

    text = re.sub(r"[\W_]+", "", fold(unicodedata.normalize("NFKC", text)))
    return re.sub("[لا]+", lambda m: "".join(sorted(m.group())), text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("edition", "heading"),
    [
        ("fa", "رویداد"),  # the story chapter's heading in Persian
        ("ar", "الحدث"),  # in Arabic
    ],
)
def test_the_pdf_stage_lays_out_the_books_by_story(work: Path, edition: str, heading: str) -> None:
    """The books the benchmark times are the build's: the story's chapter, then its four
    articles, then 004."""
    if not (work / "site" / edition / "briefing.pdf").is_file():
        run.run_stage("pdf", work)
    text = subprocess.run(
        ["pdftotext", str(work / "site" / edition / "briefing.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    body = _norm(text.split("\f", 2)[2])  # after the cover and the contents
    story_at = body.find(_norm(heading))
    assert story_at >= 0
    titles = {}
    for path in sorted((work / "docs" / "articles").glob("*.md")):
        from akhbar.render import read_front_matter

        record = read_front_matter(path.read_text(encoding="utf-8"))
        titles[Path(record["source_file"]).name[:3]] = record["title"]
    at = {p: body.find(_norm(title)[:40], story_at + 1) for p, title in titles.items()}
    assert all(at[p] > story_at for p in STORY), at
    assert max(at, key=at.get) == "004"
    steps = json.loads((work / "steps-pdf.json").read_text(encoding="utf-8"))
    assert steps["book_stories"] == 1
    assert steps["book_articles"] == 5


def test_the_table_prints_the_clustering_and_the_stories(work: Path) -> None:
    measure = run.Measure(10.0, 2**28, 2**28, 8.0)
    measure.steps = json.loads((work / "steps-extract.json").read_text(encoding="utf-8"))
    result = run.Result(5, published=5)
    result.cold["extract"] = run.asdict(measure)
    result.stories = json.loads((work / "report.json").read_text(encoding="utf-8"))["stories"]
    printed = run.table(result)
    row = next(line for line in printed.splitlines() if line.startswith("  stories"))
    assert f"{measure.steps['stories']:.1f}" in row
    assert "stories: 2, 1 of two articles or more; articles: stories 1: 1, 4: 1" in printed
    summary = run.summary(result)
    assert summary["stories_count"] == 2
    assert summary["stories_largest"] == 4
    assert summary["stories_s"] == measure.steps["stories"]
