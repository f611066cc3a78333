"""Offices an article names with no holder to give, as the built site's card shows them.

A real build (``build_site.py --no-pdf``: real ``mkdocs build`` of the three editions) of
one undated Persian article naming «نخست وزیر پاکستان», and the seeds' site (``site_dir``)
for seed 002, which names three offices and has no date.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest.register_assert_rewrite("site_fixtures")
from site_fixtures import EDITIONS, ROOT  # noqa: E402  (after the line above)

from akhbar.build import knowledge_dir  # noqa: E402
from akhbar.knowledge import load_knowledge  # noqa: E402

pytest_plugins = ["site_fixtures"]

LABEL = {"fa": "سمت‌های یادشده", "ar": "المناصب المذكورة", "en": "Offices named"}
CARD_RE = re.compile(r"<dl>.*?</dl>", re.S)
ARTICLE = (
    "نخست وزیر پاکستان در دیدار با هیئتی از ایران گفت که دو کشور همکاری‌های اقتصادی خود را"
    " گسترش می‌دهند.\nاین دیدار در اسلام‌آباد برگزار شد و دو طرف درباره امنیت مرزها گفتگو کردند.\n"
)


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge(knowledge_dir())


@pytest.fixture(scope="module")
def undated_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("offices")
    (tmp / "seeds").mkdir()
    (tmp / "seeds" / "001.txt").write_text(ARTICLE, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(ROOT / "build_site.py"), "--no-pdf"]
        + [f"--{name}={tmp / name}" for name in ("seeds", "docs", "site")],
        cwd=tmp,
        env=dict(os.environ, AKHBAR_CACHE_DIR=str(tmp / "cache")),
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return tmp / "site"


def card(site: Path, edition: str, slug: str = "*") -> str:
    (page,) = (site / edition / "articles").glob(f"{slug}/index.html")
    match = CARD_RE.search(page.read_text(encoding="utf-8"))
    assert match, page
    return match.group()


def offices(card_html: str) -> list[str]:
    found = re.search(r'<dd class="akhbar-offices">(.*?)</dd>', card_html)
    return re.findall(r"<bdi>(.*?)</bdi>", found.group(1)) if found else []


@pytest.mark.parametrize("edition", EDITIONS)
def test_an_undated_office_shows_the_office_not_a_holder(undated_site, knowledge, edition):
    html = card(undated_site, edition)
    assert LABEL[edition] in html
    assert offices(html) == [knowledge.role("pk-prime-minister").titles.get(edition)]
    holders = [a for a in knowledge.actors if any(r.key == "pk-prime-minister" for r in a.roles)]
    assert holders  # the knowledge has holders (Shehbaz Sharif today): none is named
    assert not [a.slug for a in holders if a.names.get(edition) in html]
    if edition == "en":
        assert offices(html) == ["Prime Minister of Pakistan"]


@pytest.mark.parametrize("edition", EDITIONS)
def test_seed_002_names_its_offices_not_their_holders(site_dir, articles, knowledge, edition):
    record = articles["002"]
    assert record["date"] is None
    html = card(site_dir, edition, record["slug"])
    keys = ["ir-foreign-minister", "pk-president", "pk-interior-minister"]
    assert offices(html) == [knowledge.role(k).titles.get(edition) for k in keys]
    # separated by the edition's comma, as the card's other lists
    listed = re.search(r'<dd class="akhbar-offices">(.*?)</dd>', html).group(1)
    assert ("</bdi>, <bdi>" if edition == "en" else "</bdi>، <bdi>") in listed
    for holder in ("abbas-araghchi", "asif-ali-zardari", "mohsin-naqvi"):
        actor = knowledge.actor(holder)
        assert actor is None or actor.names.get(edition) not in html
