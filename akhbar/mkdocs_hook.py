"""MkDocs hook: one edition (fa, ar or en) of the site per ``mkdocs build``.

The edition, the build's settings and the publication's plan (``akhbar.plan``) come in
the config's ``extra.akhbar`` (``akhbar.editions.edition_config``; without them, the
Persian edition with the environment's settings, planned from the docs folder's front
matter); ``akhbar.site`` runs one build per edition.

* ``on_config``: edition language, direction and site_url; which articles' Markdown
  bodies are whole pages (the shell's).
* ``on_files``: adds the plan's generated pages (home, timeline, actors, topics, sources,
  search) as virtual files; a hand-written page with the same path wins.  On a rebuild,
  one outside the nav whose key (what it prints) is unchanged is not rendered again.
* ``on_page_markdown``: renders generated pages, and the metadata card of article pages,
  from Jinja2 templates in the edition's language, with links relative to the page so
  the site works under any sub-path.
* ``on_files``: the files under ``assets/`` (Material's and ``docs/assets``) are left
  out of the edition: ``akhbar.assets`` stores them once, at the site's root.
* ``on_post_page``: ``dir`` on ``<html>``; hreflang alternates out of the head (the
  edition's sitemap names them); the page minified (``akhbar.minify``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import posixpath
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

from akhbar import assets, front_matter, page_shell
from akhbar.cache import read_store
from akhbar.charts import layout as chart_layout
from akhbar.i18n import DIRECTIONS, format_number, get_translations, jinja_env
from akhbar.knowledge import Knowledge, load_knowledge
from akhbar.minify import minify
from akhbar.plan import Publication, plan_records
from akhbar.settings import Settings
from akhbar.site_data import Paging, Record, SiteData, by_month_in_order
from akhbar.story_pages import Point, StoryLink, StoryRecord

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates" / "site"
CARD_MARKER = "<!-- akhbar:card -->"
log = logging.getLogger("mkdocs.plugins.akhbar")


class _State:
    edition = "fa"
    settings: Settings
    publication: Publication
    data: SiteData
    knowledge: Knowledge
    env: Any
    generated: dict[str, tuple[str, dict[str, Any]]]  # src_uri -> (template, context)
    files: Files
    articles_dir: Path  # the docs folder's articles/
    # The articles whose Markdown body is the whole HTML page the shell takes (a body is
    # read again when its page is written, not held: ~11 KB an article).
    whole_bodies: set[str]
    # Article pages filled into the shell (src_uri -> File), the page that checks the
    # shell, the shell itself; the theme's nav and environment for a fallback.
    own: dict[str, File]
    witness: File | None = None
    witness_before: tuple[int, bytes] | None = None  # its page's time and bytes before
    shell: str | None = None
    nav: Any = None
    theme_env: Any = None
    # An article's entry in a list, an actor's or a topic's link on a card: rendered once
    # per edition (links from the site's root, see _from_root).
    items: dict[tuple[Any, ...], str]  # set by on_config
    item_templates: dict[str, Any]  # set by on_config
    h1_templates: dict[str, bool]  # template -> whether it prints its own <h1>
    # What each generated page was made from, this build and the one before (src_uri ->
    # digest): an unchanged page outside the nav is not rendered again.
    page_keys: dict[str, str]
    previous_keys: dict[str, str]
    record_digests: dict[int, str]  # id(record) -> the sha256 of its article's file


state = _State()


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    given = config.extra.get("akhbar") or {}
    edition = given.get("edition", "fa")
    if edition not in DIRECTIONS:
        raise ValueError(f"the edition must be one of {', '.join(DIRECTIONS)}, not {edition!r}")
    state.edition = edition
    state.settings = settings = (
        Settings.from_dict(given["settings"])
        if "settings" in given
        else Settings.from_environment()
    )
    config.theme["language"] = edition
    config.extra["akhbar_assets"] = assets.theme_links()
    config.theme["direction"] = DIRECTIONS[edition]
    # Without a site URL the site has no absolute address: no canonical links, empty
    # sitemaps, a feed of relative links (``on_post_build``); never a made-up host.
    base = settings.site_url
    config.site_url = base.rstrip("/") + f"/{edition}/" if base else None
    tr = get_translations(edition)
    config.site_name = tr.gettext("Akhbar")
    config.site_description = tr.gettext("Briefings on Iran–Pakistan relations")
    knowledge = given.get("knowledge")  # read once for every edition (akhbar.editions)
    state.knowledge = load_knowledge(settings.knowledge_dir) if knowledge is None else knowledge
    folder = state.articles_dir = Path(config.docs_dir) / "articles"
    if "publication" in given:
        state.publication = given["publication"]
        _read_bodies(folder)
    else:
        from akhbar.build import read_stories

        records = _read_articles(folder, settings)
        stories = read_stories(Path(config.docs_dir)) or ()
        state.publication = plan_records(records, state.knowledge, settings, stories=stories)
    state.data = state.publication.data
    state.env = jinja_env(edition, TEMPLATES)
    state.env.bytecode_cache = compiled_templates("site")
    state.env.filters["country"] = partial(_country, lang=edition)
    state.items = {}
    state.h1_templates = {}
    state.item_templates = {
        name: state.env.from_string(source) for name, source in _ITEM_TEMPLATES.items()
    }
    state.previous_keys = read_store(Path(config.site_dir) / PAGE_KEYS_FILE)
    return config


def _read_bodies(folder: Path) -> None:
    """Which article of the plan has a whole HTML body (``state.whole_bodies``), and
    each record's digest (its file's: a record is made from its file alone) in
    ``state.record_digests``; one file at a time, no body kept."""
    state.whole_bodies, state.record_digests = set(), {}
    for record in state.publication.data.articles:
        slug = record["slug"]
        body, digest = front_matter.read_bodies(folder, [slug])[slug]
        if _whole_body(body):
            state.whole_bodies.add(slug)
        state.record_digests[id(record)] = digest


def _read_articles(folder: Path, settings: Settings) -> list[dict[str, Any]]:
    """Front matter of every article of a docs folder, read once; which bodies are whole
    and each record's digest (its file's) as ``_read_bodies`` keeps them."""
    records = []
    state.whole_bodies, state.record_digests = set(), {}
    for path, meta, markdown, digest in front_matter.iter_articles(
        folder, front_matter.store_for(folder, settings)
    ):
        if not isinstance(meta.get("slug"), str):
            raise ValueError(f"{path}: no front matter with a slug (written by build_site.py?)")
        records.append(meta)
        if _whole_body(markdown):
            state.whole_bodies.add(path.stem)
        state.record_digests[id(meta)] = digest
    return records


def _country(code: str, lang: str) -> str:
    from babel import Locale

    return Locale.parse(lang).territories.get(code.upper(), code.upper())


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


def on_files(files: Files, config: MkDocsConfig) -> Files:
    state.generated = {}
    state.page_keys = {}
    in_nav = _nav_sources(config.nav)
    for generated in state.publication.pages:
        src_uri, template, context = generated.src, generated.template, generated.context
        if files.get_file_from_path(src_uri) is not None:
            continue  # a hand-written page wins
        state.generated[src_uri] = (template, context)
        title = _title(template, context)
        file = _Decided.generated(config, src_uri, content=f"---\ntitle: {_yaml_str(title)}\n---\n")
        key = state.page_keys[src_uri] = page_key(template, title, context)
        if (
            src_uri not in in_nav
            and state.previous_keys.get(src_uri) == key
            and Path(file.abs_dest_path).is_file()
        ):
            file.rendered = False
        files.append(file)
    decided = _choose_shell_pages(files)
    state.files = Files([decided.get(f.src_uri, f) for f in files if not _stored_once(f)])
    return state.files


def _stored_once(file: File) -> bool:
    """Whether *file* is one of the assets stored once for every edition."""
    return not file.is_documentation_page() and assets.is_shared(file.src_uri)


# Generated pages rebuilt only when what they are made from changed.  A page's key is
# the digest of its template, its title and its context, which holds everything it
# prints: the records it lists (each by the digest of its file), its paging, the counts
# it shows (its list's length and summary, a timeline page's months), the actor, topic
# or source it is about (by slug: the knowledge files are in the edition's fingerprint,
# whose change rebuilds everything).  Pages in the nav print the edition's totals and
# are always rendered (the theme also takes their titles for every page's tabs).
PAGE_KEYS_FILE = ".akhbar-pages.json"


def _nav_sources(nav: Any) -> set[str]:
    """The source paths named in the config's nav (a list of paths and titled entries)."""
    found: set[str] = set()
    for entry in nav or ():
        if isinstance(entry, str):
            found.add(entry)
        elif isinstance(entry, dict):
            for value in entry.values():
                found |= _nav_sources(value if isinstance(value, list) else [value])
    return found


