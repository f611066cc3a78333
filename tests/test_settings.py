"""The build's settings: one record, made once from the environment and the flags."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from akhbar.errors import BuildError
from akhbar.settings import ROOT, Settings


@pytest.mark.parametrize(
    ("environ", "flags", "expected"),
    [
        # Nothing set: the defaults.
        ({}, {}, Settings()),
        # The published address; an empty one is none.
        (
            {"AKHBAR_SITE_URL": "https://example.org/a/"},
            {},
            Settings(site_url="https://example.org/a/"),
        ),
        ({"AKHBAR_SITE_URL": ""}, {}, Settings(site_url=None)),
        # A flag wins over the environment; a flag not given (None) leaves it.
        (
            {"AKHBAR_SITE_URL": "https://a.example/"},
            {"site_url": "https://b.example/"},
            Settings(site_url="https://b.example/"),
        ),
        (
            {"AKHBAR_SITE_URL": "https://a.example/"},
            {"site_url": None},
            Settings(site_url="https://a.example/"),
        ),
        # The cache folder, or none at all (AKHBAR_NO_CACHE wins).
        ({"AKHBAR_CACHE_DIR": "/tmp/c"}, {}, Settings(cache_dir=Path("/tmp/c"))),
        ({"AKHBAR_CACHE_DIR": "/tmp/c", "AKHBAR_NO_CACHE": "1"}, {}, Settings(cache_dir=None)),
        # The knowledge folder.
        ({"AKHBAR_KNOWLEDGE": "/tmp/k"}, {}, Settings(knowledge_dir=Path("/tmp/k"))),
        # The counts.
        (
            {
                "AKHBAR_LIST_PAGE_SIZE": "4",
                "AKHBAR_SEARCH_SHARD_PAGES": "2",
                "AKHBAR_BOOK_ARTICLES": "7",
            },
            {},
            Settings(list_page_size=4, search_shard_pages=2, book_articles=7),
        ),
    ],
)
def test_settings_from_the_environment_and_flags(environ, flags, expected):
    assert Settings.from_environment(environ, **flags) == expected


def test_defaults():
    settings = Settings()
    assert settings.site_url is None
    assert settings.knowledge_dir == ROOT / "knowledge"
    assert settings.cache_dir == ROOT / ".cache" / "extract"
    assert (settings.list_page_size, settings.book_articles) == (100, 100)
    assert settings.search_shard_pages == 125


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("AKHBAR_LIST_PAGE_SIZE", "articles"),  # a list page
        ("AKHBAR_SEARCH_SHARD_PAGES", "pages"),  # a search shard
        ("AKHBAR_BOOK_ARTICLES", "articles"),  # a briefing book
    ],
)
@pytest.mark.parametrize("value", ["0", "-1", "ten", "2.5"])
def test_a_bad_count_names_its_variable(name, unit, value):
    with pytest.raises(
        BuildError, match=f"^{name} must be a whole number of {unit}, not '{re.escape(value)}'$"
    ):
        Settings.from_environment({name: value})


@pytest.mark.parametrize(
    "settings",
    [
        Settings(),  # the defaults
        Settings(site_url="https://example.org/", cache_dir=None, list_page_size=3),  # no cache
        Settings(knowledge_dir=Path("/k"), cache_dir=Path("/c"), book_articles=2),  # other folders
    ],
)
def test_settings_travel_as_json(settings):
    import json

    assert Settings.from_dict(json.loads(json.dumps(settings.as_dict()))) == settings


def test_settings_are_frozen():
    with pytest.raises(AttributeError):
        Settings().site_url = "https://example.org/"  # type: ignore[misc]


def test_only_the_settings_module_reads_the_environment():
    """Every other module is passed the settings (MkDocs' editions in their config)."""
    readers = [
        path.name
        for path in sorted((ROOT / "akhbar").glob("*.py"))
        if path.name != "settings.py"
        and re.search(r"os\.environ\.get|os\.getenv|environ\[\"AKHBAR", path.read_text())
    ]
    assert readers == []
    assert "!ENV" not in (ROOT / "mkdocs.yml").read_text()


def test_editions_get_the_settings_in_their_config(tmp_path):
    from akhbar.editions import edition_config

    (tmp_path / "docs").mkdir()
    settings = Settings(site_url="https://example.org/akhbar/", list_page_size=3)
    config = edition_config(
        "ar", ROOT / "mkdocs.yml", tmp_path / "docs", tmp_path / "site", settings
    )
    assert config.extra["akhbar"] == {"edition": "ar", "settings": settings.as_dict()}
    assert config.docs_dir == str((tmp_path / "docs").resolve())
    assert config.site_dir == str((tmp_path / "site" / "ar").resolve())
