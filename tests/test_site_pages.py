"""What the built site holds besides its pages: feeds, sitemaps, 404, localized labels."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest.register_assert_rewrite("site_fixtures")
from site_fixtures import EDITIONS  # noqa: E402  (after the line above)

pytest_plugins = ["site_fixtures"]
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.mark.parametrize("edition", EDITIONS)
def test_feed_per_edition(site_dir: Path, articles: dict, edition: str):
    feed = ET.parse(site_dir / edition / "feed.xml").getroot()
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == edition
    entries = feed.findall(f"{ATOM}entry")
    dated = [
        r for r in articles.values() if r["date"]
    ]  # Atom dates every entry: undated are left out
    assert len(entries) == len(dated)
    titles = [e.findtext(f"{ATOM}title") for e in entries]
    assert set(titles) == {r["title"] for r in dated}
    newest = max(r["date"] for r in articles.values() if r["date"])
    assert feed.findtext(f"{ATOM}updated") == f"{newest}T00:00:00Z"  # never the clock
    links = [e.find(f"{ATOM}link").get("href") for e in entries]
    assert all(link.startswith("http://") and f"/{edition}/articles/" in link for link in links)


def test_sitemaps(site_dir: Path, articles: dict):
    index = ET.parse(site_dir / "sitemap.xml").getroot()
    locations = [loc.text for loc in index.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert [loc.rsplit("/", 2)[-2] for loc in locations] == list(EDITIONS)
    for edition in EDITIONS:
        urlset = ET.parse(site_dir / edition / "sitemap.xml").getroot()
        pages = [
            loc.text for loc in urlset.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
        ]
        assert sum("/articles/" in page for page in pages) == len(articles)


@pytest.mark.parametrize(
    ("edition", "label"), [("fa", "نکات کلیدی"), ("ar", "النقاط الرئيسية"), ("en", "Key points")]
)
def test_404_and_localized_labels(site_dir: Path, articles: dict, edition: str, label: str):
    assert (site_dir / edition / "404.html").is_file()
    record = articles["000"]
    page = (site_dir / edition / "articles" / record["slug"] / "index.html").read_text(
        encoding="utf-8"
    )
    assert label in page


def test_every_font_shipped_is_used_by_the_stylesheet(site_dir: Path):
    """Only the faces akhbar.css declares are published (the PDF's Latin subsets stay out),
    once for the three editions (akhbar.assets)."""
    import re

    assets = site_dir / "assets"
    declared = set(
        re.findall(
            r'url\("fonts/([^"]+\.woff2)"\)', (assets / "akhbar.css").read_text(encoding="utf-8")
        )
    )
    shipped = {p.name for p in (assets / "fonts").glob("*.woff2")}
    assert declared
    assert shipped == declared