def _encode(value: Any) -> Any:
    """*value* as JSON-able data for a page's key: records by digest, knowledge by slug."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, Paging):
        return ["paging", value.number, value.count, value.size, value.first]
    if isinstance(value, dict):
        if "slug" in value and "source_file" in value:  # an article's front matter
            return ["record", state.record_digests[id(value)]]  # the edition's records live on
        return {str(k): _encode(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_encode(v) for v in value]
    if isinstance(value, StoryLink):  # what it prints in this edition
        headline = value.headline(state.edition)
        return ["StoryLink", value.slug, value.start, value.end, value.count, _encode(headline)]
    if isinstance(value, StoryRecord | Point):  # a story by all it prints, not its slug
        return [type(value).__name__, *(_encode(getattr(value, f)) for f in value.__slots__)]
    slug = getattr(value, "slug", None)
    if isinstance(slug, str):  # an actor, topic or source of the knowledge files
        return [type(value).__name__, slug]
    raise TypeError(
        f"akhbar: no page key for a {type(value).__name__} in a generated page's context"
    )


def page_key(template: str, title: str, context: dict[str, Any]) -> str:
    parts = [template, title, _encode(context)]
    return hashlib.sha256(
        json.dumps(parts, sort_keys=True, ensure_ascii=False).encode("utf-8")
    ).hexdigest()


def _choose_shell_pages(files: Files) -> dict[str, _Decided]:
    """Article pages to fill into the shell instead of rendering them with the theme, by
    source path, to put in place of MkDocs' own.

    The build runs with ``--dirty``: MkDocs renders only pages whose ``is_modified()`` is
    true.  The first fillable article is the witness (always rendered by the theme);
    every other one answers false, and the hook writes the changed ones itself."""
    state.own, state.witness, state.shell = {}, None, None
    decided = {}
    for found in sorted(files.documentation_pages(), key=lambda f: f.src_uri):
        if posixpath.dirname(found.src_uri) != "articles":
            continue
        slug = _article_slug(found.src_uri)
        record = state.data.by_slug.get(slug)
        if record is None or slug not in state.whole_bodies or not _fillable(record):
            continue
        file = decided[found.src_uri] = _Decided.of(found)
        # An article's page links to its story: one whose story changed is rendered again
        # though its Markdown did not change (its key, the story's slug, is kept).
        story = state.publication.story_of.get(slug)
        if story is not None:
            state.page_keys[found.src_uri] = story.slug
        moved = state.previous_keys.get(found.src_uri, "") != (story.slug if story else "")
        if state.witness is None:
            state.witness = file
            state.witness_before = _stat_and_bytes(Path(file.abs_dest_path))
            file.rendered = True
            continue
        if moved or file.is_modified():
            state.own[file.src_uri] = file
        file.rendered = False
    return decided


def _article_slug(src_uri: str) -> str:
    """``articles/<slug>.md`` -> ``<slug>``."""
    return posixpath.basename(src_uri).removesuffix(".md")


def _stat_and_bytes(path: Path) -> tuple[int, bytes] | None:
    try:
        return path.stat().st_mtime_ns, path.read_bytes()
    except OSError:
        return None


def _keep_witness_time() -> None:
    """The witness is rendered on every build; if its page came out as it was, it gets
    its old modification time back, like every other unchanged page."""
    if state.witness is None or state.witness_before is None:
        return
    path = Path(state.witness.abs_dest_path)
    mtime, before = state.witness_before
    after = _stat_and_bytes(path)
    if after is not None and after[1] == before:
        os.utime(path, ns=(mtime, mtime))


def _fillable(record: dict[str, Any]) -> bool:
    """Whether the article of *record*, whose body is whole (``_whole_body``), can be
    filled into the shell."""
    return isinstance(record.get("title"), str) and not page_shell.THEME_KEYS & record.keys()


def _whole_body(body: str) -> bool:
    """Whether an article's Markdown *body* is the whole HTML page the shell takes."""
    return (
        CARD_MARKER in body
        and "<h1" in body  # else the theme adds one
        and _WHOLE_HTML_RE.fullmatch(body) is not None
    )


