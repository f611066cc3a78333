"""The built site: valid HTML (Nu HTML checker), no broken link, no serious a11y problem.

* HTML: ``vnu.jar`` from npm ``vnu-jar`` (``package-lock.json``), run with Java over every
  page of the session's site build (``site_fixtures``);
* links: a small crawler (urllib + html.parser) over the local server, from the root
  page through every edition.  PyPI ``linkchecker`` would do it too, but it is one more
  pinned dependency (with its own requests/dnspython tree) for what is here 40 lines that
  follow only the site's own links and need no network;
* accessibility: ``axe-core`` (npm) injected into Chromium, on the home, an article, the
  Larijani actor page and the search page of each edition: no ``serious`` or
  ``critical`` violation.
"""

# ruff: noqa: F811  (pytest fixtures imported from site_fixtures are redefined as arguments)
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from safety_fixtures import visit
from site_fixtures import (  # noqa: F401  (fixtures)
    EDITIONS,
    Server,
    articles,
    crawl,
    site_dir,
    site_server,
)

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"

# Nu checker messages that are not errors in our pages, each with why.
VNU_FALSE_POSITIVES = [
    # Material's main.html puts autocomplete="off" on its drawer/search toggle checkboxes on
    # purpose (Firefox would otherwise restore their checked state on back navigation);
    # the attribute is harmless there and only the checker's content model rejects it.
    re.compile(r"Attribute “autocomplete” is only allowed when the input type is"),
]
# Known real errors, tested separately as strict xfails below.
VNU_MARKDOWN_ATTRIBUTE = re.compile(r"Attribute “markdown” not allowed on element “article”")


def _vnu_errors(folder: Path) -> list[str]:
    if not VNU.exists():
        pytest.skip("node_modules/vnu-jar missing: run scripts/install-system-deps")
    if not shutil.which("java"):
        pytest.skip("no Java runtime: run scripts/install-system-deps")
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--skip-non-html", str(folder)],
        capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    return [line for line in result.stderr.splitlines() if ": error: " in line]


@pytest.fixture(scope="module")
def vnu_errors(site_dir: Path) -> list[str]:
    return _vnu_errors(site_dir)


def test_html_is_valid(vnu_errors: list[str]) -> None:
    errors = [
        e
        for e in vnu_errors
        if not any(p.search(e) for p in [*VNU_FALSE_POSITIVES, VNU_MARKDOWN_ATTRIBUTE])
    ]
    assert errors == [], "\n".join(errors[:20])


def test_article_element_has_no_markdown_attribute(vnu_errors: list[str]) -> None:
    assert [e for e in vnu_errors if VNU_MARKDOWN_ATTRIBUTE.search(e)] == []


# Links ---------------------------------------------------------------------------------


def test_no_broken_link(site_server: Server, site_dir: Path) -> None:
    found = crawl(site_server)
    assert found.broken == [], "\n".join(found.broken[:20])
    assert len(found.checked) > 50  # the crawl reached the editions, not just the root page


# Accessibility -------------------------------------------------------------------------

AXE_PAGES = ("home", "article", "actor", "search")


def _path(kind: str, edition: str, record: dict[str, Any]) -> str:
    return {
        "home": f"{edition}/",
        "article": f"{edition}/articles/{record['slug']}/",
        "actor": f"{edition}/actors/ali-larijani/",
        "search": f"{edition}/search/",
    }[kind]


# Known serious violations outside the files this suite may fix, each a strict xfail below.
PAGEFIND_LABEL = "label-title-only"  # Pagefind UI's search box has only a title, no label


@pytest.fixture(scope="module")
def audits(site_server: Server, articles: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    """Serious and critical axe violations of each audited page, keyed "kind-edition"."""
    if not AXE.exists():
        pytest.skip("node_modules/axe-core missing: run scripts/install-system-deps")
    keys = [f"{kind}-{edition}" for kind in AXE_PAGES for edition in EDITIONS]
    urls = [
        site_server.url(_path(kind, edition, articles["000"]))
        for kind in AXE_PAGES
        for edition in EDITIONS
    ]
    return {
        key: [
            f"{v['id']} ({v['impact']}): {v['help']} — {'; '.join(v['targets'])}"
            for v in seen["violations"]  # type: ignore[union-attr]
            if v["impact"] in ("serious", "critical")
        ]
        for key, seen in zip(keys, visit(urls, AXE), strict=True)
    }


@pytest.mark.parametrize("edition", EDITIONS)
@pytest.mark.parametrize("kind", AXE_PAGES)
def test_no_serious_accessibility_violation(
    audits: dict[str, list[str]], edition: str, kind: str
) -> None:
    serious = [v for v in audits[f"{kind}-{edition}"] if not v.startswith(PAGEFIND_LABEL)]
    assert serious == [], "\n".join(serious)


@pytest.mark.parametrize("edition", EDITIONS)
def test_search_box_is_labelled(audits: dict[str, list[str]], edition: str) -> None:
    assert [v for v in audits[f"search-{edition}"] if v.startswith(PAGEFIND_LABEL)] == []
