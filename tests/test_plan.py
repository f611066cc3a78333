"""The plan of the publication (``akhbar.plan``): pure, and what the editions and books render."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from markupsafe import escape
from safety_fixtures import copy_assets

from akhbar.knowledge import load_knowledge
from akhbar.plan import plan_records, record
from akhbar.render import read_front_matter
from akhbar.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):
    from akhbar.build import build_docs

    folder = tmp_path_factory.mktemp("docs")
    settings = Settings(cache_dir=None)
    articles, _report, _stories = build_docs(
        ROOT / "seeds", folder, lambda _m: None, settings=settings
    )
    copy_assets(folder)
    return articles, folder, load_knowledge(settings.knowledge_dir)


def plan(articles, kn, settings):
    """The plan of *articles* and their stories (``akhbar.stories.cluster``)."""
    from akhbar.plan import plan as plan_publication
    from akhbar.stories import cluster

    return plan_publication(articles, cluster(articles, knowledge=kn), kn, settings)


def test_each_record_is_the_front_matter_written(built):
    articles, docs, _kn = built
    for article in articles:
        written = (docs / "articles" / f"{article.slug}.md").read_text(encoding="utf-8")
        assert record(article) == read_front_matter(written)


def test_the_plan_is_made_of_the_articles_alone(built, tmp_path, monkeypatch):
    """Nothing read or written: the same articles give the same plan, anywhere."""
    articles, _docs, kn = built
    monkeypatch.chdir(tmp_path)
    settings = Settings(cache_dir=tmp_path / "cache")
    first, second = plan(articles, kn, settings), plan(list(reversed(articles)), kn, settings)
    assert first == second
    assert list(tmp_path.iterdir()) == []


def test_the_plan_equals_the_one_made_from_the_front_matter(built):
    """An edition built from a docs folder alone plans the same pages."""
    articles, docs, kn = built
    settings = Settings(cache_dir=None)
    records = [
        read_front_matter(p.read_text(encoding="utf-8"))
        for p in sorted((docs / "articles").glob("*.md"))
    ]
    from akhbar.build import read_stories

    stories = read_stories(docs)  # beside the articles, where build_docs wrote them
    from_articles = plan(articles, kn, settings)
    from_docs = plan_records(records, kn, settings, stories=stories)
    assert from_articles.data == from_docs.data
    assert from_articles.pages == from_docs.pages


@pytest.mark.parametrize(
    ("size", "timeline"),
    [
        (100, ["timeline.md"]),  # one page holds the five seeds
        (2, ["timeline.md", "timeline/page/2.md", "timeline/page/3.md"]),  # two a page: three pages
        (5, ["timeline.md"]),  # exactly full
    ],
)
def test_generated_pages_and_their_paging(built, size, timeline):
    articles, _docs, kn = built
    publication = plan(articles, kn, Settings(cache_dir=None, list_page_size=size))
    sources = [page.src for page in publication.pages]
    assert len(sources) == len(set(sources))
    assert [s for s in sources if s.startswith("timeline")] == timeline
    assert {
        "index.md",
        "actors/index.md",
        "topics/index.md",
        "sources/index.md",
        "search.md",
    } <= set(sources)
    home = next(p for p in publication.pages if p.src == "index.md")
    # The front page: the story of four, then the articles that are stories of one.
    assert [len(s.records) for s in home.context["stories"]] == [4]
    alone = [r for r in publication.data.articles if r["slug"] not in publication.story_of]
    assert [r["slug"] for r in home.context["shown"]] == [r["slug"] for r in alone[:size]]
    for slug in publication.data.by_actor:
        if kn.actor(slug):
            assert f"actors/{slug}.md" in sources


@pytest.mark.parametrize(
    ("book_articles", "held"),
    [
        (100, 5),  # every seed
        (2, 2),  # the newest two
    ],
)
def test_the_book_holds_the_newest_articles(built, book_articles, held):
    from akhbar.pdf import book_order

    articles, _docs, kn = built
    book = plan(articles, kn, Settings(cache_dir=None, book_articles=book_articles)).book
    assert {a.slug for a in book.articles} == {a.slug for a in book_order(articles)[:held]}
    assert book.total == len(articles)


def test_an_edition_renders_the_plan_without_parsing_front_matter(built, tmp_path, monkeypatch):
    """The hook takes the records from the plan: an article's title in the plan is the
    one its page shows, and no front matter is parsed for the site's data."""
    from mkdocs.commands.build import build

    import akhbar.front_matter
    from akhbar.editions import edition_config

    articles, docs, kn = built
    settings = Settings(cache_dir=None)
    retitled = [replace(a, title=f"{a.title} (planned)") for a in articles]
    publication = plan(retitled, kn, settings)

    def refuse(*_args, **_kwargs):
        raise AssertionError("front matter parsed for the site's data")

    monkeypatch.setattr(akhbar.front_matter, "read_articles", refuse)
    monkeypatch.setattr(akhbar.front_matter, "iter_articles", refuse)
    build(
        edition_config("en", ROOT / "mkdocs.yml", docs, tmp_path / "site", settings, publication),
        dirty=True,
    )
    # The timeline lists every article (the front page, the stories and the others).
    timeline = (tmp_path / "site" / "en" / "timeline" / "index.html").read_text(encoding="utf-8")
    for article in articles:
        assert str(escape(f"{article.title} (planned)")) in timeline


