"""Golden files of the rendered Markdown (tests/golden/<seed>.md).

Regenerate with ``make golden`` and review the diff.
"""

import os
from pathlib import Path

import pytest

from akhbar.render import render_article

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("key", ["000", "001", "002", "003", "004"])
def test_rendered_markdown_matches_golden(seed_articles, key):
    rendered = render_article(seed_articles[key])
    path = GOLDEN / f"{key}.md"
    if os.environ.get("AKHBAR_UPDATE_GOLDEN"):
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(rendered, encoding="utf-8", newline="\n")
    assert path.exists(), "run `make golden` to create the golden files"
    assert rendered == path.read_text(encoding="utf-8")
