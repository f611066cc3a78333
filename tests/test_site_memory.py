"""What an edition's build holds: a generated page's body is rendered when its page is
written, not kept from MkDocs' reading of every page to the end of the build (the lists
of 20,000 articles would not fit in the build's memory otherwise); no article's Markdown
body is kept either.  A real ``mkdocs build`` of one edition, in this process, so that
the edition's state (``mkdocs_hook.Edition``, kept on the config) can be read after it."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.commands.build import build
from safety_fixtures import copy_assets

from akhbar.knowledge import load_knowledge
from akhbar.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def edition(tmp_path_factory: pytest.TempPathFactory):
    """The fa edition of the seeds, built from their plan: (its ``mkdocs_hook.Edition``,
    site folder)."""
    from akhbar.build import build_docs
    from akhbar.editions import edition_config
    from akhbar.plan import plan
    from akhbar.stories import cluster

    folder = tmp_path_factory.mktemp("memory")
    settings = Settings(cache_dir=None)
    articles, _report, _stories = build_docs(
        ROOT / "seeds", folder / "docs", lambda _m: None, settings=settings
    )
    copy_assets(folder / "docs")
    kn = load_knowledge(settings.knowledge_dir)
    publication = plan(articles, cluster(articles, knowledge=kn), kn, settings)
    config = edition_config(
        "fa", ROOT / "mkdocs.yml", folder / "docs", folder / "site", settings, publication
    )
    build(config, dirty=True)
    return config.extra["akhbar_edition"], folder / "site" / "fa"


def test_no_generated_page_holds_its_body_after_the_build(edition) -> None:
    state, site = edition
    pages = {f.src_uri: f.page for f in state.files.documentation_pages() if f.page is not None}
    generated = [src for src in pages if src in state.generated]
    assert len(generated) > 10  # home, timeline, actors, topics, sources, the story...
    for src in generated:
        content = pages[src].content or ""
        assert "akhbar-page" not in content, src  # a marker at most, not the page's HTML
        assert len(content) < 40, src
    # ... and every one was written whole, its body in place of the marker.
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "akhbar:page" not in home
    assert 'class="akhbar-page' in home
    for src in generated:
        html = Path(pages[src].file.abs_dest_path).read_text(encoding="utf-8")
        assert "akhbar:page" not in html, src
        assert html.count("<h1") == 1, src  # the theme's title or the page's own, once


def test_no_article_body_is_held(edition) -> None:
    """The articles' Markdown bodies are read to check them and again to write a page:
    the hook keeps which ones are whole pages, not the text."""
    state, site = edition
    assert not hasattr(state, "bodies")
    whole = state.files_read.whole
    assert whole
    assert all(isinstance(slug, str) for slug in whole)
    for slug in whole:
        assert (site / "articles" / slug / "index.html").is_file()
