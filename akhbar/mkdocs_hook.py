"""MkDocs hook: one edition (fa, ar or en) of the site per ``mkdocs build``.

The edition, the build's settings, the publication's plan (``akhbar.plan``) and what the
editions share of it (``akhbar.edition_plan.Prepared``: article files, page keys) come in
the config's ``extra.akhbar`` (``akhbar.editions.edition_config``; without them, the
Persian edition with the environment's settings, planned from the docs folder's front
matter); ``akhbar.site`` runs one build per edition.

The hook is an adapter: ``on_config`` makes an :class:`Edition` and keeps it on the
config (``config.extra["akhbar_edition"]``); every other event is that object's method.
No state lives in this module.  What an edition makes of the publication without MkDocs
(titles, page keys, which article pages fill the shell) is ``akhbar.edition_plan``.

* ``on_config``: edition language, direction and site_url.
* ``on_files``: adds the plan's generated pages (home, timeline, actors, topics, sources,
  search) as virtual files; a hand-written page with the same path wins.  On a rebuild,
  one outside the nav whose key (what it prints) is unchanged is not rendered again.
  The files under ``assets/`` (Material's and ``docs/assets``) are left out of the
  edition: ``akhbar.assets`` stores them once, at the site's root.
* ``on_page_markdown``: renders generated pages, and the metadata card of article pages,
  from Jinja2 templates in the edition's language, with links relative to the page so
  the site works under any sub-path.
* ``on_post_page``: ``dir`` on ``<html>``; hreflang alternates out of the head (the
  edition's sitemap names them); the page minified (``akhbar.minify``).
* ``on_post_build``: the feeds, the article pages filled into the shell, the pages no
  longer made removed.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import urllib.parse
import uuid
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url, write_file

from akhbar import assets, edition_plan, front_matter, page_shell, theme_dir
from akhbar.cache import read_store
from akhbar.charts import layout as chart_layout
from akhbar.edition_plan import CARD_MARKER, WHOLE_HTML_RE, ArticleFiles, Prepared, article_slug
from akhbar.i18n import DIRECTIONS, get_translations, jinja_env
from akhbar.knowledge import Knowledge, load_knowledge
from akhbar.minify import minify
from akhbar.plan import Publication, plan_records
from akhbar.settings import Settings
from akhbar.site_data import Record, by_month_in_order

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates" / "site"
log = logging.getLogger("mkdocs.plugins.akhbar")

# Where on_config keeps the edition's Edition, in the config's extra.
_EDITION = "akhbar_edition"

# Each generated page's and feed's key, this build's (written after it) and the last one's.
PAGE_KEYS_FILE = ".akhbar-pages.json"

# Folders of one page each, whose page goes when its article (or the last article
# naming its actor, topic or source) does.
PAGE_FOLDERS = ("articles", "actors", "topics", "sources", "stories")

# A generated page's body is rendered only when its page is written (``on_post_page``),
# not when MkDocs reads every page before writing any: the bodies of all of an edition's
# lists are never held at once (~150 MiB at 5,000 articles).  Until then the page's
# content is a marker, which says whether the body has its own ``<h1>``: the theme adds
# the page's title as one to a content without (``partials/content.html``).
_DEFERRED = "<!-- akhbar:page -->"
_DEFERRED_H1 = "<!-- akhbar:page <h1> -->"

# A page whose whole body is one HTML element skips Python-Markdown, which would re-parse
# it tag by tag only to pass it through unchanged: a placeholder goes in, the HTML comes
# back after.
BODY_MARKER = "<!-- akhbar:body -->"

# An article appears in many lists (the timeline, its actors', topics' and source's
# pages), an actor or a topic on many cards: its entry or link is rendered once, with
# links from the site's root marked, and each page puts its own way to the root in
# front of them.
_ITEM_ROOT = "akhbar-root-5f0c/"
_ITEM_TEMPLATES = {
    "item": '{%- from "_macros.html.j2" import article_item with context -%}{{ article_item(r, points) }}',
    "actor": '{%- from "_macros.html.j2" import actor_link with context -%}{{ actor_link(slug) }}',
    "topic": '{%- from "_macros.html.j2" import topic_link with context -%}{{ topic_link(slug) }}',
}


class _Decided(File):
    """A page whose rendering the hook decides: MkDocs' dirty build renders a page when
    its ``is_modified()`` is true; ``rendered`` None leaves that to MkDocs (the page's
    time against its source's)."""

    rendered: bool | None = None

    def is_modified(self) -> bool:
        return super().is_modified() if self.rendered is None else self.rendered

    @classmethod
    def of(cls, file: File) -> _Decided:
        """*file* (one MkDocs found in the docs folder) as a page the hook decides."""
        return cls(
            file.src_path,
            file.src_dir,
            file.dest_dir,
            file.use_directory_urls,
            dest_uri=file.dest_uri,
            inclusion=file.inclusion,
        )


def _given(config: MkDocsConfig) -> dict[str, Any]:
    return config.extra.get("akhbar") or {}


class Edition:
    """One edition's build: what MkDocs hands the hook and what the hook decides, from
    ``on_config`` to ``on_post_build``."""

    def __init__(self, config: MkDocsConfig) -> None:
        given = _given(config)
        edition = given.get("edition", "fa")
        if edition not in DIRECTIONS:
            raise ValueError(f"the edition must be one of {', '.join(DIRECTIONS)}, not {edition!r}")
        self.edition = edition
        self.settings = settings = (
            Settings.from_dict(given["settings"])
            if "settings" in given
            else Settings.from_environment()
        )
        knowledge = given.get("knowledge")  # read once for every edition (akhbar.editions)
        self.knowledge: Knowledge = (
            load_knowledge(settings.knowledge_dir) if knowledge is None else knowledge
        )
        docs = Path(config.docs_dir)
        self.articles_dir = docs / "articles"
        files = None
        if "publication" in given:
            self.publication: Publication = given["publication"]
        else:
            from akhbar.build import read_stories

            store = front_matter.store_for(self.articles_dir, settings)
            records, files = edition_plan.read_docs_articles(self.articles_dir, store)
            stories = read_stories(docs) or ()
            self.publication = plan_records(records, self.knowledge, settings, stories=stories)
        prepared = given.get("prepared")  # made once for every edition (akhbar.editions)
        self.prepared: Prepared = prepared or edition_plan.prepare(self.publication, docs, files)
        self.files_read: ArticleFiles = self.prepared.files
        self.data = self.publication.data
        self.env = jinja_env(edition, TEMPLATES)
        self.env.bytecode_cache = self.compiled_templates("site")
        self.env.filters["country"] = partial(_country, lang=edition)
        # An article's entry in a list, an actor's or a topic's link on a card: rendered
        # once per edition (links from the site's root, see _from_root).
        self.items: dict[tuple[Any, ...], str] = {}
        self.item_templates = {
            name: self.env.from_string(source) for name, source in _ITEM_TEMPLATES.items()
        }
        self.h1_templates: dict[str, bool] = {}  # template -> whether it prints its own <h1>
        # What each generated page was made from, this build and the one before (src_uri
        # -> digest): an unchanged page outside the nav is not rendered again.
        self.page_keys: dict[str, str] = {}
        self.previous_keys: dict[str, str] = read_store(Path(config.site_dir) / PAGE_KEYS_FILE)
        self.generated: dict[str, tuple[str, dict[str, Any]]] = {}  # src_uri -> (template, context)
        self.files = Files([])
        # Article pages filled into the shell (src_uri -> File), the page that checks the
        # shell, the shell itself; the theme's nav and environment, to render a page
        # with the theme when the shell cannot be used.
        self.own: dict[str, File] = {}
        self.witness: File | None = None
        self.witness_before: tuple[int, bytes] | None = None  # its page's time and bytes
        self.shell: str | None = None
        self.nav: Any = None
        self.theme_env: Any = None
        self.bypassed: dict[str, str] = {}  # src_uri -> the HTML that skipped Python-Markdown

    # --- on_config -----------------------------------------------------------------------

    def configure(self, config: MkDocsConfig) -> MkDocsConfig:
        edition = self.edition
        config.theme["language"] = edition
        config.extra["akhbar_assets"] = assets.theme_links()
        config.theme["direction"] = DIRECTIONS[edition]
        # Material's folder searched through links, not listed file by file (akhbar.theme_dir).
        cache = self.settings.cache_dir
        config.theme.dirs = theme_dir.unlisted(config.theme.dirs, cache and cache / "theme")
        # Without a site URL the site has no absolute address: no canonical links, empty
        # sitemaps, a feed of relative links (``on_post_build``); never a made-up host.
        base = self.settings.site_url
        config.site_url = base.rstrip("/") + f"/{edition}/" if base else None
        tr = get_translations(edition)
        config.site_name = tr.gettext("Akhbar")
        config.site_description = tr.gettext("Briefings on Iran–Pakistan relations")
        return config

    def compiled_templates(self, kind: str) -> Any:
        """Jinja's cache of compiled templates for one kind of environment (*kind*:
        ``site``, ours; ``theme``, MkDocs'), in the build's cache folder; None when
        caching is off.

        Compiling Material's and our templates took ~0.4 s an edition.  Jinja keys each
        entry by the template's path and checks its source's checksum; the code compiled
        also depends on the environment's settings, hence one folder per kind."""
        import jinja2

        root = self.settings.cache_dir
        if root is None:
            return None
        folder = root / "templates" / kind
        folder.mkdir(parents=True, exist_ok=True)
        return jinja2.FileSystemBytecodeCache(str(folder))

    # --- on_files ------------------------------------------------------------------------

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        self.generated = {}
        self.page_keys = {}
        in_nav = edition_plan.nav_sources(config.nav)
        for generated in self.publication.pages:
            src_uri, template, context = generated.src, generated.template, generated.context
            if files.get_file_from_path(src_uri) is not None:
                continue  # a hand-written page wins
            self.generated[src_uri] = (template, context)
            title = edition_plan.title(template, context, self.edition)
            file = _Decided.generated(
                config, src_uri, content=f"---\ntitle: {_yaml_str(title)}\n---\n"
            )
            key = self.page_keys[src_uri] = self._key(src_uri, title)
            # Pages in the nav print the edition's totals and are always rendered (the
            # theme also takes their titles for every page's tabs).
            if (
                src_uri not in in_nav
                and self.previous_keys.get(src_uri) == key
                and Path(file.abs_dest_path).is_file()
            ):
                file.rendered = False
            files.append(file)
        decided = self._choose_shell_pages(files)
        self.files = Files([decided.get(f.src_uri, f) for f in files if not _stored_once(f)])
        return self.files

    def _key(self, name: str, title: str, extra: str = "") -> str:
        """The key in this edition of the page or feed *name* (``edition_plan.PageKey``)."""
        return self.prepared.keys[name].of(self.edition, title, self.files_read.digests, extra)

    def _choose_shell_pages(self, files: Files) -> dict[str, _Decided]:
        """Article pages to fill into the shell instead of rendering them with the theme,
        by source path, to put in place of MkDocs' own.

        The build runs with ``--dirty``: MkDocs renders only pages whose
        ``is_modified()`` is true.  The first fillable article is the witness (always
        rendered by the theme); every other one answers false, and the hook writes the
        changed ones itself."""
        self.own, self.witness, self.shell = {}, None, None
        found = {f.src_uri: f for f in files.documentation_pages()}
        decided = {}
        for src in edition_plan.shell_candidates(found, self.publication, self.files_read):
            file = decided[src] = _Decided.of(found[src])
            # An article's page links to its story: one whose story changed is rendered
            # again though its Markdown did not change (its key, the story's slug, is kept).
            story = self.publication.story_of.get(article_slug(src))
            if story is not None:
                self.page_keys[src] = story.slug
            moved = self.previous_keys.get(src, "") != (story.slug if story else "")
            if self.witness is None:
                self.witness = file
                self.witness_before = _stat_and_bytes(Path(file.abs_dest_path))
                file.rendered = True
                continue
            if moved or file.is_modified():
                self.own[src] = file
            file.rendered = False
        return decided

    # --- on_nav, on_env ------------------------------------------------------------------

    def on_nav(self, nav: Any, config: MkDocsConfig, files: Files) -> Any:
        self.nav = nav
        return nav

    def on_env(self, env: Any, config: MkDocsConfig, files: Files) -> Any:
        """Render the shell page (see ``akhbar.page_shell``) with the theme."""
        from mkdocs.commands.build import get_context

        env.bytecode_cache = self.compiled_templates("theme")
        self.theme_env = env
        if self.witness is None:
            return env
        file = File.generated(config, page_shell.SHELL_SRC, content=page_shell.shell_source())
        page = Page(None, file, config)
        page.read_source(config)
        page.render(config, files)
        page.active = True
        context = get_context(self.nav, files.documentation_pages(), config, page)
        shell = env.get_template(page.meta.get("template", "main.html")).render(context)
        self.shell = shell if page_shell.is_sound(shell) else None
        return env

    # --- pages ---------------------------------------------------------------------------

    def _url(self, page: Page, target: str) -> str:
        """Link from *page* to a docs path (``articles/x.md``) or an asset
        (``assets/a.css``, stored once at the site's root: ``akhbar.assets``)."""
        if not target.endswith(".md") and assets.is_shared(target):
            return f"{get_relative_url('', page.url) or '.'}/../{target}"
        dest = edition_plan.dest_url(target) if target.endswith(".md") else target
        return get_relative_url(dest, page.url) or "."

    def _context(self, page: Page) -> dict[str, Any]:
        kn = self.knowledge
        return {
            "edition": self.edition,
            "dirs": DIRECTIONS,
            "data": self.data,
            "kn": kn,
            "url": partial(self._url, page),
            "page_url": page.url,
            "actor_of": kn.actor,
            "source_of": kn.source,
            "topic_of": lambda slug: next((t for t in kn.topics if t.slug == slug), None),
            "by_month_in_order": by_month_in_order,
            "chart_layout": partial(chart_layout, rtl=DIRECTIONS[self.edition] == "rtl"),
            "item_html": partial(self._item_html, page),
            "actor_html": partial(self._link_html, page, "actor"),
            "topic_html": partial(self._link_html, page, "topic"),
            "story_of": self.publication.story_of.get,
        }

    def _from_root(self, page: Page, key: tuple[Any, ...], **values: Any) -> Markup:
        """``_ITEM_TEMPLATES[key[0]]`` rendered with *values*, once an edition (by *key*),
        with its links made relative to *page*."""
        entry = self.items.get(key)
        if entry is None:
            context = self._context(page) | {
                "url": lambda target: _ITEM_ROOT + edition_plan.dest_url(target)
            }
            entry = self.items[key] = self.item_templates[key[0]].render(**context, **values)
        root = get_relative_url("", page.url)
        return Markup(
            entry.replace(f'href="{_ITEM_ROOT}', f'href="{"" if root == "." else root + "/"}')
        )

    def _item_html(self, page: Page, record: dict[str, Any], points: bool = False) -> Markup:
        return self._from_root(page, ("item", record["slug"], points), r=record, points=points)

    def _link_html(self, page: Page, kind: str, slug: str) -> Markup:
        """The link to an actor's or a topic's page (``actor_link``, ``topic_link``)."""
        return self._from_root(page, (kind, slug), slug=slug)

    def on_page_markdown(
        self, markdown: str, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        # MkDocs renders Material's templates without autoescaping, and Material prints
        # the title raw in <title> and the header: an article title is untrusted text.
        if isinstance(page.meta.get("title"), str):
            page.meta["title"] = str(escape(page.meta["title"]))
        src = page.file.src_uri
        self.own.pop(src, None)  # the theme renders this one after all
        if src in self.generated:
            return self._deferred_marker(self.generated[src][0])
        if src.startswith("articles/"):
            markdown = self._with_card(page, markdown)
        if WHOLE_HTML_RE.fullmatch(markdown):
            self.bypassed[src] = markdown
            return BODY_MARKER
        return markdown

    def _with_card(self, page: Page, markdown: str) -> str:
        """An article's Markdown with the edition's metadata card in place of its marker."""
        record = self.data.by_slug.get(article_slug(page.file.src_uri))
        if record is None or CARD_MARKER not in markdown:
            return markdown
        card = self.env.get_template("card.html.j2").render(**self._context(page), r=record)
        return markdown.replace(CARD_MARKER, card, 1)

    def on_page_content(self, html_out: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        body = self.bypassed.pop(page.file.src_uri, None)
        if body is None:
            return html_out
        return html_out.replace(BODY_MARKER, body.strip(), 1)

    def _deferred_marker(self, template: str) -> str:
        return _DEFERRED_H1 if self._writes_h1(template) else _DEFERRED

    def _writes_h1(self, template: str) -> bool:
        """Whether *template*'s pages have their own ``<h1>`` (in its own source: the
        macros it imports print none, and what it prints of an article is escaped)."""
        written = self.h1_templates.get(template)
        if written is None:
            source = self.env.loader.get_source(self.env, template)[0]
            written = self.h1_templates[template] = "<h1" in source
        return written

    def _render_deferred(self, output: str, page: Page) -> str:
        """*output* with the generated page's body in place of its marker."""
        template, extra = self.generated[page.file.src_uri]
        body = self.env.get_template(template).render(**self._context(page), **extra)
        marker = self._deferred_marker(template)
        at = output.find(marker)
        if at == -1:
            raise ValueError(f"akhbar: the theme did not print the body of {page.file.src_uri}")
        return output[:at] + body.strip() + output[at + len(marker) :]

    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        if page.file.src_uri in self.generated:
            output = self._render_deferred(output, page)
        if page.file is self.witness and self.shell is not None:
            expected = page_shell.fill(self.shell, page.meta["title"], page.url, page.content or "")
            if expected != output:
                log.warning(
                    "akhbar: the article shell differs from %s; article pages are rendered one by one",
                    page.file.src_uri,
                )
                self.shell = None
        html_open = f'<html lang="{self.edition}"'
        output = output.replace(html_open, f'{html_open} dir="{DIRECTIONS[self.edition]}"', 1)
        # No hreflang alternates in the head: Material's language selector fetches
        # sitemap.xml beside each <link rel=alternate>, and beside a page of another
        # edition there is none (a 404 a link, three a page).  The edition's sitemap names
        # each page's editions instead (templates/material/sitemap.xml), as search
        # engines also read them.
        output = _ALTERNATE_LINE_RE.sub("", output)
        generated = self.generated.get(page.file.src_uri)
        if generated is not None and "feed" in generated[1]:
            output = output.replace("</head>", self._feed_link(page, generated[1]) + "</head>", 1)
        # The language switcher's links too (``partials/alternate.html``), once written.
        output = _SWITCH_RE.sub(lambda m: f"{m[1]}{iri(m[2])}{m[3]}", output)
        # The page is written next, over what the last build left: a hard link into the
        # last site (``site.build_site``), which is unlinked so as to write a file of its
        # own and leave the last site whole.
        if page.file.abs_dest_path:
            Path(page.file.abs_dest_path).unlink(missing_ok=True)
        return minify(output)

    # --- the 404 page --------------------------------------------------------------------

    def on_template_context(
        self, context: dict[str, Any], template_name: str, config: MkDocsConfig
    ) -> dict[str, Any]:
        """The 404 page's strings in the edition's language; built without a site URL,
        its links relative to the ``<base>`` that ``on_post_template`` sets."""
        if template_name != "404.html":
            return context
        tr = get_translations(self.edition)
        context["akhbar_404"] = {
            "title": tr.gettext("Page not found"),
            "home": tr.gettext("Back to the home page"),
            "search": tr.gettext("Search"),
        }
        if not config.site_url:
            from mkdocs.utils import normalize_url

            context["base_url"] = "."
            context["extra_css"] = [normalize_url(str(p), None, ".") for p in config.extra_css]
            context["extra_javascript"] = [
                normalize_url(str(p), None, ".") for p in config.extra_javascript
            ]
        return context

    def on_post_template(self, output: str, template_name: str, config: MkDocsConfig) -> str:
        if template_name != "404.html":
            return output
        html_open = f'<html lang="{self.edition}"'
        output = output.replace(html_open, f'{html_open} dir="{DIRECTIONS[self.edition]}"', 1)
        if config.site_url:
            base = urllib.parse.urlsplit(config.site_url).path.rstrip("/")
        else:
            base = "."
            output = _FETCHING_TAG_RE.sub(lambda m: _written_by_script(m[0]), output)
            output = output.replace(
                "<head>", "<head>" + _404_BASE_SCRIPT.format(edition=self.edition), 1
            )
        # hreflang alternates name the other editions' homes (Material's would all be this one).
        return minify(
            _ALTERNATE_RE.sub(
                lambda m: f'<link rel="alternate" href="{base}/../{m[1]}/" hreflang="{m[1]}">',
                output,
            )
        )

    # --- on_post_build -------------------------------------------------------------------

    def on_post_build(self, config: MkDocsConfig) -> None:
        self._write_feeds(config)
        self._write_stories_feed(config)
        keys = json.dumps(self.page_keys, sort_keys=True, indent=0)
        Path(config.site_dir, PAGE_KEYS_FILE).write_text(keys + "\n", encoding="utf-8")
        self._write_shell_pages(config)
        self._keep_witness_time()
        self._prune(Path(config.site_dir))

    def _write_feeds(self, config: MkDocsConfig) -> None:
        """An Atom feed per edition, ``<edition>/feed.xml``, and one per actor and topic,
        ``actors/<slug>.xml`` (``plan.feeds``): the newest dated articles first.

        Atom gives every entry a date (``<updated>``) and feed readers order by it: an
        undated article is left out (it is on the timeline, under its own heading),
        rather than given a date it does not have.  Without a site URL, links are
        relative (to the feed's own address, RFC 4287 section 2) and ids ``urn:uuid:``
        names made from the edition and the slug (an id must be absolute).

        Material's language selector fetches ``sitemap.xml`` beside every ``<link
        rel=alternate>`` of a page, an actor's feed among them: ``actors/sitemap.xml`` and
        ``topics/sitemap.xml`` list the feeds of their folder (none without a site URL,
        as a sitemap holds absolute URLs only)."""
        site_url = config.site_url or ""
        tr = get_translations(self.edition)
        template = self.env.get_template("feed.xml.j2")

        def write(path: str, page: str, title: str, records: Sequence[Record]) -> None:
            # A feed, like a generated page, is written again only when what it prints
            # changed (its records by their files' digests): ~250 feeds an edition.
            target = Path(config.site_dir, path)
            key = self.page_keys[f"feed:{path}"] = self._key(f"feed:{path}", title, site_url)
            if self.previous_keys.get(f"feed:{path}") == key and target.is_file():
                return
            shown, updated = edition_plan.feed_records(records)
            feed = template.render(
                edition=self.edition,
                title=title,
                path=path,
                page=page,
                base=site_url or "../" * path.count("/"),
                records=shown,
                entry_id=partial(self._entry_id, config.site_url),
                updated=updated,
                source_of=self.knowledge.source,
            )
            target.write_text(feed, encoding="utf-8")

        name = tr.gettext("Akhbar")
        write(
            edition_plan.MAIN_FEED,
            "",
            f"{name} · {tr.gettext('Briefings on Iran–Pakistan relations')}",
            self.data.articles,
        )
        written: dict[str, list[str]] = {"actors": [], "topics": []}
        for feed in self.publication.feeds:
            title = edition_plan.feed_title(feed.kind, feed.slug, self.edition, self.knowledge)
            write(feed.path, feed.page, f"{name} · {title}", feed.records)
            written[feed.path.split("/")[0]].append(feed.path)
        sitemap = self.env.get_template("feeds_sitemap.xml.j2")
        for folder, paths in written.items():
            if not Path(config.site_dir, folder).is_dir():
                continue
            urls = [site_url + urllib.parse.quote(p) for p in paths] if site_url else []
            Path(config.site_dir, folder, "sitemap.xml").write_text(
                sitemap.render(urls=urls), encoding="utf-8"
            )
            for gone in sorted(Path(config.site_dir, folder).glob("*.xml")):
                if gone.name != "sitemap.xml" and f"{folder}/{gone.name}" not in paths:
                    gone.unlink()  # the feed of an actor or topic no article names any more

    def _feed_link(self, page: Page, context: dict[str, Any]) -> str:
        """The ``<link>`` by which a browser or feed reader finds the feed of an actor's
        or a topic's page (each of its numbered pages)."""
        kind = "actor" if "actor" in context else "topic"
        name = edition_plan.feed_title(kind, context[kind].slug, self.edition, self.knowledge)
        title = f"{get_translations(self.edition).gettext('Akhbar')} · {name}"
        href = urllib.parse.quote(self._url(page, context["feed"]))
        return f'<link rel="alternate" type="application/atom+xml" title="{escape(title)}" href="{href}">\n'

    def _write_stories_feed(self, config: MkDocsConfig) -> None:
        """``<edition>/stories.xml``: the stories of two articles or more, the one last
        reported first (a story's ``<updated>`` is its newest article's date; a story with
        no dated article is left out, as an undated article is from the articles' feed)."""
        dated = edition_plan.dated_stories(self.publication.stories)
        context = {
            "edition": self.edition,
            "stories": dated,
            "site_url": config.site_url or "",
            "entry_id": partial(self._entry_id, config.site_url),
            "updated": dated[0].end if dated else "1970-01-01",  # never the clock
            "source_of": self.knowledge.source,
        }
        feed = self.env.get_template("stories_feed.xml.j2").render(**context)
        Path(config.site_dir, "stories.xml").write_text(feed, encoding="utf-8")

    def _entry_id(self, base: str | None, path: str) -> str:
        """The Atom id of the page at *path* (``articles/<slug>/``, quoted): its URL, or
        with no site URL a name-based UUID of the edition and path."""
        if base:
            return base + path
        return uuid.uuid5(uuid.NAMESPACE_URL, f"akhbar:{self.edition}/{path}").urn

    def _write_shell_pages(self, config: MkDocsConfig) -> None:
        """Write the changed article pages the theme skipped: filled into the shell, or,
        if the witness showed the shell to be unsound, rendered by the theme after all."""
        for src in sorted(self.own):
            file = self.own[src]
            page = file.page
            if self.shell is None:
                self._render_with_theme(page, config)
                continue
            slug = article_slug(src)
            markdown = front_matter.read_bodies(self.articles_dir, [slug])[slug][0]
            body = self._with_card(page, markdown)
            title = str(escape(self.data.by_slug[slug]["title"]))
            output = page_shell.fill(self.shell, title, page.url, body.strip())
            output = self.on_post_page(output, page, config)
            write_file(output.encode("utf-8", errors="xmlcharrefreplace"), file.abs_dest_path)

    def _render_with_theme(self, page: Page, config: MkDocsConfig) -> None:
        """Read, render and write *page* with the theme, as MkDocs' build does a page it
        was left to (the events of every plugin, the hook's among them, in MkDocs' order),
        through MkDocs' public API only."""
        from mkdocs.commands.build import get_context

        files = self.files
        plugins = config.plugins
        page = plugins.on_pre_page(page, config=config, files=files)
        page.read_source(config)
        page.markdown = plugins.on_page_markdown(
            page.markdown, page=page, config=config, files=files
        )
        page.render(config, files)
        page.content = plugins.on_page_content(page.content, page=page, config=config, files=files)
        page.active = True
        try:
            doc_files = files.documentation_pages()
            context = get_context(self.nav, doc_files, config, page)
            template = self.theme_env.get_template(page.meta.get("template", "main.html"))
            context = plugins.on_page_context(context, page=page, config=config, nav=self.nav)
            output = plugins.on_post_page(template.render(context), page=page, config=config)
        finally:
            page.active = False
        write_file(output.encode("utf-8", errors="xmlcharrefreplace"), page.file.abs_dest_path)

    def _keep_witness_time(self) -> None:
        """The witness is rendered on every build; if its page came out as it was, it
        gets its old modification time back, like every other unchanged page."""
        if self.witness is None or self.witness_before is None:
            return
        path = Path(self.witness.abs_dest_path)
        mtime, before = self.witness_before
        after = _stat_and_bytes(path)
        if after is not None and after[1] == before:
            os.utime(path, ns=(mtime, mtime))

    def _prune(self, site_dir: Path) -> None:
        """After an incremental build, remove the pages no source file makes any more:
        those of gone articles, actors, topics and sources, and the pages a list no
        longer fills."""
        built = {os.path.normpath(f.abs_dest_path) for f in self.files.documentation_pages()}
        for section in PAGE_FOLDERS:
            _remove_unbuilt(site_dir / section, built)
        numbered = [site_dir / "timeline" / "page"]
        numbered += [
            page
            for section in PAGE_FOLDERS[1:]
            for page in sorted(site_dir.glob(f"{section}/*/page"))
        ]
        for folder in numbered:
            _remove_unbuilt(folder, built)
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()


# --- the hook's events: each the Edition's that on_config made ------------------------------


def _edition(config: MkDocsConfig) -> Edition:
    return config.extra[_EDITION]


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    edition = Edition(config)
    config.extra[_EDITION] = edition
    return edition.configure(config)


def on_files(files: Files, config: MkDocsConfig) -> Files:
    return _edition(config).on_files(files, config)


def on_nav(nav: Any, config: MkDocsConfig, files: Files) -> Any:
    return _edition(config).on_nav(nav, config, files)


def on_env(env: Any, config: MkDocsConfig, files: Files) -> Any:
    return _edition(config).on_env(env, config, files)


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return _edition(config).on_page_markdown(markdown, page, config, files)


def on_page_content(html_out: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return _edition(config).on_page_content(html_out, page, config, files)


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return _edition(config).on_post_page(output, page, config)


def on_template_context(
    context: dict[str, Any], template_name: str, config: MkDocsConfig
) -> dict[str, Any]:
    return _edition(config).on_template_context(context, template_name, config)


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    return _edition(config).on_post_template(output, template_name, config)


def on_post_build(config: MkDocsConfig) -> None:
    _edition(config).on_post_build(config)


# --- plain functions ---------------------------------------------------------------------


def _country(code: str, lang: str) -> str:
    from babel import Locale

    return Locale.parse(lang).territories.get(code.upper(), code.upper())


def _stored_once(file: File) -> bool:
    """Whether *file* is one of the assets stored once for every edition."""
    return not file.is_documentation_page() and assets.is_shared(file.src_uri)


def _stat_and_bytes(path: Path) -> tuple[int, bytes] | None:
    try:
        return path.stat().st_mtime_ns, path.read_bytes()
    except OSError:
        return None


def _yaml_str(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # JSON strings are valid YAML scalars


def _remove_unbuilt(folder: Path, built: set[str]) -> None:
    """Remove the page folders in *folder* whose ``index.html`` this build did not make
    (*built*: normalised paths)."""
    if not folder.is_dir():
        return
    base = os.path.normpath(folder)
    with os.scandir(folder) as entries:
        gone = sorted(
            e.name
            for e in entries
            if e.is_dir() and os.path.join(base, e.name, "index.html") not in built
        )
    for name in gone:
        shutil.rmtree(folder / name)


# A host serves the 404 page at the missing page's address, at any depth.  MkDocs links
# it from the site URL's path; with none, the first script finds the edition's folder in
# the address (the first ``/<edition>/`` in it, else the host's root) and writes it as
# the page's ``<base>``.  The tags that fetch (stylesheets, icon, scripts) are written by
# scripts after it: as plain tags, Chromium's preload scanner fetched them from the
# missing address before the base was set (404s and console errors).
_404_BASE_SCRIPT = (
    "<script>(function () {{ var m = location.pathname.match(/^(.*?\\/){edition}(\\/|$)/);"
    " document.write('<base href=\"' + (m ? m[1] : '/') + '{edition}/\">'); }})();</script>"
)
_FETCHING_TAG_RE = re.compile(
    r'<link rel="(?:icon|stylesheet)" href="[^"]*">|<script src="[^"]*"></script>'
)


def _written_by_script(tag: str) -> str:
    """*tag* written by an inline script (``document.write``)."""
    return "<script>document.write(" + json.dumps(tag).replace("</", "<\\/") + ")</script>"


_ALTERNATE_RE = re.compile(r'<link rel="alternate" href="[^"]*" hreflang="(\w+)">')
# Its line's indentation is left for minify to collapse: a pattern that opens with optional
# spaces is tried at every position of a page (1.8 ms a page, 0.03 ms without).
_ALTERNATE_LINE_RE = re.compile(r'<link rel="alternate" href="[^"]*" hreflang="\w+">\n?')
_SWITCH_RE = re.compile(r'(<a href=")([^"]*)(" hreflang="\w+" lang="\w+" class="md-select__link)')

# Percent-escapes of the bytes of a UTF-8 sequence (none is an ASCII character).
_NON_ASCII_ESCAPES_RE = re.compile(r"(?:%[89A-Fa-f][0-9A-Fa-f])+")


def iri(url: str) -> str:
    """*url* with its non-ASCII characters written as they are, not percent-escaped (an
    IRI, as the links of the lists are written): a Persian slug is a third of the bytes.
    ASCII escapes (``%25``, ``%22``...) are kept; the browser escapes the rest when it
    follows the link."""
    return _NON_ASCII_ESCAPES_RE.sub(
        lambda m: escape(urllib.parse.unquote(m[0], errors="strict")), url
    )