def on_nav(nav: Any, config: MkDocsConfig, files: Files) -> Any:
    state.nav = nav
    return nav


def on_env(env: Any, config: MkDocsConfig, files: Files) -> Any:
    """Render the shell page (see ``akhbar.page_shell``) with the theme."""
    from mkdocs.commands.build import get_context

    env.bytecode_cache = compiled_templates("theme")
    state.theme_env = env
    if state.witness is None:
        return env
    file = File.generated(config, page_shell.SHELL_SRC, content=page_shell.shell_source())
    page = Page(None, file, config)
    page.read_source(config)
    page.render(config, files)
    page.active = True
    context = get_context(state.nav, files.documentation_pages(), config, page)
    shell = env.get_template(page.meta.get("template", "main.html")).render(context)
    state.shell = shell if page_shell.is_sound(shell) else None
    return env


def compiled_templates(kind: str) -> Any:
    """Jinja's cache of compiled templates for one kind of environment (*kind*: ``site``,
    ours; ``theme``, MkDocs'), in the build's cache folder; None when caching is off.

    Compiling Material's and our templates took ~0.4 s an edition.  Jinja keys each entry
    by the template's path and checks its source's checksum; the code compiled also
    depends on the environment's settings, hence one folder per kind."""
    import jinja2

    root = state.settings.cache_dir
    if root is None:
        return None
    folder = root / "templates" / kind
    folder.mkdir(parents=True, exist_ok=True)
    return jinja2.FileSystemBytecodeCache(str(folder))


