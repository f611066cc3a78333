"""What an edition makes of the plan without MkDocs (``akhbar.edition_plan``), the hook's
state per edition (``akhbar.mkdocs_hook.Edition``), and Material's folder searched through
links (``akhbar.theme_dir``).

Page keys, titles and the shell's pages are plain functions of the publication, tested
here without MkDocs; the hook's isolation with real MkDocs configs and builds.
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from safety_fixtures import copy_assets

from akhbar import edition_plan, theme_dir
from akhbar.knowledge import load_knowledge
from akhbar.plan import FEED_ENTRIES
from akhbar.settings import Settings
from akhbar.site_data import Paging
from akhbar.story_pages import StoryLink

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from akhbar.build import build_docs

    folder = tmp_path_factory.mktemp("docs")
    build_docs(ROOT / "seeds", folder, lambda _m: None, settings=Settings(cache_dir=None))
    copy_assets(folder)
    return folder


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge(Settings().knowledge_dir)


@pytest.fixture(scope="module")
def planned(docs: Path, knowledge):
    """The seeds' publication and article files, as the editions' command makes them."""
    from akhbar.editions import _plan_of_docs

    publication, files = _plan_of_docs(docs, Settings(cache_dir=None), knowledge)
    assert publication is not None
    assert files is not None
    return publication, files


# --- titles ------------------------------------------------------------------------------


def _paging(number: int) -> Paging:
    return Paging(number, 3, 20, "timeline.md")


@pytest.mark.parametrize(
    ("template", "context", "edition", "title"),
    [
        # A list's own page: its name in the edition's words.
        ("timeline.html.j2", {"paging": _paging(1)}, "fa", "گاه‌شمار"),
        ("timeline.html.j2", {"paging": _paging(1)}, "ar", "التسلسل الزمني"),
        ("home.html.j2", {}, "en", "Latest briefings"),
        # A numbered page: the list's name and its number, in the edition's digits.
        ("timeline.html.j2", {"paging": _paging(2)}, "fa", "گاه‌شمار، صفحهٔ ۲"),
        ("timeline.html.j2", {"paging": _paging(3)}, "ar", "التسلسل الزمني، الصفحة ٣"),
        ("timeline.html.j2", {"paging": _paging(2)}, "en", "Timeline, page 2"),
    ],
)
def test_a_generated_page_is_titled_in_its_edition(template, context, edition, title):
    assert edition_plan.title(template, context, edition) == title


@pytest.mark.parametrize(
    ("kind", "slug", "edition", "title"),
    [
        # An actor by the name of the knowledge files in the edition.
        ("actor", "ali-khamenei", "fa", "سید علی خامنه‌ای"),
        ("actor", "ali-khamenei", "en", "Ali Khamenei"),
        # A topic by its label.
        ("topic", "islamic-unity", "ar", "الوحدة الإسلامية"),
        # One the knowledge files no longer know: its slug, not an error.
        ("actor", "nobody-known", "fa", "nobody-known"),
        ("topic", "no-such-topic", "en", "no-such-topic"),
    ],
)
def test_feed_and_actor_page_titles(knowledge, kind, slug, edition, title):
    assert edition_plan.feed_title(kind, slug, edition, knowledge) == title
    if kind == "actor" and knowledge.actor(slug):
        context = {"actor": knowledge.actor(slug), "paging": _paging(1)}
        assert edition_plan.title("actor.html.j2", context, edition) == title


# --- page keys ---------------------------------------------------------------------------


def _record(slug: str, title: str = "t") -> dict[str, Any]:
    return {"slug": slug, "source_file": f"{slug}.txt", "title": title}


def _link(headlines: dict[str, str]) -> StoryLink:
    return StoryLink(
        "a-story",
        {edition: _record(slug) for edition, slug in headlines.items()},
        "2025-01-01",
        "2025-01-03",
        3,
    )


BASE = {
    "digests": {"a": "1", "b": "2", "c": "3", "h1": "x", "h2": "y"},
    "context": {"shown": ["a", "b"], "paging": _paging(1), "total": 2},
    "title": "T",
    "headlines": {"fa": "h1", "ar": "h1", "en": "h1"},
    "extra": "",
}


def _key(edition: str = "fa", **changes: Any) -> str:
    given = BASE | changes
    records = {slug: _record(slug) for slug in given["digests"]}
    context = dict(given["context"])
    context["shown"] = [records[s] for s in context["shown"]]
    context["stories"] = [_link(given["headlines"])]
    made = edition_plan.key_of("actor.html.j2", context, given["digests"])
    return made.of(edition, given["title"], given["digests"], given["extra"])


@pytest.mark.parametrize(
    ("changes", "edition", "same"),
    [
        # Nothing changed: the same key.
        ({}, "fa", True),
        # A listed article's file changed: its page is rendered again.
        ({"digests": BASE["digests"] | {"a": "9"}}, "fa", False),
        # An article the page does not list changed: not rendered again.
        ({"digests": BASE["digests"] | {"c": "9"}}, "fa", True),
        # Another article shown, the list's count, the page's number.
        ({"context": BASE["context"] | {"shown": ["a", "c"]}}, "fa", False),
        ({"context": BASE["context"] | {"total": 3}}, "fa", False),
        ({"context": BASE["context"] | {"paging": _paging(2)}}, "fa", False),
        # The page's title in the edition.
        ({"title": "T2"}, "fa", False),
        # A story's headline in another edition: this edition's page is kept ...
        ({"headlines": BASE["headlines"] | {"ar": "h2"}}, "fa", True),
        # ... and that edition's is rendered again.
        ({"headlines": BASE["headlines"] | {"ar": "h2"}}, "ar", False),
        # The headline's article changed (its file): rendered again.
        ({"digests": BASE["digests"] | {"h1": "z"}}, "en", False),
        # What the edition adds (a feed's site URL).
        ({"extra": "https://example.org/fa/"}, "fa", False),
    ],
)
def test_a_page_key_changes_with_what_the_page_prints(changes, edition, same):
    assert (_key(edition, **changes) == _key(edition)) is same


def test_every_page_and_feed_has_a_key_made_once_for_the_editions(planned):
    publication, files = planned
    keys = edition_plan.page_keys(publication, files.digests)
    assert {p.src for p in publication.pages} <= keys.keys()
    feeds = {f"feed:{f.path}" for f in publication.feeds} | {f"feed:{edition_plan.MAIN_FEED}"}
    assert keys.keys() == {p.src for p in publication.pages} | feeds
    # The same publication gives the same keys (nothing of the process in them).
    assert edition_plan.page_keys(publication, files.digests) == keys


def test_a_page_key_encodes_subclasses_of_plain_values_as_their_values():
    from collections import OrderedDict
    from enum import IntEnum

    from markupsafe import Markup

    class Count(IntEnum):
        THREE = 3

    record = {"slug": "a", "source_file": "seeds/a.txt", "title": "A"}
    plain = {"t": "x", "n": 3, "rows": [[record, "y"]], "m": {"k": (1.5, None, True)}}
    subclassed = {
        "t": Markup("x"),
        "n": Count.THREE,
        "rows": ([OrderedDict(record), Markup("y")],),
        "m": OrderedDict(k=[1.5, None, True]),
    }
    digests = {"a": "d-a"}
    assert edition_plan.encode(plain, digests, []) == {
        "t": "x",
        "n": 3,
        "rows": [[["record", "d-a"], "y"]],
        "m": {"k": [1.5, None, True]},
    }
    assert edition_plan.key_of("home.html.j2", subclassed, digests) == edition_plan.key_of(
        "home.html.j2", plain, digests
    )


def test_a_context_holding_an_unknown_object_has_no_key():
    with pytest.raises(TypeError, match="no page key for a object"):
        edition_plan.key_of("home.html.j2", {"x": object()}, {})


@pytest.mark.parametrize(
    ("records", "shown", "updated"),
    [
        # The newest dated articles, an undated one left out; updated: the newest date.
        (
            [{"date": "2025-02-01"}, {"date": None}, {"date": "2025-01-01"}],
            [{"date": "2025-02-01"}, {"date": "2025-01-01"}],
            "2025-02-01",
        ),
        # No dated article: no entry, and a fixed date (never the clock).
        ([{"date": None}], [], "1970-01-01"),
        # At most FEED_ENTRIES.
        (
            [{"date": "2025-01-01"}] * (FEED_ENTRIES + 5),
            [{"date": "2025-01-01"}] * FEED_ENTRIES,
            "2025-01-01",
        ),
    ],
)
def test_feed_records(records, shown, updated):
    assert edition_plan.feed_records(records) == (shown, updated)


# --- pages -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "whole"),
    [
        # An article as build_site.py writes it: one element, its card marker and <h1>.
        ('<article class="akhbar-article"><h1>T</h1><!-- akhbar:card --></article>\n', True),
        # No <h1>: the theme adds one, so the shell (which has none) cannot be used.
        ('<article class="akhbar-article"><!-- akhbar:card --></article>', False),
        # No card marker.
        ('<article class="akhbar-article"><h1>T</h1></article>', False),
        # Markdown, not one HTML element.
        ("# T\n\n<!-- akhbar:card -->\n\ntext", False),
    ],
)
def test_whole_body(body, whole):
    assert edition_plan.whole_body(body) is whole


def test_shell_candidates(planned):
    publication, files = planned
    slugs = sorted(files.whole)
    assert slugs, "the seeds' articles are whole pages"
    first = publication.data.by_slug[slugs[0]]
    themed = {**first, "template": "custom.html"}
    data = replace(publication.data, by_slug={**publication.data.by_slug, slugs[0]: themed})
    given = [f"articles/{s}.md" for s in reversed(slugs)]
    cases = [
        # Every article of the plan whose body is whole, in path order.
        (publication, files, given, [f"articles/{s}.md" for s in slugs]),
        # Not a page of an article, an article the plan does not hold: left to the theme.
        (publication, files, ["index.md", "articles/x/y.md", "articles/unknown.md"], []),
        # A body that is not whole.
        (publication, replace(files, whole=frozenset()), given, []),
        # A front matter the theme reads (a template of its own).
        (replace(publication, data=data), files, given[-1:], []),
    ]
    for plan, read, src_uris, expected in cases:
        assert edition_plan.shell_candidates(src_uris, plan, read) == expected


@pytest.mark.parametrize(
    ("nav", "sources"),
    [
        (["index.md", "timeline.md"], {"index.md", "timeline.md"}),
        # Titled entries and sections.
        ([{"Home": "index.md"}, {"Lists": ["a.md", {"B": "b.md"}]}], {"index.md", "a.md", "b.md"}),
        (None, set()),
    ],
)
def test_nav_sources(nav, sources):
    assert edition_plan.nav_sources(nav) == sources


@pytest.mark.parametrize(
    ("src", "url"),
    [
        ("index.md", ""),
        ("actors/index.md", "actors/"),
        ("timeline.md", "timeline/"),
        ("actors/x/page/2.md", "actors/x/page/2/"),
    ],
)
def test_dest_url(src, url):
    assert edition_plan.dest_url(src) == url


def test_the_stories_feed_lists_the_last_reported_first(planned):
    publication, _files = planned
    dated = edition_plan.dated_stories(publication.stories)
    assert dated, "the seeds make a story"
    assert all(s.end for s in dated)
    assert [s.end for s in dated] == sorted((s.end for s in dated), reverse=True)


# --- the hook's state: one Edition per config ----------------------------------------------


def _config(edition: str, docs: Path, out: Path, settings: Settings) -> Any:
    from akhbar.editions import edition_config

    return edition_config(edition, ROOT / "mkdocs.yml", docs, out, settings)


def _titles(files: Any) -> dict[str, str]:
    """Each generated page's title, from the front matter the hook gives it."""
    return {
        f.src_uri: json.loads(f.content_string.split("title: ", 1)[1].split("\n", 1)[0])
        for f in files
        if f.generated_by is not None and f.src_uri in ("index.md", "timeline.md")
    }


