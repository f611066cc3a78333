"""Stories as the publication prints them (``akhbar.story_pages``, ``akhbar.plan``): the
merged points, the headline in each edition, the front page's order, the book's groups,
and the build's wiring (``akhbar.build.cluster_stories``: edits, the last build's stories)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from akhbar.build import STORIES_FILE, build_docs, read_stories
from akhbar.errors import KnowledgeError
from akhbar.knowledge import load_knowledge
from akhbar.plan import plan
from akhbar.settings import Settings
from akhbar.stories import Story, cluster, loaded_word
from akhbar.story_pages import (
    Point,
    StoryRecord,
    _same_words,
    link_to,
    merge_points,
    ranked,
    same_fact,
    same_words_table,
    story_record,
    weight,
)

ROOT = Path(__file__).resolve().parent.parent
STORY = ("000", "001", "002", "003")  # the seeds reporting Larijani's visit to Islamabad


@pytest.fixture(scope="module")
def kn():
    return load_knowledge(ROOT / "knowledge")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, kn):
    folder = tmp_path_factory.mktemp("docs")
    settings = Settings(cache_dir=None)
    articles, report, _stories = build_docs(
        ROOT / "seeds", folder, lambda _m: None, settings=settings
    )
    stories = read_stories(folder)
    return articles, stories, report, plan(articles, stories, kn, settings)


def _prefix(article) -> str:
    return Path(article.source_file).name[:3]


# -- one fact, or two ------------------------------------------------------------------

LARIJANI = frozenset({"ali-larijani"})
BILLION = frozenset({"10000000000 USD"})


@pytest.mark.parametrize(
    ("a", "b", "a_named", "b_named", "same"),
    [
        # the same words once folded (Arabic ي, ك for Persian ی, ک): one fact, named or not
        ("لاريجاني به اسلام آباد رسيد", "لاریجانی به اسلام آباد رسید", (frozenset(), frozenset()), (frozenset(), frozenset()), True),
        # the same person and figure, reworded with most words shared: one fact
        (
            "Larijani said trade between Iran and Pakistan will reach 10 billion dollars",
            "Larijani said trade between Pakistan and Iran would reach 10 billion dollars",
            (LARIJANI, BILLION), (LARIJANI, BILLION), True,
        ),
        # the same words but another figure: two facts
        (
            "Larijani said trade between Iran and Pakistan will reach 10 billion dollars",
            "Larijani said trade between Iran and Pakistan will reach 5 billion dollars",
            (LARIJANI, BILLION), (LARIJANI, frozenset({"5000000000 USD"})), False,
        ),
        # close wording, but neither names an actor or a figure: not clearly one fact
        (
            "The two sides discussed regional security and economic cooperation",
            "The two sides discussed regional security and trade cooperation",
            (frozenset(), frozenset()), (frozenset(), frozenset()), False,
        ),
        # the same person, few words shared: two statements
        (
            "Larijani met the Pakistani prime minister in Islamabad",
            "Larijani warned against Israeli strikes on the region",
            (LARIJANI, frozenset()), (LARIJANI, frozenset()), False,
        ),
        # one fact in Persian and in Arabic: the verbs are one group of knowledge/stories.yml
        ("لاریجانی وارد اسلام آباد شد", "وصل لاريجاني إلى إسلام آباد", (LARIJANI, frozenset()), (LARIJANI, frozenset()), True),
        # ... and with a plural, an article and a conjunction («همکاری‌های», «والتعاون»)
        ("لاریجانی بر همکاری‌های امنیتی تاکید کرد", "وأكد لاريجاني على التعاون الأمني", (LARIJANI, frozenset()), (LARIJANI, frozenset()), True),
        # arrived in one city, and in another: two facts
        ("لاریجانی وارد اسلام آباد شد", "وصل لاريجاني إلى طهران", (LARIJANI, frozenset()), (LARIJANI, frozenset()), False),
        # arrived, and left (a verb the table does not hold): two facts across languages
        ("لاریجانی وارد اسلام آباد شد", "غادر لاريجاني إسلام آباد", (LARIJANI, frozenset()), (LARIJANI, frozenset()), False),
        # the same words in two languages but another person named: two facts
        ("لاریجانی وارد اسلام آباد شد", "وصل عراقجي إلى إسلام آباد", (LARIJANI, frozenset()), (frozenset({"abbas-araghchi"}), frozenset()), False),
    ],
)  # fmt: skip
def test_same_fact(a, b, a_named, b_named, same):
    assert same_fact(a, b, a_named, b_named) is same


def test_the_same_words_table_loads_and_holds_each_word_once():
    table = _same_words()
    assert table[("fa", "وارد")] == table[("ar", loaded_word("وصل", "ar"))] == "arrive"
    # Arabic words are found without the article, as the text's words are compared
    assert table[("ar", loaded_word("الأمني", "ar"))] == "security"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        # one word in two groups of one language: two meanings made one
        ({"same_words": {"a": {"fa": ["سفر"]}, "b": {"fa": ["سفر"]}}}, "'سفر' \\(fa\\) is in both 'a' and 'b'"),
        # a language the publication does not have
        ({"same_words": {"a": {"de": ["Reise"]}}}, "same_words.a: unknown language 'de'"),
    ],
)  # fmt: skip
def test_a_bad_same_words_table_is_refused(data, message):
    with pytest.raises(KnowledgeError, match=message):
        same_words_table(data)


def _record(slug, lang, points, actors=(), figures=()):
    return {
        "slug": slug,
        "lang": lang,
        "key_points": list(points),
        "actors": list(actors),
        "figures": list(figures),
    }


def test_a_point_stated_twice_is_shown_once_with_both_sources(kn):
    trade = {"text": "10 billion dollars", "value": 1e10, "unit": "USD", "kind": "amount"}
    first = _record(
        "a",
        "en",
        ["Larijani said trade between Iran and Pakistan will reach 10 billion dollars",
         "The visit lasts two days"],
        ["ali-larijani"],
        [trade],
    )  # fmt: skip
    second = _record(
        "b",
        "en",
        ["Larijani said trade between Pakistan and Iran would reach 10 billion dollars"],
        ["ali-larijani"],
        [trade],
    )
    points = merge_points([first, second], kn)
    assert [p.sources for p in points] == [("a", "b"), ("a",)]
    assert points[0].text == first["key_points"][0]  # the best article's wording


def test_one_fact_in_persian_and_arabic_is_shown_once(kn):
    persian = _record("fa", "fa", ["لاریجانی وارد اسلام آباد شد"], ["ali-larijani"])
    arabic = _record("ar", "ar", ["وصل لاريجاني إلى إسلام آباد"], ["ali-larijani"])
    (point,) = merge_points([persian, arabic], kn)
    assert point.sources == ("fa", "ar")
    assert point.text == persian["key_points"][0]


def test_the_same_words_in_two_reports_are_one_quote_with_both_sources(kn):
    # ... and the quotes one set of reports carries share one line of sources.
    def quoted(slug, *quotes):
        record = _record(slug, "ar", ["نقطة " + slug], ["ali-larijani"])
        record["quotes"] = [
            {"speaker": speaker, "speaker_name": name, "text": text}
            for speaker, name, text in quotes
        ]
        return record

    first = quoted(
        "a",
        ("ali-larijani", "لاريجاني", "نريد علاقات أقوى مع باكستان."),
        ("", "مسؤول", "الزيارة ناجحة."),
    )
    # The second report writes the same words with a tatweel and harakat.
    second = quoted(
        "b",
        ("ali-larijani", "لاريجاني", "نُريد علاقـات أقوى مع باكستان."),
        ("ali-larijani", "لاريجاني", "التجارة ستنمو."),
        ("ali-larijani", "لاريجاني", "لا عودة عن ذلك."),
    )
    story = Story("s", ("a", "b"), "2025-11-26", "2025-11-27", ("ar",), ("x",))
    record = story_record(story, {"a": first, "b": second}, kn)
    assert record.said == (
        (
            "ali-larijani",
            "لاريجاني",
            (
                (("نريد علاقات أقوى مع باكستان.",), ("a", "b")),
                (("التجارة ستنمو.", "لا عودة عن ذلك."), ("b",)),
            ),
        ),
        ("", "مسؤول", ((("الزيارة ناجحة.",), ("a",)),)),
    )


# -- the front page's order ------------------------------------------------------------


def _story(slug, articles, outlets, languages, end):
    records = tuple({"slug": f"{slug}-{i}", "lang": "fa"} for i in range(articles))
    return StoryRecord(
        slug=slug,
        records=records,
        start=end,
        end=end,
        languages=languages,
        outlets=outlets,
        headlines={},
        points=(),
        actors=(),
        said=(),
        figures=(),
    )


@pytest.mark.parametrize(
    ("stories", "order"),
    [
        # more articles, outlets and languages weigh more on one day
        ([_story("small", 2, ("a",), ("fa",), "2025-11-27"),
          _story("big", 4, ("a", "b", "c"), ("fa", "ar"), "2025-11-27")], ["big", "small"]),
        # four weeks older costs four: a story of two this week before one of three a month ago
        ([_story("old", 3, ("a", "b", "c"), ("fa", "ar"), "2025-10-30"),
          _story("new", 2, ("a", "b"), ("fa",), "2025-11-27")], ["new", "old"]),
        # equal weights: the most recent first, then by slug
        ([_story("b", 2, ("a",), ("fa",), "2025-11-27"),
          _story("a", 2, ("a",), ("fa",), "2025-11-27")], ["a", "b"]),
        # an undated story counts as a year old
        ([_story("undated", 4, ("a", "b"), ("fa", "ar"), None),
          _story("dated", 2, ("a",), ("fa",), "2025-11-20")], ["dated", "undated"]),
    ],
)  # fmt: skip
def test_the_front_page_ranks_stories_by_weight(stories, order):
    assert [s.slug for s in ranked(stories, "2025-11-27")] == order


def test_weight_counts_articles_outlets_languages_less_weeks():
    story = _story("s", 4, ("a", "b", "c", "d"), ("fa", "ar"), "2025-11-20")
    assert weight(story, "2025-11-27") == 4 + 4 + 2 - 1


# -- the seeds -------------------------------------------------------------------------


def test_the_seeds_story_is_planned(built):
    articles, stories, report, publication = built
    by_prefix = {_prefix(a): a for a in articles}
    (story,) = publication.stories
    assert {r["slug"] for r in story.records} == {by_prefix[p].slug for p in STORY}
    assert f"stories/{story.slug}.md" in {p.src for p in publication.pages}
    assert by_prefix["004"].slug not in publication.story_of
    # Its articles in time order: the dated by date, then the undated.
    dates = [r.get("date") for r in story.records]
    dated = [d for d in dates if d]
    assert dates == dated + [None] * (len(dates) - len(dated))
    assert dated == sorted(dated)
    # The report: two stories, one of four.
    assert report.stories["count"] == 2
    assert report.stories["sizes"] == {"1": 1, "4": 1}
    assert report.stories["largest"] == {"slug": story.slug, "articles": 4}
    assert stories == cluster(articles, knowledge=load_knowledge(ROOT / "knowledge"))


@pytest.mark.parametrize(
    ("edition", "lang"),
    [
        ("fa", "fa"),  # a Persian headline for the Persian edition
        ("ar", "ar"),  # an Arabic one for the Arabic edition
        # no English article: the best article's, 001 (Persian, naming most of the actors
        # the four share)
        ("en", "fa"),
    ],
)
def test_the_headline_is_in_the_editions_language_if_any(built, edition, lang):
    articles, _stories, _report, publication = built
    (story,) = publication.stories
    headline = story.headline(edition)
    assert headline["lang"] == lang
    if edition == "en":
        assert headline["slug"] == next(a.slug for a in articles if _prefix(a) == "001")


def test_every_point_of_the_story_is_shown_once(built):
    _articles, _stories, _report, publication = built
    (story,) = publication.stories
    stated = [p for r in story.records for p in r["key_points"]]
    shown = [p.text for p in story.points]
    assert len(set(shown)) == len(shown)
    assert set(shown) <= set(stated)
    assert sum(len(p.sources) for p in story.points) == len(set(stated))
    assert len(story.best_points("ar")) == 3
    assert story.best_points("ar")[0].lang == "ar"  # the edition's language first


def test_front_page_actor_and_topic_pages_carry_the_story(built):
    _articles, _stories, _report, publication = built
    (story,) = publication.stories
    pages = {p.src: p.context for p in publication.pages}
    assert pages["index.md"]["stories"] == [story]
    assert story not in list(pages["index.md"]["shown"])
    assert pages["actors/ali-larijani.md"]["stories"] == [link_to(story)]
    assert pages["topics/diplomacy.md"]["stories"] == [link_to(story)]


def test_the_book_groups_a_storys_articles_after_its_chapter(built):
    _articles, _stories, _report, publication = built
    book = publication.book
    (story,) = book.stories
    members = [a.slug for a in book.articles if a.slug in {r["slug"] for r in story.records}]
    # Together, in time order (the story's own order), before the older article 004.
    assert [a.slug for a in book.articles][:4] == members == [r["slug"] for r in story.records]
    assert _prefix(book.articles[-1]) == "004"


# -- the build's wiring ----------------------------------------------------------------


def _seeds(tmp_path: Path, *prefixes: str) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        if path.name[:3] in prefixes:
            shutil.copy(path, seeds / path.name)
    return seeds


def test_a_new_article_joins_the_story_and_its_slug_stays(tmp_path):
    """The story of 000 and 002 (Larijani in Islamabad, Persian and Arabic) is made first;
    001, two days older, then joins it: the story keeps its slug (000's), where a cold
    clustering of the three names it after its first article, 001."""
    seeds = _seeds(tmp_path, "000", "002")
    docs = tmp_path / "docs"
    build_docs(seeds, docs, lambda _m: None, settings=Settings(cache_dir=None))
    (before,) = [s for s in read_stories(docs) if len(s.articles) > 1]
    shutil.copy(next((ROOT / "seeds").glob("001_*.txt")), seeds)
    articles, _report, _stories = build_docs(
        seeds, docs, lambda _m: None, settings=Settings(cache_dir=None)
    )
    (after,) = [s for s in read_stories(docs) if len(s.articles) > 1]
    assert after.slug == before.slug
    assert set(after.articles) == set(before.articles) | {
        a.slug for a in articles if _prefix(a) == "001"
    }
    cold = cluster(articles, knowledge=load_knowledge(ROOT / "knowledge"))
    assert [len(s.articles) for s in cold] == [3]
    assert cold[0].slug != before.slug


@pytest.mark.parametrize(
    ("edits", "sizes", "error"),
    [
        # no file: the seeds' story of four and 004 alone
        (None, [1, 4], None),
        # an editor splits 003 off: a story of three, and two alone
        ("split:\n  - [{s003}]\n", [1, 1, 3], None),
        # an editor merges 004 into the story of 000
        ("merge:\n  - [{s000}, {s004}]\n", [5], None),
        # not YAML: the error names the file, the stories are made without it
        ("merge: [\n", [1, 4], "seeds/stories.yml"),
        # an unknown slug: the error names the file and the key, nothing is lost
        ("split:\n  - [no-such-article]\n", [1, 4], "'split' of 'seeds/stories.yml'"),
    ],
)
def test_editor_edits(tmp_path, edits, sizes, error):
    seeds = _seeds(tmp_path, "000", "001", "002", "003", "004")
    docs = tmp_path / "docs"
    settings = Settings(cache_dir=None)
    articles, _, _stories = build_docs(
        seeds, tmp_path / "first", lambda _m: None, settings=settings
    )
    slugs = {f"s{_prefix(a)}": a.slug for a in articles}
    if edits is not None:
        (seeds / "stories.yml").write_text(edits.format_map(slugs), encoding="utf-8")
    articles, report, _stories = build_docs(seeds, docs, lambda _m: None, settings=settings)
    assert len(articles) == 5  # the edits file is no article, and none is lost
    assert sorted(len(s.articles) for s in read_stories(docs)) == sizes
    if error:
        assert any(error in e for e in report.errors), report.errors
    else:
        assert report.errors == []
    assert not any("stories.yml" in w and "override" in w for w in report.warnings)


def test_the_stories_file_is_json_beside_the_articles(built, tmp_path):
    settings = Settings(cache_dir=None)
    build_docs(ROOT / "seeds", tmp_path, lambda _m: None, settings=settings)
    data = json.loads((tmp_path / "articles" / STORIES_FILE).read_text(encoding="utf-8"))
    assert sorted(len(s["articles"]) for s in data) == [1, 4]
    assert all(set(s) >= {"slug", "articles", "start", "end", "why"} for s in data)


def test_the_stories_command(tmp_path, capsys):
    from akhbar.cli import main

    files = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
    assert main(["stories", *files, "--json"]) == 0
    stories = json.loads(capsys.readouterr().out)
    assert sorted(len(s["articles"]) for s in stories) == [1, 4]
    assert main(["extract", *files, "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert len({r["story"] for r in records}) == 2


def test_point_is_a_value():
    assert Point("x", "fa", ("a",)) == Point("x", "fa", ("a",))