def _yaml_str(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # JSON strings are valid YAML scalars


def _title(template: str, context: dict[str, Any]) -> str:
    paging = context.get("paging")
    title = _list_title(template, context)
    if paging is None or paging.number == 1:
        return title
    tr = get_translations(state.edition)
    return tr.gettext("%(title)s, page %(num)s") % {
        "title": title,
        "num": format_number(paging.number, state.edition),
    }


def _list_title(template: str, context: dict[str, Any]) -> str:
    tr = get_translations(state.edition)
    if "story" in context:
        return context["story"].headline(state.edition)["title"]
    if "actor" in context:
        return context["actor"].names.get(state.edition)
    if "topic" in context:
        return context["topic"].labels.get(state.edition)
    if "source" in context:
        return context["source"].names.get(state.edition)
    return tr.gettext(
        {
            "home.html.j2": "Latest briefings",
            "timeline.html.j2": "Timeline",
            "actors_index.html.j2": "Actors",
            "topics_index.html.j2": "Topics",
            "sources_index.html.j2": "Sources",
            "search.html.j2": "Search",
        }[template]
    )


def _dest_url(src_uri: str) -> str:
    """The URL of the page built from *src_uri* (directory URLs)."""
    stem = src_uri.removesuffix(".md")
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def _url(page: Page, target: str) -> str:
    """Link from *page* to a docs path (``articles/x.md``) or an asset (``assets/a.css``,
    stored once at the site's root: ``akhbar.assets``)."""
    if not target.endswith(".md") and assets.is_shared(target):
        return f"{get_relative_url('', page.url) or '.'}/../{target}"
    dest = _dest_url(target) if target.endswith(".md") else target
    return get_relative_url(dest, page.url) or "."


def _context(page: Page) -> dict[str, Any]:
    kn = state.knowledge
    return {
        "edition": state.edition,
        "dirs": DIRECTIONS,
        "data": state.data,
        "kn": kn,
        "url": partial(_url, page),
        "page_url": page.url,
        "actor_of": kn.actor,
        "source_of": kn.source,
        "topic_of": lambda slug: next((t for t in kn.topics if t.slug == slug), None),
        "by_month_in_order": by_month_in_order,
        "chart_layout": partial(chart_layout, rtl=DIRECTIONS[state.edition] == "rtl"),
        "item_html": partial(_item_html, page),
        "actor_html": partial(_link_html, page, "actor"),
        "topic_html": partial(_link_html, page, "topic"),
        "story_of": state.publication.story_of.get,
    }


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


def _from_root(page: Page, key: tuple[Any, ...], **values: Any) -> Markup:
    """``_ITEM_TEMPLATES[key[0]]`` rendered with *values*, once an edition (by *key*),
    with its links made relative to *page*."""
    entry = state.items.get(key)
    if entry is None:
        context = _context(page) | {"url": lambda target: _ITEM_ROOT + _dest_url(target)}
        entry = state.items[key] = state.item_templates[key[0]].render(**context, **values)
    root = get_relative_url("", page.url)
    return Markup(
        entry.replace(f'href="{_ITEM_ROOT}', f'href="{"" if root == "." else root + "/"}')
    )


def _item_html(page: Page, record: dict[str, Any], points: bool = False) -> Markup:
    return _from_root(page, ("item", record["slug"], points), r=record, points=points)


def _link_html(page: Page, kind: str, slug: str) -> Markup:
    """The link to an actor's or a topic's page (``actor_link``, ``topic_link``)."""
    return _from_root(page, (kind, slug), slug=slug)


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    # MkDocs renders Material's templates without autoescaping, and Material prints the
    # title raw in <title> and the header: an article title is untrusted text.
    if isinstance(page.meta.get("title"), str):
        page.meta["title"] = str(escape(page.meta["title"]))
    src = page.file.src_uri
    state.own.pop(src, None)  # the theme renders this one after all
    if src in state.generated:
        return _deferred_marker(state.generated[src][0])
    if src.startswith("articles/"):
        markdown = _with_card(page, markdown)
    if _WHOLE_HTML_RE.fullmatch(markdown):
        return _bypass(page, markdown)
    return markdown


def _with_card(page: Page, markdown: str) -> str:
    """An article's Markdown with the edition's metadata card in place of its marker."""
    record = state.data.by_slug.get(_article_slug(page.file.src_uri))
    if record is None or CARD_MARKER not in markdown:
        return markdown
    card = state.env.get_template("card.html.j2").render(**_context(page), r=record)
    return markdown.replace(CARD_MARKER, card, 1)


# A page whose whole body is one HTML element (an article as build_site.py writes it, a
# generated page) skips Python-Markdown, which would re-parse it tag by tag only to
# pass it through unchanged: a placeholder goes in, the HTML comes back after.
_WHOLE_HTML_RE = re.compile(r"\s*<(article|div) class=\"akhbar-[^>]*>.*</\1>\s*", re.S)
BODY_MARKER = "<!-- akhbar:body -->"
_bypassed: dict[str, str] = {}  # src_uri -> the HTML that skipped Python-Markdown


def _bypass(page: Page, body: str) -> str:
    _bypassed[page.file.src_uri] = body
    return BODY_MARKER


def on_page_content(html_out: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    body = _bypassed.pop(page.file.src_uri, None)
    if body is None:
        return html_out
    return html_out.replace(BODY_MARKER, body.strip(), 1)


# A generated page's body is rendered only when its page is written (``on_post_page``),
# not when MkDocs reads every page before writing any: the bodies of all of an edition's
# lists are never held at once (~150 MiB at 5,000 articles).  Until then the page's
# content is a marker, which says whether the body has its own ``<h1>``: the theme adds
# the page's title as one to a content without (``partials/content.html``).
_DEFERRED = "<!-- akhbar:page -->"
_DEFERRED_H1 = "<!-- akhbar:page <h1> -->"


def _deferred_marker(template: str) -> str:
    return _DEFERRED_H1 if _writes_h1(template) else _DEFERRED


def _writes_h1(template: str) -> bool:
    """Whether *template*'s pages have their own ``<h1>`` (in its own source: the macros
    it imports print none, and what it prints of an article is escaped)."""
    written = state.h1_templates.get(template)
    if written is None:
        source = state.env.loader.get_source(state.env, template)[0]
        written = state.h1_templates[template] = "<h1" in source
    return written


def _render_deferred(output: str, page: Page) -> str:
    """*output* with the generated page's body in place of its marker."""
    template, extra = state.generated[page.file.src_uri]
    body = state.env.get_template(template).render(**_context(page), **extra)
    marker = _deferred_marker(template)
    at = output.find(marker)
    if at == -1:
        raise ValueError(f"akhbar: the theme did not print the body of {page.file.src_uri}")
    return output[:at] + body.strip() + output[at + len(marker) :]


def on_post_build(config: MkDocsConfig) -> None:
    _write_feeds(config)
    _write_stories_feed(config)
    keys = json.dumps(state.page_keys, sort_keys=True, indent=0)
    Path(config.site_dir, PAGE_KEYS_FILE).write_text(keys + "\n", encoding="utf-8")
    _write_shell_pages(config)
    _keep_witness_time()
    _prune(Path(config.site_dir))


def _write_feeds(config: MkDocsConfig) -> None:
    """An Atom feed per edition, ``<edition>/feed.xml``, and one per actor and topic,
    ``actors/<slug>.xml`` (``plan.feeds``): the newest dated articles first.

    Atom gives every entry a date (``<updated>``) and feed readers order by it: an
    undated article is left out (it is on the timeline, under its own heading), rather
    than given a date it does not have.  Without a site URL, links are relative (to the
    feed's own address, RFC 4287 section 2) and ids ``urn:uuid:`` names made from the
    edition and the slug (an id must be absolute).

    Material's language selector fetches ``sitemap.xml`` beside every ``<link
    rel=alternate>`` of a page, an actor's feed among them: ``actors/sitemap.xml`` and
    ``topics/sitemap.xml`` list the feeds of their folder (none without a site URL, as a
    sitemap holds absolute URLs only)."""
    from akhbar.plan import FEED_ENTRIES

    site_url = config.site_url or ""
    tr = get_translations(state.edition)
    template = state.env.get_template("feed.xml.j2")

    def write(path: str, page: str, title: str, records: Sequence[Record]) -> None:
        dated = [r for r in records if r.get("date")]
        shown = dated[:FEED_ENTRIES]
        updated = max((r["date"] for r in dated), default="1970-01-01")  # never the clock
        # A feed, like a generated page, is written again only when what it prints
        # changed (its records by their files' digests): ~250 feeds an edition.
        target = Path(config.site_dir, path)
        key = state.page_keys[f"feed:{path}"] = page_key(
            "feed.xml.j2",
            title,
            {"page": page, "base": site_url, "records": shown, "updated": updated},
        )
        if state.previous_keys.get(f"feed:{path}") == key and target.is_file():
            return
        feed = template.render(
            edition=state.edition,
            title=title,
            path=path,
            page=page,
            base=site_url or "../" * path.count("/"),
            records=shown,
            entry_id=partial(_entry_id, config.site_url),
            updated=updated,
            source_of=state.knowledge.source,
        )
        target.write_text(feed, encoding="utf-8")

    name = tr.gettext("Akhbar")
    write(
        "feed.xml",
        "",
        f"{name} · {tr.gettext('Briefings on Iran–Pakistan relations')}",
        state.data.articles,
    )
    written: dict[str, list[str]] = {"actors": [], "topics": []}
    for feed in state.publication.feeds:
        write(feed.path, feed.page, f"{name} · {_feed_title(feed.kind, feed.slug)}", feed.records)
        written[feed.path.split("/")[0]].append(feed.path)
    sitemap = state.env.get_template("feeds_sitemap.xml.j2")
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


def _feed_link(page: Page, context: dict[str, Any]) -> str:
    """The ``<link>`` by which a browser or feed reader finds the feed of an actor's or
    a topic's page (each of its numbered pages)."""
    kind = "actor" if "actor" in context else "topic"
    title = f"{get_translations(state.edition).gettext('Akhbar')} · {_feed_title(kind, context[kind].slug)}"
    href = urllib.parse.quote(_url(page, context["feed"]))
    return f'<link rel="alternate" type="application/atom+xml" title="{escape(title)}" href="{href}">\n'


def _feed_title(kind: str, slug: str) -> str:
    """The name of the actor or topic *slug* in the edition."""
    if kind == "actor":
        actor = state.knowledge.actor(slug)
        return actor.names.get(state.edition) if actor else slug
    topic = next((t for t in state.knowledge.topics if t.slug == slug), None)
    return topic.labels.get(state.edition) if topic else slug


def _write_stories_feed(config: MkDocsConfig) -> None:
    """``<edition>/stories.xml``: the stories of two articles or more, the one last
    reported first (a story's ``<updated>`` is its newest article's date; a story with no
    dated article is left out, as an undated article is from the articles' feed)."""
    from akhbar.plan import FEED_ENTRIES

    dated = sorted(
        (s for s in state.publication.stories if s.end),
        key=lambda s: (_inverted_date(s.end or ""), s.slug),
    )
    context = {
        "edition": state.edition,
        "stories": dated[:FEED_ENTRIES],
        "site_url": config.site_url or "",
        "entry_id": partial(_entry_id, config.site_url),
        "updated": dated[0].end if dated else "1970-01-01",  # never the clock
        "source_of": state.knowledge.source,
    }
    feed = state.env.get_template("stories_feed.xml.j2").render(**context)
    Path(config.site_dir, "stories.xml").write_text(feed, encoding="utf-8")


def _inverted_date(date: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in date)


def _entry_id(base: str | None, path: str) -> str:
    """The Atom id of the page at *path* (``articles/<slug>/``, quoted): its URL, or with
    no site URL a name-based UUID of the edition and path."""
    if base:
        return base + path
    return uuid.uuid5(uuid.NAMESPACE_URL, f"akhbar:{state.edition}/{path}").urn


def on_template_context(
    context: dict[str, Any], template_name: str, config: MkDocsConfig
) -> dict[str, Any]:
    """The 404 page's strings in the edition's language; built without a site URL, its
    links relative to the ``<base>`` that ``on_post_template`` sets."""
    if template_name != "404.html":
        return context
    tr = get_translations(state.edition)
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


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    if template_name != "404.html":
        return output
    html_open = f'<html lang="{state.edition}"'
    output = output.replace(html_open, f'{html_open} dir="{DIRECTIONS[state.edition]}"', 1)
    if config.site_url:
        base = urllib.parse.urlsplit(config.site_url).path.rstrip("/")
    else:
        base = "."
        output = _FETCHING_TAG_RE.sub(lambda m: _written_by_script(m[0]), output)
        output = output.replace(
            "<head>", "<head>" + _404_BASE_SCRIPT.format(edition=state.edition), 1
        )
    # hreflang alternates name the other editions' homes (Material's would all be this one).
    return minify(
        _ALTERNATE_RE.sub(
            lambda m: f'<link rel="alternate" href="{base}/../{m[1]}/" hreflang="{m[1]}">',
            output,
        )
    )


def _write_shell_pages(config: MkDocsConfig) -> None:
    """Write the changed article pages the theme skipped: filled into the shell, or, if
    the witness showed the shell to be unsound, rendered by the theme after all."""
    from mkdocs.commands import build as mkdocs_build

    for src in sorted(state.own):
        file = state.own[src]
        page = file.page
        if state.shell is None:
            mkdocs_build._populate_page(page, config, state.files)
            mkdocs_build._build_page(
                page, config, state.files.documentation_pages(), state.nav, state.theme_env
            )
            continue
        slug = _article_slug(src)
        markdown = front_matter.read_bodies(state.articles_dir, [slug])[slug][0]
        body = _with_card(page, markdown)
        title = str(escape(state.data.by_slug[slug]["title"]))
        output = page_shell.fill(state.shell, title, page.url, body.strip())
        output = on_post_page(output, page, config)
        write_file(output.encode("utf-8", errors="xmlcharrefreplace"), file.abs_dest_path)


# Folders of one page each, whose page goes when its article (or the last article
# naming its actor, topic or source) does.
PAGE_FOLDERS = ("articles", "actors", "topics", "sources", "stories")


def _prune(site_dir: Path) -> None:
    """After an incremental build, remove the pages no source file makes any more: those
    of gone articles, actors, topics and sources, and the pages a list no longer fills."""
    built = {os.path.normpath(f.abs_dest_path) for f in state.files.documentation_pages()}
    for section in PAGE_FOLDERS:
        _remove_unbuilt(site_dir / section, built)
    numbered = [site_dir / "timeline" / "page"]
    numbered += [
        page for section in PAGE_FOLDERS[1:] for page in sorted(site_dir.glob(f"{section}/*/page"))
    ]
    for folder in numbered:
        _remove_unbuilt(folder, built)
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()


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


_ALTERNATE_RE = re.compile(r'<link rel="alternate" href="[^"]*" hreflang="(\w+)">')
_ALTERNATE_LINE_RE = re.compile(r'[ \t]*<link rel="alternate" href="[^"]*" hreflang="\w+">\n?')
_SWITCH_RE = re.compile(r'(<a href=")([^"]*)(" hreflang="\w+" lang="\w+" class="md-select__link)')


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    if page.file.src_uri in state.generated:
        output = _render_deferred(output, page)
    if page.file is state.witness and state.shell is not None:
        expected = page_shell.fill(state.shell, page.meta["title"], page.url, page.content or "")
        if expected != output:
            log.warning(
                "akhbar: the article shell differs from %s; article pages are rendered one by one",
                page.file.src_uri,
            )
            state.shell = None
    html_open = f'<html lang="{state.edition}"'
    output = output.replace(html_open, f'{html_open} dir="{DIRECTIONS[state.edition]}"', 1)
    # No hreflang alternates in the head: Material's language selector fetches
    # sitemap.xml beside each <link rel=alternate>, and beside a page of another edition
    # there is none (a 404 a link, three a page).  The edition's sitemap names each page's
    # editions instead (templates/material/sitemap.xml), as search engines also read them.
    output = _ALTERNATE_LINE_RE.sub("", output)
    generated = state.generated.get(page.file.src_uri)
    if generated is not None and "feed" in generated[1]:
        output = output.replace("</head>", _feed_link(page, generated[1]) + "</head>", 1)
    # The language switcher's links too (``partials/alternate.html``), once written.
    output = _SWITCH_RE.sub(lambda m: f"{m[1]}{iri(m[2])}{m[3]}", output)
    return minify(output)


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