def test_two_editions_configured_in_one_process_keep_their_own_state(docs, tmp_path):
    """MkDocs loads the hook's module once a process and calls it for both configs: each
    edition's events see its own edition, not the last one configured."""
    from mkdocs.structure.files import get_files

    settings = Settings(cache_dir=tmp_path / "cache")
    fa, ar = (_config(e, docs, tmp_path / "site", settings) for e in ("fa", "ar"))
    fa = fa.plugins.on_config(fa)
    ar = ar.plugins.on_config(ar)
    fa_files = fa.plugins.on_files(get_files(fa), config=fa)
    ar_files = ar.plugins.on_files(get_files(ar), config=ar)
    assert _titles(fa_files) == {"index.md": "تازه‌ترین گزارش‌ها", "timeline.md": "گاه‌شمار"}
    assert _titles(ar_files) == {"index.md": "أحدث الإحاطات", "timeline.md": "التسلسل الزمني"}


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_editions_built_in_one_process_equal_editions_built_apart(docs, tmp_path, knowledge):
    """Two editions built one after the other in this process give the files each gives
    built alone, in a process of its own (``akhbar.editions.build_each``)."""
    from akhbar.editions import build_each, build_edition

    cwd = os.getcwd()
    settings = Settings(cache_dir=tmp_path / "cache")
    try:
        together = tmp_path / "together"
        for edition in ("fa", "ar"):
            outcome = build_edition(edition, ROOT / "mkdocs.yml", docs, together, settings)
            assert "error" not in outcome, outcome
        apart = tmp_path / "apart"
        for edition, outcome in build_each(
            ["fa", "ar"], ROOT / "mkdocs.yml", docs, apart, 1, settings
        ):
            assert "error" not in outcome, (edition, outcome)
    finally:
        os.chdir(cwd)
    for edition in ("fa", "ar"):
        built = _tree(together / edition)
        assert built == _tree(apart / edition)
        assert len(built) > 20