def test_the_plan_holds_the_seeds_story(built):
    """One story of two articles or more (000-003), with its page; 004 is in none."""
    articles, _docs, kn = built
    publication = plan(articles, kn, Settings(cache_dir=None))
    (story,) = publication.stories
    prefixes = sorted(Path(r["source_file"]).name[:3] for r in story.records)
    assert prefixes == ["000", "001", "002", "003"]
    assert {slug: s.slug for slug, s in publication.story_of.items()} == {
        r["slug"]: story.slug for r in story.records
    }
    page = next(p for p in publication.pages if p.src == f"stories/{story.slug}.md")
    assert page.template == "story.html.j2"
    assert page.context == {"story": story}


@pytest.mark.parametrize(
    ("stories", "listed"),
    [
        (3, 3),  # fewer than IN_STORIES: every one, no note
        (14, 10),  # more: the newest IN_STORIES, and how many in all beside them
    ],
)
def test_actor_and_topic_pages_list_the_newest_stories(built, stories, listed):
    """A state named in most articles is in most stories: its page lists the newest
    ``IN_STORIES`` (its older stories are linked from its articles' cards), not every one
    (a list that grew with the articles, 5.5 KB an article at N = 2,000)."""
    from akhbar.plan import IN_STORIES, generated_pages

    articles, _docs, kn = built
    settings = Settings(cache_dir=None, list_page_size=2)
    publication = plan(articles, kn, settings)
    (story,) = publication.stories
    # The seeds' story again and again, a day apart, newest first (as the plan orders them).
    many = tuple(
        replace(story, slug=f"{story.slug}-{n:02}", end=f"2026-01-{30 - n:02}")
        for n in range(stories)
    )
    pages = {p.src: p for p in generated_pages(publication.data, kn, 2, many)}
    actor = story.records[0]["actors"][0]
    topic = story.records[0]["topics"][0]["slug"]
    assert IN_STORIES == 10
    for first, later in [
        (f"actors/{actor}.md", f"actors/{actor}/page/2.md"),
        (f"topics/{topic}.md", f"topics/{topic}/page/2.md"),
    ]:
        context = pages[first].context
        assert [s.slug for s in context["stories"]] == [s.slug for s in many[:listed]]
        assert context["stories_total"] == stories
        if later in pages:  # the later pages list the articles alone
            assert pages[later].context["stories"] == []


@pytest.mark.parametrize("shared", [True, False])
def test_a_build_takes_the_same_of_its_plan_made_here_or_apart(
    built, tmp_path, monkeypatch, shared
):
    """``site.plan_site``: the editions handed the plan (all built at once), or a large
    site's plan made in a process of its own (its editions plan their own): the search's
    page records and the book are the same; the editions are handed the plan only when
    they share it."""
    from akhbar import site
    from akhbar.stories import cluster

    articles, _docs, kn = built
    settings = Settings(cache_dir=None)
    stories = tuple(cluster(articles, knowledge=kn))
    expected = plan(articles, kn, settings)
    monkeypatch.setattr(site, "editions_share_plan", lambda _n: shared)
    pages, book, publication = site.plan_site(articles, stories, kn, settings)
    assert book == expected.book
    assert pages == {ed: site.page_records(expected.pages, ed) for ed in ("fa", "ar", "en")}
    assert pages["fa"]  # the actors', topics' and sources' first pages
    if shared:
        assert publication is not None
        assert publication.book == expected.book
    else:
        assert publication is None