def test_editions_are_forked_with_this_process_left_out_of_their_collections(
    docs, tmp_path, monkeypatch
):
    """What the build's process holds is frozen out of the forked editions' garbage
    collections while they run (``gc.freeze``), and collected again after."""
    import gc

    from akhbar import editions

    frozen: list[int] = []

    def each_forked(works, at_once):
        frozen.append(gc.get_freeze_count())
        for key, work in works.items():
            yield key, {"seconds": 0.0, "log": "", "work": work}

    monkeypatch.setattr(editions, "each_forked", each_forked)
    settings = Settings(cache_dir=tmp_path / "cache")
    before = gc.get_freeze_count()
    built = editions.build_each(["fa"], ROOT / "mkdocs.yml", docs, tmp_path / "site", 1, settings)
    assert [edition for edition, _outcome in built] == ["fa"]
    assert len(frozen) == 1
    assert frozen[0] > before
    assert gc.get_freeze_count() == before == 0


# --- Material's folder through links -----------------------------------------------------


def test_the_theme_is_searched_through_links_without_listing_its_icons(docs, tmp_path):
    import jinja2
    from mkdocs.structure.files import Files

    material = theme_dir.theme_templates()
    dirs = [str(ROOT / "templates" / "material"), str(material)]
    linked = theme_dir.unlisted(dirs, tmp_path / "theme")
    assert linked[0] == dirs[0]
    assert linked[1] != dirs[1]
    # Made once: the same folder again.
    assert theme_dir.unlisted(dirs, tmp_path / "theme") == linked
    # Without a cache folder, the theme's own folders.
    assert theme_dir.unlisted(dirs, None) == dirs
    loader = jinja2.FileSystemLoader(linked)
    env = jinja2.Environment(loader=loader)
    listed = env.list_templates()
    # Material's icons are not listed (the project's own few are, from its folder).
    own = ROOT / "templates" / "material"
    assert not [n for n in listed if n.startswith(".icons/") and not (own / n).is_file()]
    assert len(listed) < 200  # Material's own folder lists ~14,500
    # Every template and icon is still found, through the links.
    for name in ("base.html", "partials/header.html", ".icons/material/magnify.svg"):
        assert loader.get_source(env, name)[0] == (material / name).read_text(encoding="utf-8")

    # In the real theme's config: MkDocs lists no file to add to the edition.
    config = _config("en", docs, tmp_path / "site", Settings(cache_dir=None))
    config.theme.dirs = theme_dir.unlisted(config.theme.dirs, tmp_path / "theme")
    assert str(material) not in config.theme.dirs
    files = Files([])
    files.add_files_from_theme(config.theme.get_env(), config)
    assert [f.src_uri for f in files] == []
